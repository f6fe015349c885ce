"""Route scores for one message."""

from __future__ import annotations

from bot.route_model.examples import model_text
from bot.route_model.store import get_route_model


def route_scores(text: str) -> dict[str, float] | None:
    """Route label → probability (summing to 1), or None when no model can be built."""
    model = get_route_model()
    if model is None or not (text or "").strip():
        return None
    row = model.proba([model_text(text)])[0]
    return {label: float(p) for label, p in zip(model.classes, row, strict=True)}
