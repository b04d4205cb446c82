"""Prefect flow: input files → ingest → extract in batches → stage with the previous release → validate → publish."""
from __future__ import annotations

import inspect
import json
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timezone
from itertools import chain, islice
from pathlib import Path

import pyarrow as pa
from prefect import flow, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner

from etl import progress
from etl.errors import ValidationFailed
from etl.extract.batch import EXTRACTORS, extract_batch
from etl.ingest import iter_ingest
from etl.ingest.readers import DEFAULT_MAX_BYTES
from etl.paths import PUBLISHED_DIR
from etl.publish.assemble import (
    RefreshBatch, carry_over_unchanged, finish, is_known, refresh_batches, refresh_from,
)
from etl.publish.parts import Part, read_part, remove_folder, write_part
from etl.publish.release import PreviousRelease, Release, load_latest, publish
from etl.publish.stage import Stage
from etl.publish.store import Store
from etl.records import Article, Reject
from etl.summary import RunSummary, reject_facts, run_report_path
from etl.tables import to_table
from etl.validate.validate import ValidationReport, validate_folder

DEFAULT_BATCH_SIZE = 500
REMOTE_RETRIES = 3
WORKERS = os.cpu_count() or 1


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract(articles: list[Article], scratch: str, name: str, start: str = "statements",
            prior: dict[str, pa.Table] | None = None) -> Part:
    return write_part(extract_batch(articles, start, prior), scratch, name)


@task(name="validate", cache_policy=NO_CACHE)
def validate(staging: Path) -> ValidationReport:
    return validate_folder(staging)


@task(name="publish", cache_policy=NO_CACHE)
def publish_release(store: Store, staging: Path, report: ValidationReport,
                    previous: PreviousRelease | None) -> Release:
    return publish(store, staging, report, previous, EXTRACTORS)


def extraction_runner(dask_address: str | None = None) -> TaskRunner:
    """Where extraction batches run: worker processes on every core, or an existing Dask cluster."""
    if dask_address is None:
        return ProcessPoolTaskRunner(max_workers=WORKERS)
    from prefect_dask import DaskTaskRunner

    return DaskTaskRunner(address=dask_address)


@flow(name="newsfacts-pipeline")
def pipeline(input_path: str | list[str], dataset_dir: str = str(PUBLISHED_DIR),
             batch_size: int = DEFAULT_BATCH_SIZE, max_bytes: int = DEFAULT_MAX_BYTES,
             dask_address: str | None = None) -> RunSummary:
    """Ingest `input_path` (a path or several), extract what is new, and publish the next release of `dataset_dir`."""
    store = Store(dataset_dir)
    timings: dict[str, float] = {}
    rejects: list[Reject] = []
    fresh: set[str] = set()  # articles extracted from this run's input
    unchanged = refreshed = 0
    clock = time.perf_counter()
    with store.lock():
        previous = load_latest(store)
        start = refresh_from(previous, EXTRACTORS)
        stage = Stage(store.staging())
        scratch = store.scratch()  # where workers leave their batches' tables

        # Extract what the input brings that the dataset lacks, in batches, as the input streams in
        def new_batches() -> Iterator[tuple[tuple, list[Article]]]:
            nonlocal unchanged
            for items in _chunks(iter_ingest(input_path, datetime.now(timezone.utc), max_bytes), batch_size):
                articles = []
                for item in items:
                    if isinstance(item, Reject):
                        rejects.append(item)
                    elif is_known(item, previous):
                        unchanged += 1
                    else:
                        articles.append(item)
                        fresh.add(item.article_id)
                if articles:
                    yield (articles, scratch, f"new-{len(fresh):09d}"), articles

        def stage_new(articles: list[Article], part: Part) -> None:
            stage.add_all({"articles": to_table("articles", articles), **read_part(part)})
            progress.report("extracted", len(fresh))

        def old_batches() -> Iterator[tuple[tuple, RefreshBatch]]:
            for batch in refresh_batches(previous, fresh, start, batch_size):
                yield (batch.articles, scratch, f"old-{batch.articles[0].article_id}", start, batch.prior), batch

        def stage_refreshed(batch: RefreshBatch, part: Part) -> None:
            nonlocal refreshed
            refreshed += len(batch.articles)
            stage.add_all({"articles": batch.article_rows, **batch.prior, **read_part(part)})
            progress.report("refreshed", refreshed)

        # The workers live only while there is extraction to do: validation and publishing need the memory.
        with extraction_runner(dask_address) as runner:
            _map_in_order(runner, extract, new_batches(), stage_new)
            timings["ingest_extract"], clock = time.perf_counter() - clock, time.perf_counter()
            # Keep what the previous release had: extracted again by newer extractors, or copied as it is
            if previous is not None and start is not None:
                _map_in_order(runner, extract, old_batches(), stage_refreshed)
        if previous is not None and start is None:
            carry_over_unchanged(stage, previous, fresh)
        remove_folder(scratch)
        finish(stage, rejects)
        timings["carry_over"], clock = time.perf_counter() - clock, time.perf_counter()

        progress.report("validating")
        report = validate(stage.folder)
        timings["validate"], clock = time.perf_counter() - clock, time.perf_counter()
        progress.report("publishing")
        if report.success:
            # An upload to an object store can fail on the network and succeed when tried again;
            # a local rename that failed will fail again.
            publishing = publish_release if store.local else publish_release.with_options(
                retries=REMOTE_RETRIES, retry_delay_seconds=10)
            release = publishing(store, stage.folder, report, previous)
        else:
            store.discard(stage.folder)
            release = Release(None, None, False, previous.version if previous else None, dict(stage.rows))
        timings["publish"] = time.perf_counter() - clock

    by_reason, details = reject_facts(rejects)
    articles = len(fresh) + unchanged
    summary = RunSummary(
        input=str(input_path), dataset_dir=store.location(), inputs=articles + len(rejects), articles=articles,
        extracted=len(fresh), unchanged=unchanged, refreshed=refreshed, rejects=len(rejects),
        rejects_by_reason=by_reason, reject_details=details, rows=release.rows, release=release.version,
        release_path=release.location, created=release.created, previous=release.previous,
        changes=release.changes, validation=report.summary(), timings={k: round(v, 3) for k, v in timings.items()},
    )
    summary.run_report = store.write_text(json.dumps(summary.to_dict(), indent=2, default=str), *run_report_path())
    create_markdown_artifact(summary.markdown(), key="newsfacts-run", description="What this run did")
    create_table_artifact(summary.rows_table(), key="newsfacts-rows", description="Rows per table of the release")
    if not report.success:
        raise ValidationFailed(report.failures)
    return summary


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _map_in_order(runner: TaskRunner, task_fn, calls: Iterator[tuple[tuple, object]],
                  consume: Callable[[object, object], None], window: int = 2 * WORKERS) -> None:
    """Run task_fn on each call's arguments on `runner` and consume results in order, at most `window` in flight.

    A single call runs right here: a small run should not pay for starting worker processes.
    """
    first = next(calls, None)
    if first is None:
        return
    second = next(calls, None)
    if second is None:
        args, context = first
        consume(context, task_fn(*args))
        return
    signature = inspect.signature(task_fn.fn)
    pending: deque = deque()
    for args, context in chain([first, second], calls):
        pending.append((context, runner.submit(task_fn, dict(signature.bind(*args).arguments))))
        if len(pending) >= window:
            context, future = pending.popleft()
            consume(context, future.result())
    while pending:
        context, future = pending.popleft()
        consume(context, future.result())
