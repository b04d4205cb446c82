"""Chunks of a release's tables → the `newsfacts-release` checkpoint of gx/ run over them: a GX result per table, Data Docs.

GX's `Checkpoint.run` validates one batch per validation definition. Here a table is many batches (chunks,
so that memory stays bounded): each chunk is validated with the checkpoint's validation definition for
its table (the batch definition and suite stored in gx/) and the checkpoint's result format, the chunk
results are merged into one result per table, and when a release is published the checkpoint's Data
Docs site is built from the merged results.
"""
from __future__ import annotations

import re
import shutil
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from etl import contract
from etl.contract import TableSchema
from etl.validate import expectations, suites

if TYPE_CHECKING:
    import pandas as pd

# Result fields that add up over chunks; the percentages are computed again from them.
_COUNTS = ("element_count", "missing_count", "unexpected_count")
_EXAMPLE_LISTS = ("partial_unexpected_list", "partial_unexpected_index_list")


@dataclass
class Outcome:
    """What one check found in one chunk."""
    check: str
    kind: str
    success: bool
    failed: int
    ids: list[str]


class ReleaseCheckpoint:
    """The project's release checkpoint, run over chunks of tables in one GX file context."""

    def __init__(self, project: Path | None = None) -> None:
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig

        self.context = gx.get_context(mode="file", context_root_dir=project or suites.GX_DIR)
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False)  # in memory, never saved
        self.checkpoint = self.context.checkpoints.get(suites.CHECKPOINT)
        self._definitions = {d.name: d for d in self.checkpoint.validation_definitions}
        self._suites: dict[str, object] = {}
        self._merged: dict[str, _TableResult] = {}

    def checks(self, table: str) -> list[tuple[str, str]]:
        """(name, kind) of every check of a table's suite, in the suite's order."""
        return [(e.meta["check"], e.meta["kind"]) for e in self._suite(table).expectations]

    def hold_to(self, schema: TableSchema) -> None:
        """Hold a table to the project's suite or, for a release published under an older schema, to that schema's."""
        current = schema.descriptor == contract.load(schema.name).descriptor
        self._suites[schema.name] = self._definitions[schema.name].suite if current else suites.suite_for(schema)

    def validate(self, table: str, frame: pd.DataFrame, id_column: str) -> list[Outcome]:
        """Validate one chunk of a table; its result joins the table's merged result."""
        definition, suite = self._definitions[table], self._suite(table)
        parameters = {"dataframe": frame}
        result_format = dict(self.checkpoint.result_format, unexpected_index_column_names=[id_column])
        if suite is definition.suite:  # as Checkpoint.run runs it
            result = definition.run(batch_parameters=parameters, result_format=result_format,
                                    checkpoint_id=self.checkpoint.id)
            store = self.context.validation_results_store
            for key in store.list_keys():  # each chunk's result is merged below: memory stays bounded
                store.remove_key(key)
        else:
            batch = definition.batch_definition.get_batch(batch_parameters=parameters)
            result = batch.validate(suite, result_format=result_format)
        result = result.to_json_dict()
        self._merged.setdefault(table, _TableResult(table)).add(result)
        out = []
        for r in result["results"]:
            meta = r["expectation_config"]["meta"]
            rows = r["result"].get("partial_unexpected_index_list") or []
            ids = [str(row.get(id_column)) for row in rows if isinstance(row, dict)]
            out.append(Outcome(meta["check"], meta["kind"], bool(r["success"]),
                               int(r["result"].get("unexpected_count") or len(ids)), ids))
        return out

    def results(self) -> dict[str, dict]:
        """Each validated table's result, merged over its chunks, as GX's JSON."""
        return {table: merged.result() for table, merged in self._merged.items()}

    def _suite(self, table: str):
        return self._suites.get(table) or self._definitions[table].suite


def write_data_docs(results: dict[str, dict], folder: Path, run_name: str, project: Path | None = None) -> None:
    """The checkpoint's Data Docs site, with every suite and these merged results, written into `folder`.

    The checkpoint's UpdateDataDocsAction would build the site once per result, the index page and every
    template again each time; built once here, with the same results, it takes a third of the time.
    """
    import great_expectations as gx
    from great_expectations.core.expectation_validation_result import expectationSuiteValidationResultSchema
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    shutil.rmtree(folder, ignore_errors=True)  # a publication tried again writes the site afresh
    context = gx.get_context(mode="file", context_root_dir=project or suites.GX_DIR)
    sites = context.variables.data_docs_sites
    sites[suites.SITE]["store_backend"]["base_directory"] = str(folder)  # in memory, never saved
    context.variables.data_docs_sites = sites
    checkpoint = context.checkpoints.get(suites.CHECKPOINT)
    run_id = RunIdentifier(run_name=run_name, run_time=datetime.now(timezone.utc))
    for table, payload in results.items():
        result = expectationSuiteValidationResultSchema.load(payload)
        result.meta |= {"run_id": run_id, "validation_time": run_id.run_time, "checkpoint_id": checkpoint.id}
        key = ValidationResultIdentifier(ExpectationSuiteIdentifier(name=result.suite_name), run_id, table)
        context.validation_results_store.set(key, result)
    context.build_data_docs(site_names=[suites.SITE])
    _keep_linked_assets(folder)
    _drop_cache_busters(folder)


def _drop_cache_busters(site: Path) -> None:
    """GX stamps the build time on its logo's URL in every page; without it, a page that shows the same
    thing is the same file, and releases share it instead of storing it again."""
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        stripped = re.sub(r'(\.png)\?d=\d{8}T\d{6}\.\d+Z"', r'\1"', text)
        if stripped != text:
            page.write_text(stripped, encoding="utf-8")


def _keep_linked_assets(site: Path) -> None:
    """GX copies all its static files into a site (4 MB, mostly animations no page shows): keep those pages link to."""
    linked = set()
    for page in site.rglob("*.html"):
        for ref in re.findall(r'(?:href|src)="([^"#?]+)', page.read_text(encoding="utf-8")):
            if "://" not in ref:
                linked.add((page.parent / ref).resolve())
    for path in sorted((site / "static").rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if path.is_file() and path.resolve() not in linked:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()


class _TableResult:
    """GX's result for a whole table from those of its chunks: counts add up, examples stay bounded."""

    def __init__(self, table: str) -> None:
        self.table = table
        self._suite: dict | None = None
        self._chunks = 0

    def add(self, result: dict) -> None:
        self._chunks += 1
        if self._suite is None:
            self._suite = result
            return
        merged = {r["expectation_config"]["id"]: r for r in self._suite["results"]}
        for part in result["results"]:
            total = merged.get(part["expectation_config"]["id"])
            if total is None:
                self._suite["results"].append(part)
            else:
                _merge(total, part)
        self._suite["success"] = self._suite["success"] and result["success"]

    def result(self) -> dict:
        suite = self._suite
        evaluated = len(suite["results"])
        successful = sum(bool(r["success"]) for r in suite["results"])
        suite["statistics"] = {"evaluated_expectations": evaluated, "successful_expectations": successful,
                               "unsuccessful_expectations": evaluated - successful,
                               "success_percent": 100.0 * successful / evaluated if evaluated else None}
        # What GX notes of a batch describes the first chunk only: say instead what was validated.
        suite["meta"].pop("batch_markers", None)
        suite["meta"]["batch_spec"] = {"data_asset_name": self.table, "batch_data": "PandasDataFrame",
                                       "chunks": self._chunks}
        for r in suite["results"]:
            if r["result"].get("partial_unexpected_index_list"):
                # Data Docs name failing rows only from this list, which GX fills in full for result format
                # COMPLETE; here it holds the first ids, as many as the report names.
                r["result"]["unexpected_index_list"] = r["result"]["partial_unexpected_index_list"]
        return suite


def _merge(total: dict, part: dict) -> None:
    """Add one chunk's result of an expectation to the running total of its table."""
    if not part["success"] and total["success"]:
        # A table-level observation (such as the columns seen) is best shown from a chunk that failed.
        kept = {k: v for k, v in total["result"].items()
                if k in (*_COUNTS, *_EXAMPLE_LISTS, "partial_unexpected_counts")}
        total["result"] = {**part["result"], **kept}
    total["success"] = total["success"] and part["success"]
    if part["exception_info"].get("raised_exception") and not total["exception_info"].get("raised_exception"):
        total["exception_info"] = part["exception_info"]
    a, b = total["result"], part["result"]
    for key in _COUNTS:
        if key in b:
            a[key] = (a.get(key) or 0) + (b[key] or 0)
    for key in _EXAMPLE_LISTS:
        if key in b:
            a[key] = (a.get(key) or []) + b[key][:expectations.MAX_EXAMPLES - len(a.get(key) or [])]
    if "partial_unexpected_counts" in b:
        counts = Counter()
        for entry in (a.get("partial_unexpected_counts") or []) + b["partial_unexpected_counts"]:
            if "value" in entry:
                counts[_hashable(entry["value"])] += entry["count"]
        a["partial_unexpected_counts"] = [{"value": v, "count": n}
                                          for v, n in counts.most_common(expectations.MAX_EXAMPLES)]
    if "element_count" in a:
        rows, missing, unexpected = a["element_count"], a.get("missing_count") or 0, a.get("unexpected_count") or 0
        present = rows - missing
        a["missing_percent"] = 100.0 * missing / rows if rows else None
        a["unexpected_percent"] = a["unexpected_percent_nonmissing"] = 100.0 * unexpected / present if present else None
        a["unexpected_percent_total"] = 100.0 * unexpected / rows if rows else None


def _hashable(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value
