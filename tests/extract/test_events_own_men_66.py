"""Who did what to whom (stop 66): a group's own people told by a possessive after its reporting verb ("Hezbollah
said its fighters had fired rockets") are the group's people, and of the group's country when it is an armed group
of one country (the surface stays "its fighters", as stop 60 has it). Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_war_60 import _article


@pytest.mark.parametrize("text, trigger, party", [
    ("BEIRUT — Hezbollah said its fighters had fired rockets at Israeli troops near Maroun al-Ras.", "fired",
     ("its fighters", "Hezbollah fighters", "LBN")),
    ("Al-Shabaab claimed that its fighters had killed 20 soldiers near Beledweyne.", "killed",
     ("its fighters", "Al-Shabaab fighters", "SOM")),
    # guards: a country's army keeps the country of its name; an army of no country named has none
    ("The Sudanese army said its aircraft struck RSF positions east of El Fasher on Thursday.", "struck",
     ("its aircraft", "Sudanese army aircraft", "SDN")),
    ("The army said its troops had killed 12 militants near Beledweyne on Monday.", "killed",
     ("its troops", "army troops", None)),
])
def test_a_groups_own_people_are_of_its_country(text, trigger, party):
    [found] = [e for e in extract_article(_article(text)).events if e.trigger == trigger]
    assert (found.actor, found.actor_canonical, found.actor_country) == party
