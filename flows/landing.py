"""Prefect flow and deployment: new files in the landing zone → the pipeline, each file exactly once, on a cron schedule."""
from __future__ import annotations

from prefect import flow

from etl.paths import PUBLISHED_DIR, RAW_DIR
from etl.pipeline import DEFAULT_BATCH_SIZE, run_landing
from etl.summary import RunSummary
from flows.pipeline import PrefectSteps, pipeline

DEFAULT_CRON = "*/15 * * * *"
DEPLOYMENT = "landing-zone"


@flow(name="newsfacts-landing")
def landing(raw_dir: str = str(RAW_DIR), dataset_dir: str = str(PUBLISHED_DIR),
            batch_size: int = DEFAULT_BATCH_SIZE, compact_parts: int | None = None) -> RunSummary | None:
    """Run the pipeline flow on the landing zone's files that `dataset_dir` has not processed yet
    (then compact the dataset when a table has more than `compact_parts` parts)."""
    return run_landing(raw_dir, dataset_dir, batch_size, PrefectSteps(), pipeline=pipeline,
                       compact_parts=compact_parts)


def deployment(raw_dir: str, dataset_dir: str, cron: str = DEFAULT_CRON, compact_parts: int | None = None):
    """The landing flow as a deployment with a cron schedule, ready for `serve`."""
    return landing.to_deployment(name=DEPLOYMENT, cron=cron,
                                 parameters={"raw_dir": raw_dir, "dataset_dir": dataset_dir,
                                             "compact_parts": compact_parts})
