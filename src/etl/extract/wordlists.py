"""Reading the extractors' word lists: tab-separated lexicon rows, and regex alternations of phrases."""
from __future__ import annotations

import re
from collections.abc import Iterable

from etl.paths import LEXICON_DIR


def tsv_rows(name: str) -> list[list[str]]:
    """The rows of a lexicon file under lexicons/, split on tabs; blank lines and # comments skipped."""
    lines = (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def alternation(phrases: Iterable[str], space: str = r"\s+") -> str:
    """A regex alternation of literal phrases, longest first so "tens of thousands" beats "thousands";
    the words of a phrase are joined by `space`. Duplicates are dropped and ties keep the lexicon's order,
    so the pattern is the same in every process."""
    ordered = sorted(dict.fromkeys(phrases), key=len, reverse=True)
    return "|".join(space.join(re.escape(w) for w in p.split()) for p in ordered)
