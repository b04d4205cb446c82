"""The events lexicons (plover_*.tsv) → trigger senses, word classes and the grammar roles the rules read."""
from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import repeat

from etl.extract import geo
from etl.extract.text import TOKEN, head_word
from etl.extract.wordlists import tsv_rows

# PLOVER's verbal event types: when the statements extractor took the trigger as its speech cue, the speech
# act is itself the event ("The White House criticized …"); any other cue is only a reporting verb.
VERBAL_TYPES = frozenset({"ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT", "AGREE", "CONCEDE"})

# Event types whose target may be the place itself ("shelled Kiriba", "blocked the Toro road"); the
# target of AID or CONSULT is a recipient, not where it happened ("supplied artillery to Russia").
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})
# "didn't", "won’t": a word ending so negates, whatever its verb.
NEGATED_CONTRACTION = ("n't", "n’t")


def _grammar() -> dict[str, frozenset[str]]:
    """Role → its words, from plover_grammar.tsv (its header says what each role is for)."""
    roles: dict[str, set[str]] = {}
    for word, role in tsv_rows("plover_grammar.tsv"):
        roles.setdefault(role, set()).add(word)
    return {r: frozenset(w) for r, w in roles.items()}


# plover_grammar.tsv by role; the roles the hot paths read are attributes of the Lexicon as well.
GRAMMAR = _grammar()
OPENING_WORDS = GRAMMAR["opening"]
NOUN_DETERMINERS = GRAMMAR["noun_determiner"]
ARTICLES = frozenset({"a", "an", "the"})
NOUN_MARKERS = GRAMMAR["noun_marker"]
TITLE_PREFIXES = GRAMMAR["title_prefix"]
VERB_LINKS = GRAMMAR["verb_link"]
TARGET_PREPOSITIONS = GRAMMAR["target_preposition"]
NOUN_TARGET_PREPOSITIONS = GRAMMAR["noun_target_preposition"]
POSSESSIVES = GRAMMAR["possessive"]
NOT_LAST_IN_PHRASE = GRAMMAR["not_last"]
BEFORE_PARTICIPLE = GRAMMAR["before_participle"]
BEFORE_BARE_PARTICIPLE = GRAMMAR["before_bare_participle"]
AFTER_BARE_PARTICIPLE = GRAMMAR["after_bare_participle"]
PARTICLES = GRAMMAR["particle"]
LOCATIVE_PREPOSITIONS = GRAMMAR["locative"]
RELATIVE_PRONOUNS = GRAMMAR["relative_pronoun"]
HABITUAL = GRAMMAR["habitual"]
FREQUENCY = GRAMMAR["frequency"]
GENERIC = GRAMMAR["generic"]
TRENDS = GRAMMAR["trend"]
DEFINITIONS = GRAMMAR["definition"]
CONDITIONALS = GRAMMAR["conditional"]
DATE_PREPOSITIONS = GRAMMAR["date_preposition"]
AGENT_VERBS = GRAMMAR["agent_verb"]
BLAME_VERBS = GRAMMAR["blame_verb"]
COLLECTIVES = GRAMMAR["collective"]
# where a vehicle or people were going: "a bus bound for Kabul", "a convoy heading to Kidal" (and "en route to")
BOUND = frozenset({"bound", "headed", "heading", "destined"})
BOUND_PREPOSITIONS = frozenset({"to", "for", "towards", "toward"})
COUNTRY_NAME_WORDS = 6  # words of a country's name, at most ("Democratic Republic of the Congo")
# Fights the dead of a passive verb may fall in, against the side named after "with" ("killed in an encounter with
# security forces"); a fight's other side is a party to it, not what an attack struck
FIGHTS = frozenset({"encounter", "encounters", "clash", "clashes", "gunfight", "gunfights", "firefight", "firefights",
                    "shootout", "shootouts", "shoot-out", "fire", "fighting", "battle", "battles", "confrontation",
                    "confrontations", "skirmish", "skirmishes"})
# Verbs of two sides fighting each other ("the SAF and RSF clashed", "exchanged fire"): each side is a party.
FIGHTING_EACH_OTHER = frozenset({"clashed", "clash", "clashes", "clashing", "fought", "fight", "fighting",
                                 "battled", "skirmished", "exchanged"})
# Triggers of a fight both sides took part in, or of one side firing back ("the exchange of fire continued", "troops
# returned fire"): of an attack told before, they tell its fight on, whichever side they make the actor
TWO_SIDED = frozenset({"exchange of fire", "exchanges of fire", "exchanged fire", "exchanged gunfire", "traded fire",
                       "returned fire", "return fire", "returns fire", "returning fire", "gunfight", "gunfights",
                       "firefight", "firefights", "gun battle", "gun battles", "shootout", "shootouts", "shoot-out",
                       "shoot-outs", "crossfire", "encounter", "encounters", "skirmish", "skirmishes"})
HEDGED_PASSIVE = GRAMMAR["hedged_passive"]
HIT_VERBS = GRAMMAR["hit_verb"]
CLAIM_NOUNS = GRAMMAR["claim_noun"]
INTENT = GRAMMAR["intent"]  # verbs of wanting, agreeing or offering: their infinitive is not (yet) done
EVENT_HEADS = GRAMMAR["event_head"]
INVOLVEMENT = GRAMMAR["involvement"]
GIVING = GRAMMAR["giving"]
DRAWING = GRAMMAR["drawing"]
MAIN_VERBS = GRAMMAR["main_verb"]
OCCURRENCE = GRAMMAR["occurrence"]
CHARGED = GRAMMAR["charged"]
ZERO_SUBJECTS = GRAMMAR["zero_subject"]
CHARGES = CHARGED | GRAMMAR["charge"]  # every word of justice before the act it names


def charge_at(words: Sequence[str], k: int) -> bool:
    """Whether the lower-case word at k is the "of" or "with" of a charge before the act it names ("accused of",
    "suspected of", "charged with")."""
    return k > 0 and words[k] in ("of", "with") and words[k - 1] in CHARGED
# After a comma, they open a relative clause set off from its sentence, of its own time and told as background
# ("The junta, which seized power in 2021, denied …"; "in Kurram, where sectarian clashes have killed dozens").
ASIDE_OPENERS = frozenset({"which", "who", "whose", "where"})
# Subordinators of time before a gerund, whose subject is the clause's: "was shot after wounding two officers".
SUBORDINATE_GERUND = frozenset({"after", "before", "while", "upon", "since", "when"})
# Last words of the names of armed or political groups that are also kinds of place: "the Lenga Front", "the Union".
_PLACE_KIND_GROUPS = frozenset({"front", "union", "community", "council", "base", "camp"})


def ends_site_name(word: str) -> bool:
    """Whether the last word of a name before an event noun makes it a site ("the Westgate Mall attack"), not a
    group that bears a kind of place in its name ("the Lenga Front attacks")."""
    return geo.is_site_word(word) and word not in _PLACE_KIND_GROUPS


@dataclass(frozen=True, slots=True)
class Sense:
    """One reading of a trigger word, from a row of plover_triggers.tsv."""
    pos: str
    event_type: str
    mode: str | None
    condition: str | None   # "object", "complement", "modifier", "head", "into", "context", "paragraph", "story",
    #                         "unless", "intransitive", "infinitive", "clause", "after", "subject", "doer", "light"
    #                         or None
    word_class: str | None  # the class a condition looks for
    modality: str | None


@dataclass(frozen=True)
class Lexicon:
    # first token → [(all tokens of the phrase, senses in the order they are tried)], longest phrase first
    triggers: dict[str, list[tuple[tuple[str, ...], tuple[Sense, ...]]]]
    # the longest word of every trigger phrase: a sentence without any of them has no trigger
    # ("strike" for "on strike", "alert" for "state of alert")
    key_words: frozenset[str]
    # the letters of each phrase's words (`letter_runs`), under the longest: a sentence whose letter words hold all of
    # no phrase's has no trigger (None when a phrase has no letters, and any sentence may hold it)
    phrase_letters: dict[bytes, tuple[frozenset[bytes], ...]] | None
    classes: dict[str, frozenset[str]]
    class_prefixes: dict[str, tuple[str, ...]]
    # roles of plover_grammar.tsv, as attributes for the hot paths
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
    object_control: frozenset[str]
    modality_markers: dict[str, tuple[str, ...]]  # word → the modalities it marks
    # the words that end a noun phrase, but for those of a date (`participants._is_boundary`): a preposition, a clause
    # or reporting word, a negation ("avoid"), a verb in the past ("captured"); one set, since phrases ask word by word
    boundaries: frozenset[str]
    # the word classes the senses of each trigger phrase ask for (`triggers._lacks_classes`), read on first request
    phrase_needs: dict[tuple[str, ...], tuple[tuple[tuple[str, ...], ...], ...] | None] = field(
        default_factory=dict, repr=False, compare=False)
    # the words and prefixes of the classes asked for together (`in_any_class`), joined on first request
    _unions: dict[tuple[str, ...], tuple[frozenset[str], tuple[str, ...]]] = field(
        default_factory=dict, repr=False, compare=False)

    def noun_senses(self, word: str) -> list[Sense]:
        """The senses of a one-word trigger read as a noun ("bombing", "attack")."""
        return [s for phrase, senses in self.triggers.get(word, ()) if len(phrase) == 1 for s in senses
                if s.pos == "noun"]

    def in_class(self, word: str, word_class: str) -> bool:
        return word in self.classes[word_class] or word.startswith(self.class_prefixes[word_class])

    def names_seat(self, words: Sequence[str]) -> bool:
        """Whether a noun phrase's lowered words name a seat of power a protest may address: its head word is in the
        class `seats` ("the Ministry of Education", "Jhalokati district DC office", "parliament")."""
        return self.in_class(head_word(words), "seats")

    def in_any_class(self, word: str, word_classes: tuple[str, ...]) -> bool:
        """Whether the word is in one of the classes: `any(in_class(word, c) for c in word_classes)`, with one set
        lookup and one prefix test for all of them."""
        union = self._unions.get(word_classes)
        if union is None:
            union = self._unions[word_classes] = (frozenset().union(*(self.classes[c] for c in word_classes)),
                                                  tuple(p for c in word_classes for p in self.class_prefixes[c]))
        return word in union[0] or word.startswith(union[1])

    def any_in_class(self, words: Collection[str], word_class: str) -> bool:
        """Whether any of the words is in the class: `any(in_class(w, word_class) for w in words)`, with the
        class's words met by a set operation and its prefixes tried on each word by `map`, both in C."""
        prefixes = self.class_prefixes[word_class]
        return not self.classes[word_class].isdisjoint(words) or bool(prefixes) and any(
            map(str.startswith, words, repeat(prefixes)))


# A sense whose condition names a particular object outranks one that reads the whole sentence, which
# outranks the default: "struck a deal" is AGREE even in a sentence about the army.
_CONDITION_RANK = {"object": 0, "complement": 0, "modifier": 0, "head": 0, "into": 0, "doer": 0, "infinitive": 1,
                   "intransitive": 1, "clause": 1, "after": 1, "subject": 1, "context": 2, "light": 2, "paragraph": 2,
                   "story": 2, "unless": 2, None: 3}



def is_claim(last_word: str) -> bool:
    """Whether a trigger ending with that word claims an attack told before ("claimed responsibility"): a mention of
    that attack naming who carried it out, not an act of its own."""
    return last_word in CLAIM_NOUNS

@cache
def load_lexicon() -> Lexicon:
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
    for phrase, found in senses.items():
        for sense in found:
            # "context", "paragraph", "story", "after" and "into" may name several classes ("A+B", "A|B", ".A"), the
            # others one; a class named that plover_classes.tsv lacks would fail on the first article holding the form
            names = re.split(r"[+|]", sense.word_class.lstrip(".").replace("+.", "+")) if sense.condition in (
                "context", "paragraph", "story", "after", "into") else [sense.word_class]
            unknown = [c for c in names if c and c not in classes]
            if unknown and sense.condition not in (None, "intransitive", "infinitive", "clause"):
                raise ValueError(f"plover_triggers.tsv: {' '.join(phrase)!r} names the word class {unknown[0]!r}, "
                                 f"which plover_classes.tsv does not define")
    markers: dict[str, tuple[str, ...]] = {}
    for role, modality in (("negation", "negated"), ("hypothetical", "hypothetical"), ("future", "future"),
                           ("reported", "reported")):
        for word in GRAMMAR[role]:
            markers[word] = markers.get(word, ()) + (modality,)
    # a form that is an event only with a complement ("took … hostage") needs a word of its class in the sentence
    key_words = frozenset(
        word for phrase, found in senses.items()
        for word in (classes[found[0].word_class] if all(s.condition == "complement" for s in found)
                     else (max(phrase, key=len),)))
    return Lexicon(triggers, key_words, _phrase_letters(senses), classes, prefixes, **{f: GRAMMAR[f] for f in (
        "skip", "be", "determiner", "quantifier_of", "count", "stop", "pronoun", "light_verb", "clause", "reporting",
        "intransitive", "role", "time", "verb", "participle", "object_control")},
        modality_markers=markers, boundaries=frozenset().union(
            *(GRAMMAR[role] for role in ("stop", "clause", "reporting", "time")), MAIN_VERBS,
            (w for w, found in markers.items() if "negated" in found),
            # (not a verb that is one only before its clause: "the alleged mastermind" is one phrase)
            (w for w in GRAMMAR["light_verb"] if w.endswith("ed")),
            (w for w, entries in triggers.items() if w.endswith("ed") and not all(
                s.condition == "clause" for _, found in entries for s in found))))


def letter_runs(word: str) -> list[bytes]:
    """The runs of ASCII letters of a lower-case word, as `Doc.letters` cuts the word where it is a token ("al-shabab"
    → "al", "shabab")."""
    return [run.encode() for run in _LETTERS.findall(word)]


_LETTERS = re.compile(r"[a-z]+")


def _phrase_letters(phrases: Collection[tuple[str, ...]]) -> dict[bytes, tuple[frozenset[bytes], ...]] | None:
    """The letter runs of the words of each phrase, by the longest of them; None when a phrase has no letters."""
    index: dict[bytes, list[frozenset[bytes]]] = {}
    for phrase in phrases:
        runs = frozenset(run for word in phrase for run in letter_runs(word))
        if not runs:
            return None
        index.setdefault(max(sorted(runs), key=len), []).append(runs)
    return {run: tuple(needs) for run, needs in index.items()}
