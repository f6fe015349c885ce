"""A question is no new matter: after a filing, a question that goes on from the case filed is answered for it;
"不是新事…", "我不是要再登记一件…", "不用登记…" with a question stop an intake a question began; a question said word by
word by voice ("复议 收费 不") is still one question; whether an office is past its time limit gets the timetable."""

from __future__ import annotations

import pytest

from actions.asking_only import STOPPED, disowns_new_matter
from actions.filed_questions import after_filing_answer, tells_new_matter
from actions.not_a_matter import answer_instead_of_filing, declined
from actions.progress_turns import asks_if_overdue, asks_if_wait_is_normal
from actions.question_detect import detect_question, question_clauses
from actions.question_kinds import QuestionKind
from actions.questions import answer_in_context
from actions.struggle import threat_note
from actions.unsure_reading import tells_a_matter_unsure
from bot.domain import text as textutil
from bot.domain.knowledge import faq_answer

CASE = "XF20261207-0003"
LOAN_STORY = "我借给邻居五万块钱 法院判他还钱 判了半年了 他一直拖着不还 执行局说他名下啥也没有"
PERMIT_STORY = "我三月份向县住建局申请公开我们小区规划许可证 住建局拖到六月才答复 说不属于公开范围"


def filed(route: str, variant: str | None = None) -> dict:
    return {"case_number": CASE, "route": route, "route_variant": variant}


@pytest.mark.parametrize(
    "text",
    [
        "那他媳妇开的奥迪天天停在楼下 这个能算他的财产吗",
        "这个人现在天天在朋友圈晒旅游照片 能拿去给法官看吗",
        "那他老婆名下还有一套房子 能不能执行",
    ],
)
def test_a_question_going_on_from_the_case_filed_is_no_new_matter(text: str) -> None:
    assert not tells_new_matter(text, LOAN_STORY)
    answer = after_filing_answer(filed("litigation", "enforcement"), text, LOAN_STORY)
    assert answer is not None and CASE in answer


@pytest.mark.parametrize(
    "text",
    [
        "还有个事 我们楼下饭店的油烟天天往我家窗户里灌 物业不管 这个能反映吗",
        "隔壁工地半夜十二点还在打桩 吵得孩子睡不着觉 这个找谁",
    ],
)
def test_a_new_trouble_after_filing_is_still_a_new_matter(text: str) -> None:
    assert tells_new_matter(text, LOAN_STORY)
    assert after_filing_answer(filed("litigation", "enforcement"), text, LOAN_STORY) is None


@pytest.mark.parametrize(
    "text",
    [
        "顺便确认一下 住建局从三月拖到六月才答复 是否超过法定期限",
        "我不是要再登记一件 就想问问住建局答复是否超期了",
        "住建局答復拖了三個月 這算逾期嗎",
    ],
)
def test_whether_the_office_is_overdue_after_filing_gets_that_routes_limits(text: str) -> None:
    answer = after_filing_answer(filed("administrative_review", "info_disclosure"), text, PERMIT_STORY)
    assert answer is not None and "20个工作日" in answer and "超期" in answer


@pytest.mark.parametrize(
    "text",
    [
        "请问 我的信访件八月受理的 到现在还没出处理意见书 是不是超期了",
        "我那个事受理都过了三个多月了 答复算不算逾期",
        "信访事项受理以后一直没办结 这超过期限了吗",
    ],
)
def test_an_overdue_petition_asked_before_any_filing_gets_the_timetable(text: str) -> None:
    assert asks_if_overdue(textutil.normalize_for_parsing(text))
    assert answer_instead_of_filing({}, text, []) == [faq_answer("waiting")]


def test_an_overdue_word_about_ones_own_deadline_is_not_the_offices() -> None:
    assert not asks_if_overdue("复议我过了60天才去申请 超期了还能申请吗")
    assert not asks_if_wait_is_normal("复议我过了60天才去申请 还能申请吗")


def test_not_new_read_with_the_question_before() -> None:
    before = "请问我的信访件受理快三个月了还没给答复 是不是超期了"
    assert answer_instead_of_filing({}, "不是新事 俺就想问超没超期", [before]) == [faq_answer("waiting")]


@pytest.mark.parametrize(
    "text",
    ["不是新事 我就问问复议要不要钱", "我不是要再登记一件 只想问复议收费不", "不用登记 我问的是复议收不收费"],
)
def test_a_question_that_disowns_a_new_matter_stops_the_intake(text: str) -> None:
    assert disowns_new_matter(text)
    said = declined({"issue_text": "复议要交钱吗"}, text)
    assert said is not None and said.endswith(STOPPED) and "不收费" in said


def test_a_question_held_back_is_left_to_the_answer_instead_of_filing() -> None:
    text = "不用登记 我就想知道复议收不收费"
    said = declined({"requested_slot": "category"}, text, ["复议要多久"])
    assert said == "\n".join(answer_instead_of_filing({}, text, ["复议要多久"]) or [])
    assert "不收费" in said


def test_disowning_needs_a_question_to_stop_an_intake() -> None:
    assert declined({"issue_text": "低保被停了"}, "不是新事 还是低保那个事") is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("那个 复议 要 交钱 不", QuestionKind.FEES),
        ("喂 那个 上访 犯法 吗", QuestionKind.VISIT_LAWFUL),
        ("打官司 要 钱 不", QuestionKind.SUIT_COST),
    ],
)
def test_a_question_said_word_by_word(text: str, kind: QuestionKind) -> None:
    assert len(question_clauses(text)) == 1
    assert detect_question(text) is kind


def test_a_bare_no_after_a_statement_asks_nothing() -> None:
    assert question_clauses("他们不管 我也不") == []


@pytest.mark.parametrize(
    "text",
    ["你们再不解决 我们全组的人就去北京天安门", "再不給錢 俺們就上北京", "要是还不管 就去天安门"],
)
def test_going_to_beijing_as_a_threat_gets_article_20(text: str) -> None:
    note = threat_note(text)
    assert note is not None and "第20条" in note


def test_visiting_beijing_is_no_threat() -> None:
    assert threat_note("我儿子在北京上班 过年我去北京看他") is None


@pytest.mark.parametrize("text", ["复议和起诉选哪个好", "起诉跟复议选哪个 要多久", "行政复议或者起诉怎么选"])
def test_review_or_suit_weighed_gets_both_time_limits(text: str) -> None:
    assert detect_question(text) is QuestionKind.REVIEW_OR_SUE
    assert "6个月" in faq_answer("review_or_sue") and "15日" in faq_answer("review_or_sue")


@pytest.mark.parametrize("text", ["那如果复议了他们还是不给呢", "要是复议输了呢", "万一复议完还是不公开呢"])
def test_a_review_lost_asks_the_15_days_to_sue(text: str) -> None:
    assert detect_question(text) is QuestionKind.REVIEW_TIME


def test_a_supposed_case_without_a_question_particle_is_no_question() -> None:
    assert question_clauses("如果复议了他们还是不给 我就去法院") == []


@pytest.mark.parametrize("text", ["多久必须回我", "县里一直不回信 多长时间必须回俺", "几天能回信"])
def test_how_soon_they_must_write_back(text: str) -> None:
    assert detect_question(text) is QuestionKind.WHEN_HANDLED


@pytest.mark.parametrize("text", ["那个 仲裁 要 交钱 不", "承包地仲裁收费吗", "去仲裁要花钱不"])
def test_land_contract_arbitration_is_free(text: str) -> None:
    story = "村里把我家的承包地流转给了合作社 我没同意 地被推了"
    answer = after_filing_answer(filed("land_contract_arbitration"), text, story)
    assert answer == faq_answer("land_contract_arbitration_fee")


@pytest.mark.parametrize(
    "text",
    [
        "城管给我家下了限期拆除的决定 过了四十天了 还能复议吗",
        "区里给我們家下了個責令拆除的決定 能不能復議",
    ],
)
def test_a_demolition_order_is_a_decision_not_an_office_idle(text: str) -> None:
    answer = answer_in_context(detect_question(text), text)
    assert answer is not None and "60日" in answer and "不办事的情况" not in answer


def test_an_office_that_does_nothing_is_still_inaction() -> None:
    text = "我申请低保半年了 民政局一直拖着不办 我能不能申请复议"
    assert "不办事的情况" in (answer_in_context(detect_question(text), text) or "")


@pytest.mark.parametrize(
    "text", ["你们不会把我名字说出去吧", "我的身份不会传出去吧 我怕他报复", "真的不会把是我举报的透露出去吧"]
)
def test_a_name_told_to_others_is_a_confidentiality_question(text: str) -> None:
    assert detect_question(text) is QuestionKind.CONFIDENTIALITY
    answer = after_filing_answer(filed("discipline_inspection"), text, "我举报村主任贪污扶贫款")
    assert answer is not None and "第30条" in answer


@pytest.mark.parametrize(
    "text",
    ["不用登记 我想问省里复核都做完了 再去北京有没有用", "复核意见都下来了 我再去反映管用吗"],
)
def test_after_the_last_review_the_same_matter_is_not_taken_again(text: str) -> None:
    answer = answer_in_context(detect_question(text), text)
    assert answer == faq_answer("after_reexamination") and "不再受理" in answer


def test_going_to_beijing_without_a_review_done_keeps_its_answer() -> None:
    text = "县里不管 我去北京有没有用"
    assert answer_in_context(detect_question(text), text) != faq_answer("after_reexamination")


@pytest.mark.parametrize(
    "text", ["那复查找谁 区民政局上一级是哪个", "复查去哪里申请", "我想问复查向谁提 县卫健委的上级是哪个"]
)
def test_where_a_petition_answer_is_reviewed(text: str) -> None:
    story = "县里给我的信访事项出了答复意见书 说不归他们管 我不服"
    answer = answer_in_context(detect_question(text), text, story)
    assert answer == faq_answer("petition_review_where") and "人民政府" in answer


@pytest.mark.parametrize(
    "text", ["那县里一直不回信 多久必须回我", "登记了以后几天能回信", "多长时间必须回俺"]
)
def test_an_ordinary_petition_filed_gets_every_step_of_its_timetable(text: str) -> None:
    story = "村里修路的钱去向不明 给县信访局寄了信 一直没回"
    assert after_filing_answer(filed("petition"), text, story) == faq_answer("waiting")
    assert "15日" in faq_answer("waiting") and "60日" in faq_answer("waiting")


@pytest.mark.parametrize(
    "text", ["找医调委调解要交钱吗", "医疗纠纷人民调解收费不", "去医调委要花钱不 尸检还来得及吗"]
)
def test_medical_mediation_is_free(text: str) -> None:
    story = "我妈在县医院做完手术第二天人就没了 医院说是并发症"
    answer = after_filing_answer(filed("litigation", "medical"), text, story)
    assert answer == faq_answer("medical_mediation_fee") and "不收取" in answer


@pytest.mark.parametrize(
    "text",
    [
        "答复意见收到都四十多天了 过了30天还能不能复查",
        "复查过期了咋办 我那时候在住院",
        "錯過了複查的時間 還來得及複查嗎",
    ],
)
def test_a_review_asked_after_its_30_days(text: str) -> None:
    answer = answer_in_context(detect_question(text), text)
    assert answer == faq_answer("petition_review_late") and "12345" not in answer


@pytest.mark.parametrize("text", ["请问我该如何救济", "这种情况怎么寻求法律救济", "我该走哪条途径"])
def test_how_to_seek_a_remedy_asks_the_lawful_way(text: str) -> None:
    assert detect_question(text) is QuestionKind.WHICH_OFFICE


@pytest.mark.parametrize(
    "text", ["你们就不能直接让公司赔吗", "你们帮我叫厂里把钱赔了行不行", "你們能不能讓老闆把錢賠給我"]
)
def test_the_office_asked_to_make_them_pay_names_the_procedure(text: str) -> None:
    story = "干了五年被公司辞退了 一分补偿没有"
    answer = after_filing_answer(filed("labour_arbitration"), text, story)
    assert answer is not None and "45日" in answer and "民法典" not in answer


@pytest.mark.parametrize(
    "text",
    [
        "我是问过了三十天怎么办 还能不能复查 我有住院证明",
        "俺问的是 罚款过了60天还能不能复议 俺那时候在外地打工",
    ],
)
def test_a_question_said_again_is_no_story(text: str) -> None:
    assert not tells_a_matter_unsure(text)


def test_a_grievance_asked_politely_is_still_a_story() -> None:
    assert tells_a_matter_unsure("请问一下 我家楼上天天半夜装修 吵得孩子睡不着 物业也不管 这个能投诉吗")
