"""An article with its statements and events → estimates: each claimed count with its hedge, what it counts and who gave it.

Rules over the words around each number only (numbers.py finds them), so the cost grows with the
number of figures, not the length of the article. For each count:
- `quantity` is the noun phrase after it ("3 Taliban militants"); an elliptical count ("7 were
  wounded", "the casualties at around 1,000") takes the phrase of the count it refers back to;
- `category` comes from a verb or adjective after that phrase ("were killed", "found dead"), else
  from the phrase's own head ("12 fatalities"), else from a verb or toll noun before the number
  ("killing 3", "the death toll rose to 40"), else from a count it is coordinated with
  ("3 soldiers and 2 civilians were killed", "killed 2 soldiers and 3 civilians");
- a singular "a man" or "an officer" counts as one when a casualty or arrest verb governs it;
- a figure that only restates counts already given ("… 1 fatality." after "a man was found dead",
  "the 3 soldiers killed" after "3 soldiers were killed") is not recorded twice;
- `claimant` is the speaker of the enclosing statement, else the "according to" source or the
  subject of a reporting verb in the same sentence, else nobody ("reportedly");
- `subject_key` names what is counted so that figures of the same thing meet across articles:
  category, country (of the counted people, else of where the linked event happened) and the kind of
  people, plus the day of the linked event for a count of one incident ("12 killed in a raid on
  3 May"); a running total with no day ("3,000 killed since the war began") groups by subject alone.
  A count whose country is unknown cannot be told apart from others across articles, so its key is
  kept to its own article.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from heapq import heappop, heappush
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache

from etl.extract import geo
from etl.extract.dates import find_dates
from etl.extract.mentions import analyze
from etl.extract.numbers import Number, find_numbers
from etl.extract.text import Doc, WordFinder, tokens
from etl.ids import stable_hash
from etl.paths import LEXICON_DIR
from etl.records import Estimate, Event, Statement

VERSION = "estimates-rules-1.3"

# How far the rules look from a number, in tokens: news phrases a count within a few words of its verb.
_MAX_NP = 6
_MAX_SKIP = 4
_MAX_LINKS = 5
_MAX_SUBJECT = 8
_MAX_TRIMMED = 8  # determiners and adverbs trimmed off a speaker phrase, at most
# Confidence by how the category was found: a verb right after the counted phrase is the surest sign.
_CONFIDENCE = {"after": 0.9, "head": 0.85, "before": 0.8, "toll": 0.8, "chain": 0.75, "none": 0.5}
_SINGULAR_DISCOUNT = 0.15
# subject_key groups these categories: "killed or wounded" and "casualties" count the same people.
_SUBJECT_CATEGORY = {"killed_or_wounded": "casualties"}
# Written numbers that are as often a pronoun or determiner as a count ("one of the", "one day").
_WEAK_VALUES = frozenset({1.0})


def subject_category(category: str) -> str:
    """The category an estimate is grouped under: its own, except "killed_or_wounded" → "casualties"."""
    return _SUBJECT_CATEGORY.get(category, category)


@dataclass(frozen=True)
class _Lexicon:
    after_cues: dict[tuple[str, ...], str]
    before_verbs: dict[tuple[str, ...], str]
    before_nouns: dict[tuple[str, ...], str]
    head_nouns: dict[str, str]
    before_links: frozenset[str]
    before_skip: frozenset[str]
    after_skip: frozenset[str]
    object_starts: frozenset[str]
    np_stop: frozenset[str]
    adjectives_ed: frozenset[str]
    plurals: frozenset[str]
    summary_heads: frozenset[str]
    summary_before: frozenset[str]
    definite_before: frozenset[str]
    singular_categories: frozenset[str]
    body_nouns: frozenset[str]
    to_death_verbs: frozenset[str]
    partitive: frozenset[str]
    reporting_verbs: frozenset[str]
    subject_skip: frozenset[str]
    subject_stop: frozenset[str]
    anonymous_sources: frozenset[str]
    pronouns: frozenset[str]
    determiners: frozenset[str]
    as_of: re.Pattern[str]
    cue_words: frozenset[str]
    quantity_classes: dict[str, str]
    longest: int


def _phrases(d: dict[str, str]) -> dict[tuple[str, ...], str]:
    return {tuple(k.lower().split()): v for k, v in d.items()}


@cache
def lexicon() -> _Lexicon:
    raw = json.loads((LEXICON_DIR / "estimates.json").read_text(encoding="utf-8"))
    after, verbs, nouns = (_phrases(raw[k]) for k in ("after_cues", "before_verbs", "before_nouns"))
    markers = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(raw["as_of_markers"], key=len, reverse=True))
    return _Lexicon(
        after_cues=after, before_verbs=verbs, before_nouns=nouns, head_nouns=raw["head_nouns"],
        before_links=frozenset(raw["before_links"]), before_skip=frozenset(raw["before_skip"]),
        after_skip=frozenset(raw["after_skip"]), object_starts=frozenset(raw["object_starts"]),
        np_stop=frozenset(raw["np_stop"]), adjectives_ed=frozenset(raw["adjectives_ed"]),
        plurals=frozenset(raw["irregular_plurals"]), summary_heads=frozenset(raw["summary_heads"]),
        summary_before=frozenset(raw["summary_before"]), definite_before=frozenset(raw["definite_before"]),
        singular_categories=frozenset(raw["singular_categories"]), body_nouns=frozenset(raw["body_nouns"]),
        to_death_verbs=frozenset(raw["to_death_verbs"]), partitive=frozenset(raw["partitive"]),
        reporting_verbs=frozenset(raw["reporting_verbs"]), subject_skip=frozenset(raw["subject_skip"]),
        subject_stop=frozenset(raw["subject_stop"]), anonymous_sources=frozenset(raw["anonymous_sources"]),
        pronouns=frozenset(raw["pronouns"]), determiners=frozenset(raw["determiners"]),
        # "as of Monday", "by 5 May": a marker, then something that can start a date.
        as_of=re.compile(rf"\b(?i:{markers})\s+(?=[A-Z0-9]|(?i:yesterday|today|last|this)\b)"),
        # First words of every cue: only sentences holding one can have a singular count.
        cue_words=frozenset(phrase[0] for table in (after, verbs, nouns) for phrase in table),
        quantity_classes=raw["quantity_classes"],
        longest=max(len(k) for k in (*after, *verbs, *nouns)),
    )


_SINGULAR = re.compile(r"\b[Aa]n?[^\S\n]+(?=\w)")
_ACCORDING = re.compile(r"\baccording[^\S\n]+to[^\S\n]+", re.I)
_WORD = re.compile(r"\w")


@dataclass(slots=True)
class _Sentence:
    """A sentence's tokens as offsets and lower-cased, for the rules to walk."""
    text: str
    index: int
    spans: list[tuple[int, int]]
    words: list[str]
    starts: list[int]

    def is_word(self, i: int) -> bool:
        return bool(_WORD.match(self.words[i]))

    def is_capitalized(self, i: int) -> bool:
        return self.text[self.spans[i][0]].isupper()

    def is_acronym(self, i: int) -> bool:
        a, b = self.spans[i]
        return b - a >= 2 and self.text[a:b].isupper()


@dataclass(slots=True)
class _Count:
    """One count read in its sentence: tokens [first, after) are the number, [np_start, np_end) what it
    counts, with its head noun at np_head - 1 ("members" in "2 members of LaQ")."""
    sentence: _Sentence
    start: int
    end: int
    value: float | None
    value_low: float | None
    value_high: float | None
    hedge: str
    unit: str | None
    first: int
    after: int
    np_start: int
    np_head: int
    np_end: int
    singular: bool = False
    category: str = "other"
    source: str = "none"
    cue: int | None = None  # token index of the word that gave the category
    quantity: str | None = None
    head: str | None = None
    generic: bool = False  # the phrase only repeats the category ("5 wounded", "12 fatalities")
    written: str = "words"  # as numbers.Number.written; a singular "a man" is a word
    country: str | None = None  # ISO3 of what is counted

    @property
    def amount(self) -> float:
        """The figure the count commits to: its value, else its lower bound."""
        return self.value if self.value is not None else (self.value_low or 0.0)


def _sentence(doc: Doc, finder: WordFinder, index: int, seen: dict[int, _Sentence]) -> _Sentence:
    if index not in seen:
        s = doc.sentences[index]
        spans = tokens(doc.text, s.start, s.end)
        lowered = finder.lowered
        seen[index] = _Sentence(doc.text, index, spans, [lowered[a:b] for a, b in spans], [a for a, _ in spans])
    return seen[index]


def _plural(w: str, lex: _Lexicon) -> bool:
    return w in lex.plurals or w.endswith("men") or (len(w) > 3 and w.endswith("s") and not w.endswith("ss"))


def _match(words: list[str], i: int, table: dict[tuple[str, ...], str], lex: _Lexicon) -> tuple[str, int] | None:
    """The longest phrase of `table` starting at words[i]: (category, its length)."""
    for n in range(min(lex.longest, len(words) - i), 0, -1):
        cat = table.get(tuple(words[i:i + n]))
        if cat:
            return cat, n
    return None


def _match_ending(words: list[str], i: int, table: dict[tuple[str, ...], str],
                  lex: _Lexicon) -> tuple[str, int] | None:
    """The longest phrase of `table` ending at words[i]: (category, its first index)."""
    for n in range(min(lex.longest, i + 1), 0, -1):
        cat = table.get(tuple(words[i - n + 1:i + 1]))
        if cat:
            return cat, i - n + 1
    return None


def _noun_phrase(sent: _Sentence, i: int, lex: _Lexicon) -> tuple[int, int, int]:
    """Token range of what a number counts and the end of its head, the number ending just before token i."""
    words, n = sent.words, len(sent.words)
    if i < n and words[i] == "of":  # "thousands of troops", "3 of the victims"
        i += 1
        while i < n and words[i] in lex.determiners:
            i += 1
    start = j = i
    while j < n and j - start < _MAX_NP:
        w = words[j]
        acronym = sent.is_acronym(j)  # "IS", "US": names, not the verb or pronoun they spell
        if not sent.is_word(j) or (w in lex.np_stop and not acronym) or w[0].isdigit():
            break
        if _match(words, j, lex.after_cues, lex) and (j > start or w not in lex.head_nouns):
            break  # "1 killed", "gunmen shot dead": the cue ends the phrase ("5 wounded" is a phrase)
        if j > start and w.endswith(("ed", "ing")) and w not in lex.adjectives_ed:
            break  # "30 demonstrators blocked": a verb ends the phrase
        j += 1
        if (_plural(w, lex) and not acronym) or w in lex.head_nouns:
            # A plural ends the phrase unless another head noun follows: "police officers", "militia fighters".
            if j < n and j - start < _MAX_NP and (lex.quantity_classes.get(words[j]) or (
                    words[j] in lex.head_nouns and (words[j],) not in lex.after_cues)):
                continue
            break
    return start, j, _name_after_of(sent, j)


def _name_after_of(sent: _Sentence, j: int) -> int:
    """Extend a phrase over "of" or "from" + a name: "2 members of LaQ", "troops from North Korea"."""
    n = len(sent.words)
    if j + 1 >= n or sent.words[j] not in ("of", "from"):
        return j
    k = j + 1
    if sent.words[k] == "the" and k + 1 < n:
        k += 1
    m = k
    while m < n and m - k < 4 and sent.is_word(m) and sent.is_capitalized(m):
        m += 1
    return m if m > k else j


def _after_cue(sent: _Sentence, j: int, lex: _Lexicon, passive_only: bool) -> tuple[str, int] | None:
    """Category from the verb or adjective after the counted phrase ("were killed", "found dead")."""
    words, n = sent.words, len(sent.words)
    k = j
    while k < n and k - j < _MAX_SKIP and words[k] in lex.after_skip:
        k += 1
    if k >= n:
        return None
    hit = _match(words, k, lex.after_cues, lex)
    if hit is None:
        return None
    category, length = hit
    end = k + length
    # "killed and injured", "dead or wounded": the count mixes the two
    if end + 1 < n and words[end] in ("and", "or"):
        other = lex.after_cues.get((words[end + 1],))
        if {category, other} == {"killed", "wounded"}:
            category = "killed_or_wounded"
    if k == j and (tuple(words[k:end]) in lex.before_verbs or (words[end - 1],) in lex.before_verbs):
        # Without an auxiliary a transitive verb may be active: "3 gunmen killed a man", not "3 gunmen killed".
        if passive_only:
            return None
        if end < n and (words[end] in lex.object_starts or words[end][0].isdigit() or sent.is_capitalized(end)):
            return None
    return category, k


def _before_cue(sent: _Sentence, first: int, lex: _Lexicon) -> tuple[str, int, str] | None:
    """Category, cue index and source ("before" for a verb, "toll" for a noun) from the words before the
    number: "killing 3", "the death toll rose to 40", "fatalities 2"."""
    words = sent.words
    b = first - 1
    if b < 0:
        return None
    hit = _match_ending(words, b, lex.before_verbs, lex)
    k = b
    while hit is None and k >= 0 and b - k < 3 and words[k] in lex.before_skip:
        k -= 1
        hit = _match_ending(words, k, lex.before_verbs, lex) if k >= 0 else None
    if hit:
        # "the killing of a trader" names an act, it does not report one
        nominal = hit[1] > 0 and words[hit[1] - 1] in lex.determiners
        return hit[0], hit[1], "toll" if nominal else "before"
    k = b
    while k >= 0 and b - k < _MAX_LINKS and words[k] in lex.before_links:
        noun = _match_ending(words, k, lex.before_nouns, lex)
        if noun:
            return noun[0], noun[1], "toll"
        k -= 1
    noun = _match_ending(words, k, lex.before_nouns, lex) if k >= 0 else None
    return (noun[0], noun[1], "toll") if noun else None


def _categorize(c: _Count, lex: _Lexicon) -> None:
    sent = c.sentence
    after = _after_cue(sent, c.np_end, lex, passive_only=c.singular)
    if after:
        c.category, c.source, c.cue = after[0], "after", after[1]
        return
    if c.np_end > c.np_start:
        phrase = " ".join(sent.words[c.np_start:c.np_end])
        head = sent.words[c.np_head - 1]
        cat = lex.head_nouns.get(phrase) or lex.head_nouns.get(head)
        if cat:
            c.category, c.source, c.cue = cat, "head", c.np_head - 1
            return
    words = sent.words
    if words[c.np_end:c.np_end + 2] == ["to", "death"] and c.first > 0 and words[c.first - 1] in lex.to_death_verbs:
        c.category, c.source, c.cue = "killed", "after", c.np_end + 1  # "stabbed a man to death"
        return
    before = _before_cue(sent, c.first, lex)
    if before:
        c.category, c.cue, c.source = before


def _chain(counts: list[_Count]) -> None:
    """Share a category along a coordination: "killed 2 soldiers and 3 civilians", "3 soldiers and 2 civilians were killed"."""
    def joined(a: _Count, b: _Count) -> bool:
        gap = a.sentence.words[a.np_end:b.first]
        return a.sentence is b.sentence and 0 < len(gap) <= 2 and set(gap) <= {"and", "or", ",", "while"}

    for a, b in zip(counts, counts[1:]):
        if b.category == "other" and a.source in ("before", "chain") and joined(a, b):
            b.category, b.source, b.cue = a.category, "chain", a.cue
    for a, b in reversed(list(zip(counts, counts[1:]))):
        if a.category == "other" and b.source in ("after", "head") and joined(a, b):
            a.category, a.source, a.cue = b.category, "chain", b.cue


def _read(sent: _Sentence, start: int, end: int, number: Number | None, lex: _Lexicon) -> _Count:
    first = bisect_left(sent.starts, start)
    after = bisect_left(sent.starts, end)
    np_start, np_head, np_end = _noun_phrase(sent, after, lex)
    if number is None:
        value = low = high = 1.0
        hedge, unit = "exact", None
    else:
        value, low, high, hedge, unit = number.value, number.value_low, number.value_high, number.hedge, number.unit
    return _Count(sent, start, end, value, low, high, hedge, unit, first, after, np_start, np_head, np_end,
                  singular=number is None)


def _singulars(doc: Doc, finder: WordFinder, counts: list[_Count], seen: dict[int, _Sentence],
               lex: _Lexicon) -> list[_Count]:
    """Candidate counts of one, "a man", "an officer", in sentences holding a cue; _is_singular_count decides."""
    text = doc.text
    # the numbers found before, in text order and apart: the one a position may fall in is found by bisection
    starts, ends = [c.start for c in counts], [c.end for c in counts]
    cue_sentences = sorted({doc.sentence_index(p) for p in finder.find(lex.cue_words)})
    out = []
    for index in cue_sentences:
        s = doc.sentences[index]
        for m in _SINGULAR.finditer(text, s.start, s.end):
            k = bisect_right(starts, m.start()) - 1
            if k >= 0 and m.start() < ends[k]:
                continue
            sent = _sentence(doc, finder, index, seen)
            c = _read(sent, m.start(), m.start() + len(m.group().rstrip()), None, lex)
            if c.np_end > c.np_start:
                _categorize(c, lex)
                c.end = sent.spans[c.np_head - 1][1]
                out.append(c)
    return out


def _is_singular_count(c: _Count, lex: _Lexicon) -> bool:
    """Whether "a man" is a count: a casualty verb governs it, not a noun ("the killing of a citizen" is background)."""
    if c.category not in lex.singular_categories:
        return False
    return c.source in ("after", "before", "chain") or (c.source == "toll" and c.sentence.words[c.cue] in lex.body_nouns)


@dataclass(slots=True)
class _Given:
    """The figures of one category already kept: their sum and their amounts, for `_restates` to compare
    a new count with in constant time however many came before."""
    total: float = 0.0
    amounts: set[float] = field(default_factory=set)

    def add(self, c: _Count) -> None:
        self.total += c.amount
        self.amounts.add(c.amount)


def _restates(c: _Count, given: dict[str, _Given], lex: _Lexicon) -> bool:
    """Whether a count only repeats figures already given: a total equal to their sum, "the 3 soldiers",
    or a part of them ("one of the victims")."""
    same = given.get(c.category)
    if same is None or c.category == "other":
        return False
    words = c.sentence.words
    if c.after + 1 < len(words) and words[c.after] == "of" and words[c.after + 1] in lex.partitive:
        return True  # "one of the men who died": part of a count already given
    head = words[c.np_head - 1] if c.np_end > c.np_start else None
    before = set(words[max(0, c.first - 3):c.first])
    summary = head is None or head in lex.summary_heads or bool(before & lex.summary_before)
    if summary and c.amount == same.total:
        return True
    definite = c.first > 0 and words[c.first - 1] in lex.definite_before
    return definite and c.amount in same.amounts


def _quantity(doc: Doc, c: _Count, lex: _Lexicon) -> None:
    if c.np_end > c.np_start:
        a, b = c.sentence.spans[c.np_start][0], c.sentence.spans[c.np_end - 1][1]
        c.quantity = doc.text[a:b]
        c.head = c.sentence.words[c.np_head - 1]
        c.generic = c.np_end - c.np_start == 1 and lex.quantity_classes.get(c.head) == ""


def _inherit_quantities(counts: list[_Count], lex: _Lexicon) -> None:
    """An elliptical count ("7 were wounded", "the casualties at around 1,000") counts what the count before it counted."""
    previous: _Count | None = None
    for c in counts:
        if (c.quantity is None or c.generic) and c.category != "other" and previous is not None \
                and c.sentence.index - previous.sentence.index <= 2:
            c.quantity, c.head, c.country = previous.quantity, previous.head, previous.country
        if c.quantity and not c.generic:
            previous = c


def _country(doc: Doc, c: _Count) -> str | None:
    """Country of what is counted: "North Korean soldiers", "troops from North Korea"."""
    sent = c.sentence
    # Countries are named with capitals ("North Korean", "Russia"): a lower-case phrase names none.
    if not any(sent.is_capitalized(i) for i in range(c.np_start, c.np_end)):
        return None
    end = c.np_end
    if end + 1 < len(sent.words) and sent.words[end] in ("from", "of"):
        end = min(len(sent.words), end + 4)
    found = geo.find_countries(doc.text, sent.spans[c.np_start][0], sent.spans[end - 1][1])
    return found[0].code if found else None


@dataclass
class _Claim:
    claimant: str | None = None
    canonical: str | None = None
    statement_id: str | None = None


@dataclass(frozen=True, slots=True)
class _Landmarks:
    """Where a sentence's reporting verbs and commas are, and its "according to" source: read once per
    sentence, so that finding the claimant of each of its counts does not walk the whole sentence again."""
    reporting: list[int]
    commas: list[int]
    according: tuple[int, int] | None


class _Claimants:
    """Who gave a figure: the enclosing statement, "according to X", or the subject of a reporting verb."""

    def __init__(self, doc: Doc, statements: list[Statement], lex: _Lexicon) -> None:
        self.doc, self.lex = doc, lex
        # Innermost first: a figure inside a quote inside a statement belongs to the quote's speaker.
        self.statements = sorted(statements, key=lambda s: s.content_end - s.content_start)
        self.landmarks: dict[int, _Landmarks] = {}

    def of(self, counts: list[_Count]) -> list[_Claim]:
        """The claim of each count, the counts in text order. The statements whose content or cue a count lies
        in are swept in as the counts pass them, the innermost on top of a heap: each count costs a few heap
        operations, not a walk of all the statements."""
        spans = sorted([(s.content_start, s.content_end, rank) for rank, s in enumerate(self.statements)]
                       + [(s.cue_start, s.cue_end, rank) for rank, s in enumerate(self.statements)
                          if s.cue_start is not None and s.cue_end is not None])
        open_spans: list[tuple[int, int]] = []  # (rank, end) of the spans begun before the count
        out, i = [], 0
        for c in counts:
            while i < len(spans) and spans[i][0] <= c.start:
                heappush(open_spans, (spans[i][2], spans[i][1]))
                i += 1
            while open_spans and open_spans[0][1] <= c.start:
                heappop(open_spans)  # ended before this count, so before every later one
            out.append(self._said(self.statements[open_spans[0][0]]) if open_spans else self._unsaid(c))
        return out

    @staticmethod
    def _said(st: Statement) -> _Claim:
        return _Claim(st.speaker, st.speaker_canonical or st.speaker, st.statement_id)

    def _unsaid(self, c: _Count) -> _Claim:
        """The claim of a count in no statement: "according to X", or the subject of a reporting verb."""
        marks = self._landmarks(c.sentence)
        span = marks.according or self._reporter(c, marks) or self._trailing_reporter(c, marks)
        if span is None:
            return _Claim()
        # Without a statement there is no within-article resolution to lean on; the phrase's own name will do.
        claimant = self.doc.text[span[0]:span[1]]
        return _Claim(claimant, analyze(claimant).canonical or claimant)

    def _landmarks(self, sent: _Sentence) -> _Landmarks:
        if sent.index not in self.landmarks:
            words = sent.words
            self.landmarks[sent.index] = _Landmarks(
                [k for k, w in enumerate(words) if w in self.lex.reporting_verbs],
                [k for k, w in enumerate(words) if w == ","], self._according(sent))
        return self.landmarks[sent.index]

    def _phrase(self, sent: _Sentence, i: int, j: int) -> tuple[int, int] | None:
        """Offsets of a speaker phrase in tokens [i, j), trimmed; None if it names nobody."""
        lex = self.lex
        while i < j and (sent.words[i] in lex.determiners and j - i > 1):
            i += 1
        while j > i and sent.words[j - 1] in lex.subject_skip:
            j -= 1
        if not (0 < j - i <= _MAX_SUBJECT) or any(not sent.is_word(k) or sent.words[k][0].isdigit()
                                                   for k in range(i, j)):
            return None
        phrase = " ".join(sent.words[i:j])
        if phrase in lex.anonymous_sources or (j - i == 1 and sent.words[i] in lex.np_stop - lex.pronouns):
            return None
        return sent.spans[i][0], sent.spans[j - 1][1]

    def _according(self, sent: _Sentence) -> tuple[int, int] | None:
        """ "according to the health ministry": the source a sentence names for all its figures."""
        words = sent.words
        for k in range(len(words) - 2):
            if words[k] == "according" and words[k + 1] == "to":
                j = k + 2
                while j < len(words) and sent.is_word(j) and (words[j] not in self.lex.np_stop or words[j] in
                                                              ("the", "of")):
                    j += 1
                return self._phrase(sent, k + 2, j)
        return None

    def _reporter(self, c: _Count, marks: _Landmarks) -> tuple[int, int] | None:
        """ "Zelensky revealed that nearly 3,000 …": the subject of the nearest reporting verb before the number."""
        words = c.sentence.words
        k = bisect_left(marks.reporting, c.first) - 1
        if k < 0:
            return None
        v = i = marks.reporting[k]
        while i > 0 and words[i - 1] not in self.lex.subject_stop and v - i < _MAX_SUBJECT + 3:
            i -= 1
        return self._phrase(c.sentence, i, v)

    def _trailing_reporter(self, c: _Count, marks: _Landmarks) -> tuple[int, int] | None:
        """ "3 people were killed, police said." / ", said the ministry"."""
        sent, words = c.sentence, c.sentence.words
        k = bisect_left(marks.reporting, c.after)
        if k == len(marks.reporting):
            return None
        v = marks.reporting[k]
        before = bisect_left(marks.commas, v) - 1
        if before < 0 or marks.commas[before] < c.after:
            return None
        comma = marks.commas[before]
        if comma == v - 1:  # ", said the ministry"
            j = v + 1
            while j < len(words) and sent.is_word(j) and words[j] not in self.lex.np_stop - {"the"}:
                j += 1
                if j - v > _MAX_SUBJECT + _MAX_TRIMMED:
                    return None  # far longer than a speaker's name, trimmed or not: the walk stops here
            return self._phrase(sent, v + 1, j)
        return self._phrase(sent, comma + 1, v)


class _Triggers:
    """The article's events in the order of their triggers, which do not overlap: the events of a sentence,
    the one holding a word and the one nearest an offset are found by bisection, not by a walk of all."""

    def __init__(self, events: list[Event]) -> None:
        self.events = sorted(events, key=lambda e: e.trigger_start)
        self.starts = [e.trigger_start for e in self.events]

    def of(self, c: _Count, doc: Doc) -> Event | None:
        """The event the count belongs to: its cue is the event's trigger, else the nearest trigger in its
        sentence."""
        if c.category == "other":
            return None
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


def _sentence_as_of(doc: Doc, index: int, lex: _Lexicon) -> date | None:
    """The day a sentence dates its figures to: "as of Monday", "by 5 May"."""
    sent = doc.sentences[index]
    for marker in lex.as_of.finditer(doc.text, sent.start, sent.end):
        found = find_dates(doc.text, doc.article.published_at, marker.end(), min(sent.end, marker.end() + 40))
        if found and found[0].start == marker.end() and found[0].date is not None and found[0].precision == "day":
            return found[0].date
    return None


def _as_of(c: _Count, doc: Doc, event: Event | None, dated: dict[int, date | None], lex: _Lexicon) -> date | None:
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


def _subject_key(c: _Count, lex: _Lexicon, event: Event | None, article_id: str) -> str | None:
    if c.quantity is None and c.category == "other":
        return None
    head = c.head or ""
    cls = lex.quantity_classes.get(head)
    if cls is None:
        cls = head[:-1] if _plural(head, lex) and head.endswith("s") else head
    country = c.country or (event.location_country if event is not None else None)
    key = f"{subject_category(c.category)}:{country or '-'}:{cls or 'people'}"
    if event is not None and event.date is not None and event.date_precision == "day":
        key += f":{event.date.isoformat()}"
    return key if country else f"{key}@{article_id}"


def extract(doc: Doc, statements: list[Statement], events: list[Event]) -> list[Estimate]:
    """Every count claimed in the article, in text order (see the module docstring for the rules)."""
    lex = lexicon()
    finder = WordFinder.of(doc.text)
    seen: dict[int, _Sentence] = {}

    # Read: every quantity-like number, then the singular "a man" counts around casualty verbs.
    counts = []
    for n in find_numbers(doc.text, finder=finder):
        if not n.is_quantity:
            continue
        sent = _sentence(doc, finder, doc.sentence_index(n.start), seen)
        c = _read(sent, n.start, n.end, n, lex)
        _categorize(c, lex)
        c.written = n.written
        counts.append(c)
    counts += _singulars(doc, finder, counts, seen, lex)
    counts.sort(key=lambda c: c.start)
    by_sentence: dict[int, list[_Count]] = {}
    for c in counts:
        by_sentence.setdefault(c.sentence.index, []).append(c)
    for group in by_sentence.values():
        _chain(group)

    # Keep: counts of something, each once.
    kept: list[_Count] = []
    given: dict[str, _Given] = {}
    for c in counts:
        if c.singular and not _is_singular_count(c, lex):
            continue
        weak = c.written == "words" and c.value in _WEAK_VALUES
        if (weak or c.unit == "percent") and c.category == "other":
            continue
        if _restates(c, given, lex):
            continue
        kept.append(c)
        given.setdefault(c.category, _Given()).add(c)
    for c in kept:
        _quantity(doc, c, lex)
        c.country = _country(doc, c)
    _inherit_quantities(kept, lex)

    # Attribute and link.
    claims = _Claimants(doc, statements, lex).of(kept)
    triggers = _Triggers(events)
    dated: dict[int, date | None] = {}
    out = []
    for c, claim in zip(kept, claims):
        event = triggers.of(c, doc)
        if c.category == "deployed" and c.country is None and event is not None:
            c.country = event.actor_country  # troops sent by North Korea are North Korean troops
        confidence = _CONFIDENCE[c.source] - (_SINGULAR_DISCOUNT if c.singular else 0.0)
        out.append(Estimate(
            estimate_id=stable_hash(doc.article.article_id, "estimate", c.start, c.end),
            article_id=doc.article.article_id, statement_id=claim.statement_id,
            event_id=event.event_id if event else None, surface=doc.text[c.start:c.end], start=c.start,
            end=c.end, value=c.value, value_low=c.value_low, value_high=c.value_high, hedge=c.hedge,
            quantity=c.quantity, category=c.category, unit=c.unit, claimant=claim.claimant,
            claimant_canonical=claim.canonical, as_of=_as_of(c, doc, event, dated, lex),
            subject_key=_subject_key(c, lex, event, doc.article.article_id), confidence=round(confidence, 2), extractor=VERSION,
        ))
    return out
