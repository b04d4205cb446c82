"""Numbers and texts → the words the report and its templates show people."""
from __future__ import annotations


def number(value: float) -> str:
    """Thousands separated; a fraction only when there is one, to two places."""
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
