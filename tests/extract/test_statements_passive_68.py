"""Statements of stop 68: a passive cue whose agent follows with what was said ("has been warned by Labour MPs that
…"), a count given as one's own figure ("put the death toll at 32") and a part of a group ("One of them said").
Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _rows(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.cue, s.content) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, row", [
    ("Keir Starmer has been warned by Labour MPs that the party risks losing the trust of pensioners.",
     ("Labour MPs", "warned", "the party risks losing the trust of pensioners")),
    ("The prime minister was warned by the opposition leader that the budget would fail.",
     ("the opposition leader", "warned", "the budget would fail")),
    ("Residents were told by officials on Monday that the water was unsafe to drink.",
     ("officials", "told", "the water was unsafe to drink")),
    ("The minister has been told by civil servants that the scheme cannot be delivered by April.",
     ("civil servants", "told", "the scheme cannot be delivered by April")),
    ("Mr Albanese was assured by Chinese Premier Li Qiang that the trade curbs would be lifted.",
     ("Chinese Premier Li Qiang", "assured", "the trade curbs would be lifted")),
    ("It was announced by the ministry that schools would reopen on Monday.",
     ("the ministry", "announced", "schools would reopen on Monday")),
])
def test_a_passive_cue_with_its_agent_and_what_was_said_is_the_agents_statement(text, row):
    assert row in _rows(text)


@pytest.mark.parametrize("text", [
    # guards: a passive with no words said after its agent, or none at all
    "The story was first reported by the Guardian.",
    "He was told by doctors to rest for a week.",
    "The suspect was charged by police with murder.",
    "The minister was criticised for the delay.",
])
def test_a_passive_cue_with_no_words_after_its_agent_is_no_statement(text):
    assert _rows(text) == []


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("A police official put the death toll at 32.", "A police official", "put the death toll at", "32"),
    ("The chairman of Kajuru LGA, Mr Ibrahim Gajere, put the number of abducted persons at 87.",
     "Mr Ibrahim Gajere", "put the number of", "abducted persons at 87"),
    ("A local official, speaking on condition of anonymity, put the toll at 40.", "A local official",
     "put the toll at", "40"),
    ("Officials said at least 20 people were killed. One of them, who asked not to be named, put the death toll at "
     "32.", "One of them", "put the death toll at", "32"),
    ("Two doctors were at the scene. One of them said the hospital had run out of blood.", "One of them", "said",
     "the hospital had run out of blood"),
])
def test_a_figure_given_and_a_part_of_a_group_speak(text, speaker, cue, content):
    assert (speaker, cue, content) in _rows(text)


def test_the_figure_given_has_its_claimant():
    estimates = extract_article(_article("A police official put the death toll at 32.")).estimates
    assert [(e.value, e.claimant) for e in estimates] == [(32.0, "A police official")]


@pytest.mark.parametrize("text", [
    # guards: "put" of no figure given
    "The government put pressure on the unions to settle.",
    "Police put the suspect in a cell overnight.",
])
def test_put_of_no_figure_is_no_statement(text):
    assert _rows(text) == []
