"""Table schemas → Great Expectations suites: every constraint in `schemas/` becomes an expectation.

great_expectations takes seconds to import, so it is imported inside the functions that need it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from etl.contract import Field, TableSchema

# Columns added to a table's frame before validation; they hold per-row results of checks that need
# more than one table (grounding in the article text, dates against the publication time).
GROUNDED_PREFIX = "_grounded_"
PLAUSIBLE_DATE = "_date_plausible"


@dataclass(frozen=True)
class Check:
    """One expectation with a name a person can read in a failure message."""
    name: str
    expectation: object


def grounded_column(text_column: str) -> str:
    return GROUNDED_PREFIX + text_column


def _bound(field: Field, value: object) -> object:
    if value is None:
        return None
    if field.type == "datetime":
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).astimezone(timezone.utc)
    if field.type == "date":
        return date.fromisoformat(str(value))
    return value


def checks_for(schema: TableSchema, references: dict[str, list[str]], has_dates: bool = False) -> list[Check]:
    """The expectations a table must meet; `references` maps a foreign-key column to the allowed ids."""
    import great_expectations.expectations as gxe

    derived = [grounded_column(span.text) for span in schema.spans] + ([PLAUSIBLE_DATE] if has_dates else [])
    checks = [Check(f"columns are {', '.join(schema.names)}",
                    gxe.ExpectTableColumnsToMatchOrderedList(column_list=schema.names + derived))]
    for f in schema.fields:
        if f.required:
            checks.append(Check(f"{f.name} is never empty", gxe.ExpectColumnValuesToNotBeNull(column=f.name)))
        if f.unique or f.name == schema.primary_key:
            checks.append(Check(f"{f.name} is unique", gxe.ExpectColumnValuesToBeUnique(column=f.name)))
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
    for fk in schema.foreign_keys:
        checks.append(Check(f"{fk.field} refers to an existing {fk.table}.{fk.ref_field}",
                            gxe.ExpectColumnValuesToBeInSet(column=fk.field, value_set=references[fk.field])))
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
    if has_dates:
        checks.append(Check("dates are plausible for the article's publication time",
                            gxe.ExpectColumnValuesToBeInSet(column=PLAUSIBLE_DATE, value_set=[True])))
    return checks


def run(frames: dict[str, tuple[object, TableSchema, list[Check]]]) -> dict[str, list[tuple[Check, object]]]:
    """Validate each pandas frame with its checks in one ephemeral GX context; results per table."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    source = context.data_sources.add_pandas("newsfacts")
    out = {}
    for name, (frame, schema, checks) in frames.items():
        batch = (source.add_dataframe_asset(name=name)
                 .add_batch_definition_whole_dataframe(f"{name}-whole")
                 .get_batch(batch_parameters={"dataframe": frame}))
        suite = gx.ExpectationSuite(name=f"newsfacts.{name}")
        for i, check in enumerate(checks):
            # GX neither keeps the suite's order in its results nor ids unsaved expectations: meta ties them back.
            check.expectation.meta = {"check": i}
            suite.add_expectation(check.expectation)
        result = batch.validate(suite, result_format={
            "result_format": "COMPLETE", "unexpected_index_column_names": [schema.primary_key]})
        out[name] = [(checks[r.expectation_config.meta["check"]], r) for r in result.results]
    return out
