"""publish.report: the release's report.html shows the figures of the release it was rendered from.

Most tests read the model the page is drawn from (`report.Report`: the release's Overview and its chart
models); a few read the page itself, for escaping, the page's policy and its sections.
"""
import shutil
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from etl.extract import statements
from etl.extract.batch import extraction_error
from etl.publish.charts import LABEL_WIDTH, PLOT_WIDTH, bar_chart, claims_chart
from etl.publish.overview import DATA_DOCS, Claim, Disagreement, timeline
from etl.publish.report import Report, render_report, report
from etl.tables import to_table
from tests import cases

SECTIONS = ["changes", "events-over-time", "speakers", "disagreements", "quality", "rejects"]


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    return cases.published(cases.report_tables(), tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="module")
def shown(release: Path) -> Report:
    return report(release)


@pytest.fixture(scope="module")
def page(release: Path) -> ET.Element:
    # The report is written as well-formed XHTML-compatible markup, so the standard XML parser reads it;
    # an unescaped "<" from an article would already break this.
    return ET.fromstring((release / "report.html").read_text(encoding="utf-8"))


def text(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def claim(claimant: str, value: float | None, low: float | None = None, high: float | None = None) -> Claim:
    return Claim(claimant, "some", value, low, high, "exact", None, None)


def test_publishing_writes_the_report_rendered_from_the_release_alone(release: Path):
    assert (release / "report.html").read_text(encoding="utf-8") == render_report(release)


def test_the_overview_counts_the_tables_sources_and_changes(shown: Report):
    o = shown.overview
    assert {t: o.rows[t] for t in ("articles", "statements", "events", "estimates")} == {
        "articles": 3, "statements": 9, "events": 6, "estimates": 3}
    assert o.published == (date(2025, 3, 5), date(2025, 4, 12))
    assert [(s.label, s.count) for s in o.sources] == [("Wire A", 2), ("Wire B", 1)]
    assert o.extractors == ("tests-1",)
    assert o.failed_checks == 0 and o.checks > 0
    assert [(c.table, c.added, c.changed, c.removed) for c in o.changes] == [
        ("articles", 3, 0, 0), ("statements", 9, 0, 0), ("events", 6, 0, 0), ("event_mentions", 6, 0, 0),
        ("estimates", 3, 0, 0)]


def test_events_per_type_over_time_count_each_type_by_month_with_year_only_and_undated_apart(shown: Report):
    t = shown.overview.timeline
    assert t.periods == ("2025-03", "2025-04") and not t.by_year
    assert (t.total, t.dated, t.negated) == (6, 4, 0)
    grid = {row.event_type: ({c.column.key: c.count for c in row.cells}, row.total) for row in shown.timeline.rows}
    assert list(grid) == ["ASSAULT", "AID", "MOBILIZE", "PROTEST"]  # most events first, then by name
    assert grid["ASSAULT"] == ({"2025-03": 1, "2025-04": 0, "year-only": 1, "undated": 1}, 3)
    assert grid["AID"] == ({"2025-03": 0, "2025-04": 1, "year-only": 0, "undated": 0}, 1)
    assert grid["MOBILIZE"][0]["2025-03"] == 1 and grid["PROTEST"][0]["2025-04"] == 1
    # an empty cell is drawn blank; the largest count in full colour
    assert {c.shade for row in shown.timeline.rows for c in row.cells} == {0.0, 1.0}
    year_only, undated = shown.timeline.columns[-2:]
    assert (year_only.name, undated.name) == ("year only", "no date")
    assert year_only.x > shown.timeline.columns[1].x + shown.timeline.cell  # set apart from the months by a gap


def test_most_quoted_speakers_are_ranked_by_statements_and_unresolved_speakers_are_counted_apart(shown: Report):
    bars = shown.speakers.bars
    assert [(b.label, b.value) for b in bars] == [("Ana Lind", 3), ("<Kova Watch>", 2), ("Red Cross", 2),
                                                  ("Health Ministry", 1)]
    assert [b.length for b in bars] == [PLOT_WIDTH, 253.3, 253.3, 126.7]  # in proportion, the longest full width
    assert bars[0].tooltip == "Ana Lind: 3 statements (2 direct) in 2 articles"
    assert len(shown.overview.speakers) == 4 and shown.overview.unresolved_statements == 1


def test_estimates_of_one_subject_stand_side_by_side_by_claimant_where_sources_disagree(shown: Report):
    o = shown.overview
    assert (o.subjects, o.disagreeing) == (2, 1)  # the agreeing subject is not shown
    [figure] = shown.disagreements
    d = figure.disagreement
    assert (d.subject_key, d.category, d.more) == ("killed:-:civilians", "killed", 0)
    assert [(c.claimant, c.surface, c.figure, c.hedge, c.article_title, c.published) for c in d.claims] == [
        ("Health Ministry", "40", "40", "exact", "Shelling hits Kova", date(2025, 3, 5)),
        ("Red Cross", "65", "65", "exact", 'Aid & <script>alert("x")</script> reaches Kova', date(2025, 4, 10)),
    ]
    chart = figure.chart
    assert not chart.log and [t.label for t in chart.ticks] == ["0", "20", "40", "60", "80"]
    assert [(m.claimant, m.surface, m.span) for m in chart.marks] == [("Health Ministry", "40", None),
                                                                      ("Red Cross", "65", None)]
    assert [m.dot for m in chart.marks] == pytest.approx([LABEL_WIDTH + PLOT_WIDTH * v / 80 for v in (40, 65)], abs=0.1)


def test_figures_a_hundredfold_apart_are_drawn_on_a_log_scale_and_open_bounds_get_an_arrow():
    chart = claims_chart(Disagreement("killed:-:people", "killed", (
        claim("Ministry", 3, 3, 3), claim("Red Cross", None, 40, 90), claim("Monitor", None, 500, None),
        claim("Rebels", None, None, 12000))))
    assert chart.log and chart.caption == "killed:-:people (log scale)"
    assert [t.label for t in chart.ticks] == ["1", "10", "100", "1,000", "10,000", "100,000"]
    ministry, red_cross, at_least, at_most = chart.marks
    assert ministry.dot is not None and ministry.span is None and ministry.arrow is None
    assert red_cross.dot is None and red_cross.span[0] < red_cross.span[1] and red_cross.arrow is None
    assert at_least.span[1] == chart.right and at_least.arrow[0] == (chart.right, at_least.y)  # open to the right
    assert at_most.span[0] == chart.left and at_most.arrow[0] == (chart.left, at_most.y)  # open to the left


def test_long_names_are_clipped_in_charts_and_whole_in_their_tooltips():
    name = "The Very Long Name Of A Ministry Of Something"
    [bar] = bar_chart("Statements per speaker", [(name, 5, f"{name}: 5 statements")]).bars
    assert bar.label == name[:33] + "…" and bar.tooltip.startswith(name)
    [mark] = claims_chart(Disagreement("s", "c", (claim(name, 1), claim("B", 2)))).marks[:1]
    assert mark.claimant == name[:33] + "…" and mark.tooltip.startswith(name)


def test_rejects_are_counted_by_reason_and_listed_with_file_and_line(shown: Report):
    assert [(b.label, b.value) for b in shown.rejects.bars] == [("malformed_json", 2), ("empty", 1)]
    assert [(r.input_path, r.line, r.reason_code) for r in shown.rejects_listed] == [
        ("inputs/feed.jsonl", 3, "malformed_json"), ("inputs/feed.jsonl", 7, "malformed_json"),
        ("inputs/empty.txt", None, "empty")]


def test_the_page_has_its_sections_and_escapes_text_from_articles(release: Path, page: ET.Element):
    assert page.find(".//header/h1").text == "newsfacts 1.0.0"
    assert [s.get("id") for s in page.iter("section")] == SECTIONS
    assert len(list(page.iter("svg"))) == 4  # events over time, speakers, one disagreement, rejects
    # the title round-trips as text: it was escaped in the file, not read as markup
    titles = [text(td) for td in page.iter("td")]
    assert 'Aid & <script>alert("x")</script> reaches Kova' in titles
    html = (release / "report.html").read_text(encoding="utf-8")
    assert "<script" not in html and "<b>" not in html and "<Kova Watch>" not in html
    assert "&lt;script&gt;alert(" in html and "&lt;Kova Watch&gt;" in html


def test_the_page_loads_nothing_and_allows_no_scripts(release: Path):
    html = (release / "report.html").read_text(encoding="utf-8")
    assert "default-src 'none'; style-src 'unsafe-inline'" in html  # the page's policy: no scripts, no fetches
    assert not any(tag in html for tag in ("<link", " src=", "@import", "url(", "<script"))


def test_a_release_without_estimates_or_rejects_says_so(tmp_path: Path):
    release = cases.published(cases.tables("a1"), tmp_path)
    shown = report(release)
    o = shown.overview
    assert (o.subjects, shown.disagreements, o.rejects, shown.rejects) == (0, (), (), None)
    assert [(b.label, b.value) for b in shown.speakers.bars] == [("the governor", 1)]
    assert (o.extraction_errors, o.flags) == ((), ())
    page = ET.fromstring(render_report(release))
    assert [s.get("id") for s in page.iter("section")] == SECTIONS
    sections = {s.get("id"): text(s) for s in page.iter("section")}
    assert "This release has no estimates with a subject." in sections["disagreements"]
    assert "No input of the run that made this release was rejected." in sections["rejects"]
    assert "Every article was extracted, and no published row fails a plausibility check." in sections["quality"]


def test_failed_extractions_and_flagged_rows_are_listed_in_the_report_and_the_card(tmp_path: Path):
    tables = cases.tables("a1", "a2")
    a1, a2 = (cases.article(k) for k in ("a1", "a2"))
    tables["events"] = to_table("events", [cases.event(a1, "seized", date(2031, 1, 1))])  # years after 2025
    tables["extraction_errors"] = to_table("extraction_errors", [
        extraction_error(a2, "statements", "ZeroDivisionError", "float division by zero <b>")])
    release = cases.published(tables, tmp_path)
    shown = report(release)
    o = shown.overview
    assert (o.failed_articles, o.flagged_rows) == (1, 1)
    assert [(e.article_id, e.source_id, e.stage, e.extractor, e.error_type, e.message)
            for e in shown.errors_listed] == [
        (a2.article_id, "a2", "statements", statements.VERSION, "ZeroDivisionError", "float division by zero <b>")]
    flagged = tables["events"]["event_id"][0].as_py()
    [flag] = o.flags
    assert (flag.table, flag.check, flag.count, flag.examples) == (
        "events", "dates are plausible for the article's publication time", 1, (flagged,))
    page = ET.fromstring((release / "report.html").read_text(encoding="utf-8"))
    assert "1 row flagged as doubtful (below); extraction failed for 1 article (below)" in text(page.find(".//header"))
    quality = next(s for s in page.iter("section") if s.get("id") == "quality")
    assert "float division by zero <b>" in text(quality)  # escaped in the file, whole as text
    card = (release / "README.md").read_text(encoding="utf-8")
    assert f"| statements | `{statements.VERSION}` | ZeroDivisionError | 1 |" in card
    assert f"| events | dates are plausible for the article's publication time | 1 | {flagged} |" in card


def test_the_header_links_to_the_data_docs_only_when_the_release_has_them(release: Path, tmp_path: Path):
    without, with_docs = tmp_path / "without" / "1.0.0", tmp_path / "with" / "1.0.0"
    for copy in (without, with_docs):
        shutil.copytree(release, copy)
        shutil.rmtree(copy / "data-docs", ignore_errors=True)
    (with_docs / DATA_DOCS).parent.mkdir()
    (with_docs / DATA_DOCS).write_text("<html></html>", encoding="utf-8")

    assert report(without).overview.data_docs is None
    assert "Data Docs" not in render_report(without)
    assert report(with_docs).overview.data_docs == DATA_DOCS
    [link] = ET.fromstring(render_report(with_docs)).find(".//header").iter("a")
    assert link.get("href") == "data-docs/index.html"
    assert link.text == "Validation details (Great Expectations Data Docs)"


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


def test_the_events_are_counted_by_where_their_dates_come_from(release: Path, shown: Report, page: ET.Element):
    sources = pd.read_parquet(release / "events", columns=["date_source"])["date_source"].value_counts()
    assert {(t.label, t.count) for t in shown.overview.date_sources} == set(sources.items())
    section = text(page.find(".//section[@id='events-over-time']"))
    assert all(f"{label} {count}" in section for label, count in sources.items())
    assert ". Where the dates come from" in section and " (text: the event's own words" in section
