"""A staged, validated release folder → the next immutable, versioned release of the dataset (or none if nothing changed)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cached_property
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.parquet as pq

from etl import contract
from etl.errors import ValidationFailed
from etl.publish import card, report
from etl.storage import datapackage
from etl.publish.changelog import IDS_FILE, diff
from etl.storage.store import PACKAGE, Store
from etl.publish.versioning import next_version, schema_change
from etl.validate.checkpoint import write_data_docs
from etl.validate.validate import ValidationReport


# The release's other files, listed with their size and SHA-256 in datapackage.json like the tables.
DESCRIBED_FILES = (IDS_FILE, "changelog.json", "CHANGELOG.md", "validation.json", "README.md", "report.html")
# The validation's Great Expectations Data Docs site (HTML); every file in it is listed like the files above.
DATA_DOCS = "data-docs"


@dataclass
class PreviousRelease:
    """The newest release of a dataset, read lazily from its store."""
    store: Store
    version: str
    package: dict

    def parquet(self, name: str) -> pq.ParquetFile | None:
        return self.store.parquet(self.version, name) if self.store.has_table(self.version, name) else None

    @property
    def extractors(self) -> dict[str, list[str]]:
        return self.package.get("x-extractors", {})

    @property
    def schemas(self) -> dict[str, dict]:
        return {r["name"]: r["schema"] for r in self.package["resources"]}

    @cached_property
    def article_index(self) -> dict[str, str]:
        """article_id → text_sha256 of every article in the release, in file order."""
        table = self.parquet("articles").read(columns=["article_id", "text_sha256"])
        return dict(zip(table.column("article_id").to_pylist(), table.column("text_sha256").to_pylist()))


@dataclass
class Release:
    version: str | None
    location: str | None
    created: bool
    previous: str | None
    rows: dict[str, int]
    changes: dict[str, dict[str, int]] = field(default_factory=dict)


def load_latest(store: Store) -> PreviousRelease | None:
    found = store.versions()
    if not found:
        return None
    return PreviousRelease(store, found[-1], store.read_json(found[-1], PACKAGE))


def publish(store: Store, staging: Path, validation: ValidationReport, previous: PreviousRelease | None,
            extractors: dict[str, list[str]], now: datetime | None = None) -> Release:
    """Publish the staged tables as the next release, unless they equal the previous one; never if validation failed."""
    if not validation.success:
        store.discard(staging)
        raise ValidationFailed(validation.failures)
    # Decide the version from what changed since the previous release
    current = {name: pq.ParquetFile(staging / f"{name}.parquet") for name in contract.TABLES}
    rows = {name: f.metadata.num_rows for name, f in current.items()}
    old = {name: previous.parquet(name) for name in contract.CONTENT_TABLES} if previous else None
    changes = diff(old, current)
    schemas = {name: contract.load(name).descriptor for name in contract.TABLES}
    version = next_version(
        previous.version if previous else None, changes,
        schema_change(previous.schemas, schemas) if previous else None,
        extractors_changed=bool(previous) and extractors != previous.extractors)
    if version is None:
        store.discard(staging)
        return Release(previous.version, store.location(previous.version), False, previous.version, rows)
    # Describe the release beside its tables: package, changelog, validation result, card
    now = now or datetime.now(timezone.utc)
    prior = previous.version if previous else None
    resources = [datapackage.resource(name, staging / f"{name}.parquet", rows[name]) for name in contract.TABLES]
    package = datapackage.descriptor(version, prior, now.isoformat(timespec="seconds"), resources,
                                     _sources(current["articles"]), extractors)
    pq.write_table(changes.ids_table(), staging / IDS_FILE, compression="zstd")
    _write_json(staging / "changelog.json", {"version": version, "previous": prior, "tables": changes.summary(),
                                             "ids": IDS_FILE})
    (staging / "CHANGELOG.md").write_text(changes.markdown(version, prior), encoding="utf-8")
    _write_json(staging / "validation.json", validation.to_dict())
    write_data_docs(validation.suite_results, staging / DATA_DOCS, run_name=version)
    errors = pq.read_table(staging / "extraction_errors.parquet", columns=["article_id", "stage", "extractor",
                                                                         "error_type"]).to_pylist()
    (staging / "README.md").write_text(card.render(package, changes.summary(), validation.to_dict(), errors),
                                       encoding="utf-8")
    (staging / "report.html").write_text(report.render_report(staging), encoding="utf-8")
    package["x-files"] = [datapackage.file_entry(staging / name) for name in DESCRIBED_FILES] + [
        datapackage.file_entry(path) | {"path": path.relative_to(staging).as_posix()}
        for path in sorted((staging / DATA_DOCS).rglob("*")) if path.is_file()]
    _write_json(staging / PACKAGE, package)  # last: its presence marks the release complete
    # Move it into place in one step
    location = store.finalize(staging, version)
    return Release(version, location, True, prior, rows, changes.summary())


def _sources(articles: pq.ParquetFile) -> list[dict]:
    counts: dict[str, int] = {}
    for batch in articles.iter_batches(columns=["source"]):
        for value in pc.fill_null(batch.column("source"), "unknown").to_pylist():
            counts[value] = counts.get(value, 0) + 1
    return [{"title": s, "articles": n} for s, n in sorted(counts.items())]


def _write_json(path: Path, payload: dict) -> None:
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
