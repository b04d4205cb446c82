"""Prefect's embedded (temporary) server, started once and shared by a flow and its worker processes."""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def embedded_server() -> Iterator[None]:
    """Use the configured Prefect API if there is one, else a temporary server for the duration.

    Prefect would start a temporary server on its own, but only for the process that asks: each
    worker process of a process-pool task runner would start another one (20 s or more each here).
    Starting it here and exporting its URL lets the workers inherit it.
    """
    from prefect.settings import PREFECT_API_URL, temporary_settings

    if PREFECT_API_URL.value():
        yield
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start()  # stopped at exit, after Prefect has sent its last logs and events to it
    os.environ["PREFECT_API_URL"] = server.api_url
    try:
        with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
            yield
    finally:
        os.environ.pop("PREFECT_API_URL", None)
