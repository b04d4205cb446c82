"""A batch of articles → the statements, events and estimates tables of that batch."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pyarrow as pa

from etl.extract import estimates, events, statements
from etl.extract.text import Doc
from etl.records import Article, Estimate, Event, Statement
from etl.tables import to_table

EXTRACTORS = {"statements": statements.VERSION, "events": events.VERSION, "estimates": estimates.VERSION}


@dataclass
class Extraction:
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    estimates: list[Estimate] = field(default_factory=list)


def extract_article(article: Article) -> Extraction:
    """All records of one article; events see the statements, estimates see both."""
    doc = Doc(article)
    found_statements = statements.extract(doc)
    found_events = events.extract(doc, found_statements)
    return Extraction(found_statements, found_events, estimates.extract(doc, found_statements, found_events))


def extract_batch(articles: Iterable[Article]) -> dict[str, pa.Table]:
    out = Extraction()
    for article in articles:
        found = extract_article(article)
        out.statements += found.statements
        out.events += found.events
        out.estimates += found.estimates
    return {"statements": to_table("statements", out.statements), "events": to_table("events", out.events),
            "estimates": to_table("estimates", out.estimates)}
