"""A release's datapackage + changelog → its dataset card (README.md); schemas → the data dictionary."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from etl import contract
from etl.contract import TableSchema
from etl.publish.overview import Change, Flag, flags
from etl.publish.templating import MARKDOWN


@dataclass(frozen=True)
class Licence:
    name: str
    path: str
    title: str


@dataclass(frozen=True)
class Source:
    title: str
    articles: int


@dataclass(frozen=True)
class TableFile:
    """A table's Parquet file in the release."""
    path: str
    rows: int
    bytes: int
    description: str


@dataclass(frozen=True)
class Extractors:
    """The extractor versions whose records a table holds."""
    table: str
    versions: tuple[str, ...]


@dataclass(frozen=True)
class ErrorKind:
    """Articles whose extraction failed the same way: at one stage, in one extractor, with one error."""
    stage: str
    extractor: str
    error_type: str
    articles: int


@dataclass(frozen=True)
class Card:
    """What the dataset card says about a release."""
    version: str
    title: str
    created: str  # ISO 8601
    previous: str | None
    licence: Licence
    checks: int
    failed_checks: int
    failed_articles: int  # articles whose extraction failed
    errors: tuple[ErrorKind, ...]
    flags: tuple[Flag, ...]
    sources: tuple[Source, ...]
    tables: tuple[TableFile, ...]
    extractors: tuple[Extractors, ...]
    changes: tuple[Change, ...]
    schemas: dict[str, TableSchema]
    views: bool = True  # report.html and data-docs/ are in the release (else rendered on demand)

    @property
    def year(self) -> str:
        return self.created[:4]

    @property
    def date(self) -> str:
        return self.created[:10]


def dataset_card(package: dict, changes: dict[str, dict[str, int]], validation: dict,
                 extraction_errors: list[dict] | None = None, views: bool = True) -> Card:
    """The card of a release, from its datapackage descriptor, change counts, validation summary and the
    rows of its extraction_errors table."""
    errors = extraction_errors or []
    kinds = Counter((e["stage"], e["extractor"], e["error_type"]) for e in errors)
    schemas = {r["name"]: contract.parse(r["schema"]) for r in package["resources"]}
    licence = package["licenses"][0]
    return Card(
        version=package["version"], title=package["title"], created=package["created"],
        previous=package.get("x-previous-version"),
        licence=Licence(licence["name"], licence["path"], licence["title"]),
        checks=validation["checks"], failed_checks=validation["failed"],
        failed_articles=len({e["article_id"] for e in errors}),
        errors=tuple(ErrorKind(*kind, n) for kind, n in sorted(kinds.items())),
        flags=flags(validation),
        sources=tuple(Source(s["title"], s["articles"]) for s in package["sources"]),
        tables=tuple(TableFile(f"{r['name']}/" if isinstance(r["path"], list) else r["path"], r["x-rows"], r["bytes"],
                               schemas[r["name"]].description)
                     for r in package["resources"]),
        extractors=tuple(Extractors(table, tuple(versions)) for table, versions in package["x-extractors"].items()),
        changes=tuple(Change(table, c["added"], c["changed"], c["removed"]) for table, c in changes.items()),
        schemas=schemas,
        views=views,
    )


def render(package: dict, changes: dict[str, dict[str, int]], validation: dict,
           extraction_errors: list[dict] | None = None, views: bool = True) -> str:
    """The dataset card (README.md) of a release: see dataset_card for what it is made from."""
    return MARKDOWN.get_template("card.md.j2").render(card=dataset_card(package, changes, validation,
                                                                        extraction_errors, views))


# The data dictionary is a file of the release beside the schemas it is generated from, not a section of the card:
# the same bytes while the schemas stay, so releases share it as they share parts (18 KB a run otherwise).
DICTIONARY = "schema/README.md"


def dictionary_file(package: dict) -> str:
    """The release's data dictionary file (DICTIONARY): every column of every table of the package."""
    schemas = {r["name"]: contract.parse(r["schema"]) for r in package["resources"]}
    return "# Data dictionary\n\nEvery table of the release and its columns, generated from its schemas " \
        "(`schema/<table>.json`).\n\n" + data_dictionary(schemas, heading="##")


def data_dictionary(schemas: dict[str, TableSchema] | None = None, heading: str = "###") -> str:
    """Markdown tables of every column of every table, generated from `schemas/`."""
    return MARKDOWN.get_template("data_dictionary.md.j2").render(schemas=schemas or contract.all_schemas(),
                                                                  heading=heading)
