"""Numbers that are no counts, South Asian magnitudes, and tolls and displacements in more wordings (stop 56). The
texts are our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from etl.extract.numbers import find_numbers
from tests.extract.test_events_wire import _article

MAR_2 = datetime(2024, 3, 2, tzinfo=timezone.utc)


def _estimates(text: str) -> list[tuple[str, str, float | None]]:
    found = extract_article(replace(_article(text), published_at=MAR_2))
    return [(s.surface, s.category, s.value) for s in found.estimates]


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(text[n.start:n.end], n.kind) for n in find_numbers(text)]


@pytest.mark.parametrize("text, surface", [
    ("17.55 EAT\nDeath toll in Nairobi floods rises to 13", "17.55"),
    ("1h ago\nStatue of Hafez al-Assad toppled in Damascus", "1"),
    ("3h ago\nProtesters gather outside parliament in Dhaka", "3"),
    ("17.55\nDeath toll in Nairobi floods rises to 13", "17.55"),
])
def test_a_live_blogs_clock_is_a_time(text, surface):
    assert (surface, "time") in _kinds(text)


@pytest.mark.parametrize("text, count", [
    ("Police arrested 5 CT suspects in Lahore.", "5"),  # no minutes: an acronym after a count
    ("The rate fell to 17.55 in March.", "17.55"),  # a decimal in a sentence
])
def test_a_zone_or_a_decimal_alone_is_no_clock(text, count):
    assert (count, "count") in _kinds(text)


def test_a_date_in_brackets_is_a_date():
    assert _estimates("Police baton-charged protesters in Karachi on Friday (March 1).") == []


def test_an_age_after_a_name_at_the_end_of_a_sentence_is_no_count():
    text = "Israeli forces opened fire in Qabatiya on Tuesday, killing Mohammad Zakarneh, 19."
    assert [v for _, category, v in _estimates(text) if category == "killed"] == [1]


def test_a_count_after_a_place_is_still_a_count():
    assert ("12", "killed", 12) in _estimates("Gunmen stormed a village near Kaduna, killing 12.")


@pytest.mark.parametrize("text, value", [
    ("The JI claimed that its candidates had secured over 15 lakh votes across Karachi.", 1_500_000),
    ("The flood displaced 2.5 lakh people in Assam.", 250_000),
    ("The scheme will cost 2 crore rupees.", 20_000_000),
])
def test_lakh_and_crore_are_magnitudes(text, value):
    assert value in [v for _, _, v in _estimates(text)]


@pytest.mark.parametrize("text", [
    "The storm forced more than 8,000 residents to flee their homes, the disaster agency said.",
    "Around 33,000 people were staying in evacuation centres, according to the prefectural government.",
    "Some 153,000 residents remained under evacuation orders.",
    "Nearly 40,000 people have been ordered to evacuate ahead of the cyclone.",
    "More than 1,200 families are sheltering in schools and mosques in Rafah.",
])
def test_people_made_to_leave_their_homes_are_displaced(text):
    assert [category for _, category, _ in _estimates(text)] == ["displaced"]


@pytest.mark.parametrize("text, category", [
    ("The government opened 150 evacuation centres across the province.", "other"),  # places, not people
    ("Three suspects tried to flee but were arrested.", "arrested"),  # an attempt, then what came of them
])
def test_what_is_no_displacement_stays(text, category):
    assert [c for _, c, _ in _estimates(text)] == [category]


@pytest.mark.parametrize("text, hedge", [
    ("Gaza death toll passes 30,000\nThe ministry gave no breakdown of the dead.", "exact"),
    ("The death toll from the earthquake has surpassed 500, officials said.", "more_than"),
    ("The death toll topped 200 on Monday.", "more_than"),
    ("The number of people killed in the floods exceeded 1,000.", "more_than"),
])
def test_a_toll_that_passed_a_figure_is_of_the_dead(text, hedge):
    found = extract_article(replace(_article(text), published_at=MAR_2))
    assert [(s.category, s.hedge) for s in found.estimates] == [("killed", hedge)]


def test_the_number_of_people_killed_is_of_the_dead_past_a_clause_of_them():
    text = "The health ministry says the number of Palestinians killed while waiting for aid has risen to 112."
    assert _estimates(text) == [("112", "killed", 112)]


@pytest.mark.parametrize("text, category", [
    ("The parliament passed 12 bills on Monday.", "other"),
    ("The army crossed 3 rivers in a week.", "other"),
])
def test_passing_a_figure_with_no_toll_is_no_death(text, category):
    assert [c for _, c, _ in _estimates(text)] == [category]


@pytest.mark.parametrize("text", [
    "The IRGC said five of its military advisers were martyred in the Israeli attack in Damascus on Saturday.",
    "Five military advisers were killed in the attack.",
])
def test_a_plural_that_qualifies_the_counted_is_inside_their_phrase(text):
    assert [c for _, c, _ in _estimates(text)] == ["killed"]


def test_what_a_modifier_qualifies_is_what_is_counted():
    found = extract_article(replace(_article("The convoy included 25 military vehicles."), published_at=MAR_2))
    assert [s.quantity for s in found.estimates] == ["military vehicles"]


def test_a_war_s_toll_that_passed_a_figure_is_no_update_of_the_incident_told_before():
    from etl.extract.batch import extract_article
    from tests.extract.test_events_wire import _article
    text = ("Israeli forces opened fire on a crowd in Gaza City before dawn, killing at least 50 people.\n"
            "Gaza death toll passes 30,000\n"
            "The overall number of Palestinians killed in Gaza since October 7 has reached 30,035.")
    found = {e.surface: e.category for e in extract_article(_article(text)).estimates}
    assert found["at least 50"] == "killed"
