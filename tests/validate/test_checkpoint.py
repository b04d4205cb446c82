"""The release checkpoint over chunks: one GX result per table, bounded examples, and its Data Docs site."""
import copy
import re
from datetime import date, datetime, timezone
from pathlib import Path

import pyarrow as pa

from etl import contract
from etl.validate.checkpoint import write_data_docs
from etl.validate.sources import InMemory
from etl.validate.validate import validate_sources, validate_tables
from tests import cases


def _replace(table: pa.Table, column: str, values: list) -> pa.Table:
    i = table.schema.get_field_index(column)
    return table.set_column(i, table.schema.field(i), pa.array(values, table.schema.field(i).type))


def _result(report, table: str, check: str) -> dict:
    return next(r for r in report.suite_results[table]["results"] if r["expectation_config"]["meta"]["check"] == check)


def _duplicated_events(times: int) -> dict[str, pa.Table]:
    """Events repeated with an implausible date: every row fails a key check and a plausibility check."""
    t = cases.tables("a1")
    t["events"] = pa.concat_tables([_replace(t["events"], "date", [date(2031, 1, 1)])] * times)
    return t


def test_chunks_merge_into_one_gx_result_per_table_with_counts_added_and_examples_bounded():
    t = _duplicated_events(250)
    report = validate_sources({name: InMemory(table) for name, table in t.items()}, chunk_rows=100)
    events = report.suite_results["events"]
    assert events["meta"]["batch_spec"]["chunks"] == 3 and events["success"] is False
    unique = _result(report, "events", "event_id is unique")
    assert unique["success"] is False and unique["result"]["element_count"] == 250
    assert unique["result"]["unexpected_count"] == 250 and unique["result"]["unexpected_percent"] == 100.0
    assert len(unique["result"]["partial_unexpected_index_list"]) == 20
    flagged = _result(report, "events", "dates are plausible for the article's publication time")
    assert flagged["expectation_config"]["severity"] == "warning" and flagged["result"]["unexpected_count"] == 250
    assert events["statistics"]["unsuccessful_expectations"] == 2
    first = t["events"]["event_id"][0].as_py()
    assert report.failures == [f"events: event_id is unique: 250 row(s) fail (e.g. {first})"]


def test_rows_failing_in_a_later_chunk_only_are_counted_once():
    t = cases.tables("a1")
    events = pa.concat_tables([t["events"]] * 250)
    t["events"] = _replace(events, "date", [date(2025, 3, 1)] * 200 + [date(2031, 1, 1)] * 50)
    report = validate_sources({name: InMemory(table) for name, table in t.items()}, chunk_rows=100)
    flagged = _result(report, "events", "dates are plausible for the article's publication time")["result"]
    assert flagged["unexpected_count"] == 50 and flagged["element_count"] == 250
    assert flagged["unexpected_percent"] == 20.0
    assert sum(c["count"] for c in flagged["partial_unexpected_counts"]) <= 50
    assert report.flags[0]["count"] == 50


def test_dates_outside_the_bounds_of_the_schema_fail():
    """The suites in gx/ keep date bounds as JSON strings: they must still hold dates to them."""
    t = cases.tables("a1")
    t["events"] = _replace(t["events"], "date", [date(1700, 1, 1)])
    t["articles"] = _replace(t["articles"], "published_at", [datetime(2150, 1, 1, tzinfo=timezone.utc)])
    failures = validate_tables(t).failures
    assert any(f.startswith("events: date is between 1800-01-01 and 2100-01-01: 1 row(s)") for f in failures), failures
    assert any(f.startswith("articles: published_at is between") for f in failures), failures


def test_a_release_published_under_an_older_schema_is_held_to_that_schema():
    t = cases.tables("a1")
    descriptor = copy.deepcopy(contract.load("events").descriptor)
    descriptor["fields"] = [f for f in descriptor["fields"] if f["name"] != "location_country"]
    older = contract.parse(descriptor)
    t["events"] = t["events"].drop_columns(["location_country"])
    schemas = contract.all_schemas() | {"events": older}
    report = validate_tables(t, schemas)
    assert report.success, report.failures
    assert not any("location_country" in r.check for r in report.results if r.table == "events")


def test_data_docs_show_every_suite_and_result_name_failing_rows_and_ship_only_linked_assets(tmp_path: Path):
    t = _duplicated_events(2)
    report = validate_tables(t)
    site = tmp_path / "data-docs"
    write_data_docs(report.suite_results, site, run_name="1.0.0")
    assert {p.stem for p in (site / "expectations").glob("*.html")} == set(contract.TABLES)
    pages = {p.parent.parent.parent.name: p for p in (site / "validations").rglob("*.html")}
    assert set(pages) == set(contract.TABLES)
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "expectations/events.html" in index and "1.0.0" in index
    events = pages["events"].read_text(encoding="utf-8")
    assert "event_id is unique (invariant: blocks a release)" in events
    assert "dates are plausible for the article's publication time (plausibility: flags rows" in events
    assert t["events"]["event_id"][0].as_py() in events
    assert [p.relative_to(site).as_posix() for p in (site / "static").rglob("*") if p.is_file()] == [
        "static/images/favicon.ico"]
    for page in site.rglob("*.html"):  # GX's own favicon link from a validation page is one folder short
        for ref in re.findall(r'href="([^"#?]+\.html)"', page.read_text(encoding="utf-8")):
            assert "://" in ref or (page.parent / ref).exists(), (page, ref)
