"""Statements in news of business and crime (stop 62): the second verb of a subordinate clause is its own subject's
("Shares in Bayer plunged after the company slashed its forecast and said …"), and a robber's demand is no speech
("demanded cash from the register"). Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _statements(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.cue, s.content) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, speaker", [
    ("Shares in Bayer plunged 9% after the company slashed its profit forecast and said it would cut 2,000 jobs.",
     "the company"),
    ("The stock fell after the carmaker cut its outlook and warned that sales would slow.", "the carmaker"),
    ("Markets rallied when the central bank lowered its key rate and said more cuts were likely.", "the central bank"),
])
def test_second_verb_of_a_subordinate_clause(text, speaker):
    assert [s for s, _, _ in _statements(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # guards: no clause after the subordinator, a verb with no object, or a pronoun: the main subject speaks
    ("He resigned after the scandal and said he was sorry.", "He"),
    ("The minister left the room when the protesters arrived and said the meeting was over.", "The minister"),
    ("The company cut 500 jobs and said more would go.", "The company"),
    ("The senator walked out after he heard the verdict and said it was unjust.", "The senator"),
])
def test_main_subject_keeps_the_second_verb(text, speaker):
    assert [s for s, _, _ in _statements(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "A man pointed a handgun at the clerk and demanded cash from the register.",
    "The robber demanded her handbag and fled on foot.",
    "Two men demanded money and phones from the customers.",
])
def test_a_robbers_demand_is_no_speech(text):
    assert [c for _, c, _ in _statements(text)] == []


@pytest.mark.parametrize("text, content", [
    # guards: a demand for a payment or a sum for someone is spoken
    ("The union demanded cash compensation for the workers.", "cash compensation for the workers"),
    ("Farmers demanded money for their crops.", "money for their crops"),
    ("The kidnappers demanded a ransom of $1 million.", "a ransom of $1 million"),
])
def test_demands_for_payment_are_speech(text, content):
    assert [(c, x) for _, c, x in _statements(text)] == [("demanded", content)]
