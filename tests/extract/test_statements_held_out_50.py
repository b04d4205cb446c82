"""Statements of British, Australian, Indian and American political copy: a verb that reports speech only with what
was said after it (or closing the attribution before it), and titles written without a period. Every text is our
own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _said(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.cue, s.content) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text", [
    "Josh Stein responded within hours.",
    "Taliban militants attacked an army post, and soldiers responded to the attack with mortar fire.",
    "The council has added staff to speed up the count.",
    "In the past five years, we have added a million jobs.",
])
def test_a_verb_of_adding_or_responding_with_no_speech_after_it_is_no_statement(text):
    assert _said(text) == []


def test_only_the_speech_of_a_sentence_whose_clause_adds_a_thing():
    text = "Richer said the office had added staff to speed up verification."
    assert _said(text) == [("Richer", "said", "the office had added staff to speed up verification")]


@pytest.mark.parametrize("text, content", [
    ("The plan will fail, he added on Tuesday.", "The plan will fail"),
    ("The plan will fail, she added quietly.", "The plan will fail"),
    ("He added that the plan would fail.", "the plan would fail"),
    ("She responded that the figures were wrong.", "the figures were wrong"),
    ('"No," she responded.', '"No,"'),
])
def test_adding_and_responding_report_speech_that_closes_or_follows_them(text, content):
    [(_, _, said)] = _said(text)
    assert said == content


@pytest.mark.parametrize("text, speaker", [
    ("Peter Dutton spoke in Brisbane on Monday. Mr Dutton said the plan was reckless.", "Peter Dutton"),
    ("Prime Minister Narendra Modi spoke in the Lok Sabha. PM Modi said the mandate was clear.", "Narendra Modi"),
    ("Kemi Badenoch spoke in Birmingham. Mrs Badenoch said the party would recover.", "Kemi Badenoch"),
    ("Sue Gray spoke in London. Ms Gray said the report was final.", "Sue Gray"),
])
def test_a_title_without_a_period_names_the_person_told_before(text, speaker):
    [found] = extract_article(_article(text)).statements
    assert found.speaker_canonical == speaker


@pytest.mark.parametrize("text, content", [
    ("He added the plan would fail.", "the plan would fail"),
    ("He vowed to win, adding he intended to work closely with his staff.",
     "he intended to work closely with his staff"),
])
def test_a_clause_with_no_that_after_adding_is_what_was_said(text, content):
    assert content in [said for _, cue, said in _said(text) if cue in ("added", "adding")]


def test_a_number_added_is_no_speech():
    assert _said("In Chicago, organizers added 160 security personnel along the parade route.") == []


@pytest.mark.parametrize("text, speaker", [
    ("The UN refugee agency said Rwanda was still not a safe third country.", "The UN refugee agency"),
    ("The EU border agency said crossings had fallen.", "The EU border agency"),
    ("The transport agency said roads were closed.", "The transport agency"),
])
def test_an_acronym_among_the_modifiers_of_a_speaker(text, speaker):
    [(found, _, _)] = _said(text)
    assert found == speaker
