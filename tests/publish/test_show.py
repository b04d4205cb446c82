"""`etl show`: a release summarised in the terminal, from its files alone."""
import re
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from etl.cli import app
from tests import cases


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    return cases.published(cases.report_tables(), tmp_path_factory.mktemp("show"))


def show(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["show", *args])
    return result.exit_code, result.output


def rows(output: str) -> dict[str, list[str]]:
    """The cells of every table row, by the text of its first cell."""
    found = {}
    for line in output.splitlines():
        if line.startswith("│"):
            parts = [p.strip() for p in line.split("│")[1:-1]]
            found[parts[0]] = parts
    return found


def test_show_counts_rows_and_changes_per_table(release):
    code, output = show(str(release))
    assert code == 0, output
    assert output.startswith(f"newsfacts 1.0.0 (previous: none) {release}")
    assert "sources: Wire A 2, Wire B 1; validation: " in output
    assert rows(output)["statements"] == ["statements", "9", "9", "0", "0"]
    assert rows(output)["rejects"] == ["rejects", "3", "", "", ""]


def test_show_lists_top_speakers_event_types_disagreements_and_rejects(release):
    _, output = show(str(release))
    table = rows(output)
    assert table["Ana Lind"] == ["Ana Lind", "3", "2", "2"]
    assert table["<Kova Watch>"] == ["<Kova Watch>", "2", "0", "1"]
    assert table["ASSAULT"] == ["ASSAULT", "3", "1"]
    assert table["killed:-:civilians"] == ["killed:-:civilians", "Health Ministry: 40; Red Cross: 65"]
    assert "rejects: malformed_json 2, empty 1" in output


def test_top_limits_the_lists(release):
    _, output = show(str(release), "--top", "1")
    table = rows(output)
    assert table["Ana Lind"][1] == "3" and table["ASSAULT"][1] == "3"
    assert not {"<Kova Watch>", "Red Cross", "Health Ministry", "AID", "MOBILIZE", "PROTEST"} & set(table)


def test_a_folder_that_is_not_a_release_is_a_one_line_error(tmp_path: Path):
    code, output = show(str(tmp_path))
    assert code == 2
    [line] = output.splitlines()
    assert re.fullmatch(r"error: .* is not a readable release: datapackage\.json is missing; pass a release folder .*",
                        line)


def test_show_says_where_the_event_dates_come_from(release):
    sources = pd.read_parquet(release / "events", columns=["date_source"])["date_source"].value_counts()
    code, output = show(str(release))
    line = next(line for line in output.splitlines() if line.startswith("events dated from:"))
    assert code == 0
    assert all(f"{label} {count}" in line for label, count in sources.items())
