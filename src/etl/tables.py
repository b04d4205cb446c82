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


def concat(name: str, parts: Iterable[pa.Table]) -> pa.Table:
    """One table from the per-batch tables of `name` (an empty table when there are none)."""
    parts = list(parts)
    return pa.concat_tables(parts) if parts else empty(name)
