"""Core events of news missed, or with their parties missed: an event noun's participle that names its doer past a
phrase of time ("the attack perpetrated on Sunday by X against Y"), a fight between border guards, a vehicle that ran
onto a mine (whom the blast befell), people carried off by armed men, troops received with gunfire, a night of
disorder (a riot), and the agent of a passive told past long phrases of place and time. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

WHEN = datetime(2025, 3, 14, tzinfo=timezone.utc)


def _on(text: str, trigger: str):
    """The one event row whose trigger is `trigger`."""
    [found] = [e for e in events_of(text, WHEN) if e.trigger == trigger]
    return found


def _typed(text: str, event_type: str) -> list:
    return [e for e in events_of(text, WHEN) if e.event_type == event_type]


# --- an event noun's participle names its doer past a phrase of time or place, and "against" whom ---

@pytest.mark.parametrize("text, trigger, actor, target", [
    ("The mission firmly condemns the attack perpetrated on Sunday by gunmen of the Lendu militia against the camp "
     "for displaced families near Djugu.", "attack", "gunmen of the Lendu militia", "camp"),
    ("The ambush carried out on Monday night by fighters of the ADF against a convoy of traders left eleven dead.",
     "ambush", "fighters of the ADF", "convoy"),
    ("Residents described the raid committed in the early hours by soldiers of the 3rd battalion against the market "
     "of Kitshanga.", "raid", "soldiers of the 3rd battalion", "market of Kitshanga"),
])
def test_a_participle_after_an_event_noun_names_its_doer_past_a_time(text, trigger, actor, target):
    e = _on(text, trigger)
    assert (e.actor, e.target) == (actor, target)


def test_a_participle_right_before_by_keeps_its_doer():
    # guard: "carried out by" with nothing between, as before
    e = _on("The attack was carried out by the Taliban, a spokesman said.", "attack")
    assert e.actor == "Taliban"


def test_blame_on_a_party_still_names_it():
    # guard: a verb of blame's "on" names the doer, not a date
    e = _on("The bombing was blamed on the Lendu militia.", "bombing")
    assert e.actor == "Lendu militia"


# --- a passive's agent past long phrases of place and time ---

@pytest.mark.parametrize("text, trigger, actor", [
    ("The farmer, 61, was shot dead outside his house in the village of Ocotal on Sunday night by two men on a "
     "motorbike, police said.", "shot dead", "men"),
    ("A nurse was stabbed near the gate of the district hospital in Kasese on Tuesday morning by a man armed with a "
     "machete.", "stabbed", "man"),
])
def test_a_passive_agent_past_long_phrases_of_place_and_time(text, trigger, actor):
    assert _on(text, trigger).actor == actor


# --- a fight between border guards ---

@pytest.mark.parametrize("text", [
    "The toll from fighting between Kazakh and Uzbek border guards on Monday rose to six, the ministry said.",
    "Fighting between rival border guards lasted most of the night along the frontier.",
])
def test_fighting_between_border_guards_is_an_assault_of_both(text):
    [e] = _typed(text, "ASSAULT")
    assert "border guards" in e.actor


def test_fighting_between_lawyers_is_no_assault():
    # guard: a fight of words in court
    assert _typed("The fighting between the parties' lawyers went on for months in court.", "ASSAULT") == []


# --- a vehicle or person that ran onto a mine is whom its blast befell ---

@pytest.mark.parametrize("text, trigger, target", [
    ("Four soldiers died on Monday when their truck struck an improvised explosive device on the road linking Douentza "
     "and Boni.", "improvised explosive device", "their truck"),
    ("A herder stepped on a landmine near Tessalit on Friday and lost a leg.", "landmine", "herder"),
    ("A minibus drove over a roadside bomb outside Kandahar, police said.", "roadside bomb", "minibus"),
])
def test_what_ran_onto_a_mine_is_its_target(text, trigger, target):
    e = _on(text, trigger)
    assert (e.event_type, e.target) == ("ASSAULT", target)


def test_struck_a_deal_is_no_blast():
    # guard: "struck a deal" stays an agreement
    assert _typed("The two firms struck a deal on Monday.", "ASSAULT") == []


# --- people carried off by armed men ---

@pytest.mark.parametrize("text, trigger, actor, target", [
    ("Two traders were taken away by the Imbonerakure in Kirundo on Saturday, relatives said.", "taken away",
     "Imbonerakure", "traders"),
    ("A village chief was carried off by armed men from his home in Masisi on Thursday.", "carried off", "armed men",
     "village chief"),
    ("Three pastors were led away by militiamen and have not been seen since.", "led away", "militiamen", "pastors"),
])
def test_people_carried_off_by_armed_men_are_abducted(text, trigger, actor, target):
    e = _on(text, trigger)
    assert (e.event_type, e.event_mode, e.actor, e.target) == ("ASSAULT", "abduct", actor, target)


@pytest.mark.parametrize("text", [
    "Several fishing boats were taken away by the tide on Sunday.",
    "The old man was carried off by a fever in the winter of 1920.",
])
def test_things_carried_off_by_no_armed_men_are_no_abduction(text):
    assert _typed(text, "ASSAULT") == []


# --- troops received with gunfire, and the confrontation that followed ---

@pytest.mark.parametrize("text, trigger", [
    ("When the patrol reached the ridge, the soldiers were received with fire by members of the gang.",
     "received with fire"),
    ("The police officers were greeted with gunfire as they entered the neighbourhood.", "greeted with gunfire"),
])
def test_received_with_fire_is_an_assault(text, trigger):
    assert _on(text, trigger).event_type == "ASSAULT"


def test_a_confrontation_of_troops_is_an_assault():
    e = _on("The confrontation between soldiers and gang members lasted two hours near the mine.", "confrontation")
    assert e.event_type == "ASSAULT"


def test_a_confrontation_with_reporters_is_no_assault():
    # guard: no arms told
    text = "The minister had a tense confrontation with reporters over the budget."
    assert _typed(text, "ASSAULT") == []


# --- a night of disorder is a riot ---

@pytest.mark.parametrize("text", [
    "Nine people were arrested after a night of disorder in the east of the city in which officers were pelted with "
    "bricks.",
    "Two teenagers were charged with violent disorder after the town centre was damaged.",
])
def test_disorder_is_a_riot(text):
    assert _on(text, "disorder").event_type == "PROTEST"


def test_a_word_before_disorder_starts_no_event():
    # guard: "civil" and "night" stay words of the phrases they stand in
    e = _on("Police arrested dozens of civil rights activists who blocked the bridge.", "arrested")
    assert e.target == "civil rights activists"


def test_an_eating_disorder_is_no_riot():
    assert _typed("She was treated for an eating disorder at a clinic in Leeds.", "PROTEST") == []
