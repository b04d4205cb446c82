"""Separate incidents stay separate rows, and secondary events get their own dates. An event noun whose own phrase
closes on a date apart from the event of its type told before ("since the assassination of the mayor in 2022") is
another event, at that date; an irregular past after an adjective ("the military overthrew") is a verb, dated by its
own clause. A verb in the present of a relative clause ("where rival cartels fight over routes") tells what goes on,
no incident to merge into; the means of a party's answer ("the army responded with air strikes") is a new act. An act
told at a time of day alone ("arrested him at the scene at 7:15 p.m.") is of the day told last. An incident told again
and again on one day stays one row. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

MAR_12 = datetime(2025, 3, 12, tzinfo=timezone.utc)


def _rows(text: str, when: datetime = MAR_12) -> list[tuple[str, str, str, int]]:
    return [(e.trigger, str(e.date), e.date_precision, e.mentions) for e in events_of(text, when)
            if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, rows", [
    ("Gunmen abducted two teachers on Monday near a school outside the capital, police said. Abductions have risen "
     "sharply since the assassination of the mayor of the town in 2022.",
     [("abducted", "2025-03-10", "day", 1), ("assassination", "2022-01-01", "year", 1)]),  # (a trend: no mention)
    ("Armed men kidnapped a doctor on Sunday in the north of the country, his family said. Health workers have been "
     "at risk since the murder of a well-known surgeon in March 2023.",
     [("kidnapped", "2025-03-09", "day", 1), ("murder", "2023-03-01", "month", 1)]),
    # guard: the noun named again with a day of its own phrase that is the event's day
    ("Gunmen abducted two teachers near a school outside the capital on Monday. Parents protested on Tuesday over the "
     "abduction of the teachers on Monday.", [("abducted", "2025-03-10", "day", 2)]),
])
def test_a_noun_dated_apart_by_its_own_phrase_is_another_event(text, rows):
    assert _rows(text) == rows


def _seizures(text: str, when: datetime = MAR_12) -> list[tuple[str, str, str]]:
    return [(e.trigger, str(e.date), e.date_precision) for e in events_of(text, when) if e.event_type == "COERCE"]


@pytest.mark.parametrize("text, rows", [
    ("Rebels overran a garrison near the border on Sunday morning and seized weapons, residents said. The country "
     "has been in crisis since the military overthrew the elected government of President Omar Sahel in February 2021.",
     [("seized", "2025-03-09", "day"), ("overthrew", "2021-02-01", "month")]),
    ("Fighters took a police post in the east on Monday and seized its armoury. Unrest has spread since the military "
     "overthrew the civilian cabinet of the prime minister in July 2023.",
     [("seized", "2025-03-10", "day"), ("overthrew", "2023-07-01", "month")]),
])
def test_an_irregular_past_after_an_adjective_is_a_verb_with_its_own_date(text, rows):
    assert _seizures(text) == rows


APR_14 = datetime(2025, 4, 14, tzinfo=timezone.utc)


def _triggers(text: str, when: datetime = APR_14) -> list[tuple[str, int]]:
    return [(e.trigger, e.mentions) for e in events_of(text, when) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, rows", [
    ("The mayor of a small town in Michoacan was shot dead on Sunday outside his home, prosecutors said. His killing "
     "was the third this year in the state, where rival cartels fight for control of avocado farms.",
     [("shot dead", 2), ("fight", 1)]),
    ("A local councillor was shot dead on Saturday in his car in the port city, officials said. He was killed in a "
     "district where armed gangs that clash over the drug trade have grown stronger.",
     [("shot dead", 1), ("killed", 1), ("clash", 1)]),
    # guard: a verb in the past of a relative clause tells the incident on
    ("A councillor was shot dead on Saturday in the port city. Police went to the house where gunmen killed him.",
     [("shot dead", 2)]),
    # guards: a noun after its modifier, and one after a preposition, in a relative clause
    ("Soldiers killed three gunmen on Friday who were behind the first attack on the town.", [("killed", 2)]),
    ("Residents tried to enter the town hall on Friday, which was turned into clashes with the guards.",
     [("clashes", 1)]),
    ("Gunmen attacked a hotel in the capital on Saturday. An official said that there is anger in the government "
     "about Saturday's attack.", [("attacked", 2)]),
])
def test_a_present_verb_of_a_relative_clause_is_no_incident_to_merge_into(text, rows):
    assert _triggers(text) == rows


JUN_11 = datetime(2024, 6, 11, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, rows", [
    ("Rebels said on Monday they had seized an army outpost near the river after two days of fighting. Villagers said "
     "the army responded on Monday with air strikes on nearby hamlets, killing three people.",
     [("seized", 1), ("fighting", 1), ("air strikes", 2)]),
    ("Militants said on Monday they had captured a town in the north after a week of fighting, killing 20 soldiers. "
     "Witnesses said the government retaliated on Monday with air raids on the town.",
     [("captured", 1), ("killing", 2), ("air raids", 1)]),
    ("Separatists said on Monday they had taken a military base in the hills, killing 12 soldiers. Residents said the "
     "army hit back on Monday with shelling of the villages around it.", [("killing", 1), ("shelling", 1)]),
    # guard: a fight told on in one sentence stays one incident
    ("Gunmen attacked a police post in the district on Sunday night and the officers fired back, killing two "
     "attackers.", [("attacked", 2)]),
])
def test_the_means_of_an_answer_is_a_new_act(text, rows):
    assert _triggers(text, JUN_11) == rows


NOV_14 = datetime(2025, 11, 14, tzinfo=timezone.utc)


def _arrests(text: str) -> list[tuple[str, str, str]]:
    return [(e.trigger, str(e.date), e.date_precision) for e in events_of(text, NOV_14) if e.event_type == "COERCE"]


@pytest.mark.parametrize("text, rows", [
    ("BERLIN — A man stabbed two people at a tram stop in the city centre on Thursday evening, police said on Friday. "
     "One victim died in hospital.\n\nPassers-by restrained the attacker until a patrol came. Officers arrested the "
     "34-year-old man at the scene at 7:15 p.m.\n\nHe was brought before a judge on Friday.",
     [("arrested", "2025-11-13", "day")]),
    ("A driver rammed his car into a cafe terrace in Lyon on Wednesday night, injuring six people, prosecutors "
     "said.\n\nGuards held him until a patrol came. Police detained the suspect at 22:40 near the square.",
     [("detained", "2025-11-12", "day")]),
    # guard: no time of day, no day told: the week of the report
    ("A driver rammed his car into a cafe terrace in Lyon on Wednesday night, injuring six people, prosecutors "
     "said.\n\nGuards held him until a patrol came. Police later detained a second suspect.",
     [("detained", "2025-11-10", "week")]),
])
def test_an_act_told_at_a_time_of_day_alone_is_of_the_day_told_last(text, rows):
    assert _arrests(text) == rows


def test_an_attack_told_three_times_on_one_day_stays_one_row():
    text = ("Gunmen attacked a market in the town of Dalo on Tuesday, killing nine traders, officials said. The attack "
            "began shortly after noon, when the gunmen arrived on motorbikes. Witnesses said the assault lasted an "
            "hour before soldiers arrived.")
    assert [(e.trigger, e.mentions) for e in events_of(text, APR_14) if e.event_type == "ASSAULT"] == [
        ("attacked", 4)]


MAY_1 = datetime(2020, 5, 1, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, rows", [
    # guards of notes: a noun after an article ("a hit and run attack"), a relative clause with a verb in the past
    # before the noun ("that … forces repelled a rebel attack"), and a plural noun after a name ("May Day protests")
    ("On 29 April 2020, militants launched a hit and run attack on an army checkpoint near the town of Marka.",
     [("attack", 2)]),
    ("It was reported on 29 April 2020 that local militia forces repelled a rebel attack on the village of Dar, "
     "killing four attackers.", [("repelled", 2), ("killing", 1)]),
    ("On 1 May 2020, workers gathered outside a factory in Cebu to mark Labor Day. Photos of the gathering, which were "
     "posted online as part of May Day protests, led police to arrest four of them.", [("protests", 2), ("arrest", 1)]),
])
def test_nouns_of_notes_stay_the_rows_they_were(text, rows):
    assert [(e.trigger, e.mentions) for e in events_of(text, MAY_1)] == rows
