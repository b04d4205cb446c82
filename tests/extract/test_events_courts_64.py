"""Courts, police cases and requests in regional news (stop 64): an order that someone "be remanded" is the remand by
whoever ordered it, no request besides it; a remand told by its noun ("sent the two suspects to jail on judicial
remand", "granted physical remand of a third suspect") is by the subject of the verb it hangs on; a police case
registered against people ("Police booked 14 persons") is an accusation; money or aid sought from a government is a
request of it, and whom a request is made of is named after "from"; people the police "picked up" are arrested. Every
text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

OCT_15 = datetime(2025, 10, 15, tzinfo=timezone.utc)


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.event_type, e.trigger, e.actor, e.target) for e in events_of(text, OCT_15)]


@pytest.mark.parametrize("text, events", [
    ("The Colombo Chief Magistrate on Tuesday ordered former minister Prasanna Fernando to be remanded till "
     "October 28.",
     [("COERCE", "remanded", "Colombo Chief Magistrate", "former minister Prasanna Fernando")]),
    ("The judge ordered the two suspects to be detained for questioning.",
     [("COERCE", "detained", "judge", "suspects")]),
    ("An anti-terrorism court on Monday sent the two suspects to jail on judicial remand.",
     [("COERCE", "remand", "anti-terrorism court", "suspects")]),
    ("The court granted physical remand of a third suspect to police for 14 days.",
     [("COERCE", "remand", "court", "third suspect")]),
    # guards: an order that others act stays a request; the remand a court extended names no one by it
    ("The president ordered the army to arrest the rebels.",
     [("REQUEST", "ordered", "president", "army"), ("COERCE", "arrest", "army", "rebels")]),
    ("The judge on Monday extended the remand of the suspects by seven days.",
     [("COERCE", "remand", "judge", "suspects")]),
])
def test_a_court_order_of_custody_is_the_custody(text, events):
    assert _events(text) == events


@pytest.mark.parametrize("text, events", [
    ("Police on Friday booked 14 persons in the case.", [("ACCUSE", "booked", "Police", "persons")]),
    # guards: a booking of no police case
    ("His campaign has booked a famous boxer to appear at the convention.", []),
    ("The party booked 30 buses for the delegates.", []),
])
def test_a_police_case_booked_is_an_accusation(text, events):
    assert _events(text) == events


@pytest.mark.parametrize("text, events", [
    ("The state had sought Rs 2,000 crore from the Centre as interim assistance.",
     [("REQUEST", "sought", None, "Centre")]),
    ("Kerala has sought central assistance for the flood victims.",
     [("REQUEST", "sought", "Kerala", "central assistance")]),
    ("The demonstrators demanded financial support from the government.",
     [("REQUEST", "demanded", "demonstrators", "government")]),
    # guards: what is sought of no one, and "from" of no party
    ("She sought to calm fears about the economy.", []),
    ("Dozens of people seeking medical treatment gathered at the gate.", []),
    ("The group demanded to work from 9 a.m. to 5 p.m.", [("REQUEST", "demanded", "group", "work")]),
])
def test_what_is_sought_of_a_government_is_a_request_of_it(text, events):
    assert _events(text) == events


@pytest.mark.parametrize("text, events", [
    ("Police picked up 11 activists from their homes.", [("COERCE", "picked up", "Police", "activists")]),
    # guard: no police, no arrest
    ("The bus picked up 40 passengers at the station.", []),
])
def test_the_police_picking_people_up_arrest_them(text, events):
    assert _events(text) == events
