"""Deaths told without a count of their own, or in other words than "killed" (stop 75): a person's age after "of" is
no count ("A man of about 30"), a participle phrase between two joined counts keeps them joined, one told shot in a
relative clause after "along with" the dead is dead, and a communiqué's "fallen in combat" is a death; with the guards
that keep such words from counting what they do not. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.cases import killed

APR_9 = datetime(2026, 4, 9, tzinfo=timezone.utc)


def _killed(text: str) -> float:
    """The article's sum of the dead, as the shared scorer counts it."""
    return killed(text, APR_9)


@pytest.mark.parametrize("text, expected", [
    # a person's age after "of", with or without a hedge: one dead, not a count of the age
    ("A man of about 35 was stabbed to death outside a bar in the old town on Friday night, police said.", 1),
    ("Police said a woman of 52 was found dead in her car on the ring road early on Sunday.", 1),
    ("Gunmen on a motorbike shot dead a trader of around 60 in the market on Monday, witnesses said.", 1),
    # a participle phrase tells who the first counted are, and the verb after the second is theirs too
    ("Three policemen guarding the bank and two of the robbers were killed in the shootout on Tuesday.", 5),
    ("Four soldiers escorting the convoy and a civilian driver were killed when the mine exploded.", 5),
    ("Two guards manning the checkpoint and three of the assailants died in the exchange of fire, the army said.", 5),
    # "along with" one the relative clause tells shot: dead with the others
    ("Two wardens were killed in the riot, officials said, along with one prisoner who was shot while fleeing.", 3),
    ("Five villagers were killed in the raid, along with a militiaman who was shot as he ran to help them.", 6),
    ("Three miners died in the attack on the site, along with a guard who was shot at the gate.", 4),
    ("Six passengers were killed when the bus was ambushed, along with two policemen who were shot at the wheel.", 8),
    ("Four farmers were killed on Sunday, police said, along with 3 herders who were shot near the river.", 7),
    # a communiqué's idiom of the soldiers who died
    ("The army said in a statement: 7 soldiers fallen in combat, 5 wounded and one vehicle destroyed.", 7),
    ("The provisional toll on our side is 4 gendarmes fallen on the field of honour and 6 wounded, the ministry said.",
     4),
    ("Nine police officers have fallen in the line of duty in the attack on the station, the governor said.", 9),
])
def test_deaths_told_without_a_count_of_their_own(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # counts after "of" that are counts, not ages
    ("Gunmen killed members of 3 families in the village on Sunday, police said.", 0),
    ("A group of 40 gunmen attacked the village on Sunday, killing six people.", 6),
    # an age set off by commas, as before
    ("The man, 34, and his wife, 29, were killed in the attack on Sunday.", 2),
    # a participle of their own act, no phrase of who they are: the first count is no victim
    ("Three soldiers killing two civilians were filmed by a resident on Sunday.", 2),
    # shot and wounded in a clause of their own, joined to no dead
    ("Two people were wounded in the attack, along with a guard who was shot in the leg.", 0),
    # "fell" and "fallen" of prices, not of people
    ("Fuel prices have fallen 12 percent since March, while 3 people were killed in protests over them.", 3),
])
def test_guards(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "in addition to" the bomber after a count that an "including" clause parts: the bomber takes the count's verb
    ("Eight people, including three police officers, were killed, in addition to the bomber, and 20 others were "
     "wounded.", 9),
    ("Four guests, among them two children, died, in addition to the attacker, when the hotel lobby was bombed.", 5),
    # an ordinal victim set off before a definite description of them
    ("Five miners were killed in the raid on Friday. A sixth victim, the site's cook, died of his wounds on "
     "Sunday.", 6),
    ("The town buried the seven pilgrims killed on Saturday. An eighth victim, the bus driver, died in hospital on "
     "Monday, the bishop said.", 8),
    # one person told as "another person", described after: one dead, not two
    ("Shelling hit the district on Sunday, killing two men. A strike on the port killed another person, a crane "
     "operator at the docks, and damaged two ships, the governor said.", 3),
    ("Gunmen killed a farmer near the well and then killed another person, a herder from a nearby village, and "
     "stole twenty cattle.", 2),
])
def test_more_dead_told_beside_others(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list of people, no description
    ("The blast killed a nurse, a teacher and a boy.", 3),
    ("A soldier, his cousin and a neighbour were killed in the raid.", 3),
    # a part in its clause, with no one added
    ("Six people, including two soldiers, were killed in the attack, and 12 others were wounded.", 6),
])
def test_lists_stay_lists(text, expected):
    assert _killed(text) == expected
