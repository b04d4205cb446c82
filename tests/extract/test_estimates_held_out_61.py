"""Numbers that count nothing and casualty figures misread in news of sport, business, disasters and health (stop 61):
a phone number spelt as a word, a number in a stock index's name, an American block address, the second day of a
span, a win-loss record; animals killed; people evacuated; and a second toll of another place or of a past disaster.
Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from etl.extract.numbers import find_numbers
from tests.extract.test_events_wire import _article

AUG_6 = datetime(2024, 8, 6, tzinfo=timezone.utc)


def _estimates(text: str) -> list[tuple[str, str]]:
    found = extract_article(replace(_article(text), published_at=AUG_6))
    return [(e.surface, e.category) for e in found.estimates]


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(text[n.start:n.end], n.kind) for n in find_numbers(text)]


@pytest.mark.parametrize("text, number, kind", [
    # a phone number whose last digits are spelt as a word
    ("Anyone with information is asked to call Dayton police at 937-333-COPS.", "937", "phone"),
    ("Anyone with information is asked to call Dayton police at 937-333-COPS.", "333", "phone"),
    ("Tips can be left with Crime Stoppers at 1-800-222-TIPS.", "800", "phone"),
    # a number in the name of a stock index
    ("The S&P 500 lost 3% while Japan's Nikkei 225 tumbled 12.4%.", "500", "label"),
    ("The S&P 500 lost 3% while Japan's Nikkei 225 tumbled 12.4%.", "225", "label"),
    ("London's FTSE 100 closed 2% lower.", "100", "label"),
    # an address as American police give it
    ("Officers were called to the 3900 block of North Main Street at about 10 p.m.", "3900", "label"),
    # the second day of a span whose month stands before the first
    ("YouGov interviewed 2,211 adults online between June 11 and 12.", "12", "date"),
    ("The talks will run from March 3 to 5.", "5", "date"),
    # a fighter's or a team's record
    ("Munguia, who entered the ring unbeaten at 43-0, was dropped in the 11th.", "43-0", "score"),
    ("The Chiefs have a 9-2 record.", "9-2", "score"),
])
def test_numbers_that_count_nothing(text, number, kind):
    assert (number, kind) in _kinds(text)


@pytest.mark.parametrize("text, number", [
    # digits after a date's day, a dash, or a name are still counts
    ("On May 3, 4 people were killed in Kano.", "4"),
    ("Gunmen killed 3 people on June 11 and 12 others were wounded.", "12"),
    ("The S&P said 5 people were hurt.", "5"),
    ("The army said 12-15 militants were killed.", "12-15"),
])
def test_counts_stay_counts(text, number):
    assert (number, "count") in _kinds(text)


@pytest.mark.parametrize("text, expected", [
    ("The fire forced the evacuation of roughly 8,000 residents, fire officials said.",
     [("roughly 8,000", "displaced")]),
    ("Authorities ordered the evacuations of more than 20,000 people from coastal towns.",
     [("more than 20,000", "displaced")]),
    # the wounded carried out stay wounded
    ("A helicopter carried out the medical evacuation of three wounded soldiers.", [("three", "wounded")]),
])
def test_people_evacuated_are_displaced(text, expected):
    assert _estimates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A fungal disease that has killed millions of bats across North America has been found in Washington state.",
     [("millions", "other")]),
    ("The chemical spill killed thousands of fish in the river.", [("thousands", "other")]),
    # the people killed beside them are still the dead
    ("The storm killed 12 people and 300 birds.", [("12", "killed"), ("300", "other")]),
])
def test_animals_killed_are_no_casualties(text, expected):
    assert _estimates(text) == expected


def test_a_past_disasters_second_figure_is_background_as_its_first():
    # (the comma of "53,000" ends no clause: the 6,000 are of February 2023 too, not of Thursday's quake)
    found = extract_article(replace(_article(
        "The earthquake killed at least eight people on Thursday, officials said. Twin earthquakes in February 2023 "
        "killed more than 53,000 people in Turkey and about 6,000 in Syria."), published_at=AUG_6))
    assert [(e.surface, e.category, e.counted_as, e.aside) for e in found.estimates] == [
        ("at least eight", "killed", "killed", None),
        ("more than 53,000", "other", "killed", "other_incident"),
        ("about 6,000", "other", "killed", "other_incident")]


def _categories(text: str) -> list[tuple[str, str, str | None]]:
    found = extract_article(replace(_article(text), published_at=AUG_6))
    return [(e.surface, e.category, e.aside) for e in found.estimates]


@pytest.mark.parametrize("text, expected", [
    # a second toll of another country is a figure of its own, neither another source's figure nor one that grew
    ("The disease has killed at least 400 people in Zimbabwe, the health ministry said. Its death toll passed 500 "
     "in Zambia this week, the Zambian health ministry said.",
     [("at least 400", "killed", None), ("500", "killed", None)]),
    ("Floods have killed at least 30 people in Kenya, officials said. In Tanzania, the death toll rose to 58, the "
     "government said.", [("at least 30", "killed", None), ("58", "killed", None)]),
    ("Floods killed 30 people in Kenya. The death toll in neighbouring Tanzania rose to 58.",
     [("30", "killed", None), ("58", "killed", None)]),
    ("Cholera has killed 400 people in Zimbabwe, the health ministry said. The Zambian health ministry said 500 "
     "people had died in Zambia.", [("400", "killed", None), ("500", "killed", None)]),
    # one place: another source's figure or toll, and a toll that grew (a country named as no place, "US airstrikes",
    # or not at all, is none)
    ("A bomb killed 12 people in Mali, police said. Hospital officials put the death toll at 15.",
     [("12", "killed", None), ("15", "other", "disputed")]),
    ("An airstrike killed five people in Syria, activists said. The Observatory said seven people were killed in "
     "Syria.", [("five", "killed", None), ("seven", "other", "disputed")]),
    ("US airstrikes killed 10 people in Raqqa, activists said. The Syrian Observatory later put the toll at 15.",
     [("10", "other", "earlier"), ("15", "killed", None)]),
    ("Floods killed 30 people in Kenya on Monday. The death toll in Kenya rose to 58 on Tuesday.",
     [("30", "other", "earlier"), ("58", "killed", None)]),
])
def test_tolls_of_two_countries_are_two_figures(text, expected):
    assert _categories(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the dead of an absolute clause, and a toll of a span ("this year", "so far") that grew past them (a toll of the
    # year is a running total, kept aside even told alone, stop 68; "so far" alone is the toll of the story's incident)
    ("The flood situation deteriorated on Wednesday, with six more people drowning and the death toll this year "
     "rising to 52, officials said.", [("six", "other", "earlier"), ("52", "other", "running_total")]),
    ("Floods swept the state, with two children drowning in Dhemaji.", [("two", "killed", None)]),
    ("The death toll this year rose to 52, officials said.", [("52", "other", "running_total")]),
    ("The death toll so far stands at 14, the disaster agency said.", [("14", "killed", None)]),
    # saved from drowning
    ("Fishermen saved 40 migrants from drowning off Lampedusa.", [("40", "other", None)]),
])
def test_drownings_and_tolls_of_a_span(text, expected):
    assert _categories(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place after "outside" is where the subject was, no one (its verb is the subject's)
    ("A man who stabbed a stranger in the neck outside a Manchester city centre nightclub has been jailed for eight "
     "years.", [("A man", "arrested")]),
    ("Two soldiers outside the base were killed when the bomb went off.", [("Two", "killed")]),
    ("A guard outside the bank was shot dead.", [("A guard", "killed")]),
])
def test_a_place_outside_which_is_no_one(text, expected):
    assert _estimates(text) == expected


@pytest.mark.parametrize("text, expected", [
    # troops fighting beside another side's forces are deployed
    ("A U.N. group of experts said 3,000 to 4,000 Rwandan troops were fighting alongside M23.",
     [("3,000 to 4,000", "deployed")]),
    ("About 10,000 North Korean troops are fighting alongside Russian forces in Kursk.",
     [("About 10,000", "deployed")]),
    # a participle of where they were sent tells who they are: the harm past it is what came of them
    ("Two Rwandan soldiers fighting alongside M23 were killed in the clashes.", [("Two", "killed")]),
    ("Two soldiers deployed in Mali were killed in the ambush.", [("Two", "killed")]),
    ("Three peacekeepers stationed in Goma were wounded by shelling.", [("Three", "wounded")]),
    # and not past a verb of where they went
    ("Two thousand soldiers deployed in Mali were sent home.", [("Two thousand", "deployed")]),
])
def test_troops_deployed_and_what_came_of_them(text, expected):
    assert _estimates(text) == expected


def _hedges(text: str) -> list[tuple[str, str, str]]:
    found = extract_article(replace(_article(text), published_at=AUG_6))
    return [(e.surface, e.category, e.hedge) for e in found.estimates]


@pytest.mark.parametrize("text, expected", [
    # a part told of a whole by a quantifier: the whole is a figure of them at most
    ("Azerbaijan retook Karabakh in September 2023, prompting nearly all of the region's 100,000 ethnic Armenians to "
     "flee.", [("100,000", "displaced", "at_most")]),
    ("Most of the 300 passengers were killed.", [("300", "killed", "at_most")]),
    # all of them, a part counted, and a whole of no category keep their own figures
    ("All of the 12 crew members were killed.", [("12", "killed", "exact")]),
    ("Two of the 12 hostages were killed.", [("Two", "killed", "exact"), ("12", "other", "exact")]),
    ("Many of the 95 delegates backed the motion.", [("95", "other", "exact")]),
])
def test_a_whole_of_which_a_part_is_told(text, expected):
    assert _hedges(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name joined to a relative past the person's age takes their verb
    ("Mohammed Shahid, 55, and his son were arrested on Sunday.",
     [("Mohammed Shahid", "arrested"), ("his son", "arrested")]),
    ("Police arrested Mohammed Shahid, 55, and his son on Sunday.",
     [("Mohammed Shahid", "arrested"), ("his son", "arrested")]),
    # the age is no count
    ("Ali Musa, 34, was shot dead in Kismayo.", [("Ali Musa", "killed")]),
])
def test_a_name_and_age_joined_to_a_relative(text, expected):
    assert _estimates(text) == expected


def test_a_count_after_a_date_and_a_conjunction_stays_a_count():
    assert ("8", "count") in _kinds("Gunmen attacked the village on June 5 and 8 soldiers were killed.")
    assert ("12", "date") in _kinds("The summit runs from June 11 to 12 this year.")


def test_people_made_to_leave_their_homes_are_displaced():
    assert _estimates("Officials ordered 12,000 people to leave their homes as the river rose.") == [
        ("12,000", "displaced")]
