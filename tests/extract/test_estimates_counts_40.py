"""Counts of the dead in the styles of notes, incident summaries and wire stories of other places than the dev notes:
a toll a source gave later, the wounded who later died, attackers killed in a second clause, hostages found dead,
another incident told a day before. Names and places are real or invented; the incidents are our own."""
from tests.extract.test_estimates_implicit import _counts  # an article of our own, published 2024-05-01
from tests.extract.test_estimates_incidents import _totals


# --- a toll a source gave later ---

def test_a_toll_a_source_put_later_holds_the_dead_told_before():
    assert _totals("Gunmen attacked the village of Solhan, killing 132 civilians. The government later put the death "
                   "toll at 160.") == (160, 0)
    assert _totals("Gunmen killed 12 people in Tamo. Later, officials put the death toll at 15.") == (15, 0)
    assert _totals("A bomb killed 12 people at a market in Kemo. The Red Cross later said the death toll was 15.") \
        == (15, 0)
    # another source's toll, not told as later, is another figure of the one toll
    assert _totals("Gunmen attacked the village of Solhan, killing 132 civilians. Hospital officials put the death "
                   "toll at 160.") == (132, 0)


# --- the wounded who later died ---

def test_a_part_of_the_wounded_who_died_is_dead_and_the_whole_still_wounded():
    assert _counts("06/01/2016: Assailants opened fire on worshippers in Zhob, Pakistan, killing four. Two of the six "
                   "wounded later died.") == [
        ("four", 4, "exact", "killed"), ("Two", 2, "exact", "killed"), ("six", 6, "exact", "wounded")]
    assert _totals("Gunmen shot dead three guards in Kemo. Two of the 11 injured succumbed in hospital.") == (5, 11)
    # a whole of held people, and a part with a verb of its own, as before
    assert _totals("Two of the 12 hostages later died.") == (2, 0)
    assert _totals("Two of the 12 injured were children.") == (0, 12)


# --- attackers killed in a clause of their own ---

def test_attackers_told_dead_in_a_second_clause_are_more_dead():
    assert _totals("06/01/2016: Assailants attacked a police post in Kidal, Mali. Three officers were killed; one of "
                   "the assailants also died.") == (4, 0)
    assert _totals("Militants stormed a checkpoint in Sinai. Three soldiers were killed, while two of the attackers "
                   "were shot dead.") == (5, 0)
    # a part of the dead, or a clause of how they died, is none
    assert _totals("Seven people were killed, including one of the attackers.") == (7, 0)
    assert _totals("Seven people were killed and one of the victims was a child.") == (7, 0)


# --- people taken, then found dead ---

def test_the_people_taken_told_dead_in_the_next_sentence_are_as_many_dead():
    assert _totals("02/18/2017: Assailants abducted two teachers from a school in Tillaberi, Niger. The victims were "
                   "later found dead. No group claimed responsibility.") == (2, 0)
    assert _totals("Gunmen abducted two teachers in Kemo. Both were later found dead.") == (2, 0)
    assert _totals("Gunmen abducted five teachers in Kemo. The teachers were beheaded by their captors.") == (5, 0)
    assert _totals("Gunmen abducted five aid workers in Kemo. They died in captivity.") == (5, 0)
    # the captors' own act, people let go, and a death told already are no more dead
    assert _totals("Gunmen abducted two teachers in Kemo. They also wounded a guard.") == (0, 1)
    assert _totals("Gunmen abducted 5 people in Kemo. They were released the next day.") == (0, 0)
    assert _totals("Gunmen abducted five teachers in Kemo and killed two. They were found on Sunday.") == (2, 0)


# --- another incident told "a day after" ---

def test_the_dead_of_an_incident_a_day_before_set_off_after_the_storys_are_background():
    assert _totals("SRINAGAR, India (Reuters) - Suspected militants shot dead three policemen in Indian Kashmir on "
                   "Friday, police said, a day after two civilians were killed in a gunfight between militants and "
                   "security forces.") == (3, 0)
    assert _totals("Militants shot dead three policemen in Kashmir on Friday, two days after 5 soldiers died in an "
                   "ambush.") == (3, 0)
    # a phrase of the day after that opens the sentence, or a death after its cause, is the story's
    assert _totals("Two days after the attack, 5 bodies were found in the river near Kemo.") == (5, 0)
    assert _totals("A man died in hospital a day after he was shot by police in Kemo.") == (1, 0)


# --- an age told as a decade ---

def test_an_age_in_decades_is_no_count():
    assert _totals("On 3 May 2021, a man in his 30s was found dead in Juarez (Chihuahua).") == (1, 0)
    assert _totals("Two women in their early 20s were shot dead in Celaya.") == (2, 0)
    assert _counts("Crime fell in the 90s.") == []


# --- the attackers counted before, joined to the victims ---

def test_the_attackers_joined_before_a_count_of_victims_take_its_verb():
    assert _totals("06/01/2016: Three suicide bombers attacked a market in Konduga, Borno, Nigeria. The bombers and 12 "
                   "civilians were killed.") == (15, 0)
    assert _totals("Two gunmen attacked a bar in Kemo. The gunmen and 3 customers were killed.") == (5, 0)
    # no count of them before, or a verb that makes them the doers
    assert _totals("The bombers and 12 civilians were killed.") == (12, 0)
    assert _totals("Two gunmen attacked a bar in Kemo. The gunmen killed 3 customers.") == (3, 0)


# --- a person at the head of something ---

def test_a_head_of_a_place_or_body_is_a_person():
    assert _totals("On 9 September 2020, unidentified gunmen killed a village head and his wife in Kalehe (South "
                   "Kivu).") == (2, 0)
    assert _totals("On 2 May 2020, a Taliban district head was killed in an airstrike in Parwan.") == (1, 0)
    assert _totals("The head of the district council was shot dead in Kalehe.") == (1, 0)
    # a part of a body, and cattle, are no one
    assert _totals("A severed head was found in a bag in Tijuana.") == (0, 0)
    assert _totals("Raiders stole 200 head of cattle and killed 3 herders in Jonglei.") == (3, 0)


# --- a noun of one person in capitals ---

def test_a_capitalized_noun_of_one_after_a_is_one_person_not_a_name_too():
    assert _totals("On 3 May 2021, a TMC Councillor was hacked to death in Howrah (West Bengal).") == (1, 0)
    assert _totals("On 3 May 2021, gunmen shot dead a PDP Councillor in Ekiti.") == (1, 0)
    assert _totals("On 28 April 2020, clashes broke out in Al Maafer (Taizz), killing a Special Forces fighter and "
                   "injuring another one.") == (1, 1)
    # a name with no article is still one person
    assert _totals("Gunmen shot and killed Sheikh Omar Lenga in the market.") == (1, 0)


def test_a_compound_or_an_acronym_of_a_person_is_one_person():
    assert _totals("On 8 May 2020, four Maoist cadres and a police sub-inspector were killed in an exchange of fire "
                   "in Rajnandgaon.") == (5, 0)
    assert _totals("On 3 May 2021, a BJP MLA and his driver were shot dead in Bihar.") == (2, 0)
    assert _totals("On 3 May 2021, an ex-soldier and his son were killed by bandits in Zamfara.") == (2, 0)


# --- a verb "to death" before its object ---

def test_a_person_after_a_verb_to_death_is_one_dead():
    assert _totals("DHAKA (Reuters) - Militants hacked to death a university professor in northern Bangladesh on "
                   "Saturday, police said.") == (1, 0)
    assert _totals("On 6 May 2021, a mob beat to death a man accused of theft in Kasese (Western).") == (1, 0)
    # an attempt harms no one; a count after it, as before
    assert _totals("A mob tried to beat to death a man accused of theft in Kasese.") == (0, 0)
    assert _totals("Militants hacked to death two bloggers in Dhaka.") == (2, 0)


# --- a past incident told after a semicolon ---

def test_a_date_opening_a_clause_after_a_semicolon_dates_its_dead():
    assert _totals("CAIRO (Reuters) - Gunmen opened fire on a bus carrying Coptic Christians in southern Egypt on "
                   "Friday, killing seven and wounding at least 14, the church said. It was the second such attack on "
                   "the same road in less than two years; in May 2017, gunmen killed 28 people there.") == (7, 14)
    assert _totals("Gunmen killed seven people in Minya on Friday; in 2017, an attack on the same road killed 28.") \
        == (7, 0)
    # a day of the story's own opening the clause, as before
    assert _totals("Gunmen killed seven people in Minya on Friday; on Saturday, two more bodies were found.") == (9, 0)


# --- a name right after its description ---

def test_a_name_right_after_its_description_is_the_same_person():
    assert _totals("A drone strike killed the commander Ahmed Omar and three bodyguards near Jilib.") == (4, 0)
    assert _totals("On 11 June 2021, a drone strike killed the Al-Shabaab commander Ahmed Omar and three of his "
                   "bodyguards near Jilib (Middle Juba).") == (4, 0)
    assert _totals("Gunmen shot dead the village chief Musa Bello in Zamfara.") == (1, 0)


def test_attackers_added_after_the_victims_verb_are_more_dead():
    assert _totals("04/22/2017: Two gunmen attacked a hotel in Sousse, Tunisia. Thirty-eight people, most of them "
                   "British tourists, were killed, as well as one of the gunmen.") == (39, 0)
    assert _totals("Thirty-eight people died, along with two of the attackers.") == (40, 0)


# --- a toll put at a figure past what it counts ---

def test_the_number_of_people_killed_put_at_a_figure_is_a_toll():
    assert _totals("04/22/2017: A car bomb exploded in Kirkuk, Iraq. Reports put the number of people killed at 15, "
                   "with 30 more injured.") == (15, 30)
    assert _totals("A car bomb killed 12 people in Kirkuk. Officials later put the number of people killed at 15.") \
        == (15, 0)
    assert _totals("The team scored at 15 minutes and killed the game.") == (0, 0)


# --- the attackers' claim beside the story's toll ---

def test_a_claim_after_the_bombers_own_death_is_still_another_sources_figure():
    assert _counts("A suicide bomber drove a car into an army base in Somalia on Sunday, killing 14 soldiers, an "
                   "officer said. The bomber blew himself up at the gate. Al Shabaab claimed responsibility, saying "
                   "its fighters had killed 30 soldiers.") == [
        ("14", 14, "exact", "killed"), ("The bomber", 1, "exact", "killed"), ("30", 30, "exact", "other")]


# --- a name and the noun it qualifies in an "of" phrase ---

def test_the_verb_past_a_name_and_its_noun_is_the_counts():
    assert _totals("On 2 March 2022, two suspected members of the Mungiki sect were lynched by residents in Kiambu.") \
        == (2, 0)
    assert _totals("On 2 March 2022, a soldier of the Indian army was killed and another injured in cross-border "
                   "firing in Poonch.") == (1, 1)
    # a verb after the name is the doers'
    assert _totals("On 2 March 2022, members of ISWAP attacked a base in Monguno, killing 3 soldiers.") == (3, 0)


# --- a couple of people ---

def test_a_couple_of_people_is_about_two():
    assert _counts("Gunmen killed a couple of farmers in Kemo.") == [("a couple", 2, "approximately", "killed")]
    # a couple alone is two, as before
    assert _totals("Gunmen shot dead a couple in their home in Lenmar.") == (2, 0)


# --- a person described between commas ---

def test_a_person_set_off_after_another_before_their_verb_describes_them():
    assert _totals("02/11/2013: An explosive device detonated near a vehicle in Baghdad, Iraq. The driver, a "
                   "government employee, was killed and two passers-by were injured.") == (1, 2)
    assert _totals("Eleven people were killed in the attack on the church. The assailant, a suicide bomber, also "
                   "died.") == (12, 0)
    # a list of persons is as many
    assert _totals("The driver, a passenger, and a guard were killed.") == (3, 0)
    assert _totals("The driver, a passenger, a guard and a child were killed.") == (4, 0)


# --- the wounded who escaped ---

def test_people_who_escaped_with_injuries_are_wounded():
    assert _totals("Suspected militants killed 12 quarry workers near Mandera. \"Twelve workers have been killed. Two "
                   "others escaped with injuries,\" a police commander said.") == (12, 2)
    assert _totals("Gunmen killed two men in Kemo. Three others survived with injuries.") == (2, 3)


# --- a war's dead told beside the story's ---

def test_a_participle_clause_takes_the_span_and_date_of_the_clause_it_hangs_on():
    assert _totals("A Russian missile struck an apartment block in Kryvyi Rih on Tuesday, killing 11 people, the "
                   "governor said. More than 50 people were injured. Russia has launched thousands of missiles at "
                   "Ukrainian cities since its full-scale invasion in February 2022, killing more than 10,000 "
                   "civilians, according to the United Nations.") == (11, 50)
    assert _totals("An Israeli airstrike on a house in Rafah killed at least 20 people, health officials said. The "
                   "war began after Hamas-led militants attacked Israel on Oct. 7, killing 1,200 people and taking 253 "
                   "hostages.") == (20, 0)
    # a day of the story's own is the story's
    assert _totals("Gunmen attacked a village in Kemo on Monday, killing 5 people.") == (5, 0)


def test_a_wars_dead_past_a_relative_clause_are_a_running_total():
    assert _totals("Sudan's Rapid Support Forces killed at least 40 people in an attack on a village in Gezira state, "
                   "activists said. The war between the army and the RSF, which broke out in April 2023, has killed "
                   "tens of thousands of people.") == (40, 0)
    assert _totals("A suicide bomber killed six people at a market in Maiduguri on Friday, police said. Boko Haram's "
                   "insurgency, now in its 14th year, has killed more than 35,000 people.") == (6, 0)
    # the attackers' own act, past a relative clause of them, is the story's
    assert _totals("The gunmen, who arrived on motorbikes, have killed 12 villagers in Kemo.") == (12, 0)


def test_the_dead_of_a_campaign_of_war_told_in_the_perfect_are_a_running_total():
    assert _totals("An Israeli strike on a school in Gaza killed at least 12 people, medics said. Israel's offensive "
                   "has killed more than 40,000 Palestinians, according to Gaza health authorities.") == (12, 0)
    assert _totals("Shelling killed 7 people in Kherson on Sunday. The invasion has killed more than 10,000 "
                   "civilians.") == (7, 0)
    # an offensive's own day is the story's
    assert _totals("An army offensive killed 12 militants in Kemo on Monday.") == (12, 0)


def test_the_attackers_counted_before_told_dead_by_both_or_they_are_as_many_dead():
    assert _totals("07/10/2016: Two suicide bombers attacked a mosque in Maiduguri. Both were killed when their "
                   "explosives detonated, along with 14 worshippers.") == (16, 0)
    assert _totals("Two gunmen opened fire in a bar in Kemo. They were shot dead by police.") == (2, 0)
    # their own acts, their arrest, and others harmed between are no deaths of theirs
    assert _totals("Two gunmen attacked a bar in Kemo. They killed the owner.") == (1, 0)
    assert _totals("Two gunmen attacked a bar in Kemo. Both were arrested.") == (0, 0)
    assert _totals("Two gunmen opened fire in a bar in Kemo, wounding 5 people. They were taken to hospital.") \
        == (0, 5)


# --- how notes of South Asia tell a death or a wound ---

def test_martyrdom_hell_and_done_to_death_are_deaths_and_bullet_injuries_wounds():
    assert _totals("On 1 May 2021, militants attacked a check post in North Waziristan. Two soldiers embraced "
                   "martyrdom while three militants were sent to hell.") == (5, 0)
    assert _totals("On 1 May 2021, a youth was done to death by unknown miscreants in Narayanganj.") == (1, 0)
    assert _totals("On 1 May 2021, a BSF jawan sustained bullet injuries in firing by Pakistani troops along the LoC "
                   "in Rajouri.") == (0, 1)
    # troops sent anywhere else are deployed, as before
    assert _counts("Pakistan sent 3,000 troops to the border.") == [("3,000", 3000, "exact", "deployed")]


# --- more words of a killing ---

def test_slaughtered_butchered_decapitated_strangled_and_found_lifeless_are_deaths():
    assert _totals("On 1 May 2021, armed men slaughtered 12 villagers in Ituri.") == (12, 0)
    assert _totals("On 1 May 2021, 12 villagers were butchered by armed men in Ituri.") == (12, 0)
    assert _totals("On 1 May 2021, 12 villagers were macheted to death in Ituri.") == (12, 0)
    assert _totals("On 1 May 2021, 3 people were found decapitated in Guerrero.") == (3, 0)
    assert _totals("On 1 May 2021, a man was found lifeless in Celaya.") == (1, 0)
    assert _totals("On 1 May 2021, a journalist was strangled in Veracruz.") == (1, 0)
    assert _totals("On 1 May 2021, a Palestinian fell martyr to Israeli fire in Jenin.") == (1, 0)
    assert _totals("On 1 May 2021, two soldiers were KIA in an ambush near Bakhmut.") == (2, 0)
    # a lamb slaughtered at a protest is nobody
    assert _totals("On 6 May 2020, protesters slaughtered a lamb outside the office in Oaxaca.") == (0, 0)


def test_a_person_whose_life_was_claimed_or_taken_is_one_dead():
    assert _totals("On 1 May 2021, an IED explosion claimed the life of a soldier in Kurram.") == (1, 0)
    assert _totals("On 1 May 2021, unknown gunmen took the life of a trader in Kano.") == (1, 0)
    # a person "of" something else is no count
    assert _totals("On 1 May 2021, four members of a family were killed in Kano.") == (4, 0)


# --- a witness's own dead among the toll ---

def test_a_possessive_count_told_after_a_larger_toll_is_part_of_it():
    assert _totals("Gunmen killed at least 30 people in a village in Zamfara state on Wednesday, police said. \"They "
                   "killed my two brothers,\" a resident said.") == (30, 0)
    # told as more, or in the toll's own sentence, they are more
    assert _totals("Gunmen killed 12 soldiers in Zamfara. Their two commanders were also killed.") == (14, 0)
    assert _totals("Gunmen killed 12 soldiers in Zamfara, and their two commanders.") == (14, 0)


# --- the wounded who died, told in one clause ---

def test_people_wounded_and_then_dead_in_one_clause_are_dead():
    assert _totals("Gunmen attacked a bus near Kemo. A passenger was wounded and died in hospital.") == (1, 0)
    assert _totals("Gunmen attacked a bus near Kemo. Three passengers were wounded and died in hospital.") == (3, 0)
    assert _totals("Gunmen attacked a bus near Kemo. A passenger suffered gunshot wounds and died in hospital.") \
        == (1, 0)
    # the two mixed, or a second count, as before
    assert _counts("Gunmen attacked a bus near Kemo. Three passengers were killed and wounded.") == [
        ("Three", 3, "exact", "killed_or_wounded")]
    assert _totals("Gunmen attacked a bus near Kemo. Three passengers were wounded and two died.") == (2, 3)


def test_more_nouns_of_one_person():
    assert _totals("An explosive device detonated at a shrine in Kandahar. The blast killed the shrine's caretaker.") \
        == (1, 0)
    assert _totals("Villagers stoned to death a suspected thief and his accomplice in Kisii.") == (2, 0)


# --- the nearer teller of a figure ---

def test_a_teller_after_the_sentences_source_gives_the_figures_after_it():
    assert _totals("03/03/2013: Assailants ambushed a patrol in Tillaberi, Niger. 16 soldiers were killed, according "
                   "to the army; the assailants claimed to have killed 30.") == (16, 0)
    # the sentence's source alone gives all its figures, as before
    assert _totals("According to the army, 16 soldiers were killed and 30 assailants died.") == (46, 0)


# --- a figure given first, past a date ---

def test_a_figure_had_said_past_a_date_and_that_is_the_earlier_figure():
    assert _totals("The death toll from a twin suicide bombing on a church in Peshawar rose to 81 on Monday, officials "
                   "said. Officials had said on Sunday that 60 people were killed.") == (81, 0)
    # another clause's "had said" is not the figure's
    assert _totals("Police had said the area was safe, but gunmen killed 7 people there on Monday.") == (7, 0)


def test_severe_burns_are_wounds_and_a_death_after_them_a_death():
    assert _totals("09/12/2014: Assailants set fire to a bus in Dhaka, Bangladesh. A passenger suffered severe burns "
                   "and died three days later.") == (1, 0)
    assert _totals("09/12/2014: Assailants threw acid at a woman in Lahore, Pakistan. She survived with severe "
                   "burns.") == (0, 1)


# --- the toll told again in other words, or more of them ---

def test_men_told_after_a_toll_of_as_many_are_the_toll_told_again_unless_also():
    assert _totals("Militants attacked an army post in Kemo on Monday, killing five soldiers. \"We lost five brave "
                   "men,\" a commander said.") == (5, 0)
    assert _totals("Gunmen killed 5 soldiers in Kemo. Five men were also killed.") == (10, 0)
    assert _totals("Gunmen killed 5 soldiers in Kemo. Five people were also killed.") == (10, 0)
    assert _totals("Gunmen killed 5 soldiers in Kemo. The attack also killed five people.") == (10, 0)


def test_a_witnesss_own_dead_after_a_larger_toll_are_among_it():
    assert _totals("Militants attacked a village in Kemo on Monday, killing 14 people. \"My father and my uncle were "
                   "killed,\" a survivor said.") == (14, 0)
    assert _totals("Militants attacked a village in Kemo on Monday, killing 14 people. \"My brother was killed,\" a "
                   "survivor said.") == (14, 0)
    # told as more, or another's kin, they are more
    assert _totals("Militants attacked a village in Kemo, killing 14 people. \"My father was also killed,\" a "
                   "survivor said.") == (15, 0)
    assert _totals("A gunman killed 3 people at a school before turning the gun on himself. His mother was found dead "
                   "at home.") == (5, 0)


# --- a number restated in brackets ---

def test_a_number_restated_in_brackets_is_one_count():
    assert _totals("On 1 May 2021, three (3) suspected drug pushers were killed in a buy-bust operation in "
                   "Caloocan.") == (3, 0)
    assert _totals("On 1 May 2021, NPA rebels ambushed soldiers in Las Navas, killing two (2) soldiers and wounding "
                   "three (3) others.") == (2, 3)
    assert _totals("On 1 May 2021, a (1) soldier was killed in Sulu.") == (1, 0)
    assert _totals("On 1 May 2021, one (1) civilian was killed and two (2) were injured in Maguindanao.") == (1, 2)
    # a bracket of another figure is its own
    assert _counts("Gunmen killed 5 (Reuters) people.")[:1] == [("5", 5, "exact", "killed")]


# --- a toll told past a long phrase of what it counts ---

def test_a_toll_past_a_long_phrase_of_the_attacks_it_counts_is_the_dead():
    assert _totals("The death toll from a series of bomb blasts that ripped through churches and luxury hotels in Sri "
                   "Lanka on Easter Sunday rose to 290 on Monday, police said.") == (290, 0)
