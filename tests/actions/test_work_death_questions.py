"""A family whose son died at work, pressed to sign a 私了: what the law pays (工伤保险条例 第39条), and whether a
signed settlement can be undone (民法典 第151、152条: work_injury_settlement) — not the tort answer of a quarrel
(lead-133)."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.questions import answer_in_context

DEATH = "我儿子在工地上出事走了 包工头说私了给二十万 让我签字"
DEATH_MINE = "俺男人在矿上井下出事没了 矿上说一次性给三十万了结"
DEATH_FACTORY = "我爸在厂里车间干活被机器卷进去 抢救无效去世了 老板说给十五万签个协议"


def _answer(text: str, story: str | None) -> str:
    return answer_in_context(detect_question(text), text, story) or ""


@pytest.mark.parametrize("story", [DEATH, DEATH_MINE, DEATH_FACTORY])
@pytest.mark.parametrize(
    "text",
    [
        "签了字以后还能反悔不",
        "你先回答我啊 能不能反悔 人家天天来催",
        "签了还能不认吗",
        "簽了字還能撤銷嗎",
        "签了还能改不",
    ],
)
def test_whether_a_settlement_can_be_undone(story: str, text: str) -> None:
    said = _answer(text, story)
    assert "151条" in said and "1年" in said


@pytest.mark.parametrize("story", [DEATH, DEATH_MINE, DEATH_FACTORY])
@pytest.mark.parametrize(
    "text", ["法律上到底该赔多少 二十万是不是太少了", "按规定能拿多少", "这个钱给得合理吗", "工亡能赔多少"]
)
def test_what_a_death_at_work_is_paid(story: str, text: str) -> None:
    said = _answer(text, story)
    assert "第39条" in said and "一次性工亡补助金" in said and "第1165条" not in said


@pytest.mark.parametrize(
    ("text", "story"),
    [
        ("该赔多少", "邻居家的狗把我孙子咬了 打了五针狂犬疫苗"),
        ("罚款能撤销吗", "城管罚了我两千 说签了字就算认了"),
        ("能反悔吗", "我在网上买了个手机 付了钱"),
        ("这协议还算数吗", "离职时签了竞业协议 两年不能去同行 一分补偿都没有"),
        ("签了字还能反悔吗", "老房子拆迁 补偿协议是街道的人天天上门逼我签的"),
    ],
)
def test_other_matters_keep_their_own_answers(text: str, story: str) -> None:
    said = _answer(text, story)
    assert "工亡补助金" not in said and "显失公平" not in said
