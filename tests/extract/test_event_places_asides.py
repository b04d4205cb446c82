"""Where an event happened when a place phrase is broken by a longer aside, told again as "the district" or named
with a word that opens no place elsewhere ("General Santos"). The sentences are our own; the names are invented
but for the regions and towns the gazetteer has to know."""
from datetime import datetime, timezone

from etl.records import Event
from tests import cases

WHEN = datetime(2021, 6, 9, tzinfo=timezone.utc)


def _events(text: str) -> list[Event]:
    return cases.grounded_events(text, WHEN)


_places = cases.place_texts


def _locations(text: str) -> set[str | None]:
    return {e.location for e in _events(text)}


# a parenthetical aside of a clause's length

def test_an_aside_of_a_clause_length_keeps_a_list_and_its_larger_place_together():
    text = ("On 3 June 2021, 200 families from Dalo and Nuri (counted as two separate displacements by the office) in "
            "Sefa district fled.")
    assert _places(text) == [
        "Dalo and Nuri (counted as two separate displacements by the office) in Sefa district"]
    text = ("On 3 June 2021, 200 families from the villages of Dalo and Nuri (counted as two separate displacements by "
            "the office) in Sefa district, Kam, fled after clashes.")
    assert _places(text) == [
        "villages of Dalo and Nuri (counted as two separate displacements by the office) in Sefa district, Kam"]


def test_an_aside_inside_a_list_of_places_does_not_end_it():
    text = ("Fighting broke out in the areas of Dalo, Kibo (coordinates of Nuri in Sefa locality used), Omboro and "
            "Lenga.")
    assert _places(text) == ["areas of Dalo, Kibo (coordinates of Nuri in Sefa locality used), Omboro and Lenga"]
    assert _locations(text) == {"areas of Dalo, Kibo (coordinates of Nuri in Sefa locality used), Omboro and Lenga"}


def test_a_longer_aside_or_one_no_place_follows_breaks_the_place():
    # past a clause's length the parenthesis is a story of its own
    text = ("Soldiers patrolled in Dalo and Nuri (a pair of towns that have seen clashes between herders and farmers "
            "over the last three years) in Sefa district.")
    assert _places(text) == ["Dalo", "Sefa district"]
    # no place after the aside: the list is not closed by it
    assert _places("Soldiers patrolled in Dalo and Nuri (as the police said) in a statement.") == ["Dalo"]


# "the district", "the province": the place of that kind named before

def test_the_district_is_the_district_its_sentence_named_before():
    text = "On 3 June 2021, a guard was wounded in an attack on the Sefa district governor by gunmen in the district."
    assert _locations(text) == {"Sefa district"}
    text = "On 3 June 2021, gunmen attacked a police post in Sefa District and later fled to the district."
    assert _locations(text) == {"Sefa District"}


def test_the_province_is_the_first_level_region_its_sentence_named_before():
    text = "On 3 June 2021, the Balkh Governor's Office banned all protests and marches in the province for two weeks."
    found = _events(text)
    assert {e.location for e in found} == {"Balkh"}
    assert {e.location_country for e in found} == {"AFG"}


def test_the_district_points_back_only_to_a_place_of_its_kind():
    # nothing named before: the site stays as told
    assert _locations("On 3 June 2021, gunmen attacked a police post in the district.") == {"the district"}
    # a district is no town
    text = "On 3 June 2021, a guard was wounded in an attack on the Sefa district governor by gunmen in the town."
    assert _locations(text) == {"the town"}
    # a name the gazetteer does not know as a region is no province
    text = "On 3 June 2021, the Dalo Governor's Office banned all protests and marches in the province for two weeks."
    assert _locations(text) == {"the province"}


# a town's name that opens with a word that opens no place

def test_a_known_town_may_open_with_a_title_word():
    text = "On 3 June 2021, a man was killed in a raid in Barangay Dalo, General Santos, South Cotabato."
    assert _places(text) == ["Barangay Dalo, General Santos, South Cotabato"]
    assert _locations(text) == {"Barangay Dalo, General Santos, South Cotabato"}


def test_a_title_word_before_an_unknown_name_opens_no_place():
    assert _places("They met in Dalo, General Tessal said on Monday.") == ["Dalo"]
    assert _places("Workers of General Motors protested in Detroit.") == ["Detroit"]


# a list that goes on with another place of its kind, a landmark given with "around"

def test_a_list_may_close_with_another_unnamed_place_of_its_kind():
    text = "On 3 June 2021, families from Dalo and Nuri and another unnamed village in Sefa district fled."
    assert _places(text) == ["Dalo and Nuri and another unnamed village in Sefa district"]
    text = "On 3 June 2021, clashes erupted in Dalo and Nuri and another unnamed village in Sefa district."
    assert _locations(text) == {"Dalo and Nuri and another unnamed village in Sefa district"}
    assert _places("On 3 June 2021, families from Dalo, Nuri and other villages in Sefa district fled.") == [
        "Dalo, Nuri and other villages in Sefa district"]


def test_another_thing_than_a_place_does_not_go_on_with_the_list():
    assert _places("The talks in Dalo and Nuri and another round in Geneva failed.") == ["Dalo", "Geneva"]


def test_a_landmark_around_which_a_site_lies_goes_with_it():
    text = "On 3 June 2021, a grenade exploded near the Maro market around Lenga Junction in Dalo district (Sefa, Kam)."
    assert _places(text) == ["Maro market around Lenga Junction in Dalo district (Sefa, Kam)"]


def test_around_a_time_is_no_landmark():
    assert _places("Protesters gathered at Lenga hospital around noon.") == ["Lenga hospital"]
    assert _places("Clashes broke out around the Maro market.") == ["Maro market"]


# a part of a town named with its possessive, without a preposition

def test_a_part_of_a_known_town_named_with_its_possessive_is_a_place():
    text = "On 3 June 2021, protesters blocked all of Afrin's entrances for two hours."
    assert _places(text) == ["Afrin's entrances"]
    assert _locations(text) == {"Afrin's entrances"}
    assert _locations("On 3 June 2021, jets shelled Afrin's outskirts.") == {"Afrin's outskirts"}
    assert _places("On Monday Kabul's outskirts were shelled.") == ["Kabul's outskirts"]


def test_a_possessive_of_a_person_or_of_an_unknown_name_is_no_place():
    assert _places("Doe's heart was broken.") == []
    assert _places("President Smith's entrance was late.") == []
    assert _places("It was Russia's war.") == []
    assert _places("Jets shelled Dalo's southern suburbs.") == []


# an aside of its own, apart from the places of the clause

def test_a_place_inside_an_aside_comes_after_the_clause_own_places():
    text = ("On 3 June 2021, soldiers killed five militants (among them a commander known in the Sefa area as a bomb "
            "maker) in the Dalo area, southwest Nuri district.")
    assert _locations(text) == {"Dalo area, southwest Nuri district"}


def test_a_place_inside_an_aside_is_still_the_only_place_told():
    text = "On 3 June 2021, soldiers killed five militants (one of them a commander in the Sefa area) on a hill."
    assert _locations(text) == {"Sefa area"}


# the part of the larger place, told with a direction after a comma

def test_a_larger_place_after_a_comma_may_open_with_a_direction():
    text = "On 3 June 2021, an IED hit a patrol on the outskirts of Dalo, southern Sefa province, killing a soldier."
    assert _places(text) == ["Dalo, southern Sefa province"]


def test_a_direction_after_a_comma_opens_no_place_without_a_kind():
    assert _places("On 3 June 2021, an IED hit a patrol in Dalo, southern farmers said.") == ["Dalo"]
    assert _places("On 3 June 2021, an IED hit a patrol in Dalo, northern Sefa said.") == ["Dalo"]


# an Arabic article that takes the first consonant of the name

def test_an_assimilated_article_opens_a_name_of_its_consonant():
    assert _places("Fighting in the as Sawadiyah area killed two.") == ["as Sawadiyah area"]
    assert _places("Fighting in the al Sorro area killed two.") == ["al Sorro area"]


def test_the_english_as_before_a_name_opens_no_name():
    assert _places("Fighters known as Abu Sorro area commanders fled.") == ["Abu Sorro area"]
    assert _places("Towns such as Dalo village (Kam) were shelled.") == ["Dalo village (Kam)"]


# a note in parentheses on where the place is counted or presumed to be

def test_a_note_of_where_a_place_is_coded_or_presumed_is_part_of_it():
    text = "On 3 June 2021, gunmen killed a driver in Dalo on the Nuri-Kibo highway (coded as Nuri LGA, Kam)."
    assert _locations(text) == {"Dalo on the Nuri-Kibo highway (coded as Nuri LGA, Kam)"}
    text = ("On 3 June 2021, supporters of the party demonstrated in Kam state (presumed to be at the state capital of "
            "Dalo), against the plan.")
    assert _locations(text) == {"Kam state (presumed to be at the state capital of Dalo)"}
    text = ("On 3 June 2021, gunmen shot a trader near Dalo village (and believed to be in the Nuri area of Sefa "
            "county).")
    assert _places(text) == ["Dalo village (and believed to be in the Nuri area of Sefa county)"]


def test_a_note_of_who_or_what_is_no_part_of_the_place():
    assert _places("On 3 June 2021, gunmen shot a trader in Dalo village (believed to be a smuggler).") == [
        "Dalo village"]
    assert _places("On 3 June 2021, militias (coded as Sefa Resistance) attacked Dalo village (Kam).") == [
        "Dalo village (Kam)"]


# two places each with its own kind, joined by "and"

def test_two_places_of_their_own_kinds_joined_by_and_share_the_larger_place():
    text = "On 3 June 2021, jets struck in Sorro area and Dalo hill (local names) in Kibo region of Kam."
    assert _places(text) == ["Sorro area and Dalo hill (local names) in Kibo region of Kam"]
    assert _locations(text) == {"Sorro area and Dalo hill (local names) in Kibo region of Kam"}


def test_a_name_after_and_without_a_kind_is_no_second_place():
    assert _places("On 3 June 2021, clashes in Dalo town and Nuri forces attacked a post.") == ["Dalo town"]
