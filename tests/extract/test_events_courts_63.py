"""Courts keeping suspects in custody (stop 63): a remand is an arrest by the court ("The magistrate remanded the former
minister in judicial custody", "sent the two suspects to jail on judicial remand"), and "in custody" after "remanded"
is the same act, not another; a higher court sending a case back to a lower one ("remanded the case") is no arrest.
Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

OCT_15 = datetime(2025, 10, 15, tzinfo=timezone.utc)


def _arrests(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.trigger, e.actor, e.target) for e in events_of(text, OCT_15) if e.event_type == "COERCE"]


@pytest.mark.parametrize("text, arrests", [
    ("The magistrate remanded the former minister in judicial custody till October 28.",
     [("remanded", "magistrate", "former minister")]),
    ("An anti-terrorism court on Monday remanded three suspects to police custody for 14 days.",
     [("remanded", "anti-terrorism court", "suspects")]),
    # (from stop 64, the remand is by the subject of the verb it hangs on, of its object)
    ("The court sent the two suspects to jail on judicial remand.", [("remand", "court", "suspects")]),
    ("He was remanded in custody and will appear again next month.", [("remanded", None, "He")]),
    ("The suspects were remanded in police custody for seven days, police said.", [("remanded", None, "suspects")]),
])
def test_a_remand_is_an_arrest_by_the_court(text, arrests):
    assert _arrests(text) == arrests


@pytest.mark.parametrize("text", [
    "The Supreme Court remanded the case to the district court for a new hearing.",
    "The appeals court remanded the matter back to the trial judge on Monday.",
    "The panel remanded the lawsuit for further proceedings.",
    "The remand of the case delayed the trial by a year.",
])
def test_a_case_sent_back_to_a_lower_court_is_no_arrest(text):
    assert _arrests(text) == []
