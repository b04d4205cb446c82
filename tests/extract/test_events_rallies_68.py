"""A rally someone speaks at or addresses, with no word of protest in its sentence, is an audience, no PROTEST
("Home minister Amit Shah, speaking at a rally in Jharkhand, said …", "addressed a rally in Ranchi"); a rally held to
demand or against something, and one a crowd holds, stay protests. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

NOV_20 = datetime(2024, 11, 20, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.trigger, e.event_type, e.event_mode) for e in events_of(text, NOV_20)]


@pytest.mark.parametrize("text, rows", [
    ("Home minister Amit Shah, speaking at a rally in Jharkhand, said the government would pass the bill.", []),
    ("The chief minister addressed a rally in Ranchi on Monday.", []),
    ("Addressing a rally in Nagpur on Sunday, the minister promised new roads.", [("promised", "AGREE", None)]),
    ("The senator spoke at a rally in Dayton on Saturday.", []),
    # guards: a rally that protests; a crowd's rally; a speaker at a rally against the government
    ("Thousands of people held a rally in Dhaka on Saturday to demand the release of the opposition leader.",
     [("rally", "PROTEST", "demo")]),
    ("Speaking at a rally against the new tax in Nairobi on Saturday, the activist urged a boycott.",
     [("rally", "PROTEST", "demo"), ("urged", "REQUEST", None), ("boycott", "PROTEST", "boycott")]),
])
def test_a_rally_spoken_at(text, rows):
    assert _rows(text) == rows
