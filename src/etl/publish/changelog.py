"""What a release dropped and added → which ids were added, changed and removed in each table.

Ids stay in Arrow arrays from the comparison to the release's `changelog.parquet`: a first release of
a large dataset adds millions of them.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from etl import contract
from etl.publish.stage import batches
from etl.storage.parts import TableFiles

HASHED_ELSEWHERE = ("text",)  # text_sha256 stands for the text
CHANGES = ("added", "changed", "removed")
IDS_FILE = "changelog.parquet"


@dataclass
class TableChanges:
    added: pa.Array
    changed: pa.Array
    removed: pa.Array

    @property
    def empty(self) -> bool:
        return not (len(self.added) or len(self.changed) or len(self.removed))

    def ids(self, change: str) -> list[str]:
        return getattr(self, change).to_pylist()


@dataclass
class Changelog:
    tables: dict[str, TableChanges]

    @property
    def empty(self) -> bool:
        return all(t.empty for t in self.tables.values())

    def summary(self) -> dict[str, dict[str, int]]:
        return {name: {change: len(getattr(t, change)) for change in CHANGES} for name, t in self.tables.items()}

    def ids_table(self) -> pa.Table:
        """One row per changed id: table, change (added | changed | removed), id."""
        parts = [pa.table({"table": pa.array([name] * len(ids), pa.string()),
                           "change": pa.array([change] * len(ids), pa.string()), "id": ids.cast(pa.string())})
                 for name, t in self.tables.items() for change in CHANGES for ids in [getattr(t, change)]]
        return pa.concat_tables(parts)

    def markdown(self, version: str, previous: str | None, note: str | None = None) -> str:
        since = f"since {previous}" if previous else "(first release)"
        lines = [f"# Changes in {version} {since}", "", *([note, ""] if note else []),
                 "| table | added | changed | removed |", "|---|---:|---:|---:|"]
        for name, counts in self.summary().items():
            lines.append(f"| {name} | {counts['added']} | {counts['changed']} | {counts['removed']} |")
        lines += ["", f"The ids of every added, changed and removed row are in `{IDS_FILE}` (table, change, id).", ""]
        return "\n".join(lines)


def read_ids(path) -> dict[str, dict[str, list[str]]]:
    """A release's changelog.parquet as {table: {change: [ids]}}."""
    out = {name: {change: [] for change in CHANGES} for name in contract.CONTENT_TABLES}
    for row in pq.read_table(path).to_pylist():
        out[row["table"]][row["change"]].append(row["id"])
    return out


def row_hashes(name: str, sources: Iterable[TableFiles | pq.ParquetFile]) -> pa.Table:
    """(id, hash of the whole row) for every row, read batch by batch; Arrow keeps millions of them small."""
    schema = contract.load(name).arrow()
    pk = contract.load(name).primary_key
    parts = [pa.table({"id": pa.array([], pa.string()), "hash": pa.array([], pa.uint64())})]
    hashed = [f for f in schema if f.name not in HASHED_ELSEWHERE]
    for source in sources:
        if not source.num_rows if isinstance(source, TableFiles) else not source.metadata.num_rows:
            continue
        present = [f.name for f in hashed if f.name in source.schema_arrow.names]
        for table in batches(source, columns=present):
            # A column the older release lacks counts as empty, as its rows would be read in the new schema.
            rows = pa.table({f.name: table.column(f.name).cast(f.type) if f.name in present
                             else pa.nulls(table.num_rows, f.type) for f in hashed})
            hashes = pd.util.hash_pandas_object(rows.to_pandas(), index=False).to_numpy()
            parts.append(pa.table({"id": table.column(pk).cast(pa.string()), "hash": pa.array(hashes, pa.uint64())}))
    return pa.concat_tables(parts)


def diff(gone: dict[str, list[TableFiles | pq.ParquetFile]], added: dict[str, TableFiles | pq.ParquetFile]) -> Changelog:
    """Ids added, changed and removed per content table, from the rows a release no longer has and those it adds.

    Rows only need to be given where they may differ: a row given on both sides unchanged cancels out,
    so a release that shares most of its parts with the previous one compares only the rest.
    """
    out = {}
    for name in contract.CONTENT_TABLES:
        before = row_hashes(name, gone.get(name, []))
        after = row_hashes(name, [added[name]])
        both = after.join(before, keys="id", join_type="full outer", left_suffix="_after", right_suffix="_before")
        after_hash, before_hash = both.column("hash_after"), both.column("hash_before")

        def ids(mask) -> pa.Array:
            chosen = both.filter(mask).column("id")
            return chosen.take(pc.sort_indices(chosen)).combine_chunks()

        out[name] = TableChanges(
            added=ids(pc.is_null(before_hash)),
            changed=ids(pc.fill_null(pc.not_equal(after_hash, before_hash), False)),
            removed=ids(pc.is_null(after_hash)),
        )
    return Changelog(out)

