"""event_mentions through the whole run: published, validated, counted by events.mentions, and a dataset whose latest
release was made before the table existed still reads, validates and takes the next run."""
import json
from pathlib import Path

import pandas as pd

from etl.pipeline import run
from etl.publish.assemble import refresh_from
from etl.publish.overview import overview
from etl.publish.release import PreviousRelease
from etl.extract.batch import EXTRACTORS
from etl.storage.datapackage import file_facts
from etl.storage.store import Store
from etl.validate.release import validate_release

BOMBING = ("A car bomb exploded outside the water ministry in Dalmora on Sunday, police said. The blast killed six "
           "guards. Residents said the bombing shook windows across the old town.")
PROTEST = "Hundreds of nurses protested in Ostra on Monday over unpaid wages. The protest ended peacefully."


def _inputs(folder: Path, **texts: str) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return str(folder)


def test_a_release_has_event_mentions_that_validate_and_add_up(tmp_path: Path):
    summary = run(_inputs(tmp_path / "in", bombing=BOMBING), str(tmp_path / "out"))
    release = tmp_path / "out" / "latest"
    assert validate_release(release).success and validate_release(release, changed=True).success
    events, mentions = pd.read_parquet(release / "events"), pd.read_parquet(release / "event_mentions")
    assert summary.rows["event_mentions"] == len(mentions) > len(events) == summary.rows["events"]
    assert events["mentions"].sum() == len(mentions)
    assert set(mentions["event_id"]) == set(events["event_id"])
    texts = pd.read_parquet(release / "articles").set_index("article_id")["text"]
    assert all(texts[a][s:e] == t for a, s, e, t in
               zip(mentions["article_id"], mentions["trigger_start"], mentions["trigger_end"], mentions["trigger"]))
    package = json.loads((release / "datapackage.json").read_text())
    assert "event_mentions" in {r["name"] for r in package["resources"]}
    assert "event_mentions" in json.loads((release / "changelog.json").read_text())["tables"]
    assert "`event_mentions/`" in (release / "README.md").read_text()
    assert overview(release).rows["event_mentions"] == len(mentions)


def test_a_release_made_before_event_mentions_still_validates_and_the_next_run_extracts_them(tmp_path: Path):
    out = tmp_path / "out"
    run(_inputs(tmp_path / "in1", bombing=BOMBING), str(out))
    first = out / "latest"
    # A release of before the table: its datapackage lists no event_mentions, nor the extractor that makes them,
    # and its events count nothing there
    package_file = first.resolve() / "datapackage.json"
    package = json.loads(package_file.read_text())
    package["resources"] = [r for r in package["resources"] if r["name"] != "event_mentions"]
    [events] = [r for r in package["resources"] if r["name"] == "events"]
    schema_file = first.resolve() / events["schema"]
    schema = json.loads(schema_file.read_text())
    del schema["x-counts"]
    schema_file.write_text(json.dumps(schema))
    for entry in package["x-files"]:  # the release as it was made then: its checksums are of these files
        if entry["path"] == events["schema"]:
            entry["bytes"], sha = file_facts(schema_file)
            entry["hash"] = f"sha256:{sha}"
    package["x-extractors"]["events"] = package["x-extractors"]["events"][:1]
    package_file.write_text(json.dumps(package))
    assert validate_release(first).success
    assert "event_mentions" not in overview(first).rows
    assert refresh_from(PreviousRelease(Store(out), first.resolve().name, Store(out).read_package(first.resolve().name)),
                        EXTRACTORS) == "events"

    summary = run(_inputs(tmp_path / "in2", protest=PROTEST), str(out))
    second = out / "latest"
    assert summary.refreshed == 1 and summary.release == "1.1.0"
    assert validate_release(second).success and validate_release(second, changed=True).success
    mentions = pd.read_parquet(second / "event_mentions")
    assert mentions["article_id"].nunique() == 2  # the earlier article's events were extracted again with them
    assert pd.read_parquet(second / "events")["mentions"].sum() == len(mentions)
