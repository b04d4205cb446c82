"""publish.report: the release's report.html shows the figures of the release it was rendered from."""
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from etl.extract import statements
from etl.extract.batch import extraction_error
from etl.publish.report import render_report, timeline
from etl.tables import to_table
from tests import cases


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    return cases.published(cases.report_tables(), tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="module")
def page(release: Path) -> ET.Element:
    # The report is written as well-formed XHTML-compatible markup, so the standard XML parser reads it;
    # an unescaped "<" from an article would already break this.
    return ET.fromstring((release / "report.html").read_text(encoding="utf-8"))


def section(page: ET.Element, section_id: str) -> ET.Element:
    found = page.find(f".//section[@id='{section_id}']")
    assert found is not None, f"no section {section_id}"
    return found


def text(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def bars(element: ET.Element) -> list[tuple[str, str]]:
    return [(g.find("text[@class='label']").text, g.find("text[@class='value']").text)
            for g in element.iter("g") if g.get("class") == "bar"]


def rows(element: ET.Element, row_class: str = "row") -> list[list[str]]:
    return [[text(td) for td in tr.findall("td")] for tr in element.iter("tr") if tr.get("class") == row_class]


def test_publishing_writes_the_report_rendered_from_the_release_alone(release: Path):
    assert (release / "report.html").read_text(encoding="utf-8") == render_report(release)


def test_the_header_counts_the_tables_and_the_changes(page):
    tiles = [text(t) for t in page.iter("div") if t.get("class") == "tile"]
    assert tiles == ["3 articles", "9 statements", "6 events", "3 estimates"]
    header = text(page.find(".//header"))
    assert "published 2025-03-05 to 2025-04-12" in header
    assert "Sources: Wire A (2), Wire B (1)" in header
    assert "tests-1" in header
    assert rows(section(page, "changes")) == [["articles", "3", "0", "0"], ["statements", "9", "0", "0"],
                                              ["events", "6", "0", "0"], ["estimates", "3", "0", "0"]]


def test_events_per_type_over_time_count_each_type_by_month_with_year_only_and_undated_apart(page):
    chart = section(page, "events-over-time")
    grid = {}
    for row in chart.iter("g"):
        if row.get("class") == "row":
            cells = {cell.get("data-period"): cell.find("text").text if cell.find("text") is not None else "0"
                     for cell in row.iter("g") if cell.get("class") == "cell"}
            grid[row.get("data-type")] = (cells, row.find("text[@class='total']").text)
    assert list(grid) == ["ASSAULT", "AID", "MOBILIZE", "PROTEST"]  # most events first, then by name
    assert grid["ASSAULT"] == ({"2025-03": "1", "2025-04": "0", "year-only": "1", "undated": "1"}, "3")
    assert grid["AID"] == ({"2025-03": "0", "2025-04": "1", "year-only": "0", "undated": "0"}, "1")
    assert grid["MOBILIZE"][0]["2025-03"] == "1" and grid["PROTEST"][0]["2025-04"] == "1"
    assert "6 events, 4 of them dated to a month or better" in text(chart)


def test_most_quoted_speakers_are_ranked_by_statements_and_unresolved_speakers_are_counted_apart(page):
    speakers = section(page, "speakers")
    assert bars(speakers) == [("Ana Lind", "3"), ("<Kova Watch>", "2"), ("Red Cross", "2"), ("Health Ministry", "1")]
    assert "1 statement whose speaker could not be resolved" in text(speakers)
    ana = next(g for g in speakers.iter("g") if g.get("class") == "bar")
    assert ana.find("title").text == "Ana Lind: 3 statements (2 direct) in 2 articles"


def test_estimates_of_one_subject_stand_side_by_side_by_claimant_where_sources_disagree(page):
    disagreements = section(page, "disagreements")
    figures = list(disagreements.iter("figure"))
    assert [f.get("data-subject") for f in figures] == ["killed:-:civilians"]  # the agreeing subject is not shown
    assert bars(figures[0]) == [("Health Ministry", "40"), ("Red Cross", "65")]
    assert rows(figures[0], "claim") == [
        ["Health Ministry", "40", "40", "exact", "Shelling hits Kova", "2025-03-05"],
        ["Red Cross", "65", "65", "exact", 'Aid & <script>alert("x")</script> reaches Kova', "2025-04-10"],
    ]
    assert "Sources disagree on 1 of 2 subjects with estimates" in text(disagreements)


def test_rejects_are_counted_by_reason_and_listed_with_file_and_line(page):
    rejects = section(page, "rejects")
    assert bars(rejects) == [("malformed_json", "2"), ("empty", "1")]
    assert [r[:3] for r in rows(rejects)] == [["inputs/feed.jsonl", "3", "malformed_json"],
                                              ["inputs/feed.jsonl", "7", "malformed_json"],
                                              ["inputs/empty.txt", "", "empty"]]


def test_text_from_articles_is_escaped_and_the_page_loads_nothing(release: Path):
    html = (release / "report.html").read_text(encoding="utf-8")
    assert "<script" not in html and "<b>" not in html and "<Kova Watch>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html and "&lt;Kova Watch&gt;" in html
    assert "default-src 'none'" in html  # the page's policy: no scripts, no fetches
    assert not any(tag in html for tag in ("<link", " src=", "@import", "url("))


def test_a_release_without_estimates_or_rejects_says_so(tmp_path: Path):
    html = render_report(cases.published(cases.tables("a1"), tmp_path))
    page = ET.fromstring(html)
    assert "This release has no estimates with a subject." in text(section(page, "disagreements"))
    assert "No input of the run that made this release was rejected." in text(section(page, "rejects"))
    assert bars(section(page, "speakers")) == [("the governor", "1")]
    assert "Every article was extracted, and no published row fails a plausibility check." in text(
        section(page, "quality"))


def test_failed_extractions_and_flagged_rows_are_listed_in_the_report_and_the_card(tmp_path: Path):
    tables = cases.tables("a1", "a2")
    a1, a2 = (cases.article(k) for k in ("a1", "a2"))
    tables["events"] = to_table("events", [cases.event(a1, "seized", date(2031, 1, 1))])  # years after 2025
    tables["extraction_errors"] = to_table("extraction_errors", [
        extraction_error(a2, "statements", "ZeroDivisionError", "float division by zero <b>")])
    release = cases.published(tables, tmp_path)
    page = ET.fromstring((release / "report.html").read_text(encoding="utf-8"))
    header = text(page.find(".//header"))
    assert "1 row flagged as doubtful (below); extraction failed for 1 article (below)" in header
    quality = section(page, "quality")
    rows = [[text(cell) for cell in row] for row in quality.iter("tr") if row.get("class") == "row"]
    assert "The extraction of 1 article failed." in text(quality)
    flagged = tables["events"]["event_id"][0].as_py()
    assert rows == [[a2.article_id, "a2", "statements", statements.VERSION, "ZeroDivisionError",
                     "float division by zero <b>"],
                    ["events", "dates are plausible for the article's publication time", "1", flagged]]
    card = (release / "README.md").read_text(encoding="utf-8")
    assert f"| statements | `{statements.VERSION}` | ZeroDivisionError | 1 |" in card
    assert f"| events | dates are plausible for the article's publication time | 1 | {flagged} |" in card


def test_a_timeline_over_more_than_three_years_is_drawn_by_year_and_leaves_negated_events_out():
    a = cases.article("a1", "Rebels seized the town in 2023. They left it on 3 February 2025 and did not return.")
    t = timeline(to_table("events", [
        cases.event(cases.article("a1"), "seized", date(2021, 5, 1)),
        cases.happened(a, "COERCE", "seized", date(2023, 1, 1), "year"),
        cases.happened(a, "RETREAT", "left", date(2025, 2, 3), "day"),
        replace(cases.happened(a, "RETREAT", "return", date(2025, 2, 3), "day"), modality="negated"),
    ]))
    assert t.by_year and t.periods == ("2021", "2022", "2023", "2024", "2025")
    assert {r.event_type: (r.per_period, r.year_only, r.undated) for r in t.rows} == {
        "COERCE": ((1, 0, 1, 0, 0), 0, 0), "RETREAT": ((0, 0, 0, 0, 1), 0, 0)}
    assert t.negated == 1
