"""Validated tables → an immutable, versioned release folder in the dataset directory, written atomically.

A release is written into a hidden temporary folder and renamed into place in one step, then
`latest` is switched to it; a crash at any point leaves the previous release intact, and the next
run removes the leftovers. The newest complete version folder, not `latest`, is the truth.
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from etl import contract
from etl.errors import ReleaseError, ValidationFailed
from etl.publish import card, datapackage
from etl.publish.changelog import Changelog, diff
from etl.publish.versioning import VERSION, next_version, parse, schema_change
from etl.validate.validate import ValidationReport

LATEST = "latest"
INCOMING_PREFIX = ".incoming-"
LOCK_FILE = ".lock"
ROW_GROUP_SIZE = 64_000
COMPRESSION = "zstd"


@dataclass
class PreviousRelease:
    version: str
    path: Path
    tables: dict[str, pa.Table]
    package: dict


@dataclass
class Release:
    version: str
    path: Path
    created: bool
    previous: str | None
    rows: dict[str, int]
    changes: dict[str, dict[str, int]] = field(default_factory=dict)


def versions(dataset_dir: Path) -> list[str]:
    """Complete release versions in the dataset directory, oldest first."""
    if not dataset_dir.is_dir():
        return []
    found = [p.name for p in dataset_dir.iterdir()
             if p.is_dir() and VERSION.match(p.name) and (p / "datapackage.json").exists()]
    return sorted(found, key=parse)


def load_tables(release_dir: Path, names: tuple[str, ...] = contract.TABLES) -> dict[str, pa.Table]:
    """The named tables of a release, as pyarrow tables."""
    return {name: pq.read_table(release_dir / f"{name}.parquet") for name in names
            if (release_dir / f"{name}.parquet").exists()}


def load_latest(dataset_dir: Path) -> PreviousRelease | None:
    found = versions(dataset_dir)
    if not found:
        return None
    path = dataset_dir / found[-1]
    package = json.loads((path / "datapackage.json").read_text(encoding="utf-8"))
    return PreviousRelease(found[-1], path, load_tables(path, contract.CONTENT_TABLES), package)


@contextmanager
def dataset_lock(dataset_dir: Path, timeout: float = 600.0) -> Iterator[None]:
    """Only one run at a time may read the latest release and write the next one."""
    dataset_dir.mkdir(parents=True, exist_ok=True)
    with open(dataset_dir / LOCK_FILE, "a+") as handle:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise ReleaseError(f"{dataset_dir} is locked by another run for over {timeout:.0f} s; "
                                       "wait for it to finish or remove a stale .lock") from None
                time.sleep(0.2)
        try:
            recover(dataset_dir)
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def recover(dataset_dir: Path) -> None:
    """Remove half-written releases and point `latest` at the newest complete one."""
    for leftover in dataset_dir.glob(INCOMING_PREFIX + "*"):
        shutil.rmtree(leftover, ignore_errors=True)
    found = versions(dataset_dir)
    link = dataset_dir / LATEST
    if found and (not link.is_symlink() or os.readlink(link) != found[-1]):
        _point_latest(dataset_dir, found[-1])


def publish(tables: dict[str, pa.Table], dataset_dir: Path, validation: ValidationReport,
            previous: PreviousRelease | None = None, now: datetime | None = None) -> Release:
    """Write `tables` as the next release, unless they equal the previous one; never if validation failed."""
    if not validation.success:
        raise ValidationFailed(validation.failures)
    # Decide the version: what changed since the previous release
    changes = diff(previous.tables if previous else None, tables)
    current_schemas = {name: contract.load(name).descriptor for name in tables}
    old_schemas = ({r["name"]: r["schema"] for r in previous.package["resources"]} if previous else {})
    extractors = _extractors(tables)
    version = next_version(
        previous.version if previous else None, changes, schema_change(old_schemas, current_schemas),
        extractors_changed=bool(previous) and extractors != previous.package.get("x-extractors"))
    rows = {name: t.num_rows for name, t in tables.items()}
    if version is None:
        return Release(previous.version, previous.path, False, previous.version, rows)
    # Write it where no reader looks, then move it into place in one rename
    now = now or datetime.now(timezone.utc)
    target = dataset_dir / version
    if target.exists():
        raise ReleaseError(f"release {target} already exists; releases are never rewritten")
    incoming = dataset_dir / f"{INCOMING_PREFIX}{version}-{uuid.uuid4().hex[:8]}"
    incoming.mkdir(parents=True)
    resources = [_write_table(name, table, incoming) for name, table in tables.items()]
    package = datapackage.descriptor(
        version, previous.version if previous else None, now.isoformat(timespec="seconds"),
        resources, _sources(tables["articles"]), extractors)
    _write_json(incoming / "changelog.json", {"version": version, "previous": package["x-previous-version"],
                                              "tables": changes.to_dict()})
    (incoming / "CHANGELOG.md").write_text(changes.markdown(version, package["x-previous-version"]), encoding="utf-8")
    _write_json(incoming / "validation.json", validation.to_dict())
    (incoming / "README.md").write_text(card.render(package, changes.summary(), validation.to_dict()),
                                        encoding="utf-8")
    _write_json(incoming / "datapackage.json", package)  # last: its presence marks the folder complete
    _fsync_tree(incoming)
    os.rename(incoming, target)
    _point_latest(dataset_dir, version)
    return Release(version, target, True, package["x-previous-version"], rows, changes.summary())


def _write_table(name: str, table: pa.Table, folder: Path) -> dict:
    path = folder / f"{name}.parquet"
    pq.write_table(table.cast(contract.load(name).arrow()), path, compression=COMPRESSION,
                   row_group_size=ROW_GROUP_SIZE)
    return datapackage.resource(name, path, table.num_rows)


def _extractors(tables: dict[str, pa.Table]) -> dict[str, list[str]]:
    out = {}
    for name, table in tables.items():
        if "extractor" in table.column_names:
            out[name] = sorted(set(table.column("extractor").drop_null().to_pylist()))
    return out


def _sources(articles: pa.Table) -> list[dict]:
    counts: dict[str, int] = {}
    for source in articles.column("source").to_pylist():
        counts[source or "unknown"] = counts.get(source or "unknown", 0) + 1
    return [{"title": s, "articles": n} for s, n in sorted(counts.items())]


def _write_json(path: Path, payload: dict) -> None:
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")


def _fsync_tree(folder: Path) -> None:
    for path in folder.iterdir():
        with open(path, "rb") as f:
            os.fsync(f.fileno())
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _point_latest(dataset_dir: Path, version: str) -> None:
    """Switch the `latest` symlink in one atomic rename."""
    tmp = dataset_dir / f"{INCOMING_PREFIX}link-{uuid.uuid4().hex[:8]}"
    os.symlink(version, tmp)
    os.replace(tmp, dataset_dir / LATEST)
