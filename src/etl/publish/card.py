"""A release's datapackage + changelog → its dataset card (README.md); schemas → the data dictionary."""
from __future__ import annotations

from collections import Counter

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


# Files every release has beside its tables.
RELEASE_FILES = (
    ("datapackage.json", "Frictionless descriptor: schemas, keys, bytes, SHA-256 and rows of every table, "
                         "licence, sources, extractor versions"),
    ("changelog.json", "how many rows were added, changed and removed per table since the previous release"),
    ("changelog.parquet", "the id of every row added, changed or removed (columns table, change, id)"),
    ("CHANGELOG.md", "the same, counted, for people"),
    ("validation.json", "every check run before publishing, and its result"),
    ("report.html", "charts: events per type over time, most quoted speakers, where sources disagree, rejects"),
)

LIMITATIONS = """\
- **Rules, not understanding.** Records come from deterministic rules and lexicons over English text.
  Statements, events and numbers can be missed, and speakers, actors and claimants misattributed.
  `confidence` ranks records within an extractor; it is not a calibrated probability. Check a record
  against its words with the span columns: `text[start:end]` of its article.
- **Names are resolved within an article only.** `speaker_canonical`, `actor_canonical` and
  `claimant_canonical` join "Kirby" and "he" to "John Kirby" inside one article; across articles the
  same person or body can appear under different names. A statement whose speaker could not be
  resolved (a bare pronoun) has no `speaker_canonical`.
- **Countries** are ISO codes only for places, capitals and demonyms in the lexicons; the rest is empty.
- **Dates** are resolved against the article's publication time. `date` is the first day of the period
  `date_precision` names: a `month` date of 2024-06-01 means "some time in June 2024", not June 1st.
  Many events carry no date at all.
- **Events are not all facts.** `modality` says whether the article asserts an event, reports it from a
  source, or speaks of it as future, hypothetical or negated; filter on it before counting what happened.
- **Disagreement is a flag, not a verdict.** `estimate_groups` groups estimates by a normalised
  `subject_key`; unrelated figures can share a key and one subject can be split across keys. Figures
  can differ because they count at different dates or places (`as_of`).
- **`rejects` covers one run**: the inputs rejected by the run that made this release, not earlier ones.
- **Articles in `extraction_errors` lack some records**: their extraction failed at the named stage, so
  they have none of that stage's records or of the stages after it. Leave them out when you count.
- **Plausibility flags are published, not removed**: rows that look doubtful (listed in
  `validation.json`) are kept so that nothing is hidden; check them before you rely on them.
- **Article texts** are included for grounding and keep their publishers' terms; the dataset's licence
  covers the extracted records."""


def render(package: dict, changes: dict[str, dict[str, int]], validation: dict,
           extraction_errors: list[dict] | None = None) -> str:
    """The dataset card of a release, from its datapackage descriptor, change counts, validation summary
    and the rows of its extraction_errors table."""
    version, created = package["version"], package["created"]
    previous = package.get("x-previous-version")
    licence = package["licenses"][0]
    resources = package["resources"]
    schemas = {r["name"]: contract.parse(r["schema"]) for r in resources}
    tables = "\n".join(f"| `{r['path']}` | {r['x-rows']:,} | {_size(r['bytes'])} | {schemas[r['name']].description} |"
                       for r in resources)
    files = "\n".join(f"| `{name}` | {what} |" for name, what in RELEASE_FILES)
    sources = "\n".join(f"| {_md(s['title'])} | {s['articles']:,} |" for s in package["sources"]) or "| none | 0 |"
    extractors = "\n".join(f"| {table} | {', '.join(f'`{v}`' for v in versions) or 'none'} |"
                           for table, versions in package["x-extractors"].items())
    return f"""# newsfacts {version}

*{package['title']}.*

newsfacts turns news articles into three linked tables: **events** (who did what to whom, when and
where, typed in PLOVER), **statements** (who said what, directly or reported) and **estimates**
(numbers someone claimed, with their hedge, what they count and who gave them). Every record points at
the exact words it came from in its article, and every release is validated before it is published.
For charts of this release, open `report.html` beside this file.

- **Version** {version}, created {created}; previous version: {previous or "none (first release)"}.
- **Licence** [{licence['name']}]({licence['path']}): {licence['title']}.
- **Validation** {validation['checks']:,} checks, {validation['failed']:,} failed (every check in `validation.json`).

## Extraction errors and flagged rows

{_quality(extraction_errors or [], validation.get("flags", []))}

## Sources

| source | articles |
|---|---:|
{sources}

## Tables

| file | rows | size | what a row is |
|---|---:|---:|---|
{tables}

| file | what it holds |
|---|---|
{files}

## Extractor versions

Every record's `extractor` column names the extractor and version that made it.

| table | extractors |
|---|---|
{extractors}

## {f"Changes since {previous}" if previous else "Changes: first release"}

{_changes(changes, previous)}

## Loading

Run from this folder (or put its path in front of the file names).

```python
import pandas as pd
statements = pd.read_parquet("statements.parquet")
estimates = pd.read_parquet("estimates.parquet")
# every estimate with the statement that carries it (empty columns when the number was not quoted)
claims = estimates.merge(statements[["statement_id", "speaker_canonical", "content"]], on="statement_id", how="left")
```

```python
import duckdb
speakers = duckdb.sql("select speaker_canonical, count(*) as statements from 'statements.parquet' "
                      "where speaker_canonical is not null group by 1 order by 2 desc, 1 limit 10").fetchall()
```

```python
import polars as pl
events = pl.read_parquet("events.parquet").filter(pl.col("modality") != "negated")
```

## Known limitations

{LIMITATIONS}

## How to cite

Cite the version you used: releases are immutable, and a version always means the same files (their
SHA-256 digests are in `datapackage.json`).

> newsfacts contributors ({created[:4]}). *{package['title']}*, version {version} ({created[:10]}).
> Licence {licence['name']}.

```bibtex
@misc{{newsfacts_{version.replace('.', '_')},
  title   = {{{{{package['title']}}}}},
  author  = {{{{newsfacts contributors}}}},
  year    = {{{created[:4]}}},
  version = {{{version}}},
  note    = {{Released {created[:10]}; licence {licence['name']}}}
}}
```

Quoted words belong to their speakers and articles: cite the article (`articles.url`, `articles.source`)
when you quote it.

## Data dictionary

{data_dictionary(schemas)}"""


def _changes(changes: dict[str, dict[str, int]], previous: str | None) -> str:
    counted = "\n".join(f"| {t} | {c['added']:,} | {c['changed']:,} | {c['removed']:,} |" for t, c in changes.items())
    lead = ("Rows are matched by id; a changed row kept its id and changed a value."
            if previous else "Every row is new.")
    return (f"{lead}\n\n| table | added | changed | removed |\n|---|---:|---:|---:|\n{counted}\n\n"
            "The ids of every added, changed and removed row are in `changelog.parquet`.")


def _quality(errors: list[dict], flags: list[dict]) -> str:
    """What a user should know before counting: articles published without some records, doubtful rows."""
    if errors:
        failed = len({e["article_id"] for e in errors})
        kinds = Counter((e["stage"], e["extractor"], e["error_type"]) for e in errors)
        listed = "\n".join(f"| {stage} | `{extractor}` | {_md(kind)} | {n:,} |"
                            for (stage, extractor, kind), n in sorted(kinds.items()))
        text = (f"The extraction of {failed:,} article{'s' if failed != 1 else ''} failed. They are in `articles`, "
                "without the records of the failing stage and the stages after it; `extraction_errors.parquet` "
                "names each with its error, and the next run extracts them again.\n\n"
                f"| stage | extractor | error | articles |\n|---|---|---|---:|\n{listed}")
    else:
        text = "Every article was extracted."
    if flags:
        listed = "\n".join(f"| {f['table']} | {_md(f['check'])} | {f['count']:,} | {', '.join(f['examples'][:3])} |"
                            for f in flags)
        text += ("\n\nPlausibility checks never block a release: these rows fail one and are published; their ids "
                 "are in `validation.json`.\n\n| table | check | rows | for example |\n|---|---|---:|---|\n"
                 + listed)
    else:
        text += " No published row fails a plausibility check."
    return text


def _size(size: int) -> str:
    value, unit = float(size), "B"
    for bigger in ("kB", "MB", "GB"):
        if value < 1000:
            break
        value, unit = value / 1000, bigger
    return f"{value:,.0f} {unit}" if unit == "B" else f"{value:,.1f} {unit}"


def _md(text: str) -> str:
    """Text from the inputs, safe in a Markdown table cell: no column breaks, no raw HTML."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
