"""The speaker of a statement as the actor of the act it tells of itself (stop 63): "X said it …" names X, also when
X is a country a name dictionary has for a first name ("India", "Jordan"), when a document stands between ("said in
a statement that it"), and when the pronoun is the speaker of a cue that is the event ("It also welcomed the
truce"). Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from etl.records import Event
from tests.extract.test_events_wire import _article

MAR_5 = datetime(2024, 3, 5, tzinfo=timezone.utc)


def event_on(text: str, trigger: str) -> Event:
    """The one event of trigger `trigger`, extracted with the article's statements, whose speakers it reads."""
    [found] = [e for e in extract_article(replace(_article(text), published_at=MAR_5)).events if e.trigger == trigger]
    return found


@pytest.mark.parametrize("text, trigger, actor, canonical, country", [
    ("India said it would send troops to the border.", "send", "India", "India", "IND"),
    ("India said it had sent troops to the border.", "sent", "India", "India", "IND"),
    ("Jordan said it had deployed troops to the border.", "deployed", "Jordan", "Jordan", "JOR"),
    ("The Foreign Ministry said in a statement on Tuesday that it welcomed the agreement.", "welcomed",
     "Foreign Ministry", "Foreign Ministry", None),
    ("The ministry said it backed the plan. It also welcomed the truce.", "welcomed", "It", "ministry", None),
    # guards: a person's first name, and a speaker already read
    ("Germany said on Tuesday that it welcomed the plan.", "welcomed", "Germany", "Germany", "DEU"),
    ("The army said it had arrested 12 suspects.", "arrested", "army", "army", None),
])
def test_the_speaker_acts_by_its_pronoun(text, trigger, actor, canonical, country):
    event = event_on(text, trigger)
    assert (event.actor, event.actor_canonical, event.actor_country) == (actor, canonical, country)


def test_a_person_named_like_a_country_is_no_speaker_of_they():
    event = event_on("Jordan Smith said they attacked the convoy.", "attacked")
    assert event.actor == "they"
