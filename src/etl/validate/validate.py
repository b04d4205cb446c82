"""Tables (in memory, staged or published as Parquet) → a validation report naming each failed check and its ids.

The suites and the `newsfacts-release` checkpoint of the GX project in gx/ do the checking. Large tables
are validated in chunks of rows, so memory does not grow with the dataset: only the key columns of each
table and the articles' texts are held whole. Checks that need more than a chunk are computed here with
Arrow first, as columns the suites expect to be true, so they are part of the same GX result.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from etl import contract
from etl.contract import TableSchema
from etl.validate import expectations
from etl.validate.checkpoint import Outcome, ReleaseCheckpoint
from etl.validate.grounding import ArticleTexts, grounded
from etl.validate.sources import InMemory, ParquetSource, TableSource
from etl.storage.parts import TableFiles

CHUNK_ROWS = 50_000
CHUNK_BYTES = 32 << 20  # the articles table carries whole texts: fewer rows per chunk there
# A date more than this after the article's publication is doubtful, unless the row says it is
# not a fact yet (an event announced, planned or hypothesised: "by 2030").
MAX_DAYS_AFTER_PUBLICATION = 366
NOT_YET = ("future", "hypothetical")


@dataclass
class CheckResult:
    table: str
    check: str
    success: bool
    failed: int = 0
    examples: list[str] = field(default_factory=list)
    kind: str = expectations.INVARIANT

    def describe(self) -> str:
        what = f"{self.table}: {self.check}"
        if self.success:
            return f"{what}: ok"
        ids = f" (e.g. {', '.join(self.examples)})" if self.examples else ""
        return f"{what}: {self.failed} row(s) fail{ids}" if self.failed else f"{what}: failed"


@dataclass
class ValidationReport:
    results: list[CheckResult] = field(default_factory=list)
    # GX's result of each table validated by the checkpoint (as JSON), for the release's Data Docs.
    suite_results: dict[str, dict] = field(default_factory=dict, repr=False)

    @property
    def success(self) -> bool:
        """Whether every invariant holds: plausibility flags never block a release."""
        return all(r.success for r in self.results if r.kind == expectations.INVARIANT)

    @property
    def failures(self) -> list[str]:
        return [r.describe() for r in self.results if not r.success and r.kind == expectations.INVARIANT]

    @property
    def flags(self) -> list[dict]:
        """Each plausibility check that some rows fail: which, how many rows, and example ids."""
        return [{"table": r.table, "check": r.check, "count": r.failed, "examples": r.examples}
                for r in self.results if not r.success and r.kind == expectations.PLAUSIBILITY]

    def summary(self) -> dict:
        return {"success": self.success, "checks": len(self.results), "failed": len(self.failures),
                "failures": self.failures, "flagged": sum(f["count"] for f in self.flags), "flags": self.flags}

    def to_dict(self) -> dict:
        return self.summary() | {"results": [asdict(r) for r in self.results]}


def validate_tables(tables: dict[str, pa.Table], schemas: dict[str, TableSchema] | None = None) -> ValidationReport:
    return validate_sources({name: InMemory(t) for name, t in tables.items()}, schemas)


def validate_folder(folder: Path, schemas: dict[str, TableSchema] | None = None) -> ValidationReport:
    """Validate every table of a local folder: the parts in `<table>/` (a staged or published release), in order."""
    schemas = schemas or contract.all_schemas()
    sources = {name: ParquetSource(TableFiles([pq.ParquetFile(f) for f in sorted((folder / name).glob("[0-9]*.parquet"))],
                                              schemas[name].arrow()))
               for name in schemas if (folder / name).is_dir()}
    return validate_sources(sources, schemas)


def validate_sources(sources: dict[str, TableSource], schemas: dict[str, TableSchema] | None = None,
                     chunk_rows: int = CHUNK_ROWS) -> ValidationReport:
    """Structure, expectations, keys, grounding and date plausibility of every table."""
    schemas = schemas or contract.all_schemas()
    report = ValidationReport()
    present: dict[str, TableSource] = {}
    for name, schema in schemas.items():
        source = sources.get(name)
        if source is None:
            report.results.append(CheckResult(name, "table is present", False))
            continue
        structure = _structure(name, source.schema, schema)
        report.results.append(structure)
        if structure.success:
            present[name] = source
    checkpoint = ReleaseCheckpoint()
    context = _ArticleContext(present.get("articles"))
    for name, source in present.items():
        schema = schemas[name]
        if any(fk.table not in present for fk in schema.foreign_keys) or any(c.table not in present
                                                                            for c in schema.counts):
            report.results.append(CheckResult(name, "the tables its foreign keys refer to are valid", False))
            continue
        checkpoint.hold_to(schema)
        keys = _key_flags(source, schema, present)
        by_check: dict[str, list[Outcome]] = {check: [] for check, _ in checkpoint.checks(name)}
        rows = max(100, min(chunk_rows, int(CHUNK_BYTES / max(1.0, source.row_bytes()))))
        offset = 0
        for chunk in _at_least_one(source.chunks(rows), schema):  # an empty table is still shown to GX once
            frame = context.annotate(chunk, schema, keys.slice(offset, chunk.num_rows))
            offset += chunk.num_rows
            for o in checkpoint.validate(name, frame, schema.primary_key):
                by_check[o.check].append(o)
        kinds = dict(checkpoint.checks(name))
        report.results += [_result(name, check, kinds[check], outcomes) for check, outcomes in by_check.items()]
    report.suite_results = checkpoint.results()
    return report


def _at_least_one(chunks: Iterator[pa.Table], schema: TableSchema) -> Iterator[pa.Table]:
    empty = True
    for chunk in chunks:
        empty = False
        yield chunk
    if empty:
        yield schema.arrow().empty_table()


class _ArticleContext:
    """What row checks need from the articles table: texts for grounding, publication dates."""

    def __init__(self, articles: TableSource | None):
        self.texts = ArticleTexts(articles)
        self.published: dict[str, date] = {}
        if articles is not None:
            dates = articles.columns(["article_id", "published_at"])
            for article_id, ts in zip(dates.column(0).to_pylist(), dates.column(1).to_pylist()):
                if ts is not None:
                    self.published[article_id] = ts.date()

    def annotate(self, chunk: pa.Table, schema: TableSchema, keys: pa.Table):
        frame = chunk.to_pandas()
        for column in keys.column_names:
            frame[column] = keys.column(column).to_numpy()
        for e in schema.explains:
            frame[expectations.explains_column(e.field)] = _explains(chunk, e).to_numpy(zero_copy_only=False)
        for span in schema.spans:
            frame[expectations.grounded_column(span.text)] = grounded(chunk, span, self.texts)
        if expectations.has_dates(schema):
            frame[expectations.PLAUSIBLE_DATE] = self._plausible_dates(chunk, schema)
        return frame

    def _plausible_dates(self, chunk: pa.Table, schema: TableSchema) -> list[bool]:
        ids = chunk.column("article_id").to_pylist()
        columns = [chunk.column(f.name).to_pylist() for f in schema.fields if f.type == "date"]
        modality = chunk.column("modality").to_pylist() if "modality" in chunk.column_names else [None] * len(ids)
        limit = timedelta(days=MAX_DAYS_AFTER_PUBLICATION)
        out = []
        for i, article_id in enumerate(ids):
            pub = self.published.get(article_id)
            out.append(pub is None or modality[i] in NOT_YET
                       or all(col[i] is None or col[i] <= pub + limit for col in columns))
        return out


def _key_flags(source: TableSource, schema: TableSchema, present: dict[str, TableSource]) -> pa.Table:
    """Per row, computed in Arrow over whole key columns: is each key unique, does each reference exist."""
    keys = source.columns(expectations.key_columns(schema))
    flags = {}
    for name in expectations.unique_columns(schema):
        counts = pc.value_counts(keys.column(name).combine_chunks())
        repeated = counts.field("values").filter(pc.greater(counts.field("counts"), 1))
        flags[expectations.unique_column(name)] = pc.invert(pc.is_in(keys.column(name), value_set=repeated))
    for fk in schema.foreign_keys:
        referenced = present[fk.table].columns([fk.ref_field]).column(0).combine_chunks()
        column = keys.column(fk.field)
        flags[expectations.reference_column(fk.field)] = pc.or_(pc.is_null(column),
                                                                pc.fill_null(pc.is_in(column, value_set=referenced), False))
    for c in schema.counts:
        flags[expectations.count_column(c.field)] = _counted(source.columns([schema.primary_key, c.field]),
                                                             present[c.table].columns([c.by]).column(0))
    return pa.table(flags)


def _explains(chunk: pa.Table, e: contract.Explains) -> pa.ChunkedArray:
    """Per row: its explaining column is set exactly when the two columns it explains differ (estimates: aside is
    empty where counted_as is category, and says why where it is not)."""
    a, b = (chunk.column(name) for name in e.differing)
    differ = pc.if_else(pc.and_(pc.is_null(a), pc.is_null(b)), False, pc.fill_null(pc.not_equal(a, b), True))
    return pc.equal(pc.is_valid(chunk.column(e.field)), differ)


def _counted(rows: pa.Table, referring: pa.ChunkedArray) -> pa.Array:
    """Per row: its count column equals how often its key occurs among the referring rows' keys."""
    tally = pc.value_counts(referring.combine_chunks())
    keys, counts = tally.field("values"), tally.field("counts")
    at = pc.index_in(rows.column(0), value_set=keys)
    found = pc.fill_null(pc.take(counts, at), 0)
    return pc.fill_null(pc.equal(pc.cast(rows.column(1), pa.int64()), found), False)


def _result(table: str, check: str, kind: str, outcomes: list[Outcome]) -> CheckResult:
    examples: list[str] = []
    for o in outcomes:
        examples += [i for i in dict.fromkeys(o.ids) if i not in examples][:expectations.MAX_EXAMPLES - len(examples)]
    return CheckResult(table, check, all(o.success for o in outcomes), sum(o.failed for o in outcomes),
                       sorted(examples), kind)


def _structure(name: str, actual: pa.Schema, schema: TableSchema) -> CheckResult:
    expected = schema.arrow()
    problems = []
    for f in expected:
        if f.name not in actual.names:
            problems.append(f"missing column {f.name}")
        elif not actual.field(f.name).type.equals(f.type):
            problems.append(f"{f.name} is {actual.field(f.name).type}, expected {f.type}")
    problems += [f"unexpected column {c}" for c in actual.names if c not in expected.names]
    return CheckResult(name, "columns and types match the schema", not problems, len(problems), problems)
