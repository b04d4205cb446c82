"""A sentence → its tokens as the estimates rules read them, and the count read at a number."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter

from etl.extract.estimates.lexicon import Lexicon, Phrases
from etl.extract.text import Doc
from etl.records import Event

_START = itemgetter(0)  # of a token's (start, end)
# the harms a story gives one toll of per incident: their figures are read against each other (told again, spelled
# out, disputed), so that a sum of the dead counts each toll once
TOLLED = frozenset({"killed", "wounded"})
DEFINITE = frozenset({"the", "these", "those"})  # of people told before ("the five civilians", "five of the smugglers")
INDEFINITE = frozenset({"a", "an"})  # of one person or thing not told before ("a passenger", "an officer")


@dataclass(slots=True)
class SentenceTokens:
    """A sentence's tokens as offsets and lower-cased, for the rules to walk."""
    text: str
    index: int
    spans: list[tuple[int, int]]
    words: list[str]
    starts: list[int]
    cued: bool | None = None  # whether it holds a word a category needs (`categorize` asks once)
    firsts: dict[frozenset[str], int] = field(default_factory=dict)  # what `first_of` found, by the words asked
    found: dict[Callable[[list[str]], bool], bool] = field(default_factory=dict)  # what `holds` found, by the test

    def first_of(self, words: frozenset[str]) -> int:
        """The index of the first token that is one of `words`, or the sentence's length if none is: rules that ask
        whether such a word comes before a count ("a second missile", "On Monday,") ask it of every count of a
        sentence, and a long one may hold thousands; read once per sentence and set of words."""
        found = self.firsts.get(words)
        if found is None:
            found = self.firsts[words] = next((k for k, w in enumerate(self.words) if w in words), len(self.words))
        return found

    def holds(self, test: Callable[[list[str]], bool]) -> bool:
        """Whether the sentence's words pass `test`, one that reads them all ("In a separate attack, …"): rules ask it
        of every count of a sentence, and a long one may hold thousands; read once per sentence and test."""
        told = self.found.get(test)
        if told is None:
            told = self.found[test] = test(self.words)
        return told

    def is_word(self, i: int) -> bool:
        """Whether the token opens with a word character (`\\w`: a letter, a digit or "_"), asked without a regex call:
        the rules ask it of most tokens they pass."""
        first = self.words[i][0]
        return first.isalnum() or first == "_"

    def is_capitalized(self, i: int) -> bool:
        return self.text[self.spans[i][0]].isupper()

    def is_acronym(self, i: int) -> bool:
        a, b = self.spans[i]
        return b - a >= 2 and self.text[a:b].isupper()


@dataclass(slots=True)
class Count:
    """One count read in its sentence: tokens [first, after) are the number, [np_start, np_end) what it
    counts, with its head noun at np_head - 1 ("members" in "2 members of LaQ")."""
    sentence: SentenceTokens
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
    named: bool = False  # a person named ("Ana Lind"), not described ("a teacher")
    appositive: bool = False  # a person told again next to it ("Ana Lind, a teacher,", "blew himself up, killing himself")
    replaces: Count | None = None  # a toll's last figure told before it, now a part of it: the toll takes its event
    # the first of the parts of a count told before this one is listed after ("Among the dead were four women and three
    # children"), and whether a count restates figures given before it
    listed: Count | None = None
    restated: bool = False
    # the category of a figure kept aside, as `other`, from the story's own figures of it: a figure of another incident
    # or a running total told after them ("Last year, an attack on the same market killed 50", "The insurgency has
    # killed 20,000 since 2009"), or another source's figure of their toll ("Hospital officials put the toll at 15");
    # its subject is still that category's, where the figures of it meet
    aside: str | None = None
    # a figure of a category kept aside as `other` (by `keep_aside`): the category its own words count, and why it is
    # kept aside (the vocabulary of estimates.aside: "disputed" for another source's toll)
    counted_as: str | None = None
    reason: str | None = None
    age: bool = False  # a person's age after its noun ("The man, 34,"): it passes its verb along a list, is never kept
    # the event nearest the count in its sentence: two figures of one incident may be one figure told twice
    incident: Event | None = None
    doer: bool = False  # the doer's own death told after an act ("before killing himself"): no victim of it
    nobody: bool = False  # a count of nobody, 0 ("No one was hurt", "There were no casualties")
    # the sum of the counts joined with it, when it is one of two or more ("A man and a woman were killed": 2), and the
    # token of the first of them
    joined_total: float = 0.0
    joined_first: int = -1
    # a running total told by its size alone, far above the story's own figure of its kind ("killing at least 11 … about
    # 15,000 people have been killed"): of no one event
    running: bool = False
    # a toll over a span of days ("At least 20 people have been killed in the fighting since Tuesday"): no total of many
    # incidents, but the toll of the story's own spell of violence, which holds its figures told before or after it
    spell: bool = False

    @property
    def amount(self) -> float:
        """The figure the count commits to: its value, else its lower bound."""
        return self.value if self.value is not None else (self.value_low or 0.0)


def keep_aside(c: Count, reason: str, *, subject: bool = True) -> None:
    """Keep a figure of a category aside as `other`, so that a sum of the category counts the story's own figure of an
    incident once ("Hospital officials put the death toll at 15" after "killing 12"); it is still written as a figure
    of that category (`counted_as`) with why it is kept aside (`reason`). With `subject`, it keeps its category's
    subject, and its event, where the figures of it meet (another source's toll); without, it is no figure of its
    kind any more (an earlier toll, a part of one), grouped by what it counts alone."""
    if c.category != "other":  # (a figure kept aside twice keeps what it counts and why it was first kept aside)
        c.counted_as, c.reason = c.category, reason
    if subject:
        c.aside = c.category
    c.category = "other"


def counted_and_aside(c: Count) -> tuple[str, str | None]:
    """The category a count's own words tell and why it is kept aside from it, if it is: its category and none, or for
    a figure kept aside as `other`, the category it was kept aside from and the reason (not after a rule gave the count
    a category again: it is the story's own figure then)."""
    if c.category == "other" and c.reason is not None and c.counted_as not in (None, "other"):
        return c.counted_as, c.reason
    return c.category, None


def sentence_tokens(doc: Doc, index: int, seen: dict[int, SentenceTokens]) -> SentenceTokens:
    if index not in seen:
        s = doc.sentences[index]
        spans, words = doc.tokens(s.start, s.end)  # split once per article: the events rules read them too
        seen[index] = SentenceTokens(doc.text, index, spans, words, list(map(_START, spans)))
    return seen[index]


def is_plural(w: str, lex: Lexicon) -> bool:
    return w in lex.plurals or w.endswith("men") or (len(w) > 3 and w.endswith("s") and not w.endswith("ss"))


def counted_kind(head: str, lex: Lexicon) -> str:
    """The kind of people a head noun counts, as figures of the same thing are matched: "villagers" and "residents"
    are civilians, "soldier" and "troops" troops; "" for a head that only repeats the category ("wounded")."""
    kind = lex.quantity_classes.get(head)
    if kind is None:
        kind = head[:-1] if is_plural(head, lex) and head.endswith("s") else head
    return kind


def match_phrase(words: list[str], i: int, table: Phrases, lex: Lexicon) -> tuple[str, int] | None:
    """The longest phrase of `table` starting at words[i]: (category, its length)."""
    if 0 <= i < len(words) and words[i] not in table.firsts:
        return None  # (the rules ask at most words, and most words open no phrase)
    for n in range(min(lex.longest, len(words) - i), 0, -1):
        cat = table.get(tuple(words[i:i + n]))
        if cat:
            return cat, n
    return None


def match_phrase_ending(words: list[str], i: int, table: Phrases, lex: Lexicon) -> tuple[str, int] | None:
    """The longest phrase of `table` ending at words[i]: (category, its first index)."""
    if 0 <= i < len(words) and words[i] not in table.lasts:
        return None
    for n in range(min(lex.longest, i + 1), 0, -1):
        cat = table.get(tuple(words[i - n + 1:i + 1]))
        if cat:
            return cat, i - n + 1
    return None
