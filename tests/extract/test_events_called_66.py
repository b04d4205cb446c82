"""Who names a person's killing with a verb of calling ("called his murder an attack on justice") gives it a name,
and is no doer of it; a body that calls its own strike still strikes. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.extract.test_events_wire import event_on

JAN_17 = datetime(2024, 1, 17, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, trigger, actor", [
    ('GUAYAQUIL — A prosecutor was shot dead in Guayaquil on Wednesday. Attorney General Diana Salazar called his '
     'murder "an attack on the whole justice system."', "shot dead", None),
    ("A lawyer was shot dead in Karachi on Monday. Activists called his killing a political crime.", "shot dead",
     None),
    # guards: a body's own strike it calls; a strike called anew
    ("The union called its strike for Monday.", "strike", "union"),
    ("The union called a strike in Lagos on Monday.", "strike", "union"),
])
def test_who_calls_a_killing_by_a_name_did_not_do_it(text, trigger, actor):
    assert event_on(text, trigger, JAN_17).actor == actor
