"""Words of violence that election and policy coverage use for words, pictures and chances (stop 57): an offensive
remark, a mug shot, a plan thwarted, a rival blasted. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on, events_of

JUN_20 = datetime(2016, 6, 20, tzinfo=timezone.utc)  # a Monday


@pytest.mark.parametrize("text", [
    "The nominee has alienated voters with offensive statements about Muslims and Latinos.",
    "The company removed the offensive posts after users complained on Tuesday.",
    "The team's offensive line struggled against Denver on Sunday.",
    "Kyiv has asked its allies for offensive weapons since the spring.",
    "Lewandowski was not handcuffed and did not have a mug shot taken.",
    "The governor got a flu shot at a pharmacy in Albany on Monday.",
    "Winning the nomination is a long shot for the senator.",
    "Her attempts to obtain the records were thwarted by the State Department.",
    "A federal judge ruled that the agency thwarted requests for the documents.",
    "The wage increase risks repelling jobs from the state, an economist said.",
])
def test_words_violence_lends_to_politics_are_no_assault(text):
    assert not any(e.event_type == "ASSAULT" for e in events_of(text, JUN_20))


@pytest.mark.parametrize("text, trigger, actor, target", [
    ("Warren blasts Clinton over Wall Street speeches.", "blasts", "Warren", "Clinton"),
    ("Rose Bowl skywriters blast Trump.", "blast", "Rose Bowl skywriters", "Trump"),
    ("On Monday, Romney blasted Trump as a phony and a fraud.", "blasted", "Romney", "Trump"),
])
def test_a_rival_blasted_is_criticised(text, trigger, actor, target):
    event = event_on(text, trigger, JUN_20)
    assert (event.event_type, event.actor, event.target) == ("ACCUSE", actor, target)


@pytest.mark.parametrize("text, trigger", [
    # the military noun, and arms or a force that attacks
    ("Russian forces launched an offensive against Kharkiv on Friday.", "offensive"),
    ("The offensive stalled near Bakhmut last week.", "offensive"),
    ("Troops repelled an attack on the base in Kobani on Monday.", "repelled"),
    ("The garrison repelled the assault on Sunday.", "repelled"),
    ("Kurdish fighters thwarted an offensive on Kobani on Monday.", "thwarted"),
    ("Militants blasted a gas pipeline in Sinai on Monday.", "blasted"),
    ("A gunman shot a police officer in Dallas on Monday.", "shot"),
])
def test_the_force_of_these_words_stays_an_assault(text, trigger):
    assert event_on(text, trigger, JUN_20).event_type == "ASSAULT"


def test_a_blast_set_off_is_no_criticism():
    events = events_of("Maoist cadres triggered an IED blast and damaged a bridge in Dantewada on Monday.", JUN_20)
    assert [e.event_type for e in events] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Donald Trump spoke in Ohio on Monday. At a Trump rally in Birmingham on Saturday, a supporter cheered.",
    "Bernie Sanders spoke in Iowa on Monday. Thousands filled Sanders' rallies in Oregon on Saturday.",
    "Hillary Clinton held her rally in Tampa on Monday.",
])
def test_a_rally_a_candidate_holds_is_no_protest(text):
    assert not any(e.event_type == "PROTEST" for e in events_of(text, JUN_20))


@pytest.mark.parametrize("text", [
    "Thousands joined a Black Lives Matter rally in Chicago on Saturday.",
    "Police broke up an opposition rally in Kampala on Monday.",
    "Supporters of Imran Khan held a rally in Lahore on Sunday to demand his release.",
    # a surname the article does not name a person by in full
    "Protesters gathered outside a Tbilisi rally on Monday.",
])
def test_a_rally_of_a_movement_or_a_crowd_stays_a_protest(text):
    assert any(e.event_type == "PROTEST" for e in events_of(text, JUN_20))


@pytest.mark.parametrize("text, trigger", [
    ("Donald Trump and Marco Rubio spoke on Monday. Trump ratcheted up his attacks on Rubio on Thursday.", "attacks"),
    ("Donald Trump spoke on Monday. Mr. Trump's attacks on immigrants angered many workers.", "attacks"),
    ("Trump took to Twitter on Wednesday to continue his verbal assault on the nominee.", "assault"),
    ("Hillary Clinton spoke in Ohio. Clinton's latest attack on Wall Street drew cheers on Monday.", "attack"),
])
def test_a_persons_attack_in_words_is_criticism(text, trigger):
    assert event_on(text, trigger, JUN_20).event_type == "ACCUSE"


@pytest.mark.parametrize("text, trigger", [
    ("The gunman's attack on the mosque killed 51 people.", "attack"),
    ("Anders Breivik was sentenced on Monday. Breivik's attack on the island killed 69 people.", "attack"),
    ("Police said his attack on a guard left the man with stab wounds.", "attack"),
])
def test_a_persons_attack_with_harm_stays_an_assault(text, trigger):
    assert event_on(text, trigger, JUN_20).event_type == "ASSAULT"


@pytest.mark.parametrize("text, found", [
    ("Rubio is running as a candidate with broad appeal.", []),
    ("Trump's populist appeal drew thousands of new voters on Monday.", []),
    ("The president issued an appeal for calm on Monday.", ["REQUEST"]),
    ("The governor appealed for calm on Monday.", ["REQUEST"]),
])
def test_an_appeal_that_draws_people_asks_nothing(text, found):
    assert [e.event_type for e in events_of(text, JUN_20)] == found
