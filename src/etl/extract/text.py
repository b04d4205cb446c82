"""Article text → paragraphs, sentences and tokens with offsets: the shared ground every extractor stands on.

Regular expressions only, so that a 750-word article is split in well under a millisecond; every
span is a pair of Python string offsets into the article text.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import Any

from etl.records import Article

# Words that end in a period without ending a sentence.
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen brig lt lieut col maj capt sgt cpl pvt adm cmdr gov sen rep rev fr st sr jr hon pres
insp supt det amb
inc corp co ltd llc bros dept univ assn est approx no nos vs etc fig al
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
u.s u.k u.n e.u u.s.a d.c a.m p.m e.g i.e n.y l.a
""".split())

# Quote marks, straight and curly; those that open a quote (a word follows them with no space: '"Last night', "“We")
QUOTE_MARKS = frozenset("\"'“”‘’")
OPENING_QUOTE_MARKS = frozenset("\"“‘")

_PARAGRAPH = re.compile(r"[^\n]+")
# A candidate sentence end: terminal punctuation, optional closing quotes/brackets, then space. Tried only
# where a run of punctuation starts, and never given back: a run with no space after it (a line of dots)
# is then read once, not once from each of its characters. It opens with the mark itself (the run's start
# is checked behind it), so the regex engine skips from mark to mark instead of trying every character.
_BOUNDARY = re.compile(r"[.!?…](?<![.!?…].)[.!?…]*+[\"'”’)\]]*+(?=\s+[\"'“‘(\[]*[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_ON_PLATFORM_X = re.compile(r"\b(?:on|via)\s+X\.$")
# The one tokenizer of the extractors: a word with its inner hyphens, apostrophes and periods ("al-Fadiya",
# "U.S", "3,000" is three tokens), or a single mark of punctuation. Written for speed as the same tokens
# of r"\w+(?:[-'’.]\w+)*|[^\w\s]": the lookahead skips a space at once, and the possessive runs give back
# nothing (a separator is no word character, so a shorter run could never go on).
TOKEN = re.compile(r"(?=\S)(?:\w++(?:[-'’.]\w++)*+|.)")
# `TOKEN` with the spaces before it: `findall` builds every token and its spaces in C, and the offsets follow
# from their lengths (tokens follow each other with only spaces between).
_SPACED_TOKEN = re.compile(rf"(\s*+)({TOKEN.pattern})")
# A word of a speaker or name phrase, where a final period may belong to the word: abbreviations and
# initials keep it ("Sen.", "U.S."), "&" joins ("AT&T"), punctuation stands alone. Written for speed as
# r"(?:[A-Za-z]\.){2,}|\w+(?:[-'’&]\w+)*\.?|[^\w\s]" is, as `TOKEN` is.
PHRASE_WORD = re.compile(r"(?=\S)(?:(?:[A-Za-z]\.){2,}|\w++(?:[-'’&]\w++)*+\.?|.)")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Line-delimited paragraphs, trimmed of surrounding whitespace."""
    out = []
    for m in _PARAGRAPH.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _is_abbreviation(text: str, end: int) -> bool:
    """Whether the period at text[end-1] closes an abbreviation or an initial rather than a sentence."""
    m = _WORD_BEFORE.search(text, max(0, end - 12), end)
    if not m:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():  # an initial: "John F. Kennedy"; but "said in a post on X." ends one
        return not _ON_PLATFORM_X.search(text, max(0, end - 8), end)
    if _INITIALS.fullmatch(word):  # initials: "the I.I. Kando road", "George H.W. Bush", as "U.S." already is
        return True
    return word.lower().rstrip(".") in ABBREVIATIONS


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of text[start:end] as (start, end) offsets."""
    out = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        punct_end = m.end()
        first_punct = text[m.start()]
        if first_punct == "." and m.end() - m.start() >= 1:
            dot = m.start() + 1
            if _is_abbreviation(text, dot):
                continue
        out.append((s, punct_end))
        s = punct_end
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        out.append((s, end))
    return out


@lru_cache(maxsize=4)  # an article's text is lowered by its Doc and again by the readers given the text alone (dates)
def lower(text: str) -> str:
    """The text in lower case, offset for offset: "İ" (whose lower case is two characters) stays as it is,
    so that a span found in the lowered text is the same span of the text."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered


class Enclosures:
    """Spans of a text (quotes, statements, cues), asked which of them holds a given span.

    Kept in start order with the running maximum of their ends, so the first span holding another is found
    by two bisections: an article of many statements and many events asks n times in n log n, not n².
    """

    def __init__(self, spans: Iterable[tuple[int, int]]):
        self.spans = sorted(spans)
        self._starts = [s for s, _ in self.spans]
        self._reach = list(accumulate((e for _, e in self.spans), max))

    def first_holding(self, start: int, end: int) -> int | None:
        """Index in `spans` of the first span (by start, then end) with s <= start and end <= e, if any."""
        n = bisect_right(self._starts, start)
        j = bisect_left(self._reach, end, 0, n)
        return j if j < n else None

    def holds(self, start: int, end: int) -> bool:
        return self.first_holding(start, end) is not None


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Offsets of the tokens (`TOKEN`) of text[start:end]."""
    end = len(text) if end is None else end
    return [m.span() for m in TOKEN.finditer(text, start, end)]


def _tokens_and_words(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[str]]:
    """The tokens of text[start:end] as offsets and as strings: what `tokens` and slicing give, for less."""
    spans, words = [], []
    end_of_token = start
    for space, word in _SPACED_TOKEN.findall(text, start, end):
        token_start = end_of_token + len(space)
        end_of_token = token_start + len(word)
        spans.append((token_start, end_of_token))
        words.append(word)
    return spans, words


def head_word(words: Sequence[str]) -> str:
    """The head of a noun phrase's words: its last word, or the last before "of" ("Ministry of Defence", "friends of
    the Varno mayor", "a number of guards"); "" for no words."""
    if "of" in words[1:]:
        words = words[:words.index("of", 1)]
    return words[-1] if words else ""


def sentence_at(starts: list[int], offset: int) -> int:
    """Index of the sentence containing `offset` (or the last one starting before it), given the sentences' start
    offsets in order."""
    return max(0, bisect_right(starts, offset) - 1)


@dataclass
class Doc:
    """An article with its text split once, for all extractors to share."""
    article: Article
    text: str = field(init=False)
    _tokens: dict[tuple[int, int], tuple[list[tuple[int, int]], list[str]]] = field(
        init=False, default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.text = self.article.text

    @cached_property
    def lowered(self) -> str:
        """The text in lower case, offset for offset (see `lower`)."""
        return lower(self.text)

    @cached_property
    def letters(self) -> bytes:
        """The lower-cased text with every character but an ASCII letter blanked, one byte per character:
        `letters[start:end].split()` are the letter words of a span (see `letter_words`), cut in C."""
        return self.lowered.encode("ascii", "replace").translate(_LETTER_BYTES)

    @cached_property
    def finder(self) -> WordFinder:
        """The finder of the lexicon's words in this text, shared by the extractors that look words up."""
        return WordFinder.of(self.text, self.lowered)

    def tokens(self, start: int, end: int) -> tuple[list[tuple[int, int]], list[str]]:
        """The tokens of text[start:end] as offsets and as lower-case words, split once for every extractor
        that walks the same sentence (events and estimates both do); callers do not change the lists."""
        key = (start, end)
        found = self._tokens.get(key)
        if found is None:
            # The lowered text splits as the text does: lower-casing leaves every character a word character, a
            # space or neither, as it was (`lower` keeps the offsets).
            found = self._tokens[key] = _tokens_and_words(self.lowered, start, end)
        return found

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        return paragraphs(self.text)

    @cached_property
    def sentences(self) -> list[Sentence]:
        out = []
        for i, (ps, pe) in enumerate(self.paragraphs):
            out.extend(Sentence(s, e, i) for s, e in split_sentences(self.text, ps, pe))
        return out

    @cached_property
    def sentence_starts(self) -> list[int]:
        """The start offset of each sentence, in order (a plain list: holding it keeps no Doc alive)."""
        return [s.start for s in self.sentences]

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing `offset` (or the last one starting before it)."""
        return sentence_at(self.sentence_starts, offset)

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]

    @cached_property
    def _shared(self) -> dict[str, Any]:
        return {}

    def shared(self, key: str, build: Callable[[Doc], Any]) -> Any:
        """An object derived from this article once and then shared by every extractor that asks for it
        under the same key (the within-article name resolver costs as much as an extractor to build)."""
        if key not in self._shared:
            self._shared[key] = build(self)
        return self._shared[key]


# Letters kept and lower-cased, every other byte a space: a C table lookup, far faster than str.translate.
_LETTER_BYTES = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))


def letter_words(text: str) -> list[bytes]:
    """The runs of ASCII letters of a text, lower-cased, as bytes: every other character splits them."""
    return text.encode().translate(_LETTER_BYTES).split()


@cache
def _encoded(vocabulary: frozenset[str]) -> frozenset[bytes]:
    return frozenset(w.encode() for w in vocabulary)


@dataclass(frozen=True, slots=True)
class WordFinder:
    """Whole-word occurrences of vocabulary words in a text, found without a regex pass over all of it.

    A regex alternation of hundreds of words tries every branch at every position; splitting the text
    once and intersecting with the vocabulary, then `str.find` for the few words present, is an order
    of magnitude faster on a news article. Vocabulary words are lower-case ASCII letters.
    """
    text: str
    lowered: str
    words: frozenset[bytes]

    @classmethod
    def of(cls, text: str, lowered: str | None = None) -> WordFinder:
        """The finder of a text; `lowered` is `lower(text)` when the caller has it already."""
        return cls(text, lower(text) if lowered is None else lowered,
                   frozenset(letter_words(text)))

    def find(self, vocabulary: frozenset[str]) -> list[int]:
        """Sorted start offsets of whole-word occurrences (case-insensitive) of the vocabulary's words."""
        out = []
        for word in self.words & _encoded(vocabulary):
            out += self.occurrences(word.decode())
        out.sort()
        return out

    def occurrences(self, word: str) -> list[int]:
        """Start offsets, in order, of a lower-case word's whole-word occurrences, case aside."""
        lowered, out = self.lowered, []
        i = lowered.find(word)
        while i >= 0:
            end = i + len(word)
            if (i == 0 or not lowered[i - 1].isalnum()) and (end == len(lowered) or not lowered[end].isalnum()):
                out.append(i)
            i = lowered.find(word, end)
        return out
