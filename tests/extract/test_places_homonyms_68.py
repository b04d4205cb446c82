"""A small place the gazetteer knows only as another name of a town abroad, told with a larger place after it that is
a town of its own name elsewhere ("Chai, Macomia district": not Çey of Turkey, which the gazetteer also calls "Chai"),
lies in the larger place's country. A town known by its own name keeps its country. Every text is our own."""
from datetime import datetime, timezone

import pytest

from etl.extract import geo
from tests.extract.test_events_wire import event_on

AUG_12 = datetime(2026, 8, 12, tzinfo=timezone.utc)


@pytest.mark.parametrize("name, country", [
    ("Chai, Macomia district", "MOZ"),
    ("Ratnapur locality in Gulariya Municipality (Bardiya district)", "NPL"),
    # guards: the name alone; a town by its own name with a region after it
    ("Chai", "TUR"),
    ("Lille, Nord", "FRA"),
])
def test_an_other_name_abroad_before_a_town(name, country):
    assert geo.place_country(name) == country


def test_the_event_in_the_village_of_the_district():
    text = ("Between 1 and 10 August, armed groups carried out nine attacks in Macomia district. On 7 August, armed "
            "groups beheaded two civilians in Chai, Macomia district.")
    assert event_on(text, "beheaded", AUG_12).location_country == "MOZ"
