"""Political coverage read again (stop 58): one person attacking another with words, a surname that is also a word of
violence, "offensive" said of what offends, and how a phrase ends before its adverb. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on, events_of

FEB_8 = datetime(2016, 2, 8, tzinfo=timezone.utc)  # a Monday


@pytest.mark.parametrize("text, trigger, actor, target", [
    ("Chris Christie, eager all evening to jab senators, attacked Marco Rubio for not answering the question.",
     "attacked", "Chris Christie", "Marco Rubio"),
    ("Senator Ted Cruz was in Iowa. Donald Trump attacked Cruz relentlessly, questioning his eligibility.",
     "attacked", "Donald Trump", "Cruz"),
    ("Vice President Kamala Harris spoke in Ohio. She attacked Donald Trump over his tax plan.",
     "attacked", "She", "Donald Trump"),
    ("Marco Rubio refrained from attacking Donald Trump on Monday.", "attacking", None, "Donald Trump"),
])
def test_a_person_attacking_a_person_with_no_arms_is_criticism(text, trigger, actor, target):
    event = event_on(text, trigger, FEB_8)
    assert (event.event_type, event.event_mode, event.actor, event.target) == ("ACCUSE", "disapprove", actor, target)


@pytest.mark.parametrize("text", [
    # no one named attacks, the person is attacked, arms are told, or the one attacked is no name
    "A man attacked Salman Rushdie on stage at an event in New York on Friday.",
    "Salman Rushdie was attacked on stage at an event in New York on Friday.",
    "Hadi Matar attacked Salman Rushdie with a knife on stage in New York on Friday.",
    "Israeli settlers beat and attacked a Palestinian man in Hebron on Friday.",
    "Gunmen attacked Mayor John Okoro in Owerri on Friday.",
])
def test_an_attack_on_a_person_stays_one_of_force(text):
    assert event_on(text, "attacked", FEB_8).event_type == "ASSAULT"


@pytest.mark.parametrize("text", [
    "Attorney General Loretta Lynch is reaffirming that the inquiry is independent. Lynch agreed to testify.",
    "Sen. Rob Portman won the primary in Ohio. Rob Portman thanked voters on Tuesday.",
    "Roger Stone spoke to reporters in Miami. Stone said he would sue.",
])
def test_a_surname_is_no_trigger(text):
    assert not any(e.event_type in {"ASSAULT", "COERCE"} for e in events_of(text, FEB_8))


def test_the_word_stays_a_trigger_where_no_one_bears_it_as_a_name():
    events = events_of("Protesters tried to lynch a suspected thief in Lagos on Monday.", FEB_8)
    assert [(e.event_type, e.trigger) for e in events] == [("ASSAULT", "lynch")]


@pytest.mark.parametrize("text", [
    'Marco Rubio called the statement "offensive and outlandish" on Monday.',
    "It was offensive, said a former press secretary.",
    "The remarks were deeply offensive to Muslims, the council said.",
])
def test_offensive_said_of_what_offends_is_no_attack(text):
    assert not any(e.event_type == "ASSAULT" for e in events_of(text, FEB_8))


@pytest.mark.parametrize("text", [
    "The army launched an offensive on Mosul on Monday.",
    "Russia's spring offensive stalled near Bakhmut on Monday.",
])
def test_the_military_offensive_stays(text):
    assert event_on(text, "offensive", FEB_8).event_type == "ASSAULT"


@pytest.mark.parametrize("text, trigger, target", [
    ("Police fired live rounds and injured demonstrators severely in Sikasso on Monday.", "injured", "demonstrators"),
    ("The director declined to criticize the State Department more broadly.", "criticize", "State Department"),
])
def test_an_adverb_after_the_object_is_no_part_of_it(text, trigger, target):
    assert event_on(text, trigger, FEB_8).target == target


def test_by_and_a_gerund_with_its_object_is_a_means_no_agent():
    event = event_on("The article also attacked Christie by accusing him of seeking a job.", "attacked", FEB_8)
    assert (event.actor, event.target) == ("article", "Christie")


@pytest.mark.parametrize("text", [
    "Clinton would almost certainly win enough delegates to capture her party's nomination.",
    "The top 1 percent captured 58 percent of total real income growth, the study found.",
    "The camp offers games of capture the flag and hikes through the park.",
    "Sanders captured a large majority of the vote in Minnesota on Tuesday.",
])
def test_a_prize_or_a_share_captured_is_won_not_seized(text):
    assert not any(e.event_type in {"COERCE", "ASSAULT"} for e in events_of(text, FEB_8))


@pytest.mark.parametrize("text, event_type", [
    ("Militants captured two soldiers near Gao on Friday.", "COERCE"),
    ("The navy captured a vessel carrying weapons off Hodeidah on Friday.", "COERCE"),
    ("Rebels captured the town of Kidal on Friday.", "ASSAULT"),
])
def test_people_ships_and_towns_captured_stay_seized(text, event_type):
    assert event_on(text, "captured", FEB_8).event_type == event_type


def test_a_rally_for_a_candidate_in_a_campaign_is_no_protest():
    text = ("Senator Ted Cruz campaigned in Indiana before the primary. At a rally for Ted Cruz in Indianapolis, "
            "Glenn Beck recited a passage.")
    assert not any(e.event_type == "PROTEST" for e in events_of(text, FEB_8))


def test_a_rally_for_a_jailed_leader_stays_a_protest():
    text = "Thousands joined a rally for Alexei Navalny in Moscow on Sunday. Alexei Navalny was jailed in January."
    assert event_on(text, "rally", FEB_8).event_type == "PROTEST"


@pytest.mark.parametrize("text", [
    "Asked whether he would counsel Clinton to ask Sanders to quit, Reid said no.",
    "Marco Rubio was asked about the remark on Monday.",
    "She asked him why he had left the party.",
    "When voters were asked who would bring change, Trump led.",
])
def test_a_question_asked_is_no_request(text):
    assert not any(e.event_type == "REQUEST" and e.trigger.lower() == "asked" for e in events_of(text, FEB_8))


@pytest.mark.parametrize("text, target", [
    ("The mayor asked residents to leave on Monday.", "residents"),
    ("The lawyers asked the court to explain why the case was dropped.", "court"),
])
def test_asking_someone_to_act_stays_a_request(text, target):
    event = event_on(text, "asked", FEB_8)
    assert (event.event_type, event.target) == ("REQUEST", target)


@pytest.mark.parametrize("text", [
    "Candidates never succeeded in broadening their appeal beyond their bases.",
    "Trump's appeal among working-class voters surprised the party.",
])
def test_the_appeal_one_has_asks_nothing(text):
    assert not any(e.event_type == "REQUEST" for e in events_of(text, FEB_8))


@pytest.mark.parametrize("text", [
    "The police issued an appeal for calm in Nairobi on Monday.",
    "Ohio Democrats are considering filing an appeal.",
    "His appeal against the conviction was heard in Lahore on Monday.",
    "A large group gathered in Bangkok to file an appeal and to pressure the government.",
])
def test_a_plea_stays_a_request(text):
    assert any(e.event_type == "REQUEST" and e.trigger == "appeal" for e in events_of(text, FEB_8))


@pytest.mark.parametrize("text", [
    "The attacks in Paris have inspired a xenophobic bidding war among Republican presidential candidates.",
    "Trump said Obama had too little to say in the wake of mass attacks in Paris and San Bernardino, Calif.",
])
def test_attacks_in_a_place_are_of_force_whatever_politics_surrounds_them(text):
    assert event_on(text, "attacks", FEB_8).event_type == "ASSAULT"


def test_a_persons_attacks_in_a_place_stay_words():
    text = "Donald Trump spoke in Iowa. Trump's attacks in Iowa on his rivals worried the campaign."
    assert event_on(text, "attacks", FEB_8).event_type == "ACCUSE"
