"""Killed sums counted once (stop 68): a second source's figure told by a pronoun after the sentence that names it,
whose event a day of the source's statement dates ("said in a statement on Sunday"), is disputed; a conflict note's
coded toll ("Fatalities coded as 10") is its figure of the dead, the claims before it kept aside. Every text is our
own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

FEB_10 = datetime(2025, 2, 10, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    found = extract_article(replace(_article(text), published_at=FEB_10))
    return [(e.surface, e.category, e.aside) for e in found.estimates if e.counted_as == "killed"]


_LEAD = ("Suspected jihadists attacked a convoy in northeastern Mali on Friday, killing at least 25 people, most of "
         "them gold miners, local officials said on Monday.\n\n")


@pytest.mark.parametrize("text, expected", [
    (_LEAD + "Mali's army said in a statement on Sunday that its escort had repelled an attack. It said 12 civilians "
     "and three soldiers were killed.",
     [("at least 25", "other", "disputed"), ("12", "killed", None), ("three", "killed", None)]),
    (_LEAD + "The army said 12 civilians and three soldiers were killed.",
     [("at least 25", "other", "disputed"), ("12", "killed", None), ("three", "killed", None)]),
    # guard: more dead of another day and place, told by no source
    (_LEAD + "On Sunday, gunmen killed four herders near Menaka.",
     [("at least 25", "killed", None), ("four", "killed", None)]),
])
def test_a_second_sources_figure_after_its_statement_is_disputed(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("On 11 January 2024, Russian forces clashed with Ukrainian marines near Krynky. The Ukrainian General Staff "
     "claimed that 40 Russian soldiers were killed; the figure could not be verified. Fatalities coded as 10.",
     [("40", "other", "disputed"), ("10", "killed", None)]),
    ("On 9 May 2020, 1 soldier was killed by a Taliban sniper in Nirkh district, Wardak. Fatalities coded as 0 (VoJ "
     "reported 1).", [("1", "other", "disputed"), ("0", "killed", None)]),
    # guards: a note of no coded toll keeps its dead; a coded toll that sums its dead tells them again
    ("On 9 May 2020, 1 soldier was killed by a Taliban sniper in Nirkh district, Wardak.", [("1", "killed", None)]),
    ("On 9 May 2020, 2 soldiers and 1 civilian were killed in clashes in Nirkh district. Fatalities coded as 3.",
     [("2", "killed", None), ("1", "killed", None), ("3", "other", "restated")]),
])
def test_a_notes_coded_toll_is_its_figure_of_the_dead(text, expected):
    assert _rows(text) == expected
