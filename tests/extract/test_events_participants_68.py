"""Who did what to whom (stop 68): a verb coordinated with a clause's own verb after a comma or "and" is that
clause's subject's, not the speaker's ("Witnesses said an argument spilled outside, and a man pulled a handgun and
fired": the man), when that clause's verb is no trigger of its own; not past a list of names, nor a passive. Every
text is our own."""
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import published_doc

MAR_14 = datetime(2025, 3, 14, tzinfo=timezone.utc)


def _actor(text: str, trigger: str) -> str | None:
    [event] = [e for e in extract_article(published_doc(text, MAR_14).article).events if e.trigger == trigger]
    return event.actor


@pytest.mark.parametrize("text, trigger, actor", [
    ("Witnesses said an argument that began inside the gym spilled outside, and a man pulled a handgun and fired "
     "into a group of students.", "fired", "man"),
    ("Residents said the argument spilled outside and a man pulled a gun and fired into the crowd.", "fired", "man"),
    ("On 3 May 2024, in San Pedro, Cortes, nine armed men broke into a house and kidnapped a farmer.", "kidnapped",
     "armed men"),
    ("Around 29 April 2024 (week of), Islamic militants stopped and looted a fishing boat near Mocimboa.", "looted",
     "Islamic militants"),
    ("Asked about the vote, the senator pointed to her record and praised the governor.", "praised", "senator"),
    # guards: a list of names before the verb, a passive, a comma that closes no clause
    ("On 8 May 2024, in La Victoria, Aragua state, a group of National Guard officers, police officers, and "
     "intelligence officials arrived and raided houses.", "raided", None),
    ("Police raided the market, a trader said, and arrested 20 vendors.", "arrested", "Police"),
    ("Officials said Hamas and Islamic Jihad fighters surrounded the post and captured two soldiers.", "captured",
     "Hamas and Islamic Jihad fighters"),
])
def test_a_verb_coordinated_in_a_clause_is_its_subjects(text, trigger, actor):
    assert _actor(text, trigger) == actor


def _target(text: str, trigger: str) -> str | None:
    [event] = [e for e in extract_article(published_doc(text, MAR_14).article).events if e.trigger == trigger]
    return event.target


def test_a_passive_coordinated_in_a_said_clause_befell_its_subject():
    text = "Officials said the rebels surrounded the post and the soldiers surrendered and were captured."
    assert _target(text, "captured") == "soldiers"


@pytest.mark.parametrize("text, trigger, actor", [
    ("Residents of Bunia, Ituri province, Congo, protested on Monday against the killings.", "protested",
     "Residents of Bunia"),
    ("09/05/1972: Eight members of the Black September Organization broke into the Olympic Village in Munich, West "
     "Germany, killed two members of the Israeli team and took nine others hostage.", "killed",
     "members of the Black September Organization"),
    # guards: the people of a place named with its region; a name in commas that is the subject
    ("Troops in Goma, North Kivu, Congo, detained 12 suspects on Monday.", "detained", "Troops"),
    ("Police in Guayaquil, Guayas province, Ecuador, arrested 14 suspected gang members.", "arrested", "Police"),
])
def test_a_country_that_ends_a_place_is_no_actor(text, trigger, actor):
    assert _actor(text, trigger) == actor


@pytest.mark.parametrize("text, trigger, actor", [
    ("No group claimed responsibility, although prosecutors later accused Hezbollah of carrying out the attack.",
     "attack", "Hezbollah"),
    ("Officials blamed the Islamic State group for carrying out the bombing.", "bombing", "Islamic State group"),
    ("Members of the 2 June Movement kidnapped Peter Lorenz in West Berlin.", "kidnapped", "2 June Movement"),
    ("Guerrillas of the 19th of April Movement seized the Palace of Justice in Bogota.", "seized",
     "19th of April Movement"),
    # guards: a date before a name that opens a clause; the people a participle of charge is said of
    ("On 2 June Police arrested five men in Lagos.", "arrested", "Police"),
    ("Two brothers suspected of carrying out the attack were arrested.", "attack", "brothers"),
])
def test_a_name_is_cut_neither_at_its_charge_nor_at_its_date(text, trigger, actor):
    assert _actor(text, trigger) == actor


@pytest.mark.parametrize("text", [
    "05/21/1991: A female suicide bomber detonated an explosive belt at an election rally in Sriperumbudur, Tamil "
    "Nadu, India, killing former Prime Minister Rajiv Gandhi and at least 14 other people.",
    "A suicide bomber blew up his explosives belt at a checkpoint in Mogadishu on Monday.",
])
def test_a_worn_bomb_is_no_target(text):
    events = [e for e in extract_article(published_doc(text, MAR_14).article).events if e.event_type == "ASSAULT"]
    assert events and all("belt" not in (e.target or "") for e in events)
