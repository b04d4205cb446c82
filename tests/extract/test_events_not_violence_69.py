"""Stories that are not about political violence but use its words (stop 69): a match report's play ("attacked the
basket", "shot 12 of 15", "stormed back", "fired home"), an attack in words on a plan or a budget, a figure of speech
("an assault on our democracy", "a raid on our shareholders", "massacred at the polls") make no ASSAULT row; an attack on a plan is an
accusation. Guards keep the rows of real violence, at a match or beside such words. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

MARCH_9 = datetime(2026, 3, 9, tzinfo=timezone.utc)  # a Monday


def _assaults(text: str) -> list[str]:
    return [e.trigger for e in events_of(text, MARCH_9) if e.event_type == "ASSAULT"]


def _types(text: str) -> dict[str, str]:
    return {e.trigger: e.event_type for e in events_of(text, MARCH_9)}


@pytest.mark.parametrize("text", [
    "Shareholders attacked the plan at the annual meeting in London on Friday.",
    "The finance minister launched an attack on the budget in Ottawa on Tuesday.",
    "The opposition launched a blistering assault on the government's tax plans in Parliament on Thursday.",
])
def test_an_attack_on_a_plan_is_an_accusation(text):
    assert _assaults(text) == []
    assert "ACCUSE" in _types(text).values()


@pytest.mark.parametrize("text", [
    "The opposition leader called the new law a direct assault on our democracy.",
    "Rights groups said the decree was an assault on press freedom in the country.",
    "The board rejected the bid on Friday, calling it a raid on our shareholders.",
    "Critics called the new levy a raid on pensioners.",
])
def test_a_figure_of_speech_is_no_attack(text):
    assert events_of(text, MARCH_9) == [] or _assaults(text) == []


@pytest.mark.parametrize("text", [
    "Brown attacked the basket all night in Durham on Saturday.",
    "The Bulls hammered the Knicks 110-85 on Sunday. Their guards attacked the paint relentlessly.",
    "Their defence attacked every loose ball in the second half in Boston.",
    "The Italian attacked the net behind his serve in Miami on Sunday.",
])
def test_what_a_player_goes_for_is_no_target(text):
    assert _assaults(text) == []


@pytest.mark.parametrize("text", [
    "Barcelona thrashed their rivals 4-0 at the Camp Nou on Sunday. The home side attacked relentlessly.",
    "Ajax routed PSV 5-1 in Amsterdam on Saturday. Their forwards attacked relentlessly from the first whistle.",
    "The Lakers blew out the Celtics 120-90 on Friday. The home side attacked relentlessly in the third period.",
])
def test_a_score_makes_a_match_report(text):
    assert _assaults(text) == []


@pytest.mark.parametrize("text", [
    "James shot 12 of 15 from the field in Los Angeles on Friday.",
    "Brown shot 40 percent from the floor against Duke.",
    "Curry shot 5-for-12 from deep in the loss.",
])
def test_a_rate_of_shooting_is_no_shooting(text):
    assert _assaults(text) == []


@pytest.mark.parametrize("text", [
    "The Wildcats stormed back in the fourth quarter to beat Duke in Durham on Saturday.",
    "Chelsea stormed back after the break and won in the end.",
    "Salah fired home from close range at Anfield on Tuesday.",
    "Nunez shot wide twice before the interval.",
])
def test_a_comeback_and_a_shot_at_goal_are_play(text):
    assert _assaults(text) == []


@pytest.mark.parametrize("text", [
    "The incumbent was massacred at the polls in Ohio on Tuesday, losing every county.",
    "The Tories were massacred in the by-election in Kent on Thursday.",
    "Pundits predicted a massacre at the ballot box for the ruling party in Lagos.",
    "The governor called the result a massacre at the polls for his party.",
])
def test_a_rout_in_a_vote_is_no_massacre(text):
    assert _assaults(text) == []


def test_winds_are_a_disaster_not_an_attacker():
    assert _assaults("Strong winds attacked power lines across Florida on Thursday, officials said.") == []


@pytest.mark.parametrize("text, trigger", [
    ("Gunmen fired shots at a police post in Kano on Sunday, officials said.", "fired shots"),
    ("A mob attacked the referee after the match in Lagos on Monday.", "attacked"),
    ("Protesters stormed parliament in Nairobi on Tuesday.", "stormed"),
    ("Rebels stormed back into the town on Monday.", "stormed"),
    ("Arsonists set fire to the market in Kaduna on Thursday.", "set fire"),
    ("Troops fought militants near Mosul on Friday.", "fought"),
    ("Two voters were killed at the polls in Kano on Saturday.", "killed"),
    ("Soldiers massacred 30 villagers in the town ahead of the election.", "massacred"),
    ("Police shot 3 of the protesters in Lagos on Friday.", "shot"),
    ("Gunmen attacked the tax office in Kano on Friday.", "attacked"),
    ("Fans attacked police outside the stadium in Cairo after the 2-1 defeat on Sunday.", "attacked"),
    ("Leeds were beaten 3-0 at home. Police said fans attacked a bus after the game, injuring two.", "attacked"),
])
def test_violence_keeps_its_row(text, trigger):
    assert [t for t in _assaults(text) if t.startswith(trigger)]


def test_a_figure_of_speech_beside_real_violence():
    text = ("Gunmen attacked a village in Zamfara on Saturday, killing 12 people. The governor called the killings a "
            "direct assault on our democracy and said the budget was under attack.")
    assert _assaults(text) == ["attacked"]
