"""decide_route: 依法分类处理 and 诉讼与信访分离 (docs/legal.md §3)."""

from __future__ import annotations

import pytest

from bot.knowledge import ROUTE_CODES, load_knowledge
from bot.routing import RouteDecision, decide_route

CASES: list[tuple[str, str | None, str | None, str, str | None]] = [
    # (text, category, legal_status, code, variant)
    ("我的案子一审判得不公平，想再审", "政法", None, "litigation", "court_case"),
    ("对方已经起诉我了，下个月开庭", None, "in_court", "litigation", "court_case"),
    ("法院判了对方赔钱，到现在也不执行", "政法", "judged", "litigation", "court_case"),
    ("报警三次了派出所一直不立案", "政法", None, "litigation", "court_case"),
    ("邻居占了我家的过道，吵了好几次也没解决", None, None, "litigation", "civil_dispute"),
    ("朋友借了我五万块钱，借条都有，就是不还", None, None, "litigation", "civil_dispute"),
    ("离婚后前夫一直不给孩子抚养费", None, None, "litigation", "civil_dispute"),
    ("房东不退押金，合同还没到期就赶我走", None, None, "litigation", "civil_dispute"),
    ("被邻居家的狗咬了，对方不肯赔医药费", None, None, "litigation", "civil_dispute"),
    ("交警罚款两百我不服，当时根本没有违停", "交通运输", None, "administrative_review", None),
    ("收到了房屋征收决定，补偿太低", "城乡建设", "administrative_decision", "administrative_review", None),
    ("办营业执照被说不予许可，理由讲不清楚", None, None, "administrative_review", None),
    ("城管没收了我的三轮车", None, None, "administrative_review", None),
    ("工地老板拖欠我们三个月工资", "劳动和社会保障", None, "labour_inspection", None),
    ("包工头跑了，工钱一直要不到", None, None, "labour_inspection", None),
    ("我们厂欠薪半年了，二十多个人", None, None, "labour_inspection", None),
    ("公司突然把我辞退了，也不给经济补偿", "劳动和社会保障", None, "labour_arbitration", None),
    ("上班时摔伤了，单位不给认定工伤", None, None, "labour_arbitration", None),
    ("在仲裁委申请了仲裁，还没出结果", None, "in_arbitration", "labour_arbitration", None),
    ("我家的承包地被村里收回给别人种了", "农村农业", None, "land_contract_arbitration", None),
    ("土地流转的租金三年没给", None, None, "land_contract_arbitration", None),
    ("承包地的纠纷已经申请仲裁了", None, "in_arbitration", "land_contract_arbitration", None),
    ("我被错误羁押了半年，想申请国家赔偿", None, None, "state_compensation", None),
    ("举报村支书贪污扶贫款", "纪检监察", None, "discipline_inspection", None),
    ("镇长公车私用，还收红包", None, None, "discipline_inspection", None),
    ("村干部优亲厚友，低保都给了亲戚", "民政", None, "discipline_inspection", None),
    ("派出所民警打人，还包庇对方", None, None, "discipline_inspection", None),
    ("我想提个建议，公交站能不能加个雨棚", "交通运输", None, "suggestion", None),
    ("我建议在小区门口增设一个红绿灯", None, None, "suggestion", None),
    ("希望能增加社区图书馆的开放时间", "教育文体", None, "suggestion", None),
    ("楼下烧烤店油烟太大，晚上还很吵", "环境保护", None, "hotline_12345", "environment"),
    ("化工厂偷排污水，河水都黑了", None, None, "hotline_12345", "environment"),
    ("超市卖过期食品，商家不给退款", "商贸旅游", None, "hotline_12345", "market"),
    ("健身房办的预付卡，老板跑了", None, None, "hotline_12345", "market"),
    ("小区电梯坏了一个月没人修，物业不管", "城乡建设", None, "hotline_12345", "housing"),
    ("这两天一直停水，也没通知", None, None, "hotline_12345", "housing"),
    ("26路公交班次太少，早上等半小时", None, None, "hotline_12345", "transport"),
    ("路口红绿灯坏了好几天了", None, None, "hotline_12345", "transport"),
    ("请问宽带安装怎么投诉", "科技与信息产业", None, "hotline_12345", None),
    ("社区不给我开居住证明，来回跑了五趟", "党务政务", None, "petition", None),
    ("我们村的低保评定不公开，申请了两年没结果", "民政", None, "petition", None),
    ("", None, None, "petition", None),
    # traditional characters, full-width digits and emoji
    ("工地老闆拖欠工資３個月😭", None, None, "labour_inspection", None),
    ("對判決不服，想申請再審", None, None, "litigation", "court_case"),
]


@pytest.mark.parametrize(("text", "category", "status", "code", "variant"), CASES)
def test_decide_route(
    text: str, category: str | None, status: str | None, code: str, variant: str | None
) -> None:
    decision = decide_route(text, category, status)
    assert isinstance(decision, RouteDecision)
    assert (decision.code, decision.variant) == (code, variant), decision.reason
    assert decision.reason


def test_every_decision_can_be_explained() -> None:
    kb = load_knowledge()
    for text, category, status, _, _ in CASES:
        decision = decide_route(text, category, status)
        assert decision.code in ROUTE_CODES
        route = kb.route(decision.code)
        assert decision.variant is None or decision.variant in route.variants


def test_court_status_wins_over_other_cues() -> None:
    # 诉讼与信访分离: once a court has the case, the court route comes first
    assert decide_route("公司拖欠工资，已经起诉了", None, "in_court").code == "litigation"
    assert decide_route("邻居纠纷，法院已判决", None, "judged").variant == "court_case"


def test_admin_status_alone_routes_to_review() -> None:
    assert decide_route("就是那个决定", None, "administrative_decision").code == "administrative_review"


def test_status_none_and_unknown_do_not_change_the_route() -> None:
    text = "小区电梯坏了"
    assert decide_route(text, None, "none") == decide_route(text, None, None)
    assert decide_route(text, None, "garbage") == decide_route(text, None, None)


def test_misconduct_wins_over_service_cues() -> None:
    assert decide_route("城管队长收红包，放任占道经营", None, None).code == "discipline_inspection"


def test_consumer_complaint_with_report_word_is_not_discipline() -> None:
    assert decide_route("举报这家超市卖假货", None, None).code == "hotline_12345"


def test_complaint_with_suggestion_word_is_not_a_suggestion() -> None:
    decision = decide_route("社区不给办证明，建议有关部门尽快处理", None, None)
    assert decision.code == "petition"


def test_category_picks_the_sector_line_for_service_requests() -> None:
    assert decide_route("请问这个怎么投诉", "交通运输", None) == RouteDecision(
        "hotline_12345", "transport", decide_route("请问这个怎么投诉", "交通运输", None).reason
    )


def test_none_text_is_petition() -> None:
    assert decide_route(None).code == "petition"
