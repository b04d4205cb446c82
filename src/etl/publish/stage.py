"""Tables arriving batch by batch → the Parquet parts of the next release, written as row groups in bounded memory.

Every table keeps the article order of the articles table: the records of one article sit together,
and articles appear in the same order in every table. Carrying rows over from the previous release
and adding fresh batches both keep that order, and reading a release back article by article
(`ArticleRecords`) relies on it.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from etl import contract
from etl.errors import ReleaseError
from etl.storage.parts import SUFFIX, PartEntry, TableFiles, describe, ordered

ROW_GROUP_ROWS = 100_000
ROW_GROUP_BYTES = 64 << 20  # the articles table carries whole texts: cap row groups by size too
COMPRESSION = "zstd"
# A small part (a frequent schedule's run adds a few hundred rows per table) is written once and kept by
# every later release: plain encoding and a higher zstd level make it 8 to 17% smaller than the defaults
# (dictionary pages cost more than they save on so few rows). Level 15 is 6% smaller than 9 on a run of
# 100 articles (240 → 226 KB over its parts) for about 0.1 s; 19 saves 1% more in four times that.
# With thousands of rows, dictionaries win again.
# Integers (offsets, counts) are delta-encoded there, and only the columns a reader filters on (not
# free text, whose minimum and maximum are whole sentences) carry statistics: together 5% smaller again.
# Every part keeps to Parquet's own schema (names, logical types, nullability), which pyarrow, pandas, Polars
# and DuckDB read back as exactly the contract's types; the copy of the Arrow schema pyarrow adds by default
# repeated every column's description in each part (3 to 7 KB, 12% of a run of 100 articles). Descriptions
# and keys are in the release's `schema/<table>.json`.
PARQUET_SCHEMA_ONLY = {"store_schema": False}
SMALL_PART_BYTES = 4 << 20  # Arrow bytes
SMALL_PART_ROWS = 5_000
SMALL_PART = {"compression": COMPRESSION, "compression_level": 15, "use_dictionary": False, **PARQUET_SCHEMA_ONLY}
LARGE_PART = {"compression": COMPRESSION, **PARQUET_SCHEMA_ONLY}
READ_BATCH_ROWS = 32_768
PENDING = ".pending-"  # a new part's file until it is closed and named by its content


class Stage:
    """The staged parts of the next release: the parts it keeps from earlier releases and those it writes.

    Rows added with `add` go into this run's part of each table (position `position`), written as row
    groups as they fill. `keep` lists a part of an earlier release as it is; `add_part` writes a
    rewritten earlier part (rows removed) at that part's position. `close` names the new files by
    content; `parts(name)` is then the table, in order. The staged folder holds only the new files.
    """

    def __init__(self, folder: Path, position: int = 1):
        self.folder = folder
        self.position = position
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._buffers: dict[str, list[pa.Table]] = {}
        self._pending: dict[str, list[tuple[Path, int]]] = {}  # new files not yet named, and their positions
        self._parts: dict[str, list[PartEntry]] = {}
        self._new: set[str] = set()  # paths of the parts written here
        self._files = 0
        self.rows: dict[str, int] = {}

    def add(self, name: str, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        buffer = self._buffers.setdefault(name, [])
        buffer.append(table.cast(contract.load(name).arrow()))
        self.rows[name] = self.rows.get(name, 0) + table.num_rows
        if sum(t.num_rows for t in buffer) >= ROW_GROUP_ROWS or sum(t.nbytes for t in buffer) >= ROW_GROUP_BYTES:
            self._flush(name)

    def add_all(self, tables: dict[str, pa.Table]) -> None:
        for name, table in tables.items():
            self.add(name, table)

    def keep(self, name: str, part: PartEntry) -> None:
        """Keep a part of an earlier release as it is."""
        self._parts.setdefault(name, []).append(part)
        self.rows[name] = self.rows.get(name, 0) + part.rows

    def add_part(self, name: str, table: pa.Table, position: int) -> None:
        """Write an earlier part again with some of its rows removed, at its own position (empty: dropped)."""
        if table.num_rows == 0:
            return
        path = self._new_file(name)
        table = table.cast(contract.load(name).arrow())
        pq.write_table(table, path, row_group_size=ROW_GROUP_ROWS, **_options(name, table))
        self._pending.setdefault(name, []).append((path, position))
        self.rows[name] = self.rows.get(name, 0) + table.num_rows

    def _flush(self, name: str, last: bool = False) -> None:
        buffer = self._buffers.pop(name, [])
        if not buffer:
            return
        rows = pa.concat_tables(buffer)
        writer = self._writers.get(name)
        if writer is None:
            path = self._new_file(name)
            options = _options(name, rows) if last else LARGE_PART  # all its rows are here when last
            writer = self._writers[name] = pq.ParquetWriter(path, contract.load(name).arrow(), **options)
            self._pending.setdefault(name, []).append((path, self.position))
        writer.write_table(rows, row_group_size=ROW_GROUP_ROWS)

    def _new_file(self, name: str) -> Path:
        folder = self.folder / name
        folder.mkdir(parents=True, exist_ok=True)
        self._files += 1
        return folder / f"{PENDING}{self._files}{SUFFIX}"

    def close(self, names: Iterable[str] = contract.TABLES) -> None:
        """Write what is buffered, close and name every new part; a table left with no part gets an empty one."""
        for name in names:
            self._flush(name, last=True)
            writer = self._writers.pop(name, None)
            if writer is not None:
                writer.close()
            for path, position in self._pending.pop(name, []):
                self._name(name, path, position)
            if not self._parts.get(name):
                path = self._new_file(name)
                pq.write_table(contract.load(name).arrow().empty_table(), path, **LARGE_PART)
                self._name(name, path, 0)
            self.rows.setdefault(name, 0)

    def _name(self, name: str, path: Path, position: int) -> None:
        part = describe(name, path, position)
        if part.path in self._new:  # the same rows twice at one position: one part
            path.unlink()
            return
        path.rename(self.folder / part.path)
        self._parts.setdefault(name, []).append(part)
        self._new.add(part.path)

    def parts(self, name: str) -> list[PartEntry]:
        """The table's parts in order (after `close`)."""
        return ordered(self._parts.get(name, []))

    def all_parts(self) -> list[PartEntry]:
        return [p for name in self._parts for p in self.parts(name)]

    def is_new(self, part: PartEntry) -> bool:
        return part.path in self._new

    def new_parts(self, name: str) -> list[PartEntry]:
        return [p for p in self.parts(name) if self.is_new(p)]

    def path(self, part: PartEntry) -> Path:
        """The staged file of a new part."""
        return self.folder / part.path

    def files(self, name: str, parts: list[PartEntry]) -> TableFiles:
        """New parts of a table, as one table."""
        return TableFiles.opening(pafs.LocalFileSystem(), [str(self.path(p)) for p in parts], contract.load(name).arrow())

    def new_rows(self, name: str) -> TableFiles:
        """The rows this stage writes for a table (its new parts), as one table."""
        return self.files(name, self.new_parts(name))


def batches(source: pq.ParquetFile | TableFiles, columns: list[str] | None = None) -> Iterator[pa.Table]:
    for batch in source.iter_batches(batch_size=READ_BATCH_ROWS, columns=columns):
        yield pa.Table.from_batches([batch])


def conform(name: str, table: pa.Table) -> pa.Table:
    """Rows of an earlier release in the current schema: new nullable columns are added empty."""
    schema = contract.load(name).arrow()
    columns = []
    for field in schema:
        if field.name in table.column_names:
            columns.append(table.column(field.name).cast(field.type))
        elif field.nullable:
            columns.append(pa.nulls(table.num_rows, field.type))
        else:
            raise ReleaseError(f"{name}.{field.name} is required but the previous release lacks it; "
                               "publish into a new dataset folder")
    return pa.Table.from_arrays(columns, schema=schema)


def carry_over(stage: Stage, name: str, source: pq.ParquetFile | TableFiles, exclude: pa.Array) -> int:
    """Copy the rows of `source` whose article is not in `exclude` into the stage; returns how many."""
    kept = 0
    for table in batches(source):
        table = table.filter(pc.invert(pc.is_in(table.column("article_id"), value_set=exclude)))
        stage.add(name, conform(name, table))
        kept += table.num_rows
    return kept


class ArticleRecords:
    """A table of a release read article by article, in the articles table's order."""

    def __init__(self, name: str, source: pq.ParquetFile | TableFiles, position: dict[str, int]):
        self.name = name
        self._batches = batches(source)
        self._position = position
        self._pending: pa.Table | None = None
        self._last = -1

    def take(self, article_ids: list[str]) -> pa.Table:
        """The rows of these consecutive articles (in order); rows of articles before them are skipped."""
        wanted = set(article_ids)
        last = self._position[article_ids[-1]]
        parts = []
        while True:
            if self._pending is None or self._pending.num_rows == 0:
                self._pending = next(self._batches, None)
                if self._pending is None:
                    break
            ids = self._pending.column("article_id").to_pylist()
            positions = [self._position.get(a, -1) for a in ids]
            if any(p < 0 for p in positions) or any(b < a for a, b in zip([self._last, *positions], positions)):
                raise ReleaseError(f"{self.name} of the previous release is not in article order; "
                                   "publish into a new dataset folder")
            cut = next((i for i, p in enumerate(positions) if p > last), len(positions))
            head, self._pending = self._pending.slice(0, cut), self._pending.slice(cut)
            if cut:
                self._last = positions[cut - 1]
                parts.append(head.filter(pa.array([a in wanted for a in ids[:cut]])))
            if self._pending.num_rows:
                break
        if not parts:
            return contract.load(self.name).arrow().empty_table()
        return conform(self.name, pa.concat_tables(parts))


def _options(name: str, table: pa.Table) -> dict:
    """How a part of table `name` holding exactly these rows is written."""
    small = table.nbytes <= SMALL_PART_BYTES and table.num_rows <= SMALL_PART_ROWS
    return small_part(name) if small else LARGE_PART


@cache
def small_part(name: str) -> dict:
    """SMALL_PART for table `name`: its integer columns delta-encoded, statistics on all but free text."""
    schema = contract.load(name)
    filtered = {schema.primary_key, *(fk.field for fk in schema.foreign_keys)}
    integers = [f.name for f in schema.fields if pa.types.is_integer(f.arrow_type)]
    with_statistics = [f.name for f in schema.fields
                       if not pa.types.is_string(f.arrow_type) or f.enum or f.name in filtered]
    return {**SMALL_PART, "column_encoding": {c: "DELTA_BINARY_PACKED" for c in integers},
            "write_statistics": with_statistics}
