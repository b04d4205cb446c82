"""Releases share unchanged parts: a run writes what it adds, old releases stay whole, compaction and pruning keep content."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from etl import contract
from etl.pipeline import run, run_landing
from etl.publish.groups import estimate_groups
from etl.publish.maintain import compact, merge_plan, prune
from etl.storage.parts import REWRITTEN, SPANNING, PartEntry, TableFiles, is_spanning, position_of, spanning_position
from etl.storage.store import Store
from etl.validate.increment import Increment, validate_increment
from etl.validate.release import validate_release
from tests.conftest import write_jsonl

# Towns of our own, which no gazetteer knows, beside one capital: the arrests "in Kova" are counts of their own
# article, those in Khartoum figures of Sudan that stories of that place share.
PLACES = [("Kova", "Syria"), ("Khartoum", "Sudan"), ("Lenga", "Iraq"), ("Dalo", "Congo")]
PEOPLE = ["Lena Petrossian", "Omar Haddad", "Marta Kovac", "Samuel Osei"]


def story(i: int, text: str | None = None) -> dict:
    """A short news story of our own; stories of one place give figures of the same subject."""
    city, country = PLACES[i % len(PLACES)]
    person = PEOPLE[i % len(PEOPLE)]
    default = (f'At least {10 + i} people were killed in {city}, {country}, on 3 March, {person} said. '
               f'"We will rebuild every house," {person} told reporters on Tuesday. '
               f"Police arrested {5 + i} protesters in {city}.")
    return {"id": f"story-{i}", "source": "tests", "published_at": "2024-03-05", "title": f"Story {i}",
            "text": text or default}


def add(dataset: Path, inputs: Path, *stories: dict) -> str:
    """One run of the plain pipeline with these stories as a new input file; the version it publishes."""
    path = write_jsonl(inputs / f"batch-{len(list(inputs.glob('*.jsonl')))}.jsonl", list(stories))
    return run(str(path), str(dataset)).release


def parts(release: Path, table: str) -> list[Path]:
    return sorted((release / table).glob("*.parquet"))


def read(release: Path, table: str) -> pd.DataFrame:
    return pd.read_parquet(release / table)


@pytest.fixture
def dataset(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "in").mkdir()
    return tmp_path / "out", tmp_path / "in"


def test_a_run_writes_only_its_own_parts_and_shares_the_others(dataset):
    out, inputs = dataset
    assert add(out, inputs, story(0), story(1)) == "1.0.0"
    assert add(out, inputs, story(2)) == "1.1.0"
    first, second = out / "1.0.0", out / "1.1.0"
    for table in contract.CONTENT_TABLES:
        old, new = parts(first, table), parts(second, table)
        assert [p.stat().st_ino for p in new[:-1]] == [p.stat().st_ino for p in old]  # the same files
        assert new[-1].name.startswith("000002-") and new[-1].stat().st_ino not in {p.stat().st_ino for p in old}
        for p in new:  # one copy on disk: the release's link and the part store's
            assert p.stat().st_nlink >= 2 and (out / "parts" / table / p.name).stat().st_ino == p.stat().st_ino
    package = json.loads((second / "datapackage.json").read_text())
    articles = next(r for r in package["resources"] if r["name"] == "articles")
    facts = next(r for r in Store(out).read_package("1.1.0")["resources"] if r["name"] == "articles")["x-parts"]
    assert [(path.split("/")[1][:6], p["added_in"]) for path, p in zip(articles["path"], facts)] == [
        ("000001", "1.0.0"), ("000002", "1.1.0")]
    assert "x-parts" not in articles and articles["x-rows"] == 3  # the facts are in the runs' part lists
    # each run lists the parts it added; the second release shares the first run's list (one file on disk)
    lists = [entry["path"] for entry in package["x-part-lists"]]
    assert [p.split("/")[1][:6] for p in lists] == ["000001", "000002"]
    assert (first / lists[0]).stat().st_ino == (second / lists[0]).stat().st_ino == (
        out / "parts" / lists[0]).stat().st_ino
    assert read(second, "articles")["source_id"].tolist() == ["story-0", "story-1", "story-2"]
    # the Data Docs' suite pages did not change: the new release links to the same files
    suite = Path("data-docs/expectations/events.html")
    assert (first / suite).stat().st_ino == (second / suite).stat().st_ino
    # so did the schemas: datapackage.json names each table's schema file, which releases share
    assert articles["schema"] == "schema/articles.json"
    assert all((first / "schema" / f"{t}.json").stat().st_ino == (second / "schema" / f"{t}.json").stat().st_ino
               for t in ("articles", "events", "statements"))


def test_an_old_release_validates_after_later_ones_and_reads_as_it_was(dataset):
    out, inputs = dataset
    add(out, inputs, story(0))
    before = read(out / "1.0.0", "statements")
    for i in range(1, 6):
        add(out, inputs, story(i))
    assert Store(out).versions()[-1] == "1.5.0"
    report = validate_release(str(out / "1.0.0"))
    assert report.success, report.failures
    pd.testing.assert_frame_equal(read(out / "1.0.0", "statements"), before)
    assert validate_release(str(out / "latest")).success
    changed = validate_release(str(out / "latest"), changed=True)
    assert changed.success, changed.failures
    assert any("unique across the release's parts" in r.check for r in changed.results)


def test_a_tampered_shared_part_fails_every_release_that_lists_it(dataset):
    out, inputs = dataset
    add(out, inputs, story(0))
    add(out, inputs, story(1))
    [shared, _] = parts(out / "1.1.0", "events")
    data = bytearray(shared.read_bytes())
    data[len(data) // 2] ^= 0x01
    with open(out / "parts" / "events" / shared.name, "r+b") as f:  # the part store's copy: the same file
        f.write(bytes(data))
    for version in ("1.0.0", "1.1.0"):
        failures = validate_release(str(out / version)).failures
        assert any(f.startswith(f"events: checksum (bytes and sha256) of events/{shared.name}") for f in failures), failures
    # the next run's own validation checks only the size of what it keeps; `etl validate` the bytes
    assert validate_release(str(out / "1.1.0"), changed=True).success


def test_a_tampered_shared_schema_file_fails_every_release_that_names_it(dataset):
    out, inputs = dataset
    add(out, inputs, story(0))
    add(out, inputs, story(1))
    schema = out / "1.1.0" / "schema" / "events.json"
    schema.write_text(schema.read_text().replace('"required": true', '"required": false', 1))
    for version in ("1.0.0", "1.1.0"):  # one file, linked into both
        failures = validate_release(str(out / version)).failures
        assert any(f.startswith("release: schema/events.json: checksum (bytes and sha256) matches datapackage.json")
                   for f in failures), failures


def test_a_tampered_shared_part_list_fails_every_release_that_names_it(dataset):
    out, inputs = dataset
    add(out, inputs, story(0))
    add(out, inputs, story(1))
    first_list = json.loads((out / "1.0.0" / "datapackage.json").read_text())["x-part-lists"][0]["path"]
    edited = out / "1.1.0" / first_list  # the same file as 1.0.0's and the part store's
    edited.write_text(edited.read_text().replace('"rows":1', '"rows":2', 1))
    for version in ("1.0.0", "1.1.0"):
        failures = validate_release(str(out / version)).failures
        assert any(f.startswith(f"release: {first_list}: checksum (bytes and sha256) matches datapackage.json")
                   for f in failures), failures


def test_a_release_written_before_part_lists_gives_its_parts_facts_to_the_next_runs_list(dataset):
    out, inputs = dataset
    add(out, inputs, story(0))
    # 1.0.0 as releases were written before part lists: every part's facts in its resource
    package_file = out / "1.0.0" / "datapackage.json"
    package, read_in = json.loads(package_file.read_text()), Store(out).read_package("1.0.0")
    for resource, facts in zip(package["resources"], read_in["resources"]):
        resource["x-parts"] = [PartEntry.from_dict(e, path).listed() for e, path in zip(facts["x-parts"], resource["path"])]
    for entry in package.pop("x-part-lists"):
        (out / "1.0.0" / entry["path"]).unlink()
        (out / "parts" / entry["path"]).unlink()
    package_file.write_text(json.dumps(package))
    assert validate_release(str(out / "1.0.0")).success
    add(out, inputs, story(1))
    [own] = json.loads((out / "1.1.0" / "datapackage.json").read_text())["x-part-lists"]
    listed = {e["path"]: e["added_in"] for e in json.loads((out / "1.1.0" / own["path"]).read_text())["parts"]}
    everything = {p for r in json.loads((out / "1.1.0" / "datapackage.json").read_text())["resources"] for p in r["path"]}
    assert set(listed) == everything and {"000001", "000002"} <= {path.split("/")[1][:6] for path in listed}
    assert listed[f"articles/{parts(out / '1.0.0', 'articles')[0].name}"] == "1.0.0"
    assert validate_release(str(out / "1.1.0")).success and validate_release(str(out / "1.0.0")).success
    prune(str(out), keep=1)
    assert validate_release(str(out / "1.1.0")).success


def test_a_changed_article_rewrites_only_the_part_that_held_it(dataset):
    out, inputs = dataset
    add(out, inputs, story(0), story(1))
    add(out, inputs, story(2))
    version = add(out, inputs, story(0, "Rebels seized the town of Kova on 3 March, officials said."))
    release = out / version
    before, after = parts(out / "1.1.0", "articles"), parts(release, "articles")
    assert after[1].stat().st_ino == before[1].stat().st_ino  # story-2's part, shared
    assert after[0].name.startswith("000001-") and after[0].name != before[0].name  # story-1 alone, again
    assert after[2].name.startswith("000003-")
    assert read(release, "articles")["source_id"].tolist() == ["story-1", "story-2", "story-0"]
    log = json.loads((release / "changelog.json").read_text())["tables"]
    assert log["articles"] == {"added": 0, "changed": 1, "removed": 0}
    assert log["statements"]["removed"] >= 1
    assert validate_release(str(release)).success


def test_estimate_groups_merged_run_by_run_equal_groups_of_all_estimates(dataset):
    out, inputs = dataset
    for i in range(0, 8, 2):
        add(out, inputs, story(i), story(i + 1))
    latest = out / "latest"
    merged = pq.read_table(latest / "estimate_groups")
    whole = estimate_groups(pq.read_table(latest / "estimates"))
    assert sorted(merged["subject_key"].to_pylist()) == whole["subject_key"].to_pylist()
    spanning = [k for k in whole["subject_key"].to_pylist() if "@" not in k]
    assert spanning, "stories of one place should give figures of the same subject"

    def rows(table: pa.Table) -> list[dict]:
        return sorted(table.to_pylist(), key=lambda r: r["subject_key"])

    assert rows(merged) == rows(whole)
    assert len(parts(latest, "estimate_groups")) > 2  # earlier parts kept, not one table written again


def killed_in_khartoum(i: int, day: str) -> dict:
    """A story whose toll is of a dated incident in a capital: a group other stories of that day may join."""
    return {"id": f"toll-{i}", "source": "tests", "published_at": "2024-06-10", "title": f"Toll {i}",
            "text": f"At least {12 + i} people were killed in Khartoum, Sudan, on {day}, Omar Haddad said."}


def spanning_parts(release: Path) -> dict[int, str]:
    return {position_of(p.name): p.name for p in parts(release, "estimate_groups") if is_spanning(position_of(p.name))}


def test_a_spanning_group_sits_in_the_part_of_its_subjects_month():
    assert spanning_position("killed:SDN:people:2024-03-03") == SPANNING + 124 * 12 + 2
    assert spanning_position("killed:SDN:people:2024-03-31") == spanning_position("killed:SDN:people:2024-03-01")
    assert spanning_position("killed:SDN:people:2024-04-01") == spanning_position("killed:SDN:people:2024-03-01") + 1
    assert spanning_position("deployed:RUS:troops") == REWRITTEN  # no day: the last part
    assert SPANNING <= spanning_position("killed:SDN:people:1066-10-14") < REWRITTEN  # out of range: clamped
    assert is_spanning(REWRITTEN) and not is_spanning(SPANNING - 1)


def test_a_run_writes_anew_only_the_months_its_new_figures_fall_in(dataset):
    out, inputs = dataset
    add(out, inputs, killed_in_khartoum(0, "3 March"), killed_in_khartoum(1, "3 May"))
    first = spanning_parts(out / "1.0.0")
    march, may = spanning_position("killed:SDN:people:2024-03-03"), spanning_position("killed:SDN:people:2024-05-03")
    assert set(first) == {march, may}
    add(out, inputs, killed_in_khartoum(2, "4 May"))
    second = spanning_parts(out / "1.1.0")
    assert second[march] == first[march]  # shared, not written again
    assert (out / "1.1.0" / "estimate_groups" / first[march]).stat().st_ino == \
        (out / "1.0.0" / "estimate_groups" / first[march]).stat().st_ino
    assert second[may] != first[may]
    groups = pq.read_table(out / "1.1.0" / "estimate_groups" / second[may])["subject_key"].to_pylist()
    assert groups == ["killed:SDN:people:2024-05-03", "killed:SDN:people:2024-05-04"]
    assert validate_release(str(out / "1.1.0")).success and validate_release(str(out / "1.1.0"), changed=True).success


def test_a_release_with_every_spanning_group_in_one_part_moves_them_to_their_months(dataset, monkeypatch):
    out, inputs = dataset
    with monkeypatch.context() as old_layout:  # how releases were written before groups were kept by month
        for module in ("etl.publish.assemble", "etl.validate.increment"):
            old_layout.setattr(f"{module}.spanning_position", lambda key: REWRITTEN)
        add(out, inputs, killed_in_khartoum(0, "3 March"), killed_in_khartoum(1, "3 May"))
    assert list(spanning_parts(out / "1.0.0")) == [REWRITTEN]
    add(out, inputs, killed_in_khartoum(2, "4 May"))
    latest = out / "latest"
    assert set(spanning_parts(latest)) == {spanning_position("killed:SDN:people:2024-03-03"),
                                           spanning_position("killed:SDN:people:2024-05-03")}
    whole = estimate_groups(pq.read_table(latest / "estimates"))
    assert sorted(pq.read_table(latest / "estimate_groups")["subject_key"].to_pylist()) == \
        whole["subject_key"].to_pylist()


def test_a_spanning_group_written_outside_its_months_part_fails(dataset):
    out, inputs = dataset
    add(out, inputs, killed_in_khartoum(0, "3 March"))
    increment = _increment(out, pq.read_table(out / "latest" / "articles").slice(0, 0))
    wrong = out.parent / "wrong.parquet"
    schema = contract.load("estimate_groups").arrow()
    pq.write_table(pa.Table.from_pylist([{"subject_key": "killed:SDN:people:2024-05-03", "category": "killed",
                                          "n_estimates": 1, "n_articles": 1, "n_claimants": 0, "disagree": False,
                                          "claimants": []}], schema=schema), wrong)
    increment.group_parts = {spanning_position("killed:SDN:people:2024-03-03"): TableFiles([pq.ParquetFile(wrong)])}
    failures = " ".join(validate_increment(increment).failures)
    assert "a group spanning articles is in its month's part" in failures
    assert "2 row(s) fail" in failures  # the misplaced group, and the kept March part the run wrote anew


def test_compaction_keeps_rows_ids_and_order_and_old_releases(dataset):
    out, inputs = dataset
    for i in range(4):
        add(out, inputs, story(i))
    before = {t: read(out / "1.3.0", t) for t in contract.TABLES}
    release = compact(str(out))
    assert (release.version, release.previous, release.created) == ("1.3.1", "1.3.0", True)
    compacted = out / "1.3.1"
    for table in contract.TABLES:
        pd.testing.assert_frame_equal(read(compacted, table), before[table])
    assert all(len(parts(compacted, t)) == 1 for t in contract.CONTENT_TABLES)
    log = json.loads((compacted / "changelog.json").read_text())
    assert all(c == {"added": 0, "changed": 0, "removed": 0} for c in log["tables"].values())
    assert "Compaction" in log["note"] and "Compaction" in (compacted / "CHANGELOG.md").read_text()
    assert validate_release(str(compacted)).success and validate_release(str(out / "1.0.0")).success
    assert len(parts(out / "1.3.0", "articles")) == 4  # the older release keeps its parts
    assert compact(str(out)).created is False  # nothing small left to merge


def test_merge_plan_merges_consecutive_small_parts_up_to_the_limit():
    small = [PartEntry("events", f"00000{i}-x.parquet", 10, "", 1) for i in range(1, 5)]
    big = PartEntry("events", "000005-y.parquet", 100, "", 1)
    empty = PartEntry("events", "000000-z.parquet", 5, "", 0)
    runs = merge_plan([empty, *small[:2], big, *small[2:]], limit=25)
    assert [[p.position for p in r] for r in runs] == [[1, 2], [5], [3, 4]]


def test_prune_removes_old_releases_and_unneeded_parts_and_never_breaks_a_kept_one(dataset):
    out, inputs = dataset
    for i in range(3):
        add(out, inputs, story(i))
    compact(str(out))  # 1.2.1: merged parts; 1.2.0 still lists the small ones
    pruned = prune(str(out), keep=2)
    assert pruned.removed == ["1.0.0", "1.1.0"] and pruned.kept == ["1.2.0", "1.2.1"]
    # 1.2.0 still needs every small part: only the groups that span articles as 1.0.0 and 1.1.0 had them go
    assert pruned.parts_removed == 2
    for version in ("1.2.0", "1.2.1"):
        assert validate_release(str(out / version)).success
    pruned = prune(str(out), keep=1)
    assert pruned.removed == ["1.2.0"] and pruned.parts_removed > 0 and pruned.bytes_freed > 0
    assert validate_release(str(out / "latest")).success
    listed = {p for r in json.loads((out / "1.2.1" / "datapackage.json").read_text())["resources"] for p in r["path"]}
    stored = {p.relative_to(out / "parts").as_posix() for p in (out / "parts").rglob("*.parquet")}
    assert stored == listed
    assert os.readlink(out / "latest") == "1.2.1"
    assert add(out, inputs, story(9)) == "1.3.0"  # the next run builds on what is left


def test_prune_by_age_keeps_recent_releases(dataset):
    from datetime import datetime, timedelta, timezone

    out, inputs = dataset
    add(out, inputs, story(0))
    add(out, inputs, story(1))
    later = datetime.now(timezone.utc) + timedelta(days=10)
    assert prune(str(out), older_than=timedelta(days=30), now=later).removed == []
    assert prune(str(out), older_than=timedelta(days=5), now=later).removed == ["1.0.0"]


def test_the_landing_schedule_compacts_when_a_table_has_too_many_parts(tmp_path: Path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for i in range(3):
        write_jsonl(raw / f"drop-{i}.jsonl", [story(i)])
        run_landing(str(raw), str(out), compact_parts=2)
    versions = Store(out).versions()
    assert versions == ["1.0.0", "1.1.0", "1.2.0", "1.2.1"]  # the third run left three parts: compacted
    assert json.loads((out / "1.2.1" / "changelog.json").read_text())["note"].startswith("Compaction")
    assert all(len(parts(out / "1.2.1", table)) == 1 for table in contract.CONTENT_TABLES)


def _increment(out: Path, fresh_articles: pa.Table, ids_read: bool = False, **fresh: pa.Table) -> Increment:
    """The latest release seen as if `fresh_articles` (and records) were what its run added (`ids_read`: with the
    kept articles' ids as the run read them to find new articles, not read again from the parts)."""
    from etl.publish.release import load_latest

    previous = load_latest(Store(out))
    tmp = out.parent / "fresh"
    tmp.mkdir(exist_ok=True)

    def files(name: str, table: pa.Table | None) -> TableFiles:
        schema = contract.load(name).arrow()
        pq.write_table((table if table is not None else schema.empty_table()).cast(schema), tmp / f"{name}.parquet")
        return TableFiles([pq.ParquetFile(tmp / f"{name}.parquet")])

    kept_parts = [p for name in contract.TABLES for p in previous.parts(name)]
    return Increment({name: files(name, fresh_articles if name == "articles" else fresh.get(name))
                      for name in contract.TABLES},
                     {}, {name: previous.part_files([p for p in previous.parts(name) if not previous.in_place(p)])
                          for name in contract.TABLES},
                     kept_parts, previous.in_place, other_article_ids=(lambda: previous.article_ids) if ids_read else None)


@pytest.mark.parametrize("ids_read", [False, True])
def test_a_run_that_adds_an_article_the_release_has_fails(dataset, ids_read):
    out, inputs = dataset
    add(out, inputs, story(0))
    articles = pq.read_table(out / "latest" / "articles")
    report = validate_increment(_increment(out, articles, ids_read))
    assert "articles: article_id is unique across the release's parts (fresh articles are new): 1 row(s) fail" \
        in " ".join(report.failures)
    fresh = articles.set_column(0, "article_id", pa.array(["0" * 16], pa.string()))
    assert validate_increment(_increment(out, fresh, ids_read)).success


def test_a_record_whose_id_is_not_the_hash_of_its_article_and_span_fails(dataset):
    out, inputs = dataset
    add(out, inputs, story(0))
    add(out, inputs, story(1))
    latest = out / "latest"
    [_, new_articles] = parts(latest, "articles")
    [_, new_statements] = parts(latest, "statements")
    statements = pq.read_table(new_statements)
    ids = statements["statement_id"].to_pylist()
    forged = statements.set_column(0, "statement_id", pa.array(["0" * 16] + ids[1:], pa.string()))
    fresh = pq.read_table(new_articles)
    new_articles.unlink()  # the fresh article is not kept any more...
    new_statements.unlink()
    report = validate_increment(_increment(out, fresh, statements=forged))
    failures = " ".join(report.failures)
    assert "statement_id is the hash of article_id and the span" in failures
    assert f"articles/{new_articles.name} is missing" in failures  # a kept part must be in place


def test_releases_on_s3_share_parts_through_their_manifests(s3, tmp_path: Path):
    (tmp_path / "in").mkdir()
    out = "s3://newsfacts/dataset"
    for i in range(3):
        path = write_jsonl(tmp_path / "in" / f"b{i}.jsonl", [story(i)])
        assert run(str(path), out).release == f"1.{i}.0"
    keys = [o["Key"] for o in s3.list_objects_v2(Bucket="newsfacts")["Contents"]]
    package = [json.loads(s3.get_object(Bucket="newsfacts", Key=f"dataset/1.{i}.0/datapackage.json")["Body"].read())
               for i in range(3)]
    listed = [{p for r in pkg["resources"] for p in r["path"]} | {e["path"] for e in pkg["x-part-lists"]}
              for pkg in package]
    content = [{p for p in paths if p.split("/")[0] in contract.CONTENT_TABLES} for paths in listed]
    assert content[0] < content[1] < content[2]  # each release lists the earlier parts, shared
    assert [len(pkg["x-part-lists"]) for pkg in package] == [1, 2, 3]  # and the part lists of the runs before
    stored = {k.removeprefix("dataset/parts/") for k in keys if k.startswith("dataset/parts/") and not k.endswith("/")}
    assert stored == set().union(*listed) and not any(k.endswith(".parquet") and "/parts/" not in k
                                           for k in keys if not k.endswith("changelog.parquet"))
    assert all(validate_release(f"{out}/1.{i}.0").success for i in range(3))
    assert compact(out).version == "1.2.1" and validate_release(f"{out}/latest").success
    pruned = prune(out, keep=1)
    assert pruned.removed == ["1.0.0", "1.1.0", "1.2.0"] and validate_release(f"{out}/latest").success
    keys = [o["Key"] for o in s3.list_objects_v2(Bucket="newsfacts")["Contents"]]
    assert not any(k.startswith("dataset/1.0.0/") for k in keys)
    left = {k.removeprefix("dataset/parts/") for k in keys if k.startswith("dataset/parts/") and not k.endswith("/")}
    compacted = json.loads(s3.get_object(Bucket="newsfacts", Key="dataset/1.2.1/datapackage.json")["Body"].read())
    assert left == {p for r in compacted["resources"] for p in r["path"]} | {
        e["path"] for e in compacted["x-part-lists"]}
