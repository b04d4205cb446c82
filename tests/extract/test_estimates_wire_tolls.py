"""Casualty counts as long wire stories and conflict notes tell them: a dateline and a toll, then the toll told again
in other words, its dead listed, its growth, and the tolls of other incidents. Names and places are invented or
only stand for a place."""
from dataclasses import replace
from datetime import date

from tests.extract.test_estimates import event, run
from tests.extract.test_estimates_implicit import _counts
from tests.extract.test_estimates_incidents import _totals


# --- a month is no modal ---

def test_a_month_after_a_counted_phrase_is_no_modal_before_its_verb():
    assert _counts("A strike on a hardware store in May killed 19 people.") == [("19", 19, "exact", "killed")]
    assert _totals("KHARKIV, Ukraine (AP) — An attack on the market in May killed 12 people, police said.") == (12, 0)


def test_a_modal_may_and_a_headline_in_title_case_keep_their_verb():
    assert _totals("A civilian may have been killed in the strike.") == (1, 0)
    assert _totals("Two Soldiers Were Killed In Kharkiv") == (2, 0)


# --- the dead listed after their toll ---

def test_the_dead_included_people_with_no_verb_of_their_own_are_of_the_toll():
    assert _totals("KHARKIV, Ukraine (AP) — Russian forces shelled Kharkiv on Monday, killing three civilians, the "
                   "governor said. The dead included a 12-year-old girl and her grandmother, Governor Oleh Lenko "
                   "said.") == (3, 0)
    assert _totals("Russian forces shelled Kharkiv, killing three civilians. The dead included a girl and a woman, "
                   "the governor said.") == (3, 0)


def test_a_person_told_after_the_list_of_the_dead_is_still_counted():
    assert _totals("Russian forces shelled Kharkiv, killing three civilians. The dead included a girl. Her "
                   "grandmother was wounded.") == (3, 1)
    assert _totals("An explosive device detonated in a market in Kano. The dead included four police officers and a "
                   "journalist.") == (5, 0)


# --- a toll that grew holds the deaths of its sentence ---

def test_a_death_told_after_a_toll_that_grew_in_its_sentence_is_in_the_toll():
    assert _totals("LONDON (BBC) - Three people have died after a Russian missile hit a residential building in "
                   "Dnipro, officials say. The death toll has risen to three after a man died in hospital "
                   "overnight.") == (3, 0)
    assert _totals("A Russian missile strike on Kharkiv killed a 14-year-old boy on Saturday. The death toll rose to "
                   "two on Sunday after a woman died of her wounds.") == (2, 0)


def test_a_toll_brought_up_by_deaths_its_sentence_tells_before_it_holds_them():
    assert _totals("DONETSK, Ukraine (AP) — A glide bomb hit an apartment building in Selydove, killing at least four "
                   "people. Rescuers pulled the body of a woman from the rubble overnight, bringing the toll to "
                   "four.") == (4, 0)
    assert _counts("Gunmen killed eight people in Kemo. Two more died in hospital, bringing the death toll to 12.") == [
        ("eight", 8, "exact", "other"), ("Two", 2, "exact", "other"), ("12", 12, "exact", "killed")]


def test_deaths_told_apart_from_a_toll_that_grew_are_counted_as_before():
    assert _totals("Gunmen killed two people in Kemo. A woman died in hospital on Sunday, bringing the death toll to "
                   "three.") == (3, 0)
    assert _totals("A missile killed two people in Kharkiv on Saturday. The death toll rose to three on Sunday. On "
                   "Monday, a man was killed by shelling in Kupiansk.") == (4, 0)
    assert _totals("A missile killed two people in Kharkiv. The death toll rose to five after three more people died "
                   "of their wounds.") == (5, 0)


# --- the toll told again in a quote ---

def test_the_whole_toll_told_again_of_a_kind_restates_a_toll_of_people():
    assert _totals('MOSCOW (AFP) - Ukrainian drones struck Belgorod on Saturday, killing two people, the governor '
                   'said. "Two civilians were killed and seven more were wounded," Gladkov wrote on Telegram.') == (2, 7)
    assert _totals("Gunmen killed 12 people in Kemo on Sunday. Police said 12 villagers were killed.") == (12, 0)


def test_people_of_a_kind_added_to_a_toll_of_people_are_counted():
    assert _totals("Ukrainian drones struck Belgorod on Saturday, killing two people. Two soldiers were also killed in "
                   "the strike.") == (4, 0)
    assert _totals("Ukrainian drones struck Belgorod on Saturday, killing two people. Two civilians were killed in a "
                   "separate strike on Shebekino.") == (4, 0)
    assert _totals("A bomb killed three people in Dalo. Two soldiers were killed, police said.") == (5, 0)


def test_the_same_toll_of_another_incident_is_no_toll_told_again():
    text = "A bomb killed 12 people in Kabul on Monday. In Kandahar, 12 policemen were killed by a roadside bomb."
    kabul = replace(event(text, "killed", day=date(2024, 4, 29)), location="Kabul")
    kandahar = replace(event(text, "roadside bomb", day=date(2024, 4, 29)), location="Kandahar")
    assert [(e.surface, e.category) for e in run(text, events=[kabul, kandahar])] == [
        ("12", "killed"), ("12", "killed")]


# --- a toll broken down ---

def test_counts_that_sum_to_a_toll_told_before_are_parts_of_it():
    assert _totals("KYIV (Reuters) - Russia launched a massive missile and drone attack on Ukraine overnight, killing "
                   "at least 11 people, officials said. In Kyiv, four people were killed, Mayor Ivan Lenko said. In "
                   "Lviv, three people died and in Dnipro four were killed.") == (11, 0)
    assert _totals("Russian strikes killed seven people and wounded 20 across Ukraine on Sunday. In Kharkiv, four "
                   "people were killed and 12 wounded. In Odesa, three people were killed and eight wounded.") == (7, 20)


def test_counts_of_clauses_that_sum_to_a_toll_told_before_are_parts_of_it():
    assert _totals("Seven Taliban militants were killed in two accidental explosions in Kandahar province. Three "
                   "militants tried to plant a bomb along a road, police said. The device detonated, killing the three "
                   "on the spot. Four militants were killed when their vehicle touched off a mine.") == (7, 0)
    assert _totals("Gunmen killed five people in Kemo on Sunday. A man and a woman were shot dead at a checkpoint, "
                   "and three people were killed in the market.") == (5, 0)


def test_a_list_cut_by_the_sum_of_a_toll_breaks_it_not_down():
    assert _totals("Two policemen were killed by a landmine in Kemo. Police said the police chief, his deputy, and 4 "
                   "soldiers were killed.") == (8, 0)


def test_counts_that_do_not_sum_to_the_toll_before_them_are_their_own():
    assert _totals("A bomb killed 12 people in Kabul on Monday. In Kandahar, 3 policemen were killed. In Herat, 2 "
                   "soldiers died.") == (17, 0)
    assert _totals("A bomb killed 5 people in Kabul on Monday. In Kandahar, 3 policemen were killed. In Herat, 2 more "
                   "soldiers died.") == (10, 0)
    assert _totals("Russian strikes killed seven people on Sunday. Four people were also killed in Kharkiv. Three "
                   "died in Odesa.") == (14, 0)


def test_bare_counts_after_commas_before_places_take_the_verb_and_break_the_toll_down():
    assert _counts("Three people were killed in the Donetsk region, two in the Kherson region and one in Kharkiv.") == [
        ("Three", 3, "exact", "killed"), ("two", 2, "exact", "killed"), ("one", 1, "exact", "killed")]
    assert _totals("KYIV, Ukraine (AP) — Russian attacks killed at least six civilians in Ukraine over the past day, "
                   "officials said Sunday. Three people were killed in the Donetsk region, two in the Kherson region "
                   "and one in Kharkiv.") == (6, 0)


def test_a_bare_count_after_a_comma_before_no_place_takes_no_verb():
    assert _totals("A blast killed 12 people in Kemo, 5 in 2023 alone.") == (12, 0)
    assert _totals("Three people were killed in Kemo, two on Monday.") == (3, 0)
    assert _totals("Three people were killed in Kemo, two in hospital.") == (3, 0)


# --- how the wounded are ---

def test_a_count_of_the_wounded_in_a_condition_is_a_part_of_them():
    assert _totals("KHERSON, Ukraine (AP) — A Russian drone hit a bus in Kherson, killing three people and injuring 12, "
                   "5 in critical condition, the governor said.") == (3, 12)
    assert _totals("A blast injured 12 people, 5 in a critical condition and 7 in stable condition.") == (0, 12)


def test_a_count_after_a_comma_in_no_condition_still_takes_the_verb():
    assert _totals("Shelling killed 2 soldiers, 3 civilians and a child in Kemo.") == (6, 0)
    assert _totals("Shelling injured 12 people in Kemo, 5 in the Kharkiv region.") == (0, 17)


# --- the toll told again as a list ---

def test_a_list_that_sums_to_the_toll_in_a_later_sentence_tells_it_again():
    assert _totals("KYIV (Reuters) - A Russian drone attack killed two people in the city of Sumy, officials said on "
                   "Monday. A man and a woman were killed when a drone hit a residential building, the regional "
                   "administration said.") == (2, 0)
    assert _totals("Gunmen killed three people in Kemo on Sunday. Two soldiers and a civilian were killed when the "
                   "gunmen opened fire, police said.") == (3, 0)
    assert _totals("Gunmen killed three people in Kemo on Sunday. The dead were two soldiers and a civilian.") == (3, 0)
    assert _totals("Gunmen killed three people in Kemo. Two soldiers and a civilian were killed.") == (3, 0)


def test_a_list_added_to_the_toll_or_of_another_incident_is_counted():
    assert _totals("Gunmen killed two people in Kemo. A man and a woman were also killed.") == (4, 0)
    assert _totals("Gunmen killed four people in Kemo. Two soldiers and a civilian were killed.") == (7, 0)
    text = "Gunmen killed two people in Kemo on Sunday. A man and a woman were killed in Dalo on Monday."
    kemo = replace(event(text, "killed", day=date(2024, 4, 28)), location="Kemo")
    dalo = replace(event(text, "killed in Dalo", day=date(2024, 4, 29)), location="Dalo")
    assert len(run(text, events=[kemo, dalo])) == 3


def test_counts_of_places_on_another_day_or_in_one_list_break_no_toll_down():
    text = "A bomb killed 5 people in Kabul on Monday. On Tuesday, 3 people died in Kandahar and 2 in Herat."
    kabul = event(text, "killed", day=date(2024, 4, 29))
    kandahar = event(text, "died", day=date(2024, 4, 30))
    assert [e.surface for e in run(text, events=[kabul, kandahar])] == ["5", "3", "2"]
    assert _totals("Gunmen killed two people in Kemo. A man and a woman were also killed in Dalo.") == (4, 0)


# --- conflict notes ---

def test_the_same_toll_on_the_same_day_is_the_next_incident_of_a_note():
    assert _totals("On 15 March 2023, Russian forces shelled Orikhiv, Zaporizhzhia oblast. 1 man was killed and 2 "
                   "women injured. On the same day, Russian forces shelled Huliaipole, killing 1 woman.") == (2, 2)


def test_the_toll_told_again_in_a_note_is_still_one_toll():
    assert _totals("On 16 March 2023, Russian forces shelled Kupiansk, Kharkiv oblast, killing 2 civilians. 2 "
                   "civilians were killed, the governor said.") == (2, 0)
    assert _totals("On 16 March 2023, Russian forces shelled Kupiansk, killing 3 people. Three members of the same "
                   "family were killed.") == (3, 0)


def test_the_source_of_a_toll_after_according_to_is_no_one_killed():
    assert _totals("On 17 March 2023, Ukrainian artillery shelled Donetsk city. According to the Russian-appointed "
                   "mayor, 3 civilians were killed, including a child, and 8 wounded.") == (3, 8)
    assert _totals("According to a local official, 2 soldiers were killed.") == (2, 0)


def test_a_person_before_a_comma_and_a_toll_is_still_joined_to_it():
    assert _totals("Gunmen killed the mayor, 2 soldiers and a civilian in Kemo.") == (4, 0)
    assert _totals("The mayor, 2 soldiers and a civilian were killed.") == (4, 0)


# --- the whole people are from ---

def test_people_from_a_counted_whole_take_its_verb_and_the_whole_none():
    assert _totals('DOHA (Al Jazeera) - An Israeli air strike hit a house in Nuseirat. "Twelve people from one family '
                   'were killed," he said.') == (12, 0)
    assert _totals("Five members of one family were killed in the strike.") == (5, 0)
    assert _totals("On 29 April 2020, a fugitive from the penitentiary system was killed after exchanging fire with "
                   "police.") == (1, 0)


def test_a_count_after_of_keeps_its_own_participle_and_a_family_its_number():
    assert _totals("The parents of two Americans killed in the attack sued the government.") == (2, 0)
    assert _totals("A family of four was killed when a shell hit their home.") == (4, 0)


def test_a_part_of_a_whole_with_no_determiner_takes_the_verb():
    assert _counts("Two of 12 hostages were killed.") == [("Two", 2, "exact", "killed"), ("12", 12, "exact", "other")]
    assert _totals("Three of five soldiers in the patrol were killed when their vehicle hit a mine.") == (3, 0)
    assert _totals("Two of the 12 hostages were killed.") == (2, 0)


# --- a newer toll ---

def test_a_newer_toll_told_in_other_words_holds_the_figures_before_it():
    assert _totals("KYIV (AP) — A Russian missile strike on Kharkiv killed at least 20 people, officials said "
                   "Saturday. By Sunday, the number of dead had risen to 23.") == (23, 0)
    assert _totals("A Russian missile strike on Kharkiv killed at least 20 people, officials said. The regional "
                   "governor later said 22 people had been killed.") == (22, 0)
    assert _totals("A Russian missile strike on Kharkiv killed 7 people, officials said. The toll was later revised "
                   "to 6.") == (6, 0)


def test_a_later_figure_of_more_or_of_another_incident_holds_nothing():
    assert _totals("Gunmen killed 5 civilians in Kemo. Police later said 7 soldiers had also been killed.") == (12, 0)
    assert _totals("Gunmen killed 5 civilians in Kemo. Police later said 7 more people had died.") == (12, 0)
    assert _totals("Gunmen killed 5 civilians in Kemo. Separately, the death toll from a flood in Dalo was revised "
                   "to 3.") == (8, 0)


# --- bodies found after the toll ---

def test_bodies_fewer_than_the_toll_told_before_are_some_of_its_dead():
    assert _totals("GAZA CITY (AP) — Israeli strikes across the Gaza Strip killed at least 43 people overnight, "
                   "according to local hospitals. Nasser Hospital said it received the bodies of 12 people, including "
                   "four children, from strikes in Khan Younis.") == (43, 0)
    assert _totals("A Russian glide bomb killed seven people in Kharkiv. Rescuers recovered three bodies from the "
                   "rubble.") == (7, 0)


def test_bodies_of_more_or_of_another_incident_are_more_dead():
    assert _totals("Gunmen killed seven people in Kemo. Police found the bodies of three more victims.") == (10, 0)
    assert _totals("Gunmen killed seven people in Kemo. In a separate incident, the bodies of three men were found in "
                   "Dalo.") == (10, 0)
    assert _totals("Gunmen killed seven people in Kemo. The bodies of three men were also found.") == (10, 0)


def test_people_hospitalized_fewer_than_the_wounded_told_before_are_some_of_them():
    assert _totals("KYIV (AP) — A Russian strike killed two people and wounded 14 in Sumy. Six people were "
                   "hospitalized, the governor said.") == (2, 14)
    # (and a list after a toll that named no people: "killed 2")
    assert _totals("A Russian strike killed 2 and wounded 5 in Sumy. A man and a woman were killed when the missile "
                   "hit a shop.") == (2, 5)


def test_people_hospitalized_with_no_wounded_or_more_of_them_are_wounded():
    assert _totals("Six people were hospitalized after the blast in Kemo.") == (0, 6)
    assert _totals("A blast wounded 14 people in Kemo. Six more people were hospitalized.") == (0, 20)
    assert _totals("A blast wounded 14 people in Kemo. In a separate attack, six people were hospitalized.") == (0, 20)
