"""Parties of conflict and wire reports (stop 63): the party after "from" of a passive's fire, a force's weapons named
by its initials. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

NOV_3 = datetime(2023, 11, 3, tzinfo=timezone.utc)  # a Friday


def _assault(text: str):
    [found] = [e for e in events_of(text, NOV_3) if e.event_type == "ASSAULT"]
    return found


@pytest.mark.parametrize("text, actor", [
    # who fired is the party after "from" of the fire that killed or wounded
    ("A Ukrainian soldier was killed by sniper fire from LPR forces near Zolote.", "LPR forces"),
    ("A soldier was wounded by mortar fire from DPR positions near Pisky on Thursday.", "DPR positions"),
    ("A Palestinian teenager was shot dead by gunfire from Israeli troops in Jenin on Monday, the health ministry "
     "said.", "Israeli troops"),
    ("A farmer was injured by shelling from Azerbaijani positions in the village of Sotk, the ministry said.",
     "Azerbaijani positions"),
    ("A soldier was killed by fire from a sniper near Shumy.", "sniper"),
    # the fire as the subject
    ("Heavy shelling from Russian positions across the river killed an elderly woman in Kherson on Tuesday.",
     "Russian positions"),
])
def test_fire_from_a_party_is_that_partys(text, actor):
    assert _assault(text).actor == actor


@pytest.mark.parametrize("text", [
    # a place, a thing or another weapon the fire came from is no party
    "Two officers were hit by gunfire from the roof of a building in Dallas on Thursday night.",
    "Three people were wounded by rocket fire from Gaza in Sderot on Monday.",
    "A man was wounded by shelling from Al Maqani village on Monday.",
    "Two children were injured by shrapnel from a Russian missile in Kyiv.",
])
def test_fire_from_a_place_or_weapon_names_no_party(text):
    assert all(e.actor is None for e in events_of(text, NOV_3) if e.event_type == "ASSAULT")


@pytest.mark.parametrize("text, actor", [
    # a force named by its initials, or a group of one country, acts by its weapons
    ("SAF aircraft bombed RSF bases in Nyala on Sunday.", "SAF aircraft"),
    ("RSF drones hit the army headquarters in Khartoum on Sunday.", "RSF drones"),
    ("M23 artillery shelled Sake on Monday, killing four civilians.", "M23 artillery"),
    ("PKK rockets hit a Turkish base in northern Iraq, the ministry said.", "PKK rockets"),
    # (as a country's or a named group's do)
    ("SAF warplanes bombed the city on Sunday.", "SAF warplanes"),
    ("Houthi drones struck a tanker in the Red Sea on Tuesday.", "Houthi drones"),
])
def test_a_forces_weapons_act_for_it(text, actor):
    assert _assault(text).actor == actor


@pytest.mark.parametrize("text", [
    # initials of a weapon are no force
    "IED blasts killed three soldiers in Kidal on Friday.",
    "A car bomb exploded near a market in Mogadishu on Friday.",
    "A bomb-laden van exploded outside the police station in Quetta.",
])
def test_a_weapon_alone_names_no_party(text):
    assert all(e.actor is None for e in events_of(text, NOV_3) if e.event_type == "ASSAULT")


def _event(text: str, event_type: str):
    [found] = [e for e in events_of(text, NOV_3) if e.event_type == event_type]
    return found


@pytest.mark.parametrize("text, event_type, actor", [
    # a list of three or more parties keeps its first
    ("On 15 September 2020, Israel, the UAE and Bahrain signed the Abraham Accords in Washington.", "SUPPORT",
     "Israel, the UAE and Bahrain"),
    ("Mali, Burkina Faso and Niger signed a security pact in Niamey on Saturday.", "SUPPORT",
     "Mali, Burkina Faso and Niger"),
    ("Britain, France, and Germany condemned the attack on Saturday.", "ACCUSE", "Britain, France, and Germany"),
    ("The United States, Britain and Canada imposed sanctions on Russia on Friday.", "SANCTION",
     "United States, Britain and Canada"),
    ("Police, soldiers and vigilantes attacked the camp on Friday.", "ASSAULT", "Police, soldiers and vigilantes"),
    ("On Thursday, journalists, media workers and trade unions protested in Karachi.", "PROTEST",
     "journalists, media workers and trade unions"),
    # both sides of a subject whose verb a participle clause shares
    ("FAMa soldiers and Wagner Group operatives began an operation in Moura, executing about 300 civilians.",
     "ASSAULT", "FAMa soldiers and Wagner Group operatives"),
    # both sides of a clash, past the first side's acronym
    ("Clashes broke out between the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) in Khartoum.",
     "ASSAULT", "Sudanese Armed Forces (SAF) and the Rapid Support Forces"),
])
def test_every_listed_party_acts(text, event_type, actor):
    assert _event(text, event_type).actor == actor


@pytest.mark.parametrize("text, event_type, actor", [
    # a time, a place or a linking word the sentence opens with is no party of the list
    ("On Friday, police and soldiers attacked the camp.", "ASSAULT", "police and soldiers"),
    ("In Kabul, police and soldiers raided a house on Friday.", "COERCE", "police and soldiers"),
    ("Meanwhile, Britain and France condemned the attack.", "ACCUSE", "Britain and France"),
    ("Last year, the army and police arrested 200 people in Lagos.", "COERCE", "army and police"),
    ("According to police, gunmen and bandits attacked the village on Friday.", "ASSAULT", "gunmen and bandits"),
    # the region and country of the place it opens with
    ("On 30 April 2020, in Pachuca, Hidalgo, doctors and nurses demonstrated outside the hospital.", "PROTEST",
     "doctors and nurses"),
    ("On 5 May 2020, in Curitiba, Parana, federal and civil police forces seized two tons of marijuana.", "COERCE",
     "federal and civil police forces"),
    ("In Santa Cruz de Asia, Lima, a group of neighbours and local authorities staged a demonstration.", "PROTEST",
     "neighbours and local authorities"),
])
def test_what_opens_the_sentence_is_no_listed_party(text, event_type, actor):
    assert _event(text, event_type).actor == actor


@pytest.mark.parametrize("text, target", [
    # what an event came after is no target of it, nor of the act it merges with
    ("On 6 May 2022, AGC members killed two civilians in Yarumal (Antioquia) during an armed strike called after the "
     "extradition of its leader.", "civilians"),
    ("The fight broke out after police called a member of the al Salih family.", None),
    ("Clashes erupted following a dispute over the control of the smuggling of trucks.", None),
    # (a target told before it stays)
    ("Gunmen killed three soldiers in Tumaco after the arrest of their commander.", "soldiers"),
])
def test_what_an_event_came_after_is_no_target(text, target):
    assert events_of(text, NOV_3)[0].target == target

