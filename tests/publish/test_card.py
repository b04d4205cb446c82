"""publish.card: the dataset card (README.md) of a release says what is in it, how to load it and how to cite it.

Most tests read the model the card is written from (`card.Card`); a few read the card itself, for its
escaping, its runnable snippets, its citation and the data dictionary it links to.
"""
import json
import re
from pathlib import Path

import pytest

from etl import contract
from etl.publish.card import Card, data_dictionary, dataset_card, render
from etl.publish.formats import md, size
from tests import cases


@pytest.fixture(scope="module")
def releases(tmp_path_factory) -> tuple[Path, Path]:
    """A first release of one article, then the hand-made release of three that replaces it."""
    dataset = tmp_path_factory.mktemp("card")
    return cases.published(cases.tables("a1"), dataset), cases.published(cases.report_tables(), dataset)


def model(release: Path, extraction_errors: list[dict] | None = None) -> Card:
    """The card of a release, from the files it was rendered from."""
    package = cases.package(release)
    changes = json.loads((release / "changelog.json").read_text(encoding="utf-8"))["tables"]
    validation = json.loads((release / "validation.json").read_text(encoding="utf-8"))
    return dataset_card(package, changes, validation, extraction_errors)


def card(release: Path) -> str:
    return (release / "README.md").read_text(encoding="utf-8")


def test_the_card_names_version_licence_sources_rows_and_extractors(releases):
    c = model(releases[1])
    assert (c.version, c.previous) == ("1.1.0", "1.0.0") and c.date == c.created[:10]
    assert (c.licence.name, c.licence.path) == ("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/")
    assert [(s.title, s.articles) for s in c.sources] == [("Wire A", 2), ("Wire B", 1)]
    rows = {t.path: t.rows for t in c.tables}
    assert {name: rows[f"{name}/"] for name in ("articles", "statements", "events", "estimates",
                                                       "estimate_groups", "rejects")} == {
        "articles": 3, "statements": 9, "events": 6, "estimates": 3, "estimate_groups": 2, "rejects": 3}
    assert all(t.bytes > 0 and t.description for t in c.tables)
    assert next(x.versions for x in c.extractors if x.table == "statements") == ("tests-1",)
    text = card(releases[1])
    assert text.startswith("# newsfacts 1.1.0\n") and "previous version: 1.0.0" in text
    assert re.search(r"^\| `statements/` \| 9 \| [\d.]+ k?B \| ", text, re.M)
    assert "`report.html`" in text


def test_the_card_says_what_changed_since_the_previous_release(releases):
    first, second = model(releases[0]), model(releases[1])
    assert first.previous is None and [(c.table, c.added) for c in first.changes][0] == ("articles", 1)
    # a1 is not in the second release: its records are removed, the three new articles added
    changes = {c.table: (c.added, c.changed, c.removed) for c in second.changes}
    assert changes["articles"] == (3, 0, 1) and changes["statements"] == (9, 0, 1)
    assert changes["estimates"] == (3, 0, 0)
    assert "## Changes: first release" in card(releases[0]) and "## Changes since 1.0.0" in card(releases[1])


def test_failed_extractions_are_counted_by_stage_extractor_and_error(releases):
    errors = [{"article_id": "x", "stage": "events", "extractor": "e-1", "error_type": "KeyError"},
              {"article_id": "y", "stage": "events", "extractor": "e-1", "error_type": "KeyError"},
              {"article_id": "y", "stage": "statements", "extractor": "s-1", "error_type": "ValueError"}]
    c = model(releases[1], errors)
    assert c.failed_articles == 2
    assert [(e.stage, e.extractor, e.error_type, e.articles) for e in c.errors] == [
        ("events", "e-1", "KeyError", 2), ("statements", "s-1", "ValueError", 1)]
    assert (model(releases[1]).errors, model(releases[1]).flags) == ((), ())
    assert "Every article was extracted. No published row fails a plausibility check." in card(releases[1])


def test_the_card_has_limitations_a_citation_for_the_version_and_the_data_dictionary(releases):
    text = card(releases[1])
    assert "## Known limitations" in text and "`modality`" in text and "`date_precision`" in text
    assert "@misc{newsfacts_1_1_0," in text and "version = {1.1.0}" in text
    assert "  title   = {{newsfacts: events, statements and estimates extracted from news articles}}," in text
    assert text.rstrip().endswith("[`schema/README.md`](schema/README.md),\nbeside each table's schema (`schema/<table>.json`).")
    schemas = {name: contract.load(name) for name in contract.TABLES}
    dictionary = (releases[1] / "schema" / "README.md").read_text(encoding="utf-8")
    assert dictionary.startswith("# Data dictionary\n") and dictionary.endswith(data_dictionary(schemas, heading="##"))
    # the same schemas: one file that both releases share, listed with its checksum like every file
    assert (releases[0] / "schema" / "README.md").stat().st_ino == (releases[1] / "schema" / "README.md").stat().st_ino
    assert "schema/README.md" in {f["path"] for f in json.loads((releases[1] / "datapackage.json").read_text())["x-files"]}


def test_the_data_dictionary_lists_every_column_of_every_table():
    text = data_dictionary(heading="##")
    for name, schema in contract.all_schemas().items():
        assert f"## `{name}`\n\n{schema.description}\n\nPrimary key: `{schema.primary_key}`." in text
        for field in schema.fields:
            assert f"| `{field.name}` | {field.arrow_type} |" in text


def test_the_loading_snippets_of_the_card_run_in_the_release_folder(releases, monkeypatch):
    monkeypatch.chdir(releases[1])
    blocks = re.findall(r"```python\n(.*?)```", card(releases[1]), re.S)
    assert len(blocks) == 3
    found = {}
    for block in blocks:
        namespace: dict = {}
        exec(block, namespace)
        found.update(namespace)
    claims = found["claims"].set_index("surface")
    assert claims.loc["65", "content"] == "65 civilians were killed in March"
    assert claims.loc["65", "speaker_canonical"] == "Red Cross"
    assert found["speakers"][0] == ("Ana Lind", 3)
    assert found["events"].height == 6


def test_text_from_the_inputs_cannot_break_the_card(releases):
    package = cases.package(releases[1])
    package["sources"] = [{"title": "Wire | <img src=x>", "articles": 3}]
    changes = {"articles": {"added": 3, "changed": 0, "removed": 0}}
    errors = [{"article_id": "x", "stage": "events", "extractor": "e-1", "error_type": "<Boom|>"}]
    text = render(package, changes, {"checks": 1, "failed": 0}, errors)
    assert "| Wire \\| &lt;img src=x&gt; | 3 |" in text
    assert "| events | `e-1` | &lt;Boom\\|&gt; | 1 |" in text
    assert md("a\\b") == "a\\\\b"


def test_sizes_read_in_bytes_then_kilobytes_and_megabytes():
    assert [size(n) for n in (512, 1_500, 2_340_000)] == ["512 B", "1.5 kB", "2.3 MB"]
