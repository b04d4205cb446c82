"""An event noun after "no" in a clause opened by "that" is negated ("Police said that no arrests had been made"):
"that" there opens the clause and makes the noun no definite one ("that attack"). A told arrest, an arrest named
definite after a negated verb ("did not comment on the arrests") and an attempt that failed stay as they were. Every
text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

NOV_8 = datetime(2022, 11, 8, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str, str | None, str]]:
    return [(e.trigger, e.event_type, e.event_mode, e.modality) for e in events_of(text, NOV_8)]


@pytest.mark.parametrize("text, rows", [
    ("Victoria Police said on Tuesday that no arrests had been made.",
     [("arrests", "COERCE", "arrest", "negated")]),
    ("Police said that no arrests have been made so far.",
     [("arrests", "COERCE", "arrest", "negated")]),
    ("The army said that no clashes took place on Monday.",
     [("clashes", "ASSAULT", None, "negated")]),
    # guards: a told arrest; the opening negation; a failed attempt that was made
    ("Police said on Tuesday that two arrests had been made.",
     [("arrests", "COERCE", "arrest", "asserted")]),
    ("No arrests had been made, police said on Tuesday.",
     [("arrests", "COERCE", "arrest", "negated")]),
    ("Prosecutors said that 34 people took part in the failed assassination attempt.",
     [("assassination", "ASSAULT", "targeted", "asserted")]),
])
def test_no_event_in_a_that_clause(text, rows):
    assert _rows(text) == rows
