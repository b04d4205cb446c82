"""templates/*.j2 → the Jinja environments the card (Markdown) and the report (HTML) are rendered in."""
from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from etl.publish import charts, formats

TEMPLATES = Path(__file__).parent / "templates"
FILTERS = {"number": formats.number, "plural": formats.plural, "clip": formats.clip, "size": formats.size,
           "md": formats.md}


def _environment(autoescape: bool) -> Environment:
    # StrictUndefined: a misspelt name fails the render instead of leaving a blank in a published file.
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=autoescape, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters.update(FILTERS)
    return env


# HTML escapes every value unless a template marks it safe. Markdown has no escaping to turn on: its
# templates pass each text from the inputs through `md` themselves.
HTML = _environment(autoescape=True)
HTML.globals.update(INK=charts.INK, FAINT=charts.FAINT, ACCENT=charts.ACCENT, ROW=charts.ROW)
MARKDOWN = _environment(autoescape=False)
