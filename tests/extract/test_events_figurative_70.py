"""Events of stop 70 from desks other than conflict: a volley of words or of play ("bombarded with questions", "a
barrage of punches") is no shelling; a side or a trend that runs riot is no riot; an attack by hackers is a
cyberattack (COERCE), not an assault; a single warning shot in a story that tells no force is a warning in words; a
blast at works whose blasts are accidents ("at a chemical plant", "in a coal mine") does no attack; what moves a market
("inflation", "jobs data") kills nothing; a post holder fired is dismissed; a crowd that explodes sets nothing off.
Guards keep the real ones: shells and rockets, rioting youths, gunmen, a warning shot by soldiers or a coast guard, a
blast at a checkpoint, a car bomb, fire on a minister's convoy. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

NOV_2 = datetime(2026, 11, 2, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.trigger, e.event_type, e.event_mode) for e in events_of(text, NOV_2)]


def _types(text: str) -> set[str]:
    return {event_type for _, event_type, _ in _rows(text)}


@pytest.mark.parametrize("text", [
    "The minister was bombarded with questions by reporters at the airport.",
    "Angry fans bombarded the club's inbox with complaints after the sale.",
    "The challenger absorbed a barrage of punches in the final round.",
    "The chief executive faced a barrage of criticism from shareholders at the meeting.",
])
def test_a_volley_of_words_or_blows_is_no_shelling(text):
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize("text, trigger", [
    ("Artillery bombarded the town with shells overnight, residents said.", "shells"),
    ("The militants fired a barrage of rockets at the army base near Kidal.", "fired"),
])
def test_a_volley_of_arms_is_still_an_attack(text, trigger):
    assert (trigger, "ASSAULT", "heavy-weapons") in _rows(text)


@pytest.mark.parametrize("text", [
    "City ran riot in the second half, scoring four goals in 20 minutes.",
    "Prices ran riot after the harvest failed.",
])
def test_a_side_or_a_trend_that_runs_riot_is_no_riot(text):
    assert "PROTEST" not in _types(text)


def test_people_who_run_riot_riot():
    text = "Youths ran riot in the town centre overnight, setting cars on fire."
    assert "PROTEST" in _types(text)


@pytest.mark.parametrize("text, trigger", [
    ("Hackers attacked the ministry's email servers on Monday.", "attacked"),
    ("A ransomware group attacked the city's computer network last week.", "attacked"),
    ("The attack by hackers took the bank's website offline for a day.", "attack"),
])
def test_an_attack_by_hackers_is_a_cyberattack(text, trigger):
    assert _rows(text) == [(trigger, "COERCE", "cyber")]


def test_an_attack_by_gunmen_stays_an_assault():
    assert _rows("Gunmen attacked a police station in Zamfara on Monday.") == [("attacked", "ASSAULT", None)]


@pytest.mark.parametrize("text", [
    "The central bank fired a warning shot at lenders on Tuesday.",
    "The regulator's letter was a warning shot to the tech giants.",
])
def test_a_warning_shot_in_words_is_no_threat_of_force(text):
    assert "THREATEN" not in _types(text)


@pytest.mark.parametrize("text, trigger", [
    ("The coast guard fired a warning shot at a fishing boat near the reef.", "fired a warning shot"),
    ("Soldiers fired a warning shot at a car that failed to stop at the checkpoint.", "fired a warning shot"),
    ("Police fired warning shots to disperse the crowd outside the court.", "fired warning shots"),
])
def test_a_warning_shot_by_a_force_is_a_threat(text, trigger):
    assert (trigger, "THREATEN", "violence") in _rows(text)


@pytest.mark.parametrize("text", [
    "An explosion at a chemical plant killed three workers on Tuesday.",
    "A blast at a fireworks factory in Sivakasi killed eight people.",
    "An explosion in a coal mine in Balochistan killed 12 miners on Sunday.",
])
def test_a_blast_at_works_is_an_accident(text):
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize("text", [
    "An explosion at a police checkpoint in Quetta killed three officers.",
    "A car bomb explosion killed six people outside a police station in Kabul.",
    "An explosion at a house in Peshawar killed two children on Friday.",
])
def test_a_blast_elsewhere_stays_an_attack(text):
    assert "ASSAULT" in _types(text)


@pytest.mark.parametrize("text", [
    "Inflation has killed the appetite for new loans.",
    "The stock rally was killed by weak jobs data on Friday.",
])
def test_what_moves_a_market_kills_no_one(text):
    assert _rows(text) == []


def test_gunmen_kill():
    assert _rows("Gunmen killed three farmers in Benue on Friday.") == [("killed", "ASSAULT", None)]


@pytest.mark.parametrize("text", [
    "The board fired the chief executive on Friday.",
    "The club fired its head coach after five straight defeats.",
    "The manager was fired on Friday after a run of defeats.",
])
def test_a_post_holder_fired_is_dismissed_not_shot(text):
    assert "ASSAULT" not in _types(text)


@pytest.mark.parametrize("text, trigger, mode", [
    ("Gunmen fired on the minister's convoy near Kandahar.", "fired", "heavy-weapons"),
    ("Soldiers fired at workers protesting outside the mine, killing two.", "fired", "heavy-weapons"),
    ("Striking workers were fired on by police outside the factory gates.", "fired", "heavy-weapons"),
])
def test_firing_on_post_holders_is_still_an_attack(text, trigger, mode):
    assert (trigger, "ASSAULT", mode) in _rows(text)


def test_a_crowd_that_explodes_sets_nothing_off():
    assert "ASSAULT" not in _types("The champion won in straight sets in the final, and the crowd exploded.")


@pytest.mark.parametrize("text", [
    "A bomb exploded near a crowd of shoppers in the market.",
    "The crowd scattered as a grenade exploded near the stage.",
])
def test_a_bomb_that_explodes_by_a_crowd_goes_off(text):
    assert ("exploded", "ASSAULT", "explosives") in _rows(text)
