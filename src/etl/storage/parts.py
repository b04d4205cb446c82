"""A release's table as Parquet parts: immutable files, named by their place in the table and their content, shared by releases.

A run writes only the parts it adds; the parts an earlier release holds are shared, not copied. Every
part lives once in the dataset's part store, `DATASET/parts/<table>/<part>`, and a release lists the
parts of each table in its `datapackage.json` (resource `path`; the bytes, SHA-256 and rows of each are in
the part lists it names, see etl.storage.datapackage, and fill the resource's `x-parts` when it is read;
releases written before part lists give `x-parts` inline). On a local disk the release folder also holds a hard link to each part,
`DATASET/<version>/<table>/<part>`, so a release reads as a folder of Parquet files with one call and
its parts take disk once, however many releases share them. Object stores have no links: there the
parts are read where the store keeps them, through the manifest.

A part's name is `<position>-<first 16 hex digits of its SHA-256>.parquet`. The position orders the
parts of a table (readers list files by name); all tables of one run share it, so the records of an
article sit in the parts of the same position as its article row, and article order holds across tables.
Position 0 holds an empty part (a table without rows). Positions from SPANNING up hold the estimate groups
that span articles, one part per month of the day their subject names (REWRITTEN, the last, those that
name no day): a run writes anew only the months its new figures fall in.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Union

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

PARTS_DIR = "parts"
POSITION_WIDTH = 6
SUFFIX = ".parquet"
# The positions of the parts runs write again (the estimate groups that span articles), after every run's:
# SPANNING + months since January 1900 of the day a group's subject names, REWRITTEN for a subject with no day.
REWRITTEN = 10 ** POSITION_WIDTH - 1
SPANNING = 900_000
_SUBJECT_DAY = re.compile(r":(\d{4})-(\d{2})-\d{2}$")


@dataclass(frozen=True)
class PartEntry:
    """One part of a table, as datapackage.json lists it."""
    table: str
    name: str
    bytes: int
    sha256: str
    rows: int
    added_in: str | None = None  # the release that first listed it

    @property
    def path(self) -> str:
        """Where the part is, relative to a release folder and to the part store alike."""
        return f"{self.table}/{self.name}"

    @property
    def position(self) -> int:
        return position_of(self.name)

    def to_dict(self) -> dict:
        return {"path": self.path, "bytes": self.bytes, "hash": f"sha256:{self.sha256}", "rows": self.rows,
                "added_in": self.added_in}

    def listed(self) -> dict:
        """The entry as releases written before part lists give it in `x-parts`: its path is the resource's `path` at the same place."""
        return {k: v for k, v in self.to_dict().items() if k != "path"}

    @classmethod
    def from_dict(cls, entry: dict, path: str | None = None) -> PartEntry:
        table, _, name = (path or entry["path"]).partition("/")
        return cls(table, name, entry["bytes"], entry["hash"].removeprefix("sha256:"), entry["rows"],
                   entry.get("added_in"))


def part_name(position: int, sha256: str) -> str:
    return f"{position:0{POSITION_WIDTH}d}-{sha256[:16]}{SUFFIX}"


def position_of(name: str) -> int:
    return int(name.split("-", 1)[0])


def is_spanning(position: int) -> bool:
    """Whether a part at this position is one that runs write again (groups spanning articles)."""
    return position >= SPANNING


def spanning_position(subject_key: str) -> int:
    """The position of the part that holds the group of a subject spanning articles: its day's month."""
    day = _SUBJECT_DAY.search(subject_key)
    if day is None:
        return REWRITTEN
    months = (int(day.group(1)) - 1900) * 12 + int(day.group(2)) - 1
    return SPANNING + min(max(months, 0), REWRITTEN - SPANNING - 1)


def written_by(position: int, run_position: int) -> bool:
    """Whether a part a release adds at `position` holds what its run added (not earlier rows written again)."""
    return position in (run_position, 0) or is_spanning(position)


def describe(table: str, path: Path, position: int) -> PartEntry:
    """The entry of a freshly written local part file, named from its position and content."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    rows = pq.ParquetFile(path).metadata.num_rows
    return PartEntry(table, part_name(position, digest.hexdigest()), size, digest.hexdigest(), rows)


def ordered(entries: Iterable[PartEntry]) -> list[PartEntry]:
    return sorted(entries, key=lambda e: e.name)


def resource_parts(resource: dict) -> list[PartEntry] | None:
    """The parts a datapackage resource lists, in table order; None for a release written as one file per table."""
    if "x-parts" not in resource:
        return None
    paths = resource["path"] if isinstance(resource.get("path"), list) else [None] * len(resource["x-parts"])
    return ordered(PartEntry.from_dict(entry, entry.get("path") or path) for entry, path in zip(resource["x-parts"], paths))


Source = Union[pq.ParquetFile, Callable[[], pq.ParquetFile]]


class TableFiles:
    """The parts of one table read as one table: the ParquetFile calls the pipeline uses, across files in order.

    A part given as a function is opened when it is read and closed after, so a table of many parts
    holds one file open at a time.
    """

    def __init__(self, files: list[Source], schema: pa.Schema | None = None):
        self._sources = files
        self._schema = schema
        self._where: tuple[pafs.FileSystem, list[str]] | None = None

    @classmethod
    def opening(cls, fs: pafs.FileSystem, paths: list[str], schema: pa.Schema | None = None) -> TableFiles:
        table = cls([partial(_open, fs, path) for path in paths], schema)
        table._where = (fs, paths)
        return table

    def __len__(self) -> int:
        return len(self._sources)

    def each(self) -> Iterator[pq.ParquetFile]:
        for source in self._sources:
            if isinstance(source, pq.ParquetFile):
                yield source
                continue
            opened = source()
            try:
                yield opened
            finally:
                opened.close(force=True)

    @property
    def schema_arrow(self) -> pa.Schema:
        if self._schema is not None:
            return self._schema
        for f in self.each():
            return f.schema_arrow
        raise ValueError("a table without parts needs its schema")

    @property
    def num_rows(self) -> int:
        return sum(f.metadata.num_rows for f in self.each())

    @property
    def num_row_groups(self) -> int:
        return sum(f.metadata.num_row_groups for f in self.each())

    def read(self, columns: list[str] | None = None, **options) -> pa.Table:
        if self._where is not None and len(self._where[1]) > 1 and not options:
            # Many parts at once, in order, on every core: opening them one by one is what costs.
            fs, paths = self._where
            return pq.read_table(paths, filesystem=fs, columns=columns, schema=self._schema)
        tables = [f.read(columns=columns, **options) for f in self.each()]
        if not tables:
            schema = self.schema_arrow
            return (schema if columns is None else pa.schema([schema.field(c) for c in columns])).empty_table()
        return pa.concat_tables(tables) if len(tables) > 1 else tables[0]

    def iter_batches(self, batch_size: int = 65_536, columns: list[str] | None = None) -> Iterator[pa.RecordBatch]:
        for f in self.each():
            yield from f.iter_batches(batch_size=batch_size, columns=columns)

    def read_row_group(self, i: int, columns: list[str] | None = None) -> pa.Table:
        for f in self.each():
            if i < f.metadata.num_row_groups:
                return f.read_row_group(i, columns=columns)
            i -= f.metadata.num_row_groups
        raise IndexError("row group out of range")

    def row_group_bytes(self) -> int:
        return sum(f.metadata.row_group(g).total_byte_size for f in self.each() for g in range(f.metadata.num_row_groups))


def _open(fs: pafs.FileSystem, path: str) -> pq.ParquetFile:
    return pq.ParquetFile(fs.open_input_file(path))
