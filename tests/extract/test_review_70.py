"""Helpers that stop 70's review made one where two modules read the same thing in their own words: the countries a
place name may be in (`geo.countries_of`), the words that open a name a number ends and the words that tell a sentence
from a headline in title case (`numbers.opens_a_name`, `numbers.in_prose`), and the countries a story has told by the
end of a sentence, read a sentence at a time whatever order the places ask in. Every text is our own."""
import pytest

from etl.extract import geo, numbers
from etl.extract.events.places import Whereabouts
from etl.extract.text import Doc
from tests.extract.test_events_wire import _article


@pytest.mark.parametrize("name, floor, countries", [
    ("Kaduna State", 0, {"NGA"}),               # a state with its kind, of one country
    ("Busia", 100_000, {"KEN", "UGA"}),         # a county of Kenya and a district of Uganda: a homonym
    ("Colombian", 0, {"COL"}),                  # a demonym tells its country
    ("Springfield", 0, {"AUS", "USA"}),
    ("Springfield", 100_000, {"USA"}),          # the floor leaves out the small town abroad
])
def test_the_countries_a_place_name_may_be_in(name, floor, countries):
    assert geo.countries_of(name, floor) == countries


@pytest.mark.parametrize("word, opens", [
    ("the", True), ("The", True), ("FARDC's", True), ("Kenya’s", True), ("POLICE'S", True),
    ("a", False), ("three", False), ("Radio", False),
])
def test_the_or_an_owner_opens_a_name_a_number_ends(word, opens):
    assert numbers.opens_a_name(word) is opens


@pytest.mark.parametrize("words, prose", [
    (["Joseph", "Okafor", "said"], True),                       # a name, then its sentence goes on
    (["Brotherhood", "Alliance", "claimed", "the"], True),
    (["Soldiers", "Killed", "in", "Helmand"], False),           # a headline in title case
    (["Hostages", "Freed", "After", "3", "Days"], False),       # a number is no word in lower case
    ([], False),
])
def test_a_lower_case_word_a_headline_would_capitalise_tells_a_sentence(words, prose):
    assert numbers.in_prose(words) is prose


_STORY = ("Gunmen killed a trader at Kiwandani on Monday. Police in Kaduna State said the attackers fled. "
          "Another trader was robbed at Sabon Kasuwa.")


@pytest.mark.parametrize("order", [("Kiwandani", "Sabon Kasuwa"), ("Sabon Kasuwa", "Kiwandani")])
def test_the_country_told_by_a_sentence_does_not_depend_on_which_place_asks_first(order):
    whereabouts = Whereabouts(Doc(_article(_STORY)))
    told = {name: whereabouts._told_before(_STORY.index(name), "NGA") for name in order}
    # (the state is told in the second sentence: after the first place, before the second)
    assert told == {"Kiwandani": False, "Sabon Kasuwa": True}
