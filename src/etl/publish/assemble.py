"""Freshly extracted batches + the previous release → the staged tables of the next release.

A dataset accumulates: new articles (and articles whose text changed) are extracted; an article seen
before with the same text is not extracted again, and its records are carried over, unless an
extractor changed since the previous release: then that extractor and those that use its records
run again on every carried-over article, and the earlier extractors' records are kept.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.parquet as pq

from etl import contract
from etl.extract.batch import STAGES
from etl.publish.groups import estimate_groups
from etl.publish.release import PreviousRelease
from etl.publish.stage import ArticleRecords, Stage, batches, carry_over, conform
from etl.records import Article, Reject
from etl.tables import to_table

# What estimate_groups reads of the estimates: reading only these keeps it narrow on a large dataset.
GROUP_COLUMNS = ["estimate_id", "article_id", "start", "value", "value_low", "value_high", "category",
                 "claimant", "claimant_canonical", "subject_key"]


def refresh_from(previous: PreviousRelease | None, extractors: dict[str, list[str]]) -> str | None:
    """The first extractor stage to run again on carried-over articles, or None when all are current."""
    if previous is None:
        return None
    old_schemas = previous.schemas
    for stage in STAGES:
        same_schema = old_schemas.get(stage) == contract.load(stage).descriptor
        if previous.extractors.get(stage) != extractors[stage] or not same_schema:
            return stage
    return None


def is_known(article: Article, previous: PreviousRelease | None) -> bool:
    """Whether the previous release already holds this article with this very text."""
    return previous is not None and previous.article_index.get(article.article_id) == article.text_sha256


@dataclass
class RefreshBatch:
    """Carried-over articles whose records are extracted again from `start` on."""
    articles: list[Article]
    article_rows: pa.Table
    prior: dict[str, pa.Table]  # records of the stages before `start`, kept as they are


def failed_articles(previous: PreviousRelease | None) -> set[str]:
    """The articles whose extraction failed in the run that made the previous release: they are extracted again."""
    errors = previous.parquet("extraction_errors") if previous is not None else None
    if errors is None:
        return set()
    return set(errors.read(columns=["article_id"]).column(0).to_pylist())


def refresh_batches(previous: PreviousRelease, keep: Callable[[str], bool], start: str,
                    batch_size: int) -> Iterator[RefreshBatch]:
    """The previous release's articles that `keep` accepts, in batches, with the records they keep."""
    position = {a: i for i, a in enumerate(previous.article_index)}
    kept_stages = STAGES[:STAGES.index(start)]
    readers = {name: ArticleRecords(name, previous.parquet(name), position) for name in kept_stages}
    pending: list[pa.Table] = []
    count = 0
    for table in batches(previous.parquet("articles")):
        table = conform("articles", table)
        mask = pa.array([keep(a) for a in table.column("article_id").to_pylist()], pa.bool_())
        table = table.filter(mask)
        while table.num_rows:
            take = min(batch_size - count, table.num_rows)
            pending.append(table.slice(0, take))
            table = table.slice(take)
            count += take
            if count == batch_size:
                yield _refresh_batch(pa.concat_tables(pending), readers)
                pending, count = [], 0
    if count:
        yield _refresh_batch(pa.concat_tables(pending), readers)


def _refresh_batch(rows: pa.Table, readers: dict[str, ArticleRecords]) -> RefreshBatch:
    ids = rows.column("article_id").to_pylist()
    articles = [Article(**r) for r in rows.to_pylist()]
    return RefreshBatch(articles, rows, {name: reader.take(ids) for name, reader in readers.items()})


def carry_over_unchanged(stage: Stage, previous: PreviousRelease, exclude: set[str]) -> None:
    """Copy every content table's rows of the articles not in `exclude` from the previous release."""
    excluded = pa.array(sorted(exclude), pa.string())
    for name in contract.CONTENT_TABLES:
        source = previous.parquet(name)
        if source is not None:
            carry_over(stage, name, source, excluded)


def finish(stage: Stage, rejects: list[Reject]) -> None:
    """Close the content tables, derive the tables computed from them, add this run's rejects."""
    stage.close(contract.CONTENT_TABLES)
    estimates = pq.read_table(stage.path("estimates"), columns=GROUP_COLUMNS)
    stage.add("estimate_groups", estimate_groups(estimates))
    stage.add("rejects", to_table("rejects", rejects))
    stage.close(contract.TABLES)
