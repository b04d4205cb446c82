"""Coreference and dates of our own stories of what follows attacks (stop 59): an attack told again in a relative
clause or a phrase of its noun is one row, dated as the attack; a later incident told by a step of days is another.
Every text is our own. (Named apart from the other helpers' held-out file of this stop, so the branches merge.)"""
from datetime import date, datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

MAY_15 = datetime(2024, 5, 15, tzinfo=timezone.utc)  # a Wednesday


def _attacks(text: str) -> list:
    return [e for e in events_of(text, MAY_15) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, day, precision", [
    ("The court heard evidence about the 2008 attacks on Mumbai, in which 166 people were killed.",
     date(2008, 1, 1), "year"),
    ("A court convicted three men over the 2015 attack on Garissa University College, in which gunmen killed 148 "
     "people.", date(2015, 1, 1), "year"),
    ("The jury sentenced him to death for the 2013 Boston Marathon bombing, which killed three people.",
     date(2013, 1, 1), "year"),
    ("Prosecutors described the 2019 siege of the hotel, during which militants killed 21 guests.",
     date(2019, 1, 1), "year"),
])
def test_a_relative_clause_tells_the_attack_its_noun_named(text, day, precision):
    [attack] = _attacks(text)
    assert (attack.date, attack.date_precision, attack.mentions) == (day, precision, 2)


@pytest.mark.parametrize("text, count", [
    # (a clause of "which" that tells of no harm: the attack and the verdict)
    ("A court convicted three men over the 2015 attack on Garissa, which the judge called cowardly.", 1),
    # (a comma and "which" after another verb's object: two acts)
    ("Gunmen attacked a bus in Kabul in 2015, and police arrested a man in 2016, which angered the family.", 1),
])
def test_a_which_clause_of_no_harm_adds_no_attack(text, count):
    assert len(_attacks(text)) == count


def test_a_death_in_the_bombing_named_again_far_below_is_that_bombing():
    text = ("BOSTON — A jury on Friday sentenced Dzhokhar Tsarnaev to death for the 2013 Boston Marathon bombing. "
            "The jury deliberated for 14 hours. He had been convicted last month. His lawyers had argued for life. "
            "The judge will formally impose the sentence later. The defense team declined to comment. "
            "His family did not attend. The hearing lasted an hour. "
            "Bill Richard, whose son was killed in the bombing, had asked prosecutors not to seek the death penalty.")
    [attack] = _attacks(text)
    assert (attack.date, attack.mentions) == (date(2013, 1, 1), 3)


def test_a_death_in_another_noun_far_below_is_no_mention_of_the_attack():
    text = ("Gunmen attacked a market in Kabul on Monday, killing 12 people. Police said the gunmen fled. "
            "Officials met on Tuesday. They discussed the budget. The meeting ended late. Talks will resume. "
            "The minister left for Delhi. He returned on Friday. "
            "A policeman was wounded in the raids that followed in Herat.")
    assert [e.trigger for e in _attacks(text)][0] == "attacked"
    assert _attacks(text)[0].mentions == 2


def test_a_gunfight_days_later_is_another_incident():
    text = ("Tsarnaev and his brother set off two bombs near the finish line of the race on April 15, 2013. "
            "Three days later the brothers shot dead a police officer in Cambridge. "
            "Tamerlan died after a gunfight with police in Watertown.")
    bombing = next(e for e in _attacks(text) if e.trigger == "set off")
    assert (bombing.location, bombing.date, bombing.mentions) == (None, date(2013, 4, 15), 1)
    assert any(e.trigger == "gunfight" and e.location == "Watertown" for e in _attacks(text))


def test_a_day_told_again_without_a_step_keeps_one_incident():
    text = ("Gunmen stormed a hotel in Mogadishu on Monday. "
            "Three soldiers died in a gunfight with the attackers at the hotel.")
    assert len(_attacks(text)) == 1


def _row(text: str, trigger: str, when: datetime = MAY_15):
    return next(e for e in events_of(text, when) if e.trigger == trigger)


@pytest.mark.parametrize("text, verdict, crime", [
    # (a full date set off by commas before the crime noun is the crime's: the sentence falls to the story's week)
    ("The judge sentenced Jamal Zougam to 40 years in prison for the March 11, 2004, bombings.",
     (date(2024, 5, 13), "week"), (date(2004, 3, 11), "day")),
    ("An Oslo court on Monday declared Breivik sane and sentenced him to 21 years for killing 77 people last year.",
     (date(2024, 5, 13), "day"), None),
    ("Police arrested a man for the killing of a trader last month.",
     (date(2024, 5, 13), "week"), (date(2024, 4, 1), "month")),
])
def test_a_verdict_is_not_dated_by_the_crime_it_is_for(text, verdict, crime):
    found = [e for e in events_of(text, MAY_15)]
    [ruling] = [e for e in found if e.event_type == "COERCE"]
    assert (ruling.date, ruling.date_precision) == verdict
    if crime is not None:
        [act] = [e for e in found if e.event_type == "ASSAULT"]
        assert (act.date, act.date_precision) == crime


@pytest.mark.parametrize("text, trigger, day, precision", [
    ("The March 11, 2004, bombings killed 191 people in Madrid.", "bombings", date(2004, 3, 11), "day"),
    ("He was jailed for life in 2019.", "jailed", date(2019, 1, 1), "year"),
    ("Police arrested two men for throwing stones on Monday.", "arrested", date(2024, 5, 13), "day"),
    ("A court on Tuesday jailed a man for the bombing of a bus in 2019.", "jailed", date(2024, 5, 14), "day"),
])
def test_dates_of_an_act_or_a_verdict_of_its_own_stay(text, trigger, day, precision):
    found = _row(text, trigger)
    assert (found.date, found.date_precision) == (day, precision)


TUESDAY = datetime(2010, 3, 2, tzinfo=timezone.utc)


def test_a_roundup_paragraph_told_by_a_bomb_goes_on_in_the_day_of_the_lead():
    text = ("In Mosul, gunmen shot dead a policeman on Tuesday.\n\nIn Kirkuk, a roadside bomb killed two soldiers.\n\n"
            "In Basra, gunmen killed a judge.")
    found = events_of(text, TUESDAY)
    assert [(e.location, e.date, e.date_precision) for e in found] == [
        ("Mosul", date(2010, 3, 2), "day"), ("Kirkuk", date(2010, 3, 2), "day"), ("Basra", date(2010, 3, 2), "day")]


def test_a_bomb_named_by_a_noun_of_any_time_is_not_dated_by_the_paragraph_before():
    text = "Gunmen shot dead a policeman in Mosul on Tuesday.\n\nThe 2006 bombing of the shrine was never solved."
    bombing = next(e for e in events_of(text, TUESDAY) if e.trigger == "bombing")
    assert (bombing.date, bombing.date_precision) == (date(2006, 1, 1), "year")


WEDNESDAY = datetime(2008, 4, 23, tzinfo=timezone.utc)


def test_the_heading_of_a_roundup_dates_its_bullets():
    text = ("Following are security developments in Iraq on Wednesday, as reported by police:\n\n"
            "* MOSUL - Gunmen killed a policeman in eastern Mosul, police said.\n\n"
            "* BAGHDAD - A roadside bomb wounded three people in central Baghdad, police said.\n\n"
            "* BASRA - Iraqi troops arrested 23 suspected militiamen in raids in Basra, a spokesman said.")
    found = events_of(text, WEDNESDAY)
    assert len(found) == 3
    assert {(e.date, e.date_precision) for e in found} == {(date(2008, 4, 23), "day")}


@pytest.mark.parametrize("text", [
    # (a heading without a colon, or a long paragraph between it and the incident)
    "Security developments in Iraq on Wednesday.\n\n* MOSUL - Gunmen killed a policeman in eastern Mosul.",
    "Following are developments on Wednesday:\n\nIt rained. The roads were wet. Schools stayed open.\n\n"
    "Gunmen killed a policeman in eastern Mosul.",
])
def test_no_list_heading_leaves_the_week(text):
    [killing] = events_of(text, WEDNESDAY)
    assert (killing.date, killing.date_precision) == (date(2008, 4, 21), "week")


@pytest.mark.parametrize("text, day", [
    ("Salman Abedi blew himself up at the Manchester Arena on 22 May 2017. "
     "His brother was arrested in Tripoli by a militia the day after the bombing.", date(2017, 5, 23)),
    ("Breivik opened fire on a youth camp on Utoya on July 22, 2011.\n\nHe smiled as the ruling was read on Monday. "
     "The judge read the verdict for hours. He said he would not appeal.\n\n"
     "Breivik was arrested on Utoya about an hour after the shooting began.", date(2011, 7, 22)),
    ("Colombian prosecutors on Friday charged a man over the car bombing of a police academy in Bogota. "
     "The man, who was arrested hours after the bombing on Thursday, denied the charges.", date(2024, 5, 9)),
    # (a step told alone counts from the event before it)
    ("A car bomb exploded in Bogota on Monday. Police arrested a man the day after.", date(2024, 5, 14)),
])
def test_an_arrest_counted_from_an_attack_is_dated_from_it(text, day):
    [arrest] = [e for e in events_of(text, MAY_15) if e.event_type == "COERCE"]
    assert (arrest.date, arrest.date_precision) == (day, "day")


def test_a_crime_told_by_several_words_after_for_dates_no_verdict():
    text = ("OSLO — An Oslo court on Monday declared Breivik sane and sentenced him to 21 years of preventive "
            "detention for killing 77 people in a bomb attack and shooting spree last year.")
    [verdict] = [e for e in events_of(text, MAY_15) if e.event_type == "COERCE"]
    assert (verdict.date, verdict.date_precision) == (date(2024, 5, 13), "day")


@pytest.mark.parametrize("text", [
    "In Baghdad, a roadside bomb killed two soldiers on Tuesday.\n\n"
    "In Baquba, 65 km northeast of Baghdad, gunmen shot dead a policeman.",
    "* BAGHDAD - A roadside bomb killed two American soldiers in western Baghdad, the military said.\n\n"
    "* KIRKUK - Gunmen killed a police officer in the oil city of Kirkuk, 250 km north of Baghdad, police said.",
])
def test_a_town_a_distance_from_another_is_not_in_it(text):
    assert len(_attacks_on(text, TUESDAY)) == 2


def test_a_site_in_the_town_told_before_stays_one_incident():
    text = "In Baghdad, a roadside bomb killed two soldiers on Tuesday.\n\nThe bomb went off near a market in Baghdad."
    assert len(_attacks_on(text, TUESDAY)) == 1


def _attacks_on(text: str, when: datetime) -> list:
    return [e for e in events_of(text, when) if e.event_type == "ASSAULT"]


def test_each_item_of_a_roundup_that_opens_with_its_place_is_its_own_incident():
    text = ("* GOMBE - A bomb exploded at a bus station, wounding 18 people, police said.\n\n"
            "* DAMATURU - Gunmen killed a soldier, police said.")
    assert len(_attacks_on(text, MAY_15)) == 2


def test_an_item_that_names_the_incident_again_joins_it():
    text = ("* MAIDUGURI - Two female suicide bombers blew themselves up at a crowded market, killing 14 people.\n\n"
            "* MAIDUGURI - The death toll from the market bombing rose to 20, a hospital official said.")
    assert len(_attacks_on(text, MAY_15)) == 1


def test_bodies_of_people_not_told_before_are_another_incident():
    text = ("In Baghdad, a roadside bomb exploded near a market, killing six civilians.\n\n"
            "Police found the bodies of 15 men, bound and shot in the head, in different parts of Baghdad.")
    assert len(_attacks_on(text, TUESDAY)) == 2


def test_the_body_of_a_victim_told_before_ends_that_incident():
    text = "Gunmen abducted a teacher in Baghdad on Monday.\n\nThe body of the teacher was found on Tuesday."
    assert len(_attacks_on(text, TUESDAY)) == 1


@pytest.mark.parametrize("text", [
    "In Yobe state, militants attacked a police station in Buni Yadi, killing 11 policemen.",
    "In Borno state, gunmen stormed the village of Alagarno, killing 30 people.",
    "In Abyan province, troops clashed with militants near the town of Zinjibar, killing 20 militants.",
])
def test_the_region_a_sentence_opens_with_holds_the_town_of_its_clause(text):
    assert len(_attacks_on(text, TUESDAY)) == 1


def test_a_region_named_inside_a_sentence_holds_no_site_of_another_region():
    text = ("Mourners remembered those killed at a South Carolina church and those killed in Colorado, the "
            "pastor said on Tuesday.")
    assert len(_attacks_on(text, TUESDAY)) == 2


@pytest.mark.parametrize("text", [
    "Violence killed at least 10 people across Syria on Tuesday, activists said.\n\n"
    "In Homs, gunmen killed four people.",
    "Clashes and attacks killed at least 30 people in Yemen on Tuesday, officials said.\n\n"
    "In Aden, gunmen shot dead an intelligence officer.\n\n"
    "A suspected U.S. drone strike killed five al Qaeda fighters in a vehicle in Shabwa province.",
])
def test_an_incident_of_a_roundup_is_not_the_lead_that_sums_them_up(text):
    # (the lead a row of its own, at the country, and each incident one)
    assert len(_attacks_on(text, TUESDAY)) == len(text.split("\n\n"))


def test_an_attack_in_a_country_told_again_at_its_town_stays_one():
    text = ("A suicide bomber blew himself up at a police station in Afghanistan on Tuesday, killing six officers. "
            "The attack happened in the town of Ghazni, officials said.")
    assert len(_attacks_on(text, TUESDAY)) == 1


JUN_29 = datetime(2022, 6, 29, tzinfo=timezone.utc)  # a Wednesday


def test_a_verdict_coordinated_after_a_charge_keeps_the_day_of_its_clause():
    text = "A French court on Wednesday found Salah Abdeslam guilty of murder and sentenced him to life in prison."
    verdict = next(e for e in events_of(text, JUN_29) if e.trigger == "sentenced")
    assert (verdict.date, verdict.date_precision) == (date(2022, 6, 29), "day")


def test_a_gerund_charged_is_still_the_act_before_the_charge():
    text = "Prosecutors on Wednesday charged a man with killing a police officer in Paris in 2016."
    killing = next(e for e in events_of(text, JUN_29) if e.event_type == "ASSAULT")
    assert killing.date != date(2022, 6, 29)


OCT_1 = datetime(2013, 10, 1, tzinfo=timezone.utc)


@pytest.mark.parametrize("text", [
    "Five of the attackers were killed in the siege of the Westgate shopping mall, which began on September 21.",
    "Police said the attack on a patrol by a mob, which took place on September 21, was planned.",
])
def test_a_relative_clause_of_occurrence_dates_its_event_noun(text):
    [attack] = _attacks_on(text, OCT_1)
    assert (attack.date, attack.date_precision) == (date(2013, 9, 21), "day")

