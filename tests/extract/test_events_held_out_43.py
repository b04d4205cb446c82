"""Events of wire stories of plots foiled and their arrests: a plot thwarted is no fight, what a plot was for is
planned, and a verb in the past after "and" is done whatever the clause before it planned. Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract import events
from etl.extract.text import Doc
from etl.records import Event
from tests.extract.test_events_wire import _article

MAY_1 = datetime(2024, 5, 1, tzinfo=timezone.utc)  # a Wednesday


def _doc(text: str) -> Doc:
    return Doc(replace(_article(text), published_at=MAY_1))


def _on(text: str, trigger: str) -> Event:
    [e] = [e for e in events.extract(_doc(text), []) if e.trigger == trigger]
    return e


@pytest.mark.parametrize("text", [
    "Police foiled a bomb plot in Mombasa on Monday.",
    "Security services said they had thwarted a plan to attack a church in Lahore.",
    "Kenyan police have foiled a plot by al Shabaab in Lamu county.",
])
def test_who_foils_a_plot_fights_no_one(text):
    assert [e for e in events.extract(_doc(text), []) if e.event_type == "ASSAULT" and e.actor] == []


def test_what_a_plot_was_for_is_planned_not_done():
    assert _on("Police foiled a bomb plot in Mombasa on Monday.", "bomb").modality == "future"


def test_who_foils_an_attack_still_fights_the_attackers():
    found = events.extract(_doc("Troops foiled an attack by militants on a checkpoint in Diffa on Monday."), [])
    assert [e.event_type for e in found][:1] == ["ASSAULT"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Police foiled a bomb plot in Mombasa on Monday and arrested three suspects.", "arrested"),
    ("The militants planned to attack the base and killed two guards.", "killed"),
    ("The army is planning an offensive and has deployed troops near the border.", "deployed"),
])
def test_a_verb_in_the_past_after_and_is_done_whatever_the_clause_before_planned(text, trigger):
    assert _on(text, trigger).modality == "asserted"


def test_a_verb_of_the_plan_itself_stays_planned():
    assert _on("The militants planned to attack the base and kill the guards.", "kill").modality == "future"
