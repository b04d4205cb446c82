"""Events of wire stories in styles the dev sets hold little of: holiday rallies and messages, campaign stops told
with their weekday. Every text is our own."""
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from etl.extract import events
from etl.extract.batch import extract_article
from etl.extract.text import Doc
from etl.records import Event
from tests.extract.test_events_wire import _article

DEC_30 = datetime(2024, 12, 30, tzinfo=timezone.utc)  # a Monday


def _on(text: str, trigger: str, published: datetime = DEC_30) -> Event:
    [e] = [e for e in events.extract(Doc(replace(_article(text), published_at=published)), [])
           if e.trigger == trigger]
    return e


@pytest.mark.parametrize("text, trigger, place", [
    ("Protesters rallied on Christmas Day in Hong Kong.", "rallied", "Hong Kong"),
    ("Protesters rallied on New Year's Eve in Hong Kong.", "rallied", "Hong Kong"),
    ("Police fired tear gas at protesters on Labour Day in Nairobi.", "fired", "Nairobi"),
    ("Gunmen attacked a church on Easter Sunday in Kaduna.", "attacked", "Kaduna"),
    ("Trump held a rally in South Carolina Friday.", "rally", "South Carolina"),
    ("Nurses protested at a rally in Miami Wednesday.", "rally", "Miami"),
])
def test_a_day_named_before_or_after_a_place_is_no_part_of_it(text, trigger, place):
    assert _on(text, trigger).location == place


def test_an_island_named_after_a_feast_is_still_a_place():
    assert _on("Protesters rallied on Christmas Island.", "rallied").location == "Christmas Island"


def test_a_holiday_told_in_the_past_is_the_last_one_before_the_story():
    # published on 30 December: the rally of New Year's Eve was a year before, not the day after the story
    e = _on("Protesters rallied on New Year's Eve in Hong Kong.", "rallied")
    assert (e.date, e.date_precision) == (date(2023, 12, 31), "day")
    # a story of 3 January tells of the one just past
    assert _on("Thousands rallied in Seoul on New Year's Eve.", "rallied",
               datetime(2025, 1, 3, tzinfo=timezone.utc)).date == date(2024, 12, 31)
    # and a holiday yet to come is not turned round
    assert _on("Opposition parties will rally in Seoul on New Year's Eve.", "rally").date == date(2024, 12, 31)


@pytest.mark.parametrize("text", [
    "Putin sent a New Year's message to Kim on Tuesday.",
    "Putin on Tuesday sent a New Year's message to Kim.",
    "On Tuesday, Putin sent a New Year's message to Kim.",
])
def test_the_day_a_clause_tells_dates_it_before_the_holiday_its_object_is_for(text):
    assert _on(text, "sent").date == date(2024, 12, 24)


def test_the_holiday_an_object_is_for_dates_the_clause_that_tells_no_day():
    assert _on("State media reported that Putin sent a New Year's message to Kim.", "sent").date == date(2025, 1, 1)


JAN_28 = datetime(2025, 1, 28, tzinfo=timezone.utc)  # a Tuesday


@pytest.mark.parametrize("text, trigger, actor", [
    ("M23 rebels backed by Rwanda seized the airport on Monday.", "seized", "M23 rebels"),
    ("Militants supported by Iran attacked the base.", "attacked", "Militants"),
    ("Dozens of teachers organised by their unions protested outside the ministry.", "protested", "teachers"),
])
def test_whoever_backs_the_subject_does_not_act(text, trigger, actor):
    assert _on(text, trigger, JAN_28).actor == actor


def test_a_passive_agent_of_a_participle_of_harm_still_acts():
    # "killed by": the participle is no one's backing; the agent is the doer of the killing it names
    assert _on("Two farmers were killed by gunmen in Zamfara.", "killed", JAN_28).actor == "gunmen"


@pytest.mark.parametrize("text, trigger", [
    ("Heavy gunfire was heard near the airport overnight.", "gunfire"),
    ("Fierce clashes broke out in the town.", "clashes"),
    ("Sporadic shooting continued into the night.", "shooting"),
])
def test_an_adjective_opening_the_sentence_is_no_actor(text, trigger):
    assert _on(text, trigger, JAN_28).actor is None


def test_a_name_opening_the_sentence_before_an_event_noun_still_acts():
    assert _on("Taliban attacks killed five soldiers.", "attacks", JAN_28).actor == "Taliban"


def test_a_description_of_a_city_in_commas_parts_no_verb_from_its_date():
    text = ("M23 rebels seized most of Goma, eastern Congo's largest city, on Monday after days of fighting, the "
            "United Nations said.")
    e = _on(text, "seized", JAN_28)
    assert (e.date, e.date_precision, e.date_source) == (date(2025, 1, 27), "day", "text")


def test_a_date_in_a_relative_clause_of_place_dates_only_that_clause():
    text = ("The attack took place in the Kurram district, near the Afghan border, where sectarian clashes have "
            "killed dozens this year.")
    e = _on(text, "attack", datetime(2024, 11, 25, tzinfo=timezone.utc))
    assert e.date_precision != "year"


def test_a_shooter_told_again_is_the_gunman_of_the_lead():
    text = ("A gunman opened fire at a rally in Butler on Saturday, wounding a candidate. The shooter fired several "
            "rounds from the roof of a building outside the rally venue.")
    [assault] = [e for e in extract_article(_article(text)).events if e.event_type == "ASSAULT"]
    assert (assault.actor, assault.mentions) == ("gunman", 3)


def test_the_region_in_an_armed_group_s_name_is_no_place_of_the_attack_it_is_blamed_for():
    text = ("Assailants attacked a police checkpoint in Tillaberi region, Niger. No group claimed responsibility; "
            "however, sources attributed the attack to the Islamic State in the Greater Sahara.")
    [assault] = [e for e in extract_article(_article(text)).events if e.event_type == "ASSAULT"]
    assert (assault.location, assault.location_country, assault.mentions) == ("Tillaberi region", "NER", 2)



MAY_26 = datetime(2024, 5, 26, tzinfo=timezone.utc)  # a Sunday


@pytest.mark.parametrize("text, trigger, target", [
    ("A mayoral candidate in the southern Mexican state of Guerrero was shot dead on Friday.", "shot dead",
     "mayoral candidate"),
    ("A judge of the provincial court was killed by unknown gunmen in Herat.", "killed", "judge"),
    ("Two pilgrims from the city of Karbala were wounded in the blast.", "wounded", "pilgrims"),
])
def test_a_person_named_by_office_heads_the_subject_before_a_place_phrase(text, trigger, target):
    assert _on(text, trigger, MAY_26).target == target


def test_ahead_of_a_dated_vote_ends_the_object_and_dates_nothing_else():
    e = _on("Police arrested 20 activists ahead of the June 2 elections.", "arrested", MAY_26)
    assert e.target == "activists"
    assert e.date != date(2024, 6, 2)  # before the vote, not on its day


@pytest.mark.parametrize("text", [
    "Police fired tear gas at supporters who gathered outside his residence in Dakar, and arrested 14 of them.",
    "Police dispersed protesters who blocked the road, and arrested 14 of them.",
    "Police dispersed workers, who had blocked the road, and arrested 14 of them.",
])
def test_a_verb_after_the_comma_that_closes_a_relative_clause_is_the_main_clause_s(text):
    assert _on(text, "arrested", MAY_26).actor == "Police"


def test_a_verb_coordinated_inside_a_relative_clause_is_still_the_antecedent_s():
    assert _on("Police dispersed workers, who had taken to the streets and pelted stones.", "pelted",
               MAY_26).actor == "workers"


@pytest.mark.parametrize("text, trigger, actor", [
    ("Unspecified militiamen on horseback abducted a girl near Nertiti.", "abducted", "Unspecified militiamen"),
    # (the two sides that fire at each other: the first the actor, the other the target, since stop 54)
    ("Militiamen from the Leelkayse clan and Saad sub-clans exchanged fire near Gaalkacyo.", "exchanged fire",
     "Leelkayse clan"),
])
def test_troops_head_their_phrase_unless_the_phrase_names_whose_they_are(text, trigger, actor):
    assert _on(text, trigger, MAY_26).actor == actor


@pytest.mark.parametrize("text, trigger, actor", [
    ('Prime Minister Benjamin Netanyahu said Israel was "at war" and vowed that Hamas would pay an "unprecedented '
     'price".', "vowed", "Prime Minister Benjamin Netanyahu"),
    ("The minister said the army was ready and threatened to retaliate.", "threatened", "minister"),
])
def test_a_pledge_coordinated_after_said_is_the_speaker_s(text, trigger, actor):
    assert _on(text, trigger, MAY_26).actor == actor


def test_an_act_coordinated_inside_what_was_said_is_still_its_subject_s():
    assert _on("Survivors said the attackers separated them and shot the men.", "shot", MAY_26).actor == "attackers"


def test_a_running_toll_in_a_relative_clause_is_not_the_attack_its_sentence_names_again():
    text = ("Gunmen opened fire on a convoy of vehicles in northwest Pakistan on Thursday, killing at least 42 people, "
            "police said. The attack took place in the Kurram district, near the Afghan border, where sectarian "
            "clashes between Sunni and Shi'ite tribes have killed dozens this year.")
    rows = [e for e in extract_article(_article(text)).events if e.event_type == "ASSAULT"]
    ambush = next(e for e in rows if e.trigger == "opened fire")
    assert ambush.actor == "Gunmen"  # not the tribes of the clashes, told of as background
    assert len(rows) == 2


def test_an_acronym_and_a_site_in_a_region_may_name_the_party_and_place_told_before():
    text = ("The Rapid Support Forces killed at least 124 people in a village in central Gezira province on Friday, "
            "activists said. The RSF attack on the village of Al-Sireha came after a commander defected.")
    rows = [e for e in extract_article(_article(text)).events if e.event_type == "ASSAULT"]
    assert [(e.actor, e.mentions) for e in rows] == [("Rapid Support Forces", 2)]


def test_initials_that_are_no_acronym_of_the_other_name_keep_two_sides_apart():
    text = ("Fighters of the Rapid Support Forces attacked a village in Gezira province on Friday. "
            "SAF soldiers attacked a village in Gezira province on Friday.")
    rows = [e for e in extract_article(_article(text)).events if e.event_type == "ASSAULT"]
    assert len(rows) == 2


@pytest.mark.parametrize("text, trigger, target", [
    ("Three South African peacekeepers were among those killed over the weekend.", "killed",
     "South African peacekeepers"),
    ("Two journalists were among the people killed in the strike.", "killed", "journalists"),
    ("A child was among those wounded.", "wounded", "child"),
])
def test_whoever_was_among_those_harmed_is_whom_the_harm_befell(text, trigger, target):
    assert _on(text, trigger, MAY_26).target == target


@pytest.mark.parametrize("text, trigger", [
    ("Those killed included two children.", "killed"),
    ("Only relatives of those killed remained at the scene.", "killed"),
])
def test_those_before_a_bare_participle_are_whom_it_befell(text, trigger):
    e = _on(text, trigger, MAY_26)
    assert (e.actor, e.target) == (None, "those" if text.startswith("Only") else "Those")


@pytest.mark.parametrize("text", [
    "The candidate tried to strike a tough stance on the war and the troops sent abroad.",
    "The army chief struck a conciliatory tone with the militants.",
    "The rebels' offensive struck fear into residents of the besieged city.",
])
def test_strike_with_an_object_of_a_figure_of_speech_is_no_assault(text):
    assert not any(e.trigger in ("strike", "struck") for e in events.extract(Doc(_article(text)), []))


def test_strike_a_deal_is_an_agreement_and_a_missile_strike_still_an_assault():
    assert _on("The two sides struck a deal with the army on Monday.", "struck", MAY_26).event_type == "AGREE"
    assert _on("Russian missiles struck a power plant in Kharkiv.", "struck", MAY_26).event_type == "ASSAULT"


def test_an_attack_launched_from_a_place_struck_the_place_its_clause_tells():
    e = _on("Hamas militants killed 250 people in Israel after launching a surprise attack from Gaza.", "attack",
            MAY_26)
    assert e.location == "Israel"


def test_a_rocket_fired_from_one_place_into_another_is_not_the_shelling_it_answered():
    text = ("On 6 May 2020, Israeli artillery shelled two monitoring sites in the town of Bayt Hanun in the northern "
            "Gaza Strip. The attack came in retaliation to a rocket fired from Gaza into Israel earlier.")
    rows = extract_article(_article(text)).events
    assert [e.location for e in rows if e.trigger == "fired"] == ["Israel"]
