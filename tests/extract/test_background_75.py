"""The dead of other incidents a story recalls (stop 75): the act a news "came" days or weeks after, however long its
subject ("The blast came three weeks after a suicide bomber on a motorcycle at a checkpoint near the town killed nine
policemen"); what an answer was "in response to" or meant "to avenge" ("in response to the killing of three of its
fighters"); and an incident of "that year", the past year the sentence before told ("It was the first such loss since
2019. During the long offensive in the valley that year, …"). All are kept aside as `other_incident`; the story's own
dead, told in the past tense or after such a clause, stay counted. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.cases import killed

MAR_14 = datetime(2025, 3, 14, tzinfo=timezone.utc)


def _killed(text: str) -> float:
    """The article's sum of the dead, as the shared scorer counts it."""
    return killed(text, MAR_14)


@pytest.mark.parametrize("text, expected", [
    # the act a news came some days after, told with a long subject
    ("A roadside bomb killed two soldiers in Dera Ismail Khan on Thursday, police said. The blast came three weeks "
     "after a suicide bomber on a motorcycle at a crowded checkpoint near the town of Tank killed nine policemen.", 2),
    ("Gunmen shot dead a village chief in Kauru on Wednesday. The killing came only days after bandits armed with "
     "rifles and machetes from the forests along the state border killed 14 farmers.", 1),
    ("An explosion at a market in Goma killed five traders on Tuesday. It comes two months after a grenade thrown "
     "into a crowded bar in the Birere neighbourhood of the city by unknown men killed six customers.", 5),
])
def test_the_dead_of_what_the_news_came_after(text: str, expected: float) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what an answer was in response to, or meant to avenge
    ("Militants fired mortars at an army post in Bannu on Thursday, killing two soldiers, the army said. The group "
     "said it attacked the post in response to the killing of three of its fighters.", 2),
    ("A drone struck a convoy near Sirte on Wednesday, killing four militiamen. The brigade said the strike was a "
     "response to the deaths of 11 of its men in an ambush.", 4),
    ("Rebels burned a police station in Rutshuru on Wednesday and killed three officers. A rebel spokesman said the "
     "raid was meant to avenge the killing of two of their commanders.", 3),
])
def test_the_dead_an_answer_was_for(text: str, expected: float) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an incident of the past year the sentence before told, named again as "that year"
    ("A police helicopter crashed in the hills of Kunar on Thursday, killing three officers, officials said. It was "
     "the first loss of an aircraft in the province since 2019. During the siege of the district town that year, more "
     "than 400 people were killed.", 3),
    ("Two guards were shot dead at a mine in Tarkwa on Wednesday. The mine was shut for months in 2021 after a "
     "dispute with local miners. More than 20 people died in clashes around the pits that year.", 2),
])
def test_the_dead_of_that_year(text: str, expected: float) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the story's own dead, told after "came" or in answer, stay counted
    ("The attack came a day after militants stormed a police station in Bannu, and officials said on Thursday that "
     "six officers were killed in the latest raid.", 6),
    ("In response, troops opened fire on the attackers, killing four of them.", 4),
    ("Soldiers killed 12 rebels in retaliation for the ambush on Monday, the army said.", 12),
    # "that year" of no past told before it
    ("Gunmen killed nine people at a bus station in Jos on Wednesday. It was the deadliest attack in the city that "
     "month, police said.", 9),
    ("In 2021, militants overran the town. That year, more than 60 people died in the fighting.", 60),
])
def test_the_story_s_own_dead_stay(text: str, expected: float) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the dead over a span between two years, or in the perfect after a sentence of a span from long ago
    ("Soldiers shot dead two smugglers near Rafah on Tuesday. The army says more than 900 militants were killed in "
     "the peninsula between 2014 and 2021.", 2),
    ("A landmine killed a shepherd near Kandahar on Wednesday. From 2002 to 2020, about 3,000 civilians died in such "
     "blasts in the province, officials say.", 1),
    ("Police fired tear gas at students in Imphal on Wednesday, injuring 30. The state has been torn by ethnic "
     "violence since May 2023. More than 200 people have been killed and thousands displaced.", 0),
    ("Worshippers gathered at the mosque on Tuesday to mark six years since the 2019 bombing there. According to the "
     "army, more than 800 militants were killed in the province between 2015 and 2020.", 0),
    ("Two traders were shot dead in Ituri on Monday. The province has been gripped by militia attacks since 2017. "
     "Thousands of civilians have died, according to the UN.", 2),
])
def test_the_dead_of_a_span_of_years(text: str, expected: float) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the past dead a relative clause tells of what a lead's news of the day is about
    ("A court in Kampala on Thursday sentenced a rebel commander to life in prison for his part in the raid on a "
     "remote village in the hills of Kasese district, in which 22 farmers were killed in May 2021. He said he would "
     "appeal.", 0),
    ("Judges in Pristina on Tuesday jailed three men for between ten and 25 years for the assault on a police station "
     "in the town of Zubin Potok in October 2022, in which two officers were killed.", 0),
    ("Hundreds of villagers gathered on Monday at the memorial to the bus bombing near Quetta in 2015, when 40 "
     "passengers were killed.", 0),
])
def test_the_past_dead_of_a_lead_of_news(text: str, expected: float) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the story's own spell of days, and a relative clause of its own incident
    ("Clashes have raged in the town since Saturday. At least 14 people have been killed, medics said.", 14),
    ("Gunmen on Monday stormed a village in Zamfara where 12 people were killed, police said.", 12),
    ("In May 2021, rebels raided a village in Kasese, in which 22 farmers were killed.", 22),
])
def test_the_story_s_own_span_stays(text: str, expected: float) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an anniversary's span "after" opening the sentence, past a day set off before it
    ("On Sunday, a year to the day after gunmen killed 27 people at the cattle market in Bankass, hundreds of "
     "residents gathered at the cemetery. On Sunday night, armed men killed a herder near the town.", 1),
    ("On Friday, two years to the day after a suicide bomber killed 60 worshippers at the mosque, the imam led "
     "prayers for the dead.", 0),
    ("KIDAL, Mali - On Sunday, a year to the day after jihadists killed 41 people at the market, families gathered "
     "to pray.", 0),
    ("On Saturday, six months to the day after a landslide killed 30 villagers in the hills, the state opened new "
     "homes for the survivors.", 0),
    # a day's own news after a span that is no anniversary's opener stays
    ("On Monday, gunmen killed four farmers a day after the harvest began, police said.", 4),
])
def test_an_anniversary_opened_after(text: str, expected: float) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "those" acts the sentence before told the news came after
    ("A drone killed four guards at an oil field near Hasakah on Sunday. The attack came three days after Turkish jets "
     "bombed more than 30 targets in the region. Local officials said 12 people were killed in those raids.", 4),
    ("Rebels shot dead two soldiers at a checkpoint in Kidal on Friday. It came a week after the army shelled several "
     "camps along the border. Residents said nine herders died during those bombardments.", 2),
    ("Gunmen killed a priest in Zamfara on Sunday. It comes two weeks after the air force bombed bandit camps in the "
     "forest. Villagers said 20 people, among them children, were killed in those air strikes.", 1),
    # "those" of the story's own acts, after no such sentence, stay
    ("Jets struck three villages near Idlib on Sunday. Medics said 11 people were killed in those strikes.", 11),
])
def test_the_dead_of_those_acts_before(text: str, expected: float) -> None:
    assert _killed(text) == expected


def test_a_relative_clause_of_the_news_of_the_day_stays() -> None:
    """A relative clause of no past date is of the day's news: its dead are the story's."""
    text = ("On 7 May 2020, soldiers took a militia camp near Bunia after clashes with the militiamen, which left 19 "
            "rebels dead.")
    assert killed(text, datetime(2020, 5, 7, tzinfo=timezone.utc)) == 19
