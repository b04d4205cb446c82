"""Typed records, one class per table; field names and order are those of `schemas/` (a test checks)."""
from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime


@dataclass(slots=True)
class Article:
    article_id: str
    source: str | None
    source_id: str | None
    url: str | None
    title: str | None
    published_at: datetime | None
    language: str | None
    text: str
    text_sha256: str
    n_chars: int
    ingested_at: datetime
    input_path: str
    input_line: int | None = None
    date_order: str | None = None


@dataclass(slots=True)
class Statement:
    statement_id: str
    article_id: str
    quote_type: str
    content: str
    content_start: int
    content_end: int
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    cue_class: str | None
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_canonical: str | None
    speaker_kind: str
    speaker_role: str | None
    confidence: float
    extractor: str
    # After the required fields so that records built by position elsewhere keep their meaning.
    speaker_gender: str = "unknown"
    speaker_source: str | None = None
    quote_group: str | None = None


@dataclass(slots=True)
class Event:
    event_id: str
    article_id: str
    statement_id: str | None
    event_type: str
    event_mode: str | None
    trigger: str
    trigger_start: int
    trigger_end: int
    actor: str | None
    actor_start: int | None
    actor_end: int | None
    actor_canonical: str | None
    actor_country: str | None
    target: str | None
    target_start: int | None
    target_end: int | None
    target_canonical: str | None
    target_country: str | None
    location: str | None
    location_start: int | None
    location_end: int | None
    location_country: str | None
    date: date | None
    date_precision: str
    date_text: str | None
    date_start: int | None
    date_end: int | None
    modality: str
    confidence: float
    extractor: str
    date_source: str = "none"
    location_admin1: str | None = None
    location_lat: float | None = None
    location_lon: float | None = None
    mentions: int = 1  # how many mentions of it the article has (see EventMention)


@dataclass(slots=True)
class EventMention:
    """One place where an article names an event: "the attack", "the blast" and "the bombing" of one incident
    are three mentions of one event."""
    mention_id: str
    event_id: str
    article_id: str
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int


@dataclass(slots=True)
class Estimate:
    estimate_id: str
    article_id: str
    statement_id: str | None
    event_id: str | None
    surface: str
    start: int
    end: int
    value: float | None
    value_low: float | None
    value_high: float | None
    hedge: str
    quantity: str | None
    category: str
    counted_as: str
    aside: str | None
    unit: str | None
    claimant: str | None
    claimant_canonical: str | None
    as_of: date | None
    subject_key: str | None
    confidence: float
    extractor: str


@dataclass(slots=True)
class Reject:
    reject_id: str
    input_path: str
    line: int | None
    reason_code: str
    reason: str
    source_id: str | None = None


@dataclass(slots=True)
class ExtractionError:
    error_id: str
    article_id: str
    source_id: str | None
    stage: str
    extractor: str
    error_type: str
    message: str


RECORD_TYPES: dict[str, type] = {
    "articles": Article,
    "statements": Statement,
    "events": Event,
    "event_mentions": EventMention,
    "estimates": Estimate,
    "extraction_errors": ExtractionError,
    "rejects": Reject,
}


def field_names(record_type: type) -> list[str]:
    return [f.name for f in fields(record_type)]
