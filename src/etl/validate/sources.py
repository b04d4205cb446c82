"""Tables to validate, wherever they are: in memory, or a Parquet file read a few columns or a row group at a time."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

import pyarrow as pa
import pyarrow.parquet as pq

from etl.storage.parts import TableFiles


class TableSource(Protocol):
    """A table that can be read whole for a few columns, chunk by chunk, or one stored group of rows at a time."""
    schema: pa.Schema

    def columns(self, names: list[str]) -> pa.Table: ...

    def chunks(self, rows: int) -> Iterator[pa.Table]: ...

    def groups(self) -> int: ...

    def group(self, i: int, names: list[str]) -> pa.Table: ...

    def row_bytes(self) -> float: ...


@dataclass
class InMemory:
    table: pa.Table

    @property
    def schema(self) -> pa.Schema:
        return self.table.schema

    def columns(self, names: list[str]) -> pa.Table:
        return self.table.select(names)

    def chunks(self, rows: int) -> Iterator[pa.Table]:
        for offset in range(0, self.table.num_rows, rows):
            yield self.table.slice(offset, rows)

    def groups(self) -> int:
        return 1

    def row_bytes(self) -> float:
        return self.table.nbytes / max(1, self.table.num_rows)

    def group(self, i: int, names: list[str]) -> pa.Table:
        return self.table.select(names)


@dataclass
class ParquetSource:
    """A table stored as Parquet: one file, or the parts of a release's table in order."""
    files: TableFiles

    def __init__(self, files: TableFiles | pq.ParquetFile):
        self.files = files if isinstance(files, TableFiles) else TableFiles([files])

    @property
    def schema(self) -> pa.Schema:
        return self.files.schema_arrow

    def columns(self, names: list[str]) -> pa.Table:
        return self.files.read(columns=names)

    def chunks(self, rows: int) -> Iterator[pa.Table]:
        for batch in self.files.iter_batches(batch_size=rows):
            yield pa.Table.from_batches([batch])

    def groups(self) -> int:
        return self.files.num_row_groups

    def row_bytes(self) -> float:
        return self.files.row_group_bytes() / max(1, self.files.num_rows)

    def group(self, i: int, names: list[str]) -> pa.Table:
        return self.files.read_row_group(i, columns=names)
