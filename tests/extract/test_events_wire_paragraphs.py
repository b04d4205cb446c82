"""Events of wire stories told one sentence to a paragraph: the incident named again by a noun whose own verb tells
when it happened ("The assault began early on Monday"), a quarter or a site of the town told first, and every
predicate of a sentence that names the incident again. Every text is our own."""
from datetime import date

import pytest

from etl.extract import geo
from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article, _events


def place_texts_and_countries(text: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.country) for p in geo.find_places(text)]


def _assaults(text: str):
    return [e for e in extract_article(_article(text)).events if e.event_type == "ASSAULT"]


# --- a verb of occurrence dates the event noun that is its subject ---

@pytest.mark.parametrize("second, when", [
    ("The assault on Wad al-Noura began early on Monday, according to a doctors' network.", date(2024, 4, 29)),
    ("The attack happened late Tuesday.", date(2024, 4, 30)),
    ("The assault took place on Sunday near the river.", date(2024, 4, 28)),
    ("The assault occurred in the early hours of Saturday, according to a community leader.", date(2024, 4, 27)),
])
def test_the_incident_named_again_takes_the_date_its_verb_of_occurrence_tells(second, when):
    text = ("Paramilitary fighters attacked a village in Gezira province, killing at least 40 people, activists said."
            "\n\n" + second)
    [attack] = _assaults(text)
    assert attack.mentions >= 3
    assert (attack.date, attack.date_source) == (when, "text")


@pytest.mark.parametrize("second", [
    "The assault on the base in Djibo began at dawn on Saturday and lasted several hours, a security source said.",
    "The assault on the base in Djibo, in the Soum province, began at dawn on Saturday, a security source said.",
])
def test_a_verb_of_occurrence_dates_its_noun_past_a_place_set_off_and_a_time_of_day(second):
    text = "Jihadists killed dozens of soldiers in an attack on a military base in northern Burkina Faso.\n\n" + second
    [attack] = _assaults(text)
    assert (attack.date, attack.date_source) == (date(2024, 4, 27), "text")


def test_a_date_far_in_a_clause_that_goes_on_is_no_date_of_its_verb():
    # the working hours demanded, not the day of the demand (guards the reach of a date before "and claimed")
    text = "Traders demanded to work from 9 a.m. to 5 p.m. and four hours on Saturday and claimed they were unpaid."
    [demand] = [e for e in extract_article(_article(text)).events if e.trigger == "demanded"]
    assert demand.date_text is None


def test_a_date_of_another_verb_of_the_noun_dates_no_incident_named_again():
    text = ("Paramilitary fighters attacked a village in Gezira province, killing at least 40 people.\n\n"
            "The assault was condemned by the United Nations on Monday.")
    [attack] = _assaults(text)
    assert attack.date_source != "text"


# --- a state's abbreviation is a place only with its period ---

@pytest.mark.parametrize("text", [
    "Mass kidnappings have become common in the region.",
    "Gunmen attacked Mass and fled.",
])
def test_an_abbreviation_of_a_state_without_its_period_is_no_place(text):
    assert all(e.location != "Mass" for e in _events(text))


def test_an_abbreviation_of_a_state_after_a_town_still_places_it():
    [attack] = _events("Gunmen attacked a church in Springfield, Mass., on Sunday.")
    assert (attack.location, attack.location_country) == ("Springfield", "USA")


# --- a quarter or a site the gazetteer does not know, told next, may lie in the town told first ---

BEIRUT = ("BEIRUT (AP) — Israeli airstrikes hit the southern suburbs of Beirut overnight, the state news agency said.\n\n"
          "The strikes flattened a residential building in the {} and killed at least six people, officials said.")


def test_a_quarter_told_next_lies_in_the_town_of_the_incident():
    [attack] = _assaults(BEIRUT.format("Dahiyeh district"))
    assert attack.mentions == 4
    assert attack.location == "Beirut"


def test_another_known_town_told_next_is_another_incident():
    assert len(_assaults(BEIRUT.format("city of Tyre"))) == 2


def test_a_sentence_that_names_the_incident_again_tells_it_on_in_each_predicate():
    text = ("MOGADISHU, Somalia (AP) — Al-Shabab militants stormed a hotel in the Somali capital late Sunday, sparking "
            "a gunbattle with security forces.\n\n"
            "At least nine people were killed in the siege of the Villa Rose hotel, a police officer said.")
    [attack] = _assaults(text)
    assert attack.mentions == 3
    assert attack.actor == "Al-Shabab militants"


# --- a strike the story told, named again in a paragraph of its own ---

def test_the_strike_named_again_in_a_paragraph_of_no_soldiers_is_the_missile_strike():
    text = ("KYIV, Ukraine (AP) — A Russian missile struck an apartment building in the city of Poltava, killing seven "
            "people, officials said.\n\nThe strike happened late Tuesday.")
    [attack] = _assaults(text)
    assert attack.mentions == 3
    assert attack.date == date(2024, 4, 30)


def test_a_strike_of_workers_stays_a_protest_in_a_story_of_no_missiles():
    text = ("Police detained two union leaders at the port on Monday.\n\n"
            "The strike happened late Tuesday, when dockers walked out.")
    found = _events(text)
    assert not any(e.trigger == "strike" and e.event_type == "ASSAULT" for e in found)


# --- the police's answer to an attack is an event of its own ---

NICE = ("A truck plowed into a crowd celebrating a national holiday in the city of Nice late Thursday, killing at least 84 "
        "people.\n\nThe driver, a 31-year-old man, was shot dead by police after a gunfight.")


def test_the_perpetrator_shot_by_police_is_another_event_than_the_attack():
    found = _assaults(NICE)
    [attack] = [e for e in found if e.trigger == "plowed into"]
    [answer] = [e for e in found if e.trigger == "shot dead"]
    assert attack.actor is None and answer.actor == "police"


def test_the_police_who_fought_the_man_they_killed_tell_one_fight():
    text = "On 9 May 2020, police forces clashed with a member of a militia in Kibo commune, killing the man."
    [fight] = _assaults(text)
    assert fight.mentions == 2


# --- who was behind an event noun named by its time, and the agent past its target ---

@pytest.mark.parametrize("text, actor", [
    ("Officials said a little-known local group was behind the Easter Sunday bombings that killed 300 people.",
     "little-known local group"),
    ("Officials said the Sorro Front was behind the 2019 attack on the base.", "Sorro Front"),
    ("Officials said the Sorro Front was behind the Christmas Day bombing.", "Sorro Front"),
])
def test_who_was_behind_an_event_noun_named_by_its_time(text, actor):
    [first, *_] = _events(text)
    assert first.actor == actor


@pytest.mark.parametrize("text, actor", [
    ("The attacks on three churches were carried out by seven gunmen.", "gunmen"),
    ("The coordinated attacks on three churches and three hotels were carried out by seven gunmen, police said.",
     "gunmen"),
    ("The attack on the base and the airport was claimed by the Sorro Front.", "Sorro Front"),
])
def test_the_agent_of_an_event_noun_past_what_it_struck(text, actor):
    [attack] = _events(text)
    assert attack.actor == actor


def test_one_who_condemns_an_event_noun_past_what_it_struck_did_not_do_it():
    found = [e for e in _events("The attack on the village was condemned by the UN.") if e.event_type == "ASSAULT"]
    assert [e.actor for e in found] == [None]


# --- a time after an event noun is no noun it modifies ---

@pytest.mark.parametrize("text, trigger", [
    ("Gunmen attacked a bus.\n\nThe Islamic State group claimed responsibility for the attacks late Tuesday.",
     "attacks"),
    ("The attack last night killed five people.", "attack"),
    ("She has been under fire for a private meeting last Monday with the minister.", "meeting"),
])
def test_an_event_noun_before_a_time_is_the_event(text, trigger):
    assert trigger in [e.trigger for e in _events(text)]


def test_an_event_noun_before_a_noun_still_modifies_it():
    assert _events("An attack helicopter crashed near the base.") == []


def test_a_date_right_after_an_event_noun_is_its_own_not_one_before_it():
    text = "Everything gets connected: the abuse in Cologne on New Year's Eve and the attacks today, he said."
    [attack] = [e for e in _events(text) if e.trigger == "attacks"]
    assert attack.date == date(2024, 5, 1)


# --- the attack a story told, named again in a sentence of politics ---

@pytest.mark.parametrize("modifier", ["appalling", "'appalling'", '"appalling"'])
def test_the_attack_condemned_in_a_sentence_of_politics_is_the_bombing_told_before(modifier):
    text = ("A suicide bomber killed 22 people in Manchester on Monday. Prime Minister Theresa May condemned the "
            f"{modifier} attack and suspended campaigning for the general election.")
    assert not any(e.trigger == "attack" and e.event_type == "ACCUSE" for e in _events(text))
    [attack] = _assaults(text)
    assert attack.mentions == 3


@pytest.mark.parametrize("second, trigger", [
    ("In the election campaign, the senator's attack on her rival drew criticism from voters.", "attack"),
    ("The senator defended his harsh attacks.", "attacks"),
])
def test_an_attack_of_somebody_s_words_in_a_story_of_a_bombing_stays_a_rebuke(second, trigger):
    text = "A suicide bomber killed 22 people in Manchester on Monday. " + second
    assert any(e.trigger == trigger and e.event_type == "ACCUSE" for e in _events(text))


# --- a date of a clause of time after an event noun is the clause's ---

def test_a_date_past_a_clause_of_its_own_dates_no_event_noun_before_it():
    text = "People marched on Tuesday in the biggest day of protests since the movement began in January."
    [protests] = [e for e in _events(text) if e.trigger == "protests"]
    assert protests.date_text != "January"


# --- a square named after a small town abroad, and an -ing noun in a phrase ---

def test_a_square_named_after_a_small_town_abroad_is_in_no_country_the_article_does_not_name():
    [rally] = _events("On 21 April 2022, residents of Kherson held a rally against the occupation on Svobody Square.")
    assert rally.location == "Svobody Square" and rally.location_country is None


def test_an_ing_noun_of_living_stays_in_the_phrase():
    [protest] = [e for e in _events("Supporters gathered to protest against rising living costs.")
                 if e.trigger == "protest"]
    assert protest.target == "rising living costs"


# --- a name's suffix and a quoted object ---

@pytest.mark.parametrize("text, actor", [
    ('President Ferdinand Marcos Jr. blamed "foreign terrorists" for the attack.', "President Ferdinand Marcos Jr."),
    ("Ferdinand Marcos Jr. blamed the rebels for the attack.", "Ferdinand Marcos Jr."),
    ('The president blamed "foreign terrorists" for the attack.', "president"),
])
def test_the_subject_before_a_suffix_of_a_name_or_a_quoted_object_blames(text, actor):
    [blame] = [e for e in _events(text) if e.trigger == "blamed"]
    assert blame.actor == actor



# --- a plot, and the act someone is suspected of ---

@pytest.mark.parametrize("text, trigger", [
    ("He plotted to kill the president.", "kill"),
    ("Three men conspired to bomb a synagogue.", "bomb"),
    ("A jury convicted a Boston man of plotting to behead a blogger.", "behead"),
])
def test_an_act_plotted_has_not_happened(text, trigger):
    [act] = [e for e in _events(text) if e.trigger == trigger]
    assert act.modality == "future"


BROTHERS = ("Two brothers suspected of carrying out the deadly attack on the offices of the satirical newspaper were "
            "killed on Friday when security forces stormed a printing plant.")


def test_the_subject_charged_with_an_act_is_what_a_passive_befell():
    [killed] = [e for e in _events(BROTHERS) if e.trigger == "killed"]
    assert killed.target == "brothers"


def test_the_act_someone_is_suspected_of_is_no_incident_of_the_main_verb():
    found = _assaults(BROTHERS)
    [attack] = [e for e in found if e.trigger == "attack"]
    assert attack.mentions == 1 and attack.date_source != "text"
    [raid] = [e for e in found if e != attack]
    assert raid.mentions == 2 and raid.date == date(2024, 4, 26)


def test_the_act_charged_and_its_own_relative_clause_are_one_event():
    text = "He is not charged with taking part in the attack on the race, which killed three people and injured 260."
    [attack] = _assaults(text)
    assert attack.mentions == 3


def test_a_name_ending_in_a_reporting_verb_s_form_before_a_date_is_no_speech():
    [curfew] = _events("The United States on Monday imposed a curfew on the port.")
    assert curfew.date == date(2024, 4, 29) and curfew.date_source == "text"


# --- an interval counted from an event the story named ---

def test_an_interval_after_an_event_told_before_counts_from_that_event():
    text = ("A bomb exploded at the marathon on April 15, 2013, killing three people. Investigators met reporters on "
            "Monday. One suspect died after a gunfight with police three days after the bombing.")
    [gunfight] = [e for e in _events(text) if e.trigger == "gunfight"]
    assert gunfight.date == date(2013, 4, 18)


# --- a country's people are no place; a territory's name with a modifier keeps its country ---

@pytest.mark.parametrize("text, place, country", [
    ("Settlers attacked Palestinians in Hebron.", "Hebron", "PSE"),
    ("Settlers attacked Palestinians in the occupied West Bank.", "occupied West Bank", "PSE"),
])
def test_a_people_attacked_in_a_place_is_no_place_of_its_own(text, place, country):
    [attack] = _events(text)
    assert (attack.location, attack.location_country) == (place, country)


# --- a long story of one bombing ---

KABUL = ("KABUL, Afghanistan (AP) — A massive truck bomb exploded in the heart of Kabul's diplomatic quarter on "
         "Wednesday, killing at least 90 people, officials said.\n\n"
         "The blast left a crater near the German Embassy and shattered windows hundreds of meters away.\n\n"
         "It was one of the deadliest attacks in the Afghan capital since the invasion in 2001.\n\n"
         "No group immediately claimed responsibility for the bombing. The Taliban denied involvement, while the "
         "Islamic State group has claimed several recent attacks in the city.\n\n"
         "President Ashraf Ghani condemned the attack, saying the terrorists would not break the will of the people.")


def test_an_embassy_named_by_its_state_lies_where_the_story_tells():
    [embassy] = [p for p in place_texts_and_countries(KABUL) if p[0] == "German Embassy"]
    assert embassy[1] is None


def test_the_bombing_named_again_is_no_invasion_of_years_before_nor_the_attacks_of_others():
    found = extract_article(_article(KABUL))
    [invasion] = [e for e in found.events if e.trigger == "invasion"]
    assert invasion.mentions == 1
    [bomb] = [e for e in found.events if e.date == date(2024, 5, 1)]
    assert "blast" in {m.trigger for m in found.event_mentions if m.event_id == bomb.event_id}
    [claimed] = [e for e in found.events if e.actor == "Islamic State group"]
    assert claimed.mentions == 1  # "several recent attacks": other events


@pytest.mark.parametrize("text, trigger, actor", [
    ("The Movement for the Emancipation of the Niger Delta attacked a pipeline in Rivers state.", "attacked",
     "Movement for the Emancipation of the Niger Delta"),
    ("The Al-Qaeda-linked Group for the Support of Islam and Muslims attacked a base in Djibo.", "attacked",
     "Al-Qaeda-linked Group for the Support of Islam and Muslims"),
    ("The Popular Front for the Liberation of Palestine attacked an Israeli post.", "attacked",
     "Popular Front for the Liberation of Palestine"),
    ("As for Donald Trump's attacks on his rival, nobody listened.", "attacks", "Donald Trump"),
    ("Officials blamed Hamas for the Gaza attack.", "attack", None),  # a place, no name's end
])
def test_a_name_joined_by_for_the_or_of_the_is_one_actor(text, trigger, actor):
    [event] = [e for e in extract_article(_article(text)).events if e.trigger == trigger]
    assert event.actor == actor


def test_one_strike_of_the_strikes_told_before_is_its_own_event_at_their_time():
    text = ("Air strikes on the southern Gaza Strip killed at least 18 people overnight, medics said.\n\n"
            "One strike hit a house in the al-Mawasi area west of Khan Younis, killing nine members of a family.\n\n"
            "Another strike targeted a tent in Rafah, killing four people.")
    strikes = _assaults(text)
    assert len(strikes) == 3
    one, other = [e for e in strikes if e.trigger == "strike"]
    assert (one.target, other.target) == ("house", "tent")  # "One strike" is a noun: not "hit a house"
    assert {(e.date, e.date_source) for e in (one, other)} == {(date(2024, 4, 30), "context")}
