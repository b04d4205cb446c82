"""Article sentences → PLOVER-typed events: trigger, actor, target, place, date and modality, all grounded.

One pass over the article's tokens finds trigger words from `plover_triggers.tsv`; only sentences with a
trigger are analysed further. Around each trigger, closed-class words (`plover_grammar.tsv`) delimit the
actor and target noun phrases (active and passive voice, coordinated actors, light verbs such as "staged a
protest"), `geo` finds the place and the countries, `dates` the date, and the statements of the article
tell which events are reported speech.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from collections.abc import Callable, Iterator
from datetime import date, datetime
from functools import cache

from etl.extract import geo
from etl.extract.dates import DateMention, find_dates, is_calendar_word
from etl.extract.mentions import Mention, resolver_for
from etl.extract.text import ABBREVIATIONS, TOKEN, Doc, Enclosures, Sentence, lower, tokens
from etl.extract.wordlists import tsv_rows
from etl.ids import stable_hash
from etl.records import Event, Statement

VERSION = "events-rules-1.1"
# The key under which the article's name resolver is shared with other extractors (`Doc.shared`).

_FIRST_WORD = re.compile(r"\w+")
_MAX_NP = 8              # tokens in an actor or target phrase
_OBJECT_WINDOW = 10      # tokens after a trigger searched for the object that decides its sense
_BARE_PARTICIPLE_WINDOW = 3  # tokens before a participle searched likewise ("a pact signed in June")
_DATE_REACH = 8          # most tokens between a trigger and a date of its own
_MODALITY_WINDOW = 6     # tokens before a trigger searched for negation, modals and the like
# PLOVER's verbal event types: when the statements extractor took the trigger as its speech cue, the speech
# act is itself the event ("The White House criticized …"); any other cue is only a reporting verb.
_VERBAL_TYPES = frozenset({"ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT", "AGREE", "CONCEDE"})
# Modality markers outrank one another in this order: "could not attack" is negated.
_MODALITY_ORDER = ("negated", "hypothetical", "future", "reported")
# Prepositions that introduce the target of a verb or an event noun ("attack on", "talks with", "sent to").
_TARGET_PREPOSITIONS = ("against", "on", "at", "with", "to", "into", "upon", "toward", "towards")
_NOUN_TARGET_PREPOSITIONS = ("against", "on", "with", "of", "upon", "toward", "towards", "to")
_ADVERBS_BEFORE_PARTICIPLE = frozenset({"reportedly", "allegedly", "also", "recently", "reported", "previously"})
# Words that may come before a sentence's opening place, besides its date: "On 9 May 2020, in …".
_OPENING_WORDS = frozenset({"on", "in", "around", "at", "near", "as", "reported", "the", "outside", "inside",
                            "across", "between", "and"})
# Event types whose target may be the place itself ("shelled Kiriba", "blocked the Toro road"); the
# target of AID or CONSULT is a recipient, not where it happened ("supplied artillery to Russia").
_PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})
_NEGATED_CONTRACTION = ("n't", "n’t")
_ADJECTIVE_SUFFIXES = ("al", "ive", "ful", "ous", "ic", "ent", "ant", "ary", "ible", "able", "ing", "ish")
_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})
# Words after which a verb form is a noun: "a rebuke", "his call for", "their promise"
_NOUN_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this",
                               "that", "these", "those", "no", "any", "every", "each"})
# Words a phrase does not end with: "the army and", "members of", "vowed last month" → "last"
_NOT_LAST_IN_PHRASE = frozenset({"of", "and", "the", "last", "next", "this", "earlier", "later", "past"})
# Words between a form of "be" and its participle: "was reportedly captured", "has not been seen".
_BEFORE_PARTICIPLE = frozenset({"reportedly", "allegedly", "also", "not", "never", "then", "later", "just",
                                "already", "been", "being", "all", "both", "n't"})
# Particles and complements right after a verb, before its object: "shot dead", "beat up", "fired back".
_AFTER_VERB = frozenset({"back", "down", "up", "out", "off", "over", "alive", "dead"})
# Words before a trigger noun that make it part of a title: "Deputy Defence Minister", "Vice President".
_TITLE_PREFIXES = frozenset({"vice", "deputy"})
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
_LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "of"})


@dataclass(frozen=True, slots=True)
class Sense:
    """One reading of a trigger word, from a row of plover_triggers.tsv."""
    pos: str
    event_type: str
    mode: str | None
    condition: str | None   # "object", "context", "paragraph", "unless", "intransitive" or None
    word_class: str | None  # the class a condition looks for
    modality: str | None


@dataclass(frozen=True)
class _Lexicon:
    # first token → [(all tokens of the phrase, senses in the order they are tried)], longest phrase first
    triggers: dict[str, list[tuple[tuple[str, ...], tuple[Sense, ...]]]]
    # the longest word of every trigger phrase: a sentence without any of them has no trigger
    # ("strike" for "on strike", "alert" for "state of alert")
    key_words: frozenset[str]
    classes: dict[str, frozenset[str]]
    class_prefixes: dict[str, tuple[str, ...]]
    # the roles of plover_grammar.tsv, as attributes for the hot paths
    skip: frozenset[str]
    be: frozenset[str]
    determiner: frozenset[str]
    quantifier_of: frozenset[str]
    count: frozenset[str]
    stop: frozenset[str]
    pronoun: frozenset[str]
    light_verb: frozenset[str]
    clause: frozenset[str]
    reporting: frozenset[str]
    intransitive: frozenset[str]
    role: frozenset[str]
    time: frozenset[str]
    verb: frozenset[str]
    participle: frozenset[str]
    modality_markers: dict[str, tuple[str, ...]]  # word → the modalities it marks

    def in_class(self, word: str, word_class: str) -> bool:
        return word in self.classes[word_class] or word.startswith(self.class_prefixes[word_class])


# A sense whose condition names a particular object outranks one that reads the whole sentence, which
# outranks the default: "struck a deal" is AGREE even in a sentence about the army.
_CONDITION_RANK = {"object": 0, "intransitive": 1, "context": 2, "paragraph": 2, "unless": 2, None: 3}


@cache
def _lexicon() -> _Lexicon:
    senses: dict[tuple[str, ...], list[Sense]] = {}
    for row in tsv_rows("plover_triggers.tsv"):
        forms, pos, event_type, *rest = row + [""] * (6 - len(row))
        mode, when, modality = (rest + ["", "", ""])[:3]
        condition, _, word_class = when.partition(":")
        sense = Sense(pos, event_type, mode or None, condition or None, word_class or None, modality or None)
        for form in forms.split(","):
            phrase = tuple(t.lower() for t in TOKEN.findall(form.strip()))
            if phrase:
                senses.setdefault(phrase, []).append(sense)
    triggers: dict[str, list[tuple[tuple[str, ...], tuple[Sense, ...]]]] = {}
    for phrase, found in senses.items():
        ordered = tuple(sorted(found, key=lambda s: _CONDITION_RANK[s.condition]))
        triggers.setdefault(phrase[0], []).append((phrase, ordered))
    for entries in triggers.values():
        entries.sort(key=lambda e: -len(e[0]))
    classes, prefixes = {}, {}
    for name, words in tsv_rows("plover_classes.tsv"):
        items = [w.strip() for w in words.split(",") if w.strip()]
        classes[name] = frozenset(w for w in items if not w.endswith("*"))
        prefixes[name] = tuple(w[:-1] for w in items if w.endswith("*"))
    roles: dict[str, set[str]] = {}
    for word, role in tsv_rows("plover_grammar.tsv"):
        roles.setdefault(role, set()).add(word)
    frozen = {r: frozenset(w) for r, w in roles.items()}
    markers: dict[str, tuple[str, ...]] = {}
    for role, modality in (("negation", "negated"), ("hypothetical", "hypothetical"), ("future", "future"),
                           ("reported", "reported")):
        for word in frozen[role]:
            markers[word] = markers.get(word, ()) + (modality,)
    key_words = frozenset(max(phrase, key=len) for phrase in senses)
    return _Lexicon(triggers, key_words, classes, prefixes, **{f: frozen[f] for f in (
        "skip", "be", "determiner", "quantifier_of", "count", "stop", "pronoun", "light_verb", "clause", "reporting",
        "intransitive", "role", "time", "verb", "participle")},
        modality_markers=markers)


@dataclass(slots=True)
class _Sentence:
    """The tokens of one sentence, as offsets, surface words and lower-case words, and whether its paragraph
    holds a word of a class (asked only by the senses that need it)."""
    start: int
    end: int
    spans: list[tuple[int, int]]
    words: list[str]
    lower: list[str]
    paragraph_has: Callable[[str], bool]
    classes: dict[str, bool] = field(default_factory=dict)

    def is_word(self, k: int) -> bool:
        return 0 <= k < len(self.words) and (self.words[k][0].isalnum() or self.words[k][0] == "_")

    def has(self, word_class: str, lex: _Lexicon) -> bool:
        """Whether a word of the class is in the sentence; remembered, since each trigger of it may ask."""
        if word_class not in self.classes:
            self.classes[word_class] = any(lex.in_class(w, word_class) for w in self.lower)
        return self.classes[word_class]


@dataclass(slots=True)
class _Candidate:
    """A trigger found in a sentence, with the sense chosen for it and the phrases found around it."""
    first: int          # token index of the trigger's first token
    last: int           # token index after the trigger's last token
    sense: Sense
    actor: tuple[int, int] | None = None
    target: tuple[int, int] | None = None
    evidence: int | None = None  # token that decided the sense, when it is the object


# The answer of `_choose_sense` for words that are no event in the sense that applies.
_NO_EVENT = _Candidate(-1, -1, Sense("verb", "-", None, None, None, None))


# --- the entry point ----------------------------------------------------------------------------------


def extract(doc: Doc, statements: list[Statement]) -> list[Event]:
    """All events of one article; `statements` (from the statements extractor) mark reported speech."""
    lex = _lexicon()
    text = doc.text
    article_id = doc.article.article_id
    published = doc.article.published_at
    published_day = published.date() if isinstance(published, datetime) else published
    lowered = lower(text)
    cues = Enclosures((s.cue_start, s.cue_end) for s in statements if s.cue_start is not None)
    said = _Statements(statements)
    events: list[Event] = []
    scenes: dict[int, geo.Place | None] = {}
    names = _Names(doc)
    paragraphs = _ParagraphWords(doc, lowered, lex)
    for sentence in doc.sentences:
        # findall and isdisjoint run in C: most sentences are skipped without a Python loop over their words
        if lex.key_words.isdisjoint(TOKEN.findall(lowered, sentence.start, sentence.end)) or _is_heading(
                text, sentence.start, sentence.end):
            continue
        sent = _tokenize(text, lowered, sentence, paragraphs)
        candidates = _candidates(sent, lex, cues)
        if not candidates:
            continue
        sentence_dates = find_dates(text, published, sentence.start, sentence.end)
        places = _Places(geo.find_places(text, sentence.start, sentence.end, sent.spans))
        dated = _assign_dates(sent, candidates, sentence_dates, lex, cues)
        opening = _opening_place(sent, sent.spans[candidates[0].first][0], places.places, sentence_dates)
        run_ends = _run_ends(sent, candidates, lex)
        for n, cand in enumerate(candidates):
            # a place belongs to the nearest trigger: none is looked for past a neighbouring one, unless
            # the neighbours are coordinated ("were killed, injured or captured in Dalo area")
            lo_off = sent.spans[candidates[n - 1].last - 1][1] if n else sentence.start
            m = run_ends[n]
            hi_off = sent.spans[candidates[m].first][0] if m < len(candidates) else sentence.end
            nearby = places.within(lo_off, hi_off)
            place = _location(text, sent, cand, nearby, places, opening, lex)
            if place is None or not place.locality:  # a site ("the central prison") in the paragraph's town
                place = _scene(doc, lowered, sentence, scenes, paragraphs) or place
            events.append(_event(text, article_id, sent, cand, place, dated.get(cand.first), published_day,
                                 said, names, lex))
    return events


class _ParagraphWords:
    """The lower-case words of each paragraph, split on first request, and the word classes found in it."""

    def __init__(self, doc: Doc, lowered: str, lex: _Lexicon):
        self._doc = doc
        self._lowered = lowered
        self._lex = lex
        self._words: dict[int, frozenset[str]] = {}
        self._classes: dict[tuple[int, str], bool] = {}

    def of(self, paragraph: int) -> frozenset[str]:
        if paragraph not in self._words:
            start, end = self._doc.paragraphs[paragraph]
            self._words[paragraph] = frozenset(TOKEN.findall(self._lowered, start, end))
        return self._words[paragraph]

    def has(self, paragraph: int, word_class: str) -> bool:
        key = (paragraph, word_class)
        if key not in self._classes:
            self._classes[key] = any(self._lex.in_class(w, word_class) for w in self.of(paragraph))
        return self._classes[key]


def _tokenize(text: str, lowered: str, sentence: Sentence, paragraphs: _ParagraphWords) -> _Sentence:
    spans = tokens(text, sentence.start, sentence.end)
    return _Sentence(sentence.start, sentence.end, spans, [text[s:e] for s, e in spans],
                     [lowered[s:e] for s, e in spans], lambda c: paragraphs.has(sentence.paragraph, c))


def _run_ends(sent: _Sentence, candidates: list[_Candidate], lex: _Lexicon) -> list[int]:
    """For each trigger, the index of the first later trigger that is neither coordinated with the one
    before it nor a participle clause (len(candidates) when there is none); read from the right, once, so
    that a sentence of many coordinated triggers costs no more than their number."""
    out = [len(candidates)] * len(candidates)
    for n in range(len(candidates) - 2, -1, -1):
        m = n + 1
        joined = _coordinated(sent, candidates[n], candidates[m], lex) or _participial(sent, candidates[m])
        out[n] = out[m] if joined else m
    return out


def _participial(sent: _Sentence, cand: _Candidate) -> bool:
    """ "staged a protest, demanding pay rises, in Lenga": a participle clause after a comma
    does not take the place that follows it away from the main event."""
    return cand.first > 0 and sent.words[cand.first - 1] == "," and sent.lower[cand.first].endswith("ing")


def _scene(doc: Doc, lowered: str, sentence: Sentence, scenes: dict[int, geo.Place | None],
           paragraphs: _ParagraphWords) -> geo.Place | None:
    """The place that opens the first sentence of the sentence's paragraph ("On 7 May 2021, in Lenga,
    Tessal, the police …"): the setting of the paragraph's later events that name no place."""
    if sentence.paragraph not in scenes:
        first = doc.sentences[bisect_left(doc.sentences, sentence.paragraph, key=lambda s: s.paragraph)]
        text = doc.text
        opener = _FIRST_WORD.match(lowered, first.start, first.end)
        if opener is None or opener.group() not in _OPENING_WORDS:  # most paragraphs: no opening place
            scenes[sentence.paragraph] = None
            return None
        sent = _tokenize(text, lowered, first, paragraphs)
        places = geo.find_places(text, first.start, first.end, sent.spans)
        dates = find_dates(text, doc.article.published_at, first.start, first.end) if places else []
        scenes[sentence.paragraph] = _opening_place(sent, first.end, places, dates) if places else None
    return scenes[sentence.paragraph]


def _coordinated(sent: _Sentence, left: _Candidate, right: _Candidate, lex: _Lexicon) -> bool:
    """Whether two triggers are coordinated verbs or nouns ("killed, injured or captured", "attacked and
    looted"), so that what follows the second is said of both."""
    between = sent.lower[left.last:right.first]
    return bool(between) and all(w in {",", "and", "or", "then"} or w in lex.skip for w in between)


def _is_heading(text: str, start: int, end: int) -> bool:
    """A section heading ("Strengthened Ties Between Pyongyang and Moscow"): title case, no closing
    punctuation. Its words repeat the body and are no report of an event."""
    if text[end - 1] in ".!?\"”’:)":
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", text[start:end])
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


# --- triggers and their senses ------------------------------------------------------------------------


def _candidates(sent: _Sentence, lex: _Lexicon, cues: Enclosures) -> list[_Candidate]:
    """The triggers of a sentence with their senses, actors and targets, in text order."""
    out: list[_Candidate] = []
    consumed: set[int] = set()
    k = 0
    n = len(sent.lower)
    while k < n:
        cand, last = None, k + 1
        # the longest phrase with a sense that applies: "seized on images" is no event, "seized on
        # December 26th" falls back to "seized"
        for phrase, senses in lex.triggers.get(sent.lower[k], ()):
            if tuple(sent.lower[k:k + len(phrase)]) == phrase:
                cand = _choose_sense(sent, k, k + len(phrase), senses, lex)
                if cand is not None:
                    last = k + len(phrase)
                    break
        if (cand and cand is not _NO_EVENT and not consumed.intersection(range(k, last))
                and not _is_modifier_or_title(sent, k, last, cand.sense.pos, cand.sense.event_type, lex)
                and not _is_speech_cue(sent, cand, cues)):
            out.append(cand)
            if cand.evidence is not None:
                consumed.add(cand.evidence)  # "preparing for troop deployments": one event, not two
        k = last
    for cand in out:
        _find_parties(sent, cand, out, lex)
    return out


def _choose_sense(sent: _Sentence, first: int, last: int, senses: tuple[Sense, ...],
                  lex: _Lexicon) -> _Candidate | None:
    """The first sense whose condition holds; None when only conditional senses exist and none holds;
    _NO_EVENT when the chosen sense says the words are no event ("released a statement")."""
    if len({s.pos for s in senses}) > 1:
        pos = _part_of_speech(sent, first, last, lex)
        senses = tuple(s for s in senses if s.pos == pos) + tuple(s for s in senses if s.pos != pos)
    for sense in senses:
        evidence = None
        if sense.condition == "object":
            evidence = _object_evidence(sent, first, last, sense.word_class, lex)
            if evidence is None:
                continue
        elif sense.condition in ("context", "paragraph"):
            # "A+B": words of both classes; "A|B": a word of either
            has = (lambda c: sent.has(c, lex)) if sense.condition == "context" else sent.paragraph_has
            if not all(any(has(c) for c in group.split("|")) for group in sense.word_class.split("+")):
                continue
        elif sense.condition == "unless":
            if sent.has(sense.word_class, lex):
                continue
        elif sense.condition == "intransitive":
            if last < len(sent.lower) and (sent.lower[last] in lex.determiner or sent.lower[last] == "that"):
                continue
        if sense.event_type == "-":
            return _NO_EVENT
        if sense.pos == "verb" and _after_determiner(sent, first):
            sense = replace(sense, pos="noun")  # "a comprehensive rebuke", "his call for a ban"
        return _Candidate(first, last, sense, evidence=evidence)
    return None


def _after_determiner(sent: _Sentence, first: int) -> bool:
    """Whether a verb form stands after a determiner or possessive, maybe past one adjective, and so is a
    noun: "a rebuke", "a comprehensive rebuke", "his call for" (but "the army shelled" is a verb)."""
    if sent.lower[first].endswith("ed") or first == 0:
        return False
    prev = sent.lower[first - 1]
    if prev in _NOUN_DETERMINERS:
        return True
    return (first > 1 and sent.lower[first - 2] in _NOUN_DETERMINERS and sent.words[first - 1].islower()
            and prev.endswith(_ADJECTIVE_SUFFIXES))


def _part_of_speech(sent: _Sentence, first: int, last: int, lex: _Lexicon) -> str:
    """Noun or verb, for words that are both ("attacks", "protest", "fighting"), from the word before:
    "the/their/heavy attacks" are nouns, "they/were/militants attack" verbs."""
    if first == 0 or not sent.is_word(first - 1):
        nxt = sent.lower[last] if last < len(sent.lower) else "."
        return "noun" if not sent.is_word(last) or (nxt in lex.stop) else "verb"
    prev, word = sent.lower[first - 1], sent.words[first - 1]
    if prev in lex.pronoun or prev in lex.skip or prev == "to" or prev.endswith(_NEGATED_CONTRACTION):
        return "verb"
    if prev in lex.determiner or prev in lex.stop or prev.endswith(("'s", "’s")) or prev in {
            "their", "his", "its", "her", "our", "no", "any", "every", "each", "further", "new", "fresh"}:
        return "noun"
    if word[0].isupper():
        nxt = sent.lower[last] if last < len(sent.lower) else "."
        return "noun" if not sent.is_word(last) or (nxt in lex.stop) else "verb"
    return "verb" if prev.endswith("s") and not prev.endswith("ss") else "noun"


def _object_evidence(sent: _Sentence, first: int, last: int, word_class: str, lex: _Lexicon) -> int | None:
    """Token of `word_class` in the trigger's object: a few words after it, or just before a bare participle."""
    for k in range(last, min(len(sent.lower), last + _OBJECT_WINDOW)):
        w = sent.lower[k]
        if lex.in_class(w, word_class):
            return k
        if w in {".", ";", ":"} or w in lex.clause or w in lex.reporting:
            break
    for k in range(first - 1, max(-1, first - 1 - _BARE_PARTICIPLE_WINDOW), -1):
        w = sent.lower[k]
        if lex.in_class(w, word_class):
            return k
        if not sent.is_word(k):
            break
    return None


def _is_modifier_or_title(sent: _Sentence, first: int, last: int, pos: str, event_type: str, lex: _Lexicon) -> bool:
    """Trigger words that only name something else: "Trade Minister", "Strike Force", "aid workers"."""
    word = sent.words[first]
    if word[0].isupper() and not word.isupper() and first > 0 and sent.is_word(first - 1):
        return True  # capitalised inside a sentence: part of a name or a title (an acronym is neither: "IED")
    if pos == "noun" and last < len(sent.lower) and sent.is_word(last) and sent.words[last].islower():
        nxt = sent.lower[last]
        if event_type == "PROTEST" and nxt not in lex.role:
            return False  # "a protest march", "a protest bike-ride": still a protest
        # "attack helicopter", "ambush journalist": a noun before another noun only modifies it; what
        # follows an event noun is a function word or its verb ("the attack left five dead")
        if nxt in lex.role or not (nxt in lex.verb or nxt in lex.skip or nxt in lex.stop or nxt in lex.clause
                                   or nxt in lex.reporting or nxt in lex.determiner or nxt in lex.triggers
                                   or nxt.endswith(("ed", "s", "ing")) or nxt in {"and", "or", "of"}):
            return True
    return first > 0 and sent.lower[first - 1] in _TITLE_PREFIXES


def _is_speech_cue(sent: _Sentence, cand: _Candidate, cues: Enclosures) -> bool:
    """Whether the trigger is a statement's reporting verb and no verbal PLOVER event in its own right."""
    if cand.sense.event_type in _VERBAL_TYPES:
        return False
    s, e = sent.spans[cand.first][0], sent.spans[cand.last - 1][1]
    return cues.holds(s, e)


# --- actor and target ---------------------------------------------------------------------------------


def _find_parties(sent: _Sentence, cand: _Candidate, others: list[_Candidate], lex: _Lexicon) -> None:
    """Set the actor and target of a trigger: by voice for verbs ("was captured by X"), by "between", "by",
    possessor, modifier or light verb for event nouns, and by coordination ("X dispersed … and arrested")."""
    first, last = cand.first, cand.last
    by_actor = _by_phrase(sent, last, lex)
    if cand.sense.pos == "verb" and (_after_be(sent, first, lex) or (by_actor and _is_participle(sent, first, lex))
                                     or _reduced_relative(sent, cand, lex)):
        cand.actor = by_actor
        cand.target = _subject(sent, first, lex) or _participle_head(sent, first, lex)
        return
    between = _between_phrase(sent, last, lex)
    if between:
        cand.actor = between
    elif by_actor and cand.sense.pos == "noun":
        cand.actor = by_actor
    elif cand.sense.pos == "noun":
        cand.actor = _noun_actor(sent, first, lex)
    else:
        cand.actor = _subject(sent, first, lex)
        if cand.actor is None and _follows_coordination(sent, first, lex):
            earlier = [o for o in others if o.last <= first and o.actor and o.sense.pos == "verb"]
            cand.actor = earlier[-1].actor if earlier else None
    # OTHER happenings (a death, a pact coming into force) have no recipient
    cand.target = _target(sent, cand, others, lex) if cand.sense.event_type != "OTHER" else None


def _reduced_relative(sent: _Sentence, cand: _Candidate, lex: _Lexicon) -> bool:
    """A bare participle after its noun, with no object: "the soldier captured alive has died", "troops
    deployed to Kursk", "a pact signed in June"."""
    first = cand.first
    word = sent.lower[cand.last - 1]
    if not word.endswith("ed") or word in lex.intransitive or first == 0:
        return False
    k = first - 1
    while k > 0 and sent.lower[k] in _ADVERBS_BEFORE_PARTICIPLE:
        k -= 1
    before = sent.lower[k]
    if not sent.is_word(k) or before in lex.skip or _is_boundary(before, lex) or before in {"and", "or"}:
        return False
    k = cand.last
    while k < len(sent.lower) and sent.lower[k] in {"alive", "reportedly", "allegedly"}:
        k += 1
    if k + 1 < len(sent.lower) and sent.lower[k] == "to" and cand.sense.event_type in _VERBAL_TYPES and _infinitive(
            sent, k + 1, lex):
        return False  # a speech act with its infinitive: "Prosecutors initially threatened to charge him"
    return k >= len(sent.lower) or not sent.is_word(k) or sent.lower[k] in lex.stop or (
        sent.lower[k] in lex.skip)


def _noun_actor(sent: _Sentence, first: int, lex: _Lexicon) -> tuple[int, int] | None:
    """Who acts in an event noun: the light verb's subject ("protesters staged a demonstration"), a
    possessor or a name before it ("Russia's invasion", "Taliban attacks"), or an agent noun ("police
    crackdown"); an adjective ("futile attacks") is no actor."""
    found = _subject(sent, first, lex)
    if found is None:
        return None
    i, j = found
    if any(sent.lower[k] in lex.light_verb for k in range(j, first)):
        return found
    # from its first name or agent noun: "recent police shootings" → "police"
    for k in range(i, j):
        if sent.words[k][0].isupper() or lex.in_class(sent.lower[k], "agents") or sent.lower[k] in lex.pronoun:
            return k, j
    return None


def _skip_back(sent: _Sentence, k: int, lex: _Lexicon) -> int:
    """Index of the first token before k that is no auxiliary, modal or adverb."""
    while k >= 0 and (sent.lower[k] in lex.skip or sent.lower[k].endswith(_NEGATED_CONTRACTION)
                      or (sent.lower[k].endswith("ly") and sent.words[k].islower() and len(sent.lower[k]) > 4)):
        k -= 1
    return k


def _after_be(sent: _Sentence, first: int, lex: _Lexicon) -> bool:
    """Whether a participle trigger follows a form of "be": "was captured", "have been killed"."""
    k = first - 1
    while k >= 0 and (sent.lower[k] in _BEFORE_PARTICIPLE
                      or (sent.lower[k].endswith("ly") and sent.words[k].islower())):
        if sent.lower[k] in {"been", "being"}:
            return _is_participle(sent, first, lex)
        k -= 1
    return k >= 0 and sent.lower[k] in lex.be and _is_participle(sent, first, lex)


def _is_past(sent: _Sentence, first: int, lex: _Lexicon) -> bool:
    """Whether the trigger's first word is a past form: "-ed" or an irregular one ("fought", "shot")."""
    w = sent.lower[first]
    return w.endswith("ed") or w in lex.verb or w in lex.participle


def _is_participle(sent: _Sentence, first: int, lex: _Lexicon) -> bool:
    """Whether the trigger's first word is a past participle: "-ed", "-en" or an irregular one ("shot")."""
    w = sent.lower[first]
    return w.endswith(("ed", "en", "wn")) or w in lex.participle


def _by_phrase(sent: _Sentence, last: int, lex: _Lexicon) -> tuple[int, int] | None:
    """ "by X" right after the trigger, past an adverb or two ("captured alive by Ukrainian forces")."""
    for k in range(last, min(len(sent.lower), last + 3)):
        if sent.lower[k] == "by":
            return _noun_phrase(sent, k + 1, lex)
        if not sent.is_word(k) or sent.lower[k] in lex.stop:
            return None
    return None


def _between_phrase(sent: _Sentence, last: int, lex: _Lexicon) -> tuple[int, int] | None:
    """ "clashes (erupted) between X and Y": both sides are actors."""
    for k in range(last, min(len(sent.lower), last + 3)):
        if sent.lower[k] == "between":
            return _noun_phrase(sent, k + 1, lex, coordinate=True)
        if not sent.is_word(k):
            return None
    return None


def _follows_coordination(sent: _Sentence, first: int, lex: _Lexicon) -> bool:
    """Whether a verb trigger is the second of coordinated verbs: "Police dispersed the group and arrested …"."""
    k = _skip_back(sent, first - 1, lex)
    return k >= 0 and sent.lower[k] in {"and", "or", "then"}


def _subject(sent: _Sentence, first: int, lex: _Lexicon) -> tuple[int, int] | None:
    """The noun phrase before a trigger: its subject, or for an event noun the subject of its light verb
    ("protesters staged a demonstration") or its possessor ("Russia's invasion")."""
    k = _skip_back(sent, first - 1, lex)
    if k < 0 or sent.lower[k] in {"and", "or"}:
        return None
    low = sent.lower[k]
    if low == "," and k > 0:
        return _before_apposition(sent, k, lex)
    if low in lex.determiner and not low.isdigit():
        # "staged a protest", "launched an attack": the subject of the light verb acts
        j = k
        while j >= 0 and sent.lower[j] not in lex.light_verb and (
                sent.lower[j] in lex.determiner or _is_modifier_word(sent, j)):
            j -= 1
        if j >= 0 and sent.lower[j] in lex.light_verb:
            while j >= 0 and sent.lower[j] in lex.light_verb:
                j -= 1
            return _phrase_ending(sent, _skip_back(sent, j, lex), lex)
        return None
    return _phrase_ending(sent, k, lex)


def _before_apposition(sent: _Sentence, comma: int, lex: _Lexicon) -> tuple[int, int] | None:
    """ "A North Korean soldier, captured alive by …, has died": the subject before an inserted clause,
    when that clause opens the sentence."""
    for j in range(comma - 1, max(0, comma - 16), -1):
        if sent.words[j] == ",":
            found = _phrase_ending(sent, j - 1, lex)
            return found if found and found[0] <= 1 else None
    return None


def _is_modifier_word(sent: _Sentence, k: int) -> bool:
    """A lower-case word between a determiner and an event noun ("a peaceful protest", "a new offensive")."""
    return sent.is_word(k) and sent.words[k].islower() and len(sent.words[k]) > 2


def _phrase_ending(sent: _Sentence, end: int, lex: _Lexicon) -> tuple[int, int] | None:
    """The noun phrase whose last token is `end`, scanning left to a boundary word or punctuation."""
    if end < 0 or not sent.is_word(end):
        return None
    low = sent.lower[end]
    if low in lex.pronoun:
        return end, end + 1
    if _is_boundary(low, lex):
        return None
    i = end
    while i > 0 and end - i < _MAX_NP:
        prev = sent.lower[i - 1]
        coordinated = prev == "and" and i - 2 >= 0 and sent.is_word(i - 2) and not _is_boundary(sent.lower[i - 2], lex)
        if sent.lower[i] in _NOUN_DETERMINERS and not coordinated:
            break  # a determiner opens the phrase: "declined an interview request" → "an interview request"
        if sent.is_word(i - 1) and not _is_boundary(prev, lex) and prev not in lex.skip or coordinated:
            i -= 1
            continue
        # "Police in Kabul arrested …": the place qualifies the phrase before it
        if prev in _LOCATIVE_PREPOSITIONS and sent.words[i][0].isupper() and i - 2 >= 0:
            before = _phrase_ending(sent, i - 2, lex)
            if before:
                return before
        break
    return _trim(sent, i, end + 1, lex)


def _noun_phrase(sent: _Sentence, start: int, lex: _Lexicon, coordinate: bool = False) -> tuple[int, int] | None:
    """The noun phrase starting at token `start`, scanning right to a boundary."""
    n = len(sent.lower)
    i = _skip_quantity(sent, start, n, lex)
    if i >= n or not sent.is_word(i) or _is_boundary(sent.lower[i], lex):
        return None
    if sent.lower[i] in _POSSESSIVES and i + 1 < n and sent.is_word(i + 1) and not _is_boundary(sent.lower[i + 1], lex):
        i += 1  # "criticized her state's gun laws": "her" opens the phrase, it is not the target
    elif sent.lower[i] in lex.pronoun:
        return i, i + 1
    j = i
    while j + 1 < n and j - i < _MAX_NP:
        w = sent.lower[j + 1]
        if sent.is_word(j + 1) and not _is_boundary(w, lex) and w not in lex.skip and w not in ("and", "of"):
            if w.endswith(("ing", "ed")) and j + 2 < n and (sent.lower[j + 2] in lex.stop
                                                           or sent.lower[j + 2] in lex.determiner):
                break  # a verb after the phrase: "12 people hoping to …"
            j += 1
            continue
        if w == "." and sent.lower[j] in ABBREVIATIONS and j + 2 < n and sent.words[j + 2][:1].isupper():
            j += 2  # "Sen. Ann Ruiz", "Mrs. Okafor"
            continue
        if w == "of" and j + 2 < n and sent.is_word(j + 2) and (
                sent.words[j + 2][0].isupper() or sent.lower[j + 2] == "the"):
            j += 1
            continue
        if w == "and" and j + 2 < n and sent.is_word(j + 2) and not _is_boundary(sent.lower[j + 2], lex) and (
                coordinate or (sent.words[j][0].isupper() and sent.words[j + 2][0].isupper())):
            j += 1
            continue
        break
    while j > i and sent.lower[j] in _NOT_LAST_IN_PHRASE:
        j -= 1
    return i, j + 1


def _is_boundary(word: str, lex: _Lexicon) -> bool:
    """Whether a word ends a noun phrase: a preposition, a clause or reporting word, a negation ("avoid"),
    a verb in the past ("captured"), a word of a date ("month", "June", "Friday")."""
    return (word in lex.stop or word in lex.clause or word in lex.reporting or word in lex.time
            or "negated" in lex.modality_markers.get(word, ())
            or word.endswith("ed") and (word in lex.light_verb or word in lex.triggers)
            or is_calendar_word(word.split("'")[0].split("’")[0].capitalize()))


def _trim(sent: _Sentence, i: int, j: int, lex: _Lexicon) -> tuple[int, int] | None:
    """Drop leading determiners and counts: "about 2,000 striking nurses" → "striking nurses"."""
    i = _skip_quantity(sent, i, j, lex)
    return (i, j) if i < j else None


def _skip_quantity(sent: _Sentence, i: int, j: int, lex: _Lexicon) -> int:
    """First token at or after i that is no determiner or part of a count ("more than 20", "dozens of")."""
    start = i
    while i < j:
        w = sent.lower[i]
        if w in lex.determiner or w.isdigit() or (w in {"and", "or"} and i == start) or (
                w == "," and i > start and sent.lower[i - 1].isdigit()):  # "3,000"
            i += 1
        elif w in lex.quantifier_of and i + 1 < j and sent.lower[i + 1] == "of":
            i += 2
        elif w in lex.count and any(x.isdigit() or x in lex.determiner for x in sent.lower[i + 1:min(j, i + 4)]):
            i += 1
        else:
            break
    return i


def _participle_head(sent: _Sentence, first: int, lex: _Lexicon) -> tuple[int, int] | None:
    """ "A North Korean soldier, captured alive by …": the phrase before the comma is what was captured."""
    k = first - 1
    if k >= 1 and sent.words[k] == ",":
        return _phrase_ending(sent, k - 1, lex)
    return None


def _target(sent: _Sentence, cand: _Candidate, others: list[_Candidate], lex: _Lexicon) -> tuple[int, int] | None:
    """The recipient: a verb's direct object, or after a preposition ("attack on X", "talks with X"); when
    the object is a thing sent or signed, the one it goes to ("supplied artillery to Russia")."""
    n = len(sent.lower)
    k = cand.last
    while k < n and sent.lower[k] in _AFTER_VERB:
        k += 1
    if k >= n:
        return None
    if sent.lower[k] == "of" and cand.sense.pos == "verb":  # "took control of Nuri"
        return _noun_phrase(sent, k + 1, lex)
    preps = _TARGET_PREPOSITIONS if cand.sense.pos == "verb" else _NOUN_TARGET_PREPOSITIONS
    thing_object = cand.evidence is not None and cand.evidence >= cand.last and cand.sense.event_type in {
        "AID", "MOBILIZE", "CONSULT", "SUPPORT", "AGREE", "CONCEDE"}
    if cand.sense.pos == "verb" and not thing_object and sent.lower[k] not in lex.stop:
        return _noun_phrase(sent, k, lex)
    # the recipient after the object: "supplied heavy artillery to Russia", "signed a pact with Iran"
    next_trigger = min((o.first for o in others if o.first > cand.first), default=n)
    for j in range(k, min(n, next_trigger, k + _OBJECT_WINDOW + 2)):
        w = sent.lower[j]
        if w in lex.skip and not sent.words[j].isupper():
            return None
        if w in preps and j + 1 < n:
            after = j + 1
            if w == "to" and _infinitive(sent, after, lex):
                # "sent soldiers to support Russia": the verb of a purpose clause; "agreed to hear cases": no target
                if not (after + 1 < n and sent.words[after + 1][0].isupper()):
                    return None
                after += 1
            return _noun_phrase(sent, after, lex)
        if w in {".", ";", ","} or w in lex.clause or w in lex.reporting or w == "in":
            return None
    return None


def _infinitive(sent: _Sentence, k: int, lex: _Lexicon) -> bool:
    """Whether the word at k, after "to", is a verb rather than the start of a noun phrase: lower case, no
    determiner, number or pronoun, and no plural -s ("to hear", not "to rebels" or "to the king")."""
    w = sent.lower[k]
    return (sent.words[k].islower() and w not in lex.determiner and w not in lex.pronoun and not w.isdigit()
            and not w.endswith("s") and w not in lex.quantifier_of)


# --- place, date, modality ----------------------------------------------------------------------------


def _location(text: str, sent: _Sentence, cand: _Candidate, nearby: list[geo.Place], places: _Places,
              opening: geo.Place | None, lex: _Lexicon) -> geo.Place | None:
    """Where the event happened: the place that opens the sentence ("In Kabul, …"), else the place it is
    directed at ("shelled Kiriba (Tessal)"), else the nearest place after the trigger, else before it,
    within its clause."""
    if opening:  # "In Lenga, …, people blocked Market Street": the town, not the street
        return opening
    target = None
    if cand.target and cand.sense.event_type in _PLACE_TARGET_TYPES:
        target = _target_place(text, sent, cand.target, places, lex)
        if target and target.locality:
            return target
    t_start, t_end = sent.spans[cand.first][0], sent.spans[cand.last - 1][1]
    # a place inside the actor or target is theirs ("sent artillery to Russia"); one reaching past them
    # ("residents of Omboro village in Sefa district protested") is the event's
    parties = [(sent.spans[r[0]][0], sent.spans[r[1] - 1][1]) for r in (cand.actor, cand.target) if r]
    nearby = [p for p in nearby if not any(s <= p.start and p.end <= e for s, e in parties)]
    # after the trigger, a relative clause still tells where ("fired a mortar which landed in Kibo");
    # a place may begin inside the trigger ("took to the streets of Toro city")
    after = [p for p in nearby if p.start >= t_start and p.end > t_end
             and not _clause_break(sent, t_end, p.start, lex, relatives=False)]
    # before the trigger, the first place of its clause: "villagers in A district, B regency … left"
    before = [p for p in nearby if p.end <= t_start and (
        not _clause_break(sent, p.end, t_start, lex) or _sets_relative_clause(sent, p.end))]
    # a locality rather than a site in it: "fired at the Maro border post and at the village of Poros"
    for found in (after, before):
        for place in found:
            if place.locality:
                return place
    return target or (after or before or [None])[0]


class _Places:
    """The places of a sentence, in text order and apart (as geo finds them), with their starts to bisect:
    a sentence of many triggers and places looks up only the places near each trigger."""

    def __init__(self, places: list[geo.Place]):
        self.places = places
        self.starts = [p.start for p in places]

    def within(self, start: int, end: int) -> list[geo.Place]:
        out = []
        for k in range(bisect_left(self.starts, start), len(self.places)):
            if self.starts[k] >= end:
                break
            if self.places[k].end <= end:
                out.append(self.places[k])
        return out

    def starting_at(self, start: int) -> geo.Place | None:
        k = bisect_left(self.starts, start)
        return self.places[k] if k < len(self.places) and self.starts[k] == start else None

    def holding_or_after(self, start: int) -> Iterator[geo.Place]:
        """The place holding `start`, if any, then those after it."""
        for k in range(max(0, bisect_right(self.starts, start) - 1), len(self.places)):
            yield self.places[k]


def _target_place(text: str, sent: _Sentence, target: tuple[int, int], places: _Places,
                  lex: _Lexicon) -> geo.Place | None:
    """The target as a place: found as one ("attacked Dalo (Sefa LGA, Kam)"), or a bare name that
    lies in a place ("shelled Kiriba in Tessal")."""
    start = sent.spans[target[0]][0]
    found = places.starting_at(start)
    if found is not None:
        return found
    k = target[1]
    # "shelled Kiriba and surrounding areas in …", "Nuri and its vicinity in Tessal"
    if k + 2 < len(sent.lower) and sent.lower[k] == "and" and sent.lower[k + 1] in {"its", "surrounding"}:
        k += 3
    if not all(sent.words[j][0].isupper() or sent.lower[j] == "and" for j in range(*target)) or k + 1 >= len(
            sent.lower) or sent.lower[k] not in {"in", "near"}:
        return None
    if target[0] > 0 and sent.lower[target[0] - 1] == "with":
        return None  # "clashed with the Tiger Brigade near …": a party, not a place
    after = sent.spans[k + 1][0]
    for place in places.holding_or_after(after):
        if after <= place.start <= after + 24 and not _clause_break(sent, after, place.start, lex) or (
                place.start <= after < place.end):
            return geo.Place(start, place.end, text[start:place.end], place.country)
        if place.start > after + 24:
            break
    return None


def _opening_place(sent: _Sentence, first_trigger: int, places: list[geo.Place],
                   dates: list[DateMention]) -> geo.Place | None:
    """A place that opens the sentence, before any trigger and set off by a comma ("On 3 June 2021, in
    Tessal municipality, Wadai, a man …"): like an opening date, it is the setting of every event."""
    opening = []
    for place in places:
        if place.end > first_trigger:
            break
        k = bisect_left(sent.spans, (place.end, place.end))
        if k >= len(sent.words) or sent.words[k] != ",":
            continue
        before = range(bisect_left(sent.spans, (opening[-1].end if opening else sent.start,) * 2),
                       bisect_left(sent.spans, (place.start, place.start)))
        if any(sent.is_word(j) and sent.lower[j] not in _OPENING_WORDS
               and not any(d.start <= sent.spans[j][0] and sent.spans[j][1] <= d.end for d in dates) for j in before):
            break
        opening.append(place)
    # "near the Maro bridge, at Kibo village, …": the locality rather than the landmark
    return next((p for p in opening if p.locality), opening[0] if opening else None)


def _clause_break(sent: _Sentence, start: int, end: int, lex: _Lexicon, relatives: bool = True) -> bool:
    """Whether a clause boundary or a reporting verb lies between two offsets of the sentence. A passive
    reporting verb ("fire was reported in Dalo") introduces no other clause, and a clause set off by
    commas ("a blast, the cause of which is unknown, hit Nuri") is closed again."""
    lo = bisect_left(sent.spans, (start, start))
    hi = bisect_left(sent.spans, (end, end))
    words = sent.lower[lo:hi]
    for k, w in enumerate(words):
        if not relatives and w in _RELATIVE_PRONOUNS:
            continue
        if w in lex.clause or (w in lex.reporting and not (lo + k > 0 and sent.lower[lo + k - 1] in lex.be)):
            if "," not in words[k + 1:] or "," not in words[:k]:
                return True
    return False


def _sets_relative_clause(sent: _Sentence, offset: int) -> bool:
    """Whether a relative clause about the place ending at `offset` follows it ("at Kibo town, in
    which two militants were killed")."""
    k = bisect_left(sent.spans, (offset, offset))
    if k < len(sent.lower) and sent.lower[k] == ",":
        k += 1
    nxt = sent.lower[k:k + 2]
    return nxt[:1] == ["where"] or (len(nxt) == 2 and nxt[0] in {"in", "at", "near"} and nxt[1] == "which")


def _assign_dates(sent: _Sentence, candidates: list[_Candidate], dates: list[DateMention], lex: _Lexicon,
                  cues: Enclosures) -> dict[int, DateMention]:
    """Which date goes with which trigger. A date that opens the sentence ("On 9 May 2020, …") dates every
    event in it; any other date dates only the nearest trigger of its clause, a few words away ("signed
    in June", "seized on December 26th"). A date right after a reporting verb ("confirmed on Friday")
    dates the speech, not an event."""
    out: dict[int, DateMention] = {}
    opening = None
    starts = [s for s, _ in sent.spans]
    firsts = [c.first for c in candidates]
    segment = _segments(sent, lex)
    for mention in dates:
        k = bisect_left(starts, mention.start)
        if _dates_speech(sent, k, lex, cues):
            continue
        if opening is None and candidates[0].first > k and _opens_clause(sent, k, mention, lex):
            opening = mention
            continue
        end = bisect_left(starts, mention.end)

        def distance(c: _Candidate) -> tuple[bool, int, bool]:
            # a date phrase follows its verb ("signed in June came into effect"), so a trigger after the
            # date counts double its distance; only a date right before an event noun ("June talks") is its own
            after = c.first >= end
            return segment[c.first] != segment[k], 2 * (c.first - end) + 1 if after else k - c.last, after

        # Triggers are in order and apart, so only the last one before the date and the first after it can
        # be nearest, besides the last one before it in its own clause (behind any in the date's words):
        # a long sentence of many dates and triggers costs no more than their number.
        after = bisect_left(firsts, end)
        own = after - 1
        while own >= 0 and segment[candidates[own].first] > segment[k]:
            own -= 1
        nearest = min((candidates[j] for j in (own, after - 1, after) if 0 <= j < len(candidates)), key=distance)
        if distance(nearest)[1] <= _DATE_REACH and nearest.first not in out:
            out[nearest.first] = mention
    if opening:
        for cand in candidates:
            out.setdefault(cand.first, opening)
    return out


def _opens_clause(sent: _Sentence, k: int, mention: DateMention, lex: _Lexicon) -> bool:
    """Whether the date at token k opens the sentence or the clause after "reported that": only
    prepositions come before it and a comma follows it ("The group reported that on 3 June 2021, …")."""
    end = bisect_left(sent.spans, (mention.end, mention.end))
    if end >= len(sent.words) or sent.words[end] != ",":
        return k <= 2 and not any(w in lex.clause for w in sent.lower[:k])
    j = k - 1
    while j >= 0 and sent.lower[j] in _OPENING_WORDS:
        j -= 1
    return j < 0 or sent.lower[j] in lex.clause or sent.words[j] in {":", ",", "("}


def _dates_speech(sent: _Sentence, k: int, lex: _Lexicon, cues: Enclosures) -> bool:
    """Whether the date at token k follows a reporting verb directly ("said on Friday", "confirmed Monday")."""
    j = k - 1
    while j >= 0 and sent.lower[j] in {"on", "in", "at"}:
        j -= 1
    if j < 0:
        return False
    s, e = sent.spans[j]
    return sent.lower[j] in lex.reporting or cues.holds(s, e)


def _segments(sent: _Sentence, lex: _Lexicon) -> list[int]:
    """For each token, the number of the comma- or clause-delimited segment it is in."""
    out, n = [], 0
    for w in sent.lower:
        if w == "," or w in lex.clause:
            n += 1
        out.append(n)
    return out


def _modality(sent: _Sentence, cand: _Candidate, statement: Statement | None, when: DateMention | None,
              published: date | None, lex: _Lexicon) -> str:
    """negated > hypothetical > future from the words just before the trigger in its clause, or future for
    an event dated after the article unless its verb says it is done ("takes effect in 2020" or "talks in
    2020", in 2015, are future; "attacked on 3 March 2031" is not, and its date stays doubtful); else
    reported inside a statement, else asserted."""
    if cand.sense.modality:
        return cand.sense.modality
    found = set()
    later = when is not None and when.date is not None and published is not None and when.date > published
    if later and not (cand.sense.pos == "verb" and _is_past(sent, cand.first, lex)):
        found.add("future")
    k = cand.first - 1
    while k >= 0 and cand.first - k <= _MODALITY_WINDOW:
        w = sent.lower[k]
        if w in {".", ";", ":"} or (w in lex.clause and w != "that") or w in lex.reporting:
            break
        found.update(lex.modality_markers.get(w, ()))
        if w.endswith(_NEGATED_CONTRACTION):  # "didn't", "won’t"
            found.add("negated")
        k -= 1
    if "future" in found and any(w in {"if", "unless"} for w in sent.lower):
        found.add("hypothetical")
    for modality in _MODALITY_ORDER:
        if modality in found:
            return modality
    return "reported" if statement else "asserted"


class _Statements:
    """The article's statements, asked which one's content holds a trigger."""

    def __init__(self, statements: list[Statement]):
        ordered = sorted(statements, key=lambda s: (s.content_start, s.content_end))
        self._statements = ordered
        self._contents = Enclosures((s.content_start, s.content_end) for s in ordered)

    def holding(self, start: int, end: int) -> Statement | None:
        """The first statement (in text order) whose content holds the span, if any."""
        k = self._contents.first_holding(start, end)
        return None if k is None else self._statements[k]


# --- the record ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Party:
    """An actor or target: as written, where, and resolved."""
    text: str
    start: int
    end: int
    canonical: str | None
    country: str | None


class _Names:
    """Within-article name resolution (`mentions.Resolver`), built only when an actor or target needs it,
    since building it reads the whole article, and shared through the Doc with any other extractor."""

    def __init__(self, doc: Doc):
        self._doc = doc

    def resolve(self, start: int, end: int) -> Mention:
        return resolver_for(self._doc).resolve(start, end)


def _party(text: str, sent: _Sentence, rng: tuple[int, int] | None, names: _Names, lex: _Lexicon) -> _Party | None:
    """Actor or target as written, its canonical form (a country's name for "Pyongyang", the full name for
    "Kirby" or "he", the words themselves for "striking nurses") and its country."""
    if rng is None:
        return None
    start, end = sent.spans[rng[0]][0], sent.spans[rng[1] - 1][1]
    possessive = re.search(r"['’]s?$", text[start:end])
    if possessive and end - start - len(possessive.group()) > 1:
        end -= len(possessive.group())  # "Russia’s invasion": the actor is Russia
    surface = text[start:end]
    code = geo.country_code(surface)
    if code:
        return _Party(surface, start, end, geo.country_name(code), code)
    mentions = geo.find_countries(text, start, end)
    country = mentions[0].code if mentions else None
    if surface.lower() in lex.pronoun or any(w[0].isupper() for w in surface.split()):
        canonical = names.resolve(start, end).canonical
        if canonical and not country:
            country = geo.country_code(canonical)
        return _Party(surface, start, end, canonical, country)
    return _Party(surface, start, end, surface, country)


def _event(text: str, article_id: str, sent: _Sentence, cand: _Candidate, place: geo.Place | None,
           when: DateMention | None, published: date | None, statements: _Statements, names: _Names,
           lex: _Lexicon) -> Event:
    """The record of one trigger; confidence grows with what was found around it."""
    t_start, t_end = sent.spans[cand.first][0], sent.spans[cand.last - 1][1]
    actor = _party(text, sent, cand.actor, names, lex)
    target = _party(text, sent, cand.target, names, lex)
    statement = statements.holding(t_start, t_end)
    modality = _modality(sent, cand, statement, when, published, lex)
    confidence = (0.5 + 0.2 * (actor is not None) + 0.1 * (target is not None)
                  + 0.1 * (place is not None or when is not None))
    return Event(
        event_id=stable_hash(article_id, "event", t_start, t_end),
        article_id=article_id,
        statement_id=statement.statement_id if statement else None,
        event_type=cand.sense.event_type,
        event_mode=cand.sense.mode,
        trigger=text[t_start:t_end], trigger_start=t_start, trigger_end=t_end,
        actor=actor.text if actor else None, actor_start=actor.start if actor else None,
        actor_end=actor.end if actor else None, actor_canonical=actor.canonical if actor else None,
        actor_country=actor.country if actor else None,
        target=target.text if target else None, target_start=target.start if target else None,
        target_end=target.end if target else None, target_canonical=target.canonical if target else None,
        target_country=target.country if target else None,
        location=place.text if place else None, location_start=place.start if place else None,
        location_end=place.end if place else None, location_country=place.country if place else None,
        date=when.date if when else None, date_precision=when.precision if when else "none",
        date_text=when.text if when else None, date_start=when.start if when else None,
        date_end=when.end if when else None,
        modality=modality, confidence=round(confidence, 2), extractor=VERSION,
    )
