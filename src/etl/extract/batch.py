"""A batch of articles → the statements, events and estimates tables of that batch, and the articles that failed.

One article's failure never costs the others: an exception while extracting an article leaves that
article's records of the failing stage and the stages after it out, and becomes an ExtractionError
row instead. Every later run extracts such an article again.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pyarrow as pa

from etl.extract import estimates, events, geo, mentions, statements
from etl.extract.text import Doc
from etl.ids import stable_hash
from etl.records import Article, Estimate, Event, ExtractionError, Statement
from etl.tables import to_table

# The extractors in the order they run; each may use the records of those before it.
STAGES = ("statements", "events", "estimates")
VERSIONS = {"statements": statements.VERSION, "events": events.VERSION, "estimates": estimates.VERSION}
EXTRACTORS = {stage: [version] for stage, version in VERSIONS.items()}
# What extraction_errors.error_type says when the process that extracted a batch died, twice.
WORKER_LOST = "WorkerLost"
MESSAGE_CHARS = 500


@dataclass
class Extraction:
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    estimates: list[Estimate] = field(default_factory=list)
    error: ExtractionError | None = None


def extract_article(article: Article, start: str = "statements", prior: Extraction | None = None,
                    dropped: Counter[str] | None = None) -> Extraction:
    """The records of one article; events see the statements, estimates see both.

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
            found.events = _counting(events.extract, dropped, doc, found.statements)
        stage = "estimates"
        found.estimates = _counting(estimates.extract, dropped, doc, found.statements, found.events)
    except Exception as e:  # noqa: BLE001 - any bug in a rule must cost one article, not the run
        for later in STAGES[STAGES.index(stage):]:
            setattr(found, later, [])
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
    for article in articles:
        found = extract_article(article, start, earlier.get(article.article_id, Extraction()) if prior else None,
                                dropped)
        out.statements += found.statements
        out.events += found.events
        out.estimates += found.estimates
        if found.error is not None:
            errors.append(found.error)
    tables = {name: to_table(name, getattr(out, name)) for name in STAGES[STAGES.index(start):]}
    return tables | {"extraction_errors": to_table("extraction_errors", errors)}


def failed_batch(articles: Sequence[Article], start: str, error_type: str, message: str) -> dict[str, pa.Table]:
    """What a batch that could not be extracted at all contributes: no records, an error row per article."""
    tables = {name: to_table(name, []) for name in STAGES[STAGES.index(start):]}
    errors = [extraction_error(a, start, error_type, message) for a in articles]
    return tables | {"extraction_errors": to_table("extraction_errors", errors)}


def clear_caches() -> None:
    """Forget what the extractors remember across articles (names, places), so a timing starts cold."""
    mentions.analyze.cache_clear()
    geo.clear_caches()


def _prior_by_article(prior: dict[str, pa.Table]) -> dict[str, Extraction]:
    records = {"statements": Statement, "events": Event}
    out: dict[str, Extraction] = {}
    for name, table in prior.items():
        for row in table.to_pylist():
            getattr(out.setdefault(row["article_id"], Extraction()), name).append(records[name](**row))
    return out
