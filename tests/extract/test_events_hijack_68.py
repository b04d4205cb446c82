"""Civilians seized by armed men, and a craft that carries people seized or commandeered by
hijackers, pirates or gunmen are ASSAULT (abduct: PLOVER files hijacking there), also past a count's
hedge ("seized more than 280 pupils") and before a place after them ("on the highway"); a tanker seized by a navy,
goods, phones and a car taken as loot, and fighters captured in war stay COERCE (seize). Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

NOV_10 = datetime(2023, 11, 10, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [(e.trigger, e.event_type, e.event_mode, e.actor, e.target) for e in events_of(text, NOV_10)]


@pytest.mark.parametrize("text, rows", [
    ("On 24 December 1999, five hijackers armed with pistols seized Indian Airlines Flight 814 near Kathmandu.",
     [("seized", "ASSAULT", "abduct", "hijackers", "Indian Airlines Flight 814")]),
    ("In March, gunmen seized more than 280 pupils from a school in Kuriga in Kaduna state.",
     [("seized", "ASSAULT", "abduct", "gunmen", "pupils")]),
    ("Pirates commandeered a ferry off the coast of Somalia on Monday.",
     [("commandeered", "ASSAULT", "abduct", "Pirates", "ferry")]),
    ("Bandits seized at least 20 passengers on the Abuja-Kaduna highway on Monday.",
     [("seized", "ASSAULT", "abduct", "Bandits", "passengers")]),
    # guards: a state's navy, goods, what belongs to the passengers, a car as loot, fighters captured, ground taken
    ("Iran's navy seized a foreign tanker in the Gulf on Monday.",
     [("seized", "COERCE", "seize", "Iran's navy", "foreign tanker")]),
    ("Police seized 200 kilograms of cocaine in Lagos on Monday.",
     [("seized", "COERCE", "seize", "Police", "kilograms")]),
    ("Militants seized the phones of the passengers near Djibo on Monday.",
     [("seized", "COERCE", "seize", "Militants", "phones of the passengers")]),
    ("Unknown gunmen seized a vehicle belonging to health workers in Timbuktu on Monday.",
     [("seized", "COERCE", "seize", "Unknown gunmen", "vehicle")]),
    ("Soldiers captured more than 40 rebels near Goma on Monday.",
     [("captured", "COERCE", "seize", "Soldiers", "rebels")]),
    ("Rebels seized the town of Goma on Monday.",
     [("seized", "ASSAULT", None, "Rebels", "town of Goma")]),
])
def test_people_and_craft_seized_by_armed_men(text, rows):
    assert _rows(text) == rows
