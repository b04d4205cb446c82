"""A toll is counted once (stop 67): the attackers' claim of the victims' dead is another source's figure of them,
wherever the attackers' own dead fell. Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

SEP_3 = datetime(2024, 9, 3, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    found = extract_article(replace(_article(text), published_at=SEP_3))
    return [(e.surface, e.counted_as, e.aside) for e in found.estimates]


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
