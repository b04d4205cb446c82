"""Deaths and damage a disaster or an accident causes are no event (PLOVER types what people do to each other); the
same words with a doer, or where arms are named, still are. Places are invented unless the gazetteer must know
them. The casualty counts of such stories are still estimates (test_estimates.py)."""
import pytest

from tests.extract.test_events_wire import _events


@pytest.mark.parametrize("text", [
    "An earthquake killed more than 200 people in western Dalo on Friday.",
    "Floods killed 12 people in Bahia state.",
    "A plane crash killed all 62 people on board.",
    "A fire at a hospital in Kelm killed 82 people.",
    "At least 10 people were killed in the storm that hit the coast on Sunday.",
    "Three miners were killed in a gas explosion at a coal mine.",
    "Five people were killed when a bus collided with a truck on the highway.",
    "Two workers died after a scaffold collapsed at a construction site.",
    "He died in a car crash last year.",
    "The hurricane destroyed 300 homes.",
    "A gas leak killed 11 and injured hundreds of others.",
    "Cholera killed 30 people in Dalo.",
    "Five children died of measles in Dalo.",
    "A police helicopter crashed near the river later that day, killing two troopers.",
    "The bus plunged into a ravine near Kelm, killing 20 passengers.",
])
def test_harm_done_by_a_disaster_or_an_accident_is_no_event(text):
    assert [(e.event_type, e.trigger) for e in _events(text)] == []


@pytest.mark.parametrize("text, trigger", [
    ("Two soldiers were killed by Israeli fire near the border.", "killed"),
    ("A bomb explosion killed five people at a market.", "explosion"),
    ("Five people were killed in a blast at a mosque.", "killed"),
    ("Rebels attacked the town after the earthquake.", "attacked"),
    ("Soldiers fired on the crowd as the storm began.", "fired"),
    ("Gunmen killed a farmer after floods displaced his family.", "killed"),
    ("The military forces engaged in a fire fight with separatists.", "engaged"),
    ("A suicide bomber drove into the crowd during the storm, killing 12.", "killing"),
])
def test_the_same_words_with_a_doer_or_arms_are_still_events(text, trigger):
    assert trigger in [e.trigger for e in _events(text) if e.event_type == "ASSAULT"]


def test_an_act_of_people_coordinated_with_a_disaster_is_still_an_event():
    found = [(e.trigger, e.actor) for e in _events("The floods killed 12 people and gunmen attacked a village.")]
    assert ("attacked", "gunmen") in found


def test_a_death_in_custody_is_still_told():
    assert [e.trigger for e in _events("The prisoner died in custody after he was beaten by guards.")
            if e.event_type == "OTHER"] == ["died"]


@pytest.mark.parametrize("text, trigger", [
    ("The soldier died of his wounds.", "died"),
    ("A man was allegedly killed by police while enforcing the coronavirus curfew.", "killed"),
    ("Traders attacked the journalists for covering the coronavirus lockdown.", "attacked"),
    ("304 refugees returned to Kelm during the coronavirus pandemic.", "returned"),
])
def test_a_disease_named_past_the_phrase_of_cause_or_as_a_modifier_is_no_cause(text, trigger):
    assert trigger in [e.trigger for e in _events(text)]


@pytest.mark.parametrize("text, trigger, target", [
    ("A car plowed into a crowd of counter-protesters in Dalo on Saturday.", "plowed into", "counter-protesters"),
    ("The driver mowed down pedestrians on the bridge.", "mowed down", "pedestrians"),
    ("A truck rammed into a crowd at the Christmas market.", "rammed into", "crowd"),
])
def test_a_vehicle_driven_into_people_is_an_attack(text, trigger, target):
    [e] = [e for e in _events(text) if e.trigger == trigger]
    assert (e.event_type, e.target) == ("ASSAULT", target)


def test_a_vehicle_driven_into_a_thing_is_no_attack():
    assert _events("A car plowed into a shop window in the town.") == []
