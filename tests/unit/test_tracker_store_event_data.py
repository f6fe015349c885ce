"""A stored event's JSON (bot.rasa_plugins.tracker_store.event_data) reads as json.loads reads it."""

from __future__ import annotations

import json
import math
import random
import struct

import pytest

from bot.rasa_plugins.tracker_store import event_data

ROWS = [
    {"event": "user", "text": "我在廣州市天河區上班，老闆拖欠工資３個多月／電話１３８００１３８０００", "timestamp": 1764912345.123456,
     "parse_data": {"intent": {"name": "tell_problem", "confidence": 0.9910345939953564},
                    "intent_ranking": [{"name": "inform", "confidence": 2.9101354206645637e-05}],
                    "entities": [], "text_tokens": [[0, 1], [1, 2]]}, "input_channel": "rest", "message_id": "m1"},
    {"event": "slot", "name": "count", "value": 12.0, "timestamp": 1764912346.5},
    {"event": "slot", "name": "paid", "value": None, "timestamp": 1e-320},
    {"event": "bot", "text": "好的，\"您\"说的是 \\ 这件事吗？\n", "data": {"buttons": [{"title": "对", "payload": "/affirm"}]}},
    {"event": "user", "text": "俺们村 😂 的路\t修了一半", "metadata": {"big": 12345678901234567890123, "neg": -0.0}},
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=range(len(ROWS)))
def test_rows_read_as_json_loads_reads_them(row) -> None:
    for text in (json.dumps(row), json.dumps(row, ensure_ascii=False), json.dumps(row, indent=1)):
        assert event_data(text) == json.loads(text)
        assert repr(event_data(text)) == repr(json.loads(text))  # types too: 12.0 stays a float


def test_every_float_to_the_last_bit() -> None:
    rng = random.Random(7)
    for _ in range(20000):
        value = struct.unpack("d", struct.pack("Q", rng.getrandbits(64)))[0]
        if math.isfinite(value):
            text = json.dumps({"confidence": value})
            assert event_data(text) == json.loads(text)


def test_what_ujson_refuses_is_decided_by_json() -> None:
    assert event_data('"\\ud800"') == json.loads('"\\ud800"')  # a lone surrogate, escaped
    assert math.isnan(event_data('{"v": NaN}')["v"])
    with pytest.raises(json.JSONDecodeError):
        event_data('{"event": "user", "text": ')
