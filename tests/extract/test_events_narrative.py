"""Events of longer news stories: years the narrative names again ("in May of that year"), arrests in raids, the
participles of a story's people ("the kidnapped students", "four men accused of …"), perpetrators told again by
another word. Every text is our own."""
from datetime import date

import pytest

from etl.extract.batch import extract_article
from etl.extract.dates import find_dates
from tests.extract.test_events_wire import _article, _events, _one


# --- a year the narrative told ---

@pytest.mark.parametrize("text, when, precision", [
    ("The gang robbed a bank in Lyon in March 2021. Police arrested two of its members in May of that year.",
     date(2021, 5, 1), "month"),
    ("The defendants tested explosives in 2021. They were arrested in December that year.",
     date(2021, 12, 1), "month"),
    ("The soldiers were deployed to Kidal in 2019. They were ambushed the following year near Tessalit.",
     date(2020, 1, 1), "year"),
    ("Rebels seized the town in 2016. The army recaptured it later that year.", date(2016, 1, 1), "year"),
    ("The defendants tested explosives in the summer of 2021. They were arrested in December that year.",
     date(2021, 12, 1), "month"),
])
def test_a_month_or_year_of_the_narrative_is_dated_from_the_year_told_last(text, when, precision):
    last = [e for e in _events(text) if e.trigger_start > text.index(". ")]
    assert [(e.date, e.date_precision, e.date_source) for e in last] == [(when, precision, "text")]


def test_a_month_of_that_year_is_no_month_of_the_publication_year():
    # read alone, "May of that year" names no year: left to the narrative, not May 2024
    (found,) = find_dates("Police arrested them in May of that year.", date(2024, 11, 20))
    assert found.date is None and found.shift == (0, "year") and found.month == 5


@pytest.mark.parametrize("text, year", [
    ("They tested explosives in the summer of 2023.", 2023),
    ("The talks collapsed during winter 2021.", 2021),
    ("The militia was founded in the fall of 2014.", 2014),
])
def test_a_season_of_a_year_is_dated_to_the_year(text, year):
    (found,) = find_dates(text, date(2024, 11, 20))
    assert (found.date, found.precision) == (date(year, 1, 1), "year")


def test_a_noun_before_a_date_is_no_reporting_verb():
    # "states" is a noun after "three": the date is the arrest's, not a speech's
    e = _one("They were arrested in three states in December 2023.", "arrested")
    assert (e.date, e.date_precision) == (date(2023, 12, 1), "month")


def test_a_date_after_a_reporting_verb_still_dates_the_speech():
    assert _one("Police arrested two men, the ministry states in March.", "arrested").date_source != "text"


# --- arrests in raids ---

@pytest.mark.parametrize("text", [
    "They were arrested in raids in three states.",
    "Soldiers raided the house and arrested two brothers.",
    "Twelve suspects were detained during a police raid in Kano.",
])
def test_a_raid_that_makes_arrests_is_the_arrest(text):
    assert {e.event_type for e in _events(text)} == {"COERCE"}


def test_arrested_in_raids_is_one_event():
    [e] = extract_article(_article("They were arrested in raids in three states in December 2023.")).events
    assert e.mentions == 2 and e.date == date(2023, 12, 1)


def test_a_raid_that_kills_stays_an_attack():
    assert _one("Gunmen raided the village and killed ten people.", "raided").event_type == "ASSAULT"


# --- event nouns that name the kind of the next ---

@pytest.mark.parametrize("text", [
    "Police foiled a bomb attack on a market in Kano.",
    "The men were accused of planning a bomb attack on a church.",
])
def test_a_bomb_attack_is_one_mention(text):
    assert [e.trigger for e in _events(text) if e.event_type == "ASSAULT" and e.trigger != "foiled"] == ["attack"]


# --- participles of the story's people ---

@pytest.mark.parametrize("text, trigger, target", [
    ("The funeral of three soldiers killed in the ambush was held on Friday.", "killed", "soldiers"),
    ("The bodies of two men abducted on Monday were found.", "abducted", "men"),
    ("Relatives of the men detained last week protested.", "detained", "men"),
    # (an abduction told before: "the kidnapped students" alone names them by an act the story does not tell)
    ("Gunmen abducted 30 students in Kaduna. Families of the kidnapped students protested.", "kidnapped", "students"),
])
def test_a_participle_says_what_the_nearer_people_underwent(text, trigger, target):
    e = _one(text, trigger)
    assert (e.actor, e.target) == (None, target)


def test_a_phrase_of_people_a_participle_follows_stays_whole_when_its_head_is_people():
    assert _one("Five members of the gang arrested on Monday appeared in court.", "arrested").actor is None


@pytest.mark.parametrize("text, target", [
    ("Police arrested on Monday three suspects in Kano.", "suspects"),
    ("Police arrested last week a man in Kano.", "man"),
    ("Troops killed on Sunday at least 20 militants near Gao.", "militants"),
])
def test_the_object_of_a_verb_may_follow_its_time(text, target):
    e = [e for e in _events(text)][0]
    assert (e.actor, e.target) == (text.split()[0], target)


def test_a_day_after_a_verb_is_no_object():
    e = _one("The permit for 15,000 people to march on July 25 is pending.", "march")
    assert e.target is None


def test_shots_fired_before_another_verb_were_fired():
    e = _one("Officers responding to reports of shots fired found the victims in the backyard.", "fired")
    assert (e.actor, e.target) == (None, None)


def test_a_charge_with_its_degree_dates_the_charge_not_the_act():
    text = ("Zimmerman shot and killed Martin in February 2012, but was acquitted of second-degree murder charges "
            "the following year.")
    assert [(e.trigger, e.date) for e in extract_article(_article(text)).events if e.event_type == "ASSAULT"] == [
        ("shot and killed", date(2012, 2, 1))]


# --- gatherings ---

def test_people_gathered_for_a_wedding_hold_no_protest():
    text = "Gunmen opened fire on residents gathered for a wedding in Dinangourou."
    assert [e.event_type for e in _events(text)] == ["ASSAULT"]


def test_mourners_who_chant_slogans_protest():
    text = "Mourners gathered for the funeral and chanted slogans against the government."
    assert _one(text, "gathered").event_type == "PROTEST"


# --- perpetrators told again ---

def test_the_subject_past_a_relative_clause_in_commas_does_the_verb_after_and():
    text = ("The assailants, who arrived on motorbikes, surrounded the village of Dinangourou and opened fire on "
            "residents.")
    assert _one(text, "opened fire").actor == "assailants"


WIRE = ("BAMAKO (AFP) - Suspected jihadists killed at least 15 civilians in an attack on a village in central Mali "
        "on Saturday, local officials said on Monday.\n"
        "The assailants, who arrived on motorbikes, surrounded the village of Dinangourou in the Mopti region and "
        "opened fire on residents gathered for a wedding, a local official told AFP.")


def test_perpetrators_told_again_by_another_word_tell_the_incident_on():
    found = extract_article(_article(WIRE))
    [attack] = [e for e in found.events if e.event_type == "ASSAULT"]
    assert attack.mentions == 3
    # the named village, not "a village in central Mali", is where it happened; the date is the lead's Saturday
    assert attack.location == "village of Dinangourou in the Mopti region"
    assert attack.date == date(2024, 4, 27)


def test_perpetrators_of_another_kind_are_no_told_again():
    text = ("Suspected jihadists killed 15 civilians in a village in central Mali on Saturday.\n"
            "The soldiers, who arrived on Sunday, opened fire on residents of Dinangourou in the Mopti region.")
    assert len([e for e in extract_article(_article(text)).events if e.event_type == "ASSAULT"]) == 2


def test_a_relative_clause_in_commas_before_and_names_no_doer_of_what_follows():
    text = ("At least 55 people were arrested for joining protests supporting a blogger, who was arrested on 6 May, "
            "and condemning the parade.")
    # (what the protests condemned is their grievance, no complaint of its own: no row, so none with a doer)
    assert all(e.trigger != "condemning" for e in _events(text))


@pytest.mark.parametrize("text, trigger, actor", [
    ("George Zimmerman (left) shot and killed Trayvon Martin (right) in February 2012.", "shot and killed",
     "George Zimmerman"),
    ("Sanders (left) met Clinton in Iowa.", "met", "Sanders"),
])
def test_a_caption_s_note_in_brackets_does_not_hide_the_subject(text, trigger, actor):
    assert _one(text, trigger).actor == actor


# --- dates of other clauses ---

def test_a_date_of_a_clause_of_time_after_the_trigger_is_that_clause_s():
    e = _one("Ramos was detained at his home after a judge issued the order on Friday.", "detained")
    assert e.date_source != "text"


def test_a_date_of_the_act_charged_dates_no_arrest():
    text = ("LIMA, Peru (AP) — Police in Peru arrested a former army officer accused of ordering the killing of eight "
            "peasants during the country's internal conflict in 1991, prosecutors said Saturday.")
    found = {e.trigger: e for e in extract_article(_article(text)).events}
    assert found["killing"].date == date(1991, 1, 1)
    assert found["arrested"].date_source not in ("text", "context")


# --- a name other countries bear ---

def test_a_name_of_a_foreign_region_and_towns_elsewhere_lies_in_the_story_s_country():
    text = ("LIMA, Peru (AP) — Police in Peru arrested a former army officer on Saturday.\n"
            "The victims were taken from their homes in the Andean village of Santa Barbara by soldiers, tortured and "
            "shot. Their bodies were dumped in an abandoned mine.")
    placed = {e.location_country for e in extract_article(_article(text)).events if e.location}
    assert placed == {"PER"}


def test_a_name_of_one_place_keeps_its_country():
    text = "LIMA, Peru (AP) — Police said migrants were detained in San Pedro Sula on Saturday."
    assert _one(text, "detained").location_country == "HND"


# --- a fight told from either side ---

ENCOUNTER = ("SRINAGAR — Two militants were killed in an encounter with security forces in the Hadipora area of "
             "Baramulla district on Monday, police said.\n"
             "As the forces approached the suspected spot, the hiding militants fired upon them, triggering a "
             "gunfight.")


def test_a_fight_told_from_either_side_is_one_event():
    [e] = [e for e in extract_article(_article(ENCOUNTER)).events if e.event_type == "ASSAULT"]
    assert e.mentions >= 3 and e.location == "Hadipora area of Baramulla district"


def test_an_attack_by_the_side_struck_is_another_event_without_a_fight():
    text = ("Gunmen killed five villagers in Dalo on Monday.\n"
            "Villagers attacked the gunmen with machetes.")
    assert len([e for e in extract_article(_article(text)).events if e.event_type == "ASSAULT"]) == 2


# --- an event named by a date before the story ---

STRIKE = ("The Israeli military said the strike targeted a commander, Ibrahim Biari, whom it accused of planning the "
          "October 7 attack, and that he had been killed along with a large number of militants.")


def test_an_event_named_by_a_past_day_happened():
    attack = _one(STRIKE, "attack")
    assert attack.modality != "future" and attack.date == date(2023, 10, 7)


def test_an_event_named_by_its_day_takes_in_no_other_event_of_its_sentence():
    found = extract_article(_article(STRIKE)).events
    [attack] = [e for e in found if e.trigger == "attack"]
    assert attack.mentions == 1


def test_people_killed_in_an_event_named_by_its_date_died_in_it():
    text = "Hochsprung was one of 26 people killed in the December 2012 shooting at the Newtown, Connecticut, school."
    [shooting] = extract_article(_article(text)).events
    assert shooting.mentions == 2 and shooting.date == date(2012, 12, 1)


# --- wire stories filed at home ---

@pytest.mark.parametrize("text, trigger, country", [
    ("MANILA, Philippines — Troops were fired upon by rebels in Barangay San Jose, Las Navas town, on Saturday.",
     "fired", "PHL"),
    ("PESHAWAR: Terrorists attacked a check post in the Tirah valley of Khyber district late on Sunday.", "attacked",
     "PAK"),
])
def test_a_name_shared_abroad_is_read_at_home_in_a_story_filed_there(text, trigger, country):
    assert _one(text, trigger).location_country == country


def test_a_big_city_abroad_keeps_its_country_in_a_story_filed_at_home():
    text = "WASHINGTON (AP) — Russian forces shelled Kharkiv overnight, the Pentagon said."
    assert _one(text, "shelled").location_country == "UKR"


@pytest.mark.parametrize("text", [
    "Talks were suspended after a car bomb attack on a police academy in Bogota that killed 22 people.",
    "A suicide bombing attack on a mosque in Peshawar killed 12 people.",
])
def test_the_kind_of_an_attack_before_it_is_no_second_attack(text):
    assert [e.trigger for e in _events(text) if e.trigger in ("car bomb", "suicide bombing")] == []


def test_an_attack_on_a_site_in_a_town_that_killed_is_what_killed():
    text = "Talks were suspended after a car bomb attack on a police academy in Bogota that killed 22 people."
    assert _one(text, "killed").actor is None  # the attack, not the academy


def test_a_plan_named_before_a_comma_makes_no_act_after_it_future():
    text = ("Thousands of farmers drove their tractors into central Berlin on Monday to protest against the "
            "government's plans to cut diesel subsidies, blocking roads around the Brandenburg Gate.")
    assert _one(text, "blocking").modality != "future"


def test_a_plan_still_makes_its_own_act_future():
    assert _one("The rebels plan to attack the town.", "attack").modality == "future"


def test_a_pipe_bomb_is_a_noun_with_no_doer():
    text = "Prosecutors said Rahman had bought materials to build a pipe bomb and had scouted the area."
    assert [e.actor for e in _events(text) if e.trigger == "bomb"] in ([], [None])


def test_a_verb_after_a_plural_subject_stays_a_verb():
    assert _one("The rebels bomb checkpoints every night.", "bomb").actor == "rebels"


@pytest.mark.parametrize("text, kind", [
    ("Officers also raided a house in the Fallowfield area.", "COERCE"),
    ("A police raid on a house in Leeds found weapons.", "COERCE"),
    ("Gunmen raided a police station in Kano.", "ASSAULT"),
    ("Soldiers raided a militant base and killed five.", "ASSAULT"),
])
def test_a_raid_by_the_police_is_a_search_and_a_raid_on_a_post_an_attack(text, kind):
    assert [e.event_type for e in _events(text) if e.trigger.startswith("raid")] == [kind]


def test_a_controlled_explosion_is_no_attack():
    text = "Officers raided a house in Fallowfield, where they carried out a controlled explosion."
    assert [e.trigger for e in _events(text) if e.event_type == "ASSAULT"] == []


def test_an_arena_is_in_the_city_it_is_named_after():
    text = "A suicide bomber detonated a device at Manchester Arena on Monday night, killing 22 people."
    assert _one(text, "detonated").location_country == "GBR"


def test_a_coup_is_told_again_by_no_arrest():
    text = ("YANGON (Reuters) - Myanmar police opened fire on protesters on Sunday in the bloodiest day of weeks of "
            "demonstrations against the military coup.\n"
            "More than 1,000 people were detained across the country, a rights group said.")
    coerce = [e for e in extract_article(_article(text)).events if e.event_type == "COERCE"]
    assert sorted(e.trigger for e in coerce) == ["detained", "military coup"]


def test_a_raid_in_which_someone_was_killed_is_an_attack():
    text = "On 2 May 2020, a drug suspect was killed during a police raid in Barangay Gaya-gaya, Bulacan."
    [e] = extract_article(_article(text)).events
    assert e.event_type == "ASSAULT" and e.mentions == 2


def test_an_attack_of_last_year_is_not_the_day_s():
    text = ("MOGADISHU, Somalia (AP) — A car bomb killed 20 people at a market in Mogadishu on Saturday, police said. "
            "Last year, an attack on the same market killed 50 people.")
    found = [e for e in extract_article(_article(text)).events if e.event_type == "ASSAULT"]
    assert sorted(e.date.year for e in found) == [2023, 2024]


# --- vows ---

@pytest.mark.parametrize("text, kind", [
    ("The president vowed to crush the rebels.", "THREATEN"),
    ("Chief Minister Sai vowed to eliminate Maoism from the state.", "THREATEN"),
    ("The governor vowed to eradicate poverty.", "AGREE"),
])
def test_a_vow_to_destroy_armed_foes_is_a_threat(text, kind):
    assert [e.event_type for e in _events(text)] == [kind]


def test_a_verb_in_the_past_after_a_clause_of_a_modal_is_the_speaker_s_and_not_negated():
    text = ("Chief Minister Vishnu Deo Sai said the sacrifice of the jawans would not go in vain and vowed to eliminate "
            "Maoism from the state.")
    vow = _one(text, "vowed")
    assert (vow.actor, vow.modality) == ("Chief Minister Vishnu Deo Sai", "asserted")


def test_a_verb_of_what_was_said_keeps_the_subject_of_what_was_said():
    assert _one("Survivors said the attackers separated them and shot the men.", "shot").actor == "attackers"


@pytest.mark.parametrize("text, target", [
    ("Hezbollah said its fighters fired a barrage of rockets at the Israeli city of Safed.", "Israeli city of Safed"),
    ("Militants fired a volley of mortar shells at the base.", "base"),
])
def test_a_volley_of_what_was_fired_is_no_event_of_its_own(text, target):
    [e] = _events(text)
    assert (e.trigger, e.target) == ("fired", target)


def test_an_agency_s_credit_opening_a_story_is_no_party():
    text = "(CNN) Gunmen killed five people in Kano on Monday, police said."
    e = _one(text, "killed")
    assert (e.actor, e.target) == ("Gunmen", "people")
