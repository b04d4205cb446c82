"""Previous release + what changed → the next semantic version (major: breaking schema, minor: data, patch: fixes)."""
from __future__ import annotations

from etl.publish.changelog import Changelog
from etl.storage.store import parse

FIRST_VERSION = "1.0.0"


def schema_change(previous: dict[str, dict], current: dict[str, dict]) -> str | None:
    """'major' when a reader of the previous schemas could break, 'minor' when only additions, else None."""
    kind = None
    for name, old in previous.items():
        new = current.get(name)
        if new is None:
            return "major"
        old_fields = {f["name"]: f for f in old["fields"]}
        new_fields = {f["name"]: f for f in new["fields"]}
        for fname, f in old_fields.items():
            g = new_fields.get(fname)
            if g is None or g["type"] != f["type"] or g.get("x-arrow-type") != f.get("x-arrow-type"):
                return "major"
            old_c, new_c = f.get("constraints", {}), g.get("constraints", {})
            if new_c.get("required") and not old_c.get("required"):
                return "major"
            if "enum" in new_c and not set(old_c.get("enum", new_c["enum"])) <= set(new_c["enum"]):
                return "major"
            if old_c != new_c:
                kind = "minor"
        if set(new_fields) - set(old_fields) or old.get("primaryKey") != new.get("primaryKey"):
            kind = "minor"
    if set(current) - set(previous):
        kind = "minor"
    return kind


def next_version(previous: str | None, changes: Changelog, schema: str | None,
                 extractors_changed: bool, rewritten: bool = False) -> str | None:
    """The version of the next release, or None when there is nothing new to publish.

    `rewritten`: the same content stored anew (compaction): a patch release.
    """
    if previous is None:
        return FIRST_VERSION
    major, minor, patch = parse(previous)
    data_grew = any(t.added or t.removed for t in changes.tables.values())
    if schema == "major":
        return f"{major + 1}.0.0"
    if schema == "minor" or data_grew or extractors_changed:
        return f"{major}.{minor + 1}.0"
    if not changes.empty or rewritten:
        return f"{major}.{minor}.{patch + 1}"
    return None
