"""Text → number mentions with spans: value or bounds, hedge, unit, and what kind of number each one is.

Every numeral in the text comes out, the ones that are not counts too, each with a `kind` saying what
it is instead (a year, a date, an age, a calibre, a score …), so a caller can tell what it dropped and why.
Numerals a float cannot hold ("1" followed by 400 digits) and exponent notation ("1e309", "10**400", the
writing of formulas, not of reports) are no mentions at all: every value that comes out is finite.
Written words ("twenty-five", "a dozen"), vague magnitudes ("tens of thousands"), ranges ("between 10
and 20") and hedges ("nearly", "or more") are folded into one mention.

Speed matters (a pipeline reads hundreds of articles a second): the text is never scanned with a big
regex alternation; numbers are matched only where a digit or a number word starts (see `WordFinder`),
and their surroundings are read word by word.
"""
from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from etl.extract.text import WordFinder
from etl.extract.wordlists import alternation
from etl.paths import LEXICON_DIR

# Kinds that say how much of something there is; every other kind is a number that is not an estimate.
QUANTITY_KINDS = frozenset({"count", "percent", "money", "measure"})
KINDS = QUANTITY_KINDS | {"year", "date", "time", "duration", "age", "size", "ordinal", "phone", "label", "numbering",
                          "score", "modifier"}
HEDGES = ("exact", "approximately", "at_least", "more_than", "at_most", "less_than", "range", "order_of_magnitude")

# Hedges that bound a figure from below or above; an exact figure is both bounds.
_LOWER_BOUND = frozenset({"exact", "at_least", "more_than"})
_UPPER_BOUND = frozenset({"exact", "at_most", "less_than"})
_YEARS = (1800, 2100)
# A plural noun after a bare "m": millions of them ("over 1m people", "2.5m Syrians"), not metres ("a 10m wall")
_PLURAL_AFTER = re.compile(r" (?:people|children|men|women|[A-Za-z]*[a-z][^\Ws]s)\b")
# Decimals a float scales inexactly ("8.2 million" → 8199999.999999999) are rounded to this many places.
_SCALED_PLACES = 6


@dataclass(frozen=True, slots=True)
class Number:
    """One number mention: `start:end` covers hedge and range words, `core_start:core_end` the numerals."""
    start: int
    end: int
    core_start: int
    core_end: int
    value: float | None
    value_low: float | None
    value_high: float | None
    hedge: str  # one of HEDGES
    unit: str | None  # percent, dollars, tonnes …; None for a head count
    kind: str  # one of KINDS
    written: str  # digits | words | vague

    @property
    def is_quantity(self) -> bool:
        return self.kind in QUANTITY_KINDS


@dataclass(frozen=True)
class _Lexicon:
    words: dict[str, float]
    scales: dict[str, float]
    short_scales: dict[str, float]
    fixed: dict[str, float]
    vague: dict[str, tuple[float, float]]
    hedges_before: dict[str, str]
    hedge_ends: frozenset[str]
    hedges_after: dict[str, str]
    change_verbs: frozenset[str]
    score_before: frozenset[str]
    score_after: frozenset[str]
    months: frozenset[str]
    year_prepositions: frozenset[str]
    year_events: frozenset[str]  # plural nouns of events a year before them names ("the 2005 riots")
    time_units: frozenset[str]
    age_before: frozenset[str]
    label_words: frozenset[str]
    code_after: re.Pattern[str]
    measure_units: dict[str, str]
    currency_before: dict[str, str]
    currency_after: dict[str, str]
    currency_letters: dict[str, str]
    start_words: frozenset[str]
    scale_words: tuple[str, ...]
    core: re.Pattern[str]
    hedge_after: re.Pattern[str]
    joiner: re.Pattern[str]
    month_after: re.Pattern[str]
    clock_after: re.Pattern[str]
    zone_after: re.Pattern[str]
    ago_after: re.Pattern[str]
    age_after: re.Pattern[str]
    street_after: re.Pattern[str]
    distance_after: re.Pattern[str]
    phone_verbs: frozenset[str]
    unit_after: re.Pattern[str]
    short_after: re.Pattern[str]
    next_word: re.Pattern[str]
    modifier_after: re.Pattern[str]


def _alternation(phrases) -> str:
    """Phrases whose words stay on one line: a number and its noun are never split by a line break."""
    return alternation(phrases, space=r"[^\S\n]+")


@cache
def lexicon() -> _Lexicon:
    raw = json.loads((LEXICON_DIR / "numbers.json").read_text(encoding="utf-8"))
    words = {**raw["units"], **raw["tens"]}
    scales = raw["scales"]
    word_alt, scale_alt = _alternation(words), _alternation(scales)
    # A numeral: "3,000", "1.5", "twenty-five", optionally followed by more words: "1.5 million", "two hundred and fifty".
    # Not a part of exponent notation ("1e309", "10**400", "10^6"): that writes formulas, not counts.
    # A currency's sign or letters may be glued to it ("Rs10bn", "Tk5 crore", "Rs.500"), and a single letter of a
    # currency when a scale or thousands follow ("N50 million", "P5m", "N500,000"; not "N95 masks", "R5 road")
    glued = "".join(rf"|(?<=\b{re.escape(c)})" for c in raw["currency_before"] if c[-1:].isalpha() or c[-1:] == ".")
    letters = "".join(raw["currency_letters"])
    scaled = rf"(?=\d[\d,.]*(?:,\d{{3}}|[^\S\n]*(?:{_alternation([*scales, *raw['abbreviated_scales']])})\b))"
    digits = (rf"(?:(?<![\w.,/:*^]){glued}|(?<=\b[{letters}]){scaled})"
              r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d|(?:\.\d+)?[eE][+-]?\d|\*\*|\^)")
    word_num = rf"(?:{word_alt})(?:-(?:{word_alt}))?"
    piece = rf"(?:{word_num}|{scale_alt}|dozen)"
    # "two hundred and fifty": an "and" goes on only after a scale word; "ten and twenty", "three and five" are two
    # numbers ("between ten and twenty", "three and five people … respectively")
    and_after_scale = rf"(?<=[^\S\n]|-)(?:{scale_alt})[^\S\n]+and[^\S\n]+\b{word_num}\b"
    # "a hundred and fifty": a fixed phrase that the numeral after "and" goes on
    core = (rf"(?P<a_and>\ba[^\S\n]+(?:hundred|thousand)[^\S\n]+and[^\S\n]+\b{word_num}\b)"
            rf"|(?P<fixed>\b(?:{_alternation(raw['fixed'])})\b)"
            rf"|(?P<vague>\b(?:{_alternation(raw['vague'])})\b)"
            rf"|(?P<num>(?:{digits}|\b{word_num}\b)(?:(?:[^\S\n]+|-)(?:{and_after_scale}|\b{piece}\b))*)")
    fixed_and_vague = [w for p in (*raw["fixed"], *raw["vague"]) for w in p.split()]
    measure = raw["measure_units"]
    return _Lexicon(
        words=words, scales=scales, short_scales=raw["abbreviated_scales"], fixed=raw["fixed"],
        vague={k: tuple(v) for k, v in raw["vague"].items()},
        hedges_before={k.lower(): v for k, v in raw["hedges_before"].items()}, hedges_after=raw["hedges_after"],
        hedge_ends=frozenset(k.lower().split()[-1] for k in raw["hedges_before"]),
        change_verbs=frozenset(raw["change_verbs"]), score_before=frozenset(raw["score_before"]),
        score_after=frozenset(raw["score_after"]), months=frozenset(raw["months"]),
        year_prepositions=frozenset(raw["year_prepositions"]), year_events=frozenset(raw["year_events"]), time_units=frozenset(raw["time_units"]),
        age_before=frozenset(raw["age_markers_before"]), label_words=frozenset(raw["label_words"]),
        # "under 302/307 PPC", "sections 302 and 34 of the PPC": numbers of the sections of a code of law
        code_after=re.compile(rf"(?:/\d+)*[^\S\n]+(?:of[^\S\n]+the[^\S\n]+)?(?:{_alternation(raw['legal_codes'])})\b"),
        measure_units=measure, currency_before=raw["currency_before"], currency_after=raw["currency_after"],
        currency_letters=raw["currency_letters"],
        # Words a number can start with; "a", "half" and "few" only lead a scale word, found from it ("several" is a
        # vague count of its own: "Several soldiers were killed")
        start_words=frozenset([*words, *scales, *fixed_and_vague]) - {"a", "of", "half", "few"},
        # the words before which "a" or "a few" lead a number: "a dozen", "a pair of", "a few hundred"
        scale_words=tuple(sorted({*scales, "dozen", "score",
                                  *(p.split()[1] for p in raw["fixed"] if p.split()[0] == "a")})),
        core=re.compile(core, re.I),
        hedge_after=re.compile(
            rf"[^\S\n]+(?:{_alternation(k for k in raw['hedges_after'] if k.isalpha() or ' ' in k)})\b"
            rf"|-(?:plus|odd)\b|\+", re.I),
        joiner=re.compile(r"[^\S\n]*(?:-|–|—|to|or)[^\S\n]*(?=\S)", re.I),
        month_after=re.compile(rf"(?:st|nd|rd|th)?,?[^\S\n]+(?:of[^\S\n]+)?(?:{_alternation(raw['months'])})\b"),
        clock_after=re.compile(rf"(?:[:.]\d\d)?[^\S\n]*(?:{_alternation(raw['clock_markers'])})(?!\w)|[:h]\d\d\b",
                               re.I),
        # "17.55 EAT", "9:30 ET": a clock with its minutes, then a zone written in capitals (in lower case, "eat" or
        # "pt" are words: the minutes and the capitals keep "5 CT officers" a count)
        zone_after=re.compile(rf"(?::\d\d)?[^\S\n]*(?:{_alternation(raw['time_zones'])})(?!\w)"),
        # "1h ago", "35 mins ago": a live blog's time of an entry
        ago_after=re.compile(rf"[^\S\n]*(?:{_alternation(raw['ago_units'])})[^\S\n]+ago\b", re.I),
        age_after=re.compile(r"(?:-|[^\S\n]+)(?:years?|months?|weeks?|days?)(?:-|[^\S\n]+)old\b", re.I),
        # "23 Kimathi Street", "4 Bole Ring Road": one to three names, then the kind of street
        street_after=re.compile(rf"(?:[^\S\n]+[A-Z][\w'’-]*){{1,3}}[^\S\n]+(?:{_alternation(raw['street_words'])})(?!\w)"),
        # "lives three doors down", "two blocks away": how far, in the houses or streets between, no count of them
        distance_after=re.compile(rf"[^\S\n]+(?:{_alternation(raw['distance_nouns'])})[^\S\n]+"
                                  rf"(?:{_alternation(raw['distance_adverbs'])})\b", re.I),
        phone_verbs=frozenset(raw["phone_verbs"]),
        unit_after=re.compile(
            rf"(?P<percent>[^\S\n]*(?:{_alternation(raw['percent_words'])})(?!\w))"
            rf"|(?P<measure>[^\S\n]*(?:{_alternation(measure)})\b)"
            rf"|(?P<money>[^\S\n]+(?:{_alternation(raw['currency_after'])})\b)"
            rf"|(?P<size>(?:-|[^\S\n]*)(?:{_alternation(raw['size_units'])})(?![\w/]))"),
        short_after=re.compile(rf"(?:{_alternation(raw['abbreviated_scales'])})\b", re.I),
        next_word=re.compile(r"[^\S\n]*-?([A-Za-z][\w'’]*)"),
        # "a five-game streak", "a 4-under 68", "a two-party system": a numeral joined to a word it qualifies, unless
        # that word still counts people ("a 12-member delegation", "a 20-strong gang"), hedges it ("forty-odd"), joins
        # a second numeral ("10-to-15") or makes it a part of a whole ("two-thirds of the 300 passengers", as "two of")
        modifier_after=re.compile(
            rf"-(?!(?:{_alternation([*raw['hyphen_counts'], *(k for k in raw['hedges_after'] if k.isalpha())])})\b)"
            rf"[a-z]+\b"),
    )


# (written `\d\d*`, not `\d+`: the engine then skips to the next digit in C, twice as fast over an article)
_DIGITS = re.compile(r"\d\d*")
_TWO_DIGITS = re.compile(r"\d\d")
_NEAR = 20  # characters around a number that a phone number or numeric date holding it may span
_PHONE = re.compile(r"(?<![\w,.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){2,}(?![\w,])")
# "1-800-222-TIPS", "937-333-COPS": a phone number whose last digits are spelt as a word
_VANITY_PHONE = re.compile(r"(?<![\w-])(?:\d{1,4}-){1,3}\d{2,4}-[A-Z]{3,}\b")
# From the first day of a span of days to the second, whose month follows ("10 and 12 May", "3-5 March").
_DAY_SPAN = re.compile(r"(?:st|nd|rd|th)?[^\S\n]*(?:-|–|\band\b|\bto\b)[^\S\n]*\d{1,2}(?=\D)")
# The words between the first and the second day of a span whose month stands before them ("June 11 and 12").
_DAY_JOINERS = frozenset({"and", "to", "or", "through", "-", "–"})
# "in the 3900 block of North Main Street": an address as American police give it
_BLOCK_OF = re.compile(r"[^\S\n]+block[^\S\n]+of\b")
_NUMERIC_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")
_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])")
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.I)
_DECADE = re.compile(r"'?s\b")
_HOUR_DOT_MINUTES = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")  # "17.55": a clock as British live blogs write it
# A number restated in brackets, as reports of the Philippines write it: "three (3) soldiers", "a (1) soldier"
_OPEN_BRACKET = re.compile(r"[^\S\n]*\(")
_ONE_IN_BRACKETS = re.compile(r"\)")
_ARTICLE_BEFORE_BRACKET = re.compile(r"\b[Aa]n?[^\S\n]*\($")
_AGE_DECADE_BEFORE = frozenset({"his", "her", "their", "early", "mid", "late", "mid-"})  # "in his late 30s"
_LIST_ITEM = re.compile(r"[.)][^\S\n]")
# What closes a person's age set off after a name: ", 64," or "(34)", or the end of a sentence: "killing Omar Ali, 19."
_AGE_APPOSITION = re.compile(r"\s*(?:[,)]|\.(?!\d))")
_MAX_AGE = 120
# Words between two ages of one phrase: "aged 7 and 9", "aged 19 to 24", "aged 30-45".
_AGE_JOINERS = frozenset({"and", "to", "or", "-", "–"})
# A noun after the second numeral makes it a count of its own: "a man aged 25 and 3 others were killed".
_COUNTED_AFTER = frozenset({"people", "men", "women", "children", "others", "persons"})
# A label of a list may be glossed in brackets, after a subsection's or not: "Sections 191(2) (rioting), 109 (attempt to
# murder) and 324 (mischief) of the BNS"
_GLOSS = r"\)?(?:[^\S\n]*\([^()\n]{1,40}\))?"
_LIST_JOINERS = re.compile(rf"{_GLOSS}[^\S\n]*(?:,|&|/|,?[^\S\n]+(?:and|or))[^\S\n]*")
_LIST_GOES_ON = re.compile(rf"{_GLOSS}[^\S\n]*(?:[,.;:)&/]|(?:and|or|of)\b)")
_SPACES = re.compile(r"\s+")
_PIECES = re.compile(r"[\s-]+")
_PUNCT = "([“\"'‘,;:"


def _norm(phrase: str) -> str:
    return _SPACES.sub(" ", phrase.strip().lower())


@dataclass(frozen=True, slots=True)
class _Before:
    """What stands right before a numeral on its line: a glued prefix ("$", "COVID-") and up to three words."""
    glued: str
    words: tuple[tuple[int, str], ...]  # (start, word as written), nearest first

    def word(self, i: int) -> str:
        return self.words[i][1] if i < len(self.words) else ""


def _age_after_name(before: _Before, value: float) -> bool:
    """Whether a whole number of a person's years stands in apposition right after a name: "Paddock, 64," or
    "Lee (34)" (the name capitalised, set off by a comma or a bracket)."""
    word = before.word(0)
    return (0 < value < _MAX_AGE and value == int(value) and len(word) > 1
            and (word.endswith(",") and word[:1].isupper() and word[:-1].isalpha()
                 or before.glued == "(" and word[:1].isupper() and word.isalpha()))


def _before(text: str, s: int) -> _Before:
    w0 = max(0, s - 40)
    line = text.rfind("\n", w0, s)
    w0 = line + 1 if line >= 0 else w0
    window = text[w0:s].replace("=", " ")  # a tag's value is a phrase of its own: "[size=around 500]"
    parts = window.split()
    if parts and w0 > 0 and not text[w0 - 1].isspace() and not window[0].isspace():
        parts.pop(0)  # a word cut by the window
    glued = parts.pop() if parts and not window[-1:].isspace() else ""
    found, pos = [], len(window) - len(glued)
    for part in reversed(parts[-3:]):
        pos = window.rfind(part, 0, pos)
        found.append((w0 + pos, part))
    return _Before(glued, tuple(found))


def _word_value(phrase: str, lex: _Lexicon) -> float | None:
    """Value of a numeral phrase mixing digits and words: "1.5 million", "two hundred and fifty"."""
    # None until a numeral is read: a bare "million" is one million, "0 million" is none
    total, current = 0.0, None
    for tok in _PIECES.split(phrase.lower()):
        if not tok or tok == "and":
            continue
        if tok[0].isdigit():
            current = (current or 0.0) + float(tok.replace(",", ""))
        elif tok in lex.words:
            current = (current or 0.0) + lex.words[tok]
        elif tok in ("dozen", "hundred"):
            current = (1.0 if current is None else current) * (12 if tok == "dozen" else 100)
        elif tok in lex.scales:
            total += round((1.0 if current is None else current) * lex.scales[tok], _SCALED_PLACES)
            current = None
        else:
            return None
    return total + (current or 0.0)


def _covers(pattern: re.Pattern[str], text: str, s: int, e: int) -> bool:
    """Whether a match of pattern near text[s:e] covers offset s: a phone number or a numeric date."""
    m = pattern.search(text, max(0, s - _NEAR), min(len(text), e + _NEAR))
    while m is not None and m.end() <= s:
        m = pattern.search(text, m.end(), min(len(text), e + _NEAR))
    return m is not None and m.start() <= s


def _grouped(text: str, s: int, e: int) -> bool:
    """Whether three runs of digits start near text[s:e], as in every numeric date and phone number that `_covers`
    looks for ("2022-05-10", "10/05/2022", "0722 123 456"): most numbers have none near them, and are no such thing
    without the costlier search."""
    runs = _digit_runs(text)
    return bisect_left(runs, min(len(text), e + _NEAR)) - bisect_left(runs, max(0, s - _NEAR)) >= 3


def _digit_kind(text: str, s: int, e: int, value: float, before: _Before, lex: _Lexicon) -> str | None:
    """Kinds only a numeral in digits can have; None when it may still be a quantity."""
    surface = text[s:e]
    glued = before.glued
    if glued and glued[-1:].isalpha() or glued[-2:-1].isalpha() and glued[-1] in "-/":
        if glued not in lex.currency_before and glued not in lex.currency_letters:
            # "COVID-19", "BR-282", "F16"; but "mid-2020" is a year
            return "year" if glued.endswith("-") and len(surface) == 4 and _YEARS[0] <= value <= _YEARS[1] else "label"
    if glued.endswith("#"):
        return "label"
    # "May 9" is a date, "On 30 April, 3 policemen …" is not: a comma ends the date.
    month_before = _month_word(before.word(0), lex)
    if _ORDINAL.match(text, e):
        return "date" if month_before or lex.month_after.match(text, e) else "ordinal"
    if month_before or lex.month_after.match(text, e):
        return "date"
    span = _DAY_SPAN.match(text, e) if value <= 31 else None
    if span and lex.month_after.match(text, span.end()):
        return "date"  # "between 10 and 12 May 2022", "3-5 March": the first day of a span
    if value <= 31 and before.word(0).lower() in _DAY_JOINERS and _ORDINAL.sub("", before.word(1)).isdigit() \
            and _month_word(before.word(2), lex) and not _counted_after(_next_word(text, e, lex)):
        # "between June 11 and 12", "May 3 or 4": the second day of a span (not "May 3 and 4 people", "and 8 soldiers")
        return "date"
    grouped = _grouped(text, s, e)
    if grouped and _covers(_NUMERIC_DATE, text, s, e):
        return "date"
    m = _SLASHED.search(text, max(0, s - 3), e + 3)
    if m and m.start() <= s and e <= m.end():
        # "on 12/04" is a day without its year; "24/7" and "1/2" are no counts either
        return "date" if min(int(m.group(1)), int(m.group(2))) <= 12 and max(int(m.group(1)), int(m.group(2))) <= 31 \
            else "label"
    if grouped and _covers(_PHONE, text, s, e) or (text[e:e + 1] == "-" or glued.endswith("-")) and _covers(
            _VANITY_PHONE, text, s, e) or _LEADING_ZERO.fullmatch(surface) or (
            not glued and _LEADING_ZERO.fullmatch(before.word(0))):
        return "phone"  # (digits a count never opens with: "Crime Stop on 08600 10111", "dial 0800 123")
    if lex.clock_after.match(text, e) or lex.ago_after.match(text, e):
        return "time"  # "at 5 p.m.", "1h ago"
    if _dialled(text, e, before, lex):
        return "phone"
    zone = lex.zone_after.match(text, e)
    clock = _HOUR_DOT_MINUTES.fullmatch(surface)
    if zone and (clock or zone.group(0)[:1] == ":") or clock and _alone_on_line(text, s, e):
        return "time"  # "17.55 EAT", "9:30 ET", and "17.55" heading a live blog's entry
    if len(surface) == 2 and value % 10 == 0 and _DECADE.match(text, e):
        # "a man in his 30s", "in their early 20s": an age; "the 90s": a decade; never a count
        return "age" if before.word(0).lower() in _AGE_DECADE_BEFORE else "year"
    if "," not in surface and "." not in surface and len(surface) == 4 and _YEARS[0] <= value <= _YEARS[1]:
        if _DECADE.match(text, e):
            return "year"
        nxt = _next_word(text, e, lex)
        # "1500 people" is a count; "in 1500", "2020 elections" are years
        counted = nxt.islower() and nxt not in lex.time_units and (nxt.endswith("s") or nxt in ("people", "police"))
        if not counted or before.word(0).lower() in lex.year_prepositions:
            return "year"
        if nxt in lex.year_events and (before.word(0).lower() == "the" or before.word(0)[-1:] == ","):
            return "year"  # "the 2005 riots", "the March 22, 2016 attacks": the year names the events
    if not glued and before.word(0) in lex.label_words or lex.code_after.match(text, e):
        return "label"
    if glued.endswith("(") and glued[-2:-1].isdigit():
        return "label"  # "Section 191(2)": a subsection
    if not glued and _in_name(text, s, e, before, lex):
        return "label"  # "Senior Fire Officer 2 Joseph Mañalac", "(Zone 3)": a number inside a title or a name
    if lex.street_after.match(text, e) or _BLOCK_OF.match(text, e):
        return "label"  # a house number: "shot dead at 23 Kimathi Street", "in the 3900 block of Main Street"
    if text[text.rfind("\n", 0, s) + 1:s].strip() in ("", "(") and _LIST_ITEM.match(text, e):
        return "numbering"  # "1. …", "(2) …" at the start of a line
    return None


def _dialled(text: str, e: int, before: _Before, lex: _Lexicon) -> bool:
    """Whether digits are a number to call or quote: right after a verb of calling ("call 101", "dial 911", "quoting
    1234 of 8 March"; not "will call 12 witnesses"), or after "on" with the one called between ("call police on 101",
    "ring the hotline on 1122")."""
    if before.word(0).lower() in lex.phone_verbs:
        return not _counted_after(_next_word(text, e, lex))
    return before.word(0) == "on" and before.word(1).lower() not in lex.phone_verbs and (
        before.word(1).lower() in lex.phone_verbs or before.word(2).lower() in lex.phone_verbs)


def _counted_after(word: str) -> bool:
    """Whether the word after a number is a noun of what it counts: "people", a plural in lower case ("soldiers")."""
    return word in _COUNTED_AFTER or word.islower() and word.endswith("s") and word not in _NOT_PLURALS


# Words in lower case ending in "s" that are no plural noun ("June 11 and 12 this year", "as", "was").
_NOT_PLURALS = frozenset({"this", "is", "as", "was", "has", "his", "its", "thus", "across", "plus", "towards"})


def _in_name(text: str, s: int, e: int, before: _Before, lex: _Lexicon) -> bool:
    """Whether digits stand inside a title or a name, between a capitalised word within a sentence and another
    capitalised word or a closing bracket ("Senior Fire Officer 2 Joseph Mañalac said", "(Zone 3)"), or as four
    digits or more with no thousands separator after such a word ("according to Rescue 1122 officials", "Unit 8200
    veterans": a count that large is written "1,122"): a label, no count. Not after a word opening its sentence
    ("Total 6 Turkish soldiers", "About 1500 people"), a day's name ("On Tuesday 15 Houthi fighters"), nor in a
    headline whose every word is capitalised ("These 3 Words The Dems Will Hate")."""
    word, previous = before.word(0).lstrip("("), before.word(1)
    if not (word[:1].isupper() and word.isalpha() and word[1:].islower()) or word in lex.months or word in _DAY_NAMES:
        return False
    if not previous or previous[-1] in _SENTENCE_ENDS:
        return False
    if text[e:e + 1] == ")" or _UNGROUPED_THOUSANDS.fullmatch(text, s, e):
        return True
    if opens_a_name(previous) and not _counted_after(_next_word(text, e, lex)) \
            or _NAME_END.match(text, e) and previous[:1].isupper() and previous.isalpha() \
            and not _TALLY_GOES_ON.match(text, e):
        # "the Barrio 18 gang", "the Frente 10 attacked", "BBC Radio 4's": the name ends with its number (not a tally
        # of names: "Donald Trump 384, Sen. Ted Cruz 300"); estimates read it of a count's noun too (`in_a_name`)
        return True
    after = []
    for w in text[e:e + _NAME_REACH].split()[:4]:  # (the words of its sentence: "Learning 6 Soldiers Died. In the")
        after.append(w)
        if w[-1] in _SENTENCE_ENDS:
            break
    return text[e:e + 1] == " " and bool(after) and after[0][:1].isupper() and in_prose(after)


def opens_a_name(word: str) -> bool:
    """Whether a word before a capitalised word and a number opens a name that the number ends: "the" or an owner
    ("the Barrio 18 gang", "the FARDC's Sokola 1 operations"); what counts after the number is for the caller to
    rule out ("the Dapchi 110 schoolgirls")."""
    low = word.lower()
    return low == "the" or low.endswith(_POSSESSIVES)


def in_prose(words: Iterable[str]) -> bool:
    """Whether the words after a capitalised name are a sentence's, not a headline's whose every word is capitalised:
    one of them in lower case that title case would capitalise ("Senior Fire Officer 2 Joseph Mañalac said", "the
    Three Brotherhood Alliance said"; not "Obama Says 5 Soldiers Killed in Afghanistan", a headline)."""
    return any(w[:1].islower() and w not in _TITLE_CASE_SMALL for w in words)


_POSSESSIVES = ("'s", "’s")  # an owner before a name ("the FARDC's Sokola 1 operations")
# Words a headline in title case leaves in lower case ("Killed in Afghanistan").
_TITLE_CASE_SMALL = frozenset({"a", "an", "the", "and", "or", "but", "nor", "for", "of", "in", "on", "at", "to", "by",
                               "up", "as", "off", "per", "via", "with", "from", "into", "over", "vs", "vs."})
_SENTENCE_ENDS = frozenset('.!?:"“”')
# What ends a name right after its number: a possessive, or a comma, stop or colon before a space
_NAME_END = re.compile(r"['’]s\b|[.,;:](?:\s|$)")
# A tally's next name and number after a comma (", Sen. Ted Cruz 300"): the number before it is a figure, not a name's
_TALLY_GOES_ON = re.compile(r",[^\S\n]+(?:[A-Z][\w.]*[^\S\n]+){1,3}\d")
_UNGROUPED_THOUSANDS = re.compile(r"\d{4,}")  # "1122", not "1,122" nor "1.5"
_NAME_REACH = 60  # characters after a number searched for the words of the name it stands in


_LEADING_ZERO = re.compile(r"0\d+")
_DAY_NAMES = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})


def _month_word(word: str, lex: _Lexicon) -> bool:
    """Whether a word is a month, as in "May 9", "Feb. 5" or a date in brackets: "on Friday (March 1)"."""
    return word.rstrip(".").lstrip("(") in lex.months


def _alone_on_line(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is all its line holds."""
    line_end = text.find("\n", e)
    return not text[text.rfind("\n", 0, s) + 1:s].strip() and not text[e:line_end if line_end >= 0 else None].strip()


def _next_word(text: str, pos: int, lex: _Lexicon) -> str:
    m = lex.next_word.match(text, pos, pos + 30)
    return m.group(1) if m else ""


def _kind(text: str, s: int, e: int, value: float, is_digits: bool, before: _Before,
          lex: _Lexicon) -> tuple[str, str | None, int, int]:
    """What the numeral at text[s:e] is, its unit, and its span widened over a currency sign or unit word."""
    if is_digits:
        kind = _digit_kind(text, s, e, value, before, lex)
        if kind:
            return kind, None, s, e
    elif _month_word(before.word(0), lex) or lex.month_after.match(text, e):
        return "date", None, s, e
    elif lex.clock_after.match(text, e):
        return "time", None, s, e  # "at four o'clock", "about eleven p.m."
    if lex.distance_after.match(text, e):
        return "size", None, s, e
    prev = before.word(0).lower()
    if lex.age_after.match(text, e) or prev in lex.age_before or (
            prev in ("of", "between") and before.word(1).lower() in lex.age_before):
        return "age", None, s, e  # "aged 25", "at the age of 25", "aged between 19 and 24"
    if is_digits and _AGE_APPOSITION.match(text, e) and _age_after_name(before, value):
        return "age", None, s, e  # "Stephen Paddock, 64, fired from …", "Ms Lee (34) said"
    currency = before.glued.lstrip(_PUNCT) if before.glued else before.word(0)
    unit = lex.currency_before.get(currency) or before.glued and lex.currency_letters.get(currency)
    if unit:
        start = s - len(currency) if before.glued else before.words[0][0]
        m = lex.short_after.match(text, e)
        return "money", unit, start, m.end() if m else e
    m = lex.short_after.match(text, e)
    if m and (m.group(0).lower() != "m" or _PLURAL_AFTER.match(text, m.end())):
        # "10k", "2bn", "1m people"; a bare "m" is more often metres
        return "count", None, s, m.end()
    m = lex.unit_after.match(text, e)
    if m:
        word = _norm(m.group(0).lstrip("-"))
        if m.lastgroup == "percent":
            return "percent", "percent", s, m.end()
        if m.lastgroup == "measure":
            return "measure", lex.measure_units.get(word), s, m.end()
        if m.lastgroup == "money":
            return "money", lex.currency_after.get(word), s, m.end()
        return "size", None, s, e
    if _next_word(text, e, lex).lower() in lex.time_units:
        return "duration", None, s, e
    if lex.modifier_after.match(text, e):
        return "modifier", None, s, e
    return "count", None, s, e


@dataclass(slots=True)
class _Core:
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    written: str
    kind: str
    unit: str | None
    unit_end: int
    before: _Before


def _word_before(text: str, i: int) -> int | None:
    """Start of the word just before offset i on the same line, if any."""
    j = i
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return k if k < j else None


def digit_starts(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where the runs of digits of text[start:end] start, in order. A text's runs are found once, for every reader
    of its spans: the dates of each of its sentences, the numbers of all of it."""
    end = len(text) if end is None else end
    runs = _digit_runs(text)
    out = runs[bisect_left(runs, start):bisect_left(runs, end)]
    if 0 < start < end and _TWO_DIGITS.match(text, start - 1):
        out.insert(0, start)  # the span opens inside a run: its part in the span is a run of the span
    return out


@lru_cache(maxsize=4)
def _digit_runs(text: str) -> list[int]:
    return [m.start() for m in _DIGITS.finditer(text)]


def clear_caches() -> None:
    """Forget the texts whose digit runs were found (a timing starts cold; the lexicon stays loaded)."""
    _digit_runs.cache_clear()


def _anchors(text: str, start: int, end: int, finder: WordFinder, lex: _Lexicon) -> list[int]:
    """Offsets where a number may begin: digit runs, number words, and the words that lead "a few hundred"."""
    out = digit_starts(text, start, end)
    for p in finder.find(lex.start_words):
        if not start <= p < end:
            continue
        out.append(p)
        if finder.lowered.startswith(lex.scale_words, p):
            one = _word_before(text, p)
            two = _word_before(text, one) if one is not None else None
            out += [q for q in (one, two) if q is not None and q >= start]
    return sorted(set(out))


def _cores(text: str, start: int, end: int, finder: WordFinder, lex: _Lexicon) -> list[_Core]:
    out: list[_Core] = []
    covered = start
    for anchor in _anchors(text, start, end, finder, lex):
        m = lex.core.match(text, anchor, end) if anchor >= covered else None
        if m is None:
            continue
        s, e = m.span()
        covered = e
        if m.lastgroup == "vague":
            low, high = lex.vague[_norm(m.group(0))]
            out.append(_Core(s, e, None, low, high, "vague", "count", None, e, _before(text, s)))
            continue
        if m.lastgroup == "fixed":
            value: float | None = lex.fixed[_norm(m.group(0))]
        elif m.lastgroup == "a_and":
            value = _word_value("one" + m.group(0)[1:], lex)
        else:
            value = _word_value(m.group(0), lex)
        if value is None or not math.isfinite(value):
            continue  # more digits than a float holds: a code or noise, not a figure anyone claimed
        is_digits = m.group(0)[0].isdigit()
        before = _before(text, s)
        kind, unit, unit_start, unit_end = _kind(text, s, e, value, is_digits and " " not in m.group(0), before, lex)
        short = text[e:unit_end].strip().lower()
        if short in lex.short_scales and m.group(0)[-1].isdigit():
            value = round(value * lex.short_scales[short], _SCALED_PLACES)
            if not math.isfinite(value):
                continue
        if unit_start != s:
            before = _before(text, unit_start)
        out.append(_Core(unit_start, e, value, None, None, "digits" if is_digits else "words", kind, unit, unit_end,
                         before))
    return out


def _second_ages(text: str, cores: list[_Core], lex: _Lexicon) -> None:
    """The second numeral of "aged 7 and 9" or "aged 19 to 24" is an age too, unless a noun of people follows it
    ("aged 25 and 3 others")."""
    for a, b in zip(cores, cores[1:]):
        if a.kind != "age" or b.kind != "count" or b.value is None or not 0 < b.value < _MAX_AGE:
            continue
        nxt = _next_word(text, b.unit_end, lex).lower()
        if text[a.unit_end:b.start].strip().lower() in _AGE_JOINERS and nxt not in _COUNTED_AFTER and not (
                nxt.endswith("s") and nxt not in ("was", "is", "has", "years")):
            b.kind = "age"


def _listed_labels(text: str, cores: list[_Core], lex: _Lexicon) -> None:
    """Numbers listed with a label are labels too, after it ("Sections 147, 148 and 149 of the IPC") or before it
    ("under 302, 324 PPC"), unless a noun of what it counts follows one ("Article 5 and 300 soldiers")."""
    pairs = list(zip(cores, cores[1:]))
    for x, y in pairs:
        if x.kind == "label" and y.kind == "count" and _listed(text, x, y, y, lex):
            y.kind = "label"
    for x, y in reversed(pairs):
        if y.kind == "label" and x.kind == "count" and _listed(text, x, y, x, lex):
            x.kind = "label"


def _listed(text: str, x: _Core, y: _Core, count: _Core, lex: _Lexicon) -> bool:
    """Whether two numbers in digits are listed one after the other, the count of them followed by a joiner, "of" or
    punctuation, as a list of labels goes on ("149 of the IPC"; not "arrested 12 under section 144 and 30 under …")."""
    return x.written == y.written == "digits" and count.unit is None \
        and _LIST_JOINERS.fullmatch(text, x.unit_end, y.start) is not None \
        and _LIST_GOES_ON.match(text, count.unit_end) is not None


def _range_start(text: str, cores: list[_Core], i: int, lex: _Lexicon) -> int | None:
    """Where the range of cores[i] and cores[i + 1] starts, if they form one, else None.

    "10 to 20", "10-20", "two or three", "between 10 and 20"; not "rose from 10 to 20" (two values)
    and not "3 soldiers and 2 civilians" (two counts).
    """
    if i + 1 >= len(cores):
        return None
    a, b = cores[i], cores[i + 1]
    if a.value is None or b.value is None or b.value <= a.value:
        return None
    if a.kind not in QUANTITY_KINDS or b.kind not in QUANTITY_KINDS or a.kind not in ("count", b.kind):
        return None
    before = a.before
    joiner = text[a.end:b.start].strip().lower()
    if before.word(0).lower() == "between" and joiner in ("and", "to", "-", "–"):
        return before.words[0][0]
    j = lex.joiner.match(text, a.end)
    if not j or j.end() != b.start or joiner == "and":
        return None
    if before.word(0).lower() == "from" and before.word(1).lower() in lex.change_verbs:
        return None
    return a.start


def _is_score(text: str, cores: list[_Core], i: int, lex: _Lexicon) -> bool:
    """Whether cores[i] and cores[i + 1] are a score or tally, "beat Ottawa 0-2", "a 0-6 loss", "drew 0–0":
    two whole numbers joined by a dash, with a word of a contest before them or after them."""
    if i + 1 >= len(cores):
        return False
    a, b = cores[i], cores[i + 1]
    if a.written != "digits" or b.written != "digits" or a.unit or b.unit or b.unit_end != b.end:
        return False
    if text[a.end:b.start].strip() not in ("-", "–", "—") or not _is_whole(text[a.start:a.end]) \
            or not _is_whole(text[b.start:b.end]):
        return False
    before = {a.before.word(k).lower().strip(_PUNCT) for k in range(3)}
    return not before.isdisjoint(lex.score_before) or _next_word(text, b.end, lex).lower() in lex.score_after


def _is_whole(surface: str) -> bool:
    return surface.isdigit() and len(surface) <= 3


def _scaled_low(text: str, a: _Core, b: _Core, lex: _Lexicon) -> float:
    """The low bound of "2 to 3 million": the scale word of the high bound applies to both, unless that would
    put it above the high bound ("500 to 1 million"); a range from zero ("0 to 5 million") starts at zero."""
    assert a.value is not None and b.value is not None
    if a.written == "digits" and 0 < a.value < 1000 <= b.value / a.value:
        word = text[b.start:b.end].lower().rsplit(None, 1)[-1]
        scaled = a.value * lex.scales.get(word, 1)
        return scaled if scaled < b.value else a.value
    return a.value


def _hedge_before(before: _Before, lex: _Lexicon) -> tuple[str, int] | None:
    """A hedge of up to three words right before a numeral ("at least", "no fewer than"): (hedge, its start)."""
    if before.glued or before.word(0).lower().lstrip(_PUNCT) not in lex.hedge_ends:
        return None
    for n in range(min(3, len(before.words)), 0, -1):
        phrase = " ".join(w for _, w in reversed(before.words[:n])).lower().lstrip(_PUNCT)
        hedge = lex.hedges_before.get(phrase)
        if hedge:
            first_start, first = before.words[n - 1]
            return hedge, first_start + len(first) - len(first.lstrip(_PUNCT))
    return None


def _restated_in_brackets(text: str, end: int, nxt: _Core | None, value: float | None) -> int | None:
    """The end of the closing bracket of a number that restates the one ending at `end` in brackets right after it
    ("three (3)", "2 (two)"), else None."""
    if nxt is None or value is None or nxt.value != value or not _OPEN_BRACKET.fullmatch(text, end, nxt.start):
        return None
    return nxt.unit_end + 1 if text.startswith(")", nxt.unit_end) else None


def find_numbers(text: str, start: int = 0, end: int | None = None, finder: WordFinder | None = None) -> list[Number]:
    """Every number mention in text[start:end], in text order, hedges and ranges folded in.

    `finder` is the text's WordFinder when the caller has one already (it is built from the whole text).
    """
    lex = lexicon()
    end = len(text) if end is None else end
    cores = _cores(text, start, end, finder or WordFinder.of(text), lex)
    _second_ages(text, cores, lex)
    _listed_labels(text, cores, lex)
    out: list[Number] = []
    i = 0
    while i < len(cores):
        a = b = cores[i]
        s, e = a.start, a.unit_end
        if _is_score(text, cores, i, lex):
            b = cores[i + 1]
            out.append(Number(a.start, b.end, a.start, b.end, None, None, None, "exact", None, "score", "digits"))
            i += 2
            continue
        range_start = _range_start(text, cores, i, lex)
        if range_start is not None:
            b = cores[i + 1]
            s, e = range_start, b.unit_end
            value, low, high, hedge = None, _scaled_low(text, a, b, lex), b.value, "range"
            i += 1
        elif a.written == "vague":
            value, low, high, hedge = None, a.low, a.high, "order_of_magnitude"
            hb = _hedge_before(a.before, lex)
            if hb:
                s = hb[1]
                if hb[0] in ("at_least", "more_than"):  # "more than thousands": no upper bound left
                    high = None
        else:
            value, hedge = a.value, "exact"
            hb = _hedge_before(a.before, lex)
            if hb:
                hedge, s = hb
            ha = lex.hedge_after.match(text, e)
            if ha:
                hedge = lex.hedges_after[_norm(ha.group(0).lstrip("-"))]
                e = ha.end()
            restated = _restated_in_brackets(text, e, cores[i + 1] if i + 1 < len(cores) else None, a.value)
            if restated is not None:  # "three (3) soldiers", "2 (two) people": one number, written twice
                b, e = cores[i + 1], restated
                i += 1
            elif a.written == "digits" and a.value == 1 and _ONE_IN_BRACKETS.match(text, a.end) \
                    and _ARTICLE_BEFORE_BRACKET.search(text, max(0, a.start - 5), a.start):
                s = _ARTICLE_BEFORE_BRACKET.search(text, max(0, a.start - 5), a.start).start()
                e = a.end + 1  # "a (1) soldier": the article and its figure
            low = value if hedge in _LOWER_BOUND else None
            high = value if hedge in _UPPER_BOUND else None
        kind = b.kind if a.kind == "count" else a.kind
        out.append(Number(s, e, a.start, b.end, value, low, high, hedge, a.unit or b.unit, kind, a.written))
        i += 1
    return out
