"""Constructions of our own incident summaries and conflict notes (stop 55): the result of an attack told before its
object ("stabbed to death a teacher"), a person named in a town, a refusal told as the motive of an act. Every text
is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on, events_of

JUL_4 = datetime(2024, 7, 4, tzinfo=timezone.utc)  # a Thursday


@pytest.mark.parametrize("text, trigger, actor, target", [
    ("Militants stabbed to death a teacher in Dhaka on Monday.", "stabbed", "Militants", "teacher"),
    ("Attackers hacked to death a blogger in Dhaka on Monday.", "hacked", "Attackers", "blogger"),
    ("Militants stabbed to death two teachers in Dhaka on Monday.", "stabbed", "Militants", "teachers"),
    ("A mob beat to death a man accused of theft in Lagos on Monday.", "beat", "mob", "man"),
])
def test_the_result_before_the_object_keeps_the_doer_and_the_victim(text, trigger, actor, target):
    found = event_on(text, trigger, JUL_4)
    assert (found.actor, found.target) == (actor, target)


@pytest.mark.parametrize("text, trigger", [
    ("A teacher was stabbed to death in Dhaka on Monday.", "stabbed"),
    ("Teacher stabbed to death in Dhaka.", "stabbed"),
])
def test_one_stabbed_to_death_is_still_the_victim(text, trigger):
    found = event_on(text, trigger, JUL_4)
    assert (found.actor, found.target) == (None, "teacher" if "A teacher" in text else "Teacher")


def test_a_person_named_in_a_town_is_no_place_of_the_town():
    found = event_on("Gunmen shot dead Ahmed Musa in Kano on Monday.", "shot dead", JUL_4)
    assert (found.target, found.location, found.location_country) == ("Ahmed Musa", "Kano", "NGA")
    # a village named in its district is still the place
    found = event_on("Rebels attacked Marinka in Donetsk on Monday.", "attacked", JUL_4)
    assert found.location == "Marinka in Donetsk"


@pytest.mark.parametrize("text", [
    "Gang members shot dead a bus driver in San Pedro Sula on Monday for refusing to pay extortion.",
    "Soldiers beat a man in Goma on Monday for refusing to hand over his phone.",
    "Two persons were arrested by the police in Pinsk for refusing to identify themselves.",
])
def test_a_refusal_told_as_the_motive_of_an_act_is_no_event(text):
    assert not any(e.event_type == "REJECT" for e in events_of(text, JUL_4))


def test_a_refusal_of_its_own_is_still_one():
    found = event_on("The opposition refused to attend the talks in Nairobi on Monday.", "refused", JUL_4)
    assert (found.event_type, found.actor) == ("REJECT", "opposition")
