"""War reporting of our own (stop 60): air, drone and missile strikes, the interceptions told of them, and the words
around them that are no attack. Every text is our own."""
from datetime import date, datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article, event_on, events_of

MAY_10 = datetime(2024, 5, 10, tzinfo=timezone.utc)  # a Friday


@pytest.mark.parametrize("text", [
    "Russia launched 25 drones at Ukraine overnight. Air defences shot down 20 of the 25 drones, the army said.",
    "Israeli jets fired six missiles on Thursday, and Syrian air defences shot down some of them.",
    "Air defences downed 14 drones over Kyiv on Thursday.",
    "Ukraine shot down two cruise missiles over Kyiv on Thursday.",
])
def test_an_interception_is_no_attack_of_the_defender(text):
    assert not [e for e in events_of(text, MAY_10) if e.trigger in ("shot down", "shot", "downed")]


def test_the_defender_shooting_down_drones_is_not_the_attacker():
    text = "Drones attacked a fuel depot in Port Sudan on Thursday. Anti-aircraft defences shot down most of them."
    assert event_on(text, "attacked", MAY_10).actor is None


@pytest.mark.parametrize("text, trigger, actor", [
    ("Ukrainian air defences shot down a Russian Su-34 jet over Donetsk on Thursday.", "shot down",
     "Ukrainian air defences"),
    ("The Houthis shot down a U.S. MQ-9 Reaper drone over Yemen on Thursday.", "shot down", "Houthis"),
    ("The rebels downed a government helicopter on Thursday.", "downed", "rebels"),
])
def test_an_aircraft_shot_down_is_still_attacked(text, trigger, actor):
    found = event_on(text, trigger, MAY_10)
    assert (found.event_type, found.event_mode, found.actor) == ("ASSAULT", "aerial", actor)


@pytest.mark.parametrize("text, word", [
    ("Hezbollah fired dozens of rockets into northern Israel on Thursday, setting off air raid sirens in Haifa.",
     "air raid"),
    ("An air raid alert was declared across Ukraine on Thursday.", "air raid"),
    ("Russia launched 31 missiles and 63 Shahed-type attack drones at Ukraine overnight, the air force said.",
     "attack"),
    ("Russia used attack helicopters against Ukrainian positions on Thursday.", "attack"),
    ("Air defence units destroyed 21 drones over the annexed Crimean peninsula, the ministry said.", "annexed"),
])
def test_a_word_of_attack_that_only_names_a_kind_is_no_event(text, word):
    assert word not in {e.trigger for e in events_of(text, MAY_10)}


@pytest.mark.parametrize("text, trigger, mode", [
    ("An air raid on the market killed 12 people on Thursday.", "air raid", "aerial"),
    ("A drone attack on the refinery started a fire on Thursday.", "drone attack", "drone"),
])
def test_a_raid_or_an_attack_made_is_still_one(text, trigger, mode):
    found = [e for e in events_of(text, MAY_10) if e.event_type == "ASSAULT"]
    assert len(found) == 1 and found[0].event_mode == mode


def test_a_land_annexed_is_still_seized_when_told():
    found = event_on("Moscow formally annexed four Ukrainian regions on Thursday.", "annexed", MAY_10)
    assert (found.event_type, found.event_mode, found.actor) == ("COERCE", "seize", "Moscow")


@pytest.mark.parametrize("text, actor, target", [
    ("Ukrainian forces hit Russian positions in Kherson Oblast overnight.", "Ukrainian forces", "Russian positions"),
    ("Ukrainian troops hit a Russian ammunition depot near Donetsk on Thursday.", "Ukrainian troops",
     "Russian ammunition depot"),
])
def test_troops_that_hit_an_enemy_s_works_attack(text, actor, target):
    found = event_on(text, "hit", MAY_10)
    assert (found.event_type, found.actor, found.target) == ("ASSAULT", actor, target)


def test_a_ball_that_hits_the_post_is_no_attack():
    assert not events_of("The striker hit the post twice on Thursday.", MAY_10)


def test_a_political_attack_is_words():
    found = event_on('The minister called the House inquiry a "political attack."', "attack", MAY_10)
    assert (found.event_type, found.event_mode) == ("ACCUSE", "disapprove")


@pytest.mark.parametrize("text", [
    "Police said a man's body had been found in floodwaters near Ingham on Thursday.",
    "A man's body was found in floodwaters near Ingham on Thursday. Police said the death was not suspicious.",
])
def test_a_body_found_in_floodwaters_is_no_attack(text):
    assert "ASSAULT" not in {e.event_type for e in events_of(text, MAY_10)}


def test_a_body_with_wounds_found_is_still_an_attack():
    text = "The body of a woman was found in a field on Thursday. Police said she had been stabbed."
    assert event_on(text, "found", MAY_10).event_type == "ASSAULT"


AUG_10 = datetime(2024, 8, 10, tzinfo=timezone.utc)  # a Saturday


@pytest.mark.parametrize("text, trigger", [
    ("Russian attacks killed five people and injured 19 over the past day, regional authorities reported.", "injured"),
    ("Russian shelling killed three civilians in the past 24 hours, the governor said.", "shelling"),
])
def test_a_daily_round_up_tells_the_day_before(text, trigger):
    found = event_on(text, trigger, AUG_10)
    assert (found.date, found.date_precision) == (date(2024, 8, 9), "day") and found.target != "past day"


def test_today_is_still_the_day_of_publication():
    assert event_on("The attack killed five people today.", "killed", AUG_10).date == date(2024, 8, 10)


@pytest.mark.parametrize("text", [
    "Lebanon's Health Minister Firass Abiad said Monday's strikes killed 558 people and wounded 1,835.",
    "The ministry said Monday's strikes killed 558 people and wounded 1,835.",
])
def test_who_tells_of_the_harm_is_not_who_did_it(text):
    assert [e.actor for e in events_of(text, MAY_10) if e.event_type == "ASSAULT"] == [None]


def test_the_subject_of_what_was_said_still_does_the_second_verb():
    found = [e for e in events_of("The ministry said gunmen killed 58 people and wounded 35.", MAY_10)
             if e.event_type == "ASSAULT"]
    assert [e.actor for e in found] == ["gunmen"]


@pytest.mark.parametrize("text, trigger, canonical", [
    ("Hezbollah said its fighters clashed with Israeli troops in the village of Odaisseh on Thursday.", "clashed",
     "Hezbollah fighters"),
    ("The Sudanese army said its aircraft struck RSF positions east of El Fasher on Thursday.", "struck",
     "Sudanese army aircraft"),
])
def test_a_group_s_own_people_are_the_group_s(text, trigger, canonical):
    [found] = [e for e in extract_article(_article(text)).events if e.trigger == trigger]
    assert found.actor.startswith("its ") and found.actor_canonical == canonical


def test_a_person_s_our_is_no_one_of_hers():
    text = 'Romney said our presidents kill people with drones, and he was right.'
    assert all("Romney" not in (e.actor_canonical or "") for e in extract_article(_article(text)).events)


MAR_22 = datetime(2024, 3, 22, tzinfo=timezone.utc)  # a Friday
LEAD = "Russia launched a massive missile attack on Kyiv overnight on March 21, authorities said.\n\n"
IN_KHARKIV = "In Kharkiv, Russian drones hit a power facility, Mayor Ihor Terekhov said."


def test_the_story_s_day_goes_on_past_a_paragraph_that_only_quotes():
    quote = '"The enemy is once again trying to leave Ukrainians without light," the energy minister wrote.\n\n'
    found = event_on(LEAD + quote + IN_KHARKIV, "hit", MAR_22)
    assert (found.date, found.date_precision) == (date(2024, 3, 21), "day")


def test_a_paragraph_of_other_news_still_ends_the_story_s_day():
    other = "Separately, Russia's central bank held its key rate at 16 percent.\n\n"
    assert event_on(LEAD + other + IN_KHARKIV, "hit", MAR_22).date_source == "publication"


def test_troops_that_launch_bombs_bomb_from_the_air():
    text = "Russian troops launched guided aerial bombs at the town of Vovchansk on Thursday, the governor said."
    found = event_on(text, "launched", MAY_10)
    assert (found.event_mode, found.actor, found.target) == ("aerial", "Russian troops", "town of Vovchansk")


def test_a_bomb_attack_launched_is_no_air_raid():
    text = "Militants launched a bomb attack on a police station in Quetta on Thursday."
    assert "aerial" not in {e.event_mode for e in events_of(text, MAY_10)}
