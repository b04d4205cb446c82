"""Record spans + article texts → which rows are grounded (text[start:end] equals the span's text column)."""
from __future__ import annotations

import pyarrow as pa

from etl.contract import Span
from etl.validate.sources import TableSource


class ArticleTexts:
    """Article texts by id, read one stored row group at a time: only ids stay in memory for the whole table."""

    def __init__(self, articles: TableSource | None):
        self._source = articles
        self._where: dict[str, tuple[int, int]] = {}
        for g in range(articles.groups() if articles is not None else 0):
            ids = articles.group(g, ["article_id"]).column(0).to_pylist()
            self._where.update((article_id, (g, i)) for i, article_id in enumerate(ids))
        self._group: tuple[int, pa.ChunkedArray] | None = None
        self._last: tuple[str | None, str | None] = (None, None)

    def get(self, article_id: str) -> str | None:
        # Records come grouped by article, in the articles' order: the last text and the last group
        # read answer nearly every lookup.
        if self._last[0] != article_id:
            where = self._where.get(article_id)
            text = None
            if where is not None:
                g, i = where
                if self._group is None or self._group[0] != g:
                    self._group = (g, self._source.group(g, ["text"]).column(0))
                text = self._group[1][i].as_py()
            self._last = (article_id, text)
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
