"""A trigger in its sentence → asserted, reported, negated, hypothetical or future."""
from __future__ import annotations

from datetime import date

from etl.extract.dates import DateMention, is_calendar_word
from etl.extract.events.items import Candidate, SentenceTokens
from etl.extract.events.lexicon import CONDITIONALS, GRAMMAR, INTENT, NEGATED_CONTRACTION, POSSESSIVES, Lexicon
from etl.records import Statement

_MODALITY_WINDOW = 6     # tokens before a trigger searched for negation, modals and the like

# Verbs that call off an event before it is held: its noun after them tells what did not take place.
_CANCELLING = frozenset({"suspended", "suspends", "suspend", "suspending", "cancelled", "canceled", "cancels", "cancel",
                         "cancelling", "canceling", "postponed", "postpones", "postpone", "postponing", "scrapped",
                         "scraps", "scrap", "scrapping"})
_JOINING = frozenset({"and", "or", "but", "as", "while"})
# verbs that call a protest their object names ("announced a strike", "called a march"), still to be held
_ANNOUNCING = frozenset({"announced", "announces", "announce", "announcing"})
_UNTIL = frozenset({"until", "till"})
# Words before "until" that make what it awaits a condition not yet met ("will not withdraw until …").
_AWAITING = frozenset({"not", "never", "will", "would", "no"})
# Verbs of refusal or failure: what their infinitive tells was not done ("refused to step down", "censured Iran for
# failing to cooperate"; "failing" only right before it: not "after failing to win Iowa, Christie attacked Rubio")
_REFUSALS = frozenset({"refused", "refuses", "refuse", "refusing", "declined", "declines", "decline", "declining",
                       "failing", "fails"})
# Modality markers outrank one another in this order: "could not attack" is negated.
_MODALITY_ORDER = ("negated", "hypothetical", "future", "reported")


def is_past(sent: SentenceTokens, first: int, lex: Lexicon) -> bool:
    """Whether the word at token `first` is a past form: "-ed" or an irregular one ("fought", "shot")."""
    w = sent.lower[first]
    return w.endswith("ed") or w in lex.verb or w in lex.participle


def _means_of_past(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether an event noun is the means of a trigger verb in the past before it in its clause ("In October, gunmen
    killed 13 police officers in an ambush"): done as the verb is, whatever year its date was first read in."""
    k = cand.first - 1
    while k >= 0 and cand.first - k <= _MEANS_MODIFIERS and sent.words[k].islower() and sent.is_word(k) and (
            sent.lower[k] not in _MEANS_IN and sent.lower[k] not in lex.stop):
        k -= 1
    if k < 0 or sent.lower[k] not in _MEANS_IN:
        return False
    for j in range(k - 1, max(-1, k - 1 - _MEANS_REACH), -1):
        if not sent.is_word(j) or sent.lower[j] == "to":
            return False  # (not "threatened to disrupt the convention in July with protests": what is to come)
        if sent.lower[j] in lex.triggers and is_past(sent, j, lex):
            return True
    return False


def _subject_of_past(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether an event noun is the subject of a trigger verb in the past after it ("On March 15, a missile attack on
    the city's Fontanskyi district killed 21 people"): done as the verb is, whatever year its date was first read in."""
    for j in range(cand.last, min(len(sent.lower), cand.last + _SUBJECT_REACH)):
        w = sent.lower[j]
        if not sent.is_word(j) and w not in _IN_PHRASE or w in lex.clause or w in lex.reporting:
            return False
        if w in lex.triggers and is_past(sent, j, lex):
            return True
    return False


def _modal_after(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> tuple[str, ...]:
    """The modality of a modal verb an event noun no event told before is the subject of ("a withdrawal from Bakhmut
    may soon be unavoidable", "any offensive on the city would take months"): what may be, not what was; not a guess
    about one that was ("the attack may be linked to a gang", "a strike may have killed 20")."""
    k = cand.first - 1
    while k >= 0 and cand.first - k <= _MODIFIERS_BEFORE and sent.words[k].islower() and (
            sent.lower[k] not in _UNTOLD):
        k -= 1
    if k < 0 or sent.lower[k] not in _UNTOLD:
        return ()
    for j in range(cand.last, min(len(sent.lower) - 1, cand.last + _SUBJECT_REACH)):
        w = sent.lower[j]
        if w in _MODALS and sent.words[j].islower():
            return () if sent.lower[j + 1] in _PERFECT else lex.modality_markers.get(w, ())
        if not sent.is_word(j) and w not in _IN_PHRASE or w in lex.clause or w in lex.reporting or w in lex.be or (
                w in lex.verb or is_past(sent, j, lex)):
            return ()  # the noun's own verb came first: "the attack killed 20 and could …"
    return ()


_MODALS = frozenset({"may", "might", "could", "would", "will", "shall", "should"})
_UNTOLD = frozenset({"a", "an", "any", "another", "further", "more"})  # determiners of an event not yet told of
_MODIFIERS_BEFORE = 3  # words between such a determiner and its event noun ("a full Russian withdrawal")
_SUBJECT_REACH = 8  # words from an event noun to the verb it is the subject of ("attack on the city's … killed")
_IN_PHRASE = frozenset({"'s", "’s", "-"})
_MEANS_IN = frozenset({"in", "during"})
_MEANS_MODIFIERS = 4  # words between "in" and the event noun, its article among them ("in a deadly ambush")
_MEANS_REACH = 8  # words back from "in" to the verb whose means the noun is ("killed 13 police officers in")


def _is_month_or_name(sent: SentenceTokens, k: int) -> bool:
    """Whether "May" at token k is the month or a name ("On 9 May 2020", "Theresa May"), not the modal: capitalised
    inside the sentence, or opening it before a number ("May 2020 saw …")."""
    if sent.words[k] != "May":
        return False
    return k > 0 or (k + 1 < len(sent.words) and sent.words[k + 1][:1].isdigit())

# The words after "set", or a verb of intent, that make it say what is yet to come: "is set to visit", "talks set for
# Tuesday", "pledged to attack"
_SET_FOR = frozenset({"to", "for"})

# Verbs of denial: what they govern, their speaker says did not happen
_DENIALS = frozenset({"denied", "denies", "deny", "denying"})

_MODALS = frozenset({"would", "will", "could", "can", "may", "might", "should", "must", "shall"})
_MODAL_REACH = 6  # words before "and" searched for the modal of the clause it closes


def after_modal(sent: SentenceTokens, k: int, first: int, lex: Lexicon) -> bool:
    """Whether a verb in the past at `first` follows "and" at k that closes a clause of a modal ("would not go in
    vain and vowed"): a modal takes no verb in the past, so the verb is coordinated with one before that clause."""
    word = sent.lower[first]
    if not (word.endswith("ed") or word in lex.verb):
        return False
    return any(sent.lower[j] in _MODALS for j in range(max(0, k - _MODAL_REACH), k))


_WILL = frozenset({"will", "would", "wo"})  # ("won't" is "wo" and "n't")
_NOT = frozenset({"not", "n't", "never"})


def will_not(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether a verb follows "will not" or "would never", past adverbs ("he would not negotiate with M23", "Iran will
    never agree to"): a refusal said, not an event negated."""
    k = cand.first - 1
    while k > 0 and sent.lower[k] in lex.skip and sent.lower[k] not in _NOT and sent.lower[k] not in _WILL:
        k -= 1
    return cand.sense.pos == "verb" and k > 0 and sent.lower[k] in _NOT and sent.lower[k - 1] in _WILL


def _after_passive(sent: SentenceTokens, k: int, cand: Candidate, lex: Lexicon) -> bool:
    """Whether a verb in the past with an object of its own follows "and" at k that closes a passive ("had not been
    consulted and rejected the agreement"): an active verb, coordinated with the clause's auxiliary, not with the
    passive's participle (not "were not arrested or charged", which shares it)."""
    if not (cand.sense.pos == "verb" and is_past(sent, cand.first, lex) and cand.last < len(sent.lower) and (
            sent.lower[cand.last] in lex.determiner or sent.lower[cand.last] in POSSESSIVES) and k >= 2
            and is_past(sent, k - 1, lex)):
        return False
    j = k - 2
    while j > 0 and sent.lower[j] in lex.skip and sent.lower[j] not in lex.be:
        j -= 1  # "was not invited"
    return sent.lower[j] in lex.be


def _named_by_past_date(sent: SentenceTokens, cand: Candidate, when: DateMention | None,
                        published: date | None) -> bool:
    """Whether an event noun is named by a date before the story's, right before it ("the October 7 attack")."""
    return (cand.sense.pos == "noun" and when is not None and when.date is not None and published is not None
            and when.date < published and 0 <= sent.spans[cand.first][0] - when.end <= _DATE_GAP)


_DATE_GAP = 2  # characters between a date and the event noun it names


# Words that make an event noun after them name an event known to have happened ("the explosions", "its attack")
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our"})
# the negation words a noun's modifiers stop at: not the verbs among them ("the failed assassination attempt" is one
# that was made, and definite)
_NEGATIONS = frozenset({"no", "not", "never", "neither", "nor", "without"}) & GRAMMAR["negation"]
_DEFINITE_MODIFIERS = 3  # words between such a word and its noun ("the deadly suicide bombing")


def _definite(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether an event noun is definite, past its modifiers: "the explosions", "Saturday's attack", "its deadly
    raid"; a negation before it denies what the clause's verb says of it, not that it happened. The walk stops at a
    negation ("said that no arrests had been made": "that" opens the clause, it does not make "arrests" definite)."""
    if cand.sense.pos != "noun":
        return False
    k = cand.first - 1
    while k >= 0 and cand.first - k <= _DEFINITE_MODIFIERS and sent.is_word(k) and (
            sent.words[k].islower() or k > 0 and sent.words[k][:1].isupper()) and (  # "the Orlando nightclub attack"
            not sent.lower[k].endswith(("'s", "’s"))) and (
            sent.lower[k] not in _DEFINITE and sent.lower[k] not in lex.stop and sent.lower[k] not in lex.determiner
            and sent.lower[k] not in _NEGATIONS):
        k -= 1
    return k >= 0 and (sent.lower[k] in _DEFINITE or sent.lower[k].endswith(("'s", "’s")))


_DEMANDS = GRAMMAR["demand"]
_DEMAND_NOUNS = GRAMMAR["demand_noun"]
_DEMANDED_REACH = 5  # words after "for" of whom a demand asks to act ("calls for the prime minister to resign")
_ASKING_FOR = GRAMMAR["ask_for"]
_ASKED_MODIFIERS = 3  # words between a verb of demand and the event noun it asks for ("demanded an immediate and
# independent investigation" is past them: none)


def demand_of(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> int | None:
    """The token of the verb of demand whose object an event noun is, past its determiner and modifiers ("demanding his
    resignation", "called for an independent investigation", "urged a ceasefire": asked for, not done), else None."""
    if cand.sense.pos != "noun":
        return None
    head = cand.first
    if head > 1 and sent.lower[head - 1] == "of" and sent.lower[head - 2] in _SPELLS:
        head -= 2  # "called for a new day of strikes", "urged a week of marches": the spell asked for is of the event
    k = head - 1
    while k >= 0 and head - k <= _ASKED_MODIFIERS and (sent.words[k].islower() and sent.is_word(
            k) or sent.lower[k] in _APOSTROPHES and k > 0 and sent.lower[k - 1].endswith("s")) and (
            sent.lower[k] not in lex.stop and sent.lower[k] not in _DEMANDS and sent.lower[k] not in _AND_OR):
        k -= 1  # (past a plural's possessive: "negotiating the hostages' release")
    if k > 0 and sent.lower[k].endswith(("'s", "’s")) and sent.words[k][:1].isupper():
        # "demanded Mr Bazoum's immediate release": the name whose release is asked for
        name = k
        k -= 1
        while k > 0 and name - k < _NAME_WORDS and sent.words[k][:1].isupper():
            k -= 1
    if k < 0:
        return None
    if sent.lower[k] in _AND_OR and k > 0:
        # "demanding the fall of the regime and the release of detainees": a demand's object listed after another
        for j in range(k - 1, max(-1, k - 1 - _LISTED_REACH), -1):
            w = sent.lower[j]
            if w in _DEMANDS:
                return j
            if w == "for" and j > 0 and sent.lower[j - 1] in _ASKING_FOR:
                return j - 1
            if not sent.is_word(j) and w != "," or w in lex.clause or w in lex.reporting or w in lex.be:
                return None
        return None
    if sent.lower[k] in _DEMANDS:
        return k
    if sent.lower[k] == "for" and k > 0 and sent.lower[k - 1] in _ASKING_FOR:
        return k - 1
    if sent.lower[k] == "for" and (asked := _before_time(sent, k, lex)) is not None and (
            sent.lower[asked] in _ASKING_FOR):
        return asked  # "called on Wednesday for the release of …", "appealed again for a ceasefire": its time between
    if sent.lower[k] == "for" and cand.sense.event_type == "RETREAT":
        # "demanded 200 million naira for their release": what a demand is made for, past its object
        j = k - 1
        if j > 0 and sent.lower[j] == ")":
            # "demanded 200 million naira ($134,000) for their release": the sum in another currency, in brackets
            j = next((b - 1 for b in range(j - 1, max(-1, j - _BRACKET_WORDS), -1) if sent.lower[b] == "("), j)
        for j in range(j, max(-1, j - _PURPOSE_REACH), -1):
            w = sent.lower[j]
            if w in _DEMANDS or w in _ASKING_FOR:
                return j
            if not sent.is_word(j) or w in lex.stop or w in lex.clause or w in lex.reporting or w in lex.be:
                return None
    return None


_AND_OR = frozenset({"and", "or"})
# a spell of time or a run that an event noun after "of" fills ("a day of strikes", "a wave of protests")
_SPELLS = frozenset({"day", "days", "week", "weeks", "month", "months", "wave", "waves", "round", "rounds", "series",
                     "spell", "season", "campaign"})
_ASKED_TIME_WORDS = 4  # words of a time phrase between a verb of asking and its "for" ("earlier this month")


def _before_time(sent: SentenceTokens, k: int, lex: Lexicon) -> int | None:
    """The token before a short phrase of time that ends right before token k ("called on Wednesday| for", "appealed
    again| for"), else None."""
    j = k - 1
    while j >= 0 and k - j <= _ASKED_TIME_WORDS and (
            sent.lower[j] in _TIME_GAP or sent.lower[j] in lex.time or sent.lower[j] == "again"
            or is_calendar_word(sent.words[j])):
        j -= 1
    return j if 0 <= j < k - 1 else None
_BRACKET_WORDS = 8  # tokens of a sum in brackets ("( $ 134 , 000 )")
_APOSTROPHES = frozenset({"'", "’"})
_PURPOSE_REACH = 6  # words from "for" back to the verb of demand whose object stands between ("demanded a ransom of
# 200 million naira for")
# what a rule or a law lets be done, in the present that tells a standing rule ("the law allows police to arrest …")
_PERMITTING = frozenset({"allow", "allows", "permit", "permits", "authorizes", "authorises", "empowers", "enables"})


def _bare(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether a trigger is a word in its bare form, as a demand's clause puts its verb ("demanded that Israel release
    the detainees"; not "demanded that police explain why they arrested him", nor a noun, "demanded that the curfew
    be lifted")."""
    word = sent.lower[cand.first]
    after = sent.lower[cand.last] if cand.last < len(sent.lower) else ""
    return not word.endswith(("s", "ed", "ing")) and word not in lex.participle and word not in lex.verb and (
        sent.lower[cand.first - 1] not in lex.determiner and sent.lower[cand.first - 1] not in POSSESSIVES
        and after not in lex.be)  # ("demanded that the nightly coronavirus curfew be lifted": its subject)


_NAME_WORDS = 3  # words of a name in the possessive before what is asked for ("Mr Mohamed Bazoum's")
_LISTED_REACH = 12  # words back from "and" to the verb of demand whose objects it lists


def _planned_head(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether an event noun names what a plot was for, right before it: "a bomb plot", "the assassination plots"."""
    after = cand.last
    return cand.sense.pos == "noun" and after < len(sent.lower) and sent.lower[after] in _PLANNED_HEADS and (
        "future" in lex.modality_markers.get(sent.lower[after], ()))


_PLANNED_HEADS = GRAMMAR["event_head"]


def _past_time(sent: SentenceTokens, k: int, end: int, lex: Lexicon) -> int:
    """The first token from k on, before `end`, past a short phrase of time ("on Tuesday", "last week", "earlier this
    month"): where a verb's complement starts when its time comes first."""
    j = k
    while j < end and (sent.lower[j] in _TIME_GAP or sent.lower[j] in lex.time or is_calendar_word(sent.words[j])):
        j += 1
    return j


_TIME_GAP = frozenset({"on", "last", "this", "earlier", "late", "early"})
_PERFECT = frozenset({"has", "have", "had"})


def awaited(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether an event noun is what another act came before: "arrested 14 people in Nairobi ahead of protests", "in
    the run-up to the vote", "ahead of planned anti-tax protests": yet to come when that act was done (unless the
    article told it before: the caller knows)."""
    if cand.sense.pos != "noun":
        return False
    k = cand.first - 1
    while k >= 0 and cand.first - k <= _AWAITED_MODIFIERS and (
            sent.lower[k] in lex.determiner or sent.lower[k] in POSSESSIVES or sent.words[k][:1].isupper()
            or sent.is_word(k) and sent.words[k].islower() and sent.lower[k] not in lex.stop
            and sent.lower[k] not in _AWAITED_ENDS):
        k -= 1
    return k >= 1 and any(tuple(sent.lower[k - len(words) + 1:k + 1]) == words for words in _AWAITED)


# Phrases after which an event is yet to come ("ahead of the vote"), and their last words
_AWAITED = (("ahead", "of"), ("run-up", "to"), ("lead-up", "to"), ("build-up", "to"), ("anticipation", "of"),
            ("preparation", "for"), ("preparations", "for"))
_AWAITED_ENDS = frozenset(words[-1] for words in _AWAITED)
_AWAITED_MODIFIERS = 4  # words between such a phrase and its event noun ("ahead of planned anti-tax protests")


def _planned_after(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether an event noun is the subject of a plan told after it: "A vigil was planned for Sunday evening",
    "Another rally is scheduled for Tuesday" (a plan, not the act)."""
    k = cand.last
    return (cand.sense.pos == "noun" and k + 1 < len(sent.lower) and sent.lower[k] in lex.be
            and sent.lower[k + 1] in _PLANNED)


_TIME_CLAUSES = frozenset({"when", "after", "before", "since"})
_COMPARATIVES = frozenset({"fewer", "less", "more"})  # after "no" or "not", before "than", they hedge a count
_PLANNED = frozenset({"planned", "scheduled", "expected"})
_DAYS = frozenset({"day", "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend"})


# phrases that open a clause of purpose: what follows them is meant, not (yet) done
_PURPOSE = (("with", "a", "view", "to"), ("in", "a", "bid", "to"), ("in", "an", "effort", "to"), ("in", "order", "to"),
            ("so", "as", "to"), ("in", "an", "attempt", "to"))
# words from the phrase's "to" to a trigger of its clause ("… to rescuing the victims and arresting")
_PURPOSE_REACH = 10


def _of_purpose(sent: SentenceTokens, cand: Candidate, lex: Lexicon) -> bool:
    """Whether a verb is the predicate of a clause of purpose: "deployed its squads with a view to rescuing the
    remaining victims and arresting the perpetrators", "launched a manhunt in a bid to arrest the suspects" (not a noun or a verb
    of a phrase inside it, done before: "in order to quell the attacks on her", "in order to provide food during the
    lockdown ordered by the government")."""
    if cand.sense.pos != "verb":
        return False
    for k in range(cand.first - 1, max(-1, cand.first - 1 - _PURPOSE_REACH), -1):
        w = sent.lower[k]
        if w == "to" and any(tuple(sent.lower[k - len(p) + 1:k + 1]) == p for p in _PURPOSE if k >= len(p) - 1):
            return True
        if not sent.is_word(k) or w in lex.clause or w in lex.stop:
            return False
    return False


def _aside_relative(sent: SentenceTokens, comma: int, cand: Candidate, lex: Lexicon) -> int | None:
    """The token of "who" or "which" that opens a relative clause set off by commas, whose closing comma is at `comma`
    and is followed by the trigger verb, maybe past its auxiliaries ("His brother, who helped plan the attack, was
    jailed"), else None: the aside tells of its noun, and its own verbs say nothing of the clause's."""
    if not all(sent.lower[j] in lex.be or sent.lower[j] in _PERFECT or sent.lower[j] in lex.skip
               for j in range(comma + 1, cand.first)):
        return None
    for j in range(comma - 1, max(0, comma - 1 - _ASIDE_WORDS), -1):
        w = sent.lower[j]
        if w in _ASIDE_OPENERS and sent.lower[j - 1] == ",":
            return j
        if not sent.is_word(j):
            return None
    return None


_ASIDE_OPENERS = frozenset({"who", "which"})
_ASIDE_WORDS = 12  # words of a relative clause set off by commas ("who helped plan the attack")
_NEW_CLAUSE = frozenset({"and", "but"})


def _own_subject(sent: SentenceTokens, k: int, cand: Candidate, lex: Lexicon) -> bool:
    """Whether a verb in the past follows "and" or "but" at k past a subject pronoun of its own ("and he ordered",
    "but they refused"): a new clause, which what the clause before it negates or plans does not reach."""
    return is_past(sent, cand.first, lex) and cand.first == k + 2 and sent.lower[k + 1] in _SUBJECTS


_SUBJECTS = frozenset({"he", "she", "they", "we", "i", "it"})


def modality_of(sent: SentenceTokens, cand: Candidate, statement: Statement | None, when: DateMention | None,
                published: date | None, lex: Lexicon) -> str:
    """negated > hypothetical > future from the words just before the trigger in its clause, or future for
    an event dated after the article unless its verb says it is done ("takes effect in 2020" or "talks in
    2020", in 2015, are future; "attacked on 3 March 2031" is not, and its date stays doubtful); else
    reported inside a statement, else asserted."""
    if cand.sense.modality:
        return cand.sense.modality
    if cand.sense.event_type == "REJECT" and will_not(sent, cand, lex) and not any(
            s.event_type == "REJECT" for phrase, senses in lex.triggers[sent.lower[cand.first]] for s in senses):
        return "reported" if statement else "asserted"  # "would not negotiate": the refusal is the event (not "would
        # not reject the offer")
    found = {"future"} if demand_of(sent, cand, lex) is not None or _planned_head(sent, cand, lex) or _planned_after(
        sent, cand, lex) else set()
    if cand.sense.pos == "noun":
        found.update(_modal_after(sent, cand, lex))
    if _of_purpose(sent, cand, lex):
        found.add("future")
    later = when is not None and when.date is not None and published is not None and when.date > published
    if later and not (cand.sense.pos == "verb" and is_past(sent, cand.first, lex) or _means_of_past(sent, cand, lex)
                      or cand.sense.pos == "noun" and _subject_of_past(sent, cand, lex)):
        found.add("future")
    k = cand.first - 1
    denied = False
    # "foiled a plot on Monday and arrested three suspects", "is planning an offensive and has deployed troops": a
    # verb in the past after "and" is done, whatever was planned in the clause before it
    j = k - 1 if k >= 0 and sent.lower[k] in _PERFECT else k
    done = cand.sense.pos == "verb" and j >= 0 and sent.lower[j] in {"and", "or"} and is_past(sent, cand.first, lex)
    directed = cand.sense.pos == "verb" and cand.first > 0 and sent.lower[cand.first - 1] == "to"
    while k >= 0 and cand.first - k <= _MODALITY_WINDOW:
        w = sent.lower[k]
        if w == "," and cand.sense.pos == "verb" and (opener := _aside_relative(sent, k, cand, lex)) is not None:
            k = opener - 1  # "Hashem Abedi, who helped plan the attack, was jailed": the aside's verbs are its own
            continue
        if w in _NEW_CLAUSE and cand.sense.pos == "verb" and _own_subject(sent, k, cand, lex):
            break  # "… a gang leader escaped from prison, and he ordered the military to …": a clause of its own
        if w not in _MODAL_WORDS and not w.endswith(NEGATED_CONTRACTION) and not (
                directed and lex.in_class(w, "directing")) and sent.lower[k + 1] not in _COMPARATIVES:
            k -= 1  # (most words before a trigger are none that the tests below read: they are passed at once)
            continue
        if k + 2 < len(sent.lower) and sent.lower[k + 1] in _COMPARATIVES and sent.lower[k + 2] == "than":
            k -= 1
            continue  # "No fewer than 17 persons were killed", "not less than 12": a count's hedge, no negation
        if w in _DENIALS:
            # "the junta denied targeting civilians", "denies that its forces attacked": what the denial governs, not
            # a verb coordinated with it ("denies these allegations and accuses …") nor one it is about ("denied they
            # were behind the attacks")
            if k + 1 == cand.first or sent.lower[k + 1] == "that" and "and" not in sent.lower[k + 1:cand.first]:
                found.add("negated")
                denied = True
            break
        if w in _ANNOUNCING and cand.sense.pos == "noun" and cand.sense.event_type == "PROTEST" and all(
                sent.is_word(j) and sent.lower[j] not in lex.clause and sent.lower[j] not in lex.stop
                for j in range(k + 1, cand.first)):
            found.add("future")  # "Farmer leaders announced a rail blockade protest on Thursday": called, yet to come
        if w in {".", ";", ":"} or (w in lex.clause and w != "that") or w in lex.reporting or (
                w in _TIME_CLAUSES and not sent.since_adverb(k)):
            break  # (a clause of time has its own: "No one was killed when gunmen attacked the village")
        if w in _UNTIL and k + 1 < cand.first:
            # "would not withdraw until a final deal was reached": a condition awaited, not done; "fought until
            # police arrived": done, and what is denied before "until" is not this
            if any(b in _AWAITING or b.endswith(NEGATED_CONTRACTION)
                   for b in sent.lower[max(0, k - _MODALITY_WINDOW):k]):
                found.add("hypothetical")
            break
        if w in {"and", "or"} and after_modal(sent, k, cand.first, lex):
            break  # "said the sacrifice would not go in vain and vowed to …": the vow is the speaker's, not negated
        if w in {"and", "or"} and _after_passive(sent, k, cand, lex):
            break  # "said it had not been consulted and rejected the agreement": the rejection is done
        if w == "may" and _is_month_or_name(sent, k) or w == "set" and sent.lower[k + 1] not in _SET_FOR:
            k -= 1  # "set off an explosion", "set up a checkpoint": done, not "set to visit", "set for Tuesday"
            continue
        # "pledged on Tuesday to release": the time of the pledge, skipped by the verbs of refusal, intent or the future
        # (the only words that ask where their complement starts)
        nxt = _past_time(sent, k + 1, cand.first, lex) if (
            w in _REFUSALS or w in INTENT or "future" in lex.modality_markers.get(w, ())) else -1
        if w in _REFUSALS and nxt + 1 == cand.first and sent.lower[nxt] == "to":
            found.add("negated")  # "has refused to step down", "declined on Monday to sign the accord": not done
        if w in _CANCELLING and cand.sense.pos == "noun" and all(
                sent.is_word(j) and sent.lower[j] not in lex.clause and sent.lower[j] not in _JOINING
                for j in range(k + 1, cand.first)):
            found.add("negated")  # "suspended peace talks", "postponed the talks": not held
            denied = True  # (definite as the noun is: what was put off, not a done event a denial is about)
        if w in INTENT and nxt + 1 == cand.first and sent.lower[nxt] == "to":
            found.add("future")  # "he wanted to kill as many as possible", "agreed on Monday to release": not done
        if k + 1 < cand.first - 1 and sent.lower[cand.first - 1] == "to" and cand.sense.pos == "verb" and lex.in_class(
                w, "directing") and all(sent.is_word(j) for j in range(k + 1, cand.first - 1)):
            found.add("future")  # "ordered the military to neutralize 22 gangs": ordered, not (yet) done
        if w in _PERMITTING and k + 1 < cand.first - 1 and sent.lower[cand.first - 1] == "to" and (
                cand.sense.pos == "verb" and all(sent.is_word(j) for j in range(k + 1, cand.first - 1))):
            found.add("hypothetical")  # "a law which allows its vessels to fire on foreign ships": what may be done
        if w in _DEMAND_NOUNS and cand.sense.pos == "verb" and sent.lower[cand.first - 1] == "to" and (
                k + 2 == cand.first or sent.lower[k + 1] == "for" and k + 3 < cand.first <= k + 3 + _DEMANDED_REACH
                and all(sent.is_word(j) and sent.lower[j] not in lex.clause for j in range(k + 2, cand.first - 1))):
            found.add("future")  # "has rejected calls to step down", "calls for Boluarte to resign": asked, not done
        if w in _DEMANDS and k + 2 < cand.first and sent.lower[k + 1] == "that" and _bare(sent, cand, lex):
            found.add("future")  # "demanded that China immediately withdraw its vessels": asked for, not done
        markers = lex.modality_markers.get(w, ())
        if w == "next" and k > 0 and sent.lower[k - 1] == "the" and k + 1 < cand.first and sent.lower[k + 1] in _DAYS:
            markers = ()  # "The next day, residents blocked the highway": the day after one told, not one to come
        if "future" in markers and w.endswith(("ed", "s", "ing")) and (not (
                sent.lower[nxt] in _SET_FOR or sent.lower[nxt] in lex.determiner or nxt == cand.first)
                or "," in sent.lower[k + 1:cand.first]):
            markers = ()  # "pledged to attack", "planned attacks", "is preparing an offensive"; not "a gunman who
            # pledged allegiance to the Islamic State killed 49": a verb of its own clause, with its own object; nor
            # "to protest against the government's plans to cut subsidies, blocking roads": the clause after its comma
        found.update(m for m in markers if not (done and m == "future"))
        if w.endswith(NEGATED_CONTRACTION):  # "didn't", "won’t"
            found.add("negated")
        k -= 1
    if "negated" in found and not denied and _definite(sent, cand, lex):
        found.discard("negated")  # "Israel did not comment on the explosions": they happened; the comment did not
    if "future" in found and not later and _named_by_past_date(sent, cand, when, published):
        found.discard("future")  # "accused of planning the October 7 attack": an attack that happened, named by its day
    if "future" in found and any(w in CONDITIONALS for w in sent.lower):
        found.add("hypothetical")
    for modality in _MODALITY_ORDER:
        if modality in found:
            return modality
    return "reported" if statement else "asserted"


# Every word the loop of `modality_of` tests a word before the trigger for (the lexicon's clause and reporting words,
# its modality markers, which are its negation, hypothetical, future and reported words, and this module's sets),
# but for a negated contraction, a verb of directing and a comparative after it, which it tests apart
_MODAL_WORDS = frozenset().union(
    *(GRAMMAR[role] for role in ("clause", "reporting", "negation", "hypothetical", "future", "reported")),
    _DENIALS, _TIME_CLAUSES, _UNTIL, _REFUSALS, INTENT, _CANCELLING, _PERMITTING, _DEMANDS, _DEMAND_NOUNS,
    {".", ";", ":", "and", "or", "may", "set", "next"})
