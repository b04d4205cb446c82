"""Record spans + article texts → which rows are grounded (text[start:end] equals the span's text column)."""
from __future__ import annotations

import pyarrow as pa

from etl.contract import Span


def article_texts(articles: pa.Table) -> dict[str, str]:
    return dict(zip(articles.column("article_id").to_pylist(), articles.column("text").to_pylist()))


def grounded(table: pa.Table, span: Span, texts: dict[str, str]) -> list[bool]:
    """Per row: the span is absent altogether, or its offsets select exactly its text in the article.

    A half-present span (text without offsets, or offsets without text) is not grounded.
    """
    ids = table.column("article_id").to_pylist()
    surfaces = table.column(span.text).to_pylist()
    starts = table.column(span.start).to_pylist()
    ends = table.column(span.end).to_pylist()
    out = []
    for article_id, surface, start, end in zip(ids, surfaces, starts, ends):
        if surface is None and start is None and end is None:
            out.append(True)
            continue
        text = texts.get(article_id)
        out.append(text is not None and surface is not None and start is not None and end is not None
                   and 0 <= start < end <= len(text) and text[start:end] == surface)
    return out
