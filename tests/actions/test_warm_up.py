"""The action server loads what a first message needs before it listens."""

from __future__ import annotations

from actions import services
from actions.__main__ import warm_up
from bot.category_model.own_model import _loaded
from bot.domain.knowledge import load_knowledge


def test_warm_up_loads_the_gazetteer_the_category_model_and_the_knowledge() -> None:
    services.gazetteer.cache_clear()
    _loaded.cache_clear()
    load_knowledge.cache_clear()
    assert warm_up() > 0
    assert services.gazetteer.cache_info().currsize == 1
    assert _loaded.cache_info().currsize == 1  # the own-data category model, read from its file
    assert load_knowledge.cache_info().currsize == 1  # legal_routes.yml, read before the first answer


def test_the_action_server_listens_on_host_not_on_every_interface(monkeypatch) -> None:
    from actions.__main__ import listen_host
    from bot.ops.settings import get_settings

    monkeypatch.setenv("HOST", "127.0.0.1")
    get_settings.cache_clear()
    try:
        assert listen_host({}) == "127.0.0.1"  # rasa_sdk alone would listen on 0.0.0.0
        assert listen_host({"SANIC_HOST": "10.0.0.5"}) == "10.0.0.5"
    finally:
        get_settings.cache_clear()
