"""Sources and background (stop 73): the figures two sources give of one incident's dead are one toll, not a sum, when
a sentence names its place as near a town ("south of Homs", "outside Kumasi"), when the source names the act in
quotation marks ('had "neutralised" three'), when a source counts a kind of people more than all the people told
before ("two people … four supporters"), and when its dead are at a named site (a road, a market); the lowest firm
figure stands, but not a doer's count of the attackers; a past incident dated at the end of a long chain of phrases
("in a gas blast at a colliery in the north of the province in March 2021") is background, and so is one an
anniversary story tells first ("Two years ago, militants overran the town. More than 60 people died"), a sentence
of no date going on with the past its paragraph opened, once the story tells the dead of a day of its news. Every text
is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.cases import killed
from tests.extract.test_events_wire import _article

OCT_9 = datetime(2025, 10, 9, tzinfo=timezone.utc)


def _found(text: str) -> list:
    return extract_article(replace(_article(text), published_at=OCT_9)).estimates


def _killed(text: str) -> int:
    """The story's dead as a sum of its figures counts them (as the shared scorer does)."""
    return killed(text, OCT_9)


def _asides(text: str) -> list[tuple[str, str | None]]:
    return [(e.surface, e.aside) for e in _found(text) if e.counted_as == "killed"]


@pytest.mark.parametrize("text, expected", [
    ("Air strikes on army posts south of Homs killed three soldiers on Tuesday, state media said. A war monitor said "
     "eight soldiers had been killed in the raids, which it said hit a radar site near the town of Qusayr.", 3),
    ("A suicide bomber killed 9 people at a checkpoint east of Mogadishu on Monday, police said. A local elder said 15 "
     "people had died in the blast, which he said happened near the town of Afgoye.", 9),
    ("An air strike on a depot west of Sanaa killed five guards on Friday, the health ministry said. A tribal leader "
     "said eleven guards had been killed in the strike, which he said hit a hangar 30 km from Dhamar.", 5),
    # guard: two towns, each named as the place itself, are two places' tolls
    ("Russian missiles killed 20 people in Kyiv on Monday, officials said. The governor of Lviv region said five "
     "people had been killed in Lviv.", 25),
])
def test_a_place_near_a_town_tells_no_other_place_of_a_second_source(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (a toll of no side: the doer's lower figure stands; of villagers, its count of armed men would not replace it)
    ("Four people were killed when Malian soldiers raided Kalma on Monday, residents said. The Malian army said "
     "its troops had 'killed three terrorists' during the raid.", 3),
    ("Five farmers were killed when Burkinabe troops attacked the village of Soro on Friday, local leaders said. The "
     "Burkinabe military said its soldiers had \u201ckilled two terrorists\u201d in the operation.", 2),
    # the doer's count of the dead as the attackers is its claim of who they were, no lower figure of the victims
    ("Five villagers were killed when Nigerian soldiers raided the village on Monday, residents said. The Nigerian "
     "army said its troops had killed two gunmen in the raid.", 5),
    # guard: the gunmen a doer killed are more dead than its victims
    ("Five villagers were killed when soldiers raided the village on Monday, residents said. The army said its troops "
     "had killed two gunmen in the raid.", 7),
    ("Six Palestinians were killed when Israeli forces raided Tubas on Wednesday, the ministry said. The Israeli army "
     "said its forces had \"killed 4 gunmen\" who fired at troops.", 6),
])
def test_the_doers_own_word_in_quotation_marks_is_its_figure_of_the_dead(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("At least two people were killed on Friday when police broke up a rally in Kano, the police said. An opposition "
     "party said four supporters were shot dead.", 2),
    ("Three people died in clashes in Jos on Sunday, officials said. Witnesses said 7 traders were killed at Terminus "
     "market.", 3),
    ("Two people were killed during protests in Nairobi on Tuesday, police said. A rights group said that five "
     "demonstrators had died on Jogoo road.", 2),
    # guards: the attackers' dead are more dead; a kind of people fewer than all may be some of them
    ("Two people were killed when gunmen stormed a bar in Kano on Friday, police said. The army said five gunmen were "
     "killed in the gunfight.", 7),
])
def test_a_sources_count_of_more_people_of_a_kind_is_its_figure_of_the_dead(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("One miner was killed in a rockfall on Tuesday, the company said. At least 30 miners died in a gas explosion at "
     "a colliery in the north of the province in March 2021.", 1),
    ("Gunmen killed four worshippers on Monday, police said. More than 40 people were killed in an attack on a church "
     "in the town of Owo in Ondo state in June 2022.", 4),
    ("Police shot dead two robbers on Friday. Eleven people were killed in a bus crash on the coastal highway near "
     "the city of Durban in 2019.", 2),
    # guard: a story of the past incident alone keeps its figure
    ("At least 30 miners died in a gas explosion at a colliery in the north of the province in March 2021, an "
     "inquiry found.", 30),
])
def test_a_past_date_after_a_chain_of_phrases_dates_the_clause(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two years ago, militants overran the mining town of Tessit and set fire to its market. More than 60 people died "
     "in the assault, according to local officials. Hundreds of residents gathered on Sunday to mark the anniversary. "
     "On Saturday, gunmen killed two herders outside the town, the mayor said.", 2),
    ("In March 2024, a car bomb tore through a crowded market in Kirkuk. Thirty-one people were killed. On Wednesday, "
     "a smaller blast at the same market killed 5 people, police said.", 5),
    ("Last year, rebels stormed the prison in Butembo and freed hundreds of inmates. 18 guards were killed in the "
     "attack. Rebels attacked the prison again on Thursday, killing three guards, officials said.", 3),
    # guards: a story of the past alone keeps its figure; so does one whose later figure tells no day of its own
    ("Two years ago, militants overran the mining town of Tessit. More than 60 people died in the assault, officials "
     "said. Survivors say they still wait for help.", 60),
    ("A year ago, gunmen stormed the Lakeside hotel. Twenty guests were killed. Three more bodies were found in the "
     "rubble, police said.", 23),
])
def test_a_past_incident_told_first_is_background_to_the_news_of_the_day(text, expected):
    assert _killed(text) == expected
