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


@pytest.mark.parametrize("text", [
    "26/11/2008: Gunmen attacked a hotel in Mumbai, India. The fighting continued until 29 November, and 166 people "
    "were killed.",
    "26/11/2008: Gunmen attacked a hotel in Mumbai, India. The attacks lasted until 29 November; 166 people were "
    "killed.",
    "15/01/2019: Gunmen stormed a hotel complex in Nairobi, Kenya. The siege lasted until 16 January, and 21 people "
    "were killed.",
    "15/01/2019: Militants attacked an army base in Diffa, Niger. The fighting went on till Thursday; 12 soldiers were "
    "killed.",
    "15/01/2019: Militants attacked an army base in Diffa, Niger. The clashes continued until 17 January, and 12 "
    "soldiers were wounded.",
])
def test_the_toll_of_an_incident_told_with_how_long_it_lasted_is_its_own(text):
    # "until" before a date tells how long the incident lasted, not an act after it; its date is no day of the toll
    when = datetime(2019, 1, 20, tzinfo=timezone.utc) if "2019" in text else datetime(2008, 12, 2, tzinfo=timezone.utc)
    [row] = events_of(text, when)
    day = f"{text[6:10]}-{text[3:5]}-{text[:2]}"  # the day the note opens with
    assert (row.event_type, row.mentions, row.date.isoformat()) == ("ASSAULT", 3, day)


@pytest.mark.parametrize("text, rows", [
    # "until" before the next act is a word of sequence: the arrest is another event
    ("15/01/2019: Militants attacked an army base in Diffa, Niger. The fighting continued until troops arrived, and "
     "police later arrested two suspects.",
     [("ASSAULT", "2019-01-15"), ("COERCE", "2019-01-15")]),
    # what a "when" clause after the bound tells happened on its day
    ("15/01/2019: Protesters blocked roads in Diffa, Niger. The sit-in continued until 17 January, when police "
     "dispersed the crowd with tear gas.",
     [("PROTEST", "2019-01-15"), ("ASSAULT", "2019-01-17")]),
])
def test_what_follows_the_span_keeps_its_own_row_and_day(text, rows):
    found = events_of(text, datetime(2019, 1, 20, tzinfo=timezone.utc))
    assert [(e.event_type, e.date.isoformat()) for e in found] == rows


@pytest.mark.parametrize("text, when", [
    ("07/01/2016: Gunmen attacked a bakery in Dhaka, Bangladesh, and took diners hostage. 29 people were killed "
     "before commandos ended the siege the following morning. ISIL claimed responsibility.",
     datetime(2016, 7, 4, tzinfo=timezone.utc)),
    ("11/20/2015: Gunmen stormed a hotel in Bamako, Mali, and took guests hostage. 20 people were killed before troops "
     "ended the siege the next day.",
     datetime(2015, 11, 23, tzinfo=timezone.utc)),
])
def test_the_noun_that_points_back_after_a_word_of_sequence_is_the_incident(text, when):
    # "before" orders the killing and the end of the siege, but "the siege" is the attack told before
    assert [e.event_type for e in events_of(text, when)] == ["ASSAULT"]


def test_a_new_act_after_that_keeps_its_row():
    # "after that" is no article of the clashes: another act, at a place of its own
    text = ("On 5 May 2020, gunmen attacked a village in Kunduz. A man was killed, and after that clashes erupted "
            "between two families in Baghlan.")
    assert [e.trigger for e in events_of(text, datetime(2020, 5, 6, tzinfo=timezone.utc))] == [
        "attacked", "killed", "clashes"]


def test_the_event_a_superlative_is_measured_since_is_another():
    text = ("KABUL, Afghanistan (AP) — A truck bomb exploded in Kabul's diplomatic quarter on Wednesday, killing at "
            "least 90 people.\n\nIt was one of the deadliest attacks in the Afghan capital since the invasion in 2001.")
    assert "invasion" in [e.trigger for e in events_of(text, datetime(2024, 5, 1, tzinfo=timezone.utc))]


def test_the_blast_an_act_of_its_sentence_came_after_is_not_that_act():
    text = ("A suicide bomber rammed a vehicle into a checkpoint in Mir Ali early on Monday. Soldiers opened fire and "
            "stopped it short of the main building. The bomber then detonated the explosives.\n\nIn the ensuing "
            "exchange of fire, troops killed three militants who had tried to storm the checkpoint after the blast.")
    rows = {e.trigger: e.mentions for e in events_of(text, datetime(2025, 7, 29, tzinfo=timezone.utc))}
    assert rows.get("opened fire", 0) <= 3
