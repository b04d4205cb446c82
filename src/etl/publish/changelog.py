"""Two versions of the dataset's tables → which ids were added, changed and removed in each table."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
import pyarrow.parquet as pq

from etl import contract
from etl.publish.stage import batches, conform


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


def row_hashes(name: str, source: pq.ParquetFile) -> dict[str, int]:
    """Primary key → hash of the whole row, read batch by batch."""
    pk = contract.load(name).primary_key
    out: dict[str, int] = {}
    for table in batches(source):
        hashes = pd.util.hash_pandas_object(conform(name, table).to_pandas(), index=False)
        out.update(zip(table.column(pk).to_pylist(), hashes.tolist()))
    return out


def diff(previous: dict[str, pq.ParquetFile] | None, current: dict[str, pq.ParquetFile]) -> Changelog:
    """Ids added, changed and removed per content table between two releases' files."""
    out = {}
    for name in contract.CONTENT_TABLES:
        before = row_hashes(name, previous[name]) if previous and name in previous else {}
        after = row_hashes(name, current[name])
        out[name] = TableChanges(
            added=sorted(k for k in after if k not in before),
            changed=sorted(k for k in after if k in before and before[k] != after[k]),
            removed=sorted(k for k in before if k not in after),
        )
    return Changelog(out)
