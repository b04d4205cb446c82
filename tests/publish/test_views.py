"""Where a release's HTML views are: in every release (the default), or rendered on demand for a frequent schedule."""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from etl import contract
from etl.cli import app
from etl.errors import EtlError
from etl.publish import stage as staging
from etl.publish.release import VIEWS_VARIABLE, views_in_release
from etl.publish.report import report
from tests.publish.test_increments import add, story


@pytest.fixture
def on_demand(monkeypatch, tmp_path: Path) -> tuple[Path, Path]:
    monkeypatch.setenv(VIEWS_VARIABLE, "on-demand")
    (tmp_path / "in").mkdir()
    return tmp_path / "out", tmp_path / "in"


def listed(release: Path) -> set[str]:
    return {f["path"] for f in json.loads((release / "datapackage.json").read_text())["x-files"]
            if not f["path"].startswith("schema/")}


def test_on_demand_releases_hold_no_views_and_say_how_to_render_them(on_demand):
    out, inputs = on_demand
    add(out, inputs, story(0), story(1))
    release = out / "1.0.0"
    assert not (release / "report.html").exists() and not (release / "data-docs").exists()
    assert listed(release) == {"changelog.parquet", "changelog.json", "CHANGELOG.md", "validation.json", "README.md"}
    card = (release / "README.md").read_text()
    assert "`etl report`" in card and "open `report.html`" not in card


def test_views_are_in_every_release_by_default(monkeypatch, tmp_path: Path):
    monkeypatch.delenv(VIEWS_VARIABLE, raising=False)
    (tmp_path / "in").mkdir()
    add(tmp_path / "out", tmp_path / "in", story(0))
    release = tmp_path / "out" / "1.0.0"
    assert (release / "report.html").is_file() and (release / "data-docs" / "index.html").is_file()
    assert {"report.html", "data-docs/index.html"} <= listed(release)


def test_a_choice_that_is_not_a_view_mode_is_refused(monkeypatch):
    monkeypatch.setenv(VIEWS_VARIABLE, "sometimes")
    with pytest.raises(EtlError, match="on-demand"):
        views_in_release()


def test_etl_report_and_validate_docs_render_an_on_demand_release(on_demand, tmp_path: Path):
    out, inputs = on_demand
    add(out, inputs, story(0), story(1))
    add(out, inputs, story(2))
    page, docs = tmp_path / "views" / "report.html", tmp_path / "views" / "docs"
    result = CliRunner().invoke(app, ["report", str(out / "latest"), "--out", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    shown = report(out / "latest").overview
    assert shown.version == "1.1.0" and shown.rows["articles"] == 3 and "1.1.0" in html
    result = CliRunner().invoke(app, ["validate", str(out / "1.0.0"), "--docs", str(docs)])
    assert result.exit_code == 0, result.output
    assert (docs / "index.html").is_file() and list((docs / "validations").rglob("events.html"))
    assert not (out / "1.0.0" / "data-docs").exists()  # written where asked, never into the release


def test_etl_report_names_a_folder_that_is_not_a_release(tmp_path: Path):
    result = CliRunner().invoke(app, ["report", str(tmp_path), "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 2 and "not a readable release" in result.output
    assert not (tmp_path / "r.html").exists()


def encodings(path: Path) -> set[str]:
    meta = pq.read_metadata(path)
    return {e for g in range(meta.num_row_groups) for c in range(meta.num_columns)
            for e in meta.row_group(g).column(c).encodings}


@pytest.mark.parametrize("small_limit, dictionary", [(1 << 30, False), (0, True)])
def test_a_small_part_is_written_plainly_and_a_large_one_with_dictionaries(tmp_path, monkeypatch, small_limit,
                                                                           dictionary):
    monkeypatch.setattr(staging, "SMALL_PART_BYTES", small_limit)
    rejects = pa.Table.from_pylist([{"reject_id": f"r{i}", "input_path": "in.jsonl", "line": i, "reason_code": "empty",
                                     "reason": "no text", "source_id": None} for i in range(50)],
                                   contract.load("rejects").arrow())
    stage = staging.Stage(tmp_path / "stage")
    stage.add("rejects", rejects)
    stage.close(["rejects"])
    [part] = stage.parts("rejects")
    path = stage.path(part)
    assert ("RLE_DICTIONARY" in encodings(path)) is dictionary
    assert pq.read_table(path).equals(rejects)


def test_a_small_part_delta_encodes_integers_and_keeps_statistics_only_where_readers_filter(tmp_path):
    rejects = pa.Table.from_pylist([{"reject_id": f"r{i}", "input_path": "in.jsonl", "line": i, "reason_code": "empty",
                                     "reason": f"no text in line {i}", "source_id": None} for i in range(50)],
                                   contract.load("rejects").arrow())
    stage = staging.Stage(tmp_path / "stage")
    stage.add("rejects", rejects)
    stage.close(["rejects"])
    meta = pq.read_metadata(stage.path(stage.parts("rejects")[0]))
    column = {meta.schema.column(c).name: meta.row_group(0).column(c) for c in range(meta.num_columns)}
    assert "DELTA_BINARY_PACKED" in column["line"].encodings
    assert column["line"].statistics.min == 0 and column["line"].statistics.max == 49
    assert column["reject_id"].is_stats_set and column["reason_code"].is_stats_set  # key, closed vocabulary
    assert not column["reason"].is_stats_set  # free text: its minimum would be a whole sentence
    assert pq.read_table(stage.path(stage.parts("rejects")[0])).equals(rejects)

