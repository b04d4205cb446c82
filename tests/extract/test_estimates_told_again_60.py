"""A figure the article tells again, whole or in part, is a figure of the text: it is kept aside as `other` with
`aside` "restated" or "part", so that a sum of a category counts the first alone and a reader finds every figure
the article gives (stop 60; before, it was dropped). The texts are our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from etl.validate.validate import validate_tables
from tests import cases
from tests.extract.test_estimates_aside_59 import _with
from tests.extract.test_events_wire import _article

MAY_1 = datetime(2024, 5, 1, tzinfo=timezone.utc)


def _estimates(text: str) -> list[tuple[str, str, str, str | None]]:
    """Each estimate in text order: (surface, category, counted_as, aside)."""
    found = extract_article(replace(_article(text), published_at=MAY_1))
    return [(e.surface, e.category, e.counted_as, e.aside) for e in found.estimates]


def _sum(text: str, category: str) -> float:
    found = extract_article(replace(_article(text), published_at=MAY_1))
    return sum(e.value or e.value_low or 0 for e in found.estimates if e.category == category)


@pytest.mark.parametrize("text, told_again", [
    # the same figure, told again in other words
    ("Thousands of Chinese troops were reportedly deployed to the border. Beijing has reportedly sent thousands of "
     "soldiers to the region.", ("thousands", "other", "deployed", "restated")),
    ("Gunmen killed 12 villagers in Dalo on Monday. \"Twelve villagers were killed,\" a police spokesman said.",
     ("Twelve", "other", "killed", "restated")),
    ("At least 40 people were killed in the blast in Kemo. The death toll stood at 40.",
     ("40", "other", "killed", "restated")),
    ("A man was shot dead in Colonia Centro on Monday. 1 fatality.", ("1", "other", "killed", "restated")),
    # a part of a figure given before
    ("A bomb killed eight people at a market in Dalo on Monday. Among the dead were three children.",
     ("three", "other", "killed", "part")),
    ("A bomb wounded 14 people in Quetta on Monday. Six of them needed hospital treatment.",
     ("Six", "other", "wounded", "part")),
    ("Gunmen seized 20 hostages at a hotel in Kemo. Three hostages were later freed.",
     ("Three", "other", "captured", "part")),
])
def test_a_figure_told_again_is_kept_aside_with_how(text, told_again):
    found = _estimates(text)
    assert found[-1] == told_again
    assert found[0][1] == told_again[2]  # the first telling is the figure of its category


def test_a_breakdown_of_a_toll_is_kept_aside_as_its_parts():
    text = ("Russian missiles killed at least 7 people across Ukraine on Monday. In Kyiv, four people were killed. In "
            "Lviv, three people died.")
    assert [(s, c, a) for s, c, _, a in _estimates(text)] == [
        ("at least 7", "killed", None), ("four", "other", "part"), ("three", "other", "part")]
    assert _sum(text, "killed") == 7


def test_a_sum_of_a_category_counts_the_figure_once():
    text = ("Thousands of Chinese troops were reportedly deployed to the border. Beijing has reportedly sent thousands "
            "of soldiers to the region.")
    assert _sum(text, "deployed") == 2000  # "thousands": at least 2,000, once


@pytest.mark.parametrize("text", [
    # a person told again is no figure of the text
    "Gunmen killed a teacher in Kemo on Monday. The teacher died at the scene.",
    # nor is nobody
    "A bomb wounded 14 people in Quetta on Monday. None of the injuries were life-threatening.",
])
def test_a_person_or_nobody_told_again_is_no_figure(text):
    assert len(_estimates(text)) == 1


@pytest.mark.parametrize("text", [
    # more of them, not the same ones: a figure of its own
    "Gunmen killed 12 villagers in Dalo on Monday. Twelve soldiers were also killed in Kemo.",
    "Two soldiers were killed on Monday. By Friday the death toll had risen to 9.",
])
def test_a_new_figure_is_not_told_again(text):
    found = _estimates(text)
    assert not {"restated", "part"} & {aside for *_, aside in found}
    assert found[-1][1] == "killed"


def test_a_figure_told_again_is_valid():
    t = cases.tables("a2")
    t["estimates"] = _with(_with(_with(t["estimates"], "category", "other"), "counted_as", "displaced"), "aside",
                           "restated")
    assert validate_tables(t).success
