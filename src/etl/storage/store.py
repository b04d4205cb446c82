"""A dataset location (a local folder or an object-store URI such as s3://bucket/prefix) → release storage.

Releases are always staged in a local folder first. On a local disk the staged folder is renamed
into place in one step and `latest` is a symlink; on an object store, where nothing renames
atomically, the files are uploaded into the version's folder with `datapackage.json` last (a
version without it is incomplete and ignored) and `latest` is a small object naming the version.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow.fs as pafs
import pyarrow.parquet as pq
from filelock import FileLock, Timeout

from etl.errors import ReleaseError

# A release folder is named by its semantic version.
VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


def parse(version: str) -> tuple[int, int, int]:
    m = VERSION.match(version)
    if not m:
        raise ValueError(f"not a semantic version: {version!r}")
    return int(m[1]), int(m[2]), int(m[3])


LATEST = "latest"
STAGING_PREFIX = ".incoming-"
LOCK_FILE = ".lock"
PACKAGE = "datapackage.json"


def filesystem(uri: str) -> tuple[pafs.FileSystem, str]:
    """The filesystem and path of a local path or URI that pyarrow or fsspec knows."""
    if "://" not in uri:
        return pafs.LocalFileSystem(), str(Path(uri).resolve())
    try:
        return pafs.FileSystem.from_uri(uri)
    except (pafs.ArrowInvalid, ValueError):
        import fsspec

        fs, path = fsspec.core.url_to_fs(uri)
        return pafs.PyFileSystem(pafs.FSSpecHandler(fs)), path


class Store:
    """Where a dataset's releases live, and the few operations publishing and reading them need."""

    def __init__(self, uri: str | Path):
        self.uri = str(uri).rstrip("/")
        self.fs, self.root = filesystem(self.uri)
        self.local = isinstance(self.fs, pafs.LocalFileSystem)

    def path(self, *parts: str) -> str:
        return "/".join([self.root, *parts])

    def location(self, *parts: str) -> str:
        """What to show a person: the local path or the URI of a file or folder in the dataset."""
        return self.path(*parts) if self.local else "/".join([self.uri, *parts])

    def versions(self) -> list[str]:
        """Complete release versions, oldest first."""
        info = self.fs.get_file_info(self.root)
        if info.type != pafs.FileType.Directory:
            return []
        found = [i.base_name for i in self.fs.get_file_info(pafs.FileSelector(self.root))
                 if i.type == pafs.FileType.Directory and VERSION.match(i.base_name)]
        complete = [v for v in found if self.fs.get_file_info(self.path(v, PACKAGE)).type == pafs.FileType.File]
        return sorted(complete, key=parse)

    def read_json(self, *parts: str) -> dict:
        with self.fs.open_input_stream(self.path(*parts)) as f:
            return json.loads(f.read().decode("utf-8"))

    def write_text(self, text: str, *parts: str) -> str:
        """Write a small text file in the dataset (not in a release); returns its location."""
        path = self.path(*parts)
        if self.local:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        with self.fs.open_output_stream(path) as f:
            f.write(text.encode("utf-8"))
        return self.location(*parts)

    def parquet(self, version: str, table: str) -> pq.ParquetFile:
        return pq.ParquetFile(self.fs.open_input_file(self.path(version, f"{table}.parquet")))

    def has_table(self, version: str, table: str) -> bool:
        return self.fs.get_file_info(self.path(version, f"{table}.parquet")).type == pafs.FileType.File

    def staging(self) -> Path:
        """A fresh local folder to write the next release into."""
        if self.local:
            folder = Path(self.root) / f"{STAGING_PREFIX}{uuid.uuid4().hex[:12]}"
            folder.mkdir(parents=True)
            return folder
        return Path(tempfile.mkdtemp(prefix="newsfacts-release-"))

    def scratch(self) -> str:
        """A fresh folder (path or URI) in the dataset where workers can leave batch results for this run."""
        return self.location(f"{STAGING_PREFIX}{uuid.uuid4().hex[:12]}-parts")

    def discard(self, staging: Path) -> None:
        shutil.rmtree(staging, ignore_errors=True)

    def finalize(self, staging: Path, version: str) -> str:
        """Make the staged folder release `version`, all at once or not at all; returns its location."""
        if self.fs.get_file_info(self.path(version, PACKAGE)).type != pafs.FileType.NotFound or (
                self.local and Path(self.path(version)).exists()):
            raise ReleaseError(f"release {self.location(version)} already exists; releases are never rewritten")
        if self.local:
            _fsync_tree(staging)
            os.rename(staging, self.path(version))
        else:
            if self.fs.get_file_info(self.path(version)).type != pafs.FileType.NotFound:
                self.fs.delete_dir(self.path(version))  # an upload that died before its package: incomplete
            files = sorted(staging.iterdir(), key=lambda p: p.name == PACKAGE)  # the package last
            for path in files:
                pafs.copy_files(str(path), self.path(version, path.name), destination_filesystem=self.fs)
            self.discard(staging)
        self._point_latest(version)
        return self.location(version)

    def resolve(self, version_or_latest: str) -> str:
        """A version name for `latest` or a version."""
        if version_or_latest != LATEST:
            return version_or_latest
        if self.local:
            return os.readlink(self.path(LATEST))
        with self.fs.open_input_stream(self.path(LATEST)) as f:
            return f.read().decode().strip()

    @contextmanager
    def lock(self, timeout: float = 600.0) -> Iterator[None]:
        """One writer at a time on a local disk; object stores have no lock, so schedule one writer there."""
        if not self.local:
            self.recover()
            yield
            return
        Path(self.root).mkdir(parents=True, exist_ok=True)
        try:
            held = FileLock(self.path(LOCK_FILE), timeout=timeout, poll_interval=0.2).acquire()
        except Timeout:
            raise ReleaseError(f"{self.root} is locked by another run for over {timeout:.0f} s; "
                               "wait for it to finish") from None
        with held:
            self.recover()
            yield

    def recover(self) -> None:
        """Remove half-written releases and point `latest` at the newest complete one."""
        if self.local:
            for leftover in Path(self.root).glob(STAGING_PREFIX + "*"):
                shutil.rmtree(leftover, ignore_errors=True)
        elif self.fs.get_file_info(self.root).type == pafs.FileType.Directory:
            for info in self.fs.get_file_info(pafs.FileSelector(self.root)):
                if info.base_name.startswith(STAGING_PREFIX) and info.type == pafs.FileType.Directory:
                    self.fs.delete_dir(info.path)
        found = self.versions()
        if found and self._latest() != found[-1]:
            self._point_latest(found[-1])

    def _latest(self) -> str | None:
        try:
            return self.resolve(LATEST)
        except (OSError, FileNotFoundError):
            return None

    def _point_latest(self, version: str) -> None:
        if self.local:
            tmp = self.path(f"{STAGING_PREFIX}link-{uuid.uuid4().hex[:8]}")
            os.symlink(version, tmp)
            os.replace(tmp, self.path(LATEST))  # one atomic rename: readers see the old or the new
        else:
            with self.fs.open_output_stream(self.path(LATEST)) as f:
                f.write(version.encode())


def _fsync_tree(folder: Path) -> None:
    for path in folder.iterdir():
        if path.is_dir():  # a folder of the release, such as its Data Docs site
            _fsync_tree(path)
            continue
        with open(path, "rb") as f:
            os.fsync(f.fileno())
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def release_location(uri: str) -> tuple[Store, str]:
    """The store and version of a release given as its folder (…/1.2.0 or …/latest)."""
    uri = str(uri).rstrip("/")
    parent, _, name = uri.rpartition("/")
    store = Store(parent or ".")
    return store, store.resolve(name)
