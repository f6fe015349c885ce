"""A shopkeeper told "不交就砸店" is the victim of extortion: in danger (110), never read as threatening anyone (no
扬言, no warning against storming offices); the same words as the citizen's own threat stay a threat."""

from __future__ import annotations

import pytest

from actions.crisis_timing import while_help_comes
from actions.intake_turn import TurnResult
from bot.domain.safety import detect_crisis, fears_return


@pytest.mark.parametrize(
    "text",
    [
        "有几个人天天来我店里 说要交管理费 一个月两千 不交就砸店 我好害怕",
        "他们说不给钱就砸了我的店",
        "那帮混混放话 敢报警就弄死我",
        "村霸说不签字就打断我的腿",
        "收保護費的說不交就砸攤子",
    ],
)
def test_threatened_by_others_is_danger_not_a_threat(text):
    signal = detect_crisis(text)
    assert signal is not None and signal.kind == "danger" and "violence" not in signal.also


@pytest.mark.parametrize(
    "text", ["再不给我钱我就砸了你的店", "不赔钱我就砸了他的店", "我跟他说了 再不还钱我就去砸他家"]
)
def test_the_citizens_own_threat_stays_a_threat(text):
    signal = detect_crisis(text)
    assert signal is not None and signal.kind == "violence"


@pytest.mark.parametrize(
    "text",
    ["算了 提交吧 他们晚上还会来吗 我能做什么", "他今晚还会来吗 我该做啥", "他们会不会再来 我该干点啥"],
)
def test_asking_what_to_do_if_they_come_back_is_a_fear(text):
    assert fears_return(text)


def test_a_report_the_police_answered_already_is_no_help_coming():
    slots = {"urgent": True, "issue_text": "他们说不交钱就砸店 我好害怕", "requested_slot": "respondent"}
    result = TurnResult(updates={}, notes=[])
    while_help_comes(slots, "领头的叫刀疤 报警了 派出所来看了一下就走了", result)
    assert not result.notes
    while_help_comes(slots, "报警了 警察说马上到", result)
    assert result.notes and "报了警就好" in result.notes[0].text
