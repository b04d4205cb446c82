"""A release's datapackage + changelog → its dataset card (README.md); schemas → the data dictionary."""
from __future__ import annotations

from etl import contract
from etl.contract import TableSchema


def data_dictionary(schemas: dict[str, TableSchema] | None = None, heading: str = "###") -> str:
    """Markdown tables of every column of every table, generated from `schemas/`."""
    schemas = schemas or contract.all_schemas()
    parts = []
    for name, schema in schemas.items():
        parts += [f"{heading} `{name}`", "", schema.description, "",
                  f"Primary key: `{schema.primary_key}`."
                  + "".join(f" `{fk.field}` → `{fk.table}.{fk.ref_field}`." for fk in schema.foreign_keys), "",
                  "| column | type | required | description |", "|---|---|---|---|"]
        for f in schema.fields:
            vocab = f" One of: {', '.join(f.enum)}." if f.enum else ""
            parts.append(f"| `{f.name}` | {f.arrow_type} | {'yes' if f.required else ''} | "
                         f"{f.description.replace('|', '/')}{vocab} |")
        parts.append("")
    return "\n".join(parts)


def render(package: dict, changes: dict[str, dict[str, int]], validation: dict) -> str:
    version = package["version"]
    previous = package.get("x-previous-version")
    rows = "\n".join(f"| `{r['name']}` | {r['x-rows']} | `{r['path']}` |" for r in package["resources"])
    changed = "\n".join(f"| {t} | {c['added']} | {c['changed']} | {c['removed']} |" for t, c in changes.items())
    extractors = ", ".join(f"`{v}`" for vs in package["x-extractors"].values() for v in vs) or "none"
    sources = ", ".join(f"{s['title']} ({s['articles']} articles)" for s in package["sources"]) or "none"
    return f"""# newsfacts {version}

Events (who did what to whom, when, where), statements (who said what) and estimates (numbers someone
claimed, with hedge and claimant) extracted from news articles. Every record points at the exact words
it came from: `text[start:end]` of its article equals the record's span columns.

- Version: {version} (previous: {previous or 'none'}), created {package['created']}
- Licence: {package['licenses'][0]['title']}
- Sources: {sources}
- Extractors: {extractors}
- Validation: {validation['checks']} checks, {validation['failed']} failed (details in `validation.json`)

## Tables

| table | rows | file |
|---|---:|---|
{rows}

## Changes since {previous or 'nothing (first release)'}

| table | added | changed | removed |
|---|---:|---:|---:|
{changed}

Ids of every added, changed and removed row: `changelog.json`.

## Loading

```python
import pandas as pd
statements = pd.read_parquet("statements.parquet")
```

## Known limitations

Records come from deterministic rules and lexicons over English text; speakers, actors and numbers
can be missed or misattributed. Use the span columns to check a record against its article.

## How to cite

newsfacts dataset, version {version} ({package['created'][:10]}). Cite the version: releases are immutable.

## Data dictionary

{data_dictionary({r['name']: contract.parse(r['schema']) for r in package['resources']})}"""
