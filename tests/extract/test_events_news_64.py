"""Mainstream news wording (stop 64): the hyphenated "cyber-attack" of British and Australian copy and a "ransomware
attack" are cyberattacks, as "cyber attack" and "cyberattack" are; a release only demanded or awaited ("demanded 200
million naira for their release", "before he can be considered for release") is yet to come. Every text is our
own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on, events_of

AUG_19 = datetime(2025, 8, 19, tzinfo=timezone.utc)  # a Tuesday


@pytest.mark.parametrize("text, row", [
    ("A ransomware gang claimed responsibility for a cyber-attack on a hospital network in Melbourne on Saturday.",
     ("cyber-attack", "ransomware gang", "hospital network", "2025-08-16")),
    ("Pro-Russian hackers launched a cyber-attack on the websites of Danish ministries on Monday.",
     ("cyber-attack", "Pro-Russian hackers", "websites of Danish ministries", "2025-08-18")),
    ("A ransomware attack crippled the computer systems of a hospital network in Melbourne on Saturday.",
     ("ransomware attack", None, None, "2025-08-16")),
    # guard: the words written whole or apart, as before
    ("A ransomware gang claimed responsibility for a cyberattack on a hospital network in Melbourne on Saturday.",
     ("cyberattack", "ransomware gang", "hospital network", "2025-08-16")),
])
def test_a_hyphenated_cyber_attack(text, row):
    [found] = events_of(text, AUG_19)
    assert (found.event_type, found.event_mode) == ("COERCE", "cyber")
    assert (found.trigger, found.actor, found.target, str(found.date)) == row


@pytest.mark.parametrize("text, modality", [
    ("Gunmen abducted 23 passengers on Sunday, and the kidnappers have since demanded 200 million naira for their "
     "release.", "future"),
    ("A man who detonated a homemade bomb outside Leeds bus station has been jailed for life and told he will serve "
     "at least 32 years before he can be considered for release.", "future"),
    ("The prisoners will be eligible for release in 2030.", "future"),
    # guards: a release that happened, whatever was paid or asked before it
    ("The kidnappers released 10 of the passengers on Monday after a ransom was paid.", "asserted"),
    ("The army thanked the governor for the release of the passengers on Monday.", "asserted"),
])
def test_a_release_demanded_or_awaited(text, modality):
    [release] = [e for e in events_of(text, AUG_19) if e.event_type == "RETREAT"]
    assert release.modality == modality


@pytest.mark.parametrize("text, protests", [
    ("A vigil was held on Sunday for the three people killed in Saturday's attack.", []),
    ("Hundreds of people attended a candlelight vigil in Christchurch on Sunday for the victims of the mosque attacks.",
     []),
    ("Dozens of relatives gathered on Sunday evening for a candlelight vigil outside the school where the victims "
     "studied.", []),
    # guards: a vigil held against someone, or to demand something, is a protest
    ("Hundreds of protesters held a vigil outside parliament on Sunday to demand the release of political prisoners.",
     ["vigil"]),
    ("Students staged a candlelight vigil against the government's new education law on Sunday.", ["vigil"]),
])
def test_a_vigil_of_mourning_is_no_protest(text, protests):
    assert [e.trigger for e in events_of(text, AUG_19) if e.event_type == "PROTEST"] == protests


@pytest.mark.parametrize("text, trigger, modality", [
    ("Farmer leaders announced a rail blockade protest on Thursday in response to the police action.", "protest",
     "future"),
    ("The union announced a nationwide strike.", "strike", "future"),
    # guards: an arrest announced was made; a march the organisers announce was held
    ("Police announced the arrest of three suspects on Monday.", "arrest", "asserted"),
    ("Protesters marched through the city on Monday, organisers announced.", "marched", "asserted"),
])
def test_an_announced_protest_is_yet_to_come(text, trigger, modality):
    assert event_on(text, trigger, AUG_19).modality == modality
