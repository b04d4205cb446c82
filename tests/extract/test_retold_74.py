"""A figure told again by its number alone (stop 74): a later figure of the same harm and number, of people that may be
the same, told as no more dead and of no other incident, place or day, is the figure given before; and the guards that
keep more dead counted: "also", "other", "more", another attack, the attackers beside their victims, two days, two
sides. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.cases import killed

MAR_4 = datetime(2025, 3, 4, tzinfo=timezone.utc)


def _killed(text: str) -> float:
    """The article's sum of the dead, as the shared scorer counts it."""
    return killed(text, MAR_4)


@pytest.mark.parametrize("text, expected", [
    # a communiqué's quote tells the lead's figure again with its own noun for the enemy
    ("Troops killed nine insurgents in a raid in the hills on Monday, the army said. \"Nine khawarij were killed "
     "and their hideout destroyed,\" the army's statement said.", 9),
    ("Soldiers shot dead 14 militants near the border on Sunday. The military said in a statement that 14 terrorists "
     "had been killed in the operation.", 14),
    # the people named by a kind of no side, then by their side
    ("The army says five members of an armed group were killed in a clash with troops on Sunday. Five fighters died, "
     "including a local commander, a spokesman said.", 5),
    # the same people told again after a sentence on another place of the raid: its event is placed elsewhere
    ("Gunmen raided a village in the Lere area on Sunday, killing seven people, local officials said. The attackers "
     "then set fire to a market in the nearby settlement of Kurmin Bi. Seven villagers were killed, a community leader "
     "said.", 7),
    # digits in the lead, words in the quote
    ("Police said 6 people died when gunmen fired on a bus on Saturday. \"Six passengers were killed on the spot,\" "
     "the police chief told reporters.", 6),
])
def test_a_figure_told_again_by_its_number(text: str, expected: float) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # told as more dead: also, other, more
    ("Two policemen were killed in an ambush on Monday. Two militants were also killed in the exchange of fire.", 4),
    ("Three soldiers were killed at a checkpoint on Monday. Three other soldiers were killed when their truck hit a "
     "mine.", 6),
    ("Four people were killed in the blast on Monday, the governor said. Rescuers later found four more bodies under "
     "the rubble.", 8),
    # another incident
    ("Gunmen killed five villagers in Kauru on Monday. In a separate attack, gunmen killed five farmers in Lere.", 10),
    # the attackers' dead beside their victims'
    ("Three guards were killed when gunmen stormed the bank on Monday. Police said three assailants were shot "
     "dead.", 6),
    # two days
    ("Two people were killed by shelling on Monday, 3 March, the governor said. Two civilians were killed on Saturday, "
     "1 March, when a shell hit a bus.", 4),
    # two kinds of two sides
    ("Seven soldiers were killed when rebels attacked the base on Monday. Seven rebels were killed, the army "
     "said.", 14),
])
def test_more_dead_of_the_same_number_stay_counted(text: str, expected: float) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a first reading of the toll of one incident beside the toll of another, in a roundup: both counted
    ("SOMALIA - A US air strike hit a militant camp near Jilib on Tuesday, the US military said. It said its first "
     "assessment was that the strike killed three militants and that no civilians were hurt.\n\nHONDURAS - Gunmen "
     "opened fire in a bar in San Pedro Sula on Wednesday night, killing four men, police said.", 7),
    ("PAKISTAN - A blast hit a police van in Quetta on Monday. The initial count from the hospital listed six "
     "policemen killed.\n\nMEXICO - Two journalists were killed in an ambush near Culiacán on Wednesday, prosecutors "
     "said.", 8),
    # a first reading of the toll of its own incident is an older figure (guard)
    ("Gunmen attacked a bus station in Kano on Monday. The initial toll given by police was three dead. Officials "
     "later said five people had been killed.", 5),
])
def test_a_first_toll_is_of_its_own_incident(text: str, expected: float) -> None:
    assert _killed(text) == expected
