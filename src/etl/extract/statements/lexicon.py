"""The lexicons (cues_*, speakers_grammar.tsv) → cue entries and the word classes the statements rules read."""
from __future__ import annotations

import json

from etl.extract.mentions import CONNECTORS, DETERMINERS, HEAD_KINDS, PRONOUNS
from etl.extract.statements.items import CueEntry
from etl.extract.wordlists import alternation, tsv_rows
from etl.paths import LEXICON_DIR


def _load_cues() -> dict[str, CueEntry]:
    """Every cue form as written in the lexicon → its entry."""
    cues: dict[str, CueEntry] = {}
    for _lemma, cue_class, frame, forms in tsv_rows("cues_verbs.tsv"):
        for form in forms.split():
            word = form.rstrip("*")
            cues[word] = CueEntry(cue_class, frame, "verb", form.endswith("*"), word.endswith("ing"))
    for pattern, cue_class, kind in tsv_rows("cues_phrases.tsv"):
        variants = [""]
        for slot in pattern.split():
            variants = [f"{v} {w}".strip() for v in variants for w in slot.split("|")]
        for phrase in variants:
            head = cues.get(phrase.split()[0])
            noun_too = head is not None and head.noun_too  # "a social call on …"
            cues[phrase] = CueEntry(cue_class, "clause", kind, noun_too, phrase.split()[0].endswith("ing"))
    return cues


CUE_FORMS = _load_cues()
# the bare forms of the reporting verbs ("explain"): a subjunctive's after a verb of demanding ("demanded that Iran
# explain")
BASE_FORMS = frozenset(lemma for lemma, *_ in tsv_rows("cues_verbs.tsv"))
CUES = {form.lower(): entry for form, entry in CUE_FORMS.items()}
SPEECH_NOUNS: dict[str, str] = {noun: cue_class for noun, cue_class in tsv_rows("cues_nouns.tsv")}
CONTEXT = json.loads((LEXICON_DIR / "cues_context.json").read_text(encoding="utf-8"))
BETWEEN = frozenset(w for phrase in CONTEXT["between"] for w in phrase.split())
NOT_ADVERBS = frozenset(CONTEXT["not_adverbs"])


def _grammar() -> dict[str, list[str]]:
    """Role → its words, in the order of speakers_grammar.tsv."""
    roles: dict[str, list[str]] = {}
    for word, role in tsv_rows("speakers_grammar.tsv"):
        roles.setdefault(role, []).append(word)
    return roles


def one_of(role: str, space: str = r"\s+") -> str:
    """A regex alternation of the words of a role of speakers_grammar.tsv."""
    return alternation(GRAMMAR[role], space)


GRAMMAR = _grammar()
NOUN_FOLLOWERS = frozenset(GRAMMAR["noun_follower"])
SUBJECT_PRONOUNS = frozenset(PRONOUNS)
SPEAKING_PRONOUNS = frozenset(GRAMMAR["speaking_pronoun"])
# "he said" after another person's statement: the pronoun's gender must fit that person's.
GENDERED_PRONOUNS = {pronoun: gender for pronoun, (_, _, gender) in PRONOUNS.items() if gender != "-"}
NP_STOPS = frozenset(GRAMMAR["np_stop"])
POSTMODIFIER_PREPOSITIONS = frozenset(GRAMMAR["postmodifier_preposition"])
AFFILIATIONS = frozenset(GRAMMAR["affiliation"])
PLACE_PREPOSITIONS = frozenset(GRAMMAR["place_preposition"])
PERSON_RELATIVES = frozenset(GRAMMAR["person_relative"])
DUMMY_SUBJECTS = frozenset(GRAMMAR["dummy_subject"])
FUNCTION_WORDS = CONNECTORS | DETERMINERS | BETWEEN | SUBJECT_PRONOUNS | NP_STOPS | frozenset(GRAMMAR["conjunction"]) \
    | frozenset(GRAMMAR["function"])
# Documents speak for whoever issued them: "X issued a statement saying …" is X speaking.
DOCUMENTS = frozenset(noun for noun, kind in HEAD_KINDS.items() if kind == "unknown")
