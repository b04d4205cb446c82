"""A verb form a number counts is a plural noun (stop 75): "cost 35 million pounds in lost sales" tells of money, not of
an army that pounds a town; "fired 40 shells" of rounds, not of shelling by someone. Every text is our own."""
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import published_doc

DEC_7 = datetime(2026, 12, 7, tzinfo=timezone.utc)


def _triggers(text: str) -> list[str]:
    return [e.trigger for e in extract_article(published_doc(text, DEC_7).article).events]


@pytest.mark.parametrize("text, word", [
    ("Shop owners said Thursday's rail strike would cost them 35 million pounds in lost sales.", "pounds"),
    ("The stoppage cost exporters nearly 2 billion pounds last year, the chamber of commerce said.", "pounds"),
    ("The rebels fired 40 shells at the town on Monday, killing two people.", "shells"),
])
def test_a_counted_verb_form_is_no_event(text, word):
    assert word not in _triggers(text)


@pytest.mark.parametrize("text, word", [
    ("Artillery pounds the city as rebels advance from the north.", "pounds"),
    ("Two killed as army shells village near the frontier.", "shells"),
    ("Rebel artillery shells the market every evening, residents say.", "shells"),
])
def test_the_verb_after_a_subject_stays(text, word):
    assert word in _triggers(text)
