"""A release (a folder or a URI) → its Overview: counts, rankings and the figures sources disagree on.

The report draws it and `etl show` prints it; both read nothing else.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from etl import contract
from etl.errors import ReleaseError
from etl.publish.formats import number
from etl.storage import datapackage
from etl.storage.parts import resource_parts
from etl.storage.store import PACKAGE, Store, release_location
from etl.records import ExtractionError, field_names

# Columns that releases made before them lack: read where present.
LATER_COLUMNS = {"events": ["date_source"]}
# Only the columns the overview needs: article texts can be most of a release's bytes.
COLUMNS = {
    "articles": ["article_id", "source", "title", "published_at"],
    "statements": ["article_id", "quote_type", "speaker_canonical", "extractor"],
    "events": ["event_type", "date", "date_precision", "modality", "extractor"],
    "event_mentions": ["event_id"],
    "estimates": ["estimate_id", "article_id", "surface", "value", "value_low", "value_high", "hedge",
                  "claimant", "claimant_canonical", "subject_key", "extractor"],
    "estimate_groups": ["subject_key", "category", "n_estimates", "disagree"],
    "extraction_errors": field_names(ExtractionError),
    "rejects": ["input_path", "line", "reason_code", "reason"],
}
# Precisions that place an event in a month; a week counts in the month it starts in.
IN_A_MONTH = ("day", "week", "month")
# Beyond this many months the timeline is drawn by year, so that its columns stay readable.
MAX_MONTHS = 36
MAX_DISAGREEMENTS = 20
MAX_CLAIMS = 30  # figures drawn per subject
REPEATED = {"quote_type", "speaker_canonical", "extractor", "event_type", "date_precision", "modality", "hedge",
            "source", "claimant", "claimant_canonical", "reason_code", "stage", "error_type"}
UNATTRIBUTED = "unattributed"
# Great Expectations Data Docs, where a release has them: the page behind its validation.json.
DATA_DOCS = "data-docs/index.html"


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

    @property
    def total(self) -> int:
        return sum(r.total for r in self.rows)

    @property
    def dated(self) -> int:
        """Events dated to a period (a month, or a year when periods are years) or better."""
        return sum(sum(r.per_period) for r in self.rows)


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
            return number(self.value)
        if self.low is not None and self.high is not None:
            return f"{number(self.low)}–{number(self.high)}"
        return f"≥ {number(self.low)}" if self.low is not None else f"≤ {number(self.high)}"

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
    data_docs: str | None  # DATA_DOCS when the release has them
    date_sources: tuple[Tally, ...] = ()  # events per date_source (text, context, dateline, publication, none)

    @property
    def failed_articles(self) -> int:
        return len({e.article_id for e in self.extraction_errors})

    @property
    def flagged_rows(self) -> int:
        return sum(f.count for f in self.flags)


class ReleaseFiles:
    """Where a release's files are read: a published release, or (with `staging`) the one being published.

    A staged release's own files and new parts are in its staging folder; the parts it keeps are in the
    dataset's part store.
    """

    def __init__(self, store: Store, version: str, package: dict | None = None, staging: Path | None = None):
        self.store, self.version, self.staging = store, version, staging
        self.location = str(staging) if staging is not None else store.location(version)
        self.package = package if package is not None else self._read_package()

    def _read_package(self) -> dict:
        if self.staging is not None:
            return datapackage.resolved(self.read_json(PACKAGE), self.read_json)
        try:
            return self.store.read_package(self.version)
        except (OSError, ValueError) as e:
            raise _not_a_release(self.location, PACKAGE, e) from None

    def read_json(self, name: str) -> dict:
        try:
            if self.staging is not None:
                return json.loads((self.staging / name).read_text(encoding="utf-8"))
            return self.store.read_json(self.version, name)
        except (OSError, ValueError) as e:
            raise _not_a_release(self.location, name, e) from None

    def has_file(self, name: str) -> bool:
        if self.staging is not None:
            return (self.staging / name).is_file()
        return self.store.fs.get_file_info(self.store.path(self.version, *name.split("/"))).type == pafs.FileType.File

    def has_table(self, name: str) -> bool:
        return any(r["name"] == name for r in self.package.get("resources", []))

    def has_column(self, table: str, column: str) -> bool:
        return any(f["name"] == column for r in self.package.get("resources", []) if r["name"] == table
                   for f in r["schema"]["fields"])

    def read_table(self, name: str, columns: list[str]) -> pa.Table:
        resource = next(r for r in self.package["resources"] if r["name"] == name)
        parts = resource_parts(resource)
        fs = self.store.fs
        if parts is None:  # a release written with one file per table
            sources = [self.store.path(self.version, resource["path"])]
        elif self.staging is None:
            sources = [self.store.part_path(self.version, p) for p in parts]
        else:
            sources = [str(self.staging / p.path) if (self.staging / p.path).is_file() else self.store.store_path(p)
                       for p in parts]
        try:
            # Names, types and versions repeat across millions of rows: dictionary-encoded, each is stored once.
            dictionary = [c for c in columns if c in REPEATED]
            local = [source for source in sources if Path(source).is_file()]
            if len(local) == len(sources) > 1:  # many parts at once, in order, on every core
                table = pq.read_table(local, columns=columns, read_dictionary=dictionary)
            else:
                read = [pq.read_table(source if source in local else fs.open_input_file(source), columns=columns,
                                      read_dictionary=dictionary) for source in sources]
                table = pa.concat_tables(read) if len(read) != 1 else read[0]
            return table.unify_dictionaries()  # one dictionary per column across parts, as grouping needs
        except (OSError, pa.ArrowException) as e:
            raise _not_a_release(self.location, name, e) from None


def overview(release: str | Path | ReleaseFiles) -> Overview:
    """The overview of a release (a folder, a URI or its files) from its Parquet tables, changelog.json and validation.json."""
    # Load: the release's own files, nothing else
    files = release if isinstance(release, ReleaseFiles) else ReleaseFiles(*_open(release))
    log = files.read_json("changelog.json")
    validation = files.read_json("validation.json")
    tables = {name: files.read_table(name, columns + [c for c in LATER_COLUMNS.get(name, ())
                                                       if files.has_column(name, c)])
              for name, columns in COLUMNS.items() if name not in contract.LATER_TABLES or files.has_table(name)}

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
        flags=flags(validation),
        data_docs=DATA_DOCS if files.has_file(DATA_DOCS) else None,
        date_sources=_tally(tables["events"]["date_source"]) if "date_source" in tables["events"].column_names else (),
    )


def flags(validation: dict) -> tuple[Flag, ...]:
    """The plausibility flags of a release's validation.json."""
    return tuple(Flag(f["table"], f["check"], f["count"], tuple(f["examples"])) for f in validation.get("flags", []))


def _open(release: str | Path) -> tuple[Store, str]:
    try:
        return release_location(str(release))
    except OSError as e:
        raise _not_a_release(str(release), "latest", e) from None


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
    # A group's estimates are those with its subject_key, in table (article) order; the first MAX_CLAIMS are drawn.
    claimed = estimates.filter(pc.is_in(estimates["subject_key"], value_set=disagreeing["subject_key"]))
    of_subject: dict[str, list[dict]] = {}
    for e in claimed.to_pylist():
        of_subject.setdefault(e["subject_key"], []).append(e)
    drawn = [e for rows in of_subject.values() for e in rows[:MAX_CLAIMS]]
    sources = articles.filter(pc.is_in(articles["article_id"], value_set=pa.array({e["article_id"] for e in drawn},
                                                                                 pa.string())))
    article_of = {r["article_id"]: r for r in sources.to_pylist()}
    found = []
    for g in disagreeing.to_pylist():
        claims = []
        for e in of_subject.get(g["subject_key"], [])[:MAX_CLAIMS]:
            a = article_of.get(e["article_id"], {})
            published = a.get("published_at")
            claims.append(Claim(e["claimant_canonical"] or e["claimant"] or UNATTRIBUTED, e["surface"], e["value"],
                                e["value_low"], e["value_high"], e["hedge"], a.get("title"),
                                published.date() if published else None))
        claims.sort(key=lambda c: (min(c.ends, default=0), c.claimant))
        found.append(Disagreement(g["subject_key"], g["category"], tuple(claims),
                                  max(0, g["n_estimates"] - MAX_CLAIMS)))
    return tuple(found)
