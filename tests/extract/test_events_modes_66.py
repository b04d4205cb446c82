"""The mode of a strike told by what was fired or flown at the target (stop 66): "Ukrainian drones struck an oil depot"
is a drone attack, "a missile hit a hospital" heavy weapons, "Russian warplanes struck the town" an air attack. Every
text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

MAR_1 = datetime(2025, 3, 1, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, mode", [
    ("Ukrainian drones struck an oil refinery in Ryazan on Sunday.", "struck", "drone"),
    ("Ukrainian drones have hit two oil depots in Bryansk, the governor said on Sunday.", "hit", "drone"),
    ("A drone hit a minibus in Kherson on Sunday, killing two people.", "hit", "drone"),
    ("A missile struck a hospital in Dnipro on Sunday.", "struck", "heavy-weapons"),
    ("Russian warplanes struck the town of Idlib on Sunday.", "struck", "aerial"),
    # guards: rockets that hit, as before; troops that strike tell no way of striking
    ("Russian rockets hit a school in Kharkiv on Sunday.", "hit", "heavy-weapons"),
    ("Russian troops struck Ukrainian positions near Pokrovsk on Sunday.", "struck", None),
])
def test_what_was_fired_tells_the_mode(text, trigger, mode):
    [event] = [e for e in events_of(text, MAR_1) if e.trigger == trigger]
    assert (event.event_type, event.event_mode) == ("ASSAULT", mode)


def test_a_plane_that_hit_a_building_is_no_air_strike():
    assert all(e.event_mode != "aerial" for e in events_of(
        "Officials said a plane has hit the tower in New York on Sunday.", MAR_1))
