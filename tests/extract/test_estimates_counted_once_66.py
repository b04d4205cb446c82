"""A toll is counted once (stop 66): a quote that tells it again of the teller's own people ("We lost two of our
officers") or of members of no group is kept aside, whatever noun named them first. Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

SEP_25 = datetime(2024, 9, 25, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    found = extract_article(replace(_article(text), published_at=SEP_25))
    return [(e.surface, e.counted_as, e.aside) for e in found.estimates]


@pytest.mark.parametrize("text, expected", [
    ('Two police reservists were killed when their vehicle hit a bomb near Mandera on Tuesday. "The vehicle was '
     'destroyed. We lost two of our officers," the commander said.',
     [("Two", "killed", None), ("two", "killed", "restated")]),
    ('Four soldiers were shot dead at a checkpoint near Garissa on Monday. "It was a sad day. We lost four of our '
     'officers," the commander said.', [("Four", "killed", None), ("four", "killed", "restated")]),
    ('Two soldiers were killed in an ambush near Sugapa on Monday. "Our personnel were fired upon from the hills. Two '
     'members died at the scene," the spokesman said.', [("Two", "killed", None), ("Two", "killed", "restated")]),
    # guards: one more told with "also", another incident, members of a group named, a part of the toll
    ('Two soldiers were killed in an ambush near Mandera on Tuesday. "We also lost two of our officers," the commander '
     'said.', [("Two", "killed", None), ("two", "killed", None)]),
    ("Two soldiers were killed in an ambush near Mandera on Tuesday. Two members of the gang were killed in the "
     "exchange of fire, police said.", [("Two", "killed", None), ("Two", "killed", None)]),
])
def test_a_quote_telling_the_toll_again_is_kept_aside(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('At least 12 civilians were killed in an attack by ADF rebels in Mangurujipa on Saturday. "We counted 12 bodies," '
     'a local leader said. An army spokesman gave a toll of 9 dead.',
     [("At least 12", "killed", "disputed"), ("12", "killed", "restated"), ("9", "killed", None)]),
    ("Gunmen killed at least 20 villagers in Zamfara on Sunday, residents said. Police gave a tally of 14 dead.",
     [("at least 20", "killed", "disputed"), ("14", "killed", None)]),
    # guards: a toll of its own, the first figure; the same figure told again
    ("An attack on a market in Zamfara on Sunday left a toll of 14 dead, police said.", [("14", "killed", None)]),
    ("Gunmen killed 14 villagers in Zamfara on Sunday. Police gave a toll of 14 dead.",
     [("14", "killed", None), ("14", "killed", "restated")]),
])
def test_a_toll_of_n_dead_from_another_source_is_disputed(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ADF rebels killed 12 civilians in Mangurujipa on Saturday night. The attack comes two weeks after another ADF "
     "attack on the village of Manzia, in which 8 people were killed.",
     [("12", "killed", None), ("8", "killed", "other_incident")]),
    ("Gunmen killed 9 farmers in Bokkos on Sunday. The killings came a month after a raid on Mushu, when 5 villagers "
     "died.", [("9", "killed", None), ("5", "killed", "other_incident")]),
    ("ADF rebels killed 12 civilians in Mangurujipa on Saturday night. This latest incident comes two weeks after "
     "another ADF attack on the village of Manzia, also in Lubero, in which 8 people were killed.",
     [("12", "killed", None), ("8", "killed", "other_incident")]),
    # guards: the story's own incident told in the relative clause, before the "comes … after"
    ("ADF rebels attacked Mangurujipa on Saturday night. The attack, in which 12 civilians were killed, comes two "
     "weeks after another ADF attack on Manzia.", [("12", "killed", None)]),
])
def test_a_relative_clause_of_an_earlier_incident_keeps_its_toll_aside(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Turkish drones killed nine PKK militants in northern Iraq on Tuesday. The PKK has been responsible for the "
     "deaths of more than 40,000 people.", [("nine", "killed", None), ("more than 40,000", "killed", "running_total")]),
    ("Turkish drones killed nine PKK militants in northern Iraq on Tuesday. The PKK is blamed for the deaths of more "
     "than 40,000 people.", [("nine", "killed", None), ("more than 40,000", "killed", "running_total")]),
    ("Boko Haram fighters killed nine farmers in Borno on Tuesday. The group has killed more than 3,000 people.",
     [("nine", "killed", None), ("more than 3,000", "killed", "running_total")]),
    # guards: the story's own toll told again as the group's blame; a figure not many times the story's own
    ("Boko Haram fighters killed nine farmers in Borno on Tuesday. The group was responsible for the deaths of the "
     "nine farmers, police said.", [("nine", "killed", None), ("nine", "killed", "restated")]),
    ("Boko Haram fighters killed nine farmers in Borno on Tuesday. The group has killed 20 people in the area.",
     [("nine", "killed", None), ("20", "killed", None)]),
])
def test_a_doers_record_many_times_the_stories_toll_is_a_running_total(text, expected):
    assert _rows(text) == expected


def _surfaces(text: str) -> list[str]:
    return [e.surface for e in extract_article(replace(_article(text), published_at=SEP_25)).estimates]


@pytest.mark.parametrize("text, expected", [
    ("On 20 November 2024, 3R rebels attacked a FACA position near Koui.", []),
    ("On 29 May 2024, clashes broke out between the Radaa Forces and the 444 Brigade in Tajoura.", []),
    ("Protesters burned a mast in Limassol after an online campaign against 5G networks.", []),
    ('"We stayed indoors until the morning," said Halima Nur, a mother of five.', []),
    ("Ali Musa, a 47-year-old father of six, was shot dead in Kano on Monday.", ["Ali Musa"]),
    # guards: a count of people after a group's name, a brigade counted in lower case, a family counted
    ("Gunmen killed a family of five in Kano on Monday.", ["five"]),
    ("On 20 November 2024, 3R rebels killed 12 civilians near Koui.", ["12"]),
    ("The army sent 3 brigades to Tajoura on Monday.", ["3"]),
])
def test_a_number_inside_a_name_is_no_estimate(text, expected):
    assert _surfaces(text) == expected
