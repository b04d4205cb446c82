"""A disaster's harm told in a relative clause after the disaster's own clause (stop 66): "the earthquake that struck
central Myanmar in March, which killed more than 3,700 people" is no attack, and its toll is another incident's. Every
text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article, events_of

MAY_13 = datetime(2025, 5, 13, tzinfo=timezone.utc)  # a Tuesday
STRIKE = "At least 24 people were killed in an air strike on a market in Mingin on Sunday. "


@pytest.mark.parametrize("text, triggers", [
    (STRIKE + "The junta declared a ceasefire after the earthquake that struck central Myanmar in March, which killed "
     "more than 3,700 people.", ["air strike", "declared"]),
    (STRIKE + "Aid was slow after the floods that swept the delta last year, which killed 140 people.",
     ["air strike"]),
    # guards: the harm of an attack told in such a clause; a disaster's clause that names an attack
    (STRIKE + "Rebels later attacked the town that the army held in March, which killed 30 soldiers.",
     ["air strike", "attacked"]),
])
def test_a_disasters_relative_clause_is_no_attack(text, triggers):
    assert sorted({e.trigger for e in events_of(text, MAY_13)}) == sorted(triggers)


def test_a_disasters_toll_after_its_date_is_another_incidents():
    text = (STRIKE + "The junta declared a ceasefire after the earthquake that struck central Myanmar in March, which "
            "killed more than 3,700 people.")
    found = extract_article(replace(_article(text), published_at=MAY_13))
    assert [(e.surface, e.counted_as, e.aside) for e in found.estimates] == [
        ("At least 24", "killed", None), ("more than 3,700", "killed", "other_incident")]
