"""Differential test of bot.rasa_plugins.patches on the trained model: DIET and TED answer exactly as with Rasa's own code.

Loads `models/intake.tar.gz` (trained by `make test` before the e2e tests) in this process, reads messages and
predicts next actions once with Rasa's own code and once with the patches, and compares every number.
"""

from __future__ import annotations

import asyncio

import numpy as np
import pytest
from rasa.core.agent import Agent
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.ops.settings import PROJECT_ROOT
from bot.rasa_plugins.patches import install_rasa_patches

MODEL = PROJECT_ROOT / "models" / "intake.tar.gz"
MESSAGES = [
    "你好",
    "我们小区楼下烧烤店每天晚上吵到两点，投诉了好多次没人管",
    "老板跑路了，欠了我们两百多个工人四个月工资",
    "我叫王有田",
    "13880412376，白天打",
    "跳过",
    "对",
    "不对，地址说错了，是海淀区",
    "多久能有结果？",
    "查一下 XF20261127-0042，电话 13800138000",
    "活着没意思了",
    "這個事情我反映過好幾次了",
]


def _read_and_predict(agent: Agent) -> list[tuple[dict, list[float]]]:
    async def run() -> list[tuple[dict, list[float]]]:
        answers = []
        for text in MESSAGES:
            parsed = await agent.parse_message(text)
            tracker = DialogueStateTracker.from_events(
                "patches", [ActionExecuted("action_listen"), UserUttered(text, parsed["intent"], [], parsed)]
            )
            prediction = agent.processor._predict_next_with_tracker(tracker)
            answers.append((parsed, list(prediction.probabilities)))
        return answers

    return asyncio.run(run())


@pytest.mark.skipif(not MODEL.exists(), reason="needs the trained model (make train)")
def test_diet_and_ted_answer_the_same_with_and_without_the_patches() -> None:
    agent = Agent.load(str(MODEL))
    try:
        install_rasa_patches(enabled=False)
        rasas = _read_and_predict(agent)
        assert "tf_predict" in install_rasa_patches()
        ours = _read_and_predict(agent)
        ours_again = _read_and_predict(agent)  # the second call goes through the kept concrete function
    finally:
        install_rasa_patches(enabled=False)
    for (parsed_r, probs_r), (parsed_o, probs_o), (parsed_2, probs_2) in zip(
        rasas, ours, ours_again, strict=True
    ):
        assert parsed_o["intent"]["name"] == parsed_r["intent"]["name"] == parsed_2["intent"]["name"]
        ranking_r = [(r["name"], r["confidence"]) for r in parsed_r["intent_ranking"]]
        for ranking in (
            [(r["name"], r["confidence"]) for r in p["intent_ranking"]] for p in (parsed_o, parsed_2)
        ):
            assert [n for n, _ in ranking] == [n for n, _ in ranking_r]
            np.testing.assert_allclose(
                [c for _, c in ranking], [c for _, c in ranking_r], rtol=1e-5, atol=1e-7
            )
        np.testing.assert_allclose(probs_o, probs_r, rtol=1e-5, atol=1e-7)
        np.testing.assert_allclose(probs_2, probs_r, rtol=1e-5, atol=1e-7)
