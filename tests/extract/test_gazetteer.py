"""The GeoNames gazetteer: towns and cities give places their country, region and coordinates, and actors theirs."""
from datetime import datetime, timezone

import pytest

from etl.extract import events
from etl.extract.geo import best_locality, place_country, situate
from etl.extract.geo.gazetteer import localities
from etl.extract.text import Doc
from etl.ids import sha256_text
from etl.records import Article, Event

PUBLISHED = datetime(2024, 5, 1, tzinfo=timezone.utc)


def _events(text: str) -> dict[str, Event]:
    article = Article(article_id="z1", source="test", source_id="z1", url=None, title=None, published_at=PUBLISHED,
                      language="en", text=text, text_sha256=sha256_text(text), n_chars=len(text),
                      ingested_at=PUBLISHED, input_path="test.txt")
    return {e.trigger: e for e in events.extract(Doc(article), [])}


@pytest.mark.parametrize("name, country", [
    ("Kharkiv", "UKR"), ("Kharkov", "UKR"), ("Aleppo", "SYR"), ("Mosul", "IRQ"), ("Goma", "COD"),
    ("Bamenda", "CMR"), ("Kursk", "RUS"),
])
def test_towns_and_cities_have_their_country(name, country):
    assert best_locality(name).country == country


def test_words_and_codes_are_no_towns():
    assert localities("Monday") == () and localities("Officials") == () and localities("The") == ()


def test_a_shared_name_is_settled_by_the_countries_of_the_article_then_by_population():
    assert best_locality("Hyderabad").country == "IND"
    assert best_locality("Hyderabad", {"PAK"}).country == "PAK"
    assert situate("Hyderabad", None, lambda: frozenset({"PAK"})).country == "PAK"
    assert situate("Valencia", "ESP", frozenset).country == "ESP"  # the phrase's own country first


def test_a_place_phrase_names_its_country_or_its_town_does():
    assert place_country("the outskirts of Aleppo") == "SYR"
    assert place_country("Dalo village in Tessal") is None  # made-up names stay unknown


def test_a_situated_place_has_region_and_coordinates():
    where = situate("Owerri (Owerri LGA, Imo)", None, frozenset)
    assert (where.country, where.admin1) == ("NGA", "Imo")
    assert 5 < where.lat < 6 and 6.5 < where.lon < 7.5
    country_only = situate("Ukraine", "UKR", frozenset)
    assert (country_only.country, country_only.lat, country_only.lon) == ("UKR", None, None)


def test_a_capital_is_located_but_a_country_is_no_town():
    assert situate("Kabul", "AFG", frozenset).lat is not None
    assert situate("Lebanon", "LBN", frozenset).lat is None  # not Lebanon, Indiana


def test_events_get_location_columns_from_the_gazetteer():
    e = _events("Militants attacked a market in Mosul.")["attacked"]
    assert (e.location, e.location_country) == ("Mosul", "IRQ")
    assert 36 < e.location_lat < 37 and 43 < e.location_lon < 44


def test_a_us_city_gets_its_state():
    e = _events("Protesters marched in Sacramento.")["marched"]
    assert (e.location_country, e.location_admin1) == ("USA", "California")


def test_an_actor_named_after_a_town_gets_its_country():
    e = _events("Kharkiv officials accused the army of shelling homes.")["accused"]
    assert (e.actor, e.actor_country) == ("Kharkiv officials", "UKR")


def test_a_bare_small_town_is_no_target_place():
    # the target "Kirby" (a person here) is also a small town: too small to be read as a place on its own
    # (the site of the clause is where it happened)
    e = _events("Gunmen attacked Kirby outside his home.")["attacked"]
    assert (e.location, e.location_country) == ("his home", None)


def test_a_region_is_also_known_by_its_name_without_its_honorific():
    from etl.extract.geo.gazetteer import admin1_named
    assert admin1_named(["Michoacan"], "MEX") == "Michoacán de Ocampo"
    assert admin1_named(["Coahuila"], None) == "Coahuila de Zaragoza"
    assert admin1_named(["Ciudad"], None) is None  # "Ciudad de México" is not "Ciudad"


def test_a_country_closing_a_place_is_its_region_but_a_capital_is_a_place():
    from etl.extract.geo import find_places
    [p] = find_places("Gunmen shot a man in Orvalo, Mexico, on Friday.")
    assert (p.text, p.region, p.country) == ("Orvalo", "Mexico", "MEX")
    [p] = find_places("Gunmen shot a man in Orvalo, Kabul.")
    assert (p.text, p.region) == ("Orvalo, Kabul", None)


@pytest.mark.parametrize("phrase, country, region", [
    ("Bamenda (Mezam, Nord-Ouest)", "CMR", "North-West"),  # Haiti has a Nord-Ouest too
    ("Buea (Fako, Sud-Ouest)", "CMR", "South-West"),       # and Burkina Faso a Sud-Ouest
    ("Port-de-Paix (Port-de-Paix, Nord-Ouest)", "HTI", "Nord-Ouest"),
    ("Maroua (Diamare, Extreme-Nord)", "CMR", "Far North"),
])
def test_a_region_name_two_countries_share_is_settled_by_its_town(phrase, country, region):
    assert place_country(phrase) == country
    assert situate(phrase, place_country(phrase), frozenset).admin1 == region


@pytest.mark.parametrize("text, place", [
    ("Bandits abducted the head of Gana in Dandume LGA of Katsina State, Alhaji Usman Gana, and his wives.",
     "Dandume LGA of Katsina State"),
    ("A farmer was killed in Dalo village of Kano State, Mr. Musa Bello, a witness, said.",
     "Dalo village of Kano State"),
    ("Police raided a house in Barangay Labangal, General Santos, South Cotabato.",
     "Barangay Labangal, General Santos, South Cotabato"),
])
def test_a_person_in_apposition_after_a_place_is_no_part_of_it(text, place):
    from etl.extract.geo import find_places
    assert [p.text for p in find_places(text)] == [place]


@pytest.mark.parametrize("text, trigger, country", [
    ("Trump held a rally in Portsmouth, N.H., on Monday.", "rally", "USA"),
    ("Sanders held a rally in Burlington, Vt., on Monday.", "rally", "USA"),
    ("Police arrested two men in Portland, Ore., on Friday.", "arrested", "USA"),
    ("Residents gathered in front of La Palace hotel in Zahle, Lebanon, to protest.", "gathered", "LBN"),
    ("A gunman opened fire at a rally in Butler, Pa., on Saturday.", "opened fire", "USA"),  # was Butler, Australia
    ("Police arrested two men in Jackson, Miss., on Friday.", "arrested", "USA"),
    ("Protesters rallied in Annapolis, Md., on Sunday.", "rallied", "USA"),
])
def test_a_us_state_as_ap_style_abbreviates_it_places_the_town(text, trigger, country):
    assert _events(text)[trigger].location_country == country


def test_a_town_of_its_own_name_comes_before_one_once_called_so():
    # Kenosha, somewhat larger, was once called Southport: the town named so today is the one meant
    assert place_country("Southport") == "GBR"
    assert localities("Southport")[0].name == "Southport"


@pytest.mark.parametrize("phrase", ["Bara town in Idleb countryside", "Sharan area in Aleppo countryside"])
def test_a_small_name_towns_abroad_share_lies_in_the_far_larger_city_named_after_it(phrase):
    assert place_country(phrase) == "SYR"


def test_a_name_of_one_country_s_towns_keeps_its_country_whatever_the_larger_name_is_abroad():
    assert place_country("Rurrenabaque, Beni") == "BOL"
