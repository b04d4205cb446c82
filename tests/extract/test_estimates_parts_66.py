"""A part set off after a count with a verb of its own clause is still a part (stop 66): "Fourteen prisoners, including
two who were seriously wounded, were transferred to hospitals" after the wounded were told. Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

SEP_24 = datetime(2025, 9, 24, tzinfo=timezone.utc)


def _all(text: str) -> list[tuple[str, str, str | None]]:
    found = extract_article(replace(_article(text), published_at=SEP_24))
    return [(e.surface, e.counted_as, e.aside) for e in found.estimates]


@pytest.mark.parametrize("text, expected", [
    ("At least 17 inmates were killed and 14 others wounded when gangs fought in a prison in Machala on Monday. "
     "Fourteen prisoners, including two who were seriously wounded, were transferred to hospitals in Machala.",
     [("At least 17", "killed", None), ("14", "wounded", None), ("Fourteen", "other", None),
      ("two", "wounded", "part")]),
    ("Gunmen attacked a village near Gao on Monday, killing 10 people, including three who died in hospital.",
     [("10", "killed", None), ("three", "killed", "part")]),
    # guards: a part with no verb of its own; a count of its own after the whole
    ("Gunmen attacked a village near Gao on Monday, wounding 14 people, including three who were in critical "
     "condition.", [("14", "wounded", None), ("three", "wounded", "part")]),
    ("Gunmen killed 51 people, including 12 children, in Gao on Monday.",
     [("51", "killed", None), ("12", "killed", "part")]),
    ("Gunmen killed 51 people in Gao on Monday, and 12 soldiers were wounded.",
     [("51", "killed", None), ("12", "wounded", None)]),
])
def test_a_part_with_a_verb_of_its_own_is_a_part(text, expected):
    assert _all(text) == expected
