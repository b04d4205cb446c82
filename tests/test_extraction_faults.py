"""Real news never stops a run: an extractor that raises, or a worker that dies, costs only its articles."""
import json
from pathlib import Path

import pyarrow.parquet as pq
from typer.testing import CliRunner

from etl.cli import app
from etl.extract import events
from etl.validate.release import validate_release
from tests import cases
from tests.conftest import write_jsonl
from tests.test_operations import FAULTS, etl_process

POISON = "The broken rule trips on this sentence."


def article(i: int, text: str | None = None) -> dict:
    return {"id": f"fault-{i}", "source": "tests", "published_at": "2025-02-03",
            "text": text or f'Police arrested {i + 2} people in the capital on Monday. "We keep order," '
                            f"the police chief said. Report {i}."}


def run(*args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(app, ["run", *args, "--json"])
    return result.exit_code, json.loads(result.stdout[result.stdout.index("{"):])


def table(release: Path, name: str) -> list[dict]:
    return pq.read_table(release / name).to_pylist()


def test_an_article_whose_extraction_raises_is_published_without_its_later_records_and_retried(
        prefect_server, tmp_path: Path, monkeypatch):
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    poisoned = article(2, f'{POISON} "We will rebuild," the mayor said. Rebels attacked the town on Monday.')
    write_jsonl(inputs / "news.jsonl", [article(1), poisoned, article(3)])
    real = events.extract
    cases.raise_on(monkeypatch, events, POISON)
    done = CliRunner().invoke(app, ["run", str(inputs), "--out", str(out), "--strict"])
    assert done.exit_code == 1  # --strict: the release is published, and the exit status says some articles failed
    assert "1.0.0 published" in done.output
    assert "extraction failed for 1 article:" in done.output and "fault-2" in done.output
    [report] = (out / "runs").iterdir()
    first = json.loads(report.read_text())
    assert first["release"] == "1.0.0" and first["articles"] == 3
    [error] = first["extraction_errors"]
    assert (error["source_id"], error["stage"], error["extractor"], error["error_type"], error["message"]) == (
        "fault-2", "events", events.VERSION, "ZeroDivisionError", "float division by zero")
    release = out / "1.0.0"
    assert len(table(release, "articles")) == 3
    assert table(release, "extraction_errors")[0]["article_id"] == error["article_id"]
    by_article = {a["article_id"]: a["source_id"] for a in table(release, "articles")}
    assert "fault-2" in {by_article[s["article_id"]] for s in table(release, "statements")}  # the stage before
    assert "fault-2" not in {by_article[e["article_id"]] for e in table(release, "events")}
    assert validate_release(out / "latest").success
    card = (release / "README.md").read_text()
    assert "The extraction of 1 article failed" in card and "ZeroDivisionError" in card
    page = (release / "report.html").read_text()
    assert 'id="quality"' in page and error["article_id"] in page

    # Fixed: the next run extracts the failed article again, and only it
    monkeypatch.setattr(events, "extract", real)
    code, second = run(str(inputs), "--out", str(out))
    assert code == 0 and second["release"] == "1.1.0"
    assert (second["extracted"], second["unchanged"], second["retried"]) == (0, 3, 1)
    assert second["extraction_errors"] == [] and table(out / "1.1.0", "extraction_errors") == []
    assert "fault-2" in {by_article[e["article_id"]] for e in table(out / "1.1.0", "events")}
    changes = json.loads((out / "1.1.0" / "changelog.json").read_text())["tables"]
    assert changes["articles"] == {"added": 0, "changed": 0, "removed": 0}
    assert changes["events"]["added"] > 0 and changes["events"]["removed"] == 0
    # Nothing failed, nothing new: nothing to publish
    code, third = run(str(inputs), "--out", str(out))
    assert (code, third["release"], third["created"], third["retried"]) == (0, "1.1.0", False, 0)


def test_a_worker_that_dies_costs_only_its_batch(prefect_server, tmp_path: Path):
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    write_jsonl(inputs / "news.jsonl", [article(1), article(2, f"{POISON} Officials said so."), article(3),
                                        article(4)])
    done = etl_process("run", str(inputs), "--out", str(out), "--json", "--batch-size", "1",
                       PYTHONPATH=FAULTS, NEWSFACTS_KILL_ON_TEXT=POISON)
    stdout, stderr = done.communicate(timeout=600)
    assert done.returncode == 0, stderr
    summary = json.loads(stdout)
    assert summary["release"] == "1.0.0" and summary["rows"]["articles"] == 4
    [error] = summary["extraction_errors"]
    assert (error["source_id"], error["stage"], error["error_type"]) == ("fault-2", "statements", "WorkerLost")
    assert "died twice" in error["message"]
    speakers = {s["article_id"] for s in table(out / "1.0.0", "statements")}
    assert len(speakers) == 3 and error["article_id"] not in speakers  # the other batches, retried or not, are whole
    assert validate_release(out / "latest").success
