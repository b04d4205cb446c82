"""Date expressions in text → calendar dates with their precision, relative ones resolved against publication.

"On 9 May 2020", "2024-06-12" and "December 26th" give a day; "in June" and "June 2024" a month; "last week"
a week (its Monday); "last year" and "since 2022" a year; a fixed-day holiday its day ("on Christmas Eve", "a New
Year's message"). A weekday before a date ("Monday, December 2") gives way to the date, and one that is a first name
("Mr Sunday Choji", "Governor Monday Okpebholo") is none; a day or month after "since" is the latest one up to
publication ("since January" is never next January); a span of days ("3-5 March")
is dated by its first day; "the past year" is the window up to publication, dated by the calendar year holding
most of it ("last year" is the year before). Relative expressions need the publication date: without it they are
still found (the words are kept) but the date stays empty with precision "none".
Numeric dates ("11/06/2017", "06.11.2017") are read in the order a part above 12 proves, else in the order the
article's other numeric dates prove (`order_in_text`), else in the source's `date_order` (see `date_order`), where
a reading past publication gives way to one before it; a dotted date puts the day first whatever the order, since
no convention writes the month first with dots.
Expressions relative to the narrative ("two days later", "the next day") are found with their `shift` and
no date: the events extractor anchors them on the date of the event before (`anchored`).
Own precompiled patterns only: dateparser costs milliseconds per call and these forms need none of it.
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import MAXYEAR, MINYEAR, date, datetime, timedelta
from functools import cache, lru_cache

from dateutil.easter import easter

from etl import contract
from etl.extract.numbers import digit_starts
from etl.extract.text import OPENING_QUOTE_MARKS, lower
from etl.extract.wordlists import alternation, tsv_rows

PRECISIONS = ("day", "week", "month", "year", "none")
# How a numeric date whose day and month are both 12 or less is read: day/month/year, month/day/year or
# year/month/day. The one place it is decided is `date_order`; dates_order.tsv holds the defaults.
DATE_ORDERS = contract.vocabulary("articles", "date_order")
# Years outside this range are counts or codes, not dates ("2500 protesters" is caught by the preposition rule).
_MIN_YEAR, _MAX_YEAR = 1800, 2100
# A numeric date whose order is a guess (`order_settled`) is read the other way round when that puts it within a
# month before publication and the guess more than two months before: the gap is clear, not a matter of days.
_RECENT, _STALE = timedelta(days=31), timedelta(days=58)
# An undated day or month could be before or after publication; news reports the past more often than it
# announces the future, so a future reading counts double its distance.
_FUTURE_WEIGHT = 2
# "May" and "March" are also a modal and a verb: alone, they are a month only after one of these.
_MONTH_PREPOSITIONS = frozenset("in since during by until from of before after through throughout early mid late "
                                "last next this".split())
_AMBIGUOUS_MONTHS = frozenset({"May", "March", "Mar"})
# a capitalised word that names no day or month, after a month's short name ("the Jan Meda market grounds")
_NAME_AFTER = re.compile(r" (?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
                         r"[A-Z][a-z]")
_FULL_MONTHS = frozenset(calendar.month_name[1:])  # ("the July Democratic convention" is July's)
_HOURS_A_DAY = 24  # "48 hours later": two days on
# What names the event an interval counts from: a determiner of the noun after it ("the day after the bombing")
_EVENT_NAMED = r"(?i:the|a|an|his|her|its|their)\s"
# ... or its clause ("hours after jihadists ambushed a convoy"); not a time of day ("hours before dawn"), which is
# no event the hours count from
_TIME_OF_DAY = r"(?i:midnight|noon|midday|dawn|dusk|daybreak|nightfall|sunrise|sunset)\b"
# Words of time before a holiday that make it a date ("on Christmas", "since New Year's Day"); "before" and
# "after" make it a bound ("the day after Christmas", "the week before Christmas"), no day of the event.
_HOLIDAY_PREPOSITIONS = frozenset("on since from".split())
# Determiners before a holiday that opens a noun phrase of this year's occasion ("a New Year's message", "his
# Christmas Day address"); "the" is left out: "the Boxing Day tsunami" may be the name of a past event.
_HOLIDAY_DETERMINERS = frozenset("a an his her its their our your my this".split())
_SEASONS = r"spring|summer|autumn|fall|winter"
_APOSTROPHES = re.compile(r"['’]")
_DIRECTION = r"(?:this\s+past|this\s+coming|last|past|previous|this|current|next|coming)"
# A year, or a word that places the day or month in a year, written in the expression ("June 2024", "next March")
_NAMED_YEAR = re.compile(r"\d{4}|\b(?:last|past|previous|this|current|next|coming)\b", re.IGNORECASE)
# A holiday as matched: its direction ("last Christmas"), its name, its year ("Christmas Day 2023").
_HOLIDAY_PARTS = re.compile(rf"(?:(?P<direction>{_DIRECTION})\s+)?(?P<name>.*?)(?:,?\s+(?P<year>\d{{4}}))?$",
                            re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression as written, and the first day of the period it names."""
    start: int
    end: int
    text: str
    date: date | None
    precision: str  # one of PRECISIONS; "none" when the expression cannot be resolved
    # (steps, unit) for an expression relative to the date of the narrative ("two days later": (2, "day")),
    # whose date stays empty until `anchored` gives it one
    shift: tuple[int, str] | None = None
    month: int | None = None  # the month named in a year of the narrative ("in May of that year": 5, (0, "year"))


@dataclass(frozen=True)
class _Words:
    months: dict[str, int]
    weekdays: dict[str, int]
    day_words: dict[str, int]
    numbers: dict[str, int]
    directions: dict[str, int]
    # holiday name as written in the lexicon → (month, day, whether it is a day only after a preposition)
    holidays: dict[str, tuple[int, int, bool]]
    easter_days: dict[str, int]  # a movable feast's name with its weekday → days from Western Easter Sunday
    day_names: frozenset[str]  # words that make the weekday after them a past event's name ("Bloody")


@cache
def _words() -> _Words:
    kinds: dict[str, dict[str, int]] = {}
    holidays: dict[str, tuple[int, int, bool]] = {}
    for word, kind, value in tsv_rows("dates_words.tsv"):
        if kind in ("holiday", "feast"):
            month, day = (int(x) for x in value.split("-"))
            holidays[word] = (month, day, kind == "feast")
            continue
        kinds.setdefault(kind, {})[word] = int(value)
    return _Words(kinds["month"], kinds["weekday"], kinds["day_word"], kinds["number"], kinds["direction"],
                  holidays, kinds["easter"], frozenset(kinds["day_name"]))


def _holiday_key(name: str) -> str:
    """A holiday name without apostrophes, in lower case and single spaces ("New Years  Eve" → "new years eve")."""
    return " ".join(_APOSTROPHES.sub("", name).lower().split())


@cache
def _holidays_by_key() -> dict[str, tuple[int, int, bool]]:
    return {_holiday_key(name): value for name, value in _words().holidays.items()}


@cache
def _pattern() -> re.Pattern[str]:
    w = _words()
    full = [m for m in w.months if len(m) > 4 or m in ("May", "June", "July")]
    abbreviations = [m for m in w.months if m not in full]
    # an abbreviation keeps its dot ("Jan. 7" is a day, not "Jan" then a number)
    month = rf"(?:(?:{alternation(full)})\b|(?:{alternation(abbreviations)})\b\.?+)"
    weekday = rf"(?:{alternation(list(w.weekdays))})\b"
    holiday = alternation(list(w.holidays)).replace("'", "['’]?")
    # "Monday, December 2", "Tuesday 3 June 2025": the date says the day, the weekday only repeats it
    named_day = rf"(?:{weekday},?\s+(?:the\s+)?)?"
    # a span of days is dated by its first ("between 3 and 5 March", "3-4 May", "March 3-4"): the events table's
    # date is the first day of the period an event happened in
    span_dmy = r"\s*(?:-|–|\bto\b|\band\b)\s*\d{1,2}(?:st|nd|rd|th)?"
    # ("on April 2 and 3, looting cash": a second day that closes its phrase, not a count, "April 2 and 3 soldiers")
    span_mdy = r"(?:\s*[-–]\s*\d{1,2}\b|\s+(?:and|to)\s+\d{1,2}\b(?=[,.;:)]|\s+(?:in|at|on|when|as|after|before)\b))"
    number = rf"(?:\d{{1,2}}|{alternation(list(w.numbers))})"
    direction = _DIRECTION
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    year = r"\d{4}"
    part = r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)"
    # Month and weekday names must be capitalised ("may" is a modal); the words around them may not be.
    return re.compile(
        rf"(?P<iso>\b{year}-\d{{2}}-\d{{2}}\b)"
        rf"|(?P<numeric>\b(?:{year}(?P<ysep>[/.])\d{{1,2}}(?P=ysep)\d{{1,2}}|\d{{1,2}}(?P<sep>[/.])\d{{1,2}}(?P=sep){year})"
        rf"\b(?![/.]?\d))"
        rf"|(?P<holiday>\b(?:(?i:{direction})\s+)?(?:{holiday})(?![\w'’])(?:,?\s+{year}\b)?)"
        rf"|(?P<dmy>\b{named_day}{day}(?:{span_dmy})?(?:\s+of)?\s+{month}(?:,?\s+{year}\b)?)"
        rf"|(?P<mdy>\b{named_day}{month}(?:\s+|(?<=\.)){day}\b(?:{span_mdy})?(?:,?\s+{year}\b)?)"
        rf"|(?P<my>\b(?:(?i:{part})[\s-]+)?{month},?\s+{year}\b)"
        rf"|(?P<weekday>\b(?:(?i:{direction})\s+)?{weekday}(?:\s+(?:morning|afternoon|evening|night))?)"
        # ("overnight Saturday", "overnight into Sunday": the weekday tells the night)
        # ("over the past day", "in the last 24 hours": a daily round-up's day before its morning, as "overnight")
        rf"|(?P<dayword>\b(?i:last\s+night|overnight(?!\s+(?:on\s+|into\s+|to\s+)?{weekday})"
        rf"|(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours)"
        rf"|this\s+(?:morning|afternoon|evening)|today|tonight|yesterday"
        rf"|tomorrow)\b)"
        rf"|(?P<chain>\b(?i:{number}\s+(?:day|week|month|year)s?\s+(?:later|earlier|afterwards)"
        rf"|(?:(?:{number}|a\s+few|several|some|an)\s+)?(?:hour|minute|moment)s?\s+(?:later|earlier|afterwards)"
        # (and counted from an event the words after it name: "the day after the bombing", "hours after the attack",
        # "an hour after the shooting began")
        rf"|(?:(?:{number}|a\s+few|several|some|an)\s+)?(?:hour|minute|moment)s?\s+(?:after|before)"
        rf"(?=\s+{_EVENT_NAMED}|\s+(?!{_TIME_OF_DAY})[^\W\d])"
        rf"|the\s+(?:day|night)\s+(?:after|before)(?=\s+{_EVENT_NAMED})"
        rf"|{number}\s+(?:day|week|month|year)s?\s+(?:after|before)(?=\s+[\w“\"‘'])"
        rf"|the\s+(?:next|following|previous)\s+(?:day|morning|evening|night|week|month|year)"
        rf"|the\s+(?:day|night)\s+(?:after|before)(?=\s*[,.;])|a\s+day\s+(?:later|earlier)"
        # ("a day after a drone attack killed …")
        rf"|a\s+(?:day|week|month|year)\s+(?:after|before)(?=\s+[\w“\"‘'])"
        rf"|(?:later|earlier)\s+that\s+(?:day|morning|afternoon|evening|night|week|month|year)"
        rf"|(?<!\bin\s)(?<!\bwithin\s)(?:that|the)\s+same\s+day|(?:that|the)\s+same\s+(?:week|month|year))\b"
        # "That year he signed …", "in that month", "on that day": the time the narrative told last; "That" opens a
        # sentence (lower case, after a verb, it may be a conjunction: "said that night raids …")
        rf"|(?:\b(?<![\w,;]\s)That|\b(?i:in|on|during)\s+that)\s+"
        rf"(?i:day|night|morning|afternoon|evening|week|month|year)\b(?![-’'])"
        rf")"
        # "in December that year", "in May of the following year": the month of a year the narrative told
        rf"|(?P<month_of>\b(?:(?i:in|since|during|by|until|from|before|after|through|throughout)\s+)?"
        rf"(?:(?i:{part})[\s-]+)?{month}(?:\s+of)?\s+(?i:that|the\s+same|the\s+following|the\s+next"
        rf"|the\s+previous)\s+year\b)"
        rf"|(?P<ago>\b(?i:{number}\s+(?:day|week|month|year)s?\s+ago)\b)"
        # a day of a month left unsaid, after a preposition of time: "On the 8th, the army took …", "on the 3rd of
        # this month" (not "the 8th Brigade", "on the 3rd floor": a bare ordinal ends its phrase)
        rf"|(?P<ordinal>(?:(?<=\bon\s)|(?<=\bOn\s)|(?<=\bsince\s)|(?<=\bSince\s)|(?<=\buntil\s)|(?<=\bby\s))"
        rf"the\s+\d{{1,2}}(?:st|nd|rd|th)\b(?:\s+of\s+(?:this|last)\s+month\b|(?=\s*[,.;])))"
        # ("earlier in the week"; not "earlier in the month of April", which names its month)
        rf"|(?P<unit>\b(?i:(?:earlier|later)\s+(?:this|in\s+the)|{direction}|over\s+the)\s+"
        rf"(?i:week|weekend|month|year)\b"
        rf"|\b(?i:at\s+the\s+weekend)\b)"
        rf"|(?P<month>\b(?:(?i:in|since|during|by|until|from|of|before|after|through|throughout)\s+)?"
        rf"(?:(?i:{direction}|{part})[\s-]+)?{month}(?!\s*\d|[.,]?\s*\d{{4}}\b))"
        rf"|(?P<year>\b(?:(?i:in|since|during|by|until|from|before|after|through|throughout)\s+"
        # "in the summer of 2023", "during winter 2022", "the war of autumn 2020": a season is told to the year
        rf"(?:(?i:the\s+)?(?i:{_SEASONS})\s+(?:(?i:of)\s+)?)?"
        rf"|(?i:of)\s+(?:(?i:the)\s+)?(?i:{_SEASONS})\s+(?:(?i:of)\s+)?)"
        rf"(?:(?i:early|late)\s+|(?i:mid)-)?{year}\b(?![,.]?\d))"
    )


# Every date expression holds an anchor: a number, a month or weekday name, or one of the relative words.
# Matching the full pattern only at the few word starts just before an anchor is ~10x faster than
# scanning every position of the article with it.
_RELATIVE_ANCHORS = ("yesterday", "today", "tomorrow", "tonight", "night", "morning", "afternoon", "evening",
                     "week", "month", "year", "ago", "day", "hour", "minute", "moment")
_LOOKBACK_CHARS = 40     # room for "the beginning of", "this coming", "earlier this" before an anchor
_LOOKBACK_WORDS = 4
# marks a word of a date may follow with no space ("(last week", '"Last night')
_WORD_OPENING_MARKS = OPENING_QUOTE_MARKS | {"("}

_LEADING_PREPOSITION = re.compile(r"^(?:in|during|by|until|from|of|before|after|through|throughout)\s+",
                                  re.IGNORECASE)


@cache
def _bounds() -> tuple[date, date]:
    """The first and last day a record may carry (the events table's `date`): "June 2100" names a month
    past them, and is no date the dataset can hold."""
    field = contract.load("events").field("date")
    return date.fromisoformat(str(field.minimum)), date.fromisoformat(str(field.maximum))


def holdable(when: date) -> bool:
    """Whether a record may carry the date (the events table's bounds)."""
    earliest, latest = _bounds()
    return earliest <= when <= latest


# words before a date that make it the end of a span, how long something lasted, not when it happened ("until 2019")
SPAN_ENDS = frozenset({"until", "till"})


def is_calendar_word(word: str) -> bool:
    """Whether a word is a month or weekday name ("June", "Friday"): part of a date, not of a name."""
    w = _words()
    return word in w.months or word in w.weekdays


def is_weekday(word: str) -> bool:
    """Whether a word is a weekday's name in any case ("Sunday", "sunday")."""
    return word.capitalize() in _words().weekdays


@cache
def _orders() -> dict[str, tuple[str, bool]]:
    return {key: (order, settled == "yes") for key, order, settled in tsv_rows("dates_order.tsv")}


def _language_order(language: str | None) -> tuple[str, bool]:
    orders = _orders()
    base = (language or "").lower().replace("_", "-")
    return orders.get(base) or orders.get(base.split("-")[0]) or orders["*"]


def date_order(language: str | None, given: str | None = None) -> str:
    """How an article's ambiguous numeric dates are read: the order its input gives (`date_order`), else
    the convention of its language (dates_order.tsv), else that of English."""
    if given in DATE_ORDERS:
        return given
    return _language_order(language)[0]


def order_settled(language: str | None, given: str | None = None) -> bool:
    """Whether `date_order` is more than a guess: the input gives it, or the article's language is written in one
    order only (English is written both ways, so its "6/8/2019" may be either day)."""
    return given in DATE_ORDERS or _language_order(language)[1]


# A numeric date "d/m/yyyy" or "m/d/yyyy" not inside a longer run of digits and separators, matched where a run of
# digits starts (`order_in_text`). The check behind its first digit is made after reading that digit, so the engine
# never tries the lookbehind where no digit is.
_NUMERIC_DAY_MONTH = re.compile(r"(\d(?<![\d/.]\d)\d?)([/.])(\d{1,2})\2\d{4}\b(?![/.]?\d)")


def article_order(text: str, language: str | None, given: str | None) -> tuple[str | None, str, bool]:
    """How an article's ambiguous numeric dates are read, the same by every extractor: the order its own dates prove
    (None when the input gives one, or none proves it), the order they are read in (the input's, else the proven
    one, else its language's), and whether that order is settled (`order_settled`)."""
    proven = None if given else order_in_text(text)
    return proven, proven or date_order(language, given), proven is not None or order_settled(language, given)


def order_in_text(text: str) -> str | None:
    """The order an article's own numeric dates prove, when they agree: "08/19/2014" can only be month/day/year,
    so its "09/02/2014" is 2 September too. None when no date proves an order, or two prove different ones."""
    proven = set()
    taken = 0
    for start in digit_starts(text):  # (a date opens a run of digits: matched there, not searched for in all the text)
        m = _NUMERIC_DAY_MONTH.match(text, start) if start >= taken else None
        if m is None:
            continue
        taken = m.end()
        first, second = int(m.group(1)), int(m.group(3))
        if first > 12 >= second:
            proven.add("dmy")
        elif second > 12 >= first:
            proven.add("mdy")
    return proven.pop() if len(proven) == 1 else None


def anchored(mention: DateMention, anchor: date, precision: str) -> DateMention:
    """A narrative-relative expression ("two days later") dated from the date of the event before it; as
    precise as that date, at most as precise as the step's unit."""
    steps, unit = mention.shift
    when, step_precision = _shift(anchor, unit, steps)
    if mention.month is not None:  # "in May of that year": that month of the year told
        when, step_precision = date(when.year, mention.month, 1), "month"
    if unit == "day":
        when, step_precision = (anchor + timedelta(days=steps), precision) if precision == "day" else (None, "none")
    if when is None or not holdable(when):
        return mention
    return DateMention(mention.start, mention.end, mention.text, when, step_precision, mention.shift)


def year_before(mention: DateMention) -> DateMention | None:
    """The same day or month a year earlier, for an expression that names a month or holiday but no year ("on
    3 March", "in June", "on Christmas Eve"); None for any other (a year, a weekday, "next March")."""
    return in_year(mention, mention.date.year - 1) if mention.date is not None else None


def in_year(mention: DateMention, year: int) -> DateMention | None:
    """The same day or month in that year, for an expression that names a month or holiday but no year ("on
    18 November" after "On 13 November 2015"); None for any other (a year, a weekday, "next March")."""
    if mention.date is None or mention.shift is not None or mention.precision not in ("day", "month"):
        return None
    if _NAMED_YEAR.search(mention.text) or not (_month_named(mention.text) or names_holiday(mention.text)):
        return None
    when = _safe_date(year, mention.date.month, mention.date.day)
    if when is None or not holdable(when):
        return None
    return DateMention(mention.start, mention.end, mention.text, when, mention.precision)


def coming(mention: DateMention, reference: date) -> DateMention:
    """A weekday alone ("on Thursday", "Friday morning") that was read as the latest one before `reference`, as the
    coming one instead: the day of an event told as yet to be ("will hold an emergency summit in Maputo on
    Thursday"); any other mention as it is."""
    words = mention.text.split()
    if (mention.date is None or mention.shift is not None or mention.precision != "day" or mention.date >= reference
            or not is_weekday(words[0]) or any(ch.isdigit() for ch in mention.text)):
        return mention
    return replace(mention, date=mention.date + timedelta(days=7))


def _month_named(surface: str) -> bool:
    return any(word in _words().months for word in re.findall(r"[A-Za-z]+", surface))


def names_holiday(surface: str) -> bool:
    """Whether a date expression is a holiday's name ("New Year's", "Christmas Day", "last Christmas")."""
    key = _holiday_key(_HOLIDAY_PARTS.match(surface).group("name"))
    return key in _holidays_by_key()


def find_dates(text: str, published: date | datetime | None, start: int = 0, end: int | None = None,
               order: str = "mdy", keep_order: bool = False, settled: bool = True) -> list[DateMention]:
    """Date expressions in text[start:end], resolved against the publication date, in text order; `order`
    reads numeric dates whose parts could be either day or month (`date_order` says which). With `keep_order`, a
    reading after `published` is not turned round: the article's own dates prove the order (`order_in_text`), or
    `published` is the day the story opens with, which its later days follow. Unless the order is `settled`
    (`order_settled`), a reading within a month before `published` wins over one months before it: news tells
    what just happened ("On 6/8/2019" in a report of 10 August 2019 is 6 August)."""
    end = len(text) if end is None else end
    pub = published.date() if isinstance(published, datetime) else published
    earliest, latest = _bounds()
    if pub is not None and not earliest <= pub <= latest:
        pub = None  # relative dates need a publication the dataset can hold; past it they would be none
    out = []
    for m in _matches(text, start, end):
        kind = m.lastgroup
        s, e = m.span()
        surface = m.group()
        if kind == "holiday" and not _holiday_is_date(text, start, s, e, surface):
            continue
        since = kind in _ANNUAL and (_after_since(text, start, s, surface) or not keep_order and (
            kind != "holiday" or _PREPOSITION_BEFORE.search(text, max(start, s - _PAST_CHARS), s) is not None)
            and _told_in_past(text, start, s, surface))  # (a holiday as a time, "rallied on New Year's Eve", not
        # the occasion a thing is for, "the mayor's New Year's Eve address was short": this year's)
        if kind == "month":
            word = re.search(r"[A-Z][a-z]+\.?$", surface)
            if word is None:
                continue
            bare = word.group().rstrip(".")
            if surface == word.group():
                before = text[max(start, s - 12):s].split()
                if bare in _AMBIGUOUS_MONTHS and (not before or before[-1].lower() not in _MONTH_PREPOSITIONS):
                    continue
                if before and before[-1][:1].isupper() and before[-1].isalpha() and s - 1 >= start and (
                        text[s - 1] == " "):
                    continue  # "in Bait Jan", "Ras Al June": a month alone after a capitalised word is part of a name
                if _NAME_AFTER.match(text, e, end) and not surface.endswith(".") and bare not in _FULL_MONTHS:
                    continue  # "the Jan Meda market grounds": a month's short name before a name is part of it
        if kind == "weekday" and _first_name(text, start, s, e, end):
            continue  # "Mr Sunday Choji", "Governor Monday Okpebholo": a person's name
        if kind == "weekday":
            named = _WORD_BEFORE.search(text, max(start, s - 16), s)
            if named is not None and named.group(1) in _words().day_names:
                continue  # "Bloody Sunday": a past event's name
            offset = _words().easter_days.get(f"{named.group(1)} {surface.split()[-1]}") if named is not None else None
            if offset is not None and _THE_BEFORE.search(text, max(start, named.start() - 5), named.start()):
                continue  # "the Good Friday agreement", "the Easter Sunday bombings": a name of the past
            if offset is not None:  # "on Good Friday": the feast's day, not the week's Friday
                when = _easter_day(pub, offset, since or _told_in_past(text, start, named.start(), named.group(1)))
                out.append(DateMention(named.start(), e, text[named.start():e], when, "day" if when else "none"))
                continue
        if kind in ("dmy", "mdy") and _names_a_place(text, start, s, e, end):
            continue  # "July 7 area", "26 July Street": a name, not a date
        lead = _LEADING_PREPOSITION.match(surface)
        if lead:
            s += lead.end()
            surface = text[s:e]
        if kind == "unit" and _OF_NEXT.match(text, e) and _unit_of_owned(text, start, s, surface):
            continue  # "the last week of December", "his last year of office": a part of what follows
        if kind == "unit" and _window(text, start, s, surface):
            kind = "rolling"
        if kind == "chain":
            out.append(DateMention(s, e, surface, None, "none", _chain_shift(surface)))
            continue
        if kind == "month_of":
            steps = _YEAR_OF_STEPS[surface.split()[-2].lower()]
            out.append(DateMention(s, e, surface, None, "none", (steps, "year"), _month_in(surface)))
            continue
        if kind == "weekday" and pub is not None and surface.split()[0].lower() not in _words().directions and (
                _FUTURE_BEFORE.search(text, max(start, s - _FUTURE_CHARS), s)):
            # "will meet on Tuesday": the coming one, or the day itself ("will air during Tuesday's debate" in
            # Tuesday's paper)
            resolved = pub + timedelta(days=(_weekday_number(surface) - pub.weekday()) % 7), "day"
        elif kind == "numeric":
            resolved = _numeric(surface, None if keep_order else pub, order, settled)
        else:
            resolved = _resolve(kind, surface, pub, since)
        if resolved is None:
            continue
        when, precision = resolved
        if when is not None and not earliest <= when <= latest:
            continue
        out.append(DateMention(s, e, surface, when, precision if when else "none"))
    return [_within_period(text, start, m) for m in _ranges(text, start, out)]


# A day a coder names for the week or month it lies in: "Around 6 May 2020 (week of)", "On 28 April 2020 (month of)",
# "During the week of 15 August 2022"
_PERIOD_AFTER = re.compile(r"\s*\((?P<period>week|month) of\)", re.IGNORECASE)
_PERIOD_BEFORE = re.compile(r"\b(?P<period>week|month) of\s+$", re.IGNORECASE)


def _within_period(text: str, start: int, m: DateMention) -> DateMention:
    """A day named for the week or month it lies in, as that period: its first day (a week's Monday), at the
    precision of the period; any other mention as it is."""
    if m.date is None or m.precision != "day":
        return m
    after = _PERIOD_AFTER.match(text, m.end)
    before = None if after else _PERIOD_BEFORE.search(text, max(start, m.start - _PERIOD_CHARS), m.start)
    found = after or before
    if found is None:
        return m
    if found.group("period").lower() == "week":
        first, precision = m.date - timedelta(days=m.date.weekday()), "week"
    else:
        first, precision = m.date.replace(day=1), "month"
    end = after.end() if after else m.end
    return replace(m, end=end, text=text[m.start:end], date=first, precision=precision)


_PERIOD_CHARS = 16


# "will meet on Tuesday", "is due to vote on Friday", "talks scheduled for Friday", "The truce, due to take effect at
# 9:45 p.m. on Wednesday", "has called for a strike on Friday": a future verb, or a call
# for what is yet to be, just before a bare weekday, in its clause, names the coming one (news otherwise tells a
# weekday that has passed; "called for calm on Monday" is the day of the call).
_FUTURE_BEFORE = re.compile(
    r"(?:\b(?:will|shall|won['’]t|(?:is|are)\s+(?:due|set|scheduled|expected|slated)\s+(?:to|for)|plans?\s+to"
    r"|(?:is|are)\s+to|(?:scheduled|slated)\s+for)|,\s*due\s+to"
    r"|\b(?:(?:has|have)\s+called|calls?)\s+for\s+an?)\s+(?:(?:[a-z][\w-]*|\d[\d:.]*|[ap]\.m\.)\s+){0,5}(?:on\s+)?$",
    re.IGNORECASE)
_FUTURE_CHARS = 60
# A verb in the past a few words before the preposition of a date ("began in April", "was killed on 5 March"); an
# "-ed" word after a determiner is an adjective ("the delayed vote in May"), after "are", "is", "be" a present
# ("Elections are held in January").
_PAST_BEFORE = re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bare\s)(?<!\bis\s)(?<!\bbe\s)(?<!\bbeing\s)"
    r"\b(?:[a-z]{2,}ed|was|were|began|became|broke|"
    r"brought|came|caught|drew|drove|fell|felt|fled|flew|fought|found|gave|got|grew|held|hit|kept|led|left|lost|made|"
    r"met|paid|ran|rose|said|sank|saw|sent|shot|sought|spoke|stole|stood|struck|swept|threw|told|took|tore|went|"
    r"withdrew|won|wrote)\s+(?:[\w'’,-]+\s+){0,5}"
    r"(?:(?:in|on|during|from)\s+)?(?:(?:early|late|mid)[\s-]+)?$")
# A past verb right after the noun phrase a date closes or opens: "The attack on 5 March killed 12", "The March 5
# attack left …"; the date is then the latest such day up to publication too.
_PAST_AFTER = re.compile(
    r"(?:\s+(?!(?:is|are|will|would|has|have)\b)[\w'’-]+){0,2}?,?\s+(?:which\s+|that\s+)?"
    r"(?:killed|left|injured|wounded|claimed|was|were|hit|struck|destroyed|damaged|forced|prompted|sparked|came"
    r"|took)\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|on|during|from)\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)
# Words of the future, or of a time put off, before a date: its nearer reading stands ("would be held in April").
_FUTURE_WORDS = re.compile(r"\b(?:will|would|shall|to|next|coming|upcoming|planned|scheduled|expected|due|slated"
                           r"|proposed|set|postponed|delayed|deferred|adjourned|rescheduled|until|till)\b",
                           re.IGNORECASE)
_PAST_CHARS = 60
# "between 2 and 4 March", "from 2 March to 4 March": the words that join two days into one span of time.
_RANGE_OPENING = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_YEAR_WRITTEN = re.compile(r"\d{4}")
_NIGHT_WORDS = frozenset({"overnight", "tonight", "last night"})
_NIGHT_OF = re.compile(r"\s+(?:on|of)\s+(?:the\s+night\s+of\s+)?", re.IGNORECASE)
_RELATIVE_YEAR = re.compile(r"(?:this|last|next|past|previous)\s+year", re.IGNORECASE)
_YEAR_JOINT = re.compile(r"\s+(?:of\s+)?")  # between a month and the year it is of ("July last year")
_RANGE_JOINT = re.compile(r"\s+(?:and|to|until|till)\s+|\s*[-–]\s*")


def _ranges(text: str, start: int, found: list[DateMention]) -> list[DateMention]:
    """Two days joined as a span, each with its month ("sometime between March 2 and March 4", "from 30 March to 2
    April") as one mention dated by its first day, as a span written with one month is ("between 2 and 4 March")."""
    out: list[DateMention] = []
    for mention in found:
        before = out[-1] if out else None
        if (before is not None and before.precision in ("day", "month") and before.date and mention.date
                and mention.precision == "year" and _RELATIVE_YEAR.fullmatch(mention.text)
                and not _YEAR_WRITTEN.search(before.text) and _YEAR_JOINT.fullmatch(text, before.end, mention.start)):
            # "In July last year", "on 5 March this year": the day or month of the year the words after it name
            when = _safe_date(mention.date.year, before.date.month, before.date.day)
            if when is not None:
                out[-1] = DateMention(before.start, mention.end, text[before.start:mention.end], when, before.precision)
                continue
        if (before is not None and before.text.lower() in _NIGHT_WORDS and mention.date is not None
                and _NIGHT_OF.fullmatch(text, before.end, mention.start)):
            out[-1] = mention  # "Overnight on 19-20 February 2024": the night of the days it names, not last night
            continue
        if (before is not None and before.precision == "day" and mention.precision == "day" and before.date
                and mention.date and _RANGE_JOINT.fullmatch(text, before.end, mention.start)
                and _RANGE_OPENING.search(text[max(start, before.start - 10):before.start])):
            first = before.date
            if not _YEAR_WRITTEN.search(before.text) and _YEAR_WRITTEN.search(mention.text):
                # "between March 2 and March 4, 2015": the year written once is both days'
                first = _safe_date(mention.date.year, first.month, first.day) or first
            if first <= mention.date:
                out[-1] = DateMention(before.start, mention.end, text[before.start:mention.end], first, "day")
                continue
        out.append(mention)
    return out


# Expressions that name a day or month of some year without saying which: "since" makes it the latest one.
_ANNUAL = frozenset({"dmy", "mdy", "month", "holiday"})
_CAPITALISED_NEXT = re.compile(r"\s+[A-Z][a-z]")
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_MONTH_DIRECTION = re.compile(r"(?:(?:in|since|during|by|until|from|of|before|after|through|throughout)\s+)?"
                              r"((?:this|last|next|past|previous|coming|current)\b.*)")


# "the past week", "the last year", "this past month": a window that ends at publication, not the calendar week or
# year before ("last week", "last year"); it is dated by the calendar unit holding its middle, this many days back.
_RECKONED_BACK = re.compile(r"(?:past|last|previous)\s+(?:week|month|year)\b", re.IGNORECASE)
_THIS_PAST = re.compile(r"this\s+past\s+(?:week|month|year)\b", re.IGNORECASE)
_ROLLING_MIDDLE = {"week": 3, "month": 15, "year": 182}
_OF_NEXT = re.compile(r"\s+of\b")
# Words that make a unit expression before "of" part of a noun phrase: "earlier in the week of", "over the year of"
_UNIT_OF_OPENERS = frozenset("earlier later over".split())
_UNIT_DETERMINERS = frozenset("the a an his her its their our your my that whose".split())


_TIME_PREPOSITIONS = frozenset({"on", "in", "since", "by", "until", "till", "from", "before", "after", "during"})
_NEXT_WORD = re.compile(r"[^\S\n]+([A-Za-z]+)\b")


def _names_a_place(text: str, floor: int, s: int, e: int, end: int) -> bool:
    """Whether the word after the day at text[s:e] makes it part of a name: a capitalised one ("26 July Street",
    "6th of October Bridge"), or a lower-case one after no preposition of time ("areas of July 7 area", but "on
    March 3 school was closed" is a date)."""
    m = _NEXT_WORD.match(text, e, end)
    if m is None or m.group(1).lower() not in _name_nouns():
        return False
    before = text[max(floor, s - 8):s].split()
    return m.group(1)[0].isupper() or not (before and before[-1].lower() in _TIME_PREPOSITIONS)


def _first_name(text: str, start: int, s: int, e: int, end: int) -> bool:
    """Whether a weekday alone at text[s:e] is a person's first name, as Nigerian and Ghanaian names often are, or a
    part of another name: before a capitalised word on its line, after a title ("Mr Sunday Choji", "Governor Monday
    Okpebholo") or "the" ("The Sunday Times"), or opening a clause ("Friday Odeh, a resident, said"); not after another
    word ("said Sunday Israeli forces …", "On Friday Boko Haram …"), nor before a word of time ("Sunday March 3")."""
    surname = _SURNAME.match(text, e, end)
    if surname is None or is_calendar_word(surname.group(1)) or surname.group(1).lower() in _TIMES_OF_DAY:
        return False
    line = text.rfind("\n", 0, s) + 1
    before = text[max(start, line, s - _TITLE_CHARS):s].split()
    if not before:
        return True  # the text, its span or its line opens with it
    word = before[-1]
    return word in _name_titles() or word[-1] in _CLAUSE_OPENING_MARKS or word.lower() == "the"


_SURNAME = re.compile(r"[^\S\n]([A-Z][a-z'’]+(?:-[A-Z][a-z]+)?)\b(?!')")
_TITLE_CHARS = 24
_TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "noon", "midnight"})
_CLAUSE_OPENING_MARKS = frozenset({".", ",", ";", ":", "(", "“", '"', "—", "–"})


@cache
def _name_titles() -> frozenset[str]:
    """The capitalised last words of the titles before a name ("Mr", "Governor", "Pastor", "Chief")."""
    return frozenset(title.split()[-1] for title, _ in tsv_rows("speakers_titles.tsv") if title[:1].isupper())


# the capitalised word right before a weekday: a feast's ("Good Friday") or an event's ("Bloody Sunday")
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)[^\S\n]+$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _easter_day(pub: date | None, offset: int, past: bool) -> date | None:
    """The day `offset` days from Western Easter in the year before, of or after publication: the nearest, the past
    preferred, or the latest up to publication when the clause tells the past."""
    if pub is None:
        return None
    candidates = [easter(pub.year + k) + timedelta(days=offset) for k in (-1, 0, 1)]
    if past:
        return max(c for c in candidates if c <= pub)
    return _nearest(candidates, pub)


@cache
def _name_nouns() -> frozenset[str]:
    return frozenset(word for word, kind, _ in tsv_rows("dates_words.tsv") if kind == "name_noun")


def _window(text: str, floor: int, s: int, surface: str) -> bool:
    """Whether a unit expression names the window up to publication ("this past week", "over the past year")."""
    if _THIS_PAST.match(surface):
        return True
    before = text[max(floor, s - 5):s].split()
    return _RECKONED_BACK.match(surface) is not None and bool(before) and before[-1].lower() == "the"


def _unit_of_owned(text: str, floor: int, s: int, surface: str) -> bool:
    """Whether a unit expression before "of" is part of the noun phrase it opens ("the last week of December",
    "earlier in the week of 3 March", "her last year of school"), not a time of its own told after a noun
    ("Biden's authorization last week of $571 million")."""
    if surface.split()[0].lower() in _UNIT_OF_OPENERS:
        return True
    before = text[max(floor, s - 24):s].split()
    if not before:
        return False
    word = before[-1].lower()
    return word in _UNIT_DETERMINERS or (len(word) > 2 and word.endswith(("'s", "’s")))


def _after_since(text: str, floor: int, s: int, surface: str) -> bool:
    """Whether "since" opens the expression or stands right before it ("since January", "since December 26th")."""
    if surface[:6].lower() == "since ":
        return True
    before = text[max(floor, s - 8):s].split()
    return bool(before) and before[-1].lower() == "since"


def _told_in_past(text: str, floor: int, s: int, surface: str) -> bool:
    """Whether the clause before a date's preposition tells the past ("since the fighting began in April", "rebels
    seized the town on 5 March"): the date is the latest such day or month up to publication, not a nearer one yet
    to come. Not when a word of the future stands before it ("said elections would be held in April", "the planned
    vote in May"), nor for a date that modifies a noun ("said Netanyahu's Dec. 28 meeting")."""
    window = text[max(floor, s - _PAST_CHARS):s]
    if _FUTURE_WORDS.search(window) is not None:
        return False
    after = _PAST_AFTER.match(text, s + len(surface))
    if after and _FUTURE_WORDS.search(" ".join(text[after.end():after.end() + _PAST_CHARS].split()[:2])) is None:
        return True  # not "was postponed", "were expected to"
    if _LEADING_PREPOSITION.match(surface) is None and _PREPOSITION_BEFORE.search(window) is None:
        return False
    return _PAST_BEFORE.search(window) is not None


def _holiday_is_date(text: str, floor: int, s: int, e: int, surface: str) -> bool:
    """Whether a holiday name is used as a time (dates_words.tsv, kinds `holiday` and `feast`): after a word of
    time ("on Christmas Day", "since New Year's"), with a direction ("last Christmas"), or, for a name that is a
    day on its own, opening a noun phrase of this year's occasion ("a New Year's message", "Putin's New
    Year's Eve address"). Not after "the" ("the Boxing Day tsunami"), another calendar's word ("Orthodox
    Christmas") or at the start of a sentence; a name that is no day on its own never before a capitalised
    word ("on Christmas Island")."""
    parts = _HOLIDAY_PARTS.match(surface)
    _, _, feast = _holidays_by_key()[_holiday_key(parts.group("name"))]
    if feast and _CAPITALISED_NEXT.match(text, e):
        return False
    if parts.group("direction"):
        return True
    before = text[max(floor, s - 24):s].split()
    if not before:
        return False
    word = before[-1].lower()
    if word in _HOLIDAY_PREPOSITIONS:
        return True
    possessive = len(word) > 2 and word.endswith(("'s", "’s"))
    return not feast and (word in _HOLIDAY_DETERMINERS or possessive)


# "in May of that year", "the same year", "the following year", "the next year", "the previous year"
_YEAR_OF_STEPS = {"that": 0, "same": 0, "following": 1, "next": 1, "previous": -1}


def _chain_shift(surface: str) -> tuple[int, str]:
    """(steps, unit) of "two days later", "the next day", "the day before", "the night before", "a week earlier",
    "later that day"; "two days after …" steps forward from what follows it, as "two days later" does from the event
    before."""
    low = surface.lower().split()
    if low[-2] in ("same", "that"):  # "the same day", "later that evening", "that same year", "That night"
        return 0, (low[-1] if low[-1] in ("week", "month", "year") else "day")
    if low[-2].startswith(("hour", "minute", "moment")):  # "hours later", "48 hours later": whole days on
        hours = int(low[0]) if low[0].isdigit() else _words().numbers.get(low[0], 0)
        days = hours // _HOURS_A_DAY if low[-2].startswith("hour") else 0
        return (-days if low[-1] == "earlier" else days), "day"
    if low[0] == "the":
        unit = "day" if low[1] in ("day", "night") else low[2]  # ("the night before")
        unit = "day" if unit in ("morning", "evening", "night") else unit
        back = low[1] == "previous" or low[-1] == "before"
        return (-1 if back else 1), unit
    count = int(low[0]) if low[0].isdigit() else _words().numbers[low[0]]
    return (-count if low[-1] in ("earlier", "before") else count), low[1].rstrip("s")


def _numeric(surface: str, pub: date | None, order: str, settled: bool = True) -> tuple[date, str] | None:
    """ "11/06/2017", "06.11.2017", "2017/11/06": the day the parts allow; ambiguous parts are read in
    `order` (a year-first source writing the year last puts the day first), unless only the other reading
    is on or before publication, or the order is not `settled` and only the other reading is recent."""
    parts = [int(p) for p in re.split(r"[/.]", surface)]
    if parts[0] > 31:
        return _day(parts[0], parts[1], parts[2])
    if "." in surface and order == "mdy":
        order = "dmy"  # "06.05.2018": a dotted date puts the day first wherever dates are so written
    a, b, y = parts
    readings = [(a, b), (b, a)] if order == "mdy" else [(b, a), (a, b)]
    found = [when for when in (_safe_date(y, mo, d) for mo, d in readings) if when]
    if not found or not _MIN_YEAR <= y <= _MAX_YEAR:
        return None
    if pub is not None and len(found) > 1 and found[1] <= pub and (
            found[0] > pub or not settled and _recent(found[1], pub) and not _recent(found[0], pub, _STALE)):
        return found[1], "day"
    return found[0], "day"


def _recent(day: date, pub: date, within: timedelta = _RECENT) -> bool:
    return pub - within <= day <= pub


def _anchors(text: str, start: int, end: int) -> list[int]:
    """Start offsets of anchor words in text[start:end], sorted."""
    found = digit_starts(text, start, end)
    words = _anchor_words(text)
    found += [s for s, e in words[bisect_left(words, (start,)):bisect_left(words, (end,))] if e <= end]
    return sorted(set(found))


@lru_cache(maxsize=4)
def _anchor_words(text: str) -> list[tuple[int, int]]:
    """(start, end) of every anchor word of a text, in order: found once per text (str.find runs in C, no word-by-word
    loop), not once per sentence and word, for the dates of each of its sentences. A span's own occurrences are those
    of the text that lie inside it (but inside a run no news text holds, of a word that overlaps itself: "tonightonight"
    from its second "t" on)."""
    named, others = _anchor_name_pattern()
    found = [m.span() for m in named.finditer(text)]
    for name in others:
        i = text.find(name)
        while i != -1:
            found.append((i, i + len(name)))
            i = text.find(name, i + len(name))
    lowered = lower(text)  # relative words may open a sentence ("Yesterday, …")
    for word in _RELATIVE_ANCHORS:
        i = lowered.find(word)
        while i != -1:
            found.append((i, i + len(word)))
            i = lowered.find(word, i + len(word))
    return sorted(found)


def clear_caches() -> None:
    """Forget the texts whose anchor words were found (a timing starts cold)."""
    _anchor_words.cache_clear()


@cache
def _anchor_names() -> tuple[str, ...]:
    """Month and weekday names to search for; a name that starts with another is found by that one
    ("June" by "Jun")."""
    w = _words()
    names = list(w.months) + list(w.weekdays) + [_holiday_anchor(h) for h in w.holidays]
    names = list(dict.fromkeys(names))
    return tuple(n for n in names if not any(n != m and n.startswith(m) for m in names))


@cache
def _anchor_name_pattern() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The anchor names written with a capital first letter alone ("May", "Christmas") as one pattern, and the others:
    one pass of the pattern finds every occurrence of those names, where a `str.find` per name read the text two dozen
    times. No two of their occurrences overlap (each opens with the one capital a name holds, and none starts another
    one), so the pattern's matches are all of them."""
    single = [n for n in _anchor_names() if n[:1].isupper() and n[1:].islower()]
    return re.compile("|".join(map(re.escape, single))), tuple(n for n in _anchor_names() if n not in single)


def _holiday_anchor(name: str) -> str:
    """The word a holiday is found by: its longest ("Year" of "New Year's Eve", "Boxing" of "Boxing Day")."""
    return max(re.findall(r"[A-Za-z]+", name), key=len)


def _matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Non-overlapping matches of the date pattern that contain an anchor, leftmost start first."""
    pattern = _pattern()
    out: list[re.Match[str]] = []
    taken = start
    for anchor in _anchors(text, start, end):
        if anchor < taken:
            continue
        for pos in _word_starts_before(text, anchor, max(taken, anchor - _LOOKBACK_CHARS)):
            m = pattern.match(text, pos, end)
            if m and m.end() > anchor:
                out.append(m)
                taken = m.end()
                break
    return out


def _word_starts_before(text: str, anchor: int, floor: int) -> list[int]:
    """Up to _LOOKBACK_WORDS starts of the words before `anchor` (not before `floor`), farthest first,
    then the anchor itself."""
    starts = [anchor]
    i = anchor
    while len(starts) <= _LOOKBACK_WORDS and i > 0:  # (at the text's first character no word is before it: a search
        # up to `i - 1` would wrap round to the text's end and take a date there for this one)
        space = text.rfind(" ", floor, i - 1)
        if space == -1:
            first = floor + (text[floor] in _WORD_OPENING_MARKS)
            if first < i - 1 and (first == 0 or not text[first - 1].isalnum()) and text[first].isalnum():
                starts.append(first)
            break
        first = space + 1 + (text[space + 1] in _WORD_OPENING_MARKS)  # ('said: "Last night, …"')
        if first < i and text[first].isalnum():
            starts.append(first)
        i = space
    return starts[::-1]


def _resolve(kind: str, surface: str, pub: date | None, since: bool = False) -> tuple[date | None, str] | None:
    """(date, precision) of one matched expression; None when it is no date after all ("31 June"). After
    "since" (`since`) a day or month without its year is the latest one up to publication."""
    w = _words()
    low = surface.lower()
    if kind == "iso":
        y, mo, d = (int(x) for x in surface.split("-"))
        return _day(y, mo, d)
    if kind in ("dmy", "mdy"):
        mo = _month_in(surface)
        d = int(_DAY_NUMBER.search(surface).group())  # the first number: "Monday, Dec. 2, 2024", "Sept.11"
        y = re.search(r"\d{4}", surface)
        if y:
            return _day(int(y.group()), mo, d)
        if not 1 <= d <= 31:
            return None
        if pub is None:
            return None, "none"
        when = _annual_day(pub, mo, d, -1 if since else None, inclusive=True)
        return (when, "day") if when else None
    if kind == "holiday":
        parts = _HOLIDAY_PARTS.match(surface)
        mo, d, _ = _holidays_by_key()[_holiday_key(parts.group("name"))]
        if parts.group("year"):
            return _day(int(parts.group("year")), mo, d)
        if pub is None:
            return None, "none"
        step = _direction(parts.group("direction").lower()) if parts.group("direction") else None
        when = _annual_day(pub, mo, d, -1 if since else step or None, inclusive=since)
        return (when, "day") if when else None
    if kind == "my":
        y = int(re.search(r"\d{4}", surface).group())
        return (date(y, _month_in(surface), 1), "month") if _MIN_YEAR <= y <= _MAX_YEAR else None
    if kind == "year":
        y = int(re.search(r"\d{4}", surface).group())
        return (date(y, 1, 1), "year") if _MIN_YEAR <= y <= _MAX_YEAR else None
    if pub is None:
        return None, "none"
    if kind == "weekday":
        return _weekday(pub, _weekday_number(surface), _direction(low)), "day"
    if kind == "dayword":
        if "night" in low or low.split()[-1] in ("day", "hours"):  # "last night", "overnight", "over the past day":
            # the night or the day before a morning's story
            return pub - timedelta(days=1), "day"
        word = low.split()[-1] if low.startswith("this") else low.split()[0]
        return pub + timedelta(days=w.day_words.get(word, 0)), "day"
    if kind == "ago":
        count_word, unit = low.split()[:2]
        n = int(count_word) if count_word.isdigit() else w.numbers[count_word]
        return _shift(pub, unit.rstrip("s"), -n)
    if kind == "rolling":  # "over the past year": the calendar unit that holds most of the window before publication
        unit = low.split()[-1]
        if unit in _ROLLING_MIDDLE:
            return _shift(pub - timedelta(days=_ROLLING_MIDDLE[unit]), unit, 0)
        kind = "unit"
    if kind == "unit":
        unit = low.split()[-1]
        step = 0 if low.startswith(("earlier", "later")) else _direction(low)
        if low.startswith(("over the", "at the")):  # "over/at the weekend": the last one, or this one on a weekend
            step = -1 if pub.weekday() < 5 else 0
        if unit == "weekend":
            unit = "week"
        return _shift(pub, unit, step)
    if kind == "ordinal":  # "on the 3rd of last month"; a bare "on the 8th": the latest such day up to publication
        d = int(_DAY_NUMBER.search(surface).group())
        back = low.endswith("last month") or not low.endswith("this month") and d > pub.day
        month_start = (pub.replace(day=1) - timedelta(days=1)).replace(day=1) if back else pub.replace(day=1)
        return _day(month_start.year, month_start.month, d)
    if kind == "month":
        mo = _month_in(surface)
        told = _MONTH_DIRECTION.match(low)  # "last June", "since last November", "by next March"
        step = _direction(told.group(1)) if told else None
        if since and step is None:  # "since January": this year's January, or last year's when it is yet to come
            return date(pub.year if mo <= pub.month else pub.year - 1, mo, 1), "month"
        return _month_from(pub, mo, step), "month"
    return None


def _day(y: int, mo: int, d: int) -> tuple[date, str] | None:
    when = _safe_date(y, mo, d)
    return (when, "day") if when and _MIN_YEAR <= y <= _MAX_YEAR else None


def _safe_date(y: int, mo: int, d: int) -> date | None:
    """The day, or None when the calendar has no such day (year 0, 30 February, month 13, day 32)."""
    if not MINYEAR <= y <= MAXYEAR or not 1 <= mo <= 12 or not 1 <= d <= calendar.monthrange(y, mo)[1]:
        return None
    return date(y, mo, d)


def _month_in(surface: str) -> int:
    months = _words().months
    for word in re.findall(r"[A-Za-z]+", surface):
        if word in months:
            return months[word]
    raise ValueError(f"no month name in {surface!r}")


def _direction(low: str) -> int:
    """-1 for last/past, 1 for next/coming, 0 for this; "this past" and "this coming" take the second word."""
    words = low.split()
    directions = _words().directions
    if len(words) > 1 and words[0] == "this" and words[1] in directions:
        return directions[words[1]]
    return directions.get(words[0], 0)


def _annual_day(pub: date, month: int, day: int, step: int | None, inclusive: bool = False) -> date | None:
    """The month and day in the year before, of or after publication: the latest before it for step -1 (on
    it too when `inclusive`), the first after it for step 1, else the nearest, the past preferred."""
    candidates = [c for c in (_safe_date(pub.year + k, month, day) for k in (-1, 0, 1)) if c]
    if step is not None and step < 0:
        candidates = [c for c in candidates if c < pub or (inclusive and c == pub)]
        return max(candidates, default=None)
    if step is not None and step > 0:
        return min((c for c in candidates if c > pub), default=None)
    return _nearest(candidates, pub) if candidates else None


def _nearest(candidates: list[date], pub: date) -> date:
    def cost(c: date) -> int:
        days = (c - pub).days
        return days * _FUTURE_WEIGHT if days > 0 else -days
    return min(candidates, key=cost)


def _weekday_number(surface: str) -> int:
    """Monday = 0 … Sunday = 6, of the weekday a date expression names."""
    low = surface.lower()
    return next(v for k, v in _words().weekdays.items() if k.lower() in low)


def _weekday(pub: date, target: int, direction: int) -> date:
    """The named weekday: the latest one up to publication, unless "next"/"last" push it past that day."""
    back = (pub.weekday() - target) % 7
    if direction > 0:
        return pub + timedelta(days=(target - pub.weekday()) % 7 or 7)
    if direction < 0 and back == 0:
        back = 7
    return pub - timedelta(days=back)


def period(first: date, precision: str) -> tuple[date, date]:
    """The first and last day of the period a date names at its precision (any day for "none")."""
    if precision == "day":
        return first, first
    if precision == "week":
        return first, first + timedelta(days=6)
    if precision == "month":
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, following - timedelta(days=1)
    if precision == "year":
        return first, date(first.year, 12, 31)
    return date.min, date.max


def _shift(pub: date, unit: str, steps: int) -> tuple[date, str]:
    """First day of the week, month or year `steps` units away from the one holding `pub` (days: that day)."""
    if unit == "day":
        return pub + timedelta(days=steps), "day"
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday())
        return monday + timedelta(weeks=steps), "week"
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 + steps
        return date(index // 12, index % 12 + 1, 1), "month"
    return date(pub.year + steps, 1, 1), "year"


def _month_from(pub: date, month: int, step: int | None) -> date:
    """The named month: this year's for "this", the one before or after the current month for "last"/"next",
    and otherwise the nearer reading, the past one preferred."""
    if step == 0:
        return date(pub.year, month, 1)
    if step is not None and step < 0:
        return date(pub.year if month < pub.month else pub.year - 1, month, 1)
    if step is not None and step > 0:
        return date(pub.year if month > pub.month else pub.year + 1, month, 1)
    candidates = [date(pub.year + k, month, 15) for k in (-1, 0, 1)]
    mid = _nearest(candidates, pub)
    return date(mid.year, mid.month, 1)
