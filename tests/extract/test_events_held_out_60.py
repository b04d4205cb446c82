"""Releases told of people held before, by a pronoun or a noun of no person ("They were later released"), and things
released that are no people (stop 60). Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

JUL_4 = datetime(2024, 7, 4, tzinfo=timezone.utc)  # a Thursday


def _releases(text: str) -> list[tuple[str, str | None]]:
    return [(e.trigger, e.target) for e in events_of(text, JUL_4)
            if (e.event_type, e.event_mode) == ("RETREAT", "release")]


@pytest.mark.parametrize("text, target", [
    ("Police arrested two men in Lahore on Monday. They were later released on bail.", "They"),
    ("Gunmen abducted a radio journalist in Umuahia on Monday. She was released later that week.", "She"),
    ("Police detained the activist on Monday. He was freed on Wednesday.", "He"),
    ("The two men were held in custody for a week. Both were released on Wednesday.", None),
])
def test_a_release_of_people_held_before_is_a_release(text, target):
    [(trigger, found)] = _releases(text)
    assert trigger in ("released", "freed") and found == target


@pytest.mark.parametrize("text", [
    # no one was held in the paragraph
    "The government released the report on Wednesday.",
    "A man was wounded in the attack on Monday. He was released from hospital on Wednesday.",
    # something published, though people were held
    "Police arrested two men on Monday. A poll released on Wednesday showed support for the mayor.",
    "Police arrested two men on Monday. The campaign released a new ad on Wednesday.",
    "Police arrested two men on Monday. The ministry released a memo on Wednesday.",
])
def test_no_release_of_people(text):
    assert _releases(text) == []


@pytest.mark.parametrize("text, actor, country", [
    # an armed group of one country
    ("Houthi rebels fired a missile at a ship in the Red Sea on Wednesday.", "Houthi rebels", "YEM"),
    ("Hezbollah fighters fired rockets at northern Israel on Wednesday.", "Hezbollah fighters", "LBN"),
    ("Al-Shabaab militants attacked a military base near Mogadishu on Wednesday.", "Al-Shabaab militants", "SOM"),
    ("Taliban fighters attacked a checkpoint on Wednesday.", "Taliban fighters", "AFG"),
    # a country the phrase names comes first
    ("Pakistani Taliban fighters attacked a checkpoint on Wednesday.", "Pakistani Taliban fighters", "PAK"),
    # no group of one country: no country
    ("Islamic State fighters attacked a checkpoint on Wednesday.", "Islamic State fighters", None),
    ("RSF said police attacked two reporters on Wednesday.", "police", None),
])
def test_an_armed_group_of_one_country_gives_the_actor_its_country(text, actor, country):
    [found] = [e for e in events_of(text, JUL_4) if e.event_type == "ASSAULT"]
    assert (found.actor, found.actor_country) == (actor, country)
