"""Prefect flow: the plain pipeline (etl.pipeline.run) with each step a Prefect task, extraction on worker processes."""
from __future__ import annotations

import inspect
import os
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import BrokenExecutor
from datetime import datetime
from itertools import chain

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner

from etl import pipeline as plain
from etl.extract.batch import WORKER_LOST, extract_batch, failed_batch
from etl.ingest.readers import DEFAULT_MAX_BYTES
from etl.paths import PUBLISHED_DIR
from etl.pipeline import DEFAULT_BATCH_SIZE, Batch, Tables, dropped_message
from etl.publish.parts import Part, read_part, write_part
from etl.publish.release import PreviousRelease, Release
from etl.publish.stage import Stage
from etl.storage.store import Store
from etl.records import Article, Reject
from etl.summary import RunSummary
from etl.validate.validate import ValidationReport

REMOTE_RETRIES = 3
WORKERS = os.cpu_count() or 1
_STEPS = plain.Steps()  # what each task runs


@task(name="ingest", cache_policy=NO_CACHE)
def ingest(input_path: str | list[str], ingested_at: datetime, max_bytes: int, batch_size: int,
           root: str | None = None) -> Iterator[list[Article | Reject]]:
    yield from _STEPS.ingest(input_path, ingested_at, max_bytes, batch_size, root)


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract(articles: list[Article], scratch: str, name: str, start: str = "statements",
            prior: Tables | None = None) -> Part:
    dropped: Counter[str] = Counter()
    part = write_part(extract_batch(articles, start, prior, dropped), scratch, name)
    get_run_logger().info(*dropped_message(Batch(articles, name, start), dropped))
    return part


@task(name="assemble", cache_policy=NO_CACHE)
def assemble(stage: Stage, previous: PreviousRelease | None, extracted: set[str], rejects: list[Reject]) -> Stage:
    _STEPS.assemble(stage, previous, extracted, rejects)
    return stage


@task(name="validate", cache_policy=NO_CACHE)
def validate(stage: Stage, previous: PreviousRelease | None) -> ValidationReport:
    return _STEPS.validate(stage, previous)


@task(name="publish", cache_policy=NO_CACHE)
def publish_release(store: Store, stage: Stage, report: ValidationReport,
                    previous: PreviousRelease | None) -> Release:
    return _STEPS.publish(store, stage, report, previous)


def extraction_runner(dask_address: str | None = None) -> TaskRunner:
    """Where extraction batches run: worker processes on every core, or an existing Dask cluster."""
    if dask_address is None:
        return ProcessPoolTaskRunner(max_workers=WORKERS)
    from prefect_dask import DaskTaskRunner

    return DaskTaskRunner(address=dask_address)


class PrefectSteps(plain.Steps):
    """Each step a Prefect task, visible in the UI; logs through the run logger; the summary as artifacts."""

    def __init__(self, dask_address: str | None = None):
        self.dask_address = dask_address

    def ingest(self, input_path, ingested_at, max_bytes, batch_size, root=None):
        return ingest(input_path, ingested_at, max_bytes, batch_size, root)

    def extract(self, batches: Iterator[tuple[Batch, object]], consume: Callable[[object, Tables], None],
                scratch: str) -> None:
        with ExtractionPool(scratch, self.dask_address) as pool:
            pool.map(batches, consume)

    def assemble(self, stage, previous, extracted, rejects) -> None:
        assemble(stage, previous, extracted, rejects)

    def validate(self, stage, previous) -> ValidationReport:
        return validate(stage, previous)

    def publish(self, store, stage, report, previous) -> Release:
        # An upload to an object store can fail on the network and succeed when tried again;
        # a local rename that failed will fail again.
        publishing = publish_release if store.local else publish_release.with_options(
            retries=REMOTE_RETRIES, retry_delay_seconds=10)
        return publishing(store, stage, report, previous)

    def log(self, level: int, message: str, *args: object) -> None:
        get_run_logger().log(level, message, *args)

    def record(self, summary: RunSummary) -> None:
        create_markdown_artifact(summary.markdown(), key="newsfacts-run", description="What this run did")
        create_table_artifact(summary.rows_table(), key="newsfacts-rows", description="Rows per table of the release")


class ExtractionPool:
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

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(self, *exc) -> None:
        self._stop()

    def map(self, batches: Iterator[tuple[Batch, object]], consume: Callable[[object, Tables], None]) -> None:
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

    def _settle(self, batch: Batch, result: Callable[[], Part], pool: int = 0, alone: bool = False) -> Tables:
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
            # The pool's workers send their log records to this process through one queue; a worker killed
            # while it held the queue's write lock leaves it held forever, and this process, at exit, would wait
            # for ever to flush that queue (seen once: the release published, `etl run` never returned).
            # Whatever log records of the broken pool are still unsent are not worth the run.
            queue = getattr(self._runner, "_subprocess_message_queue", None)
            if queue is not None:
                queue.cancel_join_thread()
            self._stop()

    def _stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            runner.__exit__(None, None, None)


_EXTRACT_PARAMETERS = tuple(inspect.signature(extract.fn).parameters)


@flow(name="newsfacts-pipeline")
def pipeline(input_path: str | list[str], dataset_dir: str = str(PUBLISHED_DIR),
             batch_size: int = DEFAULT_BATCH_SIZE, max_bytes: int = DEFAULT_MAX_BYTES,
             dask_address: str | None = None, root: str | None = None) -> RunSummary:
    """Ingest `input_path` (a path or several), extract what is new, and publish the next release of `dataset_dir`."""
    return plain.run(input_path, dataset_dir, batch_size, max_bytes, PrefectSteps(dask_address), root)
