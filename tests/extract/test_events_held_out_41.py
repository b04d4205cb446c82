"""Events of wire stories from Latin America, Africa and Oceania: who does a verb coordinated past a subordinate
clause, what an order leaves undone, where a rampage was shown. Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract import events
from etl.extract.events import coref
from etl.extract.text import Doc
from etl.records import Event
from tests.extract.test_events_wire import _article

JAN_10 = datetime(2024, 1, 10, tzinfo=timezone.utc)  # a Wednesday


def _doc(text: str) -> Doc:
    return Doc(replace(_article(text), published_at=JAN_10))


def _on(text: str, trigger: str) -> Event:
    [e] = [e for e in events.extract(_doc(text), []) if e.trigger == trigger]
    return e


@pytest.mark.parametrize("text, trigger, actor", [
    ("Masked gunmen stormed a television station in Guayaquil on Tuesday, threatening staff members on a live "
     "broadcast before police arrived and arrested 13 suspects.", "arrested", "police"),
    ("Soldiers raided the camp after rebels attacked a convoy and killed three soldiers.", "killed", "rebels"),
    ("Officers were patrolling at the farm when unidentified armed men approached and started shooting.", "shooting",
     "unidentified armed men"),
])
def test_a_verb_coordinated_in_a_subordinate_clause_is_done_by_that_clauses_subject(text, trigger, actor):
    assert _on(text, trigger).actor == actor


def test_a_verb_coordinated_in_the_main_clause_keeps_its_subject():
    assert _on("Police dispersed the group and arrested 12 people.", "arrested").actor == "Police"
    assert _on("Survivors said the attackers separated the men and shot them.", "shot").actor == "attackers"


def test_a_past_verb_after_an_infinitive_goes_with_the_verb_before_the_infinitive():
    assert _on("Police ordered protesters to disperse and arrested ten.", "arrested").actor == "Police"
    assert _on("Police used tear gas to disperse the crowd and arrested 12 people.", "arrested").actor == "Police"


def test_an_order_after_a_state_that_was_declared_is_the_declarers():
    text = ("Hours later, President Daniel Noboa declared that the country was in an internal armed conflict and "
            "ordered the military to neutralize 22 gangs.")
    assert _on(text, "ordered").actor == "President Daniel Noboa"
    # what the speaker reports of others keeps their subject
    assert _on("Survivors said the gunmen separated the men and ordered them to kneel.", "ordered").actor == "gunmen"


@pytest.mark.parametrize("text, trigger", [
    ("Noboa ordered the military to neutralize 22 gangs.", "neutralize"),
    ("Police ordered the protesters to disperse.", "disperse"),
    ("The governor called on residents to protest peacefully.", "protest"),
])
def test_what_someone_is_directed_to_do_is_not_yet_done(text, trigger):
    e = _on(text, trigger)
    assert e.modality == "future"
    assert e.date is None


def test_an_infinitive_of_purpose_is_done():
    assert _on("Police used tear gas to disperse the protesters.", "disperse").modality == "asserted"


def test_a_named_platform_is_where_a_rampage_was_shown_not_what_it_struck():
    text = ("A gunman who livestreamed his rampage on Facebook killed 49 people at two mosques in the New Zealand "
            "city of Christchurch on Friday.")
    assert _on(text, "rampage").target is None
    [event], _ = coref.merge(_doc(text), events.extract(_doc(text), []))
    assert event.target == "people"
    assert _on("Militants launched an attack on the radio station.", "attack").target == "radio station"


def test_a_group_named_with_a_word_that_only_opens_a_trigger_acts():
    text = ("Egyptian forces fired artillery west of Rafah after the Islamic State detonated an IED targeting a "
            "minesweeper and killing and injuring Egyptian soldiers.")
    assert _on(text, "detonated").actor == "Islamic State"
    assert _on(text, "injuring").actor == "Islamic State"
    assert _on("The bomb exploded near the market.", "exploded").actor is None


def test_a_date_heading_an_incident_summary_is_no_subject():
    text = ("06/03/2017: Assailants drove a van into pedestrians on London Bridge and then stabbed people in nearby "
            "Borough Market in London, United Kingdom. Eight people were killed and 48 others were injured in the "
            "attack. The three attackers were shot dead by police.")
    assert _on(text, "stabbed").actor == "Assailants"
    merged, _ = coref.merge(_doc(text), events.extract(_doc(text), []))
    # (the van driven into pedestrians, then the stabbing: two acts of the assailants, told one after the other)
    assert [(e.trigger, e.actor) for e in merged] == [("drove", "Assailants"), ("stabbed", "Assailants"),
                                                      ("shot dead", "police")]


@pytest.mark.parametrize("text, actor", [
    ("On 24 October 2019, in Cochabamba (Cercado, Cochabamba), supporters of Evo Morales and opposition protesters "
     "clashed with sticks and stones near the electoral tribunal.",
     "supporters of Evo Morales"),  # (and the opposition protesters the target, since stop 54)
    ("Rival party activists clashed with machetes and guns during the election campaign.", "Rival party activists"),
])
def test_rivals_who_clash_with_stones_or_weapons_fight_whatever_the_politics(text, actor):
    e = _on(text, "clashed")
    assert (e.event_type, e.actor) == ("ASSAULT", actor)


def test_candidates_who_clash_in_a_debate_do_not_fight():
    assert not [e for e in events.extract(_doc("The two candidates clashed over immigration in the debate."), [])]


@pytest.mark.parametrize("text, trigger, actor", [
    ("Prime Minister Theresa May said the attack was among the worst terrorist incidents Britain had experienced and "
     "condemned the cowardice of the attacker.", "condemned", "Prime Minister Theresa May"),
    ("Officials said the situation was calm and accused the rebels of lying.", "accused", "Officials"),
])
def test_words_coordinated_with_a_state_that_was_said_are_the_speakers(text, trigger, actor):
    assert _on(text, trigger).actor == actor


def test_acts_coordinated_with_what_was_said_stay_with_whom_it_was_said_of():
    assert _on("Survivors said the gunmen were masked and shot the guards.", "shot").actor == "gunmen"


def test_a_claim_by_a_groups_branch_names_the_doers_of_the_attack_before_it():
    text = ("Two suicide bombers and gunmen attacked crowds of Afghans flocking to Kabul airport on Thursday, killing "
            "at least 60 civilians. The Islamic State's Afghanistan affiliate, ISIS-K, claimed responsibility.")
    merged, _ = coref.merge(_doc(text), events.extract(_doc(text), []))
    assert [(e.trigger, e.actor, e.mentions) for e in merged] == [
        ("attacked", "Islamic State's Afghanistan affiliate", 4)]


def test_a_road_between_two_towns_is_where_it_was_blocked_not_the_sides():
    e = _on("On 1 May 2020, miners blocked the road between Chala and Nazca (Caraveli, Arequipa) to demand the "
            "formalization of their activity.", "blocked")
    assert (e.actor, e.target) == ("miners", None)  # (the road is where, no one the protest is against)
    assert _on("Clashes erupted between police and protesters.", "Clashes").actor == "police and protesters"


@pytest.mark.parametrize("text", [
    "The twin bombs exploded near the finish line of the marathon on Monday.",
    "Homemade bombs exploded near the finish line.",
])
def test_a_weapon_in_the_plural_before_a_verb_is_a_noun_whose_modifier_does_nothing(text):
    assert _on(text, "bombs").actor is None


def test_the_army_bombs_cities_is_still_a_verb_with_its_subject():
    e = _on("The army bombs cities every night.", "bombs")
    assert (e.actor, e.target) == ("army", "cities")


@pytest.mark.parametrize("text, trigger", [
    ("On 27 April 2020, indiscriminate shells fired by presumed LNA forces fell in As Sabaa (Tripoli).", "shells"),
    ("On 2 May 2020, an indiscriminate shell fired by presumed LNA forces fell in Garabulli (Almargeb).", "fired"),
])
def test_shells_fired_by_a_party_that_fell_somewhere_were_fired_by_that_party(text, trigger):
    [event], _ = coref.merge(_doc(text), events.extract(_doc(text), []))
    assert (event.trigger, event.actor) == (trigger, "presumed LNA forces")


@pytest.mark.parametrize("text, actor", [
    ("Al-Qaida in the Arabian Peninsula (AQAP) claimed responsibility for the attack.",
     "Al-Qaida in the Arabian Peninsula"),
    ("On Monday, Al-Qaeda in the Islamic Maghreb claimed the attack.", "Al-Qaeda in the Islamic Maghreb"),
    ("The Islamic State in the Greater Sahara claimed the attack.", "Islamic State in the Greater Sahara"),
])
def test_a_groups_name_goes_on_with_the_region_it_fights_in(text, actor):
    assert _on(text, "attack").actor == actor


@pytest.mark.parametrize("text, trigger, actor", [
    ("Police in the Kurdish region arrested five people.", "arrested", "Police"),
    ("Gunmen in the North attacked a village.", "attacked", "Gunmen"),
])
def test_people_of_a_region_are_no_name_with_it(text, trigger, actor):
    assert _on(text, trigger).actor == actor


def test_an_attack_in_retaliation_for_another_is_another_event():
    text = ("Iran's Islamic Revolution Guards Corps (IRGC) has targeted two US bases in Iraq with dozens of ballistic "
            "missiles in retaliation for the assassination of General Qassem Soleimani.")
    merged, _ = coref.merge(_doc(text), events.extract(_doc(text), []))
    assert [(e.trigger, e.actor, e.target) for e in merged] == [
        ("targeted", "Iran's Islamic Revolution Guards Corps", "US bases"),
        ("assassination", None, "General Qassem Soleimani")]


def test_a_revenge_killing_is_the_killing_told():
    text = "Four people were killed in revenge killings between two clans in the Rumbek area."
    merged, _ = coref.merge(_doc(text), events.extract(_doc(text), []))
    assert len(merged) == 1


@pytest.mark.parametrize("text, trigger, actor, target", [
    ('ANKARA - Turkish security forces "neutralized" 4 PKK terrorists in northern Iraq, the ministry said.',
     "neutralized", "Turkish security forces", "PKK terrorists"),
    ("Police “arrested” the protesters on Monday.", "arrested", "Police", "protesters"),
])
def test_a_trigger_in_scare_quotes_keeps_its_parties(text, trigger, actor, target):
    e = _on(text, trigger)
    assert (e.actor, e.target) == (actor, target)


def test_a_town_hit_in_one_part_is_where_the_attack_was():
    text = "Air strikes hit eastern Khartoum on Sunday night and clashes continued in Omdurman early on Monday."
    e = _on(text, "hit")
    assert (e.target, e.location, e.location_country) == ("eastern Khartoum", "Khartoum", "SDN")
    assert _on(text, "clashes").location == "Omdurman"


def test_the_start_of_a_span_dates_no_narrative_after_it():
    text = ("TEHRAN, Iran (AP) — Security forces clashed with protesters in several Iranian cities on Wednesday as "
            "demonstrations spread. State TV said at least 17 people had been killed since the protests began on "
            "Saturday. Authorities restricted internet access.")
    e = _on(text, "restricted")
    assert (str(e.date), e.date_source) == ("2024-01-10", "context")


def test_guards_overpowered_were_assaulted():
    e = _on("Gunmen arrived at the school in Chibok late Monday, overpowered the soldiers guarding it and loaded the "
            "students onto trucks.", "overpowered")
    assert (e.event_type, e.actor, e.target) == ("ASSAULT", "Gunmen", "soldiers")
    assert not [e for e in events.extract(_doc("The senator overpowered his rival in the primary vote."), [])]


def test_what_happened_later_takes_no_day_from_the_sentences_before():
    text = ("Gunmen killed five people in Tamo on Monday. Two days later, police arrested a suspect. Boko Haram's leader "
            "later threatened more attacks.")
    assert str(_on(text, "arrested").date) == "2024-01-10"
    threat = _on(text, "threatened")
    assert threat.date_source == "publication" and threat.date_precision == "week"


def test_later_that_day_is_a_day_and_no_subject():
    e = _on("Gunmen killed five people in Tamo on Monday. Police later that day arrested a suspect.", "arrested")
    assert (e.actor, str(e.date), e.date_source) == ("Police", "2024-01-08", "text")


@pytest.mark.parametrize("text, trigger", [
    ("Gunmen killed five people in Tamo on Monday. The group has carried out several attacks in the region.",
     "attacks"),
    ("Gunmen killed five people in Tamo on Monday. The killings came after several demonstrations in the area.",
     "demonstrations"),
])
def test_many_events_told_over_a_time_take_no_day_from_the_sentences_before(text, trigger):
    assert _on(text, trigger).date_source == "publication"


def test_several_arrests_made_that_day_keep_its_day():
    e = _on("Police dispersed the protest in Tamo on Monday. Several arrests were made.", "arrests")
    assert (str(e.date), e.date_source) == ("2024-01-08", "context")


@pytest.mark.parametrize("text, trigger", [
    ("Sri Lanka blasts: death toll rises to 290.", "blasts"),
    ("The Sri Lanka bombings killed 290 people.", "bombings"),
])
def test_a_country_named_before_its_blasts_is_where_not_who(text, trigger):
    assert _on(text, trigger).actor is None


def test_a_group_named_before_its_bombings_still_set_them_off():
    assert _on("The Taliban bombings killed 20 people.", "bombings").actor == "Taliban"


def test_shells_fired_by_a_party_that_hit_a_building_were_fired_by_that_party():
    assert _on("Shells fired by LNA forces hit a hospital in Tripoli.", "fired").actor == "LNA forces"


def test_it_that_no_group_said_did_the_attack_is_no_one():
    text = ("Police in Pakistan say at least 44 people have been killed in a suicide bombing at a political rally. No "
            "group has yet said it carried out the attack.")
    assert _on(text, "attack").actor is None
    assert _on("The Taliban said it carried out the attack.", "attack").actor == "Taliban"  # "it": the speaker
