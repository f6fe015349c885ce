"""What old people and their families write, read right: a name typed as "姓 全名", a question about suing or a
word ("要花钱吗打官司", "复议是啥") at the court question, children who do not support a parent told in any words
(赡养费: no time limit, 民法典 第196条), a son who beats his old mother (no youth line), an allowance's certification,
a care home's food and an old compound dug up and left, and "跟谁说去" (nobody to tell, no question)."""

from __future__ import annotations

from datetime import date

import pytest

from actions.consultation import follow_up_answer
from actions.correction_parse import parse_corrections
from actions.question_clauses import question_clauses
from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.questions import answer_in_context
from actions.route_slots import fresh_decision
from actions.service_offices import office_for
from bot.domain.crisis_lines import extra_lines
from bot.domain.elder_support import children_fail_parent
from bot.domain.knowledge import explain_route
from bot.domain.safety import says_safe_now
from bot.domain.story_topics import with_topics
from bot.domain.time_left import limitation_warning
from bot.parsing.legal_status import detect_legal_status
from bot.parsing.name_answer import read_name_answer
from bot.route_model.readings_money import swindled_and_gone
from bot.route_model.readings_services import care_home_matter, public_works_stalled, support_withheld


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("段 段永昌", "段永昌"),
        ("覃 覃振华", "覃振华"),
        ("許 許文靜", "许文静"),
        ("刘 刘志芳", "刘志芳"),
        ("欧阳 欧阳修", "欧阳修"),
        ("王 有 田", "王有田"),  # a name typed a character at a time stays one name
        ("姓段 段永昌", "段永昌"),
        ("钱桂英 病人是我老伴 叫孙德胜", "钱桂英"),  # her own name first, then the patient's
        ("王大勇 我是他儿子叫王小兵", "王小兵"),  # the writer's own name, said after whose son he is
    ],
)
def test_surname_then_whole_name(text, name):
    assert read_name_answer(text).name == name


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("没有 要花钱吗打官司", "none"),
        ("要多少钱打官司", None),
        ("打官司要花钱吗", None),
        ("沒有 打官司要錢嗎", "none"),
        ("没有 没打官司 复议是啥 我妈七十多了不懂这个", "none"),
        ("复议是啥", None),
        ("仲裁啥意思", None),
        ("申请过复议 是啥结果也没有", "administrative_decision"),  # not asked what the word means
        ("打过官司", "in_court"),
        ("花钱打官司了 判了", "judged"),
    ],
)
def test_a_question_at_the_court_question_is_no_suit(text, status):
    assert detect_legal_status(text) == status


@pytest.mark.parametrize(
    "text",
    [
        "俺爹今年七十八了 三个儿子没一个管他的 一分钱不给",
        "三个儿女没一个管我 病了也没人问",
        "儿女不给生活费",
        "俩儿子都不管我",
    ],
)
def test_children_failing_a_parent(text):
    assert children_fail_parent(text)
    assert support_withheld(text)
    assert "赡养" in with_topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "我妈让卖保健品的骗了 七万多 全是她的养老钱",
        "孩子在学校被打了 老师不管",
        "物业都不管",
        "我儿子一个月给我二百块",
    ],
)
def test_no_support_claim(text):
    assert not children_fail_parent(text)


def test_support_told_in_other_words_has_no_time_limit_and_no_married_out_note():
    story = "俺爹今年七十八了 三个儿子没一个管他的 一分钱不给 俺是他闺女 嫁出去了 俺想问问能告他们不"
    reply = explain_route("litigation", "civil_dispute", story=story)
    assert "赡养费" in reply and "不受诉讼时效限制" in reply
    assert "外嫁女" not in reply  # she only says who she is
    assert "诉讼时效一般是3年" not in reply


def test_a_fraud_victims_savings_are_no_support():
    story = "我妈让卖保健品的骗了 七万多 全是她的养老钱 那个公司叫康寿源 现在人去楼空了"
    assert "赡养费" not in explain_route("litigation", "civil_dispute", story=story)


def test_married_out_daughters_share_still_noted():
    story = "我是外嫁女 户口还在村里 村里分征地补偿款不给我"
    assert "外嫁女" in explain_route("litigation", "civil_dispute", story=story)


@pytest.mark.parametrize("text", ["我儿子喝了酒就打我 昨天晚上又打了 我七十二了", "闺女揍俺", "儿子打他妈"])
def test_a_grown_child_hitting_a_parent_is_no_youth_matter(text):
    assert "12355" not in [line.number for line in extra_lines(text, ("110",))]


@pytest.mark.parametrize("text", ["孩子被打了", "儿子在学校被同学打", "我女儿不想活了"])
def test_a_child_at_risk_still_gets_the_youth_line(text):
    assert "12355" in [line.number for line in extra_lines(text, ("110",))]


def test_certification_of_the_storys_allowance():
    story = "我是于都县 宽田乡的 我那个高龄补帖 去年还有 今年一直没发 村里说要我自己去认证"
    asked = "能不能叫他们上门来给我认证 我走不动"
    assert "民政" in office_for(asked, story=story)
    assert "12333" not in office_for(asked, story=story)
    assert "养老金" in office_for(asked, story="退休金停了")
    assert "养老金" in office_for("养老金认证怎么弄", story=story)  # the question says what


def test_care_home_food_and_a_compound_dug_up():
    assert care_home_matter("我妈的养老院伙食太差了 一个月交三千五 天天白菜豆腐 老人都瘦了")
    assert public_works_stalled("我们这个小区老旧小区改造 把院子全挖开了 挖了就走了 三个月没人管")
    assert not public_works_stalled("小区院子里挖了个坑种树")


@pytest.mark.parametrize("text", ["没有 跟谁说去 丢人", "上哪说去"])
def test_nobody_to_tell_asks_nothing(text):
    assert question_clauses(text) == []


def test_asking_whom_to_tell_is_a_question():
    assert question_clauses("我该跟谁说") == ["我该跟谁说"]


def test_papers_and_the_fee_asked_together_both_answered():
    before = "我想问问那个高龄补贴咋申请 我今年八十了"
    both = follow_up_answer(before, "要带啥材料 要钱不")
    assert "身份证" in both and "不收费" in both
    assert "不收费" not in follow_up_answer(before, "要带啥材料")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("对 今天能来水不 没水做饭", QuestionKind.OTHER),  # the water back on, not the office open
        ("今天能不能来电", QuestionKind.OTHER),
        ("明天能来吗", QuestionKind.OFFICE_HOURS),
        ("没有 没打官司 复议是啥 我妈七十多了不懂这个", QuestionKind.WHAT_IS_REVIEW),
        ("没有 要花钱吗打官司", QuestionKind.SUIT_COST),  # the cost asked first, the suit after it
        ("打官司要花钱吗", QuestionKind.SUIT_COST),
    ],
)
def test_what_is_asked(text, kind):
    assert detect_question(text) is kind


def test_asking_if_the_street_office_helps_with_neighbours_gets_mediation():
    story = "我们楼要加装电梯 一楼二楼的不同意 天天吵"
    asked = "一楼老张家 二楼姓陈的 名字不晓得 找街道有用没"
    answer = answer_in_context(detect_question(asked), asked, story)
    assert "人民调解委员会" in answer and "不收费" in answer
    owed = "我在工地干活 老板欠我工资三个月"
    assert "调解委员会" not in answer_in_context(detect_question("找社区有用吗"), "找社区有用吗", owed)


def test_a_purchase_date_starts_no_limitation_count():
    bought = "開發商把我的車位賣了兩次 我2019年買的 交了十二萬 現在另一個人拿著合同說是他的"
    said = limitation_warning("litigation", "civil_dispute", "2019", date(2026, 12, 6), story=bought)
    assert "可能已经过了" not in said and "不一定就是起算的那天" in said
    lent = "2021年借给他五万块钱 一直不还"
    assert "可能已经过了" in limitation_warning(
        "litigation", "civil_dispute", "2021", date(2026, 12, 6), story=lent
    )


def test_a_care_home_resident_tied_up_is_told_110():
    assert "110" in explain_route(
        "petition", None, story="养老院把我母亲绑在床上 手腕都勒紫了 我昨天去看才发现"
    )
    assert "110" not in explain_route("petition", None, story="小区路灯坏了半年没人修")


def test_calling_an_office_is_no_question_of_who_learns():
    assert detect_question("你们能不能今天就打电话给民政 我妈在里面") is not QuestionKind.CONFIDENTIALITY
    assert detect_question("我的电话会给他吗") is QuestionKind.CONFIDENTIALITY


def test_an_allowance_stopped_gets_no_pension_line():
    story = "我那个高龄补帖 去年还有 今年一直没发 村里说要我自己去认证"
    assert "12333" not in explain_route("administrative_review", "review_first", story=story)
    assert "12333" in explain_route("administrative_review", "review_first", story="养老金停发了 说我没认证")


def test_how_much_support_one_can_get_is_no_fee_question():
    assert detect_question("我就问问 不登记 我没想告他 我问的是一个月能要多少钱") is not QuestionKind.FEES
    assert detect_question("登记要多少钱") is QuestionKind.FEES
    assert detect_question("赡养费一个月能要多少 我儿子一个月给我二百块 够干啥的") is QuestionKind.SUPPORT
    answer = answer_in_context(QuestionKind.SUPPORT, "赡养费一个月能要多少")
    assert "负担能力" in answer and "当地的生活水平" in answer


def test_swindled_and_the_swindler_gone_is_for_the_police():
    story = "我妈让卖保健品的骗了 七万多 全是她的养老钱 那个公司叫康寿源 现在人去楼空了"
    decision = fresh_decision({"issue_text": story, "category": "其他", "legal_status": "none"})
    assert (decision.code, decision.variant) == ("litigation", None)
    assert "报案" in decision.reason
    assert not swindled_and_gone("老板跑了 欠我们三个月工资 说是被人骗了")  # wages owed: labour
    # an online swindler gone by blocking the one he took from
    assert swindled_and_gone("网上做任务被骗了八千 转完账就把我拉黑了")
    assert swindled_and_gone("被網友騙了三萬 現在把我刪了")  # traditional characters
    assert swindled_and_gone("网上兼职刷单 垫了五千块 对方就把我拉黑了")  # the swindle by its common name
    judged = {"issue_text": "开发商骗了我们的房款跑了，法院都判了还是拿不回钱", "legal_status": "judged"}
    assert fresh_decision(judged).variant == "enforcement"


@pytest.mark.parametrize(
    "asked",
    ["对 提交 我就想问房子能不能先拦住不让他卖", "还有他要卖房子了 能不能先拦住别让他卖", "房子能冻结吗"],
)
def test_a_house_in_dispute_can_be_held_from_sale(asked):
    story = "我爸妈去世留下一套房子 我哥一个人占着不让我们姐妹进门 还把房子挂出去要卖"
    answer = answer_in_context(detect_question(asked), asked, story)
    assert "财产保全" in answer and "第104条" in answer


def test_asked_to_phone_an_office_today():
    asked = "你们能不能今天就打电话给民政 我妈在里面"
    assert answer_in_context(detect_question(asked), asked, "养老院把我母亲绑在床上").startswith(
        "我打不了电话"
    )


@pytest.mark.parametrize("text", ["我没事 就是心里难受 说说", "我没事了 就是想找人说说话"])
def test_all_right_and_only_wanting_to_talk(text):
    assert says_safe_now(text)


@pytest.mark.parametrize("text", ["我没事 是我妈被打了", "我没事 就是不想活了", "他说我没事找事"])
def test_no_all_clear(text):
    assert not says_safe_now(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("名字写我的 钱桂英 是我来反映的", "钱桂英"),
        ("名字写我爸李保国", "李保国"),
        ("名字改成小周", "小周"),
        ("姓名是阿依古丽·吐尔逊", "阿依古丽·吐尔逊"),  # one name, no clause beside it: no "是" kept
    ],
)
def test_name_corrected_among_other_clauses(text, name):
    assert [(r.slot, r.value) for r in parse_corrections(text)] == [("petitioner_name", name)]


@pytest.mark.parametrize(
    ("text", "slot", "value"),
    [
        ("反映对象写残联就得", "respondent", "残联"),  # 粤语: 就得 is 就行
        ("反映对象写残联就好", "respondent", "残联"),
        ("名字写李四就可以", "petitioner_name", "李四"),
    ],
)
def test_that_will_do_is_no_part_of_the_value(text, slot, value):
    assert [(r.slot, r.value) for r in parse_corrections(text)] == [(slot, value)]
