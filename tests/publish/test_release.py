import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from etl import contract
from etl.errors import ReleaseError, ValidationFailed
from etl.paths import SCHEMA_DIR
from etl.publish.assemble import carry_over_unchanged, finish, increment
from etl.publish.changelog import read_ids
from etl.storage.datapackage import file_facts
from etl.publish.release import Release, load_latest, publish
from etl.publish.stage import Stage
from etl.storage.store import Store
from etl.tables import to_table
from etl.validate.release import validate_release
from etl.validate.increment import validate_increment
from etl.validate.validate import CheckResult, ValidationReport, validate_folder
from tests import cases

EXTRACTORS = {"statements": ["tests-1"], "events": ["tests-1"], "estimates": ["tests-1"]}


def release(dataset: Path, fresh: dict[str, pa.Table], report: ValidationReport | None = None,
            extractors: dict[str, list[str]] = EXTRACTORS) -> Release:
    """What the flow does under the lock: stage the fresh tables, carry over the rest, validate, publish."""
    store = Store(dataset)
    with store.lock():
        previous = load_latest(store)
        stage = Stage(store.staging(), previous.next_position if previous else 1)
        stage.add_all({name: fresh[name] for name in contract.CONTENT_TABLES})
        if previous:
            carry_over_unchanged(stage, previous, set(fresh["articles"]["article_id"].to_pylist()))
        finish(stage, [], previous)
        return publish(store, stage, report or validate_increment(increment(stage, previous)), previous, extractors)


def test_first_release_has_every_file_and_latest_points_at_it(tmp_path: Path):
    r = release(tmp_path, cases.tables("a1"))
    assert (r.version, r.created, r.previous) == ("1.0.0", True, None)
    folder = Path(r.location)
    assert {p.name for p in folder.iterdir()} >= {
        "articles", "statements", "events", "estimates", "estimate_groups", "extraction_errors",
        "rejects", "datapackage.json", "changelog.json", "changelog.parquet", "CHANGELOG.md", "validation.json", "README.md"}
    assert os.readlink(tmp_path / "latest") == "1.0.0"
    package = json.loads((folder / "datapackage.json").read_text())
    assert package["version"] == "1.0.0" and package["x-previous-version"] is None
    stmts = next(res for res in package["resources"] if res["name"] == "statements")
    [path] = stmts["path"]
    # the facts of its parts are in the release's part list, checksummed in the package
    [listed] = package["x-part-lists"]
    assert "x-parts" not in stmts and listed["path"].startswith("part-lists/000001-") and listed["added_in"] == "1.0.0"
    size, sha = file_facts(folder / listed["path"])
    assert (listed["bytes"], listed["hash"]) == (size, f"sha256:{sha}")
    facts = {e["path"]: e for e in json.loads((folder / listed["path"]).read_text())["parts"]}
    assert listed["rows"] == len(facts) == len(contract.TABLES)  # one part per table
    part = facts[path]
    assert stmts["x-rows"] == 1 and part["hash"].startswith("sha256:") and part["bytes"] == (folder / path).stat().st_size
    assert (folder / path).is_file() and part["added_in"] == "1.0.0" and path.endswith(part["hash"][7:23] + ".parquet")
    assert stmts["schema"] == "schema/statements.json"  # a file of the release, shared while the schema stays
    assert json.loads((folder / stmts["schema"]).read_text()) == json.loads((SCHEMA_DIR / "statements.json").read_text())
    read = cases.package(folder)  # as readers see it: schemas read in, the parts' facts from the list
    assert [{k: v for k, v in r.items() if k != "x-parts"} for r in read["resources"]] == [
        dict(r, schema=json.loads((SCHEMA_DIR / f"{r['name']}.json").read_text())) for r in package["resources"]]
    assert [{k: e[k] for k in ("bytes", "hash")} for e in next(r for r in read["resources"]
                                                                if r["name"] == "statements")["x-parts"]] == [
        {k: part[k] for k in ("bytes", "hash")}]
    assert package["x-extractors"] == EXTRACTORS
    assert json.loads((folder / "validation.json").read_text())["success"] is True


def test_the_same_content_again_makes_no_new_release(tmp_path: Path):
    first = release(tmp_path, cases.tables("a1"))
    again = release(tmp_path, cases.tables("a1"))
    assert (again.created, again.version) == (False, first.version)
    assert Store(tmp_path).versions() == ["1.0.0"]
    assert not any(p.name.startswith(".incoming-") for p in tmp_path.iterdir())


def test_a_new_article_makes_a_minor_release_listing_exactly_its_records(tmp_path: Path):
    release(tmp_path, cases.tables("a1"))
    second = release(tmp_path, cases.tables("a2"))
    assert second.version == "1.1.0" and second.previous == "1.0.0"
    log = read_ids(Path(second.location) / "changelog.parquet")
    assert json.loads((Path(second.location) / "changelog.json").read_text())["tables"]["estimates"] == {
        "added": 1, "changed": 0, "removed": 0}
    fresh = cases.tables("a2")
    assert log["articles"] == {"added": fresh["articles"]["article_id"].to_pylist(), "changed": [], "removed": []}
    assert log["estimates"]["added"] == fresh["estimates"]["estimate_id"].to_pylist()
    assert log["statements"] == {"added": [], "changed": [], "removed": []}
    meta = pq.read_metadata(Path(second.location) / "changelog.parquet")
    ids = meta.row_group(0).column(meta.schema.names.index("id"))
    assert ids.compression == "ZSTD" and "RLE_DICTIONARY" not in ids.encodings  # unique ids: no dictionary page
    # the earlier article and its records are carried over
    latest = Path(second.location)
    assert pq.read_table(latest / "articles").num_rows == 2
    assert pq.read_table(latest / "statements").num_rows == 1


def test_a_corrected_record_makes_a_patch_release(tmp_path: Path):
    release(tmp_path, cases.tables("a1"))
    fixed = cases.tables("a1")
    s = cases.statement(cases.article("a1"), '"We will retake it,"', "the governor", "said")
    s.speaker_role = "governor"
    fixed["statements"] = to_table("statements", [s])
    r = release(tmp_path, fixed)
    assert r.version == "1.0.1"
    log = read_ids(Path(r.location) / "changelog.parquet")
    assert log["statements"]["changed"] == [s.statement_id]


def test_a_new_extractor_version_is_a_minor_release(tmp_path: Path):
    release(tmp_path, cases.tables("a1"))
    r = release(tmp_path, cases.tables("a1"), extractors=EXTRACTORS | {"events": ["tests-2"]})
    assert r.version == "1.1.0"


def test_a_failed_validation_publishes_nothing_and_says_why(tmp_path: Path):
    failed = ValidationReport([CheckResult("statements", "content is grounded", False, 1, ["abc"])])
    with pytest.raises(ValidationFailed, match="content is grounded.*abc"):
        release(tmp_path, cases.tables("a1"), failed)
    assert Store(tmp_path).versions() == [] and not (tmp_path / "latest").exists()
    assert not any(p.name.startswith(".incoming-") for p in tmp_path.iterdir())


def test_a_crash_while_writing_leaves_the_previous_release_and_the_next_run_recovers(tmp_path: Path, monkeypatch):
    release(tmp_path, cases.tables("a1"))
    real_rename = os.rename

    def crash(*args):
        raise OSError("power cut")

    monkeypatch.setattr(os, "rename", crash)
    with pytest.raises(OSError, match="power cut"):
        release(tmp_path, cases.tables("a2"))
    monkeypatch.setattr(os, "rename", real_rename)
    assert Store(tmp_path).versions() == ["1.0.0"] and os.readlink(tmp_path / "latest") == "1.0.0"
    assert any(p.name.startswith(".incoming-") for p in tmp_path.iterdir())
    r = release(tmp_path, cases.tables("a2"))
    assert r.version == "1.1.0" and not any(p.name.startswith(".incoming-") for p in tmp_path.iterdir())


def test_latest_is_repaired_when_a_run_died_before_switching_it(tmp_path: Path):
    release(tmp_path, cases.tables("a1"))
    release(tmp_path, cases.tables("a2"))
    (tmp_path / "latest").unlink()
    os.symlink("1.0.0", tmp_path / "latest")
    with Store(tmp_path).lock():
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
    with Store(tmp_path).lock():
        with pytest.raises(ReleaseError, match="locked by another run"):
            with Store(tmp_path).lock(timeout=0.5):
                pass


def test_previous_release_reads_lazily_what_the_next_run_needs(tmp_path: Path):
    release(tmp_path, cases.tables("a1", "a2"))
    previous = load_latest(Store(tmp_path))
    assert previous.version == "1.0.0" and previous.extractors == EXTRACTORS
    articles = cases.tables("a1", "a2")["articles"]
    assert previous.article_index == dict(zip(articles["article_id"].to_pylist(),
                                              articles["text_sha256"].to_pylist()))
    first, second = articles["article_id"].to_pylist()
    assert previous.text_sha256(second) == articles["text_sha256"][1].as_py()
    assert previous.text_sha256("no-such-article") is None


def test_a_run_of_new_articles_reads_the_ids_and_not_the_text_hashes(tmp_path: Path, monkeypatch):
    release(tmp_path, cases.tables("a1", "a2"))
    previous = load_latest(Store(tmp_path))
    read = []
    real = previous.parquet

    def parquet(name):
        files = real(name)
        original = files.read
        files.read = lambda columns=None, **options: (read.append(tuple(columns or ())), original(columns, **options))[1]
        return files

    monkeypatch.setattr(previous, "parquet", parquet)
    assert previous.text_sha256("no-such-article") is None
    assert read == [("article_id",)]


def test_a_release_ships_its_data_docs_every_file_listed_with_bytes_and_sha256(tmp_path: Path):
    folder = Path(release(tmp_path, cases.tables("a1")).location)
    site = folder / "data-docs"
    assert (site / "index.html").is_file() and (site / "expectations" / "events.html").is_file()
    assert len(list((site / "validations").rglob("*.html"))) == len(contract.TABLES)
    package = json.loads((folder / "datapackage.json").read_text())
    listed = {entry["path"]: entry for entry in package["x-files"]}
    files = [p for p in site.rglob("*") if p.is_file()]
    assert {p.relative_to(folder).as_posix() for p in files} <= set(listed)
    for path in files:
        size, sha = file_facts(path)
        assert listed[path.relative_to(folder).as_posix()] == {
            "path": path.relative_to(folder).as_posix(), "bytes": size, "hash": f"sha256:{sha}"}
    assert "data-docs/index.html" in (folder / "report.html").read_text()
    assert validate_release(str(folder)).success


def test_a_release_published_to_s3_carries_its_data_docs_and_validates_from_there(s3):
    store = Store("s3://newsfacts/dataset")
    with store.lock():
        stage = Stage(store.staging())
        stage.add_all(cases.tables("a1"))
        stage.close()
        r = publish(store, stage, validate_folder(stage.folder), None, EXTRACTORS)
    keys = {o["Key"] for o in s3.list_objects_v2(Bucket="newsfacts")["Contents"]}
    package = json.loads(s3.get_object(Bucket="newsfacts", Key="dataset/1.0.0/datapackage.json")["Body"].read())
    docs = [e["path"] for e in package["x-files"] if e["path"].startswith("data-docs/")]
    assert "data-docs/index.html" in docs and {f"dataset/1.0.0/{path}" for path in docs} <= keys
    assert validate_release(r.location).success
    s3.put_object(Bucket="newsfacts", Key="dataset/1.0.0/data-docs/index.html", Body=b"<html>edited</html>")
    failures = validate_release("s3://newsfacts/dataset/latest").failures
    assert any(f.startswith("release: data-docs/index.html: checksum") for f in failures), failures
