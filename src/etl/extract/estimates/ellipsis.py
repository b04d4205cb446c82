"""The people told after an ellipsis of the verb of a death, a harm or an arrest told before them ("The driver died at
the scene, as did a passenger"): more of its kind, which no verb of their own tells."""
from __future__ import annotations

import re
from bisect import bisect_left

from etl.extract.estimates.counts import read_count
from etl.extract.estimates.items import INDEFINITE, Count, SentenceTokens, match_phrase, sentence_tokens
from etl.extract.estimates.lexicon import Lexicon
from etl.extract.text import Doc


def elliptical_deaths(doc: Doc, counts: list[Count], seen: dict[int, SentenceTokens], lex: Lexicon) -> list[Count]:
    """The people told after an ellipsis of the verb of the clause before ("The driver died at the scene, as did a
    woman beside him", "Two guards were wounded, as was the commander", "so did three others") take that verb's
    category; a person named or told by a definite noun there ("as did his passenger") is a count of one, which no
    other rule reads. The verb is one told of its subject (a passive or a verb of dying, `after_cues`), in the clause
    before: not "Gunmen killed a guard, as did the soldiers", whose verb has an object (the soldiers killed), nor "The
    driver escaped unhurt, as did his passenger", which tells no harm. Returns the counts of one it makes; counts read
    before at the place take the category in place."""
    out = []
    at = {(c.sentence.index, c.first): c for c in counts}
    for m in _ELLIPSIS.finditer(doc.text):
        index = doc.sentence_index(m.start())
        sent = sentence_tokens(doc, index, seen)
        words = sent.words
        k = bisect_left(sent.starts, m.start())  # the "as" or "so"
        if k + 2 >= len(words) or sent.starts[k] != m.start():
            continue
        verb = _clause_verb(sent, k, lex)
        if verb is None:
            continue
        category, cue = verb
        c = at.get((index, k + 2))
        if c is None:
            c = _person_after(sent, k + 2, lex)
            if c is None:
                continue
            out.append(c)
        elif c.category != "other" and not c.singular:
            continue  # "as did 12 soldiers killed …": a count with a category of its own keeps it
        c.category, c.source, c.cue = category, "chain", cue
    return out


def _clause_verb(sent: SentenceTokens, k: int, lex: Lexicon) -> tuple[str, int] | None:
    """The category and token of the verb told of its subject nearest before token k in its clause (within
    _ELLIPSIS_REACH words, not past a ";" or ":"), if it is a harm or an arrest and not denied."""
    words = sent.words
    for j in range(k - 1, max(-1, k - _ELLIPSIS_REACH), -1):
        if words[j] in _CLAUSE_ENDS or words[j] in _NEGATIONS:
            return None
        found = match_phrase(words, j, lex.after_cues, lex)
        if found is None:
            continue
        category, length = found
        after = j + length
        if category not in lex.singular_categories or after < len(words) and (
                words[after] in lex.determiners or words[after][:1].isdigit()):
            return None  # "Gunmen killed a guard, as did …": its object's verb, told of the doers
        return category, j
    return None


def _person_after(sent: SentenceTokens, k: int, lex: Lexicon) -> Count | None:
    """A count of one person at token k after an ellipsis: a definite noun of a person ("his passenger", "the
    commander") or a name ("Ali Musa"); else None."""
    words = sent.words
    if words[k] in lex.determiners and words[k] not in INDEFINITE:  # (read as singulars before: `singulars`)
        c = read_count(sent, sent.spans[k][0], sent.spans[k][1], None, lex)
        if not 0 < c.np_head - c.np_start <= _PERSON_WORDS or words[c.np_head - 1] not in lex.persons:
            return None
        c.end = sent.spans[c.np_head - 1][1]
        return c
    end = k
    while end < len(words) and end - k < _NAME_WORDS and sent.is_capitalized(end) and sent.is_word(end):
        end += 1
    if end - k < 2:
        return None  # (a name of two words at least: "as did Reuters" is no person)
    c = read_count(sent, sent.spans[k][0], sent.spans[k][0], None, lex)
    c.first = c.np_start = k
    c.np_head = c.np_end = c.after = end
    c.end = sent.spans[end - 1][1]
    c.named = True
    return c


_ELLIPSIS = re.compile(r"\b(?:[Aa]s|[Ss]o)[^\S\n]+(?:did|was|were|had)[^\S\n]+(?=\w)")
_ELLIPSIS_REACH = 16  # words from an ellipsis back to the verb it repeats ("died at the scene of the attack, as did")
_CLAUSE_ENDS = frozenset({";", ":"})
_NEGATIONS = frozenset({"not", "never", "no", "n't", "unhurt", "unharmed", "escaped", "survived"})
_PERSON_WORDS = 3  # words of a definite noun of a person: "the bus's conductor"
_NAME_WORDS = 4
