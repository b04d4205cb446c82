"""Numbers and texts → the words the card, the report and their templates show people."""
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


def size(n_bytes: int) -> str:
    value, unit = float(n_bytes), "B"
    for bigger in ("kB", "MB", "GB"):
        if value < 1000:
            break
        value, unit = value / 1000, bigger
    return f"{value:,.0f} {unit}" if unit == "B" else f"{value:,.1f} {unit}"


def md(text: str) -> str:
    """Text from the inputs, safe in a Markdown table cell: no column breaks, no raw HTML."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
