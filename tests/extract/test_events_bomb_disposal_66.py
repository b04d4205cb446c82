"""A device bomb disposal detonates is made safe, no attack of theirs, and no actor of the attack told before it; a
bomb set off by militants, or one that exploded before the experts came, is still an attack. Every text is our own."""
from datetime import datetime, timezone

from tests.extract.test_events_wire import events_of

SEP_25 = datetime(2024, 9, 25, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str | None]]:
    return [(e.trigger, e.actor) for e in events_of(text, SEP_25) if e.event_type == "ASSAULT"]


def test_a_device_bomb_disposal_detonates_is_no_attack():
    text = ("MANDERA — Two officers were killed when their vehicle hit an IED near Shimbir Fatuma on Tuesday. A second "
            "device was found and detonated by a bomb disposal unit later in the evening.")
    assert _rows(text) == [("IED", None)]


def test_a_bomb_militants_detonate_is_an_attack():
    assert _rows("Militants detonated a roadside bomb near Mandera on Tuesday, killing two officers.") == [
        ("killing", "Militants")]


def test_a_bomb_that_exploded_before_the_experts_came_is_an_attack():
    assert _rows("A bomb exploded near Mandera on Tuesday, and a bomb disposal unit was sent to the scene.") == [
        ("exploded", None)]
