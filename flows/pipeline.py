"""Prefect flow: input files → ingest → extract in batches → stage with the previous release → validate → publish."""
from __future__ import annotations

import inspect
import json
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import BrokenExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from itertools import chain, islice
from pathlib import Path

import pyarrow as pa
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner

from etl import progress
from etl.errors import ValidationFailed
from etl.extract.batch import EXTRACTORS, WORKER_LOST, extract_batch, failed_batch
from etl.ingest import iter_ingest
from etl.ingest.readers import DEFAULT_MAX_BYTES
from etl.paths import PUBLISHED_DIR
from etl.publish.assemble import (
    RefreshBatch, carry_over_unchanged, failed_articles, finish, is_known, refresh_batches, refresh_from,
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


@dataclass
class Batch:
    """Articles to extract from stage `start` on; `prior` holds their records of the stages before it."""
    articles: list[Article]
    name: str
    start: str = "statements"
    prior: dict[str, pa.Table] | None = None


class Extraction:
    """Extraction batches on worker processes (or a Dask cluster), their tables consumed in input order.

    Workers start with the first batch that needs them and stop when the run leaves this context, so
    validation and publishing have the memory. A batch that failed (its worker was killed or ran out of
    memory) is tried once more on its own, on a fresh pool when the old one broke with it; a batch that
    fails twice becomes extraction errors of its articles, and the run goes on without it.
    """

    def __init__(self, scratch: str, dask_address: str | None = None, window: int = 2 * WORKERS):
        self.scratch = scratch
        self._dask_address = dask_address
        self._window = window
        self._runner: TaskRunner | None = None
        self._pools = 0  # pools started so far: a failure from an older, already replaced pool stops nothing

    def __enter__(self) -> Extraction:
        return self

    def __exit__(self, *exc) -> None:
        self._stop()

    def map(self, batches: Iterator[tuple[Batch, object]],
            consume: Callable[[object, dict[str, pa.Table]], None]) -> None:
        """Extract every batch and hand its tables to `consume` with the batch's context, in order.

        A single batch runs right here: a small run should not pay for starting worker processes.
        """
        first = next(batches, None)
        if first is None:
            return
        second = next(batches, None)
        if second is None:
            batch, context = first
            consume(context, self._settle(batch, lambda: extract(*self._arguments(batch)), alone=True))
            return
        pending: deque = deque()
        for batch, context in chain([first, second], batches):
            pending.append((batch, context, *self._submit(batch)))
            if len(pending) >= self._window:
                batch, context, future, pool = pending.popleft()
                consume(context, self._settle(batch, future.result, pool))
        while pending:
            batch, context, future, pool = pending.popleft()
            consume(context, self._settle(batch, future.result, pool))

    def _settle(self, batch: Batch, result: Callable[[], Part], pool: int = 0,
                alone: bool = False) -> dict[str, pa.Table]:
        try:
            return read_part(result())
        except Exception as error:  # noqa: BLE001 - one lost batch must not cost the run
            self._after_failure(error, pool)
            get_run_logger().warning("extraction batch %s failed (%s: %s); trying it once more on its own",
                                     batch.name, type(error).__name__, error)
        try:
            # Waited for before anything else is submitted: a batch that kills its worker again takes no
            # other batch with it
            if alone:
                return read_part(extract(*self._arguments(batch)))
            future, _ = self._submit(batch)
            return read_part(future.result())
        except Exception as error:  # noqa: BLE001
            self._after_failure(error, self._pools)
            lost = isinstance(error, BrokenExecutor) or type(error).__name__ == "KilledWorker"
            message = (f"the process extracting its batch of {len(batch.articles)} articles died twice "
                       f"(killed or out of memory): {error}" if lost else str(error))
            get_run_logger().error("extraction batch %s failed twice; its %d articles are recorded as failed: %s",
                                   batch.name, len(batch.articles), message)
            return failed_batch(batch.articles, batch.start, WORKER_LOST if lost else type(error).__name__, message)

    def _arguments(self, batch: Batch) -> tuple:
        return batch.articles, self.scratch, batch.name, batch.start, batch.prior

    def _submit(self, batch: Batch) -> tuple[object, int]:
        """The batch's future, and which pool runs it."""
        if self._runner is None:
            self._runner = extraction_runner(self._dask_address).__enter__()
            self._pools += 1
        return self._runner.submit(extract, dict(zip(_EXTRACT_PARAMETERS, self._arguments(batch)))), self._pools

    def _after_failure(self, error: Exception, pool: int) -> None:
        """A process pool that lost a worker takes no more work: the next submission starts a fresh one."""
        if isinstance(error, BrokenExecutor) and pool == self._pools:
            self._stop()

    def _stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            runner.__exit__(None, None, None)


_EXTRACT_PARAMETERS = tuple(inspect.signature(extract.fn).parameters)


@flow(name="newsfacts-pipeline")
def pipeline(input_path: str | list[str], dataset_dir: str = str(PUBLISHED_DIR),
             batch_size: int = DEFAULT_BATCH_SIZE, max_bytes: int = DEFAULT_MAX_BYTES,
             dask_address: str | None = None) -> RunSummary:
    """Ingest `input_path` (a path or several), extract what is new, and publish the next release of `dataset_dir`."""
    store = Store(dataset_dir)
    timings: dict[str, float] = {}
    rejects: list[Reject] = []
    errors: list[dict] = []  # this run's extraction_errors rows
    fresh: set[str] = set()  # articles extracted from this run's input
    unchanged = refreshed = retried = 0
    clock = time.perf_counter()
    with store.lock():
        previous = load_latest(store)
        start = refresh_from(previous, EXTRACTORS)
        stage = Stage(store.staging())
        scratch = store.scratch()  # where workers leave their batches' tables

        def add(tables: dict[str, pa.Table]) -> None:
            errors.extend(tables["extraction_errors"].to_pylist())
            stage.add_all(tables)

        # Extract what the input brings that the dataset lacks, in batches, as the input streams in
        def new_batches() -> Iterator[tuple[Batch, list[Article]]]:
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
                    yield Batch(articles, f"new-{len(fresh):09d}"), articles

        def stage_new(articles: list[Article], tables: dict[str, pa.Table]) -> None:
            add({"articles": to_table("articles", articles), **tables})
            progress.report("extracted", len(fresh))

        # Articles whose extraction failed last time are extracted again, whole, until they succeed
        retry = failed_articles(previous)

        def retry_batches() -> Iterator[tuple[Batch, RefreshBatch]]:
            for batch in refresh_batches(previous, lambda a: a in retry and a not in fresh, "statements", batch_size):
                yield Batch(batch.articles, f"retry-{batch.articles[0].article_id}"), batch

        def stage_retried(batch: RefreshBatch, tables: dict[str, pa.Table]) -> None:
            nonlocal retried
            retried += len(batch.articles)
            add({"articles": batch.article_rows, **tables})

        # Keep what the previous release had: extracted again by newer extractors, or copied as it is
        def old_batches() -> Iterator[tuple[Batch, RefreshBatch]]:
            for batch in refresh_batches(previous, lambda a: a not in fresh and a not in retry, start, batch_size):
                yield Batch(batch.articles, f"old-{batch.articles[0].article_id}", start, batch.prior), batch

        def stage_refreshed(batch: RefreshBatch, tables: dict[str, pa.Table]) -> None:
            nonlocal refreshed
            refreshed += len(batch.articles)
            add({"articles": batch.article_rows, **batch.prior, **tables})
            progress.report("refreshed", refreshed)

        with Extraction(scratch, dask_address) as extraction:
            extraction.map(new_batches(), stage_new)
            timings["ingest_extract"], clock = time.perf_counter() - clock, time.perf_counter()
            if retry:
                extraction.map(retry_batches(), stage_retried)
            if previous is not None and start is not None:
                extraction.map(old_batches(), stage_refreshed)
        if previous is not None and start is None:
            carry_over_unchanged(stage, previous, fresh | retry)
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
        extracted=len(fresh), unchanged=unchanged, refreshed=refreshed, retried=retried, rejects=len(rejects),
        rejects_by_reason=by_reason, reject_details=details, extraction_errors=errors, rows=release.rows,
        release=release.version, release_path=release.location, created=release.created, previous=release.previous,
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
