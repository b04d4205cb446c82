"""More trigger words and phrases: disappearances, answering fire, recaptures, bans and lockdowns, caches found,
recruitment, checkpoints placed, mediated deals, plural acronyms. Our own sentences, invented names."""
from datetime import datetime, timezone

import pytest

from etl.extract import events
from etl.records import Event
from tests import cases

PUBLISHED = datetime(2024, 5, 1, tzinfo=timezone.utc)


def _events(text: str) -> list[Event]:
    return events.extract(cases.text_doc(text, PUBLISHED), [])


def _found(text: str) -> dict[str, Event]:
    return {e.trigger: e for e in _events(text)}


@pytest.mark.parametrize("text, trigger, event_type, mode", [
    ("Soldiers of the 4th brigade forcibly disappeared a shopkeeper in Kessa market.", "forcibly disappeared",
     "ASSAULT", "abduct"),
    ("Relatives reported the enforced disappearance of two students in Lenga.", "enforced disappearance",
     "ASSAULT", "abduct"),
    ("Border guards returned fire near the Varo crossing.", "returned fire", "ASSAULT", "firearms"),
    ("Loyalist units responded to rebel fire in the Maro front.", "responded to", "ASSAULT", "firearms"),
    ("Government troops recaptured Sorro after three weeks of fighting.", "recaptured", "ASSAULT", None),
    ("Police recaptured three escaped prisoners near Kibo.", "recaptured", "COERCE", "arrest"),
    ("The regime blocked a website run by the opposition in Tavo.", "blocked", "COERCE", "censor"),
    ("The governor declared a lockdown on the city of Marvi.", "lockdown", "COERCE", "curfew"),
    ("The council imposed a ban on all public gatherings in Lenga.", "ban", "COERCE", "restrict"),
    ("The provincial governor ordered a travel ban for the Sabo valley.", "travel ban", "COERCE", "restrict"),
    ("Police discovered a large cache of explosives in a farmhouse near Tobi.", "discovered", "COERCE", "seize"),
    ("Villagers in Sarra said they would take up arms against the gangs.", "take up arms", "MOBILIZE", "militia"),
    ("The militia recruited dozens of fighters in Kondo district.", "recruited", "MOBILIZE", "troops"),
    ("The navy launched a recruitment campaign in Port Lavi to build a new military force.", "recruitment campaign",
     "MOBILIZE", "troops"),
    ("Police carried out an arrest campaign in the Maro quarter.", "arrest", "COERCE", "arrest"),
    ("Members of the cartel placed two check points on the Lavi road.", "placed", "MOBILIZE", "troops"),
    ("Elders brokered a truce between the two clans in Dabo.", "brokered", "CONSULT", "third-party"),
    ("Unknown men destroyed the village water scheme in Obara.", "destroyed", "ASSAULT", "destroy"),
    # (since stop 59 the IEDs defused are the police's seizure of them, no attack)
    ("Police defused four IEDs planted by rebels near Kabara village.", "defused", "COERCE", "seize"),
    ("Three rockets fell near Tavo airport on Monday.", "fell", "ASSAULT", "heavy-weapons"),
    ("Two mortar shells fell on a schoolyard in Kibo.", "fell", "ASSAULT", "heavy-weapons"),
    ("Families fled after the outbreak of hostilities between two clans in Dabo.", "outbreak of hostilities",
     "ASSAULT", None),
    ("Dozens of patients forced their way into the Lenga clinic.", "forced their way", "ASSAULT", None),
    ("A unit of police officers was moved to secure the Tabo market.", "moved", "MOBILIZE", "police"),
    ("The army redeployed two battalions to Kondo.", "redeployed", "MOBILIZE", "troops"),
    ("Hundreds of villagers fled their homes in Dasa.", "fled their homes", "OTHER", None),
    ("Residents retaliated by pelting the officers with stones in Varo.", "pelting", "ASSAULT", "primitive"),
    ("Rioters set a bank on fire in Tarvo.", "set", "ASSAULT", "destroy"),
    ("Protesters block the main road in Tavo.", "block", "PROTEST", "obstruct"),
    ("Students occupied the ministry of education in Tavo.", "occupied", "PROTEST", "obstruct"),
    ("Militia fighters carried out an operation against the rebels in Soma district, leaving four dead.",
     "operation", "ASSAULT", None),
    ("The army conducted a joint security operation near Tobi.", "operation", "ASSAULT", None),
    ("The rebels fired two missiles at Tobi. One fell in an empty field near Kibo.", "fell", "ASSAULT",
     "heavy-weapons"),
])
def test_trigger_type_and_mode(text, trigger, event_type, mode):
    found = _found(text)
    assert trigger in found, sorted(found)
    assert (found[trigger].event_type, found[trigger].event_mode) == (event_type, mode)


@pytest.mark.parametrize("text", [
    "The ministry responded to questions on its website.",          # an answer, no gunfire
    "The ministry proposed a ban on the sale of plastic bags.",     # a rule of trade
    "Engineers discovered a flaw in the bridge design.",            # nothing seized
    "The company recruited two new accountants.",                   # staff, not fighters
    "Share prices fell sharply in Lavi on Monday.",                 # nothing fired
    "The company moved its headquarters to Lavi.",                  # no troops
    "The court set a date for the hearing.",                        # nothing burnt
    "His remarks were like pouring fuel on the fire.",              # a preposition is no object before a trigger
    "He left a bag on a concrete block in the middle of the street.",  # a block is a thing
    "The Varo campaign was ready to return fire.",                  # an election campaign's answer
    "The party may end up with a brokered convention.",             # no deal
    "The Lenga concert was moved after two police officers fell ill.",  # the police are in another clause
    "Analysts studied recruitment efforts by the militants.",       # recruitment alone is no campaign
    "Settlers live in the occupied territories.",                   # no building taken
    "He occupied the office of governor for ten years.",            # an office held
    "The firm conducted operations in forty countries.",            # no force in the sentence
    "Doctors said the operation on the soldier's knee went well.",  # no verb of doing before it
])

def test_no_event(text):
    assert [(e.trigger, e.event_type) for e in _events(text)] == []


def test_blocking_access_to_data_is_no_censorship():
    assert [e.event_type for e in _events("The party blocked his access to the donor data.")] != ["COERCE"]


def test_an_offensive_mounted_is_one_attack_not_a_deployment():
    assert [(e.trigger, e.event_type) for e in _events("Rebels mounted a military offensive near Kibo.")] == [
        ("offensive", "ASSAULT")]


def test_a_pact_to_be_signed_is_still_its_object():
    [e] = _events("Officials expect the Sorro pact to be signed next week.")
    assert (e.trigger, e.event_type) == ("signed", "SUPPORT")


def test_a_word_in_capitals_with_a_plural_s_is_an_acronym_not_a_name():
    [e] = _events("Rebels planted IEDs along the Tumo road.")
    assert (e.trigger, e.event_type, e.actor) == ("planted", "ASSAULT", "Rebels")


def test_a_capitalised_word_inside_a_sentence_is_still_a_name():
    assert "Attacks" not in _found("She joined the Attacks Fund as an adviser.")


def test_the_object_of_set_on_fire_is_the_target():
    [e] = _events("Youths set two police cars ablaze in Kibo.")
    assert (e.trigger, e.event_type, e.actor, e.target) == ("set", "ASSAULT", "Youths", "police cars")


@pytest.mark.parametrize("text, trigger, target", [
    ("Gunmen took three aid workers hostage at a clinic in Sorro.", "took", "aid workers"),
    ("The attackers held the hotel guests hostage until dawn.", "held", "hotel guests"),
    ("Pirates kept the crew captive for two weeks.", "kept", "crew"),
    ("Rebels are holding them hostage in the forest.", "holding", "them"),
])
def test_a_verb_completed_by_hostage_after_its_object_is_an_abduction(text, trigger, target):
    event = _found(text)[trigger]
    assert (event.event_type, event.event_mode, event.target) == ("ASSAULT", "abduct", target)


@pytest.mark.parametrize("text", [
    "The minister took questions from hostage families in Sorro.",   # modifies a noun; a preposition before it
    "The envoy held talks with the families of the hostages.",       # a preposition in the object
    "Negotiators took the hostage crisis to the council.",           # "hostage" modifies "crisis"
    "The army took control, and the hostages were freed.",           # a comma ends the object
])
def test_hostage_words_elsewhere_make_no_abduction_of_take_or_hold(text):
    assert not any(e.event_mode == "abduct" and e.trigger.lower() in {"took", "held", "kept"} for e in _events(text))


@pytest.mark.parametrize("text", [
    "Helicopters struck the town of Sorro at dawn.",
    "Gunships struck rebel positions near Kovalo.",
])
def test_aircraft_that_strike_make_it_an_attack(text):
    assert [e.event_type for e in _events(text) if e.trigger == "struck"] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Lightning struck a tank farm near Sorro.",
    "The union said workers would strike if the navy yard closed.",
])
def test_tanks_and_navies_of_other_kinds_make_no_attack(text):
    assert "ASSAULT" not in {e.event_type for e in _events(text)}


@pytest.mark.parametrize("text, actor, target", [
    ("A judge in Dalo sentenced a former soldier to 15 years in prison on Tuesday.", "judge", "former soldier"),
    ("The court sentenced him to life imprisonment.", "court", "him"),
    ("The judge sentenced the two men to six months in jail.", "judge", "men"),
])
def test_a_sentence_to_prison_is_one_detention_with_its_penalty(text, actor, target):
    # the penalty's words ("in prison", "imprisonment", "in jail") are the sentence's, no detention of their own
    found = _events(text)
    assert [(e.event_type, e.trigger, e.actor, e.target) for e in found] == [("COERCE", "sentenced", actor, target)]


def test_a_penalty_phrase_ends_at_the_next_verb():
    found = _found("A court of the militants sentenced a man to death and executed him in the square.")
    assert (found["sentenced"].event_type, found["executed"].event_type) == ("COERCE", "ASSAULT")


@pytest.mark.parametrize("text, habit", [
    ("Armed gangs known locally as bandits often abduct villagers for ransom in the region.", "abduct"),
    ("Villagers in Poros are regularly kidnapped for ransom.", "kidnapped"),
    ("The minister frequently meets with opposition leaders.", "meets"),
])
def test_a_verb_in_the_present_after_an_adverb_of_frequency_is_a_habit_not_an_event(text, habit):
    assert habit not in _found(text)


@pytest.mark.parametrize("text, trigger", [
    ("Rebels have often attacked the town of Poros.", "attacked"),   # the past: its events happened
    ("Soldiers often beat protesters last year.", "beat"),
    ("Protesters in Poros were often beaten by police.", "beaten"),
])
def test_a_habit_in_the_past_still_tells_events(text, trigger):
    assert trigger in _found(text)


@pytest.mark.parametrize("text, trigger, actor", [
    ("Police fired into the air to disperse the crowd.", "fired into the air", "Police"),
    ("Kovalo border guards fired warning shots in the air near the village.", "fired warning shots in the air",
     "Kovalo border guards"),
    ("Soldiers fired warning shots as the crowd approached.", "fired warning shots", "Soldiers"),
])
def test_shots_into_the_air_are_a_warning_not_an_attack(text, trigger, actor):
    e = _found(text)[trigger]
    assert (e.event_type, e.actor, e.target) == ("THREATEN", actor, None)


def test_shots_at_someone_after_shots_into_the_air_are_an_attack():
    found = _found("The gunmen fired shots in the air and then shot the driver.")
    assert (found["fired shots in the air"].event_type, found["shot"].event_type) == ("THREATEN", "ASSAULT")
    assert found["shot"].target == "driver"
