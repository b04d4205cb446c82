"""The "prefect" engine of `etl`: runs as Prefect flows on the embedded server, or serves the landing deployment."""
from __future__ import annotations

import time

from etl.errors import EtlError
from etl.summary import RunSummary
from flows.server import embedded_server


class PrefectEngine:
    def run(self, input_path: str | list[str], dataset_dir: str, batch_size: int, max_bytes: int,
            dask_address: str | None) -> RunSummary:
        from flows.pipeline import pipeline

        clock = time.perf_counter()
        with embedded_server():
            started = time.perf_counter() - clock
            summary = pipeline(input_path, dataset_dir, batch_size, max_bytes, dask_address)
        summary.timings["prefect_start"] = round(started, 3)
        return summary

    def landing(self, raw_dir: str, dataset_dir: str, compact_parts: int | None = None) -> RunSummary | None:
        from flows.landing import landing

        with embedded_server():
            return landing(raw_dir, dataset_dir, compact_parts=compact_parts)

    def serve(self, raw_dir: str, dataset_dir: str, cron: str, compact_parts: int | None = None) -> None:
        from prefect import serve
        from prefect.settings import PREFECT_API_URL

        from flows.landing import deployment

        if not PREFECT_API_URL.value():
            raise EtlError("serving a schedule needs a running Prefect server: start one with "
                           "`prefect server start` and set PREFECT_API_URL=http://127.0.0.1:4200/api")
        serve(deployment(raw_dir, dataset_dir, cron, compact_parts))
