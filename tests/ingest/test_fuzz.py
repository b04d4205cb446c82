"""Property-based bad input: whatever the files hold, ingest does not crash and every item is counted once."""
import json
import string
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from etl.ingest import ingest
from etl.ingest.ingest import has_visible_text
from etl.ingest.readers import SIDECAR_SUFFIX

MAX_BYTES = 4096
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Characters that break naive text handling: byte-order mark, zero-width and bidirectional controls,
# CRLF and lone CR, NUL and other controls, combining marks, astral planes.
TRICKY = "\ufeff\u200b\u200d\u202e\u2066\r\n\r\x00\x07\x1b\u0301\U0001F600\u00e9\u2028"
texts = st.text(alphabet=st.sampled_from(list(string.printable + TRICKY)), max_size=300)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(
        ["id", "text", "title", "published_at", "source", "url", "language", "x"]), inner, max_size=6),
    max_leaves=20)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252"])


def encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


jsonl_lines = st.one_of(
    json_values.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=200),
    st.builds(lambda t, e: encode(t, e), texts, encodings),
    st.integers(100, 3000).map(lambda depth: b"[" * depth + b"]" * depth),
    st.just(b'{"id": "same", "text": "The same article."}'),
    st.just(b'{"id": "same", "text": "A different text with the same id."}'),
    st.just(b"x" * (MAX_BYTES + 10)),
    st.just(b"   "),
)
files = st.one_of(
    st.tuples(st.just(".txt"), st.builds(encode, texts, encodings)),
    st.tuples(st.just(".txt"), st.binary(max_size=300)),
    st.tuples(st.just(".txt"), st.just(b"y" * (MAX_BYTES + 1))),
    st.tuples(st.just(".jsonl"), st.lists(jsonl_lines, max_size=6).map(lambda ls: b"\n".join(ls))),
    st.tuples(st.just(".jsonl"), st.lists(jsonl_lines, max_size=4).map(lambda ls: b"\r\n".join(ls) + b"\r\n")),
    st.tuples(st.just(".html"), st.builds(
        lambda body, junk: (f"<html><head><script>{junk}</script><style>{junk}</style></head><body><article>"
                            f"<p>{body}</p></article></body></html>").encode("utf-8", errors="replace"),
        texts, texts)),
    st.tuples(st.just(".html"), st.binary(max_size=200)),
    st.tuples(st.just(SIDECAR_SUFFIX), json_values.map(lambda v: json.dumps(v).encode())),
    st.tuples(st.just(".bin"), st.binary(max_size=50)),
)
folders = st.lists(st.tuples(st.sampled_from(["a", "b", "c", "sub/d", "sub/e"]), files), max_size=8)


def expected_items(root: Path) -> int:
    """Counted the way a user would: a file is one item, a JSONL file one per non-blank line."""
    count = 0
    for path in root.rglob("*"):
        if not path.is_file():
            continue
        if path.name.endswith(SIDECAR_SUFFIX):
            stem = path.name[: -len(SIDECAR_SUFFIX)]
            count += not any((path.parent / (stem + s)).exists() for s in (".txt", ".html", ".htm"))
        elif path.suffix == ".jsonl":
            lines = path.read_bytes().split(b"\n")
            items = sum(1 for line in lines if line.strip() or len(line) + 1 > MAX_BYTES)
            count += items or 1  # an empty file is one reject
        else:
            count += 1
    return count


@FUZZ
@given(folders)
def test_every_input_item_becomes_an_article_or_a_reject(tmp_path_factory, layout):
    root = tmp_path_factory.mktemp("fuzz")
    for name, (suffix, data) in layout:
        path = root / (name + suffix)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    result = ingest(root, max_bytes=MAX_BYTES)
    assert result.n_items == expected_items(root)
    for reject in result.rejects:
        assert reject.reason and (root / reject.input_path).exists()
    for a in result.articles:
        # A leading byte-order mark is dropped; what follows it, a second U+FEFF too, is text
        # (checked exactly by the next test).
        assert has_visible_text(a.text) and "\r\n" not in a.text
        assert a.n_chars == len(a.text)


@FUZZ
@given(texts.filter(has_visible_text), st.booleans())
def test_readable_text_is_kept_exactly_but_for_crlf_and_the_bom(tmp_path_factory, text, bom):
    root = tmp_path_factory.mktemp("text")
    (root / "a.txt").write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    result = ingest(root, max_bytes=MAX_BYTES)
    assert result.n_items == 1
    if result.articles:
        expected = text[1:] if text.startswith("\ufeff") and not bom else text
        assert result.articles[0].text == expected.replace("\r\n", "\n")
    else:
        assert result.rejects[0].reason_code in ("binary", "empty")


@FUZZ
@given(texts, st.text(alphabet=string.ascii_letters, min_size=8, max_size=20))
def test_scripts_and_styles_never_reach_the_text(tmp_path_factory, body, marker):
    marker = "zqx" + marker  # a word no article here contains
    assume(marker not in body)
    root = tmp_path_factory.mktemp("html")
    (root / "p.html").write_text(
        f"<html><head><script>var {marker} = 1;</script><style>.{marker} {{}}</style></head><body>"
        f"<article><h1>Talks resume</h1><p>Delegates met on Monday in the capital, officials said. {body}</p>"
        f"<p>The mediator told reporters a deal was close.</p></article></body></html>", encoding="utf-8",
        errors="replace")
    result = ingest(root, max_bytes=1 << 20)
    assert result.n_items == 1
    assert all(marker not in a.text for a in result.articles)


def test_ids_and_texts_are_never_used_as_paths(tmp_path: Path):
    root = tmp_path / "in"
    root.mkdir()
    hostile = {"id": "../../../escape", "source": "../../etc", "title": "$(touch pwned)",
               "text": "`rm -rf ~` ; ../../etc/passwd"}
    (root / "a.jsonl").write_text(json.dumps(hostile) + "\n")
    [a] = ingest(root).articles
    assert a.article_id.isalnum() and len(a.article_id) == 16
    assert a.text == hostile["text"] and a.source_id == hostile["id"]
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.jsonl", "in"]
