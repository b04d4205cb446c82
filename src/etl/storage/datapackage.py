"""Written tables + release facts → the release's Frictionless `datapackage.json` descriptor."""
from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pyarrow.fs as pafs

from etl import contract
from etl.storage.parts import POSITION_WIDTH, PartEntry

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


# The facts of a release's parts (bytes, SHA-256, rows, the release that added them) are in part lists: one
# JSON file per run naming the parts it added, stored once like a part (`parts/part-lists/`, hard-linked
# into each release folder that needs it) and listed, with its own bytes and SHA-256, in `x-part-lists`.
# A run's datapackage.json then grows by one list entry per run before it instead of one entry per part
# (six or more), and every byte stays checksummed from the package: package → lists → parts.
PART_LISTS = "part-lists"
LISTS_KEY = "x-part-lists"
_LIST_OF = "x-list"  # in memory only: the list a resolved part entry came from


def resolved(package: dict, read: Callable[[str], dict], read_list: Callable[[PartEntry], dict] | None = None) -> dict:
    """A package as read, each schema given by path replaced by its file's content (`read`: release path → JSON),
    and each resource's `x-parts` filled in from the part lists it names (`read_list`: a list's entry → JSON;
    by default read at its path in the release).

    Releases written before schemas were files give them inline, and are returned as they are; so are the
    part facts of releases written before part lists."""
    for resource in package.get("resources", []):
        if isinstance(resource.get("schema"), str):
            resource["schema"] = read(resource["schema"])
    if LISTS_KEY in package:
        read_list = read_list or (lambda entry: read(entry.path))
        facts = {}
        for listed in package[LISTS_KEY]:
            for entry in read_list(PartEntry.from_dict(listed))["parts"]:
                facts[entry["path"]] = entry | {_LIST_OF: listed["path"]}
        for resource in package.get("resources", []):
            missing = [path for path in resource["path"] if path not in facts]
            if missing:
                raise ValueError(f"{missing[0]} is in none of the part lists the package names")
            resource["x-parts"] = [facts[path] for path in resource["path"]]
    return package


def with_part_lists(package: dict, earlier: dict | None, version: str, position: int, folder: Path) -> dict:
    """The package as written: part facts in lists, not in each resource.

    `earlier`: the previous release's package as read (its lists are shared where they give facts of parts
    this release keeps). The parts no shared list gives (those this release added, and those of a release
    written before part lists) go into this release's own list, written into `folder/part-lists/`.
    """
    written = copy.copy(package)
    shared_lists = {e["path"]: e for e in (earlier or {}).get(LISTS_KEY, [])}
    from_list = {path: entry for r in (earlier or {}).get("resources", []) if isinstance(r.get("path"), list)
                 for path, entry in zip(r["path"], r.get("x-parts", [])) if _LIST_OF in entry}
    needed, own = set(), []
    resources = []
    for resource in package["resources"]:
        for path, entry in zip(resource["path"], resource["x-parts"]):
            shared = from_list.get(path)
            if shared is not None and _facts(shared) == _facts(entry | {"path": path}):
                needed.add(shared[_LIST_OF])
            else:
                own.append(_facts(entry | {"path": path}))
        resources.append({k: v for k, v in resource.items() if k != "x-parts"})
    lists = [shared_lists[path] for path in sorted(needed)]
    if own:
        lists.append(_write_list(own, version, position, folder))
    written["resources"] = resources
    written[LISTS_KEY] = lists
    return written


def _facts(entry: dict) -> dict:
    return {k: entry.get(k) for k in ("path", "bytes", "hash", "rows", "added_in")}


def _write_list(parts: list[dict], version: str, position: int, folder: Path) -> dict:
    data = (json.dumps({"parts": parts}, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
    sha = hashlib.sha256(data).hexdigest()
    name = f"{position:0{POSITION_WIDTH}d}-{sha[:16]}.json"
    (folder / PART_LISTS).mkdir(exist_ok=True)
    (folder / PART_LISTS / name).write_bytes(data)
    return PartEntry(PART_LISTS, name, len(data), sha, len(parts), version).to_dict()


def part_lists(package: dict) -> list[PartEntry]:
    """The part lists a package names (none for a release written before them), stored like parts."""
    return [PartEntry.from_dict(entry) for entry in package.get(LISTS_KEY, [])]


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
