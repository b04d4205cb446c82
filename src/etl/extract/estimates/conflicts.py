"""Conflicting figures of one toll → the one a sum of the dead counts.

The policy (one for every kind of text): when sources give different figures of the same incident's dead or wounded
("killing at least 41 people, according to a rights group … the governor said 19 people had died"), the story's count
is the lowest firm figure, as a conflict analyst codes the most conservative of conflicting reports; the others are
kept aside as `disputed`. A firm figure is a number, bare or bounded ("at least 41", "about 40"), not a vague one
("dozens") nor a ceiling ("up to 50"). Which figures are another source's of the same toll the rules of `categories`
find (`disputes_toll`: "Hospital officials put the toll at 15"; `other_sources_figures`: "The Observatory said seven
people were killed"), and so does `compared_figures` here ("State media gave a much lower figure", "a higher toll of
14"). One source's split figures ("the army said 12 soldiers and 3 civilians") are no conflict, nor are the tolls of
two incidents: those rules never pair them.

Each side's own dead told after a lead that rounds their sum ("nearly 100 soldiers were killed on both sides … Armenia
said 49 … Azerbaijan said 50") are the count, and the round lead is their sum told again (`round_sums`)."""
from __future__ import annotations

from collections.abc import Callable

from etl.extract.estimates.items import TOLLED, Count, SentenceTokens, keep_aside
from etl.extract.estimates.lexicon import Lexicon
from etl.extract.estimates.more_dead import ADDED, ALSO, MORE, armed, of_attackers

_FIRM = frozenset({"exact", "at_least", "more_than", "approximately"})
# a figure told as another source's, compared with the story's: "gave a much lower figure", "a higher toll of 14",
# "a different number"
_COMPARATIVES = frozenset({"lower", "higher", "smaller", "larger", "bigger", "different", "conflicting", "contrasting"})
_FIGURE_NOUNS = frozenset({"figure", "figures", "toll", "tolls", "number", "numbers", "count", "tally", "estimate",
                           "estimates"})
_COMPARED_REACH = 3  # words from the comparative to its noun ("a much lower death toll")
# a figure told as more or beside the others ("three more", "also"), no other reading of a toll ("a new toll of 14" is)
_ADDED = ADDED - {"new"} | {ALSO}
# hedges of a figure told round, and how far (a share of it) the sum of the figures it rounds may be from it
_ROUND = frozenset({"approximately", "at_most"})
_ROUNDING = 0.1


def compared_figures(kept: list[Count], sources: list[str | None],
                     preceding: Callable[[int], SentenceTokens | None]) -> list[Count]:
    """The figures of the dead or wounded that a source gives after the story's own, told as compared with them by a
    comparative before a noun of a figure, in their sentence or the one before ("Iranian state media gave a much
    lower figure. The governor said 19 people had died", "Elders gave a higher toll of 14"): another figure of the one
    toll, from a source that gave none of it before, not one told as more ("also", "three more bodies"). `preceding`
    gives the tokens of the sentence before one (by its index), or None."""
    out = []
    told: dict[str, set[str | None]] = {}  # category → the sources of its figures so far
    compared: dict[int, bool] = {}  # sentence index → whether it compares a figure
    for c, source in zip(kept, sources):
        if c.category not in TOLLED:
            continue
        before = told.setdefault(c.category, set())
        words = c.sentence.words
        if before and source is not None and source.lower() not in before and c.value is not None \
                and _ADDED.isdisjoint(w.lower() for w in words[max(0, c.first - 2):c.after + 1]) \
                and (_compares(words, c.sentence.index, compared) or _compares_before(c, preceding, compared)):
            out.append(c)
            continue
        before.add(source.lower() if source else None)
    return out


def _compares_before(c: Count, preceding: Callable[[int], SentenceTokens | None], compared: dict[int, bool]) -> bool:
    """Whether the sentence before a count's compares a figure (`_compares`)."""
    index = c.sentence.index - 1
    if index < 0 or compared.get(index) is False:
        return False
    before = preceding(index) if index not in compared else None
    return compared.get(index, False) or before is not None and _compares(before.words, index, compared)


def _compares(words: list[str], index: int, compared: dict[int, bool]) -> bool:
    """Whether a sentence (its words, its index) compares a figure: "gave a much lower figure"."""
    if index not in compared:
        compared[index] = any(w in _COMPARATIVES and not _FIGURE_NOUNS.isdisjoint(words[k + 1:k + 1 + _COMPARED_REACH])
                              for k, w in enumerate(words))
    return compared[index]


def lowest_stands(kept: list[Count], rivals: list[Count], lex: Lexicon) -> None:
    """Apply the policy: each group of another source's figures of a toll (`rivals`, kept aside as `disputed`, those of
    one sentence together: "It said 12 civilians and three soldiers were killed"), all firm and lower than the
    story's figures of the category told before them, is the story's count instead; those are disputed (not the
    attackers' own dead, no figure of the victims: "The army said it had killed 19 assailants"; nor a doer's count of
    the dead as attackers, its claim of who they were: "Four villagers were killed … The army said it had shot two
    gunmen": the four stand; nor its count of them as armed men against a toll told as of civilians: "said the strikes
    had killed over 20 terrorists" after "air strikes killed 46 people, most of them women and children")."""
    groups: dict[tuple[int, str], list[Count]] = {}
    for c in rivals:
        if c.reason == _DISPUTED and c.counted_as in TOLLED:
            groups.setdefault((c.sentence.index, c.counted_as), []).append(c)
    for (_, category), group in sorted(groups.items()):
        start = group[0].start
        standing = [k for k in kept if k.category == category and k.start < start and not of_attackers(k, lex)]
        if not standing or any(c.value is None or c.hedge not in _FIRM or of_attackers(c, lex)
                               or _armed_claimed(c, standing, lex) for c in group) \
                or sum(c.amount for c in group) >= sum(k.amount for k in standing):
            continue
        for k in standing:
            keep_aside(k, _DISPUTED)
        for c in group:
            c.category, c.counted_as, c.reason, c.aside = category, None, None, None


_DISPUTED = "disputed"


def _armed_claimed(c: Count, standing: list[Count], lex: Lexicon) -> bool:
    """Whether a rival figure counts the dead as armed men ("20 terrorists", "15 militants") where the story's first
    standing figure is told as of civilians, women or children (not "Four Palestinians were killed", of no side)."""
    if c.np_end == c.np_start or not armed(c.sentence.words[c.np_head - 1], lex):
        return False
    first = standing[0]  # (the words after the story's first figure: "killed 46 people, most of them women and")
    words = first.sentence.words[first.first:first.after + _CIVILIAN_WORDS + 1]
    said = next((k for k, w in enumerate(words) if k and w.lower() in _TELLER_VERBS), len(words))
    # (up to its teller: "Four people were killed …, residents said" tells no victims' kind)
    return any(lex.quantity_classes.get(w.lower()) in _CIVILIAN_KINDS for w in words[:min(said - 1, len(words) - 1)])


_CIVILIAN_KINDS = frozenset({"civilians", "children"})  # ("women and children", "villagers")
_CIVILIAN_WORDS = 12  # words after the story's figure that may tell its dead as civilians
_TELLER_VERBS = frozenset({"said", "say", "says", "told"})


def round_sums(kept: list[Count], sources: list[str | None]) -> list[Count]:
    """The round figures of the dead or wounded ("nearly 100", "about 30") that the figures two or more other sources
    give after them sum to, each source its own ("Armenia and Azerbaijan said nearly 100 soldiers had been killed …
    Armenia said 49 of its servicemen had been killed. Azerbaijan said 50 of its troops had died"): the sides' figures
    are the count, the round one tells their sum again. The figures after it are all those of its category the story
    kept, none told as more ("also"), and no two from one source."""
    out = []
    for i, lead in enumerate(kept):
        if lead.category not in TOLLED or lead.hedge not in _ROUND or lead.value is None:
            continue
        parts = [(c, s) for c, s in zip(kept[i + 1:], sources[i + 1:]) if c.category == lead.category]
        claimants = {s.lower() for _, s in parts if s}
        if len(parts) < 2 or len(claimants) != len(parts) or sources[i] is not None and sources[i].lower() in claimants:
            continue
        total = sum(c.amount for c, _ in parts)
        if any(c.value is None or c.hedge not in _FIRM or c.sentence is lead.sentence
               or not _ADDED.isdisjoint(w.lower() for w in c.sentence.words[max(0, c.first - 2):c.after + 1])
               for c, _ in parts) or total == lead.value or abs(total - lead.value) > _ROUNDING * lead.value \
                or lead.hedge == "at_most" and total > lead.value:
            continue
        out.append(lead)
    return out


def excess_of_higher_claims(kept: list[Count], sources: list[str | None]) -> list[Count]:
    """The dead or wounded told as more ("three more bodies were found") by a source that gave a higher figure of the
    toll before, which they make up with the story's count from other sources: "At least four people were killed,
    the administrator said, and local sources said the real number was seven. Local sources said three more bodies
    were found" (4 + 3 = 7). They are that source's excess over the count, a disputed claim, no more dead of it."""
    out = []
    heads = [_head(s) for s in sources]  # (a source told again by its noun: "opposition activists", "the activists")
    for i, c in enumerate(kept):
        source = heads[i]
        if c.category not in TOLLED or source is None or c.value is None \
                or MORE.isdisjoint(w.lower() for w in c.sentence.words[max(0, c.first - 1):c.after + 1]):
            continue
        before = list(zip(kept[:i], heads[:i]))
        standing = [k for k, s in before if k.category == c.category and s != source]
        claimed = {k.value for k, s in before if s == source and k.value is not None}
        if standing and sum(k.amount for k in standing) + c.amount in claimed:
            out.append(c)
    return out


def _head(source: str | None) -> str | None:
    """A source's noun, its last word in lower case ("activists" of "opposition activists")."""
    return source.split()[-1].lower() if source and source.split() else None


