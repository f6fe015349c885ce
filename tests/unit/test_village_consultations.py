"""A villager's plain questions about farm subsidies and selling a rural house: answered by who decides them, not
with the petition's fees or the 民政 allowances; a question about paying a fee is still the fees question."""

from __future__ import annotations

import pytest

from actions.consultation import follow_up_answer
from actions.matter_kind import CONSULTATION, detect_matter_kind
from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.service_offices import office_for


@pytest.mark.parametrize(
    "question",
    [
        "种粮补贴今年一亩能发多少？",
        "俺家拖拉机的农机补贴给多少钱",
        "耕地补贴每亩补几块钱啊",
        "農業補貼一畝給多少錢",  # traditional characters
        "低保一个月给多少钱",
        "每亩给多少钱 啥时候发",
    ],
)
def test_a_sum_received_is_not_a_fee(question: str) -> None:
    assert detect_question(question) is not QuestionKind.FEES


@pytest.mark.parametrize(
    "question", ["反映这个要交钱不", "登记要不要花钱", "补办证件要交多少钱", "医保一年交多少钱"]
)
def test_fees_to_pay_are_unchanged(question: str) -> None:
    kind = detect_question(question)
    assert kind is QuestionKind.FEES or "医保" in question


@pytest.mark.parametrize(
    "question",
    [
        "种粮补贴一亩多少 啥时候到卡上",
        "农机购置补贴等了两年还没到",
        "惠农一卡通里的钱是啥补贴",
        "种地的补贴一亩多少",
    ],
)
def test_farm_subsidies_are_the_agriculture_office_s(question: str) -> None:
    where = office_for(question)
    assert "农业农村" in where and "民政" not in where


@pytest.mark.parametrize(
    "question",
    [
        "宅基地能不能卖给城里人",
        "老家的老房子可以卖给县城户口的亲戚吗",
        "農村的房子能賣給外地人不",
        "想买村里一处宅基地 我是城镇户口",
    ],
)
def test_selling_a_rural_house_says_who_may_buy(question: str) -> None:
    where = office_for(question)
    assert "集体经济组织" in where and "第62条" in where and "派出所" not in where


def test_inheriting_a_homestead_keeps_its_answer() -> None:
    assert "继承" in office_for("父亲的宅基地能继承不")


@pytest.mark.parametrize(
    "follow_up",
    ["那补证要交钱不 得带些什么", "補辦要錢不 要帶啥子", "重新办收费吗 要带啥去", "要带什么 花钱不"],
)
def test_a_fee_and_papers_asked_after_a_certificate_question(follow_up: str) -> None:
    before = "林权证找不到了 咋个补"
    answer = follow_up_answer(before, follow_up) or ""
    assert "身份证" in answer and "不收费" in answer and "诉讼费" not in answer


def test_papers_alone_say_no_fee() -> None:
    answer = follow_up_answer("承包证丢了咋办", "那要带啥子") or ""
    assert "身份证" in answer and "不收费" not in answer


@pytest.mark.parametrize(
    "question",
    [
        "俺家老屋能卖给县里的人不",
        "農村的房子可以賣給城裡人嗎",
        "咱这宅基地能转让给外村的不",
        "我那个承包地可以卖吗",
    ],
)
def test_whether_a_rural_house_may_be_sold_is_a_consultation(question: str) -> None:
    assert detect_matter_kind(question) == CONSULTATION


@pytest.mark.parametrize("story", ["村主任把俺家的宅基地卖给别人了", "老房子被人占了 还说能卖给他不行"])
def test_a_house_sold_or_taken_by_others_is_no_consultation(story: str) -> None:
    assert detect_matter_kind(story) != CONSULTATION
