"""Figures of the dead that a story tells as background, in grammar the rules of `links` do not read: the dead a court
judged ("found guilty of the murder of three fishermen"), the dead of a war that is the subject of their verb past
what it was between ("a civil war between the army and Islamist rebels killed about 150,000"), and an incident told
in a relative clause of an earlier one the story's event followed ("following raids in Lafey in which seven officers
were killed"). None of them is a toll of the story's own incident: a sum of its dead counts them apart.

Each rule reads a few words before the count only, so its cost grows with the number of counts."""
from __future__ import annotations

from etl.extract.estimates.items import Count
from etl.extract.estimates.links import names_a_war

# A court's proceeding and the words it is told with ("found guilty of the murder of", "convicted of killing", "jailed
# for life for the killing of", "the trial of two officers accused of killing", "an inquest into the deaths of",
# "served 18 years for the 1991 massacre"): what a court tries or judged was done before the hearing, never at it.
# (Not "charged with" or "accused of": a charge may follow the story's own incident within days, whose toll it tells.)
_VERDICTS = frozenset({"guilty", "convicted", "convicting", "conviction", "convictions", "sentenced", "sentencing",
                       "jailed", "jailing", "acquitted", "acquittal", "imprisoned", "trial", "tried", "inquest",
                       "indicted", "indictment", "verdict", "served"})
_VERDICT_WORDS = 8  # words from the verdict to the count ("guilty on three counts of the murder of two")
_JUDGED_LINKS = frozenset({"of", "for", "into", "over"})  # what a proceeding is "of", "for", "into" or "over"
# words from the verdict to its link ("convicted on Monday of", "jailed two men for", "convicted the clan over")
_LINK_WORDS = 3
_CLAUSE_BOUNDS = frozenset({",", ";", ":", "(", ")", "—", "–", "when", "which", "who", "while", "but", "and"})
# words of the incident a proceeding is for, from its link to the relative clause of its dead ("for their part in a
# 2019 raid on the village of Kwall in which 17 people were killed")
_JUDGED_NP_WORDS = 12


def judged_by_a_court(c: Count) -> bool:
    """Whether a count of the dead is what a court's proceeding told before it in its clause is of or for: a few words
    after it ("found guilty of the murder of three fishermen", "convicted of killing a police officer", "jailed for the
    killing of two guards", "an inquest into the deaths of four climbers"), or in a relative clause of the incident it
    is for ("sentenced to 30 years for the 1991 massacre at Barrios Altos, in which 15 people were killed"). A court
    report's dead are of an incident before the hearing, not its news: no toll of the story's own."""
    words = c.sentence.words
    if _judged_after(words, c.first, _VERDICT_WORDS, _LINK_WORDS):
        return True
    k = _antecedent_end(c)
    return k is not None and any(words[j].lower() in _JUDGED_LINKS and _judged_after(words, j + 1, _VERDICT_WORDS + 1,
                                                                                  j - max(0, j - _VERDICT_WORDS))
                                 for j in _words_back(words, k, _JUDGED_NP_WORDS))


def _judged_after(words: list[str], end: int, reach: int, link_words: int) -> bool:
    """Whether a proceeding stands in the `reach` words before `end`, in its clause, with one of its links (of, for,
    into, over) in the `link_words` words after it."""
    for k in _words_back(words, end - 1, reach):
        if words[k].lower() in _VERDICTS:
            return not _JUDGED_LINKS.isdisjoint(x.lower() for x in words[k + 1:min(end, k + 1 + link_words)])
    return False


def _words_back(words: list[str], start: int, reach: int) -> list[int]:
    """The indexes from `start` back, `reach` words at most, up to the nearest clause bound."""
    out = []
    for k in range(start, max(-1, start - reach), -1):
        if words[k].lower() in _CLAUSE_BOUNDS:
            break
        out.append(k)
    return out


# The words that open the phrase a war's noun heads ("a civil war", "Sri Lanka's long conflict") and what may follow
# the noun up to the verb ("between the army and rebels", "in the north", "against the state")
_WAR_PHRASE_WORDS = 3  # words of the phrase before the war's noun ("the 26-year civil war")
_WAR_POSTMODIFIERS = frozenset({"between", "against", "in", "of", "with", "over"})
_SUBJECT_WORDS = 10  # words from the verb back to the war's noun ("a civil war between the army and Islamist
# insurgents killed")
_PERFECT = frozenset({"has", "have", "had"})
_SUBJECT_BOUNDS = frozenset({",", ";", ":", "(", ")", "—", "–", "when", "which", "that", "where", "while", "as",
                             "after", "before", "since"})
_NO_PHRASE_WORDS = frozenset({"in", "on", "at", "of", "by", "from", "during", "between", "against", "with", "and"})


def war_is_subject(words: list[str], verb: int) -> bool:
    """Whether the subject of the verb at `verb` (past its "has") is a phrase a war heads, past what the war was between
    or where it was: "a civil war between the army and Islamist insurgents killed an estimated 200,000", "the conflict
    in the north has killed 40,000" (not "Fighting in the war zone killed five": the war no head of the subject)."""
    end = verb - 1 if verb >= 1 and words[verb - 1].lower() in _PERFECT else verb
    start = end
    while start > max(0, end - _SUBJECT_WORDS) and words[start - 1].lower() not in _SUBJECT_BOUNDS:
        start -= 1
    for k in range(start, min(end, start + _WAR_PHRASE_WORDS + 1)):
        if names_a_war(words[k]):
            return (k + 1 == end or words[k + 1].lower() in _WAR_POSTMODIFIERS) \
                and _NO_PHRASE_WORDS.isdisjoint(w.lower() for w in words[start:k])
    return False


# "following incidents in Lafey and Elwak in which a total of seven officers were killed", "after a raid on the camp,
# in which 12 died": the story's event followed an earlier one, whose relative clause the count is in
_FOLLOWING = frozenset({"following", "after"})
_RELATIVE_WHICH = frozenset({"which", "where", "when"})
_WHICH_PREPOSITIONS = frozenset({"in", "during"})
_ANTECEDENT_WORDS = 8  # words from "following" to the relative pronoun ("following incidents in Lafey and Elwak in")
_RELATIVE_REACH = 5  # words from the relative pronoun to the count ("in which a total of seven officers")


def _antecedent_end(c: Count) -> int | None:
    """The last word of the noun phrase a count's relative clause ("in which", "where", "when") is of, before its
    preposition and comma ("incidents in Lafey" of "incidents in Lafey, in which seven officers were killed"); None for
    a count in no relative clause."""
    words = c.sentence.words
    which = next((k for k in range(c.first - 1, max(-1, c.first - 1 - _RELATIVE_REACH), -1)
                  if words[k].lower() in _RELATIVE_WHICH), None)
    if which is None or any(w in _CLAUSE_BOUNDS - {"and"} for w in words[which + 1:c.first]):
        return None
    k = which - 1
    k -= k >= 0 and words[k].lower() in _WHICH_PREPOSITIONS
    k -= k >= 0 and words[k] == ","
    return k


def followed_incident(c: Count) -> bool:
    """Whether a count stands in a relative clause ("in which", "where") of an incident that "following" or "after"
    governs: "This is the third such attack since August, following incidents in Lafey in which seven officers were
    killed" (an earlier incident the story's event came after, not its toll)."""
    words = c.sentence.words
    k = _antecedent_end(c)
    if k is None:
        return False
    for j in range(k, max(-1, k - _ANTECEDENT_WORDS), -1):
        w = words[j].lower()
        if w in _FOLLOWING:
            return j < k  # (a noun between: "following incidents", not "after which")
        if w in _SUBJECT_BOUNDS:
            return False
    return False
