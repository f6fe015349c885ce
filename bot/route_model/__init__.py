"""The route model: which lawful route a citizen's message describes, learnt from examples written for the project.

`knowledge/route_examples/*.yml` (one file per route and variant) → TF-IDF + linear model with calibrated
probabilities (`bot.category_model.model`), built on first use into `ROUTE_MODEL_PATH` (default
`var/route_model.joblib`, never committed) and rebuilt when its inputs change. `bot.domain.routing.decide_route`
combines its scores with what the conversation established.
"""

from __future__ import annotations

from bot.route_model.examples import RouteExample, label_of, load_examples, split_label
from bot.route_model.predict import route_scores
from bot.route_model.store import build, get_route_model, route_model_path

__all__ = [
    "RouteExample",
    "build",
    "get_route_model",
    "label_of",
    "load_examples",
    "route_model_path",
    "route_scores",
    "split_label",
]
