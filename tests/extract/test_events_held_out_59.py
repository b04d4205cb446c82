"""Court and release vocabulary of our own stories of what follows an attack (stop 59): verdicts, extraditions,
hangings, paroles and charges are events, and the offence a charge or a verdict names is none. Every text is our own."""
from datetime import date, datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on, events_of

JUL_4 = datetime(2024, 7, 4, tzinfo=timezone.utc)  # a Thursday


@pytest.mark.parametrize("text, trigger, actor, target", [
    ("A court in Mombasa on Wednesday convicted two men of helping the gunmen.", "convicted", "court",
     "men"),
    ("A court in Mombasa on Wednesday found three men guilty of terrorism.", "found", "court", "men"),
    ("Daniel Otieno was found guilty on Wednesday.", "found guilty", None, "Daniel Otieno"),
    ("Police re-arrested Omar Ali outside the courthouse on Wednesday.", "re-arrested", "Police", "Omar Ali"),
])
def test_a_verdict_of_guilt_is_the_state_s_coercion(text, trigger, actor, target):
    found = event_on(text, trigger, JUL_4)
    assert (found.event_type, found.event_mode, found.actor, found.target) == ("COERCE", "arrest", actor, target)
    assert found.date == date(2024, 7, 3)


@pytest.mark.parametrize("text, trigger, mode", [
    ("Karim Haddad was extradited from Morocco on Wednesday.", "extradited", "deport"),
    ("Egypt on Wednesday hanged seven men over the church bombing.", "hanged", "targeted"),
])
def test_extraditions_and_hangings(text, trigger, mode):
    found = event_on(text, trigger, JUL_4)
    assert (found.event_mode, found.date) == (mode, date(2024, 7, 3))


def test_walking_free_is_a_release_of_who_walks():
    found = event_on("Ali Imron walked free on parole from a prison in Bali on Wednesday.", "walked free", JUL_4)
    assert (found.event_type, found.event_mode, found.actor, found.target) == ("RETREAT", "release", None, "Ali Imron")


def test_an_acquittal_frees_only_who_was_held():
    held = "Police detained Omar Ali in March. He was acquitted on Wednesday."
    assert event_on(held, "acquitted", JUL_4).event_type == "RETREAT"
    assert not events_of("Omar Ali was acquitted on Wednesday.", JUL_4)


@pytest.mark.parametrize("text, trigger, target", [
    ("Prosecutors on Wednesday unsealed criminal charges against Rafael Ortiz.", "unsealed", "Rafael Ortiz"),
    ("Rafael Ortiz was charged with conspiring to bomb a bridge on Wednesday.", "charged with", "Rafael Ortiz"),
])
def test_charges_brought_are_an_allegation(text, trigger, target):
    found = event_on(text, trigger, JUL_4)
    assert (found.event_type, found.event_mode, found.target) == ("ACCUSE", "allege", target)


@pytest.mark.parametrize("text", [
    "She was charged with overseeing the project on Wednesday.",
    "He filed a report on Wednesday.",
])
def test_a_task_or_a_paper_filed_is_no_charge(text):
    assert "ACCUSE" not in {e.event_type for e in events_of(text, JUL_4)}


@pytest.mark.parametrize("text, kept", [
    ("The court convicted Jamal Haddad of murder on Wednesday.", "convicted"),
    ("A court in Manila on Wednesday found members of a clan guilty of murder.", "found"),
    ("Police on Wednesday arrested a former general on charges of forced disappearance and torture.", "arrested"),
    ("He was indicted on murder charges on Wednesday.", "indicted"),
    ("He was arrested on Wednesday on suspicion of murder.", "arrested"),
])
def test_the_offence_a_charge_names_is_no_event(text, kept):
    assert [e.trigger for e in events_of(text, JUL_4)] == [kept]


@pytest.mark.parametrize("text, trigger", [
    ("Police charged the man with the murder of a teacher on Wednesday.", "murder"),
    ("He was convicted of killing two policemen on Wednesday.", "killing"),
    ("Police arrested 20 people for protests in Sidon on Wednesday.", "protests"),
])
def test_the_act_itself_told_in_a_charge_stays(text, trigger):
    assert event_on(text, trigger, JUL_4) is not None


@pytest.mark.parametrize("text", [
    "Iraq on Wednesday hanged 36 men convicted of taking part in the massacre.",
    "Police said a convicted murderer escaped on Wednesday.",
    "Rioters attacked convicted rapist John Doe on Wednesday.",
])
def test_a_conviction_that_tells_who_someone_is_is_no_event(text):
    assert "convicted" not in {e.trigger for e in events_of(text, JUL_4)}


@pytest.mark.parametrize("text", [
    "The man hanged himself in his cell on Wednesday.",
    "The jury found him not guilty on Wednesday.",
])
def test_a_suicide_or_a_verdict_of_innocence_is_no_coercion(text):
    assert not {"ASSAULT", "COERCE"} & {e.event_type for e in events_of(text, JUL_4)}


def test_a_person_captured_in_a_district_is_held_not_a_place_taken():
    found = event_on("Salah Abdeslam was captured in the Brussels district of Molenbeek on Wednesday.", "captured",
                     JUL_4)
    assert found.event_type == "COERCE"


def test_a_town_captured_is_still_taken():
    assert event_on("Rebels captured the town of Kidal on Wednesday.", "captured", JUL_4).event_type == "ASSAULT"


@pytest.mark.parametrize("text, trigger, target, day", [
    ("Forty schoolgirls kidnapped by Boko Haram in 2021 were freed on Wednesday.", "freed", "schoolgirls",
     date(2024, 7, 3)),
    ("A man arrested after the attack was released on Wednesday.", "released", "man", date(2024, 7, 3)),
])
def test_a_release_told_past_a_participle_phrase_in_its_subject(text, trigger, target, day):
    found = event_on(text, trigger, JUL_4)
    assert (found.event_type, found.target, found.date) == ("RETREAT", target, day)


def test_the_participle_phrase_keeps_its_own_date():
    found = event_on("Forty schoolgirls kidnapped by Boko Haram in 2021 were freed on Wednesday.", "kidnapped", JUL_4)
    assert (found.date, found.date_precision) == (date(2021, 1, 1), "year")


def test_two_civilians_killed_when_their_car_was_hit_keep_their_attack():
    found = events_of("Two civilians were killed when their car was hit by a roadside bomb on Wednesday.", JUL_4)
    assert [e.event_mode for e in found] == ["explosives"]


@pytest.mark.parametrize("text, target", [
    ("Police shot dead 34 striking miners at the Marikana mine on Wednesday.", "striking miners"),
])
def test_a_participle_after_a_count_tells_who_they_were(text, target):
    [found] = events_of(text, JUL_4)
    assert (found.trigger, found.target) == ("shot dead", target)


@pytest.mark.parametrize("text, actor", [
    ("In Dera Ismail Khan, police defused a bomb planted outside a school on Wednesday.", "police"),
    ("Bomb disposal experts defused two roadside bombs in Quetta on Wednesday.", "Bomb disposal experts"),
    ("A roadside bomb was defused in Quetta on Wednesday.", None),
])
def test_a_bomb_defused_is_made_safe_no_attack(text, actor):
    found = events_of(text, JUL_4)
    assert [(e.event_type, e.event_mode, e.actor, e.target) for e in found] == [("COERCE", "seize", actor, None)]


def test_the_army_that_disarms_rebels_still_disarms_them():
    found = event_on("The army disarmed the rebels in Quetta on Wednesday.", "disarmed", JUL_4)
    assert (found.event_type, found.event_mode) == ("RETREAT", "disarm")


@pytest.mark.parametrize("text, event_type", [
    ("The Taliban have vowed to disrupt Saturday's vote.", "THREATEN"),
    ("Al-Shabaab vowed to kill anyone who takes part in the election.", "THREATEN"),
    ("The president vowed to help the flood victims.", "AGREE"),
])
def test_a_vow_to_disrupt_or_kill_is_a_threat(text, event_type):
    assert event_on(text, "vowed", JUL_4).event_type == event_type


@pytest.mark.parametrize("text", [
    "The Pakistani Taliban claimed responsibility in a phone call to reporters.",
    "A Taliban spokesman told Reuters in a telephone call that the group was behind the attack.",
])
def test_the_call_a_claim_reached_the_press_in_is_no_consultation(text):
    assert "CONSULT" not in {e.event_type for e in events_of(text, JUL_4)}


def test_leaders_who_talk_in_a_phone_call_consult():
    found = event_on("Putin and Erdogan discussed Syria in a phone call on Wednesday.", "phone call", JUL_4)
    assert (found.event_type, found.event_mode) == ("CONSULT", "phone")


@pytest.mark.parametrize("text, event_type", [
    ("Kabul has protested against cross-border shelling by Pakistan.", "ACCUSE"),
    ("The foreign ministry protested the arrest of its diplomat.", "ACCUSE"),
    ("Thousands of people protested in Kabul on Wednesday.", "PROTEST"),
    ("Supporters rallied in Washington to protest the deal.", "PROTEST"),
])
def test_a_state_that_protests_complains(text, event_type):
    assert event_type in {e.event_type for e in events_of(text, JUL_4) if e.trigger in {"protested", "protest"}}


@pytest.mark.parametrize("text, trigger", [
    ("A police patrol arrested four suspects in Sohrab Goth on Wednesday.", "arrested"),
    ("An army patrol shot dead two gunmen in Kupwara on Wednesday.", "shot dead"),
])
def test_a_patrol_that_acts_is_no_deployment_besides_its_act(text, trigger):
    assert [e.trigger for e in events_of(text, JUL_4)] == [trigger]


def test_a_patrol_sent_is_still_a_deployment():
    assert "MOBILIZE" in {e.event_type for e in events_of("The army sent troops to Kupwara on Wednesday.", JUL_4)}


def test_a_thing_hanged_around_a_neck_is_no_hanging():
    assert not events_of("It would be better for him if a millstone were hanged around his neck.", JUL_4)
