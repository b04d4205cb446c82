"""A sentence → its tokens as the events rules read them, and the trigger candidates found in it."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from etl.extract import numbers
from etl.extract.events.lexicon import Lexicon, Sense, letter_runs
from etl.extract.mentions import HEAD_KINDS
from etl.extract.text import TOKEN, Doc, Sentence

OBJECT_WINDOW = 10      # tokens after a trigger searched for the object that decides its sense


def is_numeral(word: str) -> bool:
    """A lower-case token that is a number in digits or words ("24", "thirty", "thirty-five")."""
    if word.isdigit():
        return True
    words = numbers.lexicon().words
    return word in words or "-" in word and all(w in words for w in word.split("-"))


PERFECT_AUXILIARIES = frozenset({"has", "have", "had"})  # "has attacked", "has since pounded"
_RANGE_NUMBER = 4  # tokens of the first number of a range, its thousands' commas among them ("2,000")


@dataclass(slots=True)
class SentenceTokens:
    """The tokens of one sentence, as offsets, surface words and lower-case words, and whether its paragraph
    holds a word of a class (asked only by the senses that need it)."""
    start: int
    end: int
    spans: list[tuple[int, int]]
    words: list[str]
    lower: list[str]
    paragraph_has: Callable[[str], bool]
    story_has: Callable[[str], bool]  # whether the story holds a word of a class up to the end of this paragraph
    classes: dict[str, bool] = field(default_factory=dict)
    # the noun phrase ending at each token asked for (`participants._phrase_ending`): several rules ask for the same
    phrase_endings: dict[int, tuple[int, int] | None] = field(default_factory=dict)

    def is_word(self, k: int) -> bool:
        if 0 <= k < len(self.words):  # (the rules' most frequent test: the word is read once)
            first = self.words[k][0]
            return first.isalnum() or first == "_"
        return False

    def opens_count(self, k: int, lex: Lexicon) -> bool:
        """Whether token k opens a hedged count ("at least 24 soldiers", "up to thirty people"), which reads as
        a noun phrase, not as a preposition's phrase."""
        return k < len(self.lower) and (self.lower[k] in lex.count and any(map(is_numeral, self.lower[k + 1:k + 4]))
                                        or self.range_end(k) is not None)

    def range_end(self, k: int) -> int | None:
        """The token after "and" of a range of counts that opens at token k ("between 200 and 300 cattle": the
        token of "300"), else None: a count, no two sides."""
        if self.lower[k] != "between" or k + 1 >= len(self.lower) or not is_numeral(self.lower[k + 1]):
            return None
        j = k + 2
        while j < len(self.lower) and j - k <= _RANGE_NUMBER and (self.lower[j] == "," or self.lower[j].isdigit()):
            j += 1  # "between 2,000 and 3,000"
        return j + 1 if j + 1 < len(self.lower) and self.lower[j] == "and" and is_numeral(self.lower[j + 1]) else None

    def since_adverb(self, k: int) -> bool:
        """Whether token k is "since" as an adverb of a perfect ("Israel has since pounded Gaza"): after the time
        the story told before, at none it names."""
        return self.lower[k] == "since" and k > 0 and self.lower[k - 1] in PERFECT_AUXILIARIES

    def has(self, word_class: str, lex: Lexicon) -> bool:
        """Whether a word of the class is in the sentence; remembered, since each trigger of it may ask."""
        if word_class not in self.classes:
            self.classes[word_class] = lex.any_in_class(self.lower, word_class)
        return self.classes[word_class]


@dataclass(slots=True)
class Candidate:
    """A trigger found in a sentence, with the sense chosen for it and the phrases found around it."""
    first: int          # token index of the trigger's first token
    last: int           # token index after the trigger's last token
    sense: Sense
    actor: tuple[int, int] | None = None
    target: tuple[int, int] | None = None
    evidence: int | None = None  # token that decided the sense, when it is the object
    passive: bool = False        # a verb in the passive: its subject is the target ("were killed or wounded")


# The answer of `triggers._choose_sense` for words that are no event in the sense that applies.
NO_EVENT = Candidate(-1, -1, Sense("verb", "-", None, None, None, None))


class ParagraphWords:
    """The lower-case words of each paragraph, split on first request, and the word classes found in it."""

    def __init__(self, doc: Doc, lowered: str, lex: Lexicon):
        self.doc = doc
        self._lowered = lowered
        self._lex = lex
        self._words: dict[int, frozenset[str]] = {}
        self._classes: dict[tuple[int, str], bool] = {}
        self._told: dict[tuple[int, str], bool] = {}

    @property
    def lexicon(self) -> Lexicon:
        return self._lex

    def of(self, paragraph: int) -> frozenset[str]:
        if paragraph not in self._words:
            start, end = self.doc.paragraphs[paragraph]
            self._words[paragraph] = frozenset(TOKEN.findall(self._lowered, start, end))
        return self._words[paragraph]

    def has(self, paragraph: int, word_class: str) -> bool:
        key = (paragraph, word_class)
        if key not in self._classes:
            self._classes[key] = self._lex.any_in_class(self.of(paragraph), word_class)
        return self._classes[key]

    def told(self, paragraph: int, word_class: str) -> bool:
        """Whether a word of the class is in this paragraph or an earlier one; each paragraph is asked once per
        class, however many sentences ask."""
        if (paragraph, word_class) not in self._told:
            k = paragraph
            while k >= 0 and (k, word_class) not in self._told:
                k -= 1
            found = k >= 0 and self._told[k, word_class]
            if not found and not self._may_hold(word_class, k + 1, paragraph):
                self._told[paragraph, word_class] = False
                return False
            for j in range(k + 1, paragraph + 1):
                found = found or self.has(j, word_class)
                self._told[j, word_class] = found
        return self._told[paragraph, word_class]

    def _may_hold(self, word_class: str, first: int, last: int) -> bool:
        """False when paragraphs first..last hold no word of the class: none of its words or prefixes is even a part
        of their text, found in C, so that a story without one ("match_play") is never split into words."""
        start, end = self.doc.paragraphs[first][0], self.doc.paragraphs[last][1]
        find = self._lowered.find
        return any(find(w, start, end) >= 0 for w in self._lex.classes[word_class]) or any(
            find(p, start, end) >= 0 for p in self._lex.class_prefixes[word_class])


def tokenize(text: str, sentence: Sentence, paragraphs: ParagraphWords) -> SentenceTokens:
    # the article's Doc splits each sentence once: the estimates rules walk many of the same sentences
    spans, lower_words = paragraphs.doc.tokens(sentence.start, sentence.end)
    dots = [k for k, w in enumerate(lower_words) if w == "." and k and (
        _DOTTED.fullmatch(lower_words[k - 1]) or lower_words[k - 1] in _NAME_SUFFIXES and k > 1
        and text[spans[k - 2][0]:spans[k - 2][0] + 1].isupper()) and spans[k - 1][1] == spans[k][0]] if (
        _may_hold_dotted(text, sentence.start, sentence.end)
        and _DOTTED_IN_TEXT.search(text, sentence.start, sentence.end)) else ()
    # (an apostrophe inside a word, "Russia's", is no token of its own: most sentences with one have none)
    apostrophe = not _APOSTROPHES.isdisjoint(lower_words)
    owners = _plural_possessives(text, spans, lower_words, paragraphs.lexicon) if apostrophe else ()
    # "the U.S. killing of a general", "Ferdinand Marcos Jr. blamed": the abbreviation keeps its period; "The Kurdistan
    # Workers' Party", "the Nurses' Union": the name's possessive keeps its apostrophe
    kept = sorted([*dots, *owners], reverse=True)
    if kept:
        spans, lower_words = list(spans), list(lower_words)
        for k in kept:
            spans[k - 1:k + 1] = [(spans[k - 1][0], spans[k][1])]
            lower_words[k - 1:k + 1] = [lower_words[k - 1] + lower_words[k]]
    scare = _scare_quoted(text, spans, lower_words, paragraphs.lexicon) if text.find(
        '"', sentence.start, sentence.end) >= 0 or text.find("“", sentence.start, sentence.end) >= 0 else ()
    if scare:  # 'security forces "neutralized" 4 PKK members': the trigger is read without its quotes
        spans, lower_words = list(spans), list(lower_words)
        for k in reversed(scare):
            del spans[k + 1], lower_words[k + 1], spans[k - 1], lower_words[k - 1]
    return SentenceTokens(sentence.start, sentence.end, spans, [text[s:e] for s, e in spans], lower_words,
                          lambda c: paragraphs.has(sentence.paragraph, c),
                          lambda c: paragraphs.told(sentence.paragraph, c))


def _plural_possessives(text: str, spans: Sequence[tuple[int, int]], lower: Sequence[str], lex: Lexicon) -> list[int]:
    """The apostrophes that close a capitalised plural possessive of a name before the head of an organisation's
    name ("Workers' Party", "Nurses' Union"; not "the Clintons' Chappaqua home"): touching the word, with no
    apostrophe opening a quotation before them in the sentence, and not after a trigger word."""
    found = []
    opened = False
    for k in range(1, len(lower) - 1):
        if lower[k] not in _APOSTROPHES:
            continue
        before, mark, after = spans[k - 1], spans[k], spans[k + 1]
        if before[1] != mark[0]:
            opened = True  # "' " after a space opens a quotation: what closes it is no possessive
            continue
        if not opened and mark[1] < after[0] and lower[k - 1].endswith("s") and lower[k - 1] not in lex.triggers \
                and text[before[0]].isupper() and text[after[0]:after[1]] in _ORGANISATION_HEADS:
            found.append(k)
    return found


_APOSTROPHES = frozenset({"'", "’"})
_ORGANISATION_HEADS = frozenset(w for w, kind in HEAD_KINDS.items()
                                if kind in {"organization", "group"} and w.istitle())


def _scare_quoted(text: str, spans: list[tuple[int, int]], lower: list[str], lex: Lexicon) -> list[int]:
    """The tokens of single lower-case trigger words in quotes that touch them ('"neutralized"'): a word a writer keeps
    at a distance, still the sentence's verb, no quotation of anyone's. (Other words keep their quotes, so that no
    phrase read across them holds half a pair: 'injuring "dozens" of people'.)"""
    found = []
    # (the tokens right after an opening mark, found by `list.index` in C: a sentence holds a few among many words)
    after_marks = []
    for mark in _OPENING:
        k = -1
        for _ in range(lower.count(mark)):
            k = lower.index(mark, k + 1)
            after_marks.append(k + 1)
    for k in sorted(after_marks):
        if k < len(lower) - 1 and lower[k + 1] in _CLOSING[lower[k - 1]] and spans[k - 1][1] == spans[k][0] \
                and spans[k][1] == spans[k + 1][0] and text[spans[k][0]:spans[k][0] + 1].islower() and (
                    lower[k] in lex.triggers) and (not found or found[-1] < k - 2):
            found.append(k)
    return found


_CLOSING = {'"': frozenset({'"'}), "“": frozenset({"”"})}  # opening quote mark → the marks that close it
_OPENING = frozenset(_CLOSING)


# An abbreviation of initials joined by periods, whose last period the tokenizer splits off: "U.S", "U.N".
_DOTTED = re.compile(r"[a-z](?:\.[a-z])+")
_DOTTED_IN_TEXT = re.compile(r"[A-Za-z]\.[A-Za-z]\.|\b[JS]r\.")  # a sentence without one is not scanned
_NAME_SUFFIXES = frozenset({"jr", "sr"})  # after a name ("Ferdinand Marcos Jr."), their period is theirs


def _may_hold_dotted(text: str, start: int, end: int) -> bool:
    """False when text[start:end] cannot hold a match of `_DOTTED_IN_TEXT`: it has fewer than two periods and no
    "Jr." or "Sr.". Counted in C, so that the four sentences in five that have only their closing period are never
    searched (the search tries the pattern at every character)."""
    return text.count(".", start, end) >= 2 or text.find("Jr.", start, end) >= 0 or text.find("Sr.", start, end) >= 0


def may_hold_trigger(letters: list[bytes], lex: Lexicon) -> bool:
    """False when the sentence whose letter words (`Doc.letters`, split) are `letters` cannot hold a trigger: none of
    them is made of the letters of a trigger's key word. A C-speed test, so most sentences are never split into
    tokens."""
    runs = _key_letter_runs(lex.key_words)
    return runs is None or not runs.isdisjoint(letters)


def may_hold_phrase(letters: set[bytes], lex: Lexicon) -> bool:
    """False when the sentence whose letter words (`Doc.letters`) are `letters` holds no trigger phrase: each word of
    a phrase it holds is a token, whose letter runs are letter words of the sentence. Two sentences in five with a key
    word hold none ("in" and "state" open phrases, "their" and "going" are words of them), and are never split."""
    index = lex.phrase_letters
    # (the runs that open a phrase are found by a set intersection in C, not by a walk over the sentence's words)
    return index is None or any(needs <= letters for run in index.keys() & letters for needs in index[run])


@cache
def _key_letter_runs(key_words: frozenset[str]) -> frozenset[bytes] | None:
    """One run of ASCII letters of each key word (a token that is the key word holds it as a run of letters
    between non-letters); None when a key word has no ASCII letter, and then every sentence may hold one."""
    runs = []
    for word in key_words:
        letters = letter_runs(word)
        if not letters:
            return None
        runs.append(max(letters, key=len))
    return frozenset(runs)
