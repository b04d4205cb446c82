"""The data contract: reads `schemas/*.json` (Frictionless Table Schemas) into the forms the code needs.

Nothing here declares a column. The pyarrow schemas, the vocabularies, the grounding spans, the
validation suites and the release's datapackage.json are all derived from the schema files.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyarrow as pa

from etl.paths import SCHEMA_DIR

# Written and validated in this order, so a foreign key always points at a table already seen.
TABLES = ("articles", "statements", "events", "event_mentions", "estimates", "estimate_groups", "extraction_errors",
          "rejects")
# Tables whose rows are the dataset's content; derived tables are recomputed from them for every
# release; extraction_errors and rejects describe the run that made a release.
CONTENT_TABLES = ("articles", "statements", "events", "event_mentions", "estimates")
# Tables that releases published before them lack: such a release reads and validates without them.
LATER_TABLES = ("event_mentions", "extraction_errors")
DERIVED_TABLES = ("estimate_groups",)

_SCALAR_TYPES = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "boolean": pa.bool_(),
    "date": pa.date32(),
    "datetime": pa.timestamp("us", tz="UTC"),
}
_ARROW_OVERRIDES = {"int32": pa.int32(), "int64": pa.int64(), "float32": pa.float32()}


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    description: str
    required: bool
    unique: bool
    enum: tuple[str, ...] | None
    pattern: str | None
    minimum: object | None
    maximum: object | None
    min_length: int | None
    arrow_type: pa.DataType


@dataclass(frozen=True)
class Span:
    """A (text, start, end) column triple: text[start:end] of the article must equal the text column."""
    text: str
    start: str
    end: str


@dataclass(frozen=True)
class ForeignKey:
    field: str
    table: str
    ref_field: str


@dataclass(frozen=True)
class Count:
    """A column that counts rows of another table: `field` equals the number of rows of `table` whose `by`
    column holds this row's primary key (events.mentions counts its event_mentions)."""
    field: str
    table: str
    by: str


@dataclass(frozen=True)
class Explains:
    """A column that tells why two others differ: `field` is set exactly when the columns of `differing` hold
    different values (estimates.aside says why counted_as is not category)."""
    field: str
    differing: tuple[str, str]


@dataclass(frozen=True)
class TableSchema:
    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: str
    foreign_keys: tuple[ForeignKey, ...]
    spans: tuple[Span, ...]
    ordered: tuple[tuple[str, str], ...]
    descriptor: dict
    counts: tuple[Count, ...] = ()
    explains: tuple[Explains, ...] = ()

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.fields]

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no column {name!r}")

    def arrow(self) -> pa.Schema:
        return arrow_schema(self.descriptor)


def _field(d: dict) -> Field:
    c = d.get("constraints", {})
    if d["type"] == "array":  # a list column; "x-item-type" names the scalar type of its items
        arrow = pa.list_(_SCALAR_TYPES[d.get("x-item-type", "string")])
    elif "x-arrow-type" in d:
        arrow = _ARROW_OVERRIDES[d["x-arrow-type"]]
    else:
        arrow = _SCALAR_TYPES[d["type"]]
    return Field(
        name=d["name"], type=d["type"], description=d.get("description", ""),
        required=bool(c.get("required")), unique=bool(c.get("unique")),
        enum=tuple(c["enum"]) if "enum" in c else None, pattern=c.get("pattern"),
        minimum=c.get("minimum"), maximum=c.get("maximum"), min_length=c.get("minLength"),
        arrow_type=arrow,
    )


def parse(descriptor: dict) -> TableSchema:
    """A TableSchema from a Table Schema descriptor (a schemas/ file or a datapackage resource schema)."""
    fks = tuple(
        ForeignKey(fk["fields"][0], fk["reference"]["resource"], fk["reference"]["fields"][0])
        for fk in descriptor.get("foreignKeys", [])
    )
    return TableSchema(
        name=descriptor["name"], title=descriptor.get("title", descriptor["name"]),
        description=descriptor.get("description", ""),
        fields=tuple(_field(f) for f in descriptor["fields"]),
        primary_key=descriptor["primaryKey"][0], foreign_keys=fks,
        spans=tuple(Span(**s) for s in descriptor.get("x-spans", [])),
        ordered=tuple(tuple(pair) for pair in descriptor.get("x-ordered", [])),
        descriptor=descriptor,
        counts=tuple(Count(**c) for c in descriptor.get("x-counts", [])),
        explains=tuple(Explains(e["field"], tuple(e["differing"])) for e in descriptor.get("x-explains", [])),
    )


def arrow_schema(descriptor: dict) -> pa.Schema:
    fields = []
    for d in descriptor["fields"]:
        f = _field(d)
        fields.append(pa.field(f.name, f.arrow_type, nullable=not f.required,
                               metadata={"description": f.description}))
    return pa.schema(fields, metadata={"table": descriptor["name"]})


@cache
def load(name: str, schema_dir: Path = SCHEMA_DIR) -> TableSchema:
    path = schema_dir / f"{name}.json"
    return parse(json.loads(path.read_text(encoding="utf-8")))


def all_schemas(schema_dir: Path = SCHEMA_DIR) -> dict[str, TableSchema]:
    return {name: load(name, schema_dir) for name in TABLES}


def vocabulary(table: str, column: str) -> tuple[str, ...]:
    enum = load(table).field(column).enum
    if enum is None:
        raise KeyError(f"{table}.{column} has no closed vocabulary")
    return enum
