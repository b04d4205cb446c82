"""Actors and targets in incident summaries and conflict-monitor notes (stop 65): the site a bomb struck ranks before
the "people" of a toll sentence; a claim of responsibility names the doers told as "Unknown gunmen" or "Suicide
bombers"; supporters and dissidents of a group act themselves; a subject is found past a date that opens the note and
an insertion in commas; a second, passive verb of arrest takes the clause's subject; a protest's target is whom its
demand is made of; the pronoun of a clause that goes on to another place is the doer before it. Every text is our
own."""
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article, events_of

JUNE_3 = datetime(2024, 6, 3, tzinfo=timezone.utc)


def _parties(text: str, event_type: str = "ASSAULT") -> list[tuple[str | None, str | None]]:
    return [(e.actor, e.target) for e in events_of(text, JUNE_3) if e.event_type == event_type]


@pytest.mark.parametrize("text, target", [
    ("Two bombs exploded on three crowded buses in Lahore, Pakistan. 40 people were killed.", "crowded buses"),
    ("Gunmen set off a bomb outside two nightclubs in Mombasa, Kenya. The blasts killed 30 people.", "nightclubs"),
    ("A grenade exploded during a wedding in Kandahar, Afghanistan. 12 people were killed.", "wedding"),
    ("On 1 June 2024, bandits attacked the Kuje prison in Abuja (Abuja). At least 8 people were killed.",
     "Kuje prison"),
    # guards: a road, a day or a town the bomb went off on is where, and the toll's people stay the target
    ("A bomb exploded on the main road in Lahore, Pakistan. 40 people were killed.", "people"),
    ("A bomb exploded on Monday in Lahore, Pakistan. 40 people were killed.", "people"),
])
def test_the_site_struck_before_the_people_of_the_toll(text, target):
    assert [t for _, t in _parties(text)] == [target]


@pytest.mark.parametrize("text, actor", [
    ("01/06/2024: Unknown gunmen attacked a mosque in Kano, Nigeria. Boko Haram claimed responsibility.", "Boko Haram"),
    ("01/06/2024: Suicide bombers struck a market in Maiduguri, Nigeria. Boko Haram claimed responsibility.",
     "Boko Haram"),
    ("01/06/2024: Armed assailants attacked a police post in Kano, Nigeria. Boko Haram claimed responsibility.",
     "Boko Haram"),
    # guards: a name opening the record stays the actor, and no claim leaves the doers as told
    ("01/06/2024: Taliban fighters attacked a police post in Ghazni, Afghanistan. The Islamic State claimed "
     "responsibility.", "Taliban fighters"),
    ("01/06/2024: Unknown gunmen attacked a mosque in Kano, Nigeria. No group claimed responsibility.",
     "Unknown gunmen"),
])
def test_a_claim_names_the_doers_told_without_a_name(text, actor):
    assert [a for a, _ in _parties(text)] == [actor]


@pytest.mark.parametrize("text, actor", [
    ("On 1 June 2024, hundreds of supporters of the ruling party marched in Harare (Harare).",
     "supporters of the ruling party"),
    ("On 1 June 2024, followers of the cleric rallied in Lahore (Lahore, Punjab).", "followers of the cleric"),
    # guards: members act for their group, and supporters of the slain are told alone as before
    ("On 1 June 2024, members of the teachers' union marched in Harare (Harare).", "union"),
    ("On 1 June 2024, supporters of the slain councillor marched in Harare (Harare).", "supporters"),
])
def test_supporters_of_a_party_act_themselves(text, actor):
    assert [a for a, _ in _parties(text, "PROTEST")] == [actor]


def test_dissidents_of_a_group_are_not_the_group():
    text = "05/05/2024: Dissidents of the ELN detonated a car bomb outside a police station in Cali, Colombia."
    assert [a for a, _ in _parties(text)] == ["Dissidents of the ELN"]


def test_the_speaker_of_a_demand_stops_at_the_subject_s_verb():
    text = "On 1 June 2024, supporters of the opposition rallied in Harare (Harare) demanding new elections."
    found = extract_article(_article(text))
    assert [s.speaker for s in found.statements] == ["supporters of the opposition"]


@pytest.mark.parametrize("text, actor", [
    ("On 2 June 2024, the Kachin Independence Army, backed by local militias, attacked a military camp in Bhamo "
     "(Bhamo, Kachin).", "Kachin Independence Army"),
    ("On 2 June 2024, ISWAP fighters, riding pickup trucks, attacked an army base in Monguno (Monguno, Borno).",
     "ISWAP fighters"),
    ("On 2 June 2024, the Kachin Independence Army, an ethnic armed group, attacked a military camp in Bhamo "
     "(Bhamo, Kachin).", "Kachin Independence Army"),
    ("On 2 June 2024, the Three Brotherhood Alliance, comprising the MNDAA, TNLA and AA, launched attacks on army "
     "posts in Lashio (Lashio, Shan-North).", "Three Brotherhood Alliance"),
    # guard: without the date the subject was found before, and still is
    ("The Kachin Independence Army, backed by local militias, attacked a military camp in Bhamo on Monday.",
     "Kachin Independence Army"),
])
def test_a_subject_past_a_date_and_an_insertion_in_commas(text, actor):
    assert [a for a, _ in _parties(text)] == [actor]


@pytest.mark.parametrize("text, target", [
    ("On 2 June 2024, a man shot two women in Lyon, France, and was arrested by police at the scene.", "man"),
    # guard: a regular past before its object was found before, and still is
    ("On 2 June 2024, a man stabbed two women in Lyon, France, and was arrested by police at the scene.", "man"),
    ("On 2 June 2024, a man stabbed two women in Lyon, France. The suspect fled but was arrested by police later.",
     "suspect"),
])
def test_a_second_passive_verb_of_arrest_takes_the_subject(text, target):
    assert [t for _, t in _parties(text, "COERCE")] == [target]


@pytest.mark.parametrize("text, target", [
    ("On 2 June 2024, farmers protested in Cali (Cali, Valle del Cauca) demanding the government comply with a "
     "court ruling.", "government"),
    ("On 2 June 2024, farmers protested in Cali (Cali, Valle del Cauca) demanding the government to pay its debts.",
     "government"),
    # guard: what is demanded is no target
    ("On 2 June 2024, farmers protested in Cali (Cali, Valle del Cauca) demanding the release of their leader.", None),
])
def test_a_protest_is_against_whom_its_demand_is_made_of(text, target):
    assert [t for _, t in _parties(text, "PROTEST")] == [target]


def test_police_who_fired_are_not_their_own_target():
    text = ("On 2 June 2024, students marching in Oaxaca (Oaxaca de Juarez, Oaxaca) clashed with state police, who "
            "fired tear gas.")
    assert ("state police", "state police") not in _parties(text)
    assert ("students", "state police") in _parties(text)


@pytest.mark.parametrize("text, actors", [
    ("04/06/2024: A gunman set fire to a mosque in Bergen, Norway, then drove to a school, where he shot three "
     "pupils.", ["gunman", "gunman"]),
    ("04/06/2024: Bandits raided a farm in a village, then moved to a market, where they killed four traders.",
     ["Bandits", "Bandits"]),
    # guard: a pronoun of another number than the doer before is left to coreference
    ("04/06/2024: Police arrested a man in Bergen, where he had stabbed two women.", ["he"]),
])
def test_the_pronoun_of_a_clause_going_on_elsewhere_is_the_doer(text, actors):
    assert [a for a, _ in _parties(text)] == actors
