"""Table schemas → the Great Expectations project checked in as gx/: a suite per table, the release checkpoint.

Run `python -m etl.validate.suites` (`make suites`) after changing schemas/; tests/validate/test_suites.py
fails while gx/ is stale. GX gives every object it stores a random id; here each id is derived from what
the object is, so writing the project again from the same schemas changes no file.
"""
from __future__ import annotations

import shutil
import tempfile
import uuid
from pathlib import Path

from etl import contract
from etl.paths import GX_DIR
from etl.validate import expectations

CHECKPOINT = "newsfacts-release"
DATASOURCE = "newsfacts"
BATCH = "chunk"
# The Data Docs site written into each release; its folder is set when a release is published.
SITE = "release"
# What the command writes; GX's uncommitted/ folder stays out of git.
GENERATED = ("great_expectations.yml", ".gitignore", "expectations", "validation_definitions", "checkpoints")
ID_NAMESPACE = uuid.UUID("6b3c1c52-8f0e-4c36-9a39-1f2f3ad4c0de")


def write_project(project: Path = GX_DIR) -> bool:
    """Write the project for the current schemas/ into `project`; True when a file changed."""
    with tempfile.TemporaryDirectory() as tmp:
        built = _build(Path(tmp))
        if _same(built, project):
            return False
        project.mkdir(parents=True, exist_ok=True)
        for name in GENERATED:
            target = project / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            (shutil.copytree if (built / name).is_dir() else shutil.copy2)(built / name, target)
    return True


def _build(root: Path) -> Path:
    """A fresh GX file project under `root` made with GX's own API, its random ids replaced by stable ones."""
    import great_expectations as gx
    from great_expectations.checkpoint import UpdateDataDocsAction

    context = gx.get_context(mode="file", project_root_dir=root)
    _configure(context)
    stable = {str(context.variables.data_context_id): _id("project")}
    source = context.data_sources.add_pandas(DATASOURCE)
    stable[str(source.id)] = _id("datasource", DATASOURCE)
    definitions = []
    for name in contract.TABLES:
        asset = source.add_dataframe_asset(name)
        batch = asset.add_batch_definition_whole_dataframe(BATCH)
        suite = context.suites.add(suite_for(contract.load(name)))
        definition = context.validation_definitions.add(gx.ValidationDefinition(name=name, data=batch, suite=suite))
        stable |= {str(asset.id): _id("asset", name), str(batch.id): _id("batch", name),
                   str(suite.id): _id("suite", name), str(definition.id): _id("validation", name)}
        stable |= {str(e.id): _id("expectation", name, e.meta["check"]) for e in suite.expectations}
        definitions.append(definition)
    checkpoint = context.checkpoints.add(gx.Checkpoint(
        name=CHECKPOINT, validation_definitions=definitions,
        actions=[UpdateDataDocsAction(name="data-docs", site_names=[SITE])],
        result_format={"result_format": "SUMMARY", "partial_unexpected_count": expectations.MAX_EXAMPLES}))
    stable[str(checkpoint.id)] = _id("checkpoint", CHECKPOINT)
    project = Path(context.root_directory)
    for path in project.rglob(".ge_store_backend_id"):
        path.unlink()  # made before the stores were told to do without one
    for path in project.rglob("*"):
        if path.is_file() and path.suffix in (".json", ".yml"):
            text = path.read_text(encoding="utf-8")
            for old, new in stable.items():
                text = text.replace(old, new)
            path.write_text(text, encoding="utf-8")
    return project


def suite_for(schema: contract.TableSchema):
    """The expectation suite of a table: every check, named and kinded in its meta."""
    import great_expectations as gx

    return gx.ExpectationSuite(name=schema.name, expectations=[c.expectation for c in expectations.checks(schema)],
                               meta={"table": schema.name, "title": schema.title})


def _configure(context) -> None:
    """Stores for a project read by every run: results stay in memory, the Data Docs site goes into a release."""
    stores = context.variables.stores
    stores["validation_results_store"]["store_backend"] = {"class_name": "InMemoryStoreBackend"}
    for store in ("expectations_store", "validation_definition_store"):
        stores[store]["store_backend"]["suppress_store_backend_id"] = True
    context.variables.stores = stores
    context.variables.data_docs_sites = {SITE: {
        "class_name": "SiteBuilder", "show_how_to_buttons": False,
        "store_backend": {"class_name": "TupleFilesystemStoreBackend",
                          "base_directory": "uncommitted/data_docs/release/"},
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"}}}
    context.variables.save()


def _id(*parts: str) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(parts)))


def _same(built: Path, project: Path) -> bool:
    return project_files(built) == project_files(project)


def project_files(project: Path) -> dict[str, bytes]:
    """The generated files of a project by relative path, with their contents."""
    found = {}
    for name in GENERATED:
        path = project / name
        for file in sorted(path.rglob("*")) if path.is_dir() else [path] if path.exists() else []:
            if file.is_file():
                found[file.relative_to(project).as_posix()] = file.read_bytes()
    return found


if __name__ == "__main__":
    print(f"{GX_DIR} " + ("written" if write_project() else "already up to date"))
