"""Deaths a sum of the dead did not read at all (stop 73): told in an idiom of official prose that names no verb of
killing ("paid the supreme price", "fell with arms in hand", "did not survive"). Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.cases import killed

NOV_2 = datetime(2025, 11, 2, tzinfo=timezone.utc)


def _killed(text: str) -> int:
    """The sum of the dead the article's estimates give, as the shared scorer sums them."""
    return killed(text, NOV_2)


@pytest.mark.parametrize("text, dead", [
    ("Bandits raided the village of Gidan Bako on Friday night. One constable, Sergeant Idris Lawal, paid the supreme "
     "price in the exchange of fire, the command said.", 1),
    ("Two vigilantes paid the supreme price while repelling the kidnappers near Funtua on Thursday, police said.", 2),
    ("The general staff mourns 6 soldiers who fell with arms in hand when jihadists stormed the Tin-Akoff post on "
     "Sunday.", 6),
    ("Insurgents attacked a checkpoint near Kidal on Saturday. Three gendarmes fell in the line of duty and two were "
     "wounded.", 3),
    ("A bus overturned near Nakuru on Wednesday. Nine passengers were taken to hospital, and four of the injured "
     "did not survive.", 4),
    ("Gunmen opened fire on a wedding party in Zamfara on Monday. Five guests did not survive their wounds, a local "
     "official said.", 5),
])
def test_idioms_of_dying_are_deaths(text: str, dead: float) -> None:
    assert _killed(text) == dead


@pytest.mark.parametrize("text", [
    "A fire swept the timber market in Onitsha on Tuesday. Forty stalls did not survive the blaze, traders said.",
    "Of the seven bills tabled this session, two did not survive the committee stage on Monday.",
    "Rebels shelled the base on Monday. Three soldiers survived the attack with minor cuts.",
    "The region's two paper mills did not survive the recession, the union said on Friday.",
])
def test_what_did_not_survive_is_no_person(text: str) -> None:
    assert _killed(text) == 0


@pytest.mark.parametrize("text, dead", [
    # a relative clause of wounds suffered between one person and the verb of their death
    ("A man ran amok with a machete in a market in Kisumu on Saturday. A trader who suffered stab wounds to his arms "
     "succumbed to his injuries on Sunday, police said.", 1),
    ("Gunmen fired on a minibus outside Jos on Monday. A student who sustained gunshot wounds in the attack died in "
     "hospital the next day.", 1),
    ("Two pupils who suffered severe burns in the dormitory fire perished in hospital, officials said.", 2),
])
def test_the_wounded_who_died_are_dead(text: str, dead: float) -> None:
    assert _killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    # one person with a phrase of what they are "for" before their verb
    ("A candidate for governor was shot dead outside his home in Culiacan on Tuesday night, prosecutors said.", 1),
    ("A lawyer for the farmers' union in the district of Kasese was hacked to death on Friday.", 1),
    ("An activist for land rights in the province of Negros was gunned down by two men on a motorbike on Monday.", 1),
])
def test_a_person_for_something_is_counted(text: str, dead: float) -> None:
    assert _killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    # the wounded who told what they saw, and people "for" whom something was done, are no dead
    ("Gunmen attacked a bus near Gombe on Monday. A passenger who suffered cuts to his face said the driver died at "
     "once.", 1),
    ("A woman who suffered burns in the fire was treated in hospital and discharged on Thursday.", 0),
    ("A reward for information was offered after the killing, and a search for the gunmen was launched on Sunday.", 0),
])
def test_no_more_dead_than_told(text: str, dead: float) -> None:
    assert _killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    # one more person joined after a count of what a named group's people are of, past the rest of its name
    ("A drone strike killed two commanders of the Baloch Liberation Army (BLA) and a goatherd near Kech on "
     "Thursday.", 3),
    ("Soldiers shot dead 4 fighters of the Farmers' Defence Front and a boy in a raid on Monday, the army said.", 5),
    ("The ambush killed six members of the Arakan Rohingya Salvation Army (ARSA) and two porters, officials said.", 8),
    # a noun of the group's part after its acronym
    ("Two alleged members of the Jamaat Mujahideen Bangladesh (JMB) cell were gunned down in a raid in Gazipur on "
     "Saturday, police said.", 2),
    ("Five fighters of the Ansar Dine (AD) unit were killed in an air strike near Boni on Friday.", 5),
])
def test_people_of_a_named_group_and_those_joined_to_them(text: str, dead: float) -> None:
    assert _killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    # a count joined after a name that closes with no one of its own is another subject, not a casualty
    ("Troops killed three members of the National Liberation Army (ELN) and arrested a courier in Arauca on "
     "Monday.", 3),
    ("Three leaders of the Workers' Party (PT) and a senator met the governor in Recife on Monday.", 0),
])
def test_named_groups_join_no_more_than_told(text: str, dead: float) -> None:
    assert _killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    # a name after a possessive's noun of a person, joined to a named person before, before the passive of both
    ("Khalil Nasser, 61, and his son Amir Nasser, 30, were shot dead by masked men outside their shop in Nablus on "
     "Saturday.", 2),
    ("Police said Maria Lopez and her daughter Ana Lopez were stabbed to death at their home in Cali on Monday.", 2),
    ("Gunmen killed the mayor's aide Tomas Ruiz and his driver Pedro Gil on a road near Acapulco on Friday.", 2),
])
def test_a_named_relative_is_one_more_dead(text: str, dead: float) -> None:
    assert _killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    # the named relative who mourns, or who was hurt, is no more dead
    ("Khalil Nasser was shot dead outside his shop on Saturday, said his son Amir Nasser, who saw the attack.", 1),
    ("Maria Lopez was stabbed to death on Monday, and her daughter Ana Lopez was wounded, police said.", 1),
])
def test_a_named_relative_not_dead_is_not_counted(text: str, dead: float) -> None:
    assert _killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    # one person told hurt by a participle after their noun, then dead by the verb past it
    ("Soldiers killed four gunmen near Mora on Thursday. A corporal wounded in the firefight died of his injuries on "
     "Friday.", 5),
    ("A grenade exploded at a bus stop in Goma on Sunday. A woman injured by the shrapnel succumbed in hospital that "
     "night.", 1),
    ("Police fired on protesters in Kisumu on Tuesday. A teenager hit in the chest died before reaching a clinic.", 1),
])
def test_one_hurt_then_dead_is_dead(text: str, dead: float) -> None:
    assert _killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    # a stretch of way is no one, however near a death it is told
    ("On Friday a shopkeeper and his son were shot dead a block away from their store as they closed up.", 2),
    ("Troops shot dead two smugglers a mile from the border crossing at Chaman on Tuesday.", 2),
    # one hurt who spoke, or was treated, is no more dead
    ("A bomb hit a bus in Quetta on Monday. A passenger injured in the blast said the driver died at once.", 1),
    ("A shell hit a market in Kharkiv on Monday. A vendor wounded in the strike was treated at the scene.", 0),
])
def test_distances_and_the_hurt_who_lived_are_not_dead(text: str, dead: float) -> None:
    assert _killed(text) == dead
