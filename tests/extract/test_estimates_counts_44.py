"""Counts of one person taken: "abducted a teacher" counts one captured, as "killed a teacher" counts one dead. The
texts are our own."""
import pytest

from tests.extract.test_estimates_incidents import _counts


def _captured(text: str) -> int:
    return int(sum(v for _, v, _, cat in _counts(text) if cat == "captured"))


@pytest.mark.parametrize(("text", "taken"), [
    ("Separatist fighters abducted a teacher and two pupils on Sunday.", 3),
    ("On 4 May 2020, unidentified gunmen abducted a radio journalist in Umuahia.", 1),
    ("Armed men broke into a house and kidnapped a man.", 1),
])
def test_a_person_taken_counts_one_captured(text, taken):
    assert _captured(text) == taken


@pytest.mark.parametrize("text", [
    "Troops captured a town near the border.",  # a place taken, no one
    "Rebels seized a vehicle on the highway.",
])
def test_a_thing_or_place_taken_is_no_one_captured(text):
    assert _captured(text) == 0
