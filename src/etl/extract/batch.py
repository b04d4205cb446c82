"""A batch of articles → the statements, events and estimates tables of that batch."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pyarrow as pa

from etl.extract import estimates, events, geo, mentions, statements
from etl.extract.text import Doc
from etl.records import Article, Estimate, Event, Statement
from etl.tables import to_table

# The extractors in the order they run; each may use the records of those before it.
STAGES = ("statements", "events", "estimates")
EXTRACTORS = {"statements": [statements.VERSION], "events": [events.VERSION], "estimates": [estimates.VERSION]}


@dataclass
class Extraction:
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    estimates: list[Estimate] = field(default_factory=list)


def extract_article(article: Article, start: str = "statements", prior: Extraction | None = None) -> Extraction:
    """The records of one article; events see the statements, estimates see both.

    Stages before `start` are not run: their records come from `prior` (an earlier release).
    """
    doc = Doc(article)
    found = prior or Extraction()
    if start == "statements":
        found.statements = statements.extract(doc)
    if start in ("statements", "events"):
        found.events = events.extract(doc, found.statements)
    found.estimates = estimates.extract(doc, found.statements, found.events)
    return found


def extract_batch(articles: Sequence[Article], start: str = "statements",
                  prior: dict[str, pa.Table] | None = None) -> dict[str, pa.Table]:
    """The tables of the stages from `start` on, for a batch; `prior` holds the earlier stages' rows."""
    earlier = _prior_by_article(prior or {})
    out = Extraction()
    for article in articles:
        found = extract_article(article, start, earlier.get(article.article_id, Extraction()) if prior else None)
        out.statements += found.statements
        out.events += found.events
        out.estimates += found.estimates
    return {name: to_table(name, getattr(out, name)) for name in STAGES[STAGES.index(start):]}


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
