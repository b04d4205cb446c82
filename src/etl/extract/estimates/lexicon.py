"""The estimates lexicon (estimates.json) → the words around a number that the rules read."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from etl.extract.text import letter_words
from etl.extract.wordlists import alternation, tsv_rows
from etl.paths import LEXICON_DIR

# subject_key groups these categories: "killed or wounded" and "casualties" count the same people.
_SUBJECT_CATEGORY = {"killed_or_wounded": "casualties"}


def subject_category(category: str) -> str:
    """The category an estimate is grouped under: its own, except "killed_or_wounded" → "casualties"."""
    return _SUBJECT_CATEGORY.get(category, category)


class Phrases(dict[tuple[str, ...], str]):
    """Phrases (as tuples of words) → what they tell, with the words they open and close: most words of a sentence
    open and close none, and `match_phrase` passes them over without building a tuple of every length."""

    def __init__(self, phrases: dict[tuple[str, ...], str]):
        super().__init__(phrases)
        self.firsts = frozenset(p[0] for p in self)
        self.lasts = frozenset(p[-1] for p in self)


@dataclass(frozen=True)
class Lexicon:
    after_cues: Phrases
    before_verbs: Phrases
    before_nouns: Phrases
    head_nouns: dict[str, str]
    before_links: frozenset[str]
    before_skip: frozenset[str]
    after_skip: frozenset[str]
    object_starts: frozenset[str]
    np_stop: frozenset[str]
    adjectives_ed: frozenset[str]
    plurals: frozenset[str]
    noun_modifiers: frozenset[str]
    summary_heads: frozenset[str]
    summary_before: frozenset[str]
    definite_before: frozenset[str]
    singular_categories: frozenset[str]
    body_nouns: frozenset[str]
    finding_verbs: frozenset[str]
    fatal_adverbs: frozenset[str]
    hospital_cues: frozenset[str]
    troop_moves: frozenset[str]
    animals: frozenset[str]
    things: frozenset[str]
    scores: frozenset[str]  # units a game is scored in ("eight wickets", "12 rounds"): no counts of people
    directions: frozenset[str]  # whence an attack came ("from three sides"): no figure of anything
    arms: frozenset[str]  # weapons and ammunition ("two AK rifles, four magazines"): no figure of anything
    shelters: frozenset[str]  # where people were moved to ("shifted to 14 relief camps"): no figure of them
    custody: frozenset[str]  # where people sent are held ("sent the two suspects to jail"): no troops deployed
    persons: frozenset[str]
    pairs: frozenset[str]
    collectives: frozenset[str]
    perpetrators: frozenset[str]
    to_death_verbs: frozenset[str]
    shooting_verbs: frozenset[str]
    intents: frozenset[str]
    clause_openers: frozenset[str]
    people_verbs: frozenset[str]
    named_groups: frozenset[str]
    releases: frozenset[str]
    unrealised: frozenset[str]
    kin: frozenset[str]
    parents: frozenset[str]
    figurative: frozenset[tuple[str, ...]]
    aboard: Phrases  # phrase → "aboard" (only the phrases and the words they open are asked)
    none_survived: frozenset[tuple[str, ...]]
    own_deaths: Phrases  # phrase → "killed"
    partitive: frozenset[str]
    conditions: frozenset[str]
    definitions: frozenset[str]
    reporting_verbs: frozenset[str]
    subject_skip: frozenset[str]
    subject_stop: frozenset[str]
    anonymous_sources: frozenset[str]
    pronouns: frozenset[str]
    determiners: frozenset[str]
    as_of: re.Pattern[str]
    coordinators: frozenset[str]
    origin_prepositions: frozenset[str]
    cue_words: frozenset[str]
    category_words: frozenset[str]
    # a word of every phrase of after_cues, before_verbs and before_nouns (its longest: "questioning" of "for
    # questioning"), and the words that open one
    phrase_words: frozenset[str]
    category_letters: frozenset[bytes]  # the runs of letters of category_words and phrase_words (`letter_words`)
    phrase_firsts: frozenset[str]
    person_letters: frozenset[bytes]  # the runs of letters of persons and pairs ("secretary", "general"), as bytes
    quantity_classes: dict[str, str]
    longest: int


class Nouns(frozenset[str]):
    """Nouns of a kind, and their compounds with a hyphen, which are of the kind of their last part: "sub-inspector",
    "ex-soldier", "co-pilot" are persons as "inspector", "soldier", "pilot" are."""

    def __contains__(self, word: object) -> bool:
        return frozenset.__contains__(self, word) or isinstance(word, str) and "-" in word[1:] \
            and frozenset.__contains__(self, word.rsplit("-", 1)[1])


def _phrases(d: dict[str, str]) -> Phrases:
    return Phrases({tuple(k.lower().split()): v for k, v in d.items()})


_COMMON_FIRST = frozenset({"the", "sustained", "suffered", "received", "blew", "detonated"})


def _idioms(table: str) -> dict[str, str]:
    """The idioms of dying of one cue table (estimates_idioms.tsv: "fell on the field of honour", "laid down their
    lives", "cost the lives of"), kept apart from estimates.json: phrases of a register, not of the rules."""
    return {phrase: category for phrase, kind, category in tsv_rows("estimates_idioms.tsv") if kind == table}


def _idiom_cue_word(phrase: tuple[str, ...]) -> str:
    """The word of an idiom of dying that a sentence holding it holds, rarer than its first, a common verb ("fell",
    "gave"): its longest but a determiner's or preposition's, the last of the longest ("life" of "gave his life")."""
    return max(reversed([w for w in phrase if w not in _IDIOM_GLUE]), key=len)


_IDIOM_GLUE = frozenset({"the", "his", "her", "their", "of", "on", "in", "with", "down"})


def _cue_word(phrase: tuple[str, ...]) -> str:
    if phrase[0] not in _COMMON_FIRST or len(phrase) == 1:
        return phrase[0]
    return phrase[1] if phrase[-1] == "up" else phrase[-1]


@cache
def load_lexicon() -> Lexicon:
    raw = json.loads((LEXICON_DIR / "estimates.json").read_text(encoding="utf-8"))
    idioms = {table: _idioms(table) for table in ("after", "before")}
    after, verbs, nouns = _phrases({**raw["after_cues"], **idioms["after"]}), \
        _phrases({**raw["before_verbs"], **idioms["before"]}), _phrases(raw["before_nouns"])
    idiom_phrases = {tuple(p.split()) for table in idioms.values() for p in table}
    # A category may be read from the words below besides the phrases of the three tables (`categorize` adds its own):
    # a head noun's (its longest: "prisoners" of "prisoners of war"), a body noun, a shooting verb …
    category_words = frozenset(max(noun.lower().split(), key=len) for noun in raw["head_nouns"]) \
        | frozenset(raw["body_nouns"]) | frozenset(raw["fatal_adverbs"]) | frozenset(raw["troop_moves"]) \
        | frozenset(raw["shooting_verbs"])
    phrase_words = frozenset(max(phrase, key=len) for table in (after, verbs, nouns) for phrase in table)
    own_deaths = Phrases({tuple(p.split()): "killed" for p in raw["own_deaths"]})
    markers = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(raw["as_of_markers"], key=len, reverse=True))
    return Lexicon(
        after_cues=after, before_verbs=verbs, before_nouns=nouns, head_nouns=raw["head_nouns"],
        before_links=frozenset(raw["before_links"]), before_skip=frozenset(raw["before_skip"]),
        after_skip=frozenset(raw["after_skip"]), object_starts=frozenset(raw["object_starts"]),
        np_stop=frozenset(raw["np_stop"]), adjectives_ed=frozenset(raw["adjectives_ed"]),
        plurals=frozenset(raw["irregular_plurals"]), noun_modifiers=frozenset(raw["noun_modifiers"]),
        summary_heads=frozenset(raw["summary_heads"]),
        summary_before=frozenset(raw["summary_before"]), definite_before=frozenset(raw["definite_before"]),
        singular_categories=frozenset(raw["singular_categories"]), body_nouns=frozenset(raw["body_nouns"]),
        finding_verbs=frozenset(raw["finding_verbs"]), fatal_adverbs=frozenset(raw["fatal_adverbs"]),
        hospital_cues=frozenset(raw["hospital_cues"]), troop_moves=frozenset(raw["troop_moves"]),
        animals=frozenset(raw["animals"]), things=frozenset(raw["things"]), scores=frozenset(raw["scores"]),
        directions=frozenset(raw["directions"]), arms=frozenset(raw["arms"]), shelters=frozenset(raw["shelters"]),
        custody=frozenset(raw["custody"]),
        persons=Nouns(raw["persons"]), pairs=frozenset(raw["pairs"]), collectives=frozenset(raw["collectives"]),
        perpetrators=frozenset(raw["perpetrators"]),
        to_death_verbs=frozenset(raw["to_death_verbs"]), shooting_verbs=frozenset(raw["shooting_verbs"]),
        intents=frozenset(raw["intents"]), clause_openers=frozenset(raw["clause_openers"]),
        people_verbs=frozenset(raw["people_verbs"]), named_groups=frozenset(raw["named_groups"]),
        releases=frozenset(raw["releases"]), unrealised=frozenset(raw["unrealised"]),
        kin=frozenset(raw["kin"]), parents=frozenset(raw["parents"]),
        figurative=frozenset(tuple(p.split()) for p in raw["figurative"]),
        aboard=Phrases({tuple(p.split()): "aboard" for p in raw["aboard"]}),
        none_survived=frozenset(tuple(p.split()) for p in raw["none_survived"]),
        own_deaths=own_deaths,
        partitive=frozenset(raw["partitive"]), conditions=frozenset(raw["conditions"]),
        definitions=frozenset(raw["definitions"]),
        reporting_verbs=frozenset(raw["reporting_verbs"]), subject_skip=frozenset(raw["subject_skip"]),
        subject_stop=frozenset(raw["subject_stop"]), anonymous_sources=frozenset(raw["anonymous_sources"]),
        pronouns=frozenset(raw["pronouns"]), determiners=frozenset(raw["determiners"]),
        # "as of Monday", "by 5 May": a marker, then something that can start a date.
        as_of=re.compile(rf"\b(?i:{markers})\s+(?=[A-Z0-9]|(?i:{alternation(raw['as_of_openers'])})\b)"),
        coordinators=frozenset(raw["coordinators"]), origin_prepositions=frozenset(raw["origin_prepositions"]),
        # A word of every cue: only sentences holding one can have a singular count. The first ("shot dead"), unless
        # that is a common word ("the only fatality", "sustained injuries", "blew himself up"): then a rarer one.
        # (and an adverb that makes a harm a death: "A trader was fatally stabbed")
        cue_words=frozenset(_cue_word(phrase) for table in (after, verbs, nouns, own_deaths) for phrase in table
                            if phrase not in idiom_phrases)
        | frozenset(_idiom_cue_word(phrase) for phrase in idiom_phrases) | frozenset(raw["fatal_adverbs"]),
        category_words=category_words, phrase_words=phrase_words,
        category_letters=frozenset(run for w in category_words | phrase_words for run in letter_words(w)),
        phrase_firsts=after.firsts | verbs.firsts | nouns.firsts,
        person_letters=frozenset(run.encode() for noun in (*raw["persons"], *raw["pairs"])
                                 for run in re.findall("[a-z]+", noun.lower())),
        quantity_classes=raw["quantity_classes"],
        longest=max(len(k) for k in (*after, *verbs, *nouns, *own_deaths)),
    )
