"""Dates of incidents in news stories told over several paragraphs: an incident a later paragraph tells in the past,
with no date of its own, is of the day the lead told, unless a date told since moved the story to another time; an
interval after "came" counts back from the event the story is about, not from a background date told before it or in
an aside on the subject; "hours after" counts from the clause after it; a date between a subject and its verb dates
the state the verb's complement puts its object in ("sentenced … to eight years in prison"). Every text is our own."""
from datetime import date, datetime, timezone

import pytest

from etl.extract import events
from etl.extract.dates import find_dates
from etl.records import Event
from tests.extract.test_events_wire import published_doc

FRI_19_APRIL = datetime(2024, 4, 19, tzinfo=timezone.utc)
THURSDAY, WEDNESDAY, TUESDAY = date(2024, 4, 18), date(2024, 4, 17), date(2024, 4, 16)


def _dated(text: str, trigger: str) -> Event:
    """The last event of the trigger, as its sentence and the story around it date it (before rows are merged)."""
    return [e for e in events.extract(published_doc(text, FRI_19_APRIL), []) if e.trigger == trigger][-1]


def _day_of(text: str, trigger: str) -> tuple[date | None, str]:
    event = _dated(text, trigger)
    return event.date, event.date_precision


@pytest.mark.parametrize("text, trigger", [
    # an act told in the simple past, its object after it, two paragraphs after the lead
    ("KANO - Gunmen attacked a village in Kano State on Thursday, killing eight people, police said.\n\n"
     "Residents said the attackers arrived on motorcycles and went from house to house.\n\n"
     "In a nearby town, vigilantes captured two of the gunmen.", "captured"),
    # the past perfect of what a spokesman reported, a paragraph after the lead
    ("ACCRA - Police fired tear gas at protesters outside parliament on Thursday as lawmakers debated a new tax.\n\n"
     "A police spokesman said 30 people had been arrested for blocking the road.", "arrested"),
    # … and of a march told as background to the lead's clash, the same day
    ("ACCRA - Police fired tear gas at protesters outside parliament on Thursday as lawmakers debated a new tax.\n\n"
     "Thousands had marched from the university campus since the morning, singing and waving flags.", "marched"),
])
def test_an_incident_told_later_in_a_one_day_story_is_of_the_leads_day(text, trigger):
    assert _day_of(text, trigger) == (THURSDAY, "day")


@pytest.mark.parametrize("text, trigger", [
    # a background paragraph with its own year moves the story to another time
    ("KANO - Gunmen attacked a village in Kano State on Thursday, killing eight people, police said.\n\n"
     "In March 2023, bandits seized dozens of villagers in the same district.\n\n"
     "Troops arrested 40 suspects.", "arrested"),
    # a perfect of the time of writing tells no step of the story
    ("KANO - Gunmen attacked a village in Kano State on Thursday, killing eight people, police said.\n\n"
     "Bandits have attacked villages across the state for years.", "attacked"),
])
def test_an_incident_after_another_time_or_in_the_perfect_takes_no_day_of_the_lead(text, trigger):
    assert _dated(text, trigger).date != THURSDAY


def test_a_day_told_between_the_lead_and_the_incident_dates_it_not_the_leads():
    text = ("KANO - Gunmen attacked a village in Kano State on Thursday, killing eight people, police said.\n\n"
            "On Tuesday, police raided a hideout in the forest.\n\nOfficers arrested three suspects there.")
    assert _dated(text, "arrested").date != THURSDAY


def test_the_background_event_keeps_its_own_year():
    text = ("YANGON - Troops shelled a village in Sagaing on Thursday, killing nine people, residents said.\n\n"
            "The junta seized power in February 2021 and has since fought armed groups across the country.")
    assert _day_of(text, "seized power") == (date(2021, 2, 1), "month")


@pytest.mark.parametrize("text, trigger, day", [
    # a background paragraph of another year told just before: the interval counts from the story's attack
    ("KYIV - Russian missiles struck the city of Poltava on Thursday, killing six people, officials said.\n\n"
     "In March 2023, a strike on a hospital there killed 12 people.\n\n"
     "The attack came a day after Russian drones hit power plants in the Lviv region.", "hit", WEDNESDAY),
    # a comparison with a time since which, set off on the subject of "came", is no time the hours count from
    ("BAMAKO - A suicide bomber struck an army camp near Gao on Thursday, killing four soldiers.\n\n"
     "The bombing, the deadliest in the region since a truck bomb exploded there in March, came hours after "
     "militants ambushed a convoy on the road to Ansongo.", "ambushed", THURSDAY),
    # a guard (dated at base too): no background between the lead and the interval
    ("BAMAKO - A suicide bomber struck an army camp near Gao on Tuesday, killing four soldiers.\n\n"
     "The bombing came a day after jihadists ambushed a convoy on the road to Ansongo.", "ambushed", date(2024, 4, 15)),
])
def test_an_interval_after_came_counts_from_the_story_event(text, trigger, day):
    assert _day_of(text, trigger) == (day, "day")


@pytest.mark.parametrize("text, interval", [
    # "hours after" and the clause of the event it counts from, with no determiner
    ("The bombing came hours after jihadists ambushed a convoy.", "hours after"),
    ("Minutes before police arrived, the gunmen fled.", "Minutes before"),
])
def test_hours_after_the_clause_of_an_event_is_an_interval(text, interval):
    [found] = find_dates(text, FRI_19_APRIL)
    assert (found.text, found.shift) == (interval, (0, "day"))


def test_an_interval_after_came_counts_from_another_day_the_story_moved_to():
    text = ("KANO - Gunmen attacked a village in Kano State on Thursday, killing eight people, police said.\n\n"
            "On Tuesday, police raided a hideout of the gang in the forest.\n\n"
            "The raid came a day after gunmen killed a traditional chief.")
    assert _day_of(text, "killed") == (date(2024, 4, 15), "day")


def test_hours_before_a_time_of_day_is_no_interval():
    assert find_dates("Police raided the camp hours before dawn.", FRI_19_APRIL) == []
    assert _day_of("Police raided the camp hours before dawn on Wednesday.", "raided") == (WEDNESDAY, "day")


@pytest.mark.parametrize("text, trigger, day", [
    ("MINSK - A court in Minsk on Tuesday sentenced a reporter, a correspondent for an exiled television channel, to "
     "eight years in prison on treason charges.", "in prison", TUESDAY),
    ("ISTANBUL - A judge in Istanbul on Wednesday sentenced two students, both members of a banned union, to ten "
     "years in jail.", "in jail", WEDNESDAY),
])
def test_a_date_between_subject_and_verb_dates_the_state_its_complement_puts_in(text, trigger, day):
    assert _day_of(text, trigger) == (day, "day")


def test_a_date_between_subject_and_verb_still_dates_the_predicate_coordinated_after():
    text = "The senator in 2011 took over the investigation of the bank and investigated the deaths of two clerks."
    assert _day_of(text, "investigated") == (date(2011, 1, 1), "year")


@pytest.mark.parametrize("text, trigger", [
    # what the verb is over is an act before it
    ("LAGOS - Police in Lagos on Tuesday paraded 12 suspects over the kidnapping of schoolchildren in Kuriga.",
     "kidnapping"),
    # an infinitive after the verb is yet to come
    ("The army on Tuesday vowed to attack the rebels in their strongholds.", "attack"),
])
def test_a_date_before_a_verb_dates_no_act_it_is_over_nor_an_infinitive(text, trigger):
    assert _dated(text, trigger).date != TUESDAY


@pytest.mark.parametrize("text, trigger", [
    ("LAGOS - Police raided a market in Lagos on Thursday, seizing fake drugs.\n\n"
     "Traders said the officers arrived before dawn and loaded the boxes onto trucks.\n\n"
     "In Kano, soldiers ambushed a convoy of traders.", "ambushed"),
    ("ACCRA - Police fired tear gas at protesters outside parliament on Thursday.\n\n"
     "Lawmakers went on debating the tax bill inside, an opposition member said.\n\n"
     "Pirates hijacked a tanker off the coast.", "hijacked"),
])
def test_an_incident_of_parties_the_lead_never_named_keeps_no_lead_day(text, trigger):
    """Another incident a later paragraph tells, by doers and victims the lead did not name: no day of the lead's."""
    assert _dated(text, trigger).date_source != "context"
