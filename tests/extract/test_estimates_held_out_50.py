"""Counts of the dead in wire and local-paper stories: a long name of the unit the dead were of, a toll told again
as its parts in the next sentence, a wounded person who has since died. Every text is our own."""
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import published_doc

DEC_2 = datetime(2025, 12, 2, tzinfo=timezone.utc)  # a Tuesday


def _counts(text: str) -> list[tuple[str, float | None]]:
    found = extract_article(published_doc(text, DEC_2).article)
    return [(m.category, m.value) for m in found.estimates]


def _killed(text: str) -> float:
    return sum(value or 0 for category, value in _counts(text) if category == "killed")


@pytest.mark.parametrize("text", [
    "Six soldiers of the Southern Transitional Council's Security Belt forces were killed on Monday in Abyan.",
    "Six members of the Kenya Wildlife Service Anti Poaching Unit were killed on Monday near Garissa.",
])
def test_the_dead_of_a_unit_with_a_long_name(text):
    assert _killed(text) == 6


@pytest.mark.parametrize("text, dead", [
    ("Gunmen killed 11 people at a party in Salvatierra on Saturday. Eight victims died at the scene and three more "
     "in hospital.", 11),
    ("Gunmen killed 11 people at a party in Salvatierra on Saturday. Two more victims died in hospital on Sunday.", 13),
    ("Gunmen killed 11 people in Salvatierra on Saturday. On Monday, eight people were killed in Celaya and three "
     "more in Irapuato.", 22),
])
def test_a_toll_told_again_as_its_parts_is_counted_once(text, dead):
    assert _killed(text) == dead


@pytest.mark.parametrize("text, category", [
    ("Gunmen abducted 287 pupils in Kuriga on Thursday. A resident who was wounded in the attack has died in "
     "hospital.", "killed"),
    ("Gunmen abducted 287 pupils in Kuriga on Thursday. A resident who was wounded in the attack is in hospital.",
     "wounded"),
])
def test_a_wounded_person_who_has_since_died_is_dead(text, category):
    assert (category, 1) in _counts(text)
