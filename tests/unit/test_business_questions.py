"""Questions of shopkeepers, small firms and buyers about their own matter (actions.business_questions): each gets
its reviewed answer, read with the story told before; near questions keep theirs."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.questions import answer_in_context, own_answer
from bot.domain.knowledge import faq_answer


def _answer(story: str, question: str) -> str:
    return answer_in_context(detect_question(question), question, story) or ""


@pytest.mark.parametrize(
    ("story", "question", "key"),
    [
        ("门面是租街道的 合同到期了 房东说不续了", "他能直接把我们赶出去吗", "lease_eviction"),
        ("租的铺子房东要涨三成租金", "不签的话能叫我们马上搬吗", "lease_eviction"),
        ("我是租房住的 房东要把房子卖了", "房东能不能直接轰我走", "lease_eviction"),
        ("租嘅舖頭 業主話唔續租", "佢可唔可以趕我走", "lease_eviction"),
        ("在小饭馆吃了凉皮 晚上上吐下泻 住院两天", "店家要不要赔", "food_injury"),
        ("外卖吃坏肚子 孩子在医院挂水😭", "能不能让店赔医药费", "food_injury"),
        ("买的熟食吃了拉肚子", "医疗费他们该不该出", "food_injury"),
        ("城管罚了我两千 说我占道", "去告他们的话罚款还得交吗", "fine_unpayable"),
        ("市场监管局罚了我五千", "复议期间罚款要先交吗", "fine_unpayable"),
        ("税务局让我们补税 还有滞纳金", "是不是得先交了税才能复议", "tax_pay_before_review"),
        ("税务局让我们补税 还有滞纳金", "复议前要先把税和滞纳金交了吗", "tax_pay_before_review"),
        ("消防把我的网吧封了 说通道太窄", "临时查封算不算处罚", "seal_not_penalty"),
        ("市场监管局扣了我一批货", "这个是处罚吗", "seal_not_penalty"),
        ("保险公司拒赔 说投保时没告知病史", "这个归谁管", "insurer_regulator"),
        ("买的车险出了事故 理赔拖了三个月", "该找哪个部门", "insurer_regulator"),
    ],
)
def test_each_kind_gets_its_answer(story: str, question: str, key: str) -> None:
    assert _answer(story, question) == faq_answer(key)


@pytest.mark.parametrize(
    ("story", "question", "not_key"),
    [
        ("村里要收回我家承包的地", "能直接收回吗", "lease_eviction"),  # a land contract, not a lease
        ("公司不给我们交社保 养老保险断了", "这个归谁管", "insurer_regulator"),  # social insurance: 人社
        ("医院给我开错了药 住了院", "医院要不要赔", "food_injury"),  # a medical matter
        (
            "装修公司收了钱跑了 刚砸完墙人就没了",
            "人都跑了告谁",
            "work_injury_contractor",
        ),  # a wall, no one hurt
    ],
)
def test_near_questions_keep_their_answers(story: str, question: str, not_key: str) -> None:
    assert own_answer(question, story) != faq_answer(not_key)


def test_answers_say_yes_or_no_first() -> None:
    assert faq_answer("lease_eviction").startswith("不能")
    assert faq_answer("food_injury").startswith("要赔")
    assert faq_answer("tax_pay_before_review").startswith("是的")
    assert faq_answer("seal_not_penalty").startswith("不算")
    assert "12378" in faq_answer("insurer_regulator")


@pytest.mark.parametrize(
    ("story", "question"),
    [
        ("装修公司收了我五万 干了一半老板就联系不上了", "人都跑了 告谁"),
        ("健身房突然关门了 卡里还有三千 老板跑路了", "我该告哪个"),
        ("培训机构收了一年学费 机构关门了", "找谁要钱 起诉谁"),
    ],
)
def test_a_vanished_company_is_still_sued(story: str, question: str) -> None:
    assert _answer(story, question) == faq_answer("whom_to_sue_vanished")


def test_a_refusal_to_pay_named_with_the_appeal_in_another_clause() -> None:
    assert _answer("市场监管局罚了我五千", "罚款能不能不交 先告他们") == faq_answer("fine_unpayable")
