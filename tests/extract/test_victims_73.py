"""The same people counted once (stop 73): victims told by name, kin, title or description beside the toll that holds
them are members of it, not more dead: a list set off after a count, "Both bombers also died" after the bombers' own
death, a titled victim named after the attackers' dead, the rest of a toll told right after a part of it, a witness's
kin told before the toll, a description told by "identified as" or set off with an age; and a distance ("a block
away") is no one. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.cases import killed

SEP_3 = datetime(2024, 9, 3, tzinfo=timezone.utc)


def _killed(text: str) -> float:
    """The article's sum of the dead, as the shared scorer counts it."""
    return killed(text, SEP_3)


@pytest.mark.parametrize("text, expected", [
    # a list set off after a count names its people
    ("Four people were killed when a gunman opened fire at a wedding on Saturday. Three of the victims, two men and "
     "a woman, died at the scene, police said.", 4),
    ("Insurgents attacked a town in Borno on Friday, killing eleven people. Six of the dead, four soldiers and two "
     "police officers, were killed at a checkpoint on the edge of town.", 11),
    ("A bus plunged into a ravine on Sunday. Six passengers, four women and 2 children, were killed.", 6),
    # the rest of a toll told in the sentence after a part of it
    ("Four people were killed when a gunman opened fire at a wedding on Saturday. Three of the victims died at the "
     "scene. A 12-year-old girl died later in hospital.", 4),
    ("A raid by soldiers left nine people dead on Wednesday. Among the dead were seven gang members, the army said. "
     "A corporal was also killed in the exchange of fire.", 9),
    ("A landslide killed 6 people in a hill village on Tuesday. Five of them were killed instantly. A teenage boy "
     "died in hospital in the evening.", 6),
])
def test_people_of_a_toll_told_again(text: str, expected: float) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the same people told again by a known quantifier, "also" or not
    ("Two suicide bombers blew themselves up at a checkpoint on Tuesday, killing six soldiers. Both bombers also "
     "died.", 8),
    ("Three gunmen were shot dead after they attacked a police station in Diffa on Friday, killing four officers. All "
     "three gunmen were also killed.", 7),
    ("2 attackers blew themselves up at a market on Sunday, killing 11 shoppers. The two attackers died at once.", 13),
    # a titled victim named after the attackers' dead
    ("A policeman was shot dead when gunmen ambushed a patrol on Monday. Two of the gunmen were killed when officers "
     "returned fire. Inspector Musa Bello, 41, died at the scene.", 3),
    ("A soldier was killed and two militants died when the army repelled an attack on a base on Thursday. Corporal "
     "Juan Perez was hit in the chest and died before reaching hospital.", 3),
    ("A guard was stabbed to death when inmates attacked a prison in Tolima on Sunday. Two of the attackers were shot "
     "dead by soldiers. Captain Luis Mora died in the yard, the governor said.", 3),
])
def test_known_people_told_again(text: str, expected: float) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a witness's kin told dead before the toll of their incident
    ("Her husband and his two brothers were shot dead in front of their house. At least 60 people were killed in the "
     "assault on the town, a rights group said.", 60),
    ("His father was killed when the shell hit their yard. Twelve civilians died in the shelling of the village on "
     "Sunday, officials said.", 12),
    # a description told by "identified as", or set off with a bare age
    ("Rebels abducted four aid workers and killed their guard on Sunday. The guard, identified as Peter Okafor, 51, "
     "was shot dead when he resisted.", 1),
    ("Gunmen killed a driver on the Abuja road on Monday. The driver, named as Sani Yusuf, died at the scene.", 1),
    ("The suspect, a man, 27, was pronounced dead at the scene.", 1),
    ("Police said the attacker, a woman, 31, was shot dead by officers.", 1),
    # a distance is no one
    ("She was stabbed to death a block away from her home on Friday.", 1),
    ("A man was shot dead a mile away from the police station on Monday.", 1),
])
def test_kin_and_descriptions(text: str, expected: float) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: more dead, told as more or as others
    ("Four people were killed when a gunman opened fire at a wedding on Saturday. Three of the victims died at the "
     "scene. On Sunday, a man was shot dead in another town.", 5),
    ("Gunmen killed three villagers on Monday. Two of them were women. Two more bodies were found on Tuesday.", 5),
    ("Seven soldiers were killed in an ambush on Monday. A police officer was also killed.", 8),
    ("Two suicide bombers blew themselves up at a checkpoint on Tuesday, killing six soldiers. Two more soldiers "
     "died in hospital.", 10),
    ("Her husband was shot dead on Monday. Three other men were also killed in the raid, villagers said.", 4),
    ("Three soldiers, two police officers and a civilian were killed in the attack on Friday.", 6),
    ("A man was stabbed to death in Lagos on Sunday.", 1),
    ("Gunmen killed four farmers on Monday. A fifth victim died in hospital on Tuesday.", 5),
    ("A drone strike on a house in Idlib killed 11 people overnight. Five of the dead were children. A strike on a "
     "van near Sarmada killed three people on Saturday.", 14),
    ("Nine miners died when a shaft collapsed. Four of them were brothers. In a separate accident, two workers died "
     "at a quarry nearby.", 11),
    ("A soldier was killed in an ambush near Kidal on Monday. On Tuesday, Sergeant Ali Maiga was shot dead in Gao.", 2),
    ("Two soldiers and one militant were killed in an ambush on Monday. Sergeant Ali Maiga was also killed.", 4),
])
def test_more_dead_still_count(text: str, expected: float) -> None:
    assert _killed(text) == expected
