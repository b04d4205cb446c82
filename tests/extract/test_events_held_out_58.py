"""Constructions of our own terrorism and protest briefs (stop 58): rows that should not exist, or should be one row,
and triggers read in the wrong sense. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on, events_of

JUL_4 = datetime(2024, 7, 4, tzinfo=timezone.utc)  # a Thursday


@pytest.mark.parametrize("text", [
    "Anarchists set fire to a bank branch in Athens on Monday. No one was injured in the attack.",
    "Rebels burned ballot boxes in Chuschi on Monday. Nobody was killed.",
    "Gunmen attacked a checkpoint in Kandahar on Monday, but no one was hurt or killed.",
    "Gunmen attacked a checkpoint in Kandahar on Monday. No soldiers were killed.",
    "Gunmen attacked a checkpoint in Kandahar on Monday. Police said no one had been arrested.",
    "Gunmen attacked a checkpoint in Kandahar on Monday. None of the guards were wounded.",
])
def test_harm_or_arrest_of_no_one_is_no_event(text):
    found = events_of(text, JUL_4)
    assert [e.modality for e in found] == ["asserted"]
    assert found[0].trigger in {"set fire", "burned", "attacked"}


@pytest.mark.parametrize("text, trigger", [
    ("A man with no criminal record was arrested in Kandahar on Monday.", "arrested"),
    ("Police did not kill anyone in Kandahar on Monday.", "kill"),
])
def test_no_that_opens_no_subject_keeps_the_event(text, trigger):
    assert event_on(text, trigger, JUL_4) is not None


@pytest.mark.parametrize("text, target", [
    ("Moro's body was found on Monday after the Italian government refused to negotiate.", None),
    ("Several Republican leaders refused to endorse Mr. Trump on Monday.", "Mr. Trump"),
])
def test_what_a_refusal_refused_is_no_event_of_its_own(text, target):
    found = [e for e in events_of(text, JUL_4) if e.event_type != "OTHER"]
    assert [(e.event_type, e.target, e.modality) for e in found] == [("REJECT", target, "asserted")]


def test_a_negated_infinitive_after_another_verb_stays():
    found = event_on("The rebels failed to release the hostages on Monday.", "release", JUL_4)
    assert (found.event_type, found.modality) == ("RETREAT", "negated")


@pytest.mark.parametrize("text", [
    "Police officers freed the kidnapped prison officer in Mondragon on Tuesday.",
    "Two hostages were freed in a raid by US Navy SEALs in Somalia on Wednesday.",
])
def test_a_rescue_is_no_release_by_the_rescuers(text):
    assert "RETREAT" not in {e.event_type for e in events_of(text, JUL_4)}


@pytest.mark.parametrize("text, actor", [
    ("The kidnappers freed the hostages in Somalia on Wednesday after a ransom was paid.", "kidnappers"),
    ("Police released 12 protesters in Nairobi on Wednesday.", "Police"),
])
def test_a_release_by_those_who_held_them_stays(text, actor):
    [found] = [e for e in events_of(text, JUL_4) if e.event_type == "RETREAT"]
    assert found.actor == actor


@pytest.mark.parametrize("text", [
    "The abducted aid workers were released in Mogadishu on Tuesday.",
    "The kidnapped prison officer was found alive in Mondragon on Tuesday.",
])
def test_a_participle_before_a_compound_noun_of_people_names_them(text):
    assert "ASSAULT" not in {e.event_type for e in events_of(text, JUL_4)}
