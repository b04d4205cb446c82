"""Counts of the one who did it: "The gunman later killed a neighbour" counts the neighbour, not the gunman; an adverb
between a subject and its verb leaves the verb active. The texts are our own."""
import pytest

from tests.extract.test_estimates_incidents import _counts


def _killed(text: str) -> list[str]:
    return [surface for surface, _, _, cat in _counts(text) if cat == "killed"]


@pytest.mark.parametrize(("text", "dead"), [
    ("The gunman later killed a neighbour.", ["a neighbour"]),
    ("An unidentified gunman reportedly killed a village chief in Kaya.", ["a village chief"]),
    ("The attacker then shot dead two police officers.", ["two"]),
    ("The bomber also killed a guard at the gate.", ["a guard"]),
])
def test_the_subject_of_an_active_verb_past_an_adverb_is_no_victim(text, dead):
    assert _killed(text) == dead


@pytest.mark.parametrize("text", [
    "A soldier was later killed in the clash.",
    "A soldier was reportedly killed in the clash.",
])
def test_a_passive_past_an_adverb_still_counts_its_subject(text):
    assert _killed(text) == ["A soldier"]
