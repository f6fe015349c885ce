"""Which office or court the law sends a matter to (bot.route_model.law_rules_offices): a care home is for 民政, a
refused 户口 is reviewed or sued, 赡养 and an organ's contract debt are civil, land a villager took is no organ's act,
医保 card fraud is for the 医疗保障 office, a seized car and a stop order are reviewed or sued, a refused licence is no
review-first case, a sign an office wants down is no civil dispute, a flat not delivered is the developer's breach.
Phrasings written for these tests (dialect, traditional characters, full-width digits, typos, no punctuation,
negations), none a corpus message or a route example."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.route_model.law_rules_offices import apply_office_rules
from bot.route_model.readings_organ_acts import (
    hukou_refused,
    licence_refused,
    lift_office_position,
    sign_ordered_down,
    stop_order,
    vehicle_seized,
)
from bot.route_model.readings_property import (
    contract_debt_of_organ,
    flat_not_delivered,
    land_taken_by_party,
    land_taken_by_village,
)
from bot.route_model.readings_services import (
    care_home_matter,
    household_helper,
    medical_card_fraud,
    support_withheld,
)


def _route(text: str, category: str | None = None, respondent: str | None = None, status: str = "none"):
    return decide_route(text, category, status, respondent=respondent)


def _code(label: str) -> str:
    return label.split("/")[0]


@pytest.mark.parametrize(
    ("text", "respondent"),
    [
        ("俺娘住的敬老院 护工嫌她尿床 拿毛巾抽她 俺娘不敢说", "夕阳红敬老院"),
        ("我外婆在老年公寓里 饭都吃不饱 还被工作人员推倒过两次", None),
        ("養老院的護工打我爺爺 手臂上都是淤青", "福壽養老院"),
        ("举报一个养老院 没有备案 住了三十几个老人 楼道堆满东西", None),
    ],
)
def test_care_home_is_for_civil_affairs(text: str, respondent: str | None) -> None:
    assert care_home_matter(text)
    decision = _route(text, "民政", respondent)
    assert decision.label == "petition", decision.reason


@pytest.mark.parametrize(
    "text",
    [
        "我妈在医院做手术 护工看护不当摔了 医院不认",  # a hospital's care: the medical reading stays possible
        "我儿子喝了酒就打他爸 我是请来的护工",  # no care home at all
        "养老院一个月多少钱 怎么申请",  # a question, no wrong told
    ],
)
def test_not_a_care_home_matter(text: str) -> None:
    assert not care_home_matter(text)


@pytest.mark.parametrize(
    ("text", "respondent"),
    [
        ("孩子户口想迁过来 派出所一直卡着不给办 跑了五趟", "城关派出所"),
        ("我老婆随迁落户 户籍科说材料不够 退回来三次了", "区公安分局户籍科"),
        ("給我媽辦投靠落戶 派出所不給辦 說要房產證", "派出所"),
        ("小孩上户口派出所不给上 说要亲子鉴定", None),
    ],
)
def test_refused_hukou_is_reviewed_not_a_refusal_to_open_a_case(text: str, respondent: str | None) -> None:
    assert hukou_refused(text)
    decision = _route(text, "政法", respondent)
    assert _code(decision.label) == "administrative_review", decision.reason
    assert decision.label != "litigation/police_inaction"


@pytest.mark.parametrize(
    "text",
    ["小孩刚出生 上户口要带啥", "户口迁到城里以后村里分红还有没有", "我报警说被骗了 派出所不给立案"],
)
def test_not_a_refused_hukou(text: str) -> None:
    assert not hukou_refused(text)


@pytest.mark.parametrize(
    ("text", "respondent"),
    [
        ("我七十多了 病了好几年 闺女一分生活费都不给 也不来看", "我闺女"),
        ("俩儿子都不管我 我一个人住 药都买不起", "大儿子"),
        ("儿女不赡养 老头子走了以后没人管我", None),
    ],
)
def test_support_from_children_is_civil(text: str, respondent: str | None) -> None:
    assert support_withheld(text)
    decision = _route(text, "民政", respondent)
    assert decision.label in ("litigation/civil_dispute", "petition"), decision.reason


@pytest.mark.parametrize(
    "text",
    [
        "我家低保被取消了 说我儿子有工作 可他早不管我了",  # the office stopped the benefit: its act
        "孩子在学校被打了 老师不管",
    ],
)
def test_not_support_from_children(text: str) -> None:
    assert not support_withheld(text)


@pytest.mark.parametrize(
    ("text", "respondent"),
    [
        ("乡政府欠我工程款两年了 修的是乡里的水渠 验收早过了 还差４２万", "乡政府"),
        ("县卫健局买我们公司的设备 货款拖了一年多不付", "县卫健局"),
        ("街道办事处绿化工程的尾款一直不结 说没钱", None),
    ],
)
def test_contract_debt_of_an_organ_is_sued(text: str, respondent: str | None) -> None:
    assert contract_debt_of_organ(text, organ_named=respondent is not None)
    decision = _route(text, "城乡建设", respondent)
    assert decision.label == "litigation/civil_dispute", decision.reason


def test_wages_from_an_organ_are_no_contract_debt() -> None:
    assert not contract_debt_of_organ("在镇政府当临时工 工资欠了三个月", organ_named=True)


@pytest.mark.parametrize(
    "text",
    [
        "俺家的地被隔壁老李占了三年 种上了他家的玉米",
        "我们家三分田让邻居占了 说是他家祖上的",
    ],
)
def test_land_a_villager_took_is_no_organ_act(text: str) -> None:
    assert land_taken_by_party(text)
    decision = _route(text, "国土资源", None)
    assert _code(decision.label) != "administrative_review", decision.reason


@pytest.mark.parametrize(
    "text",
    [
        "村里修路占了我家二分地 一分钱没补",
        "村主任带人占了我家的地盖厂房",
        "镇政府征了我们的地 补偿太低",
    ],
)
def test_land_taken_for_public_works_or_by_a_cadre_is_left_to_other_rules(text: str) -> None:
    assert not land_taken_by_party(text)


@pytest.mark.parametrize(
    "text",
    [
        "村卫生室拿我的医保卡刷了好多药 我根本没去看过病",
        "有个药店盗刷我爸的医保卡 记录上买了三千多块的药",
        "醫保記錄上有五次住院 我根本沒住過院",
    ],
)
def test_medical_card_fraud_is_for_the_medical_security_office(text: str) -> None:
    assert medical_card_fraud(text)
    decision = _route(text, "卫生计生", "诊所")
    assert decision.label == "petition" or _code(decision.label) == "hotline_12345", decision.reason
    assert decision.label != "litigation/medical"


def test_reimbursement_too_low_is_no_fraud() -> None:
    assert not medical_card_fraud("医保报销比例太低了 住院花了五万只报了一万")


@pytest.mark.parametrize(
    ("text", "respondent"),
    [
        ("开网约车被交通执法的拦下 说没证 车扣了一个礼拜了", "交通运输执法大队"),
        ("我的电动三轮让城管给扣了 拉到停车场不还", "城管"),
        ("交警把我的摩托车暂扣了 说是改装的", None),
    ],
)
def test_seized_vehicle_is_reviewed(text: str, respondent: str | None) -> None:
    assert vehicle_seized(text)
    decision = _route(text, "交通运输", respondent)
    assert _code(decision.label) == "administrative_review", decision.reason


def test_car_held_by_a_repair_shop_is_no_seizure() -> None:
    assert not vehicle_seized("修车厂把我的车扣着 不给钱不让开走")


def test_car_held_for_a_criminal_case_is_left_to_state_compensation() -> None:
    assert not vehicle_seized("公安扣了我的面包车 说是涉案车辆 案件结了半年还不还")


@pytest.mark.parametrize(
    ("text", "respondent"),
    [
        ("应急局的人来了一趟 口头叫我停产整顿 也没给文件 停了二十天了", "区应急管理局"),
        ("环保局说我们厂要关停 啥书面的都没有 到底有没有这个规定", "环保局"),
    ],
)
def test_stop_order_is_reviewed_not_an_information_request(text: str, respondent: str | None) -> None:
    assert stop_order(text)
    decision = _route(text, "环境保护", respondent)
    assert decision.label == "administrative_review", decision.reason


def test_information_request_keeps_its_reading() -> None:
    assert not stop_order("申请政府信息公开 要环保局让我们停产的文件 一个月没答复")


@pytest.mark.parametrize(
    "text",
    [
        "申请开诊所 卫健委给了不予许可决定书 理由不清楚",
        "办食品经营许可证 审批局驳回了 说选址不行",
        "我的道路运输许可申请没批 也不说为什么",
    ],
)
def test_refused_licence_is_no_review_first_case(text: str) -> None:
    assert licence_refused(text)
    decision = _route(text, None, "行政审批局", "administrative_decision")
    assert decision.label == "administrative_review", decision.reason


@pytest.mark.parametrize(
    ("text", "respondent"),
    [
        ("城管说我饭店的门头招牌太大 不合规 让一个礼拜拆掉", "城管"),
        ("街道的人说我店招违规 不拆就罚款 我刚花了五千做的", "街道办"),
    ],
)
def test_sign_an_office_wants_down_is_no_civil_dispute(text: str, respondent: str | None) -> None:
    assert sign_ordered_down(text)
    decision = _route(text, "城乡建设", respondent)
    assert decision.label != "litigation/civil_dispute", decision.reason
    assert decision.label in ("petition",) or _code(decision.label) in (
        "hotline_12345",
        "administrative_review",
    )


@pytest.mark.parametrize(
    "text",
    [
        "合同写的去年六月交房 到现在还没交 开发商说资金紧张",
        "我们买的期房烂尾了 工地停工半年了 三百多户在还贷",
        "逾期交房快两年 开发商一直拖",
    ],
)
def test_flat_not_delivered_is_no_service_request(text: str) -> None:
    assert flat_not_delivered(text)
    decision = _route(text, "城乡建设", "某某置业有限公司")
    assert decision.label in ("litigation/civil_dispute", "petition"), decision.reason


@pytest.mark.parametrize("text", ["新房交房一年了还没通燃气", "交房的时候发现墙裂了 开发商不修"])
def test_delivered_flat_is_not_overdue(text: str) -> None:
    assert not flat_not_delivered(text)


def test_lift_with_an_office_position_disputed() -> None:
    text = "老楼想加装电梯 社区说必须全楼都同意才行 一楼不签字"
    assert lift_office_position(text)
    assert not lift_office_position("加装电梯一楼不同意 社区也不管")


def test_rules_only_move_mass_and_keep_the_total() -> None:
    scores = {"litigation/medical": 0.5, "petition": 0.2, "consultation": 0.3}
    used = apply_office_rules(scores, "养老院护工扇了我妈一巴掌")
    assert scores["litigation/medical"] == 0.0
    assert scores["petition"] == pytest.approx(0.7)
    assert sum(scores.values()) == pytest.approx(1.0)
    assert used and "民政" in used[0]


def test_nothing_told_moves_nothing() -> None:
    scores = {"hotline_12345/housing": 0.6, "petition": 0.4}
    assert apply_office_rules(scores, "小区电梯坏了三个月 物业不修") == []
    assert scores == {"hotline_12345/housing": 0.6, "petition": 0.4}


@pytest.mark.parametrize(
    "text",
    [
        "我在一户人家做保姆 做了一年半 雇主不让干了 最后一个月工资不给",
        "給人家當月嫂 東家欠我八千塊工錢 在長沙雨花區",
        "在她家做钟点工两年 主家说我打碎了碗要扣钱",
    ],
)
def test_a_household_helper_is_no_labour_matter(text: str) -> None:
    assert household_helper(text)
    decision = _route(text, "劳动和社会保障")
    assert decision.label == "litigation/civil_dispute", decision.reason


@pytest.mark.parametrize(
    "text",
    [
        "我是家政公司的员工 公司派我去客户家做保姆 公司给我发工资 拖了两个月",  # the agency employs her
        "在家政公司上班 老板拖欠三个月工资",  # no household employer told
        "医院的护工 工资被拖欠",
    ],
)
def test_an_agency_worker_stays_a_labour_matter(text: str) -> None:
    assert not household_helper(text)


@pytest.mark.parametrize(
    "text",
    [
        "修高铁征了俺家三亩地 补偿款村里扣了一半",
        "建水庫徵用了我家的田 村上說要提留一部分",  # traditional characters
        "国道扩宽征走了我家菜地 钱被村委会压着不给",
    ],
)
def test_land_the_state_took_is_no_village_taking(text: str) -> None:
    """Only the state expropriates: the village paying the compensation out does not make it the village's taking."""
    assert not land_taken_by_village(text)
    assert _code(_route(text, "国土资源", "村委会").label) != "land_contract_arbitration"
