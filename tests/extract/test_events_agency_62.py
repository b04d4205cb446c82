"""The copy of state and national news agencies (stop 62): condemnations and demands made far from the act they are
about, phone calls received, visits told with the talks held in them. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

NOV_3 = datetime(2023, 11, 3, tzinfo=timezone.utc)  # a Friday


def _one(text: str, event_type: str):
    [found] = [e for e in events_of(text, NOV_3) if e.event_type == event_type]
    return found


@pytest.mark.parametrize("text, event_type, place", [
    # words about an act are said where their party is: the dateline's city, or no place
    ("KUALA LUMPUR, Nov 3 (Bernama) -- Malaysia strongly condemned Israel's bombing of the Jabalia refugee camp in "
     "northern Gaza.", "ACCUSE", "KUALA LUMPUR"),
    ("Iran's foreign ministry condemned the missile attack on Damascus.", "ACCUSE", None),
    ("The senator called for a ban on assault weapons after the shooting in San Bernardino.", "REQUEST", None),
    ("Riyadh welcomed the ceasefire agreement reached in Doha between the two sides.", "SUPPORT", None),
])
def test_words_about_an_act_are_not_placed_where_it_happened(text, event_type, place):
    assert _one(text, event_type).location == place


@pytest.mark.parametrize("text, event_type, place", [
    # the place of an act told before them, which their party was at
    ("Thousands rallied in Kabul on Friday and condemned the killings.", "ACCUSE", "Kabul"),
    # words said at an event: where it was held
    ("Trump criticized Clinton at a rally in Hartford on Friday.", "ACCUSE", "Hartford"),
    # an investigation is held where the act was
    ("Police launched an investigation into the shooting in Kabul.", "ACCUSE", "Kabul"),
    # a place of their own
    ("Protesters in Nairobi condemned the killing of a teacher in Mombasa.", "ACCUSE", "Nairobi"),
])
def test_words_keep_a_place_of_their_own_or_of_their_setting(text, event_type, place):
    assert _one(text, event_type).location == place


def test_a_phone_call_received_on_a_day_is_one_call_from_its_caller():
    text = "President Abdel Fattah El Sisi received on Sunday a phone call from Palestinian President Mahmoud Abbas."
    [call] = events_of(text, NOV_3)
    assert (call.event_type, call.event_mode, call.actor, call.target) == (
        "CONSULT", "phone", "Palestinian President Mahmoud Abbas", "President Abdel Fattah El Sisi")


@pytest.mark.parametrize("text", [
    "President Abdel Fattah El Sisi received Iraqi Prime Minister Mustafa al-Kadhimi in Cairo.",
    "President Abdel Fattah El Sisi received on Sunday the visiting Iraqi prime minister in Cairo.",
    "A group of the striking workers was received by the labour minister.",
])
def test_a_leader_received_is_still_a_meeting(text):
    assert "received" in [e.trigger for e in events_of(text, NOV_3) if e.event_type == "CONSULT"]


@pytest.mark.parametrize("text, target", [
    # a condemnation of an act is aimed at who did it, when its sentence tells
    ("The president condemned the al-Shabab attack on the Hayat Hotel in Mogadishu.", "al-Shabab"),
    ("The president condemned the Russian missile strike on Kyiv.", "Russian"),
    ("KUALA LUMPUR, Nov 3 (Bernama) -- Malaysia strongly condemned Israel's bombing of the Jabalia refugee camp.",
     "Israel"),
])
def test_a_condemned_act_aims_the_condemnation_at_its_doer(text, target):
    assert _one(text, "ACCUSE").target == target


@pytest.mark.parametrize("text, target", [
    # nobody told as the doer
    ("The president condemned the attack on the Hayat Hotel.", None),
    # a doer of another clause
    ("The president condemned the minister, and rebels attacked the town.", "minister"),
    ("The president condemned the decision, and rebels attacked the town.", None),  # a grievance, no party (stop 64)
])
def test_no_doer_of_a_condemned_act_is_guessed(text, target):
    assert _one(text, "ACCUSE").target == target


@pytest.mark.parametrize("text", [
    "Foreign Minister Qin Gang held talks with visiting Vietnamese Deputy Prime Minister Tran Luu Quang in Beijing.",
    "President Xi Jinping met with visiting Brazilian President Lula in Beijing.",
])
def test_talks_with_a_visitor_are_one_meeting_where_they_were_held(text):
    [meeting] = events_of(text, NOV_3)
    assert (meeting.event_type, meeting.location) == ("CONSULT", "Beijing")


def test_a_visit_is_still_a_meeting():
    assert [e.event_type for e in events_of("Lula is visiting Beijing this week.", NOV_3)] == ["CONSULT"]


@pytest.mark.parametrize("text", [
    # missiles fired into the sea, and missiles test-fired: a show of force that strikes no one
    "North Korea fired a ballistic missile into the East Sea on Friday, South Korea's military said.",
    "North Korea launched two short-range ballistic missiles into the sea off its east coast on Friday.",
    "North Korea test-fired a new cruise missile on Friday.",
    "North Korea conducted a missile test on Friday.",
])
def test_missiles_fired_into_the_sea_are_a_threat_not_an_attack(text):
    [test] = events_of(text, NOV_3)
    assert (test.event_type, test.event_mode, test.actor, test.target) == (
        "THREATEN", "violence", "North Korea", None)


@pytest.mark.parametrize("text", [
    "Hezbollah fired missiles into northern Israel on Friday.",
    "Russia launched missiles into Ukraine overnight.",
])
def test_missiles_fired_into_a_land_are_still_an_attack(text):
    assert [e.event_type for e in events_of(text, NOV_3)] == ["ASSAULT"]


@pytest.mark.parametrize("text, country", [
    # a sponsor named before "-backed" is not the party's country
    ("A ballistic missile launched by the Iran-backed Houthi militia hit Jazan on Friday.", "YEM"),
    ("US-backed Syrian Democratic Forces attacked the town on Friday.", "SYR"),
])
def test_a_sponsor_is_not_the_country_of_the_party_it_backs(text, country):
    assert _one(text, "ASSAULT").actor_country == country


@pytest.mark.parametrize("text, event_type, mode, trigger", [
    # a foreign ministry's protest
    ("BEIJING, May 16 (Xinhua) -- China firmly opposes the sanctions imposed by the United States on Chinese "
     "companies, Foreign Ministry spokesperson Wang Wenbin said Tuesday.", "ACCUSE", "disapprove", "firmly opposes"),
    ("Beijing resolutely opposed the move.", "ACCUSE", "disapprove", "resolutely opposed"),
    # a call told by the line it was held over
    ("PUTRAJAYA, Nov 3 (Bernama) -- Prime Minister Anwar Ibrahim said he had spoken over the telephone with "
     "Egyptian President Abdel Fattah al-Sisi yesterday.", "CONSULT", "phone", "spoken over the telephone"),
    # thanks put in words
    ("The US President expressed his appreciation for Qatar's mediation efforts, the Amiri Diwan said on "
     "Wednesday.", "SUPPORT", None, "expressed his appreciation for"),
])
def test_the_phrases_of_diplomatic_copy_are_events(text, event_type, mode, trigger):
    assert trigger in [e.trigger for e in events_of(text, NOV_3) if (e.event_type, e.event_mode) == (event_type, mode)]


def test_an_attitude_is_no_protest():
    assert events_of("Voters are firmly opposed to the plan.", NOV_3) == []


@pytest.mark.parametrize("text, actor", [
    # the subject after an adverb or a day that opens the sentence, past an aside in commas
    ("Separately, Foreign Office Spokesperson Zahid Hafeez Chaudhri, in a statement, rejected the remarks made by the "
     "Indian Army Chief.", "Foreign Office Spokesperson Zahid Hafeez Chaudhri"),
    ("Meanwhile, the ministry, in a statement, rejected the remarks.", "ministry"),
    ("On Sunday, the ministry, in a statement, rejected the remarks.", "ministry"),
])
def test_the_subject_after_an_opening_adverb_and_an_aside(text, actor):
    assert _one(text, "REJECT").actor == actor


@pytest.mark.parametrize("text, trigger, modality", [
    # what a demand's clause asks for is not done
    ("Japan strongly demanded that China immediately withdraw its vessels from Japanese waters.", "withdraw", "future"),
    ("The UN demanded that Israel release the detainees.", "release", "future"),
    # what a standing rule lets be done may never be
    ("China's coast guard law, which allows its vessels to fire on foreign ships, took effect on Feb. 1.", "fire",
     "hypothetical"),
    ("The new law permits police to arrest protesters without a warrant.", "arrest", "hypothetical"),
])
def test_what_is_demanded_or_permitted_is_not_done(text, trigger, modality):
    assert [e.modality for e in events_of(text, NOV_3) if e.trigger == trigger] == [modality]


@pytest.mark.parametrize("text, trigger", [
    # done acts in a clause after a demand, and a permission given in the past
    ("Japan demanded an explanation after Chinese ships entered Japanese waters and seized a fishing boat.", "seized"),
    ("The court allowed police to detain the suspects on Friday.", "detain"),
])
def test_acts_beside_a_demand_or_a_permission_given_are_done(text, trigger):
    assert [e.modality for e in events_of(text, NOV_3) if e.trigger == trigger] == ["asserted"]


def test_a_measure_in_force_that_a_demand_would_lift_is_done():
    text = "Traders demanded that the curfew imposed on Bamako on Monday be lifted."
    assert [e.modality for e in events_of(text, NOV_3) if e.trigger == "curfew"] == ["asserted"]


def test_a_measure_in_force_as_the_subject_of_a_demand_is_done():
    text = "Residents demanded that the nightly coronavirus curfew be lifted."
    assert [e.modality for e in events_of(text, NOV_3) if e.trigger == "curfew"] == ["asserted"]


@pytest.mark.parametrize("text, event_type", [
    # a vow that the perpetrators will face justice is a threat
    ("Somali President Hassan Sheikh Mohamud vowed on Sunday that the perpetrators of the hotel attack would face "
     "justice.", "THREATEN"),
    ("The general warned that those who attacked the base would face justice.", "THREATEN"),
    # a vow to seek justice for victims promises an act of the speaker's own
    ("The minister vowed to seek justice for the victims.", "AGREE"),
])
def test_a_vow_that_foes_will_face_justice_is_a_threat(text, event_type):
    assert event_type in [e.event_type for e in events_of(text, NOV_3) if e.trigger in ("vowed", "warned")]


@pytest.mark.parametrize("text", [
    # a body's own sitting meets no other party
    '"We will not remain silent," he told reporters after chairing a special Cabinet meeting here today.',
    "The staff meeting was postponed.",
])
def test_a_bodys_own_sitting_is_no_meeting_between_parties(text):
    assert [e for e in events_of(text, NOV_3) if e.event_type == "CONSULT"] == []


@pytest.mark.parametrize("text", [
    "The two foreign ministers held a meeting in Jakarta.",
    "Trump spoke about immigration in an editorial board meeting with The New York Times.",
])
def test_meetings_between_parties_are_still_meetings(text):
    assert "meeting" in [e.trigger for e in events_of(text, NOV_3) if e.event_type == "CONSULT"]


@pytest.mark.parametrize("text, triggers", [
    # "assault" before a unit or a weapon names a kind of it
    ("Units of the Southern group repelled four attacks by Ukrainian assault groups near Andreyevka on Sunday.",
     ["attacks"]),
    ("The gunman used an assault rifle.", []),
    # an assault made
    ("Troops launched an assault on the town on Sunday.", ["assault"]),
])
def test_assault_before_a_unit_or_a_weapon_is_no_assault(text, triggers):
    assert [e.trigger for e in events_of(text, NOV_3) if e.event_type == "ASSAULT"] == triggers
