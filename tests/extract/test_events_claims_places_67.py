"""Who did what to whom (stop 67): a long relative clause on a lead's first noun leaves that noun the doer of the
main verb ("Gunmen who abducted 28 passengers from a bus in Kogi state last week have freed all of them"), and a
claim of responsibility names the doer of every attack it claims. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

JAN_2 = datetime(2020, 1, 2, tzinfo=timezone.utc)


def _actors(text: str, trigger: str) -> list[str | None]:
    return [e.actor for e in events_of(text, JAN_2) if e.trigger == trigger]


@pytest.mark.parametrize("text, trigger, actor", [
    ("Gunmen who abducted 28 passengers from a bus in Nigeria's north-central Kogi state last week have freed all of "
     "them, a police spokesman said.", "freed", "Gunmen"),
    ("The kidnappers who seized 15 pupils from a boarding school in Nigeria's northwestern Katsina state last month "
     "have released them, officials said.", "released", "kidnappers"),
    ("Militants who stormed an army post near the border town of Chaman in Balochistan late on Monday night killed "
     "four soldiers, officials said.", "killed", "Militants"),
    # guards: a clause on an object, far from the verb, and a near clause
    ("Police arrested the leader of a gang who robbed travellers along the highway near the city of Kaduna for "
     "months and killed two officers.", "arrested", "Police"),
    ("Gunmen who abducted 28 passengers have freed them, police said.", "freed", "Gunmen"),
])
def test_a_long_relative_clause_on_the_leads_first_noun_leaves_it_the_doer(text, trigger, actor):
    assert _actors(text, trigger) == [actor]


@pytest.mark.parametrize("text, trigger, actor", [
    ("On 1 January 2020, eight members of the Black September Organization broke into a hotel in Rome and killed two "
     "guards.", "killed", "members of the Black September Organization"),
    ("On 1 January 2020, members of Black September bombed a factory in Hamburg.", "bombed",
     "members of Black September"),
    # guards: a month that opens a date after the phrase
    ("Police arrested two suspects in Lagos on Monday, September 30.", "arrested", "Police"),
])
def test_a_months_name_inside_a_groups_name_stays_in_the_actor(text, trigger, actor):
    assert _actors(text, trigger) == [actor]


def test_a_claim_after_an_attack_by_members_of_the_group_makes_no_row_of_its_own():
    text = ("On 1 January 2020, eight members of the Black September Organization broke into a hotel in Rome and "
            "killed two guards. Black September claimed responsibility.")
    rows = [e for e in events_of(text, JAN_2) if e.event_type == "ASSAULT"]
    assert [e.actor for e in rows] == ["members of the Black September Organization"]


def _assault_actors(text: str) -> list[str | None]:
    return [e.actor for e in events_of(text, JAN_2) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, actors", [
    ("On 1 January 2020, a car bomb exploded near a police station in Kabul, Afghanistan, killing 20 people. An hour "
     "later, a second car bomb detonated outside a hotel in Jalalabad, killing nine people. The Taliban claimed "
     "responsibility for both attacks.", ["Taliban", "Taliban"]),
    ("On 1 January 2020, a bomb exploded at a market in Baghdad, killing 12 people. Hours later, a second bomb went "
     "off at a mosque in Basra, killing five. The Islamic State group claimed responsibility for the bombings.",
     ["Islamic State group", "Islamic State group"]),
    # guards: nobody claimed, and a claim of one attack
    ("On 1 January 2020, a car bomb exploded near a police station in Kabul, killing 20 people. An hour later, a "
     "second car bomb detonated outside a hotel in Jalalabad. No group claimed responsibility for the attacks.",
     [None, None]),
])
def test_a_claim_of_several_attacks_names_the_doer_of_each(text, actors):
    assert _assault_actors(text) == actors


@pytest.mark.parametrize("text, trigger, actor", [
    ("On 1 January 2020, police in Guayaquil, Guayas province, Ecuador, arrested 14 suspected gang members.",
     "arrested", "police"),
    ("On 1 January 2020, troops in Goma, North Kivu, Congo, detained 30 people.", "detained", "troops"),
    ("On 1 January 2020, residents of a village near Bunia, Ituri province, Congo, blocked the road.", "blocked",
     "residents"),
    # guards: a name set off by commas, and a place that opens the sentence
    ("In the 1952 campaign, Eisenhower and his secretary of State, John Foster Dulles, criticized the plan.",
     "criticized", "John Foster Dulles"),
    ("In Kabul, Afghanistan, police arrested 12 men.", "arrested", "police"),
])
def test_the_names_that_set_a_place_in_its_country_are_no_actor(text, trigger, actor):
    assert _actors(text, trigger) == [actor]
