"""Statements of wire stories and conflict notes: a cue whose subject names no one is no statement. Every text is
our own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.content) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text", [
    "No group has claimed the attack.",
    "No casualties were reported.",
    "Nobody claimed the kidnapping of the two engineers.",
])
def test_a_cue_whose_subject_names_no_one_is_no_statement(text):
    assert _said(text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("No group has claimed the attack, but police said the Taliban were behind it.", "police"),
    ("Nonetheless, the ministry said the talks would go ahead.", "the ministry"),  # "No…" in another word
])
def test_other_speakers_of_the_sentence_still_speak(text, speaker):
    assert [s for s, _ in _said(text)] == [speaker]
