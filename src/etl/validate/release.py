"""A published release (local folder or object-store URI) → a validation report: files and checksums, schema, expectations, grounding."""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from etl import contract
from etl.storage.datapackage import file_facts
from etl.storage.store import PACKAGE, Store, release_location
from etl.validate.sources import ParquetSource
from etl.validate.validate import CheckResult, ValidationReport, validate_sources


def validate_release(location: str | Path) -> ValidationReport:
    """Every check a CI job or an analyst needs before trusting a release (`…/1.2.0` or `…/latest`)."""
    report = ValidationReport()
    try:
        store, version = release_location(str(location))
        package = store.read_json(version, PACKAGE)
        resources = package["resources"]
    except (OSError, ValueError, KeyError, TypeError) as e:
        report.results.append(CheckResult("release", f"{PACKAGE} is present and readable ({e})", False))
        return report
    for entry in package.get("x-files", []):
        report.results.append(_checksum("release", store, version, entry))
    sources, schemas = {}, {}
    for resource in resources:
        name = resource["name"]
        path = store.path(version, resource["path"])
        checksum = _checksum(name, store, version, resource)
        report.results.append(checksum)
        if not checksum.success and checksum.check == _MISSING.format(resource["path"]):
            continue
        try:
            file = pq.ParquetFile(store.fs.open_input_file(path))
        except (pa.ArrowException, OSError) as e:
            report.results.append(CheckResult(name, f"parquet file is readable ({e})", False))
            continue
        rows = file.metadata.num_rows
        report.results.append(CheckResult(name, f"row count is {resource.get('x-rows')}", rows == resource.get("x-rows"),
                                          abs(rows - (resource.get("x-rows") or 0))))
        sources[name] = ParquetSource(file)
        schemas[name] = contract.parse(resource["schema"])
    if all(r.success for r in report.results):
        report.results.extend(validate_sources(sources, schemas).results)
    return report


_MISSING = "file {} is present"


def _checksum(table: str, store: Store, version: str, entry: dict) -> CheckResult:
    """A file against the bytes and SHA-256 that datapackage.json records for it."""
    path = store.path(version, entry["path"])
    try:
        size, sha = file_facts(path, store.fs)
    except OSError:
        return CheckResult(table, _MISSING.format(entry["path"]), False)
    problems = []
    if size != entry.get("bytes"):
        problems.append(f"{entry['path']} is {size} bytes, {PACKAGE} says {entry.get('bytes')}")
    if f"sha256:{sha}" != entry.get("hash"):
        problems.append(f"{entry['path']} sha256 is {sha}, {PACKAGE} says {entry.get('hash')}")
    name = "checksum (bytes and sha256) matches " + PACKAGE
    return CheckResult(table, name if table != "release" else f"{entry['path']}: {name}", not problems,
                       len(problems), problems)
