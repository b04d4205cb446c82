"""What the steps of the statements extractor pass on: cue entries, quotes, units, candidates, findings."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class CueEntry:
    """What the lexicons say about one cue form ("said", "pointing out", "according to")."""
    cue_class: str
    frame: str       # clause | that | object | tell: what may follow the cue (see cues_verbs.tsv)
    kind: str        # verb (speaker before the cue) | according (speaker after it)
    noun_too: bool   # the form is also a common noun ("reports"): trusted only after a clear subject
    gerund: bool     # "adding", "saying": may share the subject of the clause before it


CONFIDENCE = {"direct": 0.9, "mixed": 0.8, "indirect": 0.75}
CONFIDENCE_WEAK_CUE = 0.15      # a noun-like cue form, or a speaker inherited from an earlier clause
CONFIDENCE_CONTINUATION = 0.6   # a quote that continues an earlier speaker's words
CONFIDENCE_NO_SPEAKER = 0.4     # a quote with nobody to attribute it to
CONFIDENCE_UNCHECKED_PRONOUN = 0.1  # taken off when a pronoun's referent could not be checked for agreement


@dataclass(frozen=True, slots=True)
class Quote:
    start: int      # at the opening mark
    end: int        # after the closing mark (or at the paragraph end when the quote runs on)
    paragraph: int
    closed: bool


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence, or several when a quote runs across their boundary."""
    start: int
    end: int
    paragraph: int


@dataclass(slots=True)
class Candidate:
    cue: tuple[int, int]
    entry: CueEntry
    speaker: tuple[int, int] | None
    apposition: str | None
    inverted: bool      # the speaker follows the cue ("…,” said Grimm)
    inherited: bool     # the speaker is that of an earlier clause ("…, adding that")
    introduced: bool    # "that", a colon or a quote mark opens what was said
    # where the attribution opens when words of another stand before its speaker ("“…,” the agency quoted the
    # commander as saying": the agency's); else at the speaker
    attribution: int | None = None


@dataclass(slots=True)
class Found:
    content: tuple[int, int]
    quote_type: str
    cue: tuple[int, int] | None
    cue_class: str | None
    speaker: tuple[int, int] | None
    apposition: str | None
    confidence: float
    paragraph: int
    source: str = "in_sentence"          # where the speaker came from: see speaker_source in schemas/statements.json
    leader: tuple[int, int] | None = None  # content of the utterance's first segment, when this is a later one
    # where the speaker is named when the speaker as written names no one: an interview's "A:" → its introduction's
    named_at: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Context:
    """What every step needs about one article."""
    text: str
    quotes: list[Quote]
    quote_starts: list[int]
    quote_ends: list[int]
    units: list[Unit]
    unit_starts: list[int]
    # `cues.skip_after` of (cue end, limit, frame): a cue's speaker rules and its content's read the same words after it
    skips: dict[tuple[int, int, str], tuple[int, int, bool]] = field(default_factory=dict)
