"""Operating newsfacts: the landing-zone schedule, run reports, and faults (kills, concurrent runs, bad validation)."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from typer.testing import CliRunner

from etl.cli import app
from etl.ingest.ledger import LEDGER, Ledger, fingerprint
from etl.paths import REPO_ROOT, SAMPLES_DIR
from etl.storage.store import Store
from etl.validate.release import validate_release
from tests.conftest import write_jsonl

ETL = str(Path(sys.executable).parent / "etl")
FAULTS = str(REPO_ROOT / "tests" / "faults")


def article(i: int) -> dict:
    return {"id": f"ops-{i}", "source": "tests", "published_at": "2025-02-0%d" % (1 + i % 9),
            "text": f"Police arrested {i + 2} people in the capital on Monday, officials said. Report {i}."}


# --- the ledger, without Prefect ---------------------------------------------------------------------


def test_the_ledger_lists_each_new_file_once_by_content(tmp_path: Path):
    raw = tmp_path / "raw"
    raw.mkdir()
    write_jsonl(raw / "a.jsonl", [article(1)])
    (raw / "b.txt").write_text("Some news.")
    (raw / "b.meta.json").write_text('{"id": "b"}')
    ledger = Ledger(raw)
    pending = ledger.pending("ds")
    assert sorted(p.name for p, _ in pending) == ["a.jsonl", "b.txt"]  # the sidecar goes with its article
    ledger.record(pending, "ds", "1.0.0")
    assert ledger.pending("ds") == [] and len(ledger.pending("other-dataset")) == 2
    (raw / "a.jsonl").rename(raw / "renamed.jsonl")
    assert ledger.pending("ds") == []  # same content, new name: already processed
    (raw / "b.meta.json").write_text('{"id": "b", "title": "now with a title"}')
    assert [p.name for p, _ in ledger.pending("ds")] == ["b.txt"]  # the sidecar changed
    assert (raw / LEDGER).name.startswith(".")  # never taken for an input


def test_fingerprints_follow_content():
    assert fingerprint(Path(SAMPLES_DIR / "wire.jsonl")) == fingerprint(Path(SAMPLES_DIR / "wire.jsonl"))
    assert fingerprint(SAMPLES_DIR / "river-floods.txt") != fingerprint(SAMPLES_DIR / "wire.jsonl")


# --- the schedule and run reports, on the embedded Prefect server -------------------------------------


def test_the_deployment_carries_its_cron_schedule_and_parameters(tmp_path: Path):
    from flows.landing import deployment

    d = deployment(str(tmp_path / "raw"), str(tmp_path / "out"), cron="0 * * * *", compact_parts=20)
    assert [s.schedule.cron for s in d.schedules] == ["0 * * * *"]
    assert d.parameters == {"raw_dir": str(tmp_path / "raw"), "dataset_dir": str(tmp_path / "out"),
                            "compact_parts": 20}


def test_serve_once_processes_new_files_exactly_once(prefect_server, tmp_path: Path):
    raw, out = tmp_path / "raw", tmp_path / "published"
    raw.mkdir()
    write_jsonl(raw / "first.jsonl", [article(1), article(2)])
    runner = CliRunner()
    first = runner.invoke(app, ["serve", "--once", "--raw", str(raw), "--out", str(out)])
    assert first.exit_code == 0, first.output
    assert Store(out).versions() == ["1.0.0"]
    again = runner.invoke(app, ["serve", "--once", "--raw", str(raw), "--out", str(out)])
    assert again.exit_code == 0 and "nothing new" in again.output
    (raw / "tuesday").mkdir()
    write_jsonl(raw / "tuesday" / "second.jsonl", [article(3)])
    third = runner.invoke(app, ["serve", "--once", "--raw", str(raw), "--out", str(out)])
    assert third.exit_code == 0 and "extracted 1," in third.output
    assert Store(out).versions() == ["1.0.0", "1.1.0"]
    assert [e.release for e in Ledger(raw).entries()] == ["1.0.0", "1.1.0"]
    # Published paths are relative to the landing zone, whatever else was pending in the run
    paths = pq.read_table(out / "latest" / "articles", columns=["input_path"])
    assert sorted(paths.column(0).to_pylist()) == ["first.jsonl", "first.jsonl", "tuesday/second.jsonl"]


def test_each_run_leaves_a_json_report_and_prefect_artifacts(prefect_server, tmp_path: Path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    inputs = tmp_path / "in"
    inputs.mkdir()
    write_jsonl(inputs / "a.jsonl", [article(5), "{broken"])
    done = CliRunner().invoke(app, ["run", str(inputs), "--out", str(tmp_path / "out"), "--json"])
    assert done.exit_code == 0, done.output
    summary = json.loads(done.stdout)
    report = json.loads(Path(summary["run_report"]).read_text())
    assert Path(summary["run_report"]).parent == tmp_path / "out" / "runs"
    assert report["release"] == "1.0.0" and report["rejects_by_reason"] == {"malformed_json": 1}
    assert report["validation"]["success"] is True and set(report["timings"]) >= {"ingest_extract", "validate"}
    with get_client(sync_client=True) as client:
        found = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["newsfacts-run", "newsfacts-rows"])))
    newest = {}
    for a in sorted(found, key=lambda a: a.created):  # other tests' runs made artifacts under the same keys
        newest[a.key] = a
    assert set(newest) == {"newsfacts-run", "newsfacts-rows"}
    assert "malformed JSON" in newest["newsfacts-run"].data and str(tmp_path / "out") in newest["newsfacts-run"].data


# --- faults -------------------------------------------------------------------------------------------


def etl_process(*args: str, **env: str) -> subprocess.Popen:
    """`etl` in its own process, talking to the test session's Prefect server."""
    return subprocess.Popen([ETL, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **env})


def test_a_run_killed_while_publishing_leaves_the_previous_release_and_the_next_run_succeeds(
        prefect_server, tmp_path: Path):
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    write_jsonl(inputs / "a.jsonl", [article(1)])
    assert etl_process("run", str(inputs), "--out", str(out)).wait() == 0
    write_jsonl(inputs / "b.jsonl", [article(2)])
    killed = etl_process("run", str(inputs), "--out", str(out),
                         PYTHONPATH=FAULTS, NEWSFACTS_KILL_ON_PUBLISH="1")
    assert killed.wait() == -9
    assert Store(out).versions() == ["1.0.0"] and os.readlink(out / "latest") == "1.0.0"
    assert validate_release(out / "latest").success
    assert any(p.name.startswith(".incoming-") for p in out.iterdir())  # the half-published leftover
    again = etl_process("run", str(inputs), "--out", str(out), "--json")
    stdout, _ = again.communicate()
    assert again.returncode == 0 and json.loads(stdout)["release"] == "1.1.0"
    assert not any(p.name.startswith(".incoming-") for p in out.iterdir())
    assert validate_release(out / "latest").success


def test_two_runs_at_once_wait_for_each_other_and_leave_a_consistent_dataset(prefect_server, tmp_path: Path):
    out = tmp_path / "out"
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        write_jsonl(tmp_path / name / "in.jsonl", [article(1 if name == "a" else 2)])
    runs = [etl_process("run", str(tmp_path / name), "--out", str(out), "--json") for name in ("a", "b")]
    results = [json.loads(r.communicate()[0]) for r in runs]
    assert all(r.returncode == 0 for r in runs)
    assert sorted(r["release"] for r in results) == ["1.0.0", "1.1.0"]
    assert Store(out).versions() == ["1.0.0", "1.1.0"]
    latest = validate_release(out / "latest")
    assert latest.success, latest.failures
    assert [r["rows"]["articles"] for r in sorted(results, key=lambda r: r["release"])] == [1, 2]


def test_a_failing_validation_publishes_nothing_and_says_why(prefect_server, tmp_path: Path, monkeypatch):
    import flows.pipeline

    real = flows.pipeline.extract_batch

    def ungrounded(articles, start="statements", prior=None, dropped=None):
        tables = real(articles, start, prior, dropped)
        s = tables["statements"]
        i = s.schema.get_field_index("content_start")
        tables["statements"] = s.set_column(i, s.schema.field(i), pa.array([0] * s.num_rows, pa.int32()))
        return tables

    monkeypatch.setattr(flows.pipeline, "extract_batch", ungrounded)
    inputs = tmp_path / "in"
    shutil.copytree(SAMPLES_DIR, inputs)
    done = CliRunner().invoke(app, ["run", str(inputs), "--out", str(tmp_path / "out")])
    assert done.exit_code == 1
    assert "nothing published" in done.output and "statements: content is grounded" in done.output
    assert Store(tmp_path / "out").versions() == []
    [report] = (tmp_path / "out" / "runs").iterdir()
    facts = json.loads(report.read_text())
    assert facts["release"] is None and facts["validation"]["success"] is False
    assert any("content is grounded" in f for f in facts["validation"]["failures"])
