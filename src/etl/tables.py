"""Records → pyarrow tables with the contract's explicit schema, and back."""
from __future__ import annotations

from collections.abc import Iterable

import pyarrow as pa

from etl import contract
from etl.records import RECORD_TYPES, field_names


def to_table(name: str, records: Iterable[object]) -> pa.Table:
    """A pyarrow table of `name` built column by column (much faster than row dicts)."""
    schema = contract.load(name).arrow()
    records = list(records)
    columns = [pa.array([getattr(r, col) for r in records], type=schema.field(col).type)
               for col in field_names(RECORD_TYPES[name])]
    return pa.Table.from_arrays(columns, schema=schema)


def empty(name: str) -> pa.Table:
    return contract.load(name).arrow().empty_table()


def sort_table(name: str, table: pa.Table) -> pa.Table:
    """Rows in a stable order (by article, then position), so identical content gives identical files."""
    keys = {
        "articles": ["article_id"],
        "statements": ["article_id", "content_start", "statement_id"],
        "events": ["article_id", "trigger_start", "event_id"],
        "estimates": ["article_id", "start", "estimate_id"],
        "estimate_groups": ["subject_key"],
        "extraction_errors": ["article_id", "stage"],
        "rejects": ["input_path", "line", "reject_id"],
    }[name]
    return table.sort_by([(k, "ascending") for k in keys])


def concat(name: str, parts: Iterable[pa.Table]) -> pa.Table:
    """One table from the per-batch tables of `name` (an empty table when there are none)."""
    parts = list(parts)
    return pa.concat_tables(parts) if parts else empty(name)
