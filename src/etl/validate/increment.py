"""A release's parts as added by one run → a validation of what the run added, and of how it fits the rest.

A run validates fully only the rows it adds (its fresh parts): every expectation, keys, references,
grounding, dates. The rest of the release was validated when it was published and is shared as the
same bytes, so what spans the release is checked through the article index (the articles table's
`article_id` column) and the keys of the derived table, never by reading every row again:

- every fresh article is new to the release, and every fresh record belongs to a fresh article (its
  references are checked among the fresh parts), so an article's records all sit in one run's parts;
- a record's id is the hash of its article and its span, as `etl.ids` makes it: ids of different
  articles cannot meet, so ids stay unique across parts;
- parts written again with rows removed (an article replaced) hold only rows of articles the release has;
- estimate groups stay one row per subject_key: the groups of one article that a run writes are of its
  own articles, each group that spans articles is in the part of its month (`spanning_position`), and
  the release keeps no earlier part at a month the run wrote anew;
- every part the release keeps is where the manifest says, with its size.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from etl import contract
from etl.extract.estimates.links import ARTICLE_SCOPE
from etl.ids import stable_hash
from etl.validate.expectations import MAX_EXAMPLES
from etl.validate.sources import ParquetSource
from etl.validate.validate import CheckResult, ValidationReport, validate_sources
from etl.storage.parts import PartEntry, TableFiles, is_spanning, spanning_position

# How each record's id is made (etl.ids.stable_hash over these columns), so it can be checked.
DERIVED_IDS = {
    "statements": ("statement_id", "statement", "content_start", "content_end"),
    "events": ("event_id", "event", "trigger_start", "trigger_end"),
    "event_mentions": ("mention_id", "mention", "trigger_start", "trigger_end"),
    "estimates": ("estimate_id", "estimate", "start", "end"),
}


@dataclass
class Increment:
    """A release seen as what one run added (`fresh`), what it wrote again with rows removed (`rewritten`),
    and what it keeps from earlier releases (`kept`, with a check that each kept part is in place)."""
    fresh: dict[str, TableFiles]
    rewritten: dict[str, TableFiles] = field(default_factory=dict)
    kept: dict[str, TableFiles] = field(default_factory=dict)
    kept_parts: list[PartEntry] = field(default_factory=list)
    in_place: Callable[[PartEntry], str | None] = lambda part: None  # a problem with a kept part, or None
    group_parts: dict[int, TableFiles] = field(default_factory=dict)  # the fresh estimate_groups parts by position
    # The article_id column of the kept and rewritten article parts when the run has read it already (a run
    # that only adds keeps every article part of the previous release, whose ids it read to find new articles)
    other_article_ids: Callable[[], pa.Array] | None = None

    def others(self, name: str) -> list[TableFiles]:
        return [t for t in (self.kept.get(name), self.rewritten.get(name)) if t is not None and len(t)]


def validate_increment(increment: Increment) -> ValidationReport:
    """Every check on the fresh rows, and the checks that tie them to the rest of the release."""
    report = validate_sources({name: ParquetSource(t) for name, t in increment.fresh.items()})
    fresh_articles = increment.fresh["articles"].read(columns=["article_id"]).column(0)
    if increment.group_parts:
        report.results.append(_groups_in_place(increment, fresh_articles))
    if not any(increment.others(name) for name in contract.TABLES):
        return report  # nothing else in the release: the fresh parts are all of it
    report.results.append(_kept_in_place(increment))
    other_articles = (increment.other_article_ids() if increment.other_article_ids is not None
                      else _column(increment.others("articles"), "article_id"))
    report.results.append(_disjoint("articles", "article_id", fresh_articles, other_articles,
                                    "article_id is unique across the release's parts (fresh articles are new)"))
    release_articles = pa.concat_arrays([fresh_articles.combine_chunks(), other_articles])
    for name, rows in increment.rewritten.items():
        if name in contract.CONTENT_TABLES and name != "articles" and len(rows):
            ids = rows.read(columns=["article_id"]).column(0)
            report.results.append(_within(name, ids, release_articles,
                                          "rows of parts written again belong to articles of the release"))
    for name, spec in DERIVED_IDS.items():
        if name in increment.fresh:  # a release made before a table existed lacks it
            report.results.append(_derived_ids(name, increment.fresh[name], spec))
    return report


def _groups_in_place(increment: Increment, fresh_articles: pa.ChunkedArray) -> CheckResult:
    """subject_key stays unique across parts: the groups of one article the run wrote are of its articles and in
    its own part, each group spanning articles is in the part of its month, and no kept part is at a month the
    run wrote anew."""
    fresh = set(fresh_articles.to_pylist())
    keeps = bool(increment.others("estimate_groups"))  # else the run wrote every group, all in its fresh parts
    wrong = []
    for position, rows in increment.group_parts.items():
        for key in rows.read(columns=["subject_key"]).column(0).to_pylist():
            if ARTICLE_SCOPE in key:
                misplaced = is_spanning(position) or (keeps and key.rsplit(ARTICLE_SCOPE, 1)[1] not in fresh)
            else:
                misplaced = spanning_position(key) != position
            if misplaced:
                wrong.append(key)
    wrote = {position for position in increment.group_parts if is_spanning(position)}
    wrong += [p.path for p in increment.kept_parts if p.table == "estimate_groups" and p.position in wrote]
    return CheckResult("estimate_groups", "subject_key is unique across the release's parts (new groups of one "
                       "article are of the run's articles; a group spanning articles is in its month's part, "
                       "which the release lists once)", not wrong, len(wrong), sorted(wrong)[:MAX_EXAMPLES])


def _column(tables: list[TableFiles], column: str) -> pa.Array:
    arrays = [t.read(columns=[column]).column(0).combine_chunks() for t in tables]
    return pa.concat_arrays(arrays) if arrays else pa.array([], pa.string())


def _disjoint(table: str, column: str, fresh: pa.ChunkedArray | pa.Array, others: pa.Array, check: str) -> CheckResult:
    repeated = fresh.filter(pc.is_in(fresh, value_set=others)).to_pylist()
    return CheckResult(table, check, not repeated, len(repeated), sorted(repeated)[:MAX_EXAMPLES])


def _within(table: str, values: pa.ChunkedArray, allowed: pa.Array, check: str) -> CheckResult:
    outside = sorted(set(values.filter(pc.invert(pc.is_in(values, value_set=allowed))).to_pylist()))
    return CheckResult(table, check, not outside, len(outside), outside[:MAX_EXAMPLES])


def _derived_ids(table: str, rows: TableFiles, spec: tuple[str, str, str, str]) -> CheckResult:
    id_column, kind, start, end = spec
    data = rows.read(columns=[id_column, "article_id", start, end])
    wrong = [i for i, a, s, e in zip(*(data.column(c).to_pylist() for c in data.column_names))
             if i != stable_hash(a, kind, s, e)]
    return CheckResult(table, f"{id_column} is the hash of article_id and the span, as etl.ids makes it",
                       not wrong, len(wrong), sorted(wrong)[:MAX_EXAMPLES])


def _kept_in_place(increment: Increment) -> CheckResult:
    problems = [problem for part in increment.kept_parts if (problem := increment.in_place(part))]
    return CheckResult("release", "every part kept from earlier releases is in place with its size", not problems,
                       len(problems), problems[:MAX_EXAMPLES])
