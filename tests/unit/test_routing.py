"""decide_route: the route model's reading combined with the conversation and 第31条's precedence."""

from __future__ import annotations

import pytest

from bot.domain.knowledge import ROUTE_CODES, ROUTE_VARIANTS
from bot.domain.routing import LEGAL_STATUSES, RouteDecision, decide_route, route_title

# Hard pairs side by side: (message as a citizen types it, expected route label). None of these sentences is
# in knowledge/route_examples/ (test_route_model checks); they are new phrasings of the same situations.
HARD_PAIRS: list[tuple[str, str]] = [
    # 征收 compensation vs a land-contract dispute
    ("俺家承包的三亩地修公路给征了补偿款到现在没见着", "administrative_review/expropriation"),
    ("俺家承包的三亩地村里说收回就收回了给了别人种", "land_contract_arbitration"),
    ("承包地被县里征收了给的补偿比别的村低一半", "administrative_review/expropriation"),
    ("承包地流转给合作社了流转费拖了两年", "land_contract_arbitration"),
    # forced demolition, contracted land bulldozed
    ("拆迁办没签协议就把我家房子扒了一分钱补偿没有", "administrative_review/expropriation"),
    ("我家承包地里的麦子被人开推土机推平了", "land_contract_arbitration"),
    # a fine vs 乱收费
    ("城管罚了我两千块说我占道经营我不服", "administrative_review"),
    ("幼儿园开学又乱收费说是什么兴趣班费用", "hotline_12345/market"),
    ("被环保局罚了五万块处罚太重", "administrative_review"),
    ("小区物业乱收费停车费一个月收三百", "hotline_12345/market"),
    # a village secretary's misconduct vs a village dispute
    ("村支书拿村里的集体资金给自己家修房子", "discipline_inspection"),
    ("村支书把扶贫款都发给了他家亲戚", "discipline_inspection"),
    ("村里低保评得不公平有关系的都评上了", "petition"),
    # a suggestion vs a complaint about the same bus stop
    ("建议在我们小区北门增设一个公交站点", "suggestion"),
    ("小区北门的公交站取消了老人出门要走两里路", "hotline_12345/transport"),
    # wage arrears written many ways
    ("拖欠了我们班组十几个人半年的工资", "labour_inspection"),
    ("在工地干了一年的工钱到现在没结", "labour_inspection"),
    ("包工头卷了钱跑了我们的工钱没人给", "labour_inspection"),
    ("厂里不给我们交社保干了四年一直没交", "labour_inspection"),
    ("老板拖着工资不发已经三个月", "labour_inspection"),
    # a dispute with the employer to be decided
    ("公司无缘无故把我开除了一分钱补偿都没有", "labour_arbitration"),
    ("在车间干活手被机器轧伤了厂里不认工伤", "labour_arbitration/work_injury"),
    # a work injury (工伤认定 first) vs a 工伤认定 decision of the 人社局 disputed (复议 or suit)
    ("俺在货场卸车让钢卷压了脚 老板不给办工伤", "labour_arbitration/work_injury"),
    ("人社局给我的工伤认定结论是不属于工伤 我不服", "administrative_review"),
    # an award ignored vs a dispute still to be decided
    ("仲裁早就裁决了 公司到今天一分钱都没付", "litigation/enforcement"),
    ("公司把我辞退了 我想去仲裁要补偿", "labour_arbitration"),
    # utilities and parcels are services (12345), not an organ's decision
    ("电业局这个月给我们组断了好几回电", "hotline_12345/housing"),
    ("网购的包裹在快递点被人冒领了 快递点不认", "hotline_12345/market"),
    # fines written as 罚了
    ("交警罚了我", "administrative_review"),
    # a suggestion opening with 建议在…增设
    ("建议在菜市场门口增设几个停车位", "suggestion"),
    # price gouging
    ("下雪天青菜涨价涨得太离谱了", "hotline_12345/market"),
    # medical injury, unpaid pension, domestic violence
    ("我爸在县医院做手术医生把神经弄断了", "litigation/medical"),
    # a benefit an organ does not pay: 复议 first (行政复议法 第11条第十二项, 第23条)
    ("我的养老金从上个月开始社保局就停发了", "administrative_review/review_first"),
    ("我男人喝醉了就动手打我", "litigation/domestic_violence"),
    # police inaction vs police misconduct
    ("被人骗了八万去派出所报案他们不给立案", "litigation/police_inaction"),
    ("派出所的民警收了对方的钱故意偏袒他们", "discipline_inspection"),
    # land title vs land contract
    ("邻居家盖新房占了我家宅基地一米多", "litigation/land_title"),
    # others
    ("朋友借我三万块写了借条现在不还了", "litigation/civil_dispute"),
    ("法院判了对方赔我钱两年了一直执行不到", "litigation/court_case"),
    ("被派出所错抓关了二十天后来说搞错了要求赔偿", "state_compensation"),
    ("申请公开征地批文县政府两个月都没答复", "administrative_review/info_disclosure"),
    ("交警在路口当场罚了我一百块", "administrative_review/review_first"),
    ("感谢社区的王书记帮我们把路灯修好了", "praise"),
    ("请问办居住证要带哪些材料", "consultation"),
    ("楼下饭店的油烟天天往我家窗户里灌", "hotline_12345/environment"),
    ("小区电梯坏了半个月物业也不修", "hotline_12345/housing"),
]


@pytest.mark.parametrize(("text", "label"), HARD_PAIRS)
def test_hard_pairs_from_the_story_alone(text: str, label: str) -> None:
    assert decide_route(text).label == label


def test_every_decision_names_a_known_route_and_says_why() -> None:
    for text, _ in HARD_PAIRS:
        decision = decide_route(text)
        assert decision.code in ROUTE_CODES
        assert decision.variant is None or decision.variant in ROUTE_VARIANTS[decision.code]
        assert decision.reason and "按反映内容判断" in decision.reason
        assert 0.0 <= decision.confidence <= 1.0


# --- 第31条 precedence -----------------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["in_court", "judged"])
def test_a_matter_in_court_stays_with_the_court_whatever_the_story(status: str) -> None:
    decision = decide_route("老板拖欠我们三个月工资", "劳动和社会保障", status)
    assert (decision.code, decision.variant) == ("litigation", "court_case")
    assert decision.question is None
    assert "诉讼与信访分离" in decision.reason


def test_an_acquittal_with_a_judgment_is_state_compensation() -> None:
    decision = decide_route("再审判我无罪了，被关了两年，要求国家赔偿", None, "judged")
    assert decision.code == "state_compensation"


def test_in_arbitration_goes_to_the_arbitration_the_story_is_about() -> None:
    assert decide_route("公司把我开除了", None, "in_arbitration").code == "labour_arbitration"
    assert decide_route("村里收回了我家的承包地", None, "in_arbitration").code == "land_contract_arbitration"


def test_unknown_legal_status_is_ignored() -> None:
    text = "小区电梯坏了半个月物业也不修"
    assert decide_route(text, None, "garbage") == decide_route(text, None, None)
    assert "garbage" not in LEGAL_STATUSES


def test_a_likely_misconduct_report_is_asked_about_before_the_top_route() -> None:
    scores = {"hotline_12345": 0.6, "discipline_inspection": 0.3, "petition": 0.1}
    decision = decide_route("城管队长天天在我们店里白吃白喝", scores=scores)
    assert decision.code == "hotline_12345"
    assert decision.question is not None and decision.question.key == "misconduct"
    assert decision.question.yes.code == "discipline_inspection"
    assert decision.question.no.code == "hotline_12345"


# --- the conversation's evidence ---------------------------------------------------------------------------

CLOSE = {"labour_inspection": 0.45, "litigation/civil_dispute": 0.45, "petition": 0.1}


def test_the_respondent_tips_a_close_call() -> None:
    assert (
        decide_route("他欠我的钱一直不给", respondent="包工头老李", scores=CLOSE).code == "labour_inspection"
    )
    assert decide_route("他欠我的钱一直不给", respondent="邻居老李", scores=CLOSE).variant == "civil_dispute"


def test_the_respondent_is_named_in_the_reason() -> None:
    decision = decide_route("他欠我的钱一直不给", respondent="包工头老李", scores=CLOSE)
    assert "反映对象是用人单位" in decision.reason


def test_an_administrative_decision_favours_review() -> None:
    scores = {"hotline_12345/market": 0.5, "administrative_review": 0.4, "petition": 0.1}
    decision = decide_route("罚了", None, "administrative_decision", scores=scores)
    assert decision.code == "administrative_review"


def test_evidence_does_not_overrule_a_clear_story() -> None:
    scores = {"hotline_12345/environment": 0.95, "labour_inspection": 0.03, "petition": 0.02}
    decision = decide_route("楼下烧烤店太吵了", "劳动和社会保障", respondent="老板", scores=scores)
    assert decision.variant == "environment"


# --- one question when the evidence does not decide -----------------------------------------------------


def test_close_routes_that_need_different_advice_ask_one_question() -> None:
    decision = decide_route("他欠我的钱一直不给", scores=CLOSE)
    question = decision.question
    assert question is not None
    assert question.text == "对方是您的用人单位（老板、公司、包工头）吗？"
    assert question.yes.code == "labour_inspection"
    assert question.no.variant == "civil_dispute"
    assert "群众答：是" in question.yes.reason and "群众答：不是" in question.no.reason


@pytest.mark.parametrize(
    ("first", "second", "key"),
    [
        ("administrative_review/expropriation", "land_contract_arbitration", "expropriation"),
        ("administrative_review", "hotline_12345/market", "admin_decision"),
        ("suggestion", "hotline_12345/transport", "suggestion"),
        ("labour_inspection", "labour_arbitration", "wages"),
        ("litigation/police_inaction", "litigation/civil_dispute", "police"),
        ("administrative_review/review_first", "administrative_review", "review_first"),
    ],
)
def test_the_question_fits_the_two_routes(first: str, second: str, key: str) -> None:
    # a story that tells land: land-contract arbitration is about contracted land (law_rules.tells_land)
    decision = decide_route("那块地的事……", scores={first: 0.48, second: 0.42, "petition": 0.1})
    assert decision.question is not None and decision.question.key == key
    assert {decision.question.yes.label, decision.question.no.label} == {first, second}


def test_a_sure_reading_asks_nothing() -> None:
    decision = decide_route(
        "……", scores={"labour_inspection": 0.9, "labour_arbitration": 0.06, "petition": 0.04}
    )
    assert decision.question is None
    assert decision.confidence == pytest.approx(0.9)


def test_close_12345_lines_ask_nothing() -> None:
    scores = {"hotline_12345/housing": 0.45, "hotline_12345/transport": 0.44, "petition": 0.11}
    assert decide_route("小区门口的路坏了", scores=scores).question is None


@pytest.mark.parametrize(
    ("category", "variant"),
    [("交通运输", "transport"), ("环境保护", "environment"), ("商贸旅游", "market"), (None, "housing")],
)
def test_the_category_names_the_12345_line(category: str | None, variant: str) -> None:
    # the story's words rank the lines by chance; the recorded category says whose line it is
    scores = {
        "hotline_12345/housing": 0.4,
        "hotline_12345/environment": 0.2,
        "hotline_12345/transport": 0.1,
        "hotline_12345/market": 0.1,
        "petition": 0.2,
    }
    decision = decide_route("飞機晚點咗一整晚 航司話係天氣原因", category, scores=scores)
    assert (decision.code, decision.variant) == ("hotline_12345", variant)


def test_a_category_without_a_line_leaves_the_likeliest() -> None:
    scores = {"hotline_12345/housing": 0.5, "hotline_12345/transport": 0.3, "petition": 0.2}
    assert decide_route("楼道灯坏了", "纪检监察", scores=scores).variant == "housing"


def test_alternatives_follow_the_decision_for_buttons() -> None:
    decision = decide_route("他欠我的钱一直不给", scores=CLOSE)
    assert decision.alternatives[0] == ("litigation", "civil_dispute")
    assert len(decision.alternatives) == 2


def test_without_a_model_it_is_an_ordinary_petition() -> None:
    decision = decide_route("随便说点什么", scores={})
    assert decision == RouteDecision("petition", None, decision.reason, 0.0)


def test_the_old_positional_call_still_works() -> None:
    assert decide_route(None).code in ROUTE_CODES
    assert decide_route("老板拖欠工资", "劳动和社会保障", "none").code == "labour_inspection"


def test_route_titles_come_from_the_knowledge_file() -> None:
    assert route_title("labour_inspection") == "劳动保障监察投诉（欠薪、社保等）"
    for code in ("litigation", "administrative_review"):  # their variants need their own advice
        for variant in ROUTE_VARIANTS[code]:
            assert route_title(code, variant) != route_title(code)


@pytest.mark.parametrize(
    ("text", "respondent"),
    [
        ("俺的高龄补贴每个月被扣二十块 也不说扣的啥", "乡政府"),
        ("村里每家硬收一百块卫生费 不交就不给开证明", "村委会"),
        ("社保卡上的钱每个月少了几十块 问了也说不清", "社保局"),
    ],
)
def test_a_matter_against_someone_is_never_a_mere_question(text: str, respondent: str) -> None:
    decision = decide_route(text, "劳动和社会保障", "none", respondent=respondent)
    labels = {decision.label}
    if decision.question is not None:
        labels |= {decision.question.yes.label, decision.question.no.label}
    assert "consultation" not in labels, decision


def test_violence_the_citizen_says_is_not_in_the_family_is_no_family_violence() -> None:
    # id-029's kind: "我男人" is the one hurt, by the neighbours
    story = "隔壁老刘家带着三个儿子拿着锄头在我家地头打人 我男人头破了\n不是家暴 是邻居打架"
    assert decide_route(story, "政法", "none").variant != "domestic_violence"


def test_a_sick_brother_with_a_knife_is_for_the_authorities_not_a_lawsuit() -> None:
    # id-014's kind: 精神卫生法 第28条 (the family asks the authorities to act); once the police did nothing,
    # their inaction stays the route
    assert (
        decide_route("我弟弟有精神分裂 这几天犯病了 拿着刀砍门 我们不敢进屋", "政法", "none").code
        == "petition"
    )
    reported = decide_route("对门那个男的有精神病 拿菜刀在楼道里晃 报警了几次 警察说管不了", "政法", "none")
    assert reported.variant == "police_inaction"
