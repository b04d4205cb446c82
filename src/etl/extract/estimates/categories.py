"""A count in its sentence → its category (killed, wounded, arrested, …), and whether it restates others."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from etl.extract import geo, numbers
from etl.extract.dates import is_calendar_word
from etl.extract.estimates.items import (
    DEFINITE, INDEFINITE, TOLLED, Count, SentenceTokens, counted_and_aside, counted_kind, is_plural, keep_aside,
    match_phrase, match_phrase_ending,
)
from etl.extract.estimates.lexicon import Lexicon, Phrases
from etl.extract.estimates.links import one_incident
from etl.extract.estimates.more_dead import (
    ALSO, of_attackers, of_the_attackers_side, one_more_before, opens_with_time, says_also, told_as_more,
    told_by_ellipsis,
)
from etl.extract.estimates.reported import (
    act_named_again, armed_killed_after, left_out_of_toll, of_their_own_people, told_as_answer,
)
from etl.extract.estimates.victims import lists_the_dead, rest_after_part, same_people_again, titled_victim_again
from etl.extract.mentions import PARTICLES
from etl.extract.text import letter_words
from etl.records import Event

# How far the rules look from a count, in tokens: news puts its verb or toll noun within a few words.
# auxiliaries and adverbs between the counted phrase and its verb ("were reportedly killed", "are estimated to have
# been killed")
_MAX_SKIP = 5
_LABEL_WORDS = 3  # words of a label before its colon ("Fatalities: 3", "Civilian deaths: 12")
_MAX_LINKS = 5  # words between a toll noun and its number ("the death toll has risen to 40")
_PART_VERB_WORDS = 8  # words from the verb of a whole to the comma of its part ("were killed in the raid, including")
_MAX_INSERT = 10  # words of an inserted "including …" clause between a count and its verb
_INSERTS = frozenset({"including", "among", "mostly", "most", "many"})
# words of one that names people by what they are: ", including a candidate for the National Assembly and two police
# officers,"
_MAX_INCLUDING = 16
_DASHES = frozenset({"-", "–", "—"})  # a pair of them sets off an insert: "Two people - a man and his son - were"
# ", in addition to the five assailants,", "along with 22 worshippers": an insert too, but of more of the counted, not
# of a part of them
_ADDING = (("in", "addition", "to"), ("along", "with"), ("together", "with"), ("as", "well", "as"), ("besides",),
           ("not", "including"), ("not", "counting"), ("excluding",))  # (the dead left out of a toll are dead too)
# (by their first and last words: the phrases are asked after most commas and before every count)
_ADDING_FIRSTS = frozenset(p[0] for p in _ADDING)
_ADDING_BY_END = {end: tuple(p for p in _ADDING if p[-1] == end) for end in {p[-1] for p in _ADDING}}
# Words that mark a figure as one a newer figure has replaced: "raising an earlier toll of nine".
_EARLIER = frozenset({"earlier", "previous", "initial", "preliminary", "prior", "original", "former"})
_EARLIER_WORDS = 4
_TOLD_WORDS = 8  # words before a count of its clause that may tell it was given first ("had said on Sunday that 60")
_PUNCTUATION_BOUNDS = frozenset({",", ";", ":"})
# "initially said", "had reported", "initial reports": the figure told first, which a newer one replaces
_FIRST_TOLD = frozenset({"initially", "originally", "previously", "had", "first"})
_TOLD = frozenset({"said", "reported", "put", "given", "gave", "announced", "estimated", "stated", "told"})
_REPORTS = frozenset({"reports", "report", "figures", "figure", "estimates", "estimate", "tallies", "tally"})
# "An earlier version of this article said 59", "This story incorrectly said 59": a correction's wrong figure
_VERSIONS = frozenset({"version", "versions"})
_MISTOLD = frozenset({"incorrectly", "erroneously", "wrongly", "mistakenly", "inaccurately"})
# "The bombing had initially killed 20", "20 people were originally reported dead": told first, whatever the verb
_FIRST_ADVERBS = frozenset({"initially", "originally"})
_PAST_PERFECT = "had"  # "18 people had been reported killed": a report before the newer figure
_SAYING = "saying"  # "claimed responsibility, saying it had killed 10 officers"
# "In a second attack", "a related raid", "Later, gunmen …": another act told, not another figure of the one told
_OTHER_ACT = frozenset({"second", "third", "related", "subsequent", "later", "similar", "earlier", "then"})
_CLAIMED_ACT = frozenset({"it", "they", "we", "had", "have", "has"})  # "saying it had killed 10": the source's own act
_VAGUE = "order_of_magnitude"  # "dozens", "scores", "hundreds": a figure a number told after it makes firm
_ELSEWHERE = frozenset({"separately", "separate", "elsewhere", "meanwhile", "another"})
_CONTRASTS = frozenset({"but", "while", "whereas", ";"})  # "…, but residents said at least 15 died"
# A name set off by commas after the person it names, particles among its words ("Ana de la Cruz", "Ali bin Omar")
_NAME_WORDS = 6
_MAX_AGE = 120  # years of a person's age set off after a name, as numbers.py reads them
# "Another source put the toll at 60", "another official said": another teller of the same incident, not another one
_TELLERS = frozenset({"source", "official", "resident", "witness", "survivor", "report", "account", "estimate",
                      "medic", "doctor", "spokesman", "spokeswoman", "spokesperson", "officer", "villager", "tally"})
_SAME_DAY = ("same", "day")  # "On the same day, Russian forces shelled Huliaipole": the note's next incident
_ACCORDING = ("according", "to")  # "According to the mayor, 3 civilians were killed": the mayor is the source
_PAST_SPANS = frozenset({"week", "week's", "month", "month's", "year", "year's"})
# "the death toll", "the injury toll", "the number of dead": the whole count of its kind, the figures told before in it
_TOLLS = frozenset({"toll", "tally", "number"})
_TOLL_NOUNS = frozenset({"toll", "tally"})  # ("a number of" counts no toll: "a number of 9 dead" is never written)
_BRINGING_WORDS = 2  # words of its verb before a toll noun ("bringing the toll to four")
_OVERALL = frozenset({"total", "overall"})  # and one more of a toll's whole ("bringing the total death toll to")
# Verbs that give a toll its figure after "at": "put the number of people living in relief camps at 50,698"
_VALUING = frozenset({"put", "puts", "putting", "estimated", "estimates", "estimating", "placed", "places", "placing"})
# "bringing to five the number of troops killed": the verbs of a toll named after the figure it was brought to, and
# the words of what the number counts before its participle
_BRINGING = frozenset({"bringing", "brings", "brought", "raising", "raises", "raised", "taking", "takes", "took"})
# verbs that bring a toll down or set it anew ("lowered the death toll … to six", "revised on Friday to 19 the number
# of people killed"): a newer toll, as one brought up is
_LOWERING = frozenset({"lowered", "lowers", "lowering", "revised", "revises", "revising", "reduced", "reduces",
                       "reducing", "corrected", "corrects", "correcting", "cut", "cuts", "cutting"})
_BROUGHT = _BRINGING | _LOWERING
_ADJUNCT_WORDS = 3  # words of a time between such a verb and its "to" ("lowered on Thursday to 19 the number of")
_NUMBER_OF_WORDS = 4
_SEVERAL = "several"
# The first words of a figure foreseen ("might reach 40,000", "could rise to 100,000", numbers.json hedges)
_FORESEEING = frozenset({"could", "might", "may", "would", "expected", "projected", "likely"})
_TROOPS = "troops"  # the kind of soldiers, whose number brought to a figure counts those deployed
_ARMED = frozenset({_TROOPS, "fighters", "police"})  # who cross a border to fight, not as refugees
_CROSSED = "crossed"  # "20,000 people had crossed into Tanzania" (not "2,000 troops crossed into Ukraine")
# Verbs of an order, a few words before troops "to be sent": a deployment ordered ("ordered an extra 10,000 troops to
# be sent to the North Caucasus"), not one only asked for or hoped
_ORDERS = frozenset({"ordered", "orders", "order", "approved", "approves", "authorized", "authorised", "authorizes",
                     "authorises"})
_FORCES = frozenset({"force", "forces", "contingent", "deployment", "mission"})
_FORCE_WORDS = 8  # words from such a noun to the "to" of the size it was brought to ("force in Rwanda from 2,500 to")
_ORDER_WORDS = 8  # (of the count too, whose "10,000" is three tokens)
# "the death toll from the bombing", "the toll of the attack", and of when: "the death toll this year rose to 52", "the
# toll so far", "the death toll since January"
_TOLL_OF = frozenset({"from", "of", "in", "this", "so", "since"})
_TOLL_OF_WORDS = 24  # words of such a phrase between a toll noun and the verb that gives its number ("from a car
# bombing in a crowded market in eastern Baghdad", "from a series of bomb blasts that ripped through churches and
# luxury hotels in Sri Lanka on Easter Sunday")
# "The toll was later revised to 6": a toll that replaces the figures before it, however many they were
_REVISED = _LOWERING | {"updated"}
# Verbs that give a toll its number past such a phrase ("rose to 101", "stands at 40", "was revised to 6")
_TOLL_VERBS = frozenset({"rose", "risen", "rises", "rise", "rising", "climbed", "climbs", "climbing", "reached",
                         "reaches", "stands", "stood", "increased", "increases", "jumped", "jumps", "hit",
                         "hits"}) | _REVISED
# Verbs of a toll that passed a figure ("Gaza death toll passes 30,000"): they tell what it counts, but not that it is
# the newer figure of the incidents told before it (a war's toll is no update of the morning's shooting)
_PASSED = frozenset({"passed", "passes", "crossed", "crosses", "surpassed", "surpasses", "exceeded", "exceeds",
                     "topped", "tops"})
_GROWN = _TOLL_VERBS | {"raised", "raising", "bringing", "brings", "brought", "mounted", "grew", "now",
                                   "later", "up"}
# "The governor later said 22 people had been killed", "Hospital officials now say 28 people were killed": a newer
# figure, as a toll that grew
_NEWER = frozenset({"later", "now", "subsequently"})
# "and an unknown number of assailants", "and several militants": people joined with no number of their own
_UNKNOWN = frozenset({"unknown", "unspecified", "undetermined", "undisclosed", "unconfirmed"})
_SOME = frozenset({"several", "some", "many", "other", "numerous"})
_AGED = frozenset({"aged", "ages"})
_AGE_JOINERS = frozenset({"and", "to", "or", "-", "–"})
# ", a man and his wife," between a count and its verb: a description of what is counted, passed over like an insert.
_DESCRIPTIONS = frozenset({"a", "an", "his", "her", "their", "all", "both", "aged", "identified", "mainly", "almost",
                           "nearly"})  # (", almost the entire population,")
# One person coordinated with a count: "killing himself and 12 others", "killed a policeman and his son".
_REFLEXIVES = frozenset({"himself", "herself"})
_THEMSELVES = "themselves"  # "killing themselves and 9 others": the attackers counted before, and 9 more
POSSESSIVES = frozenset({"his", "her", "their", "my", "our"})  # "his son", "their two children", "my two brothers"
_WHOSE = "whose"  # a relative's possessive: "a woman whose two sons were killed"
_FIRST_PERSON = frozenset({"my", "our"})  # a witness's own dead ("my father"), among a toll told before
_KNOWN = POSSESSIVES | DEFINITE  # "the 49 people killed", "their two sons": people known already
_PERSON_DETERMINERS = POSSESSIVES | {"the"}
_ALL_OF = frozenset({"all", "both"})  # before the second count of a coordination ("and all four assailants")
_OF_WHOM = frozenset({"them", "those", "these", "whom"})  # "five of them were killed": part of the ones told before
_PRONOUNS = frozenset({"he", "she", "him", "her"})  # "He died" after a count of the dead: one of those
_GAP_PREPOSITIONS = frozenset({"in", "at", "near", "on"})
_GAP_ADDED = frozenset({"more"})
# "lost 3 soldiers": a loss of people is their death (not of "5 members", who may have left)
_LOST = frozenset({"lost", "losing", "lose", "loses"})
_LOST_PEOPLE = frozenset({"troops", "fighters", "police", "civilians", "people", "children"})
_REST = frozenset({"other", "others", "rest"})  # "One was burnt alive and the other was stoned to death"
_FEW = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})  # "in the other two"
_BARE_INSERT = "including"
_WHILE = "while"
_WHO = "who"  # ", who had tried to kill a guard,": a clause of the counted person between them and their verb
_TAKEN = frozenset({"captured", "arrested"})
_THEN = frozenset({"then", "later", "subsequently", "eventually"})
_FINITE = frozenset({"were", "was", "are", "is", "have", "has", "had", "been"})
_WHOLE_DETERMINERS = frozenset({"the", "these", "those", "their", "its"})  # "two of the 12 hostages"
_WHERE_PREPOSITIONS = _GAP_PREPOSITIONS | {"aboard", "inside", "outside"}
_ACTIVE_AUXILIARIES = frozenset({"have", "has", "had", "to"})
# "a rocket that killed two children", "gunmen who shot a guard": a relative pronoun before an active verb
_RELATIVES = frozenset({"who", "that", "which"})
# adverbs of time and addition between a subject and its verb, which leave the verb's voice as it is ("later", "also")
_PLAIN_ADVERBS = frozenset({"also", "later", "then", "now", "already", "still", "just", "yet", "since", "once",
                            "again", "too"})
_PLURAL_AUXILIARIES = frozenset({"were", "are", "have"})
_SINGULAR_AUXILIARIES = frozenset({"was", "is", "has"})
_WHOLE = frozenset({"entire", "whole"})  # "killing an entire family of six"
_JOINING = frozenset({"and", "or", "nor", "plus"}) | _INSERTS  # "and a woman were killed", "including a commander were"
_OF_WORDS = 4  # words of an "of" phrase between a counted head and its verb ("5 members of the security forces were")
# "… and was later shot dead", "… before being killed": a passive joined to the clause of a subject told before it
_JOINED_PASSIVES = frozenset({("and", "was"), ("and", "were"), ("before", "being"), ("but", "was"), ("but", "were")})
_CLAUSE_ENDS = frozenset({";", ":", "who", "which", "that", "while", "whereas"})
_MAX_CLAUSE = 15  # words of a relative clause set off after its subject
# words between a subject and the passive joined to its clause ("An assailant armed with a knife attacked pedestrians
# in Kemo, killing two people and injuring five others before being shot dead")
_MAX_JOINED = 25
# what opens a sentence's subject: its start, an opening phrase ("On 3 May, …") or a summary's date ("09/09/2016: …")
_SUBJECT_OPENERS = frozenset({",", ":"})
# ", who was later shot dead by police,", ", both of whom were killed,": a relative clause set off after the counted
_RELATIVE_OPENERS = (("who",), ("both", "of", "whom"), ("all", "of", "whom"))
# "resulted in the death of a police officer", "caused the death of a child": a death the act had
_DEATH = "death"
_RESULTING = (("resulted", "in"), ("resulting", "in"), ("results", "in"), ("led", "to"), ("leading", "to"),
              ("caused",), ("causing",))
# "An assailant shot 5 people", "Five people were shot": people hit by gunfire, with no death of them told, are wounded
# (GTD and ACLED count them so; "shot dead", "shot and killed" are cues of their own). "Were shot at by soldiers" is
# fired at, no one hit.
SHOT = "wounded"  # the category of people shot with no death of them told
_SHOT_PARTICIPLES = frozenset({"shot", "stabbed"})  # the passive of a shooting verb ("were shot", "was stabbed")
_BODY_WORDS = 8  # words between "a body" and the passive that found it ("with gunshot wounds was found")
_PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "being", "got", "get"})
# "the audience of 500 was dying of laughter", "hundreds are dying of hunger": a process under way, or a figure of
# speech, no count of the dead
_DYING = "dying"
# "five prisoners to be executed", "a clause 'to be executed within national law'": a harm still to come, unless a
# state is told ("feared to be dead")
_TO_BE = ["to", "be"]
_STATES = frozenset({"dead", "missing", "alive", "injured", "wounded", "hurt"})
_HAD_TO = frozenset({"had", "needed"})  # "She had to be hospitalized": done
_SHOT_AT_ENDS = frozenset({",", ".", ";", ":", "by", "from", "with", "and", "but"})
# Heads of people held or gone ("hostages", "detainees", "refugees") and what a verb before them may have done to them.
_HELD = frozenset({"captured", "arrested", "displaced", "missing"})
_FATAL_HARMS = frozenset({"wounded", "killed_or_wounded"})  # what "fatally" makes a death: "was fatally wounded"
_IRREGULAR_PARTICIPLES = frozenset({"shot", "hit", "struck", "cut", "burnt", "hurt"})
_HARMED = TOLLED | {"killed_or_wounded"}
_DEPLOYED = frozenset({"deployed"})
_PEOPLE_UNITS = frozenset({None, "percent"})  # "About 40% of the residents fled": people, as a share of them
_TO_DEATH = ["to", "death"]  # after a verb of a harm ("hacked to death", "beaten to death"): a killing
_HEAD = "head"  # a person at the head of something ("a village head"), or a part of a body ("a severed head")
_BODY_PART_WORDS = frozenset({"human", "severed", "decapitated", "dismembered"})
_NOT = frozenset({"not", "n't", "never", "cannot", "can't", "won't", "don't", "doesn't", "didn't", "wouldn't",
                  "couldn't", "isn't", "wasn't", "weren't", "can’t", "won’t", "don’t", "doesn’t", "didn’t", "wasn’t"})
_MEMBERS = ("-member", "-strong")  # join a count to the people of a body it names ("a 112-member body")
_CLAUSE_JOINERS = frozenset({";", "and", "while", "whereas", "but"})  # "were killed; one of the assailants also died"
# verbs of dying that are never a passive participle of the noun before them: "Two of the six wounded later died" (as
# "the 12 initially killed" may be)
_INTRANSITIVE_DEATHS = frozenset({"died", "perished", "succumbed"})
_INTENT_WORDS = 5  # words between an intent and the "to" of the act it meant ("conspired with his uncle to kill")
# "Among the dead were three children", "the victims included two women": a part of the count given before.
_AMONG = "among"  # the first word of the cues "among the dead", "among those injured"
_AMONG_WORDS = 8  # words from an "Among" opening a sentence to its verb ("Among the more than 40 dead were")
_PART_OF = frozenset({"among", "included", "includes", "include"})
# an aside of whom a count leaves out (", excluding the assailants,"): past it, the count's verb
_EXCLUDING = frozenset({"excluding", "except", "not"})
_TOLD_PEOPLE = frozenset({"dead", "victims", "deceased", "casualties", "wounded", "injured"})  # "The dead were …"
_WERE = frozenset({"were", "are"})
_WERE_WAS = _WERE | {"was", "is"}
# The words of a cue of the wounded taken to hospital ("were taken to hospital", "needed hospital treatment"): some of
# the wounded, when fewer than a toll of them told before, as "hospitalized" (hospital_cues) tells
_HOSPITAL = frozenset({"hospital", "hospitals", "treatment"})


def _past_acronym(c: Count, j: int) -> int:
    """Token after the acronym in brackets of the name that a count's phrase of what the counted are of ends with at j
    ("a member of the New People's Army (NPA) were killed", "three fighters of the Arakan Army (AA)"), else j (not
    after a name counted itself: "two Security Forces (SFs)")."""
    sent, words = c.sentence, c.sentence.words
    if j + 2 < len(words) and words[j] == "(" and sent.is_acronym(j + 1) and words[j + 2] == ")" \
            and sent.is_capitalized(j - 1) and "of" in words[c.np_start:j]:
        # and past a noun of the group's part the name qualifies ("members of the Islamic State (IS) cell were")
        return j + 4 if j + 3 < len(words) and words[j + 3] in _GROUP_PARTS else j + 3
    return j


_GROUP_PARTS = frozenset({"cell", "cells", "network", "unit", "units", "group", "faction", "wing", "branch", "column"})


def _past_name_of(c: Count, j: int) -> int:
    """Token after the rest of a name that a count's phrase of what the counted are of was cut short of at j, past a
    plural possessive ("three fighters of the Kurdistan Workers | ' Party |") and its acronym in brackets ("of the
    Arakan Army | (AA) |"), else j: a count joined after it is joined to the count ("and a shepherd")."""
    sent, words = c.sentence, c.sentence.words
    if "of" not in words[c.np_start:j]:
        return j
    k = j
    while k < len(words) and k - j <= _NAME_WORDS and (
            _plural_possessive(sent, k, c.np_start) or sent.is_capitalized(k) and sent.is_word(k)):
        k += 1
    return _past_acronym(c, k) if k == j or sent.is_capitalized(k - 1) else j


def _past_insert(sent: SentenceTokens, j: int) -> int:
    """Token after an inserted clause at j (", including 300 assailants,", ", who had tried to kill a guard,", ", three
    of them officers,", " - a man and his son -", " (2 men and a child)"), the names of the counted (", Amedy
    Coulibaly,", ", Ali Musa and Omar Farah,") or who told of them (", police said,"), else j; and past the asides
    that follow it, a few at most ("The driver, Ali Khan, 34, a father of three, was killed"; not a page of scores
    "0-1, 1-2, 2-3, …", each of whose numbers would walk the rest of it)."""
    end, more = _one_insert(sent, j)
    for _ in range(_CHAINED_INSERTS):
        if more is None:
            break
        after, more = _one_insert(sent, more)
        end = max(end, after)
    return end


_CHAINED_INSERTS = 3


def _one_insert(sent: SentenceTokens, j: int) -> tuple[int, int | None]:
    """`_past_insert`'s token after one inserted clause at j, and where an aside after it starts (None if none may)."""
    words = sent.words
    if j < len(words) and words[j] in _DASHES:
        return next((k + 1 for k in range(j + 1, min(len(words), j + 1 + _MAX_INSERT)) if words[k] == words[j]), j), None
    if j + 1 < len(words) and words[j] == "(" and not sent.is_acronym(j + 1):
        # "5 civilians (2 men, 2 women and a child) were killed" (not "two Security Forces (SFs) were injured": a name
        # and its acronym, a body of people, no one person)
        return next((k + 1 for k in range(j + 1, min(len(words), j + 1 + _MAX_INSERT)) if words[k] == ")"), j), None
    if not (j + 1 < len(words) and words[j] == ","):
        return j, None
    longest = _MAX_INCLUDING if words[j + 1] in _INSERTS else _MAX_INSERT
    end = next((k for k in range(j + 2, min(len(words), j + 2 + longest)) if words[k] == ","), None)
    if end is None:
        return j, None
    if words[j + 1] in _INSERTS:
        end = _list_end(sent, end)  # ", including 20 hostages, two police officers and five assailants, were killed"
    if words[j + 1] in _INSERTS or words[j + 1] in _EXCLUDING or words[j + 1] in _DESCRIPTIONS \
            or words[j + 1] == _WHO or words[j + 1][0].isdigit() or _breakdown(words, j, end) \
            or words[j + 2:j + 4] in (["of", "them"], ["of", "whom"]) \
            or words[j + 1] in _ADDING_FIRSTS and any(tuple(words[j + 1:j + 1 + len(p)]) == p for p in _ADDING) \
            or words[end - 1] in _TOLD \
            or all(sent.is_word(k) and (sent.is_capitalized(k) or words[k] == "and") for k in range(j + 1, end)):
        if end + 1 < len(words) and (words[end + 1][0].isdigit()
                                     or words[j + 1][0].isdigit() and words[end + 1] in _DESCRIPTIONS):
            # a person's age after the name, and what the person is after the age: "Sepoy Muhammad Asif, 24, a
            # resident of Lakki Marwat, embraced shahadat", "The driver, Ali Khan, 34, a father of three, was killed"
            return end + 1, end
        return end + 1, None
    return j, None


def _breakdown(words: list[str], comma: int, end: int) -> bool:
    """Whether the tokens between two commas list the parts of a count in words: ", two policemen and a civilian,"
    after "Three people" (its verb after the list is the count's; the parts are no count of their own, as after
    "including"); not more items of a list an inserted clause opened (", including 20 hostages, two police officers
    and five assailants,")."""
    if words[comma + 1] not in numbers.lexicon().words or "and" not in words[comma + 2:end]:
        return False
    return not any(words[k] in _INSERTS and words[k - 1] == ","
                   for k in range(comma - 1, max(0, comma - _MAX_INSERT), -1))


def _list_end(sent: SentenceTokens, comma: int) -> int:
    """The comma that closes a list an inserted clause goes on with past its first comma: the next comma while the
    word after this one opens another item (a number, "a", "the", a name), within _MAX_INSERT words of each."""
    words, numerals = sent.words, numbers.lexicon().words
    while comma + 1 < len(words) and (words[comma + 1][:1].isdigit() or words[comma + 1].lower() in numerals
                                      or words[comma + 1] in _ITEM_OPENERS or sent.is_capitalized(comma + 1)):
        nxt = next((k for k in range(comma + 2, min(len(words), comma + 2 + _MAX_INSERT)) if words[k] == ","), None)
        if nxt is None:
            return comma
        comma = nxt
    return comma


_ITEM_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "and"})


def _adding_start(sent: SentenceTokens, first: int) -> int | None:
    """The first token of "in addition to" or "along with" (and "the", "all" or a possessive: "along with his two
    sons") right before token `first`, else None."""
    words, k = sent.words, first
    if k > 0 and (words[k - 1] in ("the", "all") or words[k - 1] in POSSESSIVES):
        k -= 1
    ending = _ADDING_BY_END.get(words[k - 1]) if k > 0 else None
    if ending is None:
        return None  # (asked of every count: most have none, told by the word before them)
    return next((k - len(p) for p in ending if k >= len(p) and tuple(words[k - len(p):k]) == p), None)


def in_addition_to(sent: SentenceTokens, first: int) -> bool:
    """Whether "in addition to" or "along with" (and "the" or "all") stands right before token `first`."""
    return _adding_start(sent, first) is not None


def _added_insert(c: Count) -> bool:
    """Whether a count is the whole of an inserted ", in addition to …," clause: more of the counted, with the verb
    after the clause."""
    words = c.sentence.words
    k = _adding_start(c.sentence, c.first)
    return k is not None and k > 0 and words[k - 1] == "," and c.np_end < len(words) and words[c.np_end] == ","


def _past_numberless(sent: SentenceTokens, j: int, lex: Lexicon) -> int:
    """Token after a plural phrase of no number joined at j ("12 soldiers | and an unknown number of assailants |
    were killed", "and several militants", "and alleged foreign mercenaries"), else j: the verb after it is the count's
    too."""
    words, n = sent.words, len(sent.words)
    if not (j + 2 < n and words[j] == "and"):
        return j
    k = j + 1
    if words[k] in INDEFINITE and k + 3 < n and words[k + 1] in _UNKNOWN and words[k + 2:k + 4] == ["number", "of"]:
        k += 4
    elif words[k] in _SOME:
        k += 1
    elif words[k] in lex.determiners or words[k] in POSSESSIVES or words[k][0].isdigit() \
            or words[k] in numbers.lexicon().start_words:
        return j  # (a bare plural goes on: "7 soldiers | and alleged foreign mercenaries | were killed"; a count joined
        # is a count of its own: "two officers and two suspects were injured")
    start = k
    while k < n and k - start < _OF_WORDS and sent.is_word(k) and words[k] not in lex.np_stop \
            and not match_phrase(words, k, lex.after_cues, lex):
        k += 1
    return k if k > start and is_plural(words[k - 1], lex) else j


def joins_bare_person(words: list[str], j: int, lex: Lexicon) -> bool:
    """Whether a noun of one person is joined at j with no determiner of its own ("his wife | and daughter | were
    killed", "killing the driver | and conductor"): a second person, who shares the determiner and the verb of the
    one before (not "a local official and activist was shot dead": one person, as the singular verb tells)."""
    return j + 1 < len(words) and words[j] == "and" and words[j + 1] in lex.persons \
        and words[j + 2:j + 3] not in [[w] for w in _SINGULAR_AUXILIARIES]


def _past_bare_person(sent: SentenceTokens, j: int, lex: Lexicon) -> int:
    """Token after a noun of one person joined at j with no determiner, else j: a second person (`joins_bare_person`)
    or a second noun of the same one ("a party official and activist was shot dead"), whose verb it is."""
    words = sent.words
    return j + 2 if j + 2 < len(words) and words[j] == "and" and words[j + 1] in lex.persons else j


def _past_ages(sent: SentenceTokens, j: int) -> int:
    """Token after an age phrase at j ("two children | aged 7 and 9 | were killed"), else j."""
    words, n = sent.words, len(sent.words)
    if not (j + 1 < n and words[j] in _AGED):
        return j
    k = j + 2 if words[j + 1] == "between" else j + 1
    end = j
    while k < n and (words[k][0].isdigit() or words[k] in _AGE_JOINERS and end > j):
        k += 1
        if words[k - 1][0].isdigit():
            end = k
    if end < n and words[end] in ("years", "year") and end + 1 < n and words[end + 1] == "old":
        end += 2
    return end


def _past_of(sent: SentenceTokens, j: int, lex: Lexicon, also: frozenset[str] = frozenset()) -> int:
    """Token after an "of" phrase or a phrase of where at j ("members | of the security forces | were killed",
    "six soldiers | in the vehicle | were killed", "12 people | on board | died"), or of a preposition `also` holds,
    else j."""
    words, n = sent.words, len(sent.words)
    if not (j < n and (words[j] in lex.origin_prepositions or words[j] in _WHERE_PREPOSITIONS or words[j] in also)):
        return j
    k = j + 1
    while k < n and words[k] in lex.determiners:
        k += 1
    start = marks = k  # (marks: `start` plus the apostrophes passed, which are no words of the phrase)
    while k < n and k - marks < _OF_WORDS:
        if _plural_possessive(sent, k, start):
            marks += 1
        elif not sent.is_word(k) or words[k] in lex.np_stop or words[k] in lex.after_skip \
                or match_phrase(words, k, lex.after_cues, lex):
            break
        k += 1
    return k if k > start else j


def _past_phrases(sent: SentenceTokens, j: int, lex: Lexicon) -> int:
    """Token after the phrases of what, whence or where one person is, told one after another after their noun at j ("A
    councillor | from the opposition party | in the southern city | of Dera | was shot dead", "An officer | with the
    rank | of captain | and two privates were killed"), else j."""
    k = j
    for _ in range(_PERSON_PHRASES):
        past = _past_of(sent, k, lex, _WITH)
        if past == k:
            break
        k = past
    return k


def _subject_at(sent: SentenceTokens, k: int) -> bool:
    """Whether token k opens its sentence or a clause, as a subject does: after a mark or a conjunction, not a verb."""
    return k == 0 or not sent.is_word(k - 1) or sent.words[k - 1] in _CLAUSE_OPENING_WORDS


_CLAUSE_OPENING_WORDS = frozenset({"and", "but", "that", "when", "while", "as", "after", "before", "where"})
_PERSON_PHRASES = 4  # phrases told of one person before their verb
_WITH = frozenset({"with", "for"})  # ("an officer with the rank of captain", "a candidate for mayor": what the
# person is)


def _plural_possessive(sent: SentenceTokens, k: int, start: int) -> bool:
    """Whether token k is the apostrophe of a plural possessive inside a phrase ("members of a farmers' union were
    killed"): it ends no phrase, as the "'s" it is a word with does not."""
    return k > start and sent.words[k] in _APOSTROPHES and sent.words[k - 1].endswith("s") \
        and sent.spans[k][0] == sent.spans[k - 1][1]


_APOSTROPHES = frozenset({"'", "’"})


def _past_apposition(c: Count, lex: Lexicon) -> int | None:
    """Token after an apposition that tells what a count's people are, set off by commas after their noun or the name
    of their body ("Nine guards, civilian auxiliaries of the army, were killed", "Eleven Volunteers for the Defence of
    the Valleys (VDV), the army's auxiliaries, were killed"), else None. Its tokens are words only: no number, as in a
    list of parts ("Three soldiers, two police officers and a child"), and no verb of harm."""
    sent, words = c.sentence, c.sentence.words
    j = _past_acronym(c, _past_body_name(c))
    if not (j + 2 < len(words) and words[j] == ","):
        return None
    k = j + 1
    while k < len(words) and k - j <= _MAX_INSERT and words[k] != ",":
        if not (sent.is_word(k) or _plural_possessive(sent, k, j + 1)) or words[k][0].isdigit() \
                or words[k] in _NUMBER_WORDS or words[k] in _LIST_JOINERS \
                or match_phrase(words, k, lex.after_cues, lex):
            return None  # (no list: "including two children, the driver and a nurse,")
        k += 1
    return k + 1 if k < len(words) and words[k] == "," and k > j + 1 else None


def _described_definitely(c: Count, lex: Lexicon) -> bool:
    """Whether one person is set off by a comma before a definite description of them ("A tenth victim, the village
    teacher,"; "An officer, his cousin,"): the same person, not a list ("a nurse, a teacher and a boy")."""
    words = c.sentence.words
    return c.np_end + 1 < len(words) and words[c.np_end] == "," and words[c.np_head - 1] in lex.persons \
        and (words[c.np_end + 1] == "the" or words[c.np_end + 1] in POSSESSIVES)


def _past_body_name(c: Count) -> int:
    """Token after the name of a body a count's capitalized noun opens ("Nine Volunteers for the Defence of the
    Homeland", "Six Guardians of the Revolution"), else the end of its phrase."""
    sent, words, end = c.sentence, c.sentence.words, c.np_end
    if not sent.is_capitalized(c.np_head - 1):
        return end
    k = end
    while k < len(words) and k - end < _NAME_WORDS and (
            sent.is_capitalized(k) and sent.is_word(k) or words[k] in _NAME_LINKS):
        k += 1
    while k > end and not sent.is_capitalized(k - 1):
        k -= 1  # (a name ends with a word of it: not "the" before what follows)
    return k


_NAME_LINKS = frozenset({"of", "for", "the"})  # words inside the name of a body ("Volunteers for the Defence of …")
_NUMBER_WORDS = frozenset(numbers.lexicon().words)


def after_body_of(sent: SentenceTokens, first: int, lex: Lexicon) -> int | None:
    """Index of the body noun of "the bodies of [the]" (or the death of "resulted in the death of") just before token
    `first`, else None."""
    words = sent.words
    k = first - 1
    if k >= 0 and words[k] == "the":
        k -= 1
    if k >= 1 and words[k] == "of" and (words[k - 1] in lex.body_nouns or _resulting_death(sent, k - 1)):
        return k - 1
    return None


def _resulting_death(sent: SentenceTokens, k: int) -> bool:
    """Whether token k is the "death" an act had: "resulted in the death of", "caused the death of" (not "protested
    over the death of", which is background)."""
    words = sent.words
    return words[k] == _DEATH and k >= 2 and words[k - 1] == "the" and any(
        tuple(words[k - 1 - len(p):k - 1]) == p for p in _RESULTING)


def _skipped_after(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether token k is an auxiliary or adverb passed between a counted phrase and its verb ("were reportedly
    killed"); a capitalized one after a word in lower case is a name or a month ("A strike in May killed 19": no modal
    "may", and no strike killed; but "Two Soldiers Were Killed" of a headline)."""
    return sent.words[k] in lex.after_skip and not (
        k > 0 and sent.is_capitalized(k) and not sent.is_acronym(k) and not sent.is_capitalized(k - 1))


def _listed_harms(words: list[str], end: int, lex: Lexicon) -> bool:
    """Whether a list of other harms follows a cue at token `end`: ", injured or captured", ", wounded, or arrested"."""
    k, others = end, 0
    while k + 1 < len(words) and words[k] == "," and (words[k + 1],) in lex.after_cues:
        others += 1
        k += 2
    if k + 1 < len(words) and words[k] == "," and words[k + 1] in ("and", "or"):
        k += 1
    return k + 1 < len(words) and words[k] in ("and", "or") and (words[k + 1],) in lex.after_cues \
        and others + 1 >= 2


def _after_cue(sent: SentenceTokens, j: int, lex: Lexicon, passive_only: bool) -> tuple[str, int] | None:
    """Category from the verb or adjective after the counted phrase ("were killed", "found dead")."""
    words, n = sent.words, len(sent.words)
    k = j
    while k < n and k - j < _MAX_SKIP and _skipped_after(sent, k, lex):
        k += 1
    if k >= n:
        return None
    hit = _match_cue(words, k, lex.after_cues, lex) or _injuries_suffered(words, k)
    if hit is None and words[k] in lex.to_death_verbs and words[k + 1:k + 3] == _TO_DEATH:
        hit = "killed", 3  # "were macheted to death", as the phrases "hacked to death", "beaten to death"
    if not lex.fatal_adverbs.isdisjoint(words[j:k]) and (hit is None or hit[0] in _FATAL_HARMS) \
            and not _PASSIVE_AUXILIARIES.isdisjoint(words[j:k]) and _is_participle(words[k]):
        # "was fatally stabbed", "were fatally assaulted", "was mortally wounded": the harm killed them (a passive: not
        # "Two gunmen fatally shot a man")
        return "killed", k
    if hit is None:
        return None
    category, length = hit
    end = k + length
    if words[k] == _DYING and k > j and words[k - 1] in _PASSIVE_AUXILIARIES \
            or tuple(words[k:end + 1]) in lex.figurative \
            or k - j >= 2 and words[k - 2:k] == _TO_BE and words[k] not in _STATES \
            and not (k >= 3 and words[k - 3] in _HAD_TO) and not (category == "deployed" and _ordered(words, j)) \
            or k > j and words[j] == "be":
        # "was dying of laughter", "a statistical dead heat", "a clause to be executed", "demanded that a millstone be
        # hanged" (not yet done)
        return None
    # "killed and injured", "dead or wounded": the count mixes the two (but "were wounded and died in hospital": the
    # wounded died, as "wounded and later died")
    if end + 1 < n and words[end] in ("and", "or"):
        other = lex.after_cues.get((words[end + 1],))
        if category == "wounded" and words[end] == "and" and words[end + 1] in _INTRANSITIVE_DEATHS:
            return "killed", end + 1
        if {category, other} == {"killed", "wounded"}:
            category = "killed_or_wounded"
    elif category == "killed" and _listed_harms(words, end, lex):
        category = "killed_or_wounded"  # "were killed, injured or captured": the dead are some of them
    joined = end + 1 < n and words[end] == "and"
    later = joined and words[end + 1] in _THEN
    cue = k
    if joined and (category in _TAKEN or category == "wounded" and later):
        then_at = end + 1 + later
        then = match_phrase(words, then_at, lex.after_cues, lex) if then_at < n else None
        if then is not None and then[0] == "killed":
            category = "killed"  # "were kidnapped and killed", "abducted and later executed", "was wounded and later
            # died": what came of them (and the second verb may be active too: "a group abducted and later beheaded
            # two miners")
            cue, end = then_at, then_at + then[1]
    active = k > j and words[k - 1] in _ACTIVE_AUXILIARIES | _RELATIVES  # "is believed to have killed him"
    # "two men who allegedly shot dead a man": a relative pronoun with no passive auxiliary after it, past adverbs
    active = active or not _RELATIVES.isdisjoint(words[j:k]) and _PASSIVE_AUXILIARIES.isdisjoint(words[j:k])
    # "The gunman later killed a neighbour": past adverbs alone, the verb is as bare as right after its subject
    bare = all(w.endswith("ly") or w in _PLAIN_ADVERBS for w in words[j:k])
    # (injuries suffered end in a noun: "who suffered stab wounds" is no verb "wounds" with an object after it)
    transitive = tuple(words[k:end]) in lex.before_verbs or (words[end - 1],) in lex.before_verbs \
        and words[k] not in _SUFFERED
    if (bare or active) and transitive:
        # Without an auxiliary a transitive verb may be active: "3 gunmen killed a man", not "3 gunmen killed".
        if passive_only:
            return None
        if end < n and (words[end] in lex.object_starts and not _place_after_at(words, end)
                        or words[end][0].isdigit() or sent.is_capitalized(end)):
            return None
    return category, cue


def _died_past_wounds(sent: SentenceTokens, wounded: int, lex: Lexicon) -> tuple[str, int] | None:
    """("killed", its position) for a verb of dying that ends a relative clause of wounds a person suffered, whose
    finite verb has no auxiliary to find it by ("A woman who suffered stab wounds to her chest succumbed to them", "A
    guard who was wounded in the crossfire on the bridge died in hospital"), else None; none past a mark, a new clause
    or a speaker ("A man who was injured said his son died")."""
    words, n = sent.words, len(sent.words)
    for k in range(wounded + 1, min(n, wounded + _MAX_CLAUSE)):
        if words[k] in _INTRANSITIVE_DEATHS:
            return "killed", k
        if not sent.is_word(k) or words[k] in lex.subject_stop or words[k] in lex.pronouns \
                or words[k] in lex.reporting_verbs:
            return None
    return None


def _injuries_suffered(words: list[str], k: int) -> tuple[str, int] | None:
    """("wounded", its length) for injuries suffered told with words of their kind the lexicon's phrases do not hold
    ("suffered serious stab wounds", "sustained life-threatening head injuries"), else None."""
    if words[k] not in _SUFFERED:
        return None
    end = next((e for e in range(k + 1, min(len(words), k + 1 + _INJURY_WORDS)) if words[e] in _INJURIES), None)
    if end is None or not all(w.replace("-", "").isalpha() for w in words[k + 1:end]):
        return None
    return "wounded", end + 1 - k


_SUFFERED = frozenset({"suffered", "sustained", "received"})
_INJURIES = frozenset({"wounds", "injuries", "burns"})
_INJURY_WORDS = 4  # words of what injuries were, at most, before their noun ("serious stab wounds")


def _match_cue(words: list[str], k: int, table: Phrases, lex: Lexicon) -> tuple[str, int] | None:
    """The longest phrase of `table` at words[k] (`match_phrase`), also past a count of where people were moved to:
    "have been shifted to 14 relief camps" is a phrase of "shifted to relief camps" all the same."""
    hit = match_phrase(words, k, table, lex)
    if hit is None and words[k + 1:k + 2] == _TO and k + 2 < len(words) and (
            words[k + 2][:1].isdigit() or words[k + 2] in numbers.lexicon().words) and words[k] in table.firsts:
        moved = match_phrase(words[k:k + 2] + words[k + 3:k + 3 + lex.longest], 0, table, lex)
        hit = (moved[0], moved[1] + 1) if moved is not None and moved[1] > len(_TO) + 1 else None
    return hit


_TO = ["to"]


def _place_after_at(words: list[str], k: int) -> bool:
    """Whether "at" at token k opens a place, not a hedge of an object ("at least 5 people"): "two others wounded at
    a tavern" are the wounded."""
    return words[k] == "at" and k + 1 < len(words) and words[k + 1] in _AT_PLACE_STARTS


_AT_PLACE_STARTS = frozenset({"a", "an", "the", "his", "her", "their", "its", "this", "that"})


def _ordered(words: list[str], j: int) -> bool:
    """Whether a verb of an order is a few words before a counted phrase that ends at token j: "ordered an extra
    10,000 troops to be sent" (sent, as ordered; not "asked for 3,000 troops to be sent")."""
    return not _ORDERS.isdisjoint(words[max(0, j - _ORDER_WORDS):j])


def _troops_moved(c: Count, lex: Lexicon) -> tuple[int, str] | None:
    """The token and side of a verb of moving troops that has a count of them as its object or subject ("rushed an
    additional 28,000 paramilitary personnel to Kashmir", "500 troops were airlifted to"), else None; people moved are
    none ("rushed 12 people to hospital")."""
    words = c.sentence.words
    if c.np_end == c.np_start or lex.quantity_classes.get(words[c.np_head - 1]) != _TROOPS:
        return None
    k = c.first - 1
    while k >= 0 and c.first - k <= 3 and words[k] in lex.before_skip:
        k -= 1
    if k >= 0 and words[k] in lex.troop_moves:
        return k, "before"
    if c.first > 0 and words[c.first - 1] == "to":
        # "boost its force in Afghanistan to 40,000 troops", "cut the peacekeeping force from 2,500 to 270 troops": the
        # size a force was brought to
        force = next((j for j in range(c.first - 2, max(-1, c.first - 2 - _FORCE_WORDS), -1) if words[j] in _FORCES),
                     None)
        if force is not None:
            return force, "before"
    k = c.np_end
    while k < len(words) and k - c.np_end < _MAX_SKIP and words[k] in lex.after_skip:
        k += 1
    return (k, "after") if k < len(words) and words[k] in lex.troop_moves else None


def _is_participle(word: str) -> bool:
    """Whether a word may be a past participle ("assaulted", "beaten", "shot", "hit")."""
    return word.endswith(("ed", "en")) or word in _IRREGULAR_PARTICIPLES


def _before_cue(sent: SentenceTokens, first: int, lex: Lexicon) -> tuple[str, int, str] | None:
    """Category, cue index and source ("before" for a verb, "toll" for a noun) from the words before the
    number: "killing 3", "the death toll rose to 40", "fatalities 2"."""
    words = sent.words
    b = first - 1
    if b < 0:
        return None
    hit = match_phrase_ending(words, b, lex.before_verbs, lex)
    k = b
    while hit is None and k >= 0 and b - k < 3 and words[k] in lex.before_skip:
        k -= 1
        hit = match_phrase_ending(words, k, lex.before_verbs, lex) if k >= 0 else None
    if hit is None and b >= 2 and words[b - 1:b + 1] == _TO_DEATH and words[b - 2] in lex.to_death_verbs:
        hit = "killed", b - 2  # "hacked to death a university professor": the verb, before its object
    if hit is not None and _only_intended(words, hit[1], lex):
        return None  # "conspired to kill Pamela Geller", "a plot to kill 50 people": no one killed
    if hit is None and b >= 2 and words[b - 1] in ("and", "then") and words[b].endswith("ed"):
        # "lynched and burned two suspects", "abducted and then killed": the first verb of the pair
        first_verb = match_phrase_ending(words, b - 2, lex.before_verbs, lex)
        if first_verb is not None and first_verb[0] in lex.singular_categories:
            return first_verb[0], first_verb[1], "before"
    if hit is None and words[b] == "and":
        # "killing himself and 12 others", "killing the driver, his son and five soldiers": past the phrases joined
        k = _before_joined(sent, b)
        if k is not None:
            verb = match_phrase_ending(words, k, lex.before_verbs, lex)
            if verb is not None and verb[0] in lex.singular_categories and not _only_intended(words, verb[1], lex):
                return verb[0], verb[1], "before"
    if hit:
        # "the killing of a trader" names an act, it does not report one
        nominal = hit[1] > 0 and words[hit[1] - 1] in lex.determiners
        return hit[0], hit[1], "toll" if nominal else "before"
    if words[b] == ":" and b <= _LABEL_WORDS:
        # "Fatalities: 3", "Deaths: 12": a label that opens its sentence (not "17 were injured: 10 guards, …", a
        # breakdown of a count told before the colon)
        noun = match_phrase_ending(words, b - 1, lex.before_nouns, lex) if b > 0 else None
        if noun is not None and noun[1] == 0:
            return noun[0], noun[1], "toll"
    k = b
    while k >= 0 and b - k < _MAX_LINKS and (
            words[k] in lex.before_links or words[k] == ";" and words[k + 1] == "coded"):
        # ("Unknown fatalities; coded as 10": the figure a coder set for a toll of no number told)
        noun = match_phrase_ending(words, k, lex.before_nouns, lex)
        if noun:
            return noun[0], noun[1], "toll"
        k -= 1
    noun = _mixed_tolls(words, match_phrase_ending(words, k, lex.before_nouns, lex), lex) if k >= 0 else None
    if noun is None and 0 <= k < b and words[b] == "at" and _TOLLS.intersection(words[max(0, k - _NUMBER_OF_WORDS):k]):
        # "Reports put the number of people killed at 15": the participle after the toll noun names what it counts
        noun = match_phrase_ending(words, k, lex.before_verbs, lex)
    # (the word at `first` too: a verb that hedges the number is a part of it, "the toll has surpassed 500", or
    # tells it foreseen, "could rise to 100,000"; no word at all after a collective that ends its sentence)
    grew = not (_TOLL_VERBS | _PASSED).isdisjoint(w.lower() for w in words[k + 1:b + 2]) \
        or b + 1 < len(words) and words[b + 1] in _FORESEEING
    valued = k < b and words[b] == "at"
    if noun is None and (grew or k < b and words[b] == "to" or valued):
        # "the death toll from Friday's bombing rose to 101", "bringing the death toll from Monday's ambush to five",
        # "put the death toll from the attack at 50": past the toll's phrase of what it counts
        for p in range(k, max(0, k - _TOLL_OF_WORDS), -1):
            abbreviated = words[p] == "." and p > 0 and is_calendar_word(words[p - 1].title())
            if not words[p][:1].isalnum() and not abbreviated:
                break  # (but past a month's abbreviation: "the death toll since Oct. 7 has risen to 34,568")
            if words[p] not in _TOLL_OF:
                continue
            noun = match_phrase_ending(words, p - 1, lex.before_nouns, lex)
            if noun is None and "number" in (w.lower() for w in words[max(0, p - _TOLL_OF_WORDS):p]):
                # "the number of people killed in the attack has risen to 42": the participle names what is counted
                noun = match_phrase_ending(words, p - 1, lex.before_verbs, lex)
            if noun is None and words[p] == "of" and words[p - 1].lower() == "number":
                # "the number of Palestinians killed while waiting for aid has risen to 112": no "in" after it
                noun = _participle_of_number(words, p, lex)
            if noun is not None and not grew and (_VALUING if valued else _BROUGHT).isdisjoint(
                    words[max(0, p - 2 * _TOLL_OF_WORDS):p]):
                noun = None  # ("to" with no verb that brought the toll to it: "the toll from the attack to 5", nor
                # "at" with none that put it there: "the number of people in the camp at 10 a.m.")
            if noun is not None:
                break
    return (noun[0], noun[1], "toll") if noun else None


def _mixed_tolls(words: list[str], noun: tuple[str, int] | None, lex: Lexicon) -> tuple[str, int] | None:
    """A toll noun joined to one of the other harm ("fatalities and injuries coded as 6", "deaths and injuries
    numbered 40"): the figure counts both, as "killed and injured" does after a number."""
    if noun is None or noun[1] < 2 or words[noun[1] - 1] not in ("and", "or"):
        return noun
    before = match_phrase_ending(words, noun[1] - 2, lex.before_nouns, lex)
    mixed = before is not None and {before[0], noun[0]} == {"killed", "wounded"}
    return ("killed_or_wounded", before[1]) if mixed else noun


def _only_intended(words: list[str], verb: int, lex: Lexicon) -> bool:
    """Whether the casualty or capture verb at token `verb` is an infinitive an intent governs, a few words before its
    "to": "conspired with his uncle to kill", "tried to kill", "a plot to kill", "survived an attempt to kill him" (an
    act meant or tried harms no one)."""
    if not (verb > 0 and words[verb - 1] == "to" and (
            lex.before_verbs.get((words[verb],)) in _HARMED | _TAKEN or words[verb] in lex.to_death_verbs)):
        return False
    for k in range(verb - 2, max(-1, verb - 2 - _INTENT_WORDS), -1):
        if words[k] in lex.intents:
            return True
        if not words[k][:1].isalnum():
            return False
    return False


def _before_joined(sent: SentenceTokens, conjunction: int) -> int | None:
    """The token before the phrases of one person joined by the "and" at `conjunction` to a count after it ("killing
    | the driver, his son and five soldiers"), else None."""
    words = sent.words
    joined = coordinated_phrase(sent, conjunction)
    while joined is not None and joined[0] > 1 and words[joined[0] - 1] == ",":
        joined = coordinated_phrase(sent, joined[0] - 1)
    return joined[0] - 1 if joined is not None and joined[0] > 0 else None


def coordinated_phrase(sent: SentenceTokens, conjunction: int) -> tuple[int, int] | None:
    """The tokens of the phrase joined by the "and" at `conjunction` to a count after it: a reflexive pronoun
    ("killing himself and 12 others") or a determiner and at most three words ("the bomber", "the guards");
    None otherwise."""
    words = sent.words
    k = conjunction - 1
    if k >= 0 and (words[k] in _REFLEXIVES or words[k] == _THEMSELVES):
        return k, conjunction
    for d in range(k, max(-1, conjunction - 5), -1):
        if not sent.is_word(d):
            return None
        if words[d] in _PERSON_DETERMINERS and d < k:
            return d, conjunction
    return None


def is_one_person(sent: SentenceTokens, phrase: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a coordinated phrase names one person: a reflexive pronoun or a phrase whose last word is a noun of
    one person ("the bomber", "his son"; not "the guards", "the police")."""
    first, end = phrase
    return sent.words[first] in _REFLEXIVES or sent.words[end - 1] in lex.persons


def collective_of(sent: SentenceTokens, first: int, lex: Lexicon) -> int:
    """First token of "a family of" or "a group of" before a number at `first`, else `first`: the verb before the
    collective governs the number ("killed a family of five", "an entire family of six")."""
    words = sent.words
    k = first - 3
    if k >= 0 and words[k + 1] in lex.collectives and words[k + 2] == "of":
        if words[k] in INDEFINITE:
            return k
        if words[k] in _WHOLE and k > 0 and words[k - 1] in INDEFINITE | {"the"}:
            return k - 1
    return first


def _whole_of(c: Count, lex: Lexicon) -> bool:
    """Whether a count names the whole that people before it are from: "Twelve people from one family were killed",
    "five members of two clans were" (not "a family of four was": what the family counts)."""
    words = c.sentence.words
    if c.first < 2 or words[c.first - 1] not in lex.origin_prepositions:
        return False
    whole = words[c.first - 2]
    # (not "reinforcements of about 200 troops had been sent": a noun of the same people, no whole they are from)
    kind = lex.quantity_classes.get(whole)
    same = bool(kind) and c.np_end > c.np_start and kind == lex.quantity_classes.get(words[c.np_head - 1])
    return is_plural(whole, lex) and whole not in lex.collectives and not same


def may_have_category(sent: SentenceTokens, lex: Lexicon) -> bool:
    """Whether a sentence holds a phrase or word that some reading of a category needs: a phrase of a cue ("were
    killed", "the death toll"), a head noun ("fatalities"), a body noun, a shooting verb …; most sentences hold none,
    and are told so once."""
    if sent.cued is None:
        words = sent.words
        sent.cued = not (lex.category_words.isdisjoint(words) and _CATEGORY_WORDS.isdisjoint(words)) or (
            not lex.phrase_words.isdisjoint(words) and any(
                _match_cue(words, i, table, lex) for i, w in enumerate(words) if w in lex.phrase_firsts
                for table in (lex.after_cues, lex.before_verbs, lex.before_nouns)))
    return sent.cued


def may_have_category_in(letters: list[bytes], lex: Lexicon) -> bool:
    """Whether a span whose runs of letters are `letters` (`Doc.letters`) may hold what `may_have_category` looks for,
    told before its tokens are split: every such word is a run of letters (a phrase holds its longest word), so a span
    holding none holds no such word."""
    return not (lex.category_letters.isdisjoint(letters) and _CATEGORY_LETTERS.isdisjoint(letters))


def categorize(c: Count, lex: Lexicon) -> None:
    sent = c.sentence
    if not may_have_category(sent, lex):
        return  # (every reading below needs such a word: with none, the count keeps what it had)
    body = after_body_of(sent, c.first, lex)
    if body is not None:  # "the bodies of two kidnapped soldiers were found": the dead, whatever else they were
        c.category, c.source, c.cue = "killed", "toll", body
        return
    after = _after_cue(sent, _past_insert(sent, _past_acronym(c, _past_ages(sent, c.np_end))), lex,
                       passive_only=c.singular)
    if after is not None and _whole_of(c, lex) and not _FINITE.isdisjoint(sent.words[c.np_end:after[1]]):
        after = None  # "Twelve people from one family were killed": the people's verb (not "two Americans killed")
    if after is None and _added_insert(c):  # "15 people, in addition to the five assailants, were killed"
        after = _after_cue(sent, c.np_end + 1, lex, passive_only=c.singular)
    if after is not None and (c.singular and _not_its_verb(c) or _object_of_verb(c, lex)):
        after = None
    if after is None and c.np_end > c.np_start and not (c.singular and sent.words[c.np_head - 1] in lex.collectives):
        past = _past_of(sent, c.np_end, lex)  # "Four members of a family were killed" (not "a number of"), "six
        # soldiers in the vehicle were killed", and past an insert after it ("Five members of a family, including two
        # children, were killed")
        if past != c.np_end:
            after = _after_cue(sent, _past_insert(sent, _past_acronym(c, past)), lex, passive_only=c.singular)
    if after is None and c.singular and c.np_end > c.np_start and sent.words[c.np_head - 1] in lex.persons \
            and _subject_at(sent, c.first):
        past = _past_phrases(sent, c.np_end, lex)  # "A councillor from the opposition party in the city of Dera was
        # shot dead" (not "stabbed a stranger in the neck outside a nightclub has been jailed": an object)
        if past != c.np_end:
            after = _after_cue(sent, past, lex, passive_only=True)
    if after is None and c.np_end > c.np_start and not c.singular:
        past = _past_numberless(sent, c.np_end, lex)  # "12 soldiers and an unknown number of assailants were killed"
        if past != c.np_end:
            after = _after_cue(sent, past, lex, passive_only=False)
    if after is None and c.singular and c.np_end > c.np_start:
        past = _past_bare_person(sent, c.np_end, lex)  # "His wife and daughter were killed": the verb of both
        if past != c.np_end:
            after = _after_cue(sent, past, lex, passive_only=True)
    if after is None and c.np_end > c.np_start:
        after = _relative_cue(c, lex)
    if after is None and c.np_end == c.np_start and 0 < c.np_end < len(sent.words) and (
            sent.words[c.np_end - 1] == "of" and sent.words[c.np_end].lower() in _OF_WHOM):
        after = _after_cue(sent, c.np_end + 1, lex, passive_only=c.singular)  # "five of them were killed"
        if after is None and c.np_end + 1 < len(sent.words) and sent.words[c.np_end + 1] in lex.fatal_adverbs:
            after = "killed", c.np_end + 1  # "Four people were shot, two of them fatally"
    if after is None and c.np_end > c.np_start and _ends_apposition(sent, c.first, c.np_end):
        # "The victims, a mother and her two children, were killed": the verb after the apposition is its people's
        after = _after_cue(sent, c.np_end + 1, lex, passive_only=True)
    if after is None and c.np_end > c.np_start and (not c.singular or _described_definitely(c, lex)):
        # "Nine guards, civilian auxiliaries of the army, were killed"; one person told by a definite description: "A
        # tenth victim, the village teacher, died on Sunday"
        past = _past_apposition(c, lex)
        if past is not None:
            after = _after_cue(sent, past, lex, passive_only=True)
    if after is None and c.np_end > c.np_start:
        past = _past_relative(sent, c.np_end, lex)  # "Two brothers suspected of carrying out the attack were killed"
        if past != c.np_end:
            after = _after_cue(sent, past, lex, passive_only=True)
            if after is not None and after[0] not in lex.singular_categories | _TAKEN:
                after = None  # (not "civilians who took part in protests have been sent to military courts")
    if after is None and c.singular and c.np_end > c.np_start and _subject_at(sent, c.first):
        hurt = match_phrase(sent.words, c.np_end, lex.after_cues, lex)  # "A soldier wounded in the clash died": the
        # participle tells who was hurt, the verb of dying past it what came of them (one person's passive-only reading
        # refused the participle, a verb with an object too)
        after = _died_past_wounds(sent, c.np_end + hurt[1] - 1, lex) if hurt and hurt[0] == "wounded" else None
    if after is not None and after[0] == "deployed" and after[1] == c.np_end:
        # "Two soldiers deployed in Mali were killed", "Two Rwandan soldiers fighting alongside M23 were wounded": a
        # participle of where they were sent tells who they are, and a harm past it is what came of them
        past = _past_relative(sent, c.np_end, lex, opened=True)
        harm = _after_cue(sent, past, lex, passive_only=True) if past != c.np_end else None
        after = harm if harm is not None and harm[0] in lex.singular_categories | _TAKEN else after
    if after is not None and after[0] == "wounded" and c.np_end < len(sent.words) and (
            sent.words[c.np_end] in _RELATIVES or after[1] == c.np_end):
        # (or a participle right after them: "A soldier wounded in the operation died of his wounds")
        past = _past_relative(sent, c.np_end, lex)  # "A resident who was wounded in the attack has died": what came of
        died = _after_cue(sent, past, lex, passive_only=True) if past != c.np_end else None  # the wounded
        died = died or _died_past_wounds(sent, after[1], lex)  # "A woman who suffered stab wounds succumbed to them"
        after = died if died is not None and died[0] == "killed" else after
    if after is not None and after[0] == "wounded" and c.np_end > c.np_start \
            and sent.words[c.np_head - 1] in lex.body_nouns:
        after = None  # "12 bodies were taken to hospital": the dead, as their noun tells
    if after is not None and sent.words[after[1]] == _CROSSED and c.np_end > c.np_start \
            and lex.quantity_classes.get(sent.words[c.np_head - 1]) in _ARMED:
        after = None  # "2,000 troops crossed into Ukraine": an incursion, no refugees
    if after:
        c.category, c.source, c.cue = after[0], "after", after[1]
        return
    if c.np_end > c.np_start:
        phrase = " ".join(sent.words[c.np_start:c.np_end])
        head = sent.words[c.np_head - 1]
        cat = lex.head_nouns.get(phrase) or lex.head_nouns.get(head) or _attributive_harm(sent, c, lex)
        if cat == "killed" and head in lex.body_nouns and sent.text.startswith(_MEMBERS, c.end):
            cat = None  # "a 112-member body": an assembly, no bodies of the dead
        harmed = _before_cue(sent, c.first, lex) if cat in _HELD else None
        if harmed is not None and harmed[2] == "before" and harmed[0] in _HARMED:
            # "Gunmen killed 3 hostages", "shot dead 4 detainees": what was done to them, not what they were
            c.category, c.cue, c.source = harmed
            return
        shot = _shot(c, lex) if cat in _HELD else None
        if shot is not None:
            c.category, c.cue, c.source = shot  # "Gunmen shot 3 hostages", "3 hostages were shot": wounded, as any
            return  # people shot
        if cat:
            c.category, c.source, c.cue = cat, "head", c.np_head - 1
            if c.first >= 2 and sent.words[c.first - 1] == "of" and sent.words[c.first - 2] in _TOLL_NOUNS:
                c.source, c.cue = "toll", c.first - 2  # "gave a toll of 9 dead": a toll, as "put the toll at 9" is
            return
    words = sent.words
    if words[c.np_end:c.np_end + 2] == ["to", "death"] and c.first > 0 and (
            words[c.first - 1] in lex.to_death_verbs or _to_death_verb_before_joined(sent, c.first, lex)):
        c.category, c.source, c.cue = "killed", "after", c.np_end + 1  # "stabbed a man to death"
        return
    held = _held_after_list(c)
    if held is not None:
        c.category, c.source, c.cue = "captured", "after", held  # "took more than 170 guests and staff hostage"
        return
    if 2 <= c.first <= 3 and words[c.first - 1] in _WERE_WAS and (words[c.first - 2],) in lex.after_cues \
            and (c.first == 2 or words[0] == "also"):
        c.category, c.cue, c.source = lex.after_cues[(words[c.first - 2],)], c.first - 2, "before"
        return  # "Killed were two soldiers and a civilian", "Also killed was a police officer"
    inverted = _toll_after(c, lex)
    if inverted is not None:
        c.category, c.cue, c.source = inverted[0], inverted[1], "toll"
        return
    before = _before_cue(sent, collective_of(sent, c.first, lex), lex)  # "killed a family of five"
    if before:
        c.category, c.cue, c.source = before
    elif c.first > 0 and words[c.first - 1] in _LOST and c.np_end > c.np_start \
            and lex.quantity_classes.get(words[c.np_head - 1]) in _LOST_PEOPLE:
        c.category, c.cue, c.source = "killed", c.first - 1, "before"  # "the army lost 3 soldiers" (not 3 seats)
    elif (moved := _troops_moved(c, lex)) is not None:
        c.category, c.cue, c.source = "deployed", moved[0], moved[1]
    elif (wounds := _with_wounds(c)) is not None:
        c.category, c.cue, c.source = "wounded", wounds, "after"
    else:
        later = _later_passive(c, lex)
        shot = _shot(c, lex) if later is None else None
        if later is not None:
            c.category, c.source, c.cue = later[0], "after", later[1]
        elif shot is not None:
            c.category, c.cue, c.source = shot


def sent_to_custody(c: Count, lex: Lexicon) -> None:
    """People "sent" to jail or into custody are held, not troops deployed: "sent the two suspects to jail on judicial
    remand", "14 suspects were sent to judicial custody"."""
    words = c.sentence.words
    if c.category != "deployed" or c.cue is None or words[c.cue] not in _SENDING or c.np_end > c.np_start and (
            lex.quantity_classes.get(words[c.np_head - 1]) in _ARMED):
        return  # (not "sent 20 officers to the jail to quell the riot")
    start = max(c.np_end, c.cue + 1)
    for k in range(start, min(len(words) - 1, start + _CUSTODY_WORDS)):
        if words[k] == "to" and not lex.custody.isdisjoint(words[k + 1:k + 1 + _CUSTODY_MODIFIERS]):
            c.category = "arrested"
            return


_SENDING = frozenset({"sent", "send", "sends", "sending"})
_CUSTODY_WORDS = 6  # words from the verb or the counted phrase to the "to" of where they were sent ("to jail")
_CUSTODY_MODIFIERS = 3  # words of where they were sent, up to its noun ("to 14-day judicial custody")


def _with_wounds(c: Count) -> int | None:
    """The token of the wounds a few words after a plural count's phrase that tell them wounded, else None: "treated 31
    people with gunshot wounds", "admitted 12 people for burns" (not "charged 3 men with causing injuries")."""
    words, n = c.sentence.words, len(c.sentence.words)
    if c.singular or c.np_end == c.np_start or c.np_end + 1 >= n or words[c.np_end] not in _WITH_FOR:
        return None
    for k in range(c.np_end + 1, min(n, c.np_end + 2 + _WOUND_MODIFIERS)):
        if words[k] in _WOUNDS:
            return k
        if not words[k].isalpha() or words[k].endswith("ing"):
            return None
    return None


def _held_after_list(c: Count) -> int | None:
    """The token of "hostage" closing a list that a count opens as the object of "took" or "held": "took more than 170
    guests and staff hostage" (after one noun alone it is of the count's phrase: "took 20 guests hostage"); else None.
    """
    words = c.sentence.words
    if c.first == 0 or words[c.first - 1] not in _TAKING or c.np_end >= len(words) or words[c.np_end] != "and":
        return None
    for k in range(c.np_end + 1, min(len(words), c.np_end + 1 + _MAX_HELD_LIST)):
        if words[k] in _HELD_AS:
            return k
        if not c.sentence.is_word(k) or words[k] in _TAKING:
            return None  # (not "killed 20 tourists and took their guides hostage": a verb of its own)
    return None


_WITH_FOR = frozenset({"with", "for"})
_WOUNDS = frozenset({"wounds", "injuries", "burns"})
_WOUND_MODIFIERS = 2  # words between "with" and the wounds: "with serious gunshot wounds"
_TAKING = frozenset({"took", "take", "takes", "taking", "taken", "held", "hold", "holds", "holding"})
_HELD_AS = frozenset({"hostage", "hostages", "captive", "captives"})
_MAX_HELD_LIST = 6  # words after "and" up to "hostage": "and their local guides hostage"

# The words a category may be read from that are no words of the lexicon (`categorize` names them)
_CATEGORY_WORDS = frozenset({_DEATH, "number"}) | _HELD_AS | _LOST | _FORCES | _SHOT_PARTICIPLES | _WOUNDS
_CATEGORY_LETTERS = frozenset(run for w in _CATEGORY_WORDS for run in letter_words(w))


def _attributive_harm(sent: SentenceTokens, c: Count, lex: Lexicon) -> str | None:
    """Category of a participle that qualifies the counted noun ("73 wounded people", "12 injured civilians", "40,000
    internally displaced people"): what happened to them, told before the noun instead of after it; none where the
    sentence goes on to tell them killed."""
    for k in range(c.np_start, c.np_head - 1):
        if sent.words[k] in lex.head_nouns and (sent.words[k],) in lex.after_cues:
            if any(lex.after_cues.get((w,)) == "killed" for w in sent.words[c.np_end:]):
                return None  # "At least 18 displaced civilians sheltering inside were killed": the dead, not the
                # displaced (what they were before they died)
            return lex.head_nouns[sent.words[k]]
    return None


def _toll_after(c: Count, lex: Lexicon) -> tuple[str, int] | None:
    """Category and cue of a toll named after the figure it was brought to ("bringing to five the number of troops
    killed in Monday's ambush", "raising to 40 the death toll"), else None."""
    words, n = c.sentence.words, len(c.sentence.words)
    if c.np_end != c.np_start or c.first < 2 or words[c.first - 1] != "to" or not _brought_to(words, c.first - 1):
        return None
    k = c.after + (c.after < n and words[c.after] in _WHOLE_DETERMINERS)
    noun = match_phrase(words, k, lex.before_nouns, lex) if k < n else None
    if noun is not None:
        return noun[0], k
    if words[k:k + 2] == ["number", "of"]:
        return _participle_of_number(words, k + 1, lex)
    return None


def _brought_to(words: list[str], to: int) -> bool:
    """Whether the "to" at token `to` is of a verb that brought a toll to its figure, right before it ("raising to
    40") or past a few words of when, with no comma ("lowered on Thursday to 19"; a verb that lowers or revises)."""
    if words[to - 1] in _BRINGING:
        return True
    for k in range(to - 1, max(-1, to - 2 - _ADJUNCT_WORDS), -1):
        if words[k] in _LOWERING:
            return True
        if not words[k][:1].isalnum():
            return False
    return False


def _participle_of_number(words: list[str], of: int, lex: Lexicon) -> tuple[str, int] | None:
    """Category and index of the participle that says what "the number of" at token `of` counts, a few words after it
    ("the number of troops killed"), else None."""
    for j in range(of + 1, min(len(words), of + 1 + _NUMBER_OF_WORDS)):
        # (a participle of a cue after the noun too: "the number of people living in relief camps")
        verb = match_phrase(words, j, lex.before_verbs, lex) or match_phrase(words, j, lex.after_cues, lex)
        if verb is not None:
            return verb[0], j
        if words[j] in _RELATIVES:
            # "the number of people who have fled the fighting", "who have been displaced": the verb of the clause
            k = j + 1
            while k < len(words) and k - j <= _MAX_SKIP and words[k] in lex.after_skip:
                k += 1
            verb = match_phrase(words, k, lex.after_cues, lex) if k < len(words) else None
            return (verb[0], k) if verb is not None else None
    # else its noun: "bringing the number of refugees to 1.2 million", "the number of displaced people rose to",
    # "bringing the number of troops in the state to 2,200" (soldiers a number was brought to were sent)
    for j in range(of + 1, min(len(words), of + 3)):
        if words[j] in lex.head_nouns:
            return lex.head_nouns[words[j]], j
    if of + 1 < len(words) and lex.quantity_classes.get(words[of + 1]) == _TROOPS:
        return "deployed", of + 1
    return None


def _to_death_verb_before_joined(sent: SentenceTokens, first: int, lex: Lexicon) -> bool:
    """Whether a verb of "… to death" stands before the one person joined by "and" before token `first`: "stabbed | a
    man and | his son to death" (the person before takes the verb along the chain)."""
    words = sent.words
    if first < 3 or words[first - 1] != "and":
        return False
    for d in range(first - 2, max(0, first - 6), -1):
        if not sent.is_word(d):
            return False
        if words[d] in _PERSON_DETERMINERS or words[d] in INDEFINITE:
            return d < first - 2 and words[d - 1] in lex.to_death_verbs
    return False


def _relative_clause(sent: SentenceTokens, j: int) -> tuple[int, int] | None:
    """The first token of a relative clause set off at j (", who was later shot dead by police,", ", both of whom were
    killed,") past its opener, and the token after its closing comma (or the sentence's end); else None."""
    words, n = sent.words, len(sent.words)
    if not (j < n and words[j] == ","):
        return None
    opener = next((p for p in _RELATIVE_OPENERS if tuple(words[j + 1:j + 1 + len(p)]) == p), None)
    if opener is None:
        return None
    start = j + 1 + len(opener)
    end = next((k for k in range(start, min(n, start + _MAX_CLAUSE)) if words[k] in (",", ";")), None)
    if end is None and start + _MAX_CLAUSE < n:
        return None
    return start, n if end is None else end + 1


def _relative_cue(c: Count, lex: Lexicon) -> tuple[str, int] | None:
    """Category and cue of a counted subject with a relative clause set off after it: the passive after the clause
    ("The gunman, who killed 5 people, was shot dead by police"), else, for attackers, the passive or intransitive
    verb of the clause ("The gunman, who later committed suicide, killed 6 people", "Two gunmen, both of whom were
    killed by police, shot dead five worshippers": the doers, dead too; not "paid tribute to his brother, who died
    Friday": a death told in passing)."""
    clause = _relative_clause(c.sentence, c.np_end)
    if clause is None:
        return None
    start, end = clause
    doer = c.sentence.words[c.np_head - 1] in lex.perpetrators
    main = _after_cue(c.sentence, end, lex, passive_only=c.singular) if end < len(c.sentence.words) else None
    if main is not None and not doer and main[1] == end:
        main = None  # "Justice Antonin Scalia, who voted in the majority, died four days later": a death told in
        # passing, no passive of an act ("… , was shot dead")
    if main is None and doer:
        return _after_cue(c.sentence, start, lex, passive_only=True)
    return main


def _shot(c: Count, lex: Lexicon) -> tuple[str, int, str] | None:
    """Category, cue and source of a count of people shot, by a verb before it ("An assailant shot 5 people", "shot his
    two sons") or a passive after it ("Five people were shot in a drive-by"): wounded, killed if "fatally" shot; None
    for one person ("Gunmen shot a trader" is told by what came of him: "He died") or for things ("shot 41 rounds")."""
    if c.singular or not _of_people(c, lex):
        return None
    sent, words, n = c.sentence, c.sentence.words, len(c.sentence.words)
    k = c.first - 1
    while k >= 0 and c.first - k <= 3 and words[k] in lex.before_skip:
        k -= 1
    if k > 0 and words[k] == "and":
        k = _before_joined(sent, k)  # "shot the driver and two passengers", "shot his wife and two neighbours"
        k = -1 if k is None else k
    if k >= 0 and words[k] in lex.shooting_verbs:
        return "killed" if k > 0 and words[k - 1] in lex.fatal_adverbs else SHOT, k, "before"
    for j in {_past_insert(sent, _past_ages(sent, c.np_end)), _past_insert(sent, _past_of(sent, c.np_end, lex))}:
        k = j
        while k < n and k - j < _MAX_SKIP and _skipped_after(sent, k, lex):
            k += 1
        if k < n and words[k] in _SHOT_PARTICIPLES and not _PASSIVE_AUXILIARIES.isdisjoint(words[j:k]) and not (
                k + 1 < n and words[k + 1] == "at" and (k + 2 == n or words[k + 2] in _SHOT_AT_ENDS)):
            return "killed" if not lex.fatal_adverbs.isdisjoint(words[j:k]) else SHOT, k, "after"
    return None


def shot_by_verb(c: Count, lex: Lexicon) -> bool:
    """Whether a count is of people a shooting verb before them shot ("An assailant shot 5 people")."""
    return c.category == SHOT and c.cue is not None and c.sentence.words[c.cue] in lex.shooting_verbs


def shot_and_killed(counts: list[Count], lex: Lexicon) -> None:
    """ "A gunman shot 12 people at a mall, killing three", "Gunmen shot 5 people, two of whom died", "Two men were shot
    in Kemo. One died and the other was injured": the people shot, when their sentence or the next tells deaths after
    them, are the killed and the wounded together, not the wounded alone (the shooter's own death is none of theirs:
    "shot two guards and then turned his weapon on himself"); so are the wounded some of whom are told "fatally"
    wounded right after them ("Five people were injured, two of them fatally")."""
    for i, c in enumerate(counts):
        if shot_by_verb(c, lex) and any(
                d.category == "killed" and not of_attackers(d, lex) for d in _next_counts(counts, i, lex)):
            c.category = "killed_or_wounded"  # (the counts after it are read for the shot only: most are not)
        elif c.category == "wounded" and i + 1 < len(counts) and counts[i + 1].sentence is c.sentence \
                and _fatally(counts[i + 1], lex):
            c.category = "killed_or_wounded"  # "Five people were injured, two of them fatally"


def _fatally(c: Count, lex: Lexicon) -> bool:
    """Whether a count is the part of those before it told dead by "fatally": "two of them fatally"."""
    return c.category == "killed" and c.cue is not None and c.sentence.words[c.cue] in lex.fatal_adverbs \
        and c.np_end == c.np_start


def _next_counts(counts: list[Count], i: int, lex: Lexicon) -> list[Count]:
    """The counts after counts[i] in its sentence and the next (in text order), and in one more past a next sentence
    that counts the attackers alone ("An assailant stabbed three people. The assailant was shot dead by police. One of
    the victims died")."""
    first = last = counts[i].sentence.index + 1
    out = []
    for d in counts[i + 1:]:
        if d.sentence.index > last:
            between = [o for o in out if o.sentence.index == first]
            if not (last == first and d.sentence.index == last + 1 and between
                    and all(of_attackers(o, lex) for o in between)):
                break
            last += 1
        out.append(d)
    return out


def _later_passive(c: Count, lex: Lexicon) -> tuple[str, int] | None:
    """ "A gunman killed two people and was later shot dead", "Three attackers stormed the hotel before being killed":
    the subject that opens a clause takes the passive casualty verb of a clause joined to it."""
    sent, words = c.sentence, c.sentence.words
    reduced = c.np_end > c.np_start and words[c.np_end - 1] in lex.adjectives_ed  # "An assailant armed with a knife"
    if not (c.first == 0 or words[c.first - 1] in _SUBJECT_OPENERS) or c.np_end == c.np_start \
            or c.np_end >= len(words) or not sent.is_word(c.np_end) or words[c.np_end] in lex.np_stop and not reduced:
        return None  # (the subject: first in its sentence or after an opening phrase, "On 3 May, …"; a verb follows)
    for k in range(c.np_end + 1, min(len(words) - 1, c.np_end + _MAX_JOINED)):
        if words[k] in _CLAUSE_ENDS:
            return None
        if (words[k], words[k + 1]) in _JOINED_PASSIVES:
            return _after_cue(sent, k + 1, lex, passive_only=True)
    return None


def _joined(a: Count, b: Count, lex: Lexicon) -> bool:
    """Whether count b is coordinated right after count a: "2 soldiers and 3 civilians", also past a phrase of what
    or where the first are ("3 members of the local militia and two civilians", "3 soldiers in Kemo and 2 in Dalo")."""
    words = a.sentence.words
    end = (_past_phrases if a.singular else _past_of)(a.sentence, a.np_end, lex) if a.sentence is b.sentence \
        else a.np_end  # ("An officer with the rank of captain and two privates were killed")
    if a.sentence is b.sentence:
        end = past_age(a.sentence, past_name(a.sentence, _past_name_of(a, end), b.first), b.first)
        if end == a.np_end and a.np_end > a.np_start:
            end = _past_participle_phrase(a.sentence, end, b.first, lex)
    # (past such a phrase, an "and" must join them: not "31 endorsements in the Senate, a body in which …")
    gap = words[end:b.first] if end < b.first and "and" in words[end:b.first] else words[a.np_end:b.first]
    if gap and (gap[-1] in POSSESSIVES or (b.named and gap[-1] in _PERSON_DETERMINERS | {"a", "an"})
                or gap[-1] in _ALL_OF or gap[-1] == "the"):
        gap = gap[:-1]  # "a woman and her two children", "four rebels and a Police Sub-Inspector were killed",
        # "17 soldiers and all four assailants were killed", "Twenty-one people and the five assailants were killed"
    if len(gap) > 1 and gap[-1] in _AFTERWARDS and gap[-2] in lex.coordinators:
        gap = gap[:-1]  # "shot dead a guard and later a passer-by": the second of one list, told as the next
    gap = _past_uncounted_item(gap, lex)
    words = b.sentence.words
    part = b.after + 1 < len(words) and words[b.after] == "of" and words[b.after + 1] in _OF_WHOM
    # (not "3 hostages, one of whom was killed": a part of the count, no count beside it; nor "According to the
    # mayor, 3 civilians were killed": the source of the count)
    source = tuple(words[max(0, a.first - 2):a.first]) == _ACCORDING
    return a.sentence is b.sentence and 0 < len(gap) <= 2 and set(gap) <= lex.coordinators and not part \
        and not source and not _opening_whole(a, b)


_AFTERWARDS = frozenset({"later", "then", "afterwards", "subsequently"})


def _shot_in_relative(c: Count, lex: Lexicon) -> bool:
    """Whether a count is told wounded by a verb of shooting in a relative clause right after it ("an inmate who was
    shot"): how the person was hit, which a verb of death they are joined to tells the end of."""
    words = c.sentence.words
    return c.category == "wounded" and c.cue is not None and words[c.cue] in lex.shooting_verbs \
        and c.np_end < c.cue and words[c.np_end] in _RELATIVES


def _past_participle_phrase(sent: SentenceTokens, j: int, stop: int, lex: Lexicon) -> int:
    """The "and" after a participle phrase at token j that tells who the counted before it are, before token `stop`
    ("Two soldiers | guarding the building | and three of the attackers were killed", "four police officers | deployed
    at the gate | and a civilian"), else j; none past a mark, a verb of harm, a finite verb or a speaker (not "three
    soldiers killing two civilians and": their act)."""
    words = sent.words
    if j >= stop or not words[j].isalpha() or not words[j].islower():
        return j
    cue = match_phrase(words, j, lex.after_cues, lex)
    if not (cue is None and words[j].endswith("ing") or cue is not None and cue[0] == "deployed"):
        return j
    for k in range(j + 1, min(stop, j + _MAX_CLAUSE)):
        if words[k] == "and":
            return k
        if not sent.is_word(k) or words[k] in _FINITE or words[k] in lex.subject_stop or words[k] in lex.pronouns \
                or words[k] in lex.reporting_verbs or match_phrase(words, k, lex.after_cues, lex):
            return j
    return j


def _past_uncounted_item(gap: list[str], lex: Lexicon) -> list[str]:
    """The words between two counts of a list without an item of no number between them ("Three hostages, all of the
    assailants and two police officers": ", and"), else the words as they are."""
    middle = gap[1:-1]
    if len(gap) < 3 or gap[0] != "," or gap[-1] not in ("and", ",") or len(middle) > _UNCOUNTED_WORDS or not (
            middle[0] in _ALL_OF or middle[0] in lex.determiners) or not all(w.isalpha() for w in middle) or any(
            (w,) in lex.after_cues or w in lex.coordinators for w in middle):
        return gap
    return [gap[0], gap[-1]]


_UNCOUNTED_WORDS = 5  # words of an item of no number in a list of counts ("all of the assailants", "the bomber")


def past_name(sent: SentenceTokens, k: int, stop: int) -> int:
    """The comma that closes a name set off after a person at token k ("the mayor of Kemo, Conrado Mendoza, and 19
    other people", "a councillor, Ana de la Cruz, and her driver"), else k."""
    words = sent.words
    if not (k + 1 < stop and words[k] == "," and sent.is_capitalized(k + 1)):
        return k
    j = k + 1
    while j < stop and j - k <= _NAME_WORDS and (sent.is_capitalized(j) and sent.is_word(j) or words[j] in PARTICLES):
        j += 1
    return j if j < stop and words[j] == "," and sent.is_capitalized(j - 1) else k


def past_age(sent: SentenceTokens, k: int, stop: int) -> int:
    """The comma that closes a person's age set off after a name at token k ("Mohammed Shahid, 55, and his son"), else
    k."""
    words = sent.words
    if k + 2 < stop and words[k] == "," and words[k + 2] == "," and words[k + 1].isdigit() \
            and int(words[k + 1]) < _MAX_AGE:
        return k + 2
    return k


def _part_word_before(c: Count) -> bool:
    """Whether an "among" or "included" just before a count makes it a part of a count told before: "Among the dead
    were three children", "the victims included two women"; or the people told before are named as the subject of
    "were": "The dead were two farmers and their wives"."""
    words = c.sentence.words
    if c.first >= 3 and words[c.first - 3] == "the" and words[c.first - 2] in _TOLD_PEOPLE \
            and words[c.first - 1] in _WERE:
        return True
    if words[0].lower() == _AMONG and any(words[k] in _WERE and words[k - 1] in _TOLD_PEOPLE
                                          for k in range(2, min(c.first, _AMONG_WORDS))):
        return True  # (any person of its list: "Among the 19 dead are a teacher, a nurse and two minors")
    return not _PART_OF.isdisjoint(words[max(0, c.first - 4):c.first])


def _among_after(c: Count) -> bool:
    """Whether the cue of a count says it is among people told ("Two children were among the dead", "A mother and her
    child were among those killed"): a part of a count given before it, if there is one."""
    return c.cue is not None and c.cue < len(c.sentence.words) and c.sentence.words[c.cue] == _AMONG


def listed_parts(group: list[Count], lex: Lexicon) -> None:
    """ "Among the dead were four women and three children", "148 were killed, including 142 students, three soldiers
    and three police officers, and 79 were injured": the counts joined after a part are listed with it, parts of what
    it is a part of (`restates` drops them with it; none takes the verb of a count joined after the list)."""
    for a, b in zip(group, group[1:]):
        lead = a.listed or (a if _part_word_before(a) or inserted(a) else None)
        if lead is not None and _joined(a, b, lex):
            b.listed = lead


def chain_categories(counts: list[Count], lex: Lexicon) -> None:
    """Share a category along a coordination: "killed 2 soldiers and 3 civilians", "3 soldiers and 2 civilians
    were killed"."""
    _chain_forward(counts, lex)
    for a, b in reversed(list(zip(counts, counts[1:]))):
        # (a verb before both: "shot the driver and two passengers")
        shared = b.source in ("after", "head", "chain") or (
            b.source == "before" and b.cue is not None and b.cue < a.first)
        if a.category == "other" and shared and _joined(a, b, lex) \
                and not inserted(a) and (a.listed is None and not _thing_of_one(a, lex) and not _added_insert(a)) \
                and not _singular_verb(b, lex):
            # (not ", in addition to the bomber, and 40 others were injured": more of the counted before the insert)
            a.category, a.source, a.cue = b.category, "chain", b.cue
        elif a.source == "head" and b.source in ("after", "chain") and b.category in lex.singular_categories \
                and (b.source == "after" or b.cue is not None and b.cue > b.first) and _joined(a, b, lex) \
                and not inserted(a) and (a.sentence.words[a.np_head - 1],) not in lex.after_cues \
                and not _object_set_off(a, b):
            # "334 hostages and 31 assailants were killed", "Six hostages, two soldiers and all five assailants were
            # killed": the verb all share outranks what a head noun says (not a head that is a verb of its own: "3
            # dead, 5 hurt")
            a.category, a.source, a.cue = b.category, "chain", b.cue
    for a, b, c in zip(counts, counts[1:], counts[2:]):
        if a.category == "other" and inserted(b) and not inserted(c) and c.category in lex.singular_categories \
                and c.source in ("after", "chain") and a.sentence is c.sentence and (
                    a.sentence.words[_past_insert(a.sentence, a.np_end):c.first] == ["and"]):
            # "At least 35 civilians, including 31 women, and seven soldiers were killed": the whole before its part
            # shares the verb of the count joined after the part
            a.category, a.source, a.cue = c.category, "chain", c.cue
    for k in range(1, len(counts)):
        a, b = counts[k - 1], counts[k]
        added = in_addition_to(b.sentence, b.first)
        while added and k > 1 and inserted(a) and counts[k - 2].sentence is b.sentence:
            k -= 1  # ("Six people, including two soldiers, were killed, in addition to the bomber": the six's verb)
            a = counts[k - 1]
        if (b.category == "other" or a.category == "killed" and _shot_in_relative(b, lex)) \
                and a.category in lex.singular_categories and a.sentence is b.sentence \
                and (_gapped(b, lex) or added and _of_people(b, lex)):
            # "and eight in Tadur"; "Seven people were killed in addition to the two assailants": more of them (not
            # "found along with a message", "arrested along with 20 kilograms of explosives"), also told shot in a
            # clause of their own ("Two guards were killed, along with an inmate who was shot as he fled": the clause
            # tells how he died)
            b.category, b.source, b.cue = a.category, "chain", a.cue
    for a, b in zip(counts, counts[1:]):
        if a.category == "other" and b.category in lex.singular_categories and a.sentence is b.sentence \
                and _adding_start(a.sentence, a.first) == 0 and a.sentence.words[0] not in _EXCLUDING \
                and a.np_end < b.first \
                and a.sentence.words[a.np_end] == "," and _of_people(a, lex):
            # "In addition to the bomber, the blast killed seven worshippers": one more of the clause's dead
            a.category, a.source, a.cue = b.category, "chain", b.cue
    _chain_forward(counts, lex)  # and on along what those joined: "killed him along with his wife and four children"


def _chain_forward(counts: list[Count], lex: Lexicon) -> None:
    """A count joined after one that a verb before them tells takes its category: "killed 2 soldiers and 3 civilians".
    """
    for a, b in zip(counts, counts[1:]):
        if b.category == "other" and a.source in ("before", "chain", "toll") and _joined(a, b, lex) \
                and not _opens_clause(b, lex) and not _in_condition(b, lex) and not _after_while(a, b):
            b.category, b.source, b.cue = a.category, "chain", a.cue


def _object_set_off(a: Count, b: Count) -> bool:
    """Whether count a is the object of a verb before it, set off by a comma from count b after it: "took more than
    130 guards hostage, and two police officers were shot dead" (b's verb is of b's clause alone)."""
    words = a.sentence.words
    return a.first > 0 and words[a.first - 1].isalpha() and words[a.first - 1].islower() and (
        words[a.first - 1] not in _ALL_OF) and "," in words[a.np_end:b.first]  # ("All 12 hostages, three …")


def _after_while(a: Count, b: Count) -> bool:
    """Whether a "while" joins count b to count a: b is the subject of a clause of its own, whose verb may come after
    more of its subjects ("killed the commander of AGuH, while two soldiers and one civilian were injured")."""
    return _WHILE in a.sentence.words[a.np_end:b.first]


def _in_condition(c: Count, lex: Lexicon) -> bool:
    """Whether a count tells how some of those before it are: "injured 12 people, 5 in critical condition", "three in
    a serious condition" (a part of them, not more of them)."""
    words, k = c.sentence.words, c.after
    if k < len(words) and words[k] == "in":
        k += 1 + (k + 1 < len(words) and words[k + 1] == "a")
        return k < len(words) and words[k] in lex.conditions
    return False


def joined_totals(group: list[Count], lex: Lexicon) -> None:
    """Note on each count of a coordination of one category the sum of its counts ("Two soldiers and a civilian were
    killed": 3; "Eight victims died at the scene and three more in hospital": 11, the verb left out of the second; not
    "shot dead at a checkpoint, and three people were killed": the checkpoint is no one), for `restates` to tell a
    toll told again as a list."""
    run: list[Count] = []
    for c in group + [None]:
        if c is not None and run and c.category == run[-1].category != "other" and not _thing_of_one(c, lex) \
                and not _thing_of_one(run[-1], lex) and (_joined(run[-1], c, lex) or (
                    c.sentence is run[-1].sentence and _gapped(c, lex))):
            run.append(c)
            continue
        if len(run) > 1:
            total = sum(r.amount for r in run)
            for r in run:
                r.joined_total, r.joined_first = total, run[0].first
        run = [c] if c is not None else []


def _singular_verb(c: Count, lex: Lexicon) -> bool:
    """Whether the verb after a count is singular, so that it is not shared with a count joined before it: "a tribute
    to Dylan Hockley and a teacher's aide, Anne Marie Murphy, who was gunned down" (the aide was; but "1 militant and 1
    soldier, who was a hostage, were killed": the auxiliaries right before the verb tell)."""
    if c.source != "after" or c.cue is None:
        return False
    words, k = c.sentence.words, c.cue - 1
    while k >= c.np_end and words[k] in lex.after_skip and words[k] not in _SINGULAR_AUXILIARIES:
        k -= 1
    return k >= c.np_end and words[k] in _SINGULAR_AUXILIARIES


def _of_people(c: Count, lex: Lexicon) -> bool:
    """Whether a count counts people, as far as its phrase tells: "the two assailants", "22 worshippers", "two"."""
    if c.unit is not None:
        return False
    if c.np_end == c.np_start:
        return not c.singular
    head = c.sentence.words[c.np_head - 1]
    return head in lex.persons or head in lex.pairs or head in lex.quantity_classes or (
        is_plural(head, lex) and head[:-1] in lex.persons)


def _not_its_verb(c: Count) -> bool:
    """Whether a plural verb after "a" or "an" and its noun is another subject's: "gunmen who killed a teacher
    were arrested", "two men on a motorcycle were shot" (but "a man and a woman were killed", "15 militants
    including a commander were killed")."""
    words = c.sentence.words
    k = c.first
    if words[k].lower() not in INDEFINITE:
        k -= 1  # a named count: "and a Police Sub-Inspector were killed"
    if k < 0 or words[k].lower() not in INDEFINITE:
        return False
    return c.np_end < len(words) and words[c.np_end] in _PLURAL_AUXILIARIES and (
        k == 0 or words[k - 1].lower() not in _JOINING)


def _ends_apposition(sent: SentenceTokens, first: int, end: int) -> bool:
    """Whether the comma at token `end` closes an apposition that a comma after a definite noun opened a few words
    before token `first`: "The victims, a mother and her two children, were" (not "Two people, a man and a woman,": a
    description of a count, told by its own verb)."""
    words = sent.words
    if not (end < len(words) and words[end] == ","):
        return False
    for k in range(first - 1, max(1, first - _MAX_INSERT), -1):
        if words[k] == ",":
            return sent.is_word(k - 1) and words[k - 2] in _WHOLE_DETERMINERS
        if not sent.is_word(k) or words[k] in _RELATIVES:
            return False  # (not "The suspect, who had tried to kill a guard, was shot dead": a clause, no apposition)
    return False


def _object_of_verb(c: Count, lex: Lexicon) -> bool:
    """Whether a count is the object of a casualty verb right before it, so that a passive after it is the subject's:
    "A man who tried to kill a police officer was arrested", "Two suspects accused of killing three police officers
    were arrested" (the man was, the suspects were)."""
    return c.first > 0 and match_phrase_ending(c.sentence.words, c.first - 1, lex.before_verbs, lex) is not None


def _past_relative(sent: SentenceTokens, j: int, lex: Lexicon, opened: bool = False) -> int:
    """The finite verb after a clause that opens at token j to tell who the counted are ("Two brothers | suspected of
    carrying out the attack | were killed", "Three men | accused of the bombing | were shot dead", "Three soldiers | who
    were guarding the gate | were killed"; or `opened` by any word: "Two soldiers | deployed in Mali | were killed"),
    else j; none past a mark, a new clause or a speaker."""
    words, n = sent.words, len(sent.words)
    if not (j < n and (opened or words[j] in lex.clause_openers)):
        return j
    for k in range(j + 1, min(n, j + _MAX_CLAUSE)):
        if words[k] in _FINITE and not (k == j + 1 and words[j] in _RELATIVES):
            return k  # (a relative pronoun's own verb comes next, "who were guarding": the counted's is after it)
        if not sent.is_word(k) or words[k] in lex.subject_stop or words[k] in lex.pronouns \
                or words[k] in lex.reporting_verbs:
            return j
    return j


def _opens_clause(c: Count, lex: Lexicon) -> bool:
    """Whether a count is the subject of a verb of its own: "killed a teacher, and a drone strike killed a
    commander" (the strike is no second victim of the first verb), also past a phrase of where ("while a second blast
    in Dalo killed 3")."""
    words = c.sentence.words
    if c.np_end == c.np_start:
        return False
    verb = _past_of(c.sentence, c.np_end, lex)
    return verb < len(words) and (words[verb],) in lex.before_verbs


def _thing_of_one(c: Count, lex: Lexicon) -> bool:
    """Whether a count of one names a thing, no person ("killed in a shootout and two others were detained": the
    shootout is nobody detained)."""
    head = c.sentence.words[c.np_head - 1].lower() if c.np_end > c.np_start else None
    return c.singular and not c.named and head is not None and head not in lex.persons and head not in lex.pairs


def inserted(c: Count) -> bool:
    """Whether a count opens an inserted clause (", among them two women,"; without commas, "21 militants including 2
    commanders were killed"): a part, which takes no verb after it (`bare_inserts` gives that verb to the whole)."""
    words = c.sentence.words
    if _INSERTS.isdisjoint(words[max(0, c.first - _MAX_LIST):c.first]):
        return False  # (most counts have no word that opens one in the words looked at below: asked of each, twice)
    for k in (c.first - 1, c.first - 2):
        if k >= 1 and (words[k] in _INSERTS and words[k - 1] == "," or words[k] == _BARE_INSERT):
            return True
    # a later item of the list the clause opens: ", including 20 hostages, two police officers and five assailants,"
    for k in range(c.first - 1, max(0, c.first - _MAX_LIST), -1):
        if words[k] in _INSERTS and words[k - 1] == "," and _list_end(c.sentence, k - 1) > c.first:
            return True
        if words[k] in _LIST_BREAKS or words[k].lower() in _LIST_VERBS:
            return False
    return False


_MAX_LIST = 30  # tokens from an inserted clause's opening word to a later item of its list
_LIST_BREAKS = frozenset({".", ";", ":", "(", ")"})
_LIST_VERBS = frozenset({"was", "were", "is", "are", "had", "have", "has", "died"})


def _gapped(c: Count, lex: Lexicon) -> bool:
    """ "Twelve people were killed in Kabo and eight in Tadur", "A soldier was killed on Monday and two more on
    Tuesday": a bare count after "and" before a place or time phrase leaves out the verb of the count before it; so
    does one after a comma before a name ("Three people were killed in the Donetsk region, two in the Kherson region
    and one in Kharkiv"; not "injured 12 people, 5 in critical condition")."""
    sent, words, n = c.sentence, c.sentence.words, len(c.sentence.words)
    k = c.after + (c.after < n and words[c.after] in _GAP_ADDED)  # past "more": "and two more on Tuesday"
    if c.np_end > c.np_start or c.first == 0 or c.singular or k >= n or words[k] not in _GAP_PREPOSITIONS:
        return False
    return words[c.first - 1] == "and" or words[c.first - 1] == "," and _names_place(sent, k)


def bare_inserts(group: list[Count], lex: Lexicon) -> None:
    """ "15 militants including a commander were killed", "Five people including two assailants were killed": without
    commas, the verb after the part is the whole's, and the part (with the counts joined to it: "2 commanders and 4
    soldiers") takes none, as inside commas; also past a phrase of what the whole are ("4 members of a family
    including 2 minors were shot dead")."""
    for i, a in enumerate(group):
        words = a.sentence.words
        if a.np_end == a.np_start:
            continue
        insert = _past_of(a.sentence, a.np_end, lex)
        if insert >= len(words) or words[insert] != _BARE_INSERT:
            continue
        run = []  # the counts joined after "including"
        for b in group[i + 1:]:
            gap = words[run[-1].np_end:b.first] if run else words[insert + 1:b.first]
            if b.sentence is not a.sentence or len(gap) > 2 or not set(gap) <= lex.coordinators | {"the", "a", "an"} \
                    or (run and not gap):
                break
            run.append(b)
        told = [b for b in run if b.source == "after" and b.category != "other"]
        if not told:
            continue
        if a.category == "other":
            a.category, a.source, a.cue = told[-1].category, told[-1].source, told[-1].cue
        # the parts: the first, and those of its kind after it (not "21 militants including 2 commanders and 4
        # soldiers": the soldiers are no militants, they take the verb with them)
        for k, b in enumerate(run):
            if k > 0 and _other_kind(a, b, lex):
                break
            b.category, b.source, b.cue = a.category, "none", None
            keep_aside(b, "part", subject=False)


def _other_kind(a: Count, b: Count, lex: Lexicon) -> bool:
    """Whether two counts count people of two known kinds ("militants" and "soldiers")."""
    kinds = [lex.quantity_classes.get(c.sentence.words[c.np_head - 1]) if c.np_end > c.np_start else None
             for c in (a, b)]
    return all(kinds) and kinds[0] != kinds[1]


def partitive_wholes(group: list[Count], lex: Lexicon) -> None:
    """ "Three of the five soldiers in the patrol were killed", "Two of the 12 hostages were killed": the part takes
    the verb and the noun of the whole, and the whole is no count of what the verb says (the verb after the whole
    is the part's); so is the whole that opens a sentence ("Of the 30 passengers, 12 died")."""
    for a, b in zip(group, group[1:]):
        words = a.sentence.words
        gap = words[a.after:b.first]
        # "two of the 12 hostages", "two of their five guards", and with no determiner, "Two of 12 hostages"
        bare = len(gap) == 1 and b.first in (a.np_start, a.np_end)
        if not (a.sentence is b.sentence and gap[:1] == ["of"] and (
                bare or len(gap) == 2 and gap[1] in _WHOLE_DETERMINERS)):
            continue
        # the whole's verb is the sentence's ("were killed", "later died"), not a participle of its own ("the 12
        # initially killed")
        shared = b.source == "after" and b.cue is not None and (
            not _FINITE.isdisjoint(words[b.np_end:b.cue]) or words[b.cue] in _INTRANSITIVE_DEATHS)
        if shared and (a.category == "other" or a.cue == b.np_head - 1):
            # (the whole's noun is no verb of the part: "Two of the six wounded later died" are dead)
            a.category, a.source, a.cue = b.category, b.source, b.cue
        if shared or b.category == "other" and a.category != "other":  # "killed 12 of the 30 passengers"
            a.np_start, a.np_head, a.np_end = b.np_start, b.np_head, b.np_end
        if shared:
            # the whole is no count of the part's verb; of the wounded, it is still a count of them ("Two of the six
            # wounded later died": six were wounded)
            head = lex.head_nouns.get(words[b.np_head - 1]) if b.np_end > b.np_start else None
            if head == "wounded":
                b.category, b.source, b.cue = head, "head", b.np_head - 1
            else:
                b.category, b.source, b.cue = "other", "none", None
    for a, b in zip(group, group[1:]):
        if _opening_whole(a, b) and a.cue is not None and a.cue >= b.first:
            # "Of the 30 passengers, 12 died": the whole opens the sentence, the part after its comma takes the verb
            # (a whole of its own kind keeps it: "Of the 130 injured, 77 were women")
            if b.category == "other":
                b.category, b.source, b.cue = a.category, a.source, a.cue
            a.category, a.source, a.cue = "other", "none", None
            if b.np_end == b.np_start:
                b.np_start, b.np_head, b.np_end = a.np_start, a.np_head, a.np_end


def _opening_whole(a: Count, b: Count) -> bool:
    """Whether count a is a whole that opens its sentence and count b the part after its comma: "Of the 30 passengers,
    12 died"."""
    words = a.sentence.words
    return a.sentence is b.sentence and a.first == 2 and words[:2] == ["of", "the"] and a.np_end + 1 == b.first \
        and words[a.np_end] == ","


def killing_themselves(group: list[Count], lex: Lexicon) -> None:
    """ "Two suicide bombers detonated their explosives, killing themselves and 9 others": the attackers a count
    told as the subject take the casualty verb of the "themselves" after it."""
    marks: list[int] | None = None  # where "themselves" stands in the sentence, read once
    for c in group:
        words = c.sentence.words
        if c.category != "other" or c.np_end == c.np_start or words[c.np_head - 1] not in lex.perpetrators:
            continue
        if marks is None:
            marks = [k for k, w in enumerate(words) if w == _THEMSELVES]
        at = bisect_left(marks, c.np_end)
        k = marks[at] if at < len(marks) else None
        verb = match_phrase_ending(words, k - 1, lex.before_verbs, lex) if k is not None else None
        if verb is not None and verb[0] in lex.singular_categories and words[verb[1]].endswith("ing"):
            c.category, c.source, c.cue = verb[0], "chain", verb[1]


def animals_are_no_casualties(group: list[Count], lex: Lexicon) -> None:
    """ "killed 15 livestock", "killed 30 cows and 2 herders": animals are counted, but no casualties (after the
    chain, so that the herders take the verb; one of a noun of both is a person: "killed a village head", not "200
    head of cattle"); nor are the things a casualty, capture or deployment verb is said of ("Republicans killed two
    amendments", "killing 40 jobs programs", "captured 3 towns", "tens of thousands of 'missing' emails", "sent two
    letters"), nor measures and money ("sent 100 tonnes of aid", "$5 million", "put the losses at Rs 10bn": no toll of
    people; but a share of people is theirs), nor what a verb that takes or kills only people is said of ("seized 27
    kilograms of heroin", "seized 3 tons", "destroyed 12 tanks"; but "seized 27 students", "370 servicemen were
    destroyed", as Russia's defence ministry tells its enemy's dead)."""
    for c in group:
        words = c.sentence.words
        measured = c.category != "other" and c.unit not in _PEOPLE_UNITS
        if measured or c.category != "other" and c.cue is not None and words[c.cue] in lex.people_verbs \
                and not _people_taken(c, lex):
            c.category, c.source, c.cue = "other", "none", None
        if c.category == "other" or c.np_end <= c.np_start:
            continue
        head = words[c.np_head - 1]
        if head in lex.animals and not (c.singular and head in lex.persons) and not (
                c.np_end < len(words) and words[c.np_end].isalpha() and is_plural(words[c.np_end], lex)) \
                or head in lex.things and (c.category in _HARMED | _HELD | _DEPLOYED):
            c.category, c.source, c.cue = "other", "none", None  # (not "2 suspected cattle thieves")


def _people_taken(c: Count, lex: Lexicon) -> bool:
    """Whether the phrase of a count that a verb of people_verbs is said of names people: "27 students", "a child"
    (not "3 tons", whose phrase is empty, nor "destroyed an Afghan military vehicle")."""
    if c.np_end == c.np_start:
        return False
    return c.sentence.words[c.np_head - 1] in lex.persons if c.singular else _of_people(c, lex)


def apposed_figures(group: list[Count], lex: Lexicon) -> None:
    """ "Dozens of people, possibly more than 100, were killed", "Hundreds - perhaps as many as 300 - died": a figure
    set off after a count, with nothing of its own but a hedging adverb, is another figure of the same people, and the
    verb after it is theirs. One figure of them is the story's count (a sum of the dead counts it alone): the number
    that makes a vague one firm, else the figure told first, which the other only guesses beyond ("At least 50 people,
    possibly more than 100, were killed": 50); the other is kept aside as `other`."""
    for a, b in zip(group, group[1:]):
        words, n = a.sentence.words, len(a.sentence.words)
        if b.sentence is not a.sentence or b.singular or b.np_end != b.np_start or b.after >= n:
            continue
        opener = a.after if a.np_end == a.np_start else a.np_end
        if opener >= b.first or words[opener] not in _DASHES | {","} or words[b.after] != words[opener] \
                or not all(w in lex.after_skip for w in words[opener + 1:b.first]):
            continue
        after = _after_cue(a.sentence, b.after + 1, lex, passive_only=a.singular)
        if after is None:
            continue
        kept, aside = (b, a) if a.hedge == _VAGUE else (a, b)
        kept.category, kept.source, kept.cue = after[0], "after", after[1]
        aside.category, aside.source, aside.cue = after[0], "none", None
        keep_aside(aside, "vague" if aside is a else "disputed")


def parts_of_a_toll(group: list[Count]) -> None:
    """ "At least 29 people, including 20 hostages, two police officers and five assailants, were killed": a part whose
    own noun tells another harm (hostages are taken) is of the dead the whole counts, no count of that harm."""
    for i, c in enumerate(group):
        if c.source != "head" or c.category in _HARMED or c.category == "other" or not inserted(c):
            continue
        whole = next((w for w in reversed(group[:i]) if not inserted(w)), None)
        if whole is not None and whole.category in _HARMED:
            c.category, c.source, c.cue = whole.category, "none", None
            keep_aside(c, "part", subject=False)


def members_listed(group: list[Count]) -> None:
    """ "Three people, a 68-year-old woman from Geelong, a 25-year-old student and a man in his 40s, died at the scene":
    a person set off by a comma right after a count of people is one of them, told by name or description, no one
    more (kept aside as a part, so that a sum of the dead counts the three); not a kind of people listed beside
    another ("There were eight women, a 10-year-old girl and four men injured")."""
    for whole, c in zip(group, group[1:]):
        if c.singular and not whole.singular and c.category in _HARMED and c.category == whole.category and (
                c.sentence.words[whole.np_end:c.first] == [","]) and whole.np_end > whole.np_start and (
                c.sentence.words[whole.np_head - 1] in _ANYONE):
            keep_aside(c, "part", subject=False)


_ANYONE = frozenset({"people", "persons", "victims"})  # nouns of people of any kind, which a list after them may name


def households_of(group: list[Count]) -> None:
    """ "Nearly 1,200 persons from 300 families have been shifted to relief camps": the families the people counted are
    of count them again, by household: a figure of their category, kept aside as told again."""
    for a, b in zip(group, group[1:]):
        words = a.sentence.words
        if a.category != "other" and b.category == "other" and b.np_end > b.np_start \
                and words[b.np_head - 1] in _HOUSEHOLDS and a.np_end < b.first == a.np_end + 1 \
                and words[a.np_end] in _ORIGINS:
            b.category, b.source, b.cue = a.category, "none", None
            keep_aside(b, "restated", subject=False)


_HOUSEHOLDS = frozenset({"families", "households"})
_ORIGINS = frozenset({"from", "of", "in"})  # "1,200 persons from 300 families", "members of 300 households"


def parts_of_wholes(group: list[Count]) -> None:
    """ "Gunmen killed 51 people, including 12 children": a part set off after a count takes no verb of its own (or
    keeps the one of its own clause as a part: "14 prisoners, including two who were seriously wounded") and stays
    `other`, so that a sum of the dead counts the whole alone; it is written as a part of what the whole counts
    (run once the whole's category is final), and so are the parts listed after it ("10 fatalities, including 4
    rebels, 4 soldiers and 2 civilians"; not after ", and", which may close the insert: "17 fighters, including three
    leaders, and a soldier")."""
    for i, c in enumerate(group):
        if c.category != "other" and c.reason is None and not c.singular and _own_clause_verb(c) and inserted(c) \
                and any(not inserted(w) and not w.singular for w in group[:i]):
            # "Fourteen prisoners, including two who were seriously wounded, were taken to hospitals": a part told
            # with a verb of its own is still a part of the whole, whatever the whole counts (the wounded told before)
            keep_aside(c, "part", subject=False)
            continue
        if c.category != "other" or c.reason is not None:
            continue
        before = group[i - 1] if i else None
        if before is not None and before.reason == "part" and before.category == "other" \
                and c.sentence.words[before.np_end:c.first] in _LISTED_PART_GAPS:
            c.counted_as, c.reason = before.counted_as, "part"
            continue
        if not inserted(c):
            continue
        whole = next((w for w in reversed(group[:i]) if not inserted(w)), None)
        counted = counted_and_aside(whole)[0] if whole is not None else "other"
        if counted != "other":
            c.counted_as, c.reason = counted, "part"


def _own_clause_verb(c: Count) -> bool:
    """Whether the verb that gave a count its category follows it in its own clause, before any comma ("including two
    who were seriously wounded,"), not one told of the whole ("Several people were killed, including three
    children")."""
    words = c.sentence.words
    return c.cue is not None and c.cue >= c.after and "," not in words[c.after:c.cue]


_LISTED_PART_GAPS = ([","], ["and"])  # the words between two parts of a list told after "including"


def parts_of_no_figure(group: list[Count], lex: Lexicon) -> None:
    """ "Several people were killed in the raid, including three children", "killing an unknown number of soldiers,
    among them two officers": the part of a whole told with no figure is the least of them the story knows, and takes
    the verb told of the whole (not when a figure of that harm came before in the sentence: "killed 12 people,
    including three children" is 12); a whole of "several" is as good as none, kept aside once its part is counted."""
    for i, c in enumerate(group):
        if c.category != "other" or not inserted(c) or any(
                o.category in _HARMED and not is_several(o) for o in group[:i]):
            continue
        words = c.sentence.words
        comma = next((k for k in (c.first - 2, c.first - 3) if k >= 0 and words[k] == ","), None)
        if comma is None:
            continue
        for k in range(comma - 1, max(-1, comma - 1 - _PART_VERB_WORDS), -1):
            if words[k] in _CLAUSE_ENDS or words[k] == ",":
                break
            verb = match_phrase_ending(words, k, lex.after_cues, lex) or match_phrase_ending(
                words, k, lex.before_verbs, lex)
            if verb is not None and verb[0] in _HARMED:
                c.category, c.source, c.cue = verb[0], "before", verb[1]
                for o in group[:i]:
                    if o.category == c.category:
                        keep_aside(o, "vague")  # "Several people were killed, including three"
                break


def is_several(c: Count) -> bool:
    """Whether a count is the vague "several" ("Several soldiers were killed", "over several days": three or more, a
    few)."""
    return c.value is None and c.sentence.words[c.after - 1] == _SEVERAL


def named_apposition(group: list[Count]) -> None:
    """ "Gunmen killed two journalists, Ana Lind and Omar Farah, in Kemo": the names set off after a count, no more of
    them than it counts, are its people named; they are told again (as a description after a name is), not counted
    on top of it."""
    for i, a in enumerate(group):
        words, n = a.sentence.words, len(a.sentence.words)
        if a.singular or a.value is None or a.np_end <= a.np_start or a.np_end >= n or words[a.np_end] != ",":
            continue
        k, names = a.np_end + 1, []
        for b in group[i + 1:]:
            if not b.named or b.first != k:
                break
            names.append(b)
            k = b.np_end + (b.np_end < n and words[b.np_end] in (",", "and"))
            k += k < n and words[k] == "and"  # ", and"
        if names and len(names) <= a.value:
            for b in names:
                b.appositive = True


def described_persons(group: list[Count], lex: Lexicon) -> None:
    """ "The driver, a government employee, was killed", "The assailant, a suicide bomber, also died": a person set off
    by commas right after another, before the verb of both, describes that one person (not "The driver, a passenger,
    and a guard were killed", a list)."""
    for a, b in zip(group, group[1:]):
        words, n = a.sentence.words, len(a.sentence.words)
        if not (a.singular and b.singular and b.np_end > b.np_start and words[b.first] in INDEFINITE
                and a.np_end + 1 == b.first and words[a.np_end] == ","):
            continue
        # (past what the person is of: "killing the driver, a local official of the ruling party (RP).")
        # (or where the person was: "killed another person, a watchman at a depot, and damaged ten homes")
        end = _past_acronym(b, _past_of(b.sentence, b.np_end, lex))
        if end + 2 < n and words[end] == "," and words[end + 1].isdigit() and words[end + 2] == ",":
            end += 2  # (past the age set off after the description: "The suspect, a man, 27, was pronounced dead")
        if end >= n or words[end] in _CLAUSE_ENDS or _aged(words[b.first:b.np_end]) or (
                words[end] == "," and end + 1 < n and words[end + 1] not in _LIST_JOINERS
                and not any(c.first == end + 1 for c in group)) or _verb_joined_after(a, end, group, lex):
            # the object of the verb: "wounding a soldier, a 25-year-old corporal.", "wounded the attacker, a Tunisian
            # national, in Nice": two people are listed only with "and" before the last; an age describes the one
            # told before even then ("injuring the owner, a 50-year-old trader, and two customers")
            b.appositive = True
            continue
        if end + 1 >= n or words[end] != ",":
            continue
        verb = words[end + 1]
        if verb not in _PLURAL_AUXILIARIES and (verb in lex.after_skip or (verb,) in lex.after_cues):
            b.appositive = True


def _verb_joined_after(a: Count, end: int, group: list[Count], lex: Lexicon) -> bool:
    """Whether ", and" at token `end` after a person set off after one told as a person alone ("another person", "one
    person") joins a verb, not another person: "killed another person, a watchman, and damaged ten homes" (one dead,
    described), as its lower-case word of no determiner, count or person tells."""
    words, n = a.sentence.words, len(a.sentence.words)
    if not (words[a.np_head - 1] in _ANY_PERSON and end + 2 < n and words[end:end + 2] == [",", "and"]):
        return False
    k = end + 2
    return words[k].isalpha() and not a.sentence.is_capitalized(k) and words[k] not in lex.determiners \
        and words[k] not in POSSESSIVES and words[k] not in lex.persons and not is_plural(words[k], lex) \
        and not any(c.first == k for c in group)


_ANY_PERSON = frozenset({"person", "individual"})  # nouns of one person that tell nothing of who (a description may)


def _aged(words: list[str]) -> bool:
    """Whether a person's words give an age ("a 25-year-old corporal"): a description of someone, not another one."""
    return any(_AGE_WORD.fullmatch(w) for w in words)


_AGE_WORD = re.compile(r"\d{1,3}-years?-old")
_AS = "as"
_NAMING = frozenset({"identified", "named", "known"})  # "identified as", "named as", "known as" before a name
_OF = "of"  # (what a person set off after another is of: "the driver, a local official of the party,")
_CLAUSE_ENDS = frozenset({".", ";", ":", "!", "?"})
_LIST_JOINERS = frozenset({"and", "or"})


def superseded(group: list[Count]) -> None:
    """A figure its sentence calls earlier beside a newer one of its kind is no count of that kind any more: "14
    were confirmed dead, raising an earlier toll of nine" (the nine stays, as `other`, so that a sum of the dead
    counts the 14 alone)."""
    for c in group:
        words = c.sentence.words[max(0, c.first - _EARLIER_WORDS):c.first]
        if c.category != "other" and not _EARLIER.isdisjoint(words) and any(
                o is not c and o.category == c.category and o.amount != c.amount for o in group):
            keep_aside(c, "earlier", subject=False)


def _freed(c: Count, lex: Lexicon) -> bool:
    """Whether a count is of held people let go, by a verb before it or after its phrase: "freed 15 hostages",
    "Three hostages were later released"."""
    words, n = c.sentence.words, len(c.sentence.words)
    k = c.first - 1
    while k >= 0 and c.first - k <= 3 and words[k] in lex.before_skip:
        k -= 1
    j = c.np_end
    while j < n and j - c.np_end < _MAX_SKIP and words[j] in lex.after_skip:
        j += 1
    return k >= 0 and words[k] in lex.releases or j < n and words[j] in lex.releases


def told_before(counts: list[Count], lex: Lexicon) -> None:
    """A figure the article says was given first beside a newer one of its kind is no count of that kind any more:
    "Officials initially said 9 people had been killed, but later revised the toll to 14", "On Friday, officials had
    said 27 people were killed" after "the death toll has risen to 31", a correction's "An earlier version of this
    article said 59 people were killed" (kept as `other`, as `superseded` does within a sentence)."""
    corrected: Count | None = None  # the last correction's wrong figure
    for c in counts:
        if c.category == "other":
            continue
        if corrected is not None and _part_of_corrected(c, corrected):
            keep_aside(c, "part", subject=False)  # "Officials later said one of the men reported dead survived"
            continue
        words = c.sentence.words[max(0, c.first - _TOLD_WORDS):c.first]
        k = next((k for k in range(len(words) - 1, -1, -1) if words[k] in _PUNCTUATION_BOUNDS), -1)
        words = words[k + 1:]  # (in the count's clause: "Officials had said on Sunday that 60 people were killed")
        words = _subject_past_insert(c, max(0, c.first - _TOLD_WORDS) + k) + words
        if any(a in _MISTOLD and b in _TOLD or a in _EARLIER and b in _VERSIONS for a, b in zip(words, words[1:])):
            keep_aside(c, "earlier", subject=False)  # a correction's wrong figure, whatever the right one counts
            corrected = c
            continue
        first_told = any(a in _FIRST_TOLD and b in _TOLD or a in _EARLIER and b in _REPORTS
                         for a, b in zip(words, words[1:]))
        first_told = first_told or _reported_first(_before_its_verb(c)) or _toll_told_first(c)
        if first_told and any(o is not c and o.category == c.category and o.amount != c.amount and not told_as_more(o)
                              for o in counts):
            keep_aside(c, "earlier", subject=False)  # (not before "3 more died": an addition to it, no newer figure)


def _part_of_corrected(c: Count, corrected: Count) -> bool:
    """Whether a count of the sentence after a correction's wrong figure, or its own, picks out some of the people it
    counted ("An earlier version said four people were killed. Officials later said one of the men reported dead
    survived"): a part of the wrong figure, no dead of the story's."""
    words = c.sentence.words
    return c.category == corrected.counted_as and c.amount < corrected.amount \
        and 0 <= c.sentence.index - corrected.sentence.index <= 1 and c.after + 1 < len(words) \
        and words[c.after].lower() == _OF and words[c.after + 1].lower() in _DEFINITE_WHOLES


_DEFINITE_WHOLES = DEFINITE | {"them"}


def _subject_past_insert(c: Count, comma: int) -> list[str]:
    """The words of the subject a phrase set off by commas stands between and the verb of telling that opens a count's
    clause after it ("An earlier version of this story, published on Friday, said that four": "an earlier version of
    this story"; "Initial reports, citing police, said 12"), else none: who told the figure, past the insert."""
    words = c.sentence.words
    if comma < 1 or words[comma] != "," or comma + 1 >= c.first or words[comma + 1].lower() not in _TOLD:
        return []
    opening = next((k for k in range(comma - 1, max(-1, comma - _INSERT_WORDS), -1)
                    if words[k] in _PUNCTUATION_BOUNDS), None)
    if opening is None or words[opening] != ",":
        return []
    start = max(0, opening - _SUBJECT_WORDS)
    start = next((k + 1 for k in range(opening - 1, start - 1, -1) if words[k] in _PUNCTUATION_BOUNDS), start)
    return [w.lower() for w in words[start:opening]]


_INSERT_WORDS = 8  # tokens back to the comma that opens a phrase set off before a verb of telling
# (", published on Friday,")
_SUBJECT_WORDS = 6  # words of that subject ("An earlier version of this story")


def included_before(counts: list[Count]) -> None:
    """One person told by a definite noun ("The assailant was killed by police") whom a toll of an earlier sentence
    already included ("Fifty people, including the assailant, were killed") is that toll's part told again: no more
    dead (kept as `other`)."""
    lowered: dict[str, str] = {}  # the article's text in lower case, made once, not once per pair of counts
    for c in counts:
        if not (c.singular and c.category != "other" and c.np_start < c.np_head <= len(c.sentence.words)
                and c.sentence.words[c.first].lower() == "the"):
            continue
        head = c.sentence.words[c.np_head - 1].lower()
        part = re.compile(rf"\bincluding (?:the|its|their|an?|one) (?:[\w-]+ )?{re.escape(head)}\b")
        for o in counts:
            if o is c or o.start >= c.start or o.category != c.category or o.singular or (
                    o.sentence.index == c.sentence.index):
                continue
            lo, hi = o.sentence.spans[0][0], o.sentence.spans[-1][1]
            text = o.sentence.text
            if text not in lowered:
                lowered[text] = text.lower()
            if part.search(lowered[text], lo, hi):
                keep_aside(c, "part", subject=False)
                break


def _reported_first(before_verb: list[str]) -> bool:
    """Whether the words before a count's verb tell a figure given first: "20 were originally reported dead", "had
    initially killed 20", "At least 18 people had been reported killed" (a report before the story's, in the past
    perfect; not "had been killed", the dead of before the story's news, who are still its dead)."""
    return not _FIRST_ADVERBS.isdisjoint(before_verb) or _PAST_PERFECT in before_verb \
        and not _TOLD.isdisjoint(before_verb)


def _before_its_verb(c: Count) -> list[str]:
    """The words right before the verb that gave a count its category: "had initially" in "had initially killed 20",
    "were originally reported" in "20 were originally reported dead"."""
    words = c.sentence.words
    if c.cue is None or c.source not in ("after", "before"):
        return []
    start = c.np_end if c.source == "after" else max(0, c.cue - 2)
    return [w.lower() for w in words[start:c.cue]]


def _toll_told_first(c: Count) -> bool:
    """Whether the words right before a toll's noun tell it was given first: "The ministry had earlier put the death
    toll at 9", "had previously put the toll at" (not "put the death toll at 15", nor "the toll earlier rose to")."""
    words = c.sentence.words
    if c.cue is None or c.source != "toll":
        return False
    before = [w.lower() for w in words[max(0, c.cue - 4):c.cue]]
    return any(a in _FIRST_TOLD | _EARLIER and b in _TOLD for a, b in zip(before, before[1:]))


def _toll_words(c: Count) -> list[str]:
    """The words of a toll up to its figure ("bringing the toll to"), or, of one named after it, around both ("bringing
    to five the number of troops killed")."""
    words = c.sentence.words
    if c.cue is not None and c.cue > c.first:
        return [w.lower() for w in words[max(0, c.first - _BRINGING_WORDS):c.cue + _BRINGING_WORDS]]
    start = c.cue or 0
    for k in range(start - 1, max(-1, start - 2 - _NUMBER_OF_WORDS), -1):
        if words[k] == "number":
            start = k  # "bringing the number of troops killed in …": the participle is the cue
            break
    if start > 0 and words[start - 1] in _OVERALL:
        start -= 1  # "bringing the total number of people killed to 1,974": its verb is a word further
    return [w.lower() for w in words[max(0, start - _BRINGING_WORDS):c.first]]


def raises_toll(c: Count, given: dict[str, Given], lex: Lexicon) -> bool:
    """Whether a toll counts more than all the figures of its kind given before it: they are part of it, as the
    story told them so far ("killing eight soldiers. The death toll later rose to 12": 12 dead, not 20; "By Sunday,
    the number of dead had risen to 23"; "The governor later said 22 people had been killed"); so are those its
    sentence gave before it, when it counts at least the others ("killing at least four people. Rescuers pulled the
    body of a woman from the rubble, bringing the toll to four": 4 dead, not 9); a toll revised holds them whatever it
    counts ("killed 7 people. The toll was later revised to 6")."""
    same = given.get(c.category)
    if same is None or c.cue is None:
        return False
    inside = same.sentences.get(c.sentence.index, 0.0)
    more = c.amount > same.total or bool(inside) and c.amount >= same.total - inside
    before = c.sentence.words[max(0, c.first - _EARLIER_WORDS):c.first]  # (the words near it only: linear time)
    if c.source == "toll":
        toll = _toll_words(c)
        # a toll that grew ("rose to", "bringing the toll to"), not another source's figure ("hospital sources put the
        # toll at 17") nor the toll of something else ("Separately, the death toll from last week's earthquake rose")
        grown = not _TOLLS.isdisjoint(toll) and (not _GROWN.isdisjoint(toll) or _later_told(c, lex)
                                                 or _given_after_more(c)) \
            and not any(a == "last" and b in _PAST_SPANS for a, b in zip(toll, toll[1:]))
        revised = grown and not _REVISED.isdisjoint(toll)
    else:
        # (not more of them: "Police later said 7 soldiers had also been killed")
        grown = more and (any(a in _NEWER and b in lex.reporting_verbs for a, b in zip(before, before[1:]))
                          or _opens_later(c) or _in_total(c) or _risen_to(c)) and not told_as_more(c) \
            and ALSO not in c.sentence.words
        revised = False
    if not grown or not (more or revised):
        return False
    return not _elsewhere(c.sentence.words[:c.first]) and not _two_places(c.sentence, same.first)


def _given_after_more(c: Count) -> bool:
    """Whether a toll is told as given after more of its dead were found, a few words after its figure: "put the toll
    at 42 on Monday after four more bodies were found" (a toll that grew, by the more)."""
    words = c.sentence.words
    after = next((k for k in range(c.after, min(len(words), c.after + _GROWTH_WORDS)) if words[k] == "after"), None)
    return after is not None and not _MORE.isdisjoint(words[after + 1:after + 1 + _MORE_WORDS])


def _more_after(c: Count) -> bool:
    """Whether a count is told as more, after "after": "after four more bodies were found", "after another two died"
    (the more a toll of its sentence grew by)."""
    words = c.sentence.words
    return "after" in words[max(0, c.first - 2):c.first] and told_as_more(c)


_GROWTH_WORDS = 8  # words from a toll's figure to the "after" of the more it grew by ("at 42 on Monday evening after")
_MORE = frozenset({"more", "additional", "further", "another"})
_MORE_WORDS = 3  # words from that "after" to its "more" ("after another two", "after four more")


def _opens_later(c: Count) -> bool:
    """Whether a count's sentence opens with a phrase of later time set off before it ("Later in the day, a hospital
    official said 17 bodies had been brought in", "Later, police said 9 died"): a newer figure of the toll, as one a
    source "later said"."""
    words = c.sentence.words
    comma = next((k for k in range(1, min(c.first, _LATER_OPENER + 1)) if words[k] == ","), None)
    return comma is not None and words[0] == _LATER


_LATER = "later"
_LATER_OPENER = 6  # words of an opening phrase of later time, to its comma ("Later on Friday afternoon,")


def _risen_to(c: Count) -> bool:
    """Whether a toll that grew is brought to a count whose own words tell its category ("The toll in Kyiv has risen
    to four dead and 49 injured": both figures)."""
    words = c.sentence.words
    k = c.first - 1
    if k >= 0 and words[k] == "and":
        k -= 1
        while k >= 0 and c.first - k <= _JOINED_TOLL_WORDS and words[k] != "to":
            k -= 1
    return k >= 0 and words[k] == "to" and _grown_toll_before(c)


_JOINED_TOLL_WORDS = 5  # words back from "and" to the "to" of the toll's first figure: "to four people dead and"


def _in_total(c: Count) -> bool:
    """Whether a count is told as the total, a few words after it ("At least 31 people were killed in total", "in
    all", "altogether") or by an opening "In all," ("In total, 12 people were killed"): it holds the figures of its
    kind told before it (not "in all three attacks"); not in the perfect, a running total ("Carabobo state has
    received 2,100 refugees in total" after "183 refugees arrived")."""
    words = c.sentence.words
    if not _PERFECT.isdisjoint(w.lower() for w in words[max(0, c.first - _TOTAL_WORDS):c.np_end + _TOTAL_WORDS]):
        return False
    if [w.lower() for w in words[:3]] in (["in", "all", ","], ["in", "total", ","]):
        return True
    after = [w.lower() for w in words[c.np_end:c.np_end + _TOTAL_WORDS]] + [""]
    return "altogether" in after or any(a == "in" and b in _TOTALS and not after[k + 2][:1].isalnum()
                                        for k, (a, b) in enumerate(zip(after, after[1:])))


_TOTAL_WORDS = 6  # words after a counted phrase that may say it is the total ("were killed in total")
_TOTALS = frozenset({"total", "all"})
_PERFECT = frozenset({"has", "have"})


def _later_told(c: Count, lex: Lexicon) -> bool:
    """Whether a toll is one its source gave "later", a few words before its noun: "The government later put the toll
    at 160" after "killing 132", or "Later, officials put …" (a newer figure, as a toll that grew; not "Hospital
    officials put the toll at 15")."""
    words = c.sentence.words
    noun = min(c.cue, c.first)
    # (past what the toll counts, to its noun: "later put the number of people killed at 15")
    noun = next((k for k in range(noun, max(-1, noun - _NUMBER_OF_WORDS - 1), -1) if words[k] in _TOLLS), noun)
    before = words[max(0, noun - _EARLIER_WORDS - 1):noun]
    return words[:2] == ["later", ","] \
        or any(a in _NEWER and b in lex.reporting_verbs for a, b in zip(before, before[1:]))


def is_grown_toll(c: Count) -> bool:
    """Whether a count is a toll told as grown ("the death toll from last week's earthquake rose to 1,200"): news of
    the day, whatever day its incident was."""
    if c.source != "toll" or c.cue is None:
        return False
    toll = _toll_words(c)
    return not _TOLLS.isdisjoint(toll) and not _GROWN.isdisjoint(toll)


def disputes_toll(c: Count, given: dict[str, Given]) -> bool:
    """Whether a toll is another figure of the whole toll the story gave before, not one that grew (`raises_toll` is
    asked first): "killing at least 12 people, police said. Hospital officials put the death toll at 15", "Officials
    said 14 people died, while hospital sources put the toll at 17". The story has one toll of its incident, not the
    sum of its sources' figures; the lowest firm one is the story's (`conflicts.lowest_stands`). Not the toll of another
    matter ("Separately, the death toll from last week's earthquake rose to 1,200") nor of another incident."""
    same = given.get(c.category)
    if same is None or c.source != "toll" or c.cue is None or c.amount == same.total:
        return False
    toll = _toll_words(c)
    if _TOLLS.isdisjoint(toll) or any(a == "last" and b in _PAST_SPANS for a, b in zip(toll, toll[1:])):
        return False
    if _elsewhere(c.sentence.words[:c.first]) or _two_places(c.sentence, same.first):
        return False
    return all(one_incident(c.incident, e) for e in same.incidents)


def firms_vague(c: Count, kept: list[Count]) -> list[Count]:
    """The figures of its kind a figure told after them makes firm, when they were all vague: "Dozens of people were
    killed … Police said 40 people died", "Scores were killed. Police put the death toll at 60". The story's count is
    the number (they are kept aside, so that a sum of the dead counts it alone); not one told as more ("also",
    "another"), as a part ("two of the dead"), nor of another incident."""
    if c.hedge == _VAGUE or c.category not in TOLLED or c.singular:
        return []
    same = []
    for k in kept:  # (up to the first firm one: a story of many counts has one early, and each count asks)
        if k.category == c.category:
            if k.hedge != _VAGUE:
                return []
            same.append(k)
    words = c.sentence.words
    if not same or told_as_more(c) or says_also(c.sentence) or c.sentence.holds(_another_incident) \
            or (c.after < len(words) and words[c.after] == "of"):
        return []
    return same if all(one_incident(c.incident, k.incident) for k in same) else []


def vague_after_firm(c: Count, firm: set[str]) -> bool:
    """Whether a vague figure of the dead or wounded ("dozens", "scores", "several") comes after a firm figure of its
    kind the story kept: "Shelling killed 17 civilians … The army said it had killed dozens of fighters". It adds a
    guess to a number, which no sum of them can hold (kept aside, so that a sum of the dead counts the firm figures;
    a vague figure alone, or before a firm one, is the story's count: `firms_vague`). `firm` holds the categories of
    the figures kept so far that are not vague."""
    return c.hedge == _VAGUE and c.category in TOLLED and not c.singular and c.category in firm


def _reported_before(c: Count, lex: Lexicon) -> bool:
    """Whether a reporting verb, or "saying", comes before a count in its sentence, and no word of another act: "The
    Observatory said seven people were killed", not "Police said that in a second attack gunmen killed three"."""
    words = c.sentence.words[:c.first]
    if c.source == "before" and c.cue is not None and _CLAIMED_ACT.isdisjoint(words[max(0, c.cue - 2):c.cue]):
        return False  # "Police said gunmen attacked a village and killed three": an act told, not "it had killed 10"
    return _OTHER_ACT.isdisjoint(words) and any(w in lex.reporting_verbs or w == _SAYING for w in words)


def other_sources_figures(kept: list[Count], claimants: list[str | None], lex: Lexicon) -> list[Count]:
    """The figures of the dead or wounded that another source gives of the story's whole count of them, told after it
    ("An airstrike killed five people, activists said. The Observatory said seven people were killed"; "Three police
    officers were killed. Al-Shabaab claimed responsibility, saying it had killed 10 officers"): a figure of the one
    count, not more of them, as `disputes_toll` finds of a toll. The figure is the only one of its kind in its
    sentence (or its list is all of them, after people of no kind: "The army said 12 civilians and three soldiers were
    killed" after "killing at least 25 people"), of people (or of the kind counted before, or of a kind more than the
    people of no kind told before: "two people … four supporters"), from a source that gave no figure of it before,
    of the same incident, and told as no more than those ("also", "another", "more"), nor as a part of them ("two of
    the dead"), nor as those known ("the 49 people killed"); and the story gave that count in one sentence (figures
    of it in two or more may be of as many incidents). The source tells it: its reporting verb comes before the
    figure ("said seven people were killed", "saying it had killed 10"), not after an act told anew ("In a second
    attack, gunmen killed three people, an official said"). Bodies a source counted, or the dead it reported, are
    such a figure too ("said he had counted 15 bodies", "State media reported 11 dead")."""
    out = []
    # category → the claimants, kinds, events and sentences of its figures so far
    told: dict[str, tuple[set[str | None], set[str], list[Event | None], set[int]]] = {}
    per_sentence = Counter((c.sentence.index, c.category) for c in kept)
    sums: Counter[tuple[int, str]] = Counter()
    everyone = {counted_kind(h, lex) for h in lex.summary_heads} | {""}  # kinds of a count of people of no kind
    for c in kept:
        sums[c.sentence.index, c.category] += c.amount
    last: dict[str, Count] = {}  # the last figure of each category
    sentences: dict[int, SentenceTokens] = {}
    for c, claimant in zip(kept, claimants):
        if c.category not in TOLLED:
            continue
        words = c.sentence.words
        head = words[c.np_head - 1] if c.np_end > c.np_start else None
        kind = counted_kind(head, lex) if head is not None else ""
        source = claimant.lower() if claimant else None
        before = told.get(c.category)
        alone = per_sentence[c.sentence.index, c.category] == 1 or per_sentence[c.sentence.index, c.category] == 2 \
            and c.category in last and last[c.category].sentence is c.sentence and _contrasted(last[c.category], c, lex)
        # one list is all its sentence tells of them: "The army said 12 civilians and three soldiers were killed"
        listed = c.joined_total > 0 and c.joined_total == sums[c.sentence.index, c.category]
        if before is not None and source is not None and source not in before[0] and not c.singular \
                and len(before[3]) == 1 and (alone or listed) \
                and (c.source in ("after", "before") or c.source == "head" and head in lex.summary_heads
                     or listed and c.source == "chain") \
                and not (c.first > 0 and words[c.first - 1] in _KNOWN) \
                and (head is None or head in lex.summary_heads or kind in before[1]
                     or listed and before[1] <= everyone
                     or _claims_own_act(c, source, before[2], sentences[min(before[3])])
                     or _more_than_people_told(c, before[1] <= everyone, sums[min(before[3]), c.category], lex)) \
                and not told_as_more(c) and ALSO not in words and not c.sentence.holds(_another_incident) \
                and not (c.after < len(words) and words[c.after] == "of") \
                and all(one_incident(c.incident, e, told=True) for e in before[2]) and _reported_before(c, lex) \
                and not _two_places(c.sentence, sentences[min(before[3])]):
            out.append(c)
            continue
        last[c.category] = c
        sentences.setdefault(c.sentence.index, c.sentence)
        entry = told.setdefault(c.category, (set(), set(), [], set()))
        if of_attackers(c, lex):
            # the attackers' own dead are no figure of the victims ("blew himself up"), nor does their source give one
            # ("Mali's army said it had neutralised 19 assailants. It said 12 civilians and three soldiers were killed")
            continue
        entry[0].add(source)
        entry[1].add(kind)
        entry[2].append(c.incident)
        entry[3].add(c.sentence.index)
    return out


def _more_than_people_told(c: Count, of_people: bool, told: float, lex: Lexicon) -> bool:
    """Whether a count of a kind of people ("three demonstrators") from another source is more than the count of
    people of no kind the story told before (`told`, `of_people`: "At least two people were killed … The opposition
    said three demonstrators were shot dead"): more than the whole, it is no part of it, but the source's own figure
    of the same dead (not the attackers', a count of others, nor the dead of an answer to the story's attack)."""
    return of_people and c.amount > told and not of_attackers(c, lex) and not told_as_answer(c)


def denied_figures(kept: list[Count], claimants: list[str | None],
                   following: Callable[[int], SentenceTokens | None]) -> list[Count]:
    """The figures of harm a source claims that the text tells denied: in a clause after them (", which the army
    denied", ", a claim the police denied", "a figure denied by the ministry") or by the sentence after theirs ("The
    army denied the figure, saying three of its soldiers had been killed"). A denied claim is no count of the dead: the
    story's own figures are those no party disputes (`following` gives the tokens of a sentence after, or None)."""
    out = []
    denial: dict[int, bool] = {}  # sentence index → whether the sentence after it denies a figure or claim of it
    for c, claimant in zip(kept, claimants):
        if claimant is None or c.category not in TOLLED or c.reason is not None:
            continue
        index = c.sentence.index
        if index not in denial:
            after = following(index)
            denial[index] = after is not None and _denies_figure(after.words)
        if denial[index] or _denied_after(c.sentence.words, c.after):
            out.append(c)
    return out


def _denied_after(words: list[str], k: int) -> bool:
    """Whether the clause set off after a figure (from token k) denies it: ", which the army denied", ", a claim denied
    by the police"."""
    comma = next((j for j in range(k, min(len(words), k + _CLAIM_REACH)) if words[j] in (",", ";")), None)
    opener = [w.lower() for w in words[comma + 1:comma + 3]] if comma is not None else []
    if not opener or not (opener[0] == _WHICH or opener[0] in _ARTICLES and opener[1:] and opener[1] in _CLAIM_NOUNS):
        return False
    return any(w.lower() in _DENIALS for w in words[comma + 1:comma + 1 + _DENIAL_REACH])


def _denies_figure(words: list[str]) -> bool:
    """Whether a sentence opens with a verb of denial (past its subject) whose object is a figure or a claim ("The army
    denied the figure", "Officials rejected the rebels' claims")."""
    for j in range(min(len(words), _DENIAL_OPENER)):
        if words[j].lower() in _DENIALS:
            return any(w.lower() in _CLAIM_NOUNS for w in words[j + 1:j + 1 + _OBJECT_WORDS])
    return False


_DENIALS = frozenset({"denied", "denies", "deny", "rejected", "rejects", "disputed", "disputes", "dismissed"})
_CLAIM_NOUNS = frozenset({"figure", "figures", "claim", "claims", "toll", "tally", "number", "numbers"})
_WHICH = "which"  # ", which the army denied"
_ARTICLES = frozenset({"a", "an"})  # ", a claim the police denied", ", a figure the ministry disputed"
_CLAIM_REACH = 12  # tokens from a figure to the comma of a clause that denies it
_DENIAL_REACH = 8  # tokens from that comma to the verb of denial (", a claim that the country's army denied")
_DENIAL_OPENER = 8  # tokens from the start of the next sentence to its verb of denial ("The Congolese army denied")
_OBJECT_WORDS = 4  # tokens from the verb of denial to its object's noun ("denied the rebels' figure")


def _claims_own_act(c: Count, source: str, incidents: list[Event | None], act: SentenceTokens) -> bool:
    """Whether the doer of the story's killing tells the dead as its own act, naming them its own way: "The Israeli
    army said its forces had killed three armed terrorists" after "Four Palestinians were killed when Israeli forces
    stormed Jenin", "The rebels claimed to have killed 20 soldiers" after rebels ambushed them (the other side's figure
    of the dead, whatever kind of people the story counted them as; not "The army said it killed 15 militants" after
    "militants attacked their post": the attackers' dead, more of them), or tells its act again as their doer ("An
    official of Kemo said the air strikes had hit hideouts and killed 20 militants" after "Kemo's air strikes killed
    46 people": `act`, the sentence of the story's first figure, names the strikes)."""
    words = c.sentence.words
    if c.source != "before" or c.cue is None:
        return False
    # (past the quotation marks of the source's own word for the act: 'its troops had "neutralised" four gunmen')
    before = [w for w in words[max(0, c.cue - _OWN_ACTOR_WORDS - 2):c.cue] if w not in _QUOTE_MARKS]
    if _OWN_ACTORS.isdisjoint(before[-_OWN_ACTOR_WORDS:]) and before[-2:] != _TO_HAVE \
            and not act_named_again(words, c.cue, act):
        return False
    own = set(source.split()) - _SIDE_WORDS
    return any(e is not None and e.actor is not None and not own.isdisjoint(e.actor.lower().split()) for e in incidents)


# words of a source or a doer that name no side of their own ("the army", "its forces": whose is told by the rest)
_SIDE_WORDS = frozenset({"the", "a", "an", "its", "their", "forces", "force", "army", "military", "troops", "police",
                         "security", "spokesperson", "spokesman", "officials", "official", "ministry", "of"})
_OWN_ACTORS = frozenset({"it", "they", "we", "its", "their", "our"})
_OWN_ACTOR_WORDS = 3  # words before the verb that may name the source as its doer ("its forces had killed")
_TO_HAVE = ["to", "have"]
_QUOTE_MARKS = frozenset({'"', "'", "“", "”", "‘", "’"})


def _two_places(a: SentenceTokens, b: SentenceTokens | None) -> bool:
    """Whether two sentences tell of places in countries, none of them the same: their figures are of two places ("The
    disease has killed at least 400 people in Zimbabwe, the health ministry said. Its death toll passed 500 in Zambia"),
    not two sources' figures of one, nor one toll that grew. (A country named as a place, after "in": "US airstrikes
    killed 10 people in Raqqa" names none; nor does a town named as what a place is near: "south of Homs".)"""
    if b is None or a is b:
        return False
    here, there = _places(a), _places(b)
    if here and there:
        return here.isdisjoint(there)
    # … or towns or regions of one country, none of them the same: a live blog's toll of a strike on another city ("The
    # governor of Kharkiv region said 5 people were killed" after "Russia's attack on Kyiv killed 33")
    here, there = _towns(a), _towns(b)
    return bool(here) and bool(there) and here.isdisjoint(there)


def _towns(sent: SentenceTokens) -> set[str]:
    """The names of the towns and regions (no country) a sentence names as places, or as the seat of its official
    ("Kharkiv's governor", "the mayor of Kharkiv"), in lower case without their kind words ("Kharkiv region":
    kharkiv)."""
    lo, hi = sent.spans[0][0], sent.spans[-1][1]
    out: set[str] = set()
    named = [(p.text, p.country) for p in geo.find_places(sent.text, lo, hi)
             if p.locality and _VICINITY.search(sent.text, max(lo, p.start - _VICINITY_REACH), p.start) is None]
    for seat in _SEAT.finditer(sent.text, lo, hi):
        name = seat.group(1) or seat.group(2)
        named.append((name, geo.place_country(name)))
    for name, country in named:
        if country is None or _country_named(name):
            continue
        out |= geo.place_names(name)
        town = geo.best_locality(name, (country,))
        if town is not None and town.admin1:  # (a town is in its region: "Maru" in "Zamfara state")
            out.add(town.admin1.lower())
    return out


def _country_named(name: str) -> bool:
    """Whether a place's name is a country's, not a town's that stands for it ("Ukraine", not "Kyiv")."""
    code = geo.country_code(name)
    town = geo.best_locality(name) if code is not None else None
    return code is not None and (town is None or town.country != code)


# a place told as near a town, not the town ("near the town of Qatana", "south of Homs", "outside Kumasi", "20 km
# from Goma"): the ground around it may hold a town another sentence names, so it tells no place apart from it
_VICINITY = re.compile(r"\b(?:near|outside|(?:north|south|east|west)(?:-?(?:east|west))? of|(?:km|kilometres|"
                       r"kilometers|miles) (?:from|of))\s+(?:the\s+(?:\w+\s+)?)?"
                       r"(?:(?:town|city|village|district) of\s+)?$", re.IGNORECASE)
_VICINITY_REACH = 40  # characters before a place its vicinity words may take ("south-east of the border town of")

# the town or region an official speaks for: "Kharkiv's governor", "Kharkiv regional governor", "the mayor of Kharkiv"
_SEAT = re.compile(r"\b([A-Z][\w-]+)(?:['’]s)?\s+(?:regional\s+|city\s+)?(?:governor|mayor)\b"
                   r"|\b(?:governor|mayor)\s+of\s+([A-Z][\w-]+)")


def _places(sent: SentenceTokens) -> set[str]:
    """The countries a sentence names after "in", or "in" and one word ("in neighbouring Syria")."""
    if not sent.spans or _IN not in sent.words:
        return set()
    out = set()
    for m in geo.find_countries(sent.text, sent.spans[0][0], sent.spans[-1][1]):
        before = sent.text[max(sent.spans[0][0], m.start - _IN_REACH):m.start].lower().split()
        if _IN in before[-2:]:
            out.add(m.code)
    return out


def _contrasted(a: Count, b: Count, lex: Lexicon) -> bool:
    """Whether count b is told by a source of its own after count a in their sentence, past a contrast: "Officials
    said the strike killed 8 people, but residents said at least 15 died", "…; the government said five died"."""
    between = [w.lower() for w in a.sentence.words[a.after:b.first]]
    k = next((k for k, w in enumerate(between) if w in _CONTRASTS), None)
    return k is not None and any(w in lex.reporting_verbs for w in between[k + 1:])


def _grown_toll_before(c: Count) -> bool:
    """Whether a toll that grew is told before a count in its sentence ("The death toll rose to 15 after …"), also by
    a verb before its noun ("raised the number of dead to 40, saying nine more bodies had been recovered", "raised the
    death toll to 11 as three more bodies were brought up")."""
    words = c.sentence.words[max(0, c.first - 2 * _TOLL_OF_WORDS):c.first]
    k = next((k for k, w in enumerate(words) if w in _TOLLS), None)
    return k is not None and not _GROWN.isdisjoint(words[max(0, k - _BRINGING_WORDS - 1):])  # ("raised the death")


def is_singular_count(c: Count, lex: Lexicon) -> bool:
    """Whether "a man" is a count: a casualty verb governs it, not a noun ("the killing of a citizen" is background)."""
    if c.category not in lex.singular_categories:
        return False
    if c.np_end - c.np_start == 1 and c.sentence.is_acronym(c.np_start) \
            and c.sentence.words[c.np_start] not in lex.persons:
        return False  # "neutralised an IED", "shot down a UAV": a thing named by its acronym, no one (not "the MP")
    if c.np_end > c.np_start and c.sentence.words[c.np_head - 1] in lex.summary_before:
        return False  # "gave a higher toll of seven dead", "a total of": a figure's noun, no one
    if _body_part_head(c):
        return False  # "a human head was found": a part of one dead, no one yet
    if c.np_end > c.np_start and c.sentence.words[c.np_head - 1] in lex.arms:
        return False  # "a man who detonated a homemade bomb has been jailed": the weapon, no one held
    if c.source == "after" and c.first > 0 and c.sentence.words[c.first - 1] in _WHERE_PREPOSITIONS:
        return False  # "A suicide bomber on a motorcycle blew himself up": where the subject was, the verb is its
    if c.np_end > c.np_start and c.sentence.words[c.np_head - 1] in _RECORDS:
        return False  # "said in a statement that at least five people had been killed": where it was said, no one
    if c.source == "after" and c.cue is not None and not _NOT.isdisjoint(c.sentence.words[c.np_end:c.cue]):
        return False  # "Being a member of a dynasty can't hurt", "a soldier was not hurt": no harm done to one
    if c.source in ("before", "chain") and _teller_set_off(c):
        return False  # "shot dead 13 men, the district commissioner, Ali Khan, told reporters": who told, no victim
    words = c.sentence.words
    if c.source == "after" and c.cue is not None and c.np_end > c.np_start and words[c.np_head - 1] in _ONE_OR_MANY \
            and not _PLURAL_AUXILIARIES.isdisjoint(words[c.np_end:c.cue]) \
            and all(w in lex.after_skip for w in words[c.np_end:c.cue]):
        return False  # "The accused were booked under sections …": a noun of one or many, told of many by its verb
    return c.source in ("after", "before", "chain") or (
        c.source == "toll" and (c.sentence.words[c.cue] in lex.body_nouns or _resulting_death(c.sentence, c.cue))) \
        or _found_body(c, lex)


def _teller_set_off(c: Count) -> bool:
    """Whether one person told after a comma, past what he is of and his name set off ("the police chief of the
    district, Ali Khan,"), is the subject of a verb of telling: the source of the clause before ("killed five
    villagers, the governor said"; "shot dead 13 men, the commissioner, Ali Khan, had told reporters")."""
    words = c.sentence.words
    if c.first < 1 or words[c.first - 1] != ",":
        return False
    for k in range(c.np_end, min(len(words), c.np_end + _TELLER_REACH)):
        w = words[k].lower()
        if w in _TELLING:
            return True
        if w in _TELLER_BOUNDS:
            return False
    return False


_TELLING = frozenset({"said", "says", "told", "tells", "added", "reported", "announced", "confirmed", "stated"})
_TELLER_BOUNDS = frozenset({".", ";", ":", "and", "while", "who", "when", "after", "before"})
_TELLER_REACH = 10  # tokens from the person's noun to the verb ("of Kalat , Bilal Shabbir , had told")


# Adjectives as nouns of one or many people ("the accused", "the deceased"), one only by a singular verb
_ONE_OR_MANY = frozenset({"accused", "deceased", "injured", "wounded", "detained", "arrested", "abducted", "kidnapped"})

# What words are said or written in, never one of the dead: "a statement", "a report", "a post on X".
_RECORDS = frozenset({"statement", "report", "post", "tweet", "letter", "interview", "briefing", "communique",
                      "communiqué", "release", "video", "speech", "message", "note", "conference", "bulletin",
                      "notice", "update", "assessment"})


def _body_part_head(c: Count) -> bool:
    """Whether a "head" is a part of a body, not a person at the head of something: alone ("the head was found") or
    after a word of a body ("a human head", "a severed head"); "a village head" and "the head of the council" are
    persons."""
    words = c.sentence.words
    if c.np_end <= c.np_start or words[c.np_head - 1] != _HEAD:
        return False
    if c.np_end - c.np_start == 1:
        return not (c.np_end < len(words) and words[c.np_end] == "of")
    return words[c.np_head - 2] in _BODY_PART_WORDS


def _found_body(c: Count, lex: Lexicon) -> bool:
    """Whether "a body" is one dead: found ("A body with gunshot wounds was found in Celaya", "Police discovered a
    corpse"), as "the body of a man" is; not "a governing body" nor "a body of evidence", which nobody finds, nor the
    body of a person counted already ("a man's body", "his body", "a body of a man": the man)."""
    sent, words = c.sentence, c.sentence.words
    if c.source != "head" or words[c.np_head - 1] not in lex.body_nouns or words[c.first] not in INDEFINITE \
            or any(w.endswith(("'s", "’s")) for w in words[c.np_start:c.np_head]) \
            or c.np_end < len(words) and words[c.np_end] == "of":
        return False
    if c.first > 0 and words[c.first - 1] in lex.finding_verbs:
        return True
    k = c.np_end  # past a phrase of what it bore ("with signs of torture") to the passive of its verb
    while k < min(len(words), c.np_end + _BODY_WORDS) and sent.is_word(k) and words[k] not in lex.finding_verbs:
        k += 1
    return k < len(words) and words[k] in lex.finding_verbs and words[k - 1] in _PASSIVE_AUXILIARIES


def _distributive(words: list[str]) -> bool:
    """Whether a sentence tells those given before one by one: "… and the other …", "… and the rest …" (not "in the
    other two", "the other villages": others of something else, counted or named)."""
    return any(a == "the" and b in _REST and not (c[:1].isdigit() or c in _FEW or len(c) > 3 and c.endswith("s"))
               for a, b, c in zip(words, words[1:], [*words[2:], ""]))


def _relative_act(c: Count) -> bool:
    """Whether a count is the object of a verb in a relative clause: "two men who allegedly shot dead a man"."""
    words = c.sentence.words
    return c.source == "before" and c.cue is not None and not _RELATIVES.isdisjoint(words[max(0, c.cue - 2):c.cue])


@dataclass(slots=True)
class Given:
    """The figures of one category already kept: their sum and their amounts, for `restates` to compare
    a new count with in constant time however many came before."""
    total: float = 0.0
    amounts: set[float] = field(default_factory=set)
    largest: float = 0.0  # the largest of them
    perpetrators: bool = False  # one of them counted the attackers ("a suicide bomber blew herself up")
    victims: bool = False  # one of them counted others than the attackers
    sentences: dict[int, float] = field(default_factory=dict)  # the sentences that gave them → the sum each gave
    tolls: set[int] = field(default_factory=set)  # the sentences that told a toll of them, kept or told again
    # one of them counted victims of the story's act, not of an act a clause tells of the doers ("two men who allegedly
    # shot dead a man clashed with police")
    acted: bool = False
    # the kind of people each counted and its amount → the events they were of
    kinds: dict[tuple[str, float], list[Event | None]] = field(default_factory=dict)
    incidents: list[Event | None] = field(default_factory=list)  # the event of each
    # the amount of each that counted people of no kind ("killing two people") → the events they were of
    people: dict[float, list[Event | None]] = field(default_factory=dict)
    first: SentenceTokens | None = None  # the sentence of the first of them
    spell: bool = False  # one of them is a toll over a span of days, which holds the figures told after it
    grown: tuple[SentenceTokens, float] | None = None  # the sentence and amount of a toll of them told as grown, the
    # last one
    days: dict[int, frozenset[str]] = field(default_factory=dict)  # a sentence → the weekdays and months it names
    parts: dict[int, float] = field(default_factory=dict)  # the sentences that told parts of them → the parts' sum
    retold: set[int] = field(default_factory=set)  # the sentences that told some of them again
    listing: set[int] = field(default_factory=set)  # the sentences of parts that list the dead ("Among the dead were")

    def add(self, c: Count, lex: Lexicon) -> None:
        if self.first is None:
            self.first = c.sentence
        self.total += c.amount
        self.amounts.add(c.amount)
        self.largest = max(self.largest, c.amount)
        self.sentences[c.sentence.index] = self.sentences.get(c.sentence.index, 0.0) + c.amount
        self.told(c)
        if is_grown_toll(c):
            self.grown = (c.sentence, c.amount)
        self.incidents.append(c.incident)
        self.spell = self.spell or c.spell
        if c.np_end > c.np_start:
            head = c.sentence.words[c.np_head - 1]
            self.kinds.setdefault((counted_kind(head, lex), c.amount), []).append(c.incident)
            if head in lex.summary_heads:
                self.people.setdefault(c.amount, []).append(c.incident)
        if of_attackers(c, lex):
            self.perpetrators = True  # (the doer's own death told after an act: "before killing himself")
        else:
            self.victims = True
            self.acted = self.acted or not _relative_act(c)

    def told(self, c: Count, how: str | None = None) -> None:
        """Note a count of them kept or told again (`how`: "part" for a part of them): a toll holds the deaths its
        sentence tells after it ("The death toll has risen to three after a man died in hospital"), and the others
        told beside a part are the rest of the whole ("Three of them died at the scene and two others in hospital")."""
        if c.source == "toll":
            self.tolls.add(c.sentence.index)
        if how == "part":
            self.parts[c.sentence.index] = self.parts.get(c.sentence.index, 0.0) + c.amount
            if lists_the_dead(c):
                self.listing.add(c.sentence.index)
        if how is not None:
            self.retold.add(c.sentence.index)


def _by_state_force(words: list[str], k: int) -> bool:
    """Whether the clause after token k tells a state's force as the doer ("… were shot dead by police", "killed by
    security forces"): those it killed were no victims of the attack told before, but its doers."""
    for j in range(k, min(len(words) - 1, k + _BY_REACH)):
        if words[j] in (",", ";", "."):
            return False
        if words[j] == "by":
            return not _STATE_FORCES.isdisjoint(words[j + 1:j + 4])
    return False


def _them_the_doers(c: Count, lex: Lexicon) -> bool:
    """Whether the "them" of "N of them" are attackers its sentence named last before it ("Troops pursued the
    attackers and killed eight of them"), not people of another kind ("Gunmen killed 12 people; two of them were
    children")."""
    words = c.sentence.words
    for k in range(c.first - 1, max(-1, c.first - 1 - _THEM_WORDS), -1):
        w = words[k]
        if w in lex.perpetrators:
            return True
        if w in lex.persons or w in _PEOPLE_NOUNS or w.endswith("s") and w[:-1] in lex.persons:
            return False
    return False


_THEM_WORDS = 12  # words back from "N of them" to the people it refers to ("chased the gunmen into the hills and")
_PEOPLE_NOUNS = frozenset({"people", "persons", "children", "civilians", "troops", "police", "residents", "villagers"})
_IN = "in"
_IN_REACH = 30  # characters before a country searched for the "in" of a place ("in neighbouring Zambia")
_BY_REACH = 8  # tokens from a count to the "by" of its verb ("two of them were later shot dead by police")
_STATE_FORCES = frozenset({"police", "policemen", "troops", "soldiers", "security", "army", "officers", "gendarmes",
                           "military", "forces", "commandos"})


def _another_incident(words: list[str]) -> bool:
    """Whether a sentence (its words) tells of another incident than those before it: "In a separate attack",
    "Meanwhile", "On the same day, Russian forces shelled Huliaipole" (asked as `SentenceTokens.holds`, once per
    sentence)."""
    return _elsewhere(words) or any((a, b) == _SAME_DAY for a, b in zip(words, words[1:]))


def _elsewhere(words: list[str]) -> bool:
    """Whether words tell of another incident or matter ("Separately", "In another attack"), not of another teller of
    the same ("Another source put the toll at 60")."""
    low = [w.lower() for w in words]
    return any(w in _ELSEWHERE and not (w == "another" and k + 1 < len(low) and low[k + 1] in _TELLERS)
               for k, w in enumerate(low))


def _clause_after(a: Count, b: Count) -> bool:
    """Whether count b opens a clause of its own joined after the verb of count a in their sentence: "Three officers
    were killed; one of the assailants also died", "… were killed and one of the attackers died" (not "were killed
    when one of the attackers …", whose clause tells how)."""
    words = a.sentence.words
    return a.sentence is b.sentence and a.source == "after" and b.source == "after" and a.cue is not None \
        and a.cue < b.first and bool(_CLAUSE_JOINERS & set(words[a.cue + 1:b.first]))


def restates(c: Count, given: dict[str, Given], lex: Lexicon, referent: Count | None = None) -> str | None:
    """Whether a count only repeats figures already given, and how: "restated" for a total equal to their sum or "the 3
    soldiers", "part" for a part of them ("one of the victims"); else None. `referent` is the count kept last, the one
    "of them" refers to."""
    same = given.get(c.category)
    if same is None or c.category == "other":
        return None
    words = c.sentence.words
    if left_out_of_toll(c):
        return None  # "The toll rose to 17, not counting the four attackers": four more dead
    if c.sentence.index in same.tolls and (_grown_toll_before(c) or _more_after(c)):
        # in a toll its sentence raised before it: "The death toll rose to 15 after two more victims died" (the two
        # are in the 15), "The death toll has risen to three after a man died in hospital" (a toll told again), or
        # the more its toll was given after: "put the toll at 42 after four more bodies were found"
        return "part"
    if c.category == "captured" and _freed(c, lex):
        return "part"  # "Gunmen seized 20 hostages. Three hostages were later freed.": three of the 20
    if _rest_of_parts(c, same) or _growth_of_toll(c, same):
        # "killing five. Three of them died at the scene, while two others died in hospital": the rest of the five;
        # "The toll rose to 20. Eight more bodies were pulled from the mud overnight": the eight the toll grew by
        return "part"
    if c.np_end > c.np_start and same_people_again(c, same.kinds, counted_kind(words[c.np_head - 1], lex)):
        return "restated"  # "Both bombers also died" after "Two suicide bombers blew themselves up"
    if same.grown is None and rest_after_part(c, same.parts, same.listing, same.largest) \
            and not of_attackers(c, lex) and not c.sentence.holds(_another_incident):
        return "part"  # "A girl died later in hospital" after "Three of the victims died at the scene" (not "The
        # bomber blew himself up": the attackers' dead are no rest of their victims' toll; the parts of a toll told
        # as grown are the days it grew over, tolls.spelled_out's)
    if c.amount in same.amounts and disputes_toll(c, given):
        # "The toll of 129, he cautioned, could still rise" after "At least 129 people were killed. Seven attackers
        # died.": a figure given before, told again as the toll (no other source's figure of it)
        return "restated"
    if told_as_more(c) and not (c.joined_total == same.total and _gapped(c, lex)):
        return None  # "10 more bodies were found": added to those given (but "Eight victims died at the scene and
        # three more in hospital" after "killed 11 people": the more of a list that tells the toll again)
    if same.spell and c.amount < same.total and c.sentence.index not in same.sentences and not c.spell \
            and ALSO not in words and not c.sentence.holds(_another_incident) \
            and not _two_places(c.sentence, same.first):
        return "part"  # "On Friday, troops fired on a crowd, killing one man" after "At least 41 people have been
        # killed in the clashes since Tuesday": one of the 41, the toll of the spell of violence the story tells
    if c.listed is not None:
        # "… and three children" after "Among the dead were four women": as the first part, or as it would have been
        # when it had no verb of its own to be kept ("The dead included a girl and her grandmother" after "killing
        # three civilians": both are of the three)
        lead = c.listed
        if lead.restated:
            return lead.reason or "part"
        return "part" if lead.singular and not is_singular_count(lead, lex) and _part_word_before(lead) else None
    if _part_word_before(c):
        return "part"  # "Among the dead were three children": part of those given
    if _among_after(c) and any(index < c.sentence.index for index in same.sentences):
        return "part"  # "Two children were among the dead" after "killing eight": two of the eight (but "A mother and
        # child were among the dead" alone: two people, the second no part of the first)
    if c.np_end == c.np_start and c.amount < same.total and _distributive(words):
        return "part"  # "killed two civilians … One was burnt alive and the other was stoned to death": one of the two
    head = words[c.np_head - 1] if c.np_end > c.np_start else None
    if c.after + 1 < len(words) and words[c.after] == "of" and words[c.after + 1] in lex.partitive:
        # "one of the men who died": part of a count already given; but "one of the wounded later died" is one more
        # dead, taken from a count of another kind (unless its sentence gave the count it is in: "the toll rose to 29
        # after three of the wounded died")
        if words[c.after + 1] == "them" and same.acted and not same.perpetrators and (
                _by_state_force(words, c.after) or _them_the_doers(c, lex)):
            return None  # "Gunmen killed three guards before two of them were shot dead by police", "Troops chased
            # the gunmen and killed five of them": the gunmen
        if of_their_own_people(c, lex) and not any(one_incident(c.incident, e) for e in same.incidents):
            return None  # "On Wednesday, militants attacked farmers in Jere, killing nine of them": another attack
        if words[c.after + 1] in _OF_WHOM and referent is not None:
            # "wounded 5, two of whom later died": of the count told last, which may be of another kind
            return "part" if referent.category in (c.category, "casualties", "other") else None
        if head in lex.perpetrators and same.acted and not same.perpetrators and (
                c.sentence.index not in same.sentences
                or referent is not None and _joined(referent, c, lex) and "and" in words[referent.np_end:c.first]
                or referent is not None and _clause_after(referent, c) or in_addition_to(c.sentence, c.first)):
            return None  # "Seven people were killed. Two of the assailants were also killed", "Six soldiers and 15
            # of the attackers were killed", "Three officers were killed; one of the assailants also died", "38 people
            # died, along with two of the attackers": the attackers, no victims told again
        if not same.victims and c.after + 2 < len(words) and words[c.after + 2] not in lex.perpetrators \
                and (words[c.after + 2],) not in lex.after_cues:
            return None  # "The assailant was shot dead. One of the victims died": no part of the attackers (but
            # "one of the dead": of those given)
        if same.acted and of_the_attackers_side(c, (kind for kind, _ in same.kinds), lex):
            return None  # "A soldier was killed when rebels ambushed a convoy, and four of the rebels were killed"
        if same.acted and armed_killed_after(c, same.kinds, same.sentences, lex):
            return None  # "Two guards were killed. Troops returned fire, killing five of the smugglers": more dead
        return "part" if lex.head_nouns.get(head or "", c.category) in (c.category, "casualties") \
            or c.sentence.index in same.sentences else None
    if c.singular and words[c.first] in _PRONOUNS and not same.perpetrators and c.doer:
        return None  # "a gunman … killing two people before he was shot dead": the gunman, no victim told again
    before = set(words[max(0, c.first - 3):c.first])
    # (a head that only repeats the category is one too: "five injured" after "wounded five")
    summary = head is None or head in lex.summary_heads or counted_kind(head, lex) == "" \
        or bool(before & lex.summary_before)
    if summary and c.amount == same.total and not _told_also(c):
        return "restated"  # (not "Five people were also killed" after "killed 5 soldiers": five more)
    if head is not None and (not c.singular or c.joined_total > c.amount) and c.sentence.index not in same.sentences \
            and not c.sentence.holds(_another_incident):
        # "Twelve villagers were killed," the spokesman said, after "Gunmen killed 12 villagers": those 12, of the
        # same incident (not "3 soldiers were killed near Tadur" on another day, nor in "another" attack); and the
        # whole toll told again of its kind: "Two civilians were killed," after "killing two people" (not "Two
        # soldiers were also killed"); one person of a list too: "An officer and two conscripts were killed" after
        # "cost the lives of an officer and two conscripts"
        incidents = same.kinds.get((counted_kind(head, lex), c.amount), [])
        if c.amount == same.total and ALSO not in words:
            # (the teller's own people, or members of no kind, are those given whatever noun named them: "We lost two
            # of our officers," the commander said, after "Two police reservists were killed"; "Two members died")
            incidents = incidents + (same.incidents if _own_or_bare(c, head, lex) else same.people.get(c.amount, []))
        elif c.amount in same.amounts and _our_own(c) and not same.retold.isdisjoint(
                (c.sentence.index, c.sentence.index - 1)):
            # "'Seven of the enemy were killed, and we also lost three of our men,' the colonel said" after "Three
            # soldiers and seven rebels were killed": the teller's own dead, one figure given before told again beside
            # the enemy's, told again in their sentence or the one before (its "also" sets them beside those, no more
            # dead; not "We also lost two of our officers" alone, after "Two soldiers were killed": two more)
            incidents = incidents + same.incidents
        if any(one_incident(c.incident, e) for e in incidents):
            return "restated"
    found = c.cue is not None and (words[c.cue] in lex.body_nouns and c.source in ("toll", "head")
                                   or words[c.cue] in lex.hospital_cues
                                   or c.category == "wounded" and not _HOSPITAL.isdisjoint(words[c.cue:c.cue + 3]))
    lead = same.sentences.get(same.first.index) if same.first is not None else None
    if (c.joined_total in (same.total, lead) or found and c.amount < same.total) and _told_again(c, same):
        # "A man and a woman were killed when a drone hit …" after "killed two people": the toll told again as a list;
        # "Nasser Hospital received the bodies of 12 people" after "killed at least 43": some of the dead, found; "Six
        # people were hospitalized" after "wounded 14": some of the wounded; "Five civilians and three policemen were
        # killed" after "leaving at least eight people dead" and "killing the four gunmen": the lead toll told again
        return "restated" if c.joined_total in (same.total, lead) else "part"
    if c.singular and words[c.first] in _FIRST_PERSON and c.sentence.index not in same.sentences \
            and max(c.joined_total, c.amount) < same.total and not _told_also(c) and ALSO not in words \
            and not c.sentence.holds(_another_incident) and any(one_incident(c.incident, e) for e in same.incidents):
        return "part"  # "My father and my uncle were killed," a survivor said, after "killing 14 people": two of them
    joined = referent is not None and _joined(referent, c, lex)
    if c.singular and c.source != "chain" and (words[c.first] in lex.definite_before or words[c.first] in _PRONOUNS) and (
            head not in lex.perpetrators or same.perpetrators) and not joined and not _also_before_verb(c):
        return "restated"  # "the man was killed" after a count of the killed: one of those, told again (the attacker is
        # not one of the victims; "Ali Musa and the mayor were killed": one joined to it is another; "The councillor's
        # bodyguard was also killed": one more)
    if c.named and c.singular and not joined and c.amount < same.total and same.acted and not same.perpetrators \
            and not _told_also(c) and _told_again(c, same):
        return "part"  # "Killed were Jaylen Moss, 16, and Andre Price" after "killed two teenagers": one of the two
        # named (not "Sergeant Ali Musa was also killed", nor one shot dead on another day or in another place)
    if c.named and c.singular and not joined and same.victims and (c.amount < same.total or not same.perpetrators) \
            and ALSO not in words and titled_victim_again(c, same.incidents, lex) \
            and not c.sentence.holds(_another_incident):
        return "part"  # "Sergeant Ali Musa died at the scene" after "A policeman was shot dead … Two of the gunmen were
        # killed": the policeman, told by name and rank
    described = _definite_description(c, lex)
    if described is not None and not joined and not _also_before_verb(c) and (
            words[described] not in lex.perpetrators or same.perpetrators):
        return "restated"  # "The assailant, Omar Mateen, was killed by police" after "In addition to the assailant, 49
        # people were killed": the assailant told again, by his name
    if c.first > 0 and (words[c.first - 1] in POSSESSIVES or words[c.first - 1] == _WHOSE) and not c.singular \
            and c.amount < same.total \
            and c.sentence.index not in same.sentences and ALSO not in words and not told_as_more(c) \
            and not c.sentence.holds(_another_incident) and (words[c.first - 1] == _WHOSE or any(
                one_incident(c.incident, e) for e in same.incidents)):
        return "part"  # "They killed my two brothers," a resident said, after "killed at least 30 people": two of them
        # (and so are a relative's: "a woman whose two sons were killed", after "killing four civilians", whatever
        # event the person, one of the wounded, is read with; a past incident's kept aside before)
    definite = c.first > 0 and words[c.first - 1] in lex.definite_before
    return "restated" if definite and c.amount in same.amounts else None


def _rest_of_parts(c: Count, same: Given) -> bool:
    """Whether a count of "others" is told in the sentence of a part of the figures given, or in the sentence after it,
    and with it sums to no more than them: the rest of the same whole ("Three of the victims died at the scene, while
    two others died in hospital" after "killing five"; "Nine of the dead were taken to the district hospital. Four
    others died at a clinic in the next town" after "killed 13"), not more of them ("Two of them were children; eight
    others were wounded nearby")."""
    index = c.sentence.index
    if index not in same.parts and index - 1 not in same.parts:
        return False
    part = same.parts.get(index, 0.0) + same.parts.get(index - 1, 0.0)
    words = c.sentence.words
    return c.np_end > c.np_start and not _OTHERS.isdisjoint(words[c.after:c.np_head]) \
        and part + c.amount <= same.total and ALSO not in words


_OTHERS = frozenset({"others", "other"})  # ("two others", "three other people")


def _growth_of_toll(c: Count, same: Given) -> bool:
    """Whether a count told as more ("Eight more bodies were found", "ten more of the injured died") follows, in a later
    sentence, a toll of its kind told as grown and is less than it: the more the toll grew by, in it ("The toll rose to
    20 on Tuesday"), not more on top. Not when its sentence tells a time of its own ("On Wednesday, eight more bodies
    were found", "Two more people died on Tuesday": past the toll's day), nor "also" or "another" incident."""
    if same.grown is None or not told_as_more(c):
        return False
    sentence, toll = same.grown
    words = c.sentence.words
    return c.sentence.index > sentence.index and c.amount < toll and toll == same.total and ALSO not in words \
        and not c.sentence.holds(_another_incident) and not opens_with_time(c) \
        and _days_named(c.sentence, same.days) <= _days_named(sentence, same.days)


def _days_named(sent: SentenceTokens, seen: dict[int, frozenset[str]]) -> frozenset[str]:
    """The weekdays and months a sentence names ("Two more people died on Tuesday": a day of its own, which may be
    after the day of a toll told before); `seen` keeps them, read once per sentence."""
    if sent.index not in seen:
        seen[sent.index] = frozenset(w.lower() for w in sent.words if is_calendar_word(w.capitalize()))
    return seen[sent.index]


def _our_own(c: Count) -> bool:
    """Whether a count names the teller's own people ("our three officers", "three of our men")."""
    words = c.sentence.words
    return c.first > 0 and words[c.first - 1] in _FIRST_PERSON \
        or c.after + 1 < len(words) and words[c.after] == "of" and words[c.after + 1] in _FIRST_PERSON


def _own_or_bare(c: Count, head: str, lex: Lexicon) -> bool:
    """Whether a count names the teller's own people ("our two officers", "two of our officers") or members of no
    group ("Two members died"), and so may tell again a toll given of another noun of them."""
    words = c.sentence.words
    if _our_own(c):
        return True
    return counted_kind(head, lex) == _MEMBERS_KIND and words[c.np_end:c.np_end + 1] != ["of"]


_MEMBERS_KIND = "members"  # the kind of "members", of no group when no "of" names it


def _told_again(c: Count, same: Given) -> bool:
    """Whether a count in a later sentence than the figures of its kind given, of the same incident, may tell them
    again (not "Five more were also killed", nor in "another" attack)."""
    words = c.sentence.words
    return c.sentence.index not in same.sentences and ALSO not in words and not c.sentence.holds(_another_incident) \
        and any(one_incident(c.incident, e) for e in same.incidents)


def _definite_description(c: Count, lex: Lexicon) -> int | None:
    """The head of the definite description of one person a named count stands in commas after ("The assailant, Omar
    Mateen, was killed"; also past the person's age before the name: "The driver, 52-year-old Paul Mensah,"), or
    None."""
    words = c.sentence.words
    comma = c.first - 1 - (c.first > 0 and _AGE_WORD.fullmatch(words[c.first - 1]) is not None)
    if comma >= 2 and words[comma] == _AS and words[comma - 1] in _NAMING:
        comma -= 2  # "The driver, identified as Ali Musa, was killed": the name the description is told by
    if not c.named or comma < 2 or words[comma] != ",":
        return None
    head = comma - 1
    k = head - 1
    while k >= 0 and head - k <= _DESCRIPTION_WORDS and words[k] not in lex.definite_before and c.sentence.is_word(k):
        k -= 1
    if k < 0 or words[k] not in lex.definite_before or k > 0 and c.sentence.is_word(k - 1):
        return None  # (only a description that opens its clause: not "killed the guard, Ali Musa, and …")
    return head if words[head] in lex.persons or words[head] in lex.perpetrators else None


_DESCRIPTION_WORDS = 3  # words between "the" and the head of a description of one person ("the lone Pulse gunman")


def _told_also(c: Count) -> bool:
    """Whether "also" stands right before a count's verb, after it or before it: "were also killed", "also killed"."""
    words = c.sentence.words
    return _also_before_verb(c) or c.source == "before" and c.cue is not None and c.cue > 0 \
        and words[c.cue - 1] == ALSO


def _also_before_verb(c: Count) -> bool:
    """Whether "also" stands between a count's phrase and its verb after it ("was also killed"), or an ellipsis of the
    verb before it tells as much ("…, as did his passenger"), or a pronoun is of one more its sentence brought in ("A
    second victim … where she later died"): more of the kind."""
    return c.source == "after" and c.cue is not None and ALSO in c.sentence.words[c.np_end:c.cue] \
        or told_by_ellipsis(c) or one_more_before(c)


def _names_place(sent: SentenceTokens, k: int) -> bool:
    """Whether a name follows the preposition at k, past "the": "in Kharkiv", "in the Kherson region" (not "in May",
    "in critical condition")."""
    words = sent.words
    j = k + 1 + (k + 1 < len(words) and words[k + 1] == "the")
    return j < len(words) and sent.is_capitalized(j) and not is_calendar_word(sent.text[slice(*sent.spans[j])])


def breakdowns(kept: list[Count]) -> list[Count]:
    """The counts that break a toll told before down: two or more of its kind in later sentences, of one day, summing
    to it ("killing at least 11 people" then "In Kyiv, four people were killed. In Lviv, three people died and in
    Dnipro four were killed": parts of the 11, told again), or of the days a toll that grew grew over ("The death toll
    rose to 15. Twelve people were killed on Friday and three more died overnight"). Counts that fall short of a toll or
    pass it, or that "also" or "another" adds to a toll that did not grow, are counts of their own ("A bomb killed 12
    people in Kabul. In Kandahar, 3 policemen were killed")."""
    found: list[Count] = []
    # per category: the toll the counts after it may break down, and those that do so far, with their sum
    open_tolls: dict[str, tuple[Count, list[Count], float]] = {}
    for c in kept:
        if c.category not in _HARMED:
            continue
        toll, parts, total = open_tolls.get(c.category, (None, [], 0.0))
        words = c.sentence.words
        # (a toll that grew is broken down by the days it grew over: "rose to 15 on Saturday. Twelve people were killed
        # on Friday and three more died in hospital overnight")
        grown = toll is not None and is_grown_toll(toll)
        # (the others told after a part in its sentence are the rest of the toll: "Two were declared dead on arrival
        # and two others died overnight")
        rest = bool(parts) and parts[-1].sentence is c.sentence and not _OTHERS.isdisjoint(words[c.after:c.np_head])
        if toll is None or c.sentence.index <= toll.sentence.index or total + c.amount > toll.amount \
                or not grown and (told_as_more(c) and not rest or ALSO in words or other_day(toll, c)) \
                or c.sentence.holds(_another_incident) and not (parts and _next_part(words)):
            open_tolls[c.category] = (c, [], 0.0)
            continue
        parts.append(c)
        open_tolls[c.category] = (toll, parts, total + c.amount)
        if total + c.amount == toll.amount and _whole_lists(parts):
            found += parts
            del open_tolls[c.category]
    return found


def _next_part(words: list[str]) -> bool:
    """Whether "another" is all that tells a sentence of another incident, after a part of a toll: the next of its
    parts ("killed five people. One strike … killing two. Another struck a motorcycle, killing three"), not
    "Separately" nor "Meanwhile", which leave the toll."""
    low = {w.lower() for w in words}
    return low & _ELSEWHERE == {"another"} and not any((a, b) == _SAME_DAY for a, b in zip(words, words[1:]))


def _whole_lists(parts: list[Count]) -> bool:
    """Whether counts are of two lists or more (a count alone is a list of one), each whole: "In Kyiv, four … In Lviv,
    three …", "a man and a woman were killed …, and three died …" (not one list, "A man and a woman were killed in
    Dalo", the toll told again or not; nor "the police chief and his deputy" of "the police chief, his deputy, and 4
    soldiers")."""
    lists: dict[tuple[int, int], float] = {}
    for p in parts:
        key = (p.sentence.index, p.joined_first if p.joined_total else p.first)
        lists[key] = lists.get(key, 0.0) + p.amount
    return len(lists) > 1 and all(
        not p.joined_total or p.joined_total == lists[p.sentence.index, p.joined_first] for p in parts)


def other_day(a: Count, b: Count) -> bool:
    """Whether the events of two counts are of two days ("killed 5 in Kabul on Monday" and "On Tuesday, 3 died in
    Kandahar")."""
    return two_days(a.incident, b.incident)


def two_days(a: Event | None, b: Event | None) -> bool:
    """Whether two events are dated to two days; an event dated to no day (only to the week of publication: "a girl was
    killed when a drone dropped an explosive") is of no other day."""
    days = [e.date if e is not None and e.date_precision == "day" else None for e in (a, b)]
    return None not in days and days[0] != days[1]
