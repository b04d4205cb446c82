"""storage.parts: a table's parts read as one table, opened one at a time, named by position and content."""
import hashlib
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq
import pytest

from etl.storage.parts import PartEntry, TableFiles, describe, part_name, resource_parts


def _parts(folder: Path, n: int) -> list[str]:
    paths = []
    for i in range(n):
        path = folder / f"{i:03d}.parquet"
        pq.write_table(pa.table({"id": [f"r{i}-a", f"r{i}-b"], "n": [i, i]}), path, row_group_size=1)
        paths.append(str(path))
    return paths


def _open_files() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts open files through /proc")
def test_a_table_of_many_parts_is_read_in_order_holding_one_file_open_at_a_time(tmp_path: Path):
    table = TableFiles.opening(pafs.LocalFileSystem(), _parts(tmp_path, 60))
    before = _open_files()
    peak = 0
    ids = []
    for batch in table.iter_batches(batch_size=1, columns=["id"]):
        peak = max(peak, _open_files())
        ids += batch.column(0).to_pylist()
    assert ids == [f"r{i}-{x}" for i in range(60) for x in "ab"]
    assert peak <= before + 2 and _open_files() <= before
    assert (table.num_rows, table.num_row_groups, len(table)) == (120, 120, 60)
    assert table.read_row_group(61, columns=["n"]).column(0).to_pylist() == [30]
    assert table.read(columns=["id"]).column(0).to_pylist() == ids  # all parts at once, still in order
    assert TableFiles([pq.ParquetFile(p) for p in _parts(tmp_path, 3)]).read(columns=["n"]).num_rows == 6


def test_a_table_without_parts_reads_empty_in_its_schema():
    schema = pa.schema([("id", pa.string()), ("n", pa.int64())])
    assert TableFiles([], schema).read(columns=["n"]).schema == pa.schema([("n", pa.int64())])
    with pytest.raises(ValueError, match="needs its schema"):
        TableFiles([]).schema_arrow


def test_a_part_is_named_by_its_position_and_content_and_listed_in_its_resource(tmp_path: Path):
    [path] = _parts(tmp_path, 1)
    part = describe("events", Path(path), 12)
    sha = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    assert part.name == part_name(12, sha) == f"000012-{sha[:16]}.parquet"
    assert (part.position, part.rows, part.bytes, part.sha256) == (12, 2, Path(path).stat().st_size, sha)
    entry = PartEntry.from_dict(part.to_dict() | {"added_in": "1.4.0"})
    assert entry.path == f"events/{part.name}" and entry.added_in == "1.4.0"
    other = PartEntry("events", "000003-ab.parquet", 1, "ab", 1)
    resource = {"path": [entry.path, other.path], "x-parts": [entry.listed(), other.listed()]}
    assert resource_parts(resource) == [other, entry]  # in table order, each with the path listed at its place
    assert "path" not in entry.listed()
    assert resource_parts({"x-parts": [entry.to_dict()]}) == [entry]  # as releases listed them before
    assert resource_parts({"path": "events.parquet"}) is None  # a release of one file per table
