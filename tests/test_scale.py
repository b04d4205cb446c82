"""The same flow on an existing Dask cluster, and publishing to object storage (a local S3 server)."""
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from etl.cli import app
from etl.paths import SAMPLES_DIR


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def test_the_flow_runs_its_batches_on_an_existing_dask_cluster(prefect_server, tmp_path: Path):
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        done = invoke("run", str(SAMPLES_DIR), "--out", str(tmp_path / "published"), "--batch-size", "2",
                      "--dask-address", cluster.scheduler_address, "--json")
        assert done.exit_code == 0, done.output
        summary = json.loads(done.stdout)
        assert summary["created"] and summary["extracted"] == summary["articles"] > 2
        ran = client.run_on_scheduler(lambda dask_scheduler: sorted(dask_scheduler.task_prefixes))
    assert "extract" in ran, ran  # Dask names tasks after the function the Prefect task wraps
    assert invoke("validate", str(tmp_path / "published" / "latest")).exit_code == 0


def test_a_release_is_published_to_and_validated_from_s3(prefect_server, s3, tmp_path: Path):
    inputs = tmp_path / "inputs"
    shutil.copytree(SAMPLES_DIR, inputs)
    first = invoke("run", str(inputs), "--out", "s3://newsfacts/dataset", "--json")
    assert first.exit_code == 0, first.output
    summary = json.loads(first.stdout)
    assert summary["release"] == "1.0.0" and summary["release_path"] == "s3://newsfacts/dataset/1.0.0"
    keys = {o["Key"] for o in s3.list_objects_v2(Bucket="newsfacts")["Contents"]}
    package = json.loads(s3.get_object(Bucket="newsfacts", Key="dataset/1.0.0/datapackage.json")["Body"].read())
    parts = {r["name"]: r["path"] for r in package["resources"]}
    assert {"dataset/latest", "dataset/1.0.0/datapackage.json"} <= keys
    # on an object store the parts are read from the part store, where every release finds them
    assert {f"dataset/parts/{path}" for path in parts["statements"]} <= keys
    assert not any(k.startswith("dataset/1.0.0/statements/") for k in keys)
    assert invoke("validate", "s3://newsfacts/dataset/latest").exit_code == 0
    shown = invoke("show", "s3://newsfacts/dataset/latest")
    assert shown.exit_code == 0 and "newsfacts 1.0.0" in shown.output and "John Kirby" in shown.output

    again = invoke("run", str(inputs), "--out", "s3://newsfacts/dataset", "--json")
    assert json.loads(again.stdout)["created"] is False

    [events] = parts["events"]
    body = bytearray(s3.get_object(Bucket="newsfacts", Key=f"dataset/parts/{events}")["Body"].read())
    body[len(body) // 2] ^= 0x01
    s3.put_object(Bucket="newsfacts", Key=f"dataset/parts/{events}", Body=bytes(body))
    broken = invoke("validate", "s3://newsfacts/dataset/1.0.0")
    assert broken.exit_code == 1 and "events: checksum" in broken.output
