"""A tally that closes a conflict note ("7 fatalities.") in a sentence of its own: the toll of the note's event of harm.
Every text is our own."""
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import published_doc

MAY_21 = datetime(2024, 5, 21, tzinfo=timezone.utc)  # a Tuesday


def _tally_link(text: str) -> tuple[str | None, str | None]:
    """The trigger of the event the tally of a note is linked to, and its category."""
    found = extract_article(published_doc(text, MAY_21).article)
    [tally] = [m for m in found.estimates if m.surface.isdigit()]
    by_id = {e.event_id: e for e in found.events}
    return (by_id[tally.event_id].trigger if tally.event_id else None), tally.category


@pytest.mark.parametrize(("text", "trigger"), [
    ("On 28 May 2024, Wazalendo militiamen clashed with M23 rebels near Kibirizi (Rutshuru, Nord-Kivu). 7 fatalities.",
     "clashed"),
    ("Around 7 May 2020, gunmen set fire to a house in Bello. The UN Mission condemned the attack. 2 fatalities.",
     "set fire"),
])
def test_a_tally_of_a_note_is_the_toll_of_its_event_of_harm(text, trigger):
    assert _tally_link(text) == (trigger, "killed")


def test_a_tally_in_a_paragraph_of_no_harm_is_of_no_event():
    text = "On 28 May 2024, residents protested against fuel prices in Goma.\n\n7 fatalities."
    assert _tally_link(text)[0] is None
