"""Questions answered for what they ask: a fine is no fee, a retort asks nothing, a fear of being known asks to be
reassured, and the yearly report, a fine's appeal, a contract's force, a contract field taken back and the hotline
each get their own reviewed answer."""

from __future__ import annotations

import pytest

from actions.category_help import asks_to_choose
from actions.consultation import consultation_answers, is_consultation
from actions.question_clauses import is_duty_guess
from actions.question_detect import detect_question, question_clauses
from actions.question_kinds import QuestionKind
from actions.questions import answer_in_context, own_matter_answer
from actions.turn_context import reading_text
from bot.domain.knowledge import faq_answer


@pytest.mark.parametrize("message", ["忘了报 会罚钱吗", "會罰錢嗎", "晚交了罚多少钱", "那没报的话要罚钱不"])
def test_a_fine_asked_about_is_no_fee(message: str) -> None:
    assert detect_question(message) is not QuestionKind.FEES


@pytest.mark.parametrize("message", ["反映要交钱吗", "登记收费不", "要花钱吗"])
def test_a_fee_is_still_a_fee(message: str) -> None:
    assert detect_question(message) is QuestionKind.FEES


@pytest.mark.parametrize("message", ["谁问你收费了", "谁问您要钱了", "谁问你们这个了"])
def test_a_retort_asks_nothing(message: str) -> None:
    assert question_clauses(message) == []


@pytest.mark.parametrize("message", ["号码不留了 担心老板晓得", "怕厂里知道了", "电话先不给 害怕物业发现"])
def test_a_fear_of_being_known_asks_to_be_reassured(message: str) -> None:
    assert detect_question(message) is QuestionKind.CONFIDENTIALITY


@pytest.mark.parametrize("message", ["我不怕他们知道", "就怕明天又下雨", "不担心"])
def test_no_fear_said_asks_nothing(message: str) -> None:
    assert detect_question(message) is None


@pytest.mark.parametrize(
    "message", ["抢我手机这事派出所应该会管吧", "被人打了 警察会管吧", "这种事公安能立案吧"]
)
def test_whether_an_office_takes_it_up_is_a_question(message: str) -> None:
    assert question_clauses(message)


@pytest.mark.parametrize(
    ("question", "story"),
    [
        ("那会不会罚款啊", "俺开了个五金店 去年的年报忘了报"),
        ("年報沒報 會罰款嗎", "我在镇上开小饭馆"),
        ("年报没报 会咋样啊", "个体户 开理发店的"),
        ("今年的年报还能补报不", "公司去年年报忘了弄"),
    ],
)
def test_the_yearly_report_missed_is_answered(question: str, story: str) -> None:
    answer = own_matter_answer(detect_question(question), question, story)
    assert answer is not None and "经营异常" in answer and "年度报告" in answer


def test_a_police_report_last_year_is_no_yearly_report() -> None:
    question, story = "会不会罚我", "我去年报了警 说他打我"
    assert own_matter_answer(detect_question(question), question, story) != faq_answer("annual_report_missed")


def test_the_yearly_report_asked_alone_gets_its_answer_beside_the_desk() -> None:
    answers = consultation_answers("开小吃店的个体户营业执照每年都得年报吗 去年没报 会不会被罚")
    assert any("经营异常" in answer for answer in answers)


@pytest.mark.parametrize(
    ("question", "story"),
    [
        ("签了字还能不服吗", "城管说我占道经营 罚了我五百"),
        ("这个罚款能不能复议", "交通局罚了我两千 说是超载"),
        ("罰款還能復議嗎", "市場監管局罰了我三千"),
        ("罚都罚了 还能不能不服", "环保局给厂子开了罚单 罚款五万"),
    ],
)
def test_a_fine_is_reviewed_or_sued_over_by_choice(question: str, story: str) -> None:
    answer = own_matter_answer(detect_question(question), question, story)
    assert answer == faq_answer("review_penalty")
    assert "60日" in answer and "6个月" in answer and "当场" in answer


def test_an_employers_fine_gets_no_review() -> None:
    question, story = "能不能申请复议", "厂里罚了我两百 说我迟到"
    assert own_matter_answer(detect_question(question), question, story) != faq_answer("review_penalty")


def test_an_organ_that_does_not_act_keeps_its_own_answer() -> None:
    question, story = "能不能申请复议", "社保局拖了三个月都不给办退休手续"
    assert own_matter_answer(detect_question(question), question, story) == faq_answer("review_can_apply")


def test_review_or_suit_of_a_fine_is_no_desk_to_ask() -> None:
    assert not is_consultation("罚款能不能不复议 直接去法院告他们")


@pytest.mark.parametrize(
    ("question", "story"),
    [
        ("房东能随便涨房租吗", "租房合同签了两年 才住半年"),
        ("这种协议算不算数", "跟装修公司签了协议 他们说违约要赔三万"),
        ("合同還沒到期 他們能單方面漲價嗎", "我們簽了三年的供貨合同"),
        ("凭啥说涨就涨", "合同写的一年一万二 现在要两万"),
    ],
)
def test_a_contract_binds_both_sides(question: str, story: str) -> None:
    answer = own_matter_answer(detect_question(question), question, story)
    assert answer == faq_answer("contract_binding") and "第465条" in answer.replace(" ", "")


def test_a_kindergartens_fee_keeps_its_own_answer() -> None:
    question, story = "普惠园能随便涨价吗", "孩子上的普惠园 签了入园协议 现在每月涨三百"
    assert own_matter_answer(detect_question(question), question, story) != faq_answer("contract_binding")


@pytest.mark.parametrize(
    ("question", "story"),
    [
        ("村上凭啥收俺的地", "俺家承包的十几亩田被村上收了 包给了别人"),
        ("他们到底有没有权收", "我们组承包的那几亩地 村委会说收回就收回"),
        ("这样合法吗", "承包的三亩责任田 合同到2028年 村里现在收走了"),
    ],
)
def test_a_contract_field_taken_back_is_answered_with_the_law(question: str, story: str) -> None:
    answer = own_matter_answer(detect_question(question), question, story)
    assert answer == faq_answer("land_contract_taken") and "不得收回" in answer


@pytest.mark.parametrize("question", ["拆了能赔不", "这损失能要补偿吗"])
def test_damages_for_a_shed_the_town_pulled_down_are_not_how_to_report_one(question: str) -> None:
    story = "镇里执法队说我家院子的棚子是违建 没通知就拆了"
    assert "城乡规划法" not in (answer_in_context(detect_question(question), question, story) or "")


@pytest.mark.parametrize("question", ["12345还要打吗", "那市长热线要不要打", "没有 12345要打吗"])
def test_whether_to_call_the_hotline_too(question: str) -> None:
    story = "楼下烧烤店天天半夜还开着 吵得睡不着"
    assert own_matter_answer(detect_question(question), question, story) == faq_answer("hotline_first")


@pytest.mark.parametrize("question", ["快递丢了咋投诉", "打车被绕路了去哪儿投诉", "外卖吃出虫子 怎么举报"])
def test_how_to_complain_asks_where(question: str) -> None:
    assert detect_question(question) is QuestionKind.WHICH_OFFICE


@pytest.mark.parametrize("message", ["算啥类俺也搞不清", "属于哪一类我不知道", "是哪个类 我说不清"])
def test_the_class_not_known_is_left_to_the_bot(message: str) -> None:
    assert asks_to_choose(message)


@pytest.mark.parametrize(
    ("clause", "guess"),
    [
        ("保险应该是单位交的吧", True),
        ("这个钱该是老板出的吧", True),
        ("应该是去年吧", False),
        ("大概三月份吧", False),
    ],
)
def test_a_duty_put_as_a_guess(clause: str, guess: bool) -> None:
    assert is_duty_guess(clause) is guess


@pytest.mark.parametrize("message", ["要钱不 打官司我可没钱", "要花钱吗 俺家哪有钱", "仲裁收费不 我们交不起"])
def test_why_the_cost_is_asked_is_part_of_the_question(message: str) -> None:
    assert reading_text(message) == ""


@pytest.mark.parametrize("message", ["没钱打官司", "要钱吗 我们没打官司"])
def test_a_plain_no_beside_a_cost_question_stays(message: str) -> None:
    assert reading_text(message) != ""


@pytest.mark.parametrize("message", ["罚款能不能不复议直接去法院起诉", "被罚了款 是先复议还是直接去法院告"])
def test_review_or_suit_asked_as_a_consultation_gets_both_limits(message: str) -> None:
    answers = consultation_answers(message)
    assert len(answers) == 1 and "6个月" in answers[0] and "第44条" in answers[0].replace(" ", "")
