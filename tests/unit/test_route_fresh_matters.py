"""Routes for matters fresh testers' citizens raised: pay docked by a delivery station or a contractor and wages owed
with no written contract go to 劳动保障监察 (12333), never 12345 or a work injury; goods or a vehicle taken by 城管
are reviewed (复议 or an administrative suit, compensation claimed in it), not a civil dispute; a developer's late
delivery is a contract matter (mediation or a civil suit), a stalled project the government already handles a
petition; a teacher's paid private tutoring is a complaint, not a question. New phrasings written for these tests,
none a route example (dialect, traditional characters, full-width digits)."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route

CASES: list[tuple[str, str, tuple[str, ...]]] = [
    # docked or withheld pay: labour inspection (arbitration also lawful)
    (
        "我在美团跑单 配送站这个月扣了我九百多 说我投诉率高",
        "企业",
        ("labour_inspection", "labour_arbitration"),
    ),
    ("送快遞的 網點無故扣了我兩個月提成", "", ("labour_inspection", "labour_arbitration")),
    ("骑手 站长说差评一个罚两百 工资直接少了１２００", "", ("labour_inspection", "labour_arbitration")),
    ("给一个老板干装修 没签啥合同 工钱欠了快一年", "老板", ("labour_inspection", "labour_arbitration")),
    (
        "俺在工地扎钢筋 没签合同 包工头欠俺一万八 能要不",
        "包工头",
        ("labour_inspection", "labour_arbitration"),
    ),
    # goods or a vehicle seized by an organ
    ("城管把我的早餐车拖走了 一张单子没给 车上的东西全坏了", "城管", ("administrative_review",)),
    ("執法隊把我的三輪車扣了 要我交錢才還", "城管", ("administrative_review",)),
    ("城管收了俺一车橘子 说占道 到现在没还回来", "城管", ("administrative_review",)),
    # a developer's late delivery; a stalled project the government handles
    ("开发商说好今年三月交房 拖到现在没交 违约金也不认", "开发商", ("litigation",)),
    ("楼盘烂尾了 开发商老板找不到 政府牵头保交楼一年多没动静", "区住建局", ("petition",)),
    # paid tutoring by a serving teacher
    ("孩子班主任让学生去她家补课 一次一百五 不去就被冷落", "学校", ("petition", "hotline_12345")),
]


@pytest.mark.parametrize(("text", "respondent", "codes"), CASES)
def test_route_of_fresh_matters(text: str, respondent: str, codes: tuple[str, ...]) -> None:
    decision = decide_route(text, None, "none", respondent=respondent or None)
    assert decision.code in codes, (decision.label, decision.reason)


@pytest.mark.parametrize(
    "text",
    [
        "骑手站点拖欠工资三个月 站长说等平台结算",
        "没签合同的小工 老板跑了 工钱一分没拿到",
    ],
)
def test_wages_owed_are_no_work_injury(text: str) -> None:
    assert decide_route(text, "劳动和社会保障", "none").variant != "work_injury"


@pytest.mark.parametrize(
    "text",
    [
        "稅務所讓我補交兩年的稅 還要滯納金 我覺得不該交",
        "税务局核定俺的小卖部每月要交的税翻了一倍 俺不服",
        "税务上要我们补税８万多 加滞纳金 这个能告吗",
    ],
)
def test_a_tax_dispute_is_reviewed_first(text: str) -> None:
    decision = decide_route(text, "经济管理", "administrative_decision", respondent="税务局")
    assert decision.label == "administrative_review/review_first", (decision.label, decision.reason)
