"""A sum of an article's dead counts its incident once (stop 67): a lead toll told again in parts is not added to
itself, and another source's list of the dead disputes the toll told first. Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

AUG_5 = datetime(2024, 8, 5, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    found = extract_article(replace(_article(text), published_at=AUG_5))
    return [(e.surface, e.counted_as, e.aside) for e in found.estimates if e.counted_as == "killed"]


@pytest.mark.parametrize("text, expected", [
    ("Israeli airstrikes on southern Lebanon killed five people on Monday, the Health Ministry said. One strike hit a "
     "civil defence centre in Mayfadoun, killing two paramedics. Another struck a motorcycle near Tyre, killing three "
     "men.", [("five", "killed", None), ("two", "killed", "part"), ("three", "killed", "part")]),
    ("Russian strikes killed six people in Kharkiv region on Monday. One missile hit a school, killing two teachers. "
     "Another hit a bus stop, killing four people.",
     [("six", "killed", None), ("two", "killed", "part"), ("four", "killed", "part")]),
    # guards: an attack told as another from its first part on; parts that pass the toll; "Separately"
    ("A car bomb killed five people in Kabul on Monday. In another attack, a roadside bomb killed two soldiers in "
     "Kandahar. Another bomb killed three policemen in Herat.",
     [("five", "killed", None), ("two", "killed", None), ("three", "killed", None)]),
    ("Russian strikes killed six people across Ukraine on Monday. A missile hit a building in Kharkiv, killing two "
     "people. Another drone killed five people in Sumy.",
     [("six", "killed", None), ("two", "killed", None), ("five", "killed", None)]),
    ("Russian strikes killed six people across Ukraine on Monday. A missile hit a building in Kharkiv, killing two "
     "people. Separately, a drone killed four people in Sumy.",
     [("six", "killed", None), ("two", "killed", None), ("four", "killed", None)]),
])
def test_a_toll_told_again_strike_by_strike_is_counted_once(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jihadists attacked a convoy near Gao on Friday, killing at least 25 people, local officials said. The army said "
     "12 civilians and three soldiers were killed.",
     [("at least 25", "killed", "disputed"), ("12", "killed", None), ("three", "killed", None)]),
    ("Jihadists attacked a convoy near Gao on Friday, killing at least 25 people, local officials said. The army said "
     "it had killed 19 assailants. It said 12 civilians and three soldiers were killed.",
     [("at least 25", "killed", "disputed"), ("19", "killed", None), ("12", "killed", None),
      ("three", "killed", None)]),
    # guards: more of them ("also"); another kind than the civilians counted first; one source's own list
    ("Jihadists attacked a convoy near Gao on Friday, killing at least 25 people, local officials said. The army said "
     "12 civilians and three soldiers were also killed.",
     [("at least 25", "killed", None), ("12", "killed", None), ("three", "killed", None)]),
    ("Jihadists attacked a convoy near Gao on Friday, killing at least 25 civilians, local officials said. The army "
     "said three soldiers were killed.", [("at least 25", "killed", None), ("three", "killed", None)]),
    ("Jihadists attacked a convoy near Gao on Friday, killing 12 civilians and three soldiers, local officials said.",
     [("12", "killed", None), ("three", "killed", None)]),
])
def test_another_sources_list_of_the_dead_is_disputed(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A gunman killed two teenagers outside a high school in Memphis on Saturday, police said. Killed were Jaylen Moss, "
     "16, and Andre Price, 17.", [("two", "killed", None)]),
    ("The attacks left four Americans dead in Benghazi on Tuesday. Sean Smith, a State Department communications "
     "expert, was dead from smoke inhalation inside the villa.", [("four", "killed", None)]),
    # guards: one more ("also"); one killed on another day in another town
    ("Gunmen killed two policemen in Kano on Monday, police said. Sergeant Ali Musa was also killed.",
     [("two", "killed", None), ("Sergeant Ali Musa", "killed", None)]),
    ("Gunmen killed two policemen in Kano on Monday, police said. On Tuesday, Ali Musa was shot dead in Lagos.",
     [("two", "killed", None), ("Ali Musa", "killed", "other_incident")]),
])
def test_a_victim_named_after_the_toll_is_one_of_it(text, expected):
    assert _rows(text) == expected
