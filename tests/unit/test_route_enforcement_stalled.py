"""A judgment that the court could not enforce (终本, "法院说他没财产") is told to resume the enforcement with new
property clues, to object to a wrong enforcement act (民事诉讼法 第236条, 2023 text) and that the procuratorate
supervises enforcement (12309): never the appeal and retrial advice meant for a judgment disputed. Stories written
for these tests."""

from __future__ import annotations

import pytest

from actions.summary import summary_text
from bot.domain.knowledge import explain_route
from bot.domain.routing import RouteDecision

COURT_CASE = RouteDecision("litigation", "court_case", "pinned")
APPEAL_NOTE = "上诉、申请再审都有法定期限"

STALLED = [
    "判决他还我八万 申请了强制执行 法院给终本了 可他天天开着新车",
    "官司赢了三年了 执行局说他名下没财产 执行不了",
    "法院判了 执行法官说查不到可供执行的财产 案子就结了",
    "判決生效後申請執行 法院說無財產可執行 終結本次執行",  # traditional characters
    "俺的案子法院给终本咧 那人在城里又买了房",
]
DISPUTED = [
    "判决下来了 我不服 想上诉",
    "二审判得不公 我要申请再审",
]


@pytest.mark.parametrize("story", STALLED)
def test_a_stalled_enforcement_is_told_to_resume_it(story: str) -> None:
    text = explain_route("litigation", "court_case", story=story)
    assert "恢复执行" in text and "财产线索" in text and "12309" in text
    assert "书面异议" in text and "《民事诉讼法》第236条" in text
    assert APPEAL_NOTE not in text


@pytest.mark.parametrize("story", STALLED)
def test_the_summary_reminds_of_resuming_it(story: str) -> None:
    shown = summary_text({"issue_text": story}, COURT_CASE)
    assert "· 提醒您：" in shown and "恢复执行" in shown


@pytest.mark.parametrize("story", DISPUTED)
def test_a_disputed_judgment_keeps_the_appeal_advice_and_no_enforcement_words(story: str) -> None:
    text = explain_route("litigation", "court_case", story=story)
    assert APPEAL_NOTE in text and "恢复执行" not in text and "第236条" not in text
    assert "提醒您" not in summary_text({"issue_text": story}, COURT_CASE)


def test_without_a_story_every_note_is_said() -> None:
    text = explain_route("litigation", "court_case")
    assert APPEAL_NOTE in text and "恢复执行" in text
