"""Where a run executes: here, in this process ("local"), or as a Prefect flow ("prefect", the default).

The library never imports its orchestration: an engine is found by name among the `newsfacts.engines`
entry points (pyproject.toml), so flows/ plugs itself in and the CLI only talks to this interface.
"""
from __future__ import annotations

from importlib.metadata import entry_points
from typing import Protocol

from etl import pipeline
from etl.errors import EtlError
from etl.summary import RunSummary

GROUP = "newsfacts.engines"
DEFAULT = "prefect"


class Engine(Protocol):
    def run(self, input_path: str | list[str], dataset_dir: str, batch_size: int, max_bytes: int,
            dask_address: str | None) -> RunSummary: ...

    def landing(self, raw_dir: str, dataset_dir: str, compact_parts: int | None = None) -> RunSummary | None: ...

    def serve(self, raw_dir: str, dataset_dir: str, cron: str, compact_parts: int | None = None) -> None: ...


class LocalEngine:
    """The plain pipeline in this process: no server, no worker processes; for notebooks, tests, small inputs."""

    def run(self, input_path: str | list[str], dataset_dir: str, batch_size: int, max_bytes: int,
            dask_address: str | None) -> RunSummary:
        if dask_address is not None:
            raise EtlError("--dask-address needs the prefect engine: drop --engine local")
        return pipeline.run(input_path, dataset_dir, batch_size, max_bytes)

    def landing(self, raw_dir: str, dataset_dir: str, compact_parts: int | None = None) -> RunSummary | None:
        return pipeline.run_landing(raw_dir, dataset_dir, compact_parts=compact_parts)

    def serve(self, raw_dir: str, dataset_dir: str, cron: str, compact_parts: int | None = None) -> None:
        raise EtlError("a schedule needs the prefect engine: drop --engine local")


def names() -> list[str]:
    return sorted(e.name for e in entry_points(group=GROUP))


def load(name: str = DEFAULT) -> Engine:
    """The engine registered under `name`."""
    found = [e for e in entry_points(group=GROUP) if e.name == name]
    if not found:
        raise EtlError(f"no engine named {name!r}: choose one of {', '.join(names()) or 'none installed'} "
                       "(engines are entry points of the group newsfacts.engines; reinstall with `make install`)")
    return found[0].load()()
