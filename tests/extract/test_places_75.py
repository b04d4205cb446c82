"""Where the events of a news story happened (stop 75): a Nigerian local government area named as the object of a
verb ("attacked Tsafe local government area of Zamfara State") is the area, with its name, not the bare "area of" its
state. Every text is our own."""
from datetime import datetime, timezone

import pytest

from etl.extract.geo import find_places
from tests.extract.test_events_wire import events_of

NOV_21 = datetime(2025, 11, 21, tzinfo=timezone.utc)  # a Friday


@pytest.mark.parametrize("text, name", [
    ("Bandits on Tuesday stormed Gummi local government area of Zamfara State, abducting 20 villagers.", "Gummi"),
    ("Herders attacked Bokkos local government area of Plateau State overnight, killing 14 people.", "Bokkos"),
    ("Troops have cleared Damboa local government area of Borno State of insurgents, the army said.", "Damboa"),
])
def test_an_area_named_before_its_modifiers_keeps_its_name(text, name):
    [place] = find_places(text)
    assert place.text.startswith(name) and place.country == "NGA"


@pytest.mark.parametrize("text, trigger, name", [
    ("Bandits on Tuesday stormed Gummi local government area of Zamfara State, abducting 20 villagers.",
     "stormed", "Gummi"),
    ("Herders attacked Bokkos local government area of Plateau State overnight, killing 14 people.",
     "attacked", "Bokkos"),
])
def test_an_attacked_area_is_the_events_place(text, trigger, name):
    [event] = [e for e in events_of(text, NOV_21) if e.trigger == trigger]
    assert name in event.location and event.location_country == "NGA"


@pytest.mark.parametrize("text, place", [
    # guards: an area of a region with no name of its own before it stays the area of the region
    ("Soldiers patrolled the border area of Tillaberi on Monday.", "border area of Tillaberi"),
    ("Troops entered the military zone of Kidal on Monday.", "zone of Kidal"),
    ("Gunmen killed five farmers in Bakura local government area on Monday.", "Bakura local government area"),
    ("Fighting broke out in the Karari area of Omdurman on Monday.", "Karari area of Omdurman"),
])
def test_an_area_without_its_own_name_is_unchanged(text, place):
    assert [p.text for p in find_places(text)][-1] == place
