"""Incident summaries and conflict notes (stop 65): an attack a light verb makes is the noun that names its means
("launched a drone strike"); a release or a body found "later" after an abduction is not of the abduction's day; a
named building's foyer or lobby is in that building; an island of several regions tells its country. Every text is our
own."""
from datetime import date, datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of


def _at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(tzinfo=timezone.utc)


def _event(text: str, trigger: str, published: str):
    [found] = [e for e in events_of(text, _at(published)) if e.trigger == trigger]
    return found


@pytest.mark.parametrize("text, trigger, mode", [
    ("On 9 March 2024, Russian forces launched a drone strike on a fuel depot in Odesa (Odeskyi, Odesa).",
     "drone strike", "drone"),
    ("On 9 March 2024, Russian forces launched an airstrike on a fuel depot in Odesa (Odeskyi, Odesa).",
     "airstrike", "aerial"),
    # guards: what is launched is a weapon, a strike its sentence alone does not tell from a walkout, or an attack of
    # the verb's own means, whose verb keeps its target
    ("On 9 March 2024, Russian forces launched a barrage of missiles at a fuel depot in Odesa (Odeskyi, Odesa).",
     "launched", "heavy-weapons"),
    ("On 9 March 2024, Russian forces launched missiles at a fuel depot in Odesa (Odeskyi, Odesa).", "launched",
     "heavy-weapons"),
    ("On 9 March 2024, Hezbollah launched rockets at a base in Metula, Israel.", "launched", "heavy-weapons"),
    ("On 9 March 2024, Russian forces carried out a drone strike on a fuel depot in Odesa (Odeskyi, Odesa).",
     "drone strike", "drone"),
])
def test_a_light_verb_yields_to_the_noun_that_names_the_means(text, trigger, mode):
    assert _event(text, trigger, "2024-03-11").event_mode == mode


_ABDUCTED = "2016-03-05: Gunmen abducted three aid workers near Dhusamareb town, Galguduud region, Somalia. "


@pytest.mark.parametrize("text, trigger", [
    (_ABDUCTED + "The hostages were later released unharmed.", "released"),
    (_ABDUCTED + "The hostages were eventually freed.", "freed"),
    (_ABDUCTED + "The hostages were subsequently released after a ransom was paid.", "released"),
    ("2016-03-05: Gunmen abducted an aid worker near Dhusamareb town, Galguduud region, Somalia. He was later found "
     "dead.", "found dead"),
])
def test_what_ends_a_captivity_later_is_not_of_the_abduction_day(text, trigger):
    assert _event(text, trigger, "2016-03-10").date != date(2016, 3, 5)


@pytest.mark.parametrize("text, trigger, day", [
    # guards: the same day told, a step from it, the summary's own incident told later
    (_ABDUCTED + "The hostages were later released the same day.", "released", date(2016, 3, 5)),
    (_ABDUCTED + "The hostages were released two days later.", "released", date(2016, 3, 7)),
    ("2016-03-05: An assailant opened fire on a bar in Mogadishu, Somalia. The assailant later killed his mother.",
     "killed", date(2016, 3, 5)),
])
def test_a_summary_still_dates_what_it_tells_of_its_day(text, trigger, day):
    assert _event(text, trigger, "2016-03-10").date == day


@pytest.mark.parametrize("text, place, country", [
    ("A bomb exploded in the foyer of the Sahafi Hotel, Somalia, killing four guards.", "Sahafi Hotel", "SOM"),
    ("A bomb exploded in the foyer of the Manchester Arena, United Kingdom, killing 22 people.", "Manchester Arena",
     "GBR"),
    ("Gunmen opened fire in the lobby of the Serena Hotel, Afghanistan, killing four guards.", "Serena Hotel", "AFG"),
    ("Gunmen opened fire in the courtyard of the Grand Mosque in Kano, Nigeria, killing four worshippers.",
     "Grand Mosque in Kano", "NGA"),
])
def test_a_room_of_a_named_building_is_in_that_building(text, place, country):
    [found] = [e for e in events_of(text, _at("2017-05-24")) if e.event_type == "ASSAULT"]
    assert (found.location, found.location_country) == (place, country)


@pytest.mark.parametrize("text, trigger, country", [
    ("On 23 May 2017, militants attacked Marawi city, Philippines. President Rodrigo Duterte declared martial law "
     "across Mindanao the same evening.", "martial law", "PHL"),
    ("On 23 May 2017, militants attacked a checkpoint in El Arish, Egypt. The army imposed a curfew across Sinai the "
     "same evening.", "curfew", "EGY"),
    ("On 12 March 2017, assailants set off an explosive device in Ghalanai, Mohmand, Pakistan.", "set off", "PAK"),
])
def test_an_island_or_a_tribal_district_tells_its_country(text, trigger, country):
    assert _event(text, trigger, "2017-05-25").location_country == country
