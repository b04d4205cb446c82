"""Article text → the lexicon's cues where they occur, and how far each cue phrase reaches ("said in a statement")."""
from __future__ import annotations

import calendar
import re

from etl.extract.statements.items import Context, CueEntry
from etl.extract.statements.lexicon import CONTEXT, CUE_FORMS, FUNCTION_WORDS, NOT_ADVERBS, one_of
from etl.extract.statements.quotes import OPENING_MARKS
from etl.extract.text import WordFinder, letter_words
from etl.extract.wordlists import alternation


def _cue_starts() -> dict[str, list[tuple[str, re.Pattern | None]]]:
    """First word of each cue → (cue key, pattern for the words after it), longest cue first."""
    starts: dict[str, list[tuple[str, re.Pattern | None]]] = {}
    forms = [*CUE_FORMS, "According to"]
    for form in sorted(forms, key=len, reverse=True):
        first, *rest = form.split()
        tail = re.compile("".join(rf"\s+{re.escape(w)}" for w in rest) + r"\b") if rest else None
        starts.setdefault(first, []).append((form.lower(), tail))
    return starts


def _trie_pattern(phrases: list[str]) -> str:
    """One regular expression for many phrases, factored by common prefixes so that matching stays fast: the
    engine reads each character once instead of trying every phrase in turn. The words of a phrase are joined
    by any whitespace; where several phrases match, the longest wins, as in `alternation`."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in " ".join(phrase.split()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + build(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_NOT_ADVERB = rf"(?!(?:{alternation(list(NOT_ADVERBS))})\b)"
_CUE_STARTS = _cue_starts()
_CUE_FIRST_WORD = re.compile(rf"\b{_trie_pattern(list(_CUE_STARTS))}\b")
# The first words in lower case, looked up in the text's words before the pattern is tried where one occurs.
_FIRST_WORDS = frozenset(w.lower() for w in _CUE_STARTS)


def _cue_words() -> dict[bytes, list[frozenset[bytes]]]:
    """First word (as the text's finder spells it: its letters before any other character, in lower case) → the
    letter words of each cue it opens, for the first words that open no cue of one word: such a word ("is" of "is
    quoted as saying", "as" of "as saying", "going" of "going on") is looked for only in a text that holds every
    letter word of one of its cues, as a text where a cue occurs does. Thousands of its occurrences went unmatched."""
    out: dict[bytes, list[frozenset[bytes]]] = {}
    alone: set[bytes] = set()
    for first, entries in _CUE_STARTS.items():
        letters = letter_words(first)
        if not letters or not first[:1].isalpha():
            continue  # (no word the finder reports opens it)
        for key, tail in entries:
            if tail is None:
                alone.add(letters[0])
            out.setdefault(letters[0], []).append(frozenset(letter_words(key)))
    return {word: needs for word, needs in out.items() if word not in alone}


_CUE_WORDS = _cue_words()
_FIRST_WORD_BYTES = frozenset(w.encode() for w in _FIRST_WORDS)
_POSSESSIVE = ("'s ", "’s ")

_INSERTED = re.compile(r",\s+[^,;:.“”\"]{2,60}?\s+$")
_NEGATIVES = [" ".join(p.lower().split()) for p in CONTEXT["negatives"]]
_NEGATIVE_RE = re.compile(rf"(?i)\b(?:{_trie_pattern(_NEGATIVES)})")
# The cues a set phrase may hold. A phrase holding a cue spells every letter of it but the first and the last
# (see `negated`), so a cue whose inner letters no phrase spells ("according to", "wrote") is never negated and
# needs no search: half of the cues of a news text.
_NEGATABLE = frozenset(key for key in {form.lower() for form in [*CUE_FORMS, "According to"]}
                       if any(key[1:-1] in phrase for phrase in _NEGATIVES))
_MONTH = rf"(?:{alternation([*calendar.month_name[1:], *calendar.month_abbr[1:], 'Sept'])})\.?"
# A date the cue was spoken on: "reported on Aug. 10", "said on 10 August", "said Monday, Aug. 12"
_ON_DATE = (r"(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?"
            rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})(?:,?\s+\d{{4}})?")
# What may stand between a cue and what was said: time, manner, place, venue ("said on Friday in a statement").
AFTER_RE = re.compile(
    rf"(?:\s*,)?\s+(?:{alternation(CONTEXT['after'])}|{_ON_DATE}"
    rf"|{_NOT_ADVERB}[a-z]+ly"
    rf"|(?:{one_of('venue_preposition')})\s+(?:the\s+)?\d{{4}}"
    rf"|(?:{one_of('venue_preposition')})\s+(?:{one_of('venue_determiner')}|one|[A-Z][\w’'.]*['’]s)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{alternation(CONTEXT['venues'])})"
    rf"(?:\s+(?:{one_of('source_preposition')})\s+"
    rf"(?:(?:{one_of('source_determiner')})\s+)?(?:[A-Z][\w’'.&-]*|[a-z]+)(?:\s+[A-Z][\w’'.&-]*)*)?"
    rf"|in\s+[A-Z][\w’'.-]*(?:,?\s+[A-Z][\w’'.-]*)*"
    # the source a report rests on, set off before what it said: "TASS reported, citing the defence ministry, that …"
    rf"|(?:citing|quoting)\s+[^,;:.“”\"]{{1,80}}?(?=\s*,))(?=[\s,.:;]|$)"
)
# (a capitalised word is an addressee when no common noun follows it: "told Congress that", "told AFP nobody had come",
# not "urged Western partners to" or "urged the Kyrgyz authorities to", whose adjective opens the addressee said to)
_ADDRESSEE_RE = re.compile(
    rf"\s+(?:{alternation(CONTEXT['addressees'])}"
    rf"|(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+)?[A-Z][\w’'.&-]*)+"
    rf"|(?:the\s+)?[A-Z][\w’'.&-]*+"
    rf"(?!\s+(?!(?:{alternation(sorted(FUNCTION_WORDS))}|{one_of('indefinite_subject')}"
    rf"|that|this|last|late|earlier|about|[a-z]+ly)\b)[a-z]))"
    rf"(?=[\s,.:;]|$)"
)
_THAT_RE = re.compile(r"(?:\s*,)?\s*(that\b|:|,)?\s*")
# The venue's words belong to the cue ("said in a statement"); a count does not open a venue ("in one interview").
_VENUE_START = re.compile(rf"\s*,?\s*(?:{one_of('venue_preposition')})\s+(?:{one_of('venue_determiner')})\s")
_COLON_QUOTE = re.compile(r"[^.;:!?“”\"]{1,60}:\s*(?=[“\"])")
# What opens a time or place adverbial after a cue ("during", "at", "in", "on").
_ADVERBIAL_START = re.compile(rf"\s+(?:{one_of('venue_preposition')}|{one_of('source_preposition')})\s")
# A tell-type cue may put a long addressee before "that" ("told the audience at his rally that").
_FAR_THAT_RE = re.compile(r"\s+(?:[\w’'.-]+,?\s+){1,12}?that\b")
_WARNED = re.compile(r"\bwarn(?:s|ed|ing)?$", re.IGNORECASE)
_THAT_NEXT = re.compile(r"\s+that\b")  # "warned that …": no addressee, whatever "that" follows ("sentences that carry")
_NOT_WARNED = re.compile(r"\b(?:would|will|could|can|may|might|must|should|is|are|was|were|has|have|had|do|does|did"
                         r"|to|not|with|against|about|for|from|of\s+(?:the\s+)?(?:risk|danger|threat)s?)\b")
# A comma that only sets off a place's state or country ("in Buffalo, New York, that"), or closes it before "that".
_PLACE_COMMA = re.compile(r"\b([A-Z][\w.'’-]*),(?=\s+(?:[A-Z]|that\b))")
_ABBREVIATION_PERIOD = re.compile(r"\b(?:[A-Z][a-z]{0,3}|[A-Z])\.")
# What may not stand between a cue and a far "that": what ends a clause or opens a quote (and, after an adverbial of
# time or place, a closing quote or a dash).
_CLAUSE_STOPS = re.compile(r"[.;:“\",]")
_ADVERBIAL_STOPS = re.compile(r"[.;:“\"”,—–]")


def find_cues(text: str, finder: WordFinder) -> list[tuple[int, int, str]]:
    """Every cue in the text as (start, end, lexicon key); `finder` is the text's (a pass of the pattern over
    all the text cost more than the rest of the cue search)."""
    out = []
    present = finder.words
    starts = []
    for word in present & _FIRST_WORD_BYTES:
        needs = _CUE_WORDS.get(word)
        if needs is None or any(need <= present for need in needs):
            starts += finder.occurrences(word.decode())
    starts.sort()
    for start in starts:
        m = _CUE_FIRST_WORD.match(text, start)  # the case as the lexicon writes it ("According", not "according")
        if m is None:
            continue
        for key, tail in _CUE_STARTS[m.group()]:
            if tail is None:
                if text.startswith(_POSSESSIVE, m.end()):
                    break  # a noun's possessive, no verb: "Washington state's islands", "the report's authors"
                out.append((m.start(), m.end(), key))
                break
            rest = tail.match(text, m.end())
            if rest is not None:
                out.append((m.start(), rest.end(), key))
                break
    return out


def negated(text: str, cue: tuple[int, int], key: str, unit_start: int) -> bool:
    """Whether the cue (of lexicon key `key`) is part of a set phrase ("that said", "so-called")."""
    if key not in _NEGATABLE:
        return False
    m = _NEGATIVE_RE.search(text, max(unit_start, cue[0] - 14), min(len(text), cue[1] + 24))
    if m is None or m.start() > cue[0] + 1 or m.end() < cue[1] - 1:
        return False
    # "…, the experts say, …" is an attribution between commas, not "say, a dozen".
    return not (m.group().startswith("say,") and _INSERTED.search(text, max(unit_start, cue[0] - 80), cue[0]))


def _far_that(text: str, pos: int, hi: int, stops: re.Pattern[str]) -> int | None:
    """Where what was said starts after "that" a few words after pos, with none of `stops` before it but the
    commas of a place name or a period of an abbreviation ("told a rally in Salem, N.H., on Monday that")."""
    far = _FAR_THAT_RE.match(text, pos, hi)
    if far is None:
        return None
    between = _PLACE_COMMA.sub(r"\1", text[pos:far.end()])
    between = _ABBREVIATION_PERIOD.sub("A", between)  # "Sen.", "N.H.", "Jan."
    if stops.search(between):
        return None
    start = far.end()
    while start < hi and text[start].isspace():
        start += 1
    return start


def skipped(ctx: Context, pos: int, hi: int, entry: CueEntry) -> tuple[int, int, bool]:
    """`skip_after` in the article's text, read once per cue and limit (it reads only the text and the entry's
    frame)."""
    key = (pos, hi, entry.frame)
    found = ctx.skips.get(key)
    if found is None:
        found = ctx.skips[key] = skip_after(ctx.text, pos, hi, entry)
    return found


def skip_after(text: str, pos: int, hi: int, entry: CueEntry) -> tuple[int, int, bool]:
    """Where what was said starts after a cue ending at pos, where the cue phrase ends ("said in a
    statement", "told reporters"), and whether "that", a colon or a quote mark introduces what was said."""
    cue_end = pos
    if entry.frame == "tell":
        far = _far_that(text, pos, hi, _CLAUSE_STOPS)
        if far is not None:
            return far, cue_end, True
        m = _ADDRESSEE_RE.match(text, pos, hi)
        if m:
            pos = cue_end = m.end()
    elif _WARNED.search(text, max(0, pos - 8), pos) and not _THAT_NEXT.match(text, pos, hi):
        far = _far_that(text, pos, hi, _CLAUSE_STOPS)
        if far is not None and not _NOT_WARNED.search(text, pos, far):
            # whom a warning is given: "warned the Lebanese people on Tuesday that …"; not "warned the cuts would
            # hurt families that …", a clause of its own, nor "warned against viewing that as …"
            return far, cue_end, True
    spoken_at = pos  # where the cue's adverbials start
    while True:
        m = AFTER_RE.match(text, pos, hi)
        if not m or m.end() == pos:
            break
        if cue_end == pos and _VENUE_START.match(m.group()):
            cue_end = m.end()
        pos = m.end()
    if text[cue_end - 1] == "." and not text[cue_end:hi].strip():
        cue_end -= 1  # "…, the governor told CNN.": the period ends the sentence, not the cue
    m = _THAT_RE.match(text, pos, hi)
    start = m.end() if m else pos
    introduced = bool(m and (m.group(1) or "").strip() in {"that", ":"}) or text[start:start + 1] in OPENING_MARKS
    if not introduced and (_ADVERBIAL_START.match(text, pos, hi) or cue_end > spoken_at and _ADVERBIAL_START.match(
            text, spoken_at, hi)):
        # "said during a debate on Fox that …", "said at a rally in Reno on Friday that …": a time or place
        # of any length before "that", also past the venue of the cue ("said in a briefing at the results operation
        # centre in Midrand on Wednesday night that …")
        far = _far_that(text, pos, hi, _ADVERBIAL_STOPS)
        if far is not None:
            return far, cue_end, True
    if not introduced and entry.frame != "clause":
        # "posted a photo with two words: “…”", "wrote in a long message: “…”": a colon brings the quote.
        colon = _COLON_QUOTE.match(text, pos, hi)
        if colon is not None:
            return colon.end(), cue_end, True
    return start, cue_end, introduced
