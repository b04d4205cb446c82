"""Killed totals of news stories (stop 70): a sum of the dead an article's estimates give (as an analyst sums the
`killed` figures) counts each death once. The more a toll was given "after" or grew by are in it ("put the toll at 35
after five more bodies were found", "raised the number of dead to 40, saying nine more bodies had been recovered");
attackers killed in pursuit ("killed three of them") are more dead, not a part of the victims; a vague figure told
after a firm one of its kind ("killed dozens of militants") is kept aside; people told one by one after a toll of
theirs are parts of it, though their own event is dated to no day; "The MP and four of his bodyguards" are five. Every
text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.cases import killed
from tests.extract.test_events_wire import _article

APR_14 = datetime(2025, 4, 14, tzinfo=timezone.utc)
def _estimates(text: str):
    return extract_article(replace(_article(text), published_at=APR_14)).estimates


def _row(text: str, surface: str) -> tuple[str | None, str | None]:
    return next((e.counted_as, e.aside) for e in _estimates(text) if e.surface == surface)


@pytest.mark.parametrize("text, dead", [
    ("Rebels killed at least 30 villagers in raids on Saturday, officials said. \"We buried 30 people,\" said the "
     "mayor, who put the toll at 35 on Monday after five more bodies were found in the bush.", 35),
    ("Gunmen killed at least 21 villagers in raids on two hamlets on Saturday, officials said. The district chief "
     "raised the toll to 27 late on Monday after six more bodies were recovered.", 27),
    ("Gunmen attacked a village on Friday, killing 18 farmers, officials said. Local leaders put the toll at 23 "
     "after five more bodies were found on Sunday.", 23),
    ("Floods swept through villages in eastern Congo on Friday, killing 31 people. On Sunday, officials raised the "
     "number of dead to 40, saying nine more bodies had been recovered downstream.", 40),
    ("A mine collapsed in Zambia on Friday, killing eight miners. The company later raised the death toll to 11 as "
     "three more bodies were brought to the surface.", 11),
    # guards: "put … after another three" before (a part already); a toll that grew with no "after"; more dead told in
    # a sentence of their own
    ("A landslide buried a mining camp on Friday, killing 12 workers. Rescuers put the death toll at 15 on Sunday "
     "after another three bodies were pulled from the mud.", 15),
    ("A landslide buried a mining camp on Friday, killing 12 workers. The death toll rose to 15 on Sunday.", 15),
    ("A landslide buried a mining camp on Friday, killing 12 workers. Three more workers died in hospital on "
     "Sunday.", 15),
    ("A mine collapsed in Zambia on Friday, killing eight miners. The company put the toll at eight, and three more "
     "miners died in hospital overnight.", 11),
])
def test_the_more_a_toll_was_given_after_are_in_it(text, dead):
    assert killed(text, APR_14) == dead


@pytest.mark.parametrize("text, dead", [
    ("Gunmen killed 12 people at a market on Sunday. Police pursued the gunmen and shot dead three of them near the "
     "river.", 15),
    ("Militants killed 30 villagers in raids on Friday. The army said soldiers tracked the attackers and killed five "
     "of them on Saturday near the border.", 35),
    ("A bomb ripped through a bus on Sunday, killing three passengers. Troops later chased the assailants into the "
     "hills and killed two of them.", 5),
    # guards: "of them" of the victims told before
    ("Gunmen killed 12 people at a market on Sunday. Police said three of them were children.", 12),
    ("Gunmen killed 12 villagers on Sunday and wounded 20 others, three of them seriously.", 12),
])
def test_attackers_killed_in_pursuit_are_more_dead(text, dead):
    assert killed(text, APR_14) == dead


@pytest.mark.parametrize("text, dead", [
    ("A car bomb killed 14 people in Mogadishu on Sunday, police said. The army said on Monday it had killed scores "
     "of militants in an operation near the town of Afgoye.", 14),
    ("Shelling of a crowded bus station killed 9 civilians on Sunday, medics said. The army said it had repelled an "
     "attack on the city the day before, killing dozens of fighters.", 9),
    # guards: a vague figure alone is the story's count (also after a running total); one made firm after it is kept
    # aside
    ("The army said on Monday it had killed dozens of militants in an operation near the town of Afgoye.", 24),
    ("Dozens of people were killed in the attack on the market. Police later said 40 people had died.", 40),
    ("At least 500,000 people have been killed in the civil war. On Monday, dozens of people were killed in an "
     "airstrike on a market in Idlib.", 24),
])
def test_a_vague_figure_after_a_firm_one_is_kept_aside(text, dead):
    assert killed(text, APR_14) == dead


def test_the_vague_figure_kept_aside_says_why():
    text = ("A car bomb killed 14 people in Mogadishu on Sunday, police said. The army said on Monday it had killed "
            "scores of militants in an operation near the town of Afgoye.")
    assert _row(text, "scores") == ("killed", "vague")


@pytest.mark.parametrize("text, dead", [
    ("KYIV, April 14 (Reuters) - Missiles hit the city of Sumy on Saturday, killing two people and wounding six, the "
     "governor said.\n\nGovernor Oleh Ivanov said a 12-year-old boy was killed when a drone dropped a bomb on a car in "
     "the village of Lypky, east of the city, and a woman died after a missile hit a street in Sumy itself.", 2),
    ("KURSK, April 14 (Reuters) - Ukrainian drones hit the Russian border city of Kursk on Sunday, killing two people "
     "and wounding five, the regional governor said.\n\nGovernor Ivan Petrov said a 12-year-old boy was killed when a "
     "drone dropped a grenade on a van in the village of Zorino, west of the city, and a woman died after a missile "
     "hit a street in Kursk itself.", 2),
    # guards: with no dateline; people told after a toll of another day are more dead
    ("Rockets struck the town of Shebekino on Sunday, killing two people, the regional governor said. He said a "
     "teenage girl was killed when a shell landed on a bus in the village of Maslova, and a man died after a rocket "
     "hit his house in the town itself.", 2),
    ("Missiles hit the city of Sumy on Saturday, killing two people, the governor said. On Sunday, a boy was "
     "killed when a drone dropped a bomb on a car in the village of Lypky, and a woman died after a missile hit a "
     "street in Sumy itself.", 4),
])
def test_people_told_one_by_one_after_their_toll_are_its_parts(text, dead):
    assert killed(text, APR_14) == dead


@pytest.mark.parametrize("text, dead", [
    ("The MP and four of his bodyguards were killed when gunmen opened fire on their car on Sunday.", 5),
    ("Gunmen shot dead the MLA and two of his aides outside his home on Sunday.", 3),
    ("The MEP and her driver were killed when their car hit a mine on Sunday.", 2),
    # guards: a thing named by its acronym is no one
    ("Troops neutralised an IED on the road on Sunday.", 0),
    ("Soldiers shot down a UAV over the base on Sunday and killed two militants.", 2),
])
def test_a_member_of_parliament_by_acronym_is_one_person(text, dead):
    assert killed(text, APR_14) == dead
