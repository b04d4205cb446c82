"""A force that clears a protest's blockade, barricades, camp or sit-in, removes its protesters or breaks up its
gathering ends the protest by force: COERCE (restrict), as a crowd dispersed without weapons. A protest told by an
indefinite noun in the object was held, an event of its own; one told before ("the blockade") is no second protest.
A force's own roadblocks removed, and debris cleared, are no such act. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

MAY_20 = datetime(2024, 5, 20, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.trigger, e.event_type, e.event_mode, e.actor) for e in events_of(text, MAY_20)]


@pytest.mark.parametrize("text, rows", [
    ("On 15 May 2024, protesters blocked roads near Chala (Arequipa). Police cleared the blockade the next day.",
     [("blocked", "PROTEST", "obstruct", "protesters"), ("cleared", "COERCE", "restrict", "Police")]),
    ("On 15 May 2024, protesters blocked roads near Chala (Arequipa). Police removed the barricades the next day.",
     [("blocked", "PROTEST", "obstruct", "protesters"), ("removed", "COERCE", "restrict", "Police")]),
    ("On 3 May, police dismantled a pro-Palestinian encampment at the university in Amsterdam.",
     [("dismantled", "COERCE", "restrict", "police"), ("encampment", "PROTEST", "demo", None)]),
    ("Police broke up a protest by opposition supporters in Minsk on Sunday.",
     [("broke up", "COERCE", "restrict", "Police"), ("protest", "PROTEST", "demo", "opposition supporters")]),
    ("Officers removed protesters from the road in Lagos on Monday.",
     [("removed", "COERCE", "restrict", "Officers")]),
    ("About 100 merchants demonstrated at a toll booth in Salamanca on Monday. The protesters were peacefully removed "
     "by the police.", [("demonstrated", "PROTEST", "demo", "merchants"), ("removed", "COERCE", "restrict", "police")]),
    # guards: a force's own roadblocks; debris cleared; a meeting that breaks up by itself
    ("Protesters called for the authorities to remove police roadblocks in Naryn.",
     [("called for", "REQUEST", None, "Protesters")]),
    ("Workers cleared the debris from the road after the landslide on Monday.", []),
    ("The talks broke up without agreement in Geneva on Monday.", [("talks", "CONSULT", None, None)]),
])
def test_a_protest_cleared_by_force(text, rows):
    assert _rows(text) == rows
