"""Questions on whether an injury is a work injury, read with the story ("平台说我不是他们员工", "他61了",
"没签过合同"), and whether back taxes are paid before a review: each gets its reviewed answer, typos and
traditional characters too."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.questions import answer_in_context
from bot.domain.knowledge import faq_answer

RIDER = "我是送外卖的 被小汽车撞了 平台说我不是他们员工 我跟一家配送商签的协议"
OLD_WORKER = "我爸在工地上摔下来了 腰椎骨折 老板给了五千就不露面了 他六十一了"
NO_CONTRACT = "在厂里干活手被机器压了 我没签过劳动合同"
TAX = "税务局说我卖房子少交了个税 要补八万多还有滞纳金"


def _answer(story: str, question: str) -> str:
    return answer_in_context(detect_question(question), question, story) or ""


@pytest.mark.parametrize(
    ("story", "question", "key"),
    [
        (RIDER, "那我这个到底算不算工伤", "work_injury_employer_unclear"),
        (RIDER, "这算不算公伤啊", "work_injury_employer_unclear"),  # 公伤: a common slip
        (RIDER, "這還算工傷嗎", "work_injury_employer_unclear"),
        ("", "平台说我不是他们的人 这是不是工伤", "work_injury_employer_unclear"),
        (OLD_WORKER, "他六十一了还能认工伤吗", "work_injury_over_age"),
        ("", "俺都65了 干活摔了能认定工伤不", "work_injury_over_age"),
        (OLD_WORKER, "这还算工伤吗😭", "work_injury_over_age"),
        (NO_CONTRACT, "那我这算工伤吗", "work_injury_no_contract"),
        (TAX, "是不是要先把钱交了才能申请复议", "tax_pay_before_review"),
        (TAX, "不交钱能申请复议吗", "tax_pay_before_review"),
        (TAX, "我要先缴税才能复议吗", "tax_pay_before_review"),
        ("交警罚了我200", "是不是要先把罚款交了才能复议", "fine_unpayable"),
    ],
)
def test_each_gets_its_answer(story: str, question: str, key: str) -> None:
    assert _answer(story, question) == faq_answer(key)


@pytest.mark.parametrize(
    ("story", "question"),
    [
        ("下班路上被车撞了", "这算不算工伤"),  # the commute has its own answer
        ("在工地上被钢管砸伤了", "工伤认定有时间限制吗"),
        (TAX, "复议要钱吗"),  # fees, not paying the tax first
    ],
)
def test_other_questions_keep_their_answers(story: str, question: str) -> None:
    answer = _answer(story, question)
    for key in ("work_injury_employer_unclear", "work_injury_over_age", "tax_pay_before_review"):
        assert answer != faq_answer(key)


def test_the_answers_say_what_decides_it() -> None:
    unclear = faq_answer("work_injury_employer_unclear")
    assert "劳动关系" in unclear and "第18条" in unclear and "仲裁" in unclear
    over_age = faq_answer("work_injury_over_age")
    assert over_age.startswith("有可能") and "养老金" in over_age and "第1192条" in over_age
    tax = faq_answer("tax_pay_before_review")
    assert tax.startswith("是的，要先交") and "担保" in tax and "第88条" in tax
