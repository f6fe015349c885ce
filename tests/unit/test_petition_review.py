"""A petition's own review (信访工作条例 第35条, 第36条) and police who did not come (bot.route_model.petition_review).

Stories written for these tests."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.route_model.petition_review import (
    DISCIPLINE,
    POLICE_INACTION,
    REEXAMINATION,
    REVIEW,
    apply_review_rules,
    petition_review,
    police_no_show,
)


@pytest.mark.parametrize(
    "story",
    [
        "前年反映村里修路占地的事 镇里给了书面答复 我不服 想找上一级再查",
        "信访局的答复我不认可 要求复查",
        "去年反映噪音的事 区里給了書面答覆 我不服 想讓上級復查",  # traditional characters
        "对县里出的信访处理意见书不满意",
        "我上访了两次 给了个书面回复说不归他们管 我觉得不合理 想让上面管一管",
    ],
)
def test_a_disputed_answer_to_a_petition_asks_for_review(story: str) -> None:
    assert petition_review(story) == REVIEW


@pytest.mark.parametrize(
    "story",
    [
        "我对市信访局的复查意见不服 想申请复核",
        "复查意见下来了还是维持 俺不服 要复核",
        "区里的处理意见和市里的复查都做完了 我要申请信访复核",
    ],
)
def test_a_disputed_review_asks_for_reexamination(story: str) -> None:
    assert petition_review(story) == REEXAMINATION


@pytest.mark.parametrize(
    "story",
    [
        "申请政府信息公开 住建局书面答复不予公开 我不服",  # 信息公开: 行政复议 first
        "城管罚了我两千 我不服 想复议",  # no petition answered
        "对复议决定不服 还能告吗",
        "医院让我下个月去复查 挂不上号",  # a check-up, no petition
        "反映了好几次 一直没人答复",  # no answer to dispute: the matter itself
        "劳动能力鉴定结论我不服 想申请复查",
        "向12345反映了 回复说已经处理了 根本没处理 我不满意",  # a hotline's reply: the matter itself
        "投诉到市场监管局 答复说不予立案 我不服",  # a regulator's decision on a complaint
    ],
)
def test_no_petition_answer_disputed_is_no_review(story: str) -> None:
    assert petition_review(story) is None


@pytest.mark.parametrize(
    "story",
    [
        "前天晚上楼下有人打架砸车 我打了三次110 一个多小时都没人来",
        "報警三次 警察都不來",  # traditional characters
        "家门口有人闹事 报了警半天不来人",
        "110打了好几遍就是不出警",
    ],
)
def test_police_not_coming_is_a_no_show(story: str) -> None:
    assert police_no_show(story)


@pytest.mark.parametrize(
    "story",
    [
        "被人打了报警 派出所不立案",  # a case not opened: 刑事诉讼法 第112条
        "报警以后警察来了 调解完就走了",
        "没人来收垃圾 打了12345",
        "报案半年了 没人来找过我 也不给回执",
    ],
)
def test_a_case_not_opened_or_no_police_call_is_no_no_show(story: str) -> None:
    assert not police_no_show(story)


def test_the_review_takes_every_reading_and_says_why() -> None:
    scores = {"administrative_review/review_first": 0.7, "petition": 0.3}
    said = apply_review_rules(scores, "我对市信访局的复查意见不服 想申请复核")
    assert scores[REEXAMINATION] == pytest.approx(1.0) and scores["administrative_review/review_first"] == 0.0
    assert said and "第36条" in said[0]


def test_a_no_show_moves_the_case_not_opened_reading_to_the_police_complaint() -> None:
    scores = {POLICE_INACTION: 0.6, "hotline_12345": 0.4}
    said = apply_review_rules(scores, "打了三次110 一个多小时都没人来")
    assert scores[DISCIPLINE] == pytest.approx(0.6) and scores[POLICE_INACTION] == 0.0 and said


def test_a_petition_review_is_routed_to_the_petition_not_to_administrative_review() -> None:
    scores = {
        "administrative_review/review_first": 0.6,
        "administrative_review/expropriation": 0.3,
        "petition": 0.1,
    }
    decided = decide_route(
        "我对市信访局的复查意见不服 想申请复核 事情是拆迁补偿",
        "城乡建设",
        "none",
        respondent="天津市信访局",
        scores=scores,
    )
    assert (decided.code, decided.variant, decided.question) == ("petition", "reexamination", None)
