"""Casualty counts of wire stories and incident summaries that a sum of the dead must not take as the story's own: the
tolls of earlier incidents and running totals told as background, and another source's figure of the story's toll.
Names and places are invented."""
from tests.extract.test_estimates import run
from tests.extract.test_estimates_implicit import _counts  # an article of our own, published 2024-05-01
from tests.extract.test_estimates_incidents import _totals


# --- figures of other incidents and running totals after the story's own toll ---

def test_a_running_total_after_the_days_toll_is_no_dead_of_the_story():
    assert _totals("TOLA, Nigeria (AP) — Suicide bombers killed 10 people at a market in Tola on Tuesday, officials "
                   "said. The insurgency has killed more than 20,000 people since 2009.") == (10, 0)
    assert _totals("Gunmen attacked Kemo, killing 9. The group's attacks have killed hundreds this year.") == (9, 0)
    assert _totals("KABUL (Reuters) - A car bomb killed five people in Kabul on Monday. More than 3,000 civilians were "
                   "killed in the first half of the year, according to the United Nations.") == (5, 0)
    assert _totals("A roadside bomb wounded four soldiers near Kemo. Some 200 soldiers have been wounded in the "
                   "province since January.") == (0, 4)
    # a story of a running total alone keeps it aside too (stop 68: a sum of the dead counts incidents)
    assert _totals("More than 3,000 civilians were killed in the first half of the year, according to the United "
                   "Nations.") == (0, 0)


def test_a_past_incidents_toll_after_the_days_toll_is_no_dead_of_the_story():
    assert _totals("A car bomb killed 20 people at a market in Dalo on Saturday. Last year, an attack on the same "
                   "market killed 50 people.") == (20, 0)
    assert _totals("A car bomb killed 20 people in Dalo on Saturday. A previous attack on the market killed 30 "
                   "people.") == (20, 0)
    assert _totals("Four people were killed in a blast in Dalo, the deadliest since 2015, when 130 people died in a "
                   "similar attack.") == (4, 0)
    assert _totals("BAGHDAD (AP) — A suicide bomber killed seven people in Baghdad on Friday. In July 2023, a truck "
                   "bomb in the capital's Karrada district killed more than 300 people.") == (7, 0)
    # another incident of last week, or of a month named in "the deadliest since", however recent
    assert _totals("NAIROBI, Kenya (AP) — Al-Shabab extremists killed five people in an attack on a bus in northern "
                   "Kenya, police said Friday.\n\nLast week, the extremists killed 11 people in Mandera county.") == (
        5, 0)
    assert _totals("The attack, which killed 14 people, was the deadliest in the city since March, when 22 people were "
                   "killed in a bombing at a mosque.") == (14, 0)
    # the background figure is still there, told as no casualty of the day
    assert _counts("Gunmen killed 12 people in Kemo. Last year, gunmen killed 40 people in the same village.") == [
        ("12", 12, "exact", "killed"), ("40", 40, "exact", "other")]
    # a story of past incidents alone keeps their figures
    assert _totals("In March 2019, a bombing killed 30 people in Dalo. In June 2019, gunmen killed 12 people in "
                   "Kemo.") == (42, 0)


# --- another source's figure of the toll ---

def test_another_sources_toll_is_one_figure_of_the_toll_not_more_dead():
    assert _totals("MOGADISHU, Somalia (AP) — A car bomb exploded outside a hotel in Mogadishu on Saturday, killing at "
                   "least 12 people, police said. Hospital officials put the death toll at 15.") == (12, 0)
    assert _totals("LAGOS (Reuters) - Gunmen killed 30 people in a raid on a village, police said on Monday. A local "
                   "official said the death toll was 45.") == (30, 0)
    assert _totals("Police said 12 people were killed in the attack. Residents put the toll at 20.") == (12, 0)
    assert _totals("A bomb wounded 30 people in Kemo, officials said. Doctors put the number of injured at "
                   "41.") == (0, 30)
    # both figures are of one subject, where they disagree
    found = run("Police said 12 people were killed in the attack. Residents put the toll at 20.")
    assert [(e.surface, e.category) for e in found] == [("12", "killed"), ("20", "other")]
    assert found[0].subject_key == found[1].subject_key
    # the toll of another matter or another incident is more dead
    assert _totals("Gunmen killed 30 people in Kemo on Monday. Separately, the death toll from the floods in the "
                   "south rose to 45.") == (75, 0)


# --- a person joined with no determiner of its own ---

def test_a_person_joined_to_one_with_no_determiner_of_its_own_is_one_more():
    assert _totals("A man shot and killed his wife and daughter in Kemo before turning the gun on himself.") == (3, 0)
    assert _totals("Gunmen shot dead a farmer and son in Kemo.") == (2, 0)
    assert _totals("04/04/2014: Gunmen killed the mayor and bodyguard in Kemo.") == (2, 0)
    # a verb or a thing after "and" is no person
    assert _totals("Gunmen killed a farmer and wounded his son in Kemo.") == (1, 1)
    assert _totals("Gunmen killed a farmer and stole cattle in Kemo.") == (1, 0)


def test_an_owner_is_a_person():
    assert _totals("04/04/2014: An explosive device detonated near a tea shop in Kemo. The blast injured the shop "
                   "owner.") == (0, 1)
    assert _totals("A bomb wounded a shop owner and his assistant in Kemo.") == (0, 2)


# --- another source's figure of the dead, told as a count ---

def test_another_sources_count_of_the_same_dead_is_one_figure_of_them_not_more_dead():
    assert _totals("BEIRUT (AP) — An airstrike killed five people in the town of Sarem, activists said.\n\nThe "
                   "Observatory for Human Rights said seven people were killed.") == (5, 0)
    assert _totals("04/04/2014: Assailants attacked a police station in Kemo. Three police officers were killed. "
                   "Al-Shabaab claimed responsibility, saying it had killed 10 officers.") == (3, 0)
    assert _totals("A roadside bomb wounded three soldiers near Kemo, the army said. Residents said five soldiers were "
                   "wounded.") == (0, 3)
    # more dead, others than those, a part of them, or dead told in two sentences before are counted as before
    assert _totals("An airstrike killed five people in Sarem, activists said. Police said two soldiers were also "
                   "killed.") == (7, 0)
    assert _totals("An airstrike killed five civilians in Sarem, activists said. The army said three soldiers were "
                   "killed.") == (8, 0)
    assert _totals("A bomb killed three people in Kemo. A shooting killed nine people in Tadur. Police said 49 people "
                   "were killed in Sarem.") == (61, 0)
    # another act told, not another figure of the one told: more dead
    assert _totals("Assailants attacked a bus, killing five people, police said. In a second attack, assailants "
                   "killed three people, a local official said.") == (8, 0)
    assert _totals("Assailants attacked a bus, killing five people, police said. Police said gunmen attacked a nearby "
                   "village and killed three people.") == (8, 0)


# --- the dead named after their toll ---

def test_the_dead_named_as_the_subject_of_were_are_of_the_toll():
    assert _totals("05/12/2016: Gunmen killed four people in Kemo. The dead were two farmers and their wives.") == (
        4, 0)
    assert _totals("A bomb killed five people in Kemo. The victims were two men and a woman, and two children.") == (
        5, 0)
    # with no toll before, they are the dead
    assert _totals("The dead were three soldiers, police said.") == (3, 0)


def test_a_homeowner_is_a_person():
    assert _totals("05/12/2016: Assailants set fire to a house in Kemo. The homeowner died in the fire.") == (1, 0)


# --- a number after vague figures ---

def test_a_number_told_after_only_vague_figures_of_the_dead_is_the_toll():
    assert _totals("COLOMBO (AP) — Dozens of people were killed when a bomb exploded on a train on Monday. Police said "
                   "40 people died.") == (40, 0)
    assert _totals("Scores of people were killed when a bomb exploded on a train. Police put the death toll at "
                   "60.") == (60, 0)
    assert _totals("Dozens of people were wounded in the blast. Doctors said 35 people were wounded.") == (
        0, 35)
    # more dead, or a part of them, after vague figures are counted as before
    assert [category for *_, category in _counts("Dozens of people were killed in the blast. Two soldiers were also "
                                                  "killed.")] == ["killed", "killed"]


def test_a_toll_of_a_war_told_in_an_in_which_clause_is_no_dead_of_the_day():
    assert _totals("COLOMBO (AP) — A bomb exploded on a train on Monday, killing 42 people. It was the deadliest "
                   "attack since the end of the civil war in 2009, in which an estimated 100,000 people were "
                   "killed.") == (42, 0)


# --- how a count and its harm are told ---

def test_people_treated_for_injuries_are_wounded():
    assert _totals("05/12/2016: A bomb exploded at a market in Kemo. Five people were treated for injuries.") == (0, 5)
    assert _totals("Eleven people were being treated for their injuries in hospital, officials said.") == (0, 11)


def test_the_verb_after_members_of_a_named_family_is_theirs():
    assert _totals("05/12/2016: Seven members of the Ali family were killed when a shell hit their house in Kemo.") == (
        7, 0)
    assert _totals("Three members of the Oduya clan were wounded in the raid.") == (0, 3)


# --- a toll that grew, broken down by the days it grew over ---

def test_the_days_a_toll_grew_over_are_its_parts():
    assert _totals("KANO (AP) — The death toll from Friday's bombing of a mosque in Kano rose to 15 on Saturday, "
                   "officials said. Twelve people were killed on Friday and three more died in hospital "
                   "overnight.") == (15, 0)
    # more dead than the toll, or after a toll that did not grow, are their own
    assert _totals("The death toll from the bombing rose to 15 on Saturday. Twelve soldiers were killed in Tadur on "
                   "Friday and five more died in a second attack.") == (32, 0)
