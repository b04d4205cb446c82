"""One toll per incident (stop 72): the figures a story tells of its toll after it (spelled out by day, person or
hospital, reported first, or told again as definite people) are readings of it, not more dead; figures told as more,
of another incident, or of the attackers beside their victims are still added. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.cases import killed

MAR_10 = datetime(2025, 3, 10, tzinfo=timezone.utc)


def _killed(text: str) -> int:
    """The article's sum of the dead, as a scorer sums them: the figures kept as killed, each once."""
    return killed(text, MAR_10)


@pytest.mark.parametrize("text, expected", [
    # by day, the second day's figure told as "another" (the toll's next part)
    ("Six people have been killed in two days of gang violence in the port city, police said. Four people were shot "
     "dead on Saturday when gunmen opened fire on a bus. On Sunday, another two men were shot dead in their car.", 6),
    ("Nine miners have been killed this week in attacks on two gold mines in the province, the ministry said on "
     "Friday. Five miners were shot dead at the Kolo mine on Tuesday. Four others were killed at a second mine nearby "
     "on Thursday.", 9),
    # by person
    ("Three people were killed in clashes in the district over the weekend, police said on Monday. Two farmers were "
     "shot dead by gunmen in a village on Saturday. A third man was stabbed to death near the river on Sunday.", 3),
    # by place of death
    ("A landmine blast killed seven soldiers near the border on Monday, the army said. Four soldiers died at the "
     "scene. Three others succumbed to their injuries in a military hospital.", 7),
    ("Eleven people died in the crash of the tourist bus, police said. Eight were pronounced dead at the scene, while "
     "the other three died at the district hospital.", 11),
])
def test_a_toll_spelled_out_in_later_sentences_is_counted_once(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The death toll from the floods in the north rose to 12 on Sunday, the disaster agency said. The agency had "
     "earlier reported seven dead.", 12),
    ("Police said 31 people were killed in the attack on the market. The interior ministry had earlier said that 40 "
     "people died.", 31),
])
def test_a_figure_reported_first_in_the_past_perfect_is_the_older_reading(text, expected):
    assert _killed(text) == expected


def test_a_toll_told_as_grown_holds_the_parts_told_after_it():
    assert _killed("The number of inmates killed in the prison fire rose to 31 on Sunday, officials said. Twenty-six "
                   "of the women died inside the jail, and five died in the city hospital, a spokesman said.") == 31


@pytest.mark.parametrize("text, expected", [
    ("Eight people, including three soldiers, were killed when gunmen ambushed a convoy on Monday, the army said. The "
     "five civilians killed included two teachers.", 8),
    ("A gunman killed six people at a wedding in the town on Saturday, police said. The three women killed were "
     "sisters.", 6),
])
def test_definite_people_told_again_are_no_more_dead(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # more dead on a day after a toll that grew
    ("The toll rose to 20 on Tuesday. On Wednesday, four more people died in a second blast in another town.", 24),
    # another incident
    ("Gunmen killed five villagers in Kafa on Monday. Separately, two soldiers and three civilians were killed in an "
     "ambush in Dara.", 10),
    # the first figure after the toll told as more
    ("Four people were killed in the blast on Monday. Another three died in hospital on Tuesday.", 7),
    ("Three people were killed in a bombing in the capital on Monday. Two soldiers were also killed in an ambush in "
     "the north.", 5),
    # the attackers, told apart from the toll of their victims
    ("Gunmen stormed a hotel on Friday, leaving ten people dead, not counting the attackers, police said. Troops "
     "rescued 40 guests before killing the four attackers on Saturday.", 14),
    # a toll that grew, by a figure told first and not in the past perfect
    ("Rescue teams pulled three more bodies from the rubble on Monday, bringing to nine the number of people killed in "
     "the collapse of the market, officials said. Six bodies were recovered on Saturday.", 9),
])
def test_figures_told_as_more_or_of_others_are_still_added(text, expected):
    assert _killed(text) == expected


def test_the_attackers_dead_are_no_part_of_a_grown_toll_of_others():
    assert _killed("The death toll from the attack on the village rose to 12 on Tuesday, officials said. Three of the "
                   "gunmen were shot dead by soldiers who pursued them.") == 15
