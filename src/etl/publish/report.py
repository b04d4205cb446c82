"""A release folder → report.html: one static page of charts (inline SVG) and tables, no scripts, no network."""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from etl.errors import ReleaseError
from etl.publish.store import Store, release_location
from etl.records import ExtractionError, field_names

# Only the columns the report needs: article texts can be most of a release's bytes.
COLUMNS = {
    "articles": ["article_id", "source", "title", "published_at"],
    "statements": ["article_id", "quote_type", "speaker_canonical", "extractor"],
    "events": ["event_type", "date", "date_precision", "modality", "extractor"],
    "estimates": ["estimate_id", "article_id", "surface", "value", "value_low", "value_high", "hedge",
                  "claimant", "claimant_canonical", "extractor"],
    "estimate_groups": ["subject_key", "category", "n_estimates", "disagree", "estimate_ids"],
    "extraction_errors": field_names(ExtractionError),
    "rejects": ["input_path", "line", "reason_code", "reason"],
}
# Tables that releases made before them lack: read as empty there.
LATER_TABLES = ("extraction_errors",)
# Precisions that place an event in a month; a week counts in the month it starts in.
IN_A_MONTH = ("day", "week", "month")
# Beyond this many months the timeline is drawn by year, so that its columns stay readable.
MAX_MONTHS = 36
TOP_SPEAKERS = 15
MAX_DISAGREEMENTS = 20
MAX_CLAIMS = 30  # figures drawn per subject
REPEATED = {"quote_type", "speaker_canonical", "extractor", "event_type", "date_precision", "modality", "hedge",
            "source", "claimant", "claimant_canonical", "reason_code", "stage", "error_type"}
MAX_REJECTS_LISTED = 50
MAX_ERRORS_LISTED = 50
UNATTRIBUTED = "unattributed"


@dataclass(frozen=True)
class Tally:
    """A label and how many records carry it."""
    label: str
    count: int


@dataclass(frozen=True)
class Change:
    table: str
    added: int
    changed: int
    removed: int


@dataclass(frozen=True)
class Speaker:
    name: str
    statements: int
    direct: int
    articles: int


@dataclass(frozen=True)
class TimelineRow:
    event_type: str
    per_period: tuple[int, ...]
    year_only: int
    undated: int

    @property
    def total(self) -> int:
        return sum(self.per_period) + self.year_only + self.undated


@dataclass(frozen=True)
class Timeline:
    """Events per type and period; events dated only to a year (when periods are months) or not at all apart."""
    periods: tuple[str, ...]
    rows: tuple[TimelineRow, ...]
    negated: int  # events the text says did not happen, left out of the rows

    @property
    def by_year(self) -> bool:
        return bool(self.periods) and len(self.periods[0]) == 4


@dataclass(frozen=True)
class Claim:
    """One estimate of a disagreement: who gave which figure, in which words, in which article."""
    claimant: str
    surface: str
    value: float | None
    low: float | None
    high: float | None
    hedge: str
    article_title: str | None
    published: date | None

    @property
    def figure(self) -> str:
        if self.value is not None:
            return _number(self.value)
        if self.low is not None and self.high is not None:
            return f"{_number(self.low)}–{_number(self.high)}"
        return f"≥ {_number(self.low)}" if self.low is not None else f"≤ {_number(self.high)}"

    @property
    def ends(self) -> list[float]:
        return [v for v in (self.low, self.value, self.high) if v is not None]


@dataclass(frozen=True)
class Disagreement:
    subject_key: str
    category: str
    claims: tuple[Claim, ...]
    more: int = 0  # claims of the subject beyond MAX_CLAIMS, not drawn


@dataclass(frozen=True)
class RejectedInput:
    input_path: str
    line: int | None
    reason_code: str
    reason: str


@dataclass(frozen=True)
class Flag:
    """A plausibility check that some published rows fail."""
    table: str
    check: str
    count: int
    examples: tuple[str, ...]


@dataclass(frozen=True)
class Overview:
    """What a release holds, as people want to see it first."""
    version: str
    previous: str | None
    rows: dict[str, int]
    changes: tuple[Change, ...]
    checks: int
    failed_checks: int
    sources: tuple[Tally, ...]
    published: tuple[date, date] | None
    extractors: tuple[str, ...]
    speakers: tuple[Speaker, ...]
    unresolved_statements: int
    timeline: Timeline
    subjects: int
    disagreeing: int  # subjects where claimants give different figures
    disagreements: tuple[Disagreement, ...]  # the MAX_DISAGREEMENTS most reported of them
    rejects_by_reason: tuple[Tally, ...]
    rejects: tuple[RejectedInput, ...]
    extraction_errors: tuple[ExtractionError, ...]
    flags: tuple[Flag, ...]


def overview(release: str | Path) -> Overview:
    """The overview of a release (a folder or a URI) from its Parquet tables, changelog.json and validation.json."""
    # Load: the release's own files, nothing else
    store, version = _open(release)
    log = _read_json(store, version, "changelog.json")
    validation = _read_json(store, version, "validation.json")
    tables = {name: _read_table(store, version, name, columns) for name, columns in COLUMNS.items()
              if name not in LATER_TABLES or store.has_table(version, name)}

    # Process: counts, rankings and the figures sources disagree on, aggregated in Arrow before any
    # row becomes a Python object, so a large release stays cheap to summarise
    articles, statements = tables["articles"], tables["statements"]
    published = pc.min_max(articles["published_at"]).as_py()
    rejects = tuple(RejectedInput(**r) for r in tables["rejects"].to_pylist())
    return Overview(
        version=log["version"], previous=log.get("previous"),
        rows={name: t.num_rows for name, t in tables.items()},
        changes=tuple(Change(name, c["added"], c["changed"], c["removed"])
                      for name, c in log["tables"].items()),
        checks=validation["checks"], failed_checks=validation["failed"],
        sources=_tally(pc.fill_null(articles["source"], "unknown")),
        published=(published["min"].date(), published["max"].date()) if published["min"] else None,
        extractors=tuple(sorted({e for name in ("statements", "events", "estimates")
                                 for e in pc.unique(tables[name]["extractor"]).to_pylist()})),
        speakers=_speakers(statements),
        unresolved_statements=statements["speaker_canonical"].null_count,
        timeline=timeline(tables["events"]),
        subjects=tables["estimate_groups"].num_rows,
        disagreeing=pc.sum(tables["estimate_groups"]["disagree"]).as_py() or 0,
        disagreements=_disagreements(tables["estimate_groups"], tables["estimates"], articles),
        rejects_by_reason=_tally(pa.array([r.reason_code for r in rejects], pa.string())),
        rejects=rejects,
        extraction_errors=tuple(ExtractionError(**r) for r in tables["extraction_errors"].to_pylist())
        if "extraction_errors" in tables else (),
        flags=tuple(Flag(f["table"], f["check"], f["count"], tuple(f["examples"])) for f in validation.get("flags", [])),
    )


def render_report(release_dir: Path) -> str:
    """The release's report.html: header, what changed, then one section per chart."""
    o = overview(release_dir)
    sections = [_summary_section(o), _timeline_section(o.timeline), _speakers_section(o),
                _disagreements_section(o), _quality_section(o), _rejects_section(o)]
    return PAGE.format(version=_e(o.version), css=CSS, body="\n".join(sections))


def _open(release: str | Path) -> tuple[Store, str]:
    try:
        return release_location(str(release))
    except OSError as e:
        raise _not_a_release(str(release), "latest", e) from None


def _read_json(store: Store, version: str, name: str) -> dict:
    try:
        return store.read_json(version, name)
    except (OSError, ValueError) as e:
        raise _not_a_release(store.location(version), name, e) from None


def _read_table(store: Store, version: str, name: str, columns: list[str]) -> pa.Table:
    try:
        # Names, types and versions repeat across millions of rows: dictionary-encoded, each is stored once.
        table = pq.read_table(store.fs.open_input_file(store.path(version, f"{name}.parquet")), columns=columns,
                              read_dictionary=[c for c in columns if c in REPEATED])
        return table.unify_dictionaries()  # one dictionary per column across row groups, as grouping needs
    except (OSError, pa.ArrowException) as e:
        raise _not_a_release(store.location(version), f"{name}.parquet", e) from None


def _not_a_release(release: str, name: str, error: Exception) -> ReleaseError:
    problem = "is missing" if isinstance(error, FileNotFoundError) else f"cannot be read ({error})"
    return ReleaseError(f"{release} is not a readable release: {name} {problem}; "
                        "pass a release folder such as data/published/latest")


def _tally(labels: pa.Array | pa.ChunkedArray) -> tuple[Tally, ...]:
    """Most frequent first; ties in alphabetical order, so the same release always reads the same."""
    counts = pc.value_counts(labels).to_pylist()
    return tuple(Tally(c["values"], c["counts"]) for c in sorted(counts, key=lambda c: (-c["counts"], c["values"])))


def _speakers(statements: pa.Table) -> tuple[Speaker, ...]:
    resolved = statements.filter(pc.is_valid(statements["speaker_canonical"]))
    direct = pc.cast(pc.equal(resolved["quote_type"], "direct"), pa.int64())
    per_speaker = (resolved.append_column("direct", direct)
                   .group_by("speaker_canonical", use_threads=False)
                   .aggregate([("article_id", "count"), ("direct", "sum"), ("article_id", "count_distinct")]))
    speakers = [Speaker(r["speaker_canonical"], r["article_id_count"], r["direct_sum"], r["article_id_count_distinct"])
                for r in per_speaker.to_pylist()]
    return tuple(sorted(speakers, key=lambda s: (-s.statements, s.name)))


def timeline(events: pa.Table) -> Timeline:
    """Events per type and period: by month, or by year when the dated events span over MAX_MONTHS months.

    Negated events ("did not attack") are counted apart: they are not things that happened.
    """
    happened = events.filter(pc.not_equal(events["modality"], "negated"))
    # One row per (type, date, precision) with its count: few, whatever the number of events.
    keys = ["event_type", "date", "date_precision"]
    combos = happened.group_by(keys, use_threads=False).aggregate([("event_type", "count")]).to_pylist()
    in_month = [c["date"] for c in combos if c["date"] is not None and c["date_precision"] in IN_A_MONTH]
    in_year = [c["date"] for c in combos if c["date"] is not None and c["date_precision"] == "year"]
    by_year = bool(in_month) and _months_between(min(in_month), max(in_month)) > MAX_MONTHS
    if by_year:
        dated = in_month + in_year
        periods = tuple(str(y) for y in range(min(dated).year, max(dated).year + 1))
    elif in_month:
        first = min(in_month)
        periods = tuple(_month(first, i) for i in range(_months_between(first, max(in_month))))
    else:
        periods = ()
    index = {p: i for i, p in enumerate(periods)}
    per_type: dict[str, list[int]] = {}
    for c in combos:
        counts = per_type.setdefault(c["event_type"], [0] * (len(periods) + 2))  # periods, year only, undated
        d, precision, n = c["date"], c["date_precision"], c["event_type_count"]
        if d is not None and (precision in IN_A_MONTH or (by_year and precision == "year")):
            counts[index[str(d.year) if by_year else f"{d.year:04d}-{d.month:02d}"]] += n
        elif d is not None and precision == "year":
            counts[-2] += n
        else:
            counts[-1] += n
    rows = [TimelineRow(t, tuple(c[:-2]), c[-2], c[-1]) for t, c in per_type.items()]
    return Timeline(periods, tuple(sorted(rows, key=lambda r: (-r.total, r.event_type))),
                    events.num_rows - happened.num_rows)


def _months_between(first: date, last: date) -> int:
    """How many calendar months from first's month to last's month, both included."""
    return (last.year - first.year) * 12 + last.month - first.month + 1


def _month(first: date, offset: int) -> str:
    year, month = divmod(first.year * 12 + first.month - 1 + offset, 12)
    return f"{year:04d}-{month + 1:02d}"


def _disagreements(groups: pa.Table, estimates: pa.Table, articles: pa.Table) -> tuple[Disagreement, ...]:
    """The most reported subjects where sources disagree, each with at most MAX_CLAIMS of its figures.

    Chosen in Arrow before any row becomes a Python object, so a large release stays cheap to draw.
    """
    # The most reported subjects first: they are the ones readers will meet in the news.
    disagreeing = (groups.filter(groups["disagree"])
                   .sort_by([("n_estimates", "descending"), ("subject_key", "ascending")])
                   .slice(0, MAX_DISAGREEMENTS))
    wanted = pc.list_flatten(pc.list_slice(disagreeing["estimate_ids"], 0, MAX_CLAIMS))
    claimed = estimates.filter(pc.is_in(estimates["estimate_id"], value_set=wanted))
    by_id = {r["estimate_id"]: r for r in claimed.to_pylist()}
    sources = articles.filter(pc.is_in(articles["article_id"], value_set=claimed["article_id"]))
    article_of = {r["article_id"]: r for r in sources.to_pylist()}
    found = []
    for g in disagreeing.to_pylist():
        claims = []
        for estimate_id in g["estimate_ids"][:MAX_CLAIMS]:
            e = by_id[estimate_id]
            a = article_of.get(e["article_id"], {})
            published = a.get("published_at")
            claims.append(Claim(e["claimant_canonical"] or e["claimant"] or UNATTRIBUTED, e["surface"], e["value"],
                                e["value_low"], e["value_high"], e["hedge"], a.get("title"),
                                published.date() if published else None))
        claims.sort(key=lambda c: (min(c.ends, default=0), c.claimant))
        found.append(Disagreement(g["subject_key"], g["category"], tuple(claims),
                                  max(0, len(g["estimate_ids"]) - MAX_CLAIMS)))
    return tuple(found)


# Rendering. Every text that comes from articles or inputs passes through _e.

def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def _summary_section(o: Overview) -> str:
    facts = [("articles", o.rows["articles"]), ("statements", o.rows["statements"]),
             ("events", o.rows["events"]), ("estimates", o.rows["estimates"])]
    tiles = "".join(f'<div class="tile"><span class="n">{n:,}</span> {name}</div>' for name, n in facts)
    span = (f"published {o.published[0].isoformat()} to {o.published[1].isoformat()}"
            if o.published else "no publication dates")
    sources = ", ".join(f"{_e(s.label)} ({s.count:,})" for s in o.sources) or "none"
    changes = "".join(f'<tr class="row"><td>{_e(c.table)}</td><td class="num">{c.added:,}</td>'
                      f'<td class="num">{c.changed:,}</td><td class="num">{c.removed:,}</td></tr>'
                      for c in o.changes)
    since = f"since {_e(o.previous)}" if o.previous else "(first release)"
    checks = (f"{o.checks:,} checks passed" if not o.failed_checks
              else f"{o.checks:,} checks, {o.failed_checks:,} failed")
    if o.flags:
        checks += f'; {_plural(sum(f.count for f in o.flags), "row")} flagged as doubtful (<a href="#quality">below</a>)'
    if o.extraction_errors:
        failed = len({e.article_id for e in o.extraction_errors})
        checks += f'; extraction failed for {_plural(failed, "article")} (<a href="#quality">below</a>)'
    return f"""<header>
<h1>newsfacts {_e(o.version)}</h1>
<p class="lede">Events, statements and estimates extracted from news articles. Every record points at the
words it came from; the tables, their dictionary and how to cite this version are in <code>README.md</code>.</p>
<div class="tiles">{tiles}</div>
<p>Articles {span}. Sources: {sources}. Validation: {checks}. Extractors:
{", ".join(f"<code>{_e(x)}</code>" for x in o.extractors) or "none"}.</p>
</header>
<section id="changes">
<h2>Changes {since}</h2>
<table><thead><tr><th>table</th><th>added</th><th>changed</th><th>removed</th></tr></thead>
<tbody>{changes}</tbody></table>
<p class="note">Ids of every added, changed and removed row are in <code>changelog.parquet</code>.</p>
</section>"""


def _timeline_section(t: Timeline) -> str:
    dated = sum(sum(r.per_period) for r in t.rows)
    total = sum(r.total for r in t.rows)
    negated = (f" Left out: {_plural(t.negated, 'negated event')}, which the text says did not happen."
               if t.negated else "")
    if not total:
        return _empty_section("events-over-time", "Events per type over time", f"This release has no events.{negated}")
    unit = "year" if t.by_year else "month"
    return f"""<section id="events-over-time">
<h2>Events per type over time</h2>
<p>{_plural(total, "event")}, {dated:,} of them dated to a {unit} or better. Each cell counts the events of
one type in one {unit}, by the date the text gives for the event (not the publication date); darker is more.
Events the text dates only to a year, or not at all, are counted apart.{negated}</p>
{_heatmap(t)}
</section>"""


def _speakers_section(o: Overview) -> str:
    if not o.speakers:
        return _empty_section("speakers", "Most quoted speakers", "No statement in this release has a resolved speaker.")
    top = o.speakers[:TOP_SPEAKERS]
    bars = [Bar(s.name, s.statements, f"{s.name}: {_plural(s.statements, 'statement')} "
                                      f"({s.direct:,} direct) in {_plural(s.articles, 'article')}")
            for s in top]
    unresolved = (f" Left out: {_plural(o.unresolved_statements, 'statement')} whose speaker could not be "
                  "resolved (a pronoun or a vague mention)." if o.unresolved_statements else "")
    return f"""<section id="speakers">
<h2>Most quoted speakers</h2>
<p>The {len(top)} most quoted of {_plural(len(o.speakers), "speaker")}, by resolved name
(<code>speaker_canonical</code>).{unresolved}</p>
{_bar_chart(bars, "Statements per speaker")}
</section>"""


def _disagreements_section(o: Overview) -> str:
    title = "Where sources disagree"
    if not o.disagreements:
        text = (f"None of the {_plural(o.subjects, 'subject')} with estimates has two claimants giving "
                "different figures." if o.subjects else "This release has no estimates with a subject.")
        return _empty_section("disagreements", title, text)
    shown = o.disagreements
    more = (f" The {len(shown)} most reported are shown; the rest are in <code>estimate_groups.parquet</code>."
            if o.disagreeing > len(shown) else "")
    figures = "\n".join(_disagreement_figure(d) for d in shown)
    return f"""<section id="disagreements">
<h2>{title}</h2>
<p>Sources disagree on {o.disagreeing:,} of {_plural(o.subjects, "subject")} with estimates: two or
more claimants gave different figures (<code>estimate_groups.disagree</code>).{more} A dot is a figure as claimed; a bar spans
the range the words allow; an arrow marks a bound the words leave open ("at least", "nearly").</p>
{figures}
</section>"""


def _disagreement_figure(d: Disagreement) -> str:
    rows = "".join(
        f'<tr class="claim"><td>{_e(c.claimant)}</td><td>{_e(c.surface)}</td><td class="num">{_e(c.figure)}</td>'
        f"<td>{_e(c.hedge)}</td><td>{_e(c.article_title or '')}</td>"
        f"<td>{c.published.isoformat() if c.published else ''}</td></tr>"
        for c in d.claims)
    return f"""<figure class="disagreement" data-subject="{_e(d.subject_key)}">
<figcaption><strong>{_e(d.subject_key)}</strong> ({_e(d.category)})</figcaption>
{_claims_chart(d)}
<table><thead><tr><th>claimant</th><th>as written</th><th>figure</th><th>hedge</th><th>article</th>
<th>published</th></tr></thead><tbody>{rows}</tbody></table>
{f'<p class="note">{d.more:,} more figures of this subject are in <code>estimate_groups.parquet</code>.</p>' if d.more else ""}
</figure>"""


def _rejects_section(o: Overview) -> str:
    title = "Rejected inputs"
    if not o.rejects:
        return _empty_section("rejects", title, "No input of the run that made this release was rejected.")
    bars = [Bar(t.label, t.count, f"{t.label}: {_plural(t.count, 'input')}") for t in o.rejects_by_reason]
    listed = o.rejects[:MAX_REJECTS_LISTED]
    rows = "".join(f'<tr class="row"><td>{_e(r.input_path)}</td><td class="num">{r.line or ""}</td>'
                   f"<td>{_e(r.reason_code)}</td><td>{_e(r.reason)}</td></tr>" for r in listed)
    more = f" The first {len(listed)} are listed." if len(o.rejects) > len(listed) else ""
    return f"""<section id="rejects">
<h2>{title}</h2>
<p>{_plural(len(o.rejects), "input item")} of the run that made this release did not become articles, by
reason (<code>rejects.parquet</code>; earlier runs' rejects are in their own releases).{more}</p>
{_bar_chart(bars, "Rejected inputs per reason")}
<table><thead><tr><th>file</th><th>line</th><th>reason</th><th>details</th></tr></thead>
<tbody>{rows}</tbody></table>
</section>"""


def _quality_section(o: Overview) -> str:
    title = "Extraction errors and flagged rows"
    if not o.extraction_errors and not o.flags:
        return _empty_section("quality", title, "Every article was extracted, and no published row fails a "
                                                "plausibility check.")
    parts = [f'<section id="quality">\n<h2>{title}</h2>']
    if o.extraction_errors:
        listed = o.extraction_errors[:MAX_ERRORS_LISTED]
        failed = len({e.article_id for e in o.extraction_errors})
        rows = "".join(f'<tr class="row"><td><code>{_e(e.article_id)}</code></td><td>{_e(e.source_id or "")}</td>'
                       f"<td>{_e(e.stage)}</td><td><code>{_e(e.extractor)}</code></td><td>{_e(e.error_type)}</td>"
                       f"<td>{_e(_clip(e.message, 160))}</td></tr>" for e in listed)
        more = f" The first {len(listed)} are listed." if len(o.extraction_errors) > len(listed) else ""
        parts.append(f"""<p>The extraction of {_plural(failed, "article")} failed. They are published in
<code>articles</code> without the records of the failing stage and the stages after it
(<code>extraction_errors.parquet</code>), and the next run extracts them again.{more}</p>
<table><thead><tr><th>article</th><th>source id</th><th>stage</th><th>extractor</th><th>error</th>
<th>message</th></tr></thead><tbody>{rows}</tbody></table>""")
    if o.flags:
        rows = "".join(f'<tr class="row"><td>{_e(f.table)}</td><td>{_e(f.check)}</td><td class="num">{f.count:,}</td>'
                       f"<td>{_e(', '.join(f.examples[:5]))}</td></tr>" for f in o.flags)
        parts.append(f"""<p>Plausibility checks never block a release: the rows that fail them are published, and
counted here (all ids in <code>validation.json</code>). Look at them before you count them.</p>
<table><thead><tr><th>table</th><th>check</th><th>rows</th><th>for example</th></tr></thead>
<tbody>{rows}</tbody></table>""")
    return "\n".join(parts) + "\n</section>"


def _empty_section(section_id: str, title: str, text: str) -> str:
    return f'<section id="{section_id}">\n<h2>{title}</h2>\n<p>{text}</p>\n</section>'


# Charts: hand-drawn SVG, sized in pixels, so the page needs nothing but itself.

INK, FAINT, ACCENT = "#1b1f24", "#eef1f4", "#2458a6"
ROW = 22


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    tooltip: str


def _bar_chart(bars: list[Bar], title: str, label_width: int = 230, bar_width: int = 380) -> str:
    top = max(b.value for b in bars)
    height = ROW * len(bars) + 4
    parts = []
    for i, b in enumerate(bars):
        y = i * ROW + 2
        w = max(1.0, bar_width * b.value / top)
        parts.append(
            f'<g class="bar"><title>{_e(b.tooltip)}</title>'
            f'<text class="label" x="{label_width - 8}" y="{y + 15}" text-anchor="end">{_e(_clip(b.label, 34))}</text>'
            f'<rect x="{label_width}" y="{y + 3}" width="{w:.1f}" height="{ROW - 6}" fill="{ACCENT}"/>'
            f'<text class="value" x="{label_width + w + 6:.1f}" y="{y + 15}">{b.value:,}</text></g>')
    return _svg(label_width + bar_width + 60, height, title, "".join(parts))


def _heatmap(t: Timeline) -> str:
    label_width, cell, gap, header = 96, 30, 12, 64
    columns = [(p, p) for p in t.periods]
    if not t.by_year:
        columns.append(("year only", "year-only"))
    columns.append(("no date", "undated"))
    top = max(max((*r.per_period, r.year_only, r.undated)) for r in t.rows)
    x_of = [label_width + i * cell + (gap if i >= len(t.periods) else 0) for i in range(len(columns))]
    parts = [f'<text x="{x + cell / 2:.0f}" y="{header - 6}" transform="rotate(-50 {x + cell / 2:.0f} {header - 6})" '
             f'class="axis">{_e(name)}</text>' for (name, _), x in zip(columns, x_of)]
    parts.append(f'<text x="{x_of[-1] + cell + 8}" y="{header - 6}" class="axis">total</text>')
    for i, r in enumerate(t.rows):
        y = header + i * ROW
        cells = []
        counts = [*r.per_period] + ([r.year_only] if not t.by_year else []) + [r.undated]
        for (name, key), x, n in zip(columns, x_of, counts):
            shade = 0.12 + 0.88 * n / top if n else 0
            fill = f'fill="{ACCENT}" fill-opacity="{shade:.2f}"' if n else f'fill="{FAINT}"'
            ink = ' class="on-dark"' if shade > 0.55 else ""
            text = (f'<text x="{x + cell / 2:.0f}" y="{y + 15}" text-anchor="middle"{ink}>{n}</text>'
                    if n else "")
            cells.append(f'<g class="cell" data-period="{_e(key)}"><title>{_e(r.event_type)}, {_e(name)}: '
                         f'{_plural(n, "event")}</title><rect x="{x}" y="{y + 1}" width="{cell - 2}" '
                         f'height="{ROW - 2}" {fill}/>{text}</g>')
        parts.append(f'<g class="row" data-type="{_e(r.event_type)}">'
                     f'<text class="label" x="{label_width - 8}" y="{y + 15}" text-anchor="end">{_e(r.event_type)}</text>'
                     + "".join(cells)
                     + f'<text class="total" x="{x_of[-1] + cell + 8}" y="{y + 15}">{r.total}</text></g>')
    width = x_of[-1] + cell + 60
    return _svg(width, header + ROW * len(t.rows) + 4, "Events per type and period", "".join(parts))


def _claims_chart(d: Disagreement, label_width: int = 230, plot_width: int = 380) -> str:
    ends = [v for c in d.claims for v in c.ends]
    positive = [v for v in ends if v > 0]
    # Figures that differ a hundredfold would crush the smaller ones against zero on a linear axis.
    log = len(positive) == len(ends) and max(ends) / min(positive) >= 100
    if log:
        lo, hi = 10 ** math.floor(math.log10(min(positive))), 10 ** math.ceil(math.log10(max(ends)))
        ticks = [10 ** k for k in range(round(math.log10(lo)), round(math.log10(hi)) + 1)]
    else:
        step = _nice_ceiling(max(ends) * 1.1 / 4) if max(ends) > 0 else 1.0
        lo, hi = 0.0, 4 * step
        ticks = [k * step for k in range(5)]

    def x(v: float) -> float:
        share = (math.log10(v) - math.log10(lo)) / (math.log10(hi) - math.log10(lo)) if log else (v - lo) / (hi - lo)
        return label_width + plot_width * min(1.0, max(0.0, share))

    left, right = label_width, label_width + plot_width
    parts = []
    for i, c in enumerate(d.claims):
        y = i * ROW + ROW / 2 + 2
        marks = []
        if c.low is not None and c.high is not None and c.low != c.high:
            marks.append(_segment(x(c.low), x(c.high), y))
        elif c.low is not None and c.high is None:
            marks.append(_segment(x(c.low), right, y) + _arrow(right, y, 1))
        elif c.high is not None and c.low is None:
            marks.append(_segment(left, x(c.high), y) + _arrow(left, y, -1))
        point = c.value if c.value is not None else (c.low if c.low == c.high else None)
        if point is not None:
            marks.append(f'<circle cx="{x(point):.1f}" cy="{y:.1f}" r="5" fill="{ACCENT}"/>')
        parts.append(f'<g class="bar"><title>{_e(c.claimant)}: "{_e(c.surface)}" ({_e(c.hedge)})</title>'
                     f'<text class="label" x="{label_width - 8}" y="{y + 4:.1f}" text-anchor="end">'
                     f'{_e(_clip(c.claimant, 34))}</text>{"".join(marks)}'
                     f'<text class="value" x="{right + 10}" y="{y + 4:.1f}">{_e(_clip(c.surface, 24))}</text></g>')
    axis_y = len(d.claims) * ROW + 6
    parts.append(f'<line x1="{left}" x2="{right}" y1="{axis_y}" y2="{axis_y}" stroke="{INK}"/>')
    for t in ticks:
        parts.append(f'<line x1="{x(t):.1f}" x2="{x(t):.1f}" y1="{axis_y}" y2="{axis_y + 4}" stroke="{INK}"/>'
                     f'<text class="axis" x="{x(t):.1f}" y="{axis_y + 16}" text-anchor="middle">{_number(t)}</text>')
    scale = " (log scale)" if log else ""
    parts.append(f'<text class="axis" x="{right}" y="{axis_y + 30}" text-anchor="end">{_e(d.subject_key)}{scale}</text>')
    return _svg(right + 180, axis_y + 36, f"Figures claimed for {d.subject_key}", "".join(parts))


def _segment(x1: float, x2: float, y: float) -> str:
    return (f'<line x1="{x1:.1f}" x2="{x2:.1f}" y1="{y:.1f}" y2="{y:.1f}" stroke="{ACCENT}" '
            f'stroke-opacity="0.45" stroke-width="8" stroke-linecap="butt"/>')


def _arrow(x: float, y: float, direction: int) -> str:
    """A head at x pointing right (1) or left (-1): the words leave that side open."""
    return (f'<polygon points="{x:.1f},{y:.1f} {x - 9 * direction:.1f},{y - 7:.1f} {x - 9 * direction:.1f},{y + 7:.1f}" '
            f'fill="{ACCENT}" fill-opacity="0.7"/>')


def _nice_ceiling(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 times a power of ten at or above value, so axis ticks are round numbers."""
    power = 10 ** math.floor(math.log10(value))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= value)


def _svg(width: float, height: float, title: str, body: str) -> str:
    return (f'<svg width="{width:.0f}" height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" role="img" '
            f'aria-label="{_e(title)}">{body}</svg>')


CSS = f"""body {{ font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: {INK};
  max-width: 1000px; margin: 2rem auto; padding: 0 1rem; }}
h1 {{ margin-bottom: .2rem; }} h2 {{ margin-top: 2.2rem; border-bottom: 1px solid #d0d7de; }}
.lede {{ color: #57606a; }} .note {{ color: #57606a; font-size: 90%; }}
.tiles {{ display: flex; gap: 1rem; flex-wrap: wrap; margin: 1rem 0; }}
.tile {{ background: {FAINT}; padding: .6rem 1rem; border-radius: 6px; }}
.tile .n {{ font-size: 1.6rem; font-weight: 600; display: block; }}
table {{ border-collapse: collapse; margin: .6rem 0; font-size: 90%; }}
th, td {{ border-bottom: 1px solid #d0d7de; padding: .25rem .6rem; text-align: left; vertical-align: top; }}
td.num {{ text-align: right; font-variant-numeric: tabular-nums; }}
figure {{ margin: 1.2rem 0 2rem; }} figcaption {{ margin-bottom: .4rem; }}
svg {{ display: block; max-width: 100%; height: auto; font-size: 12px; }}
svg text {{ fill: {INK}; }} svg .axis {{ fill: #57606a; font-size: 11px; }}
svg text.on-dark {{ fill: #fff; }}"""

# The policy forbids scripts and every fetch: the page works offline, and markup smuggled into an
# article could not run even if it escaped escaping.
PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>newsfacts {version}: report</title>
<style>
{css}
</style>
</head>
<body>
{body}
<footer class="note"><p>Generated from the files of this release alone; no scripts, no network.</p></footer>
</body>
</html>
"""
