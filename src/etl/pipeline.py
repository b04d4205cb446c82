"""Input files → the next release of a dataset: ingest, extract what is new, assemble, validate, publish.

A plain function: it reads load → process → save and runs as it is, in this process. Each step is a
method of `Steps`; the Prefect flow (flows/pipeline.py) passes steps that run as Prefect tasks, with
extraction batches on worker processes, and nothing else.
"""
from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path

import pyarrow as pa

from etl import progress
from etl.errors import ValidationFailed
from etl.extract.batch import EXTRACTORS, extract_batch, failed_batch
from etl.ingest import iter_ingest
from etl.ingest.ledger import Ledger
from etl.ingest.readers import DEFAULT_MAX_BYTES
from etl.paths import PUBLISHED_DIR, RAW_DIR
from etl.publish.assemble import (
    RefreshBatch, carry_over_unchanged, failed_articles, finish, increment, is_known, refresh_batches, refresh_from,
)
from etl.publish.maintain import compact, parts_count
from etl.publish.parts import remove_folder
from etl.publish.release import PreviousRelease, Release, load_latest, publish
from etl.publish.stage import Stage
from etl.storage.store import Store
from etl.records import Article, Reject
from etl.summary import RunSummary, reject_facts, run_report_path
from etl.tables import to_table
from etl.validate.increment import validate_increment
from etl.validate.validate import ValidationReport

DEFAULT_BATCH_SIZE = 500

Tables = dict[str, pa.Table]


@dataclass
class Batch:
    """Articles to extract from stage `start` on; `prior` holds their records of the stages before it."""
    articles: list[Article]
    name: str
    start: str = "statements"
    prior: Tables | None = None


class Steps:
    """How each step of a run is carried out: here, in this process, one after the other.

    The Prefect flow overrides each with a task; `extract` is where the two differ most (worker
    processes, a batch tried again when its worker died).
    """

    def ingest(self, input_path: str | list[str], ingested_at: datetime, max_bytes: int, batch_size: int,
               root: str | None = None) -> Iterator[list[Article | Reject]]:
        """The input's articles and rejects, streamed in chunks of `batch_size` items (see iter_ingest for root)."""
        return _chunks(iter_ingest(input_path, ingested_at, max_bytes, root), batch_size)

    def extract(self, batches: Iterator[tuple[Batch, object]], consume: Callable[[object, Tables], None],
                scratch: str) -> None:
        """Extract every batch and hand its tables to `consume` with the batch's context, in order."""
        for batch, context in batches:
            dropped: Counter[str] = Counter()
            try:
                tables = extract_batch(batch.articles, batch.start, batch.prior, dropped)
            except Exception as error:  # noqa: BLE001 - one lost batch must not cost the run
                tables = failed_batch(batch.articles, batch.start, type(error).__name__, str(error))
            self.log(logging.INFO, *dropped_message(batch, dropped))
            consume(context, tables)

    def assemble(self, stage: Stage, previous: PreviousRelease | None, extracted: set[str],
                 rejects: list[Reject]) -> None:
        """Keep what the previous release keeps as it is, then derive the tables computed from the content."""
        if previous is not None:
            carry_over_unchanged(stage, previous, extracted)
        finish(stage, rejects, previous)

    def validate(self, stage: Stage, previous: PreviousRelease | None) -> ValidationReport:
        """Validate what the run adds, and how it fits what the release keeps."""
        return validate_increment(increment(stage, previous))

    def publish(self, store: Store, stage: Stage, report: ValidationReport,
                previous: PreviousRelease | None) -> Release:
        return publish(store, stage, report, previous, EXTRACTORS)

    def log(self, level: int, message: str, *args: object) -> None:
        logging.getLogger("etl.pipeline").log(level, message, *args)

    def record(self, summary: RunSummary) -> None:
        """Leave the run's summary where its operators look (the Prefect flow: as artifacts)."""


@dataclass
class _Counts:
    """What a run met, counted as it streams."""
    rejects: list[Reject] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)  # this run's extraction_errors rows
    fresh: set[str] = field(default_factory=set)  # articles extracted from this run's input
    unchanged: int = 0
    refreshed: int = 0
    retried: int = 0


def run(input_path: str | list[str], dataset_dir: str = str(PUBLISHED_DIR), batch_size: int = DEFAULT_BATCH_SIZE,
        max_bytes: int = DEFAULT_MAX_BYTES, steps: Steps | None = None, root: str | None = None) -> RunSummary:
    """Ingest `input_path` (a path or several), extract what is new, and publish the next release of `dataset_dir`.

    `root`: the folder the input files belong to, when they are files picked from one (the landing zone).

    Raises ValidationFailed (after writing the run report) when an invariant fails: nothing is published.
    """
    steps = steps or Steps()
    store = Store(dataset_dir)
    timings: dict[str, float] = {}
    seen = _Counts()
    clock = time.perf_counter()
    with store.lock():
        # Load: the newest release, and what of it must be extracted again
        previous = load_latest(store)
        start = refresh_from(previous, EXTRACTORS)
        retry = failed_articles(previous)  # extracted again, whole, until they succeed
        stage = Stage(store.staging(), previous.next_position if previous is not None else 1)
        scratch = store.scratch()  # where workers leave their batches' tables

        # Process: extract what the input brings that the dataset lacks, what failed last time, and
        # (when an extractor changed) everything else from that extractor's stage on
        def add(tables: Tables) -> None:
            seen.errors.extend(tables["extraction_errors"].to_pylist())
            stage.add_all(tables)

        def stage_new(articles: list[Article], tables: Tables) -> None:
            add({"articles": to_table("articles", articles), **tables})
            progress.report("extracted", len(seen.fresh))

        def stage_retried(batch: RefreshBatch, tables: Tables) -> None:
            seen.retried += len(batch.articles)
            add({"articles": batch.article_rows, **tables})

        def stage_refreshed(batch: RefreshBatch, tables: Tables) -> None:
            seen.refreshed += len(batch.articles)
            add({"articles": batch.article_rows, **batch.prior, **tables})
            progress.report("refreshed", seen.refreshed)

        chunks = steps.ingest(input_path, datetime.now(timezone.utc), max_bytes, batch_size, root)
        steps.extract(_new_batches(chunks, previous, seen), stage_new, scratch)
        timings["ingest_extract"], clock = time.perf_counter() - clock, time.perf_counter()
        if retry:
            batches = refresh_batches(previous, lambda a: a in retry and a not in seen.fresh, "statements", batch_size)
            steps.extract(((Batch(b.articles, f"retry-{b.articles[0].article_id}"), b) for b in batches),
                          stage_retried, scratch)
        if previous is not None and start is not None:
            batches = refresh_batches(previous, lambda a: a not in seen.fresh and a not in retry, start, batch_size)
            steps.extract(((Batch(b.articles, f"old-{b.articles[0].article_id}", start, b.prior), b)
                           for b in batches), stage_refreshed, scratch)
        remove_folder(scratch)
        # When no extractor changed, the previous release's other articles are carried over as they are
        carried = previous if start is None else None
        steps.assemble(stage, carried, seen.fresh | retry, seen.rejects)
        timings["carry_over"], clock = time.perf_counter() - clock, time.perf_counter()
        _log_counts(steps, seen)

        progress.report("validating")
        report = steps.validate(stage, previous)
        timings["validate"], clock = time.perf_counter() - clock, time.perf_counter()

        # Save: the next release, unless an invariant failed
        progress.report("publishing")
        if report.success:
            release = steps.publish(store, stage, report, previous)
        else:
            store.discard(stage.folder)
            release = Release(None, None, False, previous.version if previous else None, dict(stage.rows))
        timings["publish"] = time.perf_counter() - clock

    summary = _summary(input_path, store, seen, release, report, timings)
    summary.run_report = store.write_text(json.dumps(summary.to_dict(), indent=2, default=str), *run_report_path())
    steps.record(summary)
    if not report.success:
        raise ValidationFailed(report.failures)
    return summary


def run_landing(raw_dir: str = str(RAW_DIR), dataset_dir: str = str(PUBLISHED_DIR),
                batch_size: int = DEFAULT_BATCH_SIZE, steps: Steps | None = None,
                pipeline: Callable[..., RunSummary] | None = None, compact_parts: int | None = None) -> RunSummary | None:
    """Run the pipeline on the landing zone's files that `dataset_dir` has not processed yet (None: nothing new).

    `pipeline` runs the files (by default `run` with `steps`; the Prefect flow passes its pipeline flow).
    `compact_parts`: after a run, compact the dataset when a table of its latest release has more parts.
    """
    steps = steps or Steps()
    ledger = Ledger(Path(raw_dir))
    with ledger.lock():
        todo = ledger.pending(dataset_dir)
        if not todo:
            steps.log(logging.INFO, "nothing new in %s", raw_dir)
            return None
        files = [str(path) for path, _ in todo]
        summary = (pipeline(files, dataset_dir, batch_size, root=raw_dir) if pipeline is not None
                   else run(files, dataset_dir, batch_size, steps=steps, root=raw_dir))
        # Only after the release is published (or found unchanged): a failed run leaves the files pending.
        ledger.record(todo, dataset_dir, summary.release)
    if compact_parts is not None:
        latest = load_latest(Store(dataset_dir))
        if latest is not None and parts_count(latest) > compact_parts:
            compacted = compact(dataset_dir)
            steps.log(logging.INFO, "compacted %s into %s", latest.version, compacted.version)
    return summary


def dropped_message(batch: Batch, dropped: Counter[str]) -> tuple[str, ...]:
    """The log line of a batch's dropped candidates, most frequent reason first, with its arguments."""
    reasons = ", ".join(f"{reason} {n}" for reason, n in dropped.most_common()) or "none"
    return "batch %s: %d articles; candidates dropped: %s", batch.name, len(batch.articles), reasons


def _new_batches(chunks: Iterable[list[Article | Reject]], previous: PreviousRelease | None,
                 seen: _Counts) -> Iterator[tuple[Batch, list[Article]]]:
    """The input's articles that the dataset lacks (or holds with another text), batch by batch."""
    for items in chunks:
        articles = []
        for item in items:
            if isinstance(item, Reject):
                seen.rejects.append(item)
            elif is_known(item, previous):
                seen.unchanged += 1
            else:
                articles.append(item)
                seen.fresh.add(item.article_id)
        if articles:
            yield Batch(articles, f"new-{len(seen.fresh):09d}"), articles


def _log_counts(steps: Steps, seen: _Counts) -> None:
    by_reason, _ = reject_facts(seen.rejects)
    steps.log(logging.INFO, "articles: %d extracted, %d unchanged, %d retried, %d refreshed; rejects: %s",
              len(seen.fresh), seen.unchanged, seen.retried, seen.refreshed,
              ", ".join(f"{reason} {n}" for reason, n in by_reason.items()) or "none")
    if seen.errors:
        by_stage = Counter(f"{e['stage']} {e['error_type']}" for e in seen.errors)
        steps.log(logging.WARNING, "extraction failed for %d articles: %s", len({e["article_id"] for e in seen.errors}),
                  ", ".join(f"{k} {n}" for k, n in sorted(by_stage.items())))


def _summary(input_path: str | list[str], store: Store, seen: _Counts, release: Release,
             report: ValidationReport, timings: dict[str, float]) -> RunSummary:
    by_reason, details = reject_facts(seen.rejects)
    articles = len(seen.fresh) + seen.unchanged
    return RunSummary(
        input=str(input_path), dataset_dir=store.location(), inputs=articles + len(seen.rejects), articles=articles,
        extracted=len(seen.fresh), unchanged=seen.unchanged, refreshed=seen.refreshed, retried=seen.retried,
        rejects=len(seen.rejects), rejects_by_reason=by_reason, reject_details=details,
        extraction_errors=seen.errors, rows=release.rows, release=release.version, release_path=release.location,
        created=release.created, previous=release.previous, changes=release.changes, validation=report.summary(),
        timings={k: round(v, 3) for k, v in timings.items()},
    )


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
