"""An event with no date of its own → the date of its sentence, paragraph, dateline or publication, and where it came from.

An article tells its events as a narrative: "On 27 April, police raided the Toro district. A shoot-out broke
out and a man was killed." dates the shoot-out and the killing by the first sentence; "Two days later,
protesters gathered" counts from the event before it; a wire story's dateline ("KABUL, May 5 (Reuters) —")
dates its lead. An event that none of them dates is dated to the week it was published in: news reports
what happened in the last days, and a week is as precise as that claim honestly is.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from etl.extract.dates import (SPAN_ENDS, DateMention, anchored, coming, find_dates, holdable, in_year,
                               year_before)
from etl.extract.datelines import Dateline, lead_paragraph
from etl.extract.events.dating import TOLD, TOLD_WHOM_WORDS, lately
from etl.extract.events.lexicon import Lexicon
from etl.extract.events.participants import CAME
from etl.extract.text import Doc

# Precisions a context date may pass on: a month or year in an earlier sentence is background ("the group,
# founded in March 2012, …") more often than the date of what follows, unless it opens its sentence ("In May
# 2019, police raided the camp. Two officers were killed."): then it sets the time of the narrative that follows.
_PASSED_ON = frozenset({"day", "week"})
_WHEN_AFTER = re.compile(r",?\s*when\b")
_SHORT_PARAGRAPH = 2  # sentences of a paragraph of wire copy, whose day the next paragraph's story goes on in
_OPENING_QUOTES = ('"', "“", "‘", "'")
_LISTED = 24  # sentences back from an incident to the heading of the list of paragraphs it is told in, at most
# Words that may stand before a date that opens its sentence and sets the narrative's time ("In May 2019, …",
# "Then in 2015, …"); "since", "until", "before" and "after" make the date a bound, not the time of what follows.
# A date that ends a span of time an event lasts, not the time it happened ("through December", "until 2019").
# "until 2019", "through December", "until 10am on Tuesday": how long, past a time of day; or when what a noun names
# begins ("agreed to a ceasefire starting Aug. 4", "a curfew effective Monday"), not when the event was
_BOUND = re.compile(rf"(?:\b(?:{'|'.join(sorted(SPAN_ENDS | {'through', 'thru'}))})"
                    r"|(?<=[a-z] )(?:starting|beginning|effective))\s+"
                    r"(?:(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|hrs|h)?|noon|midnight|dawn|dusk)\s+"
                    r"(?:on\s+)?)?$")
_BOUND_CHARS = 30  # characters before a date searched for the bound it closes
_WHEN_AFTER = re.compile(r",?\s+when\b")  # after a bound, the clause of what happened on its day
_NARRATIVE_OPENERS = frozenset("in on during at around by throughout and but then".split())
_OPENING_CHARS = 24      # most characters before a date that opens its sentence ("And then during ")
# A sentence in the present ("Rubio is airing an ad", "candidates have followed his lead") is told at the time of
# writing, not in the past a month or year opened earlier sets.
_PRESENT = re.compile(r"\b(?:is|are|am|has|have)\b")
# Days after the story's date a day read for an event told as done may fall ("a New Year's message" sent on 30
# December); past them, a day or month without its year is read a year earlier.
_DAYS_AHEAD = 7
# Modalities of events that happened (or are said to have): a future, hypothetical or negated event takes no
# date from its context.
_HAPPENED = frozenset({"asserted", "reported"})

# "will", "shall" or reported "would" a few words before a trigger ("will hold an emergency summit", "said the truce
# would take effect on Sunday"), not a passive's ("will be charged with murder": an act before the charge) nor a past
# conditional's ("would have met on Sunday")
_WILL = re.compile(r"\b(?:will|shall|would)\s+(?!be\b|have\b)(?:[\w'’-]+\s+){0,3}$")
_LEAD_CHARS = 40  # the longest date that opens a report ("Wednesday, 22 September 2021:")
_SINCE_PERFECT = re.compile(r"\b(?:has|have|had)\s+since\s")  # a perfect told of a time after another
# adverbs that tell the end of a captivity or a search came after the day told before ("were eventually freed")
_OUTCOME_LATER = ("later", "eventually", "subsequently")
# A span after the day told before, over which what a clause tells happened: "were freed in the following weeks",
# "over the next few days", "in the months that followed"; not one the clause is dated in ("the following day").
_FOLLOWING = re.compile(r"\b(?:in|over|during|within) the (?:(?:following|next|ensuing|subsequent)(?: few| several)? "
                        r"(?:days|weeks|months|years)|(?:days|weeks|months|years) (?:that|which) followed)\b")
_FOLLOWING_CHARS = 160  # how far after its verb a clause tells such a span (a sentence may be a page long)
_SUBJECT_END = re.compile(r"\s+(?:(?:have|has|had|were|was)\s+(?:been\s+)?)?")  # from a subject's date to its verb
# the day told before, named again after such an adverb: "She was later released the same day"
_SAME_DAY = re.compile(r"\b(?:same|that) (?:day|evening|night|morning|afternoon)\b")
_SINCE_PERFECT_CHARS = 24  # characters before a trigger searched for it: "had since been released"
# Words that end a span of time before "later" ("two days later", "moments later"), which dating reads as a step
_SPAN_BEFORE_LATER = frozenset({"days", "day", "weeks", "week", "months", "month", "years", "year", "hours", "hour",
                                "minutes", "minute", "moments", "seconds", "much", "shortly", "soon", "not", "or"})
_SPAN_DAYS = 14  # days back to the day a span "since" then starts at, at least, for no event of that day
_SINCE_CHARS = 60  # characters from "since" to the date of the clause it opens ("since the protests began on Saturday")
_LEAD_MARKS = (":", "-", "–", "—")
_YEAR = re.compile(r"\d{4}")
_HEADING_LINE = re.compile(r"[^\n.!?\d]{1,80}(?<![.!?:,;])\n\s*")  # a line that is no sentence: a heading
# a live blog's entry label: "update, 6:10 p.m.: ", "14:32 gmt — ", "10:48 a.m. pt — ", or the wire's "0942 gmt – "
# (four digits only with the zone or "hrs" after them, which no year has) (the text in lower case)
_CLOCKED_ENTRY = re.compile(r"(?:(?:update[ds]?|breaking),?\s+)?"
                            r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?"
                            r"|(?:[01]\d|2[0-3])[0-5]\d\s*(?:gmt|utc|hrs|local\s+time))"
                            r"\s*(?::|—|–|--?)\s")
# a time of day an act is told at: "at 6:44 p.m.", "at around 9 pm", "at 18:44" (the text in lower case)
_AT_CLOCK = re.compile(r"\bat\s+(?:around\s+|about\s+|approximately\s+)?(?:\d{1,2}(?:[:.][0-5]\d)?\s*[ap]\.?m\b"
                       r"|(?:[01]?\d|2[0-3])[:.][0-5]\d\b(?!\s*(?:million|billion|per|%)))")
_CAME_CHARS = 12  # characters before an interval searched for the verb it follows ("comes two days after")
_ANCHOR_CHARS = 600  # the opening read for the day an undated article counts from: its first sentences


@dataclass(frozen=True, slots=True)
class Dating:
    """The date an event gets, the words it was read from (none for the publication date) and their source:
    text, context, dateline, publication or none (the events table's `date_source`)."""
    date: date | None
    precision: str
    source: str
    mention: DateMention | None = None


NO_DATE = Dating(None, "none", "none")


class Neighbours:
    """The events of a sentence dated by their own words, by token position: the nearest one dates the
    others of its sentence ("shelled Kharkiv overnight, killing three"); one that happened lately, at no date
    ("came into effect recently"), dates its nearest neighbours as lately too."""

    def __init__(self, dated: list[tuple[int, DateMention]]):
        self._positions = [p for p, _ in dated]
        self._dates = [d for _, d in dated]

    def nearest(self, position: int) -> DateMention | None:
        """The date of the nearest other dated event, the one before preferred on a tie."""
        k = bisect_left(self._positions, position)
        before = k - 1
        after = k + 1 if k < len(self._positions) and self._positions[k] == position else k
        options = [j for j in (before, after) if 0 <= j < len(self._positions)]
        if not options:
            return None
        best = min(options, key=lambda j: abs(self._positions[j] - position))
        return self._dates[best]


def lead_date(text: str, published: date | None, order: str, keep_order: bool = False,
              settled: bool = True) -> date | None:
    """The day a report opens with, before a colon or dash ("07/22/2015: Assailants …", "3 March 2021 - …"), when
    it names its year: the day of the story, from which its dates without a year count ("The hostages were killed
    on July 25"), as they count from a dateline's."""
    heading = _HEADING_LINE.match(text)  # "One year on ¶ June 9, 2019 — …": a timeline under its heading
    start = heading.end() if heading else 0
    found = find_dates(text, published, start, min(len(text), start + _LEAD_CHARS), order, keep_order, settled)
    if not found or found[0].date is None or found[0].precision != "day" or text[start:found[0].start].strip():
        return None
    first = found[0]
    if not _YEAR.search(first.text) or not text[first.end:first.end + 3].lstrip().startswith(_LEAD_MARKS):
        return None
    return first.date


def anchor_date(text: str, order: str) -> date | None:
    """For an article with no publication date, the first day its opening tells with a year ("… in Marrakesh on
    28 April 2011"): the day its dates without a year count from ("On 5 May, police arrested three suspects")."""
    for found in find_dates(text, None, 0, min(len(text), _ANCHOR_CHARS), order):
        if found.date is not None and found.precision == "day" and _YEAR.search(found.text):
            return found.date
    return None


class Narrative:
    """The dates told so far in an article, read in text order: what an undated event takes from its sentence,
    its paragraph, the dateline or the publication."""

    def __init__(self, doc: Doc, lowered: str, reference: date | None, order: str, dateline: Dateline | None,
                 published: date | None, lex: Lexicon, *, keep_order: bool = False, settled: bool = True,
                 from_lead: bool = False):
        self._doc = doc
        self._lowered = lowered
        self._reference = reference
        self._order = order
        self._keep_order = keep_order  # numeric dates are read in `order`, whatever day they fall on (find_dates)
        self._settled = settled  # `order` is more than a guess (order_settled)
        # the story opens with the day it happened ("01/01/2017: A gunman …"), told after the fact: a day after
        # that one is what followed it ("was arrested on January 16"), not last year's
        self._from_lead = from_lead
        self._dateline = dateline
        self._published = published
        self._lex = lex
        self._last: tuple[Dating, int] | None = None     # the latest event date told, and its paragraph
        self._found: dict[int, list[DateMention]] = {}  # (`found_in`)
        self._sentence_dates: dict[int, list[DateMention]] = {}
        self._past: dict[int, bool] = {}
        self._read_before: dict[int, DateMention] = {}  # date mentions read a year earlier, by offset
        self._stepped: dict[int, DateMention | None] = {}  # steps from the event before ("two days later"), by offset
        self._sentence = 0  # the sentence of the event being dated
        self._lead: tuple[Dating, int] | None = None  # the day the story's lead told first, and its sentence
        self._lead_read = False  # whether the first date told has been read for the lead's
        self._calm_through = -1  # the last sentence after the lead read with no date of another time (`_story_day`)
        self._moved_at: int | None = None  # the first sentence after the lead that tells another time, once read

    def date(self, sentence: int, own: DateMention | None, neighbours: Neighbours, position: int,
             modality: str, anchor: Dating | None = None, offset: int | None = None, many: bool = False,
             unclaimed: Sequence[DateMention] = (), narrated: bool = False,
             spoken: Sequence[DateMention] = (), outcome: bool = False, storied: bool = False) -> Dating:
        """The date of an event in the sentence of that index: its own date expression (a step from the
        event before, for "two days later", or from `anchor`, the event an interval names: "three days after the
        bombing"), else the nearest dated event of its sentence, else a day of its sentence before it that dates no
        event (`unclaimed`: "surrounded the palace on Saturday, and three soldiers were killed"), else the latest
        date of its paragraph, else the day of the speech before it in its sentence, for a verb in the past
        (`spoken`: "said on Thursday they had finalised the text"), else the dateline's, else publication.
        `outcome`: the event ends a state that lasts (a captivity's release, a body found), told later even in a
        summary that opens with its day. `storied`: an incident a clause tells in the past, which takes the day of
        the story's lead when no date told since moved the story to another time (`_story_day`)."""
        paragraph = self._doc.sentences[sentence].paragraph
        self._sentence = sentence
        # a step back ("after the previous day 40 prisoners were killed") tells what came before the narrative's
        # time: it dates what follows no more than it is a base for the next step
        flashback = own is not None and own.shift is not None and own.shift[0] < 0
        if own is not None and own.shift is not None:
            if own.start not in self._stepped:  # "Two days later, protesters gathered … and blocked": one step for both
                # an interval back counts from a day its own sentence told before it ("pulled bodies from the rubble
                # on Monday, two days after a missile strike killed 40"), else from the event told so far
                # (not the bound of a span, "the deadliest since January", nor a date in an aside on the subject of
                # "came", "The strike, the deadliest since the war began in October, came hours after …": times the
                # subject is compared with, not its own)
                came = self._came_before(own)
                before = [m for m in self._dates_of(sentence) if m.end <= own.start and not self._since(m)
                          and not self._since_clause(sentence, m)
                          and not (came and "," in self._lowered[m.end:own.start])] if flashback else []
                if own.shift[1] == "year":  # "in May of that year", "the following year": the year told last
                    year = self._year_told(sentence, own.start)
                    before = [year] if year is not None else before
                # "The attack came a day after drones hit …": the attack told last, or the one the story is about, its
                # lead's day, past the background told since with no day ("In January 2023, a strike killed 46.")
                told = self._last[0] if self._last else None
                if came and self._lead is not None and (told is None or told.precision != "day"):
                    told = self._lead[0]
                base = anchor or (Dating(before[-1].date, before[-1].precision, "text", before[-1]) if before
                                  else told or self._context(sentence, paragraph))
                self._stepped[own.start] = anchored(own, base.date, base.precision) if base and base.date else None
            own = self._stepped[own.start]
            if own is not None and own.date is not None and own.shift[0] > 0 and modality in _HAPPENED and (
                    self._published is not None and own.date > self._published):
                return Dating(None, "none", "none", own)  # "three days later" past the story's own day: the step
                # counts from a day that is not the event's (a hearing's, not the abduction's), so no day is known
        if own is not None and own.date is not None and modality == "future" and self._reference is not None and (
                offset is not None and self._will_before(sentence, offset)):
            own = coming(own, self._reference)  # "will hold an emergency summit in Maputo on Thursday": the coming one
        if own is not None and own.date is not None and self._deadline_to_come(own, modality):
            own = None  # "plans to spend … by 2030 were welcomed": the plan's deadline, not when it was welcomed
        if own is not None and own.date is not None and self._bound(own):
            own = None  # "agreed to fund agencies through December", "held until 2019": how long, not when
        if own is not None and own.date is not None and self._since(own) and (own.precision in ("month", "year") or (
                self._reference is not None and (self._reference - own.date).days > _SPAN_DAYS)):
            return Dating(None, "none", "none", own)  # "Boko Haram has killed more than 35,000 people since 2009":
            # a span that began then, no event of that year; so is one from a day weeks before ("the number of
            # Palestinians killed in Gaza since October 7"), not "since Monday", of the days just told
        if own is not None and own.date is not None:
            own = self._happened_before(self._after_lead(sentence, own), modality)
            dating = Dating(own.date, own.precision, "text", own)
            # (an event told as what a span runs from, "killed since the protests began on Saturday", dates no
            # narrative after it either)
            return dating if flashback or self._since_clause(sentence, own) else self._told(dating, paragraph)
        if modality not in _HAPPENED:
            return NO_DATE if own is None else Dating(None, "none", "none", own)
        # "came into effect recently": lately, at no date its neighbours or its paragraph tell
        recent = own is not None and lately(own)
        near = None if recent else neighbours.nearest(position)
        if near is not None and near.date is None:  # its nearest neighbour happened lately ("came into effect
            recent, near = True, None                # recently, with Putin lauding …"): so did it
        if near is not None:
            near = self._read_before.get(near.start, near)  # its event's date, as that event was dated
        if near is not None and near.date is not None and self._bound(near) and not _WHEN_AFTER.match(
                self._lowered, near.end):
            near = None  # "The fighting continued until 29 November, and 166 people were killed": no day of the toll
            # (but "lasted until 17 January, when police dispersed the crowd": the day the span ended on)
        # the start of what a release ends, told in the release's subject ("Gunmen who abducted 28 passengers last week
        # have freed all of them"): the release came after it, by how long the text does not say
        ended = outcome and near is not None and offset is not None and near.end <= offset and (
            _SUBJECT_END.fullmatch(self._lowered, near.end, offset) is not None)
        if ended:
            near = None
        if near is not None and not self._to_come(near.date):
            speech = self._spoken(spoken, offset) if offset is not None and near.start > offset else None
            if speech is not None:
                # "Houthis said on Tuesday they had targeted a ship, in response to strikes at the weekend": the act
                # the speaker tells as its own is of the day of the speech, not of the act told after it as its cause
                return self._told(speech, paragraph)
            return self._told(Dating(near.date, near.precision, "context", near), paragraph)
        # "Shekau later threatened to sell the girls": after the day told before, by how long the text does not say;
        # but a summary that opens with its day tells one incident ("02/19/2020: An assailant opened fire on a bar …
        # The assailant later killed his mother"): what it tells later is of that incident, the day it opens with;
        # not the end of what lasts ("abducted three aid workers … The hostages were later released", "eventually
        # freed", "subsequently found dead"): that came days or weeks on
        later = ended or offset is not None and (
            self._told_later(sentence, offset, _OUTCOME_LATER) and not _SAME_DAY.search(
                self._lowered, offset, self._doc.sentences[sentence].end) if outcome else (
                not self._from_lead and self._told_later(sentence, offset)))
        # (nor what its clause spreads over the time after it: "were released in the following weeks")
        later = later or offset is not None and _FOLLOWING.search(self._lowered, offset, min(
            self._doc.sentences[sentence].end, offset + _FOLLOWING_CHARS)) is not None
        # (nor do many events told at once, "has carried out several attacks in the region": none is of that day)
        found = None if recent or later or many else (
            self._unclaimed(unclaimed, offset) or self._context(sentence, paragraph)
            or (self._paragraph_before(sentence, paragraph) or self._list_heading(sentence) if narrated else None)
            or self._spoken(spoken, offset) or (self._story_day(sentence) if storied else None)
            or (self._clock_day(sentence) if narrated else None))
        if found is not None and not self._to_come(found.date):
            return self._told(found, paragraph)
        if self._dateline and self._dateline.date and paragraph == self._dateline.paragraph:
            d = self._dateline.date
            return Dating(d.date, d.precision, "dateline", d)
        if self._published is not None and self._clocked(paragraph, sentence):
            return Dating(self._published, "day", "dateline")  # "Update, 12:45 p.m.: Thousands have gathered …"
        monday = self._published - timedelta(days=self._published.weekday()) if self._published else None
        if monday is not None and holdable(monday):
            return Dating(monday, "week", "publication")
        return NO_DATE if own is None else Dating(None, "none", "none", own)  # "on Friday" of an undated story

    def _bound(self, mention: DateMention) -> bool:
        """Whether a date is the bound of a span ("until 29 November", "through December"): how long, not when."""
        return _BOUND.search(self._lowered, max(0, mention.start - _BOUND_CHARS), mention.start) is not None

    def _clocked(self, paragraph: int, sentence: int) -> bool:
        """Whether the paragraph opens with a time of day set off by a colon or a dash, as a live blog's entry does
        ("14:32 GMT — …", "Update, 6:10 p.m.: …"): the entry's dateline, on the day the blog was published."""
        sentences = self._doc.sentences
        while sentence > 0 and sentences[sentence - 1].paragraph == paragraph:
            sentence -= 1
        return _CLOCKED_ENTRY.match(self._lowered, sentences[sentence].start) is not None

    def _will_before(self, sentence: int, offset: int) -> bool:
        """Whether "will" or "shall" stands right before the trigger at character `offset` (`_WILL`): the event is to
        come, not one a purpose or a plan told after a past act names ("met on Tuesday to appeal")."""
        start = max(self._doc.sentences[sentence].start, self._lowered.rfind(",", 0, offset) + 1)
        return _WILL.search(self._lowered, start, offset) is not None

    def _to_come(self, day: date | None) -> bool:
        """Whether a day of an event's context is after the story ("has called for a strike on Friday"): no day for
        an event told as done ("has called for") to have happened on."""
        return day is not None and self._published is not None and day > self._published

    def _told_later(self, sentence: int, offset: int, words: tuple[str, ...] = ("later",)) -> bool:
        """Whether "later" (or another of `words`) stands as an adverb before the trigger at character `offset` in its
        sentence, with no span of time before it ("later threatened", not "two days later", which a step reads)."""
        start = self._doc.sentences[sentence].start
        if _SINCE_PERFECT.search(self._lowered, max(start, offset - _SINCE_PERFECT_CHARS), offset):
            return True  # "Fifteen of them had since been released": after the day told before, as "later" is
        at, word = max((self._lowered.rfind(w, start, offset), w) for w in words)
        if at < 0 or at > 0 and self._lowered[at - 1].isalnum() or self._lowered[at + len(word):at + len(word) + 1
                                                                                 ].isalnum():
            return False
        before = self._lowered[start:at].split()
        return not before or before[-1] not in _SPAN_BEFORE_LATER and not before[-1].isdigit()

    def _since(self, own: DateMention) -> bool:
        """Whether "since" opens a date or stands right before it ("since 2009", "since January"), not one a "when"
        clause after it tells of ("since 2017, when a colonel was killed": that clause's time)."""
        return (own.text[:6].lower() == "since " or self._lowered[max(0, own.start - 6):own.start] == "since ") and (
            _WHEN_AFTER.match(self._lowered, own.end) is None)

    def _since_clause(self, sentence: int, own: DateMention) -> bool:
        """Whether a date stands in a clause opened by "since" ("… had been killed since the protests began on
        Saturday"): the start of a span, not the time the story has come to."""
        start = max(self._doc.sentences[sentence].start, own.start - _SINCE_CHARS)
        at = self._lowered.rfind("since ", start, own.start)
        return at >= 0 and (at == 0 or not self._lowered[at - 1].isalnum()) and not any(
            ch in self._lowered[at:own.start] for ch in ",;:")

    def _deadline_to_come(self, own: DateMention, modality: str) -> bool:
        """Whether a date is a deadline after the story ("by 2030") next to an event told as done: the deadline of
        something planned, which cannot be when the event happened."""
        return (modality in _HAPPENED and self._reference is not None and own.date > self._reference
                and self._lowered[max(0, own.start - 3):own.start] == "by ")

    def _happened_before(self, own: DateMention, modality: str) -> DateMention:
        """An event told as done by its own verb ("attacked on 3 March": a date after the story leaves only a verb
        in the past asserted or reported) happened before the story: a day or month that names no year and was
        read weeks after the story's date is last year's (a few days after may be the occasion it was for: "sent a
        New Year's message"). The date of another event, or of the paragraph, may be yet to come: left as read."""
        if own.start in self._read_before:
            return self._read_before[own.start]  # "In October, gunmen killed 13 officers in an ambush": as its verb
        carried = self._year_carried(own) if modality in _HAPPENED else None
        if carried is not None:
            self._read_before[own.start] = carried
            return carried
        if (modality not in _HAPPENED or self._reference is None or self._from_lead
                or own.date <= self._reference + timedelta(days=_DAYS_AHEAD)):
            return own
        earlier = year_before(own)
        if earlier is None:
            return own
        self._read_before[own.start] = earlier
        return earlier

    def _after_lead(self, sentence: int, own: DateMention) -> DateMention:
        """A timeline's entry that opens its sentence with a day of no year ("Nov. 18 — Police lay siege …") after
        the day the report opens with ("June 9, 2019 — …"): what followed it, so a day read before it is the next
        year's (not before publication)."""
        if not self._from_lead or self._reference is None or own.date >= self._reference or (
                own.start != self._doc.sentences[sentence].start):
            return own
        later = in_year(own, own.date.year + 1)
        return later if later is not None and (self._published is None or later.date <= self._published) else own

    def _year_carried(self, own: DateMention) -> DateMention | None:
        """A day or month with no year, in the year of the day told last when that day named another year and the
        one read comes after it that year: a narrative goes on in the year it is in ("On 13 November 2015, gunmen
        attacked … Five days later, on 18 November, police raided"; "June 9, 2019 — … June 12 — …")."""
        told = self._last[0].mention if self._last is not None else None
        if told is None or told.date is None or self._last[0].precision != "day" or own.date is None or (
                told.date.year == own.date.year or not _YEAR.search(told.text)):
            return None
        carried = in_year(own, told.date.year)  # (and before the story: "On 5 May 2020 … the October 17 protests")
        return carried if carried is not None and told.date <= carried.date and (
            self._reference is None or carried.date <= self._reference) else None

    def _told(self, dating: Dating, paragraph: int) -> Dating:
        self._last = (dating, paragraph)
        if not self._lead_read:
            # the first date told, a day in the lead's paragraph (below a headline or a line of stray marks): the day the
            # lead tells the story of
            self._lead_read = True
            if dating.precision == "day" and dating.date is not None and dating.source in ("text", "context") and (
                    paragraph == lead_paragraph(self._doc)):
                self._lead = (dating, self._sentence)
        return dating

    def _story_day(self, sentence: int) -> Dating | None:
        """The day of the story's lead, for an incident told in the past paragraphs after it with no date of its own
        ("Police fired tear gas at protesters on Tuesday." ¶ … ¶ "In Eldoret, protesters set fire to a police post."):
        a report tells one day's story, unless a date told since, up to the incident's sentence, moves it to another
        time ("In January 2023, a strike killed 46.", "On Monday, …", "two days later"), or the event told last was
        of another day. Read once, sentence by sentence, up to the first that moves it."""
        if self._lead is None or self._last is None or self._last[0].date != self._lead[0].date or (
                self._last[0].precision != "day"):
            return None
        lead, told_in = self._lead
        if self._moved_at is not None:
            return None if self._moved_at <= sentence else Dating(lead.date, "day", "context", lead.mention)
        for k in range(max(self._calm_through + 1, told_in + 1), sentence + 1):
            if any(self._moves(m, lead.date) for m in self.found_in(k)):
                self._moved_at = k
                return None
            self._calm_through = k
        return Dating(lead.date, "day", "context", lead.mention)

    def _clock_day(self, sentence: int) -> Dating | None:
        """The day told last, for an incident whose sentence tells only its time of day ("On Thursday evening, at
        around 6:40 p.m., a man attacked …" ¶ "Officers arrested the man at the scene at 6:44 p.m."): an hour of that
        day, whatever day the story goes on to tell after it."""
        if self._last is None or self._last[0].precision != "day" or self._last[0].date is None:
            return None
        bounds = self._doc.sentences[sentence]
        if _AT_CLOCK.search(self._lowered, bounds.start, bounds.end) is None:
            return None
        told = self._last[0]
        return Dating(told.date, "day", "context", told.mention)

    def _moves(self, mention: DateMention, day: date | None) -> bool:
        """Whether a date tells a time other than the story's day: another day, a week, month or year, or a step
        from another event ("two days later"); not the bound of a span nor a time to come ("schools will stay closed
        until Tuesday")."""
        if mention.date is None:
            return mention.shift is not None
        return not (mention.precision == "day" and mention.date == day) and not self._to_come(mention.date) and (
            not self._bound(mention))

    def _came_before(self, own: DateMention) -> bool:
        """Whether "came" stands right before an interval ("The attack came a day after drones hit …"): the interval
        counts back from the event the subject names."""
        before = self._lowered[max(0, own.start - _CAME_CHARS):own.start].split()
        return bool(before) and before[-1] in CAME

    def _unclaimed(self, unclaimed: Sequence[DateMention], offset: int | None) -> Dating | None:
        """The last day or week of the sentence before the event that dates no event of it, nor a speech."""
        if offset is None:
            return None
        for mention in reversed(unclaimed):
            if mention.end <= offset and mention.date is not None and mention.shift is None and (
                    self._passes_on(mention, mention.precision, past=False) and not self._dates_speech(mention)
                    and (self._reference is None or mention.date <= self._reference)):
                return Dating(mention.date, mention.precision, "context", mention)
        return None

    def _spoken(self, unclaimed: Sequence[DateMention], offset: int | None) -> Dating | None:
        """The day of the speech an event is told in, when nothing else before it in its paragraph dates it ("Armenia
        and Azerbaijan said on Thursday they had finalised the text"): done by then, most often that day."""
        if offset is None:
            return None
        for mention in reversed(unclaimed):
            if mention.end <= offset and mention.date is not None and mention.shift is None and (
                    mention.precision == "day" and self._dates_speech(mention)
                    and (self._reference is None or mention.date <= self._reference)):
                return Dating(mention.date, mention.precision, "context", mention)
        return None

    def _context(self, sentence: int, paragraph: int) -> Dating | None:
        """The latest day or week told before the sentence in its paragraph, or a month or year that opened a
        sentence of it when this one is in the past: an earlier event's, or a date of an earlier sentence that
        dates no speech ("said on Friday"). For a sentence in the past, a sentence in the past before it comes
        first: one in the present between them tells of another time ("beat Chelsea last night. Rice is a doubt
        for Saturday's trip. Rival fans clashed …": the night of the match)."""
        past = self._in_past(sentence)
        told = self._last[0] if self._last is not None and self._last[1] == paragraph else None
        if told is not None and self._passes_on(told.mention, told.precision, past):
            return Dating(told.date, told.precision, "context", told.mention)
        k = sentence - 1
        present: Dating | None = None  # the latest date of a sentence in the present, if none in the past comes
        while k >= 0 and self._doc.sentences[k].paragraph == paragraph:
            for mention in reversed(self._dates_of(k)):
                if self._passes_on(mention, mention.precision, past):
                    dating = Dating(mention.date, mention.precision, "context", mention)
                    if not past or self._in_past(k):
                        return dating
                    present = present or dating
                    break
            k -= 1
        return present

    def _paragraph_before(self, sentence: int, paragraph: int) -> Dating | None:
        """For an incident a verb tells in the past (`narrated`), the day of the event told last, when it was told in
        the paragraph right before, of a sentence or two, and this sentence opens its own: wire copy gives each
        sentence of its story a paragraph, so the story goes on ("Gunmen killed five people in Mafa on Sunday." ¶ "The
        attackers burst into a home …"); not an event a noun names ("the shooting in San Bernardino"), which may be
        any day's."""
        told = self._last
        if told is None or sentence == 0 or self._doc.sentences[sentence - 1].paragraph == paragraph:
            return None
        k = sentence - 1
        # past paragraphs that only quote someone ('"The enemy is once again trying …," the minister wrote'): the
        # story goes on past the words it gives
        while k >= 0 and self._doc.sentences[k].paragraph > told[1] and self._quotes_only(k):
            paragraph = self._doc.sentences[k].paragraph
            while k >= 0 and self._doc.sentences[k].paragraph == paragraph:
                k -= 1
        if told[1] != paragraph - 1 or told[0].precision != "day" or told[0].source not in ("text", "context"):
            return None
        sentence = k + 1
        while k >= 0 and self._doc.sentences[k].paragraph == paragraph - 1:
            k -= 1
        if sentence - 1 - k > _SHORT_PARAGRAPH:
            return None
        filed = self._dateline.end if self._dateline is not None else 0  # ("KABUL, May 5 (Reuters) -": the day it was
        # filed, no day the paragraph tells)
        days = {m.date for j in range(k + 1, sentence) for m in self._dates_of(j)
                if m.precision == "day" and m.date is not None and not self._dates_speech(m) and m.start >= filed}
        if len(days) > 1:
            return None  # ("… kidnapped 39 students late on Thursday. The kidnapping prompted protests … on Friday.":
            # which day the next paragraph goes on in, the text does not say)
        return Dating(told[0].date, told[0].precision, "context", told[0].mention)

    def _quotes_only(self, sentence: int) -> bool:
        """Whether every sentence of the paragraph that ends with this one opens with a quote mark."""
        sentences = self._doc.sentences
        paragraph = sentences[sentence].paragraph
        k = sentence
        while k >= 0 and sentences[k].paragraph == paragraph:
            if not self._doc.text[sentences[k].start:sentences[k].end].lstrip().startswith(_OPENING_QUOTES):
                return False
            k -= 1
        return True

    def _list_heading(self, sentence: int) -> Dating | None:
        """For an incident a verb tells in the past (`narrated`), the one day of the heading that opens the list of
        short paragraphs it is told in ("Following are security developments in Iraq on Wednesday:" ¶ "* MOSUL -
        Gunmen killed a policeman …"): a roundup's incidents are of the day its heading names."""
        k = sentence - 1
        paragraph = self._doc.sentences[sentence].paragraph
        told = 0  # sentences of the paragraph read, back to the one before the sentence
        while k >= 0 and sentence - k <= _LISTED:
            current = self._doc.sentences[k]
            if current.paragraph != paragraph:
                paragraph, told = current.paragraph, 0
                if self._doc.text[current.start:current.end].rstrip().endswith(":"):
                    days = [m for m in self._dates_of(k) if m.precision == "day"]
                    return Dating(days[0].date, "day", "context", days[0]) if len(days) == 1 else None
            told += 1
            if told > _SHORT_PARAGRAPH:
                return None
            k -= 1
        return None

    def _passes_on(self, mention: DateMention | None, precision: str, past: bool) -> bool:
        """Whether a date told earlier in a paragraph dates the events after it: a day or week, or, for an event
        told in the past tense (`past`), any date that opens its sentence ("In May 2019, police raided the camp.")."""
        return precision in _PASSED_ON or (past and mention is not None and precision != "none"
                                           and self._opens(mention))

    def _in_past(self, sentence: int) -> bool:
        """Whether the sentence of that index has no verb in the present ("is", "has"); asked once per sentence."""
        if sentence not in self._past:
            current = self._doc.sentences[sentence]
            self._past[sentence] = _PRESENT.search(self._lowered, current.start, current.end) is None
        return self._past[sentence]

    def _opens(self, mention: DateMention) -> bool:
        """Whether only a preposition or two stand between the start of its sentence and the date (not "since")."""
        starts = self._doc.sentence_starts
        k = bisect_left(starts, mention.start + 1) - 1
        if k < 0 or mention.start - starts[k] > _OPENING_CHARS or mention.text[:6].lower() == "since ":
            return False
        before = self._lowered[starts[k]:mention.start].split()
        return len(before) <= 2 and all(w in _NARRATIVE_OPENERS for w in before)

    def _year_told(self, sentence: int, offset: int) -> DateMention | None:
        """The date told last before `offset`, in its sentence or an earlier one: the year "that year" names."""
        for k in range(sentence, -1, -1):
            current = self._doc.sentences[k]
            told = [m for m in self._dates_of(k) if m.end <= offset]
            told += [m for m in self._stepped.values()
                     if m is not None and m.date is not None and current.start <= m.start and m.end <= offset]
            if told:
                return max(told, key=lambda m: m.start)
        return None

    def found_in(self, k: int) -> list[DateMention]:
        """All the date mentions of the sentence of that index, read once for the events loop and the narrative."""
        found = self._found.get(k)
        if found is None:
            s = self._doc.sentences[k]
            found = self._found[k] = find_dates(self._doc.text, self._reference, s.start, s.end, self._order,
                                                self._keep_order, self._settled)
        return found

    def _dates_of(self, k: int) -> list[DateMention]:
        if k not in self._sentence_dates:
            self._sentence_dates[k] = [m for m in self.found_in(k) if m.date is not None and not self._dates_speech(m)]
        return self._sentence_dates[k]

    def _dates_speech(self, mention: DateMention) -> bool:
        """Whether a reporting verb stands right before the date ("said on Friday", "announced Monday"), or one of
        telling and whom it told ("told the court on Tuesday that the businessman was abducted": the testimony's day,
        not the abduction's)."""
        before = self._lowered[max(0, mention.start - 48):mention.start].split()
        while before and before[-1] in ("on", "late", "early", "this"):
            before.pop()
        if not before:
            return False
        whom = before[-1 - TOLD_WHOM_WORDS:-1]
        told = next((n for n in range(len(whom) - 1, -1, -1) if whom[n] in TOLD), None)
        return before[-1] in self._lex.reporting or told is not None and all(
            w.isalpha() for w in (*whom[told + 1:], before[-1]))
