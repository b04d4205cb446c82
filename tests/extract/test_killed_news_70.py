"""Killed totals in news (stop 70): background tolls dated after their verb, victims set apart from their verb,
the same dead told twice, and vague figures after a firm one. Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.cases import killed
from tests.extract.test_events_wire import _article

MAR_12_2025 = datetime(2025, 3, 12, tzinfo=timezone.utc)


def _estimates(text: str, published: datetime) -> list:
    return extract_article(replace(_article(text), published_at=published)).estimates


def _rows(text: str, published: datetime = MAR_12_2025) -> list[tuple]:
    return [(e.surface, e.category, e.counted_as, e.aside) for e in _estimates(text, published)]


JAN_20_2025 = datetime(2025, 1, 20, tzinfo=timezone.utc)
NOV_12_2024 = datetime(2024, 11, 12, tzinfo=timezone.utc)


# 1. Background tolls: dated after their verb, or told after a lead that had no dead of its own.

@pytest.mark.parametrize("text, published, expected", [
    ("Insurgents ambushed a patrol on Monday, killing six soldiers, the army said. Security forces have stepped up "
     "raids, and more than 300 insurgents were killed in gun battles in the province in 2024, according to police.",
     JAN_20_2025, 6),
    ("A bomb injured nine people at a bus station on Sunday, but no one died. Peace talks were broken off in October "
     "after a rebel attack on an army post killed three soldiers.", NOV_12_2024, 0),
    ("Gunmen shot dead two traders at a market on Saturday, police said. The district's police chief was replaced "
     "in October after an attack on a bus station killed 15 people.", NOV_12_2024, 2),
])
def test_a_toll_dated_by_its_clause_to_a_year_or_month_before_the_story_is_another_incident(text, published, expected):
    assert killed(text, published) == expected


@pytest.mark.parametrize("text, expected", [
    ("A drone hit a fuel depot on Sunday night, starting a fire. No one was hurt. In March 2023, a rocket attack on "
     "the depot killed three guards.", 0),
    ("Rioters set fire to cars in the city centre on Saturday night. In 2019, 12 people died in similar unrest in the "
     "city.", 0),
    ("Thousands of nurses marched on parliament on Tuesday to demand higher pay. Two years ago, police killed four "
     "nurses at a rally, the union says.", 0),
    # (and the story's own dead told after it are its toll alone)
    ("Gunmen attacked a church in the town on Sunday. In 2019, a bomb killed 30 people at the church. This time, "
     "the gunmen killed five worshippers.", 5),
])
def test_a_past_incidents_dead_told_after_a_lead_with_no_dead_are_not_the_storys(text, expected):
    assert killed(text, MAR_12_2025) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bandits killed four herders on Saturday. There were 300 cattle raids in the state in 2022, and 900 people were "
     "killed in them.", 4),
    ("Bandits killed four herders on Saturday. The state saw 300 cattle raids in 2022, and 900 people died in them.",
     4),
    ("Gunmen shot dead a trader on Sunday. The region had 80 kidnappings two years ago, and 150 people were murdered "
     "by the gangs.", 1),
    # guard: a clause joined with a day of its own
    ("Police arrested 12 men on Monday, and three people were killed in clashes on the same day.", 3),
])
def test_a_clause_joined_by_and_shares_the_past_date_of_the_clause_it_goes_on(text, expected):
    assert killed(text, MAR_12_2025) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police dispersed thousands of teachers on Monday and detained 20 of them. The teachers held a long strike in "
     "2019. Some 40 teachers died during that strike, according to the union.", 0),
    ("Miners blocked the railway on Tuesday. They last struck in 2018, for six months. Eleven miners were shot dead "
     "during that stoppage, a rights group says.", 0),
    # guard: "during that" after a sentence of the story's own day
    ("Troops fired on protesters on Monday, killing three. During that protest, two policemen were also killed.", 5),
])
def test_dead_during_that_incident_of_the_sentence_before_are_of_its_past(text, expected):
    assert killed(text, MAR_12_2025) == expected


@pytest.mark.parametrize("text, published, expected", [
    # guard: a toll of the story's own day, dated in its clause
    ("At least 14 people were killed in a bombing in the capital on Monday, officials said.", JAN_20_2025, 14),
    # guard: a past incident the lead itself tells is the story's subject
    ("A court on Tuesday jailed a man for life for a 2019 bombing that killed 30 worshippers.", JAN_20_2025, 30),
])
def test_the_storys_own_toll_stays_whatever_past_it_tells(text, published, expected):
    assert killed(text, published) == expected


# 2. Victims set apart from their verb.

@pytest.mark.parametrize("text, expected", [
    ("Two organisers of a tenants' union were shot dead outside their office on Tuesday, police said.", 2),
    ("Three members of a farmers’ cooperative were killed on Tuesday when gunmen opened fire on their meeting.", 3),
    ("Two leaders of a landless farm workers' camp were shot dead on Saturday night.", 2),
])
def test_a_plural_possessive_does_not_end_the_phrase_of_whom_the_dead_were(text, expected):
    assert killed(text, MAR_12_2025) == expected


@pytest.mark.parametrize("text, expected", [
    ("Twelve guards, volunteer auxiliaries of the army, were killed on Monday when their post was attacked.", 12),
    ("Eleven Guardians for the Defence of the Valleys (GDV), civilian auxiliaries of Chad's army, were killed on "
     "Monday.", 11),
    ("Seven rangers, the park's only patrol unit, were shot dead on Friday.", 7),
])
def test_the_verb_past_an_apposition_of_what_the_counted_are_is_theirs(text, expected):
    assert killed(text, MAR_12_2025) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: a list of parts, a source set off, and a harm that is no death
    ("Three soldiers, two policemen and a child were killed in the blast.", 6),
    ("Five soldiers, police said, were killed.", 5),
    ("Four workers, employees of a private contractor, were kidnapped on Monday.", 0),
])
def test_lists_and_sources_set_off_after_a_count_read_as_before(text, expected):
    assert killed(text, MAR_12_2025) == expected


@pytest.mark.parametrize("text, expected", [
    ("A 47-year-old man from Lyon suffered serious gunshot wounds and died at the scene despite first aid.", 1),
    ("A woman sustained severe head injuries and died in hospital on Monday, police said.", 1),
])
def test_one_person_who_suffered_injuries_of_a_kind_and_died_is_one_dead(text, expected):
    assert killed(text, MAR_12_2025) == expected


def test_injuries_of_a_kind_alone_are_wounds():
    assert _rows("Four soldiers received serious shrapnel wounds in the attack.") == [
        ("Four", "wounded", "wounded", None)]


# 3. The same dead told twice.

@pytest.mark.parametrize("text, expected", [
    ("A car bomb exploded near a market in the city on Friday, killing at least nine shoppers, a police official "
     "said. Later in the evening, a hospital director said 14 bodies had been brought to the morgue.", 14),
    ("Gunmen opened fire on a bus on Friday, killing six passengers, police said. Later on Saturday, officials said "
     "11 people had died.", 11),
    # guard: more dead of a later act
    ("Gunmen opened fire on a bus on Friday, killing six passengers, police said. Later, gunmen killed two more "
     "people in a nearby village.", 8),
])
def test_a_figure_told_later_in_the_day_is_the_newer_toll(text, expected):
    assert killed(text, MAR_12_2025) == expected


@pytest.mark.parametrize("text, expected", [
    ("A rocket hit a house in the town on Sunday evening, killing five civilians, including three children, "
     "officials said. Eight other people were wounded, among them a man whose two daughters were killed.", 5),
    ("A rocket hit a house in the town on Sunday evening, killing five civilians, officials said. A father whose two "
     "sons died in the strike spoke to reporters.", 5),
    ("Shells fired by rebels struck a camp on the edge of the town on Sunday evening, killing five civilians, "
     "officials said on Monday. Nine other people were hurt, a nurse said, including a man whose two daughters were "
     "killed.", 5),
])
def test_a_relatives_dead_told_after_the_toll_are_part_of_it(text, expected):
    assert killed(text, MAR_12_2025) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen abducted two aid workers and shot dead their driver on Monday near the town, officials said. The driver, "
     "52-year-old Paul Mensah, was killed when he tried to flee, a colleague said.", 1),
    ("A bomb killed a police officer on Monday. The guard, 40-year-old Ali Hassan, was also killed.", 2),
])
def test_a_description_and_the_aged_name_set_off_after_it_are_one_person(text, expected):
    assert killed(text, MAR_12_2025) == expected


def test_a_description_and_the_name_with_no_age_stay_one_person():
    assert killed("A bomb killed a police officer on Monday. The guard, Ali Hassan, was also killed.", MAR_12_2025) == 2


# 4. Vague figures: an analyst who counts exact tolls adds no lower bound of a figure nobody counted after a firm one.

@pytest.mark.parametrize("text, expected", [
    ("Militants ambushed a convoy on Sunday, killing eleven soldiers. The army said its aircraft had struck the "
     "attackers as they fled, killing dozens of fighters.", 11),
    ("Gunmen killed five villagers on Sunday. Several others were killed in a nearby hamlet, residents said.", 5),
])
def test_a_vague_figure_after_a_firm_one_is_kept_aside(text, expected):
    assert killed(text, MAR_12_2025) == expected


@pytest.mark.parametrize("text, rows", [
    # guards: a vague figure alone is the story's count; one a firm figure follows is firmed by it
    ("Dozens of people were killed in the attack on Sunday.", [("Dozens", "killed", "killed", None)]),
    ("Dozens of people were killed on Sunday. Police later said 41 people had died.",
     [("Dozens", "other", "killed", "earlier"), ("41", "killed", "killed", None)]),
])
def test_a_vague_figure_alone_or_before_a_firm_one_reads_as_before(text, rows):
    assert _rows(text) == rows
