import json
import os
from pathlib import Path

import pyarrow as pa
import pytest

from etl.errors import ReleaseError, ValidationFailed
from etl.publish.merge import release_candidate
from etl.publish.release import dataset_lock, load_latest, publish, versions
from etl.tables import to_table
from etl.validate.validate import CheckResult, ValidationReport, validate_tables
from tests import cases

PASSED = ValidationReport([CheckResult("articles", "stand-in for a passed validation", True)])


def release(dataset: Path, fresh: dict[str, pa.Table], report: ValidationReport | None = None):
    """What the flow does under the lock: merge with the latest release, validate, publish."""
    with dataset_lock(dataset):
        previous = load_latest(dataset)
        candidate = release_candidate(previous.tables if previous else None, fresh, fresh["rejects"])
        return publish(candidate, dataset, report or validate_tables(candidate), previous)


def test_first_release_has_every_file_and_latest_points_at_it(tmp_path: Path):
    r = release(tmp_path, cases.tables("a1"))
    assert (r.version, r.created, r.previous) == ("1.0.0", True, None)
    names = {p.name for p in r.path.iterdir()}
    assert {"articles.parquet", "statements.parquet", "events.parquet", "estimates.parquet",
            "estimate_groups.parquet", "rejects.parquet",
            "datapackage.json", "changelog.json", "CHANGELOG.md", "validation.json", "README.md"} <= names
    assert os.readlink(tmp_path / "latest") == "1.0.0"
    package = json.loads((r.path / "datapackage.json").read_text())
    assert package["version"] == "1.0.0" and package["x-previous-version"] is None
    stmts = next(res for res in package["resources"] if res["name"] == "statements")
    assert stmts["x-rows"] == 1 and stmts["hash"].startswith("sha256:") and stmts["bytes"] > 0
    assert stmts["schema"]["primaryKey"] == ["statement_id"]
    assert package["x-extractors"]["statements"] == ["tests-1"]
    assert json.loads((r.path / "validation.json").read_text())["success"] is True


def test_the_same_content_again_makes_no_new_release(tmp_path: Path):
    first = release(tmp_path, cases.tables("a1"))
    again = release(tmp_path, cases.tables("a1"))
    assert (again.created, again.version) == (False, first.version)
    assert versions(tmp_path) == ["1.0.0"]


def test_a_new_article_makes_a_minor_release_listing_exactly_its_records(tmp_path: Path):
    release(tmp_path, cases.tables("a1"))
    second = release(tmp_path, cases.tables("a2"))
    assert second.version == "1.1.0" and second.previous == "1.0.0"
    log = json.loads((second.path / "changelog.json").read_text())["tables"]
    fresh = cases.tables("a2")
    assert log["articles"] == {"added": fresh["articles"]["article_id"].to_pylist(), "changed": [], "removed": []}
    assert log["estimates"]["added"] == fresh["estimates"]["estimate_id"].to_pylist()
    assert log["statements"] == {"added": [], "changed": [], "removed": []}
    # the earlier article and its records are carried over
    latest = load_latest(tmp_path)
    assert latest.tables["articles"].num_rows == 2 and latest.tables["statements"].num_rows == 1


def test_a_corrected_record_makes_a_patch_release(tmp_path: Path):
    release(tmp_path, cases.tables("a1"))
    fixed = cases.tables("a1")
    a = cases.article("a1")
    s = cases.statement(a, '"We will retake it,"', "the governor", "said")
    s.speaker_role = "governor"
    fixed["statements"] = to_table("statements", [s])
    r = release(tmp_path, fixed)
    assert r.version == "1.0.1"
    log = json.loads((r.path / "changelog.json").read_text())["tables"]
    assert log["statements"]["changed"] == [s.statement_id]


def test_reingesting_unchanged_text_keeps_when_it_was_first_seen(tmp_path: Path):
    first = release(tmp_path, cases.tables("a1"))
    again = cases.tables("a1")
    later = again["articles"].set_column(
        again["articles"].schema.get_field_index("input_path"), again["articles"].schema.field("input_path"),
        pa.array(["elsewhere/a1.txt"]))
    again["articles"] = later
    assert release(tmp_path, again).created is False
    assert load_latest(tmp_path).tables["articles"]["input_path"].to_pylist() == ["tests/a1.txt"]
    assert first.version == "1.0.0"


def test_a_failed_validation_publishes_nothing_and_says_why(tmp_path: Path):
    failed = ValidationReport([CheckResult("statements", "content is grounded", False, 1, ["abc"])])
    with pytest.raises(ValidationFailed, match="content is grounded.*abc"):
        release(tmp_path, cases.tables("a1"), failed)
    assert versions(tmp_path) == [] and not (tmp_path / "latest").exists()


def test_a_crash_while_writing_leaves_the_previous_release_and_the_next_run_recovers(tmp_path: Path, monkeypatch):
    release(tmp_path, cases.tables("a1"))
    real_rename = os.rename

    def crash(*args):
        raise OSError("power cut")

    monkeypatch.setattr(os, "rename", crash)
    with pytest.raises(OSError, match="power cut"):
        release(tmp_path, cases.tables("a2"))
    monkeypatch.setattr(os, "rename", real_rename)
    assert versions(tmp_path) == ["1.0.0"] and os.readlink(tmp_path / "latest") == "1.0.0"
    assert any(p.name.startswith(".incoming-") for p in tmp_path.iterdir())
    r = release(tmp_path, cases.tables("a2"))
    assert r.version == "1.1.0" and not any(p.name.startswith(".incoming-") for p in tmp_path.iterdir())


def test_latest_is_repaired_when_a_run_died_before_switching_it(tmp_path: Path):
    release(tmp_path, cases.tables("a1"))
    release(tmp_path, cases.tables("a2"))
    (tmp_path / "latest").unlink()
    os.symlink("1.0.0", tmp_path / "latest")
    with dataset_lock(tmp_path):
        pass
    assert os.readlink(tmp_path / "latest") == "1.1.0"


def test_a_release_folder_is_never_rewritten(tmp_path: Path):
    release(tmp_path, cases.tables("a1"))
    (tmp_path / "1.1.0").mkdir()  # someone else's folder where the next release would go
    (tmp_path / "1.1.0" / "notes.txt").write_text("mine")
    with pytest.raises(ReleaseError, match="never rewritten"):
        release(tmp_path, cases.tables("a2"))
    assert [p.name for p in (tmp_path / "1.1.0").iterdir()] == ["notes.txt"]


def test_a_second_run_waits_for_the_lock_and_then_gives_up_clearly(tmp_path: Path):
    with dataset_lock(tmp_path):
        with pytest.raises(ReleaseError, match="locked by another run"):
            with dataset_lock(tmp_path, timeout=0.5):
                pass
