"""Modality (stop 67): an act a noun of demand asks for by an infinitive, right after it or after "for" and whom it
asks ("has rejected calls to step down", "calls for the governor to resign", "demands to release the prisoners"), is
yet to come, not done. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

OCT_31 = datetime(2025, 10, 31, tzinfo=timezone.utc)  # a Friday


def _modality(text: str, trigger: str) -> str:
    [event] = [e for e in events_of(text, OCT_31) if e.trigger == trigger]
    return event.modality


@pytest.mark.parametrize("text, trigger, modality", [
    ("President Maria Lopez has rejected calls to step down.", "step down", "future"),
    ("The governor dismissed opposition calls for him to resign.", "resign", "future"),
    ("The junta rejected demands to release the prisoners.", "release", "future"),
    ("The mayor faces mounting pressure to resign.", "resign", "future"),
    # guards: a resignation and a release done
    ("The prime minister resigned on Tuesday after weeks of protests.", "resigned", "asserted"),
    ("Soldiers released the detained ministers on Friday after talks.", "released", "asserted"),
])
def test_an_act_a_demand_asks_for_is_yet_to_come(text, trigger, modality):
    assert _modality(text, trigger) == modality
