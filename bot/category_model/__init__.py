"""Trained category classifier: TF-IDF character n-grams + a linear SVM, calibrated to probabilities.

`bot.domain.category.classify_category` uses it when a trained model file exists (see `model_path()`), else the
keyword lexicon. Train it with `python -m bot.ops.archive_import` (a department's archive + the project's data).
"""

from __future__ import annotations

from bot.category_model.model import CategoryModel, train_model
from bot.category_model.own_data import LabelledText, own_examples
from bot.category_model.store import get_model, load_model, model_path, predict_proba, save_model

__all__ = [
    "CategoryModel",
    "LabelledText",
    "get_model",
    "load_model",
    "model_path",
    "own_examples",
    "predict_proba",
    "save_model",
    "train_model",
]
