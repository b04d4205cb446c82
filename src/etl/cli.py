"""The `etl` command: run the pipeline on inputs, validate a published release."""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from etl import engines
from etl.errors import EtlError, ValidationFailed
from etl.ingest.readers import DEFAULT_MAX_BYTES
from etl.paths import PUBLISHED_DIR, RAW_DIR
from etl.publish.release import VIEWS, VIEWS_VARIABLE, views_in_release

app = typer.Typer(help="newsfacts: news articles in, a versioned dataset of statements, events and estimates out.",
                  no_args_is_help=True, add_completion=False)
out = Console()
err = Console(stderr=True)
SHOWN_ERRORS = 10  # extraction errors listed in the terminal; the run report has them all

# Quiet, patient defaults for the embedded Prefect server and for Great Expectations; a caller's
# own environment wins.
ENVIRONMENT_DEFAULTS = {
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "GX_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
}


VIEWS_HELP = ("release: write report.html and data-docs/ into every release; on-demand: leave them out "
              "(render them with `etl report` and `etl validate --docs`), as a frequent schedule should.")


def _choose_views(views: str) -> None:
    """The engines' publish steps read the choice from the environment, wherever they run; checked here,
    before any work."""
    os.environ[VIEWS_VARIABLE] = views
    try:
        views_in_release()
    except EtlError as e:
        err.print(f"[red]error:[/red] --views: {e}")
        raise typer.Exit(2) from None


def _quiet_defaults() -> None:
    for key, value in ENVIRONMENT_DEFAULTS.items():
        os.environ.setdefault(key, value)


@app.command()
def run(
    input: Path = typer.Argument(..., exists=True,
                                 help="A file or folder of .txt (+ .meta.json), .jsonl or .html articles."),
    out_dir: str = typer.Option(str(PUBLISHED_DIR), "--out",
                                help="Dataset folder that holds the releases: a path, or a URI such as s3://bucket/prefix."),
    as_json: bool = typer.Option(False, "--json", help="Print the run summary as JSON."),
    batch_size: int = typer.Option(500, "--batch-size", min=1, help="Articles per extraction task."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1,
                                  help="Largest input file or JSONL line accepted; larger ones become rejects."),
    dask_address: str | None = typer.Option(
        None, "--dask-address", envvar="NEWSFACTS_DASK_ADDRESS",
        help="Run the extraction batches on this existing Dask cluster (tcp://host:8786) instead of local processes."),
    strict: bool = typer.Option(False, "--strict",
                                help="Exit 1 when the extraction of any article failed (the release is still published)."),
    engine: str = typer.Option(engines.DEFAULT, "--engine",
                               help="prefect: a Prefect flow on the embedded server (or PREFECT_API_URL), extraction "
                                    "on worker processes; local: the plain pipeline in this process, no server."),
    views: str = typer.Option(VIEWS[0], "--views", envvar=VIEWS_VARIABLE, help=VIEWS_HELP),
) -> None:
    """Run the whole pipeline and publish the next release."""
    _quiet_defaults()
    _choose_views(views)
    try:
        with _progress_bar():
            summary = engines.load(engine).run(str(input), out_dir, batch_size, max_bytes, dask_address)
    except ValidationFailed as e:
        err.print(f"[red]error:[/red] nothing published, {e}")
        raise typer.Exit(1) from None
    except EtlError as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from None
    if as_json:
        typer.echo(json.dumps(summary.to_dict(), indent=2, default=str))
    else:
        _print_summary(summary)
    if strict and summary.extraction_errors:
        err.print(f"[red]error:[/red] --strict: {summary.extraction_failures()}")
        raise typer.Exit(1)


@app.command()
def serve(
    raw_dir: Path = typer.Option(RAW_DIR, "--raw", help="Landing zone: new input files are picked up from here."),
    out_dir: str = typer.Option(str(PUBLISHED_DIR), "--out", help="Dataset folder (or URI) to publish to."),
    cron: str = typer.Option("*/15 * * * *", "--cron", help="When to look for new files (cron syntax, UTC)."),
    once: bool = typer.Option(False, "--once", help="Process what is new now and exit, instead of serving."),
    engine: str = typer.Option(engines.DEFAULT, "--engine",
                               help="prefect (a deployment; --once uses the embedded server), or local for --once."),
    compact_parts: Optional[int] = typer.Option(None, "--compact-parts", min=1,
                                                help="After a run, compact when a table has more parts than this."),
    views: str = typer.Option(VIEWS[0], "--views", envvar=VIEWS_VARIABLE, help=VIEWS_HELP),
) -> None:
    """Serve the landing-zone deployment on a cron schedule: each new file is processed exactly once."""
    _quiet_defaults()
    _choose_views(views)
    try:
        chosen = engines.load(engine)
        if once:
            with _progress_bar():
                summary = chosen.landing(str(raw_dir), out_dir, compact_parts)
            out.print("nothing new" if summary is None else summary.markdown())
            return
        chosen.serve(str(raw_dir), out_dir, cron, compact_parts)
    except EtlError as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from None


@app.command()
def validate(
    release_dir: str = typer.Argument(..., help="A release folder or URI, e.g. data/published/latest."),
    as_json: bool = typer.Option(False, "--json", help="Print every check as JSON."),
    changed: bool = typer.Option(False, "--changed", help="Check only what the release added, and how it fits "
                                                           "the parts it shares with earlier releases."),
    docs: Optional[Path] = typer.Option(None, "--docs", help="Also write this validation as Great Expectations "
                                                             "Data Docs into this folder (open its index.html)."),
) -> None:
    """Re-check a published release: files and checksums, schema, expectations, grounding."""
    _quiet_defaults()
    from etl.validate.release import validate_release

    report = validate_release(release_dir, changed=changed)
    if docs is not None and report.suite_results:
        from etl.validate.checkpoint import write_data_docs

        write_data_docs(report.suite_results, docs, run_name=Path(release_dir.rstrip("/")).name)
        out.print(f"Data Docs: {docs / 'index.html'}")
    if as_json:
        typer.echo(json.dumps(report.to_dict(), indent=2, default=str))
    elif report.success:
        out.print(f"[green]ok[/green] {release_dir}: {len(report.results)} checks passed"
                  + (f", {len(report.flags)} plausibility check(s) flag rows" if report.flags else ""))
    else:
        for line in report.failures:
            err.print(f"[red]failed[/red] {line}")
    if not as_json:
        for flag in report.flags:
            out.print(Text.assemble(("flag ", "yellow"), _flag_line(flag)), soft_wrap=True)
    if not report.success:
        raise typer.Exit(1)


@app.command()
def report(
    release_dir: str = typer.Argument(..., help="A release folder or URI, e.g. data/published/latest."),
    out_file: Path = typer.Option(Path("report.html"), "--out", help="Where to write the HTML page."),
) -> None:
    """Render a release's report (charts of what it holds) as one static HTML page."""
    from etl.publish.report import render_report

    try:
        page = render_report(release_dir)
    except EtlError as e:
        err.print(Text.assemble(("error: ", "red"), str(e)), soft_wrap=True)
        raise typer.Exit(2) from None
    out_file.parent.mkdir(parents=True, exist_ok=True)
    out_file.write_text(page, encoding="utf-8")
    out.print(f"report of {release_dir}: {out_file}")


@app.command()
def compact(
    dataset_dir: str = typer.Argument(str(PUBLISHED_DIR), help="Dataset folder (or URI)."),
) -> None:
    """Merge the latest release's small parts into a new patch release with the same content."""
    _quiet_defaults()
    from etl.publish.maintain import compact as compact_dataset

    try:
        release = compact_dataset(dataset_dir)
    except EtlError as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from None
    if release.created:
        out.print(f"{release.version} published → {release.location} (the content of {release.previous}, "
                  "its small parts merged)")
    else:
        out.print(f"nothing to compact: {release.version} has no small parts to merge")


@app.command()
def prune(
    dataset_dir: str = typer.Argument(str(PUBLISHED_DIR), help="Dataset folder (or URI)."),
    keep: Optional[int] = typer.Option(None, "--keep", min=1, help="Keep the newest N releases."),
    older_than: Optional[float] = typer.Option(None, "--older-than", min=0,
                                               help="Remove only releases created more than this many days ago."),
) -> None:
    """Remove old releases and the parts no kept release needs; the latest release is always kept."""
    _quiet_defaults()
    from datetime import timedelta

    from etl.publish.maintain import prune as prune_dataset

    try:
        pruned = prune_dataset(dataset_dir, keep, timedelta(days=older_than) if older_than is not None else None)
    except EtlError as e:
        err.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from None
    out.print(f"removed {len(pruned.removed)} release(s) ({', '.join(pruned.removed) or 'none'}) and "
              f"{pruned.parts_removed} part(s), {pruned.bytes_freed:,} bytes; kept {', '.join(pruned.kept)}")


@app.command()
def show(
    release_dir: str = typer.Argument(..., help="A release folder or URI, e.g. data/published/latest."),
    top: int = typer.Option(10, "--top", min=1, help="How many speakers, event types and disagreements to list."),
) -> None:
    """Summarise a release in the terminal: rows, top speakers and event types, where sources disagree."""
    from etl.publish.overview import overview

    try:
        o = overview(release_dir)
    except EtlError as e:
        err.print(Text.assemble(("error: ", "red"), str(e)), soft_wrap=True)
        raise typer.Exit(2) from None
    # Lines are left to the terminal to wrap, so that they stay whole when piped or captured.
    out.print(Text.assemble((f"newsfacts {o.version}", "bold"), f" (previous: {o.previous or 'none'}) {release_dir}"),
              soft_wrap=True)
    published = f"articles published {o.published[0]} to {o.published[1]}; " if o.published else ""
    out.print(Text(f"{published}sources: " + ", ".join(f"{s.label} {s.count}" for s in o.sources)
                   + f"; validation: {o.checks} checks, {o.failed_checks} failed"), soft_wrap=True)
    changes = {c.table: c for c in o.changes}
    rows = Table("table", "rows", "added", "changed", "removed", title="Rows")
    for name, n in o.rows.items():
        c = changes.get(name)
        rows.add_row(name, str(n), *((str(c.added), str(c.changed), str(c.removed)) if c else ("", "", "")))
    out.print(rows)
    speakers = Table("speaker", "statements", "direct", "articles", title="Most quoted speakers")
    for s in o.speakers[:top]:
        speakers.add_row(Text(s.name), str(s.statements), str(s.direct), str(s.articles))
    out.print(speakers)
    types = Table("event type", "events", f"dated to a {'year' if o.timeline.by_year else 'month'} or better",
                  title="Event types")
    for r in o.timeline.rows[:top]:
        types.add_row(r.event_type, str(r.total), str(sum(r.per_period)))
    out.print(types)
    if o.date_sources:
        out.print(Text("events dated from: " + ", ".join(f"{d.label} {d.count}" for d in o.date_sources)),
                  soft_wrap=True)
    disagreements = Table("subject", "figures by claimant", title="Where sources disagree")
    for d in o.disagreements[:top]:
        disagreements.add_row(Text(d.subject_key), Text("; ".join(f"{c.claimant}: {c.surface}" for c in d.claims)))
    out.print(disagreements)
    out.print(Text("rejects: " + (", ".join(f"{t.label} {t.count}" for t in o.rejects_by_reason) or "none")),
              soft_wrap=True)
    failed = {e.article_id for e in o.extraction_errors}
    out.print(Text(f"extraction errors: {len(failed)} article(s)" + "".join(
        f"; {e.article_id} {e.stage} {e.error_type}: {e.message}" for e in o.extraction_errors[:top])), soft_wrap=True)
    for flag in o.flags:
        out.print(Text.assemble(("flag ", "yellow"), _flag_line(vars(flag))), soft_wrap=True)


@contextmanager
def _progress_bar() -> Iterator[None]:
    """A live line on stderr while a run works: articles extracted so far, then the stage it is in."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from etl import progress

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task("starting", total=None)

        def show(stage: str, done: int) -> None:
            bar.update(task, description=f"{stage} {done:,} articles" if done else stage)

        with progress.listening(show):
            yield


def _print_summary(summary) -> None:
    state = ("published" if summary.created else "unchanged, no new release")
    out.print(f"[bold]{summary.release}[/bold] {state} → {summary.release_path}")
    out.print(f"inputs {summary.inputs} = articles {summary.articles} + rejects {summary.rejects}; "
              f"extracted {summary.extracted}, unchanged {summary.unchanged}, refreshed {summary.refreshed}, "
              f"retried {summary.retried}")
    table = Table("table", "rows", "added", "changed", "removed")
    for name, rows in summary.rows.items():
        c = summary.changes.get(name, {})
        table.add_row(name, str(rows), str(c.get("added", "")), str(c.get("changed", "")), str(c.get("removed", "")))
    out.print(table)
    for r in summary.reject_details:
        where = r["input_path"] + (f" line {r['line']}" if r["line"] else "")
        out.print(f"[yellow]reject[/yellow] {where}: {r['reason']}")
    if summary.extraction_errors:
        out.print(f"[yellow]{summary.extraction_failures()}[/yellow]")
        for e in summary.extraction_errors[:SHOWN_ERRORS]:
            out.print(Text(f"  {e['article_id']} ({e['source_id'] or 'no source id'}) {e['stage']} "
                           f"{e['extractor']}: {e['error_type']}: {e['message']}"), soft_wrap=True)
        if len(summary.extraction_errors) > SHOWN_ERRORS:
            out.print(f"  … {len(summary.extraction_errors) - SHOWN_ERRORS} more in the run report")
    v = summary.validation
    for flag in summary.flags:
        out.print(Text.assemble(("flag ", "yellow"), _flag_line(flag)), soft_wrap=True)
    out.print(f"run report: {summary.run_report}")
    out.print(f"validation: {v['checks']} checks, {v['failed']} failed, {len(summary.flags)} flagging rows; "
              + ", ".join(f"{k} {s:.1f}s" for k, s in summary.timings.items()))


def _flag_line(flag: dict) -> str:
    examples = f" (e.g. {', '.join(flag['examples'][:3])})" if flag["examples"] else ""
    return f"{flag['table']}: {flag['check']}: {flag['count']} row(s) published with this flag{examples}"
