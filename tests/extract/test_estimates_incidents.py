"""Casualty counts as incident summaries and event notes tell them: the victims told twice, counts left implicit
("another was wounded", "Both victims"), a count's verb past an "of" phrase, the dead found as bodies, and what must
not count (an appositive, "a number of", "one from each side"). Names and places are invented."""
from datetime import date

from tests.extract.test_estimates import event, run
from tests.extract.test_estimates_implicit import _counts  # one way to extract an article of our own

KILLED = {"killed", "dead", "deaths", "fatalities", "killed_civilians"}


def _totals(text: str) -> tuple[int, int]:
    """Killed and wounded as an incident is scored: the sum of the values of each category (a vague count, "several",
    has none)."""
    found = [(v, cat) for _, v, _, cat in _counts(text) if v is not None]
    return (int(sum(v for v, cat in found if cat in KILLED)), int(sum(v for v, cat in found if cat == "wounded")))


# --- how a wound is told ---

def test_sustained_or_suffered_injuries_is_wounded():
    assert _counts("The mayor's two guards sustained injuries in the explosion.") == [("two", 2, "exact", "wounded")]
    assert _counts("Five passengers suffered gunshot wounds when the bus was hit.") == [
        ("Five", 5, "exact", "wounded")]


def test_an_adverb_of_degree_before_the_wound():
    assert _counts("Gunmen stabbed a guard in Lenmar. The guard was moderately wounded.") == [
        ("The guard", 1, "exact", "wounded")]


# --- the verb of a count past an "of" phrase ---

def test_the_verb_after_an_of_phrase_is_the_counts():
    assert _counts("Four members of a family were killed in Oruma.") == [("Four", 4, "exact", "killed")]
    assert _counts("Five members of the security forces were killed near Tavel.") == [
        ("Five", 5, "exact", "killed")]


def test_the_verb_after_an_of_phrase_and_an_insert_is_the_counts():
    assert _totals("Five members of the same family, including two children, were killed when their car hit a "
                   "landmine.") == (5, 0)


def test_the_verb_after_a_phrase_of_where_is_the_counts():
    assert _counts("All six soldiers in the vehicle were killed.") == [("six", 6, "exact", "killed")]
    assert _counts("Two passengers on the bus were killed.") == [("Two", 2, "exact", "killed")]
    assert _counts("All 12 people on board died.") == [("12", 12, "exact", "killed")]


def test_a_casualty_verb_shared_by_two_counts_outranks_a_head_noun():
    assert _counts("At least 334 hostages and 31 assailants were killed in Dalo.") == [
        ("At least 334", 334, "at_least", "killed"), ("31", 31, "exact", "killed")]


def test_a_definite_person_coordinated_with_another_shares_the_verb():
    assert _totals("Assailants attacked the home of a tribal elder in Kemo. The elder and his son were killed.") == (
        2, 0)
    assert _totals("The driver and a passenger were wounded when the bus was hit.") == (0, 2)
    assert _totals("The driver and his son live in Kemo.") == (0, 0)  # no casualty verb: no count


def test_a_or_an_after_of_is_no_count():
    # (the judge is no count; nobody hurt is a count of 0, stop 58)
    assert _counts("The house of a judge was set on fire and nobody was hurt.") == [("nobody", 0, "exact", "wounded")]


def test_a_number_of_is_no_count_of_one():
    assert _counts("A number of soldiers were killed in the ambush near Tavel.") == []
    assert _counts("An unknown number of rebels were wounded.") == []


# --- the dead found as bodies ---

def test_the_bodies_of_a_count_are_dead():
    assert _counts("The bodies of two kidnapped soldiers were found in Sorel.") == [("two", 2, "exact", "killed")]
    assert _counts("The body of a kidnapped police officer was found in Sorel.") == [
        ("a kidnapped police officer", 1, "exact", "killed")]


def test_the_body_of_one_person_found_is_one_dead():
    assert _totals("Assailants abducted a council member in Mandor. The victim's body was discovered two days "
                   "later.") == (1, 0)
    assert _totals("Gunmen abducted a trader. His body was found the next day.") == (1, 0)
    assert _totals("Police found the hostage's body in a ditch near Kemo.") == (1, 0)
    assert _totals("The body of the abducted teacher was found on Monday.") == (1, 0)


def test_a_body_of_one_already_counted_is_not_added():
    assert _totals("Gunmen killed a teacher in Kemo. His body was found in a ditch.") == (1, 0)
    assert _totals("A trader was shot dead in Kemo. The trader's body was recovered on Monday.") == (1, 0)


def test_a_body_that_is_no_persons_is_no_count():
    assert _totals("The car's body was found badly damaged.") == (0, 0)
    assert _totals("The victim's body was taken to the mortuary.") == (0, 0)  # found: not said


def test_the_victims_bodies_are_as_many_as_were_taken():
    assert _totals("Assailants abducted four truck drivers near Palor. The victims' bodies were found the next day.") \
        == (4, 0)
    assert _totals("Assailants abducted three aid workers in Kemo. The bodies of the victims were found near Tassi.") \
        == (3, 0)


def test_the_victims_bodies_after_a_killed_count_are_not_added():
    assert _totals("Gunmen abducted three farmers and killed them. Later, 3 people were killed in Kemo. "
                   "The bodies of the victims were found near Tassi.") == (3, 0)


def test_more_bodies_are_added_not_restated():
    assert _totals("Missiles struck Dorvan. 10 civilians were killed. Rescuers found 10 more bodies under the rubble.") \
        == (20, 0)



def test_as_many_bodies_as_the_dead_told_before_are_those_dead():
    assert _totals("Gunmen killed 23 people in a raid on Kemo. Police said 23 bodies had been recovered.") == (23, 0)
    assert _totals("Gunmen killed a farmer and his two sons. Their three bodies were found in a ditch.") == (3, 0)

# --- counts of one left implicit ---

def test_another_before_its_verb_is_one_more():
    assert _counts("Three of his bodyguards were killed and another was wounded.") == [
        ("Three", 3, "exact", "killed"), ("another", 1, "exact", "wounded")]
    assert _totals("Two soldiers were killed and another soldier was injured in Brava.") == (2, 1)


def test_another_after_an_active_casualty_verb_is_one_more():
    assert _totals("Unknown gunmen killed a man and wounded another in Kemo on Monday.") == (1, 1)
    assert _totals("The blast killed one soldier and injured another.") == (1, 1)
    assert _totals("Gunmen killed 23 soldiers and injured another 15.") == (23, 15)


def test_another_before_a_number_or_a_thing_is_no_count():
    assert _totals("Another 5 people were wounded in Brava.") == (0, 5)
    assert _totals("Another attack killed 3 people in Brava.") == (3, 0)


def test_an_age_before_the_person():
    assert _counts("A 54-year-old man and a woman were injured in the shelling.") == [
        ("A 54-year-old man", 1, "exact", "wounded"), ("a woman", 1, "exact", "wounded")]


def test_both_victims_are_two():
    assert _counts("Gunmen abducted a village chief and his son in Tumbo. Both victims were found dead later.") == [
        ("a village chief", 1, "exact", "captured"), ("his son", 1, "exact", "captured"),
        ("Both victims", 2, "exact", "killed")]


def test_both_victims_after_a_count_of_two_are_told_again():
    assert _totals("Two traders were shot dead in Tumbo. Both victims were found dead near the market.") == (2, 0)


def test_both_of_a_thing_is_no_count():
    assert _counts("Both sides were killed in large numbers.") == []
    assert _counts("Both families were hurt by the decision.") == []


def test_a_couple_is_two():
    assert _totals("Gunmen shot dead the couple in their home in Kemo.") == (2, 0)
    assert _totals("A couple and their three children were killed when a shell hit their house.") == (5, 0)
    assert _totals("The elderly couple were found dead in their burnt house.") == (2, 0)


def test_a_couple_told_again_or_a_couple_of_is_no_count_of_two():
    assert _totals("Gunmen killed a teacher and her husband. The couple were later found dead.") == (2, 0)
    assert _counts("A couple of soldiers were wounded in the clash.") == []


def test_each_relative_listed_after_a_count_of_one():
    assert _totals("Gunmen shot and killed a village chief, his wife and their son in Kpelo.") == (3, 0)


# --- named victims ---

def test_a_name_and_its_description_are_one_person():
    assert _counts("Assailants shot and killed Tomas Ruvalo, a local councillor, in Sanbar.") == [
        ("Tomas Ruvalo", 1, "exact", "killed")]
    assert _totals("Gunmen killed Hassan Omar Yusuf, a member of the regional council, in Bosal.") == (1, 0)


def test_a_description_and_a_person_listed_after_a_name_still_count():
    assert _totals("Gunmen killed Ana Lind, a teacher, and a student in Bosal.") == (2, 0)
    assert _totals("Gunmen killed a man, a woman and a child in Bosal.") == (3, 0)


def test_a_title_between_the_verb_and_the_name():
    assert _counts("Assailants shot dead journalist Amir Hadda in Lashgar.") == [("Amir Hadda", 1, "exact", "killed")]
    assert _counts("Militants killed police officer Omar Dale in Lashgar.") == [("Omar Dale", 1, "exact", "killed")]


def test_a_surname_after_the_full_name():
    assert _counts("Gunmen fired on a car carrying Deputy Mayor Ramon Estebo in Tiburna. Estebo was killed and "
                   "his driver was wounded.") == [("Estebo", 1, "exact", "killed"), ("his driver", 1, "exact", "wounded")]


def test_a_surname_with_no_name_before_or_counted_before_is_no_count():
    assert _counts("Ortega was killed in the attack.") == []
    assert _totals("Gunmen shot dead Ramon Estebo in Tiburna. Estebo was killed on his way home.") == (1, 0)


def test_a_name_of_many_is_no_person():
    assert _counts("Two members of the regime's Air Force Command were killed.") == [("Two", 2, "exact", "killed")]


def test_a_person_named_in_a_coordination_with_a_plural_verb():
    found = _counts("Four rebels and a Police Sub-Inspector were killed in Pardo.")
    assert found == [("Four", 4, "exact", "killed"), ("a Police Sub-Inspector", 1, "exact", "killed")]


def test_a_name_before_an_active_perfect_is_the_killer():
    assert _counts("Sultan Murad Brigade is believed to have killed him near Tel Ruma.") == [
        ("him", 1, "exact", "killed")]


# --- the same victims told again, or a part of them ---

def test_among_the_dead_is_part_of_the_count():
    assert _totals("Assailants attacked a village in Dolo, killing 10 people. Among the dead were three children.") \
        == (10, 0)


def test_a_count_in_another_place_shares_the_verb():
    assert _totals("Gunmen attacked two villages. Twelve people were killed in Kabo and eight in Tadu.") == (20, 0)


def test_as_many_of_a_head_that_only_repeats_the_category_are_those_told():
    assert _totals("On 8 May 2024, in Kemo, gunmen shot a man in the market. The victim was injured. 1 injured.") \
        == (0, 1)
    assert _totals("Militants killed 8 soldiers and wounded five at a post near Gao. Eight people were killed and "
                   "five injured, the army said.") == (8, 5)


def test_as_many_of_the_same_people_told_in_a_quote_are_those_told():
    assert _totals('Gunmen killed 12 villagers in Kemo on Sunday, police said. "Twelve villagers were killed and the '
                   'attackers fled," police spokesman Ali Sani said.') == (12, 0)
    assert _totals('A suicide bomber killed 14 worshippers at a mosque in Dalo on Friday. "Fourteen worshippers died '
                   'and 30 were wounded," said Ali Sani, a police official.') == (14, 30)
    assert _totals('Militants killed 8 soldiers and wounded five at a post near Gao. "Eight soldiers were killed and '
                   'five injured," the army said.') == (8, 5)


def test_as_many_of_the_same_people_are_more_only_in_another_incident():
    text = 'Gunmen killed 3 soldiers in Kabo on Monday. "Three soldiers died in the ambush," the army said.'
    events = [event(text, "killed", date(2024, 12, 23)), event(text, "ambush", date(2024, 12, 23))]
    assert [e.value for e in run(text, events=events) if e.category == "killed"] == [3]
    text = "Gunmen killed 3 soldiers in Kabo on Monday. On Sunday, 3 soldiers were killed in an ambush near Tadur."
    events = [event(text, "killed", date(2024, 12, 23)), event(text, "ambush", date(2024, 12, 22))]
    assert [e.value for e in run(text, events=events) if e.category == "killed"] == [3, 3]
    assert _totals("Gunmen killed 3 soldiers in Kabo. In a separate attack, 3 soldiers were killed near Tadur.") \
        == (6, 0)
    assert _totals("Gunmen killed 3 soldiers in Kabo. Another 3 soldiers were killed near Tadur.") == (6, 0)


def test_one_from_each_side_is_part_of_the_count():
    assert _totals("Two were killed, one from each side, and two others injured.") == (2, 2)


def test_a_second_verb_joined_to_a_casualty_verb():
    assert _counts("Residents of Canavo lynched and burned two suspected gang members.") == [
        ("two", 2, "exact", "killed")]


# --- whole summaries ---

def test_incident_summaries():
    assert _totals("07/22/2015: Assailants attacked a checkpoint in Qaryat Salo, Ninawa province. Three soldiers "
                   "were killed and five others were wounded in the blast. No group claimed responsibility.") == (3, 5)
    assert _totals("04/14/2017: Gunmen attacked the convoy of Governor Nasir Walee in Bakhar. The governor survived "
                   "the attack, but three of his bodyguards were killed and another was wounded.") == (3, 1)
    assert _totals("08/30/2012: An explosive device detonated outside a bank in Lomar. No casualties were "
                   "reported.") == (0, 0)


# --- more ways a report tells one person or a few ---

def test_the_only_fatality():
    assert _counts("A bomber detonated explosives near a post in Gorma. The bomber was the only fatality.") == [
        ("The bomber", 1, "exact", "killed")]


def test_another_with_its_participle_and_no_auxiliary():
    assert _totals("Gunmen fired on a car in Ramsi. One person was killed and another wounded.") == (1, 1)


def test_a_person_and_her_children():
    assert _totals("Assailants set fire to a house in Kavel. A woman and her two children were killed.") == (3, 0)


def test_a_person_noun_after_a_plural_modifier():
    assert _counts("A police constable was killed and his colleague sustained injuries.") == [
        ("A police constable", 1, "exact", "killed"), ("his colleague", 1, "exact", "wounded")]


def test_no_one_is_nobody():
    # nobody hurt is a count of 0 (stop 58; before, no count)
    assert _counts("An explosive device detonated outside a bank in Darel. No one was hurt in the blast.") == [
        ("No one", 0, "exact", "wounded")]


def test_the_headmaster_of_a_school():
    assert _totals("Assailants shot and killed the headmaster of a school in Dhamel.") == (1, 0)


def test_burn_injuries_are_wounds():
    assert _counts("Six passengers received burn injuries when the bus was set alight.") == [
        ("Six", 6, "exact", "wounded")]


def test_a_toll_that_only_repeats_the_count_does_not_replace_it():
    assert _counts("At least 12 people were killed in the blast in Shabra. The death toll stood at 12.") == [
        ("At least 12", 12, "at_least", "killed"), ("12", 12, "exact", "other")]


# --- the attackers among the dead ---

def test_bombers_who_blew_themselves_up_are_dead():
    assert _totals("Two suicide bombers blew themselves up near a mosque in Kondel, killing a worshipper.") == (3, 0)


def test_the_attacker_killed_after_the_victims_is_one_more():
    assert _totals("An assailant stabbed two tourists in Hurgel. One tourist died and the other was wounded. "
                   "The attacker was shot dead by police.") == (2, 1)
    assert _totals("Gunmen attacked a bank in Galko. Three guards were killed. Both assailants were also killed.") \
        == (5, 0)


def test_the_bomber_told_again_after_the_bomber_is_not_added():
    assert _totals("A suicide bomber detonated herself near a police station in Maidel. Only the bomber died in "
                   "the blast.") == (1, 0)


def test_the_victim_told_again_is_not_added():
    assert _totals("Two traders were shot dead in Tumbo. The man had received threats.") == (2, 0)
    assert _totals("A trader was shot dead in Tumbo. The victim was later found dead by his family.") == (1, 0)


def test_the_other_before_its_verb_is_one():
    assert _counts("One tourist died and the other was wounded.") == [
        ("One", 1, "exact", "killed"), ("the other", 1, "exact", "wounded")]


def test_killed_them_after_a_count_of_the_captured():
    assert _counts("Gunmen kidnapped two engineers in Gotel and killed them the next day.") == [
        ("two", 2, "exact", "captured"), ("them", 2, "exact", "killed")]
    assert _totals("Gunmen kidnapped two engineers in Gotel and later released them.") == (0, 0)


def test_all_before_a_count_after_a_casualty_verb():
    assert _counts("Assailants ambushed a vehicle near Kapel, killing all four occupants.") == [
        ("four", 4, "exact", "killed")]


def test_a_bomber_who_blew_himself_up_is_counted_once():
    assert _totals("A suicide bomber blew himself up at a checkpoint in Tarel, killing five soldiers.") == (6, 0)
    assert _totals("A suicide bomber blew himself up at a market in Tarel, killing himself and 12 others.") == (13, 0)


# --- descriptions between a count and its verb ---

def test_a_description_between_a_count_and_its_verb():
    assert _counts("Two people, a man and his wife, were killed in Tarel.") == [("Two", 2, "exact", "killed")]
    assert _totals("Five people, all civilians, were killed in Tarel.") == (5, 0)
    assert _totals("Ali Musa, a 45-year-old farmer, was killed in Tarel.") == (1, 0)
    assert _totals("Ali Musa, 45, was shot dead in Tarel.") == (1, 0)


def test_names_listed_after_a_casualty_verb_each_count():
    assert _counts("Gunmen shot and killed Ali Musa, Omar Farah and Said Ali in Tarel.") == [
        ("Ali Musa", 1, "exact", "killed"), ("Omar Farah", 1, "exact", "killed"), ("Said Ali", 1, "exact", "killed")]


def test_a_part_in_commas_takes_no_verb_after_it():
    assert _counts("Five people were killed, among them two women, and 3 were hurt.") == [
        ("Five", 5, "exact", "killed"), ("two", 2, "exact", "other"), ("3", 3, "exact", "wounded")]
    assert _totals("Twenty people were killed, including 4 children, while 51 were injured.") == (20, 51)


# --- a person told by a pronoun ---

def test_a_pronoun_governed_by_a_casualty_verb_is_one():
    assert _counts("Gunmen shot a trader in Tarel. He died on the way to hospital.") == [("He", 1, "exact", "killed")]
    assert _counts("The assailants shot the victim in the head, killing him instantly.") == [
        ("him", 1, "exact", "killed")]
    assert _counts("Gunmen abducted a teacher in Tarel. She was later found dead.") == [
        ("a teacher", 1, "exact", "captured"), ("She", 1, "exact", "killed")]


def test_a_pronoun_after_a_count_of_that_kind_is_told_again():
    assert _totals("A man was shot dead in Tarel. He died instantly.") == (1, 0)
    assert _totals("Gunmen shot dead a civilian in Tarel. Other reports claim that he was killed by accident.") == (1, 0)


def test_a_pronoun_that_acts_or_owns_is_no_count():
    assert _totals("He killed two soldiers in Tarel.") == (2, 0)
    assert _counts("Gunmen killed her husband in Tarel.") == [("her husband", 1, "exact", "killed")]



# --- coordinated counts of wire copy ---

def test_all_of_a_second_count_shares_the_verb():
    assert _counts("Seventeen soldiers and all four assailants were killed in the assault.") == [
        ("Seventeen", 17, "exact", "killed"), ("four", 4, "exact", "killed")]


def test_one_person_joined_after_a_count_is_one_more():
    assert _totals("A suicide bomber rammed a truck into a police station, killing six police officers and the "
                   "bomber.") == (7, 0)
    assert _totals("The bomber drove into the checkpoint, killing six soldiers and himself.") == (7, 0)
    assert _totals("The raid killed five militants and a civilian.") == (6, 0)
    # a group joined after is no one person
    assert _totals("Gunmen killed two soldiers and the guards at the gate.") == (2, 0)


def test_the_perpetrator_killed_is_one_more():
    assert _totals("A bomb exploded in a market in Dalo. Five people were killed, including two children, and the "
                   "perpetrator was also killed.") == (6, 0)


def test_martyred_and_part_of_them():
    assert _totals("Two policemen were martyred and another sustained injuries in the attack.") == (2, 1)
    assert _totals("Gunmen attacked a bus carrying 30 people. Five of them were killed.") == (5, 0)
    assert _counts("Security operatives nabbed three suspected kidnappers.") == [("three", 3, "exact", "arrested")]


def test_a_thing_coordinated_with_a_count_is_no_count():
    assert _counts("Police said four suspects were killed in a shootout and two others were detained.") == [
        ("four", 4, "exact", "killed"), ("two", 2, "exact", "arrested")]


def test_a_house_number_is_no_count_of_the_dead():
    assert _totals("A boy and his father were shot dead at 23 Kimathi Street in Dalo.") == (2, 0)
    assert _totals("Gunmen killed three traders outside 115 Market Rd. on Sunday.") == (3, 0)


def test_a_casualty_verb_before_held_people_outranks_what_they_were():
    assert _counts("Gunmen killed 3 hostages in Dalo.") == [("3", 3, "exact", "killed")]
    assert _counts("Troops shot dead 4 detainees who tried to escape.") == [("4", 4, "exact", "killed")]
    assert _counts("The militants beheaded two captives.") == [("two", 2, "exact", "killed")]


def test_held_people_with_no_casualty_verb_stay_held():
    assert _counts("Gunmen kidnapped 3 hostages in Dalo.")[0][3] == "captured"
    assert _counts("The army freed 12 hostages on Monday.")[0][3] == "captured"


def test_a_subject_takes_the_passive_casualty_verb_joined_to_its_clause():
    assert _totals("The assailant killed three villagers before being shot dead by security forces.") == (4, 0)
    assert _totals("A gunman killed two people in Dalo and was later shot dead by police.") == (3, 0)
    assert _totals("Three attackers stormed the hotel, killing 12 guests, before being killed by special forces.") \
        == (15, 0)
    assert _counts("On 27 April 2020, three smugglers exchanged fire with police before being arrested.") == [
        ("three", 3, "exact", "arrested")]


def test_a_passive_in_a_relative_clause_or_of_an_object_is_not_the_subjects():
    assert _totals("A gunman shot a trader who was later found dead.") == (1, 0)
    assert _totals("Two soldiers shot 5 civilians; the soldiers were arrested.") == (0, 5)  # the civilians shot


# --- possessives: "his two sons", "my father", "of our fighters" ---

def test_a_casualty_verb_governs_a_count_past_a_possessive():
    assert _counts("Gunmen killed his two sons in Kemo.") == [("two", 2, "exact", "killed")]
    assert _counts("The airstrike killed their three children.") == [("three", 3, "exact", "killed")]


def test_a_person_of_the_speaker_is_a_count_of_one():
    assert _totals('"They killed my father and my two brothers," said a villager.') == (3, 0)
    assert _totals('"Our son was shot dead at the checkpoint," his mother said.') == (1, 0)
    # told after a count of the dead, one of those
    assert _totals('Gunmen killed 4 villagers in the raid. "My husband was killed in front of me," she said.') == (4, 0)


def test_a_count_of_our_people_takes_its_verb():
    assert _counts('"Eight of our fighters were martyred," the group said.') == [("Eight", 8, "exact", "killed")]


def test_people_along_with_the_dead_are_dead_too():
    assert _totals("Two suicide bombers struck a mosque in Dalo. Both bombers died in the blast, along with 22 "
                   "worshippers.") == (24, 0)
    assert _totals("Seven soldiers were killed together with 3 civilians when the convoy was ambushed.") == (10, 0)
    assert _totals("Fifteen people, along with the two attackers, were killed.") == (17, 0)


def test_people_besides_or_as_well_as_the_dead_or_hurt_are_counted_with_them():
    assert _totals("The suicide attack killed 9 people besides the bomber.") == (10, 0)
    assert _totals("A rioter died on Tuesday, 30 people were injured as well as 40 soldiers.") == (1, 70)


def test_things_along_with_the_dead_or_held_are_no_casualties():
    assert _totals("A man was killed and his body was found along with a message signed by a gang. 1 fatality") \
        == (1, 0)
    assert [cat for _, _, _, cat in _counts("Police arrested 5 suspects along with 20 kilograms of explosives.")] \
        == ["arrested", "other"]


def test_a_death_an_act_resulted_in_is_one_dead():
    assert _totals("The two sides exchanged fire, resulting in the death of a local man.") == (1, 0)
    assert _totals("Clashes erupted in the market, leading to the death of a bystander.") == (1, 0)
    assert _totals("The blast caused the death of a child and injured 4 others.") == (1, 4)
    assert _totals("The shooting led to the death of the driver.") == (1, 0)


def test_a_death_told_as_background_is_no_count():
    assert _totals("Students protested over the death of a classmate in police custody.") == (0, 0)
