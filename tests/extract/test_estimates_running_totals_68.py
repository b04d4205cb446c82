"""Killed sums counted once (stop 68): a total over a span or a war is kept aside as running_total even as the story's
only figure, so is one a sentence opens with a span for, and the dead of the next sentence told in the perfect with no
date of their own continue its span. Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

SEP_3 = datetime(2024, 9, 3, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    found = extract_article(replace(_article(text), published_at=SEP_3))
    return [(e.surface, e.category, e.aside) for e in found.estimates]


@pytest.mark.parametrize("text, expected", [
    ("Opposition leader Ravi Menon said violence in the state has claimed more than 250 lives since May last year.",
     [("more than 250", "other", "running_total")]),
    ("According to the AAPP, more than 5,600 civilians have been killed by the junta since the February 2021 coup.",
     [("more than 5,600", "other", "running_total")]),
    ("The death toll this year rose to 52, officials said.", [("52", "other", "running_total")]),
    ("At least 23 people have died since the protests began, rights groups said.",
     [("At least 23", "other", "running_total")]),
    ("The war has killed more than 34,000 people, the health ministry said.",
     [("more than 34,000", "other", "running_total")]),
    # a span that opens the sentence, the count in the perfect
    ("So far this year 45 people have been killed in bandit attacks in Zamfara, police said.",
     [("45", "other", "running_total")]),
    ("This year, 200 migrants have died crossing the desert, the IOM said.", [("200", "other", "running_total")]),
    # guards: a span of days is the story's own spell of violence; a toll "so far" is the story's incident's; a past
    # act of the span is one incident
    ("At least 30 people have been killed in clashes between rival militias in Tripoli since Monday, the health "
     "ministry said.", [("At least 30", "killed", None)]),
    ("The death toll so far stands at 14, the disaster agency said.", [("14", "killed", None)]),
    ("Earlier this year, gunmen killed 12 people in an attack on a market in Kano.", [("12", "killed", None)]),
])
def test_a_running_total_alone_is_kept_aside(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The exchanges of fire along the border have killed more than 550 people in Lebanon since October. On the "
     "Israeli side, 22 soldiers and 26 civilians have been killed, Israeli authorities say.",
     [("more than 550", "other", "running_total"), ("22", "other", "running_total"),
      ("26", "other", "running_total")]),
    ("Israeli strikes killed five people in Tyre on Monday. The exchanges of fire have killed more than 550 people "
     "in Lebanon since October. On the Israeli side, 22 soldiers have been killed.",
     [("five", "killed", None), ("more than 550", "other", "running_total"), ("22", "other", "running_total")]),
    # guards: the next sentence's dead told in the past, or dated, are an incident of their own
    ("The war has killed more than 34,000 people. Five people were killed in a strike on Kharkiv, officials said.",
     [("more than 34,000", "other", "running_total"), ("Five", "killed", None)]),
    ("The war has killed more than 34,000 people. Five people have been killed in a strike on Kharkiv on Monday.",
     [("more than 34,000", "other", "running_total"), ("Five", "killed", None)]),
])
def test_the_next_sentence_in_the_perfect_continues_a_running_total(text, expected):
    assert _rows(text) == expected
