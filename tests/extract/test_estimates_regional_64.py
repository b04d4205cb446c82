"""Counts in regional news (stop 64): the arms seized, the sides of a fight and the camps people were moved to count
nothing; people "shifted to 14 relief camps" are displaced; sections of a code of law glossed in brackets are no
counts; a toll of a month before the story's is another incident's; the other side's figure of the dead, told as its
own act by the doer of the killing, is disputed whatever it calls them; people sent to jail or booked by the police
are held, and "the accused" told of by a plural verb no count of one; hostages freed after the story's own day are part
of those held, not another incident's; the families of people counted count them again; people the police "picked up"
are arrested. Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

AUG_3 = datetime(2025, 8, 3, tzinfo=timezone.utc)
APR_23 = datetime(2025, 4, 23, tzinfo=timezone.utc)


def _estimates(text: str, published: datetime = AUG_3) -> list[tuple[str, str]]:
    found = extract_article(replace(_article(text), published_at=published))
    return [(e.surface, e.category) for e in found.estimates]


def _asides(text: str, published: datetime = AUG_3) -> list[tuple[str, str, str, str | None]]:
    found = extract_article(replace(_article(text), published_at=published))
    return [(e.surface, e.category, e.counted_as, e.aside) for e in found.estimates]


@pytest.mark.parametrize("text, expected", [
    ("Police recovered two AK rifles, four magazines and two hand grenades from the hideout.", []),
    ("The police seized six rounds of ammunition and two machetes.", []),
    ("The militants fired eight mortar shells at the village.", []),
    ("Police booked 14 persons after two groups clashed near a temple.", [("14", "arrested")]),
    ("Two factions of the militia clashed in the town.", []),
    ("Nearly 200 families were housed in 14 camps.", [("Nearly 200", "other")]),
    ("Two groups of farmers clashed, injuring five people.", [("five", "wounded")]),
    # guards: things harmed or seized by weight stay figures; camps struck are no shelters; the victims of arms count
    ("Police seized 20 kilograms of heroin and torched 12 houses.", [("20 kilograms", "other"), ("12", "other")]),
    ("Israeli jets struck two camps in Gaza, killing 12 people.", [("two", "other"), ("12", "killed")]),
    ("Gunmen fired at the convoy, killing three soldiers with rifles.", [("three", "killed")]),
])
def test_arms_sides_and_shelters_count_nothing(text, expected):
    assert _estimates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nearly 1,200 persons have been shifted to 14 relief camps in the district.", [("Nearly 1,200", "displaced")]),
    ("About 5,000 people were moved to 30 relief camps.", [("About 5,000", "displaced")]),
    ("Over 900 villagers were relocated to three relief camps.", [("Over 900", "displaced")]),
    # guards: a count of hospitals people were shifted to stays; soldiers moved to posts are deployed
    ("The injured were shifted to two hospitals.", [("two", "other")]),
    ("About 500 soldiers were moved to 14 border posts.", [("About 500", "deployed"), ("14", "other")]),
])
def test_people_moved_to_a_count_of_camps_are_displaced(text, expected):
    assert _estimates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The accused were booked under Sections 191(2), 109 (attempt to murder) and 324 (mischief) of the BNS, "
     "police said.", []),
    ("A case was registered under sections 302 (murder), 307 (attempt to murder) and 34 of the PPC.", []),
    # guard: a count after a section is still one
    ("Police arrested 12 people under Section 144.", [("12", "arrested")]),
])
def test_glossed_sections_of_a_code_are_no_counts(text, expected):
    assert _estimates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bandits abducted 20 travellers on the highway on Tuesday. It was gathered that the same stretch of road "
     "witnessed the abduction of 15 persons in March.",
     [("20", "captured", "captured", None), ("15", "other", "captured", "other_incident")]),
    ("Gunmen killed 12 villagers in Zamfara on Tuesday. Another 30 were killed in March in the same area.",
     [("12", "killed", "killed", None), ("30", "other", "killed", "other_incident")]),
])
def test_a_toll_of_a_month_before_is_another_incidents(text, expected):
    assert _asides(text, APR_23) == expected


def test_a_month_just_ended_may_be_the_storys_own():
    text = "Gunmen killed 12 villagers in March, the police said on Friday."
    assert _asides(text, datetime(2025, 4, 5, tzinfo=timezone.utc)) == [("12", "killed", "killed", None)]


@pytest.mark.parametrize("text, expected", [
    ("Four Palestinians were killed when Israeli forces stormed Jenin on Thursday, the Health Ministry said. The "
     "Israeli army said its forces had killed three armed terrorists who opened fire at troops.",
     [("Four", "other", "killed", "disputed"), ("three", "killed", "killed", None)]),
    ("Two villagers were killed when Indian troops raided the village on Thursday, residents said. The Indian army "
     "said its troops had killed six militants in the raid.",
     [("Two", "killed", "killed", None), ("six", "other", "killed", "disputed")]),
    # guards: the attackers' dead told by the side attacked, a separate raid, an act of another's told by the source
    ("Three soldiers were killed when militants attacked their post. The army said it killed 15 militants in the "
     "ensuing gunfight.", [("Three", "killed", "killed", None), ("15", "killed", "killed", None)]),
    ("Four civilians were killed in an airstrike on Thursday, local officials said. The military said its jets had "
     "also killed 12 militants in a separate raid.",
     [("Four", "killed", "killed", None), ("12", "killed", "killed", None)]),
    ("Four civilians were killed in the attack, police said. Police said gunmen had killed three soldiers in a "
     "second attack.",
     [("Four", "killed", "killed", None), ("three", "killed", "killed", None)]),
])
def test_the_other_sides_figure_told_as_its_own_act_is_disputed(text, expected):
    assert _asides(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("An anti-terrorism court on Monday sent the two suspects to jail on judicial remand.", [("two", "arrested")]),
    ("Fourteen suspects were sent to 14-day judicial custody.", [("Fourteen", "arrested")]),
    ("Police on Friday booked 14 persons and arrested six after the clash.", [("14", "arrested"), ("six", "arrested")]),
    ("Fourteen persons were booked under Sections 147 and 148 of the IPC.", [("Fourteen", "arrested")]),
    ("The accused were booked under Sections 147, 148 and 149 of the IPC, police said.", []),
    # guards: troops sent are deployed, officers sent to a jail too; rooms and buses booked are no people; one accused
    ("The government sent 500 troops to the border.", [("500", "deployed")]),
    ("Police sent 20 officers to the jail to quell the riot.", [("20", "deployed")]),
    ("Over 200 rooms were booked for the delegates, and the party booked 30 buses.",
     [("Over 200", "other"), ("30", "other")]),
    ("The accused was arrested on Friday, police said.", [("The accused", "arrested")]),
])
def test_people_sent_to_jail_or_booked_are_held(text, expected):
    assert _estimates(text) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a note written months after: the hostages freed a week after the hijacking are part of those held
    ("06/27/1976: Assailants hijacked a flight to Entebbe, Uganda, where 248 passengers were held hostage. The "
     "remaining 106 hostages were freed on 07/04/1976.", datetime(1976, 11, 1, tzinfo=timezone.utc),
     [("248", "captured", "captured", None), ("106", "other", "captured", "part")]),
    # guard: arrests of a week before the story's own are another day's
    ("At least 30 people were arrested outside Congress on Wednesday. Last week, 12 people were detained.",
     datetime(2025, 10, 9, tzinfo=timezone.utc),
     [("At least 30", "arrested", "arrested", None), ("12", "other", "arrested", "other_incident")]),
])
def test_people_freed_after_the_storys_own_day_are_of_its_incident(text, published, expected):
    assert _asides(text, published) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nearly 1,200 persons from 300 families have been shifted to 14 relief camps in the district.",
     [("Nearly 1,200", "displaced", "displaced", None), ("300", "other", "displaced", "restated")]),
    ("Police picked up 11 activists from their homes on Sunday night.", [("11", "arrested", "arrested", None)]),
    # guards: seats picked up are no people; members of one family are no count of families
    ("The party picked up 3 seats in the election.", [("3", "other", "other", None)]),
    ("Twelve people from one family were killed.", [("Twelve", "killed", "killed", None)]),
])
def test_households_and_people_picked_up(text, expected):
    assert _asides(text) == expected
