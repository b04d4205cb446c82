"""A dateline after the line of a headline (stop 51): "Thai junta frees ex-minister", then "BANGKOK (AP) — …". Every
text is our own."""
from datetime import date, datetime, timezone

import pytest

from etl.extract.batch import extract_article
from etl.extract.datelines import find_dateline
from tests.extract.test_events_wire import _article, event_on

JUN_30 = datetime(2014, 6, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, place, paragraph", [
    ("Thai junta frees ex-minister\nBANGKOK (AP) — Soldiers detained a former minister.", "BANGKOK", 1),
    ("Clinton calls for a ban on assault weapons.\n\nNEW YORK, Nov. 19 (UPI) — Hillary Clinton said on Thursday …",
     "NEW YORK", 1),
    ("KABUL (AP) — Soldiers detained a former minister.", "KABUL", 0),
])
def test_a_dateline_opens_the_article_or_the_paragraph_after_its_headline(text, place, paragraph):
    found = find_dateline(text, date(2014, 6, 30))
    assert (found.place.text, found.paragraph) == (place, paragraph)


@pytest.mark.parametrize("text", [
    "Police said on Monday.\nThey - Soldiers detained a former minister.",
    "A long first paragraph that goes on. And on.\nThe army said nothing.",
])
def test_no_dateline_where_no_capitals_before_a_dash_open_the_second_line(text):
    assert find_dateline(text, date(2014, 6, 30)) is None


def test_the_lead_after_a_headline_takes_the_dateline_s_place():
    text = "Thai junta frees ex-minister\nBANGKOK (AP) — Soldiers detained a former minister at a press conference."
    event = event_on(text, "detained", JUN_30)
    assert (event.location, event.location_country) == ("BANGKOK", "THA")


def test_what_was_said_after_a_headline_s_dateline_starts_after_it():
    text = ("Budget office sees deficit rise.\n\nWASHINGTON (AP) — The deficit will rise next year, the "
            "Congressional Budget Office reported on Tuesday.")
    [said] = extract_article(_article(text)).statements
    assert said.content == "The deficit will rise next year"
