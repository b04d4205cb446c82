"""Who did what to whom (stop 66): the site a bomb went off at is the attack's target before the victims of its toll,
also when more devices are listed ("set off a backpack bomb and a car bomb outside two nightclubs") or the site is
told by a part of it ("in the foyer of the Manchester Arena"). Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

JAN_2 = datetime(2020, 1, 2, tzinfo=timezone.utc)


def _targets(text: str) -> list[str | None]:
    return [e.target for e in events_of(text, JAN_2) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, target", [
    ("On 1 January 2020, militants set off a backpack bomb and a car bomb outside two nightclubs in Kuta, Indonesia. "
     "The bombings killed 202 people.", "nightclubs"),
    ("On 1 January 2020, militants detonated a car bomb and a roadside bomb near a police checkpoint in Kabul, "
     "Afghanistan.", "police checkpoint"),
    ("On 1 January 2020, a suicide bomber detonated an explosive device in the foyer of the Manchester Arena, United "
     "Kingdom. 22 people were killed.", "foyer of the Manchester Arena"),
    ("On 1 January 2020, a bomb exploded in the lobby of the Hotel Continental in Kabul, Afghanistan. 12 people were "
     "killed.", "lobby of the Hotel Continental"),
    ("On 1 January 2020, a bomb exploded in the courtyard of a mosque in Kabul, Afghanistan. 12 people were killed.",
     "courtyard of a mosque"),
    # guards: one device and a site; a part of no site ("the middle of a busy street"), a time ("the end of a
    # concert"), a device and another verb
    ("On 1 January 2020, militants set off a car bomb outside two nightclubs in Kuta, Indonesia. The bombings killed "
     "202 people.", "nightclubs"),
    ("On 1 January 2020, a bomb exploded in the middle of a busy street in Kabul, Afghanistan. 12 people were killed.",
     "people"),
    ("On 1 January 2020, a suicide bomber detonated an explosive device at the end of a concert in Manchester, "
     "England.", None),
    ("On 1 January 2020, militants set off a bomb and fled in Kabul, Afghanistan.", None),
])
def test_the_site_a_bomb_went_off_at_is_its_target(text, target):
    assert _targets(text) == [target]
