"""One reading of where a story starts (stop 71): statements, events and estimates take the headline's line and the
lead from `datelines.opening`. Before, each read its own: a line of 21 to 25 words was a headline to the events' lead
and none to statements and estimates; a page's furniture above the headline ("Updated 9.15am AEDT") was the headline
to statements, so the real headline's cue gave a statement; a stray dotted capital above the headline was the headline
to estimates, so the headline's count was kept and the story's own set aside. Every text is our own."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from etl.extract import statements
from etl.extract.batch import extract_article
from etl.extract.datelines import Opening, lead_paragraph, opening
from etl.extract.text import Doc
from tests.cases import text_doc

MAY_4 = datetime(2025, 5, 4, tzinfo=timezone.utc)
STORY = "The army said on Sunday that rebels had shelled the border town of Kelo overnight, killing four civilians."
MORE = "Residents fled to the hills, a local official said."


def _words(n: int) -> str:
    """A headline's line of n words closed by nothing: "Army says rebels shelled Kelo town …"."""
    return " ".join((["Army", "says", "rebels", "shelled", "Kelo"] + ["town"] * n)[:n])


@pytest.mark.parametrize("text, expected", [
    # (a headline's line of 19 words and 20 words; 1 word is a kicker, no headline; 21 and 26 words are the lead's)
    (f"{_words(19)}\n{STORY}\n{MORE}", Opening(0, 1)),
    (f"{_words(20)}\n{STORY}\n{MORE}", Opening(0, 1)),
    (f"Kelo\n{STORY}\n{MORE}", Opening(-1, 1)),
    (f"{_words(21)}\n{STORY}\n{MORE}", Opening(-1, 0)),
    (f"{_words(26)}\n{STORY}\n{MORE}", Opening(-1, 0)),
])
def test_a_headlines_line_is_of_twenty_words_at_most(text, expected):
    assert opening(text_doc(text, MAY_4)) == expected


@pytest.mark.parametrize("text, expected", [
    # (a dateline under a headline's line opens the lead; one that opens the text leaves no headline)
    (f"Army says rebels shelled Kelo\nKELO, Chad (AP) — {STORY}\n{MORE}", Opening(0, 1)),
    (f"KELO, Chad (AP) — {STORY}\n{MORE}", Opening(-1, 0)),
    (f"Updated 9.15am AEDT\nKELO, Chad — {STORY}\n{MORE}", Opening(-1, 1)),
    # (stray marks, a control character or a lone letter above the headline are no headline and hide none)
    (f"\u202e\nArmy says rebels shelled Kelo\n{STORY}\n{MORE}", Opening(1, 2)),
    (f"\u0130\nArmy says rebels shelled Kelo\n{STORY}\n{MORE}", Opening(1, 2)),
    (f"\ufeff \u200b\n\u2066\nArmy says rebels shelled Kelo\n{STORY}\n{MORE}", Opening(2, 3)),
    # (a page's furniture above and below the headline)
    (f"Updated 9.15am AEDT\nArmy says rebels shelled Kelo\nBy Jane Smith and Ali Khan\n{STORY}\n{MORE}",
     Opening(1, 3)),
])
def test_the_headline_and_lead_are_read_past_datelines_stray_marks_and_furniture(text, expected):
    assert opening(text_doc(text, MAY_4)) == expected


@pytest.mark.parametrize("text", [
    f"{STORY}\n{MORE}",  # a story that opens with its lead
    STORY,  # a story of one paragraph
    "Army says rebels shelled Kelo",  # a headline's shape, and nothing below it
    "\u202e\n\u0130\n",  # no words at all
    "",
])
def test_a_text_with_no_headline_opens_with_its_lead(text):
    assert opening(text_doc(text, MAY_4)).headline == -1
    assert lead_paragraph(text_doc(text, MAY_4)) == 0


def test_a_line_that_repeats_the_articles_title_is_its_headline_however_long_and_closed():
    title = "Rebels shelled the border town of Kelo overnight and four civilians were killed, the army says 'at last'"
    text = f"{title[:-1]}.'\n{STORY}\n{MORE}"  # (the title's closing quote after its period)
    doc = Doc(replace(text_doc(text, MAY_4).article, title=title))
    assert opening(doc) == Opening(0, 1)
    assert opening(text_doc(text, MAY_4)) == Opening(-1, 0)  # (an article of no title: a sentence, no headline)


@pytest.mark.parametrize("text", [
    "Updated 9.15am AEDT\nPolice say three men held after riot in port\nPolice arrested three men on Sunday after a "
    "riot in the port, a spokesman said.",
    "Last updated: 4 May 2025\nMinister says troops will stay in the north\nThe defence minister told parliament on "
    "Tuesday that the troops would remain in the region until the elections.",
])
def test_the_cue_of_a_headline_under_a_pages_furniture_gives_no_statement(text):
    found = statements.extract(text_doc(text, MAY_4))
    assert [s.content for s in found if s.content_start < text.index("\n", text.index("\n") + 1)] == []
    assert len(found) == 1  # (the story's own)


@pytest.mark.parametrize("text, surface", [
    ("\u0130\nBomb kills 12 in crowded market\nA bomb killed 12 people in a crowded market on Sunday, police said.",
     "12"),
    ("\u0130\nFerry sinking leaves 30 dead\nThirty passengers died when a ferry sank off the coast on Sunday, the "
     "coastguard said.", "Thirty"),
])
def test_a_count_of_the_headline_under_a_stray_letter_is_not_the_storys_own(text, surface):
    found = extract_article(text_doc(text, MAY_4).article).estimates
    kept = [(e.surface, e.start > text.index("\n", 2)) for e in found if e.aside is None]
    assert kept == [(surface, True)]


@pytest.mark.parametrize("text, expected", [
    # (a line of 21 to 25 words is no headline: the lead is the text's first paragraph, as statements read it)
    (f"{_words(22)}\n{STORY}\n{MORE}", 0),
    (f"{_words(25)}\n{STORY}\n{MORE}", 0),
    # (guards: a short headline's line, and a long one)
    (f"{_words(6)}\n{STORY}\n{MORE}", 1),
    (f"{_words(30)}\n{STORY}\n{MORE}", 0),
])
def test_the_events_lead_is_below_a_headline_of_the_same_reading(text, expected):
    assert lead_paragraph(text_doc(text, MAY_4)) == expected
