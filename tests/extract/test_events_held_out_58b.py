"""Constructions of our own protest, crime and terrorism briefs (stop 58, second set): a trigger read in the sense its
subject and verb tell, and rows that are part of another. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

JUL_23 = datetime(2024, 7, 23, tzinfo=timezone.utc)  # a Tuesday


def _rows(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_type, e.event_mode, e.actor) for e in events_of(text, JUL_23) if e.event_type != "OTHER"]


@pytest.mark.parametrize("text, actor", [
    ("Unite staged a strike in Birmingham on Monday.", "Unite"),
    ("Nehawu began a strike at the hospital on Monday.", "Nehawu"),
    ("The groups began a strike on Monday.", "groups"),
    ("The union launched a strike on Monday.", "union"),
    ("Truck drivers continued a strike on Monday, while police watched.", "Truck drivers"),
    ("Nurses will begin an indefinite strike on Monday.", "Nurses"),
])
def test_a_walkout_is_read_by_its_verb_and_its_strikers(text, actor):
    assert _rows(text) == [("PROTEST", "strike", actor)]


@pytest.mark.parametrize("text, mode, actor", [
    ("Israeli warplanes launched a strike on Gaza on Monday.", "heavy-weapons", "Israeli warplanes"),
    ("Russia launched strikes on Ukraine's energy grid on Monday.", "heavy-weapons", "Russia"),
    ("The US carried out a strike on Monday against a senior commander in Somalia.", "aerial", "US"),
])
def test_a_strike_of_arms_stays_an_attack(text, mode, actor):
    assert _rows(text) == [("ASSAULT", mode, actor)]


@pytest.mark.parametrize("text", [
    "Israel began strikes on Rafah on Monday.",  # no walkout strikes a place
    "The commentators call the balls and strikes in the debate.",  # the verb takes another noun
    "Messi scored with a stunning strike from 25 yards.",
])
def test_a_strike_no_verb_of_a_walkout_takes_is_no_walkout(text):
    assert ("PROTEST", "strike") not in {r[:2] for r in _rows(text)}


@pytest.mark.parametrize("text, act", [
    ("Depositors stormed bank branches in Beirut on Wednesday, demanding access to their savings.", "stormed"),
    ("Migrant workers clashed with police in Surat on Monday, demanding to be sent home.", "clashed"),
])
def test_a_crowds_demand_in_its_act_of_force_is_no_request(text, act):
    assert [(e.event_type, e.trigger) for e in events_of(text, JUL_23)] == [("ASSAULT", act)]


def test_kidnappers_demand_stays_a_request():
    text = "Gunmen abducted a priest in Edo on Sunday. The kidnappers have demanded a ransom of N50 million."
    assert "REQUEST" in {e.event_type for e in events_of(text, JUL_23)}


@pytest.mark.parametrize("text", [
    "Four of the accused, including main accused Rajesh Yadav, were arrested in Sitapur on Wednesday.",
    "Police said the prime accused had fled to Nepal on Wednesday.",
    "Three accused were arrested in Sitapur on Wednesday.",
])
def test_the_accused_named_as_people_is_no_accusation(text):
    assert "ACCUSE" not in {e.event_type for e in events_of(text, JUL_23)}


@pytest.mark.parametrize("text", [
    "The opposition accused the government of rigging the vote on Wednesday.",
    "Police accused two men of the murder on Wednesday.",
])
def test_an_accusation_told_stays(text):
    assert "ACCUSE" in {e.event_type for e in events_of(text, JUL_23)}


@pytest.mark.parametrize("text", [
    "The accused have been booked under sections 302 (murder) and 147 (rioting) of the IPC.",
    "A case was registered under Sections 147 (rioting), 148 (rioting armed with deadly weapon), 307 (attempt to"
    " murder) and 302 (murder) of the IPC.",
])
def test_the_offence_a_section_is_glossed_with_is_no_event(text):
    assert [e.event_type for e in events_of(text, JUL_23) if e.event_type in {"ASSAULT", "PROTEST"}] == []


def test_an_attack_in_a_paragraph_of_arms_is_no_criticism_though_an_election_is_named():
    text = ("Rebels burned ballot boxes in Chuschi on Monday. The attack, carried out on the eve of the general"
            " election, marked the start of the group's campaign.")
    assert "ACCUSE" not in {e.event_type for e in events_of(text, JUL_23)}


def test_an_attack_on_a_rival_in_a_paragraph_of_politics_stays_criticism():
    text = "Cruz renewed his attack on Trump in the debate on Monday, calling his rival a liar."
    assert [e.event_type for e in events_of(text, JUL_23) if e.trigger == "attack"] == ["ACCUSE"]


@pytest.mark.parametrize("second", [
    "In the election campaign, the senator's attack on her rival drew criticism from voters.",
    "The senator defended his harsh attacks on his rival.",
])
def test_a_persons_attack_in_a_paragraph_of_arms_stays_criticism(second):
    text = "Rebels burned ballot boxes in Chuschi on Monday. " + second
    assert "ACCUSE" in {e.event_type for e in events_of(text, JUL_23) if e.trigger.startswith("attack")}


def test_tear_gas_fired_to_disperse_stays_crowd_control():
    found = events_of("Police fired tear gas to disperse protesters in Nairobi on Monday.", JUL_23)
    assert [(e.event_type, e.event_mode) for e in found] == [("ASSAULT", "crowd-control")]


@pytest.mark.parametrize("text, actor", [
    ("Hundreds of worshippers chanted anti-government slogans in Zahedan on Friday.", "worshippers"),
    ("Villagers raised slogans against the police in Bahraich on Friday.", "Villagers"),
])
def test_a_crowd_that_chants_slogans_protests(text, actor):
    assert [(e.event_type, e.event_mode, e.actor, e.target) for e in events_of(text, JUL_23)] == [
        ("PROTEST", "demo", actor, None)]


def test_rioters_who_smash_windows_do_damage():
    found = events_of("Rioters smashed shop windows in Middlesbrough on Sunday.", JUL_23)
    assert [(e.event_type, e.event_mode, e.actor) for e in found] == [("ASSAULT", "destroy", "Rioters")]


@pytest.mark.parametrize("text", [
    "A truck smashed into a parked car in Middlesbrough on Sunday.",
    "Police smashed a drug ring in Middlesbrough on Sunday.",
    "The company raised prices in Middlesbrough on Sunday.",
])
def test_no_crowd_damage_or_slogans_told(text):
    assert {e.event_type for e in events_of(text, JUL_23)} <= {"OTHER", "COERCE"}


@pytest.mark.parametrize("text, target", [
    ("Young people burned tyres in Ziguinchor on Friday.", None),
    ("Students disrupted the minister's meeting in Dakar on Friday.", "minister"),  # whose meeting (stop 64)
])
def test_what_a_protest_used_is_no_target(text, target):
    [found] = [e for e in events_of(text, JUL_23) if e.event_type == "PROTEST"]
    assert found.target == target


def test_the_length_of_a_protest_told_beside_it_is_no_protest_of_its_own():
    text = ("Relatives of the disappeared began a hunger strike in Kilinochchi on Thursday, marking 2,700 days of"
            " continuous protest.")
    assert [(e.event_type, e.event_mode) for e in events_of(text, JUL_23)] == [("PROTEST", "hunger")]


def test_a_protest_after_days_of_another_act_stays():
    text = "After three days of fighting, residents held a protest in Goma on Thursday."
    assert "PROTEST" in {e.event_type for e in events_of(text, JUL_23)}


def test_workers_who_refuse_to_work_strike():
    text = "Teachers in Shashemene refused to enter classrooms on Wednesday over unpaid salaries."
    assert [(e.event_type, e.event_mode, e.actor) for e in events_of(text, JUL_23)] == [
        ("PROTEST", "strike", "Teachers")]


@pytest.mark.parametrize("text", [
    "Apple's chief executive refused to work with the FBI on Wednesday.",
    "His mother refused to teach him on Wednesday.",
])
def test_a_refusal_to_work_with_someone_is_no_strike(text):
    assert "PROTEST" not in {e.event_type for e in events_of(text, JUL_23)}


@pytest.mark.parametrize("text", [
    "The United Democratic Front has called for a hartal in Wayanad on Tuesday.",
    "The BJP called for a 12-hour bandh in Siliguri on Monday.",
])
def test_a_strike_its_organisers_call_is_one_strike_to_come(text):
    assert [(e.event_type, e.modality) for e in events_of(text, JUL_23)] == [("PROTEST", "future")]


def test_a_call_for_an_inquiry_stays_a_request():
    found = events_of("Rights groups called for an independent investigation on Monday.", JUL_23)
    assert "REQUEST" in {e.event_type for e in found}


@pytest.mark.parametrize("text", [
    "Police offered a P200,000 reward on Monday for information leading to the arrest of the suspects.",
    "The FBI offered a reward for tips that could lead to the capture of the gunman.",
])
def test_an_arrest_a_reward_is_offered_for_is_no_arrest(text):
    assert "COERCE" not in {e.event_type for e in events_of(text, JUL_23)}


def test_an_arrest_that_followed_a_tip_stays():
    text = "A tip from residents led to the arrest of the suspects in Davao on Monday."
    assert "COERCE" in {e.event_type for e in events_of(text, JUL_23)}


@pytest.mark.parametrize("second", [
    "Some of the girls escaped within hours; 21 were released in October 2016.",
    "Twenty-one were released in October 2016.",
])
def test_a_count_alone_before_its_passive_is_the_people_told_before(second):
    text = "Boko Haram abducted 276 schoolgirls in Chibok in April 2014. " + second
    assert "RETREAT" in {e.event_type for e in events_of(text, JUL_23)}


def test_kidnappers_neutralised_in_a_gun_duel_are_an_attack():
    text = "The priest was rescued near Ugoneki after a gun duel in which two of the kidnappers were neutralised."
    assert "ASSAULT" in {e.event_type for e in events_of(text, JUL_23)}


def test_a_count_of_things_released_is_no_release():
    assert "RETREAT" not in {e.event_type for e in events_of("Two new albums by the band were released in 2016.",
                                                               JUL_23)}


@pytest.mark.parametrize("text", [
    "A police team set up a barricade near the Delhi-Dehradun highway in Muzaffarnagar on Saturday.",
    "The priest was abducted near Ehor on Sunday when gunmen blocked the road and shot at his vehicle.",
])
def test_a_road_blocked_by_police_or_gunmen_is_no_protest(text):
    assert "PROTEST" not in {e.event_type for e in events_of(text, JUL_23)}


def test_a_road_blocked_by_farmers_stays_a_protest():
    found = events_of("Farmers blocked the highway in Sangrur on Sunday.", JUL_23)
    assert [(e.event_type, e.event_mode) for e in found] == [("PROTEST", "obstruct")]


@pytest.mark.parametrize("text", [
    "Transport workers in Lima staged a strike on Thursday against a wave of extortion and killings of bus drivers.",
    "Traders in Kano marched on Thursday against a spate of abductions.",
])
def test_a_wave_a_protest_is_against_is_no_event_of_its_day(text):
    assert "ASSAULT" not in {e.event_type for e in events_of(text, JUL_23)}


def test_a_series_of_attacks_launched_stays():
    text = "Militants launched a series of attacks on army posts in Borno on Thursday."
    assert "ASSAULT" in {e.event_type for e in events_of(text, JUL_23)}


@pytest.mark.parametrize("text, event_type, mode", [
    ("Police released tear gas on protesters in Nairobi on Tuesday.", "ASSAULT", "crowd-control"),
    ("Riot police released pepper spray on the crowd outside parliament on Tuesday.", "ASSAULT", "crowd-control"),
    ("The kidnappers released the engineer in Warri on Tuesday.", "RETREAT", "release"),
])
def test_an_irritant_released_on_a_crowd_is_crowd_control_not_a_release(text, event_type, mode):
    [event] = [e for e in events_of(text, JUL_23) if e.trigger == "released"]
    assert (event.event_type, event.event_mode) == (event_type, mode)
