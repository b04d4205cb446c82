"""Counts of the dead that wire stories, event notes and incident summaries tell in ways the other rules missed: a
second figure set off after the first, the other side's answer to an attack, a body found, people named or described
beside a count, a share, a rate or a protest's cause that are no dead of the story, another year in an undated note.
Names and places are invented."""
from tests.extract import test_estimates_implicit as implicit
from tests.extract.test_estimates_implicit import _counts  # an article of our own, published 2024-05-01
from tests.extract.test_estimates_incidents import _totals


# --- a second figure of the same people, set off after the first ---

def test_a_number_set_off_after_a_vague_count_makes_it_firm_and_takes_the_verb():
    assert _counts("Dozens of people, possibly more than 100, were killed in the raid on Tamo.") == [
        ("Dozens", None, "order_of_magnitude", "other"), ("more than 100", 100, "more_than", "killed")]
    assert _totals("Hundreds of villagers - perhaps as many as 300 - died in the floods.") == (300, 0)
    assert _totals("Scores of migrants, maybe 60, drowned off the coast of Kemo, and 12 were rescued.") == (60, 0)


def test_a_guess_set_off_after_a_firm_count_is_kept_aside():
    assert _counts("At least 50 people, possibly more than 100, were killed when the dam burst.") == [
        ("At least 50", 50, "at_least", "killed"), ("more than 100", 100, "more_than", "other")]


def test_a_part_set_off_after_a_count_is_no_second_figure_of_it():
    assert _totals("Twelve people, three of them children, died in the fire.") == (12, 0)
    assert _totals("Eleven people, including 4 police officers, were killed in an ambush near Dalo.") == (11, 0)


# --- numbers in words ---

def test_a_pair_of_people_is_two():
    assert _counts("A pair of journalists were killed in an airstrike on Kemo.") == [
        ("A pair of", 2, "exact", "killed")]
    assert _totals("The blast killed a pair of soldiers guarding the gate and wounded 9.") == (2, 9)
    # "a couple" with no "of" is two people too, as before
    assert _totals("Gunmen shot dead a couple in their home in Lenmar.") == (2, 0)


# --- the other side's answer to the story's incident (stop 73: news of the story, whose dead its sum counts) ---

def test_the_dead_of_a_retaliation_are_the_storys_too():
    assert _totals("Gunmen killed seven worshippers at a church in Dalo. In retaliation, the army said it killed 12 "
                   "bandits in a raid on their camp.") == (19, 0)
    assert _totals("A suicide bomber killed 9 people at a market in Kemo on Friday. The army said it had killed 20 "
                   "militants in retaliatory airstrikes on Saturday.") == (29, 0)
    assert _totals("Rebels shelled Tamo, killing 4 civilians. Government forces retaliated, killing 15 rebels.") \
        == (19, 0)
    # what the answer was for is an incident before it
    assert _totals("Gunmen killed seven worshippers at a church in Dalo. The group said it was retaliation for a raid "
                   "in which 12 of its members were killed.") == (7, 0)


def test_the_other_side_killed_in_the_same_fight_is_still_the_storys():
    assert _totals("Three soldiers were killed when militants attacked their post. The army said it killed 15 "
                   "militants in the ensuing gunfight.") == (18, 0)
    assert _totals("Gunmen killed seven worshippers at a church. Police returned fire and killed four of the "
                   "attackers.") == (11, 0)
    # a figure of the retaliation told first is the story's own
    assert _totals("In retaliation for an ambush, the army killed 12 bandits in Dalo on Monday.") == (12, 0)


# --- a body found ---

def test_a_body_found_is_one_dead():
    assert _counts("On 3 May 2021, a body with gunshot wounds was found in Celaya.") == [
        ("a body", 1, "exact", "killed")]
    assert _totals("Residents found a decomposed body in a ditch near Tamo on Monday.") == (1, 0)
    assert _totals("A corpse was discovered on the road to Kemo.") == (1, 0)


def test_a_body_nobody_found_or_of_a_person_counted_is_no_more_dead():
    assert _totals("A body was formed to investigate the killings.") == (0, 0)
    assert _totals("The governing body met on Monday; a regional body will report in May.") == (0, 0)
    assert _totals("On 3 May 2021, a body of a man was found in Celaya.") == (1, 0)
    assert _totals("On 3 May 2021, a man's body was found in Tamo.") == (1, 0)


# --- a person described, then another joined ---

def test_a_person_joined_after_a_named_victims_description_is_one_more():
    assert _totals("Assailants shot and killed Ahmed Nur, a local elder, and his son in Baidoa.") == (2, 0)
    assert _totals("Assailants shot and killed a local elder, Ahmed Nur, and his son in Baidoa.") == (2, 0)
    assert _totals("Gunmen killed a guard, his wife, and their son in Kemo.") == (3, 0)
    # the description is the name's person, not one more
    assert _totals("Assailants shot and killed Ahmed Nur, a local elder, in Baidoa.") == (1, 0)


def test_a_person_a_names_possessive_makes_definite_is_one():
    assert _totals("Karzai's cousin was killed in the attack on the convoy.") == (1, 0)
    assert _totals("Hamid Karzai's cousin and a bodyguard were killed in the attack.") == (2, 0)
    # a possessive of no person, and a person who only speaks, are no count
    assert _totals("Kenya's army said it had repelled the raid.") == (0, 0)
    assert _totals("Nigeria's president condemned the attack, which killed 12 people.") == (12, 0)


def test_a_person_joined_with_a_name_after_the_noun_is_one_more():
    assert _totals("Gunmen killed the chief and his son Ali in Kemo.") == (2, 0)
    assert _totals("Police said the gunmen killed John Mwangi and his brother Peter Mwangi in Nakuru.") == (2, 0)


def test_the_dead_of_an_operation_after_the_attackers_are_the_storys_too():
    assert _totals("Militants killed 12 civilians in Dalo on Monday, officials said. The army later said it had killed "
                   "20 militants in pursuit operations.") == (32, 0)
    assert _totals("Militants killed 12 civilians in Dalo on Monday. The military said it had launched air strikes on "
                   "militant hideouts, killing 20.") == (32, 0)
    # the attackers killed in the story's own fight are its dead
    assert _totals("Militants attacked an army base in Dalo on Monday, killing 12 soldiers. The army said 20 attackers "
                   "were killed in the fighting.") == (32, 0)
