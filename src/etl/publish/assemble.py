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
import pyarrow.compute as pc

from etl import contract
from etl.extract.batch import STAGE_TABLES, STAGES, stage_tables
from etl.extract.estimates.links import ARTICLE_SCOPE
from etl.publish.groups import estimate_groups, merge_groups
from etl.publish.release import PreviousRelease
from etl.publish.stage import ArticleRecords, Stage, batches, carry_over, conform
from etl.storage.parts import REWRITTEN, PartEntry, TableFiles, is_spanning, spanning_position, written_by
from etl.records import Article, Reject
from etl.tables import to_table
from etl.validate.increment import Increment

# What estimate_groups reads of the estimates: reading only these keeps it narrow on a large dataset.
GROUP_COLUMNS = ["estimate_id", "article_id", "start", "value", "value_low", "value_high", "category",
                 "claimant", "claimant_canonical", "subject_key"]


def refresh_from(previous: PreviousRelease | None, extractors: dict[str, list[str]]) -> str | None:
    """The first extractor stage to run again on carried-over articles, or None when all are current.

    A stage runs again when its extractor versions or the schema of one of its tables changed (a release
    made before a table existed lacks it: its stage runs again and makes it).
    """
    if previous is None:
        return None
    old_schemas = previous.schemas
    for stage in STAGES:
        same_schema = all(old_schemas.get(name) == contract.load(name).descriptor for name in STAGE_TABLES[stage])
        if previous.extractors.get(stage) != extractors[stage] or not same_schema:
            return stage
    return None


def is_known(article: Article, previous: PreviousRelease | None) -> bool:
    """Whether the previous release already holds this article with this very text."""
    return previous is not None and previous.text_sha256(article.article_id) == article.text_sha256


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
    position = {a: i for i, a in enumerate(previous.article_ids.to_pylist())}
    readers = {name: ArticleRecords(name, previous.parquet(name), position) for name in stage_tables(start, until=True)}
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
    """Keep the previous release's parts as they are, except those holding rows of articles in `exclude`.

    A part holding some of them is written again without them, at its own position; a release written
    as one file per table, or in an older schema, has its rows written again once.
    """
    excluded = pa.array(sorted(a for a in exclude if a in previous.article_id_set), pa.string())
    for name in contract.CONTENT_TABLES:
        parts = previous.parts(name)
        if parts is None:
            source = previous.parquet(name)
            if source is not None:
                carry_over(stage, name, source, excluded)
            continue
        current = previous.schemas.get(name) == contract.load(name).descriptor
        for part in parts:
            if part.rows == 0:
                continue
            if current and not (len(excluded) and _holds_any(previous, part, excluded)):
                stage.keep(name, part)
                continue
            rows = previous.part_files([part]).read()
            rows = rows.filter(pc.invert(pc.is_in(rows.column("article_id"), value_set=excluded)))
            stage.add_part(name, conform(name, rows), part.position)


def _holds_any(previous: PreviousRelease, part: PartEntry, articles: pa.Array) -> bool:
    ids = previous.part_files([part]).read(columns=["article_id"]).column(0)
    return pc.any(pc.is_in(ids, value_set=articles)).as_py() or False


def finish(stage: Stage, rejects: list[Reject], previous: PreviousRelease | None = None) -> None:
    """Close the content tables, derive the tables computed from them, add this run's rejects."""
    stage.close(contract.CONTENT_TABLES)
    add_estimate_groups(stage, previous)
    stage.add("rejects", to_table("rejects", rejects))
    stage.close(contract.TABLES)


def add_estimate_groups(stage: Stage, previous: PreviousRelease | None) -> None:
    """The estimate_groups parts of the next release, computed from what changed where that is enough.

    Groups of one article's estimates (a subject_key that names its article) never change while the
    article stays: they go into this run's part and are shared from then on. Groups that span articles
    sit in one part per month of their subject's day (`spanning_position`), after every run's parts:
    when the run only adds articles, it merges the groups of its new estimates into the months they
    fall in and keeps the other months' parts; otherwise it computes every group from all the estimates.
    """
    earlier = _earlier_groups(stage, previous)
    if earlier is None:
        groups = estimate_groups(_estimates(stage, previous))
        scoped = pc.match_substring(groups["subject_key"], ARTICLE_SCOPE)
        stage.add("estimate_groups", groups.filter(scoped))
        for position, rows in _by_month(groups.filter(pc.invert(scoped))).items():
            stage.add_part("estimate_groups", rows, position)
        return
    fresh = [p for p in stage.new_parts("estimates") if p.position == stage.position]
    groups = estimate_groups(stage.files("estimates", fresh).read(columns=GROUP_COLUMNS))
    scoped = pc.match_substring(groups["subject_key"], ARTICLE_SCOPE)
    stage.add("estimate_groups", groups.filter(scoped))
    new = _by_month(groups.filter(pc.invert(scoped)))
    spanning = {p.position: p for p in earlier if is_spanning(p.position)}
    # The part of the groups that name no day is small and read every run: a release written before groups
    # were kept by month holds all of them there, and they move to their months' parts.
    moved = _by_month(previous.part_files([spanning[REWRITTEN]]).read()) if REWRITTEN in spanning else {}
    if set(moved) <= {REWRITTEN}:
        moved = {}
    touched = set(new) | set(moved) | ({REWRITTEN} if moved else set())  # a part moved from is written anew
    for part in earlier:
        if part.rows and part.position not in touched:
            stage.keep("estimate_groups", part)
    for position in sorted(touched):
        rows = [t[position] for t in (new, moved) if position in t]
        if position in spanning and not (moved and position == REWRITTEN):
            rows.append(previous.part_files([spanning[position]]).read())
        if rows:  # else the part is dropped: every group it held moved
            stage.add_part("estimate_groups", merge_groups(pa.concat_tables(rows)), position)


def _by_month(groups: pa.Table) -> dict[int, pa.Table]:
    """Groups spanning articles by the position of their month's part."""
    positions = pa.array([spanning_position(k) for k in groups["subject_key"].to_pylist()], pa.int64())
    return {position: groups.filter(pc.equal(positions, position))
            for position in sorted(set(positions.to_pylist()))}


def _earlier_groups(stage: Stage, previous: PreviousRelease | None) -> list[PartEntry] | None:
    """The previous release's group parts when this run only adds estimates to its current ones, else None."""
    if previous is None or previous.schemas.get("estimate_groups") != contract.load("estimate_groups").descriptor:
        return None
    groups, estimates = previous.parts("estimate_groups"), previous.parts("estimates")
    if groups is None or estimates is None:
        return None
    listed = {p.path for p in stage.parts("estimates")}
    rewritten = any(p.position != stage.position for p in stage.new_parts("estimates"))
    if rewritten or any(p.rows and p.path not in listed for p in estimates):
        return None
    return groups


def _estimates(stage: Stage, previous: PreviousRelease | None) -> pa.Table:
    """GROUP_COLUMNS of every estimate the next release lists."""
    kept = [p for p in stage.parts("estimates") if not stage.is_new(p)]
    tables = [stage.new_rows("estimates").read(columns=GROUP_COLUMNS)]
    if kept:
        tables.append(previous.part_files(kept).read(columns=GROUP_COLUMNS))
    return pa.concat_tables(tables)


def increment(stage: Stage, previous: PreviousRelease | None) -> Increment:
    """The staged release as what this run adds, writes again and keeps: what its validation reads."""
    fresh, rewritten, kept, kept_parts = {}, {}, {}, []
    for name in contract.TABLES:
        new = stage.new_parts(name)
        fresh[name] = stage.files(name, [p for p in new if written_by(p.position, stage.position)])
        rewritten[name] = stage.files(name, [p for p in new if not written_by(p.position, stage.position)])
        old = [p for p in stage.parts(name) if not stage.is_new(p)]
        kept_parts += old
        kept[name] = previous.part_files(old) if old else TableFiles([])
    groups = {p.position: stage.files("estimate_groups", [p]) for p in stage.new_parts("estimate_groups")
              if written_by(p.position, stage.position)}
    return Increment(fresh, rewritten, kept, kept_parts, previous.in_place if previous is not None else lambda p: None,
                     groups, _kept_article_ids(stage, previous, len(rewritten["articles"]) > 0))


def _kept_article_ids(stage: Stage, previous: PreviousRelease | None,
                      rewrote: bool) -> Callable[[], pa.Array] | None:
    """The ids of the articles the release keeps, as the run read them already: when it keeps every article part
    of the previous release and writes none again, they are the previous release's ids. Else None (read them)."""
    before = previous.parts("articles") if previous is not None else None
    if before is None or rewrote:
        return None
    kept = {p.path for p in stage.parts("articles") if not stage.is_new(p)}
    return (lambda: previous.article_ids) if kept == {p.path for p in before} else None
