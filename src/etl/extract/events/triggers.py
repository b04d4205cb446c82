"""A sentence's tokens → its triggers with the sense that applies, in text order."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from etl.extract import geo, numbers
from etl.extract.dates import is_calendar_word
from etl.extract.events.items import NO_EVENT, OBJECT_WINDOW, PERFECT_AUXILIARIES, Candidate, SentenceTokens, is_numeral
from etl.extract.events.modality import demand_of, will_not
from etl.extract.events.lexicon import (
    ARTICLES, ASIDE_OPENERS, BEFORE_PARTICIPLE, COLLECTIVES, CONDITIONALS, DEFINITIONS, EVENT_HEADS, FREQUENCY,
    GENERIC, HABITUAL, MAIN_VERBS, NEGATED_CONTRACTION, NOUN_DETERMINERS, NOUN_MARKERS, POSSESSIVES, SUBORDINATE_GERUND,
    TITLE_PREFIXES, TRENDS, VERB_LINKS, VERBAL_TYPES, ZERO_SUBJECTS, Lexicon, Sense, is_claim,
)
from etl.extract.events.participants import (ASPECTUAL, MOTION_INTO, PARTY_CLASSES, WEAPON_CLASSES, befallen,
                                             aimed_at, event_noun, find_parties, infinitive, money_in_kind,
                                             reduced_relative, skip_quantity, sum_of_money, threat_by_event,
                                             time_follows)
from etl.extract.text import QUOTE_MARKS, Enclosures

_BARE_PARTICIPLE_WINDOW = 3  # tokens before a participle searched likewise ("a pact signed in June")
# Tokens before a trigger searched for the verb that governs it ("carried out a joint security operation").
_AFTER_WINDOW = 5
_COMPLEMENT_WINDOW = 7  # tokens after a verb searched for its object's complement ("took … hostage")
_COUNTRY_WORDS = 6  # most words of a country's name ("Democratic Republic of the Congo": 5)
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_KIND_NOUNS = frozenset({"kind", "kinds", "type", "types", "sort", "sorts", "form", "forms"})
_KIND_WORDS = 3  # "such a deadly attack": words between "such" and the event noun it makes a kind, and "such"
# How a noun phrase of the lexicon that is a whole clause ends ("fighting continued", "violence broke out"): a verb or
# its particle, which nothing after it modifies.
_CLAUSE_ENDINGS = ("ed", "out", "on")

# Prepositions that open the setting of an event, after its object ("in", "during"): the object ends there.
_SETTING = frozenset({"in", "during", "near", "inside", "outside"})
# Conjunctions of time end the object wherever they stand: "was moved after the shooting of police officers".
_TIME_SETTING = frozenset({"after", "before", "since", "until"})
_CLAUSE_OBJECTS = frozenset({"that", "how", "what", "why", "whether"})  # open a clause a verb takes as its object
_PHRASE_BREAKS = frozenset({",", ";", ":", ".", "(", ")", "—", "–"})
_PROTEST_WORKS = "protest_works"  # the class of what a protest sets up, which a force may clear
# classes of a sense's object that only the verb's direct object shows
# (a leader received, not a call or a letter from one: "received on Sunday a phone call from President Abbas")
_DISMISSED = "dismissed"  # post holders fired (see _dismissal)
_AIMED = frozenset({"on", "at", "upon", "into"})  # what a shot is fired at ("workers were fired on by police")
_DIRECT_CLASSES = frozenset({"goal", "filmed", "rallied", "charges", "dignitaries", "abductees", "play_objects",
                             _DISMISSED, _PROTEST_WORKS})
_ENDED_CLASSES = frozenset({_PROTEST_WORKS, "gatherings"})  # what a force ends, which stays an event of its own
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "their", "its"})
_ABDUCTEES = "abductees"  # the class of civilians whom armed men seize: not what is theirs ("seized their phones")
_PENALTIES = "penalties"  # the class of what a court sentences someone to, whose phrase the sentencing holds
_PENALTY_WORDS = 5  # words of that phrase at most: "years in a federal prison"

# Word classes that make a verb of violence read as a noun ("a shot", "a hit") in campaign copy an act of violence
VIOLENCE = ("military", "armed_attackers", "terror")
# Events whose target names what they struck or held: a patrol or convoy in it is a unit, not a deployment
_STRIKING = frozenset({"ASSAULT", "COERCE"})
# Words of a death (an OTHER event) that a disaster or an accident may cause; see _by_mishap.
_DEATHS = frozenset({"die", "dies", "died", "dying", "dead", "death", "deaths", "succumb", "succumbed", "succumbs",
                     "passed"})
_RELATIVES = frozenset({"that", "which"})
# Words that open the cause of a death after its verb ("killed in the floods", "died when the roof collapsed"); the
# last three open a clause whose verb may tell the accident.
_CAUSE_WORDS = frozenset({"in", "by", "during", "amid", "after", "following", "when", "as", "of", "from"})
_CLAUSE_CAUSES = frozenset({"when", "after", "as"})
_CAUSE_WINDOW = 10  # tokens after a trigger searched for its cause
_BLASTS = frozenset({"explosion", "explosions", "blast", "blasts", "fire", "fires"})
_FIRES = frozenset({"fire", "fires"})
_SITE_PREPOSITIONS = frozenset({"at", "in", "inside"})  # where a blast broke out ("an explosion at a chemical plant")
_SITE_WORDS = 4  # words after the preposition searched for the kind of works ("at a state-run fireworks factory")
# Words that may follow the head of a phrase of cause ("died in a car crash last year", "floods and landslides")
_AFTER_HEAD = frozenset({"and", "or", "that", "which", "last", "this", "earlier", "later"})
# Harm told beside the harm a cause phrase explains, which it explains too ("were killed and four others seriously
# injured when a bus collided with a truck")
_COUNTED_HARM = frozenset({"injured", "wounded", "hurt", "killed", "dead"})
_CLAUSE_REACH = 24  # tokens back from a participle clause's comma searched for its clause's opening
_SUBJECT_WORDS = 5  # words of that clause's opening searched for its subject ("A magnitude 5.9 earthquake")
_FIRE_COMPOUNDS = frozenset({"fight", "fights", "fighting", "gun", "guns", "arm", "arms", "exchange", "exchanges"})

_ADJECTIVE_SUFFIXES = ("al", "ive", "ful", "ous", "ic", "ent", "ant", "ary", "ible", "able", "ing", "ish")


def _describes_the_accused(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether an accusation is a bare participle after the noun it describes, with "of" right after ("arrested 3 men
    accused of being NRF members", "lynched a man accused of blasphemy", "hanged 36 men convicted of taking part"):
    who they are, no accusation nor verdict told; "were accused of" and "accused the men of" are."""
    return (cand.sense.event_type == "ACCUSE" or lex.in_class(sent.lower[cand.first], "verdicts")) and (
        cand.last < len(sent.lower) and sent.lower[cand.last] == "of" and reduced_relative(sent, cand, lex))


# Classes of a protest's object that are its means, not whom it is against (but "disrupted the meeting", "occupied the
# factory", "blocked the highway" stay)
_PROTEST_MEANS = frozenset({"protest_fires", "slogans"})
_EFFIGIES = frozenset({"effigy", "effigies"})


def _armed_or_police(head: str, lex: Lexicon) -> bool:
    """Whether a word of an actor names police, troops or armed attackers ("police team", "soldiers", "gunmen")."""
    return head in _RAIDERS or any(lex.in_class(head, c) for c in ("police", "troops", "armed_attackers"))


def _length_of(sent: SentenceTokens, cand: Candidate) -> bool:
    """Whether an event word follows a count of days, weeks, months or years and "of", maybe past one modifier ("2,700
    days of continuous protest", "100 days of protests"): the length of a campaign, no act of a day."""
    k = cand.first - 1
    if k < 2:
        return False
    if sent.lower[k] != "of" and sent.words[k].islower() and sent.is_word(k):
        k -= 1  # "continuous"
    return k >= 2 and sent.lower[k] == "of" and sent.lower[k - 1] in _SPANS and is_numeral(sent.lower[k - 2])


_SPANS = frozenset({"days", "weeks", "months", "years", "nights"})


def _rewarded(sent: SentenceTokens, k: int) -> bool:
    """Whether the event noun at token k is what a reward is offered for: "a reward for information leading to the
    arrest of the suspects", "tips that lead to the capture of …" (hoped for, not done)."""
    j = k - 1
    if j >= 0 and sent.lower[j] in ARTICLES:
        j -= 1
    if j < 1 or sent.lower[j] != "to" or not (sent.lower[j - 1] == "leading" or sent.lower[j - 1] == "lead" and (
            j > 1 and sent.lower[j - 2] in _MAY)):
        return False  # (not "A tip led to the arrest of the suspects": it did)
    return not _TIPS.isdisjoint(sent.lower[max(0, j - 1 - _TIP_REACH):j - 1])


_MAY = frozenset({"could", "would", "may", "might", "will", "can"})
_TIPS = frozenset({"information", "tip", "tips", "tip-off", "tip-offs", "reward", "bounty", "intelligence"})
_TIP_REACH = 4  # words between the tip and "leading": "information that could lead to"


def _glosses_a_section(sent: SentenceTokens, k: int) -> bool:
    """Whether the trigger at token k opens the bracketed name of an offence after a section's number ("booked under
    sections 302 (murder) and 147 (rioting) of the IPC", "307 (attempt to murder)"): the charge's law, no event."""
    if "(" not in sent.words[max(0, k - 1 - _GLOSS_WORDS):k]:
        return False  # (the bracket the walk below looks for: most triggers have none before them, found in C)
    j = k - 1
    while j > k - 1 - _GLOSS_WORDS and sent.is_word(j):
        j -= 1
    if j < 1 or sent.words[j] != "(" or not sent.words[j - 1][:1].isdigit():
        return False
    j -= 2  # back over the sections listed before ("sections 147 (rioting), 148 (rioting armed …) and 302 (")
    while j >= 0 and (sent.words[j] in _LIST_LINKS or sent.words[j][:1].isdigit() or sent.words[j] == ")"):
        if sent.words[j] == ")":
            j = next((i for i in range(j - 1, max(-1, j - _GLOSS_REACH), -1) if sent.words[i] == "("), -1)
        j -= 1
    return j >= 0 and sent.lower[j] in _SECTIONS


_SECTIONS = frozenset({"section", "sections", "article", "articles", "u/s", "clause", "clauses"})


def _state_protests(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether a verb of protest has a state for its subject, right before it: a country, its capital or seat ("Kabul
    has protested against cross-border shelling", "the Kremlin protested"), or a government or its ministry (not the
    subject of another verb, "rallied in Washington D.C. to protest the deal")."""
    if cand.sense.event_type != "PROTEST" or cand.sense.pos != "verb" or cand.actor is None:
        return False
    first, last = cand.actor
    if any(w not in lex.skip for w in sent.lower[last:cand.first]):
        return False
    return geo.is_place_name(" ".join(sent.words[first:last])) or lex.in_class(sent.lower[last - 1], "governments")


def _medium_of_speech(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether a call is how a statement or a claim reached the press ("claimed responsibility in a phone call to
    reporters", "a spokesman told Reuters in a telephone call"): the reporter's source, no talks between parties (but
    "Putin and Erdogan discussed Syria in a phone call")."""
    j = cand.first - 1
    while j >= 0 and sent.lower[j] in _CALL_MODIFIERS:
        j -= 1
    if j < 1 or sent.lower[j] not in _MEDIUM_PREPOSITIONS:
        return False
    said = any(w in lex.reporting or is_claim(w) for w in sent.lower[max(0, j - _SPEECH_REACH):j])
    return said or cand.last + 1 < len(sent.lower) and sent.lower[cand.last] in {"to", "with"} and (
        lex.in_class(sent.lower[cand.last + 1], "press"))


_CALL_MODIFIERS = frozenset({"a", "an", "the", "brief", "short", "separate", "later", "recent"})
_MEDIUM_PREPOSITIONS = frozenset({"in", "by", "during", "via", "over"})
_SPEECH_REACH = 6  # words back from "in" to the verb of speech ("told Reuters on Tuesday in a phone call")


def _offence_charged(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether the trigger is the bare name of the offence a charge, an arrest or a verdict is for ("found guilty of
    murder", "arrested on charges of forced disappearance and torture", "convicted Jamal Zougam of murder", "indicted
    on murder charges"): a label of the case, no act of its own (but "charged with the murder of a teacher" and
    "convicted of killing 77 people" tell the killing)."""
    k, last = cand.first, cand.last
    if cand.sense.event_type not in _STRIKING or cand.sense.pos == "verb" and last < len(sent.lower) and (
            sent.is_word(last) and sent.lower[last] not in _LIST_LINKS and sent.lower[last:last + 2] != _WITH_INTENT):
        return False  # the act with its object or its setting: "accused of killing two policemen"; a protest one is
        # arrested for is one held ("arrested for protests in Sidon"); but "wounding with intent" is an offence's name
    if cand.sense.pos == "noun" and not lex.in_class(sent.lower[last - 1], "crimes"):
        return False  # acts, not the name of an offence: "accused the rebels of attacks on civilians"
    if last < len(sent.lower) and lex.in_class(sent.lower[last], "charge_nouns"):
        return True  # "indicted on murder charges", "three counts of murder" (below)
    j = k - 1
    while j >= 0 and k - j <= _OFFENCE_WORDS and sent.is_word(j) and sent.words[j].islower() and not (
            sent.lower[j] in _OFFENCE_PREPOSITIONS or sent.lower[j] in lex.determiner or is_numeral(sent.lower[j])
            or sent.lower[j] == "to"):
        j -= 1  # back over its modifiers and the offences listed before it ("forced disappearance and torture")
    if j >= 1 and sent.lower[j] == "to":
        return sent.lower[j - 1] == "guilty"  # a plea: "pleaded guilty to wounding with intent" (not "tried to kill")
    if j < 1 or sent.lower[j] not in _OFFENCE_PREPOSITIONS:
        return False
    if lex.in_class(sent.lower[j - 1], "charge_frames") or lex.in_class(sent.lower[j - 1], "charge_nouns"):
        return True
    if sent.lower[j] not in _OBJECT_PREPOSITIONS:
        return False
    for i in range(j - 1, max(-1, j - 1 - _CHARGED_OBJECT), -1):  # "convicted Jamal Zougam of": past the accused
        if not sent.is_word(i) or sent.lower[i] in lex.clause or sent.lower[i] in lex.stop:
            return False
        if lex.in_class(sent.lower[i], "charge_frames"):
            return True
    return False


_OFFENCE_WORDS = 4  # words between the preposition and the offence ("of forced disappearance and torture")
_OFFENCE_PREPOSITIONS = frozenset({"of", "with", "for", "on"})
_OBJECT_PREPOSITIONS = frozenset({"of", "with"})  # what a verb of charging takes after the accused ("charged X with")
_CHARGED_OBJECT = 6  # words of the accused between the verb and its preposition
_GLOSS_WORDS = 3  # words in the brackets before the trigger: "(attempt to murder)"
_GLOSS_REACH = 8  # tokens of a gloss before: "(rioting armed with deadly weapon)"
_WITH_INTENT = ["with", "intent"]  # what ends the names of offences of harm meant: "wounding with intent"
_LIST_LINKS = frozenset({",", "and", "&", "/"})


def coordination_ends(sent: SentenceTokens, candidates: list[Candidate], lex: Lexicon) -> list[int]:
    """For each trigger, the index of the first later trigger that is neither coordinated with the one
    before it nor a participle clause (len(candidates) when there is none); read from the right, once, so
    that a sentence of many coordinated triggers costs no more than their number."""
    out = [len(candidates)] * len(candidates)
    for n in range(len(candidates) - 2, -1, -1):
        m = n + 1
        joined = _coordinated(sent, candidates[n], candidates[m], lex) or _participial(sent, candidates[m]) or (
            _harmed_in(sent, candidates[n], candidates[m]))
        out[n] = out[m] if joined else m
    return out


def _harmed_in(sent: SentenceTokens, harm: Candidate, attack: Candidate) -> bool:
    """Whether a harm is told as done in the attack an event noun right after it names ("nine Palestinians were killed
    in an Israeli military raid in the Jenin refugee camp"): the place after the noun is the harm's too."""
    between = sent.lower[harm.last:attack.first]
    return harm.sense.pos == "verb" and attack.sense.pos == "noun" and attack.sense.event_type == "ASSAULT" and (
        0 < len(between) <= _HARMED_IN_WORDS and between[0] in _DEATH_IN and all(w.isalpha() for w in between))


_HARMED_IN_WORDS = 4  # "in" and the words before the attack noun ("in an Israeli military raid")


def _participial(sent: SentenceTokens, cand: Candidate) -> bool:
    """ "staged a protest, demanding pay rises, in Lenga": a participle clause after a comma
    does not take the place that follows it away from the main event."""
    return cand.first > 0 and sent.words[cand.first - 1] == "," and sent.lower[cand.first].endswith("ing")


_PROTEST_CLAIMS = frozenset({"REQUEST", "ACCUSE"})  # what a protest asks for or denounces, no act of its own


def _claim_of_protest(sent: SentenceTokens, cand: Candidate, candidates: list[Candidate], lex: Lexicon) -> bool:
    """Whether a demand is what a protest of its clause was for: a participle after the protest ("marched in Lima,
    demanding …", "rallied in Dhaka calling for higher wages") or inside its subject ("workers demanding higher pay
    marched"), or a clause of purpose after it ("protested in Taiz to demand their salaries"); not a demand told as an
    act of its own ("The union demanded a pay rise", "The union is demanding …", "vowed to demand …"). A crowd's act of
    force is its protest too ("Depositors stormed bank branches, demanding access to their savings"). So is what a
    protest was held to denounce: its grievance, no complaint of its own ("gathered in N'Djamena to denounce the rising
    cost of fuel", "marched, condemning the killing")."""
    k = cand.first
    if cand.sense.event_type not in _PROTEST_CLAIMS or k == 0 or sent.lower[k - 1] in lex.be:
        return False
    protests = [c for c in candidates if c.sense.event_type == "PROTEST" or lex.in_class(sent.lower[c.last - 1],
                                                                                         "crowd_acts")]
    if sent.lower[k - 1] == "to":
        # (the word before "to" is the protest's own or no verb that takes an infinitive: not "threatened to demand")
        return k >= 2 and any(c.last <= k - 1 for c in protests) and (
            any(c.last == k - 1 for c in protests) or sent.lower[k - 2] == ")" or not sent.lower[k - 2].endswith("ed")
            and sent.lower[k - 2] not in lex.verb and sent.is_word(k - 2))  # (or a place's note: "blocked a highway
        # near Ica (Ica region) to demand …")
    if not sent.lower[k].endswith("ing"):
        return False
    # (a participle inside the subject follows the people who ask: not "The opposition responded by calling for
    # nationwide mobilization, asking citizens to take to the streets", a call of its own)
    return any(c.last <= k for c in protests) or sent.is_word(k - 1) and sent.lower[k - 1] not in lex.stop and any(
        c.first > k and c.sense.pos == "verb" for c in protests)


def _coordinated(sent: SentenceTokens, left: Candidate, right: Candidate, lex: Lexicon) -> bool:
    """Whether two triggers are coordinated verbs or nouns ("killed, injured or captured", "attacked and
    looted"), so that what follows the second is said of both."""
    between = sent.lower[left.last:right.first]
    return bool(between) and all(w == "," or w in VERB_LINKS or w in lex.skip for w in between)


def _trigger_starts(lower: list[str], triggers: dict[str, list]) -> list[int]:
    """The indexes of the words that open a trigger phrase, in order: the words found by a set intersection and
    their places by `list.index`, in C (a sentence holds a few of them among some thirty words)."""
    starts = []
    for word in triggers.keys() & lower:
        k = -1
        for _ in range(lower.count(word)):
            k = lower.index(word, k + 1)
            starts.append(k)
    starts.sort()
    return starts


# the word classes of a trigger's object, the only condition not settled by a word of its class alone: a count ("21 were
# released"), a demonym ("Americans") or a place's name ("captured Homs") may stand for one
_OBJECTS_WITHOUT_CLASS_WORD = frozenset({"people", "nationals", "territory"})


def _classes_needed(sense: Sense) -> tuple[tuple[str, ...], ...] | None:
    """The word classes the sentence must hold for the sense's condition to hold (a word of one class of each group),
    or None when it may hold whatever classes the sentence holds (`_choose_sense`)."""
    condition, word_class = sense.condition, sense.word_class
    if not word_class:
        return None
    if condition in ("object", "complement", "head", "modifier", "light", "doer"):
        return None if word_class in _OBJECTS_WITHOUT_CLASS_WORD else ((word_class,),)
    if condition == "context":
        return tuple(tuple(group.split("|")) for group in word_class.split("+"))
    if condition == "after":
        before, _, around = word_class.partition("+")
        return ((before,), (around,)) if around else ((before,),)
    if condition == "into":
        vehicle, _, struck = word_class.partition("+")
        struck_classes = (tuple(struck.split("|")),)
        return struck_classes if vehicle in _OBJECTS_WITHOUT_CLASS_WORD else ((vehicle,), *struck_classes)
    return None


def _lacks_classes(sent: SentenceTokens, phrase: tuple[str, ...], senses: tuple[Sense, ...], lex: Lexicon) -> bool:
    """Whether the sentence lacks a word class the condition of each of the phrase's senses asks for, so that no sense
    applies (`_choose_sense` gives None): a test of a few classes, remembered by the sentence, instead of the
    conditions tried word by word. Two in three trigger words read give no event, most of them so."""
    needs = lex.phrase_needs.get(phrase, ())
    if needs == ():
        found = [_classes_needed(sense) for sense in senses]
        needs = lex.phrase_needs[phrase] = None if None in found else tuple(found)
    return needs is not None and not any(all(any(sent.has(c, lex) for c in group) for group in groups)
                                         for groups in needs)


def find_candidates(sent: SentenceTokens, lex: Lexicon, cues: Enclosures, dropped: Counter[str]) -> list[Candidate]:
    """The triggers of a sentence with their senses, actors and targets, in text order; the trigger words
    that are no event here are counted in `dropped`."""
    out: list[Candidate] = []
    consumed: set[int] = set()
    last = 0  # the token after the words read with the trigger word before
    mishap = -1  # the token after the last trigger of harm done by a disaster or an accident
    tally = -1  # the token after the last acts counted over a month or more
    lower, triggers = sent.lower, lex.triggers
    for k in _trigger_starts(lower, triggers):  # the few words a trigger phrase opens
        if k < last:
            continue  # inside the phrase of the trigger before
        cand, last, matched = None, k + 1, False
        after = lower[k + 1] if k + 1 < len(lower) else None  # (a phrase whose second word is not next is passed)
        # the longest phrase with a sense that applies: "seized on images" is no event, "seized on
        # December 26th" falls back to "seized" (a phrase of one word is the word it is filed under)
        for phrase, senses in triggers[lower[k]]:
            if len(phrase) == 1 or phrase[1] == after and tuple(lower[k:k + len(phrase)]) == phrase:
                matched = True
                if _lacks_classes(sent, phrase, senses, lex):
                    continue  # (most trigger words that give no event: no sense is tried)
                cand = _choose_sense(sent, k, k + len(phrase), senses, lex)
                if cand is not None:
                    last = k + len(phrase)
                    break
        if cand is None:
            if matched:
                dropped["events: trigger with no sense that applies"] += 1
        elif cand is NO_EVENT:
            dropped["events: trigger in a sense that is no event"] += 1
        elif consumed.intersection(range(k, last)):
            dropped["events: trigger is the object of another"] += 1
        elif _is_modifier_or_title(sent, k, last, cand.sense.pos, cand.sense.event_type, lex):
            dropped["events: trigger read as a modifier or title"] += 1
        elif cand.sense.pos == "verb" and _counted(sent, k):
            dropped["events: a verb form counted by a number is a noun ('35 million pounds', 'fired 40 shells')"] += 1
        elif _is_speech_cue(sent, cand, cues):
            dropped["events: trigger is a statement's reporting verb"] += 1
        elif cand.sense.pos == "noun" and _kind_of_event(sent, k):
            dropped["events: a kind of event named, not one ('such attacks')"] += 1
        elif befallen(sent, cand, lex, _INDEFINITE):
            dropped["events: a participle that tells of someone ('a detained activist')"] += 1
        elif cand.sense.mode == "seize" and _goods_by_state(sent, cand, lex):
            dropped["events: a participle that tells what goods are ('a stolen car')"] += 1
        elif cand.sense.pos == "noun" and _rewarded(sent, k):
            dropped["events: what a reward is offered for ('information leading to the arrest')"] += 1
        elif cand.sense.pos == "noun" and _characterised(sent, k):
            dropped["events: a word an act was called by ('in what Taipei called \"crude intimidation\"')"] += 1
        elif cand.sense.event_type == "CONSULT" and _own_session(sent, k, lex):
            dropped["events: a body's own sitting ('before its September meeting')"] += 1
        elif _glosses_a_section(sent, k):
            dropped["events: the offence a law's section is glossed with ('sections 302 (murder)')"] += 1
        elif cand.sense.mode == "phone" and _medium_of_speech(sent, cand, lex):
            dropped["events: the call a statement or a claim was made in ('told Reuters in a phone call')"] += 1
        elif _offence_charged(sent, cand, lex):
            dropped["events: the offence a charge or a verdict names ('found guilty of murder')"] += 1
        elif _describes_the_accused(sent, cand, lex):
            dropped["events: an accusation that describes whom it is of ('a man accused of blasphemy')"] += 1
        elif k >= 2 and sent.lower[k - 1] == "to" and sent.lower[k - 2] in _RIGHTS and not (
                k >= 3 and sent.lower[k - 3] in lex.be):  # (not "was right to urge")
            dropped["events: a right named, not an act ('the right to protest')"] += 1
        elif out and k >= 1 and sent.lower[k - 1] == "for" and cand.sense.event_type == "REJECT" and (
                sent.lower[k].endswith("ing")):
            # "shot dead a driver for refusing to pay extortion", "jailed for refusing to testify": why the act
            # before was done, a refusal of no day or doer the sentence tells
            dropped["events: a refusal told as the motive of the act before ('for refusing to pay')"] += 1
        elif cand.sense.pos == "verb" and cand.sense.event_type in _STRIKING and _befell_no_one(sent, k, lex):
            dropped["events: harm or arrest told of no one ('No one was injured in the attack')"] += 1
        elif cand.sense.event_type == "PROTEST" and sent.lower[k] in _MOTORCADES and _escorts(sent, k, last, lex):
            dropped["events: a motorcade that carries someone, no protest ('the motorcade of Benazir Bhutto')"] += 1
        elif (sent.lower[last - 1] in _ALLEGIANCE or sent.lower[k] in _ACCEPTING and "who" in sent.lower[k - 3:k]) and (
                _in_relative_clause(sent, k, lex)):
            dropped["events: allegiance or a settlement that tells who someone is ('a gunman who pledged allegiance to "
                    "IS')"] += 1
        elif out and _refused(sent, out[-1], cand):
            dropped["events: what a refusal refused, told by the refusal ('refused to negotiate')"] += 1
        elif cand.sense.pos == "verb" and _habitual(sent, k, lex) or (
                cand.sense.pos == "verb" or not _also_noun(lower[k], lex)) and _present_in_relative(sent, k, last, lex):
            # (a form no row reads as a noun is the verb, though a name before it made it look like one: "where the
            # Transitional Presidential Council meets")
            dropped["events: a habit told, not an event ('often abduct', 'where the council meets')"] += 1
        elif cand.sense.event_type in _STRIKING and (cand.sense.pos == "verb" and _running_total(sent, k, lex) or (
                cand.sense.pos == "noun" and _acts_of_a_running_total(sent, k, last, lex))):
            dropped["events: a running total over a span of time ('have been killed … this year')"] += 1
        elif cand.sense.pos == "noun" and _trend_of_acts(sent, last, lex):
            dropped["events: plural acts told as a trend ('attacks on police have increased')"] += 1
        elif cand.sense.pos == "noun" and _counted_over_a_span(sent, k, last, lex):
            dropped["events: acts counted over a month or more ('witnessed more than 80 attacks in June')"] += 1
            tally = last
        elif cand.sense.pos == "noun" and _kinds_of_tally(sent, tally, k, lex):
            dropped["events: the kinds of acts a tally counts ('906 attacks, ranging from arson to assaults')"] += 1
        elif _of_whoever(sent, k, lex):
            dropped["events: an act of whoever does it, a kind ('anyone who threatened the peace')"] += 1
        elif cand.sense.event_type == "CONSULT" and _to_the_press(sent, last, lex):
            dropped["events: a message to the press, how what it says was said "
                    "('in a message sent to journalists')"] += 1
        elif cand.sense.event_type == "MOBILIZE" and lower[k] in _PATROLS and (
                _on_duty(sent, k, lex) or _patrol_goes(sent, last, lex)):
            dropped["events: a force on its round of duty, no deployment ('were on a routine patrol')"] += 1
        elif _defined(sent, k):
            dropped["events: a kind of event defined, not one ('defined as incidents in which four or more people are "
                    "shot')"] += 1
        elif cand.sense.event_type == "ASSAULT" and cand.sense.pos == "verb" and _ran_into(sent, cand, lex):
            dropped["events: a vehicle that ran into a thing, an accident ('his motorbike hit a wall')"] += 1
        elif _harm(sent, cand) and (_by_mishap(sent, cand, lex) or _joins(sent, mishap, k, lex)):
            dropped["events: harm done by a disaster or an accident"] += 1
            mishap = last  # "a gas leak killed 11 and injured hundreds": the injuries too
        else:
            before = out[-1] if out else None
            if cand.evidence is not None and cand.evidence < k and before is not None and (
                    before.first <= cand.evidence < before.last and before.sense.pos == "noun"
                    and before.sense.event_type == cand.sense.event_type
                    and any(w in lex.be for w in sent.lower[before.last:k])):
                # "Reinforcements were sent to the region": the noun is the subject of the passive verb after it, one
                # deployment (the trigger before it, a few words back; but "shells fired by LNA forces fell …": the
                # bare participle tells of the shells, the event)
                dropped["events: trigger is the object of another"] += 1
                out.pop()
            if cand.sense.event_type == "COERCE" and cand.sense.word_class in WEAPON_CLASSES and (
                    cand.evidence is not None and cand.evidence < k):
                # "a bomb planted outside a girls' school was defused": the device made safe, and how it was laid,
                # no attack
                kept = [c for c in out if not _lays(sent, c, cand.evidence, lex)]
                dropped["events: trigger is the object of another"] += len(out) - len(kept)
                out = kept
            out.append(cand)
            if cand.evidence is not None and not (cand.sense.event_type == "COERCE" and cand.sense.word_class in (
                    _ENDED_CLASSES) and _DEFINITE.isdisjoint(sent.lower[last:cand.evidence])):
                # (a protest a force ends was held, an event of its own unless told before: "broke up a protest by
                # opposition supporters", not "cleared the blockade")
                consumed.add(cand.evidence)  # "preparing for troop deployments": one event, not two
                if cand.evidence >= last and cand.sense.word_class in _FIRED_CLASSES:
                    # "fired a barrage of rockets", "a volley of mortar shells", "23 rounds of tear gas shells": the
                    # words of the weapons fired
                    consumed.update(_weapon_phrase(sent, last, cand.evidence, cand.sense.word_class, lex))
                if cand.sense.event_type == "COERCE" and cand.sense.word_class in WEAPON_CLASSES and (
                        cand.evidence + 1 < len(sent.lower) and sent.lower[cand.evidence + 1] in lex.triggers):
                    consumed.add(cand.evidence + 1)  # "defused a bomb planted outside a school": how it was laid
                if cand.sense.word_class == _PENALTIES:  # "sentenced him to 15 years in prison": the penalty's
                    # phrase is the sentence's, no detention of its own
                    consumed.update(_penalty_phrase(sent, cand.evidence, lex))
    if not out:
        return out  # (more than half the sentences read keep none: the checks below have nothing to read)
    for cand in out:
        find_parties(sent, cand, out, lex)
        if cand.sense.event_type == "RETREAT" and cand.evidence is not None and cand.evidence < cand.first - 1 and (
                sent.lower[cand.first - 1] in lex.be) and (
                cand.target is None or not cand.target[0] <= cand.evidence < cand.target[1]):
            # "A man arrested after the attack was released": whom the release is of, the people its sense was read
            # by (not "attack", the noun nearest the passive)
            cand.target = (cand.evidence, cand.evidence + 1)
        elif cand.sense.event_type == "COERCE" and cand.sense.word_class in WEAPON_CLASSES:
            cand.target = None  # "a bomb planted outside a school was defused": a device made safe, no one's
        elif cand.sense.mode == "crowd-control" and cand.evidence is not None and cand.target and (
                cand.target[0] <= cand.evidence < cand.target[1]):
            # "used water cannons on Monday to stop thousands of farmers", "fired tear gas canisters at farmers": the
            # weapon is no target, the people it was aimed at are
            cand.target = aimed_at(sent, cand.target[1], lex)
        if cand.sense.word_class in _PROTEST_MEANS and cand.evidence is not None and cand.target and (
                cand.target[0] <= cand.evidence < cand.target[1]) and sent.lower[cand.evidence] not in _EFFIGIES:
            cand.target = None  # "chanted anti-government slogans", "burned tyres": what a protest used, no target
            # (but "burned an effigy of the chief minister" names whom)
    # (read after the parties, the demand still ends the phrase before it: "blocked the bridge demanding …")
    claims = {c.first for c in out if _claim_of_protest(sent, c, out, lex)}
    if claims:
        # "marched in Chilpancingo, demanding that …", "protested in Taiz to demand their salaries", "students demanding
        # the resignation of the rector marched": what the protest was for, no request of its own; nor is the release
        # or the resignation it asks for an event
        kept = [c for c in out if c.first not in claims and demand_of(sent, c, lex) not in claims]
        dropped["events: the demand of a protest, or what it asks for ('protested to demand')"] += len(out) - len(kept)
        out = kept
    # "Kabul has protested against cross-border shelling by Pakistan": a state's protest is a complaint, no crowd
    out = [replace(c, sense=replace(c.sense, event_type="ACCUSE", mode="disapprove")) if _state_protests(sent, c, lex)
           else c for c in out]
    for cand in out:
        if cand.sense.event_type in _AGAINST_ACTS and cand.target is not None:
            cand.target = _accused_of(sent, cand, out, lex)
    barriers = [c for c in out if c.sense.event_type == "PROTEST" and c.sense.mode == "obstruct" and c.actor and any(
        _armed_or_police(w, lex) for w in sent.lower[c.actor[0]:c.actor[1]])]
    if barriers:  # "A police team set up a barricade near the highway", "gunmen blocked the road and shot at his
        # vehicle": a checkpoint or the ambush's own act, no protest
        dropped["events: a road blocked by police, troops or gunmen, no protest"] += len(barriers)
        out = [c for c in out if c not in barriers]
    called = {demand_of(sent, c, lex) for c in out if c.sense.event_type == "PROTEST" and c.sense.mode == "strike"}
    calls = [c for c in out if c.sense.event_type == "REQUEST" and c.first in called]
    if calls:  # "The United Democratic Front has called for a hartal in Wayanad on Tuesday": a strike called is its
        # organisers' own, told as to come, no request besides it
        dropped["events: the call of a strike by its organisers ('called for a hartal')"] += len(calls)
        out = [c for c in out if c not in calls]
    spans = [c for c in out if c.sense.event_type == "PROTEST" and _length_of(sent, c) and any(
        o is not c and o.sense.event_type == "PROTEST" for o in out)]
    if spans:  # "began a hunger strike, marking 2,700 days of continuous protest": how long the protest has gone on
        dropped["events: the length of a protest told beside it ('2,700 days of protest')"] += len(spans)
        out = [c for c in out if c not in spans]
    motives = [c for c in out if _protest_as_motive(sent, c, out, lex)]
    if motives:
        dropped["events: a protest named as the motive of a state's act ('recalled its envoy in protest at')"] += len(
            motives)
        out = [c for c in out if c not in motives]
    out = [_state_act(sent, c, lex) for c in out]
    dangers = [c for c in out if threat_by_event(sent, c, lex)]
    if dangers:
        dropped["events: a danger an event poses, no threat ('the attack threatened the talks')"] += len(dangers)
        out = [c for c in out if c not in dangers]
    _share_objects(sent, out)
    units = [c for c in out if c.sense.pos == "noun" and c.sense.event_type == "MOBILIZE" and any(
        o.target and o.target[0] <= c.first < o.target[1] and o.sense.event_type in _STRIKING
        or o.sense.event_type == "ASSAULT" and o.last <= c.first and _struck_near(sent, o, c, lex) for o in out)]
    if units:
        dropped["events: a unit attacked or held, not its deployment"] += len(units)  # "attacked a military patrol"
        out = [c for c in out if c not in units]
    doers = {t for o in out if o.actor and o.sense.event_type in _STRIKING for t in range(*o.actor)}
    mobs = [c for c in out if c.sense.pos == "noun" and c.sense.event_type == "PROTEST" and c.first in doers]
    if mobs:  # "a mob lynched a suspected thief": the doers of the assault, no riot besides it
        dropped["events: a crowd that did an act of force, no protest besides it"] += len(mobs)
        out = [c for c in out if c not in mobs]
    patrols = [c for c in out if c.sense.pos == "noun" and c.sense.event_type == "MOBILIZE" and any(
        o.actor and o.sense.event_type in _STRIKING and o.actor[0] <= c.first <= o.actor[1] and o.first >= c.last
        and all(w in lex.skip for w in sent.lower[c.last:o.first]) for o in out)]
    if patrols:  # "a Rangers patrol arrested four suspects", "an army patrol shot dead two men": the doers of the act,
        # no deployment besides it
        dropped["events: a unit that did an act of force, no deployment besides it"] += len(patrols)
        out = [c for c in out if c not in patrols]
    rescues = [c for c in out if _rescue(sent, c, lex)]
    if rescues:  # "Police freed 12 hostages held by a gang": a rescue from captors, not a release by them
        dropped["events: captives freed by security forces, no release by their captors"] += len(rescues)
        out = [c for c in out if c not in rescues]
    out = [_toll_of(c, out[n + 1]) if n + 1 < len(out) and _death_in(sent, c, out[n + 1]) else c
           for n, c in enumerate(out)]
    out = [replace(c, sense=replace(c.sense, event_type="ASSAULT", mode=None), target=None)  # (where, no whom)
           if _raiders_came(sent, c, lex) else c for c in out]
    out = _court_custody(sent, out, lex, dropped)
    for c in out:
        money = c.target is not None and sum_of_money(sent, c.target, lex)
        if c.target is not None and (c.sense.event_type == "REQUEST" or money):
            # (a sum of money is no party: "demanded 200 million naira for their release" asks it of no one named;
            # the cash a sum was in is what was seized: "seized 2 million euros in cash")
            seized = c.sense.event_type != "REQUEST" and money_in_kind(sent, c.target, lex)
            c.target = _asked_of(sent, c.target, lex) or (seized or None if money else c.target)
    return [replace(c, sense=replace(c.sense, event_type="THREATEN", mode=None))
            if _conditional_vow(sent, c, out[n + 1] if n + 1 < len(out) else None) else c for n, c in enumerate(out)]


def _court_custody(sent: SentenceTokens, out: list[Candidate], lex: Lexicon, dropped: Counter[str]) -> list[Candidate]:
    """A court's custody told in the words of its order: "ordered former minister Prasanna Fernando to be remanded" is
    the remand by whoever ordered it, of whom it was ordered (no request besides it); "sent the two suspects to jail on
    judicial remand", "granted physical remand of a third suspect" are a remand by the subject of the verb the noun's
    phrase hangs on, of its object when the noun names no one."""
    kept = []
    for n, c in enumerate(out):
        held = out[n + 1] if n + 1 < len(out) else None
        if c.sense.event_type == "REQUEST" and c.sense.pos == "verb" and held is not None \
                and held.sense.event_type == "COERCE" and held.sense.mode == "arrest" and held.sense.pos == "verb" \
                and sent.lower[held.first - 2:held.first] == _TO_BE and held.first - c.last <= OBJECT_WINDOW:
            held.actor, held.target = c.actor, c.target or held.target
            dropped["events: the order of a custody, told by the custody ('ordered X to be remanded')"] += 1
            continue
        kept.append(c)
    for c in kept:
        if c.sense.event_type == "COERCE" and c.sense.pos == "noun" and c.actor is None \
                and lex.in_class(sent.lower[c.first], _REMANDS):
            verb = next((k for k in range(c.first - 1, max(-1, c.first - 1 - _CUSTODY_WORDS), -1)
                         if lex.in_class(sent.lower[k], _CUSTODY_VERBS)), None)
            if verb is not None:
                granted = Candidate(verb, verb + 1, replace(c.sense, pos="verb", condition=None, word_class=None))
                find_parties(sent, granted, [granted], lex)
                whom = granted.target if granted.target is None or not (
                    granted.target[0] <= c.first < granted.target[1]) else None  # (not "extended the remand of")
                c.actor, c.target = granted.actor, c.target or whom
    return kept


def _asked_of(sent: SentenceTokens, asked: tuple[int, int], lex: Lexicon) -> tuple[int, int] | None:
    """Whom a request is made of, named after what it asks for: "sought Rs 2,000 crore from the Centre", "demanded an
    apology from the government" (the Centre, the government), up to the next preposition, conjunction or punctuation
    mark: a name, or a noun of a party."""
    lower, k = sent.lower, asked[1]
    if k + 1 >= len(lower) or lower[k] != _FROM:
        return None
    start = k + 1 + (lower[k + 1] in ARTICLES)
    end = start
    while end < len(lower) and sent.is_word(end) and lower[end] not in lex.stop and lower[end] != _AND:
        end += 1
    if end == start or not (sent.words[start][:1].isupper() or lex.in_any_class(lower[end - 1], _ASKED_CLASSES)):
        return None  # (not "demanded to work from 9 a.m.", "an appeal … with a photo from video surveillance")
    return start, end


_FROM = "from"
_AND = "and"
_ASKED_CLASSES = (*PARTY_CLASSES, "institutions", "governments")  # the nouns of a party asked, not named
_TO_BE = ["to", "be"]
_REMANDS = "remands"
_CUSTODY_VERBS = "custody_verbs"
_CUSTODY_WORDS = 8  # words from such a verb to the noun ("sent the two suspects to jail on judicial remand")


# Verbs that name what something is called, before the quoted word ("called", "described as", "branded")
_NAMING = frozenset({"called", "calls", "calling", "call", "described", "branded", "brands", "termed", "dubbed",
                     "labelled", "labeled"})
_QUOTES = frozenset({'"', "“", "'", "‘"})
_NAME_WORDS = 3  # words between the quote mark and the event noun ('called it a "blatant act of aggression"')


def _characterised(sent: SentenceTokens, k: int) -> bool:
    """Whether an event noun is the quoted word someone called an act by ('in what Taiwan called "crude
    intimidation"', 'described the strikes as "an act of aggression"'): a verdict on an act told, no act of its own."""
    for j in range(k - 1, max(-1, k - 2 - _NAME_WORDS), -1):
        if sent.words[j] in _QUOTES:
            before = sent.lower[j - 1] if j > 0 else ""
            return before in _NAMING or before == "as" and j > 1 and sent.lower[j - 2] in _NAMING or (
                j > 1 and sent.lower[j - 2] in _NAMING and sent.lower[j - 1] in ("it", "them", "this", "that"))
        if not sent.words[j].islower():
            return False
    return False


def _own_session(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether a meeting is one body's own sitting ahead, "its" past a few words of when or what kind, that a time is
    told by ("to act before its September meeting", "ahead of its next policy meeting"): no parties meet, and none
    is told to (not "before their meeting", "at its winter meeting in San Diego", "before its meeting with Xi")."""
    if sent.lower[k] not in _SITTINGS or k + 1 < len(sent.lower) and sent.lower[k + 1] == "with":
        return False
    for j in range(k - 1, max(0, k - 2 - _SITTING_MODIFIERS), -1):
        if sent.lower[j] == "its":
            return sent.lower[j - 1] in _UNTIL or sent.lower[j - 1] == "of" and j > 1 and sent.lower[j - 2] == "ahead"
        if not (is_calendar_word(sent.words[j]) or sent.words[j].islower() and sent.is_word(j)) or (
                sent.lower[j] in lex.stop):
            return False
    return False


_SITTINGS = frozenset({"meeting", "meetings", "session", "sessions"})
_SITTING_MODIFIERS = 3  # words between "its" and the meeting ("its two-day policy meeting")
_UNTIL = frozenset({"before", "until", "till", "by"})  # a time told by a sitting ahead ("before its next meeting")


# Acts of states a protest may be the motive of ("recalled its ambassador in protest at Paris's decision")
_STATE_ACTS = frozenset({"SANCTION", "ACCUSE", "REJECT", "RETREAT", "THREATEN", "CONCEDE"})
_MOTIVE_PREPOSITIONS = frozenset({"at", "against", "over", "of"})


def _protest_as_motive(sent: SentenceTokens, cand: Candidate, out: list[Candidate], lex: Lexicon) -> bool:
    """Whether the noun of "in protest at" tells why a state's act of the sentence was done ("Algeria recalled its
    ambassador in protest at Paris's decision"), no crowd besides it (not "protesters gathered in protest at the
    killing", nor where the police fired at them)."""
    k = cand.first
    return cand.sense.event_type == "PROTEST" and cand.sense.pos == "noun" and k > 0 and sent.lower[k - 1] == "in" and (
        cand.last < len(sent.lower) and sent.lower[cand.last] in _MOTIVE_PREPOSITIONS) and any(
        c.sense.event_type in _STATE_ACTS for c in out) and all(
        c.sense.event_type in _STATE_ACTS or c is cand for c in out) and not sent.has("crowds", lex)


# Verbs of ordering that send a state's guests away when they order foreign envoys to leave
_ORDERING = frozenset({"ordered", "orders", "ordering", "told", "tells"})
_OWN = frozenset({"its", "their", "our", "his", "her", "non-essential", "non-emergency"})
_ENVOY_WORDS = 4  # words of the envoys' phrase before its head ("45 Russian embassy diplomats")


def _envoys_sent_away(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether an order tells foreign envoys to leave: an expulsion ("Moldova ordered 45 Russian diplomats to leave the
    country"), not envoys of its own called home ("ordered its diplomats to leave Sudan")."""
    if cand.sense.event_type != "REQUEST" or sent.lower[cand.first] not in _ORDERING:
        return False
    for k in range(cand.last, min(len(sent.lower) - 2, cand.last + _ENVOY_WORDS + 1)):
        w = sent.lower[k]
        if w in _OWN or not sent.is_word(k):
            return False
        if lex.in_class(w, "envoys"):
            # (past the staff listed with them: "ordered 45 Russian diplomats and embassy staff to leave")
            to = next((j for j in range(k + 1, min(len(sent.lower) - 1, k + 1 + _ENVOY_WORDS))
                       if sent.lower[j] == "to" or not sent.is_word(j)), None)
            return to is not None and sent.lower[to] == "to" and sent.lower[to + 1] == "leave"
    return False


_CLOSURE = ("the", "closure", "of")
_FRONTIER_WORDS = 5  # words of what is shut after "the closure of" ("the Attari border crossing")


def _frontier_shut(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether an order shuts a border, a crossing or an embassy: relations cut ("India ordered the closure of the
    Attari border crossing"; not "ordered the closure of schools")."""
    k = cand.last
    if cand.sense.event_type != "REQUEST" or sent.lower[cand.first] not in _ORDERING or tuple(
            sent.lower[k:k + 3]) != _CLOSURE:
        return False
    return any(lex.in_class(w, "frontiers") for w in sent.lower[k + 3:k + 3 + _FRONTIER_WORDS])


# Cooperative acts a state says it will not do are refused, with the mode of the refusal ("would not negotiate with
# M23": a refusal to meet)
_REFUSED_MODES = {"CONSULT": "meet", "AGREE": None, "COOPERATE": "assist"}


def _state_act(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> Candidate:
    """The candidate retyped as the act of a state it tells: envoys sent away or a frontier shut is a sanction, a
    cooperative act it will not do a refusal; else the candidate as it is."""
    if _envoys_sent_away(sent, cand, lex) or _frontier_shut(sent, cand, lex):
        return replace(cand, sense=replace(cand.sense, event_type="SANCTION", mode=None))
    if cand.sense.event_type in _REFUSED_MODES and will_not(sent, cand, lex):
        return replace(cand, sense=replace(cand.sense, event_type="REJECT",
                                           mode=_REFUSED_MODES[cand.sense.event_type]))
    if _crowd_moves(sent, cand, lex):
        return replace(cand, sense=replace(cand.sense, event_type="PROTEST", mode="demo"))
    return cand


def _crowd_moves(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether a verb of troops moving in has a crowd for its doer ("protesters broke through police lines and entered
    the parliament", "demonstrators poured into the square"): people protesting where they go, no force deployed
    (not "troops entered the town", nor police moving in on a crowd)."""
    if cand.sense.event_type != "MOBILIZE" or cand.sense.pos != "verb" or cand.actor is None:
        return False
    head = sent.lower[cand.actor[1] - 1]
    return lex.in_class(head, "protesting_crowds")


def _escorts(sent: SentenceTokens, k: int, last: int, lex: Lexicon) -> bool:
    """Whether the motorcade at token k carries someone ("the motorcade of Benazir Bhutto", "the president's
    motorcade", "a presidential motorcade"), not a protest driven in cars ("held a motorcade against the
    lockdown")."""
    before = sent.lower[k - 1] if k else ""
    if before in POSSESSIVES or before.endswith(_GENITIVES) or before in _CARRYING:
        return True
    j = last + 1 if last + 1 < len(sent.lower) and sent.lower[last] == "of" else None
    if j is not None and sent.lower[j] in ARTICLES and j + 1 < len(sent.lower):
        j += 1
    return j is not None and (sent.words[j][:1].isupper() or lex.in_class(sent.lower[j], "dignitaries"))


_MOTORCADES = frozenset({"motorcade", "motorcades"})
_GENITIVES = ("'s", "’s")
_CARRYING = frozenset({"presidential", "official", "royal", "ministerial", "papal", "vip", "vice-presidential"})


def _in_relative_clause(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether the verb at token k opens a relative clause on the noun before it ("a gunman who had pledged
    allegiance to the Islamic State opened fire"): it tells who they are, no event of the story's."""
    j = k - 1
    while j >= 0 and sent.lower[j] in lex.skip:
        j -= 1
    return j > 0 and sent.lower[j] in _RELATIVE_SUBJECTS and sent.is_word(j - 1)


_ALLEGIANCE = frozenset({"allegiance", "loyalty"})
# … and so does a settlement a person accepted ("a former opposition fighter who accepted the reconciliation deal was
# shot"; not "Armenia, which accepted the proposals, …")
_ACCEPTING = frozenset({"accept", "accepts", "accepted", "accepting"})
_RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})


def _refused(sent: SentenceTokens, refusal: Candidate, cand: Candidate) -> bool:
    """Whether a verb is the infinitive right after a refusal ("the government refused to negotiate", "has refused to
    endorse Trump"): the refusal is the event, and what it refused no act of its own."""
    return refusal.sense.event_type == "REJECT" and refusal.sense.pos == "verb" and cand.sense.pos == "verb" and (
        cand.first == refusal.last + 1 and sent.lower[refusal.last] == "to")


def _befell_no_one(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether the passive verb at token k has a subject no one is in ("No one was injured in the attack", "Police said
    nobody had been arrested", "None of the staff were hurt", "No soldiers were killed"): a toll of none, no event;
    not "a man with no criminal record was arrested", whose "no" opens no subject."""
    j = k - 1
    if j >= 2 and sent.lower[j] in _PARTICIPLE_LINKS and sent.lower[j - 2] in lex.be:
        j -= 2  # "no one was hurt or killed"
    while j >= 0 and sent.lower[j] in lex.skip and sent.lower[j] not in lex.be:
        j -= 1  # "was reportedly"
    if j < 0 or sent.lower[j] not in lex.be:
        return False
    while j >= 0 and (sent.lower[j] in lex.be or sent.lower[j] in lex.skip):
        j -= 1  # "had been", "were not"
    for i in range(j, max(-1, j - _SUBJECT_WORDS), -1):
        w = sent.lower[i]
        if w in ZERO_SUBJECTS:
            return i == 0 or not sent.is_word(i - 1) or sent.lower[i - 1] in _BEFORE_SUBJECT or (
                sent.lower[i - 1] in lex.clause or sent.lower[i - 1] in lex.reporting)
        if not sent.is_word(i) or w in lex.clause or w in lex.stop and w != "of":
            return False
    return False


_SUBJECT_WORDS = 5  # words of a subject a toll of none opens: "none of the bank's staff"
_BEFORE_SUBJECT = frozenset({"and", "but", "that"})  # "…, but no one was injured"
_PARTICIPLE_LINKS = frozenset({"and", "or", ","})


def _raiders_came(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether a movement is attackers coming into the place they struck ("The attackers arrived in Kadawa village
    around midday and opened fire"): the attack told on, no deployment."""
    if cand.sense.event_type != "MOBILIZE" or cand.sense.pos != "verb" or not cand.actor or cand.passive:
        return False
    head = sent.lower[cand.actor[1] - 1]
    return head in _RAIDERS or lex.in_class(head, "armed_attackers")


# besides the class `armed_attackers` ("gunmen", "assailants"): other words for those who came to strike
_RAIDERS = frozenset({"attackers", "attacker", "raiders", "bandits", "kidnappers"})


def _death_in(sent: SentenceTokens, cand: Candidate, then: Candidate) -> bool:
    """Whether a death is told as one in the attack an event noun after it names ("Four soldiers died in the fighting",
    "died of wounds sustained in the attack"), or the clause after it tells ("Two soldiers died when a drone dropped
    explosives on their base", "died when a roadside bomb hit their vehicle"): a toll of that attack, no happening of
    its own."""
    if cand.sense.event_type != "OTHER" or sent.lower[cand.last - 1] not in _DEATH_VERBS:
        return False
    if then.sense.event_type != "ASSAULT" or then.first - cand.last > _DEATH_REACH:
        return False
    between = sent.lower[cand.last:then.first]
    if between and between[0] in _DEATH_WHEN:  # "died when a drone dropped explosives", "died when a roadside bomb hit"
        return len(between) <= _MODIFIERS + 2 and all(w.isalpha() for w in between)
    if then.sense.pos != "noun":
        return False
    at = max((k for k, w in enumerate(between) if w in _DEATH_IN), default=None)
    return at is not None and len(between) - at - 1 <= _MODIFIERS and all(w.isalpha() for w in between)


_DEATH_VERBS = frozenset({"die", "dies", "died", "dying", "succumb", "succumbed", "succumbs"})
_DEATH_IN = frozenset({"in", "during", "from"})
_DEATH_WHEN = frozenset({"when", "as"})  # "died when gunmen opened fire", "died as troops shelled the town"
_DEATH_REACH = 8  # tokens from a death to the attack noun it is a toll of ("died of wounds sustained in the attack")
_MODIFIERS = 3  # words between "in" and the attack noun ("in the ensuing gun battle")


def deaths_after_attacks(sent: SentenceTokens, candidates: list[Candidate]) -> frozenset[int]:
    """The deaths a sentence tells as what followed the attack its clause after them tells ("has died after being
    stabbed", "died in hospital on Monday after he was shot on Saturday", "died after police beat him"): the attack's
    toll, whose own day and place are the death's, not the attack's; the attack's row holds the victim. They are
    read with the sentence's other triggers, so that each takes its own date and place, and give no row."""
    out = set()
    for death, then in zip(candidates, candidates[1:]):
        if death.sense.event_type != "OTHER" or sent.lower[death.last - 1] not in _DEATH_VERBS or (
                then.sense.event_type != "ASSAULT" or then.sense.pos != "verb"
                or then.first - death.last > _DEATH_REACH):
            continue
        between = sent.lower[death.last:then.first]
        if not _HELD.isdisjoint(between):
            continue  # "died in custody after he was beaten by guards": a death in their hands, told as its own
        after = next((k for k, w in enumerate(between) if w == "after"), None)
        if after is not None and after <= _MODIFIERS + 2 and len(between) - after - 1 <= _MODIFIERS and all(
                w.isalpha() for w in between):
            out.add(death.first)
    return frozenset(out)


_HELD = frozenset({"custody", "detention", "prison", "jail", "cell"})


def _toll_of(death: Candidate, attack: Candidate) -> Candidate:
    """A death in an attack as a mention of that attack: who died is what it struck."""
    return replace(death, sense=replace(death.sense, event_type="ASSAULT", mode=attack.sense.mode), actor=None,
                   target=death.actor, passive=True)


def _accused_of(sent: SentenceTokens, cand: Candidate, out: list[Candidate], lex: Lexicon) -> tuple[int, int] | None:
    """Whom an accusation or a protest of an event is against: the doer of the event its object names ("condemned the
    attack by Boko Haram"), else whose the event or the grievance is ("denounced the company's decision", "against a
    police ban"), or no one ("The government condemned the assault": the attackers, whom it does not name;
    "protested against the imposition of a new regime", "against what they called irregularities": a grievance, no
    party); not the event noun itself. Any other object is the accused."""
    target = cand.target
    head = target[1] - 1
    if lex.in_class(sent.lower[head], "charges") and target[1] + 1 < len(sent.lower) and (
            sent.lower[target[1]] == "against"):
        return _against_whom(sent, target[1] + 1, lex)  # "unsealed criminal charges against Ahlam al-Tamimi": her
    if sent.lower[head] in _WH_OBJECTS:
        return None
    if not event_noun(sent.lower[head], lex) and not lex.in_class(sent.lower[head], "grievances"):
        return target
    act = next((c for c in out if c.first <= head < c.last), None)
    if act is not None and act.actor is not None and act.actor != cand.actor:  # (no protest of one's own act)
        return act.actor
    owner = next((t for t in range(target[0], head) if sent.lower[t].endswith(("'s", "’s"))), None)
    if owner is not None:
        return target[0], owner + 1
    party = next((t for t in range(target[0], head) if sent.words[t].islower() and lex.in_any_class(
        sent.lower[t], PARTY_CLASSES)), None)
    return (party, party + 1) if party is not None else None


_AGAINST_ACTS = frozenset({"ACCUSE", "PROTEST"})  # events against a party, whose object may name only a grievance
_WH_OBJECTS = frozenset({"what", "whatever"})  # "protested against what they called irregularities": no party


def _lays(sent: SentenceTokens, cand: Candidate, device: int, lex: Lexicon) -> bool:
    """Whether a trigger is a device made safe later in the sentence, or the bare participle that tells how it was
    laid ("a bomb planted outside a girls' school was defused")."""
    return cand.first <= device < cand.last or cand.first == device + 1 and cand.sense.pos == "verb" and (
        reduced_relative(sent, cand, lex))


def _against_whom(sent: SentenceTokens, start: int, lex: Lexicon) -> tuple[int, int] | None:
    """The noun phrase from token `start` to the next preposition, clause word or punctuation, past its determiners:
    whom charges are against ("charges against the former officer and his aide" → "former officer")."""
    while start < len(sent.lower) and sent.lower[start] in lex.determiner:
        start += 1
    end = start
    while end < len(sent.lower) and sent.is_word(end) and not (
            sent.lower[end] in lex.stop or sent.lower[end] in lex.clause or sent.lower[end] in _LIST_LINKS):
        end += 1
    return (start, end) if end > start else None


def _struck_near(sent: SentenceTokens, attack: Candidate, unit: Candidate, lex: Lexicon) -> bool:
    """Whether a unit is named as where an attack struck, a few words after it past a preposition of place ("a device
    detonated near a military patrol", "a bomb exploded next to their patrol"): the unit hit, no deployment."""
    k = unit.first - 1
    while k > attack.last and unit.first - k <= _MODIFIERS + 1 and sent.is_word(k) and (
            sent.lower[k] in lex.determiner or sent.lower[k] not in _NEAR and sent.words[k].islower()
            and sent.lower[k] not in lex.stop):
        k -= 1
    return k >= attack.last and sent.lower[k] in _NEAR and k - attack.last <= _MODIFIERS + 2


_FIRED_CLASSES = WEAPON_CLASSES | {"crowd"}  # classes of what a verb of firing fires, whose words it takes along
_NEAR = frozenset({"near", "to", "beside", "against", "at", "on", "targeting", "alongside"})
_RIGHTS = frozenset({"right", "rights", "freedom", "freedoms", "liberty"})  # nouns of a right to an act


def _rescue(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether a release is a rescue: security forces freeing hostages or captives someone else held ("Police freed 12
    hostages", "troops released 40 abductees"); not the police releasing whom they held ("released 12 protesters")."""
    if cand.sense.event_type != "RETREAT" or cand.sense.mode != "release":
        return False
    after = sent.lower[cand.last:cand.last + _RESCUE_WORDS]
    if cand.target:
        captives = sent.lower[cand.target[1] - 1] in _CAPTIVES
    else:  # "freed the kidnapped prison officer": the participle naming them held the phrase off
        captives = len(after) > 1 and after[0] in ARTICLES and after[1] in _CAPTIVES
    if not captives:
        return False
    if not _RESCUES.isdisjoint(after):
        return True  # "Two hostages were freed in a raid by US Navy SEALs": whoever the raiders were
    if not cand.actor:
        return False
    doer = sent.lower[cand.actor[1] - 1]
    return lex.in_class(doer, "troops") or lex.in_class(doer, "police")


# Words that name people held captive, or the participle that tells it ("the kidnapped officer").
_CAPTIVES = frozenset({"hostage", "hostages", "captive", "captives", "abductee", "abductees", "victims", "kidnapped",
                       "abducted"})
_RESCUE_WORDS = 4  # words after a release searched for the raid that made it ("were freed in a raid by …")
_RESCUES = frozenset({"raid", "raids", "rescue"})


def _conditional_vow(sent: SentenceTokens, cand: Candidate, act: Candidate | None) -> bool:
    """Whether a vow is a threat: a vow to do an act (the trigger after it) of force or protest on a condition the
    other side may meet ("vowed to block the highway if the government did not release their leader", "pledged to step
    up attacks unless the troops withdrew"); without one it stays a pledge ("vowed to march again next week")."""
    if cand.sense.event_type != "AGREE" or sent.lower[cand.last - 1] not in _VOWS:
        return False
    if act is None or act.sense.event_type not in _THREATENED or act.first - cand.last > _VOW_REACH or (
            sent.lower[cand.last] != "to"):
        return False
    return any(w in CONDITIONALS for w in sent.lower[act.last:act.last + _CONDITION_REACH])


# Verbs of a vow, and the acts a vow to do on a condition makes a threat of.
_VOWS = frozenset({"vow", "vows", "vowed", "vowing", "pledge", "pledges", "pledged", "pledging", "promise", "promises",
                   "promised", "promising"})
_THREATENED = frozenset({"ASSAULT", "COERCE", "PROTEST", "SANCTION"})
_VOW_REACH = 4  # words from the vow to the act: "vowed to step up attacks"
_CONDITION_REACH = 12  # words from the act to its condition: "to block the highway if …"


def _weapon_phrase(sent: SentenceTokens, last: int, evidence: int, word_class: str, lex: Lexicon) -> range:
    """The tokens from a firing verb to the end of the weapons it fired ("a volley of mortar shells")."""
    end = evidence + 1
    while end < len(sent.lower) and (lex.in_class(sent.lower[end], word_class) or sent.lower[end] in _MUNITIONS):
        end += 1
    return range(last, end)


# what a weapon's rounds are called after its name ("tear gas shells", "rubber bullets", "tear gas canisters")
_MUNITIONS = frozenset({"shells", "shell", "canisters", "canister", "rounds", "bullets", "grenades", "cartridges"})


def _penalty_phrase(sent: SentenceTokens, start: int, lex: Lexicon) -> range:
    """The tokens of a penalty's phrase from its first word at `start`: a few words, up to punctuation, "and", a clause
    word or a verb ("to death and executed him": the execution is an act of its own)."""
    stop = min(len(sent.lower), start + _PENALTY_WORDS)
    return range(start, next((j for j in range(start, stop) if not sent.is_word(j) or sent.lower[j] in {"and", "or"}
                              or sent.lower[j] in lex.clause or sent.lower[j].endswith("ed")), stop))


def _by_mishap(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether the harm a trigger tells was done by a disaster, an accident or a disease, which is no event: its subject
    names one ("An earthquake killed 200", "the storm that hit the coast", "A plane crash killed all 62"), or a phrase
    of cause after a passive, a death or an event noun does ("were killed in the floods", "died in a car crash",
    "killed in a gas explosion", "were killed when a bus collided with a truck"). Not where arms are named ("a suicide
    bomber …"), nor past another trigger ("killed in an attack during the storm")."""
    if sent.has("armed_attackers", lex) or sent.has("terror", lex):
        return False
    lower = sent.lower
    if (cand.sense.pos == "noun" or lower[cand.first] in _FIRES) and _mishap_at(sent, cand.last - 1, lex):
        return True  # "a gas explosion", "a fire broke out", "A brush fire … destroyed" (no verb after an article)
    k, passive = cand.first - 1, False
    while k >= 0 and (lower[k] in lex.skip or lower[k] in lex.be or lower[k] in _RELATIVES):
        passive = passive or lower[k] in lex.be
        k -= 1
    # the subject: its head, maybe before a phrase of place ("A fire at a hospital in Baghdad killed 82")
    for j in range(k, max(-1, k - _CAUSE_WINDOW), -1) if not passive else ():
        if j > 0 and lower[j].endswith("ing") and _mishap_at(sent, j - 1, lex) and _opens_clause(sent, j - 1, lex):
            return True  # "The wildfires burning across Los Angeles County have killed 11": a participle's phrase (not
            # "Fighters using the cover of the storm raging over the region killed four soldiers")
        if not sent.is_word(j) or lower[j] in lex.clause or _names_event(sent, j, lex):
            break
        if _train_runs(sent, j, lex) and j == k:
            return True  # "a goods train rammed into the stationary express"
        if _mishap_at(sent, j, lex) and (j == k or lower[j + 1] in lex.stop or sent.words[j][:1].isupper() and all(
                sent.words[i][:1].isupper() for i in range(j + 1, k + 1))):
            return True  # (and a storm by its name: "Typhoon Krathon killed four people"; not "After the floods Boko
            # Haram killed 12 farmers")
    if cand.sense.pos == "verb" and cand.first > 0 and lower[cand.first - 1] == "and" and _clause_of_mishap(
            sent, cand.first - 1, lex):
        return True  # a verb that shares the disaster as its subject: "A brush fire … had scorched 12,000 acres and
        # destroyed at least 40 homes"
    if k >= 0 and lower[k] == "," and cand.sense.pos == "verb" and not lower[cand.first].endswith("ing") and (
            _clause_of_mishap(sent, cand.first, lex)):
        return True  # a subject set off from its verb by an aside: "White-nose syndrome, caused by a fungus, attacks
        # the skin of hibernating bats"
    if k >= 0 and lower[k] == "," and cand.sense.pos == "verb" and _aside_after_mishap(sent, k, lex):
        return True  # the same, past an aside with a clause of its own: "the flood, caused by heavy downpour that
        # started on Tuesday night, destroyed more than 3,000 houses"
    if k >= 0 and lower[k] == "," and lower[cand.first].endswith("ing"):
        # a participle clause after an accident's verb: "A helicopter crashed later that day, killing two troopers"
        for j in range(k - 1, max(-1, k - 1 - _CAUSE_WINDOW), -1):
            if lex.in_class(lower[j], "mishap_verbs"):
                return True  # (though it opens a trigger phrase: "the car, which crashed into a tree, killing two")
            if not sent.is_word(j) or _names_event(sent, j, lex):
                break
        if _clause_of_mishap(sent, k, lex):
            return True
    # a bare participle after its noun is a passive too: "looting shops damaged in the earthquake"
    passive = passive or cand.sense.pos == "verb" and reduced_relative(sent, cand, lex)
    if not passive and cand.sense.event_type != "OTHER" and cand.sense.pos == "verb":
        return False  # a doer's act, not harm told by its cause: "Rebels attacked the town after the quake"
    cause = None  # the word that opened a phrase of cause
    for j in range(cand.last, min(len(lower), cand.last + _CAUSE_WINDOW)):
        w = lower[j]
        if not sent.is_word(j):
            return False
        if w in _CAUSE_WORDS:
            cause = w
        elif cause is not None and (_mishap_at(sent, j, lex) and _heads_phrase(sent, j, lex) or (
                cause in _CLAUSE_CAUSES and (lex.in_class(w, "mishap_verbs") or _train_runs(sent, j, lex)
                                             or _vehicle_crashed(sent, j, lex)))):
            return True
        elif w in _COUNTED_HARM and cause is None:
            continue  # "were killed and four others injured when a minibus collided with a truck": the same cause
        elif _names_event(sent, j, lex):
            return False
        elif w in lex.stop or w in lex.clause:
            cause = None  # "killed by police while enforcing the coronavirus curfew": past the phrase of cause
    return False


def _aside_after_mishap(sent: SentenceTokens, comma: int, lex: Lexicon) -> bool:
    """Whether the comma closes an aside that follows a disaster or an accident heading the phrase before it, and names
    no attack: "the flood, caused by heavy downpour that started on Tuesday night," (not "the storm, as rebels
    attacked the town,")."""
    opening = next((j for j in range(comma - 1, max(-1, comma - _CLAUSE_REACH), -1) if sent.lower[j] == ","), None)
    return opening is not None and opening > 0 and _mishap_at(sent, opening - 1, lex) and not any(
        _names_attack(sent, j, lex) for j in range(opening + 1, comma))


def _in_clause(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether token k, read back from a participle clause, is still in the clause before it: a word, a comma (of a
    place: "the town of Greenfield, Iowa, destroying dozens of homes"), or the opening of a relative clause set off by
    a comma ("The blaze, which started in a kitchen, gutted the building and killed three"), not of another clause."""
    w = sent.lower[k]
    if w in lex.clause:
        return w in ASIDE_OPENERS and k > 0 and sent.lower[k - 1] == ","
    return sent.is_word(k) or w == ","


def _ran_into(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether a verb of striking has a vehicle as its subject, right before it, and a thing or another vehicle as its
    object: "his motorbike hit a wall", "the bus struck a parked truck", an accident with no doer (not "a car hit
    pedestrians", nor "a drone hit the wall of a school", whose subject is no vehicle)."""
    k = cand.first - 1
    k -= k >= 0 and sent.lower[k] in PERFECT_AUXILIARIES
    return k >= 0 and sent.lower[cand.first] in _COLLIDING and _runs_into(sent, k, cand.first, cand.last, lex)


def _runs_into(sent: SentenceTokens, vehicle: int, first: int, last: int, lex: Lexicon) -> bool:
    """Whether the vehicle at token `vehicle` is the subject of the verb from `first` to `last`, whose object is a
    thing or another vehicle, with no people before it ("their minibus struck a parked tanker")."""
    if not (lex.in_class(sent.lower[vehicle], "vehicles") or lex.in_class(sent.lower[vehicle], "trains")):
        return False
    thing = _object_evidence(sent, first, last, "obstacles", lex)
    return thing is not None and thing >= last and not lex.any_in_class(sent.lower[last:thing], "people")


def _vehicle_crashed(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether token k is a vehicle that a verb of striking right after it runs into a thing: the cause of harm told
    after it ("were killed when their minibus struck a parked tanker")."""
    return k + 1 < len(sent.lower) and sent.lower[k + 1] in _COLLIDING and _runs_into(sent, k, k + 1, k + 2, lex)


_COLLIDING = frozenset({"hit", "hits", "struck", "strikes", "rammed", "rams", "slammed", "smashed", "ploughed",
                        "plowed"})


def _train_runs(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether token k is a train that does what its verb right after tells: no one drives one at people, so what it
    hits is an accident ("killed after a goods train rammed into the express"; not "their train was attacked")."""
    return lex.in_class(sent.lower[k], "trains") and k + 1 < len(sent.lower) and sent.words[k + 1].islower() and (
        sent.lower[k + 1] not in lex.be and sent.lower[k + 1] not in lex.stop)


def _clause_of_mishap(sent: SentenceTokens, comma: int, lex: Lexicon) -> bool:
    """Whether the clause before the comma of a participle clause (or the "and" of a verb that shares its subject) has
    a disaster or an accident as its subject, whatever verb it took, and tells no other act: "A magnitude 5.9
    earthquake struck eastern Turkey on Thursday, killing at least eight", "the earthquake that struck Myanmar in
    March, which killed 3,700" (not "Rebels attacked the town after the earthquake, killing four soldiers", "The
    storm hit the coast as rebels attacked a village, killing five")."""
    start = comma
    while start > 0 and comma - start < _CLAUSE_REACH and _in_clause(sent, start - 1, lex):
        start -= 1
        if start > 1 and sent.lower[start - 1] in _RELATIVES and _mishap_at(sent, start - 2, lex):
            # the clause is a relative one of a disaster: "the earthquake that struck central Myanmar in March, which
            # killed more than 3,700 people" (its own verb, "struck", names no attack of anyone)
            return not any(_names_attack(sent, i, lex) for i in range(start + 1, comma))
    for j in range(start, min(comma, start + _SUBJECT_WORDS)):
        w = sent.lower[j]
        if _mishap_at(sent, j, lex):  # (whatever verb follows: "Flash floods swept away dozens of cars and killed")
            return not any(_names_attack(sent, i, lex) for i in range(j + 2, comma))
        if w in lex.stop or w in lex.be or w in lex.verb or _names_event(sent, j, lex):
            return False  # past the subject: "Fighters used the storm …"
    return False


def _opens_clause(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether the noun at token k heads the phrase its clause opens with, maybe after an article ("The wildfires
    …", "Floods …"), not a phrase inside another ("the cover of the storm")."""
    j = k - 1 if k > 0 and sent.lower[k - 1] in lex.determiner else k
    return j == 0 or not sent.is_word(j - 1) or sent.lower[j - 1] in lex.clause


def _heads_phrase(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether token k ends its noun phrase ("killed in the floods", "floods and landslides"), not a modifier of the
    noun after it ("the coronavirus curfew")."""
    n = k + 1
    if n >= len(sent.lower) or not sent.is_word(n) or not sent.words[n].islower():
        return True
    w = sent.lower[n]
    return (w in lex.stop or w in lex.clause or w in lex.time or w in lex.be or w in lex.verb or w.endswith("ed")
            or w in _AFTER_HEAD)


def _names_event(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether token k may name an event other than a disaster or an accident: a trigger word, not a preposition that
    opens a trigger phrase ("in custody"), nor a month's name ("struck Myanmar in March", not "marched")."""
    w = sent.lower[k]
    return w in lex.triggers and w not in lex.stop and not _mishap_at(sent, k, lex) and not is_calendar_word(
        sent.words[k]) and any(
        tuple(sent.lower[k:k + len(phrase)]) == phrase for phrase, _ in lex.triggers[w])  # "car bomb", not "car crash"


def _names_attack(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether token k may name an attack (`_names_event` of a phrase with an ASSAULT sense): "as rebels attacked the
    town", not the "block" of "an apartment block"."""
    w = sent.lower[k]
    return _names_event(sent, k, lex) and any(tuple(sent.lower[k:k + len(phrase)]) == phrase and any(
        s.event_type == "ASSAULT" for s in senses) for phrase, senses in lex.triggers[w])


def _names_means(sent: SentenceTokens, k: int, mode: str | None, lex: Lexicon) -> bool:
    """Whether token k opens a phrase that names an attack and a means other than `mode` whatever else the sentence
    tells ("drone strike", "airstrike"), not a weapon alone ("missiles"), an attack a condition tells from a walkout
    ("strike"), nor one of the verb's own means, whose verb tells its target ("launched a barrage of missiles at
    Kyiv")."""
    w = sent.lower[k]
    return _names_event(sent, k, lex) and any(tuple(sent.lower[k:k + len(phrase)]) == phrase and any(
        s.event_type == "ASSAULT" and s.pos == "noun" and s.mode not in (None, mode) and s.condition is None
        for s in senses)
        for phrase, senses in lex.triggers[w])


def _harm(sent: SentenceTokens, cand: Candidate) -> bool:
    """Whether a trigger tells harm a disaster or an accident may do: violence done, or a death ("died"), not another
    happening ("refugees returned during the pandemic")."""
    return cand.sense.event_type == "ASSAULT" or cand.sense.event_type == "OTHER" and sent.lower[cand.first] in _DEATHS


def _joins(sent: SentenceTokens, end: int, k: int, lex: Lexicon) -> bool:
    """Whether the trigger at token k is coordinated with the one that ends at `end`, past its object: "killed 11 and
    injured hundreds", "destroyed homes, damaged roads", "killing at least eight people and injuring 140 others"."""
    between = sent.lower[end:k] if 0 <= end <= k else ()
    return bool(between) and len(between) <= _CAUSE_WINDOW and between[-1] in {"and", ","} and not any(
        w in lex.clause or w in lex.stop and w not in lex.count or not sent.is_word(i) and w not in {","}
        for i, w in enumerate(between, start=end))


def _mishap_at(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether token k names a disaster or an accident: "floods", "crash", or a blast or fire of an accident's kind
    ("gas explosion", "house fire", "a fire"), not "Israeli fire" or "a bomb explosion"."""
    w = sent.lower[k]
    if lex.in_class(w, "mishaps"):
        return True
    if w in _BLASTS and k > 0:
        before = sent.lower[k - 1]
        if w in _FIRES and k + 1 < len(sent.lower) and sent.lower[k + 1] in _FIRE_COMPOUNDS:
            return False  # "a fire fight", "a fire gun"
        return lex.in_class(before, "mishap_kinds") or w in _FIRES and before in ARTICLES or (
            w not in _FIRES and _at_works(sent, k, lex))
    return False


def _at_works(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether the blast at token k broke out at works whose blasts are accidents, told in the phrase right after it:
    "an explosion at a chemical plant", "a blast in a coal mine" (not "an explosion at a police checkpoint"; a fire
    is left out, whose "opened fire at a factory" is shooting)."""
    lower = sent.lower
    if k + 1 >= len(lower) or lower[k + 1] not in _SITE_PREPOSITIONS:
        return False
    for j in range(k + 2, min(len(lower), k + 2 + _SITE_WORDS)):
        if lex.in_class(lower[j], "mishap_works") and sent.words[j].islower():  # (a name is no kind: "the White House")
            return True
        if not sent.is_word(j) or lower[j] in lex.stop or lower[j] in lex.clause:
            return False
    return False


def _share_objects(sent: SentenceTokens, candidates: list[Candidate]) -> None:
    """ "abducted and killed two teachers": a verb coordinated with the next one, with no object of its
    own, has the next one's."""
    for left, right in zip(candidates[::-1][1:], candidates[::-1]):  # right to left: "A, B and C X" reach A
        if (left.target is None and left.sense.pos == right.sense.pos == "verb" and right.target is not None
                and 0 < right.first - left.last <= 2 and all(w in {",", "and", "or"} for w in
                                                            sent.lower[left.last:right.first])
                and not _participle_clause(sent, left, right)):
            left.target = right.target


def _participle_clause(sent: SentenceTokens, left: Candidate, right: Candidate) -> bool:
    """Whether the verb after a comma alone opens a clause of its own in -ing, of another kind of act ("fired into the
    air, requesting relief"), not a list of the same form ("abducted, tortured and killed") nor the harm an attack
    did ("opened fire, injuring three people": they were fired at)."""
    between = sent.lower[left.last:right.first]
    return between == [","] and sent.lower[right.first].endswith("ing") and not sent.lower[left.last - 1].endswith(
        "ing") and left.sense.event_type != right.sense.event_type


def _has_common_word(sent: SentenceTokens, word_class: str, lex: Lexicon) -> bool:
    """Whether a word of the class is in the sentence other than as a particle of a name ("Ad Dali", "Ad
    Durayhimi": the article of an Arabic name, not an advertisement) or as a word of a country's name
    ("Democratic Republic of the Congo": no party) or of an armed force's ("Allied Democratic Forces", "Democratic
    Forces for the Liberation of Rwanda", "Republican Guard")."""
    particles = geo.name_particles()
    n = len(sent.words)
    return any(lex.in_class(w, word_class) and not (w in particles and k + 1 < n and sent.words[k + 1][:1].isupper())
               and not (w == "primary" and k + 1 < n and sent.lower[k + 1] in _PRIMARY_NOUNS)
               and not _in_country_name(sent, k) and not _in_force_name(sent, k, lex) for k, w in enumerate(sent.lower))


# The nouns "primary" qualifies as no vote: "armed men attacked a primary school", "the primary target"
_PRIMARY_NOUNS = frozenset({"school", "schools", "pupils", "teacher", "teachers", "education", "care", "healthcare",
                            "health", "target", "targets"})


_FORCE_NAME_WORDS = 4  # the capitalised words after a word of a force's name, up to the one naming the force


def _in_force_name(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether the capitalised word at token k opens or goes on a name a word of troops ends ("Forces", "Army",
    "Guard")."""
    j = k
    while j < len(sent.words) and j - k < _FORCE_NAME_WORDS and sent.words[j][:1].isupper():
        if j > k and lex.in_class(sent.lower[j], "troops") or sent.lower[j] == "guard":
            return True
        j += 1
    return False


def _in_country_name(sent: SentenceTokens, k: int) -> bool:
    """Whether the capitalised word at token k is one of the words of a country's name written there."""
    if not sent.words[k][:1].isupper():
        return False
    n = len(sent.words)
    return any(geo.country_code(" ".join(sent.words[start:start + size]))
               for size in range(2, _COUNTRY_WORDS + 1) for start in range(max(0, k - size + 1), min(k + 1, n - size + 1)))


def _choose_sense(sent: SentenceTokens, first: int, last: int, senses: tuple[Sense, ...],
                  lex: Lexicon) -> Candidate | None:
    """The first sense whose condition holds; None when only conditional senses exist and none holds;
    NO_EVENT when the chosen sense says the words are no event ("released a statement")."""
    pos = None
    if len(senses) > 1 and len({s.pos for s in senses}) > 1:
        pos = _part_of_speech(sent, first, last, lex)
        senses = tuple(s for s in senses if s.pos == pos) + tuple(s for s in senses if s.pos != pos)
    for sense in senses:
        evidence = None
        if sense.condition == "object":
            evidence = _object_evidence(sent, first, last, sense.word_class, lex)
            if evidence is None and sense.word_class == "territory" and (last - first > 1 or _armed_taker(
                    sent, first, lex)):
                # "took control of Lalibela (Lasta, North Wello)": a phrase of taking ground needs no word of a place
                # when it names one (a bare "captured Virginia" may be a primary won, unless armed men took it:
                # "The RSF captured Wad Madani", "Rebels seized Homs")
                evidence = _named_place(sent, first, last, lex)
            if evidence is None or sense.word_class in WEAPON_CLASSES and _walkout(sent, evidence, lex) or (
                    sense.word_class in _DIRECT_CLASSES and not _heads_object(sent, last, evidence, lex)) or (
                    sense.word_class == _DISMISSED and not _dismissal(sent, last, evidence)) or (
                    sense.word_class == _ABDUCTEES and _owned_by(sent, last, evidence, lex)) or (
                    sense.word_class == _PROTEST_WORKS and _forces_own(sent, evidence, lex)) or (
                    sense.pos == "verb" and last == first + 1 and sent.lower[first] in lex.light_verb
                    and _names_means(sent, evidence, sense.mode, lex)):
                continue  # (the union launched a strike: a walkout, no weapon; "remove police roadblocks": the force's
                # own; "met in Vienna to discuss the
                # targets": a meeting, the goal no object of it; "launched a drone strike", "launched an airstrike":
                # the verb only makes the attack its object names, which tells the means; not "responded to
                # shelling", an act of its own)
            word = sent.lower[last - 1]
            if sense.pos == "verb" and first > 0 and lex.in_class(sent.lower[first - 1], sense.word_class) and not (
                    word.endswith(("ed", "en")) or word in lex.participle) and (
                    pos or _part_of_speech(sent, first, last, lex)) == "noun":
                # "with explosives and rifle fire": the weapon's firing, a noun (not the bare participle of "a deal
                # reached by the administration", whose object stands before it)
                sense = replace(sense, pos="noun")
        elif sense.condition == "complement":
            evidence = _complement(sent, last, sense.word_class, lex)
            if evidence is None:
                continue
        elif sense.condition in ("context", "paragraph", "story"):
            # "A+B": words of both classes; "A|B": a word of either
            # (in a paragraph condition, ".A": a word of A in the trigger's own sentence)
            has = (lambda c: sent.has(c, lex)) if sense.condition == "context" else sent.story_has if (
                sense.condition == "story") else (
                lambda c: sent.has(c[1:], lex) if c[0] == "." else sent.paragraph_has(c))
            if not all(any(has(c) for c in group.split("|")) for group in sense.word_class.split("+")):
                continue
        elif sense.condition == "unless":
            if sent.has(sense.word_class, lex) and _has_common_word(sent, sense.word_class, lex):
                continue
        elif sense.condition == "after":
            # "after:A+B": a word of class A just before the trigger, past its determiner and modifiers, and a
            # word of class B in the sentence ("carried out a search operation" in a sentence about troops)
            before, _, around = sense.word_class.partition("+")
            if not _after_class(sent, first, before, lex) or around and not sent.has(around, lex):
                continue
        elif sense.condition == "infinitive":
            if not _takes_infinitive(sent, last, lex):
                continue
        elif sense.condition == "clause":
            if not _takes_clause(sent, first, last, lex):
                continue
        elif sense.condition == "light":
            verb = _governing_verb(sent, first, lex, sense.word_class)
            if verb is None or not lex.in_class(sent.lower[verb], sense.word_class) or (
                    sense.event_type == "PROTEST" and _struck_on(sent, last, lex)):
                continue  # "began a strike", "continued their indefinite strike": the verb that takes the noun (a
                # walkout strikes no place: not "began strikes on Rafah")
        elif sense.condition == "doer":
            k = first - 1
            k -= k >= 0 and sent.lower[k] in PERFECT_AUXILIARIES
            if k < 0 or not lex.in_class(sent.lower[k], sense.word_class):
                continue  # "Ukrainian drones struck", "a missile has hit": what was fired strikes
        elif sense.condition == "subject" and sense.pos == "verb":
            if not _fallen_place(sent, first, last, sense.word_class, lex):
                continue  # "Homs fell on Saturday", "after the town fell to the rebels" (not "prices fell")
        elif sense.condition == "subject":
            verb = _governing_verb(sent, first, lex)
            if verb is None or sent.lower[verb] not in lex.light_verb or not _subject_in(sent, verb, sense.word_class,
                                                                                          lex):
                continue  # "Truck drivers continued a strike, while police watched": the strikers tell the sense
        elif sense.condition == "into":
            # "into:A+B": a word of class A is the object, "into" follows it and a word of class B comes a few words
            # on ("drove a truck into a crowd"; not "drove his car into a ditch")
            vehicle, _, struck = sense.word_class.partition("+")
            evidence = _object_evidence(sent, first, last, vehicle, lex)
            passive = evidence is not None and evidence < first and any(w in lex.be for w in sent.lower[evidence:first])
            if evidence is None or not _driven_at(sent, last - 1 if passive else evidence, struck, lex):
                continue  # (in the passive, "into" follows the verb: "Ten villagers were herded into the forest"; not
                # "Students marched into the forest", who went themselves)
        elif sense.condition == "head":
            if last >= len(sent.lower) or not lex.in_class(sent.lower[last], sense.word_class) or (
                    sense.pos == "verb" and first > 0 and _verb_marked(sent.lower[first - 1], lex)):
                continue  # "air raid sirens", "attack drones": the trigger only names a kind of the word after it
                # (not a verb its subject, "to" or a modal marks: "they refuse workers any pay", "to refuse service")
        elif sense.condition == "modifier":
            if first == 0 or not (sent.words[first - 1].islower() or first > 1 and sent.words[first - 2].islower()) or (
                    not lex.in_class(sent.lower[first - 1], sense.word_class)):
                continue  # "a campaign rally", "an election rally": the class's word right before the trigger (not
                # a name's: "a Tea Party rally"; but a word a title capitalises, "a special Cabinet meeting")
        elif sense.condition == "intransitive":
            if last < len(sent.lower) and (sent.lower[last] in lex.determiner or sent.lower[last] in POSSESSIVES
                                           or sent.lower[last] in _CLAUSE_OBJECTS):
                continue  # "demonstrate their unity", "demonstrated her staying power", "demonstrate how he was
                # influenced": shown, no protest
            if sense.event_type == "PROTEST" and sent.lower[last - 1].endswith("ed") and first > 0 and (
                    sent.lower[first - 1] in lex.be):
                continue  # "The passengers were marched into the forest": a protest verb that takes no object, told
                # in the passive, is done to its subject by someone else (captives walked off), no protest of theirs
        if sense.event_type == "-":
            return NO_EVENT
        if sense.pos == "verb" and (_after_determiner(sent, first, last, lex) or _object_of_past_verb(sent, first)):
            if sense.event_type == "ASSAULT" and sent.has("politics", lex) and not any(
                    sent.has(c, lex) for c in VIOLENCE):
                return NO_EVENT  # "took a shot at his rival in the debate", "a big hit with voters": no blow is struck
            sense = replace(sense, pos="noun")  # "a comprehensive rebuke", "his call for a ban"
        if sense.pos == "verb" and _bare_after_be(sent, first, lex):
            return NO_EVENT  # "many of them are free": an adjective, no one freed
        return Candidate(first, last, sense, evidence=evidence)
    return None


def _bare_after_be(sent: SentenceTokens, first: int, lex: Lexicon) -> bool:
    """Whether a verb's base form stands right after "is", "are", "was" …, where only a participle can ("they are
    free"; not "were burnt", "was withdrawn", "there will be riots", "an IS attack")."""
    word = sent.lower[first]
    return first > 0 and sent.lower[first - 1] in lex.be and sent.words[first - 1].islower() and not word.endswith(
        ("ed", "n", "t", "ing", "s")) and word not in lex.participle


def _kind_of_event(sent: SentenceTokens, first: int) -> bool:
    """Whether an event noun names a kind of event, not one that happened: "such attacks", "such a deadly
    bombing" ("al Shabaab frequently carries out such attacks in the capital"), "this kind of protest"."""
    before = sent.lower[max(0, first - _KIND_WORDS):first]
    if len(before) >= 2 and before[-1] == "of" and before[-2] in _KIND_NOUNS:
        return True  # "this kind of protest took place in many cities", "these types of attacks"
    if before and before[-1] == "similar" and sent.lower[first].endswith("s"):
        return True  # "the Pakistani Taliban have carried out similar attacks in the area" (not "a similar attack")
    if "such" in before and all(w.isalpha() for w in before[before.index("such"):]):
        return True
    return _habit_of_acts(sent, first) or _wave_ranked_in(sent, first) or _wave_protested(sent, first) or (
        _said_of_kind(sent, first))


def _said_of_kind(sent: SentenceTokens, first: int) -> bool:
    """Whether a bare event noun opening its sentence is the subject of what a kind of act is ("Kidnapping for ransom
    has become a major source of income for armed gangs", "Banditry is rife in the North-West"; not "Fighting is
    continuing in Khartoum", "Attacks killed 12 people")."""
    if first != 0:
        return False
    for k in range(1, min(len(sent.lower) - 1, 1 + _GENERIC_REACH)):
        w, after = sent.lower[k], sent.lower[k + 1]
        if w in _HAS_BECOME or w in GENERIC and w.startswith("bec"):
            return w in GENERIC or after in GENERIC and after.startswith("bec")
        if w in _PRESENT_BE or w in _REMAINS:
            return after in GENERIC
        if not sent.is_word(k) or not sent.words[k].islower():
            return False
    return False


_GENERIC_REACH = 4  # words of a bare event noun's phrase before its verb ("Kidnapping for ransom has")
_HAS_BECOME = frozenset({"has", "have"})
_REMAINS = frozenset({"remains", "remain"})


def _wave_protested(sent: SentenceTokens, first: int) -> bool:
    """Whether a plural event noun is one of a wave a protest is against: "staged a strike against a wave of extortion
    and killings of bus drivers", "protesting a spate of abductions" (the many acts before, no one of them;
    "launched a series of attacks" is no such wave: those attacks happened)."""
    if not sent.lower[first].endswith("s"):
        return False
    k = first - 1
    while k >= 0 and first - k <= _WAVE_WORDS and sent.is_word(k) and sent.lower[k] not in COLLECTIVES:
        k -= 1  # (past the acts listed before: "a wave of extortion and killings")
    return k >= 3 and sent.lower[k] in COLLECTIVES and sent.lower[k + 1] == "of" and sent.lower[k - 1] in ARTICLES and (
        sent.lower[k - 2] in _AGAINST)


_WAVE_WORDS = 5  # words from a wave's noun to the event noun ("a wave of extortion and killings")
_AGAINST = frozenset({"against", "protesting"})  # (not "amid a spate of attacks": WikiEvents holds those as events)


def _wave_ranked_in(sent: SentenceTokens, first: int) -> bool:
    """Whether a plural event noun names the wave an act is ranked in: "kidnapped 80 students on Monday, the latest
    in a string of mass abductions in the region" (the many acts before, no one of them; "launched a series of
    attacks" is no ranking: those attacks happened)."""
    k = first - 1
    while k >= 0 and first - k <= _WAVE_MODIFIERS and sent.is_word(k) and sent.words[k].islower() and (
            sent.lower[k] != "of"):
        k -= 1
    return (sent.lower[first].endswith("s") and k >= 4 and sent.lower[k] == "of" and sent.lower[k - 1] in COLLECTIVES
            and sent.lower[k - 2] in ARTICLES and sent.lower[k - 3] in {"in", "of"} and sent.lower[k - 4] in _RANKS)


_WAVE_MODIFIERS = 2  # words between a wave's "of" and its event noun ("a string of deadly mass abductions")
_RANKS = frozenset({"latest", "last", "newest", "first", "second", "third", "fourth", "fifth", "one"})


def _habit_of_acts(sent: SentenceTokens, first: int) -> bool:
    """Whether a bare plural event noun is what a verb after an adverb of frequency takes: "al Shabaab frequently
    carries out bombings in Mogadishu", "the group often carries out attacks" (a habit, no one of its acts; not "often
    carried out the attack", "regularly launched two raids")."""
    word = sent.lower[first]
    if not word.endswith("s") or word.endswith("ss"):
        return False
    for k in range(first - 1, max(-1, first - 1 - _HABIT_REACH), -1):
        if sent.lower[k] in HABITUAL:
            return k < first - 1
        if not sent.is_word(k) or not sent.words[k].islower() or sent.lower[k] in NOUN_DETERMINERS or is_numeral(
                sent.lower[k]):
            return False
    return False


_HABIT_REACH = 3  # words back from a plural event noun to an adverb of frequency: "often carries out"


def _running_total(sent: SentenceTokens, first: int, lex: Lexicon) -> bool:
    """Whether a verb in the perfect passive counts those it befell over a span of time up to now, many incidents in
    one sum: "12 civilians have been killed by Maoists in the Bastar region this year", "Since January, 45 people have
    been killed in bandit attacks", "Dozens of mayors have been killed in Mexico in recent years" (not "have been
    killed so far", the toll of one incident told on)."""
    k = first - 1
    while k >= 0 and sent.lower[k] != "been" and sent.lower[k] in lex.skip:
        k -= 1  # "have been brutally killed"
    if k < 1 or sent.lower[k] != "been" or sent.lower[k - 1] not in _PERFECT_HAVE:
        return False
    # (the span told before the verb or in its own clause: not "killed in an ambush, the deadliest in recent years")
    end = next((j for j in range(first, len(sent.lower)) if sent.lower[j] in _CLAUSE_BREAKS), len(sent.lower))
    return _SPAN_TO_NOW.search(" ".join(sent.lower[:end])) is not None


def _acts_of_a_running_total(sent: SentenceTokens, first: int, last: int, lex: Lexicon) -> bool:
    """Whether plural acts are those a running total befell in ("at least 900 people have been killed in air strikes
    since the war began"): many incidents, no one event (not "killed in an air strike", one of them)."""
    if not sent.lower[last - 1].endswith("s"):
        return False
    k = first - 1
    while k > 0 and sent.lower[k] != "in" and first - k <= _ACTS_REACH and sent.is_word(k):
        k -= 1  # "in militant attacks", "in Russian air strikes"
    return k > 0 and sent.lower[k] == "in" and _running_total(sent, k - 1, lex)


_ACTS_REACH = 3  # words from "in" to the acts a running total befell in ("in repeated Russian air strikes")


def _trend_of_acts(sent: SentenceTokens, last: int, lex: Lexicon) -> bool:
    """Whether plural acts are the subject of a trend in the perfect or the progressive ("attacks on police and soldiers
    have increased since last year", "kidnappings for ransom are rising", "the attacks have since dwindled"): how
    often such acts happen, no one of them (not "clashes rose to a new pitch on Monday", a simple past)."""
    if not sent.lower[last - 1].endswith("s") or sent.lower[last - 1].endswith("ss"):
        return False
    for k in range(last, min(len(sent.lower) - 1, last + _TREND_REACH)):
        w = sent.lower[k]
        if w in _PERFECT_HAVE or w in _PRESENT_BE:
            j = k + 1
            while j < len(sent.lower) - 1 and (sent.lower[j] == "been" or sent.lower[j] in lex.skip):
                j += 1  # "have been steadily rising", "have since increased"
            return sent.lower[j] in TRENDS
        if not sent.is_word(k) or w in lex.clause or w in lex.be or w in lex.verb:
            return False
    return False


_TREND_REACH = 8  # words from plural acts to the verb of their trend ("attacks on police and soldiers have increased")


def _counted_over_a_span(sent: SentenceTokens, first: int, last: int, lex: Lexicon) -> bool:
    """Whether plural acts are counted by a number of ten or more, or by dozens or hundreds, over a month or more told
    in their sentence ("the country witnessed more than 80 militant attacks in June alone", "There were 300 terrorist
    attacks in Pakistan in 2024", "120 attacks last year"): a statistic of many incidents, no one event (not "two
    attacks in Kabul last month", told each, nor "more than 50 attacks on election day")."""
    if not sent.lower[last - 1].endswith("s"):
        return False
    k = first - 1
    while k > 0 and first - k <= _ACTS_REACH and sent.is_word(k) and not is_numeral(sent.lower[k]) and (
            sent.lower[k] not in _TALLIES and sent.lower[k] not in lex.stop and sent.lower[k] not in lex.determiner
            and sent.lower[k] not in {"and", "or"}):
        k -= 1  # "80 militant attacks", "dozens of Russian air strikes" (not "in 1995 and the terrorist attacks")
    if k >= 1 and sent.lower[k] == "of":
        k -= 1
    word = sent.lower[k] if k >= 0 else ""
    many = word in _TALLIES or word.isdigit() and (int(word) >= _STATISTIC_COUNT or k >= 2 and (
        sent.lower[k - 1] == "," and sent.lower[k - 2].isdigit()))
    if not many:
        return False
    end = next((j for j in range(last, len(sent.lower)) if sent.lower[j] in _CLAUSE_BREAKS), len(sent.lower))
    told = " ".join(sent.lower[:end])
    return _MONTH_OR_MORE.search(told) is not None  # (not "since January 12": a campaign told on, an event)


def _kinds_of_tally(sent: SentenceTokens, tally: int, first: int, lex: Lexicon) -> bool:
    """Whether an event noun after a tally of acts, in its sentence, names the kinds it counts ("906 attacks against
    asylum seeker homes, ranging from arson to physical assaults", "including bombings and ambushes")."""
    between = sent.lower[tally:first] if 0 <= tally < first else ()
    return any(w in _KINDS_OPENERS for w in between) and not any(
        w in {".", ";"} or w in lex.clause for w in between)


_KINDS_OPENERS = frozenset({"ranging", "including", "such"})
_TALLIES = frozenset({"dozens", "scores", "hundreds", "thousands"})
_STATISTIC_COUNT = 10  # acts counted from this many on are a tally, not incidents told one by one
# a span of a month or more: "in June", "in 2024", "last month", "this year", "over the past three months"
_MONTH_OR_MORE = re.compile(r"\b(?:(?:in|during|throughout) (?:january|february|march|april|may|june|july|august"
                            r"|september|october|november|december|\d{4})\b(?! \d)|(?:last|this|past) (?:month|year)"
                            r"|(?:past|last) \w+ (?:months|years|weeks))\b")
_PERFECT_HAVE = frozenset({"have", "has", "'ve"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "."})
# a span of time up to now: "this year", "since January", "since the start of the year", "since the February 2021
# coup", "since the war began", "in the past six months", "over the past decade", "in recent years"
_SPAN_TO_NOW = re.compile(r"\b(?:this year|since (?:january|february|march|april|may|june|july|august|september"
                          r"|october|november|december|the (?:start|beginning)|\d{4}"
                          r"|the (?:[\w-]+ ){0,3}(?:coup|war|invasion|conflict|insurgency|uprising|outbreak)\b)"
                          r"|(?:in|over) the (?:past|last) "
                          r"(?:\w+ )?(?:months|years|decades?)|(?:in|over) recent (?:months|years|decades))\b")
_WHOEVER = frozenset({"whoever", "whomever", "whosoever"})
_ANYONE = frozenset({"anyone", "anybody", "everyone", "everybody"})
_WHOEVER_REACH = 8  # words back from a verb to "whoever" its coordinated predicates share ("Whoever blocks streets or")


def _of_whoever(sent: SentenceTokens, first: int, lex: Lexicon) -> bool:
    """Whether a verb's subject is whoever does the act, a kind of people and no one who did it: "deal decisively with
    anyone who threatened the peace", "Whoever blocks streets or attacks the police will face the consequences"."""
    for j in range(first - 1, max(-1, first - 1 - _WHOEVER_REACH), -1):
        w = sent.lower[j]
        if w in _WHOEVER or w in ("who", "that") and j > 0 and sent.lower[j - 1] in _ANYONE:
            return True
        if not sent.is_word(j) or w in lex.clause:
            return False
    return False


def _to_the_press(sent: SentenceTokens, last: int, lex: Lexicon) -> bool:
    """Whether a trigger is followed by "to" and the press ("claimed responsibility in a message sent to journalists",
    "an email sent to the media"): no meeting of parties, the words' way to the public."""
    j = last + 1 if last < len(sent.lower) and sent.lower[last] == "to" else -1
    if 0 < j < len(sent.lower) and sent.lower[j] in lex.determiner:
        j += 1
    return 0 < j < len(sent.lower) and lex.in_class(sent.lower[j], "press")


_PATROLS = frozenset({"patrol", "patrols"})
_ON_DUTY_REACH = 3  # words between "on" and "patrol" ("on a routine foot patrol")


def _on_duty(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether "patrol" tells a force was out on its round ("the troops were on a routine patrol when the explosion
    occurred"), not a patrol sent."""
    for j in range(k - 1, max(-1, k - 2 - _ON_DUTY_REACH), -1):
        if sent.lower[j] == "on":
            return True
        if not sent.is_word(j) or sent.lower[j] in lex.clause or sent.lower[j] in lex.verb:
            return False
    return False


def _patrol_goes(sent: SentenceTokens, last: int, lex: Lexicon) -> bool:
    """Whether a patrol is the subject of a verb of its round right after it ("held the suspect until the first patrol
    arrived", "as a police patrol chased him"): a unit on duty that the story meets, no force sent (not "patrols were
    stepped up", "the army deployed patrols")."""
    j = last
    while j < len(sent.lower) and sent.lower[j] in lex.skip:
        j += 1  # "the patrol later arrived"
    return j < len(sent.lower) and sent.lower[j] in _ROUNDS and not (j + 1 < len(sent.lower) and sent.lower[j + 1] in {
        "and", ","})  # (a patrol that acts next is its doer: "Five police patrols arrived and arrested three people")


# verbs of what a patrol on its round does: comes to a scene, passes, stops or chases someone
_ROUNDS = frozenset({"arrived", "arrives", "arrive", "came", "comes", "reached", "reaches", "passed", "passes",
                     "chased", "chases", "stopped", "stops", "approached", "spotted", "pursued", "intercepted"})


def _habitual(sent: SentenceTokens, first: int, lex: Lexicon) -> bool:
    """Whether an adverb of frequency before a verb in the present tells a habit, not an event: "bandits often abduct
    villagers for ransom", "villagers are regularly kidnapped" (not "have often attacked", "were often beaten": the
    past, whose events happened); or one after it, in its clause: "bandits attack villages almost daily", "Russian
    forces have been attacking Kharkiv oblast almost daily since 2022" (not "attacked the town daily for a week")."""
    k = first - 1
    if k >= 0 and sent.lower[k] not in HABITUAL and _frequent_after(sent, first, lex):
        word, before = sent.lower[first], sent.lower[k]
        if word.endswith("ing"):
            return before in _PRESENT_BE or before == "been" and k >= 1 and sent.lower[k - 1] in _PRESENT_HAVE
        if word.endswith("ed") or word in lex.participle:
            return before in _PRESENT_BE
        return before not in lex.be and before not in PERFECT_AUXILIARIES
    if k < 1 or sent.lower[k] not in HABITUAL:
        return False
    word, before = sent.lower[first], sent.lower[k - 1]
    if word.endswith("ed") or word in lex.verb or word in lex.participle:
        return before in _PRESENT_BE
    return before not in lex.be and before not in PERFECT_AUXILIARIES


def _present_in_relative(sent: SentenceTokens, first: int, last: int, lex: Lexicon) -> bool:
    """Whether a verb in the simple present, third person, is the verb of a relative clause on the noun before it
    ("the villa where the presidential council meets", "a group that attacks shipping", "the Houthis, who control the
    capital and hold talks there"): what the noun habitually does or where it is, no event of the story (news tells
    its events in the past: not "where the council met", "who attacked the post")."""
    word = sent.lower[last - 1]
    if last - first != 1 or not word.endswith("s") or word.endswith(("ss", "us")):
        return False
    j = first - 1
    while j >= 0 and sent.lower[j] in lex.skip and sent.lower[j] not in lex.be and sent.lower[j] not in _PERFECT_HAVE:
        j -= 1  # "which regularly meets"
    if j > 0 and sent.lower[j] in _RELATIVE_SUBJECTS and (sent.is_word(j - 1) or sent.lower[j - 1] == ","):
        return True
    for k in range(j, max(0, j - _RELATIVE_SUBJECT_WORDS), -1):  # "where the Transitional Presidential Council meets"
        w = sent.lower[k]
        if w == "where":
            return k > 0 and (sent.is_word(k - 1) or sent.lower[k - 1] == ",")
        if not sent.is_word(k) or w in lex.clause or w in lex.be or w in lex.verb or w in lex.stop:
            return False
    return False


_RELATIVE_SUBJECT_WORDS = 5  # words of the subject between "where" and its verb ("where the city council meets")
_PRESENT_BE = frozenset({"is", "are", "get", "gets"})
_PRESENT_HAVE = frozenset({"has", "have"})
_FREQUENCY_REACH = 8  # words from a verb to an adverb of frequency after it ("attacking Kharkiv oblast almost daily")


def _frequent_after(sent: SentenceTokens, first: int, lex: Lexicon) -> bool:
    """Whether an adverb of frequency follows the verb at `first` in its clause ("attack villages almost daily")."""
    for k in range(first + 1, min(len(sent.lower), first + 1 + _FREQUENCY_REACH)):
        w = sent.lower[k]
        if w in FREQUENCY:
            return True
        if not sent.is_word(k) or w in lex.clause:
            return False
    return False


def _defined(sent: SentenceTokens, k: int) -> bool:
    """Whether a trigger stands in a definition opened a few words before it ("defined as incidents in which four or
    more people are shot", "defines a mass killing as one in which"): a kind of event, none that happened."""
    j = next((j for j in range(k - 1, max(-1, k - _DEFINITION_REACH), -1)
              if sent.lower[j] in DEFINITIONS or sent.lower[j] in _DEFINITION_ENDS), None)
    return j is not None and sent.lower[j] in DEFINITIONS and not _DEFINED_BY.isdisjoint(sent.lower[j + 1:k])


_DEFINITION_REACH = 16  # tokens from a definition's word to a trigger in it
_DEFINED_BY = frozenset({"as", "of"})  # "defined as", "defines a mass killing as", "the definition of"
_DEFINITION_ENDS = frozenset({";", ".", ":"})


def _object_of_past_verb(sent: SentenceTokens, first: int) -> bool:
    """Whether a verb form in -s is the plural noun a verb in the past takes as its object: "dismissed calls for his
    resignation", "rejected demands for a recount"."""
    return sent.lower[first].endswith("s") and not sent.lower[first].endswith("ss") and _verb_before(sent, first)


def _after_class(sent: SentenceTokens, first: int, word_class: str, lex: Lexicon) -> bool:
    """Whether a word of the class stands a few lower-case words before the trigger, with no punctuation between:
    "carried out an operation", "conducted a joint security operation"."""
    for k in range(first - 1, max(-1, first - 1 - _AFTER_WINDOW), -1):
        if lex.in_class(sent.lower[k], word_class):
            return True
        if not sent.is_word(k) or not sent.words[k].islower():
            return False
    return False


def _governing_verb(sent: SentenceTokens, first: int, lex: Lexicon, word_class: str | None = None) -> int | None:
    """The token of the verb a trigger noun is the object of, past its article, possessive and modifiers ("began a
    strike", "continued their indefinite strike", "will resume the strike"): a light verb, a verb in the past or a
    word of the class; None past a preposition, a conjunction, punctuation or a name ("call the balls and strikes":
    the verb takes another noun)."""
    for k in range(first - 1, max(-1, first - 1 - _AFTER_WINDOW), -1):
        w = sent.lower[k]
        if not sent.is_word(k) or not sent.words[k].islower() or w in lex.stop or w in VERB_LINKS:
            return None
        if w in lex.light_verb or w in lex.verb or w.endswith("ed") or word_class and lex.in_class(w, word_class):
            return k
    return None


def _walkout(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether the event noun at token k reads as a protest ("The union launched a strike"): what a verb of firing
    takes there is no weapon."""
    found = _choose_sense(sent, k, k + 1, tuple(lex.noun_senses(sent.lower[k])), lex)
    return isinstance(found, Candidate) and found.sense.event_type == "PROTEST"


def _struck_on(sent: SentenceTokens, last: int, lex: Lexicon) -> bool:
    """Whether "on" after a trigger opens what it struck, no day ("strikes on Rafah", "a strike on the camp"; not "a
    strike on Monday", "on 11th March")."""
    k = last + 1
    if last >= len(sent.lower) or sent.lower[last] != "on":
        return False
    while k < len(sent.lower) and sent.lower[k] in lex.determiner:
        k += 1
    return k < len(sent.lower) and sent.is_word(k) and not (
        is_calendar_word(sent.words[k]) or sent.lower[k] in lex.time or sent.lower[k][:1].isdigit())


def _subject_in(sent: SentenceTokens, verb: int, word_class: str, lex: Lexicon) -> bool:
    """Whether the word before a verb, past its auxiliaries and adverbs, is a lower-case word of the class: the head
    of its subject ("the union launched", "Truck drivers have continued")."""
    k = verb - 1
    while k >= 0 and sent.lower[k] in lex.skip:
        k -= 1
    return k >= 0 and sent.words[k].islower() and lex.in_class(sent.lower[k], word_class)


def _takes_infinitive(sent: SentenceTokens, last: int, lex: Lexicon) -> bool:
    """Whether an infinitive follows the trigger, maybe after its object: "asked residents to leave", "asked to
    leave", "pressured the council into resigning" (not a question: "Asked whether he would counsel Clinton to …",
    "was asked about securing the border to stop …", "asked him why"; nor "pleaded guilty")."""
    n = len(sent.lower)
    for k in range(last, min(n - 1, last + OBJECT_WINDOW)):
        w = sent.lower[k]
        if w == "to" and infinitive(sent, k + 1, lex) or w == "into" and sent.lower[k + 1].endswith("ing"):
            return True
        if not sent.is_word(k) or w in lex.clause or w in lex.reporting or (w in lex.stop and w not in {"on", "upon"}) \
                or w in _QUESTION_WORDS:
            return False
    return False


def _takes_clause(sent: SentenceTokens, first: int, last: int, lex: Lexicon) -> bool:
    """Whether the trigger is a finite verb with a clause for its object: a subject before it and "that" after it, or
    a subject and its verb ("Mamman Khan alleged that the police had acted", "the family alleges the man was
    killed"); not a participle before its noun ("the alleged mastermind", "arrested alleged gang members", "three
    alleged robbers were held")."""
    n = len(sent.lower)
    if first == 0 or last >= n or not sent.is_word(first - 1):
        return False
    prev = sent.lower[first - 1]
    if prev in lex.determiner or prev in POSSESSIVES or prev.endswith(("'s", "’s")) or is_numeral(prev) or (
            prev in lex.stop or prev in lex.clause or prev in lex.reporting or prev not in lex.skip and _verb_before(
                sent, first)):
        return False
    if sent.lower[first].endswith("ing") and prev not in lex.be:
        return False  # "a lawsuit filed by a fired staffer alleging that …": what the document says, not the verb's
        # subject (but "the government is alleging that …")
    if sent.lower[last] == "that":
        return True
    if prev in _COORDINATORS or sent.lower[last] in _COORDINATORS or not sent.is_word(last):
        return False  # "Seven GNA soldiers and alleged Syrian mercenaries were killed": a participle of the second
        # noun; "the elements of the crime alleged and is insufficient": a participle after its noun
    opened = sent.lower[last] in lex.determiner or sent.lower[last] in lex.pronoun
    for k in range(last, min(n, last + OBJECT_WINDOW)):
        w = sent.lower[k]
        if k > last and (w in lex.be or w in _CLAUSE_AUXILIARIES or opened and w.endswith("ed")):
            return True  # "alleged the police had acted", "alleged the minister was involved", "alleged they fled"
        if not sent.is_word(k) or w in lex.stop or w in lex.clause or w in lex.reporting:
            return False
    return False


_COORDINATORS = frozenset({"and", "or", "but", "nor"})
_CLAUSE_AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "could", "can", "might", "may", "should",
                                 "must", "did"})  # the verb of a clause that has no "that"

# Words that open what a question asks: an infinitive after them is the question's, no request's
_QUESTION_WORDS = frozenset({"whether", "if", "why", "what", "how", "who", "when", "where", "which", "about"})


def _doer_noun(word: str, lex: Lexicon) -> bool:
    """Whether a word of an adjective's ending names people who act ("the assailant drove", "the militant fired"; not
    "her official pledge")."""
    return lex.in_class(word, "armed_attackers") or word in _DOERS_OF_ADJECTIVE_ENDING


_DOERS_OF_ADJECTIVE_ENDING = frozenset({"militant", "combatant", "resident", "student", "migrant", "immigrant",
                                        "servant", "attendant", "agent"})


def _after_determiner(sent: SentenceTokens, first: int, last: int, lex: Lexicon) -> bool:
    """Whether a verb form stands after a determiner or possessive, maybe past one adjective or a name that the
    determiner governs (or any word after "a": "a pipe bomb"), and so is a noun: "a rebuke", "a comprehensive rebuke",
    "his call for", "at the Cavehill Road
    bomb," (but "the army shelled", "the Taliban bomb checkpoints" and "the Association agrees with" are verbs)."""
    if sent.lower[first].endswith("ed") or first == 0:
        return False
    prev = sent.lower[first - 1]
    if prev in NOUN_DETERMINERS or is_numeral(prev) and sent.lower[first].endswith("s"):
        return True  # (a count before a form in -s: "Two bombs fell on the camp")
    if sent.lower[first] in lex.verb and not _also_noun(sent.lower[first], lex):
        return False  # an irregular past that names nothing: "since the military overthrew the government" (a verb)
    k = first - 1
    while k > 0 and first - k <= _COUNTRY_WORDS and sent.words[k][:1].isupper():
        k -= 1
    if k < first - 1 and k > 0 and _YEAR.fullmatch(sent.lower[k]):
        k -= 1  # "the 2011 Marrakesh bombing was …": a year before the name
    if k < first - 1 and sent.lower[k] in NOUN_DETERMINERS and not _conjunction_that(sent, k, first, lex) and (
            not sent.is_word(last) or _verb_follows(sent, last, lex)
            or _verb_before(sent, k) and not sent.lower[first].endswith("ing")):  # (not "planted an IED targeting")
        return True  # (not "the American Medical Association agrees with …": the name's verb)
    return (first > 1 and sent.lower[first - 2] in NOUN_DETERMINERS and sent.words[first - 1].islower()
            and (prev.endswith(_ADJECTIVE_SUFFIXES) and not _doer_noun(prev, lex)
                 or sent.lower[first - 2] in ("a", "an") and sent.is_word(first - 1)
                 and _also_noun(sent.lower[first], lex))) or _plural_before_verb(sent, first, last, lex)
    # ("a pipe bomb", "a drone attack": after "a" and a noun, a noun; "a man shot", "a bullet hit" are a subject and its
    # verb; "the rebels bomb checkpoints" is a verb)


def _plural_before_verb(sent: SentenceTokens, first: int, last: int, lex: Lexicon) -> bool:
    """Whether a verb form in -s after a modifier (lower case, or the sentence's first word) is followed by a verb:
    then it is a plural noun, the verb's subject ("The twin bombs exploded", "Homemade bombs went off"; not "the army
    bombs cities")."""
    word = sent.lower[first]
    return word.endswith("s") and not word.endswith("ss") and _verb_follows(sent, last, lex) and (
        sent.is_word(first - 1)) and sent.lower[first - 1] not in lex.pronoun and (
        sent.words[first - 1].islower() or first == 1)


# verb forms that are the weapon's noun too: "a pipe bomb", "an indiscriminate shell fired by …"
_WEAPON_NOUNS = frozenset({"bomb", "bombs", "shell", "shells"})


def _also_noun(word: str, lex: Lexicon) -> bool:
    """Whether a trigger's verb form is a noun too: a weapon, or a form some row reads as a noun ("attack", "raid")."""
    return word in _WEAPON_NOUNS or any(s.pos == "noun" for phrase, senses in lex.triggers.get(word, ())
                                         if len(phrase) == 1 for s in senses)


def _conjunction_that(sent: SentenceTokens, k: int, first: int, lex: Lexicon) -> bool:
    """Whether "that" at k opens a clause whose subject is the names after it and whose verb, in the past, is the
    trigger: "reported that Putin sent a message" (not "that Taliban attack", a determiner and its noun)."""
    return sent.lower[k] == "that" and sent.lower[first] in lex.verb and (
        _verb_before(sent, k) or k > 0 and sent.lower[k - 1] in lex.reporting)


def _verb_before(sent: SentenceTokens, k: int) -> bool:
    """Whether a lower-case verb in the past stands right before token k ("called the …", "condemned the …")."""
    return k > 0 and sent.words[k - 1].islower() and (
        sent.lower[k - 1].endswith("ed") or sent.lower[k - 1] in MAIN_VERBS)


def _verb_follows(sent: SentenceTokens, last: int, lex: Lexicon) -> bool:
    """Whether the word after a trigger is a verb, an auxiliary or a verb of the past ("the attack was", "the Hamas
    attack killed"), so that the trigger ends its clause's subject."""
    if last >= len(sent.lower):
        return False
    nxt = sent.lower[last]
    return nxt in lex.skip or nxt in lex.be or nxt in MAIN_VERBS or (
        nxt.endswith("ed") or nxt in lex.verb) and sent.words[last].islower()  # ("an Israeli airstrike hit a convoy")


def _verb_marked(before: str, lex: Lexicon) -> bool:
    """Whether the word before a trigger makes it a verb: a subject pronoun, a modal or a negation ("they refuse",
    "would refuse", "never refuse"; not "to", a preposition as often: "access to assault weapons")."""
    return before in lex.pronoun and before not in POSSESSIVES or before in _MODAL_MARKERS


_MODAL_MARKERS = frozenset({"can", "cannot", "could", "will", "would", "may", "might", "must", "shall", "should",
                            "not", "never", "n't", "do", "does", "did"})


def _part_of_speech(sent: SentenceTokens, first: int, last: int, lex: Lexicon) -> str:
    """Noun or verb, for words that are both ("attacks", "protest", "fighting"), from the word before:
    "the/their/heavy attacks" are nouns, "they/were/militants attack" verbs."""
    if _quoted_modifier(sent, first, lex):
        return "noun"  # "the 'appalling' attack"
    if first == 0 or not sent.is_word(first - 1):
        nxt = sent.lower[last] if last < len(sent.lower) else "."
        # "Riot police dispersed …": a noun before a noun it names the kind of
        return "noun" if not sent.is_word(last) or (nxt in lex.stop and not sent.opens_count(last, lex)) or (
            nxt in lex.role) else "verb"  # ", killing at least 24": a count, the verb's object
    prev, word = sent.lower[first - 1], sent.words[first - 1]
    if prev in POSSESSIVES and prev != "her":
        return "noun"  # "its offer", "their attacks" ("saw her attack the guard" may be either)
    if prev in lex.pronoun or prev in lex.skip or prev in ("to", "who") or prev.endswith(NEGATED_CONTRACTION):
        return "verb"  # ("armed gangs who raid villages": a relative clause's verb)
    if prev in ASPECTUAL and sent.lower[last - 1].endswith("ing") and sent.is_word(last):
        return "verb"  # "have continued shelling rebel positions", "began firing rockets": the gerund of the act and
        # its object (a bare "started shooting." is read as it was)
    if (prev in SUBORDINATE_GERUND or prev in _GERUND_PREPOSITIONS) and sent.lower[last - 1].endswith("ing") and (
            last < len(sent.lower)) and (
            sent.lower[last] in lex.determiner or sent.lower[last] in lex.pronoun or sent.opens_count(last, lex)
            or is_numeral(sent.lower[last]) or lex.in_class(sent.lower[last], "people")):
        return "verb"  # "before stabbing people", "after shooting the guard", "after killing 22 people", "accused
        # Israel of killing civilians" (but "after fighting broke out", "the scene of the killing")
    if prev in lex.determiner or prev in lex.stop or prev.endswith(("'s", "’s")) or prev in NOUN_MARKERS:
        return "noun"
    if word[0].isupper():
        k = first - 1
        while k > 0 and sent.words[k][:1].isupper():
            k -= 1
        determined = k < first - 1 and sent.lower[k] in lex.determiner  # "the Oxford Street …"
        if determined and (sent.lower[first].endswith("ing") or _verb_before(sent, k)):
            # "the Oxford Street bombing killed 22": no verb in -ing without its "be"; "called the Dnipro attack a
            # war crime": the object of the verb before (but "the Taliban attack checkpoints")
            return "noun"
        nxt = sent.lower[last] if last < len(sent.lower) else "."
        if determined and _verb_follows(sent, last, lex):
            return "noun"  # "the Bataclan attack was carried out by …", "the Hamas attack killed": a verb follows it
        if determined and k > 0 and sent.lower[k - 1] in _NOUN_PREPOSITIONS:
            return "noun"  # "the news of the Nice attack and …": a preposition's object, no clause of its own
        return "noun" if not sent.is_word(last) or (nxt in lex.stop) else "verb"
    return "verb" if prev.endswith("s") and not prev.endswith("ss") else "noun"


# Prepositions whose object is a noun phrase, never a clause ("of the Nice attack"; not "after the Taliban attack …")
_NOUN_PREPOSITIONS = frozenset({"of", "in", "on", "at", "for", "from", "with", "about", "over", "by", "into", "during",
                                "amid", "against", "to", "despite"})
# Prepositions before a gerund with an object of its own, a verb ("of killing civilians", "for attacking the convoy")
_GERUND_PREPOSITIONS = frozenset({"of", "for"})

_QUOTED_WORDS = 3  # words of a modifier in quotes between a determiner and its noun ("the 'cowardly' attack")


def _quoted_modifier(sent: SentenceTokens, first: int, lex: Lexicon) -> bool:
    """Whether a word quoted between a determiner and the trigger stands before it ("condemned the 'appalling'
    attack"): the trigger is the noun they modify."""
    if first < 3 or sent.words[first - 1] not in QUOTE_MARKS:
        return False
    for j in range(first - 3, max(0, first - 3 - _QUOTED_WORDS), -1):
        if sent.words[j] in QUOTE_MARKS:
            return j > 0 and (sent.lower[j - 1] in lex.determiner or sent.lower[j - 1] in NOUN_DETERMINERS)
        if not sent.is_word(j):
            return False
    return False


def _driven_at(sent: SentenceTokens, vehicle: int, classes: str, lex: Lexicon) -> bool:
    """Whether "into", "through" or "onto" follows the vehicle at token `vehicle`, maybe past the words it is
    coordinated with ("marched women, children and elderly men into the bush"), and a word of one of the classes
    ("A|B") comes within a few words after it."""
    into = vehicle + 1
    ahead = sent.lower[into:into + _COORDINATED_REACH]
    if ahead[:1] == [","] or ahead[:1] == ["and"]:
        # (only plain words and their joints: "drove a truck loaded with explosives into …" is no coordination)
        joint = next((i for i, w in enumerate(ahead) if w in MOTION_INTO), None)
        if joint is not None and "and" in ahead[:joint] and all(
                w in (",", "and") or w.isalpha() and sent.words[into + i].islower() and w not in lex.stop
                for i, w in enumerate(ahead[:joint])):
            into += joint
    return into < len(sent.lower) and sent.lower[into] in MOTION_INTO and any(
        lex.in_class(sent.lower[k], c) for k in range(into + 1, min(len(sent.lower), into + 1 + _DRIVEN_REACH))
        for c in classes.split("|"))


_DRIVEN_REACH = 4  # words after "into" that hold what a vehicle was driven at ("into a large crowd")
_COORDINATED_REACH = 6  # words of the rest of a coordinated object before its "into" ("women, children and elderly men")


def _object_evidence(sent: SentenceTokens, first: int, last: int, word_class: str, lex: Lexicon) -> int | None:
    """Token of `word_class` in the trigger's object: a few words after it, or just before a bare participle."""
    passive = first > 0 and sent.lower[first - 1] in lex.be
    # (a window without a word of the class finds none: most have none, which a test in C tells)
    window = sent.lower[last:last + OBJECT_WINDOW]
    read = word_class == _NATIONALS or lex.any_in_class(window, word_class)
    for k in range(last, last + len(window)) if read else ():
        w = sent.lower[k]
        if word_class == _NATIONALS and _demonym_plural(sent, k):
            return k
        if lex.in_class(w, word_class) and not (
                w not in lex.stop and k + 1 < len(sent.lower) and sent.words[k + 1].islower()
                and lex.in_class(sent.lower[k + 1], "physical") and not lex.in_class(sent.lower[k + 1], word_class)):
            return k  # (not a modifier of a place or a thing: "moved to army camps", "a police station")
        if (w in {".", ";", ":"} or w in lex.clause or w in lex.reporting or w in _TIME_SETTING
                or (w in _SETTING and (k > last or passive)) or w in lex.be):
            break  # "seized hostages in hospitals in the towns of …": the object ends where its setting begins, and
            # so right after a passive ("Abdeslam was captured in the Brussels district"); "escorting supply trucks
            # was targeted with explosives": the sentence's verb ends it
    if first > 0 and sent.lower[first - 1] == "to" or sent.lower[first].endswith("ing"):
        # an infinitive does not follow its object: "drones to launch attacks", "equipment to provide"; a gerund
        # is no bare participle: "firing rockets and sending gunmen" sends no rockets
        return None
    # (past the words of the passive before the participle: "Fifteen of them had since been released", "the hostages
    # have already been freed")
    adverbs = sum(w in BEFORE_PARTICIPLE for w in sent.lower[max(0, first - _BARE_PARTICIPLE_WINDOW):first])
    for k in range(first - 1, max(-1, first - 1 - _BARE_PARTICIPLE_WINDOW - adverbs), -1):
        w = sent.lower[k]
        if w in BEFORE_PARTICIPLE:
            continue
        if not sent.is_word(k) or w in lex.stop and w != "to" or w in ("and", "or"):
            # a preposition before the trigger is none of its object: "fuel on the fire" (but "the pact to be signed")
            break
        if lex.in_class(w, word_class) or word_class == "people" and _count_alone(sent, k, lex):
            return k
    return _passive_subject(sent, first, word_class, lex) if passive and word_class in _SUBJECT_CLASSES else None


_NATIONALS = "nationals"  # the class of people of a nation, whose demonyms in the plural count as well


def _demonym_plural(sent: SentenceTokens, k: int) -> bool:
    """Whether token k is a capitalised demonym in the plural ("Americans", "Israelis"): people, not a place."""
    word = sent.words[k]
    return word[:1].isupper() and word.endswith("s") and geo.country_code(word) is not None and (
        not geo.is_place_name(word))


def _passive_subject(sent: SentenceTokens, first: int, word_class: str, lex: Lexicon) -> int | None:
    """Token of `word_class` that heads the subject of a passive, however long the participle phrase after it
    ("Eighty-two schoolgirls kidnapped by Boko Haram … three years ago were freed", "A man arrested after the attack
    was released"): the first noun of the clause, before any word that ends its phrase; none when a verb of "be"
    stands before the passive's own (not "Two civilians were killed when their car was hit")."""
    start = first - 1
    while start > 0 and sent.is_word(start - 1) and sent.lower[start - 1] not in lex.clause:
        start -= 1
        if sent.lower[start] in lex.be:
            return None
    for k in range(start, min(first - 1, start + _SUBJECT_WORDS)):
        if lex.in_class(sent.lower[k], word_class):
            return k
        if sent.lower[k] in lex.stop or k > start and sent.lower[k].endswith("ed"):
            return None
    return None


_SUBJECT_CLASSES = frozenset({"people", "incendiary"})  # who is freed, what is defused, however long the subject
_SUBJECT_WORDS = 4  # words of a subject before its head noun ("Eighty-two schoolgirls", "the last two hostages")


def _heads_object(sent: SentenceTokens, last: int, k: int, lex: Lexicon) -> bool:
    """Whether token k heads the noun phrase right after a verb ending before `last`, or stands before it as a bare
    participle's ("a threshold met only by two"): only determiners and modifiers stand between ("met all its
    targets", "meet tough Russian certification standards", "met the Constitution's \"natural born\" standard"), past
    the day it was done on ("received on Sunday the visiting Iraqi prime minister"), or the "by" of a passive ("a
    delegation was received by the mayor")."""
    if k > last + 1 and sent.lower[last] == "on" and is_calendar_word(sent.words[last + 1]):
        last += 2
    elif k > last and sent.lower[last] == "by":
        last += 1
    count = last
    while count < k and sent.lower[count] in lex.count:
        count += 1
    if count < k and is_numeral(sent.lower[count]):
        last = count  # "seized more than 280 pupils": the words of a count's hedge, which "than" is one of
    return k < last or all(sent.lower[t] in lex.determiner or sent.lower[t] in POSSESSIVES or sent.lower[t] == "all"
                           or sent.lower[t] not in lex.stop and sent.words[t] not in _PHRASE_BREAKS
                           for t in range(last, k))


def _dismissal(sent: SentenceTokens, last: int, k: int) -> bool:
    """Whether "fired" ending before `last` takes the post holder at token k from a post: its object right after it,
    or its passive's subject ("The board fired the chief executive", "The coach was fired by the club on Sunday"),
    not a word past its "by" ("shells fired by … injured two health workers") nor anyone a shot is aimed at
    ("workers were fired on by police", but "fired on Friday")."""
    after = sent.lower[last] if last < len(sent.lower) else ""
    if after in _AIMED:
        return last + 1 < len(sent.lower) and is_calendar_word(sent.words[last + 1])
    return not (k >= last and after == "by")


def _forces_own(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether the word of what a protest sets up at token k is a force's own, told by the word before it ("remove
    police roadblocks", "army checkpoints and barricades"): no protest's."""
    return lex.in_class(sent.lower[k - 1], "police") or lex.in_class(sent.lower[k - 1], "troops")


def _owned_by(sent: SentenceTokens, last: int, k: int, lex: Lexicon) -> bool:
    """Whether token k, after the verb ending before `last`, only completes another head with "of": "seized the phones
    of the passengers" (not "dozens of worshippers", "110 of the girls")."""
    return any(sent.lower[t] == "of" and not (is_numeral(sent.lower[t - 1]) or sent.lower[t - 1] in lex.quantifier_of)
               for t in range(last + 1, k))


def _count_alone(sent: SentenceTokens, k: int, lex: Lexicon) -> bool:
    """Whether a count is a whole subject before its passive, the people told before ("Boko Haram abducted 276
    schoolgirls in 2014. Some escaped; 21 were released in October 2016")."""
    return is_numeral(sent.lower[k]) and k + 1 < len(sent.lower) and sent.lower[k + 1] in lex.be and (
        k == 0 or not sent.is_word(k - 1) or sent.lower[k - 1] in lex.clause)


# a participle after them tells of someone by a past act: "a killed demonstrator", "relatives of detained journalists"
_INDEFINITE = frozenset({"a", "an", "of"})


def _fallen_place(sent: SentenceTokens, first: int, last: int, word_class: str, lex: Lexicon) -> bool:
    """Whether the subject right before a verb of falling opens its clause and is a place, by its name or a word of
    `word_class` after a determiner ("Homs fell", "when the town had fallen", "Kabul fell to the Taliban"), and the verb
    is no change of state or amount ("fell silent", "fell to a record low", "fell by 3%"); not in a story of votes
    with no violence in it ("Pennsylvania fell to Biden")."""
    k = first - 1
    k -= k >= 0 and sent.lower[k] in PERFECT_AUXILIARIES
    if k < 0 or last < len(sent.lower) and (sent.lower[last] in _NOT_TAKEN or is_numeral(sent.lower[last]) or (
            sent.lower[last] == "to" and last + 1 < len(sent.lower) and (
            sent.lower[last + 1] in _AMOUNT_AFTER_TO or is_numeral(sent.lower[last + 1])))):
        return False
    if lex.in_class(sent.lower[k], word_class) and k > 0 and sent.lower[k - 1] in lex.determiner:
        start = k - 1
    else:
        start = k
        while start > 0 and k - start < _NAME_WORDS - 1 and sent.words[start - 1][:1].isupper():
            start -= 1
        if not sent.words[k][:1].isupper() or geo.place_country(" ".join(sent.words[start:k + 1])) is None:
            return False
    opens = start == 0 or not sent.is_word(start - 1) or sent.lower[start - 1] in lex.clause
    return opens and not (sent.has("politics", lex) and not any(sent.has(c, lex) for c in VIOLENCE))


# words after a verb of falling that tell a change of state, an amount or a direction: no place taken
_NOT_TAKEN = frozenset({"silent", "quiet", "short", "ill", "asleep", "apart", "behind", "below", "by", "into", "victim",
                        "prey", "sharply", "flat", "back", "off", "out", "over", "down", "through", "from", "sick",
                        "foul", "dark", "steeply", "slightly", "further", "again", "percent"})
_AMOUNT_AFTER_TO = frozenset({"a", "an", "its", "their", "his", "her", "lowest", "zero", "record"})


def _armed_taker(sent: SentenceTokens, first: int, lex: Lexicon) -> bool:
    """Whether the sentence tells of armed men (a word of troops, insurgents or the military) or the word before the
    trigger is a group's initials ("The RSF captured", "HTS seized"): who takes a place they name by force."""
    before = sent.words[first - 1] if first > 0 else ""
    return (before.isupper() and len(before) >= _INITIALS and before.isalnum()) or any(
        sent.has(word_class, lex) for word_class in ("troops", "insurgents", "military"))


_INITIALS = 2  # "M23", "RSF", "HTS"


def _named_place(sent: SentenceTokens, first: int, last: int, lex: Lexicon) -> int | None:
    """The first token of a town's or region's name right after a verb of taking ground (past "of" and "the"): a name
    the gazetteer places, or one an administrative context in brackets follows ("regained control of Khojaly",
    "took over Chinshwehaw (Laukkaing, Shan-North)"; not "took over Twitter"), or any name armed men took "control
    of", named right before the verb ("the army took control of Moqokori", a village the gazetteer does not know)."""
    controlled = last < len(sent.lower) and sent.lower[last] == "of" and sent.lower[last - 1] == "control" and (
        first > 0 and any(lex.in_class(sent.lower[first - 1], c) for c in ("troops", "insurgents", "military")))
    k = last + (last < len(sent.lower) and sent.lower[last] == "of")
    k += k < len(sent.lower) and sent.lower[k] == "the"
    j = k
    while j < len(sent.words) and j - k < _NAME_WORDS and sent.words[j][:1].isupper() and sent.words[j].isalpha():
        j += 1
    if j == k:
        return None
    bracketed = j + 1 < len(sent.words) and sent.words[j] == "(" and sent.words[j + 1][:1].isupper()
    return k if controlled or bracketed or geo.place_country(" ".join(sent.words[k:j])) is not None else None


_NAME_WORDS = 3  # the capitalised words of a place's name read after a verb of taking ground


def _complement(sent: SentenceTokens, last: int, word_class: str, lex: Lexicon) -> int | None:
    """Token of `word_class` that completes the verb right after its object: "took three aid workers hostage",
    "held them captive", "found three men guilty of terrorism"; the object holds no preposition, clause word or
    punctuation but the quote marks of the word ("called the case \"meritless\""), and the word ends its phrase but
    for its own "of" (not "took questions from hostage families")."""
    n = len(sent.lower)
    start = skip_quantity(sent, last, n, lex)  # "took over 1,100 people hostage": the count is no word of its own
    for k in range(start, min(n, start + _COMPLEMENT_WINDOW)):
        w = sent.lower[k]
        if w in QUOTE_MARKS and k + 1 < n and lex.in_class(sent.lower[k + 1], word_class):
            continue
        if k > start and (w == "as" or w in ARTICLES and sent.lower[k - 1] == "as") and k + 1 < n:
            continue  # "described the attack as barbaric", "… as a cowardly act": the complement after its "as"
        if lex.in_class(w, word_class) and sent.lower[k - 1] != "not":  # (no verdict: "found him not guilty")
            nxt = sent.lower[k + 1] if k + 1 < n else None
            ends = nxt is None or not sent.is_word(k + 1) or nxt in lex.stop or (
                nxt in lex.clause or nxt in lex.time or nxt in _COMPLEMENT_ENDS or nxt in _VERDICT_HEADS)
            return k if k > last and ends else None
        # (a noun after its article, though a reporting verb's form too: "called the reports baseless")
        if not sent.is_word(k) or w in lex.clause or w in lex.reporting and sent.lower[k - 1] not in lex.determiner or (
                w in lex.stop and w not in lex.pronoun):
            return None
    return None


_COMPLEMENT_ENDS = frozenset({"of", "and", "or"})  # ("found guilty of", "called the claims absurd and …")
# Nouns a word of verdict may qualify and still be the complement: "termed the killings a cowardly act"
_VERDICT_HEADS = frozenset({"act", "acts", "crime", "crimes", "move", "action", "step", "decision", "attack"})


def _counted(sent: SentenceTokens, k: int) -> bool:
    """Whether the trigger word is a plural noun a number counts, though filed as a verb: "cost 35 million pounds",
    "fired 40 shells". A number is seldom the subject of a verb in the present ("one" is: "no one shells them")."""
    word, before = sent.lower[k], sent.lower[k - 1] if k > 0 else ""
    return word.endswith("s") and not word.endswith("ss") and before != "one" and (
        is_numeral(before) or before in numbers.lexicon().scales)


def _is_modifier_or_title(sent: SentenceTokens, first: int, last: int, pos: str, event_type: str, lex: Lexicon) -> bool:
    """Trigger words that only name something else: "Trade Minister", "Strike Force", "aid workers"."""
    word = sent.words[first]
    if word[0].isupper() and not _is_acronym(word) and first > 0 and sent.is_word(first - 1):
        return True  # capitalised inside a sentence: part of a name or a title (an acronym is neither: "IED")
    if word[0].isupper() and is_calendar_word(word) and (
            last < len(sent.words) and sent.words[last][:1].isdigit() or first > 0 and sent.words[first - 1].isdigit()):
        return True  # "March 1, 2015: Gunmen attacked …": a month, not a march
    if pos == "verb" and last - first == 1 and event_type in _STATES_OF_PEOPLE and _titles_named(
            sent, first, last, lex):
        return True  # "a son of jailed drug lord Joaquin Guzman": who he is, no arrest told
    if pos == "noun" and last < len(sent.lower) and sent.is_word(last) and sent.words[last].islower() and not (
            last - first > 1 and sent.lower[last - 1].endswith(_CLAUSE_ENDINGS)):  # "fighting continued around …"
        nxt = sent.lower[last]
        if event_type == "PROTEST" and nxt not in lex.role or nxt in EVENT_HEADS:
            return False  # "a protest march", "a protest bike-ride", "an assassination attempt": still the event
        if _names_next_noun(sent, last, event_type, lex, noun=True):
            return True  # "a bomb attack", "a suicide bombing attack": the kind of the attack the next noun names
        # "attack helicopter", "ambush journalist": a noun before another noun only modifies it; what
        # follows an event noun is a function word or its verb ("the attack left five dead")
        if nxt in lex.role or not (nxt in lex.verb or nxt in lex.skip or nxt in lex.stop or nxt in lex.clause
                                   or nxt in lex.reporting or nxt in lex.determiner or nxt in lex.triggers
                                   or nxt.endswith(("ed", "s", "ing")) or nxt in {"and", "or", "of"}
                                   or time_follows(sent, last, lex)):
            return True
    if pos == "verb" and last - first == 1 and _names_next_noun(sent, last, event_type, lex):
        return True
    if pos == "verb" and event_type == "PROTEST" and last - first == 1 and last < len(sent.lower) and (
            sent.lower[first] == "riot" and sent.words[last].islower() and lex.in_class(sent.lower[last], "police")):
        return True  # "clashed with ESMAD riot police": "riot" names the police (not "came out to protest police
        # killings", a protest of them)
    if pos == "verb" and last - first == 1 and _before_singular_role(sent, last, lex):
        return True  # "police bomb squad members": a bare form before a singular noun it names the kind of
    if last - first == 1 and event_type != "THREATEN" and not _also_noun(sent.lower[first], lex) and (
            _participle_adjective(sent, first, lex)):
        return True  # (a verb form read as a noun after its determiner too: "the burning car"; "a threatening
        # letter" is the threat)
    if pos == "verb" and first > 0 and sent.lower[first - 1] in lex.determiner and (
            event_type == "PROTEST" and sent.lower[first].endswith("ed")):
        return True  # "in the occupied West Bank", "cleared the blocked roads": a state the participle describes
    if lex.in_class(sent.lower[first], "verdicts") and last < len(sent.lower) and sent.words[last].isalpha() and (
            sent.words[last].islower() and not (sent.lower[last] in lex.stop or sent.lower[last] in lex.determiner
                                                or sent.lower[last] in lex.pronoun or sent.lower[last] in _LIST_LINKS
                                                or sent.lower[last] in lex.skip or sent.lower[last] == "of")):
        return True  # "a convicted murderer", "booked convicted rapist Mike Tyson": who they are (but "convicted
        # two men", "convicted him", "were convicted of")
    if pos == "verb" and first > 0 and sent.lower[first] == "accused" and (
            sent.lower[first - 1] in lex.determiner or is_numeral(sent.lower[first - 1])
            or lex.in_class(sent.lower[first - 1], "accused_ranks")):
        return True  # "demanded the arrest of all the accused", "main accused Rajesh Yadav", "three accused were
        # arrested": the people charged, no accusation
    if pos == "verb" and last - first == 1 and event_type == "SUPPORT" and _standing_described(sent, first, lex):
        return True  # "Yemen's internationally recognised government", "the widely backed candidate": who they are
    if pos == "verb" and first > 1 and sent.words[first - 1] == "-" and sent.lower[first].endswith("ed") and (
            sent.spans[first - 2][1] == sent.spans[first - 1][0] == sent.spans[first][0] - 1):
        return True  # "a U.N.-brokered grain deal": a compound that describes the deal
    return first > 0 and sent.lower[first - 1] in TITLE_PREFIXES


def _titles_named(sent: SentenceTokens, first: int, last: int, lex: Lexicon) -> bool:
    """Whether a participle opens the description a person's name comes after, as a title does ("a son of jailed
    drug lord Joaquin Guzman", "Jailed Kremlin critic Alexei Navalny said …", "the release of detained journalist
    Evan Gershkovich"): a state of the person, told long after the act (but "Police detained journalist Evan
    Gershkovich": a subject before it; "relatives of detained politicians": no name)."""
    word = sent.lower[first]
    if not (word.endswith("ed") or word in lex.participle) or first > 0 and not (
            sent.lower[first - 1] in _BEFORE_TITLE or sent.lower[first - 1] in lex.determiner):
        return False
    k = last
    while k < len(sent.lower) and k - last < _TITLE_WORDS and sent.is_word(k) and sent.words[k][:1].isupper():
        k += 1  # "Kremlin critic"
    nouns = k
    while k < len(sent.lower) and k - last < _TITLE_WORDS and sent.is_word(k) and sent.words[k].islower() and not (
            sent.lower[k] in lex.stop or sent.lower[k] in lex.determiner or sent.lower[k] in lex.skip
            or sent.lower[k] in lex.clause or sent.lower[k] in lex.verb or sent.lower[k].endswith(("ed", "ing"))
            or is_numeral(sent.lower[k])):
        k += 1
    return k > nouns and k + 1 < len(sent.lower) and sent.words[k][:1].isupper() and sent.is_word(k) and (
        not is_calendar_word(sent.words[k]))


_BEFORE_TITLE = frozenset({"of", "for", "with", "about", "from", "against"})
_STATES_OF_PEOPLE = frozenset({"COERCE", "ASSAULT", "RETREAT"})  # jailed, kidnapped, wounded, freed: what one is
_TITLE_WORDS = 5  # words of a title between the participle and the name ("former opposition party leader")


def _goods_by_state(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether a participle of taking stands between a determiner or a preposition and the thing it names ("drove a
    stolen car", "through stolen passwords", "see the stolen data published"): what the thing is, told of a theft the
    story does not tell (not "hackers stole data", "the data was stolen", "had stolen data")."""
    first, nxt = cand.first, cand.last
    word = sent.lower[first]
    if nxt != first + 1 or first == 0 or nxt >= len(sent.lower) or not (
            word.endswith("ed") or word in lex.participle):
        return False
    prev, following = sent.lower[first - 1], sent.lower[nxt]
    return (prev in lex.determiner or prev in NOUN_DETERMINERS or prev in lex.stop) and sent.is_word(nxt) and (
        sent.words[nxt].islower() and following not in lex.stop and following not in lex.determiner
        and following not in NOUN_DETERMINERS and following not in lex.skip and not is_numeral(following))


def _participle_adjective(sent: SentenceTokens, first: int, lex: Lexicon) -> bool:
    """Whether a verb form in -ing describes the noun right after it, standing after a determiner or after a plural
    noun of things and "of" ("the burning car", "piles of burning tires"; not "the burning of houses", "accused of
    burning houses", "the militants burning houses")."""
    nxt = first + 1
    if first == 0 or not sent.lower[first].endswith("ing") or nxt >= len(sent.lower) or not sent.is_word(nxt):
        return False
    following = sent.lower[nxt]
    if not sent.words[nxt].islower() or following in lex.stop or following in lex.determiner or (
            following in lex.clause or following in {"and", "or", "of", "down"} or is_numeral(following)):
        return False
    prev = sent.lower[first - 1]
    if prev in NOUN_DETERMINERS and prev not in _CLAUSE_DETERMINERS or prev in lex.determiner:
        return True
    if is_numeral(prev) and lex.in_class(following, "people"):
        return True  # "shot dead 34 striking miners": who they were, no blow struck
    owner = sent.lower[first - 2] if first > 1 else ""
    return prev == "of" and owner.endswith("s") and not owner.endswith("ss") and owner not in lex.role and not any(
        lex.in_class(owner, c) for c in PARTY_CLASSES)  # (not "accused the soldiers of killing civilians")



def _standing_described(sent: SentenceTokens, first: int, lex: Lexicon) -> bool:
    """Whether a participle of backing stands between a determiner or an adverb in -ly and the noun it describes
    ("the internationally recognised government", "a widely supported candidate"): a standing the noun has, no act of
    backing (not "recognised the government", "was recognised by", whose noun is an object or none follows)."""
    nxt = first + 1
    word = sent.lower[first]
    if first == 0 or nxt >= len(sent.lower) or not (word.endswith(("ed", "en")) or word in lex.participle):
        return False
    following = sent.lower[nxt]
    if not sent.is_word(nxt) or not sent.words[nxt].islower() or is_numeral(following) or following in {"and", "or",
                                                                                                          "of"}:
        return False
    if any(following in words for words in (lex.stop, lex.determiner, lex.pronoun, lex.clause, lex.be, lex.skip)):
        return False  # (not "publicly endorsed him", "widely recognized now as")
    prev = sent.lower[first - 1]
    if prev.endswith("ly") and sent.words[first - 1].islower() and first > 1:
        # "Yemen's internationally recognised government" (not "senators publicly endorsed")
        prev = sent.lower[first - 2]
    return prev in lex.determiner or prev in NOUN_DETERMINERS or prev.endswith(_GENITIVES)


_GENITIVES = ("'s", "’s", "s'", "s’")  # the ending of a possessive ("Yemen's", "the rebels'")
_CLAUSE_DETERMINERS = frozenset({"that", "one"})  # determiners that may also open a clause or stand for a noun


def _before_singular_role(sent: SentenceTokens, last: int, lex: Lexicon) -> bool:
    """Whether a bare verb form stands right before a singular noun of a role ("bomb squad", "attack team"), which as
    the object of a verb would need a determiner; a word for people or armed forces may be its object ("attack
    police")."""
    word = sent.lower[last - 1]
    if word.endswith(("ed", "ing", "s")) or last >= len(sent.lower) or not sent.words[last].islower():
        return False
    nxt = sent.lower[last]
    return nxt in lex.role and not nxt.endswith("s") and not any(
        lex.in_class(nxt, c) for c in ("police", "troops", "agents", "people"))


def _names_next_noun(sent: SentenceTokens, last: int, event_type: str, lex: Lexicon, noun: bool = False) -> bool:
    """Whether a bare verb form only says what kind of event the noun after it is, an event noun of its own type:
    "bomb blasts", "a series of bomb attacks" (but "they bomb checkpoints", "journalists protest attacks on the
    press", "the army sent reinforcements": a verb and its object, also in an irregular past)."""
    word = sent.lower[last - 1]
    if not noun and (word.endswith(("ed", "ing")) or word in lex.verb or word in lex.participle) or (
            last >= len(sent.lower) or not sent.words[last].islower()):
        return False
    return any(s.event_type == event_type for s in lex.noun_senses(sent.lower[last]))


_ACRONYM_CAPITALS = 3  # capitals that make a word of mixed case an acronym, no name ("DDoS"; not "McDonald")


def _is_acronym(word: str) -> bool:
    """ "IED", "IEDs", "VBIEDs": capitals throughout, maybe with a plural "s"; "DDoS": mostly capitals."""
    return word.isupper() or len(word) > 2 and word[-1] == "s" and word[:-1].isupper() or sum(
        c.isupper() for c in word) >= _ACRONYM_CAPITALS


def _is_speech_cue(sent: SentenceTokens, cand: Candidate, cues: Enclosures) -> bool:
    """Whether the trigger is a statement's reporting verb and no verbal PLOVER event in its own right."""
    if cand.sense.event_type in VERBAL_TYPES:
        return False
    s, e = sent.spans[cand.first][0], sent.spans[cand.last - 1][1]
    return cues.holds(s, e)
