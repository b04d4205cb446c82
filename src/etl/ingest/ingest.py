"""Input files or folders → articles with deterministic ids, and rejects for everything that cannot be one."""
from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from unicodedata import category

from etl.contract import vocabulary
from etl.errors import EtlError, InputError
from etl.ids import sha256_text, stable_hash
from etl.ingest.readers import DEFAULT_MAX_BYTES, RawItem, discover, read_items
from etl.records import Article, Reject

STRING_META = ("source", "url", "title", "language")
# How an input may say its numeric dates are written ("date_order": "dmy"); none: its language's convention.
DATE_ORDERS = vocabulary("articles", "date_order")
# Publication times before this, or more than a day in the future, are typos rather than news.
EARLIEST_PUBLICATION = datetime(1800, 1, 1, tzinfo=timezone.utc)


@dataclass
class Ingested:
    """What ingest made of its input: every item is counted once, as an article or as a reject."""
    articles: list[Article] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)

    @property
    def n_items(self) -> int:
        return len(self.articles) + len(self.rejects)


Inputs = Path | str | Sequence[Path | str]


def ingest(inputs: Inputs, ingested_at: datetime | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Ingested:
    """All articles and rejects of the inputs (files, or folders searched recursively)."""
    out = Ingested()
    for result in iter_ingest(inputs, ingested_at, max_bytes):
        (out.articles if isinstance(result, Article) else out.rejects).append(result)
    return out


def iter_ingest(inputs: Inputs, ingested_at: datetime | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                root: Path | str | None = None) -> Iterator[Article | Reject]:
    """Articles and rejects in input order, streamed; only the ids seen so far are kept in memory.

    Each input's root is the input itself when a folder, its folder when a file: links out of it are
    rejected unread. Published paths are relative to the root, or to the folder holding all the roots
    when there are several, so that two files of one run never share a path. A caller that reads
    files of one folder (the landing zone) names it as `root`: it is then the root of every input, so
    a file publishes under the same path whatever else the run reads.
    """
    roots = [Path(inputs)] if isinstance(inputs, (str, Path)) else [Path(p) for p in inputs]
    for given in roots:
        if not given.exists():
            raise EtlError(f"input not found: {given} (give a file or a folder of .txt, .jsonl or .html files)")
    if not roots:
        return
    ingested_at = ingested_at or datetime.now(timezone.utc)
    if root is not None:
        folders = [Path(root)] * len(roots)
        base = os.path.abspath(root)
    else:
        folders = [r if r.is_dir() else r.parent for r in roots]
        base = os.path.commonpath([os.path.abspath(folder) for folder in folders])
    seen: dict[str, tuple[str, str]] = {}  # article_id → (text_sha256, where it was first seen)
    for given, folder in zip(roots, folders):
        for path in discover(given):
            # The local path stays private: a published one would tell user names and folder layout.
            input_path = Path(os.path.relpath(path, base)).as_posix()
            for item in read_items(path, folder, max_bytes):
                try:
                    if isinstance(item, InputError):
                        raise item
                    article = to_article(item, ingested_at, input_path)
                    _check_unique(article, seen)
                    yield article
                except InputError as e:
                    yield to_reject(e, input_path)


def has_visible_text(text: str) -> bool:
    """Whether the text shows anything: not only whitespace, byte-order marks, zero-width or direction marks."""
    return any(not ch.isspace() and category(ch) not in ("Cf", "Cc") for ch in text)


def to_article(item: RawItem, ingested_at: datetime, input_path: str) -> Article:
    """An Article from a raw item of the file published as input_path, or an InputError naming the bad metadata."""
    meta = item.meta
    if not has_visible_text(item.text):
        raise InputError(item.path, item.line, "empty", "empty text", _meta_id(item))
    source_id = _meta_id(item)
    strings = {}
    for key in STRING_META:
        value = meta.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(item.path, item.line, "bad_metadata",
                             f'"{key}" must be a string, got {type(value).__name__}', source_id)
        strings[key] = value or None
    order = meta.get("date_order")
    if order is not None and order not in DATE_ORDERS:
        raise InputError(item.path, item.line, "bad_metadata",
                         f'"date_order" must be one of {", ".join(DATE_ORDERS)}, got {order!r}', source_id)
    published_at = parse_published_at(meta.get("published_at"), item, ingested_at)
    sha = sha256_text(item.text)
    article_id = (stable_hash("article", strings["source"] or "", source_id) if source_id
                  else stable_hash("article-text", sha))
    return Article(
        article_id=article_id, source=strings["source"], source_id=source_id, url=strings["url"],
        title=strings["title"], published_at=published_at, language=strings["language"],
        text=item.text, text_sha256=sha, n_chars=len(item.text), ingested_at=ingested_at,
        input_path=input_path, input_line=item.line, date_order=order,
    )


def to_reject(error: InputError, input_path: str) -> Reject:
    """A Reject of an item of the file published as input_path (the error's own path is the local one)."""
    return Reject(
        reject_id=stable_hash("reject", input_path, error.line, error.code),
        input_path=input_path, line=error.line, reason_code=error.code, reason=error.reason,
        source_id=error.source_id,
    )


def parse_published_at(value: object, item: RawItem, now: datetime) -> datetime | None:
    """A UTC datetime from ISO 8601, RFC 2822 or a plain-language date; date-only means midnight UTC."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(item.path, item.line, "bad_metadata",
                         f'"published_at" must be a date string, got {type(value).__name__}', _meta_id(item))
    parsed = _parse_datetime(value.strip())
    if parsed is None:
        raise InputError(item.path, item.line, "bad_metadata",
                         f'"published_at" is not a date: {value[:40]!r} (use ISO 8601, e.g. 2024-12-30)',
                         _meta_id(item))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    parsed = parsed.astimezone(timezone.utc)
    if not EARLIEST_PUBLICATION <= parsed <= now + timedelta(days=1):
        raise InputError(item.path, item.line, "bad_metadata",
                         f'"published_at" {value[:40]!r} is implausible (before 1800 or in the future)',
                         _meta_id(item))
    return parsed


def _parse_datetime(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser  # slow to import; only for the rare non-standard date

    return dateparser.parse(value, languages=["en"], settings={"TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True,
                                                               "STRICT_PARSING": True})


def _meta_id(item: RawItem) -> str | None:
    value = item.meta.get("id")
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (str, int)):
        return str(value).strip() or None
    raise InputError(item.path, item.line, "bad_metadata", f'"id" must be a string or integer, got {type(value).__name__}')


def _check_unique(article: Article, seen: dict[str, tuple[str, str]]) -> None:
    where = f"{article.input_path}" + (f" line {article.input_line}" if article.input_line else "")
    first = seen.get(article.article_id)
    if first is None:
        seen[article.article_id] = (article.text_sha256, where)
        return
    sha, first_where = first
    if sha == article.text_sha256:
        raise InputError(article.input_path, article.input_line, "duplicate",
                         f"duplicate of the article at {first_where} (same id and text); kept once",
                         article.source_id)
    raise InputError(article.input_path, article.input_line, "id_conflict",
                     f"id {article.source_id!r} already used at {first_where} for a different text; "
                     "give each article its own id", article.source_id)
