"""One row per event. A taking tells on first an earlier taking of its own mode: the seizure of the palace after an
attempted coup and the arrests that ended it is the coup, while a seizure of drugs and the arrests made with it stay
one row. A release is not dated by the start of the captivity its subject tells ("Gunmen who abducted 28 passengers
last week have freed all of them"), so that it is the release a later sentence dates. A claim told at no time of its
own names the incident told before it, whatever later step of it dated the claim. A toll in a "which" clause after a
place set in a region ("the village of Kithevya, also in Beni territory, in which 6 people were killed") and what an
attack did to those who repelled it are that attack's. A lead told at no day of its own is the incident the next
sentence tells at its night and at a place of the lead's town. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

APR_14 = datetime(2025, 4, 14, tzinfo=timezone.utc)


def _rows(text: str, when: datetime = APR_14) -> list[tuple[str, str | None, str | None, str | None, int]]:
    return [(e.trigger, e.event_mode, e.actor, e.target, e.mentions) for e in events_of(text, when)
            if e.event_type == "COERCE"]


@pytest.mark.parametrize("text, rows", [
    ("The army said on Monday it had foiled an attempted coup near the presidential palace in Bissau, and that 15 "
     "soldiers had been arrested.\n\nThe army chief said a group of soldiers had tried to seize the palace.",
     [("arrested", "arrest", None, "soldiers", 1), ("seize", "seize", "soldiers", "palace", 2)]),
    ("The army said on Monday it had foiled an attempted coup in Niamey, and that 12 officers had been detained.\n\n"
     "The army chief said a group of officers had tried to seize the state broadcaster.",
     [("detained", "arrest", None, "officers", 1), ("seize", "seize", "officers", "state broadcaster", 2)]),
    # guards: a seizure with the arrests made in it is one operation
    ("Federal police seized a ton of marijuana during a highway inspection in Guaira on Monday. Three people were "
     "arrested.", [("seized", "seize", "Federal police", "ton", 2)]),
    ("Soldiers seized weapons in a raid on a hideout in Cauca on Monday. Two rebels were arrested.",
     [("seized", "seize", "Soldiers", "rebels", 2)]),
])
def test_a_taking_tells_on_a_taking_of_its_own_mode_first(text, rows):
    assert _rows(text) == rows


NOV_10 = datetime(2023, 11, 10, tzinfo=timezone.utc)


def _dated(text: str, when: datetime = NOV_10) -> list[tuple[str, str, str | None, str, int]]:
    return [(e.trigger, e.event_type, str(e.date), e.date_precision, e.mentions) for e in events_of(text, when)]


@pytest.mark.parametrize("text, rows", [
    # the release a captivity's start dates in its subject came after it: the week of the report
    ("Gunmen who abducted 28 passengers from a bus in Kogi state last week have freed all of them, a police spokesman "
     "said on Friday.",
     [("abducted", "ASSAULT", "2023-10-30", "week", 1), ("freed", "RETREAT", "2023-11-06", "week", 1)]),
    # … and so it is the release the next sentence dates
    ("Gunmen who abducted 28 passengers from a bus in Kogi state last week have freed all of them, a police spokesman "
     "said on Friday. The passengers were released late on Thursday after a ransom was paid, he said.",
     [("abducted", "ASSAULT", "2023-10-30", "week", 1), ("released", "RETREAT", "2023-11-09", "day", 2)]),
    ("Kidnappers who seized 12 farmers in Zamfara state last month have released them, police said on Friday.",
     [("seized", "ASSAULT", "2023-10-01", "month", 1), ("released", "RETREAT", "2023-11-06", "week", 1)]),
    # guard: a captivity's start in a participle's subject, and the release's own day
    ("Schoolgirls kidnapped by Boko Haram in 2014 were freed on Wednesday in Borno state, officials said.",
     [("kidnapped", "ASSAULT", "2014-01-01", "year", 1), ("freed", "RETREAT", "2023-11-08", "day", 1)]),
])
def test_a_release_is_not_dated_by_the_captivity_its_subject_tells(text, rows):
    assert _dated(text) == rows


MAR_2 = datetime(2023, 3, 2, tzinfo=timezone.utc)


@pytest.mark.parametrize("text", [
    # a claim told after a later step of the incident, dated by that step (here a day of the year before)
    "On 1 March 2023, members of the Revolutionary Armed Front (RAF) ambushed the car of judge Paul Arnaud in Lyon, "
    "France, killing his driver. Arnaud was abducted and held for 40 days. His body was found in a car in Grenoble, "
    "France, on 19 April. The RAF claimed responsibility.",
    "On 1 March 2023, members of the Revolutionary Armed Front (RAF) ambushed the car of judge Paul Arnaud in Lyon, "
    "France, killing his driver. His body was found in Grenoble on 19 April. The Revolutionary Armed Front claimed "
    "responsibility for the attack.",
])
def test_a_claim_told_after_a_later_step_names_the_incident(text):
    rows = [(e.trigger, e.actor) for e in events_of(text, MAR_2) if e.event_type == "ASSAULT"]
    assert rows == [("ambushed", "Revolutionary Armed Front")]


FEB_21 = datetime(2024, 2, 21, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, rows", [
    # the toll of an attack, told in a "which" clause after its place set in a region ("also in Beni territory")
    ("BENI — ADF rebels killed 9 civilians in Oicha on Saturday night. The attack comes two weeks after another ADF "
     "attack on the village of Kithevya, also in Beni territory, in which 6 people were killed.",
     [("killed", "ADF rebels", 2), ("attack", "ADF", 2)]),
    # guards: another act of the attackers, elsewhere on another day; the defenders' act elsewhere
    ("KISMAYO — Kenyan troops repelled an Al-Shabaab attack on a base near Afmadow on Tuesday. Al-Shabaab fighters "
     "killed two villagers in Dhobley on Monday.",
     [("attack", "Al-Shabaab", 2), ("killed", "Al-Shabaab fighters", 1)]),
    ("Troops repelled an attack by militants on a base in Afmadow on Tuesday. Police killed two militants in Dhobley "
     "on Monday.", [("attack", "militants", 2), ("killed", "Police", 1)]),
])
def test_a_toll_told_apart_from_its_attack_is_the_attacks(text, rows):
    assert [(e.trigger, e.actor, e.mentions) for e in events_of(text, FEB_21) if e.event_type == "ASSAULT"] == rows


APR_15 = datetime(2022, 4, 15, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, rows", [
    ("PARIS (AFP) — Youths burned cars and threw stones at police for a second night in suburbs south of Paris, "
     "officials said on Friday. About 25 vehicles were torched overnight in Évry-Courcouronnes, the prefecture said.",
     [("burned", "Évry-Courcouronnes", "2022-04-14", 3)]),
    # guard: told as another
    ("PARIS (AFP) — Youths burned cars for a second night in suburbs south of Paris, officials said on Friday. In a "
     "separate incident, about 25 vehicles were torched overnight in Évry-Courcouronnes, the prefecture said.",
     [("burned", "Paris", "2022-04-11", 1), ("torched", "Évry-Courcouronnes", "2022-04-14", 1)]),
])
def test_a_lead_at_no_day_is_the_incident_told_next_at_its_night(text, rows):
    assert [(e.trigger, e.location, str(e.date), e.mentions) for e in events_of(text, APR_15)
            if e.event_type == "ASSAULT"] == rows
