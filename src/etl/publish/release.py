"""Staged, validated parts → the next immutable, versioned release of the dataset (or none if nothing changed)."""
from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from functools import cached_property
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from etl import contract
from etl.errors import EtlError, ValidationFailed
from etl.publish import card, report
from etl.publish.overview import ReleaseFiles
from etl.storage import datapackage
from etl.publish.changelog import IDS_FILE, diff
from etl.publish.stage import Stage
from etl.storage.parts import PartEntry, TableFiles, is_spanning, resource_parts
from etl.storage.store import PACKAGE, Store
from etl.publish.versioning import next_version, schema_change
from etl.validate.checkpoint import write_data_docs
from etl.validate.validate import ValidationReport


# The changelog's ids are sorted random hex, and a first release lists every id it has. Plain pages at zstd
# level 19 (whose window spans a whole page) store them in 6.6 bytes each on a first release of 20,000
# articles (650,000 ids, in 1 s) and 7.6 on a run of 100: 10 to 12% less than delta encoding of their shared
# prefixes at the default level, 23% less than dictionary pages. Random 64-bit ids cannot take less than
# about 5.8 bytes each.
IDS_OPTIONS = {"compression": "zstd", "compression_level": 19, "use_dictionary": ["table", "change"],
               "store_schema": False}
# The release's other files, listed with their size and SHA-256 in datapackage.json like the tables.
DESCRIBED_FILES = (IDS_FILE, "changelog.json", "CHANGELOG.md", "validation.json", "README.md")
REPORT = "report.html"
# The validation's Great Expectations Data Docs site (HTML); every file in it is listed like the files above.
DATA_DOCS = "data-docs"
# Where a release's HTML views (report.html, data-docs/) are: written into every release, or rendered on
# demand (`etl report`, `etl validate --docs`). They are most of what a small run adds to the disk, so a
# frequent schedule may leave them out; the environment variable is what `--views` sets for every engine.
VIEWS = ("release", "on-demand")
VIEWS_VARIABLE = "NEWSFACTS_VIEWS"


def views_in_release() -> bool:
    """Whether releases hold their views (the default), as NEWSFACTS_VIEWS says."""
    chosen = os.environ.get(VIEWS_VARIABLE) or VIEWS[0]
    if chosen not in VIEWS:
        raise EtlError(f"{VIEWS_VARIABLE}={chosen!r}: choose one of {', '.join(VIEWS)}")
    return chosen == VIEWS[0]


@dataclass
class PreviousRelease:
    """The newest release of a dataset, read lazily from its store."""
    store: Store
    version: str
    package: dict

    @cached_property
    def resources(self) -> dict[str, dict]:
        return {r["name"]: r for r in self.package["resources"]}

    def parquet(self, name: str) -> TableFiles | None:
        """The whole table (all its parts), or None when the release lacks it."""
        resource = self.resources.get(name)
        return self.store.table(self.version, resource) if resource is not None else None

    def parts(self, name: str) -> list[PartEntry] | None:
        """The table's parts in order; None when the release has the table as one file (or lacks it)."""
        resource = self.resources.get(name)
        return resource_parts(resource) if resource is not None else None

    def part_files(self, parts: list[PartEntry]) -> TableFiles:
        return TableFiles.opening(self.store.fs, [self.store.part_path(self.version, p) for p in parts])

    @property
    def next_position(self) -> int:
        """The position of the parts the next run writes: after every part of this release."""
        positions = [p.position for r in self.package["resources"] for p in (resource_parts(r) or [])
                     if not is_spanning(p.position)]
        return max(positions, default=0) + 1

    def in_place(self, part: PartEntry) -> str | None:
        return self.store.part_problem(self.version, part)

    @property
    def extractors(self) -> dict[str, list[str]]:
        return self.package.get("x-extractors", {})

    @property
    def schemas(self) -> dict[str, dict]:
        return {r["name"]: r["schema"] for r in self.package["resources"]}

    @property
    def files(self) -> dict[str, dict]:
        """The release's other files as datapackage.json lists them, by path."""
        return {entry["path"]: entry for entry in self.package.get("x-files", [])}

    @cached_property
    def article_ids(self) -> pa.Array:
        """The article_id of every article in the release, in table order: read once a run, for finding new
        articles and for validating that they are new."""
        return self.parquet("articles").read(columns=["article_id"]).column(0).combine_chunks()

    @cached_property
    def article_id_set(self) -> frozenset[str]:
        return frozenset(self.article_ids.to_pylist())

    @cached_property
    def article_index(self) -> dict[str, str]:
        """article_id → text_sha256 of every article in the release, in table order."""
        table = self.parquet("articles").read(columns=["article_id", "text_sha256"])
        return dict(zip(table.column("article_id").to_pylist(), table.column("text_sha256").to_pylist()))

    def text_sha256(self, article_id: str) -> str | None:
        """The text hash of the release's article of that id, or None when it has none: a run of new articles
        only reads the ids (their hashes are most of what the index would read)."""
        return self.article_index.get(article_id) if article_id in self.article_id_set else None


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
    return PreviousRelease(store, found[-1], store.read_package(found[-1]))


def publish(store: Store, stage: Stage, validation: ValidationReport, previous: PreviousRelease | None,
            extractors: dict[str, list[str]], now: datetime | None = None, note: str | None = None,
            views: bool | None = None) -> Release:
    """Publish the staged parts as the next release, unless they equal the previous one; never if validation failed.

    `note`: a line for the changelog saying why the release was made (compaction).
    `views`: write report.html and data-docs/ into the release (None: as NEWSFACTS_VIEWS says).
    """
    views = views_in_release() if views is None else views
    staging = stage.folder
    if not validation.success:
        store.discard(staging)
        raise ValidationFailed(validation.failures)
    # Decide the version from what changed since the previous release: the rows of the parts it
    # no longer lists against the rows of the parts this run wrote (rows in both cancel out)
    rows = {name: sum(p.rows for p in stage.parts(name)) for name in contract.TABLES}
    changes = diff(_dropped(stage, previous), {name: stage.new_rows(name) for name in contract.CONTENT_TABLES})
    schemas = {name: contract.load(name).descriptor for name in contract.TABLES}
    version = next_version(
        previous.version if previous else None, changes,
        schema_change(previous.schemas, schemas) if previous else None,
        extractors_changed=bool(previous) and extractors != previous.extractors, rewritten=note is not None)
    if version is None:
        store.discard(staging)
        return Release(previous.version, store.location(previous.version), False, previous.version, rows)
    # Describe the release beside its parts: package, changelog, validation result, card
    now = now or datetime.now(timezone.utc)
    prior = previous.version if previous else None
    kept = {p.path: p for name in contract.TABLES for p in (previous.parts(name) or [])} if previous else {}
    parts = {name: [kept.get(p.path) or replace(p, added_in=version) for p in stage.parts(name)]
             for name in contract.TABLES}
    resources = [datapackage.resource(name, parts[name]) for name in contract.TABLES]
    package = datapackage.descriptor(version, prior, now.isoformat(timespec="seconds"), resources,
                                     _sources(store, stage, previous), extractors)
    pq.write_table(changes.ids_table(), staging / IDS_FILE, **IDS_OPTIONS)
    _write_json(staging / "changelog.json", {"version": version, "previous": prior, "tables": changes.summary(),
                                             "ids": IDS_FILE} | ({"note": note} if note else {}))
    (staging / "CHANGELOG.md").write_text(changes.markdown(version, prior, note), encoding="utf-8")
    # One line, like datapackage.json: every run writes it, and indentation was 30% of its 40 KB
    _write_json(staging / "validation.json", validation.to_dict(), indent=None)
    if views:
        write_data_docs(validation.suite_results, staging / DATA_DOCS, run_name=version)
    errors = stage.new_rows("extraction_errors").read(columns=["article_id", "stage", "extractor",
                                                                 "error_type"]).to_pylist()
    (staging / "README.md").write_text(card.render(package, changes.summary(), validation.to_dict(), errors,
                                                   views=views), encoding="utf-8")
    if views:
        (staging / REPORT).write_text(report.render_report(ReleaseFiles(store, version, package, staging)),
                                      encoding="utf-8")
    written, schema_files = datapackage.by_reference(package)
    written = datapackage.with_part_lists(written, previous.package if previous else None, version,
                                          stage.position, staging)
    schema_files[card.DICTIONARY] = card.dictionary_file(package)
    for path, text in schema_files.items():
        (staging / path).parent.mkdir(exist_ok=True)
        (staging / path).write_text(text, encoding="utf-8")
    described = DESCRIBED_FILES + ((REPORT,) if views else ())
    package["x-files"] = [datapackage.file_entry(staging / name) for name in described] + [
        datapackage.file_entry(path) | {"path": path.relative_to(staging).as_posix()}
        for folder in (datapackage.SCHEMA_FOLDER, DATA_DOCS)
        for path in sorted((staging / folder).rglob("*")) if path.is_file()]
    written["x-files"] = package["x-files"]
    if previous is not None:  # a file the previous release has with the same bytes is shared, not copied
        earlier = previous.files
        for entry in package["x-files"]:
            if earlier.get(entry["path"]) == entry:
                store.share(staging, entry["path"], previous.version)
    # Last: its presence marks the release complete. One line: it lists every part and is written by every
    # run, so its indentation would be a good share of what a small run adds
    (staging / PACKAGE).write_text(json.dumps(written, ensure_ascii=False, separators=(",", ":")) + "\n",
                                   encoding="utf-8")
    # Move it into place in one step
    location = store.finalize(staging, version, [p for name in contract.TABLES for p in parts[name]]
                              + datapackage.part_lists(written))
    return Release(version, location, True, prior, rows, changes.summary())


def _dropped(stage: Stage, previous: PreviousRelease | None) -> dict[str, list[TableFiles]]:
    """Per content table, the previous release's parts (or its one file) the next release does not list."""
    if previous is None:
        return {}
    out = {}
    for name in contract.CONTENT_TABLES:
        parts = previous.parts(name)
        if parts is None:  # a release of one file per table: all of it is compared
            whole = previous.parquet(name)
            out[name] = [whole] if whole is not None else []
            continue
        listed = {p.path for p in stage.parts(name)}
        out[name] = [previous.part_files([p for p in parts if p.path not in listed])]
    return out


def _sources(store: Store, stage: Stage, previous: PreviousRelease | None) -> list[dict]:
    """Articles per source: the previous release's counts, updated with the parts added and dropped."""
    counts: Counter[str] = Counter()
    kept = {p.path for p in stage.parts("articles") if not stage.is_new(p)}
    previous_parts = (previous.parts("articles") if previous is not None else None)
    if previous_parts is not None and kept and all(p.path in kept for p in previous_parts):
        counts.update({s["title"]: s["articles"] for s in previous.package.get("sources", [])})
    elif previous is not None and kept:  # some parts dropped: count the kept ones again
        _count_sources(counts, previous.part_files([p for p in previous_parts or [] if p.path in kept]))
    _count_sources(counts, stage.new_rows("articles"))
    return [{"title": s, "articles": n} for s, n in sorted(counts.items()) if n]


def _count_sources(counts: Counter[str], articles: TableFiles) -> None:
    for batch in articles.iter_batches(columns=["source"]):
        counts.update(pc.fill_null(batch.column("source"), "unknown").to_pylist())


def _write_json(path: Path, payload: dict, indent: int | None = 2) -> None:
    separators = (",", ": ") if indent else (",", ":")
    path.write_text(json.dumps(payload, indent=indent, separators=separators, ensure_ascii=False, default=str) + "\n",
                    encoding="utf-8")
