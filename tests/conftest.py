"""Shared fixtures: small article folders written per test, quiet, isolated Prefect and GX settings, and the
hypothesis profiles."""
from __future__ import annotations

import json
import os
import tempfile
import urllib.request
from pathlib import Path

import pytest
from hypothesis import settings

# Set before anything imports Prefect or Great Expectations.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
# The tests' Prefect state lives apart from the user's (~/.prefect) and from other test sessions.
os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="newsfacts-prefect-")


# Property tests (hypothesis) draw the same examples on every run, seeded by each test, so that a failure in CI is a
# change of the code, not a rare draw; HYPOTHESIS_PROFILE=explore draws new random examples, ten times as many, and
# keeps any failing one in the example database (.hypothesis/) to replay it first on the next run.
settings.register_profile("deterministic", max_examples=60, derandomize=True, print_blob=True)
settings.register_profile("explore", max_examples=600, derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or "deterministic")


def write_jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "inputs"
    folder.mkdir()
    return folder


@pytest.fixture(scope="session")
def prefect_server():
    """One embedded Prefect server for the whole session: it takes 20 to 40 s to start here."""
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=240):
        # Worker processes of the flow's task runner inherit the environment, not the harness's settings.
        os.environ["PREFECT_API_URL"] = PREFECT_API_URL.value()
        yield
        del os.environ["PREFECT_API_URL"]


@pytest.fixture
def s3(monkeypatch):
    """A moto S3 server on a free local port, with one bucket; the AWS settings point at it."""
    import boto3
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    # moto keeps its buckets per process, across servers: start every test from an empty store
    urllib.request.urlopen(urllib.request.Request(f"http://{host}:{port}/moto-api/reset", method="POST"))
    for key, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                       "AWS_DEFAULT_REGION": "us-east-1", "AWS_ENDPOINT_URL": f"http://{host}:{port}"}.items():
        monkeypatch.setenv(key, value)
    boto3.client("s3").create_bucket(Bucket="newsfacts")
    yield boto3.client("s3")
    server.stop()
