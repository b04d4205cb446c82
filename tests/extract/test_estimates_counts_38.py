"""Counts of the dead and wounded that wire stories, event notes and incident summaries tell in ways the other rules
missed: a toll noun far from its verb, another incident named in a phrase that opens its sentence, the toll of a
whole war. Names and places are invented."""
from tests.extract.test_estimates_implicit import _counts  # an article of our own, published 2024-05-01
from tests.extract.test_estimates_incidents import _totals


# --- a toll and what it is of ---

def test_a_toll_takes_its_verb_past_a_long_phrase_of_what_it_counts():
    assert _counts("The death toll from a car bombing in a crowded market in eastern Lenmar rose to 27 on Tuesday, "
                   "police said.") == [("27", 27, "exact", "killed")]
    assert _totals("The death toll from the collapse of a five-storey building in the old quarter of Dalo has risen "
                   "to 14.") == (14, 0)


# --- another incident told beside the story's own ---

def test_a_similar_attack_named_in_a_phrase_opening_the_sentence_is_another_incident():
    assert _totals("A suicide bomber killed 9 people at a wedding in Dalo on Saturday. In a similar attack in March, "
                   "30 people were killed.") == (9, 0)
    assert _totals("Gunmen killed four farmers near Kemo on Monday. During a previous raid on the village, 12 people "
                   "died.") == (4, 0)
    # a phrase of the story's own incident is no other one
    assert _totals("Gunmen killed four farmers near Kemo on Monday. In the attack, 12 people were wounded.") == (4, 12)

def test_an_incident_the_news_comes_days_after_is_another():
    assert _totals("Police found the bodies of nine men on a highway near Kemo on Sunday. The discovery comes a week "
                   "after 14 people were killed in a shootout in the same town.") == (9, 0)
    assert _totals("Gunmen killed four farmers near Dalo on Monday. The attack came just two days after bandits killed "
                   "11 villagers nearby.") == (4, 0)


def test_an_incident_a_phrase_opening_the_sentence_dates_days_before_is_another():
    assert _totals("A missile strike on Dalo killed five people and injured 32 on Monday. The day before, a drone "
                   "attack on Kemo had killed two people.") == (5, 32)
    assert _totals("Gunmen killed four farmers near Dalo on Monday. Two days earlier, bandits killed 11 villagers "
                   "nearby.") == (4, 0)
    # a day later is still the story's
    assert _totals("Gunmen killed four farmers near Dalo on Monday. A day later, two more died in hospital.") == (6, 0)


# --- the dead of a whole war, or of recent years ---

def test_the_dead_of_a_whole_war_told_after_the_storys_own_are_background():
    assert _totals("Airstrikes killed 31 people overnight in Dalo. More than 34,000 people have been killed in the "
                   "war, according to the health ministry.") == (31, 0)
    assert _totals("Shelling killed 5 civilians in Kemo on Monday. The conflict has killed more than 10,000 civilians, "
                   "the UN says.") == (5, 0)
    assert _totals("Rebels killed 8 soldiers in an attack on a base on Friday. Thousands have died in the "
                   "insurgency.") == (8, 0)
    assert _totals("Clashes killed 7 people in Lenmar on Sunday, in a conflict that has killed some 15,000 "
                   "people.") == (7, 0)


def test_the_dead_of_recent_years_told_after_the_storys_own_are_background():
    assert _totals("Gunmen killed 12 people in Kemo on Monday. The region has been plagued by armed gangs who have "
                   "killed thousands of people in recent years.") == (12, 0)


def test_a_wars_toll_does_not_hold_the_storys_own_dead():
    assert _totals("Airstrikes killed 31 people overnight in Dalo. The overall death toll in the seven-month war "
                   "stands at 34,535.") == (31, 0)


def test_the_dead_of_the_day_in_a_war_are_the_storys_own():
    assert _totals("Two soldiers were killed in the war on Monday, the ministry said.") == (2, 0)
    # a war's toll is a total over many incidents, kept aside even told alone (stop 68)
    assert _totals("The war has killed more than 34,000 people, the health ministry said.") == (0, 0)


# --- no death told ---

def test_people_who_were_dying_are_no_count_of_the_dead():
    assert _totals("The comedian killed on stage, and the audience of 500 was dying of laughter.") == (0, 0)
    assert _totals("About 40 migrants were dying of thirst when the coast guard reached the boat.") == (0, 0)
    # the participle of a toll still counts
    assert _totals("Twelve people died and 30 were hurt when the bridge collapsed.") == (12, 30)


# --- another source's figure of the same dead ---

def test_bodies_another_source_counted_are_its_figure_of_the_same_dead():
    assert _totals("Gunmen killed at least 12 people in an attack on Kemo, police said. A resident said he had counted "
                   "15 bodies.") == (12, 0)
    # bodies found that no source gives as its count are more of the dead
    assert _totals("Gunmen killed 12 people in an attack on Kemo, police said. Soldiers later found three more bodies "
                   "in the forest.") == (15, 0)


# --- hedges ---

def test_hedges_of_a_bound_that_read_as_exact():
    assert _counts("Residents said up to 30 people were killed; others said the toll was as high as 45.")[1][1:3] == (
        45, "at_most")
    assert _counts("As few as 10 people were killed, the army claimed.") == [("As few as 10", 10, "at_least", "killed")]
    assert _counts("Just short of 50 people died in the fire.") == [("Just short of 50", 50, "less_than", "killed")]
    assert _counts("Upward of 200 people were killed.") == [("Upward of 200", 200, "more_than", "killed")]


# --- a numeral joined to a word it qualifies ---

def test_a_numeral_joined_to_the_word_it_qualifies_is_no_count():
    assert _counts("LeBron James scored 31 points as Boston's five-game winning streak died.") == [
        ("31", 31, "exact", "other")]
    assert _totals("Tiger Woods shot a 4-under 68 on Thursday.") == (0, 0)
    assert _totals("Voters said the two-party system was dead.") == (0, 0)
    # a numeral joined to people, or hedged, is still a count
    assert _counts("A 20-strong gang killed 3 villagers in Kemo.") == [
        ("20", 20, "exact", "other"), ("3", 3, "exact", "killed")]
    assert _counts("Forty-odd soldiers were killed.") == [("Forty-odd", 40, "approximately", "killed")]


def test_a_figurative_phrase_of_a_cue_tells_no_death():
    assert _totals("The polling showed a virtual dead heat between the two candidates.") == (0, 0)
    assert _totals("Her lead in Iowa has evaporated to a statistical dead heat.") == (0, 0)
    assert _totals("Three people were found dead in a house in Kemo.") == (3, 0)


def test_things_a_casualty_verb_is_said_of_are_no_casualties():
    assert _totals("Republicans killed two amendments and the measure passed 52-48.") == (0, 0)
    assert _totals("The governor vetoed the bill, killing 40 jobs programs.") == (0, 0)
    assert _totals("Police executed 12 search warrants and arrested 5 suspects.") == (0, 0)
    assert _totals("The company executed 3 trades worth $50 million.") == (0, 0)
    # people of a plan are people
    assert _totals("Two men who opposed the plan were killed in Kemo.") == (2, 0)


def test_an_incident_of_a_year_named_before_its_noun_is_of_the_past():
    assert _totals("A bomber killed 44 people at a rally in Dalo on Sunday. Militants have carried out numerous "
                   "attacks in the region, including a 2014 assault on a school that killed 150 people.") == (44, 0)
    assert _totals("Gunmen killed 6 people in Kemo on Friday. The 1994 genocide killed 800,000 people.") == (6, 0)
    # a count is no year
    assert _counts("Floods killed 12 people in Dalo on Monday, and 1500 people were killed in Kemo.") == [
        ("12", 12, "exact", "killed"), ("1500", 1500, "exact", "killed")]


def test_another_teller_of_the_toll_is_no_other_incident():
    assert _totals("Dozens of people were killed in an attack on a village on Saturday, local sources said. A resident "
                   "said around 50 people were killed. Another source put the toll at more than 60.") == (50, 0)
    # another attack is another incident
    assert _totals("Gunmen killed 5 people in Kemo on Saturday. In another attack, the toll rose to 7.") == (12, 0)


# --- a part inserted with no commas ---

def test_a_part_inserted_with_no_commas_past_a_phrase_of_what_the_whole_are():
    assert _counts("On 13 April 2024, 4 members of a family including 2 minors were shot dead in Larkana.") == [
        ("4", 4, "exact", "killed"), ("2", 2, "exact", "other")]
    assert _totals("Five members of the same family including three children were killed in the strike.") == (5, 0)


# --- a name set off after a person in a coordination ---

def test_a_person_named_between_commas_is_joined_to_the_people_after():
    assert _totals("On 19 April 2024, gunmen killed the mayor of Kemo, Conrado Mendoza, and 19 other people.") == (
        20, 0)
    assert _totals("On 19 April 2024, the mayor, Conrado Mendoza, and 19 other people were killed by gunmen.") == (
        20, 0)
    assert _totals("A local councillor, Ana de la Cruz, and her driver were killed by gunmen in Cali.") == (2, 0)


# --- a toll brought to a figure ---

def test_a_toll_brought_to_a_figure_past_a_phrase_of_what_it_counts_holds_the_dead_told_before():
    assert _totals("Two soldiers died of their wounds on Tuesday, bringing the death toll from Monday's ambush to "
                   "five.") == (5, 0)
    assert _totals("Two soldiers died of their wounds on Tuesday, bringing the number of troops killed in Monday's "
                   "ambush to five.") == (5, 0)


def test_a_toll_named_after_the_figure_it_was_brought_to():
    assert _totals("Two soldiers died of their wounds on Tuesday, bringing to five the number of troops killed in "
                   "Monday's ambush.") == (5, 0)
    assert _totals("Rescuers found three more bodies on Tuesday, bringing to 12 the number of people killed in the "
                   "landslide.") == (12, 0)


def test_a_toll_of_a_span_is_a_running_total():
    assert _totals("The bomb killed six people on Monday, raising to 40 the death toll from a week of attacks.") == (
        6, 0)
    assert _totals("The bomb killed six people on Monday, raising the death toll from a week of attacks to 40.") == (
        6, 0)


# --- the dead left out of a toll ---

def test_the_dead_a_toll_leaves_out_are_dead_too():
    assert _totals("A total of 30 people were killed, not including the four assailants, and 56 were injured.") == (
        34, 56)
    assert _totals("Thirty people were killed, excluding the three gunmen, police said.") == (33, 0)
    # no count of them, no more dead
    assert _totals("The attack killed 40 people, excluding the assailants, and injured more than 100.") == (40, 100)


# --- a verb in quotation marks, a harm still to come, things held ---

def test_a_casualty_verb_in_quotation_marks_is_the_counts():
    assert _totals('The interior ministry said 3 attackers were "neutralized" and 2 gendarmes were killed.') == (5, 0)
    assert _totals("On 3 May 2024, 2 soldiers were killed and 5 militants 'neutralized' during an operation in "
                   "Tillaberi.") == (7, 0)


def test_a_harm_still_to_come_is_no_count_of_it():
    assert _totals('The referendum included a clause "to be executed within national law".') == (0, 0)
    assert _totals("Five prisoners are to be executed next week.") == (0, 0)
    assert _totals("Twelve miners were feared to be dead after the collapse.") == (12, 0)
    assert _totals("She had to be hospitalized for her injuries after the attack.") == (0, 1)


def test_things_taken_or_missing_are_no_people():
    assert [cat for _, _, _, cat in _counts("Rebels captured 3 towns and 40 soldiers.")] == ["other", "captured"]
    assert [cat for _, _, _, cat in _counts("Investigators said 30,000 emails were missing.")] == ["other"]


# --- all aboard ---

def test_the_people_aboard_are_the_dead_when_none_survived():
    assert _totals("A plane carrying 157 people crashed near Dalo on Sunday, killing everyone on board.") == (157, 0)
    assert _totals("Sixty-two people were on board the aircraft. There were no survivors.") == (62, 0)
    assert _totals("The helicopter crashed shortly after take-off. None of the 12 people on board survived.") == (12, 0)
    # some of them, or none harmed
    assert _totals("A bus carrying 40 passengers overturned in Kemo, killing 12 of them.") == (12, 0)
    assert _totals("A plane carrying 120 passengers landed safely. All were unharmed.") == (0, 0)


# --- a cue that opens its sentence ---

def test_a_cue_opening_its_sentence_before_were_is_the_counts():
    assert _totals("Killed were two soldiers and a civilian, police said.") == (3, 0)
    assert _totals("Gunmen attacked a checkpoint in Kemo on Monday. Killed were three policemen. Also wounded was a "
                   "passer-by.") == (3, 1)


def test_a_count_in_a_relative_clause_of_a_span_is_a_running_total():
    assert _totals("Gunmen killed nine people at a bar in Kemo on Saturday. The ombudsman has registered 45 massacres "
                   "so far this year, in which 170 people have died.") == (9, 0)
    assert _totals("Soldiers killed five rebels in a clash in Dalo on Sunday. The rebels have waged a rebellion since "
                   "1969 that has killed more than 40,000 people.") == (5, 0)


def test_a_toll_of_the_dead_since_a_start_is_a_running_total():
    assert _totals("Two soldiers were killed in southern Dalo, bringing to 260 the number of soldiers killed since the "
                   "ground offensive began.") == (2, 0)
    # a toll that grew since a day holds the dead told before it
    assert _totals("Gunmen killed 5 people on Sunday. The death toll has risen to 8 since Monday.") == (8, 0)


def test_the_dead_another_source_reported_are_its_figure_of_the_same_dead():
    # (the lower of two sources' figures is counted: stop 72's policy for conflicting figures, estimates/conflicts.py)
    assert _totals("The Observatory said 18 people were killed in Dalo. State media reported 11 dead.") == (11, 0)


def test_a_count_killed_injured_or_captured_is_no_count_of_the_dead():
    assert _counts("12 militants were killed, wounded or captured.") == [("12", 12, "exact", "killed_or_wounded")]
    assert _totals("On 30 April 2020, a total of 5 militants were killed, injured or captured in Kars. The group "
                   "confirmed 4 fatalities.") == (4, 0)
    assert _totals("Five people were killed, three injured and two arrested.") == (5, 3)


def test_another_sources_figure_past_a_contrast_in_the_same_sentence_is_of_the_same_dead():
    assert _totals("Officials said the strike killed 8 people, but residents said at least 15 died.") == (8, 0)
    assert _totals("Activists said twelve civilians were killed; the government said five people died.") == (5, 0)
    # people of another kind are more dead
    assert _totals("Gunmen killed 5 soldiers, while police said 3 civilians were killed.") == (8, 0)


def test_the_other_two_of_something_else_are_no_one_by_one_telling():
    assert _totals("Gunmen killed at least 30 people in attacks on three villages on Sunday. In the first village, 12 "
                   "people were killed, and 18 died in the other two.") == (30, 0)
    # "the other" of the dead told one by one
    assert _totals("Gunmen killed two civilians in Kemo. One was burnt alive and the other was stoned to death.") == (
        2, 0)


def test_the_record_of_a_named_group_in_the_perfect_is_a_running_total():
    assert _totals("Two police officers were killed when their vehicle hit a roadside bomb in Mandera, police said. "
                   "Most such attacks are blamed on al-Shabaab, which has killed dozens of security personnel in the "
                   "region.") == (2, 0)
    # a device that has killed is the story's own
    assert _totals("A car bomb which has killed at least 5 people exploded in Kemo.") == (5, 0)


def test_a_running_total_told_before_the_storys_own_figure_is_set_aside_too():
    assert _totals("At least 500,000 people have been killed in the civil war, which began in 2011. On Monday, an "
                   "airstrike killed 12 people in Dalo.") == (12, 0)
    # told alone, it is kept aside all the same (stop 68: a sum of the dead counts incidents); an incident summary of
    # long ago is its own
    assert _totals("The war has killed more than 34,000 people, the health ministry said.") == (0, 0)
    assert _totals("05/12/2016: Gunmen killed four people in Kemo. Two soldiers were also killed.") == (6, 0)
