"""Tables (a release candidate or a published release) → a validation report naming each failed check and its ids."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

import pyarrow as pa

from etl import contract
from etl.contract import TableSchema
from etl.validate import expectations
from etl.validate.grounding import article_texts, grounded

MAX_EXAMPLES = 20
# An event may be announced for the future, but not for years after the article that reports it.
MAX_DAYS_AFTER_PUBLICATION = 366


@dataclass
class CheckResult:
    table: str
    check: str
    success: bool
    failed: int = 0
    examples: list[str] = field(default_factory=list)

    def describe(self) -> str:
        what = f"{self.table}: {self.check}"
        if self.success:
            return f"{what}: ok"
        ids = f" (e.g. {', '.join(self.examples)})" if self.examples else ""
        return f"{what}: {self.failed} row(s) fail{ids}" if self.failed else f"{what}: failed"


@dataclass
class ValidationReport:
    results: list[CheckResult] = field(default_factory=list)

    @property
    def success(self) -> bool:
        return all(r.success for r in self.results)

    @property
    def failures(self) -> list[str]:
        return [r.describe() for r in self.results if not r.success]

    def summary(self) -> dict:
        return {"success": self.success, "checks": len(self.results), "failed": len(self.failures),
                "failures": self.failures}

    def to_dict(self) -> dict:
        return self.summary() | {"results": [asdict(r) for r in self.results]}


def validate_tables(tables: dict[str, pa.Table], schemas: dict[str, TableSchema] | None = None) -> ValidationReport:
    """Structure, expectations, foreign keys, grounding and date plausibility of every table."""
    schemas = schemas or contract.all_schemas()
    report = ValidationReport()
    present = {}
    for name, schema in schemas.items():
        table = tables.get(name)
        if table is None:
            report.results.append(CheckResult(name, "table is present", False))
            continue
        report.results.append(_structure(name, table, schema))
        present[name] = table
    texts = article_texts(present["articles"]) if "articles" in present else {}
    published = _publication_dates(present.get("articles"))
    frames = {}
    for name, table in present.items():
        schema = schemas[name]
        missing = [fk.table for fk in schema.foreign_keys if fk.table not in present]
        if missing or set(schema.names) - set(table.column_names):
            continue  # already reported as a structural failure; expectations would only repeat it
        frame = table.to_pandas()
        for span in schema.spans:
            frame[expectations.grounded_column(span.text)] = grounded(table, span, texts)
        date_fields = [f.name for f in schema.fields if f.type == "date"]
        if date_fields:
            frame[expectations.PLAUSIBLE_DATE] = _plausible_dates(table, date_fields, published)
        references = {fk.field: present[fk.table].column(fk.ref_field).to_pylist() for fk in schema.foreign_keys}
        frames[name] = (frame, schema, expectations.checks_for(schema, references, has_dates=bool(date_fields)))
    for name, pairs in expectations.run(frames).items():
        pk = schemas[name].primary_key
        for check, result in pairs:
            rows = result.result.get("unexpected_index_list") or []
            examples = sorted({str(row.get(pk)) for row in rows if isinstance(row, dict)})[:MAX_EXAMPLES]
            failed = result.result.get("unexpected_count") or len(rows)
            report.results.append(CheckResult(name, check.name, bool(result.success), int(failed), examples))
    return report


def _structure(name: str, table: pa.Table, schema: TableSchema) -> CheckResult:
    expected = schema.arrow()
    problems = []
    for f in expected:
        if f.name not in table.column_names:
            problems.append(f"missing column {f.name}")
        elif not table.schema.field(f.name).type.equals(f.type):
            problems.append(f"{f.name} is {table.schema.field(f.name).type}, expected {f.type}")
    problems += [f"unexpected column {c}" for c in table.column_names if c not in expected.names]
    return CheckResult(name, "columns and types match the schema", not problems, len(problems), problems)


def _publication_dates(articles: pa.Table | None) -> dict[str, date]:
    if articles is None:
        return {}
    out = {}
    for article_id, ts in zip(articles.column("article_id").to_pylist(), articles.column("published_at").to_pylist()):
        if ts is not None:
            out[article_id] = ts.date()
    return out


def _plausible_dates(table: pa.Table, date_fields: list[str], published: dict[str, date]) -> list[bool]:
    ids = table.column("article_id").to_pylist()
    columns = [table.column(f).to_pylist() for f in date_fields]
    limit = timedelta(days=MAX_DAYS_AFTER_PUBLICATION)
    out = []
    for i, article_id in enumerate(ids):
        pub = published.get(article_id)
        out.append(pub is None or all(col[i] is None or col[i] <= pub + limit for col in columns))
    return out
