"""gx/ is the Great Expectations project its users read: generated from schemas/, and what validation runs."""
import json
import shutil
from pathlib import Path

from etl import contract
from etl.validate import suites
from etl.validate.expectations import checks
from etl.validate.validate import validate_tables
from tests import cases


def _suite(project: Path, table: str) -> dict:
    return json.loads((project / "expectations" / f"{table}.json").read_text(encoding="utf-8"))


def test_the_checked_in_project_is_what_the_schemas_make(tmp_path: Path):
    assert suites.write_project(tmp_path) is True
    assert suites.project_files(tmp_path) == suites.project_files(suites.GX_DIR), \
        "gx/ is stale against schemas/: run `make suites`"
    assert suites.write_project(tmp_path) is False, "writing the project again must change no file"


def test_every_expectation_names_its_check_and_says_whether_it_blocks_a_release():
    for table in contract.TABLES:
        expectations = _suite(suites.GX_DIR, table)["expectations"]
        assert [(e["meta"]["check"], e["meta"]["kind"]) for e in expectations] == [
            (c.name, c.kind) for c in checks(contract.load(table))]
        for e in expectations:
            assert e["severity"] == {"invariant": "critical", "plausibility": "warning"}[e["meta"]["kind"]]
            assert e["description"].startswith(e["meta"]["check"])


def test_the_release_checkpoint_validates_every_table_and_builds_data_docs():
    checkpoint = json.loads((suites.GX_DIR / "checkpoints" / f"{suites.CHECKPOINT}.json").read_text())
    assert [d["name"] for d in checkpoint["validation_definitions"]] == list(contract.TABLES)
    assert checkpoint["actions"] == [{"name": "data-docs", "site_names": [suites.SITE], "type": "update_data_docs"}]
    for table in contract.TABLES:
        definition = json.loads((suites.GX_DIR / "validation_definitions" / f"{table}.json").read_text())
        assert definition["suite"]["name"] == table and definition["data"]["asset"]["name"] == table


def test_validation_holds_tables_to_the_suites_in_gx(tmp_path: Path, monkeypatch):
    """An edit to a checked-in suite changes what validation demands: the suites are read, not rebuilt."""
    project = tmp_path / "gx"
    shutil.copytree(suites.GX_DIR, project)
    path = project / "expectations" / "events.json"
    suite = json.loads(path.read_text())
    vocabulary = next(e for e in suite["expectations"] if e["meta"]["check"] == "event_type is in its vocabulary")
    vocabulary["kwargs"]["value_set"] = ["AGREE"]
    vocabulary["meta"]["check"] = "event_type is AGREE"
    path.write_text(json.dumps(suite))
    t = cases.tables("a1")
    assert t["events"]["event_type"].to_pylist() != ["AGREE"]
    monkeypatch.setattr(suites, "GX_DIR", project)
    assert validate_tables(t).failures == [
        f"events: event_type is AGREE: 1 row(s) fail (e.g. {t['events']['event_id'][0].as_py()})"]
