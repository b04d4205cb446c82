"""Figures of an incident told with its own past date ("Last month, 30 people were killed …") belong to that
incident's event. The texts are our own."""
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article

FEB_13 = datetime(2024, 2, 13, tzinfo=timezone.utc)


def _figures(text: str) -> list[tuple[float, str, date | None]]:
    """(value, category, date of the linked event) of each estimate."""
    found = extract_article(replace(_article(text), published_at=FEB_13))
    dates = {e.event_id: e.date for e in found.events}
    return [(s.value, s.category, dates.get(s.event_id)) for s in found.estimates]


@pytest.mark.parametrize("text, figure", [
    ("Last month, 30 people were killed by gunmen in the Bandiagara area.", (30, "killed", date(2024, 1, 1))),
    ("Gunmen killed 12 villagers in central Mali on Sunday. Last month, 30 people were killed by gunmen in the "
     "Bandiagara area.", (30, "other", date(2024, 1, 1))),
    ("Gunmen killed 12 villagers in central Mali on Sunday. Last month, 30 people were injured by gunmen near Mopti.",
     (30, "wounded", date(2024, 1, 1))),
])
def test_a_figure_told_with_the_date_of_its_incident_is_of_that_incident(text, figure):
    assert figure in _figures(text)


def test_the_story_s_own_figure_stays_with_the_day_s_event():
    text = "Gunmen killed 12 villagers in central Mali on Sunday. Last month, 30 people were killed near Mopti."
    assert (12, "killed", date(2024, 2, 11)) in _figures(text)


def test_a_toll_over_the_first_months_of_a_year_is_of_no_event():
    text = ("On Monday, gangs tried to seize the airport in Port-au-Prince. The U.N. says more than 1,500 people were "
            "killed in gang violence in the first three months of the year.")
    # (and kept aside as a running total, even as the story's only figure of the dead: stop 68)
    assert (1500, "other", None) in _figures(text)


@pytest.mark.parametrize("text, figures", [
    ("Inmates took more than 130 guards hostage, and two police officers were shot dead in Nobol, police said.",
     [(130, "captured"), (2, "killed")]),
    ("334 hostages and 31 assailants were killed.", [(334, "killed"), (31, "killed")]),
])
def test_the_object_of_a_verb_set_off_by_a_comma_keeps_its_own_harm(text, figures):
    assert [(value, category) for value, category, _ in _figures(text)] == figures


@pytest.mark.parametrize("text, figures", [
    ("Suicide bombers attacked a market in Damboa, killing a soldier and two civilians. At least 31 people were "
     "killed in total.", [(1, "other"), (2, "other"), (31, "killed")]),
    ("Gunmen killed two soldiers in Kano. In all, 12 people were killed in attacks across the state.",
     [(2, "other"), (12, "killed")]),
    ("Gunmen killed two soldiers in Kano. Three civilians were killed in all three attacks.",
     [(2, "killed"), (3, "killed"), (3, "other")]),
    ("On 28 April, 183 refugees arrived in Valencia. The state has received 2,100 refugees in total.",
     [(183, "displaced"), (2100, "displaced")]),
])
def test_a_total_holds_the_figures_told_before_it(text, figures):
    assert [(value, category) for value, category, _ in _figures(text)] == figures
