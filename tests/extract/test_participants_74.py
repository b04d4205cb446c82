"""Who did what to whom in news (stop 74): an incident told by a verb of going into a place and then by what the
attackers did to the people there ("burst into a bar and opened fire on customers") struck those people, not the
building; the subject of a relative clause after "members of", "supporters of" is those members ("supporters of the
party who had gathered": the supporters gathered). Every text is our own."""
from datetime import datetime, timezone

import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import published_doc

DEC_7 = datetime(2026, 12, 7, tzinfo=timezone.utc)


def _events(text: str):
    return extract_article(published_doc(text, DEC_7).article).events


def _event(text: str, trigger: str):
    [event] = [e for e in _events(text) if e.trigger == trigger]
    return event


def _holding(text: str, word: str):
    """The one event whose trigger is `word` or which has a mention of it (a merged incident)."""
    found = extract_article(published_doc(text, DEC_7).article)
    ids = {m.event_id for m in found.event_mentions if m.trigger == word}
    [event] = [e for e in found.events if e.event_id in ids]
    return event


@pytest.mark.parametrize("text, word, target", [
    ("Masked men burst into a cafe in the town of Rivas late on Friday and opened fire on diners, officials said.",
     "opened fire", "diners"),
    ("Bandits raided a church in Kaduna on Sunday, kidnapping 20 worshippers and killing the pastor.",
     "kidnapping", "worshippers"),
    ("Two gunmen stormed a wedding hall near the market and shot at the guests, witnesses said.", "shot", "guests"),
    # guards: the dead of a toll do not displace the place stormed; nor do people a later sentence tells of; nor a
    # thing burnt there
    ("Militants stormed an army post near the border on Sunday, killing seven soldiers, the army said.", "stormed",
     "army post"),
    ("Gunmen stormed a hotel in the capital on Friday. The guests hid in their rooms for hours.", "stormed", "hotel"),
    ("Fighters raided the village of Kora on Friday night, setting homes on fire, officials said.", "raided",
     "village of Kora"),
])
def test_the_people_turned_on_after_going_into_a_place_are_the_target(text, word, target):
    assert _holding(text, word).target == target


@pytest.mark.parametrize("text, trigger, actor", [
    ("Police on Monday detained at least 30 supporters of the opposition party who had gathered at its offices to "
     "protest against the arrest of their leader.", "gathered", "supporters of the opposition party"),
    ("Police dispersed hundreds of followers of the cleric who marched on the governor's office on Friday.",
     "marched", "followers of the cleric"),
    ("Troops killed four members of the local militia who had attacked a convoy near Beni.", "attacked",
     "members of the local militia"),
    # guards: a noun of no part of a group before "of" (the relative clause tells of the noun after it); a plain
    # relative clause
    ("Police arrested the son of a farmer who had attacked a tax collector.", "attacked", "farmer"),
    ("Police dispersed hundreds of students who marched on the ministry on Friday.", "marched", "students"),
    # … nor one person after "of", or a verb of one after "who"
    ("On Monday, a protest was held in the town by family members of a newborn boy who died after a delay at the "
     "clinic.", "died", "newborn boy"),
])
def test_the_subject_of_a_relative_clause_after_members_of_is_the_members(text, trigger, actor):
    assert _event(text, trigger).actor == actor
