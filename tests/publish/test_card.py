"""publish.card: the dataset card (README.md) of a release says what is in it, how to load it and how to cite it."""
import json
import re
from pathlib import Path

import pytest

from etl import contract
from etl.publish.card import data_dictionary, render
from tests import cases


@pytest.fixture(scope="module")
def releases(tmp_path_factory) -> tuple[Path, Path]:
    """A first release of one article, then the hand-made release of three that replaces it."""
    dataset = tmp_path_factory.mktemp("card")
    return cases.published(cases.tables("a1"), dataset), cases.published(cases.report_tables(), dataset)


def card(release: Path) -> str:
    return (release / "README.md").read_text(encoding="utf-8")


def test_the_card_names_version_licence_sources_rows_and_extractors(releases):
    text = card(releases[1])
    assert text.startswith("# newsfacts 1.1.0\n")
    assert "created " in text and "previous version: 1.0.0" in text
    assert "[CC-BY-4.0](https://creativecommons.org/licenses/by/4.0/)" in text
    assert "| Wire A | 2 |\n| Wire B | 1 |" in text
    for name, n in {"articles": 3, "statements": 9, "events": 6, "estimates": 3, "estimate_groups": 2,
                    "rejects": 3}.items():
        assert re.search(rf"^\| `{name}\.parquet` \| {n} \| [\d.]+ k?B \| ", text, re.M), name
    assert "| statements | `tests-1` |" in text
    assert "`report.html`" in text


def test_the_card_says_what_changed_since_the_previous_release(releases):
    first, second = card(releases[0]), card(releases[1])
    assert "## Changes: first release" in first and "| articles | 1 | 0 | 0 |" in first
    section = second.split("## Changes since 1.0.0", 1)[1].split("\n## ", 1)[0]
    # a1 is not in the second release: its records are removed, the three new articles added
    assert "| articles | 3 | 0 | 1 |" in section and "| statements | 9 | 0 | 1 |" in section
    assert "| estimates | 3 | 0 | 0 |" in section


def test_the_card_has_limitations_a_citation_for_the_version_and_the_data_dictionary(releases):
    text = card(releases[1])
    assert "## Known limitations" in text and "`modality`" in text and "`date_precision`" in text
    assert "@misc{newsfacts_1_1_0," in text and "version = {1.1.0}" in text
    schemas = {name: contract.load(name) for name in contract.TABLES}
    assert text.endswith(data_dictionary(schemas))


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
    package = json.loads((releases[1] / "datapackage.json").read_text(encoding="utf-8"))
    package["sources"] = [{"title": "Wire | <img src=x>", "articles": 3}]
    changes = {"articles": {"added": 3, "changed": 0, "removed": 0}}
    text = render(package, changes, {"checks": 1, "failed": 0})
    assert "| Wire \\| &lt;img src=x&gt; | 3 |" in text
