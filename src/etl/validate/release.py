"""A published release folder → a validation report: files and checksums, schema, expectations, grounding."""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from etl import contract
from etl.publish.datapackage import file_facts
from etl.validate.validate import CheckResult, ValidationReport, validate_tables


def validate_release(release_dir: Path) -> ValidationReport:
    """Every check a CI job or an analyst needs before trusting a release."""
    report = ValidationReport()
    package_path = release_dir / "datapackage.json"
    try:
        package = json.loads(package_path.read_text(encoding="utf-8"))
        resources = package["resources"]
    except (OSError, ValueError, KeyError, TypeError) as e:
        report.results.append(CheckResult("release", f"datapackage.json is present and readable ({e})", False))
        return report
    tables: dict[str, pa.Table] = {}
    schemas = {}
    for resource in resources:
        name = resource["name"]
        path = release_dir / resource["path"]
        if not path.exists():
            report.results.append(CheckResult(name, f"file {resource['path']} is present", False))
            continue
        size, sha = file_facts(path)
        problems = []
        if size != resource.get("bytes"):
            problems.append(f"{resource['path']} is {size} bytes, datapackage.json says {resource.get('bytes')}")
        if f"sha256:{sha}" != resource.get("hash"):
            problems.append(f"{resource['path']} sha256 is {sha}, datapackage.json says {resource.get('hash')}")
        report.results.append(CheckResult(name, "checksum (bytes and sha256) matches datapackage.json",
                                          not problems, len(problems), problems))
        try:
            table = pq.read_table(path)
        except (pa.ArrowException, OSError) as e:
            report.results.append(CheckResult(name, f"parquet file is readable ({e})", False))
            continue
        rows_ok = table.num_rows == resource.get("x-rows")
        report.results.append(CheckResult(name, f"row count is {resource.get('x-rows')}", rows_ok,
                                          0 if rows_ok else abs(table.num_rows - (resource.get("x-rows") or 0))))
        tables[name] = table
        schemas[name] = contract.parse(resource["schema"])
    if all(r.success for r in report.results):
        report.results.extend(validate_tables(tables, schemas).results)
    return report
