"""Incidents and dead a story reports beside its own toll, told apart from those it recalls or told again: the security
forces' answer to the story's attack ("Troops pursued the attackers and killed seven of them", "In a follow-up
operation on Thursday, troops killed three gunmen", "The army retaliated, killing 15 rebels") is news of the story,
whose dead a sum of the story's dead counts, while what an answer was "for" ("in retaliation for an offensive in which
11 of its fighters were killed") is an incident before it, recalled as its cause; the armed side killed after its
victims ("killing five of the smugglers"), a roundup's other attack ("attacked farmers in Jere, killing nine of them")
and the dead left out of a toll ("not counting the four attackers") are more dead, no parts of it; a figure named a
first toll ("An initial toll had spoken of eight dead") is an older reading of it; the story's act named again by its
doer's side ("said the strikes had killed 20 militants") tells its dead again, by another source.

Each rule reads a few words before the count only, so its cost grows with the number of counts."""
from __future__ import annotations

from collections.abc import Container, Iterable

from etl.extract import numbers
from etl.extract.estimates.items import DEFINITE, Count, SentenceTokens
from etl.extract.estimates.lexicon import Lexicon
from etl.extract.estimates.more_dead import armed

# The nouns and verbs of an answer to an incident, and the link to what it answered ("in retaliation for", "a reprisal
# for", "in revenge for"; not the answer's own place or day: "in reprisal raids on Saturday")
_ANSWER_WORDS = frozenset({"retaliation", "retaliatory", "retaliated", "retaliating", "retaliate", "reprisal",
                           "reprisals", "revenge", "avenge", "avenged", "avenging", "response"})
_ANSWERED = frozenset({"for", "to"})  # ("in response to the killing of", "in retaliation to")
_AVENGING = frozenset({"avenge", "avenged", "avenging"})  # a verb whose object is what it answered ("to avenge the
# deaths of three fighters")
_OF = "of"
# what may come between what was answered and the count of its dead: its relative clause ("an offensive, in which 11
# fighters were killed"), set off by a comma or not; not a comma that closes the phrase of the answer ("In retaliation
# for the ambush, troops killed 12 bandits": the answer's own dead)
_RELATIVES = frozenset({"which", "whom", "when", "that", "where"})
_PHRASE_BOUNDS = frozenset({";", ":", "—", "–", "(", ")", "."})
_ANSWER_REACH = 20  # words from the answer's word to the count of what it answered


def of_what_was_answered(words: list[str], first: int) -> bool:
    """Whether a count is in the phrase of what an answer was for, after it ("The group said the bombing was in
    retaliation by its fighters for an army offensive in which 11 of its men were killed", "in revenge for the killing
    of two herders"): an incident before the answer, recalled as its cause. The answer's own dead ("In retaliation, the
    army said it killed 12 bandits", "Troops retaliated, killing 15 rebels", "killed 20 militants in retaliation for
    the ambush") are news of the story."""
    for k in range(first - 1, max(-1, first - 1 - _ANSWER_REACH), -1):
        w = words[k].lower()
        if w in _PHRASE_BOUNDS or w == "," and not (k + 1 < first and _opens_relative(words, k + 1)):
            return False
        if w in _ANSWER_WORDS:
            link = k if w in _AVENGING else next((j for j in range(k + 1, first) if words[j].lower() in _ANSWERED),
                                                  None)
            # (what it was for holds the count in a relative clause, or as what a death noun is of: "for the killing
            # of two herders"; not "retaliated for the ambush by killing 15 rebels", the answer's own dead)
            return link is not None and (words[first - 1].lower() == _OF or any(
                words[j].lower() in _RELATIVES for j in range(link + 1, first)))
    return False


def told_as_answer(c: Count) -> bool:
    """Whether a count's clause tells an answer to the story's incident ("The army said it had killed 20 militants in
    retaliatory airstrikes"), not what an answer was for: its dead are more dead, no other source's figure of the
    story's own."""
    words = c.sentence.words
    return any(w.lower() in _ANSWER_WORDS for w in words[max(0, c.first - _ANSWER_REACH):c.after + _ANSWER_REACH]) \
        and not of_what_was_answered(words, c.first)


def _opens_relative(words: list[str], k: int) -> bool:
    """Whether a relative clause opens at token k, past its preposition ("which", "in which", "during which")."""
    return words[k].lower() in _RELATIVES or k + 1 < len(words) and words[k + 1].lower() in _RELATIVES


def armed_killed_after(c: Count, kinds: Iterable[tuple[str, float]], told_in: Container[int], lex: Lexicon) -> bool:
    """Whether a partitive count of the armed side with a verb of harm of its own ("Troops returned fire, killing five
    of the smugglers", "a counter-offensive, during which eleven of the bandits died"), told in a sentence after the
    dead given before (`told_in`: their sentences), none of whom were armed (`kinds`: the kinds they were counted as,
    with their amounts), is more dead: the attackers the security forces killed, no part of their victims ("Seven of
    the dead were children" is no armed side; "Seven people, three of the gunmen among them, were killed" is a
    part)."""
    words = c.sentence.words
    if c.cue is None or c.sentence.index in told_in or c.np_end == c.np_start or c.after + 1 >= len(words) \
            or words[c.after + 1] not in DEFINITE:
        return False
    return armed(words[c.np_head - 1], lex) and not any(armed(kind, lex) for kind, _ in kinds)


def of_their_own_people(c: Count, lex: Lexicon) -> bool:
    """Whether "N of them" refers to people its own sentence names before it ("militants attacked farmers in another
    district, killing nine of them"), not to the dead given before ("Police said three of them were children"): of
    an incident of its own, where its event is none of those dead's (a roundup's second attack)."""
    words = c.sentence.words
    if c.after + 1 >= len(words) or words[c.after + 1] != _THEM:
        return False
    return any(_people(words[k], lex) for k in range(c.first - 1, max(-1, c.first - 1 - _THEM_WORDS), -1))


def _people(word: str, lex: Lexicon) -> bool:
    """Whether a word names people, plural ("farmers", "villagers", "worshippers")."""
    return word in lex.quantity_classes or word.endswith("s") and word[:-1] in lex.persons


def act_named_again(words: list[str], verb: int, act: SentenceTokens) -> bool:
    """Whether the subject of the verb at `verb` is a definite noun the sentence `act` (of the story's first figure of
    the dead) named before its figure, a few words back in the clause: "said the strikes had targeted hideouts and had
    killed 20 militants" after "Air strikes on Barmal killed 46 people": the story's act told again, of its dead."""
    named = {w.lower() for w in act.words[:_ACT_WORDS] if len(w) > _SHORT_WORD and w.isalpha()}
    for k in range(verb - 1, max(0, verb - _SUBJECT_WORDS), -1):
        if words[k] in _SUBJECT_BOUNDS:
            return False
        if words[k - 1].lower() == _THE and words[k].lower() in named:
            return True
    return False


_THE = "the"
_SHORT_WORD = 3  # (no "the" noun of three letters or fewer is an act: "the man", "the car")
_ACT_WORDS = 30  # words of the act's sentence its noun may be among ("Pakistani air strikes in Afghanistan's eastern
# Paktika province late on Tuesday killed 46 people"; not the whole of a long one, read for every count)
_SUBJECT_WORDS = 14  # words from the verb back to its subject ("the strikes had targeted hideouts of the group and")
_SUBJECT_BOUNDS = frozenset({",", ";", ":", "—", "–", "."})
_THEM = "them"
_THEM_WORDS = 12  # words back from "N of them" to the people it refers to ("attacked farmers in a village, killing")


def left_out_of_toll(c: Count) -> bool:
    """Whether a count is told as left out of a toll, a few words before it ("rose to 17, not counting the four
    attackers, who were shot dead", "excluding three gunmen", "The toll does not include two of the attackers"): more
    dead beside the toll, no part of it."""
    before = [w.lower() for w in c.sentence.words[max(0, c.first - _LEFT_OUT_WORDS):c.first]]
    return any(w in _LEAVING_OUT and (w not in _WITH_NOT or k > 0 and before[k - 1] in _NOT)
               for k, w in enumerate(before))


# the words that leave a count out of a toll, alone ("excluding") or after a negation ("not counting", "does not
# include"); a few words before the count ("not including two of the")
_LEAVING_OUT = frozenset({"excluding", "counting", "including", "include", "includes", "count", "counts"})
_WITH_NOT = frozenset({"counting", "including", "include", "includes", "count", "counts"})
_NOT = frozenset({"not", "n't", "never"})
_LEFT_OUT_WORDS = 4


def told_as_first_toll(c: Count) -> bool:
    """Whether the clause of a count names it a first reading of the toll before it ("An initial toll given on Monday
    by a local official had spoken of eight dead", "the earlier figure of 12 dead"): an older figure, which a newer one
    of its kind replaces (not a "provisional" or "preliminary" toll, often the story's only one); so is a correction's
    "An earlier version of this article said 28 people were killed"."""
    words = c.sentence.words[max(0, c.first - _FIRST_TOLL_WORDS):c.first]
    # (past a phrase set off in its subject, "The first tally, released by the Red Cross, listed 19 deaths"; not past
    # another figure or a contrast: "The first toll was eight, but officials later said 11 had died")
    k = next((k for k in range(len(words) - 1, -1, -1) if words[k].lower() in _FIRST_TOLL_BOUNDS
              or words[k][:1].isdigit() or words[k].lower() in _NUMBER_WORDS), -1)
    before = [w.lower() for w in words[k + 1:]]
    return any(a in _FIRST_ADJECTIVES and b in _TOLL_NOUNS for a, b in zip(before, before[1:]))


_FIRST_ADJECTIVES = frozenset({"first", "initial", "earlier", "original", "previous"})
# (and the text's own first telling, in a correction: "An earlier version of this article said 28 people were killed")
_TOLL_NOUNS = frozenset({"toll", "tolls", "count", "figure", "figures", "tally", "estimate", "estimates", "report",
                         "reports", "assessment", "version", "versions"})
_FIRST_TOLL_WORDS = 16  # words from the toll's noun to its figure ("initial toll given on Monday by a local official
# had spoken of", "earlier version, based on figures given by a volunteer group, said")
_FIRST_TOLL_BOUNDS = frozenset({";", ":", "—", "–", ".", "but", "while", "whereas", "although", "though"})
_NUMBER_WORDS = frozenset(numbers.lexicon().words)
