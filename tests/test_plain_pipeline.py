"""etl.pipeline without Prefect: the whole run in this process, and what it logs."""
import logging

from etl.pipeline import Batch, Steps, dropped_message, run
from etl.validate.release import validate_release
from tests import cases


def test_each_batch_logs_its_dropped_candidates_by_reason(caplog):
    text = 'The ministry said. "We will stay," the mayor said on Monday.'
    batch = Batch([cases.article("a1"), cases.article("x", text)], "new-1")
    consumed = []
    with caplog.at_level(logging.INFO, logger="etl.pipeline"):
        Steps().extract(iter([(batch, "ctx")]), lambda ctx, tables: consumed.append((ctx, tables)), "unused")
    [(context, tables)] = consumed
    assert context == "ctx" and tables["statements"].num_rows > 0
    [line] = [r.getMessage() for r in caplog.records]
    assert line.startswith("batch new-1: 2 articles; candidates dropped: ")
    assert "statements: cue with no content 1" in line  # "The ministry said." says nothing


def test_the_dropped_message_puts_the_most_frequent_reason_first():
    from collections import Counter

    message, *args = dropped_message(Batch([], "b"), Counter({"events: heading": 1, "statements: no speaker": 3}))
    assert message % tuple(args) == "batch b: 0 articles; candidates dropped: statements: no speaker 3, events: heading 1"


def test_the_plain_pipeline_publishes_a_valid_release(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(cases.TEXTS["a1"], encoding="utf-8")
    summary = run(str(inputs), str(tmp_path / "out"))
    assert (summary.release, summary.articles, summary.extraction_errors) == ("1.0.0", 1, [])
    assert validate_release(tmp_path / "out" / "latest").success
