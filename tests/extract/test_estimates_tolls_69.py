"""Killed sums counted once and right (stop 69): a toll a source "now" gives after an earlier one is the newer figure
(the earlier kept aside as `earlier`), four digits with no thousands separator after a capitalised word inside a
sentence are a name ("Rescue 1122"), and a war that "claimed" or "killed" a toll many times the story's own is a
running total whatever its tense; a participle before an office holder ("the jailed former prime minister") names
who they are, no arrest of the day. Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article, events_of

SEP_3 = datetime(2024, 9, 3, tzinfo=timezone.utc)


def _found(text: str):
    return extract_article(replace(_article(text), published_at=SEP_3)).estimates


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.surface, e.category, e.aside) for e in _found(text)]


@pytest.mark.parametrize("text, expected", [
    ("Police said 12 people were killed in the bombing of a bus station in Quetta on Monday. Hospital officials now "
     "say 28 people were killed.", [("12", "other", "earlier"), ("28", "killed", None)]),
    ("Gunmen killed 6 villagers in Plateau on Monday, police said. The state government now says 15 villagers "
     "died in the attack.", [("6", "other", "earlier"), ("15", "killed", None)]),
    ("A blast at a market in Kabul killed 7 people on Monday, officials said. Officials subsequently said 19 people "
     "had died.", [("7", "other", "earlier"), ("19", "killed", None)]),
    # guards: a newer figure told as such already; another source's figure with no word of time stays disputed
    ("A blast at a market in Kabul killed 7 people on Monday, police said. Officials later said 19 people had died.",
     [("7", "other", "earlier"), ("19", "killed", None)]),
    ("Gunmen killed 12 people in a village in Plateau on Monday, police said. Local leaders said 20 people were "
     "killed.", [("12", "killed", None), ("20", "other", "disputed")]),
    ("A suicide bomber killed 12 people at a mosque in Peshawar on Monday. The death toll rose to 28 on Tuesday.",
     [("12", "other", "earlier"), ("28", "killed", None)]),
])
def test_a_toll_a_source_now_gives_is_the_newer_figure(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("According to Rescue 1122 officials, 4 people were killed when a gas cylinder exploded in Multan on Monday.",
     [("4", "killed", None)]),
    ("A spokesman for Rescue 1122 said 11 people died when a bus overturned near Chilas on Monday.",
     [("11", "killed", None)]),
    ("Members of Local 1199 marched to City Hall on Monday. Police arrested 5 protesters.",
     [("5", "arrested", None)]),
    ("The border agency expelled 200 migrants under Title 42 on Monday, officials said.", [("200", "other", None)]),
    # guards: a name's number that never was a count, and counts after a word opening the sentence or a place
    ("A bomb on Highway 5 killed 3 soldiers near Kandahar on Monday.", [("3", "killed", None)]),
    ("About 1500 people were evacuated from the riverbank in Sylhet on Monday.", [("About 1500", "displaced", None)]),
    ("Gunmen armed with AK-47 rifles killed 5 people in a market in Maiduguri on Monday.", [("5", "killed", None)]),
    ("Two F-16 pilots were killed when their jet crashed near Sargodha on Monday.", [("Two", "killed", None)]),
])
def test_a_number_inside_a_name_is_no_count(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Fighting in Tigray killed 20 people on Monday. The two-year war claimed as many as 600,000 lives.",
     [("20", "killed", None), ("as many as 600,000", "other", "running_total")]),
    ("Militants killed 4 soldiers in Borno on Monday. The insurgency killed more than 35,000 people in all.",
     [("4", "killed", None), ("more than 35,000", "other", "running_total")]),
    ("A car bomb killed 8 people in Mogadishu on Monday. The civil war killed 500,000 people.",
     [("8", "killed", None), ("500,000", "other", "running_total")]),
    # guards: already a running total in the perfect; a war's figure not many times the story's is its own
    ("A car bomb killed 8 people in Mogadishu on Monday. The conflict has claimed more than 10,000 lives.",
     [("8", "killed", None), ("more than 10,000", "other", "running_total")]),
    ("Militants killed 4 soldiers in Borno on Monday. The insurgency has killed over 35,000 people since 2009.",
     [("4", "killed", None), ("over 35,000", "other", "running_total")]),
])
def test_a_war_s_toll_in_any_tense_is_a_running_total(text, expected):
    assert _rows(text) == expected


def test_a_war_that_claimed_lives_tells_no_claim():
    found = _found("Fighting in Tigray killed 20 people on Monday. The two-year war claimed as many as 600,000 "
                   "lives.")
    assert [e.claimant for e in found] == [None, None]


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.trigger, e.event_type) for e in events_of(text, SEP_3)]


@pytest.mark.parametrize("text, rows", [
    ("Supporters of the jailed former prime minister clashed with police in Lahore on Monday.",
     [("clashed", "ASSAULT")]),
    ("Rallies demanding freedom for the imprisoned ex-president drew thousands in Lima on Monday.",
     [("Rallies", "PROTEST")]),
    ("The jailed leader's party won 40 seats in the election on Monday.", []),
    # guards: an arrest told as one; one told before the participle that names whom it befell (its mention)
    ("Police detained the former prime minister in Lahore on Monday.", [("detained", "COERCE")]),
    ("Police arrested the opposition leader in Kampala on Monday. The detained opposition leader was taken to court.",
     [("arrested", "COERCE")]),
])
def test_a_participle_naming_an_office_holder_is_no_arrest_of_the_day(text, rows):
    assert _events(text) == rows
