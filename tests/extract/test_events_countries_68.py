"""Whose country an event's party is (stop 68): a demonym that closes a person's full name after a first name is the
person's surname ("UN human rights chief Volker Türk", "Comedian Dawn French"), no nationality; a nationality before
a role ("French President Emmanuel Macron") or a people ("Ottoman Turks") still tells one. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on

JUL_28 = datetime(2024, 7, 28, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, country", [
    ("UN human rights chief Volker Türk urged both sides to exercise restraint.", "urged", None),
    ("Comedian Dawn French criticised the government on Monday.", "criticised", None),
    ("Senator Daniel English condemned the decision on Monday.", "condemned", None),
    # guards: a nationality before the role, a people, a country's name
    ("French President Emmanuel Macron condemned the decision on Monday.", "condemned", "FRA"),
    ("Turkish President Recep Tayyip Erdogan condemned the decision on Monday.", "condemned", "TUR"),
    ("Ottoman Turks killed 1.5 million Armenians in 1915.", "killed", "TUR"),
])
def test_a_surname_is_no_nationality(text, trigger, country):
    assert event_on(text, trigger, JUL_28).actor_country == country
