"""Work done once instead of again (stop 71, issue 16's speed): the anchor words of dates found by one pattern pass,
a text lowered once for all its readers, a quote's words read for a title only when it is short enough to be one, and
the story's lead asked once whether it tells news of the day. What the extractors find stays as it was: these cases
hold before and after."""
from datetime import date, datetime, timezone

from etl.extract import dates, estimates
from etl.extract.dates import find_dates
from etl.extract.statements.items import Quote
from etl.extract.statements.quotes import is_speech
from etl.extract.text import lower
from tests import cases


def _anchors_one_find_per_word(text: str) -> list[tuple[int, int]]:
    """The anchor words as a `str.find` per name and per relative word gives them: what the pattern must match."""
    found = []
    for name in dates._anchor_names():
        i = text.find(name)
        while i != -1:
            found.append((i, i + len(name)))
            i = text.find(name, i + len(name))
    lowered = lower(text)
    for word in dates._RELATIVE_ANCHORS:
        i = lowered.find(word)
        while i != -1:
            found.append((i, i + len(word)))
            i = lowered.find(word, i + len(word))
    return sorted(found)


def test_anchor_words_are_those_a_find_per_name_gives():
    for text in ("On Monday, May 5, troops withdrew; by Christmas Eve the Boxing Day sales had begun.",
                 "MayJune and JanuaryFebruary run together; SUNDAY and sunday are no names, Sunday is.",
                 "Tonightonight, yesterday's todays and the Halloween parade in Maysville went ahead.",
                 "Valentine's Day, New Year's Eve, a Saturday night, 3 weeks ago, this morning."):
        assert dates._anchor_words.__wrapped__(text) == _anchors_one_find_per_word(text), text


def test_dates_are_still_found_at_their_anchors():
    published = date(2024, 12, 30)
    found = find_dates("Police said on Friday that 12 people died on 9 May 2020 and again last week.", published)
    assert [m.text for m in found] == ["Friday", "9 May 2020", "last week"]
    assert [m.date for m in found][:2] == [date(2024, 12, 27), date(2020, 5, 9)]


def test_lower_gives_the_same_lowered_text_to_every_reader():
    text = "İstanbul: ÉLAN said on Monday"
    doc = cases.text_doc(text, datetime(2024, 5, 6, tzinfo=timezone.utc))
    assert doc.lowered == lower(text) == "İstanbul: élan said on monday"
    assert lower(text) is lower(text)  # (remembered, not lowered again)


def test_a_short_quote_in_capitals_is_a_title_and_a_long_one_speech():
    title = "On “The Long Road Home,” Ortiz said"
    assert not is_speech(title, Quote(3, title.index(",") + 2, 0, True))
    speech = "“We Will Not Leave This Town Until Every Family Has A Roof Over Its Head,” she said"
    assert is_speech(speech, Quote(0, speech.index(",") + 2, 0, True))
    short = "“we will stay,” she said"
    assert is_speech(short, Quote(0, short.index(",") + 2, 0, True))
    question = "“Will We Stay?” she asked"
    assert is_speech(question, Quote(0, question.index("?") + 2, 0, True))


def _estimates(text: str, published: datetime) -> list:
    return estimates.extract(cases.text_doc(text, published), [], [])


def test_a_past_toll_after_a_lead_of_the_day_is_kept_aside():
    found = _estimates("A drone struck a fuel depot in the port on Sunday. No one was hurt, officials said. In March "
                       "2019, a rocket attack on the same depot killed three guards.",
                       datetime(2024, 6, 10, tzinfo=timezone.utc))
    killed = [e for e in found if e.value == 3.0]
    assert killed and killed[0].category == "other"


def test_a_story_of_past_incidents_keeps_their_toll():
    found = _estimates("In March 2019, a rocket attack on a fuel depot in the port killed three guards. A second "
                       "attack in April 2019 killed two more.", datetime(2024, 6, 10, tzinfo=timezone.utc))
    assert any(e.value == 3.0 and e.category == "killed" for e in found)
