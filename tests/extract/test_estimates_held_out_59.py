"""Troops sent, people displaced and people in hospital told in other words, and who gave a figure (stop 59). The texts
are our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

MAR_2 = datetime(2024, 3, 2, tzinfo=timezone.utc)


def _found(text: str):
    return extract_article(replace(_article(text), published_at=MAR_2))


def _estimates(text: str) -> list[tuple[str, str, float | None]]:
    return [(s.surface, s.category, s.value) for s in _found(text).estimates]


# --- troops sent, people displaced, people in hospital: the wordings of the cues that were missing ---

@pytest.mark.parametrize("text, expected", [
    # a verb of moving troops, before or after them
    ("The government has rushed an additional 28,000 paramilitary personnel to the region, officials said.",
     ("28,000", "deployed")),
    ("Some 500 troops were airlifted to the city on Monday.", ("Some 500", "deployed")),
    # a force of them, a share given, where they are based, the size a force was brought to
    ("The African Union will deploy a force of 5,000 troops to Somalia.", ("5,000", "deployed")),
    ("Britain will contribute 800 soldiers to the mission.", ("800", "deployed")),
    ("About 1,200 US troops are based in Niger.", ("About 1,200", "deployed")),
    ("Nato agreed to boost its force in Afghanistan to 40,000 troops.", ("40,000", "deployed")),
    # sent, as ordered
    ("The president ordered an extra 10,000 troops to be sent to the border region.", ("10,000", "deployed")),
    # the troops are the reinforcements, not some of them
    ("A spokesman said reinforcements of about 200 troops had been sent to the district.", ("about 200", "deployed")),
    # the number of those who fled, or who live in camps
    ("The number of people who have fled the fighting in Marawi climbed to 246,000, the welfare department said.",
     ("246,000", "displaced")),
    ("The state government put the number of people living in relief camps at 50,698.", ("50,698", "displaced")),
    ("Aid workers said at least 20,000 people had crossed into Tanzania in the last 24 hours.",
     ("at least 20,000", "displaced")),
    # in hospital
    ("The health minister said 246 people were being treated in hospital after the bombing.", ("246", "wounded")),
    ("Doctors said 31 people were admitted to hospital with burns.", ("31", "wounded")),
    ("About 5,000 people have taken refuge in schools and churches.", ("About 5,000", "displaced")),
    ("The fighting has forced 20,000 people from their homes.", ("20,000", "displaced")),
    ("Nearly 2,000 people are now homeless.", ("Nearly 2,000", "displaced")),
    ("At least 30 people were taken to hospital with gunshot wounds.", ("At least 30", "wounded")),
    ("Twelve people needed hospital treatment.", ("Twelve", "wounded")),
    ("Police held 45 people for questioning.", ("45", "arrested")),
    # a toll put at a figure past what it counts
    ("Officials put the death toll from the attack at 50.", ("50", "killed")),
    ("The number of people who have died in the fighting rose to 40.", ("40", "killed")),
])
def test_cue_wordings(text, expected):
    assert _estimates(text)[0][:2] == expected


@pytest.mark.parametrize("text, expected", [
    # people moved to hospital are no troops sent; troops crossing a border are no refugees
    ("Police rushed 12 people to hospital.", ("12", "other")),
    ("Some 2,000 Russian troops crossed into Ukraine on Thursday.", ("Some 2,000", "other")),
    # bodies taken to hospital are the dead
    ("Twelve bodies were taken to hospital.", ("Twelve", "killed")),
    # troops asked for, not sent; a force's size with no verb of it
    ("The UN has about 2,500 peacekeepers in Rwanda.", ("about 2,500", "other")),
    # troops asked for, not sent
    ("The UN asked for 3,000 troops to be sent to the region.", ("3,000", "other")),
    # people from a whole are still its part ("Twelve people from one family were killed": twelve dead, no family)
    ("Twelve people from one family were killed in the strike.", ("Twelve", "killed")),
    # the number of people somewhere at a time is no toll
    ("Police said the number of people in the square at 10 p.m. was small.", None),
])
def test_cue_wordings_guards(text, expected):
    found = _estimates(text)
    if expected is None:
        assert all(category == "other" for _, category, _ in found)
    else:
        assert found[0][:2] == expected


def test_wounded_in_hospital_after_a_toll_of_them_are_some_of_them():
    # "Six people were hospitalized" after "wounded 14" already was; "treated in hospital" is told the same way
    assert _estimates("A bomb wounded 14 people in Quetta on Monday. Six people were being treated in hospital.") == [
        ("14", "wounded", 14.0), ("Six", "other", 6.0)]


# --- who gave a figure ---

@pytest.mark.parametrize("text, claimant", [
    # a hedged count after "said" is what was said, whatever word opens the hedge
    ("Jan Egeland, the UN's emergency relief coordinator, said as many as 10,000 people may have died.",
     "Jan Egeland"),
    ("Police said over 200 people were arrested in the raids.", "Police"),
    # a rank's abbreviation ends no sentence
    ("The junta has disputed the figures; a military spokesman, Brig. Gen. Zaw Min Tun, told a news conference last "
     "month that 248 people had died.", "Zaw Min Tun"),
    # a verb of giving a figure tells it
    ("The Houthi-run health ministry gave a lower toll of 82 dead.", "Houthi-run health ministry"),
    # a name before an acronym in brackets keeps its possessor
    ("The Peoples' Democratic Party (HDP) said on Sunday that 128 people had died.", "Peoples' Democratic Party"),
    # two tellers joined
    ("Hospital workers and residents put the toll at between 200 and 300 dead.", "Hospital workers and residents"),
    # guards: one teller after a clause, or after an object of another verb
    ("Gunmen attacked the village, and residents put the toll at 30.", "residents"),
    ("He met the president and a minister put the toll at 12.", "minister"),
])
def test_claimant(text, claimant):
    assert [s.claimant_canonical for s in _found(text).estimates] == [claimant]


def test_a_clause_after_said_is_still_no_content():
    # "as he left" is when it was said, not what
    found = _found("The minister said as he left the meeting that 12 people had died.")
    assert all(not s.content.startswith("as he") for s in found.statements)


def test_a_verb_of_giving_things_tells_no_figure():
    assert [s.claimant for s in _found("Officials gave 50 blankets to 200 families.").estimates] == [None, None]


@pytest.mark.parametrize("text, claimant", [
    # "the army" is a state's: no rebels' "National Liberation Army", nor "Rapid Support Forces"
    ("Leftist rebels of the National Liberation Army hijacked a plane on Monday. The army said it had sent some 2,000 "
     "soldiers to the region.", "army"),
    ("Fighting broke out between the Rapid Support Forces and troops in Khartoum. The army said 12 soldiers were "
     "killed.", "army"),
    # but a country's army named before is it
    ("The Pakistan Army launched an offensive on Monday. The army said it had killed 20 militants.", "Pakistan Army"),
    # a body described by where it is based points back to the one that spoke before
    ("The Syrian Observatory for Human Rights said 100 people were killed on Tuesday. The Britain-based monitoring "
     "group said 40 people were wounded.", "Syrian Observatory for Human Rights"),
    # guard: a description with no such words stays as it is
    ("The Interior Ministry said 30 people were arrested. The opposition group said 50 people were arrested.",
     "opposition group"),
])
def test_claimant_pointed_back(text, claimant):
    assert _found(text).estimates[-1].claimant_canonical == claimant


# --- no count twice, and no count in a name ---

def test_a_toll_told_again_after_the_attackers_dead_is_no_second_figure():
    # (told again, it is kept aside as `other`, stop 60)
    assert _estimates("At least 129 people were killed in the attacks, prosecutor Francois Molins said. Seven "
                      "attackers died. The toll of 129, he cautioned, could still rise.") == [
        ("At least 129", "killed", 129.0), ("Seven", "killed", 7.0), ("129", "other", 129.0)]


def test_another_sources_toll_is_still_kept_aside():
    # (a figure of its own, not one told before: the dispute stays visible as `other`)
    assert _estimates("Gunmen killed 12 people on Monday, police said. Hospital officials put the death toll at "
                      "15.") == [("12", "killed", 12.0), ("15", "other", 15.0)]


@pytest.mark.parametrize("text, expected", [
    ("Officials said the Fokker 50 was carrying 41 passengers.", [("41", "other", 41.0)]),
    ("The Boeing 737 crashed near the airport, killing 12 people.", [("12", "killed", 12.0)]),
])
def test_an_aircraft_model_is_no_count(text, expected):
    assert _estimates(text) == expected


# --- who was harmed: a massacre's dead, people joined after the one a verb tells, no vehicle ---

@pytest.mark.parametrize("text, expected", [
    ("The massacre of 58 people in Maguindanao shocked the country.", [("58", "killed", 58.0)]),
    ("Gunmen killed the officer along with his wife and four children.",
     [("the officer", "killed", 1.0), ("his wife", "killed", 1.0), ("four", "killed", 4.0)]),
    ("A suicide bomber on a motorcycle blew himself up near a police headquarters, killing six police officers.",
     [("A suicide bomber", "killed", 1.0), ("six", "killed", 6.0)]),
    # guards: a person the verb governs is still one
    ("A man on a motorcycle shot dead a policeman in Quetta.", [("a policeman", "killed", 1.0)]),
    ("Gunmen killed a farmer and four children.", [("a farmer", "killed", 1.0), ("four", "killed", 4.0)]),
])
def test_who_was_harmed(text, expected):
    assert _estimates(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Red Cross said 39 people were still listed as missing.", ("39", "missing")),
    ("A rights group said 3,331 people are currently in detention.", ("3,331", "arrested")),
    ("Police said 12 people were in custody.", ("12", "arrested")),
])
def test_held_or_missing_wordings(text, expected):
    assert _estimates(text)[0][:2] == expected


@pytest.mark.parametrize("text, claimant", [
    # a clause joined after the count tells of its own
    ("Riot police cleared several hundred protesters from the square, and a police spokesman said seven people had "
     "been arrested.", [None, "police spokesman"]),
    # a time after the teller is no part of it
    ("Kenya's government on Monday revised the death toll from the siege of the mall down to 67.",
     ["Kenya's government"]),
    # the source the sentence names after a demand's words is the figure's
    ("At least 32 more people were killed on Friday as police fired on protesters demanding an end to quotas, bringing "
     "the toll to at least 105, according to a tally by this newspaper.",
     ["tally by this newspaper", "tally by this newspaper"]),
    # guard: a figure in what was demanded is still the demanders'
    ("Protesters demanded the release of 50 detainees.", ["Protesters"]),
])
def test_claimant_of_clauses(text, claimant):
    assert [s.claimant_canonical for s in _found(text).estimates] == claimant


def test_he_after_a_spokesman_with_a_brigadiers_rank_is_the_spokesman():
    found = _found("Armed Forces spokesman Brig. Gen. Restituto Padilla said 19 civilians had been killed. The "
                   "military has deployed more than 3,000 troops to the city, he said.")
    assert [s.claimant_canonical for s in found.estimates] == ["Restituto Padilla", "Restituto Padilla"]


@pytest.mark.parametrize("text", [
    "A bomb wounded 14 people in Quetta on Monday. Six people were taken to hospital.",
    "A bomb wounded 14 people in Quetta on Monday. Six of them needed hospital treatment.",
])
def test_wounded_taken_to_hospital_after_a_toll_of_them_are_some_of_them(text):
    assert _estimates(text) == [("14", "wounded", 14.0), ("Six", "other", 6.0)]
