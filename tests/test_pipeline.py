"""The whole flow on Prefect's embedded server, through the CLI, as `make run` uses it."""
import json
import shutil

import duckdb
import pandas as pd
import polars as pl
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from etl.cli import app
from etl.contract import TABLES
from etl.paths import SAMPLES_DIR
from etl.publish.changelog import read_ids
from etl.validate.release import validate_release

NEW_ARTICLE = {
    "id": "pipeline-test-new", "source": "tests", "published_at": "2025-06-02",
    "text": "Police detained 12 activists in the capital on Sunday, the interior ministry said. "
            "\"They blocked the main road,\" a ministry spokesman told reporters.",
}


def etl_run(*args: str) -> dict:
    result = CliRunner().invoke(app, ["run", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def runs(prefect_server, tmp_path_factory) -> dict:
    """Run on the samples, again unchanged, then with one more article."""
    root = tmp_path_factory.mktemp("pipeline")
    inputs, out = root / "inputs", root / "published"
    shutil.copytree(SAMPLES_DIR, inputs)
    (inputs / "broken.jsonl").write_text('{"id": "ok", "text": "A short note."}\n{"id": "bad", "text": \n')
    first = etl_run(str(inputs), "--out", str(out), "--batch-size", "2")  # several batches: worker processes
    second = etl_run(str(inputs), "--out", str(out))
    (inputs / "more.jsonl").write_text(json.dumps(NEW_ARTICLE) + "\n")
    third = etl_run(str(inputs), "--out", str(out))
    return {"out": out, "first": first, "second": second, "third": third}


def test_first_run_publishes_a_valid_release_and_accounts_for_every_input(runs):
    first = runs["first"]
    assert first["created"] and first["release"] == "1.0.0"
    assert first["inputs"] == first["articles"] + first["rejects"]
    assert first["rejects_by_reason"] == {"malformed_json": 1}
    assert first["reject_details"][0]["line"] == 2
    assert all(first["rows"][t] > 0 for t in ("articles", "statements", "events", "estimates"))
    report = validate_release(runs["out"] / "1.0.0")
    assert report.success, report.failures


def test_the_same_input_again_leaves_one_release_and_extracts_nothing(runs):
    second = runs["second"]
    assert second["created"] is False and second["release"] == "1.0.0"
    assert (second["extracted"], second["unchanged"]) == (0, runs["first"]["articles"])


def test_one_more_article_is_a_minor_release_whose_changelog_lists_exactly_its_records(runs):
    third = runs["third"]
    assert third["created"] and third["release"] == "1.1.0" and third["previous"] == "1.0.0"
    assert third["extracted"] == 1 and third["unchanged"] == runs["first"]["articles"]
    release = runs["out"] / "1.1.0"
    log = read_ids(release / "changelog.parquet")
    articles = pq.read_table(release / "articles").to_pandas()
    [new_id] = articles.loc[articles.source_id == NEW_ARTICLE["id"], "article_id"]
    assert log["articles"] == {"added": [new_id], "changed": [], "removed": []}
    for table, pk in (("statements", "statement_id"), ("events", "event_id"), ("estimates", "estimate_id")):
        rows = pq.read_table(release / table).to_pandas()
        assert log[table]["added"] == sorted(rows.loc[rows.article_id == new_id, pk])
        assert log[table]["changed"] == [] and log[table]["removed"] == []
    assert log["statements"]["added"], "the new article's quote should be found"
    assert (runs["out"] / "latest").resolve() == release.resolve()
    # the run wrote only its own parts: the others are the very files of 1.0.0 (hard links)
    first = runs["out"] / "1.0.0"
    for table in ("articles", "statements", "events", "estimates"):
        old, new = sorted((first / table).glob("*.parquet")), sorted((release / table).glob("*.parquet"))
        assert new[:-1] == [] or [p.stat().st_ino for p in new[:-1]] == [p.stat().st_ino for p in old]
        assert new[-1].name.startswith("000002-") and new[-1].stat().st_ino not in {p.stat().st_ino for p in old}


@pytest.mark.parametrize("table", TABLES)
def test_pandas_duckdb_and_polars_read_every_table(runs, table):
    folder = runs["out"] / "latest" / table
    rows = sum(pq.read_metadata(p).num_rows for p in folder.glob("*.parquet"))
    assert rows == json.loads((folder.parent / "datapackage.json").read_text())["resources"][
        TABLES.index(table)]["x-rows"]
    assert len(pd.read_parquet(folder)) == rows
    assert duckdb.sql(f"select count(*) from '{folder}/*.parquet'").fetchall() == [(rows,)]
    assert pl.read_parquet(f"{folder}/*.parquet").height == rows


def test_a_new_extractor_version_reextracts_carried_articles_from_that_stage(prefect_server, tmp_path, monkeypatch):
    import etl.pipeline

    out = tmp_path / "published"
    first = etl_run(str(SAMPLES_DIR), "--out", str(out))
    bumped = dict(etl.pipeline.EXTRACTORS, estimates=["estimates-rules-next"])
    monkeypatch.setattr(etl.pipeline, "EXTRACTORS", bumped)
    second = etl_run(str(SAMPLES_DIR), "--out", str(out), "--batch-size", "2")  # refresh on worker processes
    assert (second["extracted"], second["unchanged"], second["refreshed"]) == (0, first["articles"], first["articles"])
    assert second["release"] == "1.1.0" and second["rows"] == first["rows"]
    package = json.loads((out / "1.1.0" / "datapackage.json").read_text())
    assert package["x-extractors"]["estimates"] == ["estimates-rules-next"]
    assert validate_release(out / "latest").success


def test_the_local_engine_publishes_what_the_prefect_flow_publishes(runs, tmp_path):
    """The plain pipeline, without Prefect, makes the same release from the same input."""
    inputs = tmp_path / "inputs"
    shutil.copytree(SAMPLES_DIR, inputs)
    (inputs / "broken.jsonl").write_text('{"id": "ok", "text": "A short note."}\n{"id": "bad", "text": \n')
    local = etl_run(str(inputs), "--out", str(tmp_path / "out"), "--engine", "local", "--batch-size", "2")
    assert local["rows"] == runs["first"]["rows"] and "prefect_start" not in local["timings"]
    for name in ("statements", "events", "estimates"):
        ours = pd.read_parquet(tmp_path / "out" / "latest" / name)
        flows = pd.read_parquet(runs["out"] / "1.0.0" / name)
        pd.testing.assert_frame_equal(ours, flows)


@pytest.mark.parametrize("args, words", [
    (["--engine", "nope"], "no engine named 'nope': choose one of local, prefect"),
    (["--engine", "local", "--dask-address", "tcp://127.0.0.1:1"], "--dask-address needs the prefect engine"),
])
def test_a_bad_engine_choice_is_a_bad_invocation(tmp_path, args, words):
    result = CliRunner().invoke(app, ["run", str(SAMPLES_DIR), "--out", str(tmp_path / "out"), *args])
    assert result.exit_code == 2 and words in result.output
