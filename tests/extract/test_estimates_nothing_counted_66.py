"""Figures that count no one harmed or held (stop 66): a harm that could have been ("it could have killed dozens"), and
a count that picks out whom a relative is of ("a relative of one of the captives", "a mother of three"). Every text is
our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

OCT_30 = datetime(2025, 10, 30, tzinfo=timezone.utc)


def _all(text: str) -> list[tuple[str, str, str | None]]:
    found = extract_article(replace(_article(text), published_at=OCT_30))
    return [(e.surface, e.counted_as, e.aside) for e in found.estimates]


@pytest.mark.parametrize("text, expected", [
    ("A man detonated a bomb outside a bus station in Leeds on Tuesday. Seven people were injured. Had it worked as "
     "intended, an expert told the jury, it could have killed \"dozens\".", [("Seven", "wounded", None)]),
    ("Police said the device found in a van in Leeds on Tuesday would have killed hundreds of people.", []),
    ("Officials in Leeds warned on Tuesday that a bomb of that size could kill 50 people.", []),
    ("Dozens of people could have been killed, police in Leeds said on Tuesday. Two people were hurt.",
     [("Two", "wounded", None)]),
    # guards: a hedged toll of a harm done; a toll beside what could have been
    ("The air strike on a market in Idlib on Tuesday may have killed 20 people, activists said.",
     [("20", "killed", None)]),
    ("The attack on a market in Idlib on Tuesday killed 12 people and could have killed many more.",
     [("12", "killed", None)]),
])
def test_a_harm_that_could_have_been_counts_no_one(text, expected):
    assert _all(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen abducted at least 23 passengers near Kaduna on Sunday. A relative of one of the captives told "
     "reporters that the abductors had called the family.", [("at least 23", "captured", None)]),
    ("Gunmen killed 12 villagers near Kaduna on Sunday. The families of two of the victims said they had "
     "received no help.", [("12", "killed", None)]),
    ("Gunmen killed 12 villagers near Kaduna on Sunday. A father of two was among those buried on Monday.",
     [("12", "killed", None)]),
    # guards: a part of the dead; the dead kin are of
    ("Gunmen killed 12 villagers near Kaduna on Sunday. The bodies of two of the victims were burned.",
     [("12", "killed", None), ("two", "killed", "part")]),
    ("Relatives of 30 people killed in the attack in Kaduna on Sunday protested outside the governor's office.",
     [("30", "killed", None)]),
])
def test_whom_a_relative_is_of_is_no_figure(text, expected):
    assert _all(text) == expected
