"""A batch of articles → the statements, events (with their mentions) and estimates tables of that batch, and the
articles that failed.

One article's failure never costs the others: an exception while extracting an article leaves that
article's records of the failing stage and the stages after it out, and becomes an ExtractionError
row instead. Every later run extracts such an article again.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pyarrow as pa

from etl.extract import dates, estimates, events, geo, mentions, numbers, statements
from etl.extract.events import coref
from etl.extract.text import Doc, lower
from etl.ids import stable_hash
from etl.records import RECORD_TYPES, Article, Estimate, Event, EventMention, ExtractionError, Statement
from etl.tables import to_table

# The extractors in the order they run; each may use the records of those before it.
STAGES = ("statements", "events", "estimates")
# The tables each stage makes: the events stage finds mentions and merges those of one event.
STAGE_TABLES = {"statements": ("statements",), "events": ("events", "event_mentions"), "estimates": ("estimates",)}
VERSIONS = {"statements": statements.VERSION, "events": events.VERSION, "estimates": estimates.VERSION}
# The versions a release records per stage: a change in any of them extracts that stage again.
EXTRACTORS = {stage: [version] for stage, version in VERSIONS.items()} | {"events": [events.VERSION, coref.VERSION]}
# What extraction_errors.error_type says when the process that extracted a batch died, twice.
WORKER_LOST = "WorkerLost"
MESSAGE_CHARS = 500


@dataclass
class Extraction:
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    event_mentions: list[EventMention] = field(default_factory=list)
    estimates: list[Estimate] = field(default_factory=list)
    error: ExtractionError | None = None


def extract_article(article: Article, start: str = "statements", prior: Extraction | None = None,
                    dropped: Counter[str] | None = None) -> Extraction:
    """The records of one article; events see the statements, estimates see both (each event at every mention).

    Stages before `start` are not run: their records come from `prior` (an earlier release). When a
    stage raises, the records of the stages before it are kept and `error` says what failed. `dropped`,
    if given, counts the candidates each stage dropped, under "<stage>: <reason>"; a stage that raises
    adds none.
    """
    found = prior or Extraction()
    stage = start
    try:
        doc = Doc(article)
        if start == "statements":
            found.statements = _counting(statements.extract, dropped, doc)
        if start in ("statements", "events"):
            stage = "events"
            found.events, found.event_mentions = coref.merge(
                doc, _counting(events.extract, dropped, doc, found.statements))
        stage = "estimates"
        found.estimates = _counting(estimates.extract, dropped, doc, found.statements,
                                    coref.mentioned(found.events, found.event_mentions))
    except Exception as e:  # noqa: BLE001 - any bug in a rule must cost one article, not the run
        for later in STAGES[STAGES.index(stage):]:
            for name in STAGE_TABLES[later]:
                setattr(found, name, [])
        found.error = extraction_error(article, stage, type(e).__name__, str(e))
    return found


def _counting(extract: Callable[..., list], dropped: Counter[str] | None, *args: object) -> list:
    """`extract(*args)`, its drops added to `dropped` only once it returns."""
    if dropped is None:
        return extract(*args)
    found: Counter[str] = Counter()
    out = extract(*args, dropped=found)
    dropped.update(found)
    return out


def extraction_error(article: Article, stage: str, error_type: str, message: str) -> ExtractionError:
    return ExtractionError(stable_hash(article.article_id, stage), article.article_id, article.source_id, stage,
                           VERSIONS[stage], error_type, message[:MESSAGE_CHARS])


def extract_batch(articles: Sequence[Article], start: str = "statements", prior: dict[str, pa.Table] | None = None,
                  dropped: Counter[str] | None = None) -> dict[str, pa.Table]:
    """The tables of the stages from `start` on and `extraction_errors`, for a batch.

    `prior` holds the earlier stages' rows; `dropped`, if given, counts the candidates dropped (see
    `extract_article`).
    """
    earlier = _prior_by_article(prior or {})
    out = Extraction()
    errors: list[ExtractionError] = []
    names = stage_tables(start)
    for article in articles:
        found = extract_article(article, start, earlier.get(article.article_id, Extraction()) if prior else None,
                                dropped)
        for name in names:
            getattr(out, name).extend(getattr(found, name))
        if found.error is not None:
            errors.append(found.error)
    tables = {name: to_table(name, getattr(out, name)) for name in names}
    return tables | {"extraction_errors": to_table("extraction_errors", errors)}


def stage_tables(start: str, until: bool = False) -> tuple[str, ...]:
    """The tables of the stages from `start` on (with `until`: of the stages before it)."""
    stages = STAGES[:STAGES.index(start)] if until else STAGES[STAGES.index(start):]
    return tuple(name for stage in stages for name in STAGE_TABLES[stage])


def failed_batch(articles: Sequence[Article], start: str, error_type: str, message: str) -> dict[str, pa.Table]:
    """What a batch that could not be extracted at all contributes: no records, an error row per article."""
    tables = {name: to_table(name, []) for name in stage_tables(start)}
    errors = [extraction_error(a, start, error_type, message) for a in articles]
    return tables | {"extraction_errors": to_table("extraction_errors", errors)}


def clear_caches() -> None:
    """Forget what the extractors remember across articles (names, places), so a timing starts cold."""
    dates.clear_caches()
    mentions.analyze.cache_clear()
    geo.clear_caches()
    numbers.clear_caches()
    lower.cache_clear()


def _prior_by_article(prior: dict[str, pa.Table]) -> dict[str, Extraction]:
    out: dict[str, Extraction] = {}
    for name, table in prior.items():
        record = RECORD_TYPES[name]
        for row in table.to_pylist():
            getattr(out.setdefault(row["article_id"], Extraction()), name).append(record(**row))
    return out
