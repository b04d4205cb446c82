"""Who did it, to whom, and who said it (stop 71), in grammar terms: the "by" phrase of a participle after a verb's
object is that participle's agent, not the verb's ("bombed caves used by the militants"); the place a long relative
clause or two coordinated prepositions end with is no subject ("the bomb that exploded … on the outskirts of Kandahar
wounded", "clashes between militias in and around the town of Zawiya killed"); a listener named in one capitalised
word ends before the indefinite pronoun that opens what was said ("told AFP nobody had come"); people summoned to a
place ("officers called to the scene said") are no speech of calling, and a crew is people; an infinitive of purpose
that ends a "who" clause is done by the people the clause tells of ("arrested students who had gathered to protest").
A court's object did what it is punished for ("jailed a man for stabbing a driver and injuring two"); a
period between subject and verb ("have in recent years blamed") and an adverb of frequency ("rarely publishes") are
no part of the subject; "blamed X for attacks on Y" blames X; a person's name set off by commas after a town
("the spokesman in Herat, Ahmad Rahimi, said") is no region of the town. Every text is our own."""
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article, published_doc

MAR_4 = datetime(2025, 3, 4, tzinfo=timezone.utc)


def _event(text: str, trigger: str):
    [event] = [e for e in extract_article(published_doc(text, MAR_4).article).events if e.trigger == trigger]
    return event


def _statements(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.cue, s.content) for s in extract_article(_article(text)).statements]


@pytest.mark.parametrize("text, trigger, actor, target", [
    ("Turkish drones later struck tunnels used by the insurgents near the border.", "struck", "Turkish drones",
     "tunnels"),
    ("The army shelled houses occupied by the gunmen in the old town.", "shelled", "army", "houses"),
    # guards: an object's participle read right before; a passive's own agent, past an adverb or the result it states
    ("Police raided a warehouse rented by the smuggling gang on Tuesday.", "raided", "Police", "warehouse"),
    ("Two soldiers were captured alive by rebel fighters near Kidal.", "captured", "rebel fighters", "soldiers"),
    ("The convoy was attacked again by gunmen on motorbikes.", "attacked", "gunmen", "convoy"),
    ("A journalist was shot dead by unknown assailants in Karachi.", "shot dead", "unknown assailants", "journalist"),
    # … and a participle coordinated with the verb, whose agent both share
    ("Three civilians were kidnapped and killed by Taliban militants in Maymana city.", "kidnapped",
     "Taliban militants", "civilians"),
])
def test_the_by_phrase_of_a_participle_after_the_object_is_not_the_verbs_agent(text, trigger, actor, target):
    event = _event(text, trigger)
    assert (event.actor, event.target) == (actor, target)


@pytest.mark.parametrize("text, trigger", [
    ("The truck bomb that exploded near a police station on the outskirts of Kandahar on Friday wounded nine "
     "people.", "wounded"),
    ("The car bomb that exploded outside a military base on the edge of Cali on Sunday injured 12 people.",
     "injured"),
    ("The grenade that was thrown into a bar in the north of the city injured five customers.", "injured"),
])
def test_the_place_a_long_relative_clause_ends_with_is_not_the_subject(text, trigger):
    assert _event(text, trigger).actor is None


@pytest.mark.parametrize("text, trigger, actor", [
    ("Fighting between rival militias in and around the northern town of Zawiya has killed at least 14 people.",
     "killed", "rival militias"),
    ("Clashes between farmers and herders in and around the city of Jos have killed 20 people since Monday.",
     "killed", "farmers and herders"),
    # guards: one preposition; a relative clause that opens with the subject's own verb and ends short
    ("Fighting between rival militias in the northern Libyan town of Zawiya has killed at least 14 people.",
     "killed", "rival militias"),
    ("Gunmen who stormed the village near Gao on Sunday killed five farmers.", "killed", "Gunmen"),
])
def test_a_phrase_of_two_prepositions_is_passed_back_to_the_subject(text, trigger, actor):
    assert _event(text, trigger).actor == actor


@pytest.mark.parametrize("text, cue, content", [
    ("Residents told AFP nobody had come to help them after the flood.", "told AFP",
     "nobody had come to help them after the flood"),
    ("Residents told CNN nobody had come.", "told CNN", "nobody had come"),
    ("Farmers told the BBC everyone had left the valley.", "told the BBC", "everyone had left the valley"),
    # guards: a clause opened by an article, and "that"
    ("Residents told AFP the soldiers had left.", "told AFP", "the soldiers had left"),
    ("Witnesses told Reuters that the gunmen wore masks.", "told", "the gunmen wore masks"),
])
def test_a_listener_in_one_capitalised_word_ends_before_an_indefinite_pronoun(text, cue, content):
    [(speaker, found_cue, found_content)] = _statements(text)
    assert (found_cue, found_content) == (cue, content)


@pytest.mark.parametrize("text, speaker", [
    ("Fire crews sent to the scene said the blaze was under control by midnight.", "Fire crews sent to the scene"),
    ("Rescue teams sent to the village said at least ten people were missing.", "Rescue teams sent to the village"),
    ("Police officers called to the house said the man had fled.", "Police officers called to the house"),
    ("Firefighters called to the blaze said nobody was inside.", "Firefighters called to the blaze"),
    ("TV crews in the square said police had fired tear gas.", "TV crews in the square"),
    # guard: people posted somewhere (stop 70)
    ("Troops posted on the border said the crossings had been quiet for a week.", "Troops posted on the border"),
])
def test_people_sent_or_called_to_a_place_speak_and_the_place_does_not(text, speaker):
    assert [s for s, cue, _ in _statements(text)] == [speaker]


def test_calling_something_a_name_is_still_speech():  # guard
    assert ("The minister", "called", "the attack a cowardly act") in _statements(
        "The minister called the attack a cowardly act.")


@pytest.mark.parametrize("text, actor", [
    ("Police arrested five students on Tuesday who had gathered outside parliament to protest against the new tax.",
     "students"),
    ("Soldiers detained ten teachers who had come to the capital to demonstrate against unpaid wages.", "teachers"),
    ("Riot police dispersed hundreds of farmers who travelled to the city to protest against land seizures.",
     "farmers"),
    # guards: the purpose of the main clause's subject, with no "who" clause
    ("Bus drivers gathered in front of the union office to demand higher pay.", "Bus drivers"),
    ("Dozens of nurses marched to the ministry on Monday to protest against unpaid wages.", "nurses"),
])
def test_an_infinitive_of_purpose_that_ends_a_who_clause_is_its_subjects(text, actor):
    [protest] = [e for e in extract_article(published_doc(text, MAR_4).article).events if e.event_type == "PROTEST"]
    assert protest.actor == actor


@pytest.mark.parametrize("text, event_type, actor", [
    ("A court in Lyon on Thursday jailed a 30-year-old man for stabbing a bus driver and injuring two passengers.",
     "ASSAULT", "30-year-old man"),
    ("A judge in Berlin sentenced a man to ten years for attacking a rabbi and wounding his son.", "ASSAULT", "man"),
    # guards: a verb of blame with "of" (stop 59 and before); the verb's own act
    ("The commission accused officers of abducting activists.", "ASSAULT", "officers"),
    ("Police arrested two men for looting shops during the riots.", "COERCE", "Police"),
    # … and a noun of a prison, no verb of punishing
    ("The government allowed one critic to exchange his jail cell for house arrest.", "COERCE", None),
])
def test_whom_a_court_punishes_for_an_act_did_it(text, event_type, actor):
    [event] = [e for e in extract_article(published_doc(text, MAR_4).article).events if e.event_type == event_type]
    assert event.actor == actor


@pytest.mark.parametrize("text, trigger, actor, target", [
    ("Regional officials have in recent years blamed separatist fighters for bomb attacks on the pipeline.", "blamed",
     "Regional officials", "separatist fighters"),
    ("Kurdish officials have in the past blamed armed factions for drone attacks on the field.", "blamed",
     "Kurdish officials", "armed factions"),
    # guards: a period of "the past" read before; a place after the subject; a word of time alone; the deed blamed on
    # someone
    ("Police over the past week arrested 40 suspects in the capital.", "arrested", "Police", "suspects"),
    ("Police in Kabul arrested 40 suspects.", "arrested", "Police", "suspects"),
    ("Police yesterday arrested 40 suspects.", "arrested", "Police", "suspects"),
    ("Police blamed the bombing on the rebels.", "blamed", "Police", "rebels"),
])
def test_a_period_between_subject_and_verb_is_no_party_nor_the_place_of_the_deed_blamed(text, trigger, actor,
                                                                                        target):
    event = _event(text, trigger)
    assert (event.actor, event.target) == (actor, target)


@pytest.mark.parametrize("text, trigger, actor", [
    ("The government rarely releases casualty numbers and has expelled several foreign reporters.", "expelled",
     "government"),
    ("The junta seldom publishes casualty figures and has suspended several foreign broadcasters.", "suspended",
     "junta"),
    # guard: an adverb of the skip list before (stop 40s)
    ("The government also releases casualty numbers and has expelled several foreign reporters.", "expelled",
     "government"),
])
def test_an_adverb_of_frequency_ends_the_subject(text, trigger, actor):
    assert _event(text, trigger).actor == actor


@pytest.mark.parametrize("text, location", [
    ("The police spokesman in Herat, Ahmad Rahimi, said the women had been questioned. He denied that anyone had been "
     "beaten.", "Herat"),
    ("The army's spokesman in Gao, Musa Traore, said the soldiers had been detained. He denied that anyone had been "
     "beaten.", "Gao"),
    # guards: a district and a region after a town
    ("Gunmen beat two farmers in Kibo, Sefa district, on Monday.", "Kibo, Sefa district"),
    ("Protesters were beaten in Tondo, Manila on Labour Day.", "Tondo, Manila"),
])
def test_a_persons_name_after_a_comma_is_no_region_of_the_place(text, location):
    [beating] = [e for e in extract_article(published_doc(text, MAR_4).article).events if e.trigger == "beaten"
                 or e.trigger == "beat"]
    assert beating.location == location
