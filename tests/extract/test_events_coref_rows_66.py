"""One row per event. A mention told in the next paragraph at a site no gazetteer knows, with no day of its own,
is the incident told before (a ramming "near the Zorblat Street intersection …, striking shoppers"), but not one told
on its own day or as a wave of many acts; a bare "the attack" told again after another "the attack" that names a
cyber-attack names it too. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

NOV_24 = datetime(2025, 11, 24, tzinfo=timezone.utc)
AUG_19 = datetime(2025, 8, 19, tzinfo=timezone.utc)


def _rows(text: str, when: datetime = NOV_24) -> list[tuple[str, str, int]]:
    return [(e.event_type, e.trigger, e.mentions) for e in events_of(text, when) if e.event_type != "ACCUSE"]


@pytest.mark.parametrize("text, rows", [
    ("A 31-year-old man has been charged with three counts of murder after he allegedly drove a car into pedestrians "
     "on Elizabeth Street in Melbourne's CBD on Saturday afternoon.\n\nVictoria Police said the silver sedan mounted "
     "the footpath near the Zorblat Street intersection at about 2:15pm and travelled more than 100 metres, striking "
     "shoppers and tourists before crashing into a tram stop.",
     [("ASSAULT", "drove", 2)]),
    ("A 40-year-old man has been charged with two counts of murder after he allegedly drove a van into shoppers on "
     "Adelaide Street in Brisbane's CBD on Friday evening.\n\nQueensland Police said the white van mounted the kerb "
     "near the Zorblat Lane intersection at about 6pm and travelled 50 metres, striking diners and tourists before "
     "crashing into a bus shelter.",
     [("ASSAULT", "drove", 2)]),
])
def test_a_site_told_next_at_no_day_of_its_own_is_the_incident(text, rows):
    assert _rows(text) == rows


@pytest.mark.parametrize("text, rows", [
    # a day of its own: another act
    ("A man has been charged with murder after he drove a car into pedestrians on Elizabeth Street in Melbourne on "
     "Saturday afternoon. Police said a car struck cyclists near the Zorblat Street intersection on Sunday, injuring "
     "two.",
     [("ASSAULT", "drove", 1), ("ASSAULT", "struck", 2)]),
    # a wave of shooting is many acts, not the killing told before
    ("A man was shot dead when he answered a knock at his door in Deerpark Road, in the Old Park district of Belfast, "
     "on Saturday.\n\nJust after 11.30pm a wave of shooting broke out in the main Catholic areas.",
     [("ASSAULT", "shot dead", 1), ("ASSAULT", "shooting", 1)]),
])
def test_guards_stay_apart(text, rows):
    assert _rows(text) == rows


def test_the_attack_told_twice_after_a_cyber_attack_is_that_attack():
    text = ("A ransomware gang has claimed responsibility for a cyber-attack on a hospital network in Frankston. The "
            "hospital said the attack was detected on Saturday. The minister said the attack was a despicable act.")
    assert [(e.event_type, e.event_mode, e.mentions) for e in events_of(text, AUG_19)] == [("COERCE", "cyber", 3)]


def test_the_attack_after_an_attack_of_its_own_type_stays_that_one():
    text = ("A ransomware gang has claimed responsibility for a cyber-attack on a hospital network in Frankston. "
            "Gunmen later stormed a clinic in Dandenong; the attack killed three.")
    rows = [(e.event_type, e.trigger) for e in events_of(text, AUG_19)]
    assert ("COERCE", "cyber-attack") in rows and ("ASSAULT", "stormed") in rows
