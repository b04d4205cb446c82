import hashlib
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from etl import contract
from etl.errors import ReleaseError
from etl.publish import stage as stage_module
from etl.publish.assemble import refresh_batches, refresh_from
from etl.publish.release import PreviousRelease
from etl.publish.stage import ArticleRecords, Stage, carry_over, conform
from etl.storage.parts import PartEntry
from etl.storage.store import Store
from etl.tables import to_table
from tests import cases


def test_a_stage_writes_row_groups_as_they_fill_and_empty_tables_too(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(stage_module, "ROW_GROUP_ROWS", 2)
    stage = Stage(tmp_path, position=7)
    for key in ("a1", "a2", "a1"):
        stage.add("articles", to_table("articles", [cases.article(key)]))
    stage.close()
    [part] = stage.parts("articles")
    articles = pq.ParquetFile(stage.path(part))
    assert articles.metadata.num_row_groups == 2 and articles.metadata.num_rows == 3
    assert part.name.startswith("000007-") and part.rows == 3 and stage.is_new(part)
    assert part.name == f"000007-{hashlib.sha256(stage.path(part).read_bytes()).hexdigest()[:16]}.parquet"
    assert stage.rows["articles"] == 3 and stage.rows["events"] == 0
    [empty] = stage.parts("events")
    assert empty.position == 0 and empty.rows == 0
    assert pq.read_table(stage.path(empty)).schema.equals(contract.load("events").arrow())
    assert not list(tmp_path.rglob(".pending-*"))


def test_a_stage_keeps_earlier_parts_and_writes_parts_again_at_their_position(tmp_path: Path):
    earlier = PartEntry("articles", "000003-0123456789abcdef.parquet", 100, "ab" * 32, 2, "1.2.0")
    stage = Stage(tmp_path, position=5)
    stage.add("articles", cases.tables("a2")["articles"])
    stage.keep("articles", earlier)
    stage.add_part("articles", cases.tables("a1")["articles"], 2)
    stage.close(["articles"])
    parts = stage.parts("articles")
    assert [p.position for p in parts] == [2, 3, 5]  # table order is position order
    assert [stage.is_new(p) for p in parts] == [True, False, True]
    assert stage.rows["articles"] == 4 and [p.path for p in stage.new_parts("articles")] == [parts[0].path, parts[2].path]
    assert (tmp_path / parts[0].path).is_file() and not (tmp_path / earlier.path).exists()


def test_carry_over_keeps_the_rows_of_articles_not_excluded(tmp_path: Path):
    tables = cases.tables("a1", "a2")
    pq.write_table(tables["articles"], tmp_path / "old.parquet")
    stage = Stage(tmp_path / "new")
    (tmp_path / "new").mkdir()
    a1 = cases.article("a1").article_id
    kept = carry_over(stage, "articles", pq.ParquetFile(tmp_path / "old.parquet"), pa.array([a1]))
    stage.close(["articles"])
    assert kept == 1
    assert stage.new_rows("articles").read()["source_id"].to_pylist() == ["a2"]


def test_rows_of_an_older_schema_get_new_nullable_columns_empty():
    table = cases.tables("a1")["articles"].drop_columns(["input_line"])
    assert conform("articles", table)["input_line"].to_pylist() == [None]
    with pytest.raises(ReleaseError, match="required"):
        conform("articles", table.drop_columns(["text_sha256"]))


def _written(tmp_path: Path, name: str, table: pa.Table) -> pq.ParquetFile:
    pq.write_table(table, tmp_path / f"{name}.parquet", row_group_size=1)
    return pq.ParquetFile(tmp_path / f"{name}.parquet")


def test_article_records_reads_a_table_article_by_article(tmp_path: Path):
    a1, a2 = cases.article("a1"), cases.article("a2")
    rows = to_table("statements", [cases.statement(a1, '"We will retake it,"', "the governor", "said"),
                                   cases.statement(a1, "Rebels seized the town", "officials", "said")])
    position = {a1.article_id: 0, a2.article_id: 1}
    reader = ArticleRecords("statements", _written(tmp_path, "statements", rows), position)
    assert reader.take([a1.article_id]).num_rows == 2
    assert reader.take([a2.article_id]).num_rows == 0


def test_article_records_refuses_a_table_out_of_article_order(tmp_path: Path):
    a1, a2 = cases.article("a1"), cases.article("a2")
    rows = to_table("estimates", [cases.estimate(a2, "About 200", 200)])
    a1_row = cases.estimate(a1, "seized", 1)
    shuffled = pa.concat_tables([rows, to_table("estimates", [a1_row])])  # a2's record before a1's
    reader = ArticleRecords("estimates", _written(tmp_path, "estimates", shuffled),
                            {a1.article_id: 0, a2.article_id: 1})
    with pytest.raises(ReleaseError, match="not in article order"):
        reader.take([a1.article_id, a2.article_id])


def _previous(tmp_path: Path, extractors: dict) -> PreviousRelease:
    folder = cases.published(cases.tables("a1", "a2"), tmp_path)
    package = cases.package(folder) | {"x-extractors": extractors}
    return PreviousRelease(Store(tmp_path), folder.name, package)


CURRENT = {"statements": ["s-1"], "events": ["e-1"], "estimates": ["x-1"]}


def test_refresh_starts_at_the_first_changed_extractor(tmp_path: Path):
    previous = _previous(tmp_path, CURRENT)
    assert refresh_from(None, CURRENT) is None
    assert refresh_from(previous, CURRENT) is None
    assert refresh_from(previous, CURRENT | {"estimates": ["x-2"]}) == "estimates"
    assert refresh_from(previous, CURRENT | {"events": ["e-2"], "estimates": ["x-2"]}) == "events"
    changed_schema = dict(previous.package, resources=[
        r if r["name"] != "statements" else {**r, "schema": {**r["schema"], "fields": r["schema"]["fields"][:-1]}}
        for r in previous.package["resources"]])
    assert refresh_from(PreviousRelease(previous.store, previous.version, changed_schema), CURRENT) == "statements"


def test_refresh_batches_bring_the_records_of_the_stages_before_the_refresh(tmp_path: Path):
    previous = _previous(tmp_path, CURRENT)
    a1, a2 = cases.article("a1"), cases.article("a2")
    batches = list(refresh_batches(previous, keep=lambda a: True, start="estimates", batch_size=1))
    assert [[a.source_id for a in b.articles] for b in batches] == [["a1"], ["a2"]]
    assert [b.prior["statements"].num_rows for b in batches] == [1, 0]
    assert [b.prior["events"].num_rows for b in batches] == [1, 0]
    assert batches[0].articles[0] == a1
    only_a2 = list(refresh_batches(previous, keep=lambda a: a != a1.article_id, start="events", batch_size=10))
    assert [a.article_id for a in only_a2[0].articles] == [a2.article_id]
    assert set(only_a2[0].prior) == {"statements"}


def test_parts_keep_to_parquet_schema_and_read_back_as_the_contract_types(tmp_path: Path):
    """Descriptions live in schema/<table>.json: a part does not repeat them, yet its types are exact."""
    stage = Stage(tmp_path, position=1)
    stage.add_all(cases.tables("a1", "a2"))
    stage.close()
    for name in contract.TABLES:
        for part in stage.parts(name):
            stored = pq.ParquetFile(stage.path(part))
            assert b"ARROW:schema" not in (stored.metadata.metadata or {}), name
            read = pq.read_table(stage.path(part)).schema
            expected = contract.load(name).arrow()
            assert [(f.name, f.type, f.nullable) for f in read] == [(f.name, f.type, f.nullable) for f in expected]
    assert stage.rows["events"] > 0 and stage.rows["estimates"] > 0  # typed columns of every kind were written
