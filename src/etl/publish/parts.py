"""A batch's extracted tables → Parquet files in a scratch folder, and back: how workers hand results to the run.

Extraction runs on worker processes or a Dask cluster. Returning whole tables through the task
runner keeps them in memory until the flow ends (Prefect holds every finished future's result), so
a worker writes its tables where the run can read them, and returns only where they are.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from etl.storage.store import filesystem


@dataclass(frozen=True)
class Part:
    """Where one batch's tables were written, and how many rows each has."""
    folder: str
    name: str
    rows: dict[str, int]

    def path(self, table: str) -> str:
        return f"{self.folder}/{self.name}.{table}.parquet"


def write_part(tables: dict[str, pa.Table], folder: str, name: str) -> Part:
    fs, root = filesystem(folder)
    fs.create_dir(root, recursive=True)
    part = Part(folder, name, {table: t.num_rows for table, t in tables.items()})
    for table, rows in tables.items():
        pq.write_table(rows, f"{root}/{name}.{table}.parquet", filesystem=fs, compression="lz4")
    return part


def read_part(part: Part) -> dict[str, pa.Table]:
    """The part's tables, removed from the scratch folder once read."""
    fs, root = filesystem(part.folder)
    out = {}
    for table in part.rows:
        path = f"{root}/{part.name}.{table}.parquet"
        out[table] = pq.read_table(path, filesystem=fs)
        fs.delete_file(path)
    return out


def remove_folder(folder: str) -> None:
    fs, root = filesystem(folder)
    if fs.get_file_info(root).type != pafs.FileType.NotFound:
        fs.delete_dir(root)
