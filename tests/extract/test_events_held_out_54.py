"""Constructions of our own texts in the styles we are measured on (stop 54): the weapons of a country or an armed
group as the doer, a target that is a place's surroundings, a place after "nearby". Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on, events_of

JUL_4 = datetime(2024, 7, 4, tzinfo=timezone.utc)  # a Thursday


@pytest.mark.parametrize("text, trigger, actor", [
    ("Israeli artillery shelled the outskirts of Khiam on Wednesday.", "shelled", "Israeli artillery"),
    ("Russia's artillery pounded Kherson overnight.", "pounded", "Russia's artillery"),
    ("A Houthi missile struck a bulk carrier in the Gulf of Aden on Wednesday.", "struck", "Houthi missile"),
])
def test_the_weapons_of_a_country_or_an_armed_group_act_for_it(text, trigger, actor):
    assert event_on(text, trigger, JUL_4).actor == actor


@pytest.mark.parametrize("text, trigger", [
    ("A rocket hit the school in Sderot on Wednesday.", "hit"),
    ("The bomb went off in Kabul on Wednesday.", "went off"),
])
def test_a_weapon_of_no_one_named_is_no_actor(text, trigger):
    assert event_on(text, trigger, JUL_4).actor is None


def test_the_surroundings_of_a_town_shelled_are_where_it_happened():
    text = ("Hezbollah fired rockets at military positions in northern Israel on Wednesday. Israeli artillery then "
            "shelled the outskirts of the Lebanese village of Khiam.")
    fired, shelled = events_of(text, JUL_4)
    assert (fired.actor, fired.location) == ("Hezbollah", "northern Israel")
    assert (shelled.actor, shelled.location, shelled.location_country) == (
        "Israeli artillery", "Lebanese village of Khiam", "LBN")


def test_the_mayor_of_a_town_is_still_no_place_before_the_one_told():
    text = "Gunmen attacked a market in Kaduna on Monday. Later, they shot the mayor of Zaria."
    assert event_on(text, "shot", JUL_4).location == "Kaduna"


@pytest.mark.parametrize("text, place, country", [
    ("Bandits killed four farmers in nearby Kuje on Sunday.", "Kuje", "NGA"),
    ("Bandits killed four farmers in neighbouring Dandume Local Government Area on Sunday.",
     "Dandume Local Government Area", "NGA"),
])
def test_a_place_after_nearby_is_the_name(text, place, country):
    event = event_on(text, "killed", JUL_4)
    assert (event.location, event.location_country) == (place, country)


def test_the_nearby_site_is_no_town():
    text = "Protesters marched in Tripoli on Monday. They then marched to the nearby Military court."
    assert event_on(text, "marched", JUL_4).location == "Tripoli"


MAR_13 = datetime(2024, 3, 13, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, place, region", [
    ("On 12 March 2024, Russian forces shelled Nikopol, Dnipropetrovsk oblast, killing a man.", "Nikopol",
     "Dnipropetrovsk"),
    ("On 12 March 2024, Ukrainian forces shelled Horlivka, Donetsk oblast, killing 3 people.", "Horlivka", "Donetsk"),
])
def test_a_towns_region_after_a_comma_is_no_place_of_the_result_after_it(text, place, region):
    [event] = events_of(text, MAR_13)
    assert (event.location, event.location_admin1, event.mentions) == (place, region, 2)


def test_a_day_after_the_day_of_a_report_dates_what_the_note_tells():
    text = "As reported on 5 October 2024, on 3 October 2024, Viv Ansanm members attacked Delmas."
    event = event_on(text, "attacked", datetime(2024, 10, 5, tzinfo=timezone.utc))
    assert (event.date.isoformat(), event.date_source) == ("2024-10-03", "text")


@pytest.mark.parametrize("text, trigger, actor, target", [
    ("On 20 June 2024, the SAF and RSF clashed in El Fasher.", "clashed", "SAF", "RSF"),
    ("Hamas and Fatah gunmen fought each other in Gaza on Monday.", "fought each other", "Hamas", "Fatah gunmen"),
    ("Police and protesters clashed in Nairobi on Tuesday.", "clashed", "Police", "protesters"),
    ("Both Israel and Hezbollah exchanged fire on Sunday.", "exchanged fire", "Israel", "Hezbollah"),
])
def test_the_two_sides_a_fight_joins_in_its_subject_are_actor_and_target(text, trigger, actor, target):
    event = event_on(text, trigger, JUL_4)
    assert (event.actor, event.target) == (actor, target)


@pytest.mark.parametrize("text, trigger, actor", [
    ("The Justice and Equality Movement clashed in Darfur on Monday.", "clashed", "Justice and Equality Movement"),
    ("Burundian and Rwandan soldiers clashed on Lake Rweru on Friday.", "clashed", "Burundian and Rwandan soldiers"),
    ("Troops and police clashed with militants in Kano.", "clashed", "Troops and police"),
])
def test_one_name_or_one_noun_of_two_adjectives_stays_one_side(text, trigger, actor):
    assert event_on(text, trigger, JUL_4).actor == actor


def test_what_befell_one_side_of_a_fight_is_the_fight():
    text = ("On 2 May 2024, security forces and Maoists exchanged fire in the forests of Sinbhatti (Gadchiroli, "
            "Maharashtra) and one Maoist cadre was killed.")
    [event] = events_of(text, datetime(2024, 5, 3, tzinfo=timezone.utc))
    assert (event.actor, event.target, event.mentions) == ("security forces", "Maoists", 2)


def test_a_fight_and_another_days_attack_stay_two():
    text = ("On 2 May 2024, the SAF and RSF clashed in El Fasher. On 4 May 2024, the RSF attacked a market in "
            "Nyala, killing 10 people.")
    assert len(events_of(text, datetime(2024, 5, 5, tzinfo=timezone.utc))) == 2


DEC_5 = datetime(2024, 12, 5, tzinfo=timezone.utc)


def test_what_someone_declined_to_do_is_not_done():
    text = "Gov. John Kasich, who has declined to endorse Mr. Trump, spoke in Ohio."
    assert event_on(text, "endorse", DEC_5).modality == "negated"


@pytest.mark.parametrize("text", [
    "President Salome Zourabichvili has refused to step down.",
    "The president refused to sign the agreement on Monday.",
])
def test_what_someone_refused_to_do_is_told_by_the_refusal(text):
    # (stop 58: the refusal, a REJECT, is the one row; the act it refused, once a negated row beside it, is none)
    assert [(e.trigger, e.modality) for e in events_of(text, DEC_5)] == [("refused", "asserted")]


def test_an_act_after_until_is_no_refusal_of_it():
    text = "Soldiers fired at the vehicle when the bomber refused to stop until he detonated close to the base."
    assert event_on(text, "detonated", DEC_5).modality != "negated"


@pytest.mark.parametrize("text, trigger, actor", [
    ("Meanwhile, a roadside bomb struck a vehicle carrying soldiers near Afgoye on Sunday, killing two soldiers.",
     "roadside bomb", None),
    ("Last October, two PKK militants carried out a bomb attack outside the Interior Ministry in Ankara, injuring two "
     "police officers.", "attack", "PKK militants"),
    ("PREMIUM TIMES reported in January how ISWAP fighters killed 15 fishermen at Mukdolo.", "killed",
     "ISWAP fighters"),
])
def test_an_opening_adverb_or_time_and_a_wh_word_are_no_part_of_the_doer(text, trigger, actor):
    assert event_on(text, trigger, JUL_4).actor == actor


def test_a_participle_after_a_relative_clause_is_the_main_clauses():
    text = ("On Saturday, police opened fire on protesters who defied the curfew in Dhaka's Rampura area, killing at "
            "least 21 people.")
    [shooting] = [e for e in events_of(text, JUL_4) if e.event_type == "ASSAULT"]
    assert (shooting.actor, shooting.mentions) == ("police", 2)


def test_a_participle_inside_a_relative_clause_in_commas_is_still_the_clauses():
    text = "The gunmen, who stormed the village on Monday, killing five people, were arrested in Kano on Friday."
    storming = event_on(text, "stormed", JUL_4)
    assert (storming.actor, storming.mentions) == ("gunmen", 2)


@pytest.mark.parametrize("text, trigger, target", [
    ("China lodged a strong protest with Japan on Monday over the visit.", "lodged a strong protest", "Japan"),
    ("The foreign ministry lodged a formal protest with the Russian embassy.", "lodged a formal protest",
     "Russian embassy"),
])
def test_a_protest_one_government_lodges_with_another_is_a_complaint(text, trigger, target):
    event = event_on(text, trigger, JUL_4)
    assert (event.event_type, event.event_mode, event.target) == ("ACCUSE", "disapprove", target)


@pytest.mark.parametrize("text, trigger", [
    ("Workers staged a formal protest outside the factory on Monday.", "protest"),
    ("Thousands of people protested in Tokyo on Monday.", "protested"),
])
def test_a_protest_of_people_is_still_one(text, trigger):
    assert event_on(text, trigger, JUL_4).event_type == "PROTEST"


@pytest.mark.parametrize("text, trigger", [
    ("The rebels will not withdraw from any town until a final deal is reached.", "reached"),
    ("The army chief said the army would not negotiate until the RSF withdrew from civilian homes.", "withdrew"),
])
def test_what_a_refusal_awaits_until_is_a_condition(text, trigger):
    assert event_on(text, trigger, JUL_4).modality == "hypothetical"


def test_what_came_until_something_happened_still_happened():
    text = "Protesters blocked the highway for hours until police arrived."
    assert event_on(text, "blocked", JUL_4).modality == "asserted"


def test_an_event_noun_that_did_what_its_past_verb_tells_is_of_the_past_year():
    text = ("Odesa has been repeatedly targeted by Russian strikes. On March 15, a double-tap missile attack on the "
            "city's Fontanskyi district killed 21 people.")
    [event] = events_of(text, datetime(2024, 11, 20, tzinfo=timezone.utc))
    assert (event.trigger, event.date.isoformat(), event.modality) == ("missile attack", "2024-03-15", "asserted")


@pytest.mark.parametrize("text, trigger", [
    ("Police arrested two suspects in the murder of a teacher in Leeds on Friday.", "murder"),
    ("Israeli security forces on Wednesday arrested two Palestinian suspects in the deadly shooting attack near the "
     "settlement of Eli a day earlier.", "attack"),
])
def test_the_act_suspects_are_arrested_in_is_not_the_arresters(text, trigger):
    assert event_on(text, trigger, JUL_4).actor is None


def test_an_operation_people_are_arrested_in_is_the_arresters():
    assert event_on("Police arrested 24 people in a series of raids in Lagos.", "raids", JUL_4).actor == "Police"


def test_an_interval_before_an_event_noun_a_light_verb_carries_counts_back():
    text = ("South Korea on Wednesday imposed sanctions on North Korean officials. The move came a day after Foreign "
            "Minister Cho Tae-yul held talks with his Japanese counterpart in Rio de Janeiro.")
    assert event_on(text, "talks", datetime(2024, 11, 21, tzinfo=timezone.utc)).date.isoformat() == "2024-11-19"


@pytest.mark.parametrize("text, trigger, day", [
    ("The talks are scheduled for Friday.", "talks", "2024-11-22"),
    ("The army and the RSF signed a truce on Monday. The truce, due to take effect at 9:45 p.m. on Wednesday, allows "
     "aid deliveries.", "take effect", "2024-11-20"),
])
def test_a_weekday_a_schedule_names_is_the_coming_one(text, trigger, day):
    event = event_on(text, trigger, datetime(2024, 11, 19, tzinfo=timezone.utc))  # a Tuesday
    assert (event.date.isoformat(), event.modality) == (day, "future")


def test_a_weekday_after_a_cause_is_still_past():
    text = "Flights were cancelled because of a strike by pilots on Monday."
    assert event_on(text, "strike", datetime(2024, 11, 20, tzinfo=timezone.utc)).date.isoformat() == "2024-11-18"


@pytest.mark.parametrize("text, trigger, target", [
    ("Assailants hijacked an airliner in Algiers on Monday.", "hijacked", "airliner"),
    ("Pirates hijacked a tanker in the Gulf of Aden on Monday.", "hijacked", "tanker"),
    ("Three men hijacked the flight to Kabul on Monday.", "hijacked", "flight"),
])
def test_a_hijacking_takes_a_craft(text, trigger, target):
    event = event_on(text, trigger, JUL_4)
    assert (event.event_type, event.event_mode, event.target) == ("ASSAULT", "abduct", target)


@pytest.mark.parametrize("text", [
    "Mr Ruto's allies argue that the protests were hijacked by opposition politicians.",
    "Syrian hackers hijacked the agency's Twitter account in 2013.",
])
def test_what_is_hijacked_without_a_craft_is_no_abduction(text):
    assert not [e for e in events_of(text, JUL_4) if e.event_mode == "abduct"]


@pytest.mark.parametrize("text, trigger, kind", [
    ("Prime Minister Narendra Modi on Wednesday launched a scathing attack on the Congress.", "attack",
     ("ACCUSE", "disapprove")),
    ("The senator has faced personal attacks from his rivals.", "attacks", ("ACCUSE", "disapprove")),
    ("Militants carried out a fierce attack on the army base in Kano on Monday.", "attack", ("ASSAULT", None)),
])
def test_an_attack_of_words_is_an_accusation(text, trigger, kind):
    event = event_on(text, trigger, JUL_4)
    assert (event.event_type, event.event_mode) == kind


def test_a_day_that_opens_a_later_sentence_parts_its_act_from_one_dated_by_context():
    text = ("Police fired tear gas at protesters in Nairobi on Thursday. One man was shot dead in Homa Bay, a hospital "
            "official said. On Tuesday, police opened fire on crowds outside parliament.")
    events = events_of(text, datetime(2024, 6, 28, tzinfo=timezone.utc))
    assert [(e.trigger, e.date.isoformat()) for e in events] == [
        ("fired", "2024-06-27"), ("shot dead", "2024-06-27"), ("opened fire", "2024-06-25")]


def test_talks_suspended_are_a_refusal_to_meet_not_talks_held():
    # (stop 57: the suspension is the event, REJECT meet; stop 54 had kept the talks as a negated CONSULT)
    text = "Colombian President Gustavo Petro suspended peace talks with the National Liberation Army on Wednesday."
    events = events_of(text, JUL_4)
    assert [(e.event_type, e.event_mode, e.actor) for e in events if e.modality != "negated"] == [
        ("REJECT", "meet", "Colombian President Gustavo Petro")]


@pytest.mark.parametrize("text, trigger", [
    ("The government postponed the talks with the rebels.", "talks"),
    # (stop 57: "for him to have canceled his rally" is a candidate's rally, no protest at all)
    ("The union said it was too late for it to have canceled its rally.", "rally"),
])
def test_an_event_called_off_did_not_take_place(text, trigger):
    assert event_on(text, trigger, JUL_4).modality == "negated"


def test_an_event_after_and_is_not_called_off_with_the_one_before():
    text = "A rally in Chicago had been canceled and violent clashes with protesters dominated the news."
    assert event_on(text, "clashes", JUL_4).modality == "asserted"


@pytest.mark.parametrize("text", [
    "On 4 June 2024, the army repelled a JNIM attack on Diapaga.",
    "On 28 April 2020, pro-Hadi forces thwarted a Houthi attack on the Qaniyah front (Mahliyah, Marib).",
])
def test_an_attack_the_defenders_repelled_is_one_incident(text):
    [event] = events_of(text, JUL_4)
    assert event.mentions == 2


def test_an_attack_condemned_is_not_the_condemnation():
    text = "On 4 June 2024, the government condemned a JNIM attack on Diapaga."
    assert len(events_of(text, JUL_4)) == 2


def test_the_protests_named_again_under_a_days_opening_stay_the_protests():
    text = ("Hundreds of protesters marched towards State House in Nairobi on Thursday despite President William "
            "Ruto's decision on Wednesday to withdraw the finance bill, which had sparked the protests. On Thursday, "
            "the High Court in Nairobi suspended the deployment of the military to support the police in quelling "
            "the protests.")
    assert event_on(text, "marched", datetime(2024, 6, 28, tzinfo=timezone.utc)).mentions == 3


@pytest.mark.parametrize("text, actor, target, place", [
    ("Israel and Hamas clashed in Gaza on Friday.", "Israel", "Hamas", "Gaza"),
    ("Israel clashed with Hamas in Gaza on Friday.", "Israel", "Hamas", "Gaza"),
])
def test_the_other_side_of_a_fight_is_no_place(text, actor, target, place):
    event = event_on(text, "clashed", JUL_4)
    assert (event.actor, event.target, event.location) == (actor, target, place)


def test_a_swap_of_prisoners_is_no_exchange_of_fire():
    event = event_on("Russia and Ukraine exchanged 95 prisoners of war on Friday.", "exchanged", JUL_4)
    assert (event.event_type, event.actor) == ("COOPERATE", "Russia and Ukraine")


@pytest.mark.parametrize("text, trigger, kind", [
    ("The government declared the ambassador persona non grata on Monday.", "persona non grata", ("SANCTION", None)),
    ("The United States closed its embassy in Kabul.", "closed its embassy", ("SANCTION", None)),
])
def test_the_acts_of_diplomacy_between_governments(text, trigger, kind):
    event = event_on(text, trigger, JUL_4)
    assert (event.event_type, event.event_mode) == kind


def test_a_region_told_with_its_countrys_adjective_holds_the_town_told_next():
    text = ("Gunmen ambushed a police convoy in the Mexican state of Guerrero on Tuesday, killing nine officers. The "
            "attackers opened fire from a hillside on three pickup trucks near the town of Coyuca de Catalan.")
    [event] = events_of(text, datetime(2024, 12, 6, tzinfo=timezone.utc))
    assert (event.trigger, event.mentions) == ("ambushed", 3)


def test_a_day_after_the_act_an_arrest_is_linked_to_dates_the_arrest():
    text = ("A bomb exploded near a bank in Yangon on Monday, injuring three people. Security forces arrested six "
            "people in connection with the Yangon blast on Tuesday.")
    blast, arrest = events_of(text, datetime(2024, 3, 14, tzinfo=timezone.utc))
    assert (blast.trigger, blast.date.isoformat(), blast.mentions) == ("exploded", "2024-03-11", 4)
    assert (arrest.trigger, arrest.date.isoformat(), arrest.date_source) == ("arrested", "2024-03-12", "text")
