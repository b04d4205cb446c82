"""Constructions of wire stories, local papers and conflict notes written in the styles we are measured on: a protest
told on by the word for its doers, one kind of state force told by two words, a place of the dateline against one the
story gives, deaths in an attack told before, the doers of an act someone is accused of, an accusation of an event.
Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on, events_of

MAY_21 = datetime(2024, 5, 21, tzinfo=timezone.utc)  # a Tuesday


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.trigger) for e in events_of(text, MAY_21)]


def test_protesters_told_on_in_the_next_sentence_protest_once():
    text = ("Police fired tear gas at hundreds of opposition supporters who protested in Moundou on Monday. Protesters "
            "burned tires and blocked roads in the city center.")
    protests = [e for e in events_of(text, MAY_21) if e.event_type == "PROTEST"]
    assert [(e.trigger, e.actor, e.mentions) for e in protests] == [("protested", "opposition supporters", 3)]


def test_protesters_elsewhere_later_are_another_protest():
    text = "Supporters of the opposition rallied in Lagos on Monday. Hours later, protesters marched in Abuja."
    assert _types(text) == [("PROTEST", "rallied"), ("PROTEST", "marched")]


def test_troops_and_soldiers_are_one_side_of_one_clash():
    text = ("Troops clashed with militants in a village in Lanao del Sur province on Sunday. The fighting erupted when "
            "soldiers raided a hideout of the group in Butig town.")
    [event] = events_of(text, MAY_21)
    assert (event.event_type, event.actor, event.mentions) == ("ASSAULT", "Troops", 3)


def test_police_and_soldiers_stay_two_sides():
    text = ("Police opened fire on protesters in Kano on Monday. Soldiers shot dead two men at a checkpoint in Kano on "
            "Monday.")
    assert _types(text) == [("ASSAULT", "opened fire"), ("ASSAULT", "shot dead")]


def test_the_dateline_place_does_not_keep_a_deployment_told_again_apart():
    text = ("COTONOU, Benin — Benin has deployed some 3,000 soldiers to its northern border regions, the defense "
            "ministry said Wednesday. The troops were sent to the Alibori department last week.")
    [event] = events_of(text, datetime(2024, 1, 24, tzinfo=timezone.utc))
    assert (event.event_type, event.location, event.mentions) == ("MOBILIZE", "Alibori department", 2)


@pytest.mark.parametrize("text", [
    "Army helicopters struck militant positions near Tassia on Monday. Four soldiers died in the fighting.",
    "Two policemen died of wounds sustained in the attack on a checkpoint in Kano on Monday.",
    "Four soldiers died in clashes with militants near Tassia on Monday.",
])
def test_deaths_in_an_attack_are_its_toll(text):
    assert [t for t, _ in _types(text)] == ["ASSAULT"]


def test_a_death_of_no_attack_is_a_happening_of_its_own():
    assert _types("The former president died in Paris on Monday, a year after the coup.") == [("OTHER", "died")]


def test_who_died_in_an_attack_is_what_it_struck():
    event = event_on("Two policemen died of wounds sustained in the attack on Monday in Kano.", "attack", MAY_21)
    assert event.target == "policemen"


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("Police arrested seven men on Tuesday in Jakarta, accusing them of plotting attacks.", "attacks", "them"),
    ("Amnesty International accused the authorities of arbitrary detentions in Kenya.", "detentions", "authorities"),
    ("The government accused the rebels of attacks on civilians in Kivu.", "attacks", "rebels"),
])
def test_whom_an_act_is_charged_to_is_its_doer(text, trigger, actor):
    assert event_on(text, trigger, MAY_21).actor == actor


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Gunmen attacked a police post near Dapaong on Monday. The government condemned the assault.", "government",
     None),
    ("The UN condemned the killing of three aid workers in Darfur on Monday.", "UN", None),
    ("The UN condemned the attack by Boko Haram in Konduga on Monday.", "UN", "Boko Haram"),
    ("The opposition accused the government of fraud.", "opposition", "government"),
])
def test_an_accusation_of_an_event_is_against_its_doers_not_the_event(text, actor, target):
    [event] = [e for e in events_of(text, MAY_21) if e.event_type == "ACCUSE"]
    assert (event.actor, event.target) == (actor, target)


def test_an_attack_repelled_is_the_attack_of_those_who_made_it():
    text = "On 2 May 2020, Afghan security forces repelled an attack by Taliban militants in Panjwaye district."
    [event] = events_of(text, MAY_21)
    assert (event.actor, event.target) == ("Taliban militants", "Afghan security forces")


@pytest.mark.parametrize(("text", "when", "precision"), [
    ("In July last year, a man from Bharatpur was lynched in the Ramgarh area.", "2023-07-01", "month"),
    ("In March this year, CODECO fighters killed 12 people in Fataki.", "2024-03-01", "month"),
    ("On 5 May last year, gangs killed 15 people in Liancourt.", "2023-05-05", "day"),
])
def test_a_month_of_last_or_this_year_is_of_that_year(text, when, precision):
    [event] = events_of(text, MAY_21)
    assert (str(event.date), event.date_precision) == (when, precision)


def test_at_least_opens_a_count_not_a_place():
    [event] = events_of("Armed men set fire to at least 10 vehicles in Culiacan on Monday.", MAY_21)
    assert event.location == "Culiacan"


def test_an_occupied_territory_is_no_occupation():
    text = ("Israeli forces killed five Palestinians during a raid on a refugee camp near Tulkarem in the occupied "
            "West Bank.")
    assert [t for t, _ in _types(text)] == ["ASSAULT"]


def test_students_occupying_a_building_is_a_protest():
    assert _types("Students occupied the administration building in Dhaka on Monday.") == [("PROTEST", "occupied")]


@pytest.mark.parametrize("text", [
    "The spokesman said the party would not be stopped from exercising its constitutional right to protest.",
    "Workers have the right to strike, the court said.",
])
def test_a_right_to_an_act_is_no_act(text):
    assert _types(text) == []


def test_an_attack_with_sticks_at_a_rally_is_a_blow_not_words():
    text = "ZANU-PF youths attacked CCC supporters at a campaign rally in Chitungwiza with sticks and stones."
    assert _types(text) == [("ASSAULT", "attacked")]


def test_an_attack_in_words_at_a_rally_stays_an_accusation():
    text = "Sanders attacked Clinton over her Wall Street speeches at a campaign rally on Monday."
    assert _types(text) == [("ACCUSE", "attacked")]


@pytest.mark.parametrize("text", [
    "09/11/2018: An explosive device detonated near a military patrol in Tal Afar district, Nineveh governorate, Iraq.",
    "Two rangers were killed when a roadside bomb exploded next to their patrol in Narathiwat province on Sunday.",
])
def test_a_patrol_an_attack_struck_near_is_no_deployment(text):
    assert [t for t, _ in _types(text)] == ["ASSAULT"]


def test_a_patrol_sent_is_a_deployment():
    text = "Gunmen attacked a village near Dalo on Monday, and the army sent a patrol to the area."
    assert "MOBILIZE" in [t for t, _ in _types(text)]


def test_next_to_opens_a_place_not_a_target():
    event = event_on("A roadside bomb exploded next to a police van in Narathiwat province on Sunday.", "exploded",
                     MAY_21)
    assert event.target != "next"


@pytest.mark.parametrize(("text", "day"), [
    ("Bandits attacked a village in Tot, Marakwet East, on Saturday evening.", "2024-05-18"),
    ("Hundreds of fighters overran the base in Mansila, in Yagha province near the border with Niger, on Sunday, a "
     "security source said.", "2024-05-19"),
    ("Congolese troops clashed with M23 rebels near the town of Sake, about 25 km west of Goma, on Sunday, according "
     "to a military spokesman.", "2024-05-19"),
])
def test_a_day_after_an_aside_on_the_place_dates_the_verb(text, day):
    [event] = events_of(text, MAY_21)
    assert (str(event.date), event.date_source) == (day, "text")


def test_a_day_after_a_speech_aside_stays_the_speech_day():
    [event] = events_of("Troops killed two rebels in Goma, police said, on Sunday.", MAY_21)
    assert event.date_source != "text"


def test_an_attack_noun_a_past_verb_was_done_in_takes_its_year():
    # an August story: "In October" is last year's for the killing, and so for the ambush it was done in
    [event] = events_of("In October, gunmen killed 13 police officers in an ambush in El Papayo.",
                        datetime(2024, 8, 30, tzinfo=timezone.utc))
    assert (str(event.date), event.modality, event.mentions) == ("2023-10-01", "asserted", 2)


def test_a_protest_threatened_for_a_month_to_come_stays_to_come():
    text = "Supporters threatened to disrupt the convention in Philadelphia in July with protests."
    assert event_on(text, "protests", MAY_21).modality == "future"


def test_a_measure_in_force_until_a_day_is_the_measure_told_before():
    text = ("Authorities imposed a curfew in Birgunj on Sunday evening. The chief district officer said the curfew "
            "would remain in force until 10am on Tuesday.")
    [event] = events_of(text, MAY_21)
    assert (event.event_type, str(event.date), event.mentions) == ("COERCE", "2024-05-19", 2)


def test_where_the_attackers_went_after_is_no_place_of_the_attack():
    text = "Two men were shot dead before the bandits left with their captives towards the Dansadau forest."
    [event] = events_of(text, MAY_21)
    assert event.location is None


def test_the_way_victims_were_going_stays_the_place():
    text = "Gunmen shot and killed five merchants as they drove toward Afar region in the Bati woreda."
    [event] = events_of(text, MAY_21)
    assert event.location is not None and "Bati" in event.location


@pytest.mark.parametrize("text", [
    "Two groups clashed during a religious procession in Birgunj on Sunday.",
    "Members of two communities clashed during a Kanwar yatra procession in Bareilly on Sunday night.",
])
def test_a_procession_of_a_rite_is_no_protest(text):
    assert "PROTEST" not in [t for t, _ in _types(text)]


def test_a_procession_with_slogans_is_a_protest():
    text = "Hundreds marched in a procession chanting slogans against the governor in Lahore on Monday."
    assert "PROTEST" in [t for t, _ in _types(text)]


@pytest.mark.parametrize("text", [
    "The family demanded the arrest of all the accused.",
    "Traders demanded the punishment of the accused police personnel.",
])
def test_the_accused_are_people_not_an_accusation(text):
    assert "ACCUSE" not in [t for t, _ in _types(text)]


def test_a_compound_that_describes_a_deal_is_no_event():
    text = "Moscow pulled out of a U.N.-brokered grain deal on Monday."
    assert "CONSULT" not in [t for t, _ in _types(text)]


@pytest.mark.parametrize(("text", "kind"), [
    ("Fighters raided Mapasana village on Monday, hacking and shooting residents.", None),
    ("The hacking of government servers was discovered on Monday.", "COERCE"),
])
def test_hacking_is_a_cyberattack_only_of_computers(text, kind):
    assert next((t for t, w in _types(text) if w == "hacking"), None) == kind


@pytest.mark.parametrize(("text", "actor"), [
    ("Police fired tear gas at students protesting against job quotas.", "students"),
    ("A man threw stones at a female nurse accusing her of infecting people.", "man"),
])
def test_a_participle_after_people_fired_at_is_theirs(text, actor):
    trigger = "protesting" if "protesting" in text else "accusing"
    assert event_on(text, trigger, MAY_21).actor == actor


def test_a_named_place_told_next_may_lie_in_the_district_told_first():
    text = ("At least 15 people were killed when gunmen ambushed a convoy in Pakistan's Kurram district on Saturday. "
            "The convoy was travelling from Parachinar to Peshawar when it came under fire near the town of Kunj Alizai.")
    assert len(events_of(text, MAY_21)) == 1


def test_a_sentence_that_tells_where_the_attack_took_place_places_it():
    text = ("A soldier was killed in an ambush by remnants of the Shining Path in the VRAEM valley, the army reported "
            "on Monday. The attack took place on Sunday in the district of Vizcatan del Ene.")
    [event] = events_of(text, MAY_21)
    assert (event.location, str(event.date)) == ("district of Vizcatan del Ene", "2024-05-19")


def test_an_attack_elsewhere_the_same_day_stays_apart():
    text = "Gunmen attacked a bus in Kano on Monday. Troops attacked a camp in Maiduguri on Monday."
    assert len(events_of(text, MAY_21)) == 2


def test_tear_gas_shells_fired_to_disperse_a_crowd_are_the_police_firing():
    [event] = events_of("Police fired 23 rounds of tear gas shells to disperse the crowd.", MAY_21)
    assert (event.event_type, event.event_mode, event.actor) == ("ASSAULT", "crowd-control", "Police")


def test_cannon_shells_are_no_crowd_control():
    text = "On 8 May 2020, pro-Houthi forces fired ZU-23 cannon shells at villages in Ad Durayhimi district."
    [event] = events_of(text, MAY_21)
    assert event.event_mode != "crowd-control"


def test_an_attack_blamed_on_someone_is_an_accusation_of_them():
    text = "Gunmen killed 23 people in Kadawa village on Tuesday. Authorities blamed the attack on armed bandits."
    [accusation] = [e for e in events_of(text, MAY_21) if e.event_type == "ACCUSE"]
    assert accusation.target == "armed bandits"


@pytest.mark.parametrize(("text", "trigger"), [
    # (what a protest demands is no event at all: stop 57)
    ("The opposition demanded the fall of the regime and the release of detainees in Sweida city.", "release"),
    ("Residents demanded higher wages and the arrest of the officers in Kano.", "arrest"),
])
def test_an_act_demanded_after_another_is_yet_to_come(text, trigger):
    assert event_on(text, trigger, MAY_21).modality == "future"


def test_an_act_after_a_demand_in_a_clause_of_its_own_is_done():
    text = "Police fired tear gas and the arrest of 12 men followed in Kano."
    assert event_on(text, "arrest", MAY_21).modality == "asserted"


def test_what_an_attack_followed_is_no_target_of_it():
    text = ("RSF fighters killed at least 40 people in an attack on a village in Gezira state. The attack followed the "
            "defection of an RSF commander to the army.")
    [event] = events_of(text, MAY_21)
    assert event.target != "RSF commander"


def test_what_a_blast_damaged_is_its_target():
    [event] = events_of("The blast damaged several homes in Kano on Monday.", MAY_21)
    assert event.target == "homes"


def test_a_day_after_whom_a_speaker_told_is_the_telling_day():
    text = ('Two people were shot dead when bandits attacked Kamologon village on Saturday evening. "Two of our '
            'residents lost their lives and one reservist was injured," Mr Nkanatha told the Nation on Sunday.')
    [event] = events_of(text, datetime(2024, 3, 18, tzinfo=timezone.utc))
    assert str(event.date) == "2024-03-16"


def test_an_act_of_the_day_told_before_is_no_mention_of_an_incident_years_before():
    text = ("Clashes between two groups left 14 people injured in Birgunj on Sunday. Police fired tear gas to disperse "
            "the crowd. In October 2022, clashes during Durga Puja celebrations in the city had left nine injured.")
    police = [e for e in events_of(text, MAY_21) if e.actor == "Police"]
    assert [str(e.date) for e in police] == ["2024-05-19"]


def test_a_short_month_name_before_a_name_is_part_of_it():
    text = "On 29 April 2020, police officers fought with market vendors at the Jan Meda market grounds in Addis Ababa."
    [event] = events_of(text, MAY_21)
    assert str(event.date) == "2020-04-29"


def test_a_site_named_by_its_use_keeps_its_words():
    [event] = events_of("Militants attacked a water pumping station in North Sinai on Monday.", MAY_21)
    assert event.target == "water pumping station"


@pytest.mark.parametrize(("text", "target"), [
    ("Authorities blamed the attack on armed gangs known locally as bandits.", "armed gangs"),
    ("Governor Evelyn Salgado blamed a drug cartel known as Los Tlacos.", "drug cartel"),
])
def test_what_a_party_is_called_is_no_part_of_its_words(text, target):
    [accusation] = [e for e in events_of(text, MAY_21) if e.event_type == "ACCUSE"]
    assert accusation.target == target


def test_a_law_an_act_is_charged_under_is_no_victim():
    text = ("A man was beaten to death by a mob in Govindgarh on Sunday. Police registered a case of murder under "
            "Section 103(2) of the Bharatiya Nyaya Sanhita.")
    [event] = events_of(text, MAY_21)
    assert event.target == "man"


@pytest.mark.parametrize(("text", "country"), [
    ("Jihadists attacked the town of Barsalogho in north-central Burkina Faso on Saturday.", "BFA"),
    ("Gunmen attacked Tahoss community in Riyom Local Government Area of Plateau State on Sunday.", "NGA"),
])
def test_places_told_by_a_compound_direction_or_a_spelt_out_kind_get_their_country(text, country):
    [event] = events_of(text, MAY_21)
    assert event.location_country == country


def test_attackers_arriving_where_they_struck_are_the_attack_told_on():
    text = ("Gunmen stormed a farming village in Zamfara state on Tuesday, killing at least 23 people. The attackers "
            "arrived in Kadawa village around midday and opened fire on residents.")
    assert [t for t, _ in _types(text)] == ["ASSAULT"]


def test_troops_entering_a_village_deploy():
    assert _types("Troops entered the village of Dalo on Monday.") == [("MOBILIZE", "entered")]
