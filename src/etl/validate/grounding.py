"""Record spans + article texts → which rows are grounded (text[start:end] equals the span's text column)."""
from __future__ import annotations

import pyarrow as pa

from etl.contract import Span


class ArticleTexts:
    """Article texts by id, kept as one Arrow column (compact) rather than as Python strings."""

    def __init__(self, articles: pa.Table | None):
        self._texts = articles.column("text") if articles is not None else pa.chunked_array([], pa.string())
        ids = articles.column("article_id").to_pylist() if articles is not None else []
        self._row = {article_id: i for i, article_id in enumerate(ids)}
        self._last: tuple[str | None, str | None] = (None, None)

    def get(self, article_id: str) -> str | None:
        # Records come grouped by article, so remembering the last text saves nearly every lookup.
        if self._last[0] != article_id:
            row = self._row.get(article_id)
            self._last = (article_id, self._texts[row].as_py() if row is not None else None)
        return self._last[1]


def grounded(table: pa.Table, span: Span, texts: ArticleTexts) -> list[bool]:
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
