"""Numbers that count nothing and counts missed in wire copy of other countries' house styles (stop 60): a number in a
title or a name, a phone number, a distance at sea, a teller joined to another, and the wounded of a clause whose verb
is left out before a place. Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from etl.extract.numbers import find_numbers
from tests.extract.test_events_wire import _article

MAY_1 = datetime(2024, 5, 1, tzinfo=timezone.utc)


def _estimates(text: str) -> list[tuple[str, str]]:
    found = extract_article(replace(_article(text), published_at=MAY_1))
    return [(e.surface, e.category) for e in found.estimates]


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(text[n.start:n.end], n.kind) for n in find_numbers(text)]


@pytest.mark.parametrize("text, number, kind", [
    # a number inside a title or a name
    ("Senior Fire Officer 2 Joseph Manalac said the fire was out by noon.", "2", "label"),
    ("Deputy Commissioner of Police (Zone 3) Ravi Kumar told reporters the men fled.", "3", "label"),
    ("Clashes between the Baz 5 Secondes gang and police went on all night.", "5", "label"),
    # digits a count never opens with, and the digits dialled after them
    ("Anyone with information is asked to call Crime Stop on 08600 10111.", "08600", "phone"),
    ("Anyone with information is asked to call Crime Stop on 08600 10111.", "10111", "phone"),
    ("The tanker was hit about 66 nautical miles west of Hodeidah.", "about 66", "size"),
])
def test_numbers_that_count_nothing(text, number, kind):
    assert (number, kind) in _kinds(text)


@pytest.mark.parametrize("text, number", [
    # a capitalised word opening its sentence, or a day's name, before a count
    ("Total 6 Turkish soldiers were killed in the blast.", "6"),
    ("On Tuesday 15 Houthi fighters were killed in the strikes.", "15"),
    # a headline whose every word is capitalised
    ("Trump Just Said These 3 Words About Immigration.", "3"),
])
def test_counts_after_a_capitalised_word_stay_counts(text, number):
    assert (number, "count") in _kinds(text)


def test_a_teller_joined_to_another_is_no_victim():
    assert _estimates("Syrian warplanes struck several towns on Wednesday, killing at least 15 civilians, a war "
                      "monitor and rescue workers said.") == [("at least 15", "killed")]


@pytest.mark.parametrize("text", [
    "Four people were shot dead and two others wounded at a tavern in Soweto, police said.",
    "Four people were killed and two men wounded at the scene.",
])
def test_the_wounded_of_a_clause_without_its_verb_before_a_place(text):
    assert _estimates(text)[-1] == ("two", "wounded")


def test_a_hedge_after_an_active_verb_still_opens_its_object():
    assert _estimates("Three gunmen wounded at least five people in Kemo.") == [
        ("Three", "other"), ("at least five", "wounded")]
