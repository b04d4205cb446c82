"""Country codes from names, capitals, seats of government and demonyms; place phrases in sentences."""
import pytest

from etl.extract.geo import country_code, country_name, find_countries, find_places


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
    assert _places("Gunmen attacked a bus in Dawlat Abad district, Balkh, on Monday.") == ["Dawlat Abad district, Balkh"]
    assert _places("Troops clashed near Berunda (Upper Nile) overnight.") == ["Berunda (Upper Nile)"]


def test_place_named_by_a_kind_of_place_without_preposition():
    assert _places("Fighting moved to the Kursk border region.") == ["Kursk border region"]


def test_place_with_kind_first_and_multiword_names():
    assert _places("Residents marched in the village of Santa Cruz de la Sierra.") == ["village of Santa Cruz de la Sierra"]
    assert _places("Shells hit the eastern Aleppo countryside.") == ["eastern Aleppo countryside"]


def test_not_places_after_prepositions():
    assert _places("The bill passed in Parliament in June.") == []
    assert _places("He spoke in Russia’s favour.") == []
    assert _places("Delegates met in NATO talks.") == []


def test_weak_preposition_needs_a_known_place():
    assert _places("She sent a letter to Maria Lopez.") == []
    assert _places("He flew to Kabul.") == ["Kabul"]


def test_place_country_from_capital_or_subdivision():
    (kabul,) = find_places("A blast hit a market in Kabul.")
    assert kabul.country == "AFG"
    (helmand,) = find_places("Police patrolled in Helmand.")
    assert helmand.country == "AFG"
