"""Statements of wire stories in styles the dev sets hold little of. Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.content) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, speaker", [
    ("An air strike killed 40 people in a village, residents and a rebel group said.", "residents and a rebel group"),
    ("An air strike killed 40 people, police and a witness said.", "police and a witness"),
    ("An air strike killed 40 people, local residents and officials said.", "local residents and officials"),
])
def test_speakers_joined_by_and_after_the_comma_both_speak(text, speaker):
    assert [s for s, _ in _said(text)] == [speaker]


def test_a_phrase_joined_before_the_speaker_inside_a_clause_does_not_speak():
    assert _said("He met the president and a minister said the talks went well.") == [
        ("a minister", "the talks went well")]


@pytest.mark.parametrize("text", [
    "An air strike on a village in western Myanmar's Rakhine state killed at least 40 people on Thursday.",
    "Some states remained too close to call.",
    "NATO member states committed to spend more on defence.",
])
def test_a_cue_form_that_is_a_noun_before_a_verb_in_the_past_is_no_cue(text):
    assert _said(text) == []


def test_a_cue_form_in_the_past_after_a_name_is_still_a_cue():
    assert _said("The ministry stated that 40 people died.") == [("The ministry", "40 people died")]


@pytest.mark.parametrize("text", [
    "Police detained the mayor as part of an investigation into alleged corruption and terror links.",
    "Troops carried out a raid against alleged militants hiding in a farmhouse.",
])
def test_a_participle_of_speech_after_a_preposition_is_an_adjective(text):
    assert _said(text) == []


def test_a_gerund_of_speech_after_a_preposition_still_speaks():
    assert _said("Protesters rallied against the arrest of a youth leader who had been detained for accusing the "
                 "chief of misusing funds.") == [("a youth leader", "the chief of misusing funds")]


@pytest.mark.parametrize("owner", ["the state prosecutor's office", "the president's office", "the defence ministry's"
                                                                                               " department"])
def test_an_office_speaks_with_its_owner(owner):
    assert _said(f"A mayoral candidate was shot dead on Friday, {owner} said.") == [
        (owner, "A mayoral candidate was shot dead on Friday")]


def test_the_writer_s_apposition_after_an_attribution_is_no_more_of_what_was_said():
    text = ("A mayoral candidate was shot dead during a campaign event on Friday, the state prosecutor's office said, "
            "the latest in a string of killings of politicians.")
    assert [c for _, c in _said(text)] == ["A mayoral candidate was shot dead during a campaign event on Friday"]


def test_what_was_said_on_both_sides_of_an_attribution_is_two_segments():
    assert [c for _, c in _said("The economy, he said, is doing well.")] == ["The economy", "is doing well"]
