"""Country codes from names, capitals, seats of government and demonyms; place phrases in sentences."""
import pytest

from etl.extract.geo import country_code, country_name, find_countries, find_places, is_place_name


@pytest.mark.parametrize("name, code", [
    ("North Korea", "PRK"),
    ("Pyongyang", "PRK"),
    ("North Korean", "PRK"),
    ("the Kremlin", "RUS"),
    ("Russia", "RUS"),
    ("Russian Federation", "RUS"),
    ("Washington", "USA"),
    ("the White House", "USA"),
    ("US", "USA"),
    ("U.S.", "USA"),
    ("Seoul", "KOR"),
    ("South Korea’s", "KOR"),
    ("Ukrainian", "UKR"),
    ("Ukrainians", "UKR"),
    ("Kyiv", "UKR"),
    ("Côte d'Ivoire", "CIV"),
    ("Ivory Coast", "CIV"),
    ("DRC", "COD"),
    ("Congo", "COD"),  # alone, the Democratic Republic, as news writes it
    ("Republic of Congo", "COG"),
    ("Congo-Brazzaville", "COG"),
    ("Brasilia", "BRA"),
    ("Brasília", "BRA"),
    ("Afghan", "AFG"),
])
def test_country_code_resolves_names_capitals_and_demonyms(name, code):
    assert country_code(name) == code


@pytest.mark.parametrize("name", ["us", "Korea", "Korean", "Springfield", ""])
def test_country_code_is_none_for_unknown_or_ambiguous_names(name):
    assert country_code(name) is None


def test_country_name_is_the_short_display_name():
    assert country_name("PRK") == "North Korea"
    assert country_name("RUS") == "Russia"
    assert country_name("FRA") == "France"


def test_find_countries_prefers_the_longest_name_and_splits_hyphens():
    text = "South Korean and Saudi-led forces met US envoys over the Russia-Ukraine war."
    found = [(m.text, m.code) for m in find_countries(text)]
    assert found == [("South Korean", "KOR"), ("Saudi", "SAU"), ("US", "USA"), ("Russia", "RUS"), ("Ukraine", "UKR")]
    for m in find_countries(text):
        assert text[m.start:m.end] == m.text


def test_find_countries_drops_the_possessive():
    text = "Japan’s coast guard"
    (m,) = find_countries(text)
    assert (m.text, m.code) == ("Japan", "JPN")


def _places(text: str) -> list[str]:
    found = find_places(text)
    for p in found:
        assert text[p.start:p.end] == p.text
    return [p.text for p in found]


def test_place_after_preposition_with_its_administrative_context():
    assert _places("Gunmen attacked a bus in Dawlat Abad district, Sefa county, on Monday.") == [
        "Dawlat Abad district, Sefa county"]
    # a first-level region (or a country) closing the phrase is where the place lies, not its words
    [place] = find_places("Gunmen attacked a bus in Dawlat Abad district, Balkh, on Monday.")
    assert (place.text, place.region, place.country) == ("Dawlat Abad district", "Balkh", "AFG")
    assert _places("Troops clashed near Berunda (Kordo) overnight.") == ["Berunda (Kordo)"]


def test_place_named_by_a_kind_of_place_without_preposition():
    assert _places("Fighting moved to the Kursk border region.") == ["Kursk border region"]


def test_place_with_kind_first_and_multiword_names():
    assert _places("Residents marched in the village of San Telmo de la Vega.") == [
        "village of San Telmo de la Vega"]
    assert _places("Shells hit the eastern Tessal countryside.") == ["eastern Tessal countryside"]


def test_not_places_after_prepositions():
    assert _places("The bill passed in Parliament in June.") == []
    assert _places("He spoke in Russia’s favour.") == []
    assert _places("Delegates met in NATO talks.") == []


def test_weak_preposition_needs_a_known_place():
    assert _places("She sent a letter to Ines Varga.") == []
    assert _places("He flew to Kabul.") == ["Kabul"]


def test_place_country_from_capital_or_subdivision():
    (kabul,) = find_places("A blast hit a market in Kabul.")
    assert kabul.country == "AFG"
    (balkh,) = find_places("Police patrolled in Balkh.")
    assert balkh.country == "AFG"


def test_demonym_is_no_place():
    assert is_place_name("Iraq") and is_place_name("Kabul")
    assert not is_place_name("Iraqi")
    assert _places("The attack on Iraqi positions failed.") == []


def test_nested_and_nearby_places_make_one_phrase():
    assert _places("A shell fell in Kiriba in Tessal district.") == ["Kiriba in Tessal district"]
    assert _places("Herders were attacked in Omboro, near Lenga (Lenga, Tessal).") == [
        "Omboro, near Lenga (Lenga, Tessal)"]
    assert _places("Troops raided al-Fadiya area east of Karum.") == ["al-Fadiya area east of Karum"]
    assert _places("A chief was abducted in the area of Mesra, about 15km from Toro (Toro, Sorro).") == [
        "area of Mesra, about 15km from Toro (Toro, Sorro)"]


def test_coordinated_names_with_a_plural_kind_or_a_larger_place():
    assert _places("Jets struck targets in Dalo and Nuri villages (Sefa, Kam) at dawn.") == [
        "Dalo and Nuri villages (Sefa, Kam)"]
    assert _places("Clashes spread in Ardo, Benu and Tefi in Sorro province.") == [
        "Ardo, Benu and Tefi in Sorro province"]


def test_relational_and_resident_phrases():
    assert _places("Fighting broke out in the vicinity of Dosso.") == ["Dosso"]
    assert _places("An attack northwest of Tillia (Tillia, Tahoua) was repelled.") == ["Tillia (Tillia, Tahoua)"]
    assert _places("Residents of Bakau in Lamin protested.") == ["Bakau in Lamin"]
    assert _places("Shells hit the village of Tulu Sama.") == ["village of Tulu Sama"]


def test_country_name_as_modifier_is_no_place():
    assert _places("Militants fired on Kenya troops in Loiya village.") == ["Loiya village"]
    assert _places("A Kenyan border guard was hurt at the village of Poros.") == ["village of Poros"]


def test_site_and_locality():
    (square,) = find_places("Crowds gathered at Liberty square.")
    assert not square.locality
    (nested,) = find_places("Crowds gathered at Liberty square in Toro.")
    assert nested.locality and nested.text == "Liberty square in Toro"


@pytest.mark.parametrize("text, place", [
    ("Shells hit Kibo village on the outskirts of Toro city (Sefa).", "Kibo village on the outskirts of Toro city (Sefa)"),
    ("Police seized arms in Nuri village situated in the commune of Lenga.", "Nuri village situated in the commune of Lenga"),
    ("Troops repulsed an attack in the Dalo area in the limits of Toro city, Sefa.",
     "Dalo area in the limits of Toro city, Sefa"),
    ("Rebels clashed with troops in Nuri village close to Lenga city.", "Nuri village close to Lenga city"),
])
def test_a_place_takes_the_larger_place_it_lies_in(text, place):
    assert [p.text for p in find_places(text)] == [place]


@pytest.mark.parametrize("text, place", [
    ("The worst explosions were at Kibo Street on Friday.", ["Kibo Street"]),
    ("Leaders met at Lenga Castle for talks.", ["Lenga Castle"]),
    ("A bomb exploded at the Sorro cafe in Toro.", ["Sorro cafe in Toro"]),
    ("She sent a message to Ana Lind.", []),
])
def test_at_a_named_site_is_a_place(text, place):
    assert [p.text for p in find_places(text)] == place



@pytest.mark.parametrize("text, place, country", [
    # a Nigerian area named with its two words before its kind, as military bulletins write it
    ("Gunmen killed five farmers in Bakura local government area on Monday.", "Bakura local government area", "NGA"),
    ("Troops killed 12 bandits in an ambush at Tsafe local government area of Zamfara State.",
     "Tsafe local government area of Zamfara State", "NGA"),
])
def test_a_local_government_area_is_one_place(text, place, country):
    assert [(p.text, p.country) for p in find_places(text)][-1] == (place, country)
