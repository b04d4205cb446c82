"""A trigger in its sentence → its actor and target noun phrases, by voice, prepositions, coordination, and the
clauses and appositions around them."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from etl.extract import geo
from etl.extract.dates import is_calendar_word, is_weekday
from etl.extract.events.items import OBJECT_WINDOW, Candidate, SentenceTokens, is_numeral
from etl.extract.events.lexicon import (
    AFTER_BARE_PARTICIPLE, AGENT_VERBS, ARTICLES, BEFORE_BARE_PARTICIPLE, BEFORE_PARTICIPLE, BLAME_VERBS, BOUND,
    BOUND_PREPOSITIONS, CLAIM_NOUNS, COLLECTIVES, COUNTRY_NAME_WORDS, DRAWING, FIGHTING_EACH_OTHER, FIGHTS, GIVING,
    GRAMMAR, HEDGED_PASSIVE, HIT_VERBS, INTENT, INVOLVEMENT, LOCATIVE_PREPOSITIONS, MAIN_VERBS, NEGATED_CONTRACTION,
    NOT_LAST_IN_PHRASE, NOUN_DETERMINERS, NOUN_TARGET_PREPOSITIONS, OCCURRENCE, PARTICLES, PLACE_TARGET_TYPES,
    POSSESSIVES, RELATIVE_PRONOUNS, SUBORDINATE_GERUND, TARGET_PREPOSITIONS, VERB_LINKS, VERBAL_TYPES, Lexicon,
    charge_at, ends_site_name, is_claim,
)
from etl.extract.events.modality import after_modal, is_past
from etl.extract.firstnames import is_first_name
from etl.extract.mentions import PRONOUNS, ROLE_TITLES, TITLES
from etl.extract.text import ABBREVIATIONS, head_word

_MAX_NP = 8              # tokens in an actor or target phrase
_FIGHT_REACH = 5
_COUNT_OPENERS = frozenset({"a", "an", "the", "dozens", "hundreds", "scores", "several", "many", "some"})
# Words of a count that open the object of a verb in the past: "fighting … displaced thousands of people"
_MULTITUDES = frozenset({"dozens", "hundreds", "thousands", "millions", "scores", "several", "many"})
_LEAVING = frozenset({"left", "leaves", "leave", "leaving"})
_FREED = frozenset({"freedom", "free"})  # last words of a release told by those let go ("walked free")
# "RSF", "ISIL", "M23", "IDPs", "LeJ", "JeM" in brackets after a name: two capitals at least, the first opening it
_ACRONYM = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&\-]{1,9}")
_MAX_NAME_NP = 14        # … past which a name still running on may go ("… and President Win Myint")
# The class of objects that makes a verb a monitor's report of fire ("observed 95 projectiles", plover_triggers.tsv).
MONITORED = "fire_reports"
# Classes of objects that are the weapon, not the target: "set off a car bomb near the market", "threw
# grenades at police" (the target, if any, follows a preposition).
WEAPON_CLASSES = frozenset({"incendiary", "launchable", "firing", "projectiles"})
_ARMS_LAID = "arms_laid"  # the class of arms given up: the recipient follows them ("surrendered their arms to police")
# … and what is fired or thrown at someone: as a verb's object, the target follows it ("fired tear gas at students").
_THROWN_CLASSES = (*WEAPON_CLASSES, "crowd")
_RIGGED = ("-laden", "-rigged", "-packed", "-filled", "booby-trapped")  # a vehicle made a bomb: "explosives-laden"
_MEASURES = frozenset({"kg", "kgs", "kilograms", "kilogram", "km", "kms", "kilometres", "kilometers", "percent",
                       "per", "%", "tonnes", "tons", "litres", "liters", "metres", "meters", "miles", "feet", "hours",
                       "days", "years", "minutes", "mm"})
_DETONATING = frozenset({"detonated", "detonate", "detonates", "detonating", "exploded", "set", "sets", "setting",
                         "blew", "triggered"})  # verbs whose object is the bomb: "detonated a truck", "set off a car"
_RIGGING = frozenset({"packed", "loaded", "laden", "filled", "rigged", "stuffed", "fitted"})  # "… with explosives"
_BLAME_REACH = 5         # tokens between a verb of blame and the event noun it blames ("blamed Sunday's deadly attack")
_FINDING = frozenset({"found", "finds", "discovered", "discovers", "recovered", "uncovered", "unearthed"})
# A time phrase between a subject and its verb: at most this many tokens, made of calendar and time words, numbers
# and these words, and opened by one of _TIME_OPENERS ("on Thursday", "last week", "earlier this month").
_TIME_PHRASE = 4
_TIME_PHRASE_WORDS = frozenset({"on", "last", "this", "earlier", "late", "early", "next", "of", "the", "later",
                                "that"})
# ("later": "Police later that day arrested")
_TIME_OPENERS = frozenset({"on", "last", "this", "earlier", "late", "early", "later", "starting", "beginning", "from",
                           "until", "till"})
# Words of a scraped page's furniture that no party's name holds ("image caption", "image copyright AFP").
_PAGE_FURNITURE = frozenset({"caption", "copyright"})
# Nouns ending in -ly, which a party may be (other lower-case words in -ly after a trigger are adverbs)
_LY_NOUNS = frozenset({"family", "ally", "rally", "assembly", "supply", "monopoly", "anomaly", "bully", "belly",
                       "homily", "jelly", "italy", "daily", "weekly", "fly", "butterfly"})
_ING_NOUNS = GRAMMAR["ing_noun"]
_TOWN_POPULATION = 50_000  # a name of several words before an event noun is a town's only if it is this big
# First words of the names of days an event may be named after: "the Easter Sunday bombings", "New Year's Eve".
_FEASTS = frozenset({"easter", "christmas", "ramadan", "eid", "diwali", "passover", "hanukkah", "new"})
# word classes of the kind of an event or of its doers that may stand between a name and the event's noun ("Russian
# missile strikes", "Boko Haram fighters' attacks")
_KIND_CLASSES = ("weapons", "launchable", "incendiary", "aircraft", "military", "missiles", "armed_attackers", "people",
                 "agents")
PARTY_CLASSES = ("police", "troops", "military", "armed_attackers", "people", "agents")
# the classes of words that head a party past a phrase after them ("militiamen on horseback", "a candidate in X")
_HEAD_CLASSES = ("agents", "people", "roles", "police", "armed_attackers")
_DEICTIC = frozenset({"this", "that", "the", "same"})  # "on this day", "on that morning", "on the same day"
_HELD_IN = frozenset({"in", "behind"})  # "in jail", "behind bars": a state of the person before it
# Words opening a sentence that name nothing: "This follows …", "There were …"
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "it", "there", "such"})
_AUXILIARIES = frozenset({"has", "had", "have", "will", "would", "could", "can", "might", "should", "must"})
_AIMED = frozenset({"at", "on", "upon"})  # "fired at", "fired on", "fired upon": aimed at what follows
_OWN_REACH = 8  # tokens from a clause's subject to the "its" of its verb's phrase ("Israel pressed on with its …")
_POSSESSIVE_DETERMINERS = frozenset({"its", "their", "his", "her"})  # whose the event noun is: the clause's subject
_FIRED_INTO = frozenset({"into"})  # "fired into the crowd": only a shot goes so
_AIMED_AT = _AIMED | {"against"}  # … and after an event noun: "strikes on Gaza", "attacks against civilians"
# Classes of words that name a weapon or its blast: as the subject of a verb they are no actor.
_DEVICE_CLASSES = ("incendiary", "launchable", "fire_reports", "bullets")
_APPOSITION_REACH = 24  # tokens from a verb back to the subject that opens the sentence, past insertions in commas
_TAKING = frozenset({"take", "takes", "taking", "took", "taken"})  # "taking part in the demonstration"
_NAME_BEFORE_LIGHT = 3  # words of a name between a light verb and its event noun ("carried out the Bloody Friday …")
_GATHERED = 4  # words after a collective's "of" that may hold its head ("a series of coordinated bomb blasts")
# Prepositions inside a participle phrase that modifies a noun ("a motorcycle loaded with explosives"); not "by",
# whose agent is the doer ("shells fired by LNA forces killed three").
_MODIFIER_PREPOSITIONS = frozenset({"with", "in", "at", "on", "from", "to", "into", "near", "for", "of", "across",
                                    "inside", "outside", "under", "over", "through", "along", "onto"})
# Participles that say what someone looked like or was called ("a gunman dressed as Santa Claus"): "as" after them
# opens their complement, not a clause ("the crowd gathered as police fired").
_NAMED_AS = frozenset({"dressed", "disguised", "posing", "identified", "described", "known", "named"})
# Prepositions of a setting: a phrase after one that runs on through "and" ends there ("died on the spot and a third
# succumbed"), where one after "of" or "between" holds both ("the killing of a man and a woman").
_SETTING_PREPOSITIONS = frozenset({"in", "at", "near", "on", "inside", "outside", "during", "across"})
# An operation a verb's doer carried out: "killed five militants in a raid" (_operation_of).
_OPERATION_TYPES = frozenset({"ASSAULT", "COERCE"})
_OPERATION_PREPOSITIONS = frozenset({"in", "during"})
_OPERATION_REACH = 4  # words between the preposition and the event noun ("in a series of raids")
# Forms of "call", a light verb for a new event ("called a strike") but a naming one for an event told before.
_CALLING = frozenset({"call", "calls", "called", "calling", "describe", "describes", "described", "describing",
                      "branded", "brands", "branding", "termed", "terms", "labelled", "labeled", "dubbed"})
_CARRIERS = ("aircraft", "physical")  # classes of what a bare noun after "by" may carry people by ("by helicopter")
_HOLDING = frozenset({"hold", "holds", "held", "holding"})  # "held Boko Haram responsible for the attack"
_VICTIMS_POSSESSIVES = frozenset({"his", "her"})  # a person's, whose murder is named: "called his murder an attack"
_CALLED_REACH = 3  # words between "the" and the event noun a verb of calling names ("the Orlando nightclub attack")
# Conjunctions that open a subordinate clause with a subject of its own.
_SUBORDINATORS = frozenset({"as", "when", "while", "because", "after", "before", "since", "although", "though",
                            "if", "once", "until", "whereas"})
# How far back from an infinitive's "to" a verb of control may stand ("sent troops to the border to fight").
_CONTROL_REACH = 8
_CONTROL_PARTICLES = frozenset({"on", "upon", "to"})  # "called on the UN to act", "appealed to residents to stay"
_CALLS = frozenset({"call", "calls", "called", "calling"})  # control their object only past "on": "called on"
_CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")"})
_IN_ORDER = frozenset({"order", "as"})  # "in order to", "so as to": the purpose of the clause's own subject
_NOT = frozenset({"not", "never"})
# Prepositions of place after an event noun's verb: what follows is where it happened ("the attack happened near …").
_WHERE_AFTER_VERB = frozenset({"near", "in", "at", "outside", "inside", "around", "close", "across", "throughout",
                               "within"})
_BEFORE_VERB = frozenset({"to", "will", "would", "could", "should", "must", "may", "might", "can", "did", "does", "do",
                          "not"})
# Nouns whose possessor does what the infinitive after them says: "the IRA's decision to carry out the attacks"
# (not "the City Hall's stairs to demand payment").
_INTENT_NOUNS = frozenset({"decision", "plan", "plans", "bid", "attempt", "attempts", "effort", "efforts", "order",
                           "orders", "call", "calls", "threat", "threats", "move", "promise", "pledge", "vow", "refusal",
                           "failure", "readiness", "willingness", "intention", "determination", "resolve", "offer",
                           "campaign", "push", "drive", "demand", "demands", "right", "ability", "agreement", "deal",
                           "operation", "operations", "mission", "raid", "crackdown", "measure", "measures"})
# Words that open a clause as its question or free relative, no part of the noun phrase after them.
_WH_WORDS = frozenset({"what", "how", "why", "whether", "whatever", "whoever"})
_CLOSING_QUOTES = frozenset({'"', "”"})
_OPENING_QUOTES = frozenset({'"', "“"})
# Words that tell the state a verb left its object in ("shot the driver dead"), no part of the object.
_RESULTS = frozenset({"dead", "alive", "unconscious"})
# Verbs of running onto a mine or bomb lying in wait ("their truck struck an IED", "a boy stepped on a landmine"): the
# subject is whom its blast befell, as the mine's noun tells none.
_RAN_ONTO = frozenset({"struck", "hit", "hits", "strikes", "striking", "hitting", "stepped", "trod", "drove", "ran"})
_ONTO = frozenset({"on", "onto", "over", "into"})
# Words for nobody, as the subject of a passive ("Nobody was hurt").
_NOBODY_WORDS = frozenset({"nobody", "none", "noone"})
# Nouns of the part of a group that the group, after "of", names better ("members of the Lenga movement").
_PARTITIVES = frozenset({"member", "members", "elements", "units"})
# people of a party who act on their own, not for it: "supporters of the junta rallied", "dissidents of the FARC"
_ADHERENTS = frozenset({"supporter", "supporters", "follower", "followers", "dissident", "dissidents", "defectors",
                        "sympathisers", "sympathizers", "loyalists"})
_KIN = frozenset({"parent", "parents", "family", "families", "relative", "relatives", "mother", "mothers", "father",
                  "fathers", "wife", "wives", "husband", "husbands", "widow", "widows", "son", "sons", "daughter",
                  "daughters", "brother", "brothers", "sister", "sisters", "friend", "friends", "colleagues",
                  "neighbours", "neighbors", "lawyer", "lawyers"})
# The claimant of "no group claimed responsibility for the attack": an empty span, so nobody is read as its doer.
_NOBODY = (0, 0)
# "were reported injured", "was believed killed": a verb of report between "be" and the participle it reports.
_RAISING = frozenset({"reported", "reportedly", "believed", "confirmed", "feared", "presumed", "said", "thought"})
# "last week", "this month", "next year": a time where an object could stand.
_TIME_DEICTICS = frozenset({"last", "this", "next", "past", "coming", "previous"})
# "late into the night", "early on Monday": a time after a noun phrase, no part of it.
_EARLY_OR_LATE = frozenset({"late", "early"})
_SOON = frozenset({"shortly", "soon", "immediately", "just", "right", "directly", "minutes", "moments", "hours", "days"})
_SOON_AFTER = frozenset({"after", "before", "afterwards", "afterward", "later", "earlier"})
_AFTER_LATE = frozenset({"into", "on", "in", "at", "this", "last", "yesterday", "today", "tonight", "that"})
# "at the request of", "on the orders of": who asked for what the clause tells.
_BEHEST_PREPOSITIONS = frozenset({"at", "on", "upon"})
_BEHEST_DETERMINERS = frozenset({"the", "a"})
_BEHEST_NOUNS = frozenset({"request", "invitation", "behest", "orders", "order", "urging", "instigation", "initiative",
                           "instruction", "instructions", "demand", "insistence"})
# Prepositions that bring the other party of a verb that takes no object ("clashed with police").
_ALONG_WITH = frozenset({"with", "against", "alongside"})
# Classes of what an act is done with, after "with": its means, no target ("opened fire with an AK-style rifle",
# "dispersed the mob with tear gas")
_MEANS_CLASSES = (*WEAPON_CLASSES, "weapons", "bullets", "firing", "crowd")
# Prepositions between a party and the event noun it takes part in ("involved in", "responsible for", "behind").
_INVOLVING = frozenset({"in", "for", "behind"})


def find_parties(sent: SentenceTokens, cand: Candidate, others: list[Candidate], lex: Lexicon) -> None:
    """Set the actor and target of a trigger (`_parties`), each tidied of the trigger's own words and of page
    furniture (`_tidy`)."""
    _parties(sent, cand, others, lex)
    cand.actor, cand.target = _tidy(sent, cand, cand.actor), _tidy(sent, cand, cand.target)
    if cand.actor is not None and _placed_phrase(sent, cand.actor, lex):
        cand.actor = _party_placed(sent, cand.actor[0], lex)
    if cand.actor is not None and cand.actor[1] - cand.actor[0] == 1 and cand.actor[0] > 0 and (
            sent.lower[cand.actor[0] - 1] in _GOING_ON) and not cand.passive:
        # "detonated a car bomb in Oslo, then travelled to Utoya island, where he shot dead 69 participants": the
        # pronoun of a clause that goes on to another place or time is the doer of the verb before it
        pronoun = sent.lower[cand.actor[0]]
        doer = next((o.actor for o in others if o.last <= cand.actor[0] and o.sense.pos == "verb" and o.actor
                     and not o.passive and o.actor[1] - o.actor[0] > 0), None)
        if pronoun in _PERSONAL_SUBJECTS and doer is not None and _plural_party(sent.lower[doer[1] - 1]) == (
                pronoun == "they"):
            cand.actor = doer
    if cand.actor is not None and _device_compound(sent, cand, lex):
        cand.actor = None
    _driven_into(sent, cand, lex)
    _each_other(sent, cand)
    if cand.sense.condition == "into" and cand.sense.event_type == "THREATEN":
        cand.target = None  # "fired a ballistic missile into the East Sea": a test, the sea no one threatened


_GOING_ON = frozenset({"where", "then"})  # words before the pronoun subject of a clause that goes on with the doer


def _placed_phrase(sent: SentenceTokens, span: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a party phrase is a place told after a preposition: "near the village of Tobali", "to the 1900 block of
    Avenue E", "of the 14th Police Station" (a place or address modifies a noun or verb before it; it does nothing)."""
    i, j = span
    of = next((k for k in range(i + 1, j) if sent.lower[k] == "of"), j)
    kind = of - 1
    place = (geo.is_locality_word(sent.lower[kind]) or geo.is_site_word(sent.lower[kind])) and (
        sent.lower[kind] not in _PEOPLE_AND_PLACE) and (sent.words[kind].islower() or (
            _ORDINAL.fullmatch(sent.lower[i]) is not None and geo.is_site_word(sent.lower[kind])))
    # (a site the way a force numbers it, "the 14th Police Station"; not "… Province")
    p = _before_determiners(sent, i, lex)
    return place and p >= 0 and (sent.lower[p] in LOCATIVE_PREPOSITIONS or sent.lower[p] in _PLACED_AFTER)


def _party_placed(sent: SentenceTokens, start: int, lex: Lexicon) -> tuple[int, int] | None:
    """The people a place phrase opening at `start` is told of, before it in the clause: "gunmen hiding in the bush
    near the village of Tobali" (the gunmen), "agents of the 14th Police Station" (the agents); None when an auxiliary,
    a relative pronoun, a conjunction or a clause's mark comes first ("were dispatched to the 1900 block of Avenue E
    on a report of people shot": no doer of the shooting)."""
    of = _before_determiners(sent, start, lex)
    if of >= 1 and sent.lower[of] == "of" and sent.is_word(of - 1) and sent.lower[of - 1].endswith("s") and not (
            geo.is_locality_word(sent.lower[of - 1]) or geo.is_site_word(sent.lower[of - 1])
            or sent.lower[of - 1] in lex.stop):
        return _phrase_ending(sent, of - 1, lex)  # ("agents of the station": the people the place is theirs)
    for k in range(start - 1, max(-1, start - 1 - _PLACED_REACH), -1):
        w = sent.lower[k]
        if w in _CLAUSE_MARKS or w in lex.be or w in _AUXILIARIES or w in RELATIVE_PRONOUNS or w in ("and", "or"):
            return None
        if w in lex.pronoun or lex.in_any_class(w, _HEAD_CLASSES):
            return _phrase_ending(sent, k, lex)
    return None


def _before_determiners(sent: SentenceTokens, start: int, lex: Lexicon) -> int:
    """The token before a phrase opening at `start` and the determiners and numbers before it ("to the 1900 block":
    "to")."""
    p = start - 1
    while p >= 0 and (sent.lower[p] in lex.determiner or sent.lower[p].isdigit()):
        p -= 1
    return p


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# Kinds of place that are their people too: "clashes between two groups of the Shaikh community".
_PEOPLE_AND_PLACE = frozenset({"community", "communities"})
_PLACED_AFTER = frozenset({"of", "to", "from", "toward", "towards", "into"})  # prepositions a place follows, too
_PLACED_REACH = 10  # words back from a place phrase to the people it is told of, at most
_PERSONAL_SUBJECTS = frozenset({"he", "she", "they"})
_PLURAL_COLLECTIVES = frozenset({"police", "people", "militia", "staff", "personnel", "military"})


def _plural_party(head: str) -> bool:
    """Whether the head word of a party names more than one ("gunmen", "militants", "police"; not "extremist")."""
    return head.endswith("s") or head.endswith("men") or head in _PLURAL_COLLECTIVES


def _device_compound(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether a verb trigger is the noun of a device whose verb follows, its "subject" the words of the compound
    ("A gas canister bomb exploded", "a pressure cooker bomb went off": what it was made of, no one who bombed;
    not "Israeli jets bomb Gaza")."""
    actor, first, last = cand.actor, cand.first, cand.last
    return cand.sense.pos == "verb" and actor[1] == first and last - first == 1 and _is_device(
        sent.lower[first], lex) and last < len(sent.lower) and sent.words[last].islower() and (
        sent.lower[last] in lex.verb or sent.lower[last].endswith("ed")) and not any(
        _is_party_word(sent, k, lex) for k in range(*actor))


def _each_other(sent: SentenceTokens, cand: Candidate) -> None:
    """"The SAF and RSF clashed in El Fasher": the two sides a verb of fighting each other joins in its subject are
    its actor and its target, as "the SAF clashed with the RSF" has them (one "and" only: "the Justice and Equality
    Movement" is one name)."""
    actor = cand.actor
    if cand.sense.pos != "verb" or cand.passive or cand.target is not None or actor is None or (
            sent.lower[cand.first] not in FIGHTING_EACH_OTHER) or (
            sent.lower[cand.first] == "exchanged" and cand.last - cand.first < 2):
        return  # ("Russia and Ukraine exchanged 95 prisoners": a swap, not fire)
    joins = [k for k in range(actor[0] + 1, actor[1] - 1) if sent.lower[k] == "and"]
    if len(joins) != 1:
        return
    k = joins[0]
    if sent.words[k - 1].istitle() and actor[1] - k > 2 and all(w[:1].isupper() for w in sent.words[k + 1:actor[1]]):
        return  # ("the Justice and Equality Movement": a name; not "Hamas and Fatah", "the SAF and RSF")
    if k - actor[0] == 1 and (sent.words[actor[0]].islower() or geo.country_code(sent.words[actor[0]]) and not (
            geo.is_place_name(sent.words[actor[0]]))):
        return  # "Burundian and Rwandan soldiers": two adjectives of one noun
    first = actor[0] + (sent.lower[actor[0]] == "both")
    second = k + 1 + (sent.lower[k + 1] == "the")
    if sent.is_word(k - 1) and sent.is_word(k + 1) and first < k and second < actor[1]:
        cand.actor, cand.target = (first, k), (second, actor[1])


def _driven_into(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> None:
    """"A suicide bomber rammed a car into a convoy": the vehicle driven is the weapon, what it was driven into the
    target."""
    target = cand.target
    if not (cand.sense.pos == "verb" and not cand.passive and target is not None
            and sent.lower[cand.first] in _DRIVING):
        return
    k = target[1] - 1 if target[1] - target[0] > 1 and sent.lower[target[1] - 1] in _RIGGING else target[1]
    if not (lex.in_class(sent.lower[k - 1], "physical") or lex.in_class(sent.lower[k - 1], "vehicles")):
        return  # ("a car laden with explosives": the car; "drove an SUV into pedestrians": any vehicle)
    if k < len(sent.lower) and sent.lower[k] in _RIGGING:
        # "rammed a truck packed with explosives into the Central Bank building": past what the vehicle carried
        k = next((t for t in range(k + 1, min(len(sent.lower), k + _RIGGED_WORDS)) if not sent.is_word(t)
                  or sent.lower[t] in MOTION_INTO), k)
    if k + 1 < len(sent.lower) and sent.lower[k] in MOTION_INTO:
        cand.target = _noun_phrase(sent, k + 1, lex) or target


_RIGGED_WORDS = 8  # words of what a vehicle driven into a target was packed with ("with 500 kg of explosives")
_DRIVING = frozenset({"rammed", "ram", "rams", "ramming", "crashed", "crashes", "crashing", "drove", "drives",
                      "driving", "steered", "plowed", "ploughed", "slammed"})


def _left_in_state(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> tuple[int, tuple[int, int]] | None:
    """Whom a verb of leaving left in the state a participle of harm tells ("The attack left 22 soldiers wounded", "…,
    leaving one person dead and dozens injured"): the verb's index and the noun phrase between them (the last of a
    list), which the act the verb's subject names befell."""
    if cand.last - cand.first != 1 or sent.lower[cand.first] not in _LEFT_STATES or (
            sent.lower[cand.first - 1] in NOUN_DETERMINERS):  # (not "left the injured man": the noun's participle)
        return None
    start = None  # where the last item of a list begins
    for j in range(cand.first - 1, max(-1, cand.first - 1 - _LEFT_WORDS), -1):
        word = sent.lower[j]
        if word in _LEAVING:
            start = start or j + 1
            return (j, (start, cand.first)) if start < cand.first else None
        if word in {"and", "or", ","}:
            start = start or j + 1
        elif not sent.is_word(j) or word in lex.stop or word in lex.clause or word in lex.verb or word in lex.be:
            return None
    return None


_LEAVING = frozenset({"left", "leaving", "leaves", "leave"})
_LEFT_STATES = frozenset({"wounded", "injured", "killed", "dead", "hurt", "maimed", "displaced", "homeless",
                          "missing", "stranded"})  # the participles of harm a verb of leaving leaves people in
_LEFT_WORDS = 10  # words between a verb of leaving and the participle of the state it left people in, at most


def _parties(sent: SentenceTokens, cand: Candidate, others: list[Candidate], lex: Lexicon) -> None:
    """Set the actor and target of a trigger: by voice for verbs ("was captured by X"), by "between", "by",
    possessor, modifier or light verb for event nouns, by coordination ("X dispersed … and arrested", "were killed
    or wounded"), and from the clause the verb stands in: a participle clause ("shelled Kharkiv, killing three"),
    a relative clause ("gunmen who stormed"), a participle that opens the sentence ("Arrested in June, the …")."""
    first, last = cand.first, cand.last
    left = _left_in_state(sent, cand, lex)
    if left is not None:
        verb, cand.target = left
        cand.passive = True
        # "The attack … left 22 soldiers wounded": the attack's; "…, leaving 12 injured": the clause's, told before
        cand.actor = None if sent.lower[verb].endswith("ing") else _subject(sent, verb, lex)
        return
    if cand.sense.pos == "verb" and first > 0 and sent.lower[first - 1] == "the" and sent.lower[first].endswith("ed"):
        if last < len(sent.lower) and _modified_noun(sent, last, lex):
            cand.target, cand.passive = _noun_phrase(sent, last, lex), True  # "the kidnapped students": whom it befell
        return  # "the wounded included …": the people, as a noun; its verb's object is no party
    attendant = _attendant_people(sent, first, lex) if cand.sense.pos == "verb" else None
    if attendant is not None:
        # "the toll rose to 358, with 228 people injured and 56 still missing": the people it befell, by no one named
        cand.target, cand.passive = attendant, True
        return
    if cand.sense.pos == "verb" and last - first > 1 and sent.lower[last - 1] in _FREED:
        cand.target, cand.passive = _subject(sent, first, lex), True  # "the schoolboys regained their freedom"
        # ("Umar Patek walked free on parole": he was let go)
        return
    if cand.sense.pos == "verb" and last - first > 2 and sent.lower[first + 1] == "under":
        # "positions came under fire from DPR forces", "was placed under house arrest by soldiers": what the subject
        # underwent, and who did it
        cand.target, cand.passive = _subject(sent, first, lex), True
        # (by whom only for a hold: "came under attack by women who say …" is no attack by them)
        agent = last + 1 < len(sent.lower) and (
            sent.lower[last] == "from" or sent.lower[last] == "by" and cand.sense.event_type == "COERCE")
        cand.actor = _noun_phrase(sent, last + 1, lex) if agent else None
        return
    if cand.sense.pos == "verb" and cand.sense.condition == "subject":
        # "Kabul fell to the Taliban": the place that fell is what was taken, whom it fell to took it
        cand.target, cand.passive = _subject(sent, first, lex), True
        cand.actor = _noun_phrase(sent, last + 1, lex) if last + 1 < len(sent.lower) and sent.lower[last] == "to" \
            else None
        return
    drawn = _drawing_verb(sent, cand, lex) if cand.sense.pos == "noun" else None
    if drawn is not None:
        # "Ladapo drew criticism from pediatricians", "the governor faced criticism": what the subject underwent, and
        # who did it
        cand.target, cand.passive = _subject(sent, drawn, lex), True
        cand.actor = _from_party(sent, last, lex)
        return
    by_actor = _by_phrase(sent, last, lex) or (_by_after_of(sent, last, lex) if cand.sense.pos == "noun" else None)
    if by_actor is not None and cand.sense.pos == "verb" and _object_agent(sent, cand, by_actor, others, lex):
        by_actor = None
    if by_actor is None and cand.sense.pos == "verb" and _after_be(sent, first, lex):
        by_actor = _far_by_phrase(sent, last, lex)  # "were killed in the region in recent years by armed gangs"
    if cand.sense.pos == "verb" and (_after_be(sent, first, lex) or _passive_conjunct(sent, first, lex)
                                     or (by_actor and _is_participle(sent, first, lex))
                                     or reduced_relative(sent, cand, lex) or _charged_aside(sent, cand)
                                     or _is_participle(sent, first, lex) and _opens_sentence(sent, first)):
        cand.actor, cand.passive = _agent(sent, by_actor, lex) or _fought_with(sent, last, lex), True
        subject = _subject_past_charge(sent, first, lex) or _subject(sent, first, lex,
                                                                      kin=not reduced_relative(sent, cand, lex))
        joined = _coordinated_before(sent, cand, others, lex)
        if joined is not None and joined.passive and subject is None:
            cand.actor, cand.target = joined.actor or by_actor, joined.target  # "were killed or wounded"
            return
        if subject is None and _follows_coordination(sent, first, lex):
            # "a soldier stepped on a mine and was injured": the subject the two verbs share ("the citizens fled but
            # were captured": the subject of the verb right before "but")
            link = _skip_back(sent, first - 1, lex)
            verb = link - 1
            subject = _subject(sent, verb, lex) if sent.lower[link] == "but" and verb > 0 and sent.words[
                verb].islower() and (sent.lower[verb].endswith("ed") or sent.lower[verb] in lex.participle) else None
            # (or, in what a speaker reports, the doer of the act told before the link: "Djassi said soldiers had
            # tried to seize the palace … but were repelled by the presidential guard": the soldiers, not the general)
            done = [o for o in others if o.last <= link and o.sense.pos == "verb" and not o.passive and o.actor]
            reported = sent.lower[link] == "but" and done and any(
                w in lex.reporting for w in sent.lower[:done[-1].actor[0]])
            subject = subject or (done[-1].actor if reported else None) or _clause_subject(
                sent, first, lex, reporting=False)
        if subject is not None and reduced_relative(sent, cand, lex) and not _after_be(sent, first, lex):
            subject = _nearer_of_party(sent, subject, lex)  # "the trial of four men accused of …": the men
        if subject is None and first >= 2 and sent.lower[first - 1] == "being" and (
                sent.lower[first - 2] in SUBORDINATE_GERUND):
            # "killed six people … before being shot dead by police": the subject of the clause it modifies
            subject = _clause_subject(sent, first - 2, lex, reporting=False)
            subject = None if subject is not None and _names_place(sent, subject) else subject
        if subject is not None:
            subject = _whose(sent, subject, first, lex) or subject
        cand.target = (subject or _participle_head(sent, first, lex)
                       or _opening_clause_subject(sent, cand, lex))  # "Arrested in June, the activist …"
        cand.target = _among(sent, cand.target, lex) or cand.target
        if cand.target and sent.lower[last - 1] in MOTION_INTO and last < len(sent.lower) and any(
                lex.in_class(sent.lower[cand.target[1] - 1], c) for c in ("physical", "vehicles")):
            # "A van was driven into pedestrians": the van was the weapon, the pedestrians were hit
            cand.target = _noun_phrase(sent, last, lex) or cand.target
        if cand.target and _weapon(sent, cand.target, lex):
            # "a device detonated near the road", "an ambulance packed with explosives detonated": the weapon, not
            # what it hit; that is the site it went off at ("An explosive device detonated outside a church")
            cand.target = _blast_site(sent, last, lex, first) if cand.sense.mode == "explosives" and last < len(
                sent.lower) else None
        elif cand.target and _names_nobody(sent, cand.target[0]):
            cand.target = None  # "no one was injured": nobody to name
        _found_body(sent, cand, lex)
        return
    # (not a bomb's: "struck an IED between Banh and Koumbri" lay between two towns, no sides; nor a mediator's:
    # "offered to mediate between the two sides" is the offer of whoever offered)
    between = _between_phrase(sent, last, lex) if cand.sense.mode not in _NO_SIDES else None
    if between:
        cand.actor = between
    elif by_actor and cand.sense.pos == "noun" and not any(w in lex.be for w in sent.lower[last:by_actor[0]]):
        # "attacks by rebels"; "the attack was condemned by the UN" is no doing of the UN; "threats by email" tell how
        cand.actor = None if _set_off_by(sent, by_actor) else by_actor
    elif cand.sense.pos == "noun":
        claimant = _claimant(sent, first, lex)
        if claimant is not None and claimant != _NOBODY:
            claimant = _spoken_for(sent, claimant, lex) or claimant  # "the group's spokesman claimed the bombing"
        blamed = blamed_on(sent, first, last, lex)
        if blamed:
            # "sources attributed the attack to Boko Haram": who did it, as far as the sources know; "some blamed the
            # attack on the far right" is an accusation, not who did it; whom it hit, the phrase does not say
            cand.actor = blamed if sent.lower[last] == "to" else None
            return
        cand.actor = _passed_agent(sent, _past_own_target(sent, last, lex), lex) or (None if claimant == _NOBODY else (
            claimant or _involved(sent, first, lex) or _charged_noun(sent, first, lex)
            or (_fire_from(sent, last, lex) if cand.sense.mode in _FIRE_MODES else None)
            or _noun_actor(sent, first, lex, cand.sense.event_type, cand.sense.mode)
            or _operation_of(sent, cand, others, lex)))
    else:
        # "attacked a village near Beni, Nigeria, killing five": the participle clause's doer is the main
        # clause's, not the last name of the place phrase before its comma
        shares = _in_participle_clause(sent, first) and any(
            o.last <= first and o.sense.pos == "verb" for o in others)
        adverbial = _adverbial_participle(sent, first, lex)
        # "A gunman who pledged allegiance to the Islamic State killed …": past the relative clause, not its object;
        # "shot dead two demonstrators protesting against fuel prices": the object a participle tells of
        cand.actor = None if shares or adverbial else (_object_before(sent, cand, others)
                                                        or _charged_object(sent, first, lex)
                                                        or _subject_past_relative(sent, first, lex)
                                                        or _subject(sent, first, lex))
        if cand.actor is None and not shares and first > 1 and sent.lower[first - 1] == "to":
            cand.actor = _infinitive_subject(sent, first - 1, lex, others)  # "police used tear gas to disperse"
        if cand.actor and _in_participle_clause(sent, first) and _names_place(sent, cand.actor):
            cand.actor = None  # "an explosion targeted a church in Cairo, Egypt, killing 29": Egypt killed no one
        joined = _coordinated_before(sent, cand, others, lex)
        if joined is not None and cand.actor is None:
            cand.actor, cand.passive = joined.actor, joined.passive  # "abducted and killed", "killed or wounded"
            if joined.passive:
                cand.target = joined.target
                return
        elif cand.actor is None and (_follows_coordination(sent, first, lex) or _in_participle_clause(sent, first)
                                     or adverbial):
            # "Police dispersed the group and arrested …", "shelled Kharkiv, killing three civilians": the
            # doer of the verb before, else the subject of the sentence
            # (not a participle that tells of an object: "opened fire on demonstrators protesting against the
            # government, killing 15": the forces killed)
            earlier = [o for o in others if o.last <= first and o.actor and o.sense.pos == "verb"
                       and _object_before(sent, o, others) is None]
            relative = _relative_before(sent, earlier[-1].last if earlier else 0, first, lex)
            pronoun = _relative_pronoun(sent, earlier[0].last, first) if earlier else None
            joint = first - 1  # the word before the verb, past its auxiliaries ("…, and has demanded")
            while joint > 1 and sent.lower[joint] in lex.skip and joint >= first - _AUXILIARY_WORDS:
                joint -= 1
            if pronoun is not None and first >= 2 and (
                    sent.lower[joint] == "and" and sent.words[joint - 1] == ","
                    or sent.words[first - 1] == "," and sent.lower[first].endswith("ing")
                    and sent.words[pronoun - 1] != ","):
                # "police dispersed protesters who blocked the road, and arrested 14 of them", "police opened fire on
                # protesters who defied the curfew, killing 21": the comma closes the relative clause, and the verb
                # after it is the main clause's (not after "the gunmen, who stormed the village, killing five")
                earlier = [o for o in earlier if o.first < pronoun]
                relative = None
            while earlier and _past_after_infinitive(sent, earlier[-1], first):
                earlier.pop()
            if earlier and (_directs(sent, first, lex) or _accuses(sent, first)) and _said_done_before(
                    sent, earlier[-1].first, first, lex):
                # "Zelensky said Russian strikes had destroyed power plants and urged partners to send …": the speaker
                # urges, as "said" and "urged" tell, not the strikes of what was said
                earlier = []
            if earlier and _subordinate_between(sent, earlier[-1].last, first, lex):
                # "threatening staff before police arrived and arrested 13 suspects": the verb is coordinated with the
                # subordinate clause's verb, whose subject does it
                earlier = []
            verbs = [o for o in others if o.last <= first and o.sense.pos == "verb"]
            bombs = [o for o in others if o.last <= first and o.sense.pos == "noun" and o.sense.mode == "explosives"]
            if verbs and verbs[-1].passive and _after_be(sent, verbs[-1].first, lex) and not earlier and (
                    _in_participle_clause(sent, first)):
                pass  # "the building was hit by a missile, killing ten": not the building, which was hit
            elif bombs and not verbs and _in_participle_clause(sent, first):
                cand.actor = bombs[-1].actor  # "a convoy hit an IED, killing two": the mine killed, not the convoy
            elif not earlier and _in_participle_clause(sent, first) and _driven_before(sent, first):
                pass  # "Investigators found his papers in the truck that ploughed into the market, killing 12": the
                # truck of the relative clause killed, driven by someone it does not name, not the investigators
            else:
                # a participle after "X said …" is said of what X reports, not of X; a coordinated verb of X
                cand.actor = (relative or earlier[-1].actor) if earlier else _clause_subject(
                    sent, first, lex, reporting=not _in_participle_clause(sent, first),
                    verbal=cand.sense.event_type in VERBAL_TYPES)
        if cand.actor is None and _after_subordinator(sent, first):
            # "was shot dead by police after wounding two officers": the subject of the verb before does it
            earlier = [o for o in others if o.last <= first and o.sense.pos == "verb"]
            if earlier:
                cand.actor = earlier[-1].target if earlier[-1].passive else earlier[-1].actor
            else:  # "attackers drove a van into pedestrians before stabbing people": the clause's subject
                cand.actor = _clause_subject(sent, first - 1, lex, reporting=False)
        if cand.actor is None and sent.lower[first].endswith("ing"):
            cand.actor = _opening_clause_subject(sent, cand, lex)  # "Fleeing the shelling, residents crossed …"
    # OTHER happenings (a death, a pact coming into force) have no recipient
    # (a gerund too, when a verb of hitting follows it: "Artillery shelling hit residential areas")
    hit = _hit_object(sent, cand, lex) if cand.sense.event_type == "ASSAULT" and (
        cand.sense.pos == "noun" or sent.lower[cand.last - 1].endswith("ing") and cand.last < len(sent.lower)
        and sent.lower[cand.last] in HIT_VERBS) else None
    cand.target = hit or (_short_of_a_subject(sent, _target(sent, cand, others, lex))
                          if cand.sense.event_type != "OTHER" else None)
    if cand.sense.pos == "noun" and cand.sense.mode == "explosives":
        cand.target = _ran_onto(sent, first, lex) or cand.target
    if cand.sense.pos == "noun" and cand.actor and cand.actor[0] > cand.last and sent.lower[cand.actor[0] - 1] == "by":
        # "the attack perpetrated on Sunday by gunmen of the FPJ against a camp": whom the doer named after the noun
        # turned on
        cand.target = _against_past_place(sent, cand.actor[1] - 1, lex) or cand.target
    if cand.sense.event_type == "PROTEST" and cand.target and cand.target[0] > 0 and _names_place(sent, cand.target) \
            and (sent.lower[cand.target[0] - 1] == "of" or _after_setting_preposition(sent, cand.target[0], lex)) \
            and not any(_seat_outside(sent, j, lex) == cand.target for j in range(max(0, cand.target[0] - 4),
                                                                                  cand.target[0])):
        cand.target = None  # "took to the streets of Tbilisi": where they marched (but "protested against Russia";
        # "demonstrated outside the French military base": the seat it addresses)
    if cand.sense.event_type == "PROTEST" and cand.target and _way_or_means(sent, cand.target, lex):
        cand.target = None  # "blocked the Sitapur-Lucknow highway", "burned tyres": where the protest was and what it
        # burned, not whom it was against
    if between and cand.sense.pos == "noun" and cand.target and cand.target[0] > between[1] and (
            _after_setting_preposition(sent, cand.target[0], lex)):
        # "clashes between Palestinians and Israeli forces at the refugee camp": where the sides met, no target (but
        # "between regime forces against opposition rebels": the other side)
        cand.target = None
    if cand.target and cand.sense.event_type == "ASSAULT" and _weapon(
            sent, cand.target, lex, rigged=sent.lower[first] in _DETONATING):
        cand.target = None  # "a barrage of ballistic missiles": what was fired, not at whom; "detonated a truck
        # laden with explosives": the truck was the bomb (but "attacked a truck loaded with explosives")
    if between and cand.target and cand.target[0] < between[1] and between[0] < cand.target[1] and any(
            w in ("and", "or") for w in sent.lower[cand.target[0]:between[1]]):
        # "a clash between the activists of the BNP and Jamaat-e-Islami": both sides are the actor, and the party of
        # the first side's "of" is no target of theirs (but "between two groups of the Bugti community": one
        # community on both sides)
        cand.target = None
    if cand.sense.pos == "noun" and cand.target is None:
        cand.target = _given_to(sent, cand, lex) or _undergoer(sent, first, lex)
    opened = _name_after_thing(sent, 0, cand.actor[1], lex) if cand.sense.pos == "verb" and cand.actor else None
    if opened is not None and opened <= cand.actor[0] and (cand.target is None or cand.target[0] == last) and (
            _no_object(sent, last, lex)):
        # "The rockets Hamas fired hit Ashkelon", "an attack the defendant praised": its object is the noun before
        # the clause (no weapon: "a barrage of missiles")
        before = _phrase_ending(sent, opened - 1, lex)
        cand.target = None if before is None or _is_device(sent.lower[before[1] - 1], lex) else before
    if cand.sense.pos == "verb" and cand.target is None and cand.actor is not None and not cand.passive:
        relative = object_relative(sent, first, lex)
        if relative is not None and relative < cand.actor[0]:
            cand.target = _antecedent(sent, relative, lex)  # "the village, which the rebels attacked": the village
    if cand.sense.condition == "clause" and cand.target is None:
        cand.target = _doer_of_clause(sent, last, lex)  # "alleged that the police had acted …": whom it accuses
    if cand.sense.pos == "noun" and cand.actor and cand.actor[0] > 0 and sent.lower[cand.actor[0] - 1] == "no":
        cand.actor = None  # "No group has claimed the abduction": nobody named did it
    if cand.actor and _said_by_nobody(sent, cand.actor, lex):
        cand.actor = None  # "No group has yet said it carried out the attack": "it" is no one
    elif cand.actor:
        cand.actor = _reporter(sent, cand, cand.actor, lex) or cand.actor
    if cand.sense.pos == "noun" and cand.sense.event_type == "REQUEST" and _behest(sent, first - 2):
        cand.actor, cand.target = cand.target, None  # "at the request of President Tokayev": he asked
    if cand.target and cand.sense.event_type == "ASSAULT":
        cand.target = _dweller(sent, cand.target, lex) or cand.target  # "stormed the residence of seven labourers"
    if cand.target and cand.target[1] - cand.target[0] > 1 and sent.lower[cand.target[1] - 1] in _RESULTS:
        cand.target = (cand.target[0], cand.target[1] - 1)  # "shot the driver dead": the driver
    if cand.sense.condition == "complement" and cand.target and cand.evidence is not None and (
            cand.target[1] > cand.evidence):
        # "took three workers hostage": the object ends before the word that completes the verb (and before its "as"
        # and article: "termed the killings a cowardly act", "described the attack as barbaric")
        end = cand.evidence
        while end > cand.target[0] and (sent.lower[end - 1] in ARTICLES or sent.lower[end - 1] == "as"):
            end -= 1
        cand.target = (cand.target[0], end) if end > cand.target[0] else None
    if cand.sense.event_type == "COERCE" and sent.lower[first] in _HELD_IN:
        cand.actor, cand.target = None, cand.actor  # "prisoners are in jail": held, not holding
    if cand.sense.word_class == MONITORED:
        cand.actor = cand.target = None  # "the mission observed 95 projectiles": no party to the fire
    if cand.actor and is_claim(sent.lower[cand.last - 1]):
        cand.actor = _spoken_for(sent, cand.actor, lex) or cand.actor
    head = _head(sent, cand.actor, lex) if cand.actor and cand.sense.pos == "verb" else None
    armed = head is not None and _of_a_country(sent, cand.actor, lex) and _is_weapon(
        sent.lower[cand.actor[1] - 1], lex)  # "SAF aircraft bombed", "Houthi drones struck": a force's weapons
    if head is not None and (cand.sense.mode == "explosives" or _rigged(sent, cand.actor[1], lex)) and lex.in_class(
            sent.lower[head], "physical") and not _is_party_word(sent, head, lex) and not armed:
        # "a van parked near one of the churches exploded", "A bus packed with dynamite exploded …, killing 52": the
        # bomb in it, no one who set it off
        cand.actor = None
    elif head is not None and _is_device_or_event(sent.lower[head], lex) and not _group_named_by_phrase(
            sent, head, cand.actor[0], lex):
        # "the bomb went off", "a rocket hit the school", "the attack on Monday killed five": the weapon or the
        # event, not who used it; who carried out that event, if its noun says ("Israel responded with airstrikes
        # that destroyed a tower", "a US drone strike killed two")
        told = next((o for o in others if o.first < cand.first and o.first < cand.actor[1] <= o.last), None)
        if told is not None and told.sense.pos == "noun":
            cand.actor = told.actor
        elif not armed:
            cand.actor = None  # (but "Ukrainian drones attacked Crimea", "Israeli artillery shelled Khiam", "a Houthi
            # missile struck a ship": a country's or an armed group's weapons act for it)
    if cand.actor and cand.target and cand.actor[0] < cand.target[1] and cand.target[0] < cand.actor[1] and (
            cand.sense.pos == "noun" and cand.last < len(sent.lower) and sent.lower[cand.last] == "by"):
        cand.target = None  # "a march by thousands of students": the marchers, not whom they marched against (but
        # "clashes between two groups of the Shaikh community": one community on both sides)
    _found_body(sent, cand, lex)


def _ran_onto(sent: SentenceTokens, first: int, lex: Lexicon) -> tuple[int, int] | None:
    """The vehicle or person that ran onto the mine or bomb whose noun starts at `first`: the subject of "struck",
    "stepped on" or "drove over" right before the noun's article ("their truck struck an improvised explosive device",
    "a herder stepped on a landmine"), else None."""
    j = first - 1
    while j > 0 and sent.lower[j] in lex.determiner:
        j -= 1
    if j > 0 and sent.lower[j] in _ONTO and sent.lower[j] != sent.lower[first]:
        j -= 1  # ("struck on" is no phrase, but a harmless one: a verb of _RAN_ONTO takes its mine either way)
    if j <= 0 or sent.lower[j] not in _RAN_ONTO or not sent.words[j].islower():
        return None
    found = _subject(sent, j, lex)
    # (none past a gerund: "sustained an injury after having stepped on a landmine" names its victim before)
    return None if found is None or sent.lower[found[1] - 1].endswith("ing") else found


def _doer_of_clause(sent: SentenceTokens, last: int, lex: Lexicon) -> tuple[int, int] | None:
    """The subject of the clause a verb of claim takes, when that clause is active: "alleged that the police had acted
    in a one-sided manner" (the police); none for a passive one, whose subject underwent the act ("alleged that he was
    killed in a fake encounter")."""
    start = last + 1 if last < len(sent.lower) and sent.lower[last] == "that" else last
    found = _noun_phrase(sent, start, lex)
    if found is None:
        return None
    k = found[1]
    while k < len(sent.lower) and (sent.lower[k] in lex.skip or sent.lower[k] in lex.be):
        if sent.lower[k] in lex.be and k + 1 < len(sent.lower) and (
                sent.lower[k + 1].endswith(("ed", "en")) or sent.lower[k + 1] in lex.participle):
            return None
        k += 1
    return found if k > found[1] or k < len(sent.lower) and sent.lower[k].endswith("ed") else None


def _dweller(sent: SentenceTokens, span: tuple[int, int], lex: Lexicon) -> tuple[int, int] | None:
    """The people whose home a phrase names, who an attack on it struck ("the residence of seven labourers", "the house
    of a councillor"), else None."""
    of = next((t for t in range(span[0] + 1, min(len(sent.lower) - 1, span[1] + 1)) if sent.lower[t] == "of"), None)
    if of is None or sent.lower[of - 1] not in _DWELLINGS or not sent.words[of - 1].islower():
        return None  # (not "the House of Representatives")
    owner = _noun_phrase(sent, of + 1, lex)
    return owner if owner is not None and _is_party_word(sent, owner[1] - 1, lex) else None


_DWELLINGS = frozenset({"house", "houses", "home", "homes", "residence", "residences"})


def _way_or_means(sent: SentenceTokens, span: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a phrase names a way a protest blocks or what it burns ("the A64 motorway", "rubber tyres")."""
    head = head_word(sent.lower[span[0]:span[1]])
    return lex.in_class(head, "blocking") or lex.in_class(head, "protest_means")


def _group_named_by_phrase(sent: SentenceTokens, k: int, start: int, lex: Lexicon) -> bool:
    """Whether the capitalised head at k closes a name of capitalised words (opening at or after `start`) and is no
    trigger on its own, only the first word of one: "the Islamic State detonated an IED" names a group ("state" opens
    "state of emergency"); "The Taliban Attack killed five" is still an attack."""
    return k > start and sent.words[k][:1].isupper() and sent.words[k - 1][:1].isupper() and sent.is_word(k - 1) and (
        not _is_device(sent.lower[k], lex)) and all(
        len(phrase) > 1 for phrase, _ in lex.triggers.get(sent.lower[k], ()))


def _said_by_nobody(sent: SentenceTokens, actor: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a pronoun party is the subject of what a reporting verb's "no one" says: "No group has yet said it
    carried out the attack"."""
    if actor[1] - actor[0] != 1 or sent.lower[actor[0]] not in _NOBODY_PRONOUNS:
        return False
    verb = next((k for k in range(actor[0] - 1, max(-1, actor[0] - _NOBODY_REACH), -1)
                 if sent.lower[k] in lex.reporting), None)
    if verb is None:
        return False
    return any(sent.lower[k] in _NO_ONE for k in range(max(0, verb - _NOBODY_REACH), verb))


_NOBODY_PRONOUNS = frozenset({"it", "they"})


def _own_weapons(sent: SentenceTokens, actor: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a party is a possessive and the head of weapons it owns ("its missiles", "their rockets"), whose owner
    the possessive stands for (not its craft, "its aircraft", "its drones", which stop 60 names)."""
    head = sent.lower[actor[1] - 1]
    return actor[1] - actor[0] == 2 and sent.lower[actor[0]] in _OWNERS and _is_weapon(head, lex) and (
        not lex.in_class(head, "aircraft"))


_OWNERS = frozenset({"its", "their"})  # the possessives a force that speaks of its own weapons uses


def _reporter(sent: SentenceTokens, cand: Candidate, actor: tuple[int, int], lex: Lexicon) -> tuple[int, int] | None:
    """The speaker a pronoun party stands for when it is the subject of the trigger's clause, which opens right after
    the speaker's reporting verb: "The army said on Monday it had detained the president", "Sudanese authorities said
    they foiled a coup", "The group said it carried out the attack": the army, the authorities, the group. None for
    any other party, for a denial ("The Taliban denied they were behind the attack"), for a clause of its own ("said
    it was wrong to criticize him") and for a person's name ("Smith said they attacked": someone else). So too for the
    speaker's own weapons ("The navy said its missiles had struck a depot"): the force that fires them acts. Its men
    and craft ("its fighters", "its aircraft") stay the party, with their owner in the canonical name (stop 60)."""
    if actor[1] > cand.first or not (actor[1] - actor[0] == 1 and sent.lower[actor[0]] in _NOBODY_PRONOUNS
                                     or _own_weapons(sent, actor, lex)):
        return None
    between = sent.lower[actor[1]:cand.first]
    # the pronoun's own verb, or one coordinated with it ("said they foiled a coup on Tuesday and arrested 21")
    coordinated = cand.sense.pos == "verb" and cand.first - actor[1] <= _COORDINATED_REACH and (
        sent.lower[_skip_back(sent, cand.first - 1, lex)] == "and")
    if cand.sense.pos == "verb" and _skip_back(sent, cand.first - 1, lex) != actor[1] - 1 and not coordinated or (
            len(between) > (_COORDINATED_REACH if coordinated else _PRONOUN_REACH)) or any(
            w in _OWN_CLAUSE_WORDS or not w.isalpha() for w in between):
        return None
    if cand.first == actor[1] and not is_past(sent, cand.first, lex):
        return None  # "People say they attack us because they hate us": what some do, told in the present
    k = actor[0] - 1
    if k >= 0 and sent.lower[k] == "that":
        k -= 1
    k = _skip_back_time(sent, k, lex)
    if k >= 2 and lex.in_class(sent.lower[k], "publication") and sent.lower[k - 1] in lex.determiner and (
            sent.lower[k - 2] == "in"):
        k = _skip_back_time(sent, k - 3, lex)  # "The ministry said in a statement on Tuesday that it welcomed …"
    if k < 0 or sent.lower[k] not in lex.reporting or sent.lower[k] in _DISOWNING or not sent.words[k].islower():
        return None
    speaker = _subject(sent, k, lex)
    if speaker is None:
        return None
    opening = speaker[0]
    while opening > 0 and sent.lower[opening - 1] in lex.determiner:
        opening -= 1
    if sent.lower[speaker[1] - 1] in lex.pronoun or is_first_name(sent.words[speaker[0]]) and (
            # (a country some take for a first name: "India said it had sent troops", "Jordan said it …")
            geo.country_code(" ".join(sent.words[speaker[0]:speaker[1]])) is None) or (
            lex.in_class(sent.lower[speaker[1] - 1], "publication")) or (
            opening > 0 and sent.lower[opening - 1] in _SPEAKER_PREPOSITIONS):
        return None  # (nor a document, "a NAS statement said it repulsed the attack", nor where the speakers were,
        # "Delegates at the convention said they welcomed …")
    return speaker


def reports_own_act(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether the trigger's actor is the speaker who reports the act as its own, by a pronoun ("The army said on
    Monday it had detained the president"): an act announced, not an incident told after it by another."""
    return cand.actor is not None and any(sent.lower[p] in _NOBODY_PRONOUNS and _reporter(
        sent, cand, (p, p + 1), lex) == cand.actor for p in range(cand.actor[1], cand.first))


_PRONOUN_REACH = 4  # words between a pronoun subject and its event noun ("it had carried out the attack")
_COORDINATED_REACH = 10  # words between a pronoun subject and a second verb of it ("they foiled a coup … and arrested")
_OWN_CLAUSE_WORDS = frozenset({"to", "for", "that", "which", "who"})  # ("it was wrong for him to criticize")
_DISOWNING = frozenset({"denied", "denies", "deny", "denying", "rejected", "dismissed", "disputed"})
_SPEAKER_PREPOSITIONS = frozenset({"at", "in", "of", "from", "for", "with", "on", "by"})
_NO_ONE = frozenset({"no", "none", "nobody"})
_NOBODY_REACH = 5  # words between "no" and its reporting verb, and between that verb and the pronoun


def threat_by_event(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether a verb of threatening has an event or a weapon for its subject ("the attack threatened peace talks",
    "violence threatens to derail the vote"): a danger told, no threat anyone made."""
    if cand.sense.event_type != "THREATEN" or cand.sense.pos != "verb" or cand.passive or cand.actor is not None:
        return False
    subject = _subject(sent, cand.first, lex)
    return subject is not None and _is_device_or_event(sent.lower[subject[1] - 1], lex)


def _tidy(sent: SentenceTokens, cand: Candidate, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A party span without the trigger's own words ("incursions" is no target of "incursions") and without the
    furniture of a scraped page before it ("image copyright AFP image caption Federal troops" → "Federal troops")."""
    if span is None or span[0] < cand.last and cand.first < span[1]:
        return None
    i, j = span
    if _WIRE_SLUG.match(" ".join(sent.words[i:i + 2])):
        # "UPDATE 1-Ecuador prison riot …", "REFILE-Gunmen kill five": a wire headline's slug glued to its first
        # word, no party (the story's own sentences tell it)
        return None
    if j - i == 1 and sent.words[i].islower() and sent.lower[i].endswith("ly") and sent.lower[i] not in _LY_NOUNS:
        return None  # "opened fire indiscriminately": an adverb, no party
    if _feast_named(sent, i, j) or _day_named(sent, (i, j)):
        return None  # "the attack on Christmas Eve", "on Easter Sunday", "Monday's bombing": a day, no party
    if j - i > 1 and sent.lower[i] in _WH_OPENERS:
        # "reported how ISWAP fighters killed …": the word that opens the clause is no part of its subject; "how
        # absurd", "how much money he": no party at all
        if not (sent.words[i + 1][:1].isupper() or sent.lower[i + 1] in NOUN_DETERMINERS
                or sent.lower[i + 1] in PRONOUNS):
            return None
        i += 1
    for k in range(j - 1, i - 1, -1):
        if sent.lower[k] in _PAGE_FURNITURE:
            i = k + 1
            break
    return (i, j) if i < j else None


_WH_OPENERS = frozenset({"how", "why", "whether"})
# The slug a wire service writes before a headline, glued to its first word by a hyphen: "UPDATE 3-", "REFILE-".
_WIRE_SLUG = re.compile(r"(?:UPDATE|REFILE|WRAPUP|CORRECTED|RPT|EXCLUSIVE|INSIGHT|ANALYSIS|FACTBOX|TIMELINE|"
                        r"PREVIEW|INTERVIEW|FEATURE|CORRECTION)(?:\s+\d+)?-\w")


def sum_of_money(sent: SentenceTokens, span: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a phrase is a sum of money, a count and its unit ("200 million naira", "Rs 2,000 crore"): what is paid
    or asked, no party (but "the funds of the party" names its owner after it)."""
    i, j = span
    return lex.in_class(sent.lower[j - 1], "money") and any(is_numeral(sent.lower[k]) for k in range(
        max(0, i - _SUM_WORDS), j - 1))


_SUM_WORDS = 2  # words of a sum before the phrase its unit is read as ("200 million" before "naira")


def money_in_kind(sent: SentenceTokens, span: tuple[int, int], lex: Lexicon) -> tuple[int, int] | None:
    """The money a sum was in, past a note of its worth in brackets ("seized 2 million euros in cash", "1.5 million
    lei (about $85,000) in cash"): what was taken, where the sum is how much."""
    k = span[1]
    if k < len(sent.lower) and sent.lower[k] == "(":
        k = next((t + 1 for t in range(k + 1, min(len(sent.lower), k + _WORTH_NOTE)) if sent.lower[t] == ")"), k)
    if k + 1 < len(sent.lower) and sent.lower[k] == "in" and lex.in_class(sent.lower[k + 1], "money") and (
            not is_numeral(sent.lower[k + 1])):
        return k + 1, k + 2
    return None


_WORTH_NOTE = 8  # tokens of a bracketed note of what a sum is worth ("(about $85,000)")


def _day_named(sent: SentenceTokens, span: tuple[int, int]) -> bool:
    """Whether a phrase names only a time ("Saturday", "Monday's", "late Sunday night", "Last October", "last week")
    or is an adverb that links a sentence to the story ("Meanwhile", "Separately"), or a date ("27 October 2023"):
    never a party."""
    if span[1] - span[0] == 1 and _POSSESSIVE_END.sub("", sent.words[span[0]]).lower() in _LINKING_ADVERBS:
        return True
    # (word by word, so that a party's phrase ends the walk at its first word that tells no time: most do at once)
    named = False  # a day, a month or a period among the words, not only parts of a day ("late")
    for t in range(*span):
        word = _POSSESSIVE_END.sub("", sent.words[t])
        calendar = is_calendar_word(word.capitalize())
        lower = word.lower()
        if not (calendar or lower in _DAY_PARTS or lower in _PERIODS or _DAY_OR_YEAR.fullmatch(lower)):
            return False
        named = named or calendar or lower in _PERIODS
    return named


_POSSESSIVE_END = re.compile(r"['’]s?$")
_DAY_OR_YEAR = re.compile(r"\d{1,2}(?:st|nd|rd|th)?|\d{4}")  # the numbers of a date ("27 October 2023", "May 3rd")
_DAY_PARTS = frozenset({"night", "morning", "evening", "afternoon", "late", "early", "last", "this", "next", "earlier",
                        "later"})
_PERIODS = frozenset({"week", "weekend", "month", "year", "spring", "summer", "autumn", "fall", "winter"})
# Adverbs that open a sentence and tie it to the story, before its subject: "Meanwhile, a roadside bomb struck …"
_LINKING_ADVERBS = frozenset({"meanwhile", "separately", "elsewhere", "however", "moreover", "nevertheless", "later",
                              "earlier", "overnight", "yesterday", "today", "afterwards", "afterward", "subsequently",
                              "indeed", "thus", "hence", "therefore", "yet", "overall", "besides", "nonetheless",
                              "furthermore", "instead", "otherwise", "together", "meantime", "anyway", "yes", "no",
                              "well"})


def _among(sent: SentenceTokens, found: tuple[int, int] | None, lex: Lexicon) -> tuple[int, int] | None:
    """The subject of "were among those killed", "was among the people wounded": whom the harm befell, of whom
    "those" are the whole."""
    if found is None:
        return None
    k = found[0] - 1
    while k >= 0 and sent.lower[k] in lex.determiner:
        k -= 1
    if k < 1 or sent.lower[k] != "among" or sent.lower[k - 1] not in lex.be:
        return None
    return _subject(sent, k - 1, lex)


def _found_body(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> None:
    """ "Police found the body of a journalist", "the body was found by police": who found it did not kill; the
    dead is whose body it was."""
    if cand.sense.event_type != "ASSAULT" or sent.lower[cand.first] not in _FINDING:
        return
    cand.actor = None
    if cand.target and lex.in_class(sent.lower[cand.target[1] - 1], "corpse") and cand.target[1] + 1 < len(
            sent.lower) and sent.lower[cand.target[1]] == "of":
        cand.target = _noun_phrase(sent, cand.target[1] + 1, lex) or cand.target


def _charged_aside(sent: SentenceTokens, cand: Candidate) -> bool:
    """ "The minister, accused of corruption, resigned": an accusation in an aside, said of the noun before it."""
    return (cand.sense.event_type == "ACCUSE" and cand.first > 1 and sent.words[cand.first - 1] == ","
            and cand.last < len(sent.lower) and sent.lower[cand.last] == "of")


_QUANTIFIERS = frozenset({"all", "both"})  # adverbs after a participle ("were killed all") or determiners of its object


def reduced_relative(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """A bare participle after its noun, with no object: "the soldier captured alive has died", "troops
    deployed to Kursk", "a pact signed in June"."""
    first = cand.first
    word = sent.lower[cand.last - 1]
    if not word.endswith("ed") or word in lex.intransitive or first == 0:
        return False
    k = first - 1
    while k > 0 and sent.lower[k] in BEFORE_BARE_PARTICIPLE:
        k -= 1
    before = sent.lower[k]
    if not sent.is_word(k) or before in lex.skip or _is_boundary(before, lex) or before in {"and", "or"}:
        return False
    if _name_after_thing(sent, 0, k + 1, lex) is not None and _no_object(sent, cand.last, lex):
        return False  # "The rockets Hamas fired hit Ashkelon", "an attack the defendant praised in online chats": a
        # relative clause with no pronoun, whose object is the noun before it
    if object_relative(sent, first, lex) is not None:
        return False  # "the vote, which the main opposition party boycotted": the party's act, on the vote
    if before == "those":
        return True  # "Those killed included two children": the people it befell
    if _sole_predicate(sent, cand, lex):
        return False  # "In August 2008, Russian forces invaded after a brief war": the clause's own verb, no object
    k = cand.last
    while k < len(sent.lower) and sent.lower[k] in AFTER_BARE_PARTICIPLE:
        k += 1
    to = k
    if k < len(sent.lower) and ("future" in lex.modality_markers.get(word, ()) or word in INTENT
                                or cand.sense.event_type == "THREATEN"):
        to = _time_phrase_end(sent, k, lex) or k  # "The army pledged on Tuesday to release …", "Residents threatened
        # on Friday to block the highway" (not "a pact signed on Friday to end the war", a participle of no promise)
    if to + 1 < len(sent.lower) and sent.lower[to] == "to" and cand.sense.event_type in VERBAL_TYPES and infinitive(
            sent, to + 1, lex):
        return False  # a speech act with its infinitive: "Prosecutors initially threatened to charge him" (past its
        # time: "The army pledged on Tuesday to release the detainees")
    spoken = cand.sense.event_type in VERBAL_TYPES
    said = (_time_phrase_end(sent, k, lex) or k) if spoken and k < len(sent.lower) else k
    if said + 1 < len(sent.lower) and sent.lower[said] == "that" and spoken and sent.lower[said + 1] not in lex.time:
        return False  # … or its clause: "Diab vowed that those responsible would pay", past its time: "Khamenei
        # warned on Wednesday that Israel would be punished" (not "a pact signed that day")
    if k + 1 < len(sent.lower) and sent.lower[k] in {"and", "or", ","} and sent.lower[k + 1] in lex.triggers and (
            sent.lower[k] != "," or sent.lower[k + 1].endswith("ed")):
        return False  # coordinated verbs with one object: "Turkish forces killed or injured 4 militants", "killed,
        # wounded and abducted villagers"
    if k == cand.last and _aims_at(sent, k, before, word, lex):
        return False  # "DPR forces fired at Ukrainian positions": who aims at something is the doer
    if sent.opens_count(k, lex):
        return False  # "bandits kidnapped at least 30 passengers": "at" opens a count, the verb's object
    if k + 1 < len(sent.lower) and sent.lower[k] in _QUANTIFIERS and sent.words[k + 1].isalpha() and (
            sent.words[k + 1].islower() and not sent.lower[k + 1].endswith(("ed", "ly"))):
        return False  # "the government banned all protests": "all" opens the verb's object
    if k < len(sent.lower) and _object_past_time(sent, k, lex) is not None:
        return False  # "Police arrested on Monday three suspects": the verb's object, past its time
    if k + 1 < len(sent.lower) and sent.words[k] in _OPENING_QUOTES and sent.is_word(k + 1):
        return False  # "The president blamed "foreign terrorists" for the attack": a quoted object
    if k < len(sent.lower) and sent.lower[k] in MOTION_INTO and k == cand.last:
        return False  # "Gunmen stormed into a school": a motion the subject makes, into a place, not a passive
    if tuple(sent.lower[k:k + 2]) == ("to", "death") and k + 2 < len(sent.lower) and not _no_object(sent, k + 2, lex):
        return False  # "Militants stabbed to death a teacher": the result before the object (not "Teacher stabbed
        # to death in Dhaka")
    return k >= len(sent.lower) or not sent.is_word(k) or sent.lower[k] in lex.stop or (
        sent.lower[k] in lex.skip) or (sent.lower[k] == "of" and (
            cand.sense.event_type == "ACCUSE" or lex.in_class(word, "verdicts"))) or (
        time_follows(sent, k, lex)) or (sent.lower[k] in lex.verb and sent.words[k].islower())
    # (a verb right after: "Officers responding to reports of shots fired found the victims": the shots' main verb)
    # (a charge after "of": "a man accused of theft", "36 men convicted of taking part" are the accused)


def _sole_predicate(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether a verb in the past with no object is its clause's only verb, after a subject of armed or acting people
    that an article or an opening phrase's comma opens ("In August 2008, Russian forces invaded after a brief war",
    "The rebels attacked at dawn"): the subject did it. A participle after a noun has the clause's verb after it ("the
    soldiers captured alive were freed"); a headline's subject has no article ("Soldiers attacked near Gao")."""
    subject = _phrase_ending(sent, cand.first - 1, lex)
    if subject is None or not lex.in_class(sent.lower[subject[1] - 1], "agents"):
        return False
    opener = subject[0] - 1
    if opener >= 0 and sent.lower[opener] in ARTICLES:
        opener -= 1
    if opener >= 0 and not (sent.lower[opener] == "," and not any(
            w in lex.verb or w in lex.be or w.endswith("ed") for w in sent.lower[:opener])):
        return False  # (the subject opens its sentence, or follows an opening phrase: not "against the detention of
        # two activists accused of …", a participle after a preposition's object)
    if opener < 0 and sent.lower[subject[0]] not in ARTICLES and subject[0] == 0:
        return False  # "Soldiers attacked near Gao": a headline's passive
    for j in range(cand.last, len(sent.lower)):
        w = sent.lower[j]
        if w in _CLAUSE_AFTER_VERB or w in {";", ":"}:
            return True  # what follows is a clause of its own: "invaded after the talks failed"
        if w in lex.be or w in lex.verb or sent.words[j].islower() and w.endswith("ed") and (
                sent.lower[j - 1] not in lex.determiner):
            return False
    return True


_CLAUSE_AFTER_VERB = frozenset({"after", "before", "when", "as", "while", "because", "until", "since", ","})
MOTION_INTO = frozenset({"into", "onto", "through"})  # after a verb of motion: where its subject went
_OBJECT_RELATIVES = frozenset({"which", "that", "whom"})
_RELATIVE_SUBJECT_WORDS = 5  # words of the subject between the relative pronoun and its verb, at most


def object_relative(sent: SentenceTokens, first: int, lex: Lexicon) -> int | None:
    """The token of the relative pronoun whose clause has its own subject right before the verb at `first`, the
    pronoun standing for the verb's object: "the vote, which the opposition boycotted", "the town that the army
    shelled". None for a clause "that" opens after a verb ("said that the army shelled …")."""
    k = first - 1
    while k >= 0 and first - k <= _RELATIVE_SUBJECT_WORDS and sent.is_word(k) and sent.lower[k] not in (
            _OBJECT_RELATIVES) and not _is_boundary(sent.lower[k], lex) and sent.lower[k] not in lex.skip and (
            sent.lower[k] not in ("and", "or")):
        k -= 1
    if k < 1 or k == first - 1 or sent.lower[k] not in _OBJECT_RELATIVES or sent.lower[first] in lex.intransitive:
        return None
    after = first + 1
    if after < len(sent.lower) and (sent.lower[after] in AFTER_BARE_PARTICIPLE or sent.lower[after] in lex.skip
                                    or sent.lower[after] in lex.be):
        return None  # "confirmed through an agency that the soldier captured alive has died": a participle, in a
        # clause of its own verb
    before = sent.lower[k - 1]
    if before in lex.stop:
        return None  # "clashes in which two people died": the pronoun is the preposition's, not the verb's object
    if sent.lower[k] == "that" and (not sent.is_word(k - 1) or before in lex.reporting or before in lex.verb or (
            before.endswith(("ed", "ly"))) or before in lex.be or before in lex.skip or before in PARTICLES):
        return None  # "said that", "points out that": a clause, not a relative one
    return k


def _nearer_of_party(sent: SentenceTokens, phrase: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """The people after "of" in a phrase a bare participle follows, when what holds them is no party ("the funeral
    of three soldiers killed in the ambush", "the bodies of two men abducted on Monday"): the participle says what
    the nearer noun underwent. "Members of the gang arrested" stays whole."""
    start, end = phrase
    of = next((j for j in range(end - 2, start, -1) if sent.lower[j] == "of"), None)
    if of is None or _is_party_word(sent, of - 1, lex) or not _is_party_word(sent, end - 1, lex):
        return phrase
    return skip_quantity(sent, of + 1, end, lex), end


def befallen(sent: SentenceTokens, cand: Candidate, lex: Lexicon, determiners: frozenset[str]) -> bool:
    """Whether a verb trigger is a participle between one of the determiners (and a count) and the people it befell
    ("the abducted schoolboys", "the 344 kidnapped students", "a detained activist"): it names them by a past act."""
    k = cand.first - 1
    if k >= 0 and is_numeral(sent.lower[k]):
        k -= 1
    return cand.sense.pos == "verb" and k >= 0 and sent.lower[k] in determiners and cand.last == cand.first + 1 and (
        sent.lower[cand.first].endswith(("ed", "en"))) and cand.last < len(sent.lower) and (
        _modified_noun(sent, cand.last, lex))


def _modified_noun(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether the word at k is a noun for people that a participle before it modifies ("the kidnapped students",
    "the detained men"), or one after a noun of theirs ("the kidnapped prison officer", "the abducted aid workers"),
    or one holder of an office a few words on ("the jailed former prime minister", "the imprisoned ex-president", "the
    jailed leader's party"), not the verb of the participle used as a noun ("the wounded included")."""
    if _person_noun(sent, k, lex) or sent.is_word(k) and sent.words[k].islower() and (
            sent.lower[k] not in lex.stop and _person_noun(sent, k + 1, lex)):
        return True
    for j in range(k, min(len(sent.lower), k + _OFFICE_WORDS)):
        if not sent.is_word(j) or not sent.words[j].islower() or sent.lower[j] in lex.stop:
            return False
        office = sent.lower[j].removeprefix(_FORMER_PREFIX).removesuffix("'s").removesuffix("’s")
        if (lex.in_class(office, "dignitaries") or lex.in_class(office, "roles")) and not office.endswith("s"):
            return True  # (one holder, known by the state they are in; "relatives of detained politicians" may be
            # of the day's arrests)
    return False


_OFFICE_WORDS = 3  # words from a participle's noun to the office they name ("former prime minister")
_FORMER_PREFIX = "ex-"  # "the jailed ex-president"


def _person_noun(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    return sent.is_word(k) and sent.words[k].islower() and (lex.in_class(sent.lower[k], "people")
                                                              or lex.in_class(sent.lower[k], "agents"))


def _time_phrase_end(sent: SentenceTokens, k: int, lex: Lexicon) -> int | None:
    """The token after a short time phrase at token k ("on Monday", "last week", "yesterday", "on July 25, 2016"),
    or None when none opens there."""
    n = len(sent.lower)
    j = k + 1 if sent.lower[k] in _TIME_OPENERS else k
    if j >= n or not (sent.lower[j] in lex.time or is_calendar_word(sent.words[j])) or sent.lower[j] in _REPEATS:
        return None
    calendar = is_calendar_word(sent.words[j])
    j += 1
    if j < n and sent.lower[j] in ("morning", "afternoon", "evening", "night"):
        j += 1
    while calendar and j < n and (sent.lower[j][:1].isdigit() or sent.lower[j] == ","):
        j += 1  # "on July 25, 2016": the day and year of the month
    return j


def _object_past_time(sent: SentenceTokens, k: int, lex: Lexicon) -> int | None:
    """The token after a short time phrase at token k ("on Monday", "last week", "yesterday") when a count or a
    determiner follows it, opening the verb's object ("arrested on Monday three suspects"); else None."""
    n = len(sent.lower)
    if k + 3 < n and sent.lower[k] in ("the", "that") and (sent.lower[k + 1] in _RELATIVE_DAYS or (
            sent.lower[k + 1] in _DAY_UNITS)) and time_follows(sent, k, lex):
        j = k + (2 if sent.lower[k] == "that" else 3)  # "arrested the same day three suspects", "that day five"
        opens = sent.lower[j].isdigit() or sent.lower[j] in _COUNT_WORDS or sent.opens_count(j, lex) or (
            sent.lower[j] in lex.determiner and sent.lower[j] != "that")
        return j if opens else None
    j = _time_phrase_end(sent, k, lex)
    if j is None:
        return None
    if j + 1 < n and sent.lower[j] == "the" and sent.lower[j + 1][:1].isdigit():
        return None  # "on Monday the 5th": the day, told again
    opens = j < n and (sent.lower[j].isdigit() or sent.lower[j] in lex.determiner and sent.lower[j] != "that"
                       or sent.lower[j] in _COUNT_WORDS or sent.lower[j] != "to" and sent.opens_count(j, lex))
    return j if opens else None


_RELATIVE_DAYS = frozenset({"previous", "same", "following", "next", "preceding"})
_SPAN_OPENERS = frozenset({"next", "past", "last", "coming", "following", "previous", "preceding"})
_DAY_UNITS = frozenset({"day", "night", "morning", "evening", "afternoon", "week", "weekend", "month", "year"})
_REPEATS = frozenset({"again", "twice", "thrice", "repeatedly"})  # words of time that tell how often, not when
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve dozens hundreds scores "
                         "several".split())


def _span_of_time(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether a span of time opens at token k: "the next two days", "the past few weeks", "the coming months"."""
    words = sent.lower[k:k + 4]
    if len(words) < 3 or words[0] != "the" or words[1] not in _SPAN_OPENERS:
        return False
    unit = next((w for w in words[2:] if not (is_numeral(w) or w in ("few", "several", "couple", "of"))), "")
    return unit.rstrip("s") in _DAY_UNITS or unit in lex.time


def time_follows(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether a time phrase opens at token k ("the men detained last week", "a pact signed yesterday", "the attacks
    late Tuesday", "the assault early on Monday"), which no object of a verb, nor a noun an event noun modifies, is."""
    if sent.lower[k] in lex.time and sent.lower[k] not in _REPEATS:
        return True
    words = sent.lower[k:k + 3]
    if len(words) == 3 and words[0] == "the" and (words[1] in _RELATIVE_DAYS and words[2] in _DAY_UNITS
                                                  or words[1] in ("day", "night") and words[2] in ("before", "after")):
        return True  # "a local MCA arrested the previous day", "a man detained the day before"
    if len(words) >= 2 and words[0] == "that" and words[1] in _DAY_UNITS:
        return True  # "a pact signed that day"
    return sent.lower[k] in _TIME_OPENERS and k + 1 < len(sent.lower) and (
        sent.lower[k + 1] in lex.time or is_calendar_word(sent.words[k + 1])
        or sent.lower[k] in _EARLY_OR_LATE and sent.lower[k + 1] in ("on", "in"))


def _aims_at(sent: SentenceTokens, k: int, before: str, word: str, lex: Lexicon) -> bool:
    """Whether a verb read with "at", "on" or "upon" (for "fired", also "into") right after it is active: its noun is
    armed ("rebels shot at a patrol") or the verb is "fire", which no noun but a shot undergoes ("persons fired at the
    house", "gunmen fired upon a church" against "shots fired at the crowd"); "were fired at by" stays passive, and
    "on" before a day is a time ("a clerk fired on Monday")."""
    if k + 1 >= len(sent.lower) or sent.lower[k + 1] == "by" or (
            sent.lower[k] == "on" and is_calendar_word(sent.words[k + 1])):
        return False
    if sent.lower[k] in _FIRED_INTO:  # "police fired into the crowd" (but "rockets fired into Israel")
        return word == "fired" and not lex.in_any_class(before, _THROWN_CLASSES)
    if sent.lower[k] not in _AIMED:
        return False
    if lex.in_class(before, "military"):
        return True
    return word == "fired" and not lex.in_any_class(before, _THROWN_CLASSES)


# Superlatives of harm that rank an event among those a place suffered ("Britain's worst terror attack"), unlike those
# of scale, which rank what a doer did ("Russia's largest drone attack")
_HARM_SUPERLATIVES = frozenset({"deadliest", "worst", "bloodiest", "deadly", "lethal", "costliest"})


def _noun_actor(sent: SentenceTokens, first: int, lex: Lexicon, event_type: str,
                mode: str | None) -> tuple[int, int] | None:
    """Who acts in an event noun: the light verb's subject ("protesters staged a demonstration"), a
    possessor or a name before it ("Russia's invasion", "Taliban attacks"), or an agent noun ("police
    crackdown"); an adjective ("futile attacks") is no actor. Those who observe a strike strike ("Traders will
    observe a shutter-down strike"), not those who observe another event ("UN monitors observed the protest")."""
    found = _subject(sent, first, lex, verb=False)
    if found is None or sent.lower[found[1] - 1] in lex.time:
        return None  # "20 minutes later shooting occurred": a time, no doer
    i, j = found
    if any(sent.lower[k] in lex.light_verb and not (sent.lower[k] in _CALLING and (
            sent.lower[k + 1] in _DEICTIC or sent.lower[k + 1] in _VICTIMS_POSSESSIVES))
           and (mode in _OBSERVED or sent.lower[k] not in _OBSERVING) and not _auxiliary_had(sent, k, lex)
           and not _phrase_between(sent, k, first, lex) or _carries(sent, k, first, lex) for k in range(j, first)):
        return found  # (not "called the attack an act of terrorism", "called his murder an attack on justice": a
        # name given to it, by someone else; but a body's own act it calls, "The union called its strike for Monday")
    if any(sent.lower[k] not in lex.determiner and sent.lower[k] not in lex.be and sent.lower[k] not in lex.skip
           for k in range(j, first)):
        return None  # a verb of the subject's between: "Hollande called the attack …" (not "prisoners are in jail")
    # from its first name or agent noun: "recent police shootings" → "police"
    for k in range(i, j):
        name = _capitalised(sent.words[k]) and sent.lower[k] not in lex.determiner and not _is_device(
            sent.lower[k], lex) and _name_at(sent, k, j, first, lex)  # ("Bomb blasts killed …": no one's name)
        word = sent.lower[k][:-2] if sent.lower[k].endswith(("'s", "’s")) else sent.lower[k]
        # ("the army's killing of …"; "an insurgent attack", "a militant ambush": the armed group's)
        if name or lex.in_class(word, "agents") or lex.in_class(word, "insurgents") or sent.lower[k] in lex.pronoun:
            if _town_or_site(sent, k, j, lex, event_type):
                return None
            if sent.lower[first] in _HELD_IN:
                return k, j  # "Trayvon Martin's killer in prison": the person held, whose the possessor only says
            if _befell_possessor(sent, first, lex):
                return None  # "his arrest", "Khashoggi's murder": whom it befell (`_undergoer`), not who did it
            if sent.lower[k] in _POSSESSIVE_DETERMINERS and not lex.in_class(sent.lower[first], "undergone"):
                # "as Israel pressed on with its bombardment", "in its first direct attack" (not "demanded his
                # release": he underwent it); the pronoun, not its noun's modifiers
                return _active_subject(sent, k, lex) or (k, k + 1)
            # "the Republican leadership's repeated refusal": the possessor, not its modifiers (a possessive's "'s"
            # is no part of the name: records._party drops it)
            owner = next((t for t in range(k, j) if sent.lower[t].endswith(("'s", "’s"))), j - 1)
            if any(sent.words[t].islower() and sent.lower[t].endswith("ing") for t in range(k, owner)):
                return k, j  # "supporters holding Venezuela's flag": the possessor is the participle's object's
            if any(sent.lower[t] in _HARM_SUPERLATIVES for t in range(owner + 1, first)):
                return None  # "New Zealand's deadliest mass shooting": where it struck, not who did it
            end = owner + 1
            while end - 1 > k and sent.words[end - 1].islower() and not lex.in_class(sent.lower[end - 1], "agents") \
                    and not sent.lower[end - 1].endswith(("'s", "’s")):
                end -= 1  # "U.S. retaliatory strikes", "Russian heavy missile attacks": the name, not the adjectives
            return k, end
    return None


def _capitalised(word: str) -> bool:
    """Whether a word is written as a name, or is an armed group's written after an Arabic article ("the al-Shabab
    attack"; not a town's, "al-Hasakeh artillery fire")."""
    return word[:1].isupper() or word[:3] == "al-" and geo.group_country(word) is not None


_OBSERVING = frozenset({"observe", "observes", "observed", "observing"})
_OBSERVED = frozenset({"strike", "hunger"})  # modes of the events one takes part in by observing them


def _carries(sent: SentenceTokens, k: int, first: int, lex: Lexicon) -> bool:
    """Whether token k is the particle of "be on", "go on" or "keep up", which carries the event noun at `first` as a
    light verb does ("prisoners have been on hunger strike since Monday", "went on an indefinite hunger strike",
    "kept up road blockades"; not "kept him in jail", "were on patrol when clashes broke out")."""
    if k == 0 or not (sent.lower[k] == "on" and (sent.lower[k - 1] in lex.be or sent.lower[k - 1] in _GOING)
                      or sent.lower[k] == "up" and sent.lower[k - 1] in _KEEPING):
        return False
    return first - k <= _CARRIED_REACH and all(sent.lower[t] in lex.determiner or sent.words[t].islower() and (
        sent.lower[t] not in lex.stop and sent.lower[t] not in lex.pronoun) for t in range(k + 1, first))


_GOING = frozenset({"go", "goes", "going", "gone", "went"})
_KEEPING = frozenset({"keep", "keeps", "keeping", "kept"})
_CARRIED_REACH = 4  # tokens from the particle to the event noun ("on an indefinite hunger strike")


def _befell_possessor(sent: SentenceTokens, first: int, lex: Lexicon) -> bool:
    """Whether the possessor before an event noun is whom the event befell: a noun of what one undergoes with no
    "of" phrase after it ("his arrest", "Khashoggi's murder", "their abduction on Friday"), where the possessor of
    the noun with one is its doer ("the army's killing of 12 civilians")."""
    return lex.in_class(sent.lower[first], "undergone") and not (
        first + 1 < len(sent.lower) and sent.lower[first + 1] == "of")


def _undergoer(sent: SentenceTokens, first: int, lex: Lexicon) -> tuple[int, int] | None:
    """The possessor an event noun befell ("his arrest" → his, "the journalist's detention" → the journalist), with
    nothing but modifiers between ("her unlawful detention"), or None."""
    if not _befell_possessor(sent, first, lex):
        return None
    found = _subject(sent, first, lex, verb=False)
    if found is None or any(sent.lower[t] in lex.determiner or sent.lower[t] in lex.be or sent.lower[t] in lex.verb
                            for t in range(found[1], first)):
        return None
    i, j = found
    if sent.lower[j - 1] in _POSSESSIVE_DETERMINERS:
        return j - 1, j
    if not sent.lower[j - 1].endswith(("'s", "’s")):
        return None
    # the possessor's own words: a name, or a noun after its determiner ("the journalist's"), not a verb of the
    # clause before it ("would expand Obama's deportation …")
    k = j - 1
    while k > i and (sent.words[k - 1][:1].isupper() or sent.words[k - 1] == "." or sent.lower[k - 1] in lex.determiner
                     or lex.in_class(sent.lower[k - 1], "agents")):
        k -= 1
    return k, j


def _phrase_between(sent: SentenceTokens, k: int, first: int, lex: Lexicon) -> bool:
    """Whether two prepositions (not "of"), or one of sequence, stand between a light verb at k and an event noun at
    `first`: then the noun is in a phrase of the verb's complement, not the verb's ("called for calm after the
    attack", "called for an investigation into the killings", "attempted suicide after the attack"; but "called for a
    strike", "joined them for the overnight protest"); nor when an event noun of the verb's own stands between, before
    its preposition ("staged a protest against the arrest of their leaders": the protest is theirs, the arrest
    someone else's)."""
    return sum(sent.lower[t] in lex.stop and sent.lower[t] != "of" for t in range(k + 1, first)) >= 2 or any(
        sent.lower[t] in _SEQUENCE_PREPOSITIONS  # "attempted suicide after the attack"
        or sent.lower[t + 1] in lex.stop and sent.lower[t + 1] != "of" and event_noun(sent.lower[t], lex)
        for t in range(k + 1, first))


_SEQUENCE_PREPOSITIONS = frozenset({"after", "before", "since", "following", "despite", "amid"})


def _active_subject(sent: SentenceTokens, k: int, lex: Lexicon) -> tuple[int, int] | None:
    """The subject of the clause a possessive pronoun at token k stands in, when its verb is active ("Israel pressed on
    with its bombardment"; not "He was arrested … his …")."""
    found = _clause_subject(sent, k, lex, False)
    if found is None or found[1] >= len(sent.lower) or sent.lower[found[1]] in lex.be or k - found[1] > _OWN_REACH:
        return None
    head = found[1] - 1
    if sent.lower[head] in lex.pronoun:
        return None
    if sent.lower[k] in {"his", "her"} and sent.lower[head].endswith("s") and (
            found[0] == 0 or sent.words[head].islower()):
        return None  # one person's, not "Conservatives still praise his refusal" (but "Sanders … his attacks")
    if sent.words[head][:1].isupper():
        if sent.words[found[1]][:1].isupper():
            return None  # a name cut short ("the government of the United" of "… United States")
        name = " ".join(sent.words[found[0]:found[1]])
        # a name, a state's too ("Israel"), not a town's ("As Samwah city … to fulfil its promises")
        return None if _names_place(sent, found) and geo.country_code(name) is None else found
    # a body of people named by its noun alone ("Police ended their crackdown"), not "an eclectic collection of …"
    return found if lex.in_class(sent.lower[head], "agents") and found[1] - found[0] <= 2 else None


def _auxiliary_had(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether "had" at token k is the auxiliary of the verb after it ("the demonstrators had defied a ban"), not
    a light verb ("had talks")."""
    if sent.lower[k] != "had" or k + 1 >= len(sent.lower):
        return False
    after = sent.lower[k + 1]
    return after in MAIN_VERBS or after in lex.light_verb or (
        after.endswith(("ed", "en")) and sent.words[k + 1].islower() and after not in lex.determiner)


def _name_at(sent: SentenceTokens, k: int, j: int, first: int, lex: Lexicon) -> bool:
    """Whether a capitalised word before an event noun is a name: after another word; or opening the sentence, before
    the noun of an event ("Trump talks with …"), or before a weapon as an acronym, an armed group, a country or
    place, or the first of several capitalised words ("Boko Haram bomb"), not an adjective a headline capitalises
    ("Roadside IED kills …") or one of an event's manner (lexicon class `manner`: "Heavy gunfire was heard")."""
    if _is_word_before(sent, k):
        return True
    word = sent.words[k]
    if sent.lower[k].endswith("ing") or sent.lower[k] in _DEMONSTRATIVES or sent.lower[k].endswith("ed") and not (
            k + 1 < j and sent.words[k + 1][:1].isupper()) or lex.in_class(sent.lower[k], "manner"):
        return False  # "Citing last week's Paris attack, …", "This follows …", "Coordinated bomb attacks", "Heavy
        # gunfire was heard": a participle, a pronoun or an adjective
    return not _is_device(sent.lower[first], lex) or word.isupper() or lex.in_class(
        sent.lower[k], "military") or (
        k + 1 < j and sent.words[k + 1][:1].isupper() and not sent.words[k + 1].isupper()) or (
        geo.country_code(word) is not None or geo.place_country(word) is not None)


def _operation_of(sent: SentenceTokens, cand: Candidate, others: list[Candidate], lex: Lexicon) -> tuple[int, int] | None:
    """The doer of an operation a verb's clause says it was done in: "troops killed five militants in a raid",
    "police arrested 24 suspects, all nationals, in a series of raids". Only for an attack or a coercion done by the
    active verb's subject ("five militants were killed in a raid" names no doer; "police detained ten people during
    the protest" did not protest)."""
    if cand.sense.event_type not in _OPERATION_TYPES:
        return None
    k = cand.first - 1
    while k >= 0 and cand.first - k <= _OPERATION_REACH and sent.words[k][:1].isalpha() and sent.words[k].islower() \
            and sent.lower[k] not in _OPERATION_PREPOSITIONS and (sent.lower[k] not in lex.stop or sent.lower[k] == "of"):
        k -= 1  # (not "in connection with the attack")
    if k < 0 or sent.lower[k] not in _OPERATION_PREPOSITIONS or k > 0 and sent.lower[k - 1] in _SUSPECTS:
        return None  # ("arrested two suspects in the murder of a teacher": the act they are suspected of)
    verb = next((o for o in reversed(others) if o.last <= k and o.sense.pos == "verb"), None)
    if verb is None or verb.passive or verb.actor is None or verb.sense.event_type not in _OPERATION_TYPES or any(
            w in lex.clause or w in lex.reporting or w in _FOR_A_CAUSE for w in sent.lower[verb.last:k]):
        return None  # (nor an act a sentence or an arrest is for: "sentenced two men for their role in a bombing")
    return verb.actor


_SUSPECTS = frozenset({"suspect", "suspects", "accused", "culprits", "perpetrators", "suspected"})
_FOR_A_CAUSE = frozenset({"for", "over"})  # what a verb's object is punished or held for, no operation of its doer


# Event nouns of explosions, which no country sets off by its name alone ("Sri Lanka blasts"; but "US strikes")
_BLASTS = frozenset({"blast", "blasts", "bombing", "bombings", "explosion", "explosions"})


def _town_or_site(sent: SentenceTokens, i: int, j: int, lex: Lexicon, event_type: str) -> bool:
    """Whether a name before an event noun says where or when it happened, not who did it: a town, region or site
    ("the Manchester bombing", "the Oxford Street warning", "the Christchurch mosque attacks", "the Westgate Mall
    attack"), a named day ("the Easter Sunday bombings", "the Bloody Friday attacks"); or whether a verb stands
    between ("Dagestan sees frequent attacks"). Not a country or capital, whose government acts ("US strikes"), an
    acronym ("IRA attacks"), a possessor ("Moscow's attack") or an armed group a town shares its name with. A capital
    is the place of an act done in a place ("the Paris attacks"), not of talks or sanctions ("Washington sanctions")."""
    e = i
    while e < j and sent.words[e][:1].isupper():
        e += 1  # the name's own words: "Westgate Mall" of "Westgate Mall attack"
    words = sent.words[i:e]
    between = sent.lower[e:j]
    if words and between and not sent.lower[e - 1].endswith(("'s", "’s")) and ends_site_name(between[0]) and not any(
            lex.in_class(w, "military") for w in sent.lower[i:e]):
        return True  # "the 1998 US embassy bombing": the site was hit (but "the Taliban checkpoint attack")
    if not words or any(w.isupper() for w in words) or sent.lower[e - 1].endswith(("'s", "’s")) or any(
            lex.in_class(w, "military") for w in sent.lower[i:e]):
        return False
    if any(w in lex.skip or w in MAIN_VERBS or _plural_or_verb(w, lex) for w in between):
        return True  # "Dagestan sees frequent attacks": the name is the subject of another verb
    if any(is_calendar_word(w) for w in words) or sent.lower[i] in _FEASTS:
        return True
    if ends_site_name(sent.lower[e - 1]):
        return True
    name = " ".join(words)
    if geo.country_code(name) is not None and e < len(sent.lower) and sent.lower[e] in _BLASTS and (
            geo.is_place_name(name)):
        return True  # "Sri Lanka blasts", "the Sri Lanka bombings": where they went off, no government's act
    if geo.country_code(name) is not None:
        return event_type in PLACE_TARGET_TYPES and geo.best_locality(name, (), _TOWN_POPULATION) is not None
    if len(words) == 1:
        return geo.place_country(name) is not None
    # a name of several words only as a town of some size: "the Justice Department investigation" is the department's
    return geo.best_locality(name, (), _TOWN_POPULATION) is not None or (
        geo.country_code(words[0]) is None and geo.best_locality(words[0], (), _TOWN_POPULATION) is not None)


def _plural_or_verb(word: str, lex: Lexicon) -> bool:
    """Whether a lower-case word between a name and an event noun ends its phrase: a verb ("sees") or a plural noun
    that is no kind of the event or its doers ("public records lawsuits"); not "supporters", "missile", "Kabul's"."""
    return word.endswith("s") and not word.endswith(("ss", "'s", "’s")) and not any(
        lex.in_class(word, c) for c in _KIND_CLASSES)


def _skip_back(sent: SentenceTokens, k: int, lex: Lexicon) -> int:
    """Index of the first token before k that is no auxiliary, modal or adverb."""
    while k >= 0:
        if k > 0 and (sent.lower[k - 1], sent.lower[k]) in _TWO_WORD_ADVERBS:
            k -= 2  # "No group has so far claimed responsibility"
            continue
        if not (sent.lower[k] in lex.skip and not sent.words[k].isupper()  # "IS attacks": a name
                and not _surname(sent, k)  # ("Theresa May condemned": a surname, not a modal)
                or sent.lower[k].endswith(NEGATED_CONTRACTION) or sent.since_adverb(k)
                or (sent.lower[k].endswith("ly") and sent.words[k].islower() and len(sent.lower[k]) > 4)
                or sent.lower[k] in _ORDER_ADVERBS and k + 1 < len(sent.lower) and (
                    sent.lower[k + 1].endswith("ed") or sent.lower[k + 1] in lex.verb)
                or sent.lower[k] == "long" and k > 0 and sent.lower[k - 1] in _PERFECT):  # "Moscow had long demanded"
            break
        k -= 1
    return k


_PERFECT = frozenset({"has", "have", "had"})  # before "long" of a perfect's time ("has long opposed the deal")
# Adverbs of two words between a subject and its verb: "No group has so far claimed responsibility"
_TWO_WORD_ADVERBS = frozenset({("so", "far"), ("thus", "far"), ("as", "yet"), ("until", "now")})


# Words of order between a subject and its verb in the past ("The gunman first attacked …"), not before a noun ("the
# first attack")
_ORDER_ADVERBS = frozenset({"first", "initially", "second"})


def _surname(sent: SentenceTokens, k: int) -> bool:
    """Whether a capitalised word that could be a modal or a month is a name's last word ("Theresa May", "Brian
    March"): right after a capitalised word that is no month or weekday, and no day's number after it."""
    return k > 0 and sent.words[k][:1].isupper() and sent.words[k - 1][:1].isupper() and not is_calendar_word(
        sent.words[k - 1]) and not (k + 1 < len(sent.words) and sent.words[k + 1][:1].isdigit())


def _skip_back_time(sent: SentenceTokens, k: int, lex: Lexicon) -> int:
    """Index of the token before a time phrase that ends at k, between a subject and its verb ("The European Union
    on Thursday imposed", "Police last week arrested", "The army yesterday denied"), else k."""
    period = _period_before(sent, k, lex)
    if period is not None:
        return period
    j = k
    while j >= 0 and k - j < _TIME_PHRASE and (is_calendar_word(sent.words[j]) or _time_word(sent, j, lex)
                                                 or sent.lower[j].isdigit() or sent.lower[j] in _TIME_PHRASE_WORDS
                                                 or j < k and is_weekday(sent.words[j + 1]) and sent.is_word(j)
                                                 and sent.words[j][:1].isupper()):
        j -= 1  # (a day's own name: "on Easter Sunday", "on Good Friday")
    opener = sent.lower[j + 1] if j < k else None
    if opener is None or j < 0 or not sent.is_word(j) or not (
            opener in _TIME_OPENERS or j + 1 == k and sent.lower[k] in lex.time):
        return k
    if not any(is_calendar_word(sent.words[i]) or _time_word(sent, i, lex) for i in range(j + 1, k + 1)):
        return k
    return j


def _period_before(sent: SentenceTokens, k: int, lex: Lexicon) -> int | None:
    """Index of the token before a period a preposition opens that ends at k, between a subject and its verb
    ("officials have in recent years blamed", "the group has in the past claimed", "police over the past week
    arrested"), else None: no part of who did it."""
    j = k
    while j > 0 and k - j < _PERIOD_WORDS and (sent.lower[j] in _PERIOD_MODIFIERS or sent.lower[j] in _SPAN_OPENERS
                                               or _time_word(sent, j, lex) or is_numeral(sent.lower[j])):
        j -= 1
    if j == k or j < 1 or sent.lower[j] not in _PERIOD_PREPOSITIONS or not (
            _time_word(sent, k, lex) or sent.lower[k] in _SPAN_OPENERS):
        return None
    return j - 1


_PERIOD_PREPOSITIONS = frozenset({"in", "over", "during", "for"})
_PERIOD_MODIFIERS = frozenset({"the", "recent", "few", "several", "many"})
_PERIOD_WORDS = 5  # words of such a period after its preposition ("over the past few years")


def _time_word(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """A word of time, or "day" after a word that points at one ("later that day", "the same day")."""
    return sent.lower[k] in lex.time or sent.lower[k] == "day" and k > 0 and sent.lower[k - 1] in _DAY_POINTERS


_DAY_POINTERS = frozenset({"that", "same", "this", "next", "previous", "following", "past", "last"})


def _after_be(sent: SentenceTokens, first: int, lex: Lexicon) -> bool:
    """Whether a participle trigger follows a form of "be": "was captured", "have been killed"."""
    k = first - 1
    while k >= 0 and (sent.lower[k] in BEFORE_PARTICIPLE or (k == first - 1 and sent.lower[k] in _RAISING)
                      or (sent.lower[k].endswith("ly") and sent.words[k].islower())):
        if sent.lower[k] in {"been", "being"}:
            return _is_participle(sent, first, lex)
        k -= 1
    return k >= 0 and sent.lower[k] in lex.be and _is_participle(sent, first, lex)


def _is_participle(sent: SentenceTokens, first: int, lex: Lexicon) -> bool:
    """Whether the trigger's first word is a past participle: "-ed", "-en" or an irregular one ("shot")."""
    w = sent.lower[first]
    return w.endswith(("ed", "en", "wn")) or w in lex.participle


def _by_phrase(sent: SentenceTokens, last: int, lex: Lexicon) -> tuple[int, int] | None:
    """ "by X" right after the trigger, past an adverb or two ("captured alive by Ukrainian forces"); not past a verb of
    causing ("The kidnapping prompted protests by parents": the parents protested)."""
    for k in range(last, min(len(sent.lower), last + 3)):
        if sent.lower[k] in _CAUSING and k + 1 < len(sent.lower) and sent.lower[k + 1] != "by":
            return None  # (but "a clash caused by China's ships": its doer)
        if sent.lower[k] == "by":
            if k + 1 < len(sent.lower) and sent.words[k + 1].islower() and sent.lower[k + 1].endswith("ing") and (
                    k + 2 >= len(sent.lower) or not sent.words[k + 2][:1].isupper() and not lex.in_class(
                    sent.lower[k + 2], "agents") and not (lex.in_class(sent.lower[k + 2], "people")
                                                          and sent.lower[k + 2] not in lex.pronoun)):
                return None  # "by throwing stones", "by accusing him": the means, no agent (but "by advancing troops")
            found = _noun_phrase(sent, k + 1, lex)
            return _before_main_verb(sent, found, lex) if found is not None and k > last else found
        if k == last and sent.lower[k] in {"at", "on", "upon"} and k + 1 < len(sent.lower) and (
                sent.lower[k + 1] == "by"):
            continue  # "the house was fired at by gunmen"
        if not sent.is_word(k) or sent.lower[k] in lex.stop or sent.lower[k] in lex.be:
            return None  # (a verb after it has its own agent: "a man who had been shot was found by police")
        if k > last and _object_participle(sent, k, lex):
            return None  # "jets bombed caves used by the militants": the agent of the participle after the object
    return None


def _object_participle(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether the word at `k`, right before a "by", is a participle that modifies the noun before it ("caves used
    by the militants", "houses occupied by gunmen"): the "by" phrase is that participle's agent, not the verb's."""
    w = sent.lower[k]
    return sent.words[k].islower() and (w.endswith("ed") or w in lex.participle) and k + 1 < len(sent.lower) and (
        sent.lower[k + 1] == "by") and (
        sent.words[k - 1].isalpha() and sent.lower[k - 1] not in lex.stop and not sent.lower[k - 1].endswith("ly")
        and sent.lower[k - 1] not in ("and", "or"))  # ("was shot and wounded by gunmen": one agent for both)


_ADJECTIVE_PASTS = frozenset({"armed", "masked", "unidentified", "suspected", "alleged", "united", "organised",
                              "organized", "banned", "outlawed", "hooded", "uniformed", "retired", "elected"})


def _before_main_verb(sent: SentenceTokens, found: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """The agent of a participle after a noun, up to the verb of the sentence the noun is the subject of: "a strike
    called by the students' union paralysed normal life" (the union). A past form after the agent's head and before
    a word is that verb; not one after a determiner or a possessive ("the party's armed wing"), nor one that is
    mostly an adjective ("an unidentified armed group") or names ("a staffer named Bradley Podliska")."""
    for j in range(found[0] + 1, found[1] - 1):
        w = sent.lower[j]
        if sent.words[j].islower() and (w.endswith("ed") or w in lex.participle) and sent.words[j + 1].islower() and (
                w not in _ADJECTIVE_PASTS and w not in _NAMING_VERBS and sent.is_word(j + 1)) and (
                sent.lower[j - 1] not in lex.determiner and not sent.lower[j - 1].endswith(("'s", "’s", "'", "’"))):
            return found[0], j
    return found


def _by_after_of(sent: SentenceTokens, last: int, lex: Lexicon) -> tuple[int, int] | None:
    """ "by X" after an event noun's "of" phrase and a phrase or two of where ("the fatal shooting of a teenager by a
    police officer", "the kidnapping of 20 students from a school in Kuriga by gunmen"): the agent of the noun."""
    n = len(sent.lower)
    if last + 1 >= n or sent.lower[last] != "of":
        return None
    found = _noun_phrase(sent, last + 1, lex)
    for _ in range(_PLACE_PHRASES + 1):
        if found is None or found[1] + 1 >= n:
            return None
        k = found[1]
        if sent.lower[k] == "by":
            nxt = sent.lower[k + 1]
            return None if nxt.endswith("ing") and sent.words[k + 1].islower() else _agent(
                sent, _noun_phrase(sent, k + 1, lex), lex)
        if sent.lower[k] not in _SETTING_PREPOSITIONS and sent.lower[k] != "from":
            return None
        found = _noun_phrase(sent, k + 1, lex)
    return None


_PLACE_PHRASES = 2  # phrases of where between an event noun's "of" phrase and its "by" ("from a school in Kuriga")


def _object_agent(sent: SentenceTokens, cand: Candidate, by_actor: tuple[int, int], others: list[Candidate],
                  lex: Lexicon) -> bool:
    """Whether "by X" after a verb is the agent of the verb's object, an event of another type ("condemned the attack by
    Boko Haram"), not of the verb; an attack of its own type is the verb's ("repelled an attack by Taliban militants":
    the militants' attack, told by the side that repelled it)."""
    between = range(cand.last, next(k for k in range(cand.last, by_actor[0]) if sent.lower[k] == "by"))
    return any(sent.lower[k] in lex.determiner for k in between) and not any(
        o.first in between and o.sense.event_type == cand.sense.event_type for o in others)


def _far_by_phrase(sent: SentenceTokens, last: int, lex: Lexicon) -> tuple[int, int] | None:
    """ "by X" after a passive verb past its phrases of place and time ("have been killed in the region in recent years
    by armed gangs"): up to a few words of no clause, verb or punctuation between."""
    k = last
    while k < min(len(sent.lower) - 1, last + _BY_REACH):
        w = sent.lower[k]
        if w == "by":
            nxt = sent.lower[k + 1]
            return None if nxt.endswith("ing") and sent.words[k + 1].islower() else _noun_phrase(sent, k + 1, lex)
        close = _region_in_commas(sent, k) if w == "," else None
        if close is not None and sent.lower[close + 1] == "by":
            k = close + 1  # "was shot dead in Kolowa, Baringo County, by suspected bandits": past the town's region
            continue
        if not sent.is_word(k) or w in lex.clause or w in lex.reporting or w in lex.be or w in ("and", "or") or (
                sent.words[k].islower() and (w.endswith("ed") or w in lex.verb)) or w == "to" and infinitive(
                sent, k + 1, lex) and sent.lower[k + 1] != "death":  # (not "shot to death by two men")
            return None  # "killed in a blast caused by a gas leak", "deployed to repel incursions by militants":
            # another verb's agent
        k += 1
    return None


_BY_REACH = 14  # words between a passive verb and its "by" past phrases of place and time ("shot dead outside his
# house in the village of Tela on Friday night by two men")


def _region_in_commas(sent: SentenceTokens, comma: int) -> int | None:
    """The comma that closes a region or country named in commas after a town, opening at `comma` ("in Kolowa,
    Baringo County, by …", "in Jos, Plateau State, on Sunday"), else None."""
    if comma == 0 or not sent.words[comma - 1][:1].isupper():
        return None
    close = next((t for t in range(comma + 2, min(len(sent.lower) - 1, comma + _PLACE_IN_COMMAS + 2))
                  if sent.lower[t] == ","), None)
    return close if close is not None and all(sent.words[t][:1].isupper() and sent.is_word(t)
                                              for t in range(comma + 1, close)) else None


def _names_place(sent: SentenceTokens, found: tuple[int, int]) -> bool:
    """Whether a phrase is a place's name ("Egypt", "Borno state"): capitalised, and a place the gazetteer knows."""
    return sent.words[found[0]][:1].isupper() and geo.place_country(" ".join(sent.words[found[0]:found[1]])) is not None


def _named_force(sent: SentenceTokens, found: tuple[int, int]) -> bool:
    """Whether a phrase of fighters names whose they are: a name inside it ("Houthi rebels") or a country ("Myanmar
    military" opening a sentence); not "Gunmen", "Masked gunmen"."""
    return any(sent.words[j][:1].isupper() for j in range(max(1, found[0]), found[1])) or bool(
        geo.find_countries(" ".join(sent.words[found[0]:found[1]])))


def _names_group_from(sent: SentenceTokens, found: tuple[int, int]) -> bool:
    """Whether a capitalised phrase after "fighters from" names their group, not where they come from: no place
    before its "of" ("the Revolutionary Armed Forces of Colombia", "Tehrik-i-Taliban Pakistan"; not "Chechnya", "the
    Democratic Republic of Congo", "the province of Idlib")."""
    if all(sent.words[j].islower() for j in range(*found)) or any(_site_of(sent, j) for j in range(*found)):
        return False
    of = next((j for j in range(found[0] + 1, found[1]) if sent.lower[j] == "of"), found[1])
    name = " ".join(sent.words[found[0]:found[1]])
    return geo.country_code(name) is None and not _names_place(sent, (found[0], of))


def _names_nobody(sent: SentenceTokens, k: int) -> bool:
    """Whether the phrase opening at token k names nobody: "nobody", "none", or "one" after "no"."""
    return sent.lower[k] in _NOBODY_WORDS or k > 0 and sent.lower[k - 1] == "no" and sent.lower[k] == "one"


def _weapon(sent: SentenceTokens, span: tuple[int, int], lex: Lexicon, rigged: bool = True) -> bool:
    """Whether a phrase names a weapon: its head ("a bomb"), the head before a participle that tells of it
    ("explosives hidden in his turban"), a modifier that loads a thing with one ("an explosives-laden truck") or,
    with `rigged`, the words after it ("an ambulance packed with explosives")."""
    first, end = span
    head = sent.lower[end - 1]
    if _is_device(head, lex) or rigged and (
            _rigged(sent, end, lex) or head in _RIGGING and _rigged(sent, end - 1, lex)):
        return True  # (and "a truck laden with explosives", whose phrase ran on into "laden")
    if end - first > 1 and (head.endswith(("ed", "en")) or head in lex.participle or head in _WORN) and _is_device(
            sent.lower[end - 2], lex):
        return True  # (and a bomb worn: "an explosive belt"; not "sticks, belts and other objects")
    return any(w.endswith(_LADEN) and _is_device(w.rsplit("-", 1)[0], lex) for w in sent.lower[first:end - 1])


_WORN = frozenset({"belt", "belts", "jacket", "jackets"})  # what a bomber wears, a weapon when a device word tells it
_LADEN = ("-laden", "-packed", "-filled", "-rigged")  # "an explosives-laden truck", "a bomb-rigged car"


def _rigged(sent: SentenceTokens, end: int, lex: Lexicon) -> bool:
    """Whether the phrase ending before token `end` is made a weapon by the words after it: "an ambulance packed
    with explosives", "a car loaded with explosives"."""
    n = len(sent.lower)
    return end + 2 < n and sent.lower[end] in _RIGGING and sent.lower[end + 1] == "with" and (
        lex.in_class(sent.lower[end + 2], "incendiary"))


def _head(sent: SentenceTokens, span: tuple[int, int], lex: Lexicon) -> int:
    """The head token of a phrase, past a collective noun to the nouns it gathers: "a series of bomb blasts" →
    "blasts"."""
    end = span[1]
    if end + 1 < len(sent.lower) and sent.lower[end - 1] in COLLECTIVES and sent.lower[end] == "of":
        for k in range(end + 1, min(len(sent.lower), end + 1 + _GATHERED)):
            if not sent.is_word(k):
                break
            if _is_device_or_event(sent.lower[k], lex):
                return k
    return end - 1


def _is_device(word: str, lex: Lexicon) -> bool:
    """Whether a head word names a weapon or its blast ("bomb", "rockets", "explosions"): no party."""
    return lex.in_any_class(word, _DEVICE_CLASSES)


def _is_weapon(word: str, lex: Lexicon) -> bool:
    """Whether a head word names a weapon, a device or arms that fire ("rockets", "artillery", "tanks")."""
    return _is_device(word, lex) or lex.in_class(word, "weapons")


def _of_a_country(sent: SentenceTokens, span: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a phrase names a country or an armed force before its head ("Ukrainian drones", "Russia's missiles",
    "Houthi missiles", "Army artillery", "M23 artillery"), or a force by its initials ("SAF aircraft", "RSF drones";
    not a weapon's: "IED blasts", "RPG fire")."""
    return any(sent.words[k][:1].isupper() and (geo.country_code(_POSSESSIVE_END.sub("", sent.words[k]))
                                                or lex.in_class(sent.lower[k], "military")
                                                or geo.group_country(sent.words[k]) is not None
                                                or _ACRONYM.fullmatch(sent.words[k]) and sent.words[k].isupper()
                                                and not _is_weapon(sent.lower[k], lex))
               for k in range(span[0], span[1] - 1))


def _is_device_or_event(word: str, lex: Lexicon) -> bool:
    """Whether a head word names a weapon or an event ("bomb", "attack", "the conflict has killed …"), not the people
    who used it or took part ("a sniper", "prisoners" are people)."""
    return _is_device(word, lex) or lex.in_class(word, "happenings") or word in lex.triggers and not (
        lex.in_class(word, "people") or lex.in_class(word, "agents"))


def _agent(sent: SentenceTokens, found: tuple[int, int] | None, lex: Lexicon) -> tuple[int, int] | None:
    """The agent of a passive verb, unless it names an event or a weapon ("damaged by the blast", "killed by a
    roadside bomb"): what did it, not who."""
    if found is None:
        return None
    head = sent.lower[found[1] - 1]
    if found[1] - found[0] == 1 and found[0] >= 1 and sent.lower[found[0] - 1] == "by" and any(
            lex.in_class(head, c) for c in _CARRIERS):
        return None  # "were wounded and evacuated by helicopter": how they were carried, no one who did it
    if _set_off_by(sent, found):
        return None  # "The device was detonated by remote control", "by a timer": how, no one who did it
    if _is_device_or_event(head, lex):
        return _fire_from(sent, found[1], lex)  # "killed by sniper fire from LPR forces": the forces
    return found


_FIRE_MODES = frozenset({"firearms", "heavy-weapons", "aerial"})  # event nouns of fire, whose "from" names who fired
# ("gunfire from Israeli troops"; not "the brutal attack from Trayvon Martin", a word of blame)


def _fire_from(sent: SentenceTokens, k: int, lex: Lexicon) -> tuple[int, int] | None:
    """The party named after "from" at token k, after a weapon or its fire ("mortar fire from DPR positions",
    "shelling from Azerbaijani positions"): who fired, unless the phrase names a place ("fire from Gaza"), a thing
    ("fire from the roof") or another weapon ("debris from a Russian drone")."""
    found = _from_party(sent, k, lex)
    if found is None:
        return None
    head = found[1] - 1
    if _is_device_or_event(sent.lower[head], lex) or lex.in_class(sent.lower[head], "weapons") or _names_place(
            sent, found) or geo.is_locality_word(sent.lower[head]) or geo.is_site_word(sent.lower[head]):
        return None  # (nor "shelling from Al Maqani village", "fire from the Al-Shifa hospital": where it came from)
    return found if _is_party_word(sent, head, lex) or _named_force(sent, found) else None


def _set_off_by(sent: SentenceTokens, found: tuple[int, int]) -> bool:
    """Whether a phrase after "by" tells how, not who: "by remote control", "by email" (not "by the Washington
    Post")."""
    return sent.lower[found[1] - 1] in _SET_OFF_BY and sent.words[found[1] - 1].islower()


_SET_OFF_BY = frozenset({"control", "timer", "timers", "detonator", "detonators", "remote", "email", "e-mail", "phone",
                         "telephone", "mail", "post", "letter", "text"})


def _passed_agent(sent: SentenceTokens, last: int, lex: Lexicon) -> tuple[int, int] | None:
    """The doer of an event noun named by a passive after it: "the attack was carried out by the Taliban",
    "the bombing, claimed by X, …", "the raid was blamed on the rebels"."""
    n = len(sent.lower)
    k = last + (last < n and sent.lower[last] == ",")
    while k < n and (sent.lower[k] in lex.be or sent.lower[k] in BEFORE_PARTICIPLE or sent.lower[k] in HEDGED_PASSIVE):
        k += 1
    if k >= n or sent.lower[k] not in AGENT_VERBS and sent.lower[k] not in _CAUSING:
        return None  # ("the blast was caused by a suicide bomber": by a party, not "by a gas leak")
    verb, blame = k, sent.lower[k] in BLAME_VERBS
    k += 1
    while k < n and sent.lower[k] in PARTICLES:
        k += 1
    if blame and k + 1 < n and sent.lower[k] == "by":
        # "the blast was attributed by police to a dissident faction": who blames, then whom
        source = _noun_phrase(sent, k + 1, lex)
        if source is None or source[1] + 1 >= n or sent.lower[source[1]] not in ("to", "on"):
            return None
        return _noun_phrase(sent, source[1] + 1, lex)
    if k + 1 < n and (sent.lower[k] == "by" or blame and sent.lower[k] == "on" or sent.lower[k] == "to" and not (
            infinitive(sent, k + 1, lex))):  # (an "on" of no blame opens a date: "perpetrated on Sunday by …")
        agent = _noun_phrase(sent, k + 1, lex)  # (not "was claimed to have killed")
        caused = sent.lower[verb] in _CAUSING
        head = sent.lower[agent[1] - 1] if agent is not None else ""
        return agent if agent is None or not caused or not _is_device_or_event(head, lex) and (
            _is_party_word(sent, agent[1] - 1, lex) or lex.in_any_class(head, _KIND_CLASSES)) else None
    # past the participle's phrases of time and place: "the attack perpetrated on Tuesday by elements of the FPJ",
    # "the raid carried out in Kidal last week by drones"
    return None if blame or sent.lower[verb] in _CAUSING else _far_by_phrase(sent, k, lex)


def _past_own_target(sent: SentenceTokens, last: int, lex: Lexicon) -> int:
    """The token after an event noun's phrase of what it struck, if one follows it ("the attacks on three churches and
    three hotels were carried out by …": the token of "were"), else `last`."""
    n = len(sent.lower)
    if last + 1 >= n or sent.lower[last] not in NOUN_TARGET_PREPOSITIONS:
        return last
    k = last
    while k + 1 < n and (k == last or sent.lower[k] == "and"):
        found = _noun_phrase(sent, k + 1, lex)
        if found is None:
            break
        k = found[1]
    return k if k < n and (sent.lower[k] in lex.be or sent.lower[k] in HEDGED_PASSIVE) else last


def blamed_on(sent: SentenceTokens, first: int, last: int, lex: Lexicon) -> tuple[int, int] | None:
    """The doer of an event noun that is the object of a verb of blame, named after "to" or "on": "sources
    attributed the attack to Boko Haram", "officials blamed the bombing on the rebels"."""
    n = len(sent.lower)
    if last + 1 >= n or sent.lower[last] not in ("to", "on"):
        return None
    k = first - 1
    while k >= max(0, first - _BLAME_REACH) and sent.lower[k] not in BLAME_VERBS and (
            sent.lower[k] in lex.determiner or sent.lower[k] in NOUN_DETERMINERS or sent.lower[k] in POSSESSIVES
            or _is_modifier_word(sent, k) or sent.lower[k].endswith(("'s", "’s")) or sent.lower[k] == "of"):
        k -= 1  # "the attack", "Sunday's deadly attack", "the recent wave of attacks"
    if k < 0 or sent.lower[k] not in BLAME_VERBS:
        return None
    if sent.lower[last] == "on" and is_calendar_word(sent.words[last + 1]):
        return None  # "blamed the attack on Monday on …": a day, not a doer
    found = _noun_phrase(sent, last + 1, lex)
    if found is None or found[1] + 2 >= n or sent.words[found[1]] != "(" or not sent.words[found[0]][:1].isupper():
        return found
    # "attributed the attack to Ansar al-Sharia (Libya)": a group named with its country, as incident databases tell
    close = next((k for k in range(found[1] + 2, min(n, found[1] + COUNTRY_NAME_WORDS + 2)) if sent.words[k] == ")"),
                 None)
    named = close is not None and geo.country_code(" ".join(sent.words[found[1] + 1:close])) is not None
    return (found[0], close + 1) if named else found


def _claimant(sent: SentenceTokens, first: int, lex: Lexicon) -> tuple[int, int] | None:
    """ "The IRA accepted responsibility for the bombings": the subject of the verb before "responsibility
    for" did what it claims; `_NOBODY` when no one did ("no group has claimed responsibility")."""
    k = first - 1
    while k >= 0 and sent.lower[k] in lex.determiner:
        k -= 1
    if k < 2 or sent.lower[k] != "for" or sent.lower[k - 1] not in CLAIM_NOUNS:
        return None
    verb = k - 2
    if verb >= 2 and sent.lower[verb - 1] == "to":
        verb -= 2  # "the group had to admit responsibility", "refused to claim responsibility"
    found = _subject(sent, verb, lex)
    if found and found[0] > 0 and sent.lower[found[0] - 1] in {"no", "nobody"}:
        return _NOBODY  # "no group has claimed responsibility": nobody known did it
    return found


def _involved(sent: SentenceTokens, first: int, lex: Lexicon) -> tuple[int, int] | None:
    """Who took part in an event noun: "34 people were involved in the attack", "those responsible for the
    bombing", "the group behind the attack"."""
    k = first - 1
    while k >= 0 and (sent.lower[k] in lex.determiner or sent.lower[k] in NOUN_DETERMINERS
                      or _is_modifier_word(sent, k) and sent.lower[k] not in _INVOLVING or _time_modifier(sent, k)):
        k -= 1
    if k < 1 or sent.lower[k] not in _INVOLVING:
        return None
    if sent.lower[k] == "behind":  # "the group behind the attack", "Marovia was behind the attack"
        found = _phrase_ending(sent, _skip_back(sent, k - 1, lex), lex)
        head = sent.words[found[1] - 1] if found else ""
        # a party, not "the motive behind the attack"
        return found if head[:1].isupper() or lex.in_class(head.lower(), "agents") or lex.in_class(
            head.lower(), "people") or head.lower() in lex.pronoun else None
    v = k - 1
    if sent.lower[v] not in INVOLVEMENT:
        return None
    if sent.lower[v] == "part" and v >= 1 and (sent.lower[v - 1] in lex.light_verb or sent.lower[v - 1] in _TAKING):
        v -= 1  # "hundreds took part in the march", "a student taking part in the protest"
        while v >= 1 and (sent.lower[v - 1] in _AUXILIARIES or sent.lower[v - 1] == "having"):
            v -= 1  # "people having taken part in the protest"
    if sent.lower[v] == "responsible" and v >= 1 and sent.lower[v - 1] not in lex.skip:
        # "those responsible for the attack"; but "holds the Rapid Support Forces (RSF) responsible for the attack":
        # the party held so, without the word
        named = sent.words[v - 1] == ")" or sent.words[v - 1][:1].isupper() and v >= 2 and sent.is_word(v - 2)
        found = _phrase_ending(sent, v - 1 if named else v, lex)
        held = next((j for j in range(v - 1, found[0] - 1, -1) if sent.lower[j] in _HOLDING), None) if found else None
        return (held + 1, found[1]) if held is not None and held + 1 < found[1] else found
    return _phrase_ending(sent, _skip_back(sent, v - 1, lex), lex)


def _from_party(sent: SentenceTokens, k: int, lex: Lexicon) -> tuple[int, int] | None:
    """The party a phrase after "from" at token k names, up to what the act was about ("criticism from Clinton about
    how he would pay": Clinton), or None."""
    if k + 1 >= len(sent.lower) or sent.lower[k] != "from":
        return None
    found = _noun_phrase(sent, k + 1, lex)
    if found is None:
        return None
    end = next((j for j in range(found[0] + 1, found[1]) if sent.lower[j] in _ABOUT), found[1])
    return found[0], end


_ABOUT = frozenset({"about", "over", "for", "after", "amid", "because", "who", "which", "that", "when", "how"})


def _drawing_verb(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> int | None:
    """The index of a verb of undergoing (lexicon role `drawing`) right before an event noun, past its determiner and
    a modifier or two ("drew sharp criticism", "faced a backlash"), or None (not past a preposition: "received the
    files through a lawsuit" is the suer's; nor a possessive, whose owner does it: "faced her criticism")."""
    k = cand.first - 1
    while k >= 0 and cand.first - k <= _DRAWN_MODIFIERS and (
            sent.lower[k] in lex.determiner and sent.lower[k] not in POSSESSIVES
            or _is_modifier_word(sent, k) and sent.lower[k] not in DRAWING and sent.lower[k] not in lex.stop):
        k -= 1
    if k >= 2 and sent.lower[k - 1] == "on" and is_calendar_word(sent.words[k]):
        k -= 2  # the day it was undergone on: "received on Sunday a phone call from President Abbas"
    return k if k >= 0 and sent.lower[k] in DRAWING and sent.words[k].islower() else None


_DRAWN_MODIFIERS = 3  # words between a verb of undergoing and its event noun ("drew a storm of criticism")


def _given_to(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> tuple[int, int] | None:
    """Who receives an event noun that is handed over (an ultimatum, a warning, an order): the subject of the
    passive ("drivers were given an ultimatum") or the one it is given to ("warnings were given to the police")."""
    k = cand.first - 1
    while k >= 0 and (sent.lower[k] in lex.determiner or sent.lower[k] in NOUN_DETERMINERS):
        k -= 1
    if k >= 1 and sent.lower[k] in GIVING and _after_be(sent, k, lex):
        return _subject(sent, k, lex)
    n = len(sent.lower)
    k = cand.last
    while k < n and (sent.lower[k] in lex.be or sent.lower[k] in BEFORE_PARTICIPLE):
        k += 1
    if k > cand.last and k + 2 < n and sent.lower[k] in GIVING and sent.lower[k + 1] == "to":
        return _noun_phrase(sent, k + 2, lex)
    return None


def _hit_object(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> tuple[int, int] | None:
    """What an explosion or attack hit: the object of its verb ("the explosion targeted a bakery", "the
    blast ripped through a market", "bombings targeted at the military"), or the subject of that verb in
    the passive ("the building was shattered by an explosion")."""
    n = len(sent.lower)
    k = cand.last
    if k + 1 < n and sent.lower[k] == "," and sent.lower[k + 1] in RELATIVE_PRONOUNS:
        k += 2  # "the bombings, which seemed to be aimed at civilians"
    while k < n and (sent.lower[k] in lex.skip or sent.lower[k] in HEDGED_PASSIVE):
        k += 1
    if k < n and sent.lower[k] in HIT_VERBS:
        k += 1
        while k < n and sent.lower[k] in PARTICLES or k < n and sent.lower[k] in {"at", "through", "into"}:
            k += 1
        return _noun_phrase(sent, k, lex)
    j = cand.first - 1
    while j >= 0 and sent.lower[j] in lex.determiner:
        j -= 1
    if j >= 1 and sent.lower[j] == "by" and sent.lower[j - 1] in HIT_VERBS and _after_be(sent, j - 1, lex):
        return _subject(sent, j - 1, lex)
    return None


def _fought_with(sent: SentenceTokens, last: int, lex: Lexicon) -> tuple[int, int] | None:
    """ "Two militants were killed in an encounter with security forces": the other side of the fight the dead fell in
    did it (a gunfight, a clash, an exchange of fire right after the passive verb, or its time); "eight people were
    killed on Wednesday during a police operation", "in a police encounter": the force that ran it."""
    n = len(sent.lower)
    last = (_time_phrase_end(sent, last, lex) or last) if last < n else last
    if last + 2 >= n or sent.lower[last] not in {"in", "during"}:
        return None
    k = last + 1
    while k < n and k - last <= _FIGHT_REACH and sent.lower[k] != "with":
        if not sent.is_word(k) or sent.lower[k] in lex.clause:
            break
        k += 1
    if k < n and sent.lower[k] == "with" and any(w in FIGHTS for w in sent.lower[last + 1:k]):
        found = _noun_phrase(sent, k + 1, lex)
        return None if found is None or _names_place(sent, found) else found
    return _force_of_operation(sent, last + 1, lex)


def _force_of_operation(sent: SentenceTokens, k: int, lex: Lexicon) -> tuple[int, int] | None:
    """The force that modifies the noun of an operation whose phrase opens at token k ("a police operation", "a
    military operation"), when that noun is no event of its own, else None."""
    while k < len(sent.lower) and sent.lower[k] in lex.determiner:
        k += 1
    for j in range(k + 1, min(len(sent.lower), k + _FORCE_WORDS + 1)):
        if sent.lower[j] in _OPERATIONS:
            forces = any(lex.in_class(w, "police") or lex.in_class(w, "troops") or w in _FORCE_ADJECTIVES
                         for w in sent.lower[k:j])
            return (k, j) if forces and all(sent.is_word(t) for t in range(k, j)) else None
    return None


# (not a raid nor a fight, whose own mention tells who did it: "killed in an Israeli military raid")
_OPERATIONS = frozenset({"operation", "operations", "swoop", "sweep"})
_FORCE_ADJECTIVES = frozenset({"military"})  # "a military operation" (not "a security operation": whose?)
_FORCE_WORDS = 3  # words of the force before the noun of its operation ("a Special Task Force encounter")


def _after_setting_preposition(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether a preposition of place opens the phrase at token k, past its determiners ("at the camp")."""
    j = k - 1
    while j >= 0 and sent.lower[j] in lex.determiner:
        j -= 1
    return j >= 0 and sent.lower[j] in _SETTING_PREPOSITIONS


_NO_SIDES = frozenset({"explosives", "third-party"})  # modes whose "between" phrase names no doers


def _between_phrase(sent: SentenceTokens, last: int, lex: Lexicon) -> tuple[int, int] | None:
    """ "clashes (erupted) between X and Y": both sides are actors."""
    for k in range(last, min(len(sent.lower), last + 3)):
        if sent.lower[k] == "between":
            if sent.range_end(k) is not None:
                return None  # "stole between 200 and 300 cattle": a count of the object, no sides
            return _noun_phrase(sent, k + 1, lex, coordinate=True)
        if not sent.is_word(k) or sent.lower[k] in lex.determiner or sent.lower[k] == "to":
            return None  # "blocked the road between Chala and Nazca": where the object lies, not the sides; "offered
            # to mediate between them": the infinitive's
    return None


def _passive_conjunct(sent: SentenceTokens, first: int, lex: Lexicon) -> bool:
    """Whether a participle follows a passive one and "and" or "or" ("Castillo was ousted and arrested"): it shares
    that voice and subject."""
    word = sent.lower[first]
    if first < 3 or sent.lower[first - 1] not in {"and", "or"} or not (word.endswith("ed") or word in lex.participle):
        return False
    k = first - 2
    if not (sent.lower[k].endswith(("ed", "en")) or sent.lower[k] in lex.participle) or not sent.words[k].islower():
        return False
    k -= 1
    while k >= 0 and sent.lower[k] in lex.skip and sent.lower[k] not in lex.be:
        k -= 1  # "was reportedly ousted and arrested"
    nxt = first + 1
    with_object = nxt < len(sent.lower) and sent.is_word(nxt) and (
        sent.lower[nxt] in NOUN_DETERMINERS or sent.lower[nxt] in lex.determiner or sent.lower[nxt] in lex.pronoun
        or is_numeral(sent.lower[nxt]) or sent.words[nxt][:1].isupper())  # "Police were called and arrested the man"
    return k >= 0 and sent.lower[k] in lex.be and not with_object


def _follows_coordination(sent: SentenceTokens, first: int, lex: Lexicon) -> bool:
    """Whether a verb trigger is the second of coordinated verbs: "Police dispersed the group and arrested …"."""
    k = _skip_back(sent, first - 1, lex)
    # (a comma before "then" links them too: "set off a car bomb in Oslo, then shot dead 69 others"; and "but" a
    # passive: "The suspect fled but was arrested")
    return k >= 0 and (sent.lower[k] in VERB_LINKS or sent.lower[k] == "," and sent.lower[k + 1] == "then"
                       or sent.lower[k] == "but" and k + 1 < first and sent.lower[k + 1] in lex.be)


def _subject(sent: SentenceTokens, first: int, lex: Lexicon, verb: bool = True,
             kin: bool = True) -> tuple[int, int] | None:
    """The noun phrase before a trigger: its subject, or for an event noun the subject of its light verb
    ("protesters staged a demonstration") or its possessor ("Russia's invasion")."""
    k = _skip_back(sent, _skip_back_time(sent, _skip_back(sent, first - 1, lex), lex), lex)
    if k < 0 or sent.lower[k] in {"and", "or"}:
        return None
    if sent.lower[k] == ")" and k >= 3 and sent.lower[k - 2] == "(" and (
            sent.lower[k - 1] in _CAPTION_NOTES or _acronym_before(sent, k + 1)):
        # "George Zimmerman (left) shot": the note of a photo's caption; "the Islamic Revolution Guards Corps (IRGC)
        # has targeted": the name's acronym
        k -= 3
    if sent.lower[k] == ")":
        k -= _years_before(sent, k + 1)  # "Military Forces of Egypt (2014-) killed": the force of those years
    if sent.lower[k] == ")" and verb and not sent.lower[first].endswith("ing"):
        # "residents of Kasese town (Kasese, Western) demonstrated": the people, past the note of their town's
        # place; not the town alone ("protested in Haridwar (Uttarakhand) demanding …": the town demands nothing)
        k = _before_place_note(sent, k)
        found = _phrase_ending(sent, k, lex) if k >= 0 else None
        # (the people of the place: "residents of the Cite Soleil commune (Port-au-Prince, Ouest) blocked roads")
        found = found and _past_prepositional_phrase(sent, found, lex, first)
        last = found[1] - 1 if found is not None else -1
        if found is not None and last > found[0] and sent.lower[last].endswith("ing") and (
                sent.words[last].islower() and sent.lower[last] not in _ING_NOUNS
                and sent.lower[last + 1] in _SETTING_PREPOSITIONS):
            found = found[0], last  # "students protesting in Chilpancingo (…) clashed": they, not their participle
        return None if found is None or _names_place(sent, found) else found
    low = sent.lower[k]
    if verb and low in ASPECTUAL and k < first and sent.lower[first].endswith("ing"):
        return _subject(sent, k, lex, verb, kin)  # "Hezbollah began firing rockets": who began fires
    if verb and low in HELPING and k == first - 1:
        return _subject(sent, k, lex, verb, kin)  # "the president helped broker a truce": who helped brokers it
    if low == "," and k > 0 and verb:
        place = _before_place_chain(sent, k, lex)
        found = _phrase_ending(sent, place, lex) if place >= 0 else None
        # "police in Guayaquil, Guayas province, Ecuador, arrested 14": the people of the place, past the names that
        # set it in its region and country, as past a bracketed note of place (not the country, which did nothing)
        found = found and _past_prepositional_phrase(sent, found, lex, first)
        # (the people of a place, whose phrase holds the place: "Residents of Bunia, Ituri province, Congo,")
        head = next((t for t in range(found[0] + 1, found[1]) if sent.lower[t] in LOCATIVE_PREPOSITIONS),
                    found[1]) if found else None
        if found is not None and not _names_place(sent, (found[0], head)):
            return found
        if place >= 0 and sent.words[first].islower() and not sent.lower[first].endswith("ing"):
            # "broke into the Olympic Village in Munich, West Germany, killed two athletes": the names end where the
            # verb before went, and the verb after them is the next of the clause's list, its subject's (not the
            # country's, which did nothing)
            subject = _clause_subject(sent, first, lex, reporting=False)
            return None if subject is None or _names_place(sent, subject) else subject
    if low == "," and k > 0:
        found = _before_apposition(sent, k, lex)
        before = sent.lower[k - 1]
        if found is None and verb and not (before.endswith("ed") or before in lex.verb or before in lex.participle) and (
                _listed_predicate(sent, first, lex)):  # (verbs with objects; "were killed, injured or captured" is
            # one passive, read as such)
            # "Armed gangs raid villages, steal cattle and kidnap residents": each verb of the list is the subject's
            return _clause_subject(sent, first, lex, reporting=False)
        return found
    if verb and low in RELATIVE_PRONOUNS and low != "whose":
        return _antecedent(sent, k, lex)  # "gunmen who stormed the school" (but "that promise": a determiner)
    if low == "of" and k >= 2 and sent.lower[k - 1] in COLLECTIVES:
        k -= 2  # "launched a series of attacks": the light verb is before the collective noun
        low = sent.lower[k]
    elif not verb and low == "of" and k >= 2 and sent.lower[k - 1] in lex.quantifier_of and (
            sent.lower[k - 2] in lex.light_verb or sent.lower[k - 2] in PARTICLES):
        k -= 1  # "carried out hundreds of strikes": the light verb is before the count, as before a determiner
        low = sent.lower[k]
    elif not verb and _day_count_of(sent, k):
        k -= 1  # "entered the 40th day of protests": the light verb is before the day that counts the event's time
        low = sent.lower[k]
    elif low == "of":
        return None  # "it bore signs of torture": the noun before "of" governs the event, it does not do it
    determined = low in lex.determiner and not low.isdigit()
    if determined or not verb:
        # "staged a protest", "launched an attack", "launch attacks", "carry out the market attacks": the subject
        # of the light verb acts
        j = k
        while j > 0 and k - j < _NAME_BEFORE_LIGHT and sent.words[j][:1].isupper() and sent.is_word(j) and (
                sent.lower[j - 1] in lex.determiner or sent.words[j - 1][:1].isupper()):
            j -= 1  # the name an event noun is called by: "to carry out the Bloody Friday attacks"
        if j < k and not (j >= 1 and sent.lower[j - 1] in lex.light_verb or j >= 2 and sent.lower[j - 1] in PARTICLES
                          and sent.lower[j - 2] in lex.light_verb):
            j = k  # a name only a light verb takes ("Trump put out after the Dallas shootings": no light verb)
        while j >= 0 and sent.lower[j] not in lex.light_verb and (
                sent.lower[j] in lex.determiner or _is_modifier_word(sent, j) or is_numeral(sent.lower[j])
                or sent.opens_count(j, lex) or _day_count_of(sent, j)):
            j -= 1  # (past a count: "carried out more than 100 strikes", a day of it: "the 40th day of a sit-in")
        if j >= 1 and sent.lower[j] in PARTICLES and sent.lower[j - 1] in lex.light_verb:
            j -= 1  # "protesters set up barricades": the light verb before its particle
        carried = _carries(sent, j, first, lex)
        if carried:
            j -= 1  # "prisoners have been on hunger strike", "kept up road blockades": as a light verb carries it
        if j >= 0 and (carried or sent.lower[j] in lex.light_verb):
            if sent.lower[j] in lex.reporting and first + 1 < len(sent.lower) and (
                    sent.lower[first + 1] in lex.be or sent.lower[first + 1] in _AUXILIARIES):
                return None  # "He claimed the attack was staged": what he said, not his attack ("IS claimed the attack")
            while j >= 0 and (sent.lower[j] in lex.light_verb or carried and (
                    sent.lower[j] in lex.be or sent.lower[j] in _GOING or sent.lower[j] in _KEEPING)):
                j -= 1
            j = _skip_back(sent, _skip_back_time(sent, _skip_back(sent, j, lex), lex), lex)
            if j >= 1 and sent.lower[j] == "to":  # "militants used drones to launch attacks"
                return _infinitive_subject(sent, j, lex)
            if j >= 1 and sent.lower[j] in ("and", "or"):
                # "agreed to call a ceasefire and hold talks": the doer of the verb before, not its object
                return _clause_subject(sent, j + 1, lex, reporting=False)
            suspected = j >= 2 and sent.lower[j] == "of" and sent.words[j - 1].islower() and (
                sent.lower[j - 1].endswith("ed"))
            if suspected:
                j -= 2  # "two brothers suspected of carrying out the attack": the people the participle is said of
                while j >= 0 and sent.lower[j] in lex.be:
                    j -= 1  # "Boko Haram was suspected of …"
            elif j >= 2 and sent.lower[j] in _CHARGED_WITH and _charged_before(sent, j, lex) is not None:
                # "accused Hezbollah of carrying out the attack", "blamed the Islamic State group for carrying out the
                # bombing": the one charged (not "Hezbollah of")
                return _charged_before(sent, j, lex)
            # "Boko Haram, which has killed thousands, is suspected of carrying out …", "The Islamic Resistance in
            # Iraq, an umbrella group of militias, claimed the attack": past the clause in commas
            years = _years_before(sent, j + 1) if j > 0 and sent.lower[j] == ")" else 0
            if years:
                # "Military Forces of Myanmar (2021-) conducted airstrikes": the force of those years
                found = _phrase_ending(sent, j - years, lex)
            elif j > 0 and sent.lower[j] == ")" and not sent.lower[first].endswith("ing"):
                # "residents of Kisumu (Kisumu) held a sit-in": the people, past the note of their town's place
                j = _before_place_note(sent, j)
                found = _phrase_ending(sent, j, lex) if j >= 0 else None
                found = None if found is None or _names_place(sent, found) else found
            else:
                if j > 0 and sent.lower[j] == ",":
                    j = _before_place_in_commas(sent, j)  # "Members of the Kisan Union, Punjab, staged a protest"
                found = _before_apposition(sent, j, lex) if j > 0 and sent.lower[j] == "," and (
                    suspected or _described_in_commas(sent, j)) else _phrase_ending(sent, j, lex)
            # "doctors of the city hospital held a strike": the people, not their workplace
            return found and _past_prepositional_phrase(sent, found, lex, first)
        if determined:
            return None
    if not verb and sent.lower[k] in _CAUSING:
        return None  # "The killing of the activist sparked protests": what caused them, not who protested
    found = _phrase_ending(sent, k, lex)
    found = _past_named_day(sent, found)
    if found is not None and found[0] > 1 and sent.words[found[0] - 1] == ")" and sent.words[found[0]].islower() and (
            sent.lower[found[0]].endswith("ing")) and not _acronym_before(sent, found[0]):
        # "Rioters (Brazil) supporting former president Bolsonaro stormed": the people the participle is said of
        noted = _before_place_note(sent, found[0] - 1)
        found = _phrase_ending(sent, noted, lex) if noted >= 0 else found
    if not verb or found is None:
        return found  # a name before an event noun is its own: "Dozens died in IS attacks"
    if sent.lower[first].endswith("ing") or sent.lower[found[1] - 1].endswith(("'s", "’s")):
        # a gerund's subject is the phrase before it: "signs pointed to Obama endorsing Clinton"; a possessor is
        # whose the event is, whatever phrase it ends ("her respect for the Second Amendment with Mr. Obama's calls")
        return found
    demand = next((j for j in range(found[0] + 1, found[1] - 1) if sent.lower[j] in DEMANDING), None)
    if demand is not None:
        return found[0], demand  # "workers demanding higher pay marched": the workers, not what they ask for
    return (_contact_relative(sent, found, lex) or _past_relative_clause(sent, found[0], lex)
            or _past_relative_predicate(sent, found[0], lex) or _past_purpose(sent, found, lex, first)
            or _past_participle_phrase(sent, found, lex) or _past_prepositional_phrase(sent, found, lex, first, kin))


def _past_purpose(sent: SentenceTokens, found: tuple[int, int], lex: Lexicon, first: int) -> tuple[int, int] | None:
    """The body a purpose phrase after it names, when the phrase before the verb is that phrase's gerund and its
    object: "officers of the unit for combating organised crime searched" (the officers, not the crime), "staff of
    the office for fighting corruption raided"."""
    gerund = next((g for g in range(found[0], max(-1, found[0] - _GERUND_REACH), -1) if sent.words[g].islower()
                   and sent.lower[g].endswith("ing") and sent.lower[g] not in _ING_NOUNS), None)
    if gerund is None or gerund + 1 >= found[1] and gerund == found[0] or any(
            not sent.words[t].islower() or not sent.is_word(t) for t in range(gerund + 1, found[0])):
        return None  # (past the determiner or participle of the gerund's object: "for combating organised crime")
    before = gerund - 1
    if before < 2 or sent.lower[before] not in _PURPOSE_PREPOSITIONS:
        return None
    body = _phrase_ending(sent, before - 1, lex)
    return body and _past_prepositional_phrase(sent, body, lex, first)


# "the department for combating crime" (not "of": "dozens of protesting citizens" are the citizens)
_PURPOSE_PREPOSITIONS = frozenset({"for"})
_GERUND_REACH = 3  # the gerund, and the determiner or modifier of its object the phrase before the verb left out


def _past_named_day(sent: SentenceTokens, found: tuple[int, int] | None) -> tuple[int, int] | None:
    """The subject after a day named by what happens on it, when no comma parts them: "On election day militants
    attacked", "on market day rebels raided" (the militants, the rebels; the day is when)."""
    if found is None or found[0] == 0 or sent.lower[found[0] - 1] not in _OCCASION_OPENERS:
        return found
    day = next((t for t in range(found[0], min(found[1] - 1, found[0] + _NAMED_DAY)) if sent.lower[t] in _DAY_WORDS),
               None)
    return found if day is None else (day + 1, found[1])


_OCCASION_OPENERS = frozenset({"on", "by", "at", "that", "this"})  # ("that election night, rioters …")
_DAY_WORDS = frozenset({"day", "night", "morning", "evening", "afternoon", "eve", "weekend", "dawn"})
_NAMED_DAY = 3  # words of a day's name, its own word counted ("polling day", "the first election night")


def _day_count_of(sent: SentenceTokens, k: int) -> bool:
    """Whether token k is the "of" of a day that counts an event's time ("the 40th day of a sit-in")."""
    return sent.lower[k] == "of" and k >= 2 and sent.lower[k - 1] in _DAY_UNITS and _NTH.fullmatch(
        sent.lower[k - 2]) is not None


_NTH = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth")


# participles of demand that tell what the people before them ask for ("demonstrators demanding", "students urging"; not
# "people seeking medical treatment", who are told by what they seek)
DEMANDING = frozenset(w for w in GRAMMAR["demand"] if w.endswith("ing") and w != "seeking")


def _demanders(sent: SentenceTokens, start: int, lex: Lexicon) -> tuple[int, int] | None:
    """The people before a participle of demand whose object opens at `start` ("students demanding the release of
    …"), else None."""
    k = start - 1
    while k > 0 and (sent.lower[k] in lex.determiner or sent.lower[k] in POSSESSIVES):
        k -= 1  # "demanding the resignation", "demanding his resignation"
    return _phrase_ending(sent, k - 1, lex) if k > 0 and sent.lower[k] in DEMANDING else None


# Verbs of a phase of an act, whose gerund tells the act their subject does ("began firing", "resumed shelling")
ASPECTUAL = frozenset({"began", "begin", "begins", "begun", "started", "start", "starts", "continued", "continue",
                        "continues", "resumed", "resume", "resumes", "kept", "keep", "keeps"})
# Verbs of a hand in an act, whose bare infinitive tells the act their subject shares in ("helped broker a truce")
HELPING = frozenset({"help", "helps", "helped", "helping"})


def _adverbial_participle(sent: SentenceTokens, first: int, lex: Lexicon) -> bool:
    """Whether a participle trigger tells what the clause's subject did as it acted, not what the phrase right before
    it did: that phrase is where it happened ("marched in Colombo demanding", "blocked the highway near Delhi
    demanding"), or the object of the verb before it and no party ("stormed the parliament building demanding").
    A party the verb struck may be doing it ("arrested three men carrying weapons"); so may a gerund's subject after
    a preposition of no place ("pointed to Obama endorsing Clinton"), and an event its light verb's subject holds
    ("staged a demonstration demanding": the demonstration's people)."""
    if not sent.lower[first].endswith("ing") or not sent.words[first].islower():
        return False
    k = _skip_back(sent, _skip_back_time(sent, _skip_back(sent, first - 1, lex), lex), lex)
    if k >= 3 and sent.lower[k] == ")" and not _acronym_before(sent, k + 1):
        return True  # "held a demonstration in Port Moresby (National Capital District) demanding": past the note
    if k < 1 or not sent.is_word(k) or sent.lower[k] in lex.stop or sent.lower[k] in _GERUND_PREPOSITIONS or (
            event_noun(sent.lower[k], lex)):
        return False  # ("accused him of criticising": the gerund is the preposition's object, of him)
    found = _phrase_ending(sent, k, lex)
    if found is None:
        return False
    p = found[0] - 1
    while p >= 0 and (sent.lower[p] in lex.determiner or sent.lower[p] in POSSESSIVES):
        p -= 1
    if p < 0 or not sent.words[p].islower():
        return False
    before = sent.lower[p]
    if before in _SCENE_PREPOSITIONS:
        # (not people fired at: "fired tear gas at students protesting against job quotas": the students protest)
        return not (before == "at" and _is_party_word(sent, found[1] - 1, lex)) or (
            first + 1 < len(sent.lower) and sent.lower[first + 1] in _OBJECT_PRONOUNS)  # (not "a nurse accusing her")
    verb = before.endswith("ed") or before in lex.verb or before in lex.participle
    return verb and not _is_party_word(sent, found[1] - 1, lex)


# prepositions that take a gerund as their object ("accused him of criticising", "arrested for stealing")
_GERUND_PREPOSITIONS = frozenset({"of", "for", "about", "by", "from", "with", "without", "to", "after", "before",
                                  "in", "on", "at", "while", "since"})
# the prepositions of where an act happened, before the phrase a participle may follow ("marched in Colombo demanding")
_OBJECT_PRONOUNS = frozenset({"her", "him", "them", "it", "us", "me"})
_SCENE_PREPOSITIONS = frozenset({"in", "near", "outside", "at", "across", "around", "inside", "along", "through"})


def _contact_relative(sent: SentenceTokens, found: tuple[int, int], lex: Lexicon) -> tuple[int, int] | None:
    """The name that opens a relative clause with no pronoun, right after the weapon or event it tells of: "a
    barrage of missiles Tehran fired at Israel" (Tehran fired them), "the strikes Israel carried out". Not a name
    after the word for what it is ("the group Hamas fired"), which is one phrase with it."""
    start = _name_after_thing(sent, found[0], found[1], lex)
    return None if start is None else (start, found[1])


def _no_object(sent: SentenceTokens, last: int, lex: Lexicon) -> bool:
    """Whether no direct object follows a verb ending at token `last`: the end, a preposition, a time or another
    verb ("fired at Israel", "fired hit Ashkelon"; not "killed five people")."""
    if last >= len(sent.lower) or not sent.is_word(last):
        return True
    w = sent.lower[last]
    return w in lex.stop or w in lex.time or w in lex.skip or w in lex.be or w in lex.verb or (
        w.endswith("ed") and sent.words[last].islower())


def _name_then_verb(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether a name opens at token k and a verb in the past follows it ("Tehran fired", "Hamas has launched")."""
    n = len(sent.words)
    e = k
    while e < n and sent.words[e][:1].isupper() and sent.is_word(e):
        e += 1
    if e == k or e >= n or not sent.words[e].islower():
        return False
    w = sent.lower[e]
    return w.endswith("ed") or w in lex.verb or w in lex.participle or w in _AUXILIARIES


def _name_after_thing(sent: SentenceTokens, lo: int, end: int, lex: Lexicon) -> int | None:
    """Where the name that ends at token `end` starts ("missiles Tehran"), or the phrase its determiner opens ("an
    attack the defendant"), when a word for a weapon or an event stands right before it, past token `lo`; else
    None."""
    k = end - 1
    if k <= lo or not sent.is_word(k):
        return None
    if sent.words[k][:1].isupper():
        while k > lo and sent.words[k - 1][:1].isupper() and sent.is_word(k - 1):
            k -= 1
    else:
        while k > lo and end - k <= _RELATIVE_SUBJECT_WORDS and sent.lower[k] not in _CONTACT_DETERMINERS and (
                sent.words[k].isalpha() and sent.words[k].islower() and not _is_boundary(sent.lower[k], lex)):
            k -= 1
        if sent.lower[k] not in _CONTACT_DETERMINERS or k + 1 == end:
            return None
    if k == lo or not sent.words[k - 1].isalpha() or not sent.words[k - 1].islower():
        return None
    return k if _names_thing(sent.lower[k - 1], lex) else None


_CONTACT_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})  # open such a clause's subject


def _names_thing(word: str, lex: Lexicon) -> bool:
    """Whether a word is a noun for a weapon or an event ("missiles", "strikes", "attack"; not "called")."""
    return _is_device(word, lex) or lex.in_class(word, "happenings") or bool(lex.noun_senses(word)) and not (
        lex.in_class(word, "people") or lex.in_class(word, "agents"))


def _listed_predicate(sent: SentenceTokens, first: int, lex: Lexicon) -> bool:
    """Whether a verb after a comma is one of a list of predicates that "and" closes with a verb of the same form
    ("raid villages, steal cattle and kidnap residents"; "stormed the town, looted shops and burned homes")."""
    word = sent.lower[first]
    if word.endswith("ing") or not sent.words[first].islower():
        return False  # ", killing five": a participle clause, its doer the main clause's
    past = word.endswith("ed") or word in lex.verb
    for k in range(first + 1, min(len(sent.lower) - 1, first + _LIST_REACH)):
        if sent.lower[k] in ("and", "or"):
            nxt = sent.lower[k + 1]
            return sent.words[k + 1].islower() and (nxt.endswith("ed") or nxt in lex.verb) == past and (
                nxt in lex.triggers or nxt.endswith("ed") or nxt in lex.verb)
        if not sent.is_word(k) and sent.words[k] != "," or sent.lower[k] in lex.clause:
            return False
    return False


_LIST_REACH = 12  # words from a verb of a list to the "and" that closes it


def _before_place_note(sent: SentenceTokens, close: int) -> int:
    """The token before a bracketed note of place that closes at `close` ("Kasese town (Kasese, Western)"): the last
    word of the place it notes; -1 when the brackets hold anything but capitalised names and commas."""
    k = close - 1
    while k >= 0 and sent.lower[k] != "(":
        if sent.words[k] != "," and not sent.words[k][:1].isupper() and not (
                sent.lower[k] in geo.name_particles() and (sent.words[k + 1][:1].isupper()
                                                      or sent.lower[k + 1] in geo.name_particles())):
            return -1  # (a particle inside a name is one of its words: "Chilpancingo de los Bravo")
        k -= 1
    return k - 1 if k > 0 else -1


def _before_place_chain(sent: SentenceTokens, comma: int, lex: Lexicon) -> int:
    """The last word of the place a locative preposition opens when the names after it, each closed by a comma, set it
    in its region and country up to the comma at `comma` ("in Guayaquil, Guayas province, Ecuador,": "Guayaquil");
    -1 when the words between the commas are anything but such names."""
    end = comma
    for _ in range(_PLACE_CHAIN):
        k = end - 1
        while k >= 0 and sent.words[k] != "," and (sent.words[k][:1].isupper() or geo.is_region_word(sent.lower[k])
                                                   or sent.lower[k] in geo.name_particles()):
            k -= 1
        if k < 1 or k == end - 1:
            return -1
        if sent.words[k] != "," and end < comma and sent.lower[k] in LOCATIVE_PREPOSITIONS and sent.is_word(k - 1):
            return end - 1
        if sent.words[k] != "," or geo.place_country(" ".join(sent.words[k + 1:end])) is None:
            return -1  # (a name set off is no place: "his future secretary of State, John Foster Dulles, criticized")
        end = k
    return -1


_PLACE_CHAIN = 4  # names of a place, each closed by a comma, before the verb: town, district, region, country



def _infinitive_subject(sent: SentenceTokens, to: int, lex: Lexicon,
                        others: Sequence[Candidate] = ()) -> tuple[int, int] | None:
    """Who does what an infinitive at `to` says: the object of a verb of control ("ordered police to arrest
    them", "sent troops to the border to fight"), the subject of a verb right before it ("gunmen tried to storm",
    "soldiers were deployed to protect"), the possessor of a noun of intent ("the IRA's decision to carry out
    attacks"), else, for a clause of purpose, the doer of the verb before it ("drivers gathered in front of a union
    to demand …") or the subject of the clause ("militants used drones to launch attacks")."""
    k = to - 1
    while k >= 0 and (sent.lower[k] in lex.skip or sent.lower[k] in _NOT):
        k -= 1  # "agreed not to", "ordered them immediately to"
    if k < 0:
        return None
    if not (sent.lower[k] in _IN_ORDER and k > 0 and sent.lower[k - 1] in {"in", "so"}):  # "in order to": purpose
        for j in range(k, max(-1, k - _CONTROL_REACH), -1):
            if sent.words[j] in _CLAUSE_MARKS or sent.lower[j] in RELATIVE_PRONOUNS:
                break
            if sent.lower[j] in lex.object_control and _verb_form(sent, j, lex) and not (
                    sent.lower[j] in _CALLS and j + 1 < to and _calls_someone(sent, j, lex)):
                # (a call made to someone is a phone call, whose purpose its caller has: "she called Sanders to
                # congratulate him"; "called on the UN to act" asks the UN)
                if j == k or _after_be(sent, j, lex):
                    return _subject(sent, j, lex)  # "were ordered to withdraw", "were deployed to the area to"
                start = j + 1 + (sent.lower[j + 1] in _CONTROL_PARTICLES or sent.lower[j] in _CALLS and (
                    sent.lower[j + 1] == "for"))  # "called on the UN to act", "called for the president to resign"
                found = _noun_phrase(sent, start, lex) if start < to else None
                return found if found is not None and found[1] <= to else None
        if sent.lower[k] in _INTENT_NOUNS and not (sent.lower[k].endswith("s") and k > 0 and not (
                sent.lower[k - 1] in lex.determiner or sent.lower[k - 1] in POSSESSIVES
                or sent.lower[k - 1].endswith(("'s", "’s", "'", "’")))):  # "the army plans to": a verb
            return _possessor(sent, k, lex)  # "some judges' decision to release prisoners": the judges
        if sent.lower[k] in HEDGED_PASSIVE and _after_be(sent, k, lex):
            return _subject(sent, k, lex)  # "The group is believed to have carried out the attack"
        if sent.words[k].islower() and (sent.lower[k].endswith("ed") or sent.lower[k] in lex.verb):
            return None if _after_be(sent, k, lex) else _subject(sent, k, lex)  # "tried to storm", not
            # "were subjected to torture" (what they underwent)
        if sent.words[k].islower() and sent.lower[k].endswith("ing") and k > 0 and sent.lower[k - 1] in lex.be:
            return _subject(sent, k, lex)  # "the militants were trying to steal aid": who tried
        if sent.lower[k] in _TRYING and k > 0 and sent.words[k - 1].isalpha() and sent.lower[k - 1] not in {
                "and", "or"} and sent.lower[k - 1] not in lex.skip and sent.lower[k - 1] not in lex.determiner and (
                sent.lower[k - 1] not in lex.be and not _is_boundary(sent.lower[k - 1], lex)) and (
                sent.lower[k - 1] not in LOCATIVE_PREPOSITIONS and _phrase_ending(sent, k - 1, lex) is not None):
            # (not a gerund after a preposition: "the notion of attempting to meet voters")
            return _antecedent(sent, k, lex)  # "police stopped students trying to march": the participle's noun
    relative = _relative_clause_of(sent, to, lex)
    if relative is not None:
        return relative  # "police arrested students who had gathered outside parliament to protest": the students
    # the doer of the clause's verb ("bus drivers gathered in front of a union to demand", "police fired tear gas
    # shells to disperse"), else of its event noun ("police resorted to a lathi charge to disperse them")
    done = [o for o in others if o.last <= to and not _clause_breaks(sent, o.last, to, lex)
            and (o.target if o.passive else o.actor) is not None]
    done.sort(key=lambda o: (o.sense.pos == "verb", o.last))
    if done:
        return done[-1].target if done[-1].passive else done[-1].actor
    return _clause_subject(sent, to, lex, reporting=False)


def _relative_clause_of(sent: SentenceTokens, to: int, lex: Lexicon) -> tuple[int, int] | None:
    """The people a "who" clause tells of, when an infinitive of purpose at `to` ends that clause ("arrested five
    students who had gathered outside parliament to protest", "detained teachers who came to the capital to
    demonstrate"): the clause's own subject, whatever the main clause's verb did to them."""
    for r in range(to - 2, max(0, to - _RELATIVE_REACH), -1):
        if sent.words[r] in _CLAUSE_MARKS or sent.lower[r] in _SUBORDINATORS or sent.lower[r] in {"and", "but"}:
            return None
        if sent.lower[r] == "who":
            verb = sent.lower[r + 1] in _AUXILIARIES or sent.lower[r + 1] in lex.be or any(
                sent.words[t].islower() and (sent.lower[t].endswith("ed") or sent.lower[t] in lex.verb)
                for t in range(r + 1, to))  # ("who had come to the capital to demonstrate")
            return _antecedent(sent, r, lex) if verb else None
    return None


# participles of trying or meaning to act, whose noun right before them is who would act: "students trying to march"
_TRYING = frozenset({"trying", "attempting", "seeking", "considering", "planning", "preparing", "hoping", "wanting"})


def _calls_someone(sent: SentenceTokens, j: int, lex: Lexicon) -> bool:
    """Whether a verb of calling at j takes its object straight, as a phone call does ("called Sanders", "calling
    Yahoo News"), not through a particle ("called on the UN to act", "called for a prosecutor to investigate") nor
    as a passive ("police that were called in the area to investigate")."""
    after = sent.lower[j + 1]
    return not (after in _CONTROL_PARTICLES or after in PARTICLES or after == "for" or _after_be(sent, j, lex))


def _clause_breaks(sent: SentenceTokens, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a new clause opens between tokens `start` and `end`: a comma or colon, a subordinator, "but", or
    "and" before a new subject ("rioters pelted stones and police resorted to …", not "demonstrated and blocked")."""
    for t in range(start, end):
        w = sent.lower[t]
        if sent.words[t] in _CLAUSE_MARKS or w in {"but", "whereas"} or w in _SUBORDINATORS and not (
                t + 1 < end and sent.lower[t + 1] in lex.determiner):  # but "blocked the road as a protest to"
            return True
        if w == "and":  # a verb after a new subject: "and police resorted"; not "burned tires and pans to"
            verb = next((u for u in range(t + 1, min(end, t + 5)) if sent.words[u].islower() and (
                sent.lower[u].endswith("ed") or sent.lower[u] in lex.verb or sent.lower[u] in lex.skip)), None)
            if verb is not None and verb > t + 1:
                return True
    return False


def _verb_form(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether a word that may be a noun ("forces", "orders", "call") is a verb here: a participle, a gerund, or
    a form after a modal, "to" or a pronoun ("will force them to", "they call on")."""
    w = sent.lower[k]
    return w.endswith(("ed", "ing")) or w in lex.participle or k > 0 and (
        sent.lower[k - 1] in _BEFORE_VERB or sent.lower[k - 1] in lex.pronoun) or _present_with_object(sent, k, lex)


def _present_with_object(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether a form in -s is a verb in the present between its subject's noun and its object's determiner ("The deal
    requires both sides to withdraw", "the pact obliges the rebels to"), not a plural noun ("Russian forces")."""
    return sent.lower[k].endswith("s") and 0 < k < len(sent.lower) - 1 and sent.words[k - 1].isalpha() and (
        sent.words[k - 1].islower()) and sent.lower[k - 1] not in lex.determiner and (
        sent.lower[k + 1] in lex.determiner or sent.lower[k + 1] in _BOTH)


_BOTH = frozenset({"both", "all", "each"})  # quantifiers that open an object ("requires both sides to")


def _possessor(sent: SentenceTokens, k: int, lex: Lexicon) -> tuple[int, int] | None:
    """Whose the noun at k is: "the IRA's decision", "the judges' decision"."""
    owner = k - 1
    if owner >= 1 and sent.lower[owner] in {"'", "’"} and sent.lower[owner - 1].endswith("s"):
        return _phrase_ending(sent, owner - 1, lex)
    if owner >= 0 and sent.is_word(owner) and sent.lower[owner].endswith(("'s", "’s")):
        return _phrase_ending(sent, owner, lex)
    return None


_RELATIVE_REACH = 12  # tokens back from a verb searched for the relative clause its subject carries
# and further back for a clause on the sentence's first noun, as a wire lead tells who did it ("Gunmen who abducted 28
# passengers from a bus in Nigeria's north-central Kogi state last week have freed all of them"); a clause on a noun
# further in is on an object, its verb far from the one read ("the story of six operators who risked their lives to
# defend the compound after dozens of attackers poured into …")
_LEAD_RELATIVE_REACH = 20
_CHARGE_REACH = 18  # … for the charge its subject is held to ("suspected of carrying out the attack on the newspaper")


def _subject_past_relative(sent: SentenceTokens, first: int, lex: Lexicon) -> tuple[int, int] | None:
    """ "A gunman who pledged allegiance to the Islamic State killed 49 people": the subject of a verb in the past,
    before the relative clause, with a verb of its own, that ends right before it."""
    if not sent.words[first].islower() or not (sent.lower[first].endswith("ed") or sent.lower[first] in lex.verb) or (
            first < 1 or sent.lower[first - 1] in RELATIVE_PRONOUNS):  # ("statements that damaged": its own subject)
        return None
    for r in range(first - 2, max(0, first - _LEAD_RELATIVE_REACH), -1):
        w = sent.lower[r]
        if sent.words[r] in _CLAUSE_MARKS or w in {"and", "but", "or"} or w in lex.reporting:
            return None
        if w in RELATIVE_PRONOUNS and w != "whose":
            before = sent.lower[r - 1]
            nxt = sent.lower[r + 1]  # a subject relative: "who pledged", "who had crossed", "that allegedly fired"
            own_verb = (nxt.endswith("ed") or nxt in lex.verb or nxt in lex.be or nxt in _AUXILIARIES
                        or nxt in lex.skip) and any(
                sent.words[t].islower() and (sent.lower[t].endswith("ed") or sent.lower[t] in lex.verb
                                             or sent.lower[t] in lex.participle)
                for t in range(r + 1, first))  # (not "confirmed that the soldier captured alive has passed away"; a
            # passive's own participle: "the grenade that was thrown into a bar")
            noun_before = sent.is_word(r - 1) and not (before in lex.reporting or before in lex.verb or before in lex.skip
                                                       or before.endswith("ed"))  # not "claims that", "said that"
            found = _antecedent(sent, r, lex) if own_verb and noun_before else None
            # (a long clause only after the phrase that opens the sentence, compound and all: "The truck bomb that
            # exploded near a police station on the outskirts of Kandahar on Friday wounded nine")
            opening = found and (_phrase_ending(sent, r - 1, lex) or found)
            return found if found is None or r > first - _RELATIVE_REACH or all(
                sent.lower[t] in lex.determiner for t in range(min(found[0], opening[0]))) else None
    return None


# Active verbs of blame whose object is charged with the act a gerund after "of", "for" or "with" tells ("accused
# officers of abducting activists", "blamed the rebels for attacking")
_CHARGING = frozenset({"accused", "accuse", "accuses", "accusing", "blamed", "blame", "blames", "blaming", "charged",
                       "charges", "charging", "convicted", "suspected", "suspects"})
_CHARGED_OBJECT_REACH = 8  # words of the object at most
# Active verbs of punishing or condemning whose object did the act a gerund after "for" tells ("jailed a man for
# stabbing a driver", "arrested two men for looting shops"); a sentence's term may come first ("sentenced him to life
# in prison for killing")
# (past forms and participles only: "exchanged his jail cell for house arrest" is no jailing)
_PUNISHING = frozenset({"jailed", "jailing", "sentenced", "sentencing", "fined", "fining", "punished", "punishing",
                        "imprisoned", "executed", "hanged", "arrested", "arresting", "detained", "detaining",
                        "prosecuted", "prosecuting", "condemned", "condemning"})
_SENTENCING = frozenset({"sentenced", "sentencing", "condemned", "condemning"})
_TERM_WORDS = 5  # words of a sentence's term ("to ten years in prison")


def _charged_object(sent: SentenceTokens, first: int, lex: Lexicon) -> tuple[int, int] | None:
    """The doer of a gerund an active verb of blame charges its object with: "The commission accused officers of
    abducting activists" → "officers" (not the commission); none after a passive ("were accused of"), which
    `_subject_past_charge` reads."""
    if first < 3:
        return None
    if sent.lower[first].endswith("ing") and sent.lower[first - 1] in _CHARGED_WITH:
        return _charged_before(sent, first - 1, lex)
    if not (sent.lower[first].endswith("ing") or sent.lower[first - 1] == "to"):
        return None
    # and further into the charge: "accused the Houthis of violating the truce and targeting civilians", "accused the
    # PML-N of using the police to intimidate its workers"
    for k in range(first - 1, max(2, first - _CHARGE_SPAN) - 1, -1):
        w = sent.lower[k]
        if not sent.is_word(k) or w in lex.clause or w in lex.reporting:
            return None
        if w in _CHARGED_WITH and sent.lower[k + 1].endswith("ing") and k + 1 < first:
            return _charged_before(sent, k, lex)
    return None


_CHARGE_SPAN = 10  # tokens back from a verb of a charge to the "of" that opens it


def _charged_noun(sent: SentenceTokens, first: int, lex: Lexicon) -> tuple[int, int] | None:
    """The doer of an act an event noun names that an active verb of blame charges its object with: "accused the
    authorities of arbitrary detentions", "accusing them of plotting attacks" → "authorities", "them"."""
    for k in range(first - 1, max(0, first - 1 - _MODIFIERS_OF_CHARGE), -1):
        if sent.lower[k] in _CHARGED_WITH:
            return _charged_before(sent, k, lex) if k >= 2 else None
        if not sent.is_word(k) or sent.lower[k] in lex.determiner:
            return None
    return None


_CHARGED_WITH = ("of", "for", "with")  # the words after a charged object that open its charge
_MODIFIERS_OF_CHARGE = 3  # words between "of" and the event noun it charges ("of plotting deadly attacks")


def _charged_before(sent: SentenceTokens, at: int, lex: Lexicon) -> tuple[int, int] | None:
    """The object of an active verb of blame that ends right before the word at `at` ("of", "for", "with")."""
    first = at + 1
    for k in range(first - 3, max(-1, first - 3 - _CHARGED_OBJECT_REACH), -1):
        w = sent.lower[k]
        if w in _CHARGING or w in _PUNISHING and sent.lower[at] == "for":
            if k > 0 and (sent.lower[k - 1] in lex.be or sent.lower[k - 1] in lex.skip and k > 1
                          and sent.lower[k - 2] in lex.be):
                return None
            found = _noun_phrase(sent, k + 1, lex)
            if found is not None and w in _SENTENCING and found[1] < at and sent.lower[found[1]] == "to":
                # "sentenced a man to life imprisonment for", "to ten years in prison for": the term, then the charge
                term = range(found[1] + 1, at)
                return found if len(term) <= _TERM_WORDS and all(
                    sent.is_word(t) and sent.lower[t] not in lex.clause for t in term) else None
            return found if found is not None and found[1] == first - 1 else None
        if not sent.is_word(k) or w in lex.clause or w in lex.reporting:
            return None
    return None


def _subject_past_charge(sent: SentenceTokens, first: int, lex: Lexicon) -> tuple[int, int] | None:
    """ "Two brothers suspected of carrying out the attack on the newspaper were killed": the subject of a passive,
    before the participle that charges it with an act."""
    k = first - 1
    while k >= 0 and (sent.lower[k] in lex.be or sent.lower[k] in lex.skip):
        k -= 1
    if k == first - 1:
        return None  # no "be" before the participle: no passive of this kind
    for j in range(k, max(0, first - _CHARGE_REACH), -1):
        if sent.words[j] in _CLAUSE_MARKS or sent.lower[j] in lex.reporting or sent.lower[j] in RELATIVE_PRONOUNS:
            return None
        if charge_at(sent.lower, j) and j >= 2:
            return _phrase_ending(sent, j - 2, lex)
    return None


def _antecedent(sent: SentenceTokens, k: int, lex: Lexicon) -> tuple[int, int] | None:
    """The noun a relative pronoun at k stands for: "gunmen who stormed", "a militia, which attacked"; an event
    ("the blast, which killed five") is its event noun alone, no doer of its own."""
    j = k - 1
    if j >= 1 and sent.words[j] == ",":
        j -= 1
    if sent.lower[k] == "who" and j >= 1:
        j = _skip_back_time(sent, j, lex)  # "arrested five students on Tuesday who had gathered": no day is a "who"
    if j < 0 or sent.lower[j] in {"and", "or"}:
        return None  # "men who serve in uniform and who have died": the first clause's antecedent, far back
    if sent.lower[j] in lex.triggers and sent.lower[k] != "who":
        # the event itself ("airstrikes that destroyed a tower"): its doer, if any, is the one that event noun has
        return (j, j + 1) if _is_device_or_event(sent.lower[j], lex) else None
    found = _without_wh(sent, _phrase_ending(sent, j, lex), lex)
    if found is None:
        return None
    before = found[0] - 1
    while before >= 0 and sent.lower[before] in lex.determiner:
        before -= 1
    if sent.lower[k] != "who" and before >= 1 and sent.lower[before] in _AIMED_AT and (
            _is_device_or_event(sent.lower[before - 1], lex) and sent.lower[before - 1] in lex.triggers) and (
            sent.words[found[0]][:1].isupper() or lex.in_class(sent.lower[found[1] - 1], "territory")):
        # "airstrikes on Gaza that killed 200": the strikes killed, not the place they hit (but "a battle against
        # a militant group that has pledged loyalty": the group pledged)
        return before - 1, before
    if sent.lower[k] != "who" and k + 1 < len(sent.lower) and sent.lower[k + 1] in _TOLL_VERBS:
        event = _event_before_phrases(sent, found[0], lex)
        if event is not None:
            # "a car bomb attack on a police academy in Bogota that killed 22 people": the attack killed them
            return event
    if sent.lower[k] != "who" and before >= 1 and (sent.lower[before] in LOCATIVE_PREPOSITIONS or (
            sent.words[before] == "," and sent.words[before - 1][:1].isupper())):
        return None  # "at the cafe in Madrid, Spain which killed 13": a place, the setting of the clause
    if sent.lower[k] == "who" and before >= 1 and sent.lower[before] == "of" and (
            sent.lower[before - 1] in _PARTITIVES or sent.lower[before - 1] in _ADHERENTS) and (
            sent.lower[before + 1] not in _ONE_OF) and (k + 1 >= len(sent.lower) or sent.lower[k + 1] not in _ONE_OF):
        # "30 supporters of the opposition party who had gathered": the supporters gathered, not their party (but
        # "followers of a cleric who was arrested", "relatives of a baby who died": the one person the clause tells of)
        return _trim(sent, before - 1, found[1], lex)
    i = found[0]
    for t in range(found[1] - 2, found[0] - 1, -1):  # "disperse thousands of workers, who …": the verb's object
        w = sent.lower[t]
        if sent.words[t].islower() and (w in lex.triggers or w.endswith("ed") or w in lex.verb or w in lex.light_verb
                                        or _after_infinitive_to(sent, t, lex)):
            i = t + 1 + (sent.lower[t + 1] == "of")  # "the release of activists who …"
            break
    return _trim(sent, i, found[1], lex)


# one person after "of" ("of a cleric") or a verb of one ("who was")
_ONE_OF = frozenset({"a", "an", "was", "is", "has"})


def _after_infinitive_to(sent: SentenceTokens, t: int, lex: Lexicon) -> bool:
    """Whether the word at t is a verb because "to" stands right before it and it is no noun's article or number
    ("to stop thousands of farmers who were trying to march": whom police stopped, the verb's object, march)."""
    w = sent.lower[t]
    return t >= 1 and sent.lower[t - 1] == "to" and w.isalpha() and w not in lex.determiner and w not in POSSESSIVES


def aimed_at(sent: SentenceTokens, start: int, lex: Lexicon) -> tuple[int, int] | None:
    """Whom weapons named up to `start` were used on: the noun after "at", "on" or "against" right after them ("fired
    tear gas canisters at farmers"), else the object of an infinitive of purpose a few words on, in their clause
    ("used water cannons on Monday to stop thousands of farmers")."""
    found = (_noun_phrase(sent, start + 1, lex) if start + 1 < len(sent.lower) and sent.lower[start] in _AIMED_AT
             else None)
    if found is not None:
        return found  # (not "on Monday", a time)
    for j in range(start, min(len(sent.lower) - 2, start + _PURPOSE_REACH)):
        if sent.words[j] in _CLAUSE_MARKS or sent.lower[j] in RELATIVE_PRONOUNS:
            return None
        if sent.lower[j] == "to" and _after_infinitive_to(sent, j + 1, lex):
            return _noun_phrase(sent, j + 2, lex)
    return None


_PURPOSE_REACH = 8  # words from what was used to the "to" of its purpose: "and used water cannons on Monday to stop"


# Verbs of the toll an event took, which an event noun is the subject of ("an attack on a school that killed 22")
_TOLL_VERBS = frozenset({"killed", "wounded", "injured", "left", "claimed", "destroyed", "damaged"})
_PHRASE_HOPS = 3  # prepositional phrases between an event noun and the relative clause of its toll


def _event_before_phrases(sent: SentenceTokens, start: int, lex: Lexicon) -> tuple[int, int] | None:
    """The event noun a chain of prepositional phrases ending at a relative clause hangs on ("attack on a police
    academy in Bogota", "explosion at a market in the city of Kano"), if any."""
    for _ in range(_PHRASE_HOPS):
        before = start - 1
        while before >= 0 and (sent.lower[before] in lex.determiner or sent.lower[before] in POSSESSIVES):
            before -= 1
        if before < 1 or not (sent.lower[before] in _AIMED_AT or sent.lower[before] in LOCATIVE_PREPOSITIONS):
            return None
        head = before - 1
        if sent.lower[head] in lex.triggers and _is_device_or_event(sent.lower[head], lex) and (
                sent.words[head].islower()):
            return head, head + 1
        phrase = _phrase_ending(sent, head, lex)
        if phrase is None:
            return None
        start = phrase[0]
    return None


def _without_wh(sent: SentenceTokens, found: tuple[int, int] | None, lex: Lexicon) -> tuple[int, int] | None:
    """A phrase without the question word that opens a clause ("how Bernie Sanders, who …", "what Obama says
    and promises")."""
    if found is None:
        return None
    i, j = found
    while i < j and sent.lower[i] in _WH_WORDS:
        i += 1
    return (i, j) if i < j else None


def _past_relative_clause(sent: SentenceTokens, i: int, lex: Lexicon) -> tuple[int, int] | None:
    """The subject before a relative clause that ends where the phrase at i begins: in "gunmen who stormed the
    school killed two guards" the school is the object of "stormed", and the gunmen killed."""
    p = i - 1
    while p >= 0 and (sent.lower[p] in lex.determiner or sent.lower[p] in POSSESSIVES):
        p -= 1
    if p >= 2 and p == i - 1 and sent.lower[p] == "to" and sent.words[p - 1].islower():
        p -= 1  # "One passenger who tried to flee was shot dead": the verb whose infinitive the phrase is
    if p < 1 or not sent.is_word(p) or not sent.words[p].islower() or not (
            sent.lower[p].endswith("ed") or sent.lower[p] in lex.verb or sent.lower[p] in lex.triggers):
        return None
    q = _skip_back(sent, p - 1, lex)
    if q >= 1 and sent.lower[q] in RELATIVE_PRONOUNS and sent.lower[q] != "whose":
        return _antecedent(sent, q, lex)
    return None


def _past_relative_predicate(sent: SentenceTokens, i: int, lex: Lexicon) -> tuple[int, int] | None:
    """The subject before a relative clause whose predicate ends where the phrase at i begins, when that phrase is
    the predicate's complement, not a subject of its own: in "armed bands that claim they are made up of farmers
    attacked" the farmers are what the bands say they are, "people who live near the base attacked" the base is
    where they live; the bands and the people act. The words between the pronoun and the phrase are a verb, a
    pronoun that a verb of saying takes ("say they"), and the words of a predicate: forms of "be", participles,
    prepositions, particles, determiners and at most one adjective ("loyal to"); a noun among them ("who fled said
    the militants from the hills attacked") opens a clause of its own, whose subject acts."""
    pronoun = next((p for p in range(i - 2, max(0, i - 2 - _RELATIVE_PREDICATE), -1)
                    if not sent.is_word(p) or not sent.words[p].islower() or sent.lower[p] in RELATIVE_PRONOUNS), None)
    if pronoun is None or not sent.is_word(pronoun) or sent.lower[pronoun] == "whose" or (
            sent.lower[pronoun] not in RELATIVE_PRONOUNS):
        return None
    verb = sent.lower[pronoun + 1]
    if verb in lex.determiner or verb in lex.pronoun or verb in _MODIFIER_PREPOSITIONS or (
            verb in LOCATIVE_PREPOSITIONS):
        return None  # "the town that the rebels hold": an object relative, or a clause that "that" opens
    if sent.lower[pronoun] != "who" and not (verb in lex.be or verb in lex.verb or _verb_form(sent, pronoun + 1, lex)
                                             or f"{verb}s" in lex.reporting):
        return None  # "the fact that none of his rivals attacked him": a clause the noun before "that" names
    opener = i - 1
    while opener > pronoun + 1 and sent.lower[opener] in lex.determiner:
        opener -= 1
    if not (sent.lower[opener] in _MODIFIER_PREPOSITIONS or sent.lower[opener] in LOCATIVE_PREPOSITIONS or (
            sent.lower[opener] in PARTICLES) or sent.lower[opener] in lex.be and sent.words[i].islower() and (
            sent.lower[i].endswith("ed") or sent.lower[i] in lex.participle)):
        return None  # "people who were American officials stationed overseas": the officials, named by the clause;
        # "supporters who wanted all immigrants deported": the immigrants, the object of the clause's verb
    adjective = False
    for p in range(pronoun + 2, i):
        word = sent.lower[p]
        if word in lex.pronoun and p == pronoun + 2:
            continue  # "who say they are", "that claim they are"
        predicate = (word in lex.be or word in lex.verb or word in lex.participle or word in lex.determiner
                     or word in PARTICLES or word in _MODIFIER_PREPOSITIONS or word in LOCATIVE_PREPOSITIONS
                     or word.endswith(("ed", "ly"))) and word not in lex.reporting
        if not predicate:
            if adjective or word.endswith("s") or word in lex.reporting or word in lex.pronoun:
                return None
            adjective = True
    return _antecedent(sent, pronoun, lex)


_RELATIVE_PREDICATE = 8  # words between a relative pronoun and the complement that ends its clause's predicate


def _coordinated_before(sent: SentenceTokens, cand: Candidate, others: list[Candidate],
                        lex: Lexicon) -> Candidate | None:
    """The verb trigger right before this one, joined to it by "and", "or" or a comma only ("killed or
    wounded", "killed, injured or captured"), whose voice and parties it shares."""
    k = bisect_left(others, cand.first, key=lambda o: o.first)  # the candidates are in text order
    if k == 0 or cand.sense.pos != "verb" or others[k - 1].sense.pos != "verb":
        return None
    before = others[k - 1]
    between = sent.lower[before.last:cand.first]
    if not between or not all(w == "," or w in VERB_LINKS for w in between) or _past_after_infinitive(
            sent, before, cand.first):
        return None
    return before


def _past_after_infinitive(sent: SentenceTokens, before: Candidate, first: int) -> bool:
    """Whether a verb in the past at `first` follows a trigger that is an infinitive: "ordered protesters to disperse
    and arrested ten" joins the past verb to the past verb before the infinitive, not to the infinitive."""
    return sent.lower[first].endswith("ed") and before.first > 0 and sent.lower[before.first - 1] == "to" and (
        not sent.lower[before.first].endswith("ed"))


def _whose(sent: SentenceTokens, subject: tuple[int, int], first: int, lex: Lexicon) -> tuple[int, int] | None:
    """The noun after "whose" when a relative clause of it follows the subject found and holds the verb at `first`
    ("Bill Richard, whose son Martin, 8, was killed in the bombing": the son was killed, not his father)."""
    k = subject[1]
    if k + 2 >= first or sent.lower[k] != "," or sent.lower[k + 1] != "whose":
        return None
    found = _noun_phrase(sent, k + 2, lex)
    return found if found is not None and found[1] <= first else None


# Hedges and counts between "with" and the people of an attendant participle ("with at least 228 people injured")
_ATTENDANT_WORDS = 4


def _attendant_people(sent: SentenceTokens, first: int, lex: Lexicon) -> tuple[int, int] | None:
    """The counted people of a participle after "with" ("…, with 228 people injured and 56 still missing", "with 28
    people killed"): whom the event befell; None when the verb is no such participle."""
    if not sent.lower[first].endswith("ed") or first < 3:
        return None
    found = _phrase_ending(sent, first - 1, lex)
    if found is None or sent.lower[first - 1].endswith("ing"):
        return None  # ("with around 300 trucks having entered Syria": a perfect participle of the trucks' own act)
    k = found[0] - 1
    while k > 0 and found[0] - k <= _ATTENDANT_WORDS and (is_numeral(sent.lower[k]) or sent.lower[k] in lex.count
                                                           or sent.lower[k] in _HEDGES or sent.lower[k] == ","):
        k -= 1
    return found if k < found[0] - 1 and sent.lower[k] == "with" else None


_HEDGES = frozenset({"at", "least", "about", "some", "nearly", "almost", "around", "over", "more", "than"})


def _driven_before(sent: SentenceTokens, first: int) -> bool:
    """Whether a relative clause of a vehicle driven into something opens before the participle at `first` ("the
    truck that ploughed into the market, killing 12")."""
    return any(sent.lower[k] in _DRIVING and sent.lower[k - 1] in _DRIVEN_RELATIVES for k in range(first - 2, 0, -1))


_DRIVEN_RELATIVES = frozenset({"that", "which"})


def _relative_before(sent: SentenceTokens, lo: int, first: int, lex: Lexicon) -> tuple[int, int] | None:
    """The antecedent of a relative clause that opens between an earlier trigger and this one ("police
    dispersed workers, who had taken to the streets and pelted stones": the workers pelted)."""
    k = _relative_pronoun(sent, lo, first)
    return None if k is None else _antecedent(sent, k, lex)


def _relative_pronoun(sent: SentenceTokens, lo: int, first: int) -> int | None:
    """The last "who" or "which" between tokens lo and first, if any."""
    for k in range(first - 1, lo - 1, -1):
        if sent.lower[k] in {"who", "which"}:
            return k
    return None


def _opens_sentence(sent: SentenceTokens, first: int) -> bool:
    """Whether only punctuation (an opening quote) stands before the token."""
    return not any(sent.is_word(k) for k in range(first))


def _past_participle_phrase(sent: SentenceTokens, found: tuple[int, int], lex: Lexicon) -> tuple[int, int] | None:
    """The subject before a participle phrase that modifies it, when the phrase found before the verb ends that
    modifier: "a suicide bomber riding a motorcycle loaded with explosives crashed into …" (the bomber),
    "soldiers wounded in the attack died", "M23 rebels backed by Rwanda seized …" (whoever backs them does not act:
    lexicon class `backing`)."""
    moved = None
    for _ in range(3):
        p = found[0] - 1
        while p >= 0 and (sent.lower[p] in lex.determiner or sent.lower[p] in POSSESSIVES):
            p -= 1  # not "that": "believed that the organisation had to …" is no modifier
        if p >= 2 and sent.lower[p] == "of" and (sent.lower[p - 1] in _PARTS_OF or is_numeral(sent.lower[p - 1])):
            found = (p - 1, p)  # "a van parked near one of the churches exploded": past the part of the many
            continue
        preposition = p >= 1 and (sent.lower[p] in _MODIFIER_PREPOSITIONS or sent.lower[p] == "as" and (
            sent.lower[p - 1] in _NAMED_AS) or sent.lower[p] == "by" and (
            lex.in_class(sent.lower[p - 1], "backing") or sent.lower[p - 1] in _HELD))
        if preposition:
            p -= 1  # "loaded with explosives", "dressed as Santa Claus"
        elif p >= 3 and sent.lower[p] in PARTICLES and sent.lower[p - 1].endswith("ing"):
            p -= 1  # "carrying out the attack", "setting off the bomb"
        if p >= 3 and sent.lower[p].endswith("ing") and sent.lower[p - 1] == "of" and sent.lower[p - 2].endswith("ed"):
            p, preposition = p - 2, True  # "two brothers suspected of carrying out the attack were arrested"
        if p < 1 or not sent.is_word(p) or not sent.words[p].islower() or not (
                sent.lower[p].endswith(("ing", "ed")) or sent.lower[p] in lex.participle):
            return moved  # ("a bomb left at the market exploded": an irregular participle)
        if not preposition and not sent.lower[p].endswith("ing"):
            return moved  # "a mob lynched a man accused of …", "soldiers freed six people abducted last week": a verb
            # and its object, no participle phrase (a past participle that modifies a noun takes no object after it)
        patron = preposition and sent.lower[p + 1] == "by"  # "organised by their unions": a participle, no verb
        if not patron and (sent.lower[p] in lex.reporting or sent.lower[p] in lex.light_verb
                           or sent.lower[p] in lex.intransitive):
            return moved
        before = sent.lower[p - 1]
        if before in lex.skip or before.endswith("ly"):
            return moved  # "forces reportedly fired mortar shells": a verb with its adverb, no modifier
        found = _phrase_ending(sent, p - 1, lex)
        if found is None or sent.lower[found[1] - 1].endswith("ing"):
            return moved  # "a vigil protesting policies having executed a commander": no noun before
        moved = found
    return moved


# participles of owning or employing, whose agent owns, not acts: "a car owned by a local businessman exploded",
# "workers employed by the mine blocked the road" (not "used", "carried", "driven": "a car driven by a suicide bomber
# exploded" is the bomber's act)
_HELD = frozenset({"owned", "employed", "rented", "leased"})
# verbs whose subject caused the event noun after them, and did not do it ("sparked protests", "triggered clashes")
_CAUSING = frozenset({"sparked", "sparking", "triggered", "triggering", "prompted", "prompting", "provoked",
                      "provoking", "fuelled", "fueled", "ignited", "spurred", "caused", "causing"})
_PARTS_OF = frozenset({"one", "some", "several", "many", "most", "each", "all", "none", "any", "both"})
_PREPOSITIONAL_PHRASES = 4  # the phrases a subject's head is looked for past, coordinated ones counted


def _past_prepositional_phrase(sent: SentenceTokens, found: tuple[int, int], lex: Lexicon,
                               first: int, kin: bool = True) -> tuple[int, int] | None:
    """The head of a subject that a prepositional phrase ends: "two men on a motorcycle shot dead a policeman"
    (the men), "TMF in cooperation with Iraqi forces killed" (TMF); an event is no doer ("the explosion at the
    bus station killed six": none). `found` itself when no party precedes its preposition."""
    phrase = found
    for _ in range(_PREPOSITIONAL_PHRASES):
        p = phrase[0] - 1
        while p >= 0 and (sent.lower[p] in lex.determiner or sent.lower[p] in POSSESSIVES):
            p -= 1
        if p >= 1 and sent.lower[p] in ("and", "or") and sent.is_word(p - 1):
            # "bomb attacks on churches and luxury hotels in Sri Lanka killed 290": past the phrases coordinated
            phrase = _phrase_ending(sent, p - 1, lex)
            if phrase is None:
                return found
            continue
        if p >= 3 and sent.lower[p - 1] in ("and", "or") and sent.lower[p - 2] in _MODIFIER_PREPOSITIONS and (
                sent.lower[p] in _MODIFIER_PREPOSITIONS or sent.lower[p] in _SCENE_PREPOSITIONS):
            p -= 2  # "clashes between militias in and around the town of Zawiya killed": one phrase, two prepositions
        if p < 1 or sent.lower[p] not in _MODIFIER_PREPOSITIONS or not sent.is_word(p - 1):
            return found
        if sent.lower[p] == "of" and kin and sent.words[p - 1].islower() and event_noun(sent.lower[p - 1], lex):
            # "the bombing of a mosque in Peshawar killed 45": the event is no doer, what it struck neither; but
            # "students demanding the resignation of the rector marched": the people who ask for it
            asked = _phrase_ending(sent, p - 1, lex)
            return _demanders(sent, asked[0], lex) if asked is not None else None
            # (but "the release of a councillor arrested the day before": the bare participle is the councillor's)
        owner = _phrase_ending(sent, p - 1, lex) if sent.lower[p] == "of" else None
        demand = next((j for j in range(owner[0] + 1, owner[1] - 1) if sent.lower[j] in DEMANDING), None) \
            if owner is not None else None
        if demand is not None:
            return owner[0], demand  # "Students demanding reform of the quota system clashed": who ask for it
        doer = _past_participle_phrase(sent, owner, lex) if owner is not None else None
        if doer is not None:
            return doer  # "an IED targeting a vehicle of the STC forces exploded": the bomb, not whose vehicle it hit
        if sent.lower[p] == "of":
            # "workers of a mine in the city went on strike": the people the place qualifies, when none came after
            # (but "parents of the missing girls", "relatives of the victims": the kin act, whoever they are kin of;
            # not before a bare participle, which says what the nearer noun underwent: "the parents of a soldier
            # killed by a suicide bomber")
            # (nor those of a place or employer, "residents of the Canape-Vert neighbourhood", "retirees of the
            # Telecommunication Company of Iran", nor anyone's of the dead or the held, "supporters of the slain
            # councilor": they act themselves)
            befallen = sent.lower[found[0]] in _BEFALLEN
            kin = kin and (sent.lower[p - 1] in _KIN or lex.in_class(sent.lower[p - 1], "constituents") or befallen)
            # (a named site is no party: "health workers of the Jorge Reategui Hospital staged a demonstration")
            party = _is_party_word(sent, found[1] - 1, lex) and not (
                sent.words[found[0]][:1].isupper() and geo.is_site_word(sent.lower[found[1] - 1]))
            if sent.lower[p - 1] in _ADHERENTS and not befallen:
                # "supporters of the CNSP junta demonstrated": they, told by whose they are
                adherents = _phrase_ending(sent, p - 1, lex)
                return (adherents[0], found[1]) if adherents else found
            before = None if party and not kin else _phrase_ending(sent, p - 1, lex)
            if before and sent.lower[before[1] - 1] in _BANDS and sent.words[found[1] - 1].islower() and (
                    sent.lower[found[1] - 1].endswith("s")):
                return found  # "A group of miscreants opened fire": the people the group gathers
            return before if before and (kin or _is_party_word(sent, before[1] - 1, lex)) and (
                sent.lower[before[1] - 1] not in _PARTITIVES or befallen) else found
        if sent.lower[p - 1] in {"along", "together"} and p >= 2:
            p -= 1  # "the president along with other members protested"
        before = sent.lower[p - 1]
        if before in lex.skip or before in lex.stop or before.endswith(("ed", "ly")) or before in lex.reporting:
            return found  # "attacked in the capital", "said on Monday": a verb's phrase, not a noun's
        phrase = _phrase_ending(sent, p - 1, lex)
        if phrase is None:
            return found
        if before in lex.triggers and not (sent.words[p - 1][0].isupper() and _is_word_before(sent, p - 1)):
            return None  # "the explosion at the bus station killed six", "fighting in the region killed five"
        if sent.lower[p] == "from" and _fighters(sent.lower[phrase[1] - 1], lex) and _names_group_from(sent, found) \
                and sent.lower[found[1] - 1] not in _KINDREDS:
            # "Militants from the Islamic State West Africa Province (ISWAP)", "Fighters from al-Shabaab": the
            # group's fighters, one phrase with the group they come from, as "members of" it are
            return phrase[0], found[1]
        if _is_party_word(sent, phrase[1] - 1, lex) or lex.in_class(sent.lower[phrase[1] - 1], "troops") and not (
                _is_party_word(sent, found[1] - 1, lex)):
            found = phrase  # "voters placed less emphasis on ethanol promises": "emphasis" is no party; "militiamen
            # on horseback" are the militiamen, "militiamen from the Leelkayse clan" the clan's
    return found


def _site_of(sent: SentenceTokens, j: int) -> bool:
    """Whether token j names a kind of site or locality, as such ("the Lurigancho prison", "the Macoa sector", "the
    Hospital Dario Marquez"), not inside a name it ends ("the Islamic State West Africa Province")."""
    w = sent.lower[j]
    return (geo.is_site_word(w) or geo.is_locality_word(w)) and (
        sent.words[j].islower() or j == 0 or not sent.words[j - 1][:1].isupper())


def _fighters(word: str, lex: Lexicon) -> bool:
    """Whether a noun names the armed men or the members of a group ("militants", "fighters", "troops", "members"),
    who "from" a group are that group's; not people from a place ("residents from the Macoa sector")."""
    return lex.in_class(word, "military") or lex.in_class(word, "insurgents") or word in _MEMBERS  # "guerrillas"


# what befell someone an "of" phrase names, who did not act ("supporters of the slain councilor")
_BEFALLEN = frozenset({"slain", "late", "deceased", "dead", "killed", "murdered", "missing", "disappeared", "detained",
                       "jailed", "imprisoned", "abducted", "kidnapped", "arrested", "assassinated", "martyred"})
_BANDS = frozenset({"group", "groups", "gang", "gangs", "band", "bands", "mob", "mobs", "crowd", "crowds", "squad"})
_MEMBERS = frozenset({"members", "member", "supporters", "activists", "cadres", "loyalists", "elements"})
# Groups of kin, whose militiamen are told as the group ("militiamen from the Leelkayse clan": the clan acts)
_KINDREDS = frozenset({"clan", "clans", "sub-clan", "sub-clans", "tribe", "tribes", "family", "families"})


def event_noun(word: str, lex: Lexicon) -> bool:
    """Whether a word by itself is a trigger noun of some event ("bombing", "shelling"; not "truck" of "truck bomb")."""
    return any(phrase == (word,) and any(s.pos == "noun" and s.event_type != "-" for s in senses)
               for phrase, senses in lex.triggers.get(word, ()))


def _against_past_place(sent: SentenceTokens, at: int, lex: Lexicon) -> tuple[int, int] | None:
    """What a protest was against, told past the place "in" at `at` opens ("protested in Lilongwe (Lilongwe) against
    a police ban", "rallied in Kaya (Sanmatenga, Centre-Nord) against the curfew"): the phrase after "against" in
    the clause, a bracketed note on the place passed whole."""
    depth = 0
    for j in range(at + 1, min(len(sent.lower) - 1, at + _PLACE_WORDS)):
        w = sent.lower[j]
        depth += (w == "(") - (w == ")")
        if depth > 0 or w == ")":
            continue
        if w == "against":
            return _noun_phrase(sent, j + 1, lex)
        asked = _asked(sent, j, lex) if w in DEMANDING and j + 2 < len(sent.lower) else None
        if asked is not None:
            return asked  # "protested in Popayan (…) demanding the government comply with …": whom it is made of
        if w in {".", ";", ","} or w in lex.clause or w in lex.reporting:
            return None
    return None


def _asked(sent: SentenceTokens, demand: int, lex: Lexicon) -> tuple[int, int] | None:
    """The party a demand at token `demand` asks to act, before the bare verb of the act or its "to" ("demanding the
    police allow them to go home", "demanding the State Government to waive bills"); not what is demanded ("demanding
    the release of …", "demanding action against a minister")."""
    phrase = _noun_phrase(sent, demand + 1 + (sent.lower[demand + 1] == "that"), lex)
    if phrase is None:
        return None
    n = len(sent.lower)
    for t in range(phrase[0], phrase[1]):
        verb = t + 1
        if _is_party_word(sent, t, lex) and verb < n and sent.words[verb].islower() and sent.is_word(verb) and (
                sent.lower[verb] == "to" or sent.lower[verb] not in lex.stop and not sent.lower[verb].endswith(
                    ("ing", "ed", "s")) and not _is_party_word(sent, verb, lex)):
            return phrase[0], verb
    return None


_PLACE_WORDS = 14  # words of a place phrase and its bracketed note passed to find what a protest was against


def _is_party_word(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether the word at k can head a party: a name, a pronoun, or a word for people or armed groups."""
    w = sent.lower[k]
    return (sent.words[k][:1].isupper() and _is_word_before(sent, k)) or w in lex.pronoun or lex.in_any_class(
        w, _HEAD_CLASSES)


def _is_word_before(sent: SentenceTokens, k: int) -> bool:
    """Whether a word stands before token k, so that its capital marks a name, not a sentence's start."""
    return any(sent.is_word(t) for t in range(k))


def _after_subordinator(sent: SentenceTokens, first: int) -> bool:
    """Whether a verb trigger is a gerund right after a subordinator of time ("after wounding", "before fleeing",
    "while shelling"): its subject is that of the clause it modifies."""
    return first > 0 and sent.lower[first].endswith("ing") and sent.lower[first - 1] in SUBORDINATE_GERUND


_AUXILIARY_WORDS = 2  # auxiliaries and adverbs between "and" and its verb ("and has also demanded")


def _said_done_before(sent: SentenceTokens, verb: int, first: int, lex: Lexicon) -> bool:
    """Whether the verb at `verb` is in the past perfect in what a reporting verb before it tells, and the verb at
    `first` is in the simple past right after "and" ("said Russian strikes had destroyed power plants and urged"):
    the verb after "and" goes with the reporting verb, as its tense tells, not with the perfect."""
    if sent.lower[first - 1] != "and" or not (sent.lower[first].endswith("ed") or sent.lower[first] in lex.verb):
        return False
    for k in range(verb - 1, max(-1, verb - _SAID_PERFECT_REACH), -1):
        if not sent.is_word(k):
            return False
        if sent.lower[k] in lex.reporting and sent.words[k].islower():
            return "had" in sent.lower[k + 1:verb]
    return False


def _accuses(sent: SentenceTokens, first: int) -> bool:
    """Whether the trigger is a verb of accusing with the charge after "of" a few words on ("accused Belgrade of
    stalling"): a speaker's act, as one that directs someone is."""
    return sent.lower[first] in _ACCUSING and "of" in sent.lower[first + 1:first + _DIRECTED_REACH]


_ACCUSING = frozenset({"accused", "accuses"})
_SAID_PERFECT_REACH = 8  # tokens from a reporting verb to the perfect it tells ("said Russian strikes had destroyed")


def _subordinate_between(sent: SentenceTokens, after: int, first: int, lex: Lexicon) -> bool:
    """Whether a subordinate clause with a subject of its own opens between token `after` and a coordinated verb
    trigger at `first`: a subordinator, a word, then the "and" or "or" before the trigger, with no punctuation, and
    a verb of the clause's own among them ("before police arrived and arrested"; not "retook the buildings after
    several hours and arrested", a phrase of time)."""
    for k in range(first - 2, after - 1, -1):
        if not sent.is_word(k):
            return False
        if sent.lower[k] in _SUBORDINATORS and k + 2 < first - 1 and sent.is_word(k + 1):
            return sent.lower[first - 1] in ("and", "or") and any(
                w.endswith("ed") or w in lex.verb or w in lex.be for w in sent.lower[k + 1:first - 1])
    return False


# the verb after an event noun that tells when it came, by another event ("The attack came a week after …")
CAME = frozenset({"came", "comes", "come", "coming"})


def _spoken_for(sent: SentenceTokens, actor: tuple[int, int], lex: Lexicon) -> tuple[int, int] | None:
    """The group a spokesperson claims an attack for: its possessor ("The Abu Sayyaf Group's spokesman claimed
    responsibility") or the body after "for" ("a spokesman for the Taliban claimed")."""
    end = actor[1]
    titled = next((k for k in range(actor[0] + 1, end - 1) if sent.lower[k] in _SPOKESPEOPLE), None)
    if titled is not None and all(sent.words[k][:1].isupper() for k in range(actor[0], titled)):
        return actor[0], titled  # "Taliban spokesman Zabihullah Mujahid claimed responsibility": the Taliban
    if sent.lower[end - 1] not in _SPOKESPEOPLE:
        return None
    return _possessor(sent, end - 1, lex) or (
        _noun_phrase(sent, end + 1, lex) if end + 1 < len(sent.lower) and sent.lower[end] == "for" else None)


_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople"})


def _object_before(sent: SentenceTokens, cand: Candidate, others: list[Candidate]) -> tuple[int, int] | None:
    """The object of an earlier verb that a participle right after it tells of, a reduced relative clause ("police
    fired tear gas to disperse students marching in Jaffna": the students marched)."""
    word = sent.lower[cand.first - 1] if cand.first else ""
    if not sent.lower[cand.first].endswith("ing") or not word.isalpha() or word in _NO_HEADS or word.endswith("ly"):
        return None  # (not "killing a man and seriously injuring two": a verb the first is coordinated with)
    return next((o.target for o in others if o.last <= cand.first and o.sense.pos == "verb" and not o.passive
                 and o.target is not None and o.target[1] == cand.first), None)


_NO_HEADS = frozenset({"and", "or", "but", "then"})  # words that end no object a participle tells of


def _in_participle_clause(sent: SentenceTokens, first: int) -> bool:
    """Whether a verb trigger opens a participle clause after its main clause, whose subject it shares:
    "shelled Kharkiv, killing three civilians", "responded by calling for a strike"."""
    return first > 1 and sent.lower[first].endswith("ing") and sent.lower[first - 1] in {",", "by"}


# Notes in brackets after a name that tell where a photo shows the person ("Sanders (left) met Clinton")
_CAPTION_NOTES = frozenset({"left", "right", "center", "centre", "pictured", "above", "below", "top", "bottom",
                            "front", "l", "r", "c"})
_RELATIVE_CHARS = 12  # tokens of a relative clause in commas before the main verb


def _relative_in_commas(sent: SentenceTokens, close: int) -> int | None:
    """The "who" or "which" that opens a relative clause in commas closing at `close` (", who arrived on motorbikes,"),
    if any."""
    for j in range(close - 1, max(0, close - _RELATIVE_CHARS), -1):
        if sent.lower[j] == ",":
            return None
        if sent.lower[j] in {"who", "which"} and j > 1 and sent.lower[j - 1] == ",":
            return j
    return None


def _in_date(sent: SentenceTokens, k: int) -> bool:
    """Whether the comma at token k is one of a date's ("Sept. 10, 2023,"): between a day and its year, or after a year
    a day and a comma come before."""
    n = len(sent.lower)
    if k + 1 < n and k > 0 and _YEAR.fullmatch(sent.lower[k + 1]) and sent.lower[k - 1].isdigit():
        return True
    return k >= 3 and _YEAR.fullmatch(sent.lower[k - 1]) is not None and sent.lower[k - 2] == "," and (
        sent.lower[k - 3].isdigit())


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _prepositional(sent: SentenceTokens, k: int, first: int, lex: Lexicon) -> bool:
    """Whether a word of time that may open a clause ("before", "after", "since", "until") is a preposition there, its
    noun phrase followed by a time or another phrase of the verb before it, not by a verb ("appeared before a bail
    justice late on Sunday and was remanded": the man was; not "before police arrived and …")."""
    if sent.lower[k] not in _PREPOSITIONAL_SUBORDINATORS:
        return False
    found = _noun_phrase(sent, k + 1, lex)
    if found is None or found[1] >= first:
        return False
    after = sent.lower[found[1]]
    return after in _AFTER_PREPOSITIONAL or after in lex.time


_PREPOSITIONAL_SUBORDINATORS = frozenset({"before", "after", "since", "until"})
_AFTER_PREPOSITIONAL = frozenset({"and", ",", "on", "in", "at", "late", "early", "for"})  # what may follow its phrase


def _clause_subject(sent: SentenceTokens, first: int, lex: Lexicon, reporting: bool,
                    verbal: bool = False) -> tuple[int, int] | None:
    """The subject of the sentence's main clause, for a verb that shares it: the noun phrase that opens the
    sentence, after an opening phrase set off by a comma ("In August 1999, a militia declared a state and
    called on …"), when a verb follows it (a reporting verb only if `reporting`)."""
    start = 0
    acted = False  # the reporting verb before takes an object and "and" the verb: an act, no speech
    reported = False  # the verb is in what a reporting verb before it tells
    for k in range(first - 1, max(0, first - 20), -1):
        if sent.lower[k] in {"who", "which"}:
            return _antecedent(sent, k, lex)  # "a caller who gave a name and requested delivery"
        if sent.lower[k] in _SUBORDINATORS and k + 1 < first and not _prepositional(sent, k, first, lex):
            start = k + 1  # "eyes welled as he spoke and urged voters": the subordinate clause's subject
            break
        if sent.lower[k] in lex.reporting and k + 2 < first and sent.words[k].islower():
            conjunction = next((j for j in range(first - 1, k, -1) if sent.lower[j] in ("and", "or")), None)
            state_said = conjunction is not None and any(w in lex.be for w in sent.lower[k + 1:conjunction])
            done_said = conjunction == first - 1 and "had" in sent.lower[k + 1:conjunction]  # "had destroyed … and"
            if conjunction is not None and (after_modal(sent, conjunction, first, lex) or _pledge(sent, first, lex) or (
                    state_said and (verbal or _directs(sent, first, lex)))
                    or done_said and (_directs(sent, first, lex) or _accuses(sent, first))):
                # "Sai said the sacrifice would not go in vain and vowed to …", "Netanyahu said Israel was at war and
                # vowed that Hamas would pay", "Noboa declared that the country was in an armed conflict and ordered
                # the military to …", "May said the attack was among the worst … and condemned …" (a state was
                # said, then an act in words, `verbal`): coordinated with "said", whose subject vows, orders or
                # condemns
                return _subject(sent, k, lex)
            # "survivors said the attackers separated them and shot …": the subject of what was said
            start = k + 1 + (sent.lower[k + 1] == "that")
            coordinated = _said_clause_subject(sent, start, first, lex)
            if coordinated is not None:
                return coordinated
            reported = True
            break
        if sent.lower[k] == "," and k + 1 < first and sent.words[k + 1].islower() and (
                sent.lower[k + 1].endswith("ed") or sent.lower[k + 1] in lex.verb):
            relative = _relative_in_commas(sent, k)
            if relative is not None:
                # "The assailants, who arrived on motorbikes, surrounded the village and opened fire": the subject
                # past the relative clause in commas, whose verb the verb after it shares
                return _antecedent(sent, relative, lex)
            apposed = _before_apposition(sent, k, lex) if _described_in_commas(sent, k) and (
                "to" not in sent.lower[first - 1:first + 1]) else None
            if apposed is not None:
                # "The attacker, an Australian white supremacist, livestreamed the shooting and was arrested": the
                # subject past its description (not a place's name: "in Choloma, Cortes, armed men"; nor for an
                # infinitive, whose doer an object may be: "Nagorno-Karabakh, an exclave, drove Armenians to demand")
                return apposed
        if sent.lower[k] == "," and _listed_predicate(sent, k + 1, lex):
            continue  # "gangs who raid villages, steal cattle and kidnap residents": one list of the clause's verbs
        if sent.lower[k] == "," and _in_date(sent, k):
            continue  # "walked into the church on Sept. 10, 2023, and fired": the commas of a date
        if sent.lower[k] in {";", ":", ","}:
            coordinated = _coordinated_clause_subject(sent, k + 1, first, lex) if _clause_before(sent, k, lex) or (
                _opening_phrases(sent, k, lex)) else None
            if coordinated is not None:
                # "Witnesses said an argument spilled outside, and a man pulled a handgun and fired": the subject of
                # the clause the verb is coordinated in, not the speaker's (the clause's verb no trigger of its own)
                return coordinated
            break
    if start:
        found = _without_wh(sent, _noun_phrase(sent, start, lex), lex)
        verb = next((t for t in range(found[0] + 1, found[1]) if sent.words[t].islower() and sent.lower[t].endswith(
            "ed") and sent.lower[t - 1] not in lex.determiner and not sent.lower[t - 1].endswith("ed") and not (
            is_numeral(sent.lower[t - 1]))), None) if found else None
        if verb is not None:
            # "the attackers separated Christians": the phrase ends at its verb (not "unidentified armed men", "two
            # armed men": modifiers of its noun)
            found = (found[0], verb)
        opener = sent.lower[start]
        # (not the reporting verb's object right before "and" + the verb: "denied any involvement and condemned",
        # "declared a state of emergency and imposed a curfew")
        end = found[1] if found else -1
        while 0 <= end < first - 1 and sent.lower[end] == "of":
            tail = _noun_phrase(sent, end + 1, lex)
            if tail is None:
                break
            end = tail[1]
        object_then_verb = found is not None and end + 1 == first and sent.lower[end] in {"and", "or"}
        acted = object_then_verb and sent.lower[start] in lex.determiner
        if found and found[1] < first and sent.lower[found[0]] not in lex.stop and sent.is_word(found[1]) and (
                sent.lower[found[1]] not in lex.stop) and not object_then_verb and (
                opener in lex.pronoun or opener in NOUN_DETERMINERS or sent.words[start][0].isupper()
                or sent.words[found[1]].islower() and (sent.lower[found[1]].endswith("ed")
                                                       or sent.lower[found[1]] in lex.verb)):
            # "as he spoke", "when the army arrived", "before police arrived", not "perceived as biased reporting"
            return found
        if reported and not object_then_verb:
            return None  # "The ministry said Monday's strikes killed 558 people and wounded 1,835": no subject the
            # words said name wounds, and the speaker does not (but "denied any involvement and condemned" is hers)
        start = 0  # "perceived as biased journalism from …": a preposition, no subordinate clause
    if start < first and sent.words[start] in _OPENING_QUOTES:
        speaker = _speaker_after_quote(sent, start, first, lex)
        if speaker is not None:
            return speaker
    while start < first and not sent.is_word(start):
        start += 1  # an opening quote
    start = _past_date_heading(sent, start, first)
    for _ in range(3):  # "On 10 May 2020, in Makhachkala (Dagestan), officers conducted …": opening phrases
        if not (start < first and (sent.lower[start] in lex.stop or sent.lower[start] in lex.time
                                   or is_calendar_word(sent.words[start]) or sent.lower[start].endswith("ly"))):
            break
        comma = next((j for j in range(start, min(first, start + 12)) if sent.words[j] == ","), None)
        if comma is None:
            return None
        start = comma + 1
    found = _without_wh(sent, _noun_phrase(sent, start, lex), lex)
    if found is not None and found[1] == first and found[1] - found[0] > 1:
        found = (found[0], found[1] - 1)  # "the army plans to launch": "plans" is the verb
    if found is None or found[1] >= first or sent.lower[found[0]] in lex.stop:
        return None
    for t in range(found[0] + 1, found[1]):  # "Mr. Yanukovych disregarded the advice and refused": a verb ends it
        w = sent.lower[t]
        # (an irregular past before its object too: "a gunman shot two guards … and was arrested")
        irregular = w in lex.participle and t + 1 < found[1] and (
            sent.lower[t + 1] in NOUN_DETERMINERS or is_numeral(sent.lower[t + 1]))
        if sent.words[t].islower() and (w.endswith("ed") or w in lex.verb or w in lex.skip or w in lex.light_verb
                                        or irregular) and (
                _device_named_at(sent, t, lex) is None):  # (not "a magnetic improvised explosive device")
            found = (found[0], t)
            break
    if found[1] + 1 < first and sent.lower[found[1]] == "and":
        second = _noun_phrase(sent, found[1] + 1, lex)
        if second is not None and second[1] < first and _verb_after_subject(sent, second[1], lex):
            found = (found[0], second[1])  # "FAMa soldiers and Wagner Group operatives began an operation …,
            # executing": both sides of the subject (not "disregarded the advice and refused": a verb is no side)
    between = sent.lower[found[1]:first]
    participle = _in_participle_clause(sent, first)  # "drove into a crowd celebrating …, killing 84": still its doer
    # (a word in -ing after a determiner is a noun: "called the shooting an act of murder and ordered …"; a verb in the
    # past coordinates with none in -ing and no infinitive: "convicted a man of plotting to attack a mosque and
    # sentenced him")
    past = sent.words[first].islower() and (sent.lower[first].endswith("ed") or sent.lower[first] in lex.verb)
    if not past and (any(w.endswith("ing") and w not in lex.stop and sent.words[found[1] + n].islower()
                         and not participle and not (n and between[n - 1] in lex.determiner)
                         for n, w in enumerate(between))
                     or any(w == "to" and infinitive(sent, found[1] + n + 1, lex) for n, w in enumerate(between[:-1]))):
        return None  # "a report cheered Democrats hoping to retain … and capture": another clause's verb
    k = found[1]
    while k < first and (sent.lower[k] in lex.skip or sent.lower[k].endswith("ly") or time_follows(sent, k, lex)
                         or k > found[1] and is_calendar_word(sent.words[k])):
        k += 1  # "Zelensky recently revealed", "A Dutch court on Thursday convicted"
    after = sent.lower[k]
    if not sent.is_word(k) or after in lex.stop or (after in lex.reporting and not reporting and not acted):
        return None  # no verb follows: no subject ("In Kibo, the market, …")
    return found


def _coordinated_clause_subject(sent: SentenceTokens, start: int, first: int,
                                lex: Lexicon) -> tuple[int, int] | None:
    """The subject of a clause that opens at `start` (after a comma, "and" or "but") when its own verb comes before
    `first` and "and" or "or" joins the two: "…, and a man pulled a handgun and fired" (a man)."""
    if start < first and sent.lower[start] in _CLAUSE_JOINS:
        start += 1
    found = _noun_phrase(sent, start, lex) if start < first else None
    opener = sent.lower[start]
    if found is None or found[1] >= first or not (
            opener in lex.pronoun or opener in NOUN_DETERMINERS or sent.words[start][:1].isupper()
            or is_numeral(opener)):
        return None
    verb = next((t for t in range(found[0] + 1, found[1]) if sent.words[t].islower() and sent.lower[t].endswith(
        "ed") and sent.lower[t - 1] not in lex.determiner and not is_numeral(sent.lower[t - 1])), found[1])
    found = (found[0], verb)  # "a man pulled": the phrase ends at its verb
    while verb < first and (sent.lower[verb] in lex.skip or sent.lower[verb].endswith("ly")):
        if sent.lower[verb] in lex.be:
            return None  # "a man was found handcuffed and killed": a passive, whose subject did nothing
        verb += 1  # "a man then pulled", "a man had pulled"
    word = sent.lower[verb]
    if verb >= first - 1 or word in lex.be or not sent.words[verb].islower() or not (
            word.endswith("ed") or word in lex.verb or word in lex.participle) or word in lex.reporting:
        return None
    joins = [t for t in range(verb + 1, first) if sent.lower[t] in ("and", "or")]
    marks = [t for t in range(verb + 1, first) if sent.lower[t] in _CLAUSE_MARKS and sent.lower[t + 1] not in (
        "and", "or")]
    if not joins or marks or _names_place(sent, found):
        return None
    return found


def _clause_before(sent: SentenceTokens, mark: int, lex: Lexicon) -> bool:
    """Whether the words before a clause mark, back to the one before it, hold a verb or a participle: a clause ends
    there ("an argument spilled outside, and …", "Asked about that vote, …", "after slamming into the crowd, …"), not
    an item of a list ("the JSM, the Khasi Students' Union and …") or a place ("In Choloma, Cortes, armed men …")."""
    for t in range(mark - 1, -1, -1):
        if sent.lower[t] in _CLAUSE_MARKS:
            return False
        if (sent.words[t].islower() or t == 0 or sent.lower[t - 1] in _CLAUSE_MARKS) and (
                sent.lower[t].endswith(("ed", "ing")) or sent.lower[t] in lex.verb):
            return True
    return False


def _opening_phrases(sent: SentenceTokens, mark: int, lex: Lexicon) -> bool:
    """Whether the words before a comma are phrases of time and place, each closed by a comma ("On 3 May 2020, in
    San Francisco de Ojuera, Santa Barbara,"), so that a clause opens after it (not "a group of GNB officers, CONAS
    officers, and …": a list)."""
    start = 0
    for end in [t for t in range(mark) if sent.words[t] == ","] + [mark]:
        if end <= start:
            return False
        opener = sent.lower[start]
        if not (opener in lex.stop and opener not in lex.determiner or opener in lex.time or opener.isdigit()
                or is_calendar_word(sent.words[start]) or _names_place(sent, (start, end))):
            return False
        start = end + 1
    return True


def _said_clause_subject(sent: SentenceTokens, start: int, first: int, lex: Lexicon) -> tuple[int, int] | None:
    """In what a speaker says from `start`, the subject of the clause after a clause with its own verb, joined by
    "and", that the verb at `first` is coordinated in: "said the argument spilled outside and a man pulled a gun and
    fired" (a man; not "said police and soldiers stormed …": no verb before that "and")."""
    for j in range(first - 2, start, -1):
        if sent.lower[j] in ("and", "but") and any(
                sent.words[t].islower() and (sent.lower[t].endswith("ed") or sent.lower[t] in lex.verb)
                for t in range(start + 1, j)):
            found = _coordinated_clause_subject(sent, j, first, lex)
            if found is not None:
                return found
    return None


_CLAUSE_JOINS = frozenset({"and", "but", "then"})  # words that open a clause after a comma ("…, and a man pulled")


def _past_date_heading(sent: SentenceTokens, start: int, first: int) -> int:
    """The token after a date that heads an incident's summary with a colon ("06/03/2017: Assailants drove …",
    "March 3, 2017: …"), else `start`."""
    for k in range(start, min(first, start + _HEADING_TOKENS)):
        if sent.lower[k] == ":":
            return k + 1 if k > start and all(
                sent.lower[j].isdigit() or sent.lower[j] in _DATE_JOINERS or is_calendar_word(sent.words[j])
                for j in range(start, k)) else start
    return start


_HEADING_TOKENS = 8  # "06 / 03 / 2017 :", "March 3 , 2017 :"
_DATE_JOINERS = frozenset({"/", "-", ".", ","})


def _pledge(sent: SentenceTokens, first: int, lex: Lexicon) -> bool:
    """Whether the trigger is a verb of pledging or warning with its clause or infinitive after it ("vowed that",
    "threatened to"): a speaker's act, as "said" is (lexicon class `pledging`)."""
    return first + 1 < len(sent.lower) and lex.in_class(sent.lower[first], "pledging") and (
        sent.lower[first + 1] in ("that", "to"))


def _directs(sent: SentenceTokens, first: int, lex: Lexicon) -> bool:
    """Whether the trigger is a verb that directs someone to act, with an infinitive after the one directed ("ordered
    the military to neutralize 22 gangs", "called on residents to stay home"; lexicon class `directing`)."""
    if not lex.in_class(sent.lower[first], "directing"):
        return False
    for j in range(first + 1, min(len(sent.lower) - 1, first + _DIRECTED_REACH)):
        if sent.lower[j] == "to" and j > first + 1 and infinitive(sent, j + 1, lex):
            return True
        if not sent.is_word(j):
            return False
    return False


_DIRECTED_REACH = 7  # tokens from a verb of directing to the "to" of its infinitive ("ordered the security forces to")


def _speaker_after_quote(sent: SentenceTokens, start: int, first: int, lex: Lexicon) -> tuple[int, int] | None:
    """The speaker of a quotation that opens the sentence, before its reporting verb, for a verb that follows them:
    "\"These accusations are baseless,\" he said, before accusing Kinshasa" (he accused, not the accusations)."""
    close = next((j for j in range(start + 1, first) if sent.words[j] in _CLOSING_QUOTES), None)
    if close is None:
        return None
    k = close + 1
    while k < first and not sent.is_word(k):
        k += 1  # the comma inside or after the quotation
    found = _noun_phrase(sent, k, lex) if k < first else None
    if found is None or found[1] >= first or sent.lower[found[1]] not in lex.reporting:
        return None
    return found


def _opening_clause_subject(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> tuple[int, int] | None:
    """The subject of the main clause after a participle clause that opens the sentence: what was done to it
    ("Arrested in June, the activist was freed") or what it did ("Fleeing the shelling, residents crossed")."""
    word = sent.lower[cand.first]
    if not _opens_sentence(sent, cand.first) or not word.endswith(("ed", "ing", "en")) and word not in lex.participle:
        return None
    comma = next((j for j in range(cand.last, min(len(sent.words), cand.last + 15)) if sent.words[j] == ","), None)
    if comma is None:
        return None
    found = _noun_phrase(sent, comma + 1, lex)
    if found is None or found[1] >= len(sent.lower) or not sent.is_word(found[1]) or sent.lower[found[1]] in lex.stop:
        return None
    return found


def _before_apposition(sent: SentenceTokens, comma: int, lex: Lexicon) -> tuple[int, int] | None:
    """ "A North Korean soldier, captured alive by …, has died": the subject before an inserted clause,
    when that clause opens the sentence."""
    nearest = True
    for j in range(comma - 1, max(0, comma - _APPOSITION_REACH), -1):
        if sent.words[j] == ",":
            found = _phrase_ending(sent, j - 1, lex)
            # ("On Saturday, police … launched an operation in the area, killing …": a day opens it, no subject)
            opening = found is not None and not _day_named(sent, found) and (found[0] <= 1 or all(
                not sent.is_word(t) or sent.lower[t] in ABBREVIATIONS for t in range(found[0]))
                or skip_quantity(sent, 0, found[0], lex) == found[0] and not _partitive(sent, found[0], lex)
                or _group_of(sent, found[0], lex) or _after_opener(sent, found[0], lex)
                or _opens_reported_clause(sent, found[0], lex))
            # ("At least 21 people, including …, were killed"; not "One of them, UnitedHealth Group, has …", whose
            # apposition names the one)
            if opening and (nearest or _opens_with_party(sent, found, lex)):
                # "A soldier, captured …, has died", "Mr. Kasich, a Republican, has not …", "The driver, identified
                # as X, a 31-year-old Tunisian, fired": the phrase that opens the sentence, past its insertions
                # (the name of the one who holds a title, set after it: "the Commissioner of Police, CP Emmanuel
                # Adesina, had ordered")
                return (_name_in_commas(sent, j, comma) if nearest and _is_title(sent, found) else None) or found
            if not nearest:
                continue
            nearest = False
            # "Mr Ruiz, party leader, and a former minister, called": the last of a chain of appositions
            start = j + 1 + (sent.lower[j + 1] == "and")
            own = _noun_phrase(sent, start, lex)
            opens = sent.lower[start] in NOUN_DETERMINERS or sent.words[start][0].isupper()
            # (not the last members of a list the insertion ends with: "the Three Brotherhood Alliance, comprising
            # the MNDAA, TNLA and AA, launched")
            if own and opens and own[1] == comma and not any(
                    sent.lower[t] in lex.stop or sent.lower[t] in lex.clause or sent.lower[t] in ("and", "or")
                    for t in range(start, comma)):
                return own
    return None


def _is_title(sent: SentenceTokens, phrase: tuple[int, int]) -> bool:
    """Whether a phrase is a title ("the Commissioner of Police", "the Inspector-General of Police", "the state
    governor", "his wife"): its words from the first capitalised one, or its head, a title a name may follow."""
    i, j = phrase
    words = sent.words[i:j]
    if any(sent.lower[t] in _COORDINATORS for t in range(i, j)):
        return False  # "Farook and his wife, Tashfeen Malik,": the name is one of the two
    head = next((k for k in range(len(words)) if sent.lower[i + k] == "of"), len(words)) - 1
    whole = next((" ".join(words[k:]) for k in range(len(words)) if words[k][:1].isupper()), None)
    return whole in TITLES or (head >= 0 and words[head].lower() in ROLE_TITLES)


def _name_in_commas(sent: SentenceTokens, opening: int, closing: int) -> tuple[int, int] | None:
    """The name between two commas, when the words there are a person's name and nothing else, of two words at least:
    one of them a first name, or a rank or an honorific before it ("CP Emmanuel Olugbemiga Adesina", "IGP Kayode
    Egbetokun", "Mr Musa Bello"; not a place: "the governor of Kano, Northern Nigeria,")."""
    start = opening + 1
    if not 2 <= closing - start <= _NAME_WORDS or not all(
            sent.words[t][:1].isupper() and sent.is_word(t) for t in range(start, closing)):
        return None
    name = " ".join(sent.words[start:closing])
    if geo.find_countries(name) or geo.is_place_name(name) or geo.admin1_countries(name):
        return None
    first = sent.words[start]
    ranked = first.rstrip(".") in TITLES or first in TITLES or first.isupper() and len(first) <= _RANK_LETTERS
    return (start, closing) if ranked or any(is_first_name(sent.words[t]) for t in range(start, closing)) else None


_NAME_WORDS = 6  # words of a name set in commas after a title, with its rank, at most
_COORDINATORS = frozenset({"and", "or", "&"})
_RANK_LETTERS = 4  # letters of a rank's abbreviation before a name at most ("CP", "IGP", "DSP", "ASP")


def _after_opener(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether the words before token k are an adverb or a day that opens the sentence, and a comma ("Separately,
    Foreign Office Spokesperson Zahid Hafeez Chaudhri, in a statement, rejected …", "On Sunday, the ministry, …")."""
    k -= k > 0 and sent.lower[k - 1] in lex.determiner
    start = int(sent.lower[0] in _DAY_PREPOSITIONS)
    return k >= start + 2 and sent.words[k - 1] == "," and _day_named(sent, (start, k - 1))


_DAY_PREPOSITIONS = frozenset({"on", "in", "at", "by"})


def _opens_reported_clause(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether the phrase at token k opens the clause a reporting verb takes ("Eyewitnesses said the protesters, clad
    in party colours, blocked the road", "Police said that the attackers, armed with …, opened fire"): the subject of
    that clause, past its insertions, as the subject that opens a sentence is."""
    k -= k > 0 and sent.lower[k - 1] in lex.determiner
    k -= k > 1 and sent.lower[k - 1] == "that" and sent.lower[k - 2] in _SAYING
    return k > 0 and sent.lower[k - 1] in _SAYING and sent.words[k - 1].islower()


# verbs of saying that take a clause, not a noun phrase ("highlighted the silence Democrats, including Clinton, have
# demonstrated": the silence is its object)
_SAYING = frozenset({"said", "says", "say", "saying", "stated", "states", "claimed", "claims", "alleged", "alleges",
                     "added", "adds", "insisted", "argued", "warned", "explained"})


def _before_place_in_commas(sent: SentenceTokens, comma: int) -> int:
    """The token before a region or country set in commas after a phrase, which closes at `comma` ("the Bharatiya Kisan
    Union, Punjab, staged": where the union is), else `comma` itself."""
    opening = _opening_comma(sent, comma, _PLACE_IN_COMMAS + 2)
    if opening is None or opening == comma - 1 or not all(sent.words[t][:1].isupper()
                                                          for t in range(opening + 1, comma)):
        return comma
    name = " ".join(sent.words[opening + 1:comma])
    return opening - 1 if geo.country_code(name) or geo.admin1_countries(name) else comma


_PLACE_IN_COMMAS = 3  # the longest region named in commas after a phrase, in words ("Khyber Pakhtunkhwa")


def _group_of(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether the sentence opens with the people of a group whose name starts at token k: "Members of the Bharatiya
    Kisan Union, Punjab, staged …", "Supporters of Mr Odinga, …"."""
    j = k - (sent.lower[k - 1] in lex.determiner)
    return j == 2 and sent.lower[1] == "of" and _is_party_word(sent, 0, lex)


def _partitive(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether the words before token k end with a part of a whole told with a determiner or pronoun ("One of the
    justices", "one of them"; not "Thousands of Oromos")."""
    return any(sent.lower[t] == "of" and (sent.lower[t + 1] in lex.determiner or sent.lower[t + 1] in lex.pronoun)
               for t in range(k))


def _opening_comma(sent: SentenceTokens, comma: int, reach: int) -> int | None:
    """The comma that opens the insertion the comma at token `comma` closes, at most `reach` tokens back."""
    return next((j for j in range(comma - 1, max(-1, comma - reach), -1) if sent.words[j] == ","), None)


def _described_in_commas(sent: SentenceTokens, comma: int) -> bool:
    """Whether the insertion that a comma closes opens in lower case: a description or a relative clause ("the
    Islamic Resistance in Iraq, an umbrella group of militias,"; not a place, "members of the union, Punjab,"), past
    the commas of a list the insertion ends with ("the Three Brotherhood Alliance, comprising the MNDAA, TNLA and
    AA,")."""
    opening = _opening_comma(sent, comma, _APPOSITION_REACH)
    for _ in range(_LISTED_OBJECTS):
        if opening is None or opening + 1 >= comma or sent.words[opening + 1][:1].islower() or not any(
                w in ("and", "or") for w in sent.lower[opening + 1:comma]):
            break
        opening = _opening_comma(sent, opening, _APPOSITION_REACH - (comma - opening)) or opening
    return opening is not None and opening + 1 < comma and sent.words[opening + 1][:1].islower()


def _opens_with_party(sent: SentenceTokens, found: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a phrase that opens the sentence, before an insertion in commas, is its subject: a noun phrase after
    nothing but a determiner ("The driver, identified as …,"), not an opening adverb or phrase ("However, …",
    "In response, …") nor a lone word that names no one ("Speaking, …")."""
    i, j = found
    if i == 1:
        return sent.lower[0] in lex.determiner
    return j - i > 1 or any(lex.in_class(sent.lower[i], c) for c in PARTY_CLASSES)


def _time_modifier(sent: SentenceTokens, k: int) -> bool:
    """A word of the time an event noun is named by, between its determiner and itself ("the Easter Sunday bombings",
    "the 2019 attack", "the May 1 march", "the Christmas Day bombing"): a month or weekday, a year, a day's number
    after a month, a feast."""
    word = sent.words[k]
    return is_calendar_word(word) or _YEAR.fullmatch(word) is not None or (
        word.isdigit() and k > 0 and is_calendar_word(sent.words[k - 1])) or word[:1].isupper() and (
        sent.lower[k] in _FEASTS or word == "Day")


_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# the words that close a feast's name as a day: "Christmas Eve", "New Year's Day", "Easter Sunday"
_FEAST_DAYS = frozenset({"day", "eve", "year's", "year’s", "year"})


def _feast_named(sent: SentenceTokens, i: int, j: int) -> bool:
    """Whether the words i..j are a feast's day ("Christmas Eve", "New Year's Day", "Easter Sunday", "Ramadan"),
    not "New York" nor "Christmas Island"."""
    if not sent.words[i][:1].isupper() or sent.lower[i] not in _FEASTS:
        return False
    rest = sent.lower[i + 1:j]
    if sent.lower[i] == "new" and (not rest or rest[0] not in _FEAST_DAYS):
        return False
    return all(w in _FEAST_DAYS or is_weekday(w) for w in rest)


def _is_modifier_word(sent: SentenceTokens, k: int) -> bool:
    """A lower-case word between a determiner and an event noun ("a peaceful protest", "a new offensive")."""
    return sent.is_word(k) and sent.words[k].islower() and len(sent.words[k]) > 2


def _phrase_ending(sent: SentenceTokens, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase whose last token is `end` (`_read_phrase_ending`), read once for a sentence: a fourth of the
    calls ask again for one read before."""
    if end not in sent.phrase_endings:
        sent.phrase_endings[end] = _read_phrase_ending(sent, end, lex)
    return sent.phrase_endings[end]


def _read_phrase_ending(sent: SentenceTokens, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase whose last token is `end`, scanning left to a boundary word or punctuation."""
    if _acronym_before(sent, end + 1):
        # "The Rapid Support Forces (RSF) attacked": a name and its acronym, the name's head the phrase's (not
        # "Lahaul Spiti (HP)", a place and its state's)
        found = _phrase_ending(sent, end - 3, lex)
        return None if found is None or _names_place(sent, found) else found
    if end < 0 or not sent.is_word(end):
        return None
    low = sent.lower[end]
    if low in lex.pronoun or low.replace("’", "'").split("'")[0] in lex.pronoun:
        return end, end + 1  # "they", "I've" ("the people I've met")
    if _is_boundary(low, lex) and not _surname(sent, end) and not _plural_noun_of_a_verb(sent, end, lex):
        return None
    i = end
    bracketed = 0  # tokens of acronyms in brackets inside the phrase, which do not count against its length
    while i > 0 and end - i - bracketed < _MAX_NP:
        prev = sent.lower[i - 1]
        # "the army and police", not "a shoot-out broke out and a man": a particle ends a clause, not a noun
        coordinated = prev == "and" and i - 2 >= 0 and (sent.is_word(i - 2) and (not _is_boundary(
            sent.lower[i - 2], lex) or _inside_name(sent, i - 2, lex)) and sent.lower[i - 2] not in PARTICLES
            or _acronym_before(sent, i - 1) or _years_before(sent, i - 1))  # "the Sudanese Armed Forces (SAF) and
        # the Rapid Support Forces", "Military Forces of Chad (2021-) and FACT rebels"
        joined = _name_joint(sent, i, end, lex)
        if joined:
            i -= joined  # "the Group for the Support of Islam and Muslims": one name, past its "for the"
            continue
        if sent.lower[i] in NOUN_DETERMINERS and not coordinated:
            break  # a determiner opens the phrase: "declined an interview request" → "an interview request"
        if prev.endswith("ing") and sent.words[i - 1].islower() and prev not in _ING_NOUNS and i >= 2 and (
                sent.words[i - 2] == ",") and (sent.lower[i] in _COUNT_OPENERS or is_numeral(sent.lower[i])):
            break  # ", leaving two people dead and dozens injured": the participle clause's object is the phrase
        if (prev.endswith("ed") or prev in lex.participle) and sent.words[i - 1].islower() and i >= 2 and (
                sent.is_word(i - 2)) and sent.lower[i - 2] not in lex.determiner and (
                sent.lower[i] in _COUNT_OPENERS or is_numeral(sent.lower[i]) or sent.lower[i] in _MULTITUDES):
            break  # "a court acquitted nine defendants accused of …", "police found two bodies dumped …": a verb's
            # object is the phrase
        if i >= 2 and _ORDINAL_DAY.fullmatch(prev) and is_calendar_word(sent.words[i - 2]):
            break  # "On October 1st Israeli troops crossed": the day's number ends the date before the phrase
        dated = _date_in_name(sent, i, lex)
        if dated:
            i -= dated  # "the 2 June Movement", "the 19th of April Movement": a date a group is named after
            continue
        if sent.is_word(i - 1) and (not _is_boundary(prev, lex) or _inside_name(sent, i - 1, lex)) and (
                prev not in lex.skip) or coordinated:
            i -= 1
            continue
        if i >= 2 and prev.endswith("ed") and sent.words[i - 1].islower() and sent.lower[i - 2] == "of" and (
                _modified_noun(sent, i, lex)):
            i -= 1  # "relatives of detained journalists": a participle before the people of the "of" phrase
            continue
        if prev == "." and i >= 2 and sent.lower[i - 2] in ABBREVIATIONS and sent.words[i][:1].isupper() and (
                sent.spans[i - 2][1] == sent.spans[i - 1][0]):
            i -= 2  # "a van parked near St. Anthony's Shrine exploded", "Vermont Sen. Bernie Sanders"
            if i > 0 and sent.words[i - 1].islower() and sent.lower[i - 1] not in lex.determiner:
                break  # "discussed Pres. Obama", "find Mr. Trump": the title opens the phrase
            continue
        if _acronym_before(sent, i):
            i -= 3  # "Rapid Support Forces (RSF) fighters"
            bracketed += 3
            continue
        years = _years_before(sent, i)
        if years:
            i -= years  # "Military Forces of Chad (2021-) and FACT rebels"
            bracketed += years
            continue
        if sent.words[i - 1] == "-" and i >= 2 and sent.words[i][:1].isupper() and sent.words[i - 2][:1].isupper() \
                and sent.spans[i - 2][1] < sent.spans[i - 1][0] < sent.spans[i - 1][1] < sent.spans[i][0] \
                and not is_calendar_word(sent.words[i - 2]) and not geo.is_place_name(sent.words[i - 2]) \
                and not sent.words[i - 2].isupper():
            i -= 2  # "Islamic State - Central Africa Province": one name, its parts set apart by a hyphen (not a
            continue  # dash after a place, a day or a dateline: "near Goma — M23 rebels", "KABUL - Gunmen")
        if sent.words[i - 1] in _CLOSING_QUOTES and sent.words[i][0].islower():
            # "the "Islamic State" militant group": a quoted name opens the phrase
            opening = next((j for j in range(i - 2, max(-1, i - 7), -1) if sent.words[j] in _OPENING_QUOTES), None)
            if opening is not None and all(sent.words[j][0].isupper() for j in range(opening + 1, i - 1)):
                i = opening
            break
        # "Police in Kabul arrested …": the place qualifies the phrase before it
        if prev in LOCATIVE_PREPOSITIONS and sent.words[i][0].isupper() and i - 2 >= 0:
            before = _phrase_ending(sent, i - 2, lex)
            if before and prev == "from" and _fighters(sent.lower[before[1] - 1], lex) and not _named_force(
                    sent, before) and _names_group_from(sent, (i, end + 1)):
                # (but "gunmen from Tehrik-i-Taliban Pakistan": the group they come from, one phrase with it; not
                # "Myanmar military from LIB 538", a unit of a force the phrase names)
                break
            if before:
                return _without_participle(sent, before, lex)
        break
    last_and = next((k for k in range(end - 1, i - 1, -1) if sent.lower[k] == "and"), None)
    if last_and is not None and (
            i > 0 and sent.words[i - 1].islower() and (sent.lower[i - 1].endswith("ed") or sent.lower[i - 1] in lex.verb
                                                       or sent.lower[i - 1] in _SETTING_PREPOSITIONS)
            or any(_verb_after_subject(sent, k, lex) for k in range(i + 1, last_and))):
        # "Police raided the house and two men were arrested": the verb's object, then a clause of its own; "two
        # died on the spot and a third succumbed": a place, then a clause; "Youths threw stones and police fired
        # tear gas": a clause, then the subject of the next
        i = last_and + 1
    if i >= 2 and (last_and is not None and last_and >= i and sent.words[i - 1] == ","
                   or sent.lower[i - 1] == "and" and sent.words[i - 2] == ","):
        i = _listed_before(sent, i - 1 if sent.words[i - 1] == "," else i - 2, lex, i)
    return _trim(sent, i, end + 1, lex)


def _listed_before(sent: SentenceTokens, comma: int, lex: Lexicon, start: int) -> int:
    """The first token of a list of three or more parties whose last two open at `start`, its items set apart by
    commas from the one at `comma` back ("Israel, the UAE and Bahrain", "Mali, Burkina Faso, and Niger"); `start`
    when no party is listed before it ("On Friday, police and soldiers", "Meanwhile, Britain and France": a time, a
    word that ties the sentence to the story)."""
    items = []
    while comma >= 1 and sent.words[comma] == ",":
        item = _list_item(sent, comma - 1, lex)
        if item is None:
            break
        items.append(item)
        comma = item - 1
    k = comma - 1  # past the name before the comma the list ends at ("in Santa Cruz de Asia, Lima, …")
    while k >= 0 and sent.is_word(k) and sent.lower[k] not in lex.stop and (
            sent.words[k][:1].isupper() or sent.lower[k] in geo.name_particles()):
        k -= 1
    if items and k >= 0 and sent.lower[k] in LOCATIVE_PREPOSITIONS:
        # "In San Pedro Sula, Cortes, a gunman and a woman …", "in Benghazi, Libya, and the FBI": the names after the
        # place the sentence opens with are its region or country, no party
        while items and sent.words[items[-1]][:1].isupper():
            items.pop()
    return items[-1] if items else start


_LIST_ITEM = 5  # words of one party in a list ("the Democratic Republic of Congo")


def _list_item(sent: SentenceTokens, end: int, lex: Lexicon) -> int | None:
    """The first token of a party named in a list, ending at token `end` and opening the sentence or after a comma,
    else None (not a time, a linking adverb, a region or town: "In Pachuca, Hidalgo, police and …")."""
    j = end
    while j >= 0 and end - j < _LIST_ITEM and sent.is_word(j) and (
            sent.lower[j] not in lex.stop and sent.lower[j] not in ("and", "or") and (
                not _is_boundary(sent.lower[j], lex) or _inside_name(sent, j, lex))
            or sent.lower[j] == "of" and j < end and sent.words[j + 1][:1].isupper()) and not (
            sent.words[j].islower() and sent.lower[j].endswith("ing") and sent.lower[j] not in _ING_NOUNS):
        j -= 1
    first = j + 1
    if first > end or j >= 0 and sent.words[j] != "," or sent.lower[first] == "of":
        return None  # ("security forces comprising RR, CRPF and SoG": one party, and the units it holds)
    head = sent.lower[end]
    if head in lex.time or is_numeral(head) or head in _LINKING_ADVERBS or head in _ORDER_ADVERBS or head.endswith(
            "ly") and (
            head not in _LY_NOUNS) or any(sent.lower[t] in lex.skip for t in range(first, end + 1)):
        return None  # "Overnight, police and soldiers", "Separately, Britain and France", "Still, …"
    named = first + (sent.lower[first] in lex.determiner and first < end)  # ("the UAE")
    if geo.country_code(" ".join(sent.words[named:end + 1])) is None and (
            geo.is_locality_word(head) or geo.is_region_word(head) or _names_place(sent, (named, end + 1))):
        return None  # "In Sittwe District, Rakhine State, Myanmar military and AA": a place's, no party (a
        # country may act: "Israel, the UAE and Bahrain")
    return first if sent.words[end][:1].isupper() or lex.in_any_class(head, _HEAD_CLASSES) else None


_ORDINAL_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)")


def _without_participle(sent: SentenceTokens, phrase: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """A phrase without the participle that ends it, whose place phrase follows: "a van parked (near St. Anthony's
    Shrine)", "lawsuits being considered (in San Diego)"."""
    i, j = phrase
    while j - i > 1 and sent.words[j - 1].islower() and (
            sent.lower[j - 1].endswith("ed") or sent.lower[j - 1] in lex.participle or sent.lower[j - 1] == "being"):
        j -= 1
    return i, j


def _verb_after_subject(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether token k is a verb in the past after a noun ("youths threw", "rebels attacked"), not a participle
    that qualifies a noun after a determiner or adverb ("the armed men", "heavily armed men")."""
    w, before = sent.lower[k], sent.lower[k - 1]
    return sent.words[k].islower() and "-" not in w and (w in lex.verb or w.endswith("ed") and w != "hundred") and (
        sent.is_word(k - 1)) and before not in lex.determiner and before not in lex.stop and before != "of" and not (
        before.endswith(("ly", "'s", "’s")) or is_numeral(before) or before in POSSESSIVES)


def _name_joint(sent: SentenceTokens, i: int, end: int, lex: Lexicon) -> int:
    """How many tokens before `i` join a name of capitalised words i..end to the capitalised word before them: 2 for
    "Movement for Democracy", 3 for "Group for the Support of Islam and Muslims", "Front for the Liberation of …";
    0 when the words from i are no name ("blamed Hamas for the Gaza attack")."""
    if i < 2 or not sent.words[i][:1].isupper():
        return 0
    k = i - 1
    if sent.lower[k] == "the":
        k -= 1
    joint = sent.lower[k]
    if k < 2 and not (joint == "in" and k == 1) or joint not in _NAME_JOINTS or joint == "of" and k == i - 1 or not (
            sent.words[k - 1][:1].isupper() and sent.is_word(k - 1)) or _is_boundary(sent.lower[k - 1], lex):
        return 0  # (a bare "of" is read on its own: "Liberation of Palestine"; "As for Donald Trump's attacks"; a
        # capital opening the sentence tells no name: "Supporters of the PTI staged a sit-in" act for the PTI)
    if not all(sent.words[j][:1].isupper() or sent.lower[j] in _NAME_LINKS for j in range(i, end + 1)):
        return 0
    if joint == "in":
        # "Al-Qaeda in the Islamic Maghreb", "the Islamic State in the Greater Sahara": a group's name goes on with
        # the region it fights in, even opening the sentence (not "Police in the Kurdish region", "Protesters in the
        # Capitol": people of a place)
        before = sent.lower[k - 1]
        if lex.in_class(before, "branched") or lex.in_class(f"{sent.lower[k - 2]} {before}", "branched"):
            return i - k + 1  # "Al-Qaida in Iraq claimed responsibility": a branch of its own, whatever the place
        return i - k + 1 if k == i - 2 and not (
            lex.in_class(before, "police") or lex.in_class(before, "people") or lex.in_class(before, "troops")
            or lex.in_class(before, "agents") or geo.place_country(sent.words[k - 1])) else 0
    if joint != "of" and all(sent.words[j][:1].isupper() for j in range(i, end + 1)) and geo.place_country(
            " ".join(sent.words[i:end + 1])):
        return 0  # "blamed Hamas for the Gaza attack": a place the event noun happened in, not a name's end
    return i - k + 1


# words inside an organisation's name between its capitalised words ("Movement for Democracy and Justice", "Front
# for the Liberation of Palestine", "the Emancipation of the Niger Delta"; "Committee to Protect Journalists" is left
# out: "to" also opens a phrase of aim)
_NAME_JOINTS = frozenset({"for", "of", "in"})
_NAME_LINKS = frozenset({"of", "and", "the", "for"})


def _inside_name(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether a capitalised word ends a name of several ("the United States"): a word of the name, whatever the
    lower-case word means ("states"); not a preposition ("in Muthanna's As Samwah city") nor a day or month."""
    return k > 0 and sent.words[k][:1].isupper() and sent.words[k - 1][:1].isupper() and sent.is_word(k - 1) and not (
        is_calendar_word(sent.words[k]) or is_calendar_word(sent.words[k - 1]) or sent.lower[k] in lex.stop)


def _date_in_name(sent: SentenceTokens, i: int, lex: Lexicon) -> int:
    """The tokens of a day and month right before the capitalised word at i that a name opens with ("the 2 June
    Movement", "the 19th of April Movement"), when an article or "of" comes before the day; else 0 (not "on 2 June
    Police arrested")."""
    if i < 3 or not sent.words[i][:1].isupper() or is_calendar_word(sent.words[i]) or not is_calendar_word(
            sent.words[i - 1]) or sent.lower[i - 1] in lex.time:
        return 0
    day = i - 2 - (sent.lower[i - 2] == "of")
    if day < 1 or not _DAY_NUMBER.fullmatch(sent.lower[day]) or sent.lower[day - 1] not in ("the", "of"):
        return 0
    return i - day


_DAY_NUMBER = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")


def _month_in_name(sent: SentenceTokens, k: int) -> bool:
    """Whether a month's name at k is a word inside a name, between two capitalised words that are no dates ("the Black
    September Organization", "Black September gunmen"), as a surname ends one ("Theresa May"); not "in Paris on
    Monday, September 5"."""
    return is_calendar_word(sent.words[k]) and _surname(sent, k) and sent.is_word(k + 1) if k + 1 < len(
        sent.words) else False


def _years_before(sent: SentenceTokens, k: int) -> int:
    """The tokens of the years of a government in brackets that end right before token k, after a capitalised word,
    as ACLED names state forces ("Military Forces of Nigeria (2015-2023)", "Police Forces of Peru (2022-)"); else 0."""
    if k < 3 or sent.words[k - 1] != ")":
        return 0
    opening = next((j for j in range(k - 2, max(-1, k - 6), -1) if sent.words[j] == "("), None)
    inside = "".join(sent.words[opening + 1:k - 1]) if opening is not None else ""
    return k - opening if opening and sent.words[opening - 1][:1].isupper() and _YEARS.fullmatch(inside) else 0


_YEARS = re.compile(r"(?:19|20)\d\d[-–](?:(?:19|20)\d\d)?")


def _acronym_before(sent: SentenceTokens, k: int) -> bool:
    """Whether an acronym in brackets ends right before token k, after a capitalised word: "Forces (RSF)"."""
    return k >= 4 and sent.words[k - 1] == ")" and sent.words[k - 3] == "(" and _ACRONYM.fullmatch(
        sent.words[k - 2]) is not None and sent.words[k - 4][:1].isupper()


# Time words that stand alone, with no count or determiner before them that the phrase would end at ("the power
# station overnight": the station, not "power")
_LONE_TIME_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight", "overnight", "twice", "thrice", "again",
                              "repeatedly"})


def _quoted_phrase(sent: SentenceTokens, i: int, lex: Lexicon, coordinate: bool) -> tuple[int, int] | None:
    """The phrase that opens with a quotation at token i: the words quoted ('blamed "foreign-funded provocateurs"
    for the unrest'), or, when the phrase runs on past the quote, the quoted modifier with its noun ('condemned the
    "barbaric" shooting'). None when the quote is no short phrase of words."""
    n = len(sent.lower)
    close = next((j for j in range(i + 1, min(n, i + 2 + _MAX_QUOTED)) if sent.words[j] in _CLOSING_QUOTES), None)
    if close is None:
        return None
    # (a stop the quote closes on is no word of it: 'blamed the law on "knuckleheaded Democratic politicians."')
    end = close - 1 if sent.words[close - 1] in (".", ",") else close
    if end <= i + 1 or not all(sent.is_word(j) for j in range(i + 1, end)):
        return None
    if end < close:
        return i + 1, end
    after = close + 1
    if after < n and sent.is_word(after) and not _is_boundary(sent.lower[after], lex) and (
            sent.lower[after] not in lex.skip and sent.lower[after] not in ("and", "of")):
        rest = _noun_phrase(sent, after, lex, coordinate)
        return (i, rest[1]) if rest is not None and rest[0] == after else (i + 1, close)
    return i + 1, close


_MAX_QUOTED = 5  # words of a quoted phrase read as a noun phrase ("foreign-funded provocateurs")


_LAWS = frozenset({"section", "sections", "article", "articles", "act", "law", "laws", "clause", "provisions"})
_NAMING_VERBS = frozenset({"known", "called", "named", "dubbed", "nicknamed"})
_NAMING_ADVERBS = frozenset({"locally", "widely", "officially", "commonly", "popularly"})
_PREPOSITION_HEADS = frozenset({"next", "close", "adjacent", "due", "prior", "according", "owing"})  # … "to"


# A time of the day: "5pm", "11.30pm", "0600hrs", "6 a.m.", "3 p.m."
_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d{2})?(?:am|pm|hrs|h)$|\d{4}hrs$")
_CLOCK_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "hrs", "gmt", "utc"})
_TIME_OF_DAY_PREPOSITIONS = frozenset({"around", "about", "at", "by", "before", "after", "until"})


def _noun_phrase(sent: SentenceTokens, start: int, lex: Lexicon, coordinate: bool = False) -> tuple[int, int] | None:
    """The noun phrase starting at token `start`, scanning right to a boundary."""
    n = len(sent.lower)
    i = skip_quantity(sent, start, n, lex)
    if i < n and sent.words[i] in _OPENING_QUOTES:
        return _quoted_phrase(sent, i, lex, coordinate)
    if i >= n or not sent.is_word(i) or _is_boundary(sent.lower[i], lex):
        return None
    if _adverb_at(sent, i, lex):
        return None  # "exploded almost simultaneously across Lebanon": how, no object
    if i + 1 < n and sent.lower[i] in _TIME_DEICTICS and sent.lower[i + 1] in lex.time:
        return None  # "claimed to have captured last week": a time, no object
    if _interval_at(sent, start, lex):
        return None  # "The bag exploded a few minutes later": a time, no object
    if _CLOCK.match(sent.lower[i]) or sent.lower[i] in _CLOCK_WORDS:
        return None  # "detonated at around 6 a.m.", "at 5pm": a time of day, no object
    if i + 1 < n and sent.lower[i] in _PREPOSITION_HEADS and sent.lower[i + 1] == "to":
        return None  # "a bomb exploded next to their patrol": a preposition of place, no object
    if sent.lower[i] in POSSESSIVES and i + 1 < n and sent.is_word(i + 1) and not _is_boundary(sent.lower[i + 1], lex):
        i += 1  # "criticized her state's gun laws": "her" opens the phrase, it is not the target
    elif sent.lower[i] in lex.pronoun and not (len(sent.words[i]) > 1 and sent.words[i].isupper()):
        return i, i + 1  # (not "US bases": a name, not "us")
    j = i
    bracketed = 0  # tokens of acronyms in brackets between sides, which do not count against the phrase's length
    while j + 1 < n and (j - i - bracketed < _MAX_NP or j - i < _MAX_NAME_NP and sent.words[j][:1].isupper()
                         and sent.words[j + 1][:1].isupper()):  # a long name runs on ("President Win Myint")
        w = sent.lower[j + 1]
        if j + 2 < n and (sent.lower[j + 2] in lex.time and (sent.lower[j + 2] not in _LONE_TIME_WORDS
                                                             or w.endswith("ed"))
                          or sent.words[j + 2] == "times") or _interval_at(sent, j + 1, lex):
            break  # "raided the village two weeks ago", "the house a few days later", "the town last year", "fired at
            # Dalo several times": a time, no part of the phrase (lower-case "times" only: "the New York Times" is a
            # name)
        if _adverb_at(sent, j + 1, lex):
            break  # "attacked Cruz relentlessly in Iowa", "shelled the town heavily, …": how, no part of the phrase
        if w in _NAMING_VERBS and j + 2 < n and (sent.lower[j + 2] == "as" or sent.lower[j + 2] in _NAMING_ADVERBS):
            break  # "armed gangs known locally as bandits", "a drug cartel known as Los Tlacos": what it is called
        if w in _EARLY_OR_LATE and j + 2 < n and (sent.lower[j + 2] in _AFTER_LATE or sent.lower[j + 2] in lex.time
                                                  or is_calendar_word(sent.words[j + 2])):
            break  # "exchanged fire with the attackers late into the night", "the town early on Monday"
        if geo.is_direction_word(w) and j + 2 < n and sent.lower[j + 2] == "of" and sent.words[j + 1].islower() and (
                sent.lower[j] not in lex.determiner):
            break  # "struck a police vehicle north of Baghdad": where, not what was struck (but "the north of …")
        if geo.distance_end(sent.lower, j + 1) > j + 1:
            break  # "ambushed a convoy 20 km from Goma", "about 20km from Goma": how far from where
        if j + 2 < n and (w == "en" and sent.lower[j + 2] == "route"
                          or w in BOUND and sent.lower[j + 2] in BOUND_PREPOSITIONS):
            break  # "hijacked a flight en route to Istanbul", "a bus bound for Kabul": where it was going
        if w == "off" and j + 2 < n and (sent.words[j + 2][:1].isupper() or sent.lower[j + 2] == "the"):
            break  # "abducted ten sailors off Tawi-Tawi", "a tanker off the coast of Somalia": where at sea (but "an
            # off duty officer")
        if w in _TIME_OF_DAY_PREPOSITIONS and j + 2 < n and (_CLOCK.match(sent.lower[j + 2]) or is_numeral(
                sent.lower[j + 2]) and j + 3 < n and sent.lower[j + 3] in _CLOCK_WORDS):
            break  # "stormed the community around 5pm", "the village at 3 a.m.": when, no part of the phrase
        if w in _SOON and j + 2 < n and sent.lower[j + 2] in _SOON_AFTER:
            break  # "stormed the building shortly after midnight", "raided the compound soon after dawn"
        if sent.words[j].islower() and _names_thing(sent.lower[j], lex) and _name_then_verb(sent, j + 1, lex):
            break  # "a barrage of missiles Tehran fired at Israel": the name opens a relative clause
        if sent.words[j][:1].isupper() and sent.words[j + 1][:1].isupper() and geo.country_code(
                f"{sent.words[j]} {sent.words[j + 1]}") is not None:
            j += 1  # "the United States Embassy": a country's name of two words, whatever the second is alone
            continue
        device = _device_named_at(sent, j + 1, lex)
        if device is not None and all(sent.words[t].islower() for t in range(i, j + 1)):
            j = device - 1  # "a vehicle-borne improvised explosive device", "a remote-controlled roadside bomb": the
            continue  # words before the device's name are its kind, no phrase of their own
        # "a suspected IS supporter": a name, not "is"; "members of the Black September Organization": a month's
        # name inside a group's, not a date
        name = sent.words[j + 1].isupper() and len(w) > 1 or _month_in_name(sent, j + 1)
        if sent.is_word(j + 1) and (name or not _is_boundary(w, lex) and w not in lex.skip and w not in ("and", "of")):
            after = sent.lower[j + 2] if j + 2 < n else None
            if (w.endswith(("ing", "ed")) or w in lex.light_verb and w in lex.verb) and w not in _ING_NOUNS and (
                    after is not None) and (
                    after in lex.stop or after in lex.determiner or after in PARTICLES and sent.words[j + 1].islower()
                    or w.endswith("ed") and after == "of" and sent.words[j + 1].islower()
                    or w.endswith("ed") and sent.words[j + 1].islower() and (is_numeral(after) or after in _MULTITUDES)
                    or after in lex.triggers and _verb_after_subject(sent, j + 1, lex)):
                break  # a verb after the phrase: "12 people hoping to …", "two men suspected of …", "… popped up",
                # "the killing of the activist sparked protests"
            if w in lex.verb and sent.words[j + 1].islower() and sent.lower[j].endswith("s") and (
                    after is not None and (after in lex.stop or after in lex.determiner)):
                # "shells fired by presumed LNA forces fell in As Sabaa", "… hit a hospital": a plural noun, then its
                # past verb
                break
            if w in _LEAVING and after is not None and (is_numeral(after) or after in _COUNT_OPENERS):
                break  # "the attack on the village left 40 dead": the verb of the phrase's clause, and its count
            if w.endswith("ing") and w not in _ING_NOUNS and (w not in lex.triggers or _is_party_word(sent, j, lex)) \
                    and sent.words[j + 1].islower() and sent.words[j].islower() and sent.words[j][:1].isalpha() and (
                        after is not None and sent.is_word(j + 2)) and not geo.is_site_word(after):
                # (not "a water pumping station", "a polling station": the -ing word names the kind of site)
                break  # a participle after its noun: "four gunmen wearing suicide vests", "men carrying rifles", "a
                # student taking part in the protest"
            j += 1
            continue
        if w in ("'", "’") and sent.lower[j].endswith("s") and j + 2 < n and sent.words[j + 2].isalpha() and (
                sent.spans[j][1] == sent.spans[j + 1][0]) and not _is_boundary(sent.lower[j + 2], lex):
            j += 1  # a plural possessive: "a girls' school", "the workers' union"
            continue
        if w == "." and sent.lower[j] in ABBREVIATIONS and j + 2 < n and sent.words[j + 2][:1].isupper():
            j += 2  # "Sen. Ann Ruiz", "Mrs. Okafor"
            continue
        if w == "," and sent.lower[j].isdigit() and j + 2 < n and len(sent.lower[j + 2]) == 3 and (
                sent.lower[j + 2].isdigit() and sent.spans[j][1] == sent.spans[j + 2][0] - 1):
            j += 2  # "an extra 10,000 troops": the thousands of a number, not the end of the phrase
            continue
        if w == "/" and j + 2 < n and sent.words[j][:1].isupper() and sent.words[j + 2][:1].isupper() and (
                sent.spans[j][1] == sent.spans[j + 1][0] and sent.spans[j + 1][1] == sent.spans[j + 2][0]):
            j += 1  # "the Jang/Geo Group editor": two names of one thing, written with a slash between them
            continue
        if w == "(" and j + 4 < n and sent.lower[j + 3] == ")" and _acronym_before(sent, j + 4) and (
                sent.words[j + 4].isalpha() and sent.words[j + 4].islower() and not _is_boundary(sent.lower[j + 4], lex)
                and not sent.lower[j + 4].endswith(("ing", "ed")) and sent.lower[j + 4] not in lex.skip
                and sent.lower[j + 4] not in ("and", "of", "or")
                or sent.words[j + 4].istitle() and geo.is_site_word(sent.lower[j + 4])):  # "the United States (US)
            # Embassy": a site its name and acronym modify
            j += 4  # "ambushed a Central Reserve Police Force (CRPF) patrol": the name and its acronym modify the head
            continue
        if coordinate and w == "(" and j + 5 < n and sent.lower[j + 3] == ")" and sent.lower[j + 4] == "and" and (
                _acronym_before(sent, j + 4)):
            j += 3  # "between the Sudanese Armed Forces (SAF) and the Rapid Support Forces": past the first side's
            bracketed += 3  # acronym to the second side
            continue
        if w == "of" and j + 2 < n and sent.is_word(j + 2) and (
                sent.words[j + 2][0].isupper() or sent.lower[j + 2] == "the"):
            j += 1
            continue
        if w == "and" and j + 2 < n and sent.is_word(j + 2) and not _is_boundary(sent.lower[j + 2], lex) and (
                coordinate or (sent.words[j][0].isupper() and sent.words[j + 2][0].isupper())):
            j += 1
            continue
        if w == "and" and j + 3 < n and sent.words[j][0].isupper() and sent.lower[j + 2] == "the" and (
                sent.words[j + 3][:1].isupper()):
            j += 2  # "the Islamic State of Iraq and the Levant", "Mexico and the United States": names, then no more
            while j + 1 < n and sent.words[j + 1][:1].isupper() and j - i < _MAX_NAME_NP:
                j += 1
            break
        break
    while j > i and (sent.lower[j] in NOT_LAST_IN_PHRASE or sent.lower[j] in lex.skip):
        j -= 1  # "government officials often (meet)": an adverb before the verb is no part of its subject
    return i, j + 1


def _device_named_at(sent: SentenceTokens, k: int, lex: Lexicon) -> int | None:
    """Where the name of an explosive device that opens at token k ends ("improvised explosive device", "roadside
    bomb"), when it is one of several words; else None."""
    for phrase, senses in lex.triggers.get(sent.lower[k], ()):
        if len(phrase) > 1 and tuple(sent.lower[k:k + len(phrase)]) == phrase and any(
                s.pos == "noun" and s.mode == "explosives" for s in senses):
            return k + len(phrase)
    return None


_AFTER_INTERVAL = frozenset({"later", "earlier", "ago", "afterwards", "afterward"})
_INTERVAL_UNITS = frozenset({"day", "week", "month", "year", "minute", "second", "seconds"})


def _interval_at(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether a span of time before "later", "earlier" or "ago" opens at token k ("a few minutes later", "a day
    earlier", "several hours later")."""
    n = len(sent.lower)
    m = k
    while m < n and m - k < _INTERVAL_WORDS and (sent.lower[m] in lex.determiner or is_numeral(sent.lower[m])
                                                 or sent.lower[m] in {"few", "couple", "of"}):
        m += 1
    return m + 1 < n and (sent.lower[m] in lex.time or sent.lower[m] in _INTERVAL_UNITS) and (
        sent.lower[m + 1] in _AFTER_INTERVAL)


_INTERVAL_WORDS = 4  # "a couple of", "a few", "two", "several": the words of a count before its unit


def _plural_noun_of_a_verb(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether a word that may be a reporting verb ("states", "reports") is a plural noun here: after a name, a
    determiner or an adjective in -ern, and before a verb in the past ("Gulf states condemned the bombing", "Western
    states imposed sanctions"; not "the report states that")."""
    low = sent.lower[k]
    if not low.endswith("s") or low not in lex.reporting or k < 1 or k + 1 >= len(sent.lower) or not sent.is_word(k - 1):
        return False
    nxt = sent.lower[k + 1]
    before = sent.lower[k - 1]
    return (nxt.endswith("ed") or nxt in lex.verb) and sent.words[k + 1].islower() and (
        sent.words[k - 1][:1].isupper() or before in lex.determiner or before.endswith("ern"))


def _is_boundary(word: str, lex: Lexicon) -> bool:
    """Whether a word ends a noun phrase: a preposition, a clause or reporting word, a negation ("avoid"),
    a verb in the past ("captured"), a word of a date ("month", "June", "Friday")."""
    if word in lex.boundaries:
        return True
    if "'" in word or "’" in word:
        word = word.split("'")[0].split("’")[0]
    return is_calendar_word(word.capitalize())


def _trim(sent: SentenceTokens, i: int, j: int, lex: Lexicon) -> tuple[int, int] | None:
    """Drop leading determiners and counts: "about 2,000 striking nurses" → "striking nurses" (not the number a name
    opens with: "the Three Brotherhood Alliance", nor the day of a date it is named after: "the 2 June Movement")."""
    i = skip_quantity(sent, i, j, lex)
    if 2 <= i < j and sent.lower[i - 2] == "the" and sent.words[i - 1][:1].isupper() and sent.words[i - 1].isalpha() \
            and is_numeral(sent.lower[i - 1]) and sent.words[i][:1].isupper():
        i -= 1
    if 1 <= i < j - 1 and _date_in_name(sent, i + 1, lex) == 2:
        i -= 1
    return (i, j) if i < j else None


# Nouns that end like an adverb: "a rally in Scranton", "the family of the victim"
_LY_NOUNS = frozenset({"family", "ally", "rally", "assembly", "supply", "reply", "monopoly", "anomaly", "bully",
                       "elderly", "july", "italy", "daily", "weekly", "monthly", "fly", "belly"})
# before an adverb: "almost simultaneously", "the State Department more broadly"
_DEGREE = frozenset({"almost", "nearly", "quite", "very", "so", "more", "less", "most", "too"})


def _adverb_at(sent: SentenceTokens, i: int, lex: Lexicon) -> bool:
    """Whether token i is an adverb of manner, no noun ("simultaneously across", "almost simultaneously"): a lower-case
    word in -ly before a preposition, a mark or another adverb, or a word of degree before one."""
    n, w = len(sent.lower), sent.lower[i]
    if w in _DEGREE and i + 1 < n and sent.lower[i + 1].endswith("ly") and sent.lower[i + 1] not in _LY_NOUNS:
        return True
    return (len(w) > 4 and w.endswith("ly") and w not in _LY_NOUNS and sent.words[i].islower() and (
        i + 1 == n or not sent.is_word(i + 1) or sent.lower[i + 1] in lex.stop or sent.lower[i + 1].endswith("ly")))


def skip_quantity(sent: SentenceTokens, i: int, j: int, lex: Lexicon) -> int:
    """First token at or after i that is no determiner or part of a count ("more than 20", "dozens of")."""
    start = i
    while i < j:
        w = sent.lower[i]
        if w in lex.determiner or is_numeral(w) or (w in {"and", "or", "of"} and i == start) or (
                w == "of" and i > start and is_numeral(sent.lower[i - 1])) or (  # "one of the looters"
                w == "," and i > start and sent.lower[i - 1].isdigit() and i + 1 < j
                and sent.lower[i + 1].isdigit()):  # "3,000" (not "killed 12, news reports said")
            i += 1
        elif w in lex.quantifier_of and i + 1 < j and sent.lower[i + 1] == "of":
            i += 2
        elif w in lex.count and (sent.opens_count(i, lex) or any(x in lex.determiner for x in sent.lower[i + 1:i + 4])):
            i += 1
        elif (after_range := sent.range_end(i)) is not None:
            i = after_range  # "between 200 and 300 cattle"
        else:
            break
    return i


def _participle_head(sent: SentenceTokens, first: int, lex: Lexicon) -> tuple[int, int] | None:
    """ "A North Korean soldier, captured alive by …": the phrase before the comma is what was captured."""
    k = first - 1
    if k >= 1 and sent.words[k] in {",", "–", "—", "-"}:  # "the gunman, Jon Marek – shot dead by police –"
        return _phrase_ending(sent, k - 1, lex)
    return None


# verbs after an event noun whose object is what the event struck ("The blast damaged homes")
_NOUN_VERBS_OF_HARM = frozenset({"damaged", "destroyed", "targeted", "affected", "flattened", "razed", "gutted"})


def _called(sent: SentenceTokens, first: int, lex: Lexicon) -> bool:
    """Whether an event noun is the object of a verb of calling, past a few words naming it ("calling the Orlando
    nightclub attack an act of terrorism"): the words after it name it, they are not its target."""
    j = first - 1
    while j > 0 and first - j <= _CALLED_REACH and sent.is_word(j) and sent.lower[j] not in _DEICTIC and (
            sent.lower[j] not in lex.stop):
        j -= 1
    return j >= 1 and sent.lower[j] in _DEICTIC and sent.lower[j - 1] in _CALLING


# Pronouns that only a clause's subject takes: "warned he would not hesitate", "warned Hungary it would pay".
_SUBJECT_PRONOUNS = frozenset({"he", "she", "we", "they"})


def _short_of_a_subject(sent: SentenceTokens, found: tuple[int, int] | None) -> tuple[int, int] | None:
    """A target without the subject of the clause that follows it: none where the words after the verb open a clause
    ("warned he would not hesitate"), the object alone where the clause's subject follows it ("warned Hungary it would
    pay a heavy price")."""
    if found is None or sent.lower[found[0]] in _SUBJECT_PRONOUNS:
        return None
    end = next((j for j in range(found[0] + 1, found[1]) if sent.lower[j] in _SUBJECT_PRONOUNS
                or sent.lower[j] == "it"), found[1])
    return found[0], end


def _target(sent: SentenceTokens, cand: Candidate, others: list[Candidate], lex: Lexicon) -> tuple[int, int] | None:
    """The recipient: a verb's direct object, or after a preposition ("attack on X", "talks with X"); when
    the object is a thing sent or signed, the one it goes to ("supplied artillery to Russia")."""
    n = len(sent.lower)
    k = cand.last
    while k < n and sent.lower[k] in PARTICLES and not (sent.lower[k] == "over" and (
            cand.sense.pos == "noun" or sent.lower[cand.last - 1] in lex.intransitive)):
        k += 1  # (but "clashed over a land dispute", "protests over the price of bread": what it was about)
    if cand.sense.pos == "verb" and tuple(sent.lower[k:k + 2]) == ("to", "death") and k + 2 < n and (
            sent.is_word(k + 2)):
        k += 2  # "a mob beat to death a man suspected of theft": the result before the object
    if k >= n:
        return None
    if cand.sense.pos == "verb":
        k = _object_past_time(sent, k, lex) or k  # "arrested on Monday three suspects"
        if time_follows(sent, k, lex) and _time_phrase_end(sent, k, lex) is not None or _span_of_time(sent, k, lex):
            return None  # "will go on strike starting Monday": when, and no object after it; "meets over the next
            # two days": how long
    if cand.sense.pos == "noun" and _called(sent, cand.first, lex) and sent.lower[k] not in NOUN_TARGET_PREPOSITIONS:
        return None  # "called the shooting \"a wicked act of mass murder\"": what follows is the name given to it
    if sent.lower[k] == "of" and cand.sense.pos == "verb":  # "took control of Nuri"
        return _noun_phrase(sent, k + 1, lex)
    if sent.lower[k] == "control" and k + 1 < n and sent.lower[k + 1] == "of" and cand.sense.pos == "verb":
        return _noun_phrase(sent, k + 2, lex)  # "seized control of a government office"
    if cand.sense.pos == "verb" and sent.lower[cand.last - 1] in BLAME_VERBS:
        for j in range(k + 1, min(n - 1, k + OBJECT_WINDOW)):
            if sent.lower[j] in {",", ";", ".", "for"} or sent.lower[j] in lex.clause:
                break  # ("blamed the rebels for attacks on the pipeline": the object is blamed, "for" opens the deed)
            if sent.lower[j] in ("on", "to") and not is_calendar_word(sent.words[j + 1]) and not (
                    sent.lower[j] == "to" and infinitive(sent, j + 1, lex)):
                return _noun_phrase(sent, j + 1, lex)  # "blamed the bombing on the rebels": the rebels are blamed
    preps = TARGET_PREPOSITIONS if cand.sense.pos == "verb" else NOUN_TARGET_PREPOSITIONS
    thing_object = cand.evidence is not None and cand.evidence >= cand.last and (cand.sense.event_type in {
        "AID", "MOBILIZE", "CONSULT", "SUPPORT", "AGREE", "CONCEDE"} or cand.sense.word_class in WEAPON_CLASSES
                                                              or cand.sense.word_class == _ARMS_LAID)
    if sent.lower[k] in {"and", "or"} and k + 1 < n and (sent.lower[k + 1] in lex.be or sent.lower[k + 1] in lex.skip
                                                         or sent.lower[k + 1] in lex.light_verb):
        # "returned fire and was wounded", "went on strike and held a protest": a second verb of the subject's, no
        # object of the first
        return None
    if sent.lower[k] == "alongside":
        # "were fighting alongside M23 rebels": who fought on their side, no target; "fought alongside militias
        # against the rebels": the other side
        against = next((j for j in range(k + 1, min(n - 1, k + OBJECT_WINDOW)) if sent.lower[j] == "against"
                        or not sent.is_word(j)), None)
        return _noun_phrase(sent, against + 1, lex) if against is not None and sent.lower[against] == "against" \
            else None
    if cand.sense.pos == "verb" and (sent.lower[k] in lex.be or sent.lower[k] in _AUXILIARIES):
        return None  # "the Rolando attack had been considerable": a noun before its verb, no object after it
    thrown = k  # where what was thrown, fired or set off ends
    if cand.sense.pos == "verb" and not thing_object and (sent.lower[k] not in lex.stop or sent.opens_count(k, lex)):
        found = _noun_phrase(sent, k, lex)
        if found is not None and _time_word(sent, found[1] - 1, lex):
            return None  # "injured 19 over the past day": a count and when, no one named
        if found is None or not lex.in_any_class(sent.lower[found[1] - 1], _THROWN_CLASSES) and not any(
                w.endswith(_RIGGED) for w in sent.lower[found[0]:found[1]]):
            # (only of harm and force, whose objects are people and things hit; not a list of demands or of places)
            return _object_list(sent, found, lex) if found and cand.sense.event_type in _OPERATION_TYPES and not (
                _names_place(sent, found)) else found
        # "fired tear gas at students", "hurled stones at the police", "rammed an explosives-laden truck into a
        # police station": the object is what was thrown, fired or driven, the target is where it went
        thrown = _thrown_list_end(sent, found, lex) if cand.sense.event_type == "ASSAULT" else k
    elif thing_object and cand.sense.event_type == "ASSAULT" and (found := _noun_phrase(sent, k, lex)) is not None \
            and lex.in_any_class(sent.lower[found[1] - 1], _THROWN_CLASSES):
        thrown = _thrown_list_end(sent, found, lex)  # the device that made the verb's sense, and any listed after it
    # the recipient after the object: "supplied heavy artillery to Russia", "signed a pact with Iran"; past a trigger
    # an attack's object is ("detonated a car bomb outside government buildings"; not "condemned the Russian missile
    # strike on Kyiv", whose object is the act condemned)
    next_trigger = min((o.first for o in others if o.first > cand.first and o.first >= thrown), default=n)
    carried = -1  # the end of a participle phrase that tells what the thing thrown carried or was tied to
    for j in range(k, min(n, next_trigger, k + OBJECT_WINDOW + 2)):
        w = sent.lower[j]
        if j < carried:
            continue
        # (a device's own phrase tells where it lay, not what its blast struck: "a bomb inside a shop detonated"; a
        # noun's site follows it: "the explosion site near the station" names none)
        site = _blast_site(sent, j, lex, cand.first) if cand.sense.mode == "explosives" and not (
            cand.sense.pos == "noun" and (j > k or lex.in_class(sent.lower[cand.last - 1], "incendiary"))) else None
        if site is not None:
            return site
        if j > k and w.endswith("ed") and sent.words[j].islower() and j + 1 < n and sent.lower[j + 1] in preps and (
                lex.in_any_class(sent.lower[j - 1], _THROWN_CLASSES)):
            # "detonated explosives strapped to her body", "a vest packed with nails": what the device was tied to or
            # held, no target; one may follow ("rammed a truck loaded with explosives into the gate")
            phrase = _noun_phrase(sent, j + 2, lex)
            carried = phrase[1] if phrase else j + 2
            continue
        if w in lex.skip and not sent.words[j].isupper():
            return None
        if _behest(sent, j):
            return None  # "sent paratroopers at the request of the president": who asked, not whom they went to
        if w in SUBORDINATE_GERUND and j + 1 < n and sent.lower[j + 1].endswith("ing") and sent.words[j + 1].islower():
            return None  # "shot into the air before herding the worshippers into the bush": another clause's
        if w in _SEQUENCE_PREPOSITIONS and sent.words[j].islower():
            return None  # "an armed strike called after the extradition of its leader", "opened fire following the
            # arrest of their commander": what it came after, whose object is no target of it
        if cand.sense.pos == "noun" and sent.words[j].islower() and (w in lex.verb or w.endswith("ed")) and (
                j + 1 < n and sent.lower[j + 1] in _WHERE_AFTER_VERB and sent.lower[j - 1] not in lex.determiner):
            return None  # "the attack happened near the town of Djibo": the noun's verb and where, no target
        if cand.sense.pos == "noun" and w == "under" and j + 1 < n and sent.lower[j + 1] in _LAWS:
            return None  # "a case of murder under Section 103(2) of the Bharatiya Nyaya Sanhita": the law, no victim
        if cand.sense.pos == "noun" and j == k and sent.words[j].islower() and (w.endswith("ed") and (
                w not in lex.triggers and w not in OCCURRENCE and w not in _NOUN_VERBS_OF_HARM) or w in CAME):
            return None  # "The attack followed the defection of an RSF commander": the object of another verb; "The
            # attack came a week after a referendum on …": when it came, no target
        if cand.sense.pos == "noun" and w in OCCURRENCE and sent.words[j].islower() and j == k and (
                j + 2 < n and sent.lower[j + 1] == "place" and sent.lower[j + 2] in _WHERE_AFTER_VERB | {"on"}):
            return None  # "The attack took place on a highway": the noun's verb of occurring, then where, no target
            # (but "clashes took place between AAS and JaS": the sides)
        if w in ("and", "or") and j > k and j + 1 < n and sent.words[j + 1].islower() and (
                sent.lower[j + 1] in lex.verb or sent.lower[j + 1].endswith(("ed", "ing"))):
            return None  # "fired rockets and sent gunmen into towns": the second verb's phrase, not the first's
        if w in ("and", "or") and cand.sense.pos == "noun" and j + 1 < n and "between" not in sent.lower[k:j] and (
                not sent.words[j + 1][:1].isupper()):
            return None  # "called it a terrorist attack and one of New Zealand's darkest days", "staged a protest and
            # went on strike": another phrase's (not "clashes between regime and pro-regime forces against …", "an
            # attack from Dalo and Kibo on the city")
        if w == "of" and j > k and 0 < j + 1 < n and sent.words[j - 1][:1].isupper() and (
                sent.words[j + 1][:1].isupper()):
            continue  # "a sit-in outside the Ministry of Education": a name's "of", which brings no target
        if w in preps and j + 1 < n and (sent.lower[j + 1].isdigit() and (
                len(sent.lower[j + 1]) == 4 or j + 2 < n and (is_calendar_word(sent.words[j + 2])
                                                              or sent.lower[j + 2] in _MEASURES))  # (not "of 20
                # students", a count of people; "of 5 kg each", "of 30 percent" measure no one)
                or is_calendar_word(sent.words[j + 1]) or (
                j + 2 < n and sent.lower[j + 1] in _DEICTIC and (sent.lower[j + 2] in lex.time
                                                                 or sent.lower[j + 2] in _DAY_NOUNS))
                or j + 2 < n and _ORDINAL_DAY.fullmatch(sent.lower[j + 1]) and is_calendar_word(sent.words[j + 2])):
            continue  # "an attack on 13 September 1974 at the Rolando cafe", "attacks on this day", "one of two
            # related attacks on this date", "a strike on 11th March": a date, the target may follow
        if w in preps and j + 1 < n and _span_of_time(sent, j + 1, lex):
            return None  # "as the committee meets over the next two days", "talks during the past week": how long
        if w == "at" and cand.sense.pos == "noun" and cand.sense.event_type == "ASSAULT" and j + 1 < n:
            found = _noun_phrase(sent, j + 1, lex)  # "the attack at the Rolando cafe": a building attacked
            return found if found and lex.in_class(sent.lower[found[1] - 1], "physical") else None
        if w == "at" and cand.sense.event_type == "COERCE":
            return None  # "was arrested at the scene", "detained at the airport": where, not whom
        if w in preps and j + 1 < n:
            after = j + 1
            if w == "to" and infinitive(sent, after, lex):
                # "sent soldiers to support Russia": the verb of a purpose clause; "agreed to hear cases": no target
                if not (after + 1 < n and sent.words[after + 1][0].isupper()):
                    return None
                after += 1
            if w not in _ALONG_WITH and sent.lower[cand.last - 1] in lex.intransitive and not thing_object:
                return None  # "the bomb exploded at a busy intersection": where, not whom ("clashed with police"; and
                # "surrendered their arms to police": to whom they went)
            found = _noun_phrase(sent, after, lex)
            if found and w == "on" and lex.in_class(head_word(sent.lower[found[0]:found[1]]), "place_parts"):
                carried = found[1]
                continue  # "blew himself up inside a pizzeria on the corner of King George Street": where, no target
            if found and w == "with" and any(lex.in_class(sent.lower[found[1] - 1], c) for c in _MEANS_CLASSES):
                continue  # "opened fire with an AK-style rifle inside the store": the weapon, not whom it hit
            if found and w == "of" and cand.sense.pos == "noun" and _weapon(sent, found, lex, rigged=False):
                continue  # "the firing of 3 Grad missiles towards an army garrison": what was fired, not at whom
            if found and w == "of" and cand.sense.pos == "noun" and sent.lower[found[1] - 1] in _RANKED_AMONG:
                return None  # "the deadliest attack of its kind", "one of the worst massacres of the conflict": what
                # the event is ranked among, not whom it hit
            if found and w == "on" and lex.in_class(sent.lower[found[1] - 1], "platforms") and (
                    cand.sense.event_type in VERBAL_TYPES or sent.words[found[1] - 1][:1].isupper()):
                # "fired back on Twitter", "criticised him on television": where it was said, not whom; a named
                # platform is where anything was shown ("livestreamed his rampage on Facebook"), never what was hit
                return None
            if found and j > k and cand.sense.pos == "verb" and lex.in_class(sent.lower[j - 1], "incendiary") and not (
                    _is_party_word(sent, found[1] - 1, lex) or lex.in_class(sent.lower[found[1] - 1], "physical")):
                return None  # "detonated a device at the end of a concert": when or where, not what it hit
            return found
        seat = _seat_outside(sent, j, lex) if cand.sense.event_type == "PROTEST" else None
        if seat is not None:
            return seat
        if w == "in" and cand.sense.event_type == "PROTEST":
            return _against_past_place(sent, j, lex)  # "protested in Lilongwe (Lilongwe) against a police ban"
        if w in {".", ";", ","} or w in lex.clause or w in lex.reporting or w == "in":
            return None
        if w in _NEAR and cand.sense.pos == "noun" and cand.sense.event_type != "PROTEST":
            # "the attack near the town of Tessit": where it was, not whom it hit; a target may follow (but "a
            # protest outside the office of the governor" is against whom its place names)
            phrase = _noun_phrase(sent, j + 1, lex)
            carried = phrase[1] if phrase else j + 1
            if phrase and carried + 1 < n and sent.lower[carried] == "of":
                phrase = _noun_phrase(sent, carried + 1, lex)
                carried = phrase[1] if phrase else carried + 1
    return None


def _seat_outside(sent: SentenceTokens, j: int, lex: Lexicon) -> tuple[int, int] | None:
    """The seat of power a protest was held outside or in front of, when that phrase opens at token j ("demonstrated
    outside the French military base in Niamey (Niamey) demanding the departure of French troops", "a sit-in in front
    of the Ministry of Education"): whom it addresses, unless its clause tells what it was against ("protested
    outside parliament against the new law")."""
    n = len(sent.lower)
    opener = next((words for words in _OUTSIDE if tuple(sent.lower[j:j + len(words)]) == words), None)
    found = _noun_phrase(sent, j + len(opener), lex) if opener and j + len(opener) < n else None
    if found is None:
        return None
    # (the demand after it is none of its words: "rallied outside the regional court of Limassol demanding justice")
    found = found[0], next((t for t in range(found[0] + 1, found[1]) if sent.lower[t] in DEMANDING), found[1])
    if not lex.names_seat(sent.lower[found[0]:found[1]]) or sent.lower[found[0] - 1] in POSSESSIVES:
        return None  # (not their own: "protested in front of their home office … to denounce the arrest of …")
    depth = 0
    for t in range(found[1], min(n - 1, found[1] + _PLACE_WORDS)):
        w = sent.lower[t]
        depth += (w == "(") - (w == ")")
        if depth > 0 or w == ")":
            continue  # its town and the note on it
        if w == "against" or w == "," and sent.lower[t + 1] == "against":
            # (an "against" set off by a comma may list what the protest was against: "held a protest outside geo
            # office in Gujrat city (…), against illegal and unjust arrest of …", no party)
            return _noun_phrase(sent, t + 1, lex) if w == "against" else None
        if w in {".", ";", ",", "to"} or w in lex.clause or w in lex.reporting or w in DEMANDING:
            break  # (not another clause's "against": "to denounce judicial investigations against police activists")
    return found


_OUTSIDE = (("in", "front", "of"), ("outside", "of"), ("outside",))  # the longest first


def _thrown_list_end(sent: SentenceTokens, found: tuple[int, int], lex: Lexicon) -> int:
    """Where the things a verb threw, fired or set off end, when "and" or "or" lists more of them ("set off a backpack
    bomb and a car bomb outside two nightclubs"): the devices listed are the one act's, so the site after them is
    still its target, and the device noun after "and" no other trigger whose phrase stops the search."""
    n = len(sent.lower)
    end = found[1]
    while end + 1 < n and sent.lower[end] in ("and", "or"):
        phrase = _noun_phrase(sent, end + 1, lex)
        if phrase is None or not lex.in_any_class(sent.lower[phrase[1] - 1], _THROWN_CLASSES):
            break
        end = phrase[1]
    return end


def _blast_site(sent: SentenceTokens, j: int, lex: Lexicon, first: int) -> tuple[int, int] | None:
    """The building, post, vehicle or gathering a bomb went off at, in, outside, inside or near, when a preposition of
    place opens at token j ("A car bomb exploded outside a bank", "detonated a device near a police checkpoint", "blew
    himself up inside the Grand Mosque"): what the blast struck, before the victims its toll tells; not a road, an
    area or a town ("exploded at a busy intersection", "went off near the town of Djibo": only where), nor what a
    device put in something else went off only near ("an IED planted in a car exploded near a mosque, killing the
    driver": the car's people were struck; the trigger opens at token `first`)."""
    n = len(sent.lower)
    opener = next((words for words in _BLAST_SITE_OPENERS if tuple(sent.lower[j:j + len(words)]) == words), None)
    if opener is None or j + len(opener) >= n:
        return None
    start = j + len(opener)
    if opener in _BESIDE and any(w in _PLACING for w in sent.lower[max(0, first - _PLACED_REACH):first]):
        return None
    found = _noun_phrase(sent, start, lex)
    if found is None:
        return None
    words = sent.lower[found[0]:found[1]]
    head = head_word(words)
    if lex.in_class(head, "blast_sites"):
        return found
    if lex.in_class(head, "site_parts"):
        # the site a part is of ("near the gate of the army headquarters", "in the lobby of the Hotel Continental", "in
        # the courtyard of a mosque", whose phrase stops before its "of")
        if "of" not in words and found[1] + 1 < n and sent.lower[found[1]] == "of":
            found = found[0], (_noun_phrase(sent, found[1] + 1, lex) or found)[1]
            words = sent.lower[found[0]:found[1]]
        return found if "of" in words and lex.any_in_class(words[words.index("of") + 1:], "blast_sites") else None
    # a site's name whose kind opens it ("the Hotel Continental", "Hotel Shamo")
    named = all(w[:1].isupper() for w in sent.words[found[0]:found[1]] if w[:1].isalpha())
    return found if named and lex.any_in_class(words, "blast_sites") else None


# the longest first; "on" a vehicle ("exploded on a crowded bus"), "during" a gathering ("during a Catholic Mass")
_BLAST_SITE_OPENERS = (("in", "front", "of"), ("next", "to"), ("close", "to"), ("at",), ("in",), ("outside",),
                       ("inside",), ("near",), ("beside",), ("on",), ("during",))
_BESIDE = (("next", "to"), ("close", "to"), ("near",), ("beside",))  # the openers of a site the blast was only near
_PLACING = frozenset({"planted", "placed", "attached", "hidden", "concealed", "fitted", "strapped", "stuck"})
_PLACED_REACH = 10  # words between a participle of placing in a device's phrase and the verb of its blast
_LISTED_OBJECTS = 5  # members of a list of objects after its first, at most
_SURROUNDINGS = frozenset({"vicinity", "surroundings", "outskirts", "environs", "periphery", "suburbs", "countryside"})


def _object_list(sent: SentenceTokens, found: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """A verb's object with the members listed after it ("arrested a congressman, his brother and a former police
    chief", "detained the mayor and his deputy"): each opens with a determiner, a possessive or a count, and "and"
    closes the list (a phrase in commas with no "and" after it is an apposition: "arrested Ali, a teacher, on Monday";
    "and" before a verb joins clauses: "killed two men and the police said …")."""
    n = len(sent.lower)
    k = found[1]
    for _ in range(_LISTED_OBJECTS):
        if k + 1 >= n or sent.lower[k] not in (",", "and"):
            break
        opener = k + 1 + (sent.lower[k] == "," and sent.lower[k + 1] == "and")  # "a congressman, his brother, and …"
        closing = sent.lower[opener - 1] == "and"
        if opener >= n or not (sent.lower[opener] in lex.determiner or sent.lower[opener] in POSSESSIVES
                               or is_numeral(sent.lower[opener])):
            break
        phrase = _noun_phrase(sent, opener, lex)
        if phrase is None or sent.lower[phrase[1] - 1] in _SURROUNDINGS or geo.is_locality_word(
                sent.lower[phrase[1] - 1]):
            break  # "shelled Kansafra and its outskirts", "Dalo and the surrounding villages": where the shelling was
        if closing:
            after = sent.lower[phrase[1]] if phrase[1] < n else "."
            if after in lex.be or after in _AUXILIARIES or after in lex.reporting or after in lex.verb or after == "of":
                break  # (nor one cut short before its "of": "a pistol and a large quantity of drugs")
            return found[0], phrase[1]
        k = phrase[1]
    return found


_NEAR = frozenset({"near", "outside", "inside", "around", "beside", "nearby"})  # prepositions of a place only
_DAY_NOUNS = frozenset({"day", "date"})  # after "on this", "on that", "on the same": a day, no target
_RANKED_AMONG = frozenset({"kind", "type", "sort", "war", "conflict", "year", "decade", "century"})  # the heads
# after "of" of what an event is ranked among


def _behest(sent: SentenceTokens, k: int) -> bool:
    """Whether "at the request of", "on the orders of", "at the invitation of" opens at token k: its "of" names who
    asked."""
    return 0 <= k and k + 3 < len(sent.lower) and sent.lower[k] in _BEHEST_PREPOSITIONS and (
        sent.lower[k + 1] in _BEHEST_DETERMINERS) and sent.lower[k + 2] in _BEHEST_NOUNS and sent.lower[k + 3] == "of"


def infinitive(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether the word at k, after "to", is a verb rather than the start of a noun phrase: lower case, no
    determiner, number or pronoun, and no plural -s ("to hear", not "to rebels" or "to the king"); a quote may open
    it ('threatened to "totally destroy" the country')."""
    if sent.words[k] in _OPENING_QUOTES and k + 1 < len(sent.words):
        k += 1
    w = sent.lower[k]
    return (sent.words[k].islower() and w not in lex.determiner and w not in lex.pronoun and not w.isdigit()
            and not w.endswith("s") and w not in lex.quantifier_of)
