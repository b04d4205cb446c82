"""Statements in the styles of regional English-language papers (stop 63): "said over 50 suspects were arrested" (the
hedge "over" opening a count, as "more than", which is what was said, not a circumstance of saying it), and a dateline
of several words in capitals before a colon ("MANDI BAHAUDDIN:", "DERA ISMAIL KHAN:"), which is no transcript's speaker.
Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _statements(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.cue, s.content) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, expected", [
    ("The police said over 50 suspects were arrested.", ("The police", "over 50 suspects were arrested")),
    ("Witnesses said over 20 people were injured in the blast.",
     ("Witnesses", "over 20 people were injured in the blast")),
    ("Officials said over a dozen shops were torched.", ("Officials", "over a dozen shops were torched")),
    ("Residents said over two hundred families had fled the area.",
     ("Residents", "over two hundred families had fled the area")),
    ("The army said over 1,000 troops had been sent to the border.",
     ("The army", "over 1,000 troops had been sent to the border")),
])
def test_said_over_a_count(text, expected):
    assert [(speaker, content) for speaker, _, content in _statements(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # guards: "over" opening a circumstance of the saying, not a count
    ("The minister said over the phone that the talks had failed.", [("The minister", "the talks had failed")]),
    ("The two leaders argued over dinner.", []),
])
def test_said_over_a_circumstance(text, expected):
    assert [(speaker, content) for speaker, _, content in _statements(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    ("MANDI BAHAUDDIN: A man was shot dead by unidentified miscreants on Thursday, police said.", "police"),
    ("DERA ISMAIL KHAN: Two policemen were martyred in an attack on a check post, officials said.", "officials"),
    ("TOBA TEK SINGH: A woman was killed over a land dispute, police said.", "police"),
    ("Two policemen martyred in attack\n\nDERA GHAZI KHAN: Two policemen were martyred in an attack on a check post, "
     "officials said.", "officials"),
    ("SAN JOSE: Police arrested two men after a shooting, the department said.", "the department"),
])
def test_a_dateline_in_capitals_is_no_speaker(text, speaker):
    assert [s for s, _, _ in _statements(text)] == [speaker]


def test_a_transcripts_speakers_stay():
    text = "JAKE TAPPER: Donald Trump released a video on Friday.\n\nMARIA LOPEZ: I think it was a mistake."
    assert [(s, cue) for s, cue, _ in _statements(text)] == [("JAKE TAPPER", ":"), ("MARIA LOPEZ", ":")]
