from datetime import date

import pyarrow as pa
import pyarrow.compute as pc

from etl.tables import to_table
from etl.validate.validate import validate_tables
from tests import cases


def _replace(table: pa.Table, column: str, values: list) -> pa.Table:
    i = table.schema.get_field_index(column)
    return table.set_column(i, table.schema.field(i), pa.array(values, table.schema.field(i).type))


def _failure(report, table: str, words: str):
    hits = [r for r in report.results if not r.success and r.table == table and words in r.check]
    assert hits, report.failures
    return hits[0]


def test_a_valid_dataset_passes_every_check():
    report = validate_tables(cases.tables("a1", "a2"))
    assert report.success, report.failures
    assert len(report.results) > 50


def test_an_ungrounded_span_fails_and_names_the_statement():
    t = cases.tables("a1")
    t["statements"] = _replace(t["statements"], "content_start", [t["statements"]["content_start"][0].as_py() + 1])
    report = validate_tables(t)
    failure = _failure(report, "statements", "content is grounded")
    assert failure.examples == t["statements"]["statement_id"].to_pylist()


def test_a_duplicate_primary_key_fails():
    t = cases.tables("a1")
    t["events"] = pa.concat_tables([t["events"], t["events"]])
    assert _failure(validate_tables(t), "events", "event_id is unique").failed == 2


def test_a_record_of_an_unknown_article_fails_the_foreign_key():
    t = cases.tables("a1", "a2")
    t["articles"] = t["articles"].filter(pc.equal(t["articles"]["source_id"], "a2"))
    report = validate_tables(t)
    _failure(report, "statements", "article_id refers to an existing articles.article_id")


def test_an_event_mention_must_be_grounded_and_name_an_event_that_counts_it():
    t = cases.tables("a1")
    event_id = t["events"]["event_id"][0].as_py()
    assert _failure(validate_tables(t | {"events": _replace(t["events"], "mentions", [2])}), "events",
                    "mentions is the number of event_mentions rows").examples == [event_id]
    moved = _replace(t["event_mentions"], "trigger_start", [t["event_mentions"]["trigger_start"][0].as_py() + 1])
    _failure(validate_tables(t | {"event_mentions": moved}), "event_mentions", "trigger is grounded")
    orphan = _replace(t["event_mentions"], "event_id", ["0" * 16])
    report = validate_tables(t | {"event_mentions": orphan})
    _failure(report, "event_mentions", "event_id refers to an existing events.event_id")
    _failure(report, "events", "mentions is the number of event_mentions rows")


def test_bounds_out_of_order_fail():
    t = cases.tables("a2")
    t["estimates"] = _replace(t["estimates"], "value_low", [250.0])
    _failure(validate_tables(t), "estimates", "value_low ≤ value")


def test_a_word_outside_the_vocabulary_fails():
    t = cases.tables("a1")
    t["events"] = _replace(t["events"], "event_type", ["INVADE"])
    _failure(validate_tables(t), "events", "event_type is in its vocabulary")


def test_an_event_dated_years_after_its_article_is_flagged_and_does_not_block():
    t = cases.tables("a1")
    t["events"] = _replace(t["events"], "date", [date(2031, 1, 1)])
    report = validate_tables(t)
    flagged = _failure(report, "events", "dates are plausible")
    assert flagged.kind == "plausibility"
    assert report.success and report.failures == []
    assert report.flags == [{"table": "events", "check": flagged.check, "count": 1,
                             "examples": t["events"]["event_id"].to_pylist()}]
    assert report.summary()["flagged"] == 1


def test_a_future_or_hypothetical_event_may_be_dated_years_after_its_article():
    t = cases.tables("a1")
    t["events"] = _replace(t["events"], "date", [date(2030, 1, 1)])
    for modality in ("future", "hypothetical"):
        t["events"] = _replace(t["events"], "modality", [modality])
        report = validate_tables(t)
        assert report.success and report.flags == [], modality


def test_a_flag_never_hides_a_failed_invariant():
    t = cases.tables("a1")
    t["events"] = _replace(t["events"], "date", [date(2031, 1, 1)])
    t["events"] = _replace(t["events"], "event_type", ["INVADE"])
    report = validate_tables(t)
    assert not report.success and len(report.flags) == 1
    assert report.failures == ["events: event_type is in its vocabulary: 1 row(s) fail (e.g. "
                               f"{t['events']['event_id'][0].as_py()})"]


def test_a_missing_required_value_fails():
    t = cases.tables("a1")
    t["articles"] = _replace(t["articles"], "text_sha256", [None])
    _failure(validate_tables(t), "articles", "text_sha256 is never empty")


def test_a_wrong_column_type_is_a_structural_failure():
    t = cases.tables("a1")
    t["articles"] = t["articles"].set_column(
        t["articles"].schema.get_field_index("n_chars"), "n_chars",
        pc.cast(t["articles"]["n_chars"], pa.int64()))
    _failure(validate_tables(t), "articles", "columns and types match the schema")


def test_a_half_present_span_is_not_grounded():
    t = cases.tables("a1")
    t["statements"] = _replace(t["statements"], "speaker", [None])
    _failure(validate_tables(t), "statements", "speaker is grounded")


def test_empty_tables_pass():
    t = cases.tables("a1")
    t["statements"] = to_table("statements", [])
    assert validate_tables(t).success
