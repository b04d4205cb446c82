"""The previous release + freshly extracted articles and records → the tables of the next release.

A dataset accumulates: a run adds new articles and replaces the records of the articles it extracted
again; everything else is carried over from the previous release unchanged.
"""
from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from etl.contract import CONTENT_TABLES
from etl.publish.groups import estimate_groups
from etl.tables import empty, sort_table

# Kept from the previous release when an article comes back with the same text: they describe when
# and where the text was first seen, not this run.
FIRST_SEEN_COLUMNS = ("ingested_at", "input_path", "input_line")


def release_candidate(previous: dict[str, pa.Table] | None, fresh: dict[str, pa.Table],
                      rejects: pa.Table) -> dict[str, pa.Table]:
    """Every table of the next release: merged content, the tables derived from it, and this run's rejects."""
    tables = merge(previous, fresh)
    tables["estimate_groups"] = estimate_groups(tables["estimates"])
    tables["rejects"] = sort_table("rejects", rejects)
    return tables


def merge(previous: dict[str, pa.Table] | None, fresh: dict[str, pa.Table]) -> dict[str, pa.Table]:
    """Tables of the next release: previous rows of articles not in `fresh`, plus all of `fresh`."""
    if not previous:
        return {name: sort_table(name, fresh.get(name, empty(name))) for name in CONTENT_TABLES}
    fresh_articles = _keep_first_seen(previous["articles"], fresh["articles"])
    replaced = fresh_articles.column("article_id")
    out = {}
    for name in CONTENT_TABLES:
        old = previous.get(name, empty(name))
        new = fresh_articles if name == "articles" else fresh.get(name, empty(name))
        kept = old.filter(pc.invert(pc.is_in(old.column("article_id"), value_set=replaced)))
        out[name] = sort_table(name, pa.concat_tables([kept.cast(new.schema), new]))
    return out


def _keep_first_seen(previous: pa.Table, fresh: pa.Table) -> pa.Table:
    """Fresh articles, with first-seen columns taken from the previous release where the text is unchanged."""
    before = {
        (a, sha): i for i, (a, sha) in enumerate(zip(previous.column("article_id").to_pylist(),
                                                     previous.column("text_sha256").to_pylist()))
    }
    rows = [before.get(key) for key in zip(fresh.column("article_id").to_pylist(),
                                           fresh.column("text_sha256").to_pylist())]
    if not any(r is not None for r in rows):
        return fresh
    for column in FIRST_SEEN_COLUMNS:
        old = previous.column(column).to_pylist()
        new = fresh.column(column).to_pylist()
        values = [old[r] if r is not None else v for r, v in zip(rows, new)]
        index = fresh.schema.get_field_index(column)
        fresh = fresh.set_column(index, fresh.schema.field(index), pa.array(values, fresh.schema.field(index).type))
    return fresh
