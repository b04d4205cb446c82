"""A number in a name is no count (stop 67): after "the" or an owner and a capitalised word ("the Yonif 330 infantry
battalion", "the FARDC's Sokola 1 operations", "the HB 1523 lawsuit"); not before people ("the Dapchi 110
schoolgirls"). Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

APR_30 = datetime(2024, 4, 30, tzinfo=timezone.utc)


def _figures(text: str) -> list[str]:
    return [e.surface for e in extract_article(replace(_article(text), published_at=APR_30)).estimates]


@pytest.mark.parametrize("text, expected", [
    ("Two soldiers were killed on Monday. The soldiers, from the Yonif 330 infantry battalion, were ambushed near "
     "Sugapa, the army said.", ["Two"]),
    ("The spokesman for the FARDC's Sokola 1 operations said the rebels had fled.", []),
    ("Workers blocked the RN 12 near Bouira on Sunday.", []),
    ("A lawyer in the HB 1523 lawsuit spoke to reporters.", []),
    # guards: a count of people after a name; a day; a count after a place with no "the"
    ("The families of the Dapchi 110 schoolgirls met the governor.", ["110"]),
    ("Police said that on the March 12 attack 5 people were hurt.", ["5"]),
    ("In Kabul 12 people died in a blast on Monday.", ["12"]),
])
def test_a_number_in_a_name_is_no_count(text, expected):
    assert _figures(text) == expected
