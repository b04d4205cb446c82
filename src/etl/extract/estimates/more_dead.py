"""Deaths told beside others that are more dead, not the same told again: the other side's dead told as a part of its
own group ("A policeman was killed …, and two of the attackers were killed"), one told by an ellipsis of the verb of a
death before it ("The driver died at the scene, as did a passenger"; `ellipsis` reads them), one told by a pronoun
of one more person its sentence brought in ("A second victim … where she later died"), a count told as more ("another
two", "three more") and one of a time of its own ("On Monday, …"). The rules of tolls, parts and sources ask these
here, each the same way."""
from __future__ import annotations

from collections.abc import Iterable

from etl.extract.estimates.items import INDEFINITE, Count, SentenceTokens
from etl.extract.estimates.lexicon import Lexicon

_FIGHTERS = "fighters"  # the quantity class of armed groups' people ("rebels", "militants", "gunmen")
# what opens a clause of its own before a count: ", and two of the rebels were killed", "; three of the gunmen died"
_CLAUSE_OPENERS = frozenset({"and", ";", "while", "whereas", "but"})
MORE = frozenset({"more", "additional", "further"})  # "three more bodies", "two additional deaths", "a further three"
# words that tell a count as more than the figures before it ("another two", "three more", "two others", "a further
# three"): not the people told before again
ADDED = MORE | {"another", "other", "others", "new"}
ALSO = "also"  # "Two soldiers were also killed": more than the people told before, not those told again
_ADDED_REACH = 2  # words before a count that may tell it as more ("another two men", "a further three")


def of_the_attackers_side(c: Count, kinds: Iterable[str], lex: Lexicon) -> bool:
    """Whether a partitive count ("four of the rebels", "two of the attackers") is of the armed side when none of the
    dead given before were ("A soldier was killed when rebels ambushed a convoy, and four of the rebels were killed"):
    the rebels are no part of the soldier. Only a count with a verb of its own opening its clause (or sentence) is
    told so: "Seven people, three of them attackers, were killed" names a part. `kinds` are the kinds of people the
    given dead were counted as (`counted_kind`)."""
    words = c.sentence.words
    head = words[c.np_head - 1] if c.np_end > c.np_start else None
    if head is None or not armed(head, lex) or c.source != "after" or c.cue is None or c.cue < c.after:
        return False
    opens = c.first == 0 or words[c.first - 1] in _CLAUSE_OPENERS
    return opens and not any(kind == _FIGHTERS or kind in lex.perpetrators or kind + "s" in lex.perpetrators
                             for kind in kinds)


def of_attackers(c: Count, lex: Lexicon) -> bool:
    """Whether a count counts the attackers: the doer's own death ("before killing himself"), "the assailant",
    "19 assailants"."""
    return c.doer or c.np_end > c.np_start and c.sentence.words[c.np_head - 1] in lex.perpetrators


def armed(head: str, lex: Lexicon) -> bool:
    """Whether a noun names the people of an armed group or the attackers ("rebels", "militants", "gunmen",
    "assailants")."""
    return head in lex.perpetrators or lex.quantity_classes.get(head) == _FIGHTERS


def told_by_ellipsis(c: Count) -> bool:
    """Whether a count follows an ellipsis of a verb told before ("as did a passenger", "as were two guards"): more of
    the kind, as "also" tells, no one told again."""
    return c.first >= 2 and (c.sentence.words[c.first - 2], c.sentence.words[c.first - 1]) in ELLIPSES


# an ellipsis of a verb told before: "as did a passenger", "so were two guards"
ELLIPSES = frozenset({("as", "did"), ("so", "did"), ("as", "was"), ("as", "were"), ("so", "was"), ("so", "were"),
                      ("as", "had"), ("so", "had")})


def one_more_before(c: Count) -> bool:
    """Whether a pronoun counted ("she later died") is of one more person its sentence brought in before it ("A second
    victim, a woman, was driven to hospital, where she later died", "Another man was hit and he died in hospital"), not
    one of the dead given before told again."""
    words = c.sentence.words
    if not c.singular or words[c.first] not in _PERSON_PRONOUNS:
        return False
    start = max(0, c.first - _NEW_ONE_REACH)
    return any(w == "another" or w in _ORDINALS and k > start and words[k - 1] in INDEFINITE
               for k, w in enumerate(words[start:c.first], start))


_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth"})
_NEW_ONE_REACH = 25  # words before a pronoun its person may be brought in by ("A second victim, … where she")


def told_as_more(c: Count, added: frozenset[str] = ADDED, reach: int = _ADDED_REACH) -> bool:
    """Whether a count is told as added to the figures before it, by one of the `added` words within `reach` words
    before it or right after it ("10 more bodies", "another 3 people", "two others"), or as a count of one opening with
    "another" ("another died"): more dead, not those told before told again."""
    words = c.sentence.words
    return not added.isdisjoint(words[max(0, c.first - reach):c.first]) or (
        c.after < len(words) and words[c.after] in added) or (c.singular and words[c.first] == "another")


def opens_with_time(c: Count) -> bool:
    """Whether a count's sentence opens with a time set off by a comma before it ("On Monday,", "Later,", "By
    nightfall,", "In the early hours of Sunday,"): the time of what it tells is its own, which may be after a toll
    told before, so its dead are more dead, not a part or the rest of that toll."""
    sent = c.sentence
    return bool(sent.words) and sent.words[0] in _TIME_OPENERS and sent.first_of(_COMMA) < c.first


_TIME_OPENERS = frozenset({"on", "later", "by", "overnight", "since", "after", "in", "earlier", "late", "early"})
_COMMA = frozenset({","})


def says_also(sent: SentenceTokens) -> bool:
    """Whether a sentence says "also" ("Two soldiers were also killed"): the dead it tells are beside those told
    before, not the same told again."""
    return sent.first_of(_ALSO_WORDS) < len(sent.words)


_ALSO_WORDS = frozenset({ALSO})
