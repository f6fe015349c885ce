"""The action server loads what a first message needs before it listens."""

from __future__ import annotations

from actions import services
from actions.__main__ import warm_up
from bot.category_model.own_model import _loaded


def test_warm_up_loads_the_gazetteer_and_the_category_model() -> None:
    services.gazetteer.cache_clear()
    _loaded.cache_clear()
    assert warm_up() > 0
    assert services.gazetteer.cache_info().currsize == 1
    assert _loaded.cache_info().currsize == 1  # the own-data category model, read from its file
