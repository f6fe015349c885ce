"""Bar-chart geometry for the trends page, computed here and drawn as inline SVG by `_charts.html`.

Pure functions, no markup: the template writes every label through Jinja's autoescape.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from math import ceil, log10
from typing import Protocol

ROW_HEIGHT = 26  # px per category/place/week
BAR_HEIGHT = 11  # current and previous bars are stacked in one row
CHAR_WIDTH = 13  # a CJK character at the chart's font size
MAX_LABEL_CHARS = 14
PLOT_WIDTH = 420
VALUE_GAP = 40  # room for the number right of the longest bar
TOP = 24  # room for the tick labels
MAX_TICKS = 5


class RowLike(Protocol):
    label: str
    current: int
    previous: int


@dataclass(frozen=True)
class Bar:
    label: str  # shown (shortened) label
    full_label: str  # tooltip
    current: int
    previous: int
    y: float  # top of the row
    current_width: float
    previous_width: float
    rising: bool


@dataclass(frozen=True)
class Tick:
    value: int
    x: float


@dataclass(frozen=True)
class BarChart:
    title: str
    width: int
    height: int
    label_width: int
    plot_width: int
    bars: tuple[Bar, ...]
    ticks: tuple[Tick, ...]
    max_value: int
    bar_height: int = BAR_HEIGHT

    @property
    def empty(self) -> bool:
        return not self.bars


def shorten(label: str, limit: int = MAX_LABEL_CHARS) -> str:
    label = " ".join((label or "").split()) or "（未填写）"
    return label if len(label) <= limit else label[: limit - 1] + "…"


def nice_ceiling(value: int) -> int:
    """The smallest 1/2/5×10^n at or above `value` (axis end), at least 1."""
    if value <= 1:
        return 1
    magnitude = 10 ** int(log10(value))
    for step in (1, 2, 5, 10):
        if step * magnitude >= value:
            return step * magnitude
    return 10 * magnitude  # pragma: no cover


def ticks_for(max_value: int, plot_width: float) -> tuple[Tick, ...]:
    end = nice_ceiling(max_value)
    step = max(1, ceil(end / MAX_TICKS))
    values = list(range(0, end + 1, step))
    return tuple(Tick(v, round(v / end * plot_width, 1)) for v in values)


def bar_chart(
    rows: Iterable[RowLike], title: str, *, limit: int | None = None, label_chars: int = MAX_LABEL_CHARS
) -> BarChart:
    """Horizontal bars, current period over the previous one, scaled to a common axis."""
    chosen = list(rows)[:limit] if limit else list(rows)
    labels = [shorten(row.label, label_chars) for row in chosen]
    label_width = min(label_chars, max((len(s) for s in labels), default=4)) * CHAR_WIDTH + 12
    peak = max((max(row.current, row.previous) for row in chosen), default=0)
    end = nice_ceiling(peak)
    scale = PLOT_WIDTH / end
    bars = tuple(
        Bar(
            label=labels[i],
            full_label=row.label or "（未填写）",
            current=row.current,
            previous=row.previous,
            y=TOP + i * ROW_HEIGHT,
            current_width=round(row.current * scale, 1),
            previous_width=round(row.previous * scale, 1),
            rising=row.current > row.previous,
        )
        for i, row in enumerate(chosen)
    )
    return BarChart(
        title=title,
        width=label_width + PLOT_WIDTH + VALUE_GAP,
        height=TOP + len(bars) * ROW_HEIGHT + 8,
        label_width=label_width,
        plot_width=PLOT_WIDTH,
        bars=bars,
        ticks=ticks_for(peak, PLOT_WIDTH),
        max_value=peak,
    )
