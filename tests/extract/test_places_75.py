"""Where the events of a news story happened (stop 75): a Nigerian local government area named as the object of a
verb ("attacked Tsafe local government area of Zamfara State") is the area, with its name, not the bare "area of" its
state; a town that a clause describing the target names ("fired on traders marching in the town of Garissa") is where
the event was, over the wide area its subject is told of ("Police in eastern Kenya"). Every text is our own."""
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


@pytest.mark.parametrize("text, trigger, town", [
    # the subject is told of a wide area; a clause describing the target names the town it was in
    ("Security forces in northern Iraq opened fire on workers protesting over unpaid wages in the city of Kirkuk, "
     "killing three people.", "opened fire", "Kirkuk"),
    ("Police in eastern Kenya fired tear gas at traders demonstrating against new taxes in the town of Garissa on "
     "Monday.", "fired", "Garissa"),
    ("Troops in western Niger killed 12 militants who were attacking a market in the town of Tera on Monday.",
     "killed", "Tera"),
])
def test_a_town_the_targets_clause_names_beats_the_subjects_area(text, trigger, town):
    [event] = [e for e in events_of(text, NOV_21) if e.trigger == trigger]
    assert town in event.location


@pytest.mark.parametrize("text, trigger, place", [
    # guards: a town the target came from or went to is not where the event was
    ("Soldiers in northern Mali killed five fighters who were heading to the town of Gao on Monday.", "killed",
     "northern Mali"),
    ("Soldiers in Borno state killed five fighters who had fled from Maiduguri on Monday.", "killed", "Borno state"),
    # a town told in the event's own clause was always its place
    ("Police in northern Iraq arrested two men in the city of Kirkuk on Monday.", "arrested", "city of Kirkuk"),
])
def test_a_town_the_target_only_passed_through_is_not_the_place(text, trigger, place):
    [event] = [e for e in events_of(text, NOV_21) if e.trigger == trigger]
    assert event.location == place
