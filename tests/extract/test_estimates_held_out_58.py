"""Counts of nobody (0 dead, 0 hurt), claimants, and counts whose category a clause between hides (stop 58). The texts
are our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

MAR_2 = datetime(2024, 3, 2, tzinfo=timezone.utc)


def _found(text: str):
    return extract_article(replace(_article(text), published_at=MAR_2))


def _estimates(text: str) -> list[tuple[str, str, float | None]]:
    return [(s.surface, s.category, s.value) for s in _found(text).estimates]


# --- nobody killed, nobody hurt: a count of 0, not no count ---

@pytest.mark.parametrize("text, expected", [
    ("Rebels burned ballot boxes in Chuschi, Peru. There were no casualties.", ("no casualties", "casualties")),
    ("Anarchists set fire to a bank branch in Athens. No one was injured in the attack.", ("No one", "wounded")),
    ("A bomb exploded near a police station in Quetta. Nobody was killed.", ("Nobody", "killed")),
    ("A bomb exploded near a police station in Quetta. No casualties were reported.", ("No casualties", "casualties")),
    ("A bomb exploded near a police station in Quetta, but no one was hurt.", ("no one", "wounded")),
    ("A bomb exploded near a market in Quetta, killing no one.", ("no one", "killed")),
    ("A bomb exploded near a bus in Quetta. None of the passengers were injured.", ("None", "wounded")),
    ("A gas cylinder exploded in a restaurant in Lahore. No lives were lost.", ("No lives", "killed")),
    ("The blast caused no injuries, a police spokesman said.", ("no injuries", "wounded")),
    ("Protesters clashed with police in Santiago. No fatalities.", ("No fatalities", "killed")),
])
def test_nobody_harmed_is_a_count_of_zero(text, expected):
    assert _estimates(text) == [(*expected, 0.0)]


def test_nobody_harmed_is_claimed_and_linked():
    found = _found("No one was killed in the attack on the checkpoint, but 12 people were wounded, police said.")
    zero = found.estimates[0]
    assert (zero.surface, zero.category, zero.value, zero.hedge) == ("No one", "killed", 0.0, "exact")
    assert zero.claimant == "police" and zero.event_id is not None
    assert [(s.surface, s.category, s.value) for s in found.estimates[1:]] == [("12", "wounded", 12.0)]


@pytest.mark.parametrize("text", [
    # none of the harm's surplus or of its worst: a zero of no count told
    "A bomb killed three people in Quetta. No one else was hurt.",
    "A bomb exploded near a police station in Quetta. No one was seriously hurt.",
    "Two soldiers were killed. There were no other casualties.",
    # nobody has told it yet
    "A bomb exploded near a police station in Quetta. There were no immediate reports of casualties.",
    "A bomb exploded near a police station in Quetta. No casualties were immediately reported.",
    # no harm, or no noun of the harmed
    "A bomb exploded near a police station in Quetta. No group claimed responsibility.",
    "Police said there was no evidence that anyone was killed.",
    "Police said no bodies had been found in the rubble.",
    "Nobody knows how many people were killed in the fighting.",
    "No one has been arrested in connection with the attack.",
])
def test_what_is_no_count_of_nobody(text):
    assert [e for e in _estimates(text) if e[2] == 0.0] == []


def test_a_count_after_no_is_no_count_of_nobody():
    assert _estimates("A bus caught fire in Quetta. No more than 20 people were injured, police said.") == [
        ("No more than 20", "wounded", 20.0)]
    # the people aboard, all dead, as before
    assert _estimates("A plane carrying 62 people crashed in the Andes. There were no survivors.") == [
        ("62", "killed", 62.0)]


def test_nobody_takes_no_quantity_and_gives_none():
    found = _found("A man was wounded in a shooting in Recife. No fatalities.").estimates
    assert [(s.surface, s.category, s.quantity) for s in found] == [
        ("A man", "wounded", "man"), ("No fatalities", "killed", "fatalities")]


@pytest.mark.parametrize("text", [
    "Rebels burned ballot boxes in Chuschi. There were no casualties.",
    "Gunmen fired on a checkpoint in Idlib. No fatalities or injuries reported.",
    "Gunmen fired on a checkpoint in Idlib. Three casualties were reported.",
])
def test_a_short_tally_is_of_the_harm_before_it(text):
    # a sentence that only tallies the harm of the act told before it, in up to six tokens
    assert all(e.event_id is not None for e in _found(text).estimates)


def test_a_tally_of_another_paragraph_is_of_no_act():
    found = _found("Gunmen fired on a checkpoint in Idlib.\n\nNo fatalities or injuries reported.")
    assert [e.event_id for e in found.estimates] == [None]


# --- who gave a figure: no word of a name, no participle of the figure ---

@pytest.mark.parametrize("text", [
    "A truck bomb exploded in Oklahoma City, United States, killing 168 people.",
    "A truck bomb exploded outside the United States embassy in Nairobi, killing 213 people.",
    "Arsonists set fire to about 20 vehicles in West Covina, causing damage estimated at $2.5 million.",
])
def test_no_claimant_from_a_name_or_a_participle_of_the_figure(text):
    assert [e.claimant for e in _found(text).estimates] == [None] * len(_found(text).estimates)


@pytest.mark.parametrize("text, claimant", [
    ("Obama Says 5 Soldiers Killed in Afghanistan", "Obama"),  # a headline capitalises its verb
    ("The United States said 12 soldiers were killed.", "The United States"),
    ("Police estimated at least 5,000 people marched through Paris.", "Police"),
    # (a statement since stop 68, whose speaker is written with its article, as "The United States" above)
    ("The ministry put the death toll at 98.", "The ministry"),
])
def test_claimants_that_stay(text, claimant):
    assert [e.claimant for e in _found(text).estimates] == [claimant]


# --- a count whose verb comes after a list of its parts, or after its coordinated object ---

@pytest.mark.parametrize("text, expected", [
    ("Three people, two policemen and a civilian, were injured.", [("Three", "wounded", 3.0), ("two", "other", 2.0)]),
    ("Five people, three soldiers and two civilians, were killed in the attack.",
     [("Five", "killed", 5.0), ("three", "other", 3.0), ("two", "other", 2.0)]),
    # as before: a description in words of no number, and an "including" clause
    ("Two people, a man and a woman, were killed.", [("Two", "killed", 2.0)]),
    ("Five people, including three soldiers, were killed.", [("Five", "killed", 5.0), ("three", "other", 3.0)]),
])
def test_a_count_before_the_list_of_its_parts_takes_the_verb(text, expected):
    assert _estimates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen took more than 170 guests and staff hostage at a hotel in Bamako.",
     [("more than 170", "captured", 170.0)]),
    ("Gunmen took 20 tourists and their guides hostage at a hotel in Bamako.", [("20", "captured", 20.0)]),
    ("Inmates held 12 guards and two nurses hostage for a day.",
     [("12", "captured", 12.0), ("two", "captured", 2.0)]),
    ("Gunmen took 20 guests hostage at a hotel in Bamako.", [("20", "captured", 20.0)]),
])
def test_people_taken_hostage_in_a_list(text, expected):
    assert _estimates(text) == expected


def test_a_verb_of_its_own_before_hostage():
    assert _estimates("Gunmen killed 20 tourists and took their guides hostage.") == [("20", "killed", 20.0)]


def test_more_items_of_an_including_list_are_no_breakdown():
    found = _estimates("At least 29 people, including 20 hostages, two police officers and five assailants, were "
                       "killed.")
    assert [category for _, category, _ in found] == ["killed", "other", "other", "other"]


@pytest.mark.parametrize("text, expected", [
    ("Seven labourers hailing from Punjab were shot dead by gunmen in Gwadar.", ("Seven", "killed", 7.0)),
    ("Three men travelling in a car were shot dead near Peshawar.", ("Three", "killed", 3.0)),
    ("Five workers belonging to a construction firm were abducted in Zamfara.", ("Five", "captured", 5.0)),
    ("Two people working at the site were killed when the wall collapsed.", ("Two", "killed", 2.0)),
])
def test_the_verb_past_a_participle_of_where_the_counted_are_from(text, expected):
    assert _estimates(text) == [expected]


def test_a_toll_is_of_the_event_of_the_figure_it_grew_from():
    found = _found("Terrorists attacked a check post in Lakki Marwat on Monday night, killing four policemen. One of "
                   "the injured policemen succumbed to his wounds on Tuesday, raising the death toll to five.")
    attack = next(e for e in found.events if e.trigger == "attacked")
    toll = next(e for e in found.estimates if e.surface == "five")
    assert (toll.category, toll.event_id) == ("killed", attack.event_id)


def test_no_one_written_with_a_hyphen_is_nobody():
    assert _estimates("A bomb exploded in Kabul. No-one was hurt.") == [("No-one", "wounded", 0.0)]
    assert _estimates("A bomb exploded in Kabul, killing no-one.") == [("no-one", "killed", 0.0)]
