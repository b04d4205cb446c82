"""The cue lexicons (cues_*.tsv, cues_context.json) → cue entries and the word classes the rules read."""
from __future__ import annotations

import json

from etl.extract.mentions import CONNECTORS, DETERMINERS, HEAD_KINDS
from etl.extract.statements.items import CueEntry
from etl.extract.wordlists import tsv_rows
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
CUES = {form.lower(): entry for form, entry in CUE_FORMS.items()}
SPEECH_NOUNS: dict[str, str] = {noun: cue_class for noun, cue_class in tsv_rows("cues_nouns.tsv")}
CONTEXT = json.loads((LEXICON_DIR / "cues_context.json").read_text(encoding="utf-8"))
BETWEEN = frozenset(w for phrase in CONTEXT["between"] for w in phrase.split())
NOT_ADVERBS = frozenset(CONTEXT["not_adverbs"])

NOUN_FOLLOWERS = frozenset({
    "said", "say", "says", "suggest", "suggests", "suggested", "show", "shows", "showed", "indicate", "indicates",
    "have", "has", "had", "is", "are", "was", "were", "of", "from", "by", "about", "in", "on", "for", "and", "or",
    "will", "would", "could", "which", "also", ",", ".", ";", ":", ")",
})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "you"})
GENDERED_PRONOUNS = {"he": "m", "she": "f"}
NP_STOPS = frozenset({"who", "whose", "which", "that", "when", "while", "as", "after", "before", "during", "because"})
_CONJUNCTIONS = frozenset({"and", "but", "or", "nor", "so", "yet", "than", "if", "because", "although", "though",
                           "whether", "since", "until", "unless", "where", "how", "why", "what"})
FUNCTION_WORDS = CONNECTORS | DETERMINERS | BETWEEN | SUBJECT_PRONOUNS | NP_STOPS | _CONJUNCTIONS \
    | {"not", "no", "to", "by", "himself", "herself", "itself", "themselves", "myself", "ourselves"}
# Documents speak for whoever issued them: "X issued a statement saying …" is X speaking.
DOCUMENTS = frozenset(noun for noun, kind in HEAD_KINDS.items() if kind == "unknown")

