from datetime import datetime, timezone
from pathlib import Path

import pytest

from etl.errors import EtlError
from etl.ingest import ingest
from tests.conftest import write_jsonl

NOW = datetime(2025, 1, 1, tzinfo=timezone.utc)


def only(result):
    assert len(result.articles) == 1, result.rejects
    return result.articles[0]


def test_txt_with_sidecar_keeps_text_exactly_and_reads_metadata(inputs: Path):
    (inputs / "a.txt").write_bytes("\ufeffFirst line.\r\nSecond “line” — é.\r\n".encode())
    (inputs / "a.meta.json").write_text('{"id": "x1", "title": "T", "published_at": "2024-12-30", '
                                        '"source": "wire", "url": "https://e.org/a", "language": "en"}')
    a = only(ingest(inputs, NOW))
    assert a.text == "First line.\nSecond “line” — é.\n"
    assert (a.source_id, a.source, a.title, a.url, a.language) == ("x1", "wire", "T", "https://e.org/a", "en")
    assert a.published_at == datetime(2024, 12, 30, tzinfo=timezone.utc)
    assert a.n_chars == len(a.text) and a.input_path == "a.txt" and a.input_line is None


def test_txt_without_sidecar_gets_an_id_from_its_text(inputs: Path):
    (inputs / "a.txt").write_text("Some news.")
    (inputs / "b.txt").write_text("Other news.")
    first = ingest(inputs, NOW)
    again = ingest(inputs, NOW)
    assert [a.article_id for a in first.articles] == [a.article_id for a in again.articles]
    assert len({a.article_id for a in first.articles}) == 2
    assert all(a.source_id is None for a in first.articles)


def test_jsonl_one_article_per_line_with_line_numbers_and_unknown_keys_ignored(inputs: Path):
    write_jsonl(inputs / "w.jsonl", [{"id": 7, "text": "One.", "extra": [1, 2]}, "", {"id": "b", "text": "Two."}])
    result = ingest(inputs, NOW)
    assert [(a.source_id, a.input_line, a.text) for a in result.articles] == [("7", 1, "One."), ("b", 3, "Two.")]
    assert result.rejects == []


def test_published_at_forms_become_utc(inputs: Path):
    write_jsonl(inputs / "w.jsonl", [
        {"id": "1", "text": "a", "published_at": "2024-06-01T12:00:00+02:00"},
        {"id": "2", "text": "b", "published_at": "Mon, 03 Jun 2024 10:00:00 GMT"},
        {"id": "3", "text": "c", "published_at": "June 4, 2024"},
    ])
    got = [a.published_at for a in ingest(inputs, NOW).articles]
    assert got == [datetime(2024, 6, 1, 10, tzinfo=timezone.utc), datetime(2024, 6, 3, 10, tzinfo=timezone.utc),
                   datetime(2024, 6, 4, tzinfo=timezone.utc)]


def test_html_main_text_without_scripts_styles_or_navigation(inputs: Path):
    (inputs / "p.html").write_text(
        "<html><head><title>Talks resume</title><style>p{color:red}</style><script>var secret=1;</script></head>"
        "<body><nav>Home | World | Sport</nav><article><h1>Talks resume</h1>"
        "<p>Delegates from both countries met on Monday in the capital, officials said.</p>"
        "<p>\"We are hopeful about a deal,\" the mediator told reporters after the meeting.</p>"
        "</article><footer>Copyright 2025</footer></body></html>")
    a = only(ingest(inputs, NOW))
    assert "Delegates from both countries met on Monday" in a.text
    assert "secret" not in a.text and "color" not in a.text
    assert a.title == "Talks resume"


def test_folders_are_read_recursively_and_dot_files_skipped(inputs: Path):
    (inputs / "deep" / "er").mkdir(parents=True)
    (inputs / "deep" / "er" / "a.txt").write_text("Nested news.")
    (inputs / ".hidden.txt").write_text("Not an input.")
    (inputs / ".git").mkdir()
    (inputs / ".git" / "x.txt").write_text("Not an input either.")
    result = ingest(inputs, NOW)
    assert [a.text for a in result.articles] == ["Nested news."] and result.rejects == []


def test_a_single_file_can_be_the_input(inputs: Path):
    path = write_jsonl(inputs / "w.jsonl", [{"text": "One."}])
    assert only(ingest(path, NOW)).text == "One."


def test_missing_input_is_an_error_not_a_reject(tmp_path: Path):
    with pytest.raises(EtlError, match="input not found"):
        ingest(tmp_path / "nope", NOW)


def test_duplicates_collapse_to_one_article_and_are_reported(inputs: Path):
    write_jsonl(inputs / "w.jsonl", [{"id": "a", "text": "Same."}, {"id": "a", "text": "Same."}])
    result = ingest(inputs, NOW)
    assert len(result.articles) == 1
    [reject] = result.rejects
    assert (reject.reason_code, reject.line) == ("duplicate", 2) and "line 1" in reject.reason


def test_one_id_with_two_texts_keeps_the_first_and_rejects_the_second(inputs: Path):
    write_jsonl(inputs / "w.jsonl", [{"id": "a", "text": "First."}, {"id": "a", "text": "Second."}])
    result = ingest(inputs, NOW)
    assert only(result).text == "First."
    assert [(r.reason_code, r.line, r.source_id) for r in result.rejects] == [("id_conflict", 2, "a")]


@pytest.mark.parametrize("name, content, code", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\t\n", "empty"),
    ("invisible.txt", "\ufeff\ufeff\u200b \u200e\u2066\n".encode(), "empty"),
    ("latin1.txt", "caf\u00e9 news".encode("latin-1"), "encoding"),
    ("junk.txt", bytes(range(256)) * 4, "binary"),
    ("nul.txt", b"text\x00with nul", "binary"),
    ("empty.jsonl", b"\n\n", "empty"),
    ("image.png", b"\x89PNG\r\n", "unsupported"),
    ("orphan.meta.json", b"{}", "unsupported"),
])
def test_bad_files_become_rejects_with_path_and_reason(inputs: Path, name: str, content: bytes, code: str):
    (inputs / name).write_bytes(content)
    (inputs / "good.txt").write_text("A good article.")
    result = ingest(inputs, NOW)
    assert [a.text for a in result.articles] == ["A good article."]
    [reject] = result.rejects
    assert reject.reason_code == code and reject.input_path == name and reject.reason


def test_bad_jsonl_lines_are_rejected_one_by_one_and_the_rest_goes_on(inputs: Path):
    path = inputs / "w.jsonl"
    path.write_bytes(b"\n".join([
        b'{"id": "ok1", "text": "Fine."}',
        b'{"id": "broken", "text": ',
        b'["not", "an", "object"]',
        b'{"id": "nt"}',
        b'{"id": "num", "text": 42}',
        b'{"id": "bad\xff", "text": "x"}',
        b'{"id": "date", "text": "x", "published_at": "someday soon"}',
        b'{"id": "title", "text": "x", "title": {"a": 1}}',
        b"[" * 100_000 + b"]" * 100_000,
        b'{"id": "blank", "text": "   "}',
        b'{"id": "ok2", "text": "Also fine."}',
    ]) + b"\n")
    result = ingest(inputs, NOW)
    assert [a.source_id for a in result.articles] == ["ok1", "ok2"]
    assert [(r.line, r.reason_code) for r in result.rejects] == [
        (2, "malformed_json"), (3, "wrong_type"), (4, "missing_text"), (5, "wrong_type"), (6, "encoding"),
        (7, "bad_metadata"), (8, "bad_metadata"), (9, "malformed_json"), (10, "empty")]
    assert result.n_items == 11
    assert 'missing "text"' in result.rejects[2].reason and result.rejects[2].source_id == "nt"


def test_bad_sidecar_rejects_its_article(inputs: Path):
    (inputs / "a.txt").write_text("News.")
    (inputs / "a.meta.json").write_text("{not json")
    result = ingest(inputs, NOW)
    assert result.articles == []
    assert [r.reason_code for r in result.rejects] == ["bad_metadata"] and "a.meta.json" in result.rejects[0].reason


def test_future_publication_dates_are_rejected(inputs: Path):
    write_jsonl(inputs / "w.jsonl", [{"id": "f", "text": "x", "published_at": "2999-01-01"}])
    [reject] = ingest(inputs, NOW).rejects
    assert reject.reason_code == "bad_metadata" and "implausible" in reject.reason


def test_files_over_the_size_limit_are_rejected(inputs: Path):
    (inputs / "big.txt").write_text("word " * 1000)
    write_jsonl(inputs / "w.jsonl", [{"text": "small"}, {"text": "x" * 2000}])
    result = ingest(inputs, NOW, max_bytes=1000)
    assert [a.text for a in result.articles] == ["small"]
    assert sorted((Path(r.input_path).name, r.line, r.reason_code) for r in result.rejects) == [
        ("big.txt", None, "too_large"), ("w.jsonl", 2, "too_large")]


def test_date_order_is_read_and_checked(inputs: Path):
    write_jsonl(inputs / "w.jsonl", [{"id": "a", "text": "One.", "date_order": "dmy"}, {"id": "b", "text": "Two."},
                                     {"id": "c", "text": "Three.", "date_order": "d/m/y"}])
    result = ingest(inputs, NOW)
    assert [(a.source_id, a.date_order) for a in result.articles] == [("a", "dmy"), ("b", None)]
    [reject] = result.rejects
    assert (reject.reason_code, reject.line) == ("bad_metadata", 3) and "dmy, mdy, ymd" in reject.reason
