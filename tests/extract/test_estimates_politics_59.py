"""Numbers of political news that count no one harmed (stop 59): an assembly of a hundred members, a harm denied, a
killing only talked of. The texts are our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

JUN_7 = datetime(2016, 6, 7, tzinfo=timezone.utc)


def _estimates(text: str) -> list[tuple[str, str, float | None]]:
    return [(s.surface, s.category, s.value) for s in extract_article(replace(_article(text), published_at=JUN_7))
            .estimates]


def test_a_body_of_members_is_an_assembly():
    text = ("Kendal Unruh sits on the rules committee, a 112-member body that will set the terms of the nomination "
            "process.")
    assert not any(category == "killed" for _, category, _ in _estimates(text))


def test_bodies_found_stay_the_dead():
    assert ("12", "killed", 12.0) in _estimates("Police found 12 bodies in a ditch near Celaya on Monday.")


@pytest.mark.parametrize("text", [
    "What does it take to get a morning show gig? Being a member of a political dynasty can't hurt.",
    "A soldier was not hurt when the shell landed near the base, the army said.",
])
def test_a_harm_denied_counts_no_one(text):
    assert not any(category in ("wounded", "killed") for _, category, _ in _estimates(text))


def test_a_killing_only_talked_of_counts_no_one():
    assert _estimates('"Next time, we might have to kill him," the man said of the protester.') == []


def test_a_killing_done_counts_one():
    assert ("a protester", "killed", 1.0) in _estimates("Police shot dead a protester in Lagos on Monday.")
