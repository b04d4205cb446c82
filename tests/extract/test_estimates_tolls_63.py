"""Tolls of conflict notes and terrorism-database summaries (stop 63): a coder's figure ("Fatalities coded as 12"),
hostages killed among others in a list. Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

MAY_1 = datetime(2024, 5, 1, tzinfo=timezone.utc)


def _found(text: str):
    return extract_article(replace(_article(text), published_at=MAY_1))


def _estimates(text: str) -> list[tuple[str, str]]:
    return [(e.surface, e.category) for e in _found(text).estimates]


@pytest.mark.parametrize("text, expected", [
    # the figure a coder set for the toll, after "coded as"
    ("On 15 April 2024, SAF and RSF clashed in Omdurman. Fatalities coded as 12.", [("12", "killed")]),
    ("On 15 April 2024, SAF and RSF clashed in Omdurman. Unknown fatalities; coded as 10.", [("10", "killed")]),
    ("On 15 April 2024, SAF and RSF clashed in Omdurman. Unknown number of fatalities coded as 10.",
     [("10", "killed")]),
    # (as a toll told by a label or a noun after the number)
    ("On 15 April 2024, SAF and RSF clashed in Omdurman. 9 fatalities.", [("9", "killed")]),
    ("On 15 April 2024, SAF and RSF clashed in Omdurman. Fatalities: 7.", [("7", "killed")]),
    # a toll of both harms counts both
    ("Deaths and injuries numbered 40 after the blast in Kabul, officials said.", [("40", "killed_or_wounded")]),
    # no figure of people
    ("Police said the death was coded as a homicide.", []),
])
def test_a_coders_figure_is_the_toll(text, expected):
    assert _estimates(text) == expected


def test_a_coders_figure_after_the_toll_restates_it():
    found = _found("On 15 April 2024, a man was shot dead in Omdurman. Fatalities were coded as 1.")
    assert [(e.surface, e.counted_as, e.aside) for e in found.estimates] == [
        ("a man", "killed", None), ("1", "killed", "restated")]


def test_a_coders_figure_of_its_own_sentence_is_of_the_event_before():
    found = _found("On 15 April 2024, SAF and RSF clashed in Omdurman. Unknown number of fatalities coded as 10.")
    [toll] = found.estimates
    assert toll.event_id == found.events[0].event_id


@pytest.mark.parametrize("text, expected", [
    # hostages killed with others in a list are killed, as the verb all share tells
    ("Assailants took 40 people hostage at a theater in Moscow. Three hostages, all of the assailants and two police "
     "officers were killed during the rescue operation.",
     [("40", "captured"), ("Three", "killed"), ("two", "killed")]),
    ("Six hostages, two soldiers and all five assailants were killed when troops stormed the building.",
     [("Six", "killed"), ("two", "killed"), ("five", "killed")]),
    ("All 12 hostages, three assailants and a police officer were killed.",
     [("12", "killed"), ("three", "killed"), ("a police officer", "killed")]),
    ("Two hostages and a soldier were wounded in the rescue, officials said.",
     [("Two", "wounded"), ("a soldier", "wounded")]),
    # hostages alone: taken, or killed by the verb after them
    ("Gunmen took 40 people hostage at a hotel. All 12 hostages were killed when troops stormed it.",
     [("40", "captured"), ("12", "killed")]),
    ("Police said 12 hostages were still held on Friday.", [("12", "captured")]),
    # the object of a verb, set off by a comma from a clause of its own
    ("Gunmen took 130 guards hostage, and two police officers were shot dead.",
     [("130", "captured"), ("two", "killed")]),
])
def test_hostages_killed_in_a_list_are_killed(text, expected):
    assert _estimates(text) == expected
