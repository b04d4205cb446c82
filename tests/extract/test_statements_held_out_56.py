"""Verbs of speech in a sense of no speech, and the speaker and content around a cue (stop 56). Every text is our
own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article
from tests.extract.test_statements_held_out_54 import _speakers


def _statements(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.cue, s.content) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text", [
    "Anglo American rejected a third offer from BHP worth about 49 billion pounds.",
    "Machinists at the plant went on strike after rejecting a contract offer.",
    "The council rejected the company's bid to build a second runway.",
    "The court dismissed the lawsuit on Monday.",
    "The appeals court rejected his appeal in March.",
])
def test_a_proposal_turned_down_is_no_speech(text):
    assert _statements(text) == []


@pytest.mark.parametrize("text, content", [
    ("The ministry rejected the claims as baseless.", "the claims as baseless"),
    ("The board rejected the offer as too low.", "the offer as too low"),
    ("The minister rejected claims that the plan would raise taxes.", "claims that the plan would raise taxes"),
    ("He dismissed the charges as politically motivated.", "the charges as politically motivated"),
    ("The minister dismissed suggestions the bill had been rushed.", "suggestions the bill had been rushed"),
])
def test_words_rejected_or_a_reason_given_are_still_speech(text, content):
    assert [c for _, _, c in _statements(text)] == [content]


@pytest.mark.parametrize("text", [
    "BYD cut prices last month. Rivals answered with their own cuts.",
    "Police replied with tear gas.",
    "Trump answered the question by attacking the moderator.",
    "The company did not reply to a request for comment.",
])
def test_answering_with_an_act_or_an_object_is_no_speech(text):
    assert _statements(text) == []


@pytest.mark.parametrize("text, speaker, content", [
    ('"Not at all," he replied.', "he", '"Not at all,"'),
    ("Asked about the vote, she replied that the count was fair.", "she", "the count was fair"),
    ('"We will win," replied the mayor.', "the mayor", '"We will win,"'),
    ("Asked whether he would run, he answered he had not decided.", "he", "he had not decided"),
])
def test_a_reply_in_words_is_still_speech(text, speaker, content):
    assert [(s, c) for s, _, c in _statements(text)] == [(speaker, content)]
