"""Input files → raw items (text plus metadata, with file and line), or input errors; one reader per format.

Readers never raise for bad content: each problem comes back as an `InputError` in the stream, so
that a run goes on and every item ends up as an article or a reject.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from etl.errors import InputError

SIDECAR_SUFFIX = ".meta.json"
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUPPORTED = ", ".join(TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES)
DEFAULT_MAX_BYTES = 20_000_000  # one article or one JSONL line larger than this is a reject, not a crash
# Share of control characters (other than newline, tab, carriage return, form feed) above which a
# decoded text is taken for binary data rather than prose.
MAX_CONTROL_SHARE = 0.01
_ALLOWED_CONTROLS = {"\n", "\t", "\r", "\f"}


@dataclass(slots=True)
class RawItem:
    """One article as a reader found it, before its metadata is checked."""
    path: Path
    line: int | None
    text: str
    meta: dict = field(default_factory=dict)


Item = RawItem | InputError


def discover(root: Path) -> Iterator[Path]:
    """Input files under root (or root itself), in a stable order; dot-files and sidecars are not items.

    Linked folders are never entered, so no link leads out of root or round in a loop: one inside root
    is read at its real place, one outside is listed itself, to become a reject. Links that point to
    a file outside root, or nowhere, are listed too, so that they are rejected rather than lost.
    """
    if root.is_file():
        yield root
        return
    found = []
    for folder, subfolders, names in os.walk(root):  # does not follow linked folders
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        for name in subfolders:
            path = Path(folder, name)
            if path.is_symlink() and escapes(path, root):
                found.append(path)
        for name in names:
            path = Path(folder, name)
            if name.startswith("."):
                continue
            # Not pipes, sockets or devices, which would block or never end a read.
            if path.is_file() or (path.is_symlink() and (escapes(path, root) or not path.exists())):
                found.append(path)
    yield from sorted(found)


def escapes(path: Path, root: Path) -> bool:
    """Whether path is a symbolic link that resolves outside the folder root."""
    if not path.is_symlink():
        return False
    return not Path(os.path.realpath(path)).is_relative_to(os.path.realpath(root))


def sidecar_of(path: Path) -> Path:
    return path.with_name(path.name[: -len(path.suffix)] + SIDECAR_SUFFIX)


def read_items(path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """The items of one input file of the folder root, by its suffix; nothing outside root is read."""
    name = path.name.lower()
    sidecar = sidecar_of(path)
    if name.endswith(SIDECAR_SUFFIX) and has_article(path):
        return  # read with its article
    if escapes(path, root):
        kind = "folder" if path.is_dir() else "file"
        yield InputError(path, None, "outside_root",
                         f"{path.name} is a symbolic link to a {kind} outside the input folder "
                         f"{_folder_name(root)}: copy the {kind} in instead")
    elif name.endswith(SIDECAR_SUFFIX):
        stem = path.name[: -len(SIDECAR_SUFFIX)]
        yield InputError(path, None, "unsupported",
                         f"metadata sidecar without an article: expected {stem}.txt or {stem}.html beside it")
    elif name.endswith(TEXT_SUFFIXES + HTML_SUFFIXES) and escapes(sidecar, root):
        yield InputError(path, None, "outside_root",
                         f"sidecar {sidecar.name} is a symbolic link to a file outside the input folder "
                         f"{_folder_name(root)}: copy the file in instead")
    elif name.endswith(JSONL_SUFFIXES):
        yield from _read_jsonl(path, max_bytes)
    elif name.endswith(TEXT_SUFFIXES):
        yield _read_text(path, max_bytes)
    elif name.endswith(HTML_SUFFIXES):
        yield _read_html(path, max_bytes)
    else:
        yield InputError(path, None, "unsupported",
                         f"unsupported file type {path.suffix or '(no suffix)'!r} (expected one of {SUPPORTED})")


def has_article(sidecar: Path) -> bool:
    """Whether a metadata sidecar has the article it describes beside it."""
    stem = sidecar.name[: -len(SIDECAR_SUFFIX)]
    return any((sidecar.parent / (stem + s)).exists() for s in TEXT_SUFFIXES + HTML_SUFFIXES)


def _folder_name(root: Path) -> str:
    # Only the folder's own name: a reason is published, and the full path would tell the machine's layout.
    return root.name or Path(os.path.abspath(root)).name


def decode(data: bytes, path: Path, line: int | None) -> str:
    """UTF-8 text with CRLF turned into LF, or an InputError that says where decoding failed."""
    if b"\x00" in data:
        raise InputError(path, line, "binary", "binary content (NUL bytes); expected UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(path, line, "encoding",
                         f"invalid UTF-8 at byte {e.start} ({e.reason}); re-save the file as UTF-8") from None
    return check_text(text, path, line)


def check_text(text: str, path: Path, line: int | None) -> str:
    """The text with CRLF turned into LF, unless it looks like binary data rather than prose."""
    controls = sum(1 for ch in text if ch < " " and ch not in _ALLOWED_CONTROLS)
    if "\x00" in text or controls > MAX_CONTROL_SHARE * len(text):
        raise InputError(path, line, "binary", f"binary content ({controls} control characters); expected prose")
    return text.replace("\r\n", "\n")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(path, None, "too_large", f"file is {size} bytes, over the limit of {max_bytes}")
        return path.read_bytes()
    except OSError as e:
        raise InputError(path, None, "unreadable", f"cannot read file: {e.strerror or e}") from None


def _read_sidecar(path: Path) -> dict:
    sidecar = sidecar_of(path)
    if not sidecar.exists():
        return {}
    try:
        meta = json.loads(decode(sidecar.read_bytes(), sidecar, None))
    except InputError as e:
        raise InputError(path, None, "bad_metadata", f"sidecar {sidecar.name}: {e.reason}") from None
    except (json.JSONDecodeError, RecursionError) as e:
        raise InputError(path, None, "bad_metadata", f"sidecar {sidecar.name} is not valid JSON: {e}") from None
    if not isinstance(meta, dict):
        raise InputError(path, None, "bad_metadata", f"sidecar {sidecar.name} must hold a JSON object")
    return meta


def _read_text(path: Path, max_bytes: int) -> Item:
    try:
        text = decode(_read_bytes(path, max_bytes), path, None)
        return RawItem(path, None, text, _read_sidecar(path))
    except InputError as e:
        return e


def _read_html(path: Path, max_bytes: int) -> Item:
    import trafilatura  # heavy import, only when there is HTML to read

    try:
        data = _read_bytes(path, max_bytes)
        if b"\x00" in data:
            return InputError(path, None, "binary", "binary content (NUL bytes); expected an HTML page")
        # trafilatura finds the page's declared encoding itself, so HTML need not be UTF-8.
        doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                          include_tables=False)
        if doc is None or not (doc.text or "").strip():
            return InputError(path, None, "empty", "no main text found in the HTML page")
        meta = {"title": doc.title, "url": doc.url, "published_at": doc.date}
        meta = {k: v for k, v in meta.items() if v}
        meta.update(_read_sidecar(path))
        return RawItem(path, None, check_text(doc.text, path, None), meta)
    except InputError as e:
        return e


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Item]:
    """One item per non-blank line; the file is streamed, never read whole."""
    seen_any = False
    try:
        f = path.open("rb")
    except OSError as e:
        yield InputError(path, None, "unreadable", f"cannot read file: {e.strerror or e}")
        return
    with f:
        for n, raw in enumerate(f, 1):
            if len(raw) > max_bytes:
                seen_any = True
                yield InputError(path, n, "too_large", f"line is {len(raw)} bytes, over the limit of {max_bytes}")
                continue
            if not raw.strip():
                continue
            seen_any = True
            yield _jsonl_item(path, n, raw)
    if not seen_any:
        yield InputError(path, None, "empty", "empty file: no JSON lines")


def _jsonl_item(path: Path, n: int, raw: bytes) -> Item:
    try:
        line = decode(raw.rstrip(b"\r\n"), path, n)
    except InputError as e:
        return e
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        return InputError(path, n, "malformed_json", f"malformed JSON at column {e.colno}: {e.msg}")
    except RecursionError:
        return InputError(path, n, "malformed_json", "JSON nested too deeply")
    if not isinstance(record, dict):
        return InputError(path, n, "wrong_type", f"expected a JSON object, got {type(record).__name__}")
    text = record.pop("text", None)
    if text is None:
        return InputError(path, n, "missing_text", 'missing "text" (every line needs a text field)',
                          _plain_id(record))
    if not isinstance(text, str):
        return InputError(path, n, "wrong_type", f'"text" must be a string, got {type(text).__name__}',
                          _plain_id(record))
    try:
        return RawItem(path, n, check_text(text, path, n), record)
    except InputError as e:
        return e


def _plain_id(record: dict) -> str | None:
    value = record.get("id")
    return str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else None
