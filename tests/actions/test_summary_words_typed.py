"""At the summary, what the citizen types is read for what it says: "算了 提交吧" files, a detail named alone
("反映对象") is asked again, a route title typed instead of tapped is that route; progress says of the notice
what the filing said."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from actions.conversation import DefaultFallback, HandleUnclear, ReplyOutOfScope
from actions.correction_labels import detail_named_alone
from actions.progress_reply import filed_variant
from actions.route_question import titled_route
from actions.stop_intake import StopIntake, wants_it_filed
from bot.domain.knowledge import notice_line
from bot.domain.text import normalize_for_parsing
from tests.actions.conftest import make_tracker, run_action, texts

SUMMARY = {
    "issue_text": "国土所所长何建平收了我两万块才给宅基地盖章",
    "category": "纪检监察",
    "location": "四川省南充市仪陇县新政镇",
    "location_code": "511324100",
    "respondent": "国土所所长",
    "awaiting_confirmation": True,
}


@pytest.mark.parametrize(
    "text",
    [
        "算了 提交吧",
        "算了提交吧！",
        "行了行了 就这样登记吧",
        "別問了 交上去吧",
        "確認提交",
        "好了 报上去吧",
        "提交吧 算了算了",
        "那算了 照样提交吧",
        "那也照样登记吧",
        "行 还是给我交上去",
        "怕也没办法 该提交就提交",
    ],
)
def test_giving_up_checking_is_asking_to_file(text):
    assert wants_it_filed(text)


@pytest.mark.parametrize(
    "text",
    [
        "算了 不提交了",
        "先不提交 我再想想",
        "算了不弄了",
        "算了",
        "取消吧",
        "不登记了",
        "唔好提交",
        "好吧 就这样吧",
        "别提交",
    ],
)
def test_a_real_stop_is_no_submission(text):
    assert not wants_it_filed(text)


async def test_submit_at_the_summary_files_instead_of_stopping():
    tracker = make_tracker("算了 提交吧", intent="stop", slots=SUMMARY, active_loop=None)
    slots, dispatcher, _ = await run_action(StopIntake(), tracker)
    # filed here: a follow-up action left the rules nothing to predict after it ("没太明白", hn-025)
    assert slots["case_number"] and slots["awaiting_confirmation"] is False
    assert "已经帮您登记好了" in texts(dispatcher) and "先到这里" not in texts(dispatcher)


@pytest.mark.parametrize("action", [HandleUnclear(), ReplyOutOfScope()])
@pytest.mark.parametrize("text", ["那算了 照样提交吧", "那也照样登记吧 怕啥", "行吧 還是提交吧"])
async def test_filing_anyway_after_a_question_files(action, text):
    # after "市场那边会知道是我反映的吗" is answered at the summary: the go-ahead is no unclear message
    tracker = make_tracker(text, intent="nlu_fallback", slots=SUMMARY, active_loop=None)
    _, dispatcher, _ = await run_action(action, tracker)
    assert "登记好了" in texts(dispatcher) and "没太明白" not in texts(dispatcher)


@pytest.mark.parametrize("more_matters", [False, True])
@pytest.mark.parametrize("text", ["对 交了 这个要好久才有结果", "对的 交了吧", "可以 交嘛 谢谢"])
async def test_a_yes_the_classifier_was_unsure_of_files(more_matters, text):
    # "对 交了" (submit it) read as nothing by the classifier: with a second matter waiting too, it is a yes
    slots = {
        **SUMMARY,
        "more_matters": more_matters,
        "pending_matters": ["镇卫生院医保不给报销"] if more_matters else None,
    }
    tracker = make_tracker(text, intent="nlu_fallback", slots=slots, active_loop=None)
    filed, dispatcher, events = await run_action(HandleUnclear(), tracker)
    assert filed["case_number"] and "登记好了" in texts(dispatcher) and "没太明白" not in texts(dispatcher)
    if more_matters:
        assert {"event": "followup", "name": "action_offer_next_matter", "timestamp": None} in events


async def test_a_stop_without_a_summary_still_stops():
    tracker = make_tracker("算了 提交吧", intent="stop", slots={}, active_loop=None)
    _, dispatcher, _ = await run_action(StopIntake(), tracker)
    assert "先到这里" in texts(dispatcher)


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("反映对象", "respondent"),
        ("改一下反映对象吧", "respondent"),
        ("反映对象那一项", "respondent"),
        ("電話", "phone"),
        ("涉及人数不对", "people_count"),
        ("姓名写错了", "petitioner_name"),
        ("时间吧", "occurred_at"),
    ],
)
def test_a_detail_named_alone(text, slot):
    assert detail_named_alone(normalize_for_parsing(text)) == slot


@pytest.mark.parametrize(
    "text", ["反映对象改成国土所", "我要反映", "反映对象 所长名字没写上", "对，提交", "没问题"]
)
def test_more_than_a_detail_named(text):
    assert detail_named_alone(normalize_for_parsing(text)) is None


@pytest.mark.parametrize("action", [HandleUnclear(), DefaultFallback()])
async def test_the_detail_chosen_to_change_is_asked_again(action):
    tracker = make_tracker("反映对象", intent="nlu_fallback", slots=SUMMARY, active_loop=None)
    slots, dispatcher, events = await run_action(action, tracker)
    assert slots["respondent"] is None and slots["awaiting_confirmation"] is False
    assert "反映对象" in texts(dispatcher) and "没太明白" not in texts(dispatcher)
    assert {"event": "followup", "name": "intake_form", "timestamp": None} in events


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("劳动保障监察投诉（欠薪、社保等）", "labour_inspection"),
        ("劳动保障监察投诉(欠薪、社保等)", "labour_inspection"),
        ("勞動保障監察投訴（欠薪、社保等）", "labour_inspection"),
        ("就选 民事纠纷：调解或民事诉讼", "litigation/civil_dispute"),
        ("12345政务服务便民热线", "hotline_12345"),
        ("国家赔偿", "state_compensation"),
    ],
)
def test_a_typed_route_title_is_that_route(text, label):
    assert titled_route(normalize_for_parsing(text)) == label


@pytest.mark.parametrize("text", ["我想咨询一下", "表扬", "劳动监察", "第一个", "不知道"])
def test_words_that_are_no_whole_title_choose_nothing(text):
    assert titled_route(normalize_for_parsing(text)) is None


@pytest.mark.parametrize(
    ("reason", "variant"),
    [
        (
            "按反映内容判断：民事纠纷：调解或民事诉讼（0.71），其次涉法涉诉：法院、检察院的法定程序（0.12）",
            "civil_dispute",
        ),
        (
            "按反映内容判断：涉法涉诉：法院、检察院的法定程序（0.61），其次民事纠纷：调解或民事诉讼（0.2）",
            "court_case",
        ),
        ("群众在建议途径中选择了：医疗纠纷：协商、调解或诉讼", "medical"),
        ("按反映内容判断", None),
        (None, None),
    ],
)
def test_progress_reads_the_variant_the_filing_told(reason, variant):
    case = SimpleNamespace(route="litigation", route_reason=reason)
    assert filed_variant(case) == variant


def test_progress_and_filing_say_the_same_of_a_civil_disputes_notice():
    case = SimpleNamespace(route="litigation", route_reason="按反映内容判断：民事纠纷：调解或民事诉讼（0.7）")
    told_at_filing = notice_line("litigation", identified=True, variant="civil_dispute")
    assert notice_line("litigation", identified=True, variant=filed_variant(case)) == told_at_filing


async def test_a_correction_before_submitting_is_applied_first():
    tracker = make_tracker(
        "人数是二十几个家长 不是几个 其他对 提交吧",
        intent="nlu_fallback",
        slots={**SUMMARY, "people_count": "几个家长"},
        active_loop=None,
    )
    _, dispatcher, _ = await run_action(HandleUnclear(), tracker)
    assert "登记好了" not in texts(dispatcher)
