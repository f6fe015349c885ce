"""Training the route model on the written examples with the category model's pipeline and calibration."""

from __future__ import annotations

from collections.abc import Sequence

from bot.category_model.model import CategoryModel, train_model
from bot.route_model.examples import RouteExample, load_examples, model_text

# chosen by 5-fold cross-validation on the examples (python -m bot.route_model.cv)
ROUTE_C = 1.0
ROUTE_NB_SHARE = 0.0
ROUTE_CONTENT_WORDS = False


def train_route_model(examples: Sequence[RouteExample] | None = None, **overrides) -> CategoryModel:
    """A model whose classes are route labels (`code` or `code/variant`, see `examples.label_of`)."""
    examples = load_examples() if examples is None else examples
    settings = {"c": ROUTE_C, "nb_share": ROUTE_NB_SHARE, "content": ROUTE_CONTENT_WORDS, **overrides}
    return train_model([model_text(e.text) for e in examples], [e.label for e in examples], **settings)
