"""Questions asked mid-way by citizens who do not follow the script: each gets the answer to what it asks."""

import pytest

from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.questions import answer_in_context
from actions.route_slots import likely_route
from bot.domain.safety import asks_to_keep_away
from bot.route_model.readings_organ_acts import accident_finding


def _answer(text: str, story: str = "") -> str:
    return answer_in_context(detect_question(text), text, story) or ""


@pytest.mark.parametrize("text", ["冇 去劳动仲裁要几耐啊", "仲裁幾耐先有結果", "劳动仲裁要几耐"])
def test_how_long_in_cantonese_is_how_long_arbitration_takes(text):
    assert detect_question(text) is QuestionKind.ARBITRATION_TIME
    assert "45日" in _answer(text)


@pytest.mark.parametrize(
    "text",
    ["离婚了孩子抚养费他不给 能找你们吗", "孩子他爸一直不给抚养费咋办", "前夫不給撫養費 我能告他嗎"],
)
def test_a_childs_support_is_not_a_parents(text):
    answer = _answer(text)
    assert "抚养费" in answer and "第1085条" in answer
    assert "赡养" not in answer


def test_children_who_do_not_keep_a_parent_still_get_the_support_answer():
    assert "赡养费" in _answer("儿子不给我生活费 能告他吗")


def test_child_support_judged_and_unpaid_is_enforced():
    answer = _answer("那孩子抚养费他不给 法院判了的 我该咋办")
    assert "申请执行" in answer and "12368" in answer


@pytest.mark.parametrize(
    "text", ["請問台灣人可以替大陸親戚反映嗎？", "我帮我外婆登记行不行", "能替我舅舅反映吗"]
)
def test_one_who_writes_for_a_relative_hears_yes(text):
    answer = _answer(text, "替我舅舅反映 村长把征地补偿款扣下不发")
    assert answer.startswith("可以") and "第19条" in answer


def test_a_review_for_a_father_who_cannot_walk_names_the_agent():
    assert "委托" in _answer("复议要我爸本人去吗 他腿脚不好", "社保局扣了我爸养老金")


@pytest.mark.parametrize(
    "text", ["你们会不会告诉城管是我反映的", "你先回答我 会不会告诉城管", "会把我名字告诉物业吗"]
)
def test_whether_the_other_side_is_told(text):
    assert detect_question(text) is QuestionKind.CONFIDENTIALITY
    assert "核实" in _answer(text)


def test_being_told_the_result_is_no_question_of_confidentiality():
    assert detect_question("会不会告诉我结果") is not QuestionKind.CONFIDENTIALITY


def test_who_pays_contributions_made_up_is_no_petition_fee():
    story = "我妈在超市上班 超市老板不给她交社保 干了三年了"
    answer = _answer("没有 我妈问 能不能补交啊 补交要她自己出钱吗", story)
    assert "单位应当" in answer and "第60条" in answer
    assert "通过网上、电话、书信或者走访反映问题" not in answer
    assert "不收费" in _answer("反映这个要交钱吗", story)  # the petition's fee, asked plainly


@pytest.mark.parametrize(
    ("text", "story"),
    [
        ("交警队的事故认定书把责任全划给我了 我不服 能不能直接去法院告交警", ""),
        ("没有 认定书前天才拿到 有没有期限", "交警队的事故认定书把责任全划给我了 我不服"),
        ("交警定我主责 我不服 咋办", ""),
    ],
)
def test_an_accident_finding_disputed_goes_to_review_in_3_days(text, story):
    answer = _answer(text, story)
    assert "复核" in answer and "3日" in answer
    assert "立案监督" not in answer


def test_an_accident_finding_is_routed_as_a_civil_claim_not_police_inaction():
    route = likely_route({"issue_text": "交警队的事故认定书把责任全划给我了 我不服"})
    assert route is not None and (route.code, route.variant) == ("litigation", "civil_dispute")


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("交警队的事故认定书把责任全划给我了", True),
        ("工伤认定书下来了 说不算工伤", False),
        ("被车撞了 对方不赔", False),
    ],
)
def test_which_stories_tell_an_accident_finding(text, finding):
    assert accident_finding(text) is finding


@pytest.mark.parametrize(
    ("text", "asks"), [("能不能让他别靠近我", True), ("还想让他不能靠近我", True), ("他让我别报警", False)]
)
def test_keeping_him_away_asked_in_plain_words(text, asks):
    assert asks_to_keep_away(text) is asks


@pytest.mark.parametrize(
    ("story", "route"),
    [
        ("隆回县金潭乡石门村修村道 修了一半就停了 停了一年多 找过乡政府说没钱", ("petition", None)),
        ("镇上修的桥修到一半停工两年了", ("petition", None)),
        ("村里修路占了我家半亩菜地一分钱没给", ("land_contract_arbitration", None)),
        ("镇政府把我家的地征了 一分钱没给", ("administrative_review", "expropriation")),
    ],
)
def test_public_works_left_half_built_and_land_the_village_took(story, route):
    decision = likely_route({"issue_text": story})
    assert decision is not None and (decision.code, decision.variant) == route
