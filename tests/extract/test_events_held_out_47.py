"""When an act told without a date of its own happened: a verb in the simple past takes a day its own sentence
tells before it when that day dates no event of the sentence ("surrounded the palace on Saturday, and three soldiers
were killed"), not a noun, a perfect, a day yet to come or the day of a speech; and an offence someone is charged with
takes no date from the charge. Every text is our own."""
from datetime import date, datetime, timezone

import pytest

from etl.records import Event
from tests.extract.test_events_wire import merged_events, published_doc

OCT_8 = datetime(2024, 10, 8, tzinfo=timezone.utc)  # a Tuesday


def _merged(text: str, when: datetime = OCT_8) -> list[Event]:
    return merged_events(published_doc(text, when))


def _on(text: str, trigger: str, when: datetime = OCT_8) -> Event:
    [found] = [e for e in _merged(text, when) if e.trigger == trigger]
    return found


@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("Rebel soldiers surrounded the presidential palace in Asuncion on Saturday, and three soldiers were killed in "
     "gunfire.", "killed", date(2024, 10, 5)),
    ("Property destruction: Around 4 May 2020 (as reported), soldiers destroyed 9 shelters near the village.",
     "destroyed", date(2020, 5, 4)),
])
def test_a_verb_in_the_past_takes_a_day_of_its_sentence_that_dates_no_event(text, trigger, day):
    event = _on(text, trigger)
    assert (event.date, event.date_precision, event.date_source) == (day, "day", "context")


@pytest.mark.parametrize(("text", "trigger"), [
    # a perfect tells what has held until now, not an act of that day
    ("The primary is on Sunday, and the senator has pledged to stay in the race.", "pledged"),
    # a day yet to come dates no act told as done
    ("Campaigners will gather on Friday, and the senator promised to attend.", "promised"),
    # the day of a speech ("said on Monday") is not the day of what it tells
    ("Officials said on Monday that the army shelled the town.", "shelled"),
])
def test_a_day_of_the_sentence_does_not_date_perfects_or_what_a_speech_tells(text, trigger):
    event = _on(text, trigger)
    assert event.date_source != "context" or event.date_precision != "day"


def test_the_day_that_dates_an_event_of_the_sentence_is_that_events_own():
    # "on Tuesday" is the march's; the killing of the clause after it is told with no day of its own
    event = _on("Students marched on Tuesday in the capital, and police killed two of them.", "killed")
    assert (event.date, event.date_source) == (date(2024, 10, 8), "context")


@pytest.mark.parametrize(("text", "offence"), [
    ("He was charged with hostage-taking on Saturday.", "hostage-taking"),
    ("On Monday, prosecutors charged Colonel Ramon Benitez with rebellion and murder.", "murder"),
])
def test_an_offence_charged_takes_no_date_of_the_charge(text, offence):
    charge = _on(text, "charged")
    assert charge.date is not None and charge.date_source == "text"
    # (since stop 59 the offence a charge names is no event at all, dated or not)
    assert offence not in {e.trigger for e in _merged(text)}


def test_a_killing_charged_later_keeps_the_day_it_happened():
    events = _merged("Rebel soldiers surrounded the presidential palace in Asuncion on Saturday, and three soldiers "
                     "were killed in gunfire. On Monday, prosecutors charged Colonel Ramon Benitez with rebellion and "
                     "murder.")
    [killing] = [e for e in events if e.event_type == "ASSAULT"]
    [charge] = [e for e in events if e.event_type == "ACCUSE"]
    assert killing.date == date(2024, 10, 5)
    assert charge.date == date(2024, 10, 7)


AUG_25 = datetime(2020, 8, 25, tzinfo=timezone.utc)  # a Tuesday


@pytest.mark.parametrize("claim", [
    "The Islamic State group claimed the attack on Monday.",
    "On Monday, the Islamic State group claimed the attack.",
    "The Islamic State group claimed responsibility for the attack on Monday.",
])
def test_a_claim_told_on_a_later_day_names_the_attack_told_before(claim):
    events = _merged("Militants attacked a checkpoint in Bir al-Abd on Sunday, killing four soldiers. " + claim, AUG_25)
    [attack] = [e for e in events if e.event_type == "ASSAULT"]
    assert (attack.actor, attack.date, attack.location) == ("Islamic State group", date(2020, 8, 23), "Bir al-Abd")


def test_a_verb_of_claiming_before_a_noun_that_is_no_event_claims_nothing():
    events = _merged("Gunmen attacked a convoy near Kidal on Sunday. The rebels claimed the town on Monday.", AUG_25)
    [attack] = [e for e in events if e.event_type == "ASSAULT"]
    assert attack.actor == "Gunmen"


FEB_10 = datetime(2023, 2, 10, tzinfo=timezone.utc)  # a Friday


def test_a_date_that_closes_a_predicate_before_and_is_that_predicates_and_the_next_shares_it():
    text = ("Protesters blocked highways across the southern Puno region on Thursday and clashed with police near "
            "Juliaca.")
    blockade, clash = _on(text, "blocked", FEB_10), _on(text, "clashed", FEB_10)
    assert (blockade.date, blockade.date_source) == (date(2023, 2, 9), "text")
    assert clash.date == date(2023, 2, 9)


def test_a_verb_dated_by_its_sentence_is_not_an_act_of_another_day_told_later():
    events = _merged("Protesters blocked highways across the southern Puno region on Thursday and clashed with police "
                     "near the city of Juliaca. On Jan. 9, 17 protesters were killed in Juliaca.", FEB_10)
    assert sorted((e.trigger, e.date) for e in events if e.event_type == "ASSAULT") == [
        ("clashed", date(2023, 2, 9)), ("killed", date(2023, 1, 9))]


def test_a_place_the_story_gives_goes_before_its_datelines():
    events = _merged("JAKARTA (Reuters) - Rebels shot dead a general on Sunday. He was killed in an ambush in Beoga "
                     "district, Puncak regency.")
    [killing] = [e for e in events if e.event_type == "ASSAULT"]
    assert killing.location.startswith("Beoga district")


def test_the_dateline_still_places_a_lead_that_names_no_place():
    [killing] = _merged("JAKARTA (Reuters) - Rebels shot dead a general on Sunday.")
    assert (killing.location, killing.location_country) == ("JAKARTA", "IDN")


@pytest.mark.parametrize("text", [
    "Defence Minister Fortunet Alain Nouatin vowed that the perpetrators would be hunted down.",
    "The president vowed that those responsible would be punished.",
])
def test_a_vow_that_foes_will_be_punished_is_a_threat(text):
    [vow] = _merged(text)
    assert vow.event_type == "THREATEN"


def test_a_pledge_of_what_is_no_punishment_stays_a_promise():
    [pledge] = _merged("The minister pledged that schools would be rebuilt.")
    assert pledge.event_type == "AGREE"


@pytest.mark.parametrize("text", [
    "The World Food Programme distributed food parcels to 12,000 families in Tripoli, Lebanon.",
    "Volunteers handed out blankets to displaced families in Goma.",
])
def test_handing_out_aid_is_aid(text):
    [aid] = _merged(text)
    assert aid.event_type == "AID"


@pytest.mark.parametrize(("text", "actor"), [
    ("The Kurdistan Workers' Party attacked a military post.", "Kurdistan Workers' Party"),
    ("The Pakistan Peoples’ Party condemned the raid.", "Pakistan Peoples’ Party"),
    ("The Nurses' Union staged a strike in Nairobi.", "Nurses' Union"),
])
def test_an_organisation_named_with_a_plural_possessive_is_named_whole(text, actor):
    assert _merged(text)[0].actor == actor


def test_a_plural_possessive_before_no_organisation_stays_a_possessive():
    [attack] = _merged("Police attacked the workers' camp.")
    assert attack.target == "workers' camp"
