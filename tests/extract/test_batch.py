"""One article's failure costs that article's later stages, never the batch."""
from collections import Counter

import pytest

from etl.extract import batch, estimates, events, statements
from etl.extract.batch import extract_article, extract_batch, failed_batch
from tests import cases

POISON = "Poisoned text that the broken rule cannot take."


@pytest.fixture
def broken(monkeypatch):
    """Make one stage raise on the poisoned article only."""
    return lambda module: cases.raise_on(monkeypatch, module, POISON)


def test_a_failing_stage_keeps_the_records_before_it_and_drops_those_after(broken):
    broken(events)
    poisoned = cases.article("p", POISON)
    found = extract_article(poisoned)
    assert found.events == [] and found.estimates == []
    assert found.error is not None
    assert (found.error.article_id, found.error.source_id, found.error.stage) == (poisoned.article_id, "p", "events")
    assert found.error.extractor == events.VERSION
    assert (found.error.error_type, found.error.message) == ("ZeroDivisionError", "float division by zero")


def test_statements_are_kept_when_events_fail(broken):
    poisoned = cases.article("p", POISON + ' "We will stay," the mayor said.')
    healthy = extract_article(poisoned)
    assert healthy.error is None and healthy.statements
    broken(events)
    found = extract_article(poisoned)
    assert found.statements == healthy.statements and found.error.stage == "events"


def test_one_failing_article_leaves_the_rest_of_the_batch_whole(broken):
    broken(statements)
    good, poisoned = cases.article("a1"), cases.article("p", POISON)
    alone = extract_batch([good])
    together = extract_batch([good, poisoned])
    for name in batch.STAGES:
        assert together[name].equals(alone[name]), name
    [error] = together["extraction_errors"].to_pylist()
    assert error["article_id"] == poisoned.article_id and error["stage"] == "statements"
    assert error["extractor"] == statements.VERSION
    assert alone["extraction_errors"].num_rows == 0


def test_a_refresh_from_estimates_keeps_the_prior_records_of_a_failing_article(broken):
    broken(estimates)
    poisoned = cases.article("p", POISON)
    prior = {name: extract_batch([cases.article("a1")])[name] for name in ("statements", "events")}
    tables = extract_batch([poisoned], "estimates", prior)
    assert set(tables) == {"estimates", "extraction_errors"}
    assert tables["extraction_errors"].column("stage").to_pylist() == ["estimates"]


def test_a_batch_that_could_not_run_becomes_one_error_per_article():
    articles = [cases.article("a1"), cases.article("a2")]
    tables = failed_batch(articles, "events", batch.WORKER_LOST, "the worker died")
    assert all(tables[name].num_rows == 0 for name in ("events", "estimates")) and "statements" not in tables
    errors = tables["extraction_errors"].to_pylist()
    assert [e["article_id"] for e in errors] == [a.article_id for a in articles]
    assert {e["stage"] for e in errors} == {"events"} and {e["error_type"] for e in errors} == {"WorkerLost"}
    assert len({e["error_id"] for e in errors}) == 2


def test_a_batch_counts_what_each_stage_dropped_and_why():
    text = 'The so-called "peace plan" failed in 2020. An attack helicopter landed.'
    dropped = Counter()
    tables = extract_batch([cases.article("p", text)], dropped=dropped)
    assert tables["extraction_errors"].num_rows == 0
    assert dropped["statements: quote read as no speech (a scare quote or title)"] == 1
    assert dropped["events: trigger read as a modifier or title"] == 1
    assert dropped["estimates: number read as year"] == 1


def test_a_stage_that_raises_adds_no_drops(monkeypatch):
    real = estimates.extract

    def counting_then_failing(doc, *args, dropped=None):
        real(doc, *args, dropped=dropped)
        raise ZeroDivisionError("float division by zero")

    monkeypatch.setattr(estimates, "extract", counting_then_failing)
    dropped = Counter()
    found = extract_article(cases.article("p", "In 2020, an attack helicopter landed."), dropped=dropped)
    assert found.error is not None and found.error.stage == "estimates"
    assert dropped == Counter({"events: trigger read as a modifier or title": 1})

