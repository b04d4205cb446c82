"""A dataset location (a local folder or an object-store URI such as s3://bucket/prefix) → release storage.

Releases are always staged in a local folder first. On a local disk the parts the release adds go
into the part store, the staged folder gets a hard link to every part it lists, and it is renamed into
place in one step; `latest` is a symlink. On an object store, where nothing renames atomically or
links, the new parts are uploaded into the part store and the release's other files into the
version's folder with `datapackage.json` last (a version without it is incomplete and ignored);
`latest` is a small object naming the version. See etl.storage.parts for the parts.
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
from filelock import FileLock, Timeout

from etl.errors import ReleaseError
from etl.storage.datapackage import resolved
from etl.storage.parts import PARTS_DIR, PartEntry, TableFiles, resource_parts

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
        return self._read_json_at(self.path(*parts))

    def read_package(self, version: str) -> dict:
        """A release's datapackage.json, with the schemas it names as files read in."""
        return resolved(self.read_json(version, PACKAGE), lambda path: self.read_json(version, path),
                        lambda part: self._read_json_at(self.part_path(version, part)))

    def _read_json_at(self, path: str) -> dict:
        with self.fs.open_input_stream(path) as f:
            return json.loads(f.read().decode("utf-8"))

    def write_text(self, text: str, *parts: str) -> str:
        """Write a small text file in the dataset (not in a release); returns its location."""
        path = self.path(*parts)
        if self.local:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        with self.fs.open_output_stream(path) as f:
            f.write(text.encode("utf-8"))
        return self.location(*parts)

    def table(self, version: str, resource: dict) -> TableFiles:
        """A table of a release, from its datapackage resource: its parts in order (or its one file)."""
        parts = resource_parts(resource)
        paths = ([self.part_path(version, p) for p in parts] if parts is not None
                 else [self.path(version, resource["path"])])
        return TableFiles.opening(self.fs, paths)

    def part_path(self, version: str, part: PartEntry) -> str:
        """Where a release's part is read: its link in the release folder, or (object store) the part store."""
        return self.path(version, part.path) if self.local else self.store_path(part)

    def part_problem(self, version: str, part: PartEntry) -> str | None:
        """What is wrong with a part of a release where it is read (missing, another size), or None."""
        info = self.fs.get_file_info(self.part_path(version, part))
        if info.type != pafs.FileType.File:
            return f"{part.path} is missing"
        return None if info.size == part.bytes else f"{part.path} is {info.size} bytes, the manifest says {part.bytes}"

    def store_path(self, part: PartEntry) -> str:
        return self.path(PARTS_DIR, part.path)

    def parts(self) -> list[PartEntry]:
        """Every part in the part store (rows unknown: 0), for pruning."""
        info = self.fs.get_file_info(self.path(PARTS_DIR))
        if info.type != pafs.FileType.Directory:
            return []
        found = self.fs.get_file_info(pafs.FileSelector(self.path(PARTS_DIR), recursive=True))
        return [PartEntry(Path(i.path).parent.name, i.base_name, i.size, "", 0) for i in found
                if i.type == pafs.FileType.File]

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

    def finalize(self, staging: Path, version: str, parts: list[PartEntry]) -> str:
        """Make the staged folder release `version`, all at once or not at all; returns its location.

        `parts`: every part the release lists. Those staged in `staging/<table>/` are new and go into
        the part store; the others are there already.
        """
        if self.fs.get_file_info(self.path(version, PACKAGE)).type != pafs.FileType.NotFound or (
                self.local and Path(self.path(version)).exists()):
            raise ReleaseError(f"release {self.location(version)} already exists; releases are never rewritten")
        staged = _staged_parts(staging, {p.table for p in parts})
        if self.local:
            # Plain strings and one folder check per table: a run links every part the release lists, most of
            # them kept from earlier runs, so what it pays per part is what a run costs more as parts accumulate.
            durable = set()  # parts whose bytes are synced: new ones here, the store's when it took them
            folders: set[str] = set()
            for part in parts:
                stored, linked = self.store_path(part), os.path.join(staging, part.path)
                durable.add(linked)
                if part.path in staged:
                    if not os.path.exists(stored):
                        _make_folder(os.path.dirname(stored), folders)
                        _fsync_file(linked)
                        os.link(linked, stored)
                        continue
                    os.unlink(linked)  # written again with the bytes the store holds: share those
                else:
                    _make_folder(os.path.dirname(linked), folders)
                os.link(stored, linked)  # a part the store holds already (kept, or written again): share it
            _fsync_tree(str(staging), durable)
            os.rename(staging, self.path(version))
        else:
            if self.fs.get_file_info(self.path(version)).type != pafs.FileType.NotFound:
                self.fs.delete_dir(self.path(version))  # an upload that died before its package: incomplete
            for part in parts:
                if part.path in staged and self.fs.get_file_info(self.store_path(part)).type == pafs.FileType.NotFound:
                    self.upload(staging / part.path, self.store_path(part))
            tables = {p.table for p in parts}
            files = [p for p in staging.rglob("*") if p.is_file() and p.relative_to(staging).parts[0] not in tables]
            for path in sorted(files, key=lambda p: p.name == PACKAGE):  # the package last
                self.upload(path, self.path(version, *path.relative_to(staging).parts))
            self.discard(staging)
        self._point_latest(version)
        return self.location(version)

    def upload(self, source: Path, destination: str) -> None:
        pafs.copy_files(str(source), destination, destination_filesystem=self.fs)

    def share(self, staging: Path, relative: str, version: str) -> bool:
        """Replace a staged file by a hard link to the same file of release `version` (local disks only)."""
        if not self.local:
            return False
        staged = staging / relative
        staged.unlink()
        os.link(self.path(version, relative), staged)
        return True

    def remove_release(self, version: str) -> None:
        """Remove a release: its package first, so a removal cut short leaves an incomplete, ignored folder."""
        if self.local:
            Path(self.path(version, PACKAGE)).unlink(missing_ok=True)
            shutil.rmtree(self.path(version))
        else:
            self.fs.delete_file(self.path(version, PACKAGE))
            self.fs.delete_dir(self.path(version))
        if self._latest() == version:
            found = self.versions()
            if found:
                self._point_latest(found[-1])

    def remove_part(self, part: PartEntry) -> None:
        self.fs.delete_file(self.store_path(part))

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


def _staged_parts(staging: Path, tables: set[str]) -> set[str]:
    """The parts (as `table/name` paths) staged in the tables' folders: the ones this run wrote."""
    out = set()
    for table in tables:
        try:
            with os.scandir(os.path.join(staging, table)) as entries:
                out.update(f"{table}/{e.name}" for e in entries if e.is_file())
        except FileNotFoundError:
            continue
    return out


def _make_folder(folder: str, made: set[str]) -> None:
    if folder not in made:
        os.makedirs(folder, exist_ok=True)
        made.add(folder)


def _fsync_tree(folder: str, durable: set[str]) -> None:
    """fsync a staged release: its folders (their entries, links included) and every file but the `durable` ones.

    A run links every part of the release, most of them kept from earlier runs: syncing their bytes again
    would make each run cost more as the dataset gains parts."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir():  # a folder of the release, such as a table's parts or its Data Docs site
                _fsync_tree(entry.path, durable)
            elif entry.path not in durable:
                _fsync_file(entry.path)
    _fsync_file(folder)


def _fsync_file(path: str | Path) -> None:
    fd = os.open(path, os.O_RDONLY)
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
