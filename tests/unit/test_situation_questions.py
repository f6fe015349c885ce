"""Questions citizens ask mid-way about their own situation are recognised, and answered with yes/no first and
the article: goods taken by an organ, a police station not opening a case, whether to file at all, double pay
without a contract, labour arbitration's time and place, the 信访局's number, a dispute with a hospital, and
whether coming here helps."""

from __future__ import annotations

import re

import pytest

from actions.question_detect import detect_question, question_clauses
from actions.question_kinds import QuestionKind
from actions.questions import answer_in_context, own_answer

K = QuestionKind

ASKED = [
    # goods taken away
    ("东西能要回来吗", K.GET_BACK),
    ("我那三轮车还能拿回来不", K.GET_BACK),
    ("貨還能要回來嗎？", K.GET_BACK),  # traditional characters
    ("俺的菜摊子咋个才能要得回来", K.GET_BACK),
    ("押金能退给我吗", K.GET_BACK),
    ("被骗的钱追得回来不？", K.GET_BACK),
    ("罚款交了 摩托车能先还我不", K.GET_BACK),  # "还我" without 给/回
    ("货啥时候能还俺", K.GET_BACK),
    ("車能不能還給我們", K.GET_BACK),
    # the police not opening a case
    ("是不是他们不给立案啊 我该怎么办", K.POLICE_NO_CASE),
    ("派出所到底立没立案啊", K.POLICE_NO_CASE),
    ("报案一个多月了还没立案吗", K.POLICE_NO_CASE),
    ("警察不給我立案怎麼辦", K.POLICE_NO_CASE),
    ("公安说不予立案 我还能咋办", K.POLICE_NO_CASE),
    # whether to file at all
    ("那还用登记吗", K.NEED_TO_FILE),
    ("现在没事了 还要不要反映啊", K.NEED_TO_FILE),
    ("那還需要登記嗎？", K.NEED_TO_FILE),
    ("事情解决了 还用不用再投诉", K.NEED_TO_FILE),
    # double pay without a written contract
    ("那没签合同的双倍工资能要吗", K.DOUBLE_WAGES),
    ("沒簽合同的雙倍工資能要嗎", K.DOUBLE_WAGES),
    ("二倍工资咋算", K.DOUBLE_WAGES),
    ("老板一直没跟我签合同 能赔钱不？", K.DOUBLE_WAGES),
    ("两倍工资找哪个部门要", K.DOUBLE_WAGES),  # before "which office": the money is what is asked
    # labour arbitration: how long, where
    ("仲裁一般多久能出结果", K.ARBITRATION_TIME),
    ("劳动仲裁要几个月啊", K.ARBITRATION_TIME),
    ("申请了仲裁啥时候能裁决", K.ARBITRATION_TIME),
    ("仲裁要多长时间？", K.ARBITRATION_TIME),
    ("没有 要是去仲裁 要多久才有结果", K.ARBITRATION_TIME),  # the arbitration supposed before the question
    ("如果申请劳动仲裁 多久能出来", K.ARBITRATION_TIME),
    ("那到底去哪里申请仲裁啊", K.ARBITRATION_WHERE),
    ("仲裁委在哪", K.ARBITRATION_WHERE),
    ("勞動仲裁去哪申請", K.ARBITRATION_WHERE),
    ("在哪儿打劳动仲裁", K.ARBITRATION_WHERE),
    # the office's number
    ("那我打电话问问吧 信访局电话多少", K.OFFICE_PHONE),
    ("信訪局電話是多少", K.OFFICE_PHONE),
    ("你们电话是几号", K.OFFICE_PHONE),
    ("县里信访办的号码有吗", K.OFFICE_PHONE),
    ("信访局的联系方式有没有", K.OFFICE_PHONE),
    # a dispute with a hospital
    ("我能起诉医院吗？还是找卫健委？", K.MEDICAL_ROUTES),
    ("医疗事故找谁鉴定", K.MEDICAL_ROUTES),
    ("手术做坏了能告医院不", K.MEDICAL_ROUTES),
    ("找医调委有用吗", K.MEDICAL_ROUTES),
    ("医院要赔钱吗", K.MEDICAL_ROUTES),  # before fees: compensation, not a charge
    # whether coming here helps
    ("这事找你们有用吗", K.DOES_IT_HELP),
    ("反映了有啥用", K.DOES_IT_HELP),
    ("在这登记管不管用啊", K.DOES_IT_HELP),
    ("这种事你们管得了吗", K.WILL_YOU_ACT),
]


@pytest.mark.parametrize(("text", "kind"), ASKED)
def test_the_question_is_recognised(text: str, kind: QuestionKind) -> None:
    assert detect_question(text) is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("要收费吗？", K.FEES),
        ("劳动仲裁要交钱吗？去哪里申请？", K.FEES),  # the first question is answered first
        ("该找哪个部门？", K.WHICH_OFFICE),
        ("多久能有结果？", K.WHEN_HANDLED),
        ("我能不能起诉公积金中心", K.CAN_I_SUE),
        ("要电话干嘛", K.WHY_ASKED),
        (
            "法院不给立案怎么办",
            K.WHICH_OFFICE,
        ),  # a court docketing a lawsuit is not the police's 立案: where to turn
        ("要登记身份证吗", K.OTHER),  # a personal detail, not whether to file
        ("异地就医要怎么报销？需要备案吗？", K.OTHER),  # 医保 备案, not filing a petition
    ],
)
def test_the_general_kinds_keep_their_questions(text: str, kind: QuestionKind) -> None:
    assert detect_question(text) is kind


@pytest.mark.parametrize(
    "text",
    [
        "好几个月了",
        "不知道他欠了多少",
        "也没多少",
        "东西都拉走了 一分钱没给",
        "派出所做了笔录就让我回去等 连个立案回执都不给",  # told, not asked
        "我没签劳动合同",
        "我自己去申请仲裁",
        "打了119了 消防来了 现在没事了",
    ],
)
def test_statements_ask_nothing(text: str) -> None:
    assert detect_question(text) is None


def test_the_other_half_of_an_either_or_question_is_a_question_too() -> None:
    # "还是找卫健委？" alone was taken as an earlier report
    assert question_clauses("我能起诉医院吗？还是找卫健委？") == [
        "我能起诉医院吗?",
        "还是找卫健委?",
    ]  # normalised to half-width


SEIZED_STORY = "城管把我水果摊收了 三轮车和水果全拉走了 也没给我开单子"


@pytest.mark.parametrize("text", ["东西能要回来吗", "车子还能拿回来不", "貨還能要回來嗎？"])
def test_goods_taken_by_an_organ_get_the_seizure_rules_and_review(text: str) -> None:
    answer = answer_in_context(detect_question(text), text, SEIZED_STORY)
    assert answer.startswith("有可能要回来")
    assert "扣押决定书和清单" in answer and "《行政强制法》第24条" not in answer  # cited bare, as in the file
    assert "行政强制法第24条" in answer and "30日" in answer and "行政复议" in answer


def test_money_lost_without_a_seizure_gets_the_story_s_route_not_the_seizure_rules() -> None:
    story = "网上刷单被骗了三万六 去派出所报案 派出所一直不立案"
    answer = answer_in_context(K.GET_BACK, "被骗的钱能要回来吗", story)
    assert "扣押" not in answer and "立案监督" in answer


def test_the_police_not_opening_a_case_gets_review_and_the_procuratorate() -> None:
    answer = answer_in_context(K.POLICE_NO_CASE, "是不是他们不给立案啊 我该怎么办")
    assert "不予立案通知书" in answer and "复议" in answer and "立案监督" in answer
    assert "刑事诉讼法第112条" in answer and "刑事诉讼法第113条" in answer and "12309" in answer


def test_whether_to_file_is_left_to_the_citizen() -> None:
    answer = answer_in_context(K.NEED_TO_FILE, "那还用登记吗")
    assert answer.startswith("登不登记由您定") and "不登记也可以" in answer


def test_double_pay_is_a_yes_with_article_82_and_arbitration_within_a_year() -> None:
    answer = answer_in_context(K.DOUBLE_WAGES, "那没签合同的双倍工资能要吗")
    assert answer.startswith("能要") and "劳动合同法第82条" in answer and "11个月" in answer
    assert "仲裁" in answer and "1年" in answer and "劳动争议调解仲裁法第27条" in answer


def test_arbitration_takes_45_days_at_most_15_more() -> None:
    answer = answer_in_context(K.ARBITRATION_TIME, "仲裁一般多久能出结果")
    assert "45日" in answer and "15日" in answer and "第43条" in answer and "5日" in answer


def test_arbitration_is_applied_for_where_the_work_is_done_or_the_employer_is() -> None:
    answer = answer_in_context(K.ARBITRATION_WHERE, "那到底去哪里申请仲裁啊")
    assert "劳动人事争议仲裁委员会" in answer and "劳动合同履行地" in answer and "第21条" in answer
    assert "您不用先弄清楚该找谁" not in answer


def test_no_number_is_invented_for_the_office() -> None:
    answer = answer_in_context(K.OFFICE_PHONE, "信访局电话多少")
    assert answer.startswith("全国没有统一的信访局电话") and "12345" in answer and "网站" in answer
    # the only numbers given are the 12345 hotline and the article
    assert re.findall(r"\d{3,}", answer) == ["12345"]


def test_a_dispute_with_a_hospital_gets_its_four_routes() -> None:
    answer = answer_in_context(K.MEDICAL_ROUTES, "我能起诉医院吗？还是找卫健委？")
    assert answer.startswith("都可以")
    for route in ("协商", "人民调解", "行政调解", "起诉", "医疗纠纷预防和处理条例第22条", "12320"):
        assert route in answer


def test_whether_it_helps_is_a_yes_and_the_story_s_route() -> None:
    story = "我跟人打官司赢了 法院判他还我八万块钱 判决都生效大半年了 他一分不给"
    answer = answer_in_context(K.DOES_IT_HELP, "这事找你们有用吗", story)
    assert answer.startswith("有用") and "强制执行" in answer and "第31条" in answer


@pytest.mark.parametrize(("text", "_kind"), ASKED)
def test_every_situation_question_is_answered_even_when_read_as_an_faq_intent(text: str, _kind) -> None:
    # the classifier may read these as "what is 信访" or "channels": the rules' FAQ would miss them
    answer = own_answer(text, story=SEIZED_STORY)
    assert answer and "信访就是您通过网上" not in answer and "答不准" not in answer


@pytest.mark.parametrize("text", ["找劳动局有用吗", "去人社局有没有用？", "跟劳动监察大队反映管用吗"])
def test_whether_another_office_helps_gets_the_story_s_route_not_a_yes_for_us(text: str) -> None:
    answer = answer_in_context(detect_question(text), text, "包工头欠我们一万二的工资 过年都回不了家")
    assert not answer.startswith("有用") and "劳动保障监察" in answer


@pytest.mark.parametrize("text", ["找你们有用吗", "在这里反映有啥用", "跟你们说管用吗"])
def test_whether_coming_here_helps_is_a_yes(text: str) -> None:
    answer = answer_in_context(detect_question(text), text, "包工头欠我们一万二的工资 过年都回不了家")
    assert answer.startswith("有用") and "劳动保障监察" in answer


@pytest.mark.parametrize(
    "text", ["只给退张优惠券 优惠券有啥用", "人都走了 赔个道歉有什麼用啊", "让我们等下一班 等到半夜有什么用"]
)
def test_scorn_for_what_the_other_side_offered_is_no_question_whether_we_help(text: str) -> None:
    answer = answer_in_context(detect_question(text), text, "酒店超售没房 只给退房费")
    assert not (answer or "").startswith("有用")


@pytest.mark.parametrize("text", ["说了有啥用", "跟你们讲有什么用", "有啥用啊 反正没人管"])
def test_scorn_for_telling_us_is_still_answered(text: str) -> None:
    assert detect_question(text) is K.DOES_IT_HELP
