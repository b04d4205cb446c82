"""Who did what to whom (stop 66): a body's own men named by a possessive in the clause its reporting verb opens are
that body ("Hezbollah said its fighters had fired rockets": Hezbollah, with its country), but not another's men nor
anyone's men who are no subject of the act. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

FEB_21 = datetime(2024, 2, 21, tzinfo=timezone.utc)


def _parties(text: str, trigger: str) -> tuple[str | None, str | None, str | None]:
    [event] = [e for e in events_of(text, FEB_21) if e.trigger == trigger]
    return event.actor, event.actor_country, event.target


@pytest.mark.parametrize("text, trigger, parties", [
    ("BEIRUT — Hezbollah said its fighters had fired rockets at Israeli troops near Maroun al-Ras.", "fired",
     ("Hezbollah", "LBN", "Israeli troops")),
    ("The army said its troops had killed 12 militants near Beledweyne on Monday.", "killed",
     ("army", None, "militants")),
    ("Al-Shabaab claimed that its fighters had killed 20 soldiers near Beledweyne.", "killed",
     ("Al-Shabaab", "SOM", "soldiers")),
    ("The ministry said on Monday that its forces had arrested 30 suspects in Kismayo.", "arrested",
     ("ministry", None, "suspects")),
    ("The rebels said their fighters had seized the town of Kibumba on Sunday.", "seized",
     ("rebels", None, "town of Kibumba")),
    ("The group said in a statement that its members attacked a convoy near Gao.", "attacked",
     ("group", None, "convoy")),
    # guards: another's troops; the speaker's men as the target; a person's men
    ("The army said Russian troops had shelled the village on Sunday.", "shelled", ("Russian troops", "RUS", "village")),
    ("The army said its positions were shelled by the rebels on Sunday.", "shelled", ("rebels", None, "its positions")),
    ("The mayor said his men had repelled the attack on Sunday.", "repelled", ("his men", None, "attack")),
])
def test_a_bodys_own_men_are_that_body(text, trigger, parties):
    assert _parties(text, trigger) == parties
