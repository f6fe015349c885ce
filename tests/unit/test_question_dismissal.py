"""A worker let go asks whether it is lawful and what severance is owed ("n+1"), or whether a temp is covered for a
work injury: each gets its own answer from the knowledge file (lead-039 got "我这里不能替他们下结论", lead-036
nothing)."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.questions import question_answer


@pytest.mark.parametrize(
    "said",
    [
        "hr今天突然通知我明天不用来了 说是公司架构调整 没有任何补偿 这合理吗",
        "没有 n+1能要到吗",
        "N+1有没有",
        "被裁员了 补偿金怎么算",
        "公司把我辞退了 合法吗",
        "老板让我走人 经济补偿能要吗",
        "被開除了 這合理嗎",  # traditional
    ],
)
def test_severance_and_a_dismissal_questioned(said):
    assert detect_question(said) is QuestionKind.DISMISSAL_PAY


@pytest.mark.parametrize("said", ["老板拖欠工资 这合理吗", "这合理吗"])
def test_other_lawfulness_questions_stay_general(said):
    assert detect_question(said) is QuestionKind.IS_IT_LAWFUL


@pytest.mark.parametrize("said", ["没有 我问下临时工到底算不算工伤啊", "打零工的受伤了能算工伤吗"])
def test_a_temp_asking_about_a_work_injury(said):
    assert detect_question(said) is QuestionKind.WORK_INJURY_NO_CONTRACT


def test_the_answer_says_the_law():
    answer = question_answer(QuestionKind.DISMISSAL_PAY)
    for part in ("第40条", "第47条", "第87条", "一个月工资", "仲裁"):
        assert part in answer


@pytest.mark.parametrize(
    "said",
    [
        "俺要是去北京上访会不会被抓",
        "越级上访犯法不",
        "那你倒是说啊 去北京上访会不会被抓",
        "去北京上访会被抓吗",
    ],
)
def test_whether_a_visit_gets_one_in_trouble(said):
    """lead-037, hl-013: asked whether petitioning in Beijing gets one arrested, with no plain answer."""
    assert detect_question(said) is QuestionKind.VISIT_LAWFUL
    answer = question_answer(QuestionKind.VISIT_LAWFUL)
    assert "不犯法" in answer and "第20条" in answer and "第26条" in answer


@pytest.mark.parametrize("said", ["我要去北京上访", "上访的人太多了"])
def test_a_plan_to_visit_is_no_such_question(said):
    assert detect_question(said) is not QuestionKind.VISIT_LAWFUL


@pytest.mark.parametrize("said", ["没有 厂里说他不小心就不算工伤 是这样吗", "厂里说他违规操作 不算工伤 对吗"])
def test_is_it_so_after_the_employers_claim_is_the_fault_question(said):
    """hl-022: "…不小心就不算工伤 是这样吗" was not answered."""
    assert detect_question(said) is QuestionKind.WORK_INJURY_FAULT


@pytest.mark.parametrize("said", ["没有 投诉了他会不会以后给我低保使绊子", "会不会为难我"])
def test_fears_of_petty_retaliation(said):
    """hl-031: 使绊子 was not heard as a fear of retaliation."""
    assert detect_question(said) is QuestionKind.CONFIDENTIALITY


def test_sending_representatives():
    """hk-032: "派代表去行不" asks how many may go together (5, 第20条)."""
    assert detect_question("申请了仲裁 还没开庭 我问你派代表去行不") is QuestionKind.VISIT_TOGETHER


@pytest.mark.parametrize(
    "said",
    [
        "名字不留 你们会不会告诉镇上是谁举报的",  # lead-064
        "能不能别写他名字 写了他知道是我告的 更要打我",  # lead-062
        "你们会不会跟村里说是我反映的",
        "會不會跟我老闆講",
        "別寫他名字行不行",
        "会不会对他说我来过",
    ],
)
def test_whether_the_other_side_is_told(said):
    """Telling the village, the township or him who reported is a question of who learns it."""
    assert detect_question(said) is QuestionKind.CONFIDENTIALITY


@pytest.mark.parametrize("said", ["要不要跟他当面对质", "他会不会跟我离婚", "跟村里说过了 没用"])
def test_talking_with_someone_is_not_asking_who_learns(said):
    assert detect_question(said) is not QuestionKind.CONFIDENTIALITY


@pytest.mark.parametrize("said", ["你是机器人还是真人", "您是真人还是机器人啊", "你到底是人还是机器"])
def test_asking_the_bot_what_it_is_either_or(said):
    assert detect_question(said) is QuestionKind.ARE_YOU_A_BOT


@pytest.mark.parametrize("said", ["我还是想反映一下", "我是找过街道 还是没用"])
def test_still_is_no_either_or(said):
    assert detect_question(said) is None
