"""Prefect flow and deployment: new files in the landing zone → the pipeline, each file exactly once, on a cron schedule."""
from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger

from etl.ingest.ledger import Ledger
from etl.paths import PUBLISHED_DIR, RAW_DIR
from etl.summary import RunSummary
from flows.pipeline import DEFAULT_BATCH_SIZE, pipeline

DEFAULT_CRON = "*/15 * * * *"
DEPLOYMENT = "landing-zone"


@flow(name="newsfacts-landing")
def landing(raw_dir: str = str(RAW_DIR), dataset_dir: str = str(PUBLISHED_DIR),
            batch_size: int = DEFAULT_BATCH_SIZE) -> RunSummary | None:
    """Run the pipeline on the landing zone's files that `dataset_dir` has not processed yet."""
    ledger = Ledger(Path(raw_dir))
    with ledger.lock():
        todo = ledger.pending(dataset_dir)
        if not todo:
            get_run_logger().info("nothing new in %s", raw_dir)
            return None
        summary = pipeline([str(path) for path, _ in todo], dataset_dir, batch_size)
        # Only after the release is published (or found unchanged): a failed run leaves the files pending.
        ledger.record(todo, dataset_dir, summary.release)
        return summary


def deployment(raw_dir: str, dataset_dir: str, cron: str = DEFAULT_CRON):
    """The landing flow as a deployment with a cron schedule, ready for `serve`."""
    return landing.to_deployment(name=DEPLOYMENT, cron=cron,
                                 parameters={"raw_dir": raw_dir, "dataset_dir": dataset_dir})
