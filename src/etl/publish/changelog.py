"""Two versions of the dataset's tables → which ids were added, changed and removed in each table."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from etl import contract
from etl.publish.stage import batches, conform

HASHED_ELSEWHERE = ("text",)


@dataclass
class TableChanges:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)


@dataclass
class Changelog:
    tables: dict[str, TableChanges]

    @property
    def empty(self) -> bool:
        return all(t.empty for t in self.tables.values())

    def to_dict(self) -> dict:
        return {name: {"added": t.added, "changed": t.changed, "removed": t.removed}
                for name, t in self.tables.items()}

    def summary(self) -> dict[str, dict[str, int]]:
        return {name: {"added": len(t.added), "changed": len(t.changed), "removed": len(t.removed)}
                for name, t in self.tables.items()}

    def markdown(self, version: str, previous: str | None) -> str:
        since = f"since {previous}" if previous else "(first release)"
        lines = [f"# Changes in {version} {since}", "", "| table | added | changed | removed |", "|---|---:|---:|---:|"]
        for name, counts in self.summary().items():
            lines.append(f"| {name} | {counts['added']} | {counts['changed']} | {counts['removed']} |")
        lines += ["", "The ids of every added, changed and removed row are in `changelog.json`.", ""]
        return "\n".join(lines)


def row_hashes(name: str, source: pq.ParquetFile | None) -> pa.Table:
    """(id, hash of the whole row) for every row, read batch by batch; Arrow keeps millions of them small."""
    pk = contract.load(name).primary_key
    parts = [pa.table({"id": pa.array([], pa.string()), "hash": pa.array([], pa.uint64())})]
    for table in batches(source) if source is not None else ():
        # text_sha256 stands for the text: hashing it instead keeps whole texts out of pandas.
        rows = conform(name, table).drop_columns([c for c in HASHED_ELSEWHERE if c in table.column_names])
        hashes = pd.util.hash_pandas_object(rows.to_pandas(), index=False).to_numpy()
        parts.append(pa.table({"id": table.column(pk).cast(pa.string()), "hash": pa.array(hashes, pa.uint64())}))
    return pa.concat_tables(parts)


def diff(previous: dict[str, pq.ParquetFile] | None, current: dict[str, pq.ParquetFile]) -> Changelog:
    """Ids added, changed and removed per content table between two releases' files."""
    out = {}
    for name in contract.CONTENT_TABLES:
        before = row_hashes(name, previous.get(name) if previous else None)
        after = row_hashes(name, current[name])
        both = after.join(before, keys="id", join_type="full outer", left_suffix="_after", right_suffix="_before")
        after_hash, before_hash = both.column("hash_after"), both.column("hash_before")

        def ids(mask) -> list[str]:
            return sorted(both.filter(mask).column("id").to_pylist())

        out[name] = TableChanges(
            added=ids(pc.is_null(before_hash)),
            changed=ids(pc.fill_null(pc.not_equal(after_hash, before_hash), False)),
            removed=ids(pc.is_null(after_hash)),
        )
    return Changelog(out)
