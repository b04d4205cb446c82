"""Abductions told in the passive "taken from" a place or with a phrasal verb ("whisked away", "carried away") and
captives "marched into the bush" are ASSAULT (abduct) with the victims as target; the wounded taken to care, a crowd
that marches and a flood that carries homes away are not. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

MAR_12 = datetime(2024, 3, 12, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [(e.trigger, e.event_type, e.event_mode, e.actor, e.target) for e in events_of(text, MAR_12)]


@pytest.mark.parametrize("text, rows", [
    ("SOKOTO — On Saturday, 15 children were taken from an Islamiyya school in Gidan Bakuso, Sokoto State.",
     [("taken from", "ASSAULT", "abduct", None, "children")]),
    ("SOKOTO — On Saturday, gunmen whisked away 15 children from an Islamiyya school in Gidan Bakuso.",
     [("whisked away", "ASSAULT", "abduct", "gunmen", "children")]),
    ("Six farmers were carried away by bandits near Gusau on Sunday.",
     [("carried away", "ASSAULT", "abduct", "bandits", "farmers")]),
    ("A community leader said the bandits went from house to house and marched women, children and elderly men into "
     "the bush.", [("marched", "ASSAULT", "abduct", "bandits", "women")]),
    # guards: the wounded brought to care; a flood; a crowd that marches
    ("Five children were taken from the scene to a hospital in Kaduna on Sunday.", []),
    ("Floods carried away homes and livestock near Gusau on Sunday.", []),
    ("Thousands of students marched into the city centre on Sunday.",
     [("marched", "PROTEST", "demo", "students", None)]),
])
def test_abductions_in_the_passive_and_phrasal_verbs(text, rows):
    assert _rows(text) == rows


def test_captives_marched_into_the_bush_are_the_abduction_told_before():
    text = ("KADUNA — Bandits abducted 40 villagers in Kajuru on Monday. Residents said the gunmen marched women and "
            "children into the bush.")
    [event] = events_of(text, MAR_12)
    assert (event.trigger, event.event_mode, event.mentions) == ("abducted", "abduct", 2)
