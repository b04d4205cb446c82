"""Killed sums count the story's own dead once (stop 72): the dead of an earlier incident told by a month that ended
before the story's day, or set off as what a day "after" the story's event someone killed, or in a relative clause of
incidents the event followed; a war's toll whose subject is the war past what it was between; a rate told after its
verb; a running total whose span closes a long clause; the dead mourned at a vigil the story's event came after; and
the dead a court's verdict is of, are kept aside as `other`. Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.cases import killed
from tests.extract.test_events_wire import _article

SEP_3 = datetime(2024, 9, 3, tzinfo=timezone.utc)


def _rows(text: str) -> list[tuple[str, str, str | None]]:
    found = extract_article(replace(_article(text), published_at=SEP_3))
    return [(e.surface, e.category, e.aside) for e in found.estimates]


def _killed(text: str) -> int:
    """The article's sum of the dead, as the shared scorer counts it."""
    return killed(text, SEP_3)


@pytest.mark.parametrize("text, expected", [
    # a month that opens the sentence and ended before the story's own day (Sunday, September 1)
    ("Gunmen killed six soldiers at a checkpoint near Mopti on Sunday. In August, an ambush near Sevare killed eleven "
     "soldiers, the army said.", 6),
    ("Bandits shot dead four traders on a road in Katsina on Monday, police said. In August, attackers on motorbikes "
     "killed 23 villagers in the same district.", 4),
    # a doer and its verb set off by "a day after" the story's clause
    ("Twelve people were injured when a grenade exploded at a market in Srinagar on Sunday. The attack came days after "
     "militants killed two workers in Ganderbal, and a day after troops killed a rebel in Sopore.", 0),
    ("Militants stormed a village in Borno on Tuesday, killing seven farmers, a day after soldiers killed 20 "
     "insurgents in the area.", 7),
    # incidents the story's event followed, in a relative clause of them
    ("Gunmen killed four police officers at a checkpoint in Mandera on Monday, police said. It was the second attack "
     "in the county this month, following raids in Rhamu and Takaba in which five reservists were killed.", 4),
    ("Troops killed nine militants in a raid in Borno on Tuesday, the army said. The raid came after an ambush near "
     "Damboa in which six soldiers died.", 9),
    # a relative clause of no date of its own, of what its sentence dated before the story's own day
    ("Gunmen killed five villagers in Kidal on 1 September, residents said. Gao was hit on 27 August by a suicide "
     "attack on a military camp that killed more than 30 people.", 5),
    ("Troops killed 14 militants in an operation in Sokoto on Monday. The operation followed a raid by gunmen on a "
     "market on 28 August which killed 22 traders.", 14),
    # a court report: the dead its verdict is of, and those told again on their day of the past
    ("A court in Galle on Friday sentenced two men to death after finding them guilty of the murder of two guards. "
     "Prosecutors said the men shot dead the two guards at a warehouse on 3 May 2020.", 0),
    ("A man has been found guilty of murdering a shopkeeper who was stabbed during a robbery in Bradford two years "
     "ago. He died in hospital the next day.", 0),
    # a war the subject of the verb, past what it was between or where it was
    ("Two police officers were killed when a bomb exploded in Ain Defla on Monday. Violence has fallen since the "
     "1990s, when a civil war between the army and Islamist rebels killed about 150,000 people.", 2),
    ("Two soldiers were killed on Sunday in Tarik. A war between the state and rebels killed some 60,000 people in "
     "the 1990s.", 2),
    # a rate told after the verb of its count
    ("Gunmen killed nine people at a bar in Durban on Sunday. The country has a high murder rate, with about 60 people "
     "killed every day, police figures show.", 9),
    ("Police shot dead three robbers in Karachi on Monday, officials said. About 40 people die in road crashes every "
     "day in the country, according to official figures.", 3),
    ("A landmine killed two herders near Kandahar on Sunday. Around 100 people are killed each month by old mines in "
     "Afghanistan, a charity said.", 2),
    ("A bomb killed four people at a bus station in Quetta on Monday. About 30 people are killed in such attacks in "
     "the province every month, officials said.", 4),
    # a span that closes a long clause
    ("Nine people were killed in an ambush on the highway on Monday, police said. More than 120 people have been "
     "killed in clan fighting in Hela and neighbouring Enga province in the past 12 months, according to police.", 9),
    ("Gunmen killed 40 people in Zamfara on Sunday. More than 600 people have died in attacks by armed gangs on "
     "villages across the northwest in the past two years, officials said.", 40),
])
def test_background_dead_are_not_the_story_s_toll(text, expected):
    assert _killed(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the dead a vigil or a funeral the story's event came after was for
    ("Ten people were arrested after clashes in Leeds on Saturday night that followed a vigil for a 17-year-old boy "
     "who died in a car crash last week.", [("Ten", "arrested", None), ("a 17-year-old boy", "other", "cause")]),
    ("Youths threw stones at officers in Nanterre on Friday after the funeral of two teenagers killed in a police "
     "chase on Tuesday.", [("two", "other", "cause")]),
    # the dead a court's verdict is of
    ("A court in Jaffna on Tuesday sentenced three former policemen to life in prison after finding them guilty of "
     "the murder of two farmers at Point Pedro in 2019.",
     [("three", "other", None), ("two", "other", "other_incident")]),
    ("A 41-year-old man was convicted on Monday of killing a security guard who was shot during a robbery in Leeds "
     "in March 2023.", [("a security guard", "other", "other_incident")]),
])
def test_the_dead_a_mourning_or_a_verdict_is_of_are_kept_aside(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: the story's dead mourned, charged, or told in its lead after "following"; a month that holds the day
    ("A vigil was held on Sunday for the three people killed in Saturday's shooting at the mall.", 3),
    ("A man was charged on Monday with murdering three people in a stabbing in Leeds on Saturday.", 3),
    ("Police arrested five men on Monday following an attack in Kano in which 12 worshippers were killed.", 12),
    ("Earlier this month, gunmen killed 14 people in an attack on a market in Gao, officials said.", 14),
    ("Fighting in the war zone killed five civilians on Monday, the governor said.", 5),
    ("Gunmen stormed a village in Kidal on Sunday in an attack that killed nine people.", 9),
    ("Three people were killed in an attack on a bus a day after the election, police said.", 3),
])
def test_the_story_s_own_dead_are_counted(text, expected):
    assert _killed(text) == expected
