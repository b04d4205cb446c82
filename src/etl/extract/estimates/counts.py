"""Numbers and singular "a man" phrases → counts with what they count and the country of it."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter

from etl.extract import geo
from etl.extract.estimates.categories import POSSESSIVES, categorize, coordinated_phrase, is_one_person
from etl.extract.estimates.items import Count, SentenceTokens, is_plural, match_phrase, sentence_tokens
from etl.extract.estimates.lexicon import Lexicon
from etl.extract.numbers import Number
from etl.extract.text import Doc, WordFinder

# How far the rules look from a number, in tokens: news phrases a count within a few words of its noun.
_MAX_NP = 6
# "a man", "an officer": a count of one, if a casualty or arrest verb governs it.
_SINGULAR = re.compile(r"\b[Aa]n?[^\S\n]+(?=\w)")
# "the victim was found dead", "killing his mother": a definite person governed by a casualty verb is a count of one.
_DEFINITE = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)[^\S\n]+(?=\w)")
_WORD = re.compile(r"[a-z]+")
_PERSON_CHARS = 40  # "the senior police officer": the noun of a definite person lies within this many characters
_PARTICLES = frozenset({"out", "off", "up", "down"})
# "the hostages were killed": as many as were taken before ("abducted five civilians").
_HOSTAGE_WORDS = ("hostages", "captives", "abductees", "kidnapped")
_HOSTAGES = re.compile(rf"\b[Tt]he[^\S\n]+(?:{'|'.join(_HOSTAGE_WORDS)})\b")
# "shot and killed Sheikh Ali Omar": a named victim is a count of one (two or more capitalised words).
_NAME = re.compile(r"\b[A-Z][\w'’.-]+(?:[^\S\n]+[A-Z][\w'’.-]+)+")


def _noun_phrase(sent: SentenceTokens, i: int, lex: Lexicon) -> tuple[int, int, int]:
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
        if match_phrase(words, j, lex.after_cues, lex) and (j > start or w not in lex.head_nouns):
            break  # "1 killed", "gunmen shot dead": the cue ends the phrase ("5 wounded" is a phrase)
        if j > start and w.endswith(("ed", "ing")) and w not in lex.adjectives_ed:
            break  # "30 demonstrators blocked": a verb ends the phrase
        if j > start and j + 1 < n and words[j + 1] in _PARTICLES:
            break  # "a shoot-out broke out": a phrasal verb ends it too
        j += 1
        if (is_plural(w, lex) and not acronym) or w in lex.head_nouns:
            # A plural ends the phrase unless another head noun follows: "police officers", "militia fighters".
            if j < n and j - start < _MAX_NP and (lex.quantity_classes.get(words[j]) or (
                    words[j] in lex.head_nouns and (words[j],) not in lex.after_cues)):
                continue
            break
    return start, j, _name_after_of(sent, j, lex)


def _name_after_of(sent: SentenceTokens, j: int, lex: Lexicon) -> int:
    """Extend a phrase over "of" or "from" + a name: "2 members of LaQ", "troops from North Korea"."""
    n = len(sent.words)
    if j + 1 >= n or sent.words[j] not in lex.origin_prepositions:
        return j
    k = j + 1
    if sent.words[k] == "the" and k + 1 < n:
        k += 1
    m = k
    while m < n and m - k < 4 and sent.is_word(m) and sent.is_capitalized(m):
        m += 1
    return m if m > k else j


def read_count(sent: SentenceTokens, start: int, end: int, number: Number | None, lex: Lexicon) -> Count:
    first = bisect_left(sent.starts, start)
    after = bisect_left(sent.starts, end)
    np_start, np_head, np_end = _noun_phrase(sent, after, lex)
    if number is None:
        value = low = high = 1.0
        hedge, unit = "exact", None
    else:
        value, low, high, hedge, unit = number.value, number.value_low, number.value_high, number.hedge, number.unit
    return Count(sent, start, end, value, low, high, hedge, unit, first, after, np_start, np_head, np_end,
                 singular=number is None)


def singulars(doc: Doc, finder: WordFinder, counts: list[Count], seen: dict[int, SentenceTokens],
              lex: Lexicon, dropped: Counter[str]) -> list[Count]:
    """Candidate counts of one, "a man", "an officer", in sentences holding a cue; is_singular_count decides.
    An "a" or "an" before no noun phrase is counted in `dropped`."""
    text = doc.text
    # the numbers found before, in text order and apart: the one a position may fall in is found by bisection
    starts, ends = [c.start for c in counts], [c.end for c in counts]
    cue_sentences = sorted({doc.sentence_index(p) for p in finder.find(lex.cue_words)})
    out = []
    for index in cue_sentences:
        s = doc.sentences[index]
        for m in _SINGULAR.finditer(text, s.start, s.end):
            if _inside(starts, ends, m.start()):
                continue
            sent = sentence_tokens(doc, index, seen)
            c = read_count(sent, m.start(), m.start() + len(m.group().rstrip()), None, lex)
            if c.np_end > c.np_start:
                categorize(c, lex)
                c.end = sent.spans[c.np_head - 1][1]
                out.append(c)
            else:
                dropped["estimates: 'a' or 'an' before no noun"] += 1
        out += _named_victims(doc, index, seen, lex)
        out += _definite_person(doc, index, seen, lex, starts, ends)
    return out


def _inside(starts: list[int], ends: list[int], position: int) -> bool:
    """Whether a position falls in one of the numbers read before (given in text order, apart, by start and end)."""
    k = bisect_right(starts, position) - 1
    return k >= 0 and position < ends[k]


def _definite_person(doc: Doc, index: int, seen: dict[int, SentenceTokens], lex: Lexicon,
                     starts: list[int], ends: list[int]) -> list[Count]:
    """ "The victim was later found dead", "killed the bomber", "injuring his mother": one person named by a definite
    singular noun of people, as the subject of a passive casualty verb or the object of an active one, is a count of
    one ("the" one after a count of the same kind is one of those, told again: `restates`)."""
    s = doc.sentences[index]
    out = []
    for m in _DEFINITE.finditer(doc.text, s.start, s.end):
        # most "the" open no person: look at the next words before splitting the sentence into tokens
        if lex.persons.isdisjoint(_WORD.findall(doc.lowered, m.end(), min(s.end, m.end() + _PERSON_CHARS))[:3]):
            continue
        if _inside(starts, ends, m.start()):
            continue
        sent = sentence_tokens(doc, index, seen)
        c = read_count(sent, m.start(), m.start() + len(m.group().rstrip()), None, lex)
        if not 0 < c.np_end - c.np_start <= 3 or c.np_head != c.np_end:
            continue
        head = sent.words[c.np_head - 1]
        if head not in lex.persons:
            continue
        categorize(c, lex)
        if c.source in ("after", "before"):
            c.end = sent.spans[c.np_head - 1][1]
            out.append(c)
    return out


def _named_victims(doc: Doc, index: int, seen: dict[int, SentenceTokens],
                   lex: Lexicon) -> list[Count]:
    """ "Gunmen shot and killed Sheikh Ali Omar", "Ana Lind was killed": a person named right after a
    casualty verb, or before its passive, is a count of one (is_singular_count checks the verb)."""
    s = doc.sentences[index]
    out = []
    for m in _NAME.finditer(doc.text, s.start, s.end):
        sent = sentence_tokens(doc, index, seen)
        c = read_count(sent, m.start(), m.start(), None, lex)
        first = bisect_left(sent.starts, m.start())
        c.first, c.np_start = first, first
        c.np_end = c.np_head = bisect_left(sent.starts, m.start() + len(m.group().rstrip(".")))
        categorize(c, lex)
        c.end = m.start() + len(m.group().rstrip("."))
        # (the costlier question last: most names stand by no casualty verb)
        if c.source in ("after", "before") and sent.is_capitalized(first) \
                and not (geo.country_code(m.group()) or geo.find_countries(doc.text, m.start(), m.end())):
            out.append(c)  # "killed North Korean soldiers": a people or a country, not a person
    return out


def coordinated_people(counts: list[Count], lex: Lexicon) -> list[Count]:
    """One person joined to a casualty count is a count of one too: "killing himself and 12 others", "killing the
    bomber and five soldiers", "The officer, his wife and their two children were killed" (before it), "killed a
    police officer and his son" (after it)."""
    out = []
    taken = {c.start for c in counts}  # "killing the bomber and five": "the bomber" may be counted already
    for c in counts:
        if c.category not in lex.singular_categories or c.source not in ("before", "after", "chain"):
            continue
        sent, words = c.sentence, c.sentence.words
        j = c.first - 1
        if j > 0 and words[j] in POSSESSIVES and not c.singular:
            j -= 1  # "and their two children": the possessive is the count's own
        while j > 0 and words[j] in ("and", ",") and not c.singular:
            joined = coordinated_phrase(sent, j)
            if joined is None or not is_one_person(sent, joined, lex):
                break
            if sent.spans[joined[0]][0] not in taken:
                out.append(_person(sent, *joined, c))
            j = joined[0] - 1
        k = c.np_end
        if c.source != "after" and k + 1 < len(words) and words[k] == "and" and words[k + 1] in POSSESSIVES:
            start, head, end = _noun_phrase(sent, k + 2, lex)
            if 0 < end - start <= 3 and head == end and words[end - 1] in lex.persons and (
                    sent.spans[k + 1][0] not in taken):
                out.append(_person(sent, k + 1, end, c))
    return out


def _person(sent: SentenceTokens, first: int, end: int, joined: Count) -> Count:
    """A count of one over tokens [first, end) ("his son", "himself"), of the category of the count it is joined to."""
    after = first + 1 if end - first > 1 else first
    c = Count(sent, sent.spans[first][0], sent.spans[end - 1][1], 1.0, 1.0, 1.0, "exact", None, first, after,
              after, end, end, singular=True)
    c.category, c.source, c.cue = joined.category, "chain", joined.cue
    return c


def referred_counts(doc: Doc, counts: list[Count], seen: dict[int, SentenceTokens],
                    lex: Lexicon) -> list[Count]:
    """ "Gunmen abducted five civilians. … The hostages were killed.": the hostages count as many as were
    taken before them, with that count's hedge; none when no earlier count of the captured is found."""
    out = []
    if not any(word in doc.text for word in _HOSTAGE_WORDS):
        return out  # most articles: no word of the pattern at all, found without a regex pass
    for m in _HOSTAGES.finditer(doc.text):
        taken = [c for c in counts if c.category == "captured" and c.end <= m.start() and c.value is not None]
        if not taken:
            continue
        index = doc.sentence_index(m.start())
        sent = sentence_tokens(doc, index, seen)
        c = read_count(sent, m.start(), m.start() + 3, None, lex)
        categorize(c, lex)
        source = taken[-1]
        c.value, c.value_low, c.value_high, c.hedge = source.value, source.value_low, source.value_high, source.hedge
        c.end = m.end()
        if c.category not in ("other", "captured"):
            out.append(c)
    return out


def fill_quantity(doc: Doc, c: Count, lex: Lexicon) -> None:
    if c.np_end > c.np_start:
        a, b = c.sentence.spans[c.np_start][0], c.sentence.spans[c.np_end - 1][1]
        c.quantity = doc.text[a:b]
        c.head = c.sentence.words[c.np_head - 1]
        c.generic = c.np_end - c.np_start == 1 and lex.quantity_classes.get(c.head) == ""


def inherit_quantities(counts: list[Count], lex: Lexicon) -> None:
    """An elliptical count ("7 were wounded", "the casualties at around 1,000") counts what the count before it
    counted."""
    previous: Count | None = None
    for c in counts:
        if (c.quantity is None or c.generic) and c.category != "other" and previous is not None \
                and c.sentence.index - previous.sentence.index <= 2:
            c.quantity, c.head, c.country = previous.quantity, previous.head, previous.country
        if c.quantity and not c.generic:
            previous = c


def count_country(doc: Doc, c: Count, lex: Lexicon) -> str | None:
    """Country of what is counted: "North Korean soldiers", "troops from North Korea"."""
    sent = c.sentence
    # Countries are named with capitals ("North Korean", "Russia"): a lower-case phrase names none.
    if not any(sent.is_capitalized(i) for i in range(c.np_start, c.np_end)):
        return None
    end = c.np_end
    if end + 1 < len(sent.words) and sent.words[end] in lex.origin_prepositions:
        end = min(len(sent.words), end + 4)
    found = geo.find_countries(doc.text, sent.spans[c.np_start][0], sent.spans[end - 1][1])
    return found[0].code if found else None
