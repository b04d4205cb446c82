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


def test_a_figure_reported_in_the_past_perfect_beside_a_newer_toll_is_the_earlier_figure():
    assert _totals("The death toll from a suicide attack in Kabul rose to 30 on Wednesday, officials said. At least 18 "
                   "people had been reported killed on Tuesday.") == (30, 0)
    assert _totals("At least 18 people had been reported killed by Tuesday night. The death toll rose to 30 on "
                   "Wednesday.") == (30, 0)
    # the dead of before the news, not a report of them, are the story's
    assert _totals("Rescuers found the bodies of two miners on Friday. Three others had been killed when the shaft "
                   "collapsed on Monday.") == (5, 0)


def test_a_person_its_possessive_makes_definite_is_one():
    assert _totals("Gunmen attacked a bus near Kemo, killing its driver and two passengers.") == (3, 0)
    assert _totals("Gunmen attacked a truck, killing its driver and his assistant.") == (2, 0)
    assert _totals("The company said its chairman had resigned.") == (0, 0)


def test_names_set_off_after_a_count_are_its_people_told_again():
    assert _totals("Assailants shot and killed two tribal elders, Malik Khan and Gul Zaman, in Bajaur.") == (2, 0)
    assert _totals("Gunmen killed three farmers, Ana Lind, Omar Farah, and Ali Musa, near Kemo.") == (3, 0)
    # more names than the count are not all of its people
    assert _totals("Two journalists were wounded and gunmen killed one guard, Ali Musa and Omar Farah.") == (3, 2)


def test_a_share_of_the_dead_is_no_count_of_them():
    assert _totals("Farmers said frost had killed 30 percent of the crop.") == (0, 0)
    assert _totals("About 82 percent of the victims were killed by people they knew.") == (0, 0)
    assert _totals("Gunmen killed 12 people in Kemo on Monday; 40% of the dead were children.") == (12, 0)


def test_the_dead_told_as_a_rate_are_of_no_incident():
    assert _totals("Malaria kills about 400,000 people annually, the WHO says.") == (0, 0)
    assert _totals("We lose 33,000 people a year to gun violence.") == (0, 0)
    assert _totals("Shelling killed 9 people in Tamo on Sunday. The fighting kills about 50 civilians a day.") == (9, 0)
    # when, or how long it took, is no rate
    assert _totals("Gunmen killed 5 people a day after the election.") == (5, 0)
    assert _totals("In taking 129 lives in little more than half an hour, the attackers showed how deadly such "
                   "weapons are.") == (129, 0)


def test_the_part_of_a_whole_of_no_figure_takes_its_verb():
    assert _totals("Several people were killed in the raid on Kemo, including three children.") == (3, 0)
    assert _totals("Gunmen attacked a village, killing an unknown number of soldiers, among them two "
                   "officers.") == (2, 0)
    assert _totals("Several people were wounded in the raid, including three children.") == (0, 3)
    # a whole with a figure is the count, its part no more of them
    assert _totals("Gunmen killed 12 people in the raid, including three children.") == (12, 0)
    assert _totals("Several buildings were destroyed, including three schools.") == (0, 0)


def test_a_name_after_of_is_what_a_person_is_of_not_a_victim():
    assert _totals("On 6 May 2021, a member of Jubo Dal was hacked to death in Comilla.") == (1, 0)
    assert _totals("On 6 May 2021, the chairman of Rampur Union was shot dead.") == (1, 0)
    assert _totals("On 6 May 2021, 1 resident of Kofa was killed and 2 residents of Dawa were injured.") == (1, 2)
    assert _totals("The son of Ali Musa was killed in the attack.") == (1, 0)


def test_a_harm_told_fatal_is_a_death():
    assert _totals("On 6 May 2021, two men accused of theft were fatally assaulted by a mob in Kisumu.") == (2, 0)
    assert _totals("On 6 May 2021, a trader was fatally stabbed in Kano.") == (1, 0)
    assert _totals("A soldier was mortally wounded by a sniper near Tamo.") == (1, 0)
    assert _totals("Three villagers were fatally injured when a shell hit their house.") == (3, 0)
    # the doers of a fatal act are not its dead
    assert _totals("Two gunmen fatally shot three people in Kano.") == (3, 0)


def test_the_verb_after_a_parenthesis_of_the_counted_is_theirs():
    assert _totals("On 2 June 2021, 5 civilians (2 men, 2 women and a child) were killed when their car hit a mine in "
                   "Ghazni.") == (5, 0)
    assert _totals("On 2 June 2021, an attack left 3 fighters (including a commander) dead and 6 others injured near "
                   "Tal Afar.") == (3, 6)
    assert _totals("On 2 June 2021, four members of a gang (the Red Lions) died in a shootout with police.") == (4, 0)
    # a body of people and its acronym is no one person
    assert _totals("On 2 June 2021, a rebel was killed while two Security Forces (SFs) were injured.") == (1, 2)


def test_the_dead_a_protest_was_over_are_none_of_its_own():
    assert _totals("On 4 June 2021, residents protested in Kumasi after a soldier shot and killed a motorcyclist.") \
        == (0, 0)
    assert _totals("On 4 June 2021, students demonstrated in Dhaka over the death of two classmates.") == (0, 0)
    # (a vigil mourns the dead, no protest over them: they are the incident's, stop 65)
    assert _totals("On 4 June 2021, relatives held a vigil in Caracas for 12 prisoners who were killed by guards.") \
        == (12, 0)
    # the protest's own dead
    assert _totals("On 4 June 2021, during a protest in Kumasi, police shot dead 2 protesters.") == (2, 0)
    assert _totals("On 4 June 2021, police fired on protesters in Kumasi, killing 3.") == (3, 0)
    assert _totals("On 4 June 2021, protesters clashed with police in Kumasi. One demonstrator was killed.") == (1, 0)


def test_a_count_joined_to_a_bare_plural_takes_their_verb():
    assert _totals("On 2 June 2021, forces clashed near Sirte. Seven government soldiers and alleged foreign "
                   "mercenaries were reportedly killed.") == (7, 0)
    assert _totals("At least 11 soldiers and militia members were killed when a bomber struck the base.") == (11, 0)
    # what a possessive or determiner opens is no more of the counted
    assert _totals("Two people and their houses were burned.") == (0, 0)


def test_another_year_in_a_note_of_no_publication_date_is_past(monkeypatch):
    monkeypatch.setattr(implicit, "PUBLISHED", None)  # notes and incident summaries carry no publication date
    assert _totals("11/06/2017: Assailants detonated an explosive device at a market in Tal Afar, Nineveh, Iraq. Seven "
                   "people were killed. In 2014, militants killed 40 people in the town.") == (7, 0)
    assert _totals("On 5 May 2020, gunmen killed 3 villagers in Kaura. In April 2019, 40 people were killed in the "
                   "same village.") == (3, 0)
    assert _totals("On 5 May 2020, gunmen killed 3 villagers in Kaura.") == (3, 0)
