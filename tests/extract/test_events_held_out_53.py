"""Constructions of our own texts in the styles we are measured on (stop 53): regional datelines, a report's date
opening a note, a note's heading, what befalls the possessor of an event noun. Every text is our own."""
from datetime import date, datetime, timezone

import pytest

from etl.extract.datelines import find_dateline
from tests.extract.test_events_wire import event_on, events_of

MAR_5 = datetime(2024, 3, 5, tzinfo=timezone.utc)  # a Tuesday
MAY_5 = datetime(2020, 5, 5, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, place, country", [
    ("Srinagar: A policeman was shot dead by militants in Kralpora area on Saturday.", "Srinagar", "IND"),
    ("Dhaka: Police detained 12 opposition activists on Sunday.", "Dhaka", "BGD"),
    ("New Delhi — Angry locals blocked the main road on Tuesday.", "New Delhi", "IND"),
    ("Protesters gather.\n\nNew York (AFP) – Thousands marched on Saturday.", "New York", "USA"),
])
def test_a_known_place_in_title_case_before_a_colon_is_a_dateline(text, place, country):
    found = find_dateline(text, date(2024, 3, 5))
    assert (found.place.text, found.place.country) == (place, country)


@pytest.mark.parametrize("text", [
    "Arrests: On 8 May 2020, police arrested ten men in Douma.",
    "Update: Police arrested ten men in Douma on Friday.",
    "Obama: Families Of Gun Violence Victims Don't Care About Politics, Just Change.\n\nThe president met survivors.",
])
def test_a_heading_or_a_headline_is_no_dateline(text):
    assert find_dateline(text, date(2024, 3, 5)) is None


def test_a_regional_dateline_gives_an_unknown_area_its_country():
    [event] = events_of("Srinagar: A policeman was shot dead by militants in Kralpora area on Saturday.", MAR_5)
    assert (event.location, event.location_country) == ("Kralpora area", "IND")


@pytest.mark.parametrize("text, trigger, when", [
    ("As reported on 2 May 2020, 20 militants were killed by airstrikes in Qalat city, Zabul.", "killed",
     date(2020, 5, 2)),
    ("Reported on 1 May 2020: gunmen killed a trader in Reynosa (Tamaulipas).", "killed", date(2020, 5, 1)),
])
def test_the_day_of_the_report_a_note_opens_with_dates_what_it_tells(text, trigger, when):
    event = event_on(text, trigger, MAY_5)
    assert (event.date, event.date_precision, event.date_source) == (when, "day", "text")


def test_the_day_of_a_speech_still_dates_no_act_it_reports():
    event = event_on("Police said on 2 May 2020 that gunmen killed two workers.", "killed", MAY_5)
    assert event.date_source == "publication"


def test_a_notes_heading_names_the_event_the_note_tells():
    text = ("Arrests: On 8 May 2020, security forces carried out an arrest campaign in Ein Terma in Rural Damascus.")
    [event] = events_of(text, datetime(2020, 5, 10, tzinfo=timezone.utc))
    assert (event.trigger, event.mentions, event.actor) == ("arrest", 2, "security forces")
    assert (event.date, event.date_source, event.modality) == (date(2020, 5, 8), "text", "asserted")


def test_a_heading_gives_its_event_no_party():
    text = "Protest with intervention: On 2 March 2024, protesters marched in Nairobi and police dispersed them."
    event = event_on(text, "marched", MAR_5)
    assert (event.mentions, event.actor, event.target) == (2, "protesters", None)


@pytest.mark.parametrize("text, trigger, target", [
    ("His arrest sparked protests in Lahore on Monday.", "arrest", "His"),
    ("Khashoggi's murder in Istanbul shocked the world.", "murder", "Khashoggi"),
    ("Their abduction on Friday in Kaduna shocked parents.", "abduction", "Their"),
    ("The journalist’s detention drew criticism.", "detention", "journalist"),
])
def test_the_possessor_of_what_one_undergoes_is_whom_it_befell(text, trigger, target):
    event = event_on(text, trigger, MAR_5)
    assert (event.actor, event.target) == (None, target)


@pytest.mark.parametrize("text, trigger, actor", [
    ("The army's killing of 12 civilians in Bamako drew condemnation.", "killing", "army"),
    ("Russia's invasion of Ukraine began in 2022.", "invasion", "Russia"),
])
def test_the_possessor_of_an_act_on_someone_named_after_it_did_it(text, trigger, actor):
    assert event_on(text, trigger, MAR_5).actor == actor


def test_a_person_named_in_the_possessive_is_no_town():
    event = event_on("He recalled President John F. Kennedy’s assassination.", "assassination", MAR_5)
    assert (event.target, event.location) == ("Kennedy", None)


@pytest.mark.parametrize("text, trigger, location", [
    ("16/03/1978: The Red Brigades abducted Aldo Moro in Rome, Italy. Moro was killed on May 9, 1978.", "killed",
     "ITA"),
    ("16/03/1978: Russian forces shelled Kharkiv overnight.", "shelled", "UKR"),
])
def test_a_town_is_a_target_only_of_what_can_befall_a_town(text, trigger, location):
    # ("Moro" is a town of Pakistan's Sindh too)
    assert event_on(text, trigger, datetime(1978, 5, 20, tzinfo=timezone.utc)).location_country == location


@pytest.mark.parametrize("text", [
    "The killing of civilians in Bamako drew condemnation.",
    "The bombing of the market in Bamako drew criticism.",
])
def test_an_irregular_past_after_a_place_is_its_verb(text):
    [assault] = [e for e in events_of(text, MAR_5) if e.event_type == "ASSAULT"]
    assert assault.location.endswith("Bamako") and assault.location_country == "MLI"


@pytest.mark.parametrize("text, dated, other", [
    ("The killing of civilians in Bamako on Monday sparked protests.", "killing", "protests"),
    ("The bombing on Sunday prompted a crackdown.", "bombing", "crackdown"),
])
def test_a_date_that_closes_the_subject_dates_its_event_not_the_object(text, dated, other):
    assert event_on(text, dated, MAR_5).date_source == "text"
    assert event_on(text, other, MAR_5).date_source == "context"


def test_a_light_verb_after_the_date_still_dates_its_noun():
    event = event_on("Protesters on Monday staged a sit-in outside parliament in Nairobi.", "sit-in", MAR_5)
    assert (event.date, event.date_source) == (date(2024, 3, 4), "text")


def test_two_names_of_one_thing_joined_by_a_slash_are_one_party():
    text = "On 9 May 2020, journalists protested in Lahore against the arrest of the Jang/Geo Group editor."
    event = event_on(text, "arrest", MAY_5)
    # (the arrest protested against took place where the note does not say: not at the protest)
    assert (event.target, event.location) == ("Jang/Geo Group editor", None)


def test_the_next_day_of_a_story_is_no_day_to_come():
    text = "Soldiers clashed with gunmen in Tepuche on Monday. The next day, residents blocked the highway."
    event = event_on(text, "blocked", MAR_5)
    assert (event.date, event.modality) == (date(2024, 3, 5), "asserted")


@pytest.mark.parametrize("text, trigger, actor", [
    ("Gang members killed 70 people in Liancourt on Thursday. On Saturday, Haitian police and Kenyan officers "
     "launched an operation in the area, killing several gang members.", "killing",
     "Haitian police and Kenyan officers"),
    ("Rebels killed 38 civilians in Beni on Friday. On Sunday, hundreds of young people took to the streets of Beni, "
     "erecting barricades and burning tires.", "took to the streets", "young people"),  # (the tires burned are no
    # target, so the protest's own verb names the row)
])
def test_a_day_that_opens_the_sentence_is_no_subject(text, trigger, actor):
    assert event_on(text, trigger, MAR_5).actor == actor


def test_a_days_possessive_is_no_actor():
    text = ("A suicide bomber killed seven police officers in Bannu on Monday. Following Monday's bombing, security "
            "forces detained 17 suspects.")
    assert event_on(text, "killed", MAR_5).actor == "suicide bomber"


def test_the_result_a_participle_tells_is_of_the_act_before_it_that_day():
    text = ("On Friday, the U.S. Africa Command said it had carried out an airstrike near the town of Jilib on "
            "Wednesday, killing three al-Shabab fighters.")
    [event] = events_of(text, MAR_5)
    assert (event.date, event.mentions, event.target) == (date(2024, 2, 28), 2, "al-Shabab fighters")


@pytest.mark.parametrize("text, actor", [
    ("Four people were killed on Sunday after suspected al-Shabaab militants attacked a village in Lamu County, "
     "police said.", "suspected al-Shabaab militants"),
    ("A former rebel was killed after he was ambushed by suspected NPA members on Friday, police said.",
     "suspected NPA members"),
])
def test_a_toll_and_the_attack_after_which_it_came_are_one_event(text, actor):
    [event] = events_of(text, MAR_5)
    assert (event.actor, event.mentions) == (actor, 2)


def test_a_toll_and_an_attack_a_day_after_it_stay_two():
    text = "Five people were killed in Kano on Monday. A day after the attack, gunmen raided a village in Zamfara."
    assert len(events_of(text, MAR_5)) == 2


def test_live_ammunition_is_what_was_fired_not_at_whom():
    event = event_on("On 18 July 2024, police fired live ammunition at protesters in Rampura (Dhaka).", "fired live",
                     datetime(2024, 7, 20, tzinfo=timezone.utc))
    assert event.target == "protesters"


def test_a_countrys_possessive_inside_a_place_phrase_gives_its_country():
    text = "Congolese troops clashed with ADF rebels near Mamove, in eastern Congo's Beni territory, on Saturday."
    assert event_on(text, "clashed", MAR_5).location_country == "COD"


def test_a_strike_told_again_two_sentences_on_in_a_town_of_the_part_of_the_country_told_first():
    text = ("An Israeli drone strike on a car in southern Lebanon on Wednesday killed a senior Hezbollah commander, "
            "security sources said. Hezbollah identified the commander as Ali Barakat. The strike hit his vehicle in "
            "the coastal town of Hosh, near Tyre.")
    [event] = events_of(text, MAR_5)
    assert (event.mentions, event.location_country) == (4, "LBN")


@pytest.mark.parametrize("text, trigger, place", [
    ("A man armed with a knife attacked travellers at Lyon's Part-Dieu railway station on Saturday, killing one "
     "person. Police detained two men in a suburb on Sunday. The attack is the latest in a series of knife assaults "
     "in France.", "attacked", "Lyon's Part-Dieu railway station"),
    ("A gunman opened fire in a grocery store in Tulsa on Sunday, killing four people. Police searched his home late "
     "Sunday night. The rampage is the deadliest in Tulsa since June 2022.", "opened fire", "a grocery store in Tulsa"),
    ("Terrorists ambushed an Army vehicle in Kathua district on Monday, killing five soldiers. It was the fifth "
     "terror attack in the Jammu region in a month.", "ambushed", "Kathua district"),
])
def test_an_event_ranked_among_others_is_the_one_told_before(text, trigger, place):
    [event] = [e for e in events_of(text, MAR_5) if e.event_type == "ASSAULT"]
    assert (event.trigger, event.location, event.date_source) == (trigger, place, "text")
    assert event.mentions >= 3


def test_a_ranked_event_with_none_told_before_keeps_its_own_day():
    text = ("On 28 April 2020, drivers demanded fuel in Carora. Drivers have not worked for weeks. This was the second "
            "day of protests.")
    event = event_on(text, "protests", MAY_5)
    assert event.date == date(2020, 4, 28)


def test_hours_after_an_attack_another_is_a_new_event():
    text = ("A truck bomb killed two soldiers at a military base in Saravena, Colombia, on Tuesday. Hours after the "
            "blast, ELN fighters attacked a police station in the town of Fortul.")
    found = {e.trigger: e for e in events_of(text, MAR_5)}
    assert found["attacked"].location == "town of Fortul" and found["attacked"].mentions == 1


def test_shortly_after_a_blast_its_gunmen_are_the_same_attack():
    text = "A bomb exploded at a market in Kabul on Monday. Shortly after the blast, gunmen opened fire on survivors."
    assert len(events_of(text, MAR_5)) == 1


@pytest.mark.parametrize("text", [
    "A gunman killed two people at a bar in Portland, Ore., on Sunday.",
    "A gunman killed two people at a bar in Dayton, Ohio, on Sunday.",
])
def test_a_state_abbreviated_after_its_town_parts_no_date_from_its_verb(text):
    event = event_on(text, "killed", MAR_5)
    assert (event.date, event.date_source, event.location_country) == (date(2024, 3, 3), "text", "USA")


@pytest.mark.parametrize("text, trigger, target", [
    ("The hoodlums stormed the community around 5pm on Sunday and shot sporadically.", "stormed", "community"),
    ("The explosives detonated at around 6 a.m. as soldiers slept.", "detonated", None),
    ("Gunmen attacked the village at 3 a.m. on Monday.", "attacked", "village"),
])
def test_a_time_of_day_is_no_part_of_a_target(text, trigger, target):
    assert event_on(text, trigger, MAR_5).target == target


def test_a_remote_control_is_how_a_bomb_went_off_not_who_set_it_off():
    text = ("Six people were killed in a bomb blast targeting a police van in Quetta on Wednesday. The device was "
            "detonated by remote control as the van passed by.")
    [event] = events_of(text, MAR_5)
    assert event.actor is None


@pytest.mark.parametrize("text, target, when", [
    ("Naxalites killed a villager in Bijapur district on Monday night, police said. His body was found near "
     "Pedakorma village on Tuesday morning.", "villager", date(2024, 3, 4)),
    ("On 30 August 2023, gang members abducted two bus drivers in Chamelecon (Cortes). The bodies of both drivers "
     "were found the following day.", "bus drivers", date(2023, 8, 30)),
])
def test_the_body_found_of_someone_killed_or_abducted_is_that_event(text, target, when):
    [event] = events_of(text, datetime(2023, 9, 2, tzinfo=timezone.utc) if when.year == 2023 else MAR_5)
    assert (event.target, event.date, event.mentions) == (target, when, 2)


def test_a_body_found_of_no_one_told_is_no_event_told_before():
    assert len(events_of("Gunmen abducted a trader in Kano on Monday. A body was found in a river on Friday.",
                         MAR_5)) == 2


def test_a_toll_after_a_long_clause_of_its_cause_is_one_event():
    text = ("In Mandera, a police officer was injured on Saturday after the vehicle he was travelling in ran over an "
            "improvised explosive device, police said.")
    [event] = events_of(text, MAR_5)
    assert (event.event_mode, event.mentions) == ("explosives", 2)


@pytest.mark.parametrize("text, trigger, when, precision", [
    ("Around 6 May 2020 (week of), women staged a protest in Mahasamund district (Chhattisgarh).", "protest",
     date(2020, 5, 4), "week"),
    ("On 28 April 2020 (month of), gunmen killed a trader in Reynosa (Tamaulipas).", "killed", date(2020, 4, 1),
     "month"),
    ("During the week of 15 August 2022, soldiers raided villages in Ituri.", "raided", date(2022, 8, 15), "week"),
    ("On 28 April 2020, gunmen killed a trader in Reynosa.", "killed", date(2020, 4, 28), "day"),
])
def test_a_day_named_for_its_week_or_month_dates_that_period(text, trigger, when, precision):
    event = event_on(text, trigger, datetime(2022, 9, 1, tzinfo=timezone.utc))
    assert (event.date, event.date_precision, event.date_source) == (when, precision, "text")


@pytest.mark.parametrize("text, country", [
    ("On 20 April 2023, soldiers killed 60 civilians in Karma (Ouahigouya, Nord).", "BFA"),
    ("On 20 April 2023, soldiers killed 60 civilians in Rurrenabaque, Beni.", "BOL"),
])
def test_a_small_town_of_one_countrys_name_lies_where_its_context_city_is(text, country):
    event = event_on(text, "killed", datetime(2023, 4, 25, tzinfo=timezone.utc))
    assert event.location_country == country


def test_a_force_named_with_its_years_is_the_subject_of_a_light_verb():
    text = ("On 11 January 2024, Military Forces of Myanmar (2021-) conducted airstrikes on Kanan village (Tamu, "
            "Sagaing), killing 17 civilians.")
    [event] = events_of(text, datetime(2024, 1, 14, tzinfo=timezone.utc))
    assert (event.actor, event.actor_country) == ("Military Forces of Myanmar", "MMR")


@pytest.mark.parametrize("text, actor", [
    ("In January, a drone strike on the Tower 22 outpost in Jordan killed three American soldiers, prompting a wave "
     "of U.S. retaliatory strikes on targets in Iraq and Syria.", "U.S."),
    ("Saudi rocket and artillery shelling hit Shada district on Monday.", "Saudi"),
    ("Russian heavy missile attacks hit Kharkiv on Monday.", "Russian"),
])
def test_the_name_before_an_event_noun_is_its_actor_without_the_adjectives_after_it(text, actor):
    assert actor in {e.actor for e in events_of(text, MAR_5)}


def test_a_day_the_story_moves_to_parts_an_act_from_another_days():
    text = ("On Saturday, police launched an operation in the area, killing several gang members. On Friday, people "
            "protested in Port-au-Prince. Police fired tear gas to disperse the crowd.")
    found = [e for e in events_of(text, MAR_5) if e.event_type == "ASSAULT"]
    assert len(found) == 2


def test_a_named_place_outranks_one_without_a_name():
    text = ("A suicide bomber attacked a police station in northwestern Pakistan on Monday, killing seven officers. "
            "The attack in the Bannu district was followed by a gun battle. Following Monday's bombing, security "
            "forces detained 17 suspects in the surrounding villages.")
    assert event_on(text, "attacked", MAR_5).location == "Bannu district"


def test_so_far_is_no_one_who_claimed_an_attack():
    text = ("A bomb exploded at a market in Quetta on Monday, killing six people. No group has so far claimed "
            "responsibility for the attack.")
    [event] = events_of(text, MAR_5)
    assert event.actor is None


def test_a_group_name_whose_parts_a_dash_sets_apart_is_one_name():
    text = ("Assailants attacked the town of Palma, Cabo Delgado province, Mozambique. Islamic State - Central Africa "
            "Province claimed responsibility for the incident.")
    [event] = events_of(text, MAR_5)
    assert event.actor == "Islamic State - Central Africa Province"


@pytest.mark.parametrize("text, trigger", [
    ("More than 40 schools across Northern Ireland were evacuated on Thursday after receiving hoax bomb threats by "
     "email, police have said.", "bomb threats"),
    ("The mayor has received death threats since the vote.", "death threats"),
])
def test_a_threat_of_a_bomb_or_of_death_is_a_threat(text, trigger):
    event = event_on(text, trigger, MAR_5)
    assert (event.event_type, event.actor) == ("THREATEN", None)


@pytest.mark.parametrize("text, trigger", [
    ("A protest vigil was planned for Sunday evening at a church a few blocks from the store.", "vigil"),
    ("Another rally is scheduled for Tuesday evening outside City Hall.", "rally"),
])
def test_an_event_a_plan_is_told_of_after_it_is_to_come(text, trigger):
    assert event_on(text, trigger, MAR_5).modality == "future"


@pytest.mark.parametrize("text, trigger, country, admin1", [
    ("FRESNO, Calif. (AP) — A gunman opened fire inside a grocery store in central California on Saturday.",
     "opened fire", "USA", "California"),
    ("A man threw a burning bottle at the door of a synagogue in the Neudorf neighborhood of Strasbourg early on "
     "Saturday.", "threw", "FRA", None),
])
def test_a_state_or_a_city_outranks_a_small_town_known_by_its_name(text, trigger, country, admin1):
    event = event_on(text, trigger, MAR_5)
    assert event.location_country == country and (admin1 is None or event.location_admin1 == admin1)


def test_the_commas_of_a_date_do_not_part_a_verb_from_its_subject():
    text = ("Prosecutors said Pruitt walked into Grace Fellowship Church on Sept. 10, 2023, and fired more than 30 "
            "rounds from a rifle.")
    assert event_on(text, "fired", datetime(2023, 9, 15, tzinfo=timezone.utc)).actor == "Pruitt"


@pytest.mark.parametrize("text, trigger, actor", [
    ("Fighting flared again near Goma — M23 rebels ambushed an army convoy on Monday.", "ambushed", "M23 rebels"),
    ("Strikes have continued since October — Israeli jets struck Rafah on Monday.", "struck", "Israeli jets"),
])
def test_a_dash_after_a_place_or_a_month_joins_no_name(text, trigger, actor):
    assert event_on(text, trigger, MAR_5).actor == actor


@pytest.mark.parametrize("text, place, country", [
    ("CULIACÁN, Sinaloa — Mexican authorities arrested 12 suspected members of the Sinaloa cartel on Monday.",
     "CULIACÁN, Sinaloa", "MEX"),
    ("CAMP SIONGCO, Maguindanao del Norte — Three soldiers were killed on Monday.",
     "CAMP SIONGCO, Maguindanao del Norte", "PHL"),
])
def test_a_dateline_with_accented_capitals_or_a_regions_particle(text, place, country):
    found = find_dateline(text, date(2024, 3, 5))
    assert (found.place.text, found.place.country) == (place, country)


def test_the_bodies_of_people_not_told_before_are_another_event():
    text = ("On 30 August 2023, gang members killed a trader in Chamelecon (Cortes). On 2 September 2023, the bodies "
            "of two men were found in La Ceiba (Atlantida).")
    assert len(events_of(text, datetime(2023, 9, 4, tzinfo=timezone.utc))) == 2


def test_a_day_an_opening_phrase_moves_the_story_to_parts_the_acts_after_it():
    text = ("On Saturday, police launched an operation in the area, killing several gang members. In the capital on "
            "Friday, people protested in Port-au-Prince. Police fired tear gas to disperse the crowd.")
    assert len([e for e in events_of(text, MAR_5) if e.event_type == "ASSAULT"]) == 2


@pytest.mark.parametrize("text, country", [
    ("On 19 September 2023, Azerbaijani forces shelled Stepanakert (Nagorno-Karabakh).", "AZE"),
    ("Turkish drones struck a vehicle near Said Sadiq district, Sulaimani, on Tuesday.", "IRQ"),
])
def test_regions_as_reports_name_them_give_their_country(text, country):
    [event] = [e for e in events_of(text, datetime(2023, 9, 22, tzinfo=timezone.utc)) if e.event_type == "ASSAULT"]
    assert event.location_country == country


@pytest.mark.parametrize("text", [
    "A man has been arrested on suspicion of murder after a car was driven into pedestrians in Leicester city centre, "
    "killing a woman.",
    "Three girls were killed at a dance class in Southport on 29 July. The 17-year-old charged with the murders was "
    "born in Cardiff.",
])
def test_an_act_a_charge_names_is_the_event_told_with_it(text):
    found = [e for e in events_of(text, datetime(2024, 11, 18, tzinfo=timezone.utc)) if e.event_type == "ASSAULT"]
    assert len(found) == 1 and found[0].location != "Cardiff"
