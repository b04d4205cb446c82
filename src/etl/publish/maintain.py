"""A dataset's releases → fewer, larger parts (compaction) and fewer releases (pruning), never touching a kept release.

A frequent schedule adds a few small parts per run. `compact` writes the newest release's content
again as a new patch release whose consecutive small parts are merged: the same rows in the same
order, so the same ids and nothing added or removed (its changelog says so). Older releases keep
their parts. `prune` removes old releases, then every part no kept release lists.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from etl import contract
from etl.errors import ReleaseError
from etl.publish.assemble import increment
from etl.publish.release import PreviousRelease, Release, load_latest, publish
from etl.publish.stage import Stage, conform
from etl.storage import datapackage
from etl.storage.parts import PartEntry, is_spanning, resource_parts
from etl.storage.store import PACKAGE, Store, parse
from etl.validate.increment import validate_increment

# Parts are merged up to about this size; a part this large already is left as it is.
PART_BYTES = 64 << 20


def merge_plan(parts: list[PartEntry], limit: int = PART_BYTES) -> list[list[PartEntry]]:
    """Consecutive parts in runs of at most `limit` bytes: each run of two or more becomes one part."""
    runs: list[list[PartEntry]] = []
    for part in parts:
        if part.rows == 0:
            continue  # empty parts merge into nothing
        if is_spanning(part.position):  # a part runs write again: kept apart
            runs.append([part])
            continue
        if runs and sum(p.bytes for p in runs[-1]) + part.bytes <= limit:
            runs[-1].append(part)
        else:
            runs.append([part])
    return runs


def parts_count(previous: PreviousRelease) -> int:
    """The most parts any table of the release has."""
    return max((len(previous.parts(name) or []) for name in contract.TABLES), default=0)


def compact(dataset_dir: str, limit: int = PART_BYTES) -> Release:
    """Publish the latest release's content again with its small parts merged (a patch release), if any merge."""
    store = Store(dataset_dir)
    with store.lock():
        previous = load_latest(store)
        if previous is None:
            raise ReleaseError(f"{store.location()} has no release to compact")
        stage = Stage(store.staging(), previous.next_position)
        merged = 0
        for name in contract.TABLES:
            parts = previous.parts(name)
            if parts is None:  # one file per table (an older release): it becomes one part
                whole = previous.parquet(name)
                if whole is not None:
                    stage.add_part(name, conform(name, whole.read()), 1)
                    merged += 1
                continue
            for run in merge_plan(parts, limit):
                if len(run) == 1:
                    stage.keep(name, run[0])
                    continue
                rows = previous.part_files(run).read()
                stage.add_part(name, conform(name, rows), run[0].position)
                merged += 1
        stage.close()
        if not merged:
            store.discard(stage.folder)
            return Release(previous.version, store.location(previous.version), False, previous.version,
                           {name: sum(p.rows for p in stage.parts(name)) for name in contract.TABLES})
        report = validate_increment(increment(stage, previous))
        release = publish(store, stage, report, previous, previous.extractors,
                          note=f"Compaction: {merged} runs of small parts merged into one part each; "
                               "the content is that of " + previous.version + ".")
        if any(c["added"] or c["changed"] or c["removed"] for c in release.changes.values()):
            raise ReleaseError(f"compaction changed the content of {previous.version}: {release.changes}")
        return release


@dataclass
class Pruned:
    kept: list[str]
    removed: list[str]
    parts_removed: int
    bytes_freed: int


def prune(dataset_dir: str, keep: int | None = None, older_than: timedelta | None = None,
          now: datetime | None = None) -> Pruned:
    """Remove releases beyond the newest `keep` (and, with `older_than`, only those older than that), then
    every part that no kept release lists. The latest release is always kept."""
    if keep is None and older_than is None:
        raise ReleaseError("say what to keep: --keep N and/or --older-than DAYS")
    if keep is not None and keep < 1:
        raise ReleaseError("--keep must be at least 1: the latest release is always kept")
    store = Store(dataset_dir)
    now = now or datetime.now(timezone.utc)
    with store.lock():
        versions = store.versions()
        doomed = []
        for i, version in enumerate(versions):
            newest = len(versions) - i  # 1 for the latest
            beyond = keep is None or newest > keep
            old = older_than is None or now - _created(store, version) > older_than
            if newest > 1 and beyond and old:
                doomed.append(version)
        for version in doomed:
            store.remove_release(version)
        kept = [v for v in versions if v not in doomed]
        packages = {v: store.read_package(v) for v in kept}  # with the part lists that give their parts
        needed = {p.path for v in kept for r in packages[v]["resources"] for p in resource_parts(r) or []}
        needed |= {p.path for v in kept for p in datapackage.part_lists(packages[v])}
        removed, freed = 0, 0
        for part in store.parts():
            if part.path not in needed:
                store.remove_part(part)
                removed += 1
                freed += part.bytes
        return Pruned(sorted(kept, key=parse), doomed, removed, freed)


def _created(store: Store, version: str) -> datetime:
    return datetime.fromisoformat(store.read_json(version, PACKAGE)["created"])
