"""Prefect flow: input files → ingest → extract in batches → merge with the latest release → validate → publish."""
from __future__ import annotations

import time
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from etl.extract.batch import extract_batch
from etl.ingest import Ingested, ingest
from etl.paths import PUBLISHED_DIR
from etl.publish.merge import release_candidate
from etl.publish.release import PreviousRelease, Release, dataset_lock, load_latest, publish
from etl.records import Article
from etl.summary import RunSummary, reject_facts
from etl.tables import concat, to_table
from etl.validate.validate import ValidationReport, validate_tables

DEFAULT_BATCH_SIZE = 250


@task(name="ingest", cache_policy=NO_CACHE)
def ingest_inputs(input_path: str, ingested_at: datetime) -> Ingested:
    return ingest(input_path, ingested_at)


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract(batch: list[Article]) -> dict[str, pa.Table]:
    return extract_batch(batch)


@task(name="validate", cache_policy=NO_CACHE)
def validate(tables: dict[str, pa.Table]) -> ValidationReport:
    return validate_tables(tables)


@task(name="publish", cache_policy=NO_CACHE)
def publish_release(tables: dict[str, pa.Table], dataset_dir: Path, report: ValidationReport,
                    previous: PreviousRelease | None) -> Release:
    return publish(tables, dataset_dir, report, previous)


@flow(name="newsfacts-pipeline")
def pipeline(input_path: str, dataset_dir: str = str(PUBLISHED_DIR),
             batch_size: int = DEFAULT_BATCH_SIZE) -> RunSummary:
    """Ingest `input_path`, extract its records, and publish the next release of `dataset_dir`."""
    timings = {}
    clock = time.perf_counter()
    ingested = ingest_inputs(input_path, datetime.now(timezone.utc))
    timings["ingest"], clock = time.perf_counter() - clock, time.perf_counter()

    batches = [ingested.articles[i:i + batch_size] for i in range(0, len(ingested.articles), batch_size)]
    results = [future.result() for future in extract.map(batches)] if batches else []
    fresh = {name: concat(name, (r[name] for r in results)) for name in ("statements", "events", "estimates")}
    fresh["articles"] = to_table("articles", ingested.articles)
    timings["extract"], clock = time.perf_counter() - clock, time.perf_counter()

    out = Path(dataset_dir)
    with dataset_lock(out):
        previous = load_latest(out)
        candidate = release_candidate(previous.tables if previous else None, fresh,
                                      to_table("rejects", ingested.rejects))
        report = validate(candidate)
        timings["validate"], clock = time.perf_counter() - clock, time.perf_counter()
        release = publish_release(candidate, out, report, previous)
        timings["publish"] = time.perf_counter() - clock

    by_reason, details = reject_facts(ingested.rejects)
    return RunSummary(
        input=str(input_path), dataset_dir=str(out), inputs=ingested.n_items, articles=len(ingested.articles),
        rejects=len(ingested.rejects), rejects_by_reason=by_reason, reject_details=details, rows=release.rows,
        release=release.version, release_path=str(release.path), created=release.created,
        previous=release.previous, changes=release.changes, validation=report.summary(),
        timings={k: round(v, 3) for k, v in timings.items()},
    )
