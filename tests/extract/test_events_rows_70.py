"""Event rows that news articles gave for what is no event of the story (stop 70): "refuse" before the noun it names a
kind of ("refuse collectors") is rubbish, no refusal; a release or a strike that
is asked for "on Wednesday" or in "a day of" is asked for all the same (to come, not done); a crowd that enters a
building protests, no force is deployed; a comparison "since the army seized power in May 2019" dates the seizure.
Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

MAR_4 = datetime(2025, 3, 4, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.trigger) for e in events_of(text, MAR_4)]


def _row(text: str, trigger: str):
    [found] = [e for e in events_of(text, MAR_4) if e.trigger == trigger]
    return found


# --- a trigger verb that is a noun before the noun it qualifies ---
@pytest.mark.parametrize("text", [
    "Refuse collectors in Marseille have not worked since Monday.",
    "The city's refuse trucks stood idle in Lyon on Friday as the dispute dragged on.",
    "Bus drivers walked out on Monday, and refuse workers in Naples joined them.",
    "Piles of rubbish grew in Rome after their refuse collectors stopped work on Monday.",
])
def test_refuse_before_its_noun_is_no_refusal(text):
    assert "REJECT" not in [t for t, _ in _rows(text)]


@pytest.mark.parametrize("text, row", [
    # guards: the verb with its subject, or its infinitive, is a refusal
    ("They refuse workers any pay, the union in Lagos said on Monday.", ("REJECT", "refuse")),
    ("The ministers refused to sign the budget on Monday.", ("REJECT", "refused")),
    ("The bakers said on Monday they would refuse service to the governor's aides.", ("REJECT", "refuse")),
])
def test_refuse_as_a_verb_stays(text, row):
    assert row in _rows(text)


def test_a_kind_of_weapon_after_to_is_no_assault():
    # guard: "to" before a word of a kind is a preposition as often ("access to assault weapons"), no verb's mark
    assert "ASSAULT" not in [t for t, _ in _rows("The bill would limit access to assault weapons, the senator said.")]


# --- what is asked for, its time between the verb and "for", or a spell of it asked for ---
@pytest.mark.parametrize("text, trigger", [
    ("The European Union called on Friday for the release of the students held in Tehran.", "release"),
    ("The Vatican called on Tuesday for the release of the hostages held in Haiti.", "release"),
    ("Press freedom groups called on Monday for the immediate release of the activists jailed in Baku.", "release"),
    # (also before: its time "last week" right before "for", and a strike asked for named as such)
    ("The Pope called last week for the release of all hostages held in Gaza.", "release"),
    ("Dockers' unions called for a new week of strikes at the ports of Antwerp next month.", "strikes"),
])
def test_what_is_asked_for_is_to_come(text, trigger):
    assert _row(text, trigger).modality == "future"


def test_strikes_asked_for_in_a_day_of_them_are_to_come():
    # a day of strikes that unions call is their own strike to come: no request besides it, nothing done
    rows = events_of("Unions called for a fresh day of strikes and rallies across France on Thursday.", MAR_4)
    assert [(e.event_type, e.modality) for e in rows] == [("PROTEST", "future")]


@pytest.mark.parametrize("text, trigger", [
    # guards: a release done, and a wave of strikes that took place
    ("Militants released the hostages in Kabul on Thursday.", "released"),
    ("Police released 20 protesters in Minsk on Thursday.", "released"),
    ("Teachers held a week of strikes in Paris last month.", "strikes"),
])
def test_releases_and_strikes_done_stay_done(text, trigger):
    assert _row(text, trigger).modality in ("asserted", "reported")


# --- a crowd entering a building ---
@pytest.mark.parametrize("text", [
    "Hundreds of protesters poured into the central square of Tbilisi on Monday.",
    "Rioters entered the town hall in Lille on Friday and set part of it on fire.",
    "Demonstrators forced open the gates and entered the state broadcaster in Dhaka on Monday as soldiers watched.",
])
def test_a_crowd_entering_protests(text):
    assert [t for t, w in _rows(text) if w in ("entered", "poured into")] == ["PROTEST"]


@pytest.mark.parametrize("text", [
    # guards: people who are no crowd of protesters entering a place protest nothing
    "Dozens of migrants entered the country near Evros on Monday.",
    "The crowd entered the stadium in Lima on Sunday.",
])
def test_others_entering_protest_nothing(text):
    assert "PROTEST" not in [t for t, _ in _rows(text)]


@pytest.mark.parametrize("text, trigger", [
    # guards: troops and police moving in are deployed
    ("Troops entered the town of Kupiansk on Sunday.", "entered"),
    ("Soldiers entered the village of Kemo on Monday and killed two men.", "entered"),
    ("Police moved into the square in Tbilisi on Monday and dispersed the protesters.", "moved into"),
])
def test_forces_moving_in_are_deployed(text, trigger):
    assert _row(text, trigger).event_type == "MOBILIZE"


# --- the event a comparison counts from, dated by its own clause ---
@pytest.mark.parametrize("text, trigger, day", [
    ("It was the worst bombing in the capital since the military seized power in May 2019.", "seized power",
     "2019-05-01"),
    ("It was the deadliest raid since rebels captured the city of Goma in March 2012, officials said.", "captured",
     "2012-03-01"),
])
def test_the_event_since_which_is_dated_by_its_clause(text, trigger, day):
    row = _row(text, trigger)
    assert (str(row.date), row.date_precision) == (day, "month")


def test_a_bare_since_date_dates_no_event():
    # guard: "since 2005" is the bound of the comparison, no date of the attack
    row = _row("It was the deadliest attack in Britain since 2005.", "attack")
    assert row.date_source == "publication"
