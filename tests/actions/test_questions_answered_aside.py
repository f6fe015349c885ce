"""Questions the FAQ has no entry for are still answered when the knowledge data can: whether something is lawful
or can be undone (only the organ in charge rules, the story's route says where), a hospital refusing the
records (医疗纠纷预防和处理条例 第16条, 民法典 第1225条), who decides about a service the story names ("能让他们
上门认证吗" of a pension: the social insurance office, 12333); such a question at the summary is never more story.
"俺先问问 俺能不能告村委会" is answered and the intake waits; a second question in the first message is answered
too ("要带什么材料 交上去以后多久能有个结果": the 60 days)."""

from __future__ import annotations

import pytest

from actions.faq_reply import further_answers, specific_answer
from actions.not_a_matter import PAUSED, declined
from actions.question_detect import detect_question
from actions.questions import answer_in_context, answered_aside

PENSION = "我爸的养老金这个月突然停了 社保局说没做生存认证 老人不会用手机啊 宝鸡渭滨区 他今年78了"
LOW_INCOME = "原来吃着低保 今年八月份突然就停了 去秦州区民政局问 说是系统里查到我儿子有车"


@pytest.mark.parametrize(
    ("text", "story", "said"),
    [
        ("能让他们上门认证吗 老人真下不了床", PENSION, "12333"),
        ("能上門認證嗎", PENSION, "社保经办机构"),  # traditional characters
        ("秦州区民政局嘛 我问的是低保还能恢复不", LOW_INCOME, "民政"),
        ("那低保还能补发不", None, "民政"),
    ],
)
def test_a_service_question_is_answered_aside(text: str, story: str | None, said: str) -> None:
    assert answered_aside(text, story)
    answer = answer_in_context(detect_question(text), text, story)
    assert answer and said in answer


@pytest.mark.parametrize(
    ("text", "story"),
    [
        ("这不是糊弄人吗", None),  # rhetorical, nothing to answer
        ("为什么他们这样对待一个七十八岁的老人 每次去窗口都让我们回去等通知", PENSION),  # more of the story
    ],
)
def test_not_every_question_is_answered_aside(text: str, story: str | None) -> None:
    assert not answered_aside(text, story)


def test_whether_lawful_names_who_decides_and_no_verdict() -> None:
    text = "这合法吗"
    answer = answer_in_context(detect_question(text), text)
    assert "依法核查" in answer and "不能替他们下结论" in answer


def test_medical_records_answer_cites_the_articles() -> None:
    text = "医院不给病历合法吗 我要怎么拿到"
    answer = answer_in_context(detect_question(text), text, "我阿爸在医院做手术 第二天就冇了")
    for said in ("复制", "近亲属", "第16条", "第1225条", "12320"):
        assert said in answer


def test_seized_goods_asked_at_the_summary_keep_the_story() -> None:
    story = "城管昨天把我店门口的桌子全收走了 还罚了2000 说我占道经营"
    answer = specific_answer("桌子还能要回来吗 没给我开什么单子", story=story)
    assert "清单" in answer and "行政强制法" in answer


@pytest.mark.parametrize(
    "text", ["俺先问问 俺能不能告村委会", "我先咨询一下 能起诉他们吗", "先了解一下 这个能告不"]
)
def test_asking_first_is_answered_and_the_intake_waits(text: str) -> None:
    reply = declined({"issue_text": "村委会把俺家的集体分红扣了三年不给"}, text)
    assert reply and reply.endswith(PAUSED) and len(reply) > len(PAUSED)


def test_asking_first_without_an_intake_is_no_decline() -> None:
    assert declined({}, "俺先问问 俺能不能告村委会") is None
    assert declined({"issue_text": "村委会扣了分红"}, "我就问问 能不能匿名") is None


def test_every_question_of_the_first_message_is_answered() -> None:
    text = "请问一下 去信访要带些什么材料 交上去以后多久能有个结果"
    extra = further_answers(text, None, answer_in_context(detect_question(text), text))
    assert extra and "60日" in extra[0]


@pytest.mark.parametrize(
    "text",
    [
        "我早就申请过执行了啊 立了执行案 是执行法官不干活 还要我再申请一次？",
        "复议早就申请过了 他们不理 难道还得我再跑一趟？",
        "材料都交过三遍了 還要我再交一次？",  # traditional characters
    ],
)
def test_asked_back_after_filing_is_about_the_case(text: str) -> None:
    from actions.filed_questions import after_filing_answer

    slots = {"case_number": "XF20261205-0007", "route": "litigation", "route_variant": None}
    answer = after_filing_answer(slots, text)
    assert answer and "XF20261205-0007" in answer


def test_a_new_matter_after_filing_is_still_a_story() -> None:
    from actions.filed_questions import after_filing_answer

    slots = {"case_number": "XF20261205-0007", "route": "litigation", "route_variant": None}
    assert after_filing_answer(slots, "还有个事 我家隔壁的厂天天半夜排废气 熏得人睡不着 这个归谁管？") is None


def test_an_answer_with_asking_first_keeps_the_intake() -> None:
    # "没有" answers the court question; the question after it is answered by the intake, which goes on (dc-018)
    assert (
        declined(
            {"issue_text": "我爸去年在县医院做胆囊手术 医生把胆管弄破了"}, "没有 想先问问能不能不打官司解决"
        )
        is None
    )
