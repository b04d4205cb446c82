"""Written tables + release facts → the release's Frictionless `datapackage.json` descriptor."""
from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pyarrow.fs as pafs

from etl import contract
from etl.storage.parts import PartEntry

LICENSE = {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
           "title": "Creative Commons Attribution 4.0 (extracted records; article texts keep their publishers' terms)"}


def file_facts(path: Path | str, fs: pafs.FileSystem | None = None) -> tuple[int, str]:
    """Size in bytes and sha256 hex digest of a file, read in chunks (from any pyarrow filesystem)."""
    fs = fs or pafs.LocalFileSystem()
    digest = hashlib.sha256()
    size = 0
    with fs.open_input_stream(str(path)) as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def resource(name: str, parts: list[PartEntry]) -> dict:
    """A table as a multipart resource: its parts in order, each with bytes, SHA-256, rows and the release that added it."""
    return {
        "name": name, "path": [p.path for p in parts], "profile": "tabular-data-resource", "format": "parquet",
        "mediatype": "application/vnd.apache.parquet", "bytes": sum(p.bytes for p in parts),
        "x-rows": sum(p.rows for p in parts), "x-parts": [p.listed() for p in parts],
        "schema": contract.load(name).descriptor,
    }


# A resource's schema is a file of the release, `schema/<table>.json`, that its datapackage.json names (a
# Frictionless descriptor may give a schema as a path): the same bytes release after release while the
# schema stays, so releases share it as they share parts, and every run's datapackage.json is 60% smaller.
SCHEMA_FOLDER = "schema"


def schema_path(name: str) -> str:
    return f"{SCHEMA_FOLDER}/{name}.json"


def schema_text(descriptor: dict) -> str:
    """A schema file's bytes: the same for the same schema, release after release."""
    return json.dumps(descriptor, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def by_reference(package: dict) -> tuple[dict, dict[str, str]]:
    """The package as written (each resource naming its schema file) and those files' paths and texts."""
    written = copy.copy(package)
    written["resources"] = [dict(r, schema=schema_path(r["name"])) for r in package["resources"]]
    return written, {schema_path(r["name"]): schema_text(r["schema"]) for r in package["resources"]}


def resolved(package: dict, read: Callable[[str], dict]) -> dict:
    """A package as read, each schema given by path replaced by its file's content (`read`: release path → JSON).

    Releases written before schemas were files give them inline, and are returned as they are."""
    for resource in package.get("resources", []):
        if isinstance(resource.get("schema"), str):
            resource["schema"] = read(resource["schema"])
    return package


def file_entry(path: Path) -> dict:
    """A file of the release that is not a table: name, bytes and SHA-256, checked like the tables'."""
    size, sha = file_facts(path)
    return {"path": path.name, "bytes": size, "hash": f"sha256:{sha}"}


def descriptor(version: str, previous: str | None, created: str, resources: list[dict],
               sources: list[dict], extractors: dict[str, list[str]]) -> dict:
    return {
        "profile": "tabular-data-package",
        "name": "newsfacts",
        "title": "newsfacts: events, statements and estimates extracted from news articles",
        "version": version,
        "x-previous-version": previous,
        "created": created,
        "licenses": [LICENSE],
        "sources": sources,
        "x-extractors": extractors,
        "resources": resources,
    }
