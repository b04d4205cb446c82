"""Counts of the dead and wounded that incident summaries, event notes and wire stories tell in ways the other rules
missed: people joined with no determiner of their own, "… to death" after a coordination. Names and places are
invented."""
from tests.extract.test_estimates import run
from tests.extract.test_estimates_implicit import _counts  # an article of our own, published 2024-05-01
from tests.extract.test_estimates_incidents import _totals


# --- people joined before their verb ---

def test_a_person_joined_with_no_determiner_of_its_own_before_the_verb_is_one_more():
    # the "his" is of both, as in "killing his wife and daughter"
    assert _totals("Gunmen stormed a house in Peshawar on Tuesday. His wife and daughter were killed.") == (2, 0)
    assert _counts("The driver and conductor were wounded when the bus was shot at.") == [
        ("The driver", 1, "exact", "wounded"), ("conductor", 1, "exact", "wounded")]
    assert _totals("A man and woman were shot dead at a checkpoint near Lenmar.") == (2, 0)


def test_a_person_joined_with_no_determiner_needs_a_verb_of_harm():
    assert _totals("His wife and daughter were at home when the gunmen came.") == (0, 0)


def test_the_verb_of_to_death_is_that_of_the_people_joined_before_it():
    assert _totals("Assailants stabbed a man and his son to death in Kasai.") == (2, 0)
    assert _totals("Villagers hacked the chief and his wife to death in Ituri.") == (2, 0)


def test_two_nouns_joined_before_a_singular_verb_are_one_person():
    assert _totals("On 30 April, a local party official and activist was shot dead by gunmen in Lenmar.") == (1, 0)


# --- a month of the past named later in the year than the story ---

def test_a_month_named_later_in_the_year_than_the_story_is_last_years_for_the_dead():
    # published 2024-05-01: "In June" of a toll told as done is June 2023, another incident than the story's own
    assert _totals("Gunmen killed two farmers in Kemo on Saturday. In June, gunmen killed seven villagers in the same "
                   "village.") == (2, 0)
    assert _totals("A bomb killed four soldiers near Dalo on Monday. On 12 November, a similar bomb killed nine "
                   "people there.") == (4, 0)
    # the story's own date a few days on is no past (read as this year's, as before)
    assert _totals("Gunmen killed two farmers in Kemo on Saturday. In May, gunmen killed seven villagers in the same "
                   "village.") == (9, 0)


# --- two numbers joined by "and" ---

def test_numbers_in_words_joined_by_and_are_two_counts():
    # only a scale word goes on over "and" ("two hundred and five"); "three and five … respectively" is two figures
    assert _counts("Three and five people were killed in Kabul and Kandahar, respectively.") == [
        ("Three", 3, "exact", "killed"), ("five", 5, "exact", "killed")]
    assert _counts("Between ten and twenty people were hurt in the blast.") == [
        ("Between ten and twenty", None, "range", "wounded")]
    assert _counts("Two hundred and five people were killed.") == [("Two hundred and five", 205, "exact", "killed")]


# --- another incident told beside the story's own ---

def test_a_similar_attack_days_before_is_another_incident_whatever_its_date():
    # "a similar attack on Friday": recent, but not the story's Monday bombing
    assert _totals("A roadside bomb hit a police van near Kemo on Monday, killing six policemen. Two policemen died in "
                   "a similar attack on Friday.") == (6, 0)
    assert _totals("A roadside bomb hit a police van near Kemo on Monday, killing six policemen. On Friday, a similar "
                   "attack killed two policemen.") == (6, 0)


# --- the wounded who later died ---

def test_the_wounded_who_later_died_are_more_dead_and_the_wounded_stay_as_told():
    # the figure of the wounded is the one the text gives (it held them when it was told): no derived 7 or 11
    assert _totals("A grenade killed one person in a bar in Lenmar and injured nine others, two of whom died later in "
                   "hospital.") == (3, 9)
    assert _totals("A bomb exploded at a rally in Dalo, killing one person and injuring 13. Two of the wounded later "
                   "died in hospital.") == (3, 13)


# --- a definite person and what they are of ---

def test_a_definite_person_of_a_named_place_or_group_is_one():
    assert _totals("On 16 September, assailants killed the chief of Dakoro village and his wife.") == (2, 0)
    assert _totals("On 16 September, the mayor of Kemo was shot dead by gunmen.") == (1, 0)
    # what is counted names the place ("of Dakoro village"), but not a place that modifies a noun ("town council")
    assert [e.quantity for e in run("Gunmen abducted 5 civilians from Kipa village on Monday.")] == [
        "civilians from Kipa village"]
    assert [e.quantity for e in run("Gunmen shot dead a member of the Kemo town council.")] == ["member of the Kemo"]


# --- a clause joined by "while" ---

def test_a_count_after_while_opens_a_clause_of_its_own():
    # the two soldiers take the verb of the civilian joined after them, not the killing before "while"
    assert _totals("Troops killed 3 militants of AGuH, while two soldiers and one civilian were injured.") == (3, 3)


# --- a family, people along with, people among the dead ---

def test_an_entire_family_of_a_number_takes_the_verb_before_it():
    assert _totals("Gunmen attacked Kemo on Friday, killing an entire family of six.") == (6, 0)


def test_people_along_with_a_possessive_take_the_verb_of_the_one_before():
    assert _totals("Gunmen attacked a village in Kemo, killing a local chief along with his two sons.") == (3, 0)


def test_people_among_the_dead_are_counted_unless_a_toll_told_before_holds_them():
    assert _totals("Gunmen ambushed a car near Kemo. A mother and child were among the dead.") == (2, 0)
    assert _totals("Gunmen attacked a village near Kemo, killing eight people. Two children were among the dead.") == (
        8, 0)
    assert _totals("A bomb exploded in a market in Kemo, killing 12 people and wounding 30. Three children were among "
                   "the injured.") == (12, 30)


def test_one_person_in_addition_to_whom_a_clause_kills_is_one_more_dead():
    assert _totals("A bomber detonated a vest at a mosque in Kemo. In addition to the bomber, the blast killed seven "
                   "worshippers.") == (8, 0)


def test_a_whole_that_opens_the_sentence_is_no_count_of_the_parts_verb():
    assert _totals("A landmine struck a bus near Kemo. Of the 30 passengers, 12 died.") == (12, 0)
    assert _totals("Of the 30 passengers, 12 were killed and 18 were wounded.") == (12, 18)
    assert _totals("Of the 130 injured, 77 were women or children.") == (0, 130)


# --- verbs joined after a taking, more of the dead told with "also" ---

def test_a_subject_that_abducted_and_killed_others_is_no_count_of_the_dead():
    assert _counts("On 7 May, an unidentified armed group abducted and later beheaded two gold miners near Kalabougou."
                   ) == [("two", 2, "exact", "killed")]
    assert _totals("On 7 May, two gold miners were abducted and later beheaded near Kalabougou.") == (2, 0)


def test_a_definite_person_also_killed_after_a_count_of_the_dead_is_one_more():
    assert _totals("Unknown gunmen shot dead a local councillor. The councillor's bodyguard was also killed.") == (2, 0)
    assert _totals("Unknown gunmen shot dead a local councillor. The councillor was killed on his way home.") == (1, 0)


# --- counts joined past a phrase of what or where ---

def test_counts_joined_past_a_phrase_of_what_or_where_share_their_verb():
    assert _totals("Gunmen killed 3 members of the local militia and two civilians in Kemo.") == (5, 0)
    assert _totals("Three members of the local militia and two civilians were killed.") == (5, 0)
    assert _totals("Gunmen killed 3 soldiers in Kemo and two civilians in Dalo.") == (5, 0)
    assert _totals("An IED killed the commander of the local militia and three of his men.") == (4, 0)
    # a comma alone past the phrase joins nothing
    assert _counts("Clinton has 31 endorsements in the United States Senate, a body in which her rival serves.") == [
        ("31", 31, "exact", "other")]


# --- asides of whom a count leaves out, and counts joined with "the" ---

def test_a_count_past_an_aside_of_whom_it_leaves_out_takes_its_verb():
    assert _totals("Gunmen stormed a college in Kemo. At least 48 people, excluding the assailants, were killed and "
                   "19 others were injured.") == (48, 19)
    assert _totals("At least 12 people, not including the attackers, were killed in the raid on Dalo.") == (12, 0)


def test_a_count_joined_to_the_next_by_and_the_shares_its_verb():
    assert _totals("Gunmen attacked a hotel in Lenmar. Twenty-one people and the five assailants were killed and 28 "
                   "others were injured in the attack.") == (26, 28)
