"""Unnamed sources and those who speak for someone (stop 54): "People familiar with the matter", "Sources close to
the player", "a spokesperson for Finance Minister Nate Horner". Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from etl.extract.mentions import analyze
from tests.extract.test_events_wire import _article


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.speaker_canonical) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, speaker", [
    ("People familiar with the matter said the government had been briefed on Monday.",
     "People familiar with the matter"),
    ("Sources close to the player said Osimhen is keen on a move to London.", "Sources close to the player"),
    ("People briefed on the talks say a deal is near.", "People briefed on the talks"),
])
def test_an_unnamed_source_opening_a_sentence_keeps_what_follows_its_noun(text, speaker):
    assert [s for s, _ in _speakers(text)] == [speaker]


@pytest.mark.parametrize("phrase, canonical", [
    ("A spokesperson for Finance Minister Nate Horner", "spokesperson for Finance Minister Nate Horner"),
    ("a lawyer for Mr. Trump", "lawyer for Mr. Trump"),
    ("a spokesman for the campaign", "spokesman for the campaign"),
])
def test_who_speaks_for_a_person_is_not_that_person(phrase, canonical):
    assert (analyze(phrase).canonical, analyze(phrase).kind) == (canonical, "person")


@pytest.mark.parametrize("phrase, canonical", [
    ("Trump spokesman Jason Miller", "Jason Miller"),
    ("Finance Minister Nate Horner", "Nate Horner"),
])
def test_a_titled_name_is_still_the_person(phrase, canonical):
    assert analyze(phrase).canonical == canonical


@pytest.mark.parametrize("text, speaker", [
    ('"I\'m not worried about a bubble," C.C. Wei said on Tuesday.', "C.C. Wei"),
    ('"We are ready," J.R. Okafor told reporters.', "J.R. Okafor"),
])
def test_initials_written_together_open_a_name(text, speaker):
    assert _speakers(text) == [(speaker, speaker)]


def test_a_state_abbreviation_before_the_cue_is_no_speaker():
    text = '"We are ready," said Ann Lee, a Democrat from Charlotte, N.C., on Tuesday.'
    assert [s for s, _ in _speakers(text)] != ["N.C."]


@pytest.mark.parametrize("text, content", [
    ("Siemens Energy is exploring a sale of its Indian unit, the sources said, declining to be named because the "
     "talks are confidential.", "Siemens Energy is exploring a sale of its Indian unit"),
    ("BHP will take a hit on its nickel operations, the miner told the ASX on Tuesday, as cheap Indonesian supply "
     "continues to crush prices.", "BHP will take a hit on its nickel operations"),
])
def test_how_a_source_spoke_after_its_attribution_is_no_speech(text, content):
    article = _article(text)
    assert [article.text[s.content_start:s.content_end] for s in extract_article(article).statements] == [content]


def test_what_follows_an_attribution_because_is_still_said():
    text = "He is leaning toward Kasich, he said, because he prizes electability."
    assert len(extract_article(_article(text)).statements) == 2


@pytest.mark.parametrize("text, speaker", [
    ('Rohit Sharma said he was "hurt". The skipper singled out Ollie Pope as "one of the best players I have seen".',
     "The skipper"),
    ('Another user, Roland Z, wrote of Ms. Merkel: "Your boss is still bringing them in."', "Another user"),
])
def test_a_determiner_runs_on_to_its_noun_as_the_speaker_of_a_quote(text, speaker):
    article = _article(text)
    [quote] = [s for s in extract_article(article).statements if article.text[s.content_start] == '"']
    assert (quote.speaker, quote.quote_type) == (speaker, "direct")


@pytest.mark.parametrize("text, speaker", [
    ("Sources close to the president said he would not resign.", "Sources close to the president"),
    ("Sources close to Osimhen said he is keen on a move.", "Sources close to Osimhen"),
    ("An aide to the president said the trip was cancelled.", "An aide to the president"),
])
def test_an_unnamed_source_keeps_whom_it_is_close_to(text, speaker):
    assert [s for s, _ in _speakers(text)] == [speaker]


def test_a_named_speaker_after_to_is_still_the_speaker():
    assert [s for s, _ in _speakers("In a letter to supporters, Senator Ann Lee said the bill was dead.")] == [
        "Senator Ann Lee"]
