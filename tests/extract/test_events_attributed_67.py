"""An attack a later sentence attributes to a group keeps whom it struck: the group is the doer of every mention, and
the victim told by the first is no side of the group's own ("gunmen assassinated presidential candidate Luis Carlos
Galán … The attack was attributed to the Medellín Cartel"); a fight told again from the other side still gives no
target of the actor's own side ("An army patrol came under fire from the armed group"). Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

AUG_19 = datetime(1989, 8, 19, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor, e.target) for e in events_of(text, AUG_19) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, rows", [
    ("On 18 August 1989, gunmen assassinated presidential candidate Luis Carlos Galán in Soacha, Colombia. The "
     "attack was attributed to the Medellín Cartel.",
     [("Medellín Cartel", "presidential candidate Luis Carlos Galán")]),
    ("On 18 August 1989, gunmen shot dead a judge in Medellín, Colombia. The killing was attributed to the Medellín "
     "Cartel.", [("Medellín Cartel", "judge")]),
    ("On 18 August 1989, gunmen attacked a hotel in Dhusamareb, Somalia. The attack was attributed to al-Shabaab.",
     [("al-Shabaab", "hotel")]),
    ("On 18 August 1989, gunmen attacked a hotel in Dhusamareb, Somalia. The attack was blamed on al-Shabaab.",
     [("al-Shabaab", "hotel")]),
])
def test_an_attack_attributed_to_a_group_keeps_its_target(text, rows):
    assert _rows(text) == rows


@pytest.mark.parametrize("text, target", [
    ("A rebel was killed in a gunfight with army personnel in Tamu on Friday, the army said.\n\nAn army patrol came "
     "under fire from the armed group near Hpaung village, the army said.", "rebel"),
    ("A rebel was killed in a gunfight with soldiers in Tamu on Friday, the army said.\n\nA military convoy came "
     "under fire from the armed group near Hpaung village, the army said.", "rebel"),
])
def test_a_unit_of_the_actors_own_force_is_no_target(text, target):
    assert [t for _, t in _rows(text)] == [target]
