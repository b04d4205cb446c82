"""Counts and figures → chart models: each chart's shapes in pixels, which templates/charts.html.j2 draws as SVG."""
from __future__ import annotations

import math
from dataclasses import dataclass

from etl.publish.formats import clip, number
from etl.publish.overview import Disagreement, Timeline

INK, FAINT, ACCENT = "#1b1f24", "#eef1f4", "#2458a6"
ROW = 22  # height of a chart row
LABEL_WIDTH, PLOT_WIDTH = 230, 380  # bar and claims charts: names on the left, marks on the right
LABEL_CHARS = 34  # longer names are clipped, and whole in the tooltip
SURFACE_CHARS = 24
# Heatmap: event types on the left, a column per period, then the year-only and undated columns apart.
TYPE_WIDTH, CELL, GAP, HEADER = 96, 30, 12, 64
DARK = 0.55  # cells shaded beyond this carry white figures


@dataclass(frozen=True)
class Bar:
    label: str  # as drawn
    value: int
    tooltip: str
    y: int  # top of its row
    length: float


@dataclass(frozen=True)
class BarChart:
    title: str
    bars: tuple[Bar, ...]
    label_width: int
    width: int
    height: int


@dataclass(frozen=True)
class Column:
    name: str  # as shown: a period, "year only" or "no date"
    key: str  # a period, "year-only" or "undated"
    x: int

    @property
    def middle(self) -> int:
        return self.x + CELL // 2


@dataclass(frozen=True)
class Cell:
    column: Column
    count: int
    shade: float  # opacity of the accent colour: 0 for an empty cell, else 0.12 to 1 as the count grows

    @property
    def dark(self) -> bool:
        return self.shade > DARK


@dataclass(frozen=True)
class HeatmapRow:
    event_type: str
    y: int
    cells: tuple[Cell, ...]
    total: int


@dataclass(frozen=True)
class Heatmap:
    title: str
    columns: tuple[Column, ...]
    rows: tuple[HeatmapRow, ...]
    label_width: int
    cell: int
    header: int  # height of the rotated column names
    total_x: int
    width: int
    height: int


@dataclass(frozen=True)
class ClaimMark:
    """One claimant's figure on the axis: a dot where it is exact, a span over the range its words allow."""
    claimant: str  # as drawn
    surface: str  # as drawn
    tooltip: str
    y: float  # middle of its row
    span: tuple[float, float] | None
    arrow: tuple[tuple[float, float], ...] | None  # a head on the side the words leave open ("at least")
    dot: float | None


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class ClaimsChart:
    title: str
    caption: str
    log: bool  # figures a hundredfold apart are drawn on a log scale
    marks: tuple[ClaimMark, ...]
    ticks: tuple[Tick, ...]
    label_width: int
    left: int
    right: int
    axis_y: int
    width: int
    height: int


def bar_chart(title: str, bars: list[tuple[str, int, str]]) -> BarChart:
    """Horizontal bars from (label, value, tooltip), the longest bar as long as the plot is wide."""
    top = max(value for _, value, _ in bars)
    drawn = tuple(Bar(clip(label, LABEL_CHARS), value, tooltip, i * ROW + 2,
                      round(max(1.0, PLOT_WIDTH * value / top), 1))
                  for i, (label, value, tooltip) in enumerate(bars))
    return BarChart(title, drawn, LABEL_WIDTH, LABEL_WIDTH + PLOT_WIDTH + 60, ROW * len(bars) + 4)


def heatmap(t: Timeline) -> Heatmap:
    """Events per type and period: a cell per count, darker as it grows; undated columns set apart by a gap."""
    names = ([(p, p) for p in t.periods] + ([] if t.by_year else [("year only", "year-only")])
             + [("no date", "undated")])
    columns = tuple(Column(name, key, TYPE_WIDTH + i * CELL + (GAP if i >= len(t.periods) else 0))
                    for i, (name, key) in enumerate(names))
    top = max(max((*r.per_period, r.year_only, r.undated)) for r in t.rows)
    rows = []
    for i, r in enumerate(t.rows):
        counts = [*r.per_period] + ([] if t.by_year else [r.year_only]) + [r.undated]
        cells = tuple(Cell(column, n, round(0.12 + 0.88 * n / top, 2) if n else 0.0)
                      for column, n in zip(columns, counts))
        rows.append(HeatmapRow(r.event_type, HEADER + i * ROW, cells, r.total))
    total_x = columns[-1].x + CELL + 8
    return Heatmap("Events per type and period", columns, tuple(rows), TYPE_WIDTH, CELL, HEADER, total_x,
                   total_x + 52, HEADER + ROW * len(rows) + 4)


def claims_chart(d: Disagreement) -> ClaimsChart:
    """The figures claimed for one subject on one axis, a row per claim."""
    ends = [v for c in d.claims for v in c.ends]
    positive = [v for v in ends if v > 0]
    # Figures that differ a hundredfold would crush the smaller ones against zero on a linear axis.
    log = len(positive) == len(ends) and max(ends) / min(positive) >= 100
    if log:
        lo, hi = 10 ** math.floor(math.log10(min(positive))), 10 ** math.ceil(math.log10(max(ends)))
        ticks = [10 ** k for k in range(round(math.log10(lo)), round(math.log10(hi)) + 1)]
    else:
        step = _nice_ceiling(max(ends) * 1.1 / 4) if max(ends) > 0 else 1.0
        lo, hi = 0.0, 4 * step
        ticks = [k * step for k in range(5)]
    left, right = LABEL_WIDTH, LABEL_WIDTH + PLOT_WIDTH

    def x(v: float) -> float:
        share = (math.log10(v) - math.log10(lo)) / (math.log10(hi) - math.log10(lo)) if log else (v - lo) / (hi - lo)
        return round(left + PLOT_WIDTH * min(1.0, max(0.0, share)), 1)

    marks = []
    for i, c in enumerate(d.claims):
        y = i * ROW + ROW / 2 + 2
        span, arrow = None, None
        if c.low is not None and c.high is not None and c.low != c.high:
            span = (x(c.low), x(c.high))
        elif c.low is not None and c.high is None:
            span, arrow = (x(c.low), right), _arrow(right, y, 1)
        elif c.high is not None and c.low is None:
            span, arrow = (left, x(c.high)), _arrow(left, y, -1)
        point = c.value if c.value is not None else (c.low if c.low == c.high else None)
        marks.append(ClaimMark(clip(c.claimant, LABEL_CHARS), clip(c.surface, SURFACE_CHARS),
                               f'{c.claimant}: "{c.surface}" ({c.hedge})', y, span, arrow,
                               x(point) if point is not None else None))
    axis_y = len(d.claims) * ROW + 6
    return ClaimsChart(f"Figures claimed for {d.subject_key}", d.subject_key + (" (log scale)" if log else ""), log,
                       tuple(marks), tuple(Tick(x(t), number(t)) for t in ticks), LABEL_WIDTH, left, right, axis_y,
                       right + 180, axis_y + 36)


def _arrow(x: float, y: float, direction: int) -> tuple[tuple[float, float], ...]:
    """A head at x pointing right (1) or left (-1)."""
    return (x, y), (x - 9 * direction, y - 7), (x - 9 * direction, y + 7)


def _nice_ceiling(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 times a power of ten at or above value, so axis ticks are round numbers."""
    power = 10 ** math.floor(math.log10(value))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= value)
