"""schemas/ is the single source of truth: records, pyarrow schemas, suites and docs must agree with it."""
import dataclasses
import json
import re

import pytest

from etl import contract
from etl.paths import REPO_ROOT, SCHEMA_DIR
from etl.publish.card import data_dictionary
from etl.records import RECORD_TYPES, field_names
from etl.validate.expectations import checks, has_dates

PYTHON_TYPES = {"string": "str", "integer": "int", "number": "float", "date": "date", "datetime": "datetime"}


def test_every_schema_file_is_a_known_table():
    assert sorted(p.stem for p in SCHEMA_DIR.glob("*.json")) == sorted(contract.TABLES)


def test_every_table_is_made_of_records_or_derived():
    assert set(RECORD_TYPES) | set(contract.DERIVED_TABLES) == set(contract.TABLES)


@pytest.mark.parametrize("name", list(RECORD_TYPES))
def test_record_fields_and_types_match_the_schema(name: str):
    schema = contract.load(name)
    record = RECORD_TYPES[name]
    assert field_names(record) == schema.names
    annotations = {f.name: str(f.type) for f in dataclasses.fields(record)}  # as written in records.py
    for f in schema.fields:
        annotation = annotations[f.name]
        assert PYTHON_TYPES[f.type] in annotation, (f.name, annotation)
        assert ("None" in annotation) != f.required, f"{name}.{f.name}: nullability differs from the schema"


@pytest.mark.parametrize("name", contract.TABLES)
def test_arrow_schema_follows_the_schema_file(name: str):
    descriptor = json.loads((SCHEMA_DIR / f"{name}.json").read_text())
    arrow = contract.load(name).arrow()
    assert arrow.names == [f["name"] for f in descriptor["fields"]]
    for f in descriptor["fields"]:
        required = f.get("constraints", {}).get("required", False)
        assert arrow.field(f["name"]).nullable is not required


@pytest.mark.parametrize("name", contract.TABLES)
def test_every_constraint_becomes_an_expectation(name: str):
    schema = contract.load(name)
    names = [c.name for c in checks(schema)]
    expected = (1 + len(schema.foreign_keys) + len(schema.counts) + len(schema.explains) + len(schema.ordered)
                + len(schema.spans) + has_dates(schema))
    for f in schema.fields:
        expected += sum([f.required, f.unique or f.name == schema.primary_key, bool(f.enum), bool(f.pattern),
                         f.minimum is not None or f.maximum is not None, bool(f.min_length)])
    assert len(names) == expected
    assert len(set(names)) == len(names), "check names must be unique to be told apart in reports"


@pytest.mark.parametrize("name", contract.TABLES)
def test_spans_and_keys_name_real_columns(name: str):
    schema = contract.load(name)
    cols = set(schema.names)
    assert schema.primary_key in cols
    for span in schema.spans:
        assert {span.text, span.start, span.end} <= cols
    for low, high in schema.ordered:
        assert {low, high} <= cols
    for e in schema.explains:
        assert {e.field, *e.differing} <= cols
    for fk in schema.foreign_keys:
        assert fk.field in cols and fk.ref_field in contract.load(fk.table).names


def test_readme_data_dictionary_is_generated_from_the_schemas():
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- data-dictionary:start -->\n(.*?)<!-- data-dictionary:end -->", readme, re.S)
    assert m, "README.md lacks the generated data dictionary markers"
    assert m.group(1) == data_dictionary(), "README data dictionary is stale: run `make docs`"
