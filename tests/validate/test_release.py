import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from typer.testing import CliRunner

from etl.cli import app
from etl.storage.datapackage import file_facts
from etl.validate.release import validate_release
from tests import cases


def _release(tmp_path: Path) -> Path:
    return cases.published(cases.tables("a1", "a2"), tmp_path)


def _part(release: Path, table: str) -> Path:
    [path] = (release / table).glob("*.parquet")
    return path


def test_a_published_release_validates(tmp_path: Path):
    report = validate_release(str(_release(tmp_path)))
    assert report.success, report.failures
    assert any("checksum" in r.check for r in report.results)
    assert any("grounded" in r.check for r in report.results)


def test_one_changed_byte_fails_the_checksum_of_that_file(tmp_path: Path):
    path = _part(_release(tmp_path), "statements")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    report = validate_release(str(path.parent.parent))
    assert not report.success
    assert any(f.startswith("statements: checksum") for f in report.failures), report.failures


def test_a_missing_file_fails(tmp_path: Path):
    release = _release(tmp_path)
    path = _part(release, "events")
    path.unlink()
    assert f"events: file events/{path.name} is present: failed" in validate_release(str(release)).failures


def test_a_release_without_datapackage_fails(tmp_path: Path):
    release = _release(tmp_path)
    (release / "datapackage.json").unlink()
    assert not validate_release(str(release)).success


def test_a_table_rewritten_with_bad_rows_and_matching_checksums_still_fails_its_expectations(tmp_path: Path):
    """Checksums prove integrity, not correctness: re-hashing a tampered file must not pass validation."""
    release = _release(tmp_path)
    path = _part(release, "statements")
    table = pq.read_table(path)
    i = table.schema.get_field_index("content_end")
    table = table.set_column(i, table.schema.field(i), pa.array([table["content_end"][0].as_py() - 1], pa.int32()))
    pq.write_table(table, path)
    # the part list that gives the part's facts, and the package that checksums the list, made to match
    package = json.loads((release / "datapackage.json").read_text())
    [listed] = package["x-part-lists"]
    part_list = release / listed["path"]
    facts = json.loads(part_list.read_text())
    for entry in facts["parts"]:
        if entry["path"] == f"statements/{path.name}":
            entry["bytes"], sha = file_facts(path)
            entry["hash"] = f"sha256:{sha}"
    part_list.unlink()  # a hard link to the part store's copy: break it, as a careless edit would not
    part_list.write_text(json.dumps(facts))
    listed["bytes"], sha = file_facts(part_list)
    listed["hash"] = f"sha256:{sha}"
    (release / "datapackage.json").write_text(json.dumps(package))
    failures = validate_release(str(release)).failures
    assert any("statements: content is grounded" in f for f in failures), failures


def test_cli_validate_exits_zero_on_a_good_release_and_names_the_failed_check_otherwise(tmp_path: Path):
    release = _release(tmp_path)
    runner = CliRunner()
    ok = runner.invoke(app, ["validate", str(release)])
    assert ok.exit_code == 0, ok.output
    path = _part(release, "articles")
    data = bytearray(path.read_bytes())
    data[-100] ^= 0xFF
    path.write_bytes(bytes(data))
    bad = runner.invoke(app, ["validate", str(release)])
    assert bad.exit_code == 1
    assert "articles: checksum" in bad.output


def test_the_card_and_report_are_checksummed_too(tmp_path: Path):
    release = _release(tmp_path)
    assert validate_release(str(release)).success
    card = release / "README.md"
    card.write_text(card.read_text() + "\nAn edit nobody published.\n")
    failures = validate_release(str(release)).failures
    assert any(f.startswith("release: README.md: checksum") for f in failures), failures


def test_an_edited_data_docs_page_fails_its_checksum(tmp_path: Path):
    release = _release(tmp_path)
    page = next((release / "data-docs" / "validations").rglob("events.html"))
    page.write_text(page.read_text() + "<!-- edited -->")
    failures = validate_release(str(release)).failures
    edited = page.relative_to(release).as_posix()
    assert len(failures) == 1 and failures[0].startswith(f"release: {edited}: checksum"), failures
