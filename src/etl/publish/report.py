"""A release folder → report.html: its Overview drawn as one static page of charts (inline SVG) and tables."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from etl.publish.charts import BarChart, ClaimsChart, Heatmap, bar_chart, claims_chart, heatmap
from etl.publish.formats import plural
from etl.publish.overview import Disagreement, Overview, RejectedInput, ReleaseFiles, overview
from etl.publish.templating import HTML
from etl.records import ExtractionError

TOP_SPEAKERS = 15
MAX_REJECTS_LISTED = 50
MAX_ERRORS_LISTED = 50


@dataclass(frozen=True)
class DisagreementFigure:
    disagreement: Disagreement
    chart: ClaimsChart


@dataclass(frozen=True)
class Report:
    """What report.html shows: the release's overview, its charts (None where there is nothing to draw) and
    the rows its tables list."""
    overview: Overview
    timeline: Heatmap | None
    speakers: BarChart | None
    disagreements: tuple[DisagreementFigure, ...]
    rejects: BarChart | None
    rejects_listed: tuple[RejectedInput, ...]
    errors_listed: tuple[ExtractionError, ...]


def report(release: str | Path | ReleaseFiles) -> Report:
    """The report of a release (a folder, a URI or its files), from its files alone."""
    o = overview(release)
    speakers = [(s.name, s.statements, f"{s.name}: {plural(s.statements, 'statement')} ({s.direct:,} direct) "
                                       f"in {plural(s.articles, 'article')}") for s in o.speakers[:TOP_SPEAKERS]]
    rejects = [(t.label, t.count, f"{t.label}: {plural(t.count, 'input')}") for t in o.rejects_by_reason]
    return Report(
        overview=o,
        timeline=heatmap(o.timeline) if o.timeline.total else None,
        speakers=bar_chart("Statements per speaker", speakers) if speakers else None,
        disagreements=tuple(DisagreementFigure(d, claims_chart(d)) for d in o.disagreements),
        rejects=bar_chart("Rejected inputs per reason", rejects) if rejects else None,
        rejects_listed=o.rejects[:MAX_REJECTS_LISTED],
        errors_listed=o.extraction_errors[:MAX_ERRORS_LISTED],
    )


def render_report(release: str | Path | ReleaseFiles) -> str:
    """The release's report.html: header, what changed, then one section per chart."""
    return HTML.get_template("report.html.j2").render(report=report(release))
