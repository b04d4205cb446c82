"""A toll is counted once (stop 67): a running total told as the story's only figure of its kind is kept aside all the
same, unless its span is of days, the story's own spell of violence. Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

SEP_3 = datetime(2024, 9, 3, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    found = extract_article(replace(_article(text), published_at=SEP_3))
    return [(e.surface, e.counted_as, e.aside) for e in found.estimates]


@pytest.mark.parametrize("text, expected", [
    ("According to the AAPP, more than 5,600 civilians have been killed by the junta since the February 2021 coup.",
     [("more than 5,600", "killed", "running_total")]),
    ("At least 200 people have been killed in the region so far this year, according to the UN.",
     [("At least 200", "killed", "running_total")]),
    ("Since January, 45 people have been killed in bandit attacks in Zamfara, police said.",
     [("45", "killed", "running_total")]),
    ("More than 3,000 people have been killed in the conflict over the past decade, the group said.",
     [("More than 3,000", "killed", "running_total")]),
    ("Over the past decade, more than 3,000 people have been killed in the conflict.",
     [("more than 3,000", "killed", "running_total")]),
    # guards: a span of days is the story's own spell of violence, as is a war's toll told with no span; a toll of
    # one incident
    ("At least 30 people have been killed in clashes between rival militias in Tripoli since Monday, the health "
     "ministry said.", [("At least 30", "killed", None)]),
    ("Some 45 people have been killed in the past 48 hours in fighting in Khartoum, medics said.",
     [("Some 45", "killed", None)]),
    ("Gunmen killed 12 people in an attack on a market in Kano on Monday, police said.", [("12", "killed", None)]),
    ("The war has killed more than 34,000 people, the health ministry said.", [("more than 34,000", "killed", None)]),
])
def test_a_running_total_alone_is_kept_aside(text, expected):
    assert _rows(text) == expected


_BASE_RAID = ("Army forces repelled an attack by Al-Shabaab militants on a military base on the outskirts of Jowhar, "
              "the capital of Middle Shabelle region, early Tuesday, officials said.\n\nThe regional governor said the "
              "militants attacked the base in Balcad from several directions using machine guns. \"Our forces fought "
              "back bravely and killed 11 of the attackers,\" he said.\n\nThree soldiers died and four others were "
              "wounded in the fighting, a military officer told reporters.\n\n")
_VILLAGES = ("\n\nThe fighting comes weeks after the army, backed by clan militias, recaptured several villages in the "
             "region from the militants.")


@pytest.mark.parametrize("text, expected", [
    (_BASE_RAID + "Al-Shabaab, in a statement on its radio, claimed that its fighters had killed 25 soldiers and "
     "seized weapons." + _VILLAGES,
     [("11", "killed", None), ("Three", "killed", None), ("four", "wounded", None), ("25", "killed", "disputed")]),
    # guard: more dead told as more ("also")
    (_BASE_RAID + "Al-Shabaab also said its fighters had killed 25 soldiers." + _VILLAGES,
     [("11", "killed", None), ("Three", "killed", None), ("four", "wounded", None), ("25", "killed", None)]),
])
def test_the_attackers_claim_of_the_victims_dead_is_disputed_whatever_place_their_own_dead_fell(text, expected):
    assert _rows(text) == expected
