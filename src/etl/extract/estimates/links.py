"""A count and the article's events → its event, the day it is given as of, and its subject key."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date, datetime

from etl.extract.dates import find_dates
from etl.extract.estimates.items import Count, counted_kind
from etl.extract.estimates.lexicon import Lexicon, subject_category
from etl.extract.text import Doc
from etl.records import Event


# "killed since 2009", "so far this year", "over the past two years": a count that runs over a span, of no one event.
_SINCE = "since"
_SPAN_PAIRS = frozenset({("so", "far"), ("to", "date"), ("this", "year"), ("this", "month")})
_PAST = frozenset({"past", "last"})
_SPAN_UNITS = frozenset({"hours", "days", "weeks", "months", "years", "decades", "year", "month", "week", "decade"})
_HARMED = frozenset({"killed", "wounded", "killed_or_wounded", "casualties", "displaced"})
_CLAUSE_ENDS = frozenset({",", ";", ":", "(", ")", "—", "–"})
_SPAN_WORDS = 3  # words between "the past" and its unit ("over the past two years")
_SPAN_CLAUSE = 12  # words of the clause after a count that may tell its span


def runs_over_a_span(c: Count) -> bool:
    """Whether a count is a running total, told over a span ("23 people had been killed since the protests began",
    "attacks that have killed hundreds this year", "Since October, more than 300 fighters have been killed") in its
    clause after it, or in a "Since …" that opens its sentence. A toll is of its event whatever span it grew over
    ("the death toll has risen to 40 since Monday")."""
    if c.source == "toll" or c.category not in _HARMED:
        return False  # (nor are the arrests "so far" of an investigation a running total)
    words = c.sentence.words
    if words and words[0].lower() == _SINCE:
        return True
    clause = []
    for w in words[c.after:c.after + _SPAN_CLAUSE]:  # (a few words: a sentence of no commas may be very long)
        if w in _CLAUSE_ENDS:
            break
        clause.append(w.lower())
    if _SINCE in clause or not _SPAN_PAIRS.isdisjoint(zip(clause, clause[1:])):
        return True
    return any(a == "the" and b in _PAST and not _SPAN_UNITS.isdisjoint(clause[k + 2:k + 2 + _SPAN_WORDS])
               for k, (a, b) in enumerate(zip(clause, clause[1:])))


def one_incident(a: Event | None, b: Event | None) -> bool:
    """Whether the events of two figures may be one incident: one event (at two of its mentions), or two events not
    told apart by their day or place ("Fourteen worshippers died" in a quote after "killed 14 worshippers at a
    mosque"), or a figure whose event is unknown."""
    if a is None or b is None or a.event_id == b.event_id:
        return True
    if a.date is not None and b.date is not None and a.date != b.date:
        return False
    where = (a.location or "").lower(), (b.location or "").lower()
    return where[0] in where[1] or where[1] in where[0]  # ("a mosque in Dalo" is in Dalo)


class Triggers:
    """The article's events in the order of their triggers, which do not overlap: the events of a sentence,
    the one holding a word and the one nearest an offset are found by bisection, not by a walk of all."""

    def __init__(self, events: list[Event]) -> None:
        self.events = sorted(events, key=lambda e: e.trigger_start)
        self.starts = [e.trigger_start for e in self.events]

    def of(self, c: Count, doc: Doc) -> Event | None:
        """The event the count belongs to: its cue is the event's trigger, else the nearest trigger in its
        sentence; none for a running total."""
        if c.category == "other" or runs_over_a_span(c):
            return None
        return self.nearest(c, doc)

    def nearest(self, c: Count, doc: Doc) -> Event | None:
        """The event whose trigger is the count's cue or is nearest it in its sentence, whatever its category."""
        sent = doc.sentences[c.sentence.index]
        lo, hi = bisect_left(self.starts, sent.start), bisect_left(self.starts, sent.end)
        if lo == hi:
            return None
        if c.cue is not None:
            cs, ce = c.sentence.spans[c.cue]
            k = bisect_right(self.starts, cs, lo, hi) - 1  # the trigger that may hold the cue's start
            if k >= lo and cs < self.events[k].trigger_end:
                return self.events[k]
            k += 1  # else the first trigger starting inside the cue
            if k < hi and self.starts[k] < ce:
                return self.events[k]
        k = bisect_left(self.starts, c.start, lo, hi)
        nearest = (self.events[j] for j in (k - 1, k) if lo <= j < hi)
        return min(nearest, key=lambda e: abs(e.trigger_start - c.start))


def _sentence_as_of(doc: Doc, index: int, lex: Lexicon) -> date | None:
    """The day a sentence dates its figures to: "as of Monday", "by 5 May"."""
    sent = doc.sentences[index]
    for marker in lex.as_of.finditer(doc.text, sent.start, sent.end):
        found = find_dates(doc.text, doc.article.published_at, marker.end(), min(sent.end, marker.end() + 40))
        if found and found[0].start == marker.end() and found[0].date is not None and found[0].precision == "day":
            return found[0].date
    return None


def dated_as_of(c: Count, doc: Doc, event: Event | None, dated: dict[int, date | None], lex: Lexicon) -> date | None:
    """The date the text gives the figure, else the day of its event; never a day after publication, since
    a figure dated later ("5,000 troops by 5 May 2030") is a target or a forecast, counted as of no day."""
    index = c.sentence.index
    if index not in dated:
        dated[index] = _sentence_as_of(doc, index, lex)
    when = dated[index]
    if when is None and event is not None and event.date is not None and event.date_precision == "day":
        when = event.date
    published = doc.article.published_at
    if when is not None and published is not None and when > _day_of(published):
        return None
    return when


def _day_of(published: date | datetime) -> date:
    return published.date() if isinstance(published, datetime) else published


# A subject_key "…@<article_id>" groups the figures of that one article: nothing else can match it.
ARTICLE_SCOPE = "@"


def subject_key_of(c: Count, lex: Lexicon, event: Event | None, article_id: str) -> str | None:
    if c.quantity is None and c.category == "other":
        return None
    head = c.head or ""
    cls = counted_kind(head, lex)
    country = c.country or (event.location_country if event is not None else None)
    key = f"{subject_category(c.category)}:{country or '-'}:{cls or 'people'}"
    if event is not None and event.date is not None and event.date_precision == "day":
        key += f":{event.date.isoformat()}"
    return key if country else f"{key}{ARTICLE_SCOPE}{article_id}"
