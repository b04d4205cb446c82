"""Files in the landing zone → the ones a dataset has not processed yet, by content; and the ledger that remembers.

A file counts as processed once a run that read it has published (or found nothing new to publish).
Its identity is its content (with its sidecar's), so a renamed file is not read twice and a file
rewritten with new content is read again. The ledger is an append-only JSON-lines file in the
landing zone; a dot-file, so it is never taken for an input.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from filelock import FileLock

from etl.ingest.readers import SIDECAR_SUFFIX, discover, escapes, has_article, sidecar_of

LEDGER = ".newsfacts-ledger.jsonl"
LOCK = ".newsfacts-ledger.lock"


@dataclass(frozen=True)
class Entry:
    fingerprint: str
    path: str
    dataset: str
    release: str | None
    processed_at: str


def fingerprint(path: Path, landing: Path | None = None) -> str:
    """SHA-256 of the file's bytes, and of its sidecar's when it has one.

    A link out of the landing zone, or to nothing, is not opened (ingest rejects it unread, and its
    target could be a device that never ends): where it points stands for its content.
    """
    digest = hashlib.sha256()
    sidecar = sidecar_of(path)
    for part in [path] + ([sidecar] if sidecar != path and sidecar.exists() else []):
        if part.is_symlink() and (not part.exists() or (landing is not None and escapes(part, landing))):
            digest.update(b"link\0" + os.fsencode(os.readlink(part)))
        else:
            with open(part, "rb") as f:
                for chunk in iter(lambda: f.read(1 << 20), b""):
                    digest.update(chunk)
        digest.update(b"\0")
    return digest.hexdigest()


class Ledger:
    """The processed inputs of a landing zone, per dataset."""

    def __init__(self, landing: Path):
        self.landing = landing
        self.path = landing / LEDGER

    def entries(self) -> list[Entry]:
        if not self.path.exists():
            return []
        with open(self.path, encoding="utf-8") as f:
            return [Entry(**json.loads(line)) for line in f if line.strip()]

    def pending(self, dataset: str) -> list[tuple[Path, str]]:
        """Input files of the landing zone not yet processed for `dataset`, with their fingerprints."""
        done = {e.fingerprint for e in self.entries() if e.dataset == dataset}
        out = []
        for path in discover(self.landing):
            if path.name.endswith(SIDECAR_SUFFIX) and has_article(path):
                continue  # read with its article
            mark = fingerprint(path, self.landing)
            if mark not in done:
                out.append((path, mark))
        return out

    def record(self, processed: list[tuple[Path, str]], dataset: str, release: str | None) -> None:
        """Remember these files as processed for `dataset`, durably, in one append."""
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        lines = "".join(json.dumps(asdict(Entry(mark, str(path), dataset, release, now))) + "\n"
                        for path, mark in processed)
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(lines)
            f.flush()
            os.fsync(f.fileno())

    @contextmanager
    def lock(self) -> Iterator[None]:
        """One landing run at a time, so two scheduled runs never take the same files."""
        self.landing.mkdir(parents=True, exist_ok=True)
        with FileLock(self.landing / LOCK):
            yield
