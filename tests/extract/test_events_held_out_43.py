"""Events of wire stories of plots foiled and their arrests: a plot thwarted is no fight, what a plot was for is
planned, and a verb in the past after "and" is done whatever the clause before it planned. Every text is our own."""
from datetime import datetime, timezone

import pytest

from etl.extract import events
from etl.extract.text import Doc
from etl.records import Event
from tests.extract.test_events_wire import merged_events, published_doc

JUN_10 = datetime(2023, 6, 10, tzinfo=timezone.utc)  # a Saturday


def _doc(text: str) -> Doc:
    return published_doc(text, JUN_10)


def _on(text: str, trigger: str) -> Event:
    [e] = [e for e in events.extract(_doc(text), []) if e.trigger == trigger]
    return e


def _types(text: str) -> list[str]:
    return [e.event_type for e in events.extract(_doc(text), [])]


def _merged(text: str) -> list[Event]:
    return merged_events(_doc(text))


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


def _dated(text: str, trigger: str) -> tuple[str, str]:
    e = _on(text, trigger)
    return str(e.date), e.date_precision


@pytest.mark.parametrize(("text", "day"), [
    ("Gunmen abducted Father John Bako, a Catholic priest, in Kafanchan on Friday.", "2023-06-09"),
    ("Gunmen shot dead Agustin Intriago, the mayor of Manta, on Sunday.", "2023-06-04"),
    ("Gunmen shot dead Ali Hassan, 45, on Thursday.", "2023-06-08"),
])
def test_a_description_of_the_victim_set_off_in_commas_keeps_the_act_s_date(text, day):
    assert _dated(text, text.split()[1] if text.split()[1] != "shot" else "shot dead") == (day, "day")


def test_a_date_after_a_noun_dated_by_its_year_is_the_verb_s():
    text = "Police arrested the mastermind of the 2019 bombings in Colombo on Friday."
    assert _dated(text, "arrested") == ("2023-06-09", "day")
    assert _dated(text, "bombings") == ("2019-01-01", "year")


def test_a_day_right_after_a_noun_dated_by_its_year_dates_no_other_act():
    assert _dated("The 2019 bombings on Easter Sunday killed 269 people.", "killed")[1] != "day"


def test_a_reporting_clause_set_off_in_commas_still_parts_the_date_from_the_act_before_it():
    text = "Gunmen attacked Kafanchan, the army said, and police arrived on Sunday."
    assert _dated(text, "attacked")[1] != "day"


def test_an_appositive_that_ranks_the_act_among_others_names_the_same_act():
    text = ("Gunmen abducted 287 pupils from a school in Kuriga on Thursday, the second mass abduction in the country "
            "in less than a week. No group has claimed responsibility for the kidnapping.")
    assert [e.trigger for e in _merged(text) if e.event_type == "ASSAULT"] == ["abducted"]


def test_a_second_act_told_with_its_own_article_is_another():
    text = "Gunmen abducted 20 pupils in Kuriga on Thursday. A second abduction was reported in Sokoto on Friday."
    assert len([e for e in _merged(text) if e.event_type == "ASSAULT"]) == 2


@pytest.mark.parametrize("text", [
    "On 8 October 2022, Taliban forces arrested 3 men accused of being NRF members in Panjshir.",
    "A mob lynched a man accused of blasphemy in Swat on Thursday.",
    "A teacher accused of blasphemy was beaten by a crowd.",
    "The trial of four men accused of planning the attack opened on Tuesday.",
])
def test_an_accusation_that_only_describes_whom_it_is_of_is_no_event(text):
    assert "ACCUSE" not in _types(text)


@pytest.mark.parametrize("text", [
    "The men were accused of spying for Israel.",
    "Police accused the men of spying for Israel.",
])
def test_an_accusation_told_is_an_event(text):
    assert _types(text) == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "An explosive device was thrown at a political rally in Peshawar on Tuesday.",
    "Trump held a campaign rally in Tulsa on Saturday.",
    "The president addressed an election rally in Kano.",
])
def test_a_rally_of_a_campaign_is_no_protest(text):
    assert "PROTEST" not in _types(text)


@pytest.mark.parametrize("text", [
    "Thousands held a rally in Tulsa on Saturday against police violence.",
    "Activists staged a Tea Party rally outside the Capitol.",
])
def test_a_rally_against_something_is_a_protest(text):
    assert "PROTEST" in _types(text)


def test_an_act_a_protest_is_against_happened_before_the_day_the_note_opens_with():
    text = "On 10 June 2023, supporters of the PTI staged a protest in Lahore (Punjab) against the arrest of Imran Khan."
    found = {e.trigger: e for e in events.extract(_doc(text), [])}
    assert str(found["protest"].date) == "2023-06-10"
    assert found["arrest"].date is None


@pytest.mark.parametrize("text", [
    "The bombing of a mosque in Peshawar killed 45 people on Thursday.",
    "Thursday's bombing of a market in Kabul killed 45 people.",
])
def test_what_an_event_noun_struck_is_no_doer_of_the_verb_it_is_subject_of(text):
    assert [e.actor for e in _merged(text) if e.event_type == "ASSAULT"] == [None]


def test_the_people_of_a_group_are_still_the_doers():
    assert [e.actor for e in _merged("Members of the gang killed two guards.")] == ["gang"]


def test_an_incident_in_a_part_of_a_country_told_again_two_sentences_on_at_a_narrower_place_is_one_event():
    text = ("A roadside bomb struck a police vehicle in northwestern Pakistan on Tuesday, killing seven people. The "
            "explosion occurred in the Mamund area of Bajaur district. Twenty-two others were injured in the blast.")
    assert len([e for e in _merged(text) if e.event_type == "ASSAULT"]) == 1


def test_a_pronoun_never_refers_to_the_dateline():
    text = ("KHARTOUM (Xinhua) -- The Sudan Doctors Committee said in a statement that shells hit houses. It accused "
            "the Rapid Support Forces of targeting civilians.")
    e = _on(text, "accused")
    assert (e.actor, e.actor_canonical) == ("It", "Sudan Doctors Committee")


@pytest.mark.parametrize("text", [
    "The death toll from Thursday's bombing of a market in Kabul rose to 45, officials said on Saturday.",
    "The toll from the bombing in Kabul rose to 45.",
])
def test_a_place_before_a_verb_in_the_past_of_no_ed_is_still_a_place(text):
    [e] = [e for e in _merged(text) if e.event_type == "ASSAULT"]
    assert e.location_country == "AFG"


def test_a_place_before_a_noun_still_only_modifies_it():
    [e] = _merged("Gunmen attacked Kabul police on Monday.")
    assert e.location is None


@pytest.mark.parametrize("text", [
    "Gunmen kidnapped 80 students in Kuriga on Monday, the latest in a string of mass abductions in the region.",
    "Hooded gunmen shot dead a mayor in Manta on Sunday, the latest in a wave of political killings.",
])
def test_the_wave_an_act_is_ranked_in_is_no_event(text):
    assert len([e for e in _merged(text) if e.event_type == "ASSAULT"]) == 1


def test_a_series_of_acts_carried_out_is_still_an_event():
    assert [e.trigger for e in _merged("Militants launched a series of attacks on army posts in Gao on Monday.")] == [
        "attacks"]


@pytest.mark.parametrize("text", [
    "A day later, another officer was killed in a similar attack in Lakki Marwat.",
    "Five people were killed in Bannu on Monday in another attack on police.",
])
def test_an_act_done_in_another_attack_is_that_attack(text):
    assert len([e for e in _merged(text) if e.event_type == "ASSAULT"]) == 1


def test_another_attack_told_as_its_own_subject_stays_another():
    text = "Gunmen shot dead a police officer in Bannu on Monday. Another attack killed three in Lakki Marwat."
    assert len([e for e in _merged(text) if e.event_type == "ASSAULT"]) == 2


@pytest.mark.parametrize(("text", "target"), [
    ("A suicide bomber rammed a car into a convoy in Pulwama on Monday.", "convoy"),
    ("The day before, a Palestinian had rammed a bulldozer into Israelis at a bus stop.", "Israelis"),
    ("The attacker rammed pedestrians on the bridge.", "pedestrians"),
])
def test_what_a_vehicle_was_rammed_into_is_the_target(text, target):
    [e] = [e for e in _merged(text) if e.event_type == "ASSAULT"]
    assert e.target == target


def test_an_incident_laid_at_a_group_s_door_names_the_attack_told_before():
    text = ("06/30/2017: Assailants ambushed a military patrol near Inates, Tillaberi, Niger. Sources attributed the "
            "incident to Boko Haram.")
    [e] = _merged(text)
    assert (e.trigger, e.actor, e.mentions) == ("ambushed", "Boko Haram", 2)


def test_an_incident_blamed_with_no_attack_told_is_no_attack():
    assert "ASSAULT" not in _types("Officials blamed the incident on a gas leak.")


def test_a_shooting_incident_is_still_a_shooting():
    assert _types("Two campaign events were rescheduled after separate shooting incidents.") == ["ASSAULT"]


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("07/14/2016: An assailant drove a truck into a crowd celebrating Bastille Day in Nice, France.", "assailant",
     "crowd"),
    ("A man drove his car into a group of protesters in Charlottesville on Saturday.", "man", "protesters"),
    ("A suicide bomber drove a car into a convoy of soldiers in Pulwama on Monday.", "suicide bomber", "convoy"),
])
def test_a_vehicle_driven_into_people_is_an_attack_by_its_driver(text, actor, target):
    [e] = [e for e in _merged(text) if e.event_type == "ASSAULT"]
    assert (e.trigger, e.actor, e.target) == ("drove", actor, target)


@pytest.mark.parametrize("text", [
    "He crashed his car into a tree near Dayton.",
    "Volunteers drove voters to the polls in Ohio.",
])
def test_a_vehicle_driven_at_no_one_is_no_attack(text):
    assert _types(text) == []
