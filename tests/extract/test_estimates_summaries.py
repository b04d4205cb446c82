"""Casualty counts as terrorism incident summaries and wire stories tell them: the attackers' own deaths told in a
relative clause or after the victims, the doer last in a list of the dead, and a relative clause's verb that is no
passive of its subject. Names and places are invented."""
from tests.extract.test_estimates_implicit import _counts  # one way to extract an article of our own
from tests.extract.test_estimates_incidents import _totals


# --- the attackers' own deaths in a relative clause ---

def test_a_relative_clause_tells_the_attackers_own_death():
    assert _totals("01/15/2017: The gunman, who later committed suicide, killed 6 people at a school in Kemo.") == (
        7, 0)
    assert _totals("The bomber, who died in the explosion, killed nine people and wounded 20.") == (10, 20)
    assert _totals("Two gunmen, both of whom were killed by police, shot dead five worshippers.") == (7, 0)
    assert _totals("Police said the attacker, who was shot dead by security guards, had killed three people.") == (4, 0)


def test_the_passive_after_a_relative_clause_is_its_subjects():
    assert _totals("The gunman, who killed 5 people, was later shot dead by police.") == (6, 0)
    assert _totals("1 militant and 1 soldier, who was a hostage, were killed by airstrikes.") == (2, 0)


def test_a_relative_clause_of_no_death_adds_no_one():
    assert _totals("The attacker, who was armed with a knife, killed three people.") == (3, 0)
    assert _counts("Two gunmen, who were later arrested, killed three people.") == [
        ("Two", 2, "exact", "arrested"), ("three", 3, "exact", "killed")]


def test_a_death_told_in_passing_in_a_relative_clause_is_no_count():
    assert _totals("Mourners paid tribute to his brother, who died late Friday in a hospital.") == (0, 0)


def test_a_relative_pronoun_before_adverbs_and_an_active_verb_is_no_passive():
    assert _counts("Two men who allegedly shot dead a man in Kemo clashed with police.") == [
        ("Two", 2, "exact", "other"), ("a man", 1, "exact", "killed")]
    assert _counts("Two men who were allegedly shot dead in Kemo were buried on Friday.") == [
        ("Two", 2, "exact", "killed")]


# --- the attackers' deaths told after the victims ---

def test_some_of_the_attackers_killed_after_the_victims_are_more_dead():
    assert _totals("Gunmen opened fire on worshippers at a church in Kemo. Seven people were killed. Two of the "
                   "assailants were also killed in the ensuing clash with police.") == (9, 0)
    assert _totals("Gunmen opened fire on worshippers at a church in Kemo. The attack killed seven people and "
                   "wounded 15 others. Police later killed two of the gunmen.") == (9, 15)


def test_some_of_the_attackers_joined_to_the_victims_are_more_dead():
    assert _totals("Assailants attacked a military camp in Kemo. Six soldiers and 15 of the attackers were "
                   "killed.") == (21, 0)


def test_some_of_the_victims_or_of_attackers_counted_before_are_no_more_dead():
    assert _totals("Gunmen killed seven people. One of the victims was killed in his car.") == (7, 0)
    assert _totals("Gunmen killed seven people, including two of the assailants.") == (7, 0)
    assert _totals("Gunmen killed seven people, two of the assailants among them.") == (7, 0)
    assert _totals("Soldiers killed two attackers and five civilians. One of the attackers was killed by a "
                   "soldier.") == (7, 0)
    # the victims of an act a clause tells of the doers: "the perpetrators" may be the only dead of the story's clash
    assert _totals("Two men who allegedly shot dead a man in Kemo clashed with police. One of the perpetrators died "
                   "and the other was arrested.") == (1, 0)


# --- the doer last in a list of the dead ---

def test_then_himself_at_the_end_of_a_list_of_the_dead_is_one_more():
    assert _totals("A gunman killed his wife, his two children and then himself in Kemo.") == (4, 0)
    assert _totals("A gunman killed three people and then himself.") == (4, 0)
    assert _totals("A gunman killed his wife, his two children and himself.") == (4, 0)
    assert _totals("A gunman killed his wife and then fled.") == (1, 0)


# --- people shot ---

def test_held_people_shot_in_a_passive_are_wounded():
    assert _counts("Three hostages were shot in the head.") == [("Three", 3, "exact", "wounded")]
    assert _counts("Assailants abducted five construction workers in Kemo. Two of the hostages were shot.") == [
        ("five", 5, "exact", "captured"), ("Two", 2, "exact", "wounded")]


def test_held_people_shot_dead_or_shot_at_are_not_wounded():
    assert _counts("Three hostages were shot dead.") == [("Three", 3, "exact", "killed")]
    assert _counts("Three hostages were shot at.") == [("Three", 3, "exact", "captured")]


def test_people_joined_after_a_person_a_shooting_verb_shot_are_wounded_with_that_person():
    assert _totals("The gunman shot his wife and two neighbours in Kemo.") == (0, 3)
    assert _totals("Gunmen shot the driver and two passengers near Tadur.") == (0, 3)


def test_people_joined_after_a_person_with_no_shooting_verb_are_not_wounded():
    assert _totals("The gunman met his wife and two neighbours in Kemo.") == (0, 0)
    assert _totals("Gunmen shot at the driver and two passengers near Tadur.") == (0, 0)


def test_some_of_the_people_shot_or_wounded_told_fatally_are_the_dead():
    assert _counts("Four people were shot, two of them fatally.") == [
        ("Four", 4, "exact", "killed_or_wounded"), ("two", 2, "exact", "killed")]
    assert _totals("Gunmen shot four people, two of them fatally, in Kemo on Monday.") == (2, 0)
    assert _counts("Five people were injured, two of them fatally.") == [
        ("Five", 5, "exact", "killed_or_wounded"), ("two", 2, "exact", "killed")]


def test_some_of_the_people_shot_told_otherwise_are_no_dead():
    assert _totals("Gunmen wounded five people, two of them seriously.") == (0, 5)
    assert _totals("Four people were shot, two of them in the head.") == (0, 4)


# --- people stabbed ---

def test_people_stabbed_are_wounded_unless_a_death_of_them_is_told():
    assert _counts("01/15/2017: A man stabbed three people at a train station in Kemo.") == [
        ("three", 3, "exact", "wounded")]
    assert _counts("Three people were stabbed at a train station in Kemo.") == [("Three", 3, "exact", "wounded")]
    assert _totals("An attacker stabbed two police officers, killing one.") == (1, 0)


def test_people_stabbed_to_death_are_killed():
    assert _counts("Three people were stabbed to death in Kemo.") == [("Three", 3, "exact", "killed")]
    assert _counts("Assailants stabbed two farmers to death in Kemo.") == [("two", 2, "exact", "killed")]


def test_a_death_of_the_people_stabbed_told_past_the_attackers_fate_makes_them_dead_or_wounded():
    assert _totals("An assailant stabbed three people in Kemo. The assailant was shot dead by police. One of the "
                   "victims died and two were injured.") == (2, 2)
    # past a sentence of others than the attackers, a death is of no one stabbed
    assert _totals("An assailant stabbed three people in Kemo. Two soldiers were wounded in Tadur. One man died in "
                   "a fire in Lenmar.") == (1, 5)


# --- a toll given first ---

def test_a_toll_a_source_had_earlier_put_is_replaced_by_the_newer():
    assert _totals("Clashes in Kemo killed 15 people and wounded 40 over the weekend, the health ministry said. The "
                   "ministry had earlier put the death toll at 9.") == (15, 40)
    assert _totals("Clashes in Kemo killed 15 people over the weekend. Officials had previously put the toll at "
                   "11.") == (15, 0)


def test_a_toll_put_now_or_of_no_other_figure_is_kept():
    # (another source's figure, not one given first: it stays a figure of the toll, aside from the story's dead)
    assert _counts("Clashes in Kemo killed 15 people over the weekend. Hospital sources put the death toll at 17.") == [
        ("15", 15, "exact", "killed"), ("17", 17, "exact", "other")]
    assert _totals("The ministry had earlier put the death toll at 9.") == (9, 0)


# --- a total told again in parts ---

def test_counts_of_a_sentence_adding_up_to_a_count_before_are_its_parts():
    assert _totals("Two car bombs exploded in Baghdad on Sunday, killing 11 people and wounding 35, police said. The "
                   "first bomb killed six people in a market, and the second killed five near a mosque.") == (11, 35)
    assert _totals("Militants attacked a base in Kemo, killing 9 people. Seven soldiers and two civilians were "
                   "killed.") == (9, 0)


def test_counts_of_a_sentence_adding_up_to_no_count_before_are_more():
    assert _totals("Two car bombs exploded in Baghdad on Sunday, killing 11 people. The first bomb killed six people "
                   "in a market, and the second killed seven near a mosque.") == (24, 0)
    assert _totals("Militants attacked a base in Kemo, killing 9 people. Seven more soldiers and two civilians died "
                   "later.") == (18, 0)
    # the total in a headline the story tells in parts only: the parts are kept
    assert _totals("Car bombs kill 11 in Baghdad\n\nThe first bomb killed six people in a market, and the second "
                   "killed five near a mosque.") == (11, 0)


# --- one more told by "another" ---

def test_another_after_a_count_of_one_of_its_kind_is_one_more():
    assert _totals("Assailants opened fire on a vehicle in Kemo. One soldier died at the scene and another died later "
                   "in the hospital.") == (2, 0)
    assert _totals("Assailants opened fire on a vehicle in Kemo. One soldier was killed. Another was killed in "
                   "Tadur.") == (2, 0)


def test_the_one_told_again_after_a_count_of_one_is_no_more():
    assert _totals("Assailants opened fire on a vehicle in Kemo. One soldier was killed. The soldier was killed at "
                   "the scene.") == (1, 0)


# --- the attacker told by a pronoun ---

def test_a_pronoun_of_the_attacker_in_the_next_sentence_is_one_more_dead():
    assert _totals("The gunman killed 5 people at a mall in Kemo. He was later shot dead by police.") == (6, 0)
    # and no death of the people he shot
    assert _totals("The gunman shot 5 people at a mall in Kemo. He was later shot dead by police.") == (1, 5)


def test_a_pronoun_of_a_victim_in_the_next_sentence_is_the_victim_told_again():
    assert _totals("Gunmen killed a teacher in Kemo. He was shot in the head.") == (1, 0)
    assert _totals("Gunmen shot a trader in Kemo. He died on the way to hospital.") == (1, 0)


def test_the_attackers_told_dead_after_a_count_of_them_count_as_many():
    assert _totals("Two gunmen killed three people at a market in Kemo. The gunmen were shot dead by police.") == (
        5, 0)
    assert _totals("Three assailants attacked a checkpoint in Kemo, killing a soldier. The attackers were killed in "
                   "the ensuing firefight.") == (4, 0)


def test_the_attackers_with_no_count_of_them_or_already_counted_dead_are_no_more():
    assert _totals("Gunmen killed three people at a market in Kemo. The gunmen were shot dead by police.") == (3, 0)
    assert _totals("Police killed two gunmen in Kemo. The gunmen were killed in a shootout.") == (2, 0)
    assert _totals("Two gunmen killed three people in Kemo. The gunmen fled on motorcycles.") == (3, 0)


# --- the wounded who later died ---

def test_people_wounded_and_later_dead_are_dead():
    assert _totals("Assailants attacked a police patrol in Kemo. A police officer was wounded and later died in "
                   "hospital.") == (1, 0)
    assert _totals("Three soldiers were injured and subsequently died of their wounds.") == (3, 0)


def test_people_wounded_and_no_death_told_are_wounded():
    assert _totals("Assailants attacked a police patrol in Kemo. A police officer was wounded and later taken to "
                   "hospital.") == (0, 1)
    assert _totals("Three soldiers were wounded and two civilians were killed.") == (2, 3)


# --- attackers killing themselves ---

def test_attackers_killing_themselves_are_dead_and_the_others_joined_too():
    assert _totals("Two female suicide bombers detonated their explosives at a market in Kemo, killing themselves "
                   "and 9 others.") == (11, 0)
    assert _totals("Two suicide bombers detonated their vests at a checkpoint in Kemo, killing themselves.") == (2, 0)
    assert _totals("Three gunmen stormed a school in Kemo, killing 5 pupils before killing themselves.") == (8, 0)


def test_themselves_after_no_casualty_verb_or_of_no_attackers_adds_no_one():
    assert _totals("Two suicide bombers blew themselves up at a market in Kemo, killing 9 people.") == (11, 0)
    assert _totals("Two gunmen were arrested after the villagers defended themselves, killing one.") == (1, 0)
    assert _totals("Three gunmen stormed a school in Kemo, presenting themselves as policemen.") == (0, 0)


# --- a figure's noun is no one ---

def test_a_toll_or_a_total_after_a_is_no_person():
    assert _counts("A hospital official gave a higher toll of seven dead.") == [("seven", 7, "exact", "killed")]
    assert _counts("Officials gave a toll of seven dead.") == [("seven", 7, "exact", "killed")]


def test_a_person_after_a_is_still_one():
    assert _counts("A hospital official said a nurse was killed.") == [("a nurse", 1, "exact", "killed")]


# --- the attacker's death joined to the clause of the act ---

def test_a_summarys_subject_after_its_date_takes_the_passive_joined_to_its_clause():
    assert _totals("09/09/2016: The assailant killed two people before being shot dead.") == (3, 0)
    assert _totals("09/09/2016: An assailant armed with a knife attacked pedestrians in Kemo, killing two people and "
                   "injuring five others before being shot dead by police.") == (3, 5)


def test_no_subject_or_a_clause_ended_before_the_passive_takes_none():
    assert _totals("Police said: two people died before being taken to hospital.") == (2, 0)
    assert _totals("09/09/2016: The assailant killed two people; a third man was later shot dead.") == (3, 0)


# --- an insert set off by dashes ---

def test_the_verb_after_an_insert_set_off_by_dashes_is_the_counts():
    assert _counts("Two people - a man and his son - were killed in Kemo.") == [("Two", 2, "exact", "killed")]
    assert _counts("Two people — a man and his son — died.") == [("Two", 2, "exact", "killed")]


def test_an_insert_set_off_by_dashes_with_no_casualty_verb_after_it_gives_none():
    assert _counts("Two people - a man and his son - survived.") == [("Two", 2, "exact", "other")]
    assert _totals("Two people - a man and his son - were rescued, and a woman was killed.") == (1, 0)
