"""Constructions of our own texts in the styles we are measured on, second pass of the review of stop 49: whom an
event is blamed on, a quoted phrase closed after its stop, an event named by a verb of calling, a negation before a
definite event named by a place.
Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on, events_of

DEC_2 = datetime(2025, 12, 2, tzinfo=timezone.utc)  # a Tuesday


@pytest.mark.parametrize("text, blamed", [
    ("Authorities blamed the attack on armed bandits.", "armed bandits"),
    ("The governor blamed the killings on armed herders and said police would act.", "armed herders"),
    ("Officials blamed the bombing on the rebels.", "rebels"),
    ("The minister blamed the unrest on \u201cforeign-funded agitators.\u201d He gave no evidence.",
     "foreign-funded agitators"),
    ('She blamed the delays on "bureaucratic inertia," aides said.', "bureaucratic inertia"),
])
def test_whom_an_act_is_blamed_on_is_the_target(text, blamed):
    assert event_on(text, "blamed", DEC_2).target == blamed


def test_blamed_with_an_infinitive_after_to_names_no_one():
    text = "The mayor blamed the council for failing to act and vowed to fix the roads."
    assert event_on(text, "blamed", DEC_2).target == "council"


def test_the_name_an_event_is_called_is_no_target():
    text = ("The senator criticised the president for not calling the Orlando nightclub attack an act of \u201cradical "
            "Islamic terrorism.\u201d The debate went on.")
    attack = event_on(text, "attack", DEC_2)
    assert (attack.target, attack.modality) == (None, "asserted")


@pytest.mark.parametrize("text, modality", [
    ("The minister did not mention the Kabul airport bombing in his speech.", "asserted"),
    ("The minister did not mention the bombing in his speech.", "asserted"),
    ("There was no bombing in Kabul on Monday.", "negated"),
])
def test_a_negation_before_a_definite_event_denies_the_verb_not_the_event(text, modality):
    assert event_on(text, "bombing", DEC_2).modality == modality


@pytest.mark.parametrize("text, place, country", [
    ("On Wednesday, insurgents attacked Palma, Mozambique.", "Palma", "MOZ"),
    ("On Sunday, militants attacked Mocimboa da Praia, Mozambique.", "Mocimboa da Praia", "MOZ"),
    ("Russian forces shelled Kupiansk, Kharkiv, on Monday.", "Kupiansk", "UKR"),
])
def test_a_town_attacked_takes_the_country_told_after_its_comma(text, place, country):
    event = event_on(text, "attacked" if "attacked" in text else "shelled", DEC_2)
    assert (event.location, event.location_country) == (place, country)


def test_a_list_of_names_after_a_town_is_no_country_of_it():
    event = event_on("Clinton captured Virginia, Georgia, Arkansas and Texas.", "captured", DEC_2)
    assert event.location_country in (None, "USA")


def test_protesters_and_demonstrators_are_one_crowd():
    text = ("Protesters clashed with police in southern Peru on Monday. Demonstrators blocked a highway near "
            "Cocachacra and threw stones at police.")
    clashes = [e for e in events_of(text, DEC_2) if e.event_type == "ASSAULT"]
    assert [(e.trigger, e.mentions) for e in clashes] == [("clashed", 2)]


def test_words_for_soldiers_opening_a_sentence_name_no_group():
    text = "Troops clashed with rebels near Goma on Monday. Soldiers then shelled rebel positions near Goma."
    assert [(e.trigger, e.mentions) for e in events_of(text, DEC_2)] == [("clashed", 2)]


def test_an_army_of_its_own_name_is_no_side_of_the_soldiers():
    text = ("The Arakan Army attacked a police outpost in Maungdaw on Monday. Soldiers launched an attack on the "
            "outpost in Maungdaw on Monday.")
    assert [e.trigger for e in events_of(text, DEC_2)] == ["attacked", "attack"]


def test_a_day_after_a_town_of_its_kind_and_its_province_dates_the_attack():
    text = ("Three soldiers were killed when gunmen ambushed an Army convoy in Datu Hoffer town, Maguindanao del Sur "
            "province, on Sunday.")
    event = event_on(text, "ambushed", DEC_2)
    assert (str(event.date), event.date_source) == ("2025-11-30", "text")


@pytest.mark.parametrize("text, trigger, day", [
    ("Three people were killed in a drone strike in Bint Jbeil on Monday. Last week, on Nov. 25, two people were "
     "killed in a strike on a motorcycle in Nabatieh.", "killed", "2025-11-25"),
    ("Police fired tear gas at protesters in Nairobi on Tuesday. Three weeks ago, on Nov. 11, at least 19 people were "
     "killed when police opened fire on protesters.", "opened fire", "2025-11-11"),
])
def test_a_day_set_off_after_a_vaguer_opening_date_dates_the_clause(text, trigger, day):
    event = event_on(text, trigger, DEC_2)
    assert (str(event.date), event.date_precision) == (day, "day")


def test_a_vague_opening_date_alone_stays_vague():
    text = "Last week, two people were killed in a strike on a motorcycle in Nabatieh."
    assert event_on(text, "killed", DEC_2).date_precision == "week"


@pytest.mark.parametrize("text, trigger, country", [
    ("On Sunday, armed men ambushed a convoy near Bor, in South Sudan.", "ambushed", "SSD"),
    ("The U.S. senator held a rally in Florida on Monday.", "rally", "USA"),
    # guards: a region the note names, a country's own name, a city abroad
    ("On 30 November 2025, Burkinabe forces killed a suspected ISGS commander in the village of Ersam (Ansongo, Gao).",
     "killed", "MLI"),
    ("Greek police said the U.S. envoy met protesters in Greece on Monday.", "met", "GRC"),
    ("Mexican officials said police arrested two men in San Bernardino on Monday.", "arrested", "USA"),
])
def test_a_town_of_the_story_country_before_a_small_town_abroad(text, trigger, country):
    assert event_on(text, trigger, DEC_2).location_country == country


@pytest.mark.parametrize("text", [
    "Two soldiers died when a drone dropped explosives on a military base in Argelia on Monday.",
    "Five people died as gunmen opened fire on a bus near Jos on Monday.",
    "Five soldiers died when a roadside bomb hit their vehicle in Lawdar district, Yemen, on Monday.",
])
def test_deaths_when_an_attack_struck_are_its_toll(text):
    assert [e.event_type for e in events_of(text, DEC_2)] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Three people died when their boat capsized on Lake Kivu.",
    "The former president died after a long illness.",
])
def test_deaths_of_no_attack_are_no_attack(text):
    assert "ASSAULT" not in [e.event_type for e in events_of(text, DEC_2)]


@pytest.mark.parametrize("text, trigger", [
    ("On 29 November 2025, in Empalme, Sonora, armed men attacked a man in Cruz Piedra. The victim died. 1 fatality.",
     "attacked"),
    ("On 30 November 2025, gunmen shot at a group of people at a taxi stop in Zapopan. One person died and five "
     "people were injured.", "shot"),
    ("Gunmen killed 11 people at a party in Salvatierra on Saturday. Eight victims died at the scene and three more "
     "in hospital.", "killed"),
])
def test_deaths_told_right_after_an_attack_are_its_toll(text, trigger):
    [event] = events_of(text, DEC_2)
    assert (event.event_type, event.trigger) == ("ASSAULT", trigger)


@pytest.mark.parametrize("text, types", [
    # (a death of illness is no event at all: stop 59)
    ("Gunmen attacked a bus near Jos on Saturday. The governor, a former senator, died of cancer in 2019.",
     ["ASSAULT"]),
    ("Gunmen attacked a bus near Jos on Saturday.\n\nThe governor died on Sunday.", ["ASSAULT", "OTHER"]),
])
def test_a_death_of_its_own_cause_or_paragraph_is_no_toll(text, types):
    assert [e.event_type for e in events_of(text, DEC_2)] == types


def test_a_region_told_next_places_an_attack_told_in_a_part_of_the_country():
    text = ("NIAMEY, Nov 30 (AFP) - Gunmen killed 58 villagers in western Niger on Sunday. The assailants attacked "
            "people returning from a market in the Tahoua region.")
    [event] = events_of(text, DEC_2)
    assert (event.location, event.location_country) == ("Tahoua region", "NER")


@pytest.mark.parametrize("text, actor", [
    ("MSF holds the Rapid Support Forces (RSF) responsible for the attack.", "Rapid Support Forces"),
    ("The army held Boko Haram responsible for the attack.", "Boko Haram"),
    ("Police are hunting those responsible for the attack.", "those responsible"),
])
def test_whom_an_attack_is_held_against_is_its_actor(text, actor):
    assert event_on(text, "attack", DEC_2).actor == actor


def test_a_carrier_after_by_is_no_doer():
    text = ("Four soldiers were killed in an ambush near Vizcatan del Ene, Peru, on Sunday. Two other soldiers were "
            "wounded and evacuated by helicopter to Pichari.")
    assert [e.actor for e in events_of(text, DEC_2)] == [None]


def test_the_acronym_of_a_party_in_brackets_is_no_place():
    text = ("On 30 November 2025, a bomb targeting a police vehicle exploded in Cizre, Turkey. No casualties were "
            "reported. Authorities attributed the attack to the Kurdistan Workers' Party (PKK).")
    [event] = events_of(text, DEC_2)
    assert (event.location, event.actor) == ("Cizre", "Kurdistan Workers' Party")


def test_a_death_of_one_told_in_a_fight_about_them_is_a_death_of_its_own():
    text = ("A soldier, captured alive by Ukrainian forces while fighting for Russia, has died from his injuries, "
            "officials said on Monday.")
    assert "OTHER" in [e.event_type for e in events_of(text, DEC_2)]
