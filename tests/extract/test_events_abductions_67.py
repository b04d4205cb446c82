"""Captives led or dragged off ("were led away at gunpoint", "dragged away three passengers") and herded to where
their captors hide, in the active or the passive ("Ten villagers were herded into the forest", "were marched into the
forest by gunmen") are ASSAULT (abduct); a crowd that marches into a forest itself, cattle driven and goats herded, and
a convict led away are not. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import events_of

MAR_12 = datetime(2024, 3, 12, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [(e.trigger, e.event_type, e.event_mode, e.actor, e.target) for e in events_of(text, MAR_12)]


@pytest.mark.parametrize("text, rows", [
    ("Ten villagers were herded into the forest by gunmen in Birnin Gwari on Sunday.",
     [("herded", "ASSAULT", "abduct", "gunmen", "villagers")]),
    ("Ten villagers were marched into the forest by gunmen in Birnin Gwari on Sunday.",
     [("marched", "ASSAULT", "abduct", "gunmen", "villagers")]),
    ("Gunmen herded the villagers into the forest near Birnin Gwari on Sunday.",
     [("herded", "ASSAULT", "abduct", "Gunmen", "villagers")]),
    ("Twelve farmers were led away at gunpoint by bandits in Tsafe on Sunday.",
     [("led away", "ASSAULT", "abduct", "bandits", "farmers")]),
    ("Bandits dragged away three passengers from a bus near Kaduna on Sunday.",
     [("dragged away", "ASSAULT", "abduct", "Bandits", "passengers")]),
    # guards: a crowd that goes itself; animals; a convict led from the dock
    ("Students marched into the forest near Ibadan on Sunday to protest logging.",
     [("protest", "PROTEST", "demo", "Students", "logging")]),
    ("Herders drove cattle into the forest near Birnin Gwari on Sunday.", []),
    ("Farmers herded their goats into the hills near Jos on Sunday.", []),
    ("The suspect was led away in handcuffs after the verdict in London on Tuesday.", []),
])
def test_captives_led_and_herded_away(text, rows):
    assert _rows(text) == rows
