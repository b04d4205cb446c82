"""Counts a report leaves implicit: a named victim is one, "the hostages" are as many as were taken, and a
count's verb lies past an inserted "including …" clause."""
from datetime import datetime, timezone

from etl.extract import estimates
from etl.extract.text import Doc
from etl.ids import sha256_text
from etl.records import Article

PUBLISHED = datetime(2024, 5, 1, tzinfo=timezone.utc)


def _counts(text: str) -> list[tuple]:
    article = Article(article_id="n1", source="test", source_id="n1", url=None, title=None, published_at=PUBLISHED,
                      language="en", text=text, text_sha256=sha256_text(text), n_chars=len(text),
                      ingested_at=PUBLISHED, input_path="test.txt")
    found = estimates.extract(Doc(article), [], [])
    for e in found:
        assert text[e.start:e.end] == e.surface
    return [(e.surface, e.value, e.hedge, e.category) for e in found]


def test_a_named_victim_counts_one():
    assert _counts("Assailants shot and killed Sheikh Omar Lenga in the market.") == [
        ("Sheikh Omar Lenga", 1, "exact", "killed")]
    assert _counts("Mayor Ana Ruiz was killed by gunmen on Friday.") == [("Mayor Ana Ruiz", 1, "exact", "killed")]


def test_a_name_with_no_casualty_verb_or_a_country_is_no_count():
    assert _counts("Gunmen visited Sheikh Omar Lenga in the market.") == []
    assert _counts("The strike killed North Korean soldiers.") == []


def test_the_hostages_count_as_many_as_were_taken():
    found = _counts("Gunmen abducted five aid workers near Toro. The hostages were killed on Sunday.")
    assert found == [("five", 5, "exact", "captured"), ("The hostages", 5, "exact", "killed")]


def test_hostages_with_no_count_before_them_are_no_count():
    assert _counts("The hostages were killed on Sunday.") == []


def test_the_verb_after_an_including_clause_is_the_counts():
    found = _counts("At least 330 people, including 300 assailants, were killed in the fighting.")
    assert found[0] == ("At least 330", 330, "at_least", "killed")
    assert found[1][3] == "other"  # the part is not added to the whole
