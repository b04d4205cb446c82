"""Who hear or see an act only witness it: "Residents heard heavy gunfire" makes no shooting of theirs, and a later
attack in the story takes no actor from them; the doers they saw still act. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on

FEB_21 = datetime(2024, 2, 21, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, actor", [
    ("Residents heard heavy gunfire in Beledweyne on Tuesday.", "gunfire", None),
    ("Residents said they heard heavy gunfire for nearly two hours.", "gunfire", None),
    ("BELEDWEYNE — Al-Shabaab attacked a base near Beledweyne on Tuesday. Residents said they heard heavy gunfire "
     "for nearly two hours. In January, a car bomb attack on a hotel in Beledweyne killed at least seven people.",
     "attack", None),
    # guards: the men the witnesses saw shoot; the attackers told before the witnesses
    ("On 2 May 2020, police officers witnessed men shooting at a housing complex in Yauco.", "shooting", "men"),
    ("BELEDWEYNE — Al-Shabaab attacked a base near Beledweyne on Tuesday. Residents said they heard heavy gunfire "
     "for nearly two hours.", "attacked", "Al-Shabaab"),
])
def test_who_hear_or_see_an_act_do_not_do_it(text, trigger, actor):
    assert event_on(text, trigger, FEB_21).actor == actor
