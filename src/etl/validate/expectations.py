"""Table schemas → Great Expectations expectations: every constraint in `schemas/` becomes one, named and kinded.

Every check has a kind, declared with it: an invariant (types, keys and references, vocabularies,
grounding) blocks a release; a plausibility check (a date long after publication) never does: the
rows that fail it are counted, named and published. Each expectation carries its check's name and kind
in its `meta` (and a GX severity to match), so the suites written to gx/ say which checks block.

Every check is one that a chunk of rows can be held to on its own, so that a large table is
validated chunk by chunk in bounded memory. Checks that need more than the chunk (unique keys,
foreign keys, grounding in the article text, dates against the publication time) are first
computed per row with Arrow over the whole table, as boolean columns added to each chunk, and GX
expects them to be true. great_expectations takes seconds to import, so it is imported only where
it is used.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from etl.contract import Field, TableSchema

# Columns added to a chunk before validation: per-row results of checks that need more than the chunk.
GROUNDED_PREFIX = "_grounded_"
PLAUSIBLE_DATE = "_date_plausible"
REFERENCE_PREFIX = "_refers_"
COUNT_PREFIX = "_counts_"
EXPLAINS_PREFIX = "_explains_"
UNIQUE_PREFIX = "_unique_"


INVARIANT = "invariant"
PLAUSIBILITY = "plausibility"
SEVERITY = {INVARIANT: "critical", PLAUSIBILITY: "warning"}
# Data Docs show an expectation's description in place of GX's own wording of it.
EFFECT = {INVARIANT: "invariant: blocks a release", PLAUSIBILITY: "plausibility: flags rows, never blocks a release"}
# How many ids of failing rows a check names (in reports, validation.json and Data Docs).
MAX_EXAMPLES = 20


@dataclass(frozen=True)
class Check:
    """One expectation with a name a person can read in a failure message, and whether it blocks a release."""
    name: str
    expectation: object
    kind: str = INVARIANT

    def __post_init__(self) -> None:
        self.expectation.meta = {"check": self.name, "kind": self.kind}
        self.expectation.severity = SEVERITY[self.kind]
        self.expectation.description = f"{self.name} ({EFFECT[self.kind]})"


def grounded_column(text_column: str) -> str:
    return GROUNDED_PREFIX + text_column


def has_dates(schema: TableSchema) -> bool:
    return any(f.type == "date" for f in schema.fields)


def derived_columns(schema: TableSchema) -> list[str]:
    return ([unique_column(name) for name in unique_columns(schema)]
            + [reference_column(fk.field) for fk in schema.foreign_keys]
            + [count_column(c.field) for c in schema.counts]
            + [explains_column(e.field) for e in schema.explains]
            + [grounded_column(span.text) for span in schema.spans] + ([PLAUSIBLE_DATE] if has_dates(schema) else []))


def _bound(field: Field, value: object) -> object:
    if value is None:
        return None
    if field.type == "datetime":
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).astimezone(timezone.utc)
    if field.type == "date":
        return date.fromisoformat(str(value))
    return value


def checks(schema: TableSchema) -> list[Check]:
    """Every expectation of a table, each of which any chunk of its rows (with derived columns) must meet."""
    import great_expectations.expectations as gxe

    checks = [Check(f"columns are {', '.join(schema.names)}",
                    gxe.ExpectTableColumnsToMatchOrderedList(column_list=schema.names + derived_columns(schema)))]
    for f in schema.fields:
        if f.required:
            checks.append(Check(f"{f.name} is never empty", gxe.ExpectColumnValuesToNotBeNull(column=f.name)))
        if f.enum:
            checks.append(Check(f"{f.name} is in its vocabulary",
                                gxe.ExpectColumnValuesToBeInSet(column=f.name, value_set=list(f.enum))))
        if f.pattern:
            checks.append(Check(f"{f.name} matches {f.pattern}",
                                gxe.ExpectColumnValuesToMatchRegex(column=f.name, regex=f.pattern)))
        if f.minimum is not None or f.maximum is not None:
            checks.append(Check(f"{f.name} is between {f.minimum} and {f.maximum}",
                                gxe.ExpectColumnValuesToBeBetween(column=f.name, min_value=_bound(f, f.minimum),
                                                                  max_value=_bound(f, f.maximum))))
        if f.min_length:
            checks.append(Check(f"{f.name} has at least {f.min_length} character(s)",
                                gxe.ExpectColumnValueLengthsToBeBetween(column=f.name, min_value=f.min_length)))
    for name in unique_columns(schema):
        checks.append(Check(f"{name} is unique",
                            gxe.ExpectColumnValuesToBeInSet(column=unique_column(name), value_set=[True])))
    for fk in schema.foreign_keys:
        checks.append(Check(f"{fk.field} refers to an existing {fk.table}.{fk.ref_field}",
                            gxe.ExpectColumnValuesToBeInSet(column=reference_column(fk.field), value_set=[True])))
    for c in schema.counts:
        checks.append(Check(f"{c.field} is the number of {c.table} rows whose {c.by} is its {schema.primary_key}",
                            gxe.ExpectColumnValuesToBeInSet(column=count_column(c.field), value_set=[True])))
    for e in schema.explains:
        # (GX has no expectation of a column set exactly when two others differ: each row's answer is computed first)
        a, b = e.differing
        checks.append(Check(f"{e.field} is set exactly when {a} differs from {b}",
                            gxe.ExpectColumnValuesToBeInSet(column=explains_column(e.field), value_set=[True])))
    for low, high in schema.ordered:
        # Offsets: end must follow start; values: low ≤ value ≤ high.
        strict = low.endswith("_start") or low == "start"
        checks.append(Check(f"{low} {'<' if strict else '≤'} {high}",
                            gxe.ExpectColumnPairValuesAToBeGreaterThanB(
                                column_A=high, column_B=low, or_equal=not strict,
                                ignore_row_if="either_value_is_missing")))
    for span in schema.spans:
        checks.append(Check(f"{span.text} is grounded: text[{span.start}:{span.end}] == {span.text}",
                            gxe.ExpectColumnValuesToBeInSet(column=grounded_column(span.text), value_set=[True])))
    if has_dates(schema):
        checks.append(Check("dates are plausible for the article's publication time",
                            gxe.ExpectColumnValuesToBeInSet(column=PLAUSIBLE_DATE, value_set=[True]),
                            PLAUSIBILITY))
    return checks


def unique_columns(schema: TableSchema) -> list[str]:
    return [schema.primary_key] + [f.name for f in schema.fields if f.unique and f.name != schema.primary_key]


def key_columns(schema: TableSchema) -> list[str]:
    return unique_columns(schema) + [fk.field for fk in schema.foreign_keys]


def reference_column(field: str) -> str:
    return REFERENCE_PREFIX + field


def count_column(field: str) -> str:
    return COUNT_PREFIX + field


def explains_column(field: str) -> str:
    return EXPLAINS_PREFIX + field


def unique_column(field: str) -> str:
    return UNIQUE_PREFIX + field
