"""Who did it, in one row per incident. The mentions of an incident merge into one row, whose actor comes from the
mention that tells it best: the doer the story tells ("A suicide bomber blew himself up") before a name someone's
words label a noun of the act with ("The White House condemned today's Taliban attack"), unless that label is all
that tells the doer, or the attack is what the other side's verb is done to ("forces repelled a Houthi attack"). A
time or a place before an event noun ("The Election Day attack", "Friday's Herat attack") is no doer at all, and no
side that keeps two mentions of one attack apart. A doer a later mention tells ("was carried out by al-Shabaab") fills
a row without one, and the subject of the incident's own verb stays its doer past a clause about it ("the gunmen,
who they believe were hired by a rival clan, opened fire"). Every text is our own."""
import pytest

from etl.extract.batch import extract_article
from tests.extract.test_events_wire import _article


def _assaults(text: str) -> list[tuple[str, str | None, int]]:
    """The attack rows of an article, with its statements read: what is told in someone's words is reported."""
    return [(e.trigger, e.actor, e.mentions) for e in extract_article(_article(text)).events
            if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, rows", [
    ("A suicide bomber blew himself up at the gate of the base, killing two guards. The White House condemned "
     "today's Taliban attack.", [("blew himself up", "suicide bomber", 4)]),
    ("A gunman opened fire on a crowd at a bus stop in Jerusalem on Thursday, killing three people. The European "
     "Union condemned the Hamas attack.", [("opened fire", "gunman", 3)]),
    ("Two gunmen opened fire on worshippers at a mosque in Kano on Friday, killing five. The governor condemned the "
     "Boko Haram attack.", [("opened fire", "gunmen", 3)]),
])
def test_a_label_in_someones_words_does_not_replace_the_doer_the_story_tells(text, rows):
    assert _assaults(text) == rows


@pytest.mark.parametrize("text, rows", [
    # the label is all that tells who did it
    ("A car bomb exploded outside a police station in Mosul, killing nine officers. The United Nations condemned the "
     "Islamic State bombing.", [("bombing", "Islamic State", 4)]),
    # the attack the other side repelled: its label names the attackers
    ("Government forces repelled a Houthi attack on their positions in Marib on Sunday, the ministry said.",
     [("attack", "Houthi", 2)]),
    # a doer the text lays the act to comes first
    ("Gunmen killed six people at a market in Jos on Sunday. Police said Sunday's shooting was carried out by "
     "bandits.", [("killed", "bandits", 2)]),
    # a label the story itself gives, no one's words
    ("Militants ambushed an army convoy near Gao, killing six soldiers. The president denounced the jihadist ambush.",
     [("ambushed", "Militants", 3)]),
])
def test_a_label_still_tells_the_doer_where_nothing_else_does(text, rows):
    assert _assaults(text) == rows


@pytest.mark.parametrize("text, rows", [
    ("Militants attacked polling stations in Kunduz on Saturday, killing four voters. The Election Day attack was "
     "condemned by the UN.", [("killing", "Militants", 2)]),
    ("The Election Day attack killed four voters at a polling station in Kunduz. Witnesses said the attack began at "
     "dawn.", [("attack", None, 3)]),
])
def test_a_named_day_before_an_event_noun_is_no_doer(text, rows):
    assert _assaults(text) == rows


@pytest.mark.parametrize("text, rows", [
    ("Gunmen opened fire on a wedding party in Herat on Friday, killing 11 guests. Friday's Herat attack was the "
     "deadliest this year.", [("opened fire", "Gunmen", 3)]),
    # the place told as a doer kept the two mentions of the attack apart
    ("Gunmen attacked a bus in Kabul on Tuesday. Tuesday's Kabul attack killed eight passengers.",
     [("attacked", "Gunmen", 3)]),
])
def test_the_town_before_an_event_noun_is_where_not_who(text, rows):
    assert _assaults(text) == rows


@pytest.mark.parametrize("text, rows", [
    # guards: a later mention's doer fills a row without one
    ("Gunfire killed nine people at a hotel in Mogadishu on Tuesday. The attack was carried out by al-Shabaab, police "
     "said.", [("killed", "al-Shabaab", 3)]),
    ("Five villagers were killed in an attack on Tuesday in Ituri province. The attack was blamed on ADF rebels.",
     [("attack", "ADF rebels", 3)]),
    # guards: the verb's subject, not who a clause about it names
    ("Police said the gunmen, who they believe were hired by a rival clan, opened fire on the market, killing six "
     "people.", [("opened fire", "gunmen", 2)]),
    ("Soldiers said the militants, who they suspect were trained by foreign fighters, stormed the base at dawn, "
     "killing four.", [("stormed", "militants", 2)]),
    # guard: a day before the first noun takes nothing from the doer a later verb tells
    ("Yesterday's attack on a convoy in Gao killed four soldiers. Jihadists ambushed the convoy as it left the base.",
     [("ambushed", "Jihadists", 3)]),
])
def test_a_doer_told_later_or_past_a_clause_stays_the_rows(text, rows):
    assert _assaults(text) == rows
