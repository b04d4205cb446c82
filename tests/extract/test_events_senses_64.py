"""Which words are events that happened (stop 64): a clause of purpose ("with a view to arresting", "in a bid to"),
what an order is to ensure, the act of "whoever" or "anyone who" does it, a running total over a span of time, a
force on its round of patrol, and damage a flood does past an aside. Regional copy; every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

APR_23 = datetime(2025, 4, 23, tzinfo=timezone.utc)  # a Wednesday


@pytest.mark.parametrize("text, trigger", [
    ('"The command has deployed its tactical squads to comb the forest with a view to rescuing the remaining victims '
     'and arresting the perpetrators," he said.', "arresting"),
    ("Police launched a manhunt in a bid to arrest the suspects.", "arrest"),
    ("Troops stormed the camp in an effort to free the hostages.", "free"),
    ("Protesters demanded that he contact the authorities in order to release them.", "release"),
    ("The governor directed security agencies to ensure the safe release of the victims.", "release"),
])
def test_what_an_act_is_meant_to_bring_about_has_not_happened(text, trigger):
    [event] = [e for e in events_of(text, APR_23) if e.trigger == trigger]
    assert event.modality == "future"


@pytest.mark.parametrize("text, trigger", [
    # an act done, before or after the phrase of purpose
    ("Troops stormed the camp in an effort to free the hostages.", "stormed"),
    ("In view of the attack, police arrested 20 people on Monday.", "arrested"),
    # what a phrase inside the clause of purpose names was done before it
    ("Taxi drivers demonstrated in order to provide their families with food during the lockdown ordered by the "
     "government.", "ordered"),
    ("We made the remark in order to quell the attacks on the anchor.", "attacks"),
])
def test_acts_beside_a_purpose_stay_done(text, trigger):
    [event] = [e for e in events_of(text, APR_23) if e.trigger == trigger]
    assert event.modality in ("asserted", "reported")


@pytest.mark.parametrize("text, gone", [
    ("The minister warned that the government would deal decisively with anyone who threatened the peace of the "
     "country.", "threatened"),
    ('"Whoever blocks streets or attacks the police will face the consequences," the minister said.', "blocks"),
    ('"Whoever blocks streets or attacks the police will face the consequences," the minister said.', "attacks"),
    # a running total over a span of time up to now
    ("With this, 12 civilians have been killed by Maoists in the Bastar region this year, according to police "
     "figures.", "killed"),
    ("Since January, 45 people have been abducted in the state, police said.", "abducted"),
    # a force on its round
    ("The troops were on a routine patrol when the explosion occurred.", "patrol"),
    ("FARDC soldiers on patrol clashed with armed men in Rubare.", "patrol"),
    # a message to the press is how a claim was made; a force come to where it acts is no deployment
    ("The Taliban claimed responsibility for the attack in a message sent to journalists.", "sent"),
    ("Police arrived at the scene and arrested 35 protesters after they refused to disperse.", "arrived at"),
    # damage a disaster did, past an aside with a clause of its own
    ("Residents said the flood, caused by heavy downpour that started on Tuesday night, destroyed more than 3,000 "
     "houses.", "destroyed"),
])
def test_no_event_happened(text, gone):
    assert gone not in [e.trigger for e in events_of(text, APR_23)]


@pytest.mark.parametrize("text, kept", [
    ("Police arrested a man who attacked a bus in Lagos on Monday.", "ASSAULT"),
    ("Five people have been killed so far in the clashes in Manipur.", "ASSAULT"),
    ("Two soldiers have been killed in an attack in Kech, the army said on Tuesday.", "ASSAULT"),
    ("Police launched foot patrols in Karachi on Monday.", "MOBILIZE"),
    ("Russian troops arrived at the border town of Kupiansk on Monday.", "MOBILIZE"),
    ("The president sent a message to Putin on Monday.", "CONSULT"),
    ("The militants, who arrived during the storm, destroyed 30 houses in the village.", "ASSAULT"),
])
def test_events_that_happened_stay(text, kept):
    assert kept in [e.event_type for e in events_of(text, APR_23) if e.modality in ("asserted", "reported")]
