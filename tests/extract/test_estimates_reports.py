"""Casualty counts as wire reports and incident summaries tell them: ages beside the victims, tolls that grow, the
wounded who later died, lists of the dead. Names and places are invented."""
from dataclasses import replace
from datetime import date

import pytest

from etl.records import Event
from tests.extract.test_estimates import event, run
from tests.extract.test_estimates_implicit import _counts
from tests.extract.test_estimates_incidents import _totals


# --- ages are no counts ---

def test_ages_after_aged_are_no_count_and_the_verb_is_the_counts():
    assert _counts("Two children aged 7 and 9 were killed by a stray shell in Dorvan.") == [
        ("Two", 2, "exact", "killed")]
    assert _counts("Three men aged between 20 and 30 were shot dead.") == [("Three", 3, "exact", "killed")]
    assert _totals("The victims, aged 19 to 24, were shot dead at a checkpoint.") == (0, 0)


def test_an_age_set_off_after_a_noun_of_a_person_is_no_count():
    assert _counts("The man, 34, and his wife, 29, were killed when their car hit a landmine.") == [
        ("The man", 1, "exact", "killed"), ("his wife", 1, "exact", "killed")]
    assert _totals("A policeman, 41, was shot dead in Kemo.") == (1, 0)


def test_a_person_joined_after_an_age_is_counted_too():
    assert _totals("Gunmen shot dead a farmer (56) and his son (22) in Kadji.") == (2, 0)
    assert _totals("Gunmen killed a farmer, 56, and his son, 22, in Kadji.") == (2, 0)


# --- the wounded who later died ---

def test_one_of_the_wounded_who_died_is_one_more_dead():
    assert _totals("One person was killed and three others were wounded in the shooting. One of the wounded later "
                   "died in hospital.") == (2, 3)
    assert _totals("Two soldiers were killed and five injured. Two of the injured died later.") == (4, 5)


def test_a_part_of_whom_takes_its_verb_alone():
    assert _counts("Gunmen abducted 3 hostages, two of whom were killed.") == [
        ("3", 3, "exact", "captured"), ("two", 2, "exact", "killed")]
    assert _totals("Gunmen shot 5 people, two of whom died.") == (2, 0)


def test_one_of_the_dead_is_still_one_of_those_told():
    assert _totals("Three people were killed. One of the dead was a child.") == (3, 0)
    assert _totals("Three people were killed. One of the men who died was a teacher.") == (3, 0)


def test_one_of_the_victims_is_no_part_of_the_attackers_told_dead():
    assert _totals("An assailant stabbed three people in Ramot. The assailant was shot dead by police. One of the "
                   "victims died and two were injured.") == (2, 2)
    assert _totals("Assailants attacked a post in Gao. Two assailants were killed. One of the assailants was a "
                   "teenager.") == (2, 0)
    assert _totals("Assailants attacked a post in Gao. The bomber was killed. One of the dead was a police "
                   "officer.") == (1, 0)


def test_the_counts_listed_after_a_part_of_the_dead_are_parts_too():
    assert _totals("A bomb killed 11 people in Dalo. Among the dead were four women and three children.") == (11, 0)
    assert _totals("Gunmen killed 12 villagers in Kemo. Among the dead were five women, three children and an "
                   "imam.") == (12, 0)


def test_the_counts_listed_after_an_inserted_part_take_no_verb_after_the_list():
    assert _totals("Gunmen stormed a college in Dalo. 148 people were killed, including 142 students, three soldiers "
                   "and three police officers, and 79 were injured.") == (148, 79)
    assert _totals("Militants attacked a checkpoint, leaving 4 people dead among them 1 police officer and 3 civilians "
                   "and 9 others injured.") == (4, 9)


def test_a_list_of_the_dead_with_no_count_before_it_is_counted():
    assert _totals("Among the dead were four women and three children.") == (7, 0)


# --- a toll that grows holds the figures told before it ---

def test_a_toll_above_the_figures_told_before_replaces_them():
    assert _totals("Gunmen attacked a checkpoint in Kunar, killing eight soldiers. The death toll later rose to 12.") \
        == (12, 0)
    assert _totals("At least seven people were killed on Monday. Later, the toll rose to 11.") == (11, 0)
    assert _totals("Five people were wounded in the blast. The injury toll later rose to 9.") == (0, 9)


def test_a_toll_that_adds_up_the_figures_or_is_below_them_replaces_nothing():
    assert _totals("Eight soldiers were killed on Monday. Four more died in hospital, bringing the death toll to "
                   "12.") == (12, 0)
    assert _totals("The death toll rose to 12 on Tuesday. On Wednesday, three more bodies were found.") == (15, 0)


def test_more_dead_told_after_a_toll_that_grew_in_their_sentence_are_in_it():
    assert _totals("The death toll rose to 15 after two more victims succumbed to their injuries.") == (15, 0)
    assert _totals("Eight soldiers were killed on Monday. The death toll rose to 15 on Tuesday after seven more "
                   "bodies were found.") == (15, 0)
    assert _totals("The death toll rose to 15 on Monday. Two more people died on Tuesday.") == (17, 0)


def test_a_toll_that_replaces_figures_is_of_their_event():
    text = "Gunmen attacked a checkpoint in Kunar, killing eight soldiers. The death toll later rose to 12."
    attack = event(text, "attacked")
    found = run(text, events=[attack])
    assert [(e.value, e.category, e.event_id) for e in found] == [(8, "other", None), (12, "killed", attack.event_id)]


def test_their_bodies_after_a_count_of_the_abducted_are_as_many_dead():
    assert _totals("Assailants abducted three civilians in Kidal. Their bodies were found the next day.") == (3, 0)
    assert _totals("Assailants killed two guards in Kidal. Their bodies were found the next day.") == (2, 0)


# --- more of the dead told beside a count ---

def test_in_addition_to_adds_the_ones_it_names():
    assert _totals("Assailants stormed a hotel. At least 15 people, in addition to the five assailants, were killed in "
                   "the attack.") == (20, 0)
    assert _totals("Assailants attacked a village. Seven people were killed in addition to the assailant.") == (8, 0)
    assert _totals("Assailants attacked a village. Seven people were killed, in addition to the two assailants.") == (
        9, 0)


def test_in_addition_to_after_the_verb_is_not_joined_to_the_next_clause():
    assert _totals("A suicide bomber detonated a vest at a mosque in Varo. At least 22 people were killed, in addition "
                   "to the bomber, and 40 others were injured.") == (23, 40)
    assert _totals("Two suicide bombers struck a market in Keta. Five people died, in addition to the two bombers, "
                   "and 12 people were hurt.") == (7, 12)


def test_a_count_joined_to_people_of_no_number_takes_their_verb():
    assert _totals("Twelve soldiers and an unknown number of assailants were killed.") == (12, 0)
    assert _totals("Twelve soldiers and several militants were wounded.") == (0, 12)


def test_the_wounded_who_died_in_the_sentence_of_the_toll_are_in_it():
    assert _totals("The number of people killed in the bombing rose to 29 on Monday after three of the wounded died "
                   "in hospital.") == (29, 0)


def test_a_toll_that_replaces_a_count_counts_what_it_counted():
    found = run("A car bomb exploded outside a hotel, killing at least 17 people and wounding 28 others. Hours later, "
                "a hospital official said the death toll had risen to 22.")
    assert [(e.value, e.category, e.quantity) for e in found] == [
        (17, "other", "people"), (28, "wounded", "others"), (22, "killed", "people")]


# --- the attacker killed after the victims ---

def test_he_after_an_attacker_is_the_attacker_not_a_victim_told_again():
    assert _totals("Police said a gunman opened fire at a nightclub early Sunday, killing two people and wounding "
                   "seven before he was shot dead by officers.") == (3, 7)
    assert _totals("The attacker stabbed three people to death before he was killed by police.") == (4, 0)


def test_he_after_a_victim_is_that_victim():
    assert _totals("A gunman shot a police officer in Kemo, and he died in hospital.") == (1, 0)


# --- counts whose verb lies elsewhere ---

def test_a_bare_count_with_more_after_and_leaves_out_the_verb_before_it():
    assert _totals("A soldier was killed on Monday and two more on Tuesday.") == (3, 0)
    assert _totals("Three people were killed in Kabo and two more in Tadur.") == (5, 0)


def test_a_family_of_five_is_five():
    assert _totals("A roadside bomb killed a family of five in Helmand.") == (5, 0)
    assert _totals("Gunmen killed a group of 20 civilians near Kemo.") == (20, 0)
    assert _totals("A family of four was killed when a shell hit their home.") == (4, 0)


def test_more_nouns_of_one_person_count_one_when_definite():
    assert _totals("Gunmen opened fire on a wedding party, killing the groom and 11 guests.") == (12, 0)
    assert _totals("Militants abducted a villager they accused of spying. The informer was later found dead.") == (1, 0)
    assert _totals("A shell hit the market. The pedestrian was wounded.") == (0, 1)


# --- a part of a whole told with both numbers ---

def test_a_part_of_a_whole_takes_the_verb_and_the_whole_does_not():
    assert _totals("Three of the five soldiers in the patrol were killed.") == (3, 0)
    assert _totals("Two of the 12 hostages were killed.") == (2, 0)
    assert _totals("Militants killed 12 of the 30 passengers.") == (12, 0)


def test_a_whole_with_a_participle_of_its_own_keeps_it():
    assert _counts("Two of the 12 initially killed were police officers.") == [
        ("Two", 2, "exact", "other"), ("12", 12, "exact", "killed")]


# --- the attacker who killed himself ---

def test_killing_himself_after_an_act_is_one_dead():
    assert _totals("A suicide bomber detonated an explosives-laden belt at a checkpoint, killing himself.") == (1, 0)
    assert _totals("A man shot his wife before killing himself.") == (1, 0)
    assert _totals("A female suicide bomber detonated her vest at a market, killing herself and wounding 4 "
                   "people.") == (1, 4)


def test_turning_the_gun_on_himself_after_an_act_is_one_dead():
    assert _totals("An assailant opened fire at a school in Daleville, killing three students before turning the gun "
                   "on himself.") == (4, 0)
    assert _totals("A gunman shot two guards at a bank in Orvo and then turned his weapon on himself.") == (1, 2)
    assert _totals("The gun on himself was a rumour spread in Orvo.") == (0, 0)


def test_the_doers_death_told_after_an_act_is_one_dead():
    assert _totals("A gunman shot 12 people at a mall in Orvo before committing suicide.") == (1, 12)
    assert _totals("A man shot his wife and then killed himself.") == (1, 0)
    assert _totals("The attacker killed 5 soldiers at the checkpoint before blowing himself up.") == (6, 0)
    assert _totals("A suicide bomber attacked a checkpoint in Gao, killing 4 soldiers, then blew himself up.") == (5, 0)
    assert _totals("The gunman killed three people before shooting himself.") == (4, 0)
    assert _totals("A soldier shot dead three colleagues at a base in Toro and later committed suicide.") == (4, 0)
    assert _totals("The gunman then killed himself.") == (1, 0)  # the subject, counted once


def test_a_suicide_told_alone_is_one_dead():
    assert _counts("A farmer committed suicide in Kemo on Monday.") == [("A farmer", 1, "exact", "killed")]
    assert _totals("Police said the man later took his own life.") == (1, 0)


def test_killing_himself_is_not_counted_twice():
    assert _totals("A bomber blew himself up near a mosque, killing himself.") == (1, 0)
    assert _totals("A suicide bomber blew himself up at a checkpoint, killing himself and two guards.") == (3, 0)
    assert _totals("The plight of a farmer killing himself drew attention.") == (0, 0)


def test_the_doers_death_told_twice_is_one_dead():
    assert _totals("The gunman killed three students before killing himself. The gunman killed himself with a "
                   "shotgun.") == (4, 0)
    assert _counts("The gunman killed three students before killing himself. Police said the gunman killed himself "
                   "with a shotgun.") == [("three", 3, "exact", "killed"), ("himself", 1, "exact", "killed")]
    # "him" of "himself" at the end of the words read around a cue is no pronoun
    assert _totals("A man shot his wife before killing himself. The man killed himself at home.") == (1, 0)


# --- a figure told first beside a newer one ---

def test_a_figure_told_first_beside_a_newer_one_is_no_count_of_the_dead():
    assert _totals("Officials initially said 9 people had been killed, but later revised the toll to 14.") == (14, 0)
    assert _totals("The death toll from the attack has risen to 31, the health ministry said. On Friday, officials "
                   "had said 27 people were killed.") == (31, 0)
    assert _totals("Initial reports said 4 people were killed. Police later said 6 people died.") == (6, 0)


def test_a_figure_initially_or_originally_told_whatever_its_verb_is_no_count_of_the_dead():
    assert _totals("The death toll from Sunday's bombing in Dalo has climbed to 27, officials said. The bombing had "
                   "initially killed 20.") == (27, 0)
    assert _totals("At least 31 people were killed in the floods. Twenty people were originally reported dead.") \
        == (31, 0)
    assert _totals("The bombing had initially killed 20 people.") == (20, 0)


def test_a_figure_told_first_stays_beside_an_addition_or_alone():
    assert _totals("The ministry had reported 5 deaths by Monday. On Tuesday, 3 more people died.") == (8, 0)
    assert _totals("Officials initially said 9 people had been killed.") == (9, 0)
    # a resident's own count beside the officials' is a claim of its own, not one told first: kept, as another
    # source's figure of the same dead (aside, as `other`, from the sum of them)
    assert [cat for _, _, _, cat in _counts("Gunmen killed at least 12 people. One resident said he had counted 15 "
                                            "bodies.")] == ["killed", "other"]


def test_a_toll_revised_down_is_the_toll():
    assert _totals("The toll was revised down to 6 from 9.") == (6, 0)


# --- a headline's count the story tells with another figure ---

def test_a_headline_count_of_a_kind_the_story_counts_is_told_again():
    assert _totals("Car bomb kills 21 in Baghdad\n\nBAGHDAD - A car bomb exploded in a market in Baghdad on Sunday, "
                   "killing at least 23 people and wounding 40, police said.") == (23, 40)
    assert _totals("7 killed in Dagestan attack\n\nGunmen attacked a police post on Sunday. Five policemen and two "
                   "attackers were killed.") == (7, 0)


def test_a_headline_count_of_a_kind_the_story_does_not_count_is_kept():
    assert _totals("Bomb kills 9 in Kemo market\n\nA bomb exploded in a market in Kemo on Sunday, wounding 20 "
                   "people, police said.") == (9, 20)


# --- a list of the dead ---

def test_the_dead_included_a_list_with_no_count_before_it_counts_it():
    assert _totals("An explosive device detonated in a market in Kano. The dead included four police officers and a "
                   "journalist.") == (5, 0)
    assert _totals("Eight people were killed. The dead included three children.") == (8, 0)


def test_a_count_joined_to_the_killing_of_a_count_shares_it():
    assert _totals("Clashes resulted in the killing of 1 member of the Kemo Police and 1 member of the Dalo Militia and the "
                   "injuring of 5 other fighters. Total fatalities 2.") == (2, 5)


# --- animals are no casualties ---

def test_animals_killed_are_no_casualties():
    assert _totals("Militants attacked Kemo village. No fatalities reported. They burned 20 huts and killed 15 "
                   "livestock.") == (0, 0)
    assert _totals("Gunmen killed 30 cows and 2 herders in Benue.") == (2, 0)
    assert _counts("The airstrike killed 12 camels.") == [("12", 12, "exact", "other")]
    assert _totals("A mob lynched 2 suspected cattle thieves in Kisii.") == (2, 0)  # people named by the animals


# --- "including" with no commas ---

def test_the_verb_after_a_part_told_with_no_commas_is_the_wholes():
    assert _totals("Five people including two assailants were killed.") == (5, 0)
    assert _totals("On 4 May, 15 militants including a commander were killed and 5 were wounded.") == (15, 5)
    assert _totals("Two militants and five security personnel including one policeman and four army personnel were "
                   "killed.") == (7, 0)


def test_people_of_another_kind_after_the_part_are_no_part():
    assert _totals("At least 21 militants including 2 commanders and 4 Afghan soldiers were killed, and 7 militants "
                   "were injured.") == (25, 7)


def test_kidnapped_and_killed_are_dead():
    assert _totals("On 27 April, 3 civilians were kidnapped and killed by militants in Maymana.") == (3, 0)
    assert _totals("Two men were abducted and later killed.") == (2, 0)
    assert _counts("Five people were arrested and released.") == [("Five", 5, "exact", "arrested")]


# --- fragments and the wounded who died, told "of whom" ---

def test_a_head_that_says_what_happened_keeps_it_beside_another_verb():
    assert _totals("A bomb hit a patrol near Kemo. 3 dead, 5 hurt.") == (3, 5)


def test_of_whom_after_a_count_of_the_wounded_moves_them_to_the_dead():
    assert _totals("Gunmen killed two people and wounded 5, two of whom later died.") == (4, 5)
    assert _totals("Gunmen killed two people and wounded 5. Two of them were children.") == (2, 5)
    assert _totals("Six people were killed, two of whom were police officers.") == (6, 0)


def test_a_thing_that_kills_past_a_phrase_of_where_is_no_victim_of_the_verb_before():
    assert _totals("A bomb in Kemo killed 5 people, while a second blast in Dalo killed 3.") == (8, 0)


# --- ways of killing, bodies ---

def test_burned_alive_is_killed():
    assert _totals("On 3 May, a mob burned alive 2 suspected witches in Kilifi.") == (2, 0)
    assert _totals("Two suspected thieves were burnt alive by a mob.") == (2, 0)


def test_the_corpse_of_a_person_found_is_one_dead():
    assert _totals("On 3 May, the corpse of a young man with signs of torture was found in Uruapan.") == (1, 0)


def test_one_and_the_other_after_a_count_are_those_told():
    assert _totals("A mob killed two civilians in Goma after they were caught robbing a house. One was burnt alive "
                   "and the other was stoned to death.") == (2, 0)


def test_a_force_that_lost_people_lost_them_dead():
    assert _totals("The division lost 2 soldiers in the ambush on Highway 1.") == (2, 0)
    assert _totals("The party lost 20 seats and 5 members in the election.") == (0, 0)
    assert _totals("The company lost 500 workers to layoffs.") == (0, 0)


def test_a_toll_from_another_source_or_of_another_event_replaces_nothing():
    # another source's figure of the toll is kept aside from the dead, but of their subject, where the two disagree
    found = run("Officials said 14 people died, while hospital sources put the toll at 17.")
    assert [(e.surface, e.category) for e in found] == [("14", "killed"), ("17", "other")]
    assert found[0].subject_key == found[1].subject_key
    assert _totals("Three civilians were killed in Kunar on Monday. Separately, the death toll from last week's "
                   "earthquake rose to 1,200.") == (1203, 0)


def test_initially_before_another_counts_verb_leaves_a_count_told_after_it():
    found = run("Gunmen killed 13 people and wounded 71. Two of the 12 initially killed and 11 of the injured were "
                "police officers.")
    # a part of the wounded, told again: not "told first"
    assert [(e.surface, e.aside) for e in found if e.surface == "11"] == [("11", "part")]


# --- counts of past incidents told as background ---

_LEAD = "A car bomb killed 20 people at a market in Dalo on Saturday. "


def _at_every_mention(text: str, ev: Event) -> list[Event]:
    """An event at each of its triggers in the text, as the events stage gives the estimates one event told twice."""
    found, k = [], text.find(ev.trigger)
    while k >= 0:
        found.append(replace(ev, trigger_start=k, trigger_end=k + len(ev.trigger)))
        k = text.find(ev.trigger, k + 1)
    return found


@pytest.mark.parametrize("background, figure", [
    ("Last year, an attack on the same market killed 50 people.", "50"),
    ("In 2019, a similar attack killed 30.", "30"),
    ("Some 50 people were killed in a similar attack on the market last year.", "Some 50"),
    ("Earlier this year, 15 people were killed in a blast in the same district.", "15"),
    ("A previous attack on the market killed 30 people.", "30"),
])
def test_a_count_told_of_a_past_incident_is_of_no_event_of_the_day(background, figure):
    text = _LEAD + background
    bombing = event(text, "killed", day=date(2024, 12, 28))
    found = run(text, events=_at_every_mention(text, bombing))
    assert [(e.surface, e.event_id) for e in found] == [("20", bombing.event_id), (figure, None)]


def test_a_count_told_of_a_past_incident_is_of_the_event_dated_to_it_and_only_it():
    text = _LEAD + "In March 2019, a similar bombing at the same market killed 30 people."
    bombing = event(text, "killed", day=date(2024, 12, 28))
    earlier = replace(event(text, "bombing"), date=date(2019, 3, 1), date_precision="month", date_source="text")
    found = run(text, events=_at_every_mention(text, bombing) + [earlier])
    assert [(e.surface, e.event_id) for e in found] == [("20", bombing.event_id), ("30", earlier.event_id)]
    # a past date or "a similar attack" in another clause, or after "since", dates no count of the day
    text = "A car bomb killed 20 people at the market, which was hit by a similar attack last year, police said."
    bombing = event(text, "killed", day=date(2024, 12, 28))
    assert [e.event_id for e in run(text, events=[bombing])] == [bombing.event_id]
    text = "The bombing, the deadliest since 2019, killed 40 people in Dalo on Saturday."
    bombing = event(text, "killed", day=date(2024, 12, 28))
    assert [e.event_id for e in run(text, events=[bombing])] == [bombing.event_id]
    text = _LEAD + "On Sunday, a similar attack killed 5 people in Kemo."
    second = event(text, "attack", day=date(2024, 12, 29))
    assert [e.event_id for e in run(text, events=[second])][-1] == second.event_id


# --- people shot ---

def test_people_shot_with_no_death_told_are_wounded_not_those_shot_at():
    assert _counts("An assailant shot 5 people at a bus stop in Varna on Tuesday, police said.") == [
        ("5", 5, "exact", "wounded")]
    assert _totals("Police shot three protesters during clashes in Kemo.") == (0, 3)
    assert _totals("On 3 May, two men were shot by an armed man in Colonia Lerma.") == (0, 2)
    assert _totals("A man and two women were shot inside a car in Colonia Lerma.") == (0, 3)
    # fired at, or things shot, are no wounded
    assert _totals("Soldiers shot at 20 protesters but missed.") == (0, 0)
    assert _totals("Twenty protesters were shot at by soldiers, who missed.") == (0, 0)
    assert _totals("The gunman shot 41 rounds into the crowd.") == (0, 0)


def test_people_shot_whose_deaths_their_sentence_tells_are_killed_or_wounded():
    assert _counts("A gunman shot 12 people at a mall in Orvo, killing three.") == [
        ("12", 12, "exact", "killed_or_wounded"), ("three", 3, "exact", "killed")]
    assert _counts("Gunmen shot 5 people, two of whom died.") == [
        ("5", 5, "exact", "killed_or_wounded"), ("two", 2, "exact", "killed")]
    assert _totals("Two men were shot by gunmen in Colonia Lerma. One man died and the other was injured.") == (1, 1)


def test_people_fatally_shot_are_killed():
    assert _totals("Three people were fatally shot at a cinema in Lafayette last summer.") == (3, 0)
    assert _totals("A sniper fatally shot 4 soldiers in Toro.") == (4, 0)


def test_both_or_all_of_them_after_people_shot_are_those_shot():
    assert _counts("A sniper shot two soldiers. Both died.") == [
        ("two", 2, "exact", "killed_or_wounded"), ("Both", 2, "exact", "killed")]
    assert _totals("A sniper shot two soldiers in Toro. Both later died in hospital.") == (2, 0)
    assert _totals("Five people were shot in Kemo. All of them died.") == (5, 0)
    assert _totals("A sniper shot three soldiers. All three died.") == (3, 0)
    # "both" of three is no count of them; nor is "both" after no one shot
    assert _totals("A sniper shot three soldiers. Both died.") == (0, 3)
    assert _totals("Police arrested two men. Both died.") == (0, 0)
    assert _totals("A sniper shot two soldiers. Both were wounded in the legs.") == (0, 2)


def test_hostages_shot_are_wounded_not_captured():
    assert _counts("Gunmen shot 3 hostages in Kemo.") == [("3", 3, "exact", "wounded")]
    assert _totals("Gunmen fatally shot 3 hostages in Kemo.") == (3, 0)
    assert _counts("The gunmen shot 3 hostages in Kemo. Two of them died.") == [
        ("3", 3, "exact", "killed_or_wounded"), ("Two", 2, "exact", "killed")]
    assert _counts("Gunmen seized 3 hostages in Kemo.") == [("3", 3, "exact", "captured")]


# --- a named person joined to others ---

def test_a_named_person_joined_to_others_takes_their_verb():
    assert _totals("Abdi Farah and his bodyguard were killed in a roadside bomb blast in Mogadishu.") == (2, 0)
    assert _totals("Governor Ali Musa and two of his guards were killed in the blast.") == (3, 0)
    assert _totals("Abdi Farah, his wife and their three children were killed in an airstrike.") == (5, 0)
    assert _totals("Ali Musa and Omar Farah were wounded in the blast.") == (0, 2)
    assert _totals("Abdi Farah and his lawyer said the police had arrested him.") == (0, 0)
    # a place or a time before a comma is no one joined
    assert _totals("On 3 May, in Garcia, Nuevo Leon, a man was shot and killed.") == (1, 0)


def test_a_definite_person_joined_to_a_count_is_no_restatement_of_it():
    assert _totals("Abdi Farah and the mayor were killed in the blast.") == (2, 0)
    assert _totals("There were eight women, a 10-year-old girl and four men injured.") == (0, 13)

