"""Numeric parts of a total across sentences (stop 73): a toll told once and then broken down by day, by incident or
by the days it grew over is counted once; more dead told on a day of their own, in another incident or as "another"
after a toll of one day still add. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.cases import killed

MAR_4 = datetime(2026, 3, 4, tzinfo=timezone.utc)


def _killed(text: str) -> int:
    """The article's sum of the dead, as a scorer sums them: the figures kept as killed, each once."""
    return killed(text, MAR_4)


@pytest.mark.parametrize("text, expected", [
    # two days joined as the toll's span, each day's figure told after it
    ("Armed men killed 18 farmers in two raids in the north on Saturday and Sunday, the governor said on Monday. In "
     "the first raid, attackers on foot stormed the village of Kowa on Saturday, killing 11 people. On Sunday, "
     "another band attacked nearby Dabo, where seven farmers were shot dead.", 18),
    ("At least 25 people were killed from Friday to Sunday in clashes between herders and farmers in the state, "
     "police said. Sixteen villagers died on Friday in Gora. On Sunday, 9 more were hacked to death in Tudun.", 25),
    # the incidents counted: each told on its own day
    ("Bandits killed twenty miners in 2 attacks on gold pits, officials said on Thursday. On Tuesday, gunmen shot "
     "dead 12 miners at the Tonka pit. Eight more were killed at a second pit on Wednesday.", 20),
])
def test_a_toll_of_two_days_or_incidents_holds_the_figure_of_each(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the days it grew over, the growth told again as more
    ("The death toll from Monday's bombing of a wedding party has risen to nine after two of the wounded died in "
     "hospital, officials said on Wednesday. The bomber blew himself up among the guests late on Monday, killing "
     "seven people. Two more died on Tuesday night at the district hospital.", 10),
    ("The toll of the mine collapse rose to 12 on Thursday, the company said. Ten miners were killed when the shaft "
     "caved in on Tuesday. 2 more bodies were pulled out of the rubble later.", 12),
    # a part held even when the next figure, of another strike, passes the toll
    ("The number of dead from Sunday's missile strike on the port has climbed to 8 after divers recovered the body "
     "of a fisherman, the mayor said. Seven people died on Sunday, he said. In the capital, a second missile killed "
     "three people on Monday night.", 11),
])
def test_a_toll_that_grew_holds_the_figures_of_the_days_it_grew_over(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two police officers were killed when gunmen opened fire on a checkpoint on Sunday. The ministry named the dead "
     "as Sergeant Omar Diallo and Constable Musa Bah, both 31.", 2),
    ("Three brothers were shot dead in their shop on Friday. Police named them as Ali, Hassan and Karim Said, all "
     "19, from the old town.", 3),
    ("A mother and her daughter died when a shell hit their house on Monday. Relatives named the dead as Leila Nasser "
     "and Rana Nasser, both 44.", 2),
])
def test_an_age_the_people_named_share_is_no_count(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # more dead after a toll of one day
    ("Four people were killed in the blast on Monday. Another three died in hospital on Tuesday.", 7),
    ("Gunmen killed five people in Kabul on Monday, police said on Tuesday. On Tuesday, three more were killed in "
     "Kandahar.", 8),
    # more dead on a day of their own after a toll that grew
    ("The toll rose to 20 on Tuesday. On Wednesday, four more people died in a second blast in another town.", 24),
    # another incident after a toll of two days
    ("Gunmen killed nine villagers on Saturday and Sunday in the district, police said. Separately, a bomb killed "
     "four soldiers in the capital.", 13),
    # a toll of one day and a day named beside it, when it was told
    ("Militants killed six soldiers on Monday, the army said on Tuesday. On Tuesday, two policemen were killed in "
     "another town.", 8),
])
def test_more_dead_still_add(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Editor's note: An earlier version of this report, issued on Monday, said that six people died in the fire. "
     "Officials later said one of them had survived. A fire at a textile workshop killed five workers on Sunday.", 5),
    ("Initial reports, citing hospital staff, said 14 people were killed. The army said on Friday that a bomb at the "
     "checkpoint had killed 11 people.", 11),
    ("Preliminary figures, released by the ministry overnight, said 9 soldiers had died. The army said on Tuesday "
     "that 16 soldiers were killed in the ambush near the border.", 16),
])
def test_a_first_report_set_off_from_its_verb_is_the_older_reading(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen stopped the minibus and shot dead 9 passengers, the district police chief, Omar Farah, told reporters.",
     9),
    ("The militants executed seven hostages, a spokesman for the regional government said on Monday.", 7),
    # guard: a person listed among the dead after a comma
    ("The blast killed two soldiers, a nurse and a boy, police said.", 4),
])
def test_a_teller_set_off_after_a_toll_is_no_victim(text, expected):
    assert _killed(text) == expected


def test_a_part_of_a_corrected_figure_is_no_dead():
    assert _killed("Correction: An earlier version of this story said that five miners were killed in the blast. The "
                   "company later said one of the miners reported dead had been rescued. A gas blast in the pit killed "
                   "four miners on Monday, the company said.") == 4


@pytest.mark.parametrize("text, expected", [
    ("Artillery fire hit a crowded market in the town on Monday, killing at least 10 people, medics said. The field "
     "hospital received 30 wounded and 8 dead on Monday. Two of the wounded died overnight.", 10),
    ("A bomb exploded at a bus stop on Friday, killing 6 people, police said. Five people died at the scene on "
     "Friday. One of the injured succumbed in hospital on Saturday.", 6),
])
def test_the_wounded_who_died_later_are_a_part_of_the_toll(text, expected):
    assert _killed(text) == expected


def test_an_armed_groups_dead_are_no_part_of_a_grown_toll_of_others():
    assert _killed("The death toll from an attack by rebels on villages in Mambasa has risen to 43, the Red Cross said "
                   "on Tuesday. An army spokesman said troops had killed two rebel fighters in a clash on Monday near "
                   "Makumo.") == 45
    # (the guard: more bodies of the villagers are the days the toll grew over)
    assert _killed("The death toll from an attack by rebels on villages in Mambasa has risen to 43, the Red Cross said "
                   "on Tuesday. Thirty-one villagers were killed on Sunday. Twelve more bodies were found on "
                   "Monday.") == 43
