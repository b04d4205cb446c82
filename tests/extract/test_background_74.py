"""The dead of what a story's news came after (stop 74): a span "after" an incident opening the sentence of a present
news ("One month after gunmen killed 14 worshippers, residents say …"), and the dead of a relative clause of an
incident its clause dates to a year before the story's ("the 2014 bombings in the city, when more than 100 people
died"), are kept aside as `other_incident`, however the story opens. A span set off before the sentence's own clause,
and an incident of the story's year, stay the story's. Every text is our own."""
from datetime import datetime, timezone

import pytest

from tests.cases import killed

NOV_10 = datetime(2025, 11, 10, tzinfo=timezone.utc)


def _killed(text: str) -> float:
    """The article's sum of the dead, as the shared scorer counts it."""
    return killed(text, NOV_10)


@pytest.mark.parametrize("text, expected", [
    # a span "after" opening the sentence of a present news
    ("One month after gunmen killed 14 worshippers at a church in Owo, residents say they still live in fear. No "
     "arrests have been made.", 0),
    ("Six months after a landslide killed 40 people in the village, families are still waiting for the aid they were "
     "promised.", 0),
    ("A year after the blast that killed 200 people at the port, the harbour reopened to ships on Monday.", 0),
    # a relative clause of an incident of a year before the story's
    ("A suicide bomber killed seven people at a checkpoint in Maiduguri on Monday. The attack recalled the 2014 "
     "bombings in the city, when more than 100 people died in a single week.", 7),
    ("Monday's blast, which killed nine people, was the worst in the city since the 2017 truck bombing, in which more "
     "than 500 people died.", 9),
    ("Gunmen killed 12 villagers in Kauru on Saturday. It was the deadliest attack on the area since 2016, when "
     "militants killed 30 people in a raid on the market.", 12),
])
def test_the_dead_of_what_the_news_came_after(text: str, expected: float) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a span set off before the sentence's own clause tells when its news happened
    ("Hours after the ceasefire began, gunmen killed three people in the village, police said.", 3),
    ("One day after the election, protesters clashed with police in the capital and four people were killed.", 4),
    # a year of the story's own
    ("Gunmen killed six people in the town on Sunday, the first attack there since 2019.", 6),
    ("Floods in the north have killed 11 people this week, after the 2025 rainy season, in which dozens of homes were "
     "lost, began early.", 11),
])
def test_the_news_after_a_span_stays_counted(text: str, expected: float) -> None:
    assert _killed(text) == expected
