"""What a protest was held to denounce or condemn ("gathered in N'Djamena to denounce the rising cost of fuel",
"rallied to condemn …") is its grievance, no ACCUSE of its own, as its demand is no REQUEST; an act the grievance
names stays an event, and a complaint told as an act of its own (a press conference held to denounce) is an ACCUSE.
Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

MAR_25 = datetime(2024, 3, 25, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.trigger, e.event_type, e.actor) for e in events_of(text, MAR_25)]


@pytest.mark.parametrize("text, rows", [
    ("On 21 March 2024, protesters gathered in N'Djamena to denounce the rising cost of fuel.",
     [("gathered", "PROTEST", "protesters")]),
    ("On 21 March 2024, hundreds of students rallied in Dakar to condemn the postponement of the election.",
     [("rallied", "PROTEST", "students")]),
    ("On 21 March 2024, traders marched in Kano to denounce the killing of a colleague by police.",
     [("marched", "PROTEST", "traders"), ("killing", "ASSAULT", "police")]),
    ("On 21 March 2024, residents staged a sit-in in Goma to protest against insecurity and to criticise the army.",
     [("sit-in", "PROTEST", "residents")]),
    # guards: a complaint of its own; one that follows a protest in a clause of its own
    ("The opposition held a press conference in N'Djamena on Thursday to denounce the arrest of its leader.",
     [("denounce", "ACCUSE", "opposition"), ("arrest", "COERCE", None)]),
    ("Protesters marched in Kano on Thursday. The governor condemned the violence.",
     [("marched", "PROTEST", "Protesters"), ("condemned", "ACCUSE", "governor")]),
])
def test_what_a_protest_denounces(text, rows):
    assert _rows(text) == rows
