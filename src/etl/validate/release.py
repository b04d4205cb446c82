"""A published release (local folder or object-store URI) → a validation report: files and checksums, schema, expectations, grounding.

`validate_release` checks the whole release from its files: every part and file against the bytes and
SHA-256 its datapackage.json records, then every row. With `changed=True` it checks what the release
added: its own parts and files byte for byte, every row of the parts it added, and how they fit the
parts it shares with earlier releases (see etl.validate.increment).
"""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from etl import contract
from etl.storage.datapackage import file_facts, part_lists
from etl.storage.parts import PartEntry, TableFiles, is_spanning, resource_parts, written_by
from etl.storage.store import PACKAGE, Store, release_location
from etl.validate.increment import Increment, validate_increment
from etl.validate.sources import ParquetSource
from etl.validate.validate import CheckResult, ValidationReport, validate_sources


def validate_release(location: str | Path, changed: bool = False) -> ValidationReport:
    """Every check a CI job or an analyst needs before trusting a release (`…/1.2.0` or `…/latest`)."""
    report = ValidationReport()
    try:
        store, version = release_location(str(location))
        package = store.read_package(version)
        resources = package["resources"]
    except (OSError, ValueError, KeyError, TypeError) as e:
        report.results.append(CheckResult("release", f"{PACKAGE} is present and readable ({e})", False))
        return report
    for entry in package.get("x-files", []):
        report.results.append(_checksum("release", store, store.path(version, entry["path"]), entry))
    for part_list in part_lists(package):  # they give the facts of the parts checked below
        report.results.append(_checksum("release", store, store.part_path(version, part_list), part_list.to_dict()))
    tables: dict[str, list[tuple[PartEntry, str]]] = {}  # each table's parts and where they are read
    schemas = {}
    for resource in resources:
        name = resource["name"]
        parts = resource_parts(resource)
        if parts is None:  # a release written before tables had parts: one file, described by the resource
            parts = [PartEntry(name, resource["path"], resource.get("bytes"), "", resource.get("x-rows"), version)]
            entries = [resource]
            paths = [store.path(version, resource["path"])]
        else:
            entries = [p.to_dict() for p in parts]
            paths = [store.part_path(version, p) for p in parts]
        rows = 0
        for part, entry, path in zip(parts, entries, paths):
            if changed and part.added_in != version:
                continue
            checksum = _checksum(name, store, path, entry)
            report.results.append(checksum)
            if not checksum.success:
                continue
            try:
                rows += pq.read_metadata(store.fs.open_input_file(path)).num_rows
            except (pa.ArrowException, OSError) as e:
                report.results.append(CheckResult(name, f"{part.path} is a readable Parquet file ({e})", False))
        if not changed:
            report.results.append(CheckResult(name, f"row count is {resource.get('x-rows')}",
                                              rows == resource.get("x-rows"), abs(rows - (resource.get("x-rows") or 0))))
        tables[name] = list(zip(parts, paths))
        schemas[name] = contract.parse(resource["schema"])
    if not all(r.success for r in report.results):
        return report
    if changed:
        checked = validate_increment(_increment(store, version, tables, schemas))
    else:
        sources = {name: ParquetSource(TableFiles.opening(store.fs, [path for _, path in found], schemas[name].arrow()))
                   for name, found in tables.items()}
        checked = validate_sources(sources, schemas)
    report.results.extend(checked.results)
    report.suite_results = checked.suite_results  # what Data Docs show
    return report


def _increment(store: Store, version: str, tables: dict[str, list[tuple[PartEntry, str]]], schemas: dict) -> Increment:
    """The release as what it added (the parts at its newest position), wrote again, and kept."""
    added = [p.position for found in tables.values() for p, _ in found
             if p.added_in == version and p.position and not is_spanning(p.position)]
    newest = max(added, default=0)
    fresh, rewritten, kept, kept_parts = {}, {}, {}, []
    for name, found in tables.items():
        mine = [(p, path) for p, path in found if p.added_in == version]
        fresh[name] = TableFiles.opening(store.fs, [path for p, path in mine if written_by(p.position, newest)],
                                         schemas[name].arrow())
        rewritten[name] = TableFiles.opening(store.fs, [path for p, path in mine if not written_by(p.position, newest)])
        others = [(p, path) for p, path in found if p.added_in != version]
        kept_parts += [p for p, _ in others]
        kept[name] = TableFiles.opening(store.fs, [path for _, path in others])
    groups = {p.position: TableFiles.opening(store.fs, [path]) for p, path in tables.get("estimate_groups", [])
              if p.added_in == version and written_by(p.position, newest)}
    return Increment(fresh, rewritten, kept, kept_parts, lambda part: store.part_problem(version, part), groups)


_MISSING = "file {} is present"


def _checksum(table: str, store: Store, path: str, entry: dict) -> CheckResult:
    """A file against the bytes and SHA-256 that datapackage.json records for it."""
    try:
        size, sha = file_facts(path, store.fs)
    except OSError:
        return CheckResult(table, _MISSING.format(entry["path"]), False)
    problems = []
    if size != entry.get("bytes"):
        problems.append(f"{entry['path']} is {size} bytes, {PACKAGE} says {entry.get('bytes')}")
    if f"sha256:{sha}" != entry.get("hash"):
        problems.append(f"{entry['path']} sha256 is {sha}, {PACKAGE} says {entry.get('hash')}")
    check = (f"{entry['path']}: checksum (bytes and sha256) matches {PACKAGE}" if table == "release"
             else f"checksum (bytes and sha256) of {entry['path']} matches {PACKAGE}")
    return CheckResult(table, check, not problems, len(problems), problems)
