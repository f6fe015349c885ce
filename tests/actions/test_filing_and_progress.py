"""Summary, filing (idempotent) and progress checks against a real SQLite case store."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import text as sql

from actions import services
from actions.filing import FileCase
from actions.progress import CheckProgress, ValidateProgressForm, extract_case_number, query_code_in
from actions.slots import NOT_PROVIDED
from actions.summary import ShowSummary, display_value
from bot.cases.crypto import encrypt_id_number
from tests.actions.conftest import make_tracker, run_action, texts

STORY = "小区门口的烧烤店每天晚上吵到凌晨两点，油烟也很大，投诉过物业没用。<b>请管管</b> 😡"
FILLED = {
    "issue_text": STORY,
    "category": "环境保护",
    "category_confidence": 0.82,
    "location": "广东省广州市天河区石牌街道",
    "location_code": "440106005",
    "occurred_at": "2026-10",
    "respondent": "烧烤店",
    "legal_status": "none",
    "prior_report": "找过物业，没有回复",
    "people_count": "30",
    "petitioner_name": "李秀英",
    "phone": "13800138000",
    "id_number": "110105********002X",
    "intake_id": "intake-1",
    "awaiting_confirmation": True,
    "evidence": [{"kind": "image", "media_id": "MEDIA_1", "url": "http://mmbiz.qpic.cn/abc"}],
}


def filled(**overrides):
    slots = dict(FILLED)
    slots["id_number_encrypted"] = encrypt_id_number("11010519491231002X")
    slots.update(overrides)
    return slots


async def test_summary_masks_phone_and_id_and_asks_for_confirmation():
    slots, dispatcher, _ = await run_action(ShowSummary(), make_tracker(slots=filled(), active_loop=None))
    summary = texts(dispatcher)
    assert "138****8000" in summary
    assert "13800138000" not in summary
    assert "11010519491231002X" not in summary
    assert "广东省广州市天河区石牌街道" in summary
    assert "发生时间：2026年10月" in summary
    assert slots["awaiting_confirmation"] is True
    assert dispatcher.messages[-1]["response"] == "utter_ask_confirm"


@pytest.mark.parametrize(
    ("stored", "spoken"),
    [
        ("2026-10-15", "2026年10月15日"),
        ("2026-10", "2026年10月"),
        ("2025", "2025年"),
        ("2026-08-01~2026-11-28", "2026年8月1日至2026年11月28日"),
        ("2025-12~2026-02", "2025年12月至2026年2月"),
        ("未提供", "未提供"),
        ("去年冬天", "去年冬天"),
    ],
)
def test_times_read_as_dates_in_the_summary(stored, spoken):
    assert display_value("occurred_at", stored) == spoken


async def test_confirmed_case_is_filed_once_with_every_field():
    tracker = make_tracker("确认", intent="affirm", slots=filled(), active_loop=None, sender_id="conv-42")
    slots, dispatcher, _ = await run_action(FileCase(), tracker)
    number = slots["case_number"]
    assert number.startswith("XF") and number in texts(dispatcher)
    assert slots["route"] == "hotline_12345"
    assert "12345" in texts(dispatcher)
    assert slots["awaiting_confirmation"] is False
    assert slots["issue_text"] is None, "the next matter starts clean"

    # a retried action (same tracker) never makes a second case
    again, _, _ = await run_action(FileCase(), tracker)
    assert again["case_number"] == number

    repo = services.case_repository()
    case = repo.get_by_number(number)
    assert case.issue_text == STORY
    assert case.conversation_id == "conv-42"
    assert case.location_code == "440106005"
    assert case.category == "环境保护"
    assert case.people_count == 30
    assert case.collective is True
    assert case.status == "待受理"
    assert case.id_number_masked.endswith("002X") and "*" in case.id_number_masked
    assert repo.reveal_id_number(number) == "11010519491231002X"
    assert [e.media_id for e in case.evidence] == ["MEDIA_1"]
    with repo._sessions() as session:  # noqa: SLF001 - counting rows is the point
        assert session.execute(sql("select count(*) from intake_cases")).scalar() == 1


async def test_repeated_confirmation_after_filing_says_it_is_already_filed():
    tracker = make_tracker(
        "确认", intent="affirm", slots={"case_number": "XF20261127-0001", "awaiting_confirmation": False}
    )
    slots, dispatcher, _ = await run_action(FileCase(), tracker)
    assert slots == {}
    assert "已经登记过" in texts(dispatcher)


async def test_skipped_answers_are_stored_empty():
    slots = filled(petitioner_name="未提供", respondent="未提供", id_number=None, id_number_encrypted=None)
    result, _, _ = await run_action(
        FileCase(), make_tracker("对", intent="affirm", slots=slots, active_loop=None)
    )
    case = services.case_repository().get_by_number(result["case_number"])
    assert case.petitioner_name is None
    assert case.respondent is None
    assert case.has_id_number is False


async def test_court_case_is_routed_to_the_court_and_still_recorded():
    slots = filled(
        issue_text="法院判决我败诉了，我不服，觉得判得不公平", legal_status="judged", category="政法"
    )
    result, dispatcher, _ = await run_action(
        FileCase(), make_tracker("确认", intent="affirm", slots=slots, active_loop=None)
    )
    assert result["route"] == "litigation"
    reply = texts(dispatcher)
    assert "12368" in reply
    assert result["case_number"] in reply


def test_case_number_extraction():
    assert extract_case_number("帮我查下ｘｆ２０２６１１２７－００４２") == "XF20261127-0042"
    assert extract_case_number("XF20261127 0042 办到哪了") == "XF20261127-0042"
    assert extract_case_number("我的电话是13800138000") is None


async def test_progress_with_the_right_pair_tells_status_and_deadlines():
    filed, _, _ = await run_action(
        FileCase(), make_tracker("确认", intent="affirm", slots=filled(), active_loop=None)
    )
    number = filed["case_number"]
    form_slots, _, _ = await run_action(
        ValidateProgressForm(),
        make_tracker(
            f"查一下{number}，电话138 0013 8000", intent="check_progress", active_loop="progress_form"
        ),
    )
    assert form_slots["progress_case_number"] == number
    assert form_slots["progress_phone"] == "13800138000"
    checked, dispatcher, _ = await run_action(
        CheckProgress(), make_tracker(slots=form_slots, active_loop=None, sender_id="someone")
    )
    reply = texts(dispatcher)
    assert "待受理" in reply and "第22条" in reply and "第23条" in reply
    assert checked["checked_case_number"] == number  # more told now is added to this case (filed_supplement)
    # the case found is the case in hand: "那什么时候有人管" next is asked of it, as after a filing
    assert checked["case_number"] == number and checked["route"] == filed["route"]
    during, _, _ = await run_action(
        CheckProgress(),
        make_tracker(slots={**form_slots, "issue_text": "楼上漏水"}, active_loop=None, sender_id="someone"),
    )
    assert "case_number" not in during  # a new matter being told keeps its own slots


async def test_wrong_phone_reads_like_an_unknown_case_and_repeats_are_slowed():
    filed, _, _ = await run_action(
        FileCase(), make_tracker("确认", intent="affirm", slots=filled(), active_loop=None)
    )
    wrong = {"progress_case_number": filed["case_number"], "progress_phone": "13911112222"}
    unknown = {"progress_case_number": "XF20200101-9999", "progress_phone": "13800138000"}
    _, d1, _ = await run_action(
        CheckProgress(), make_tracker(slots=wrong, active_loop=None, sender_id="prober")
    )
    _, d2, _ = await run_action(
        CheckProgress(), make_tracker(slots=unknown, active_loop=None, sender_id="prober")
    )
    assert texts(d1) == texts(d2)
    for _ in range(3):
        _, last, _ = await run_action(
            CheckProgress(), make_tracker(slots=unknown, active_loop=None, sender_id="prober")
        )
    assert texts(last) == texts(d2)  # a wait reads exactly like a miss, so a sweep learns nothing (issue 16)
    right = {"progress_case_number": filed["case_number"], "progress_phone": filled()["phone"]}
    unchecked, held, _ = await run_action(
        CheckProgress(), make_tracker(slots=right, active_loop=None, sender_id="prober")
    )
    assert texts(held) == texts(d2)  # slowed: even the right pair is not compared for this prober
    assert not unchecked["checked_case_number"]  # nothing checked, nothing may be added


async def test_a_citizen_who_left_no_phone_checks_progress_with_the_query_code():
    anonymous = filled(phone=NOT_PROVIDED, petitioner_name=NOT_PROVIDED)
    filed, filing, _ = await run_action(
        FileCase(), make_tracker("确认", intent="affirm", slots=anonymous, active_loop=None)
    )
    message = texts(filing)
    assert "您没有留电话" in message and "查询码" in message
    number = filed["case_number"]
    code = re.search(r"查询码：(\d{6})", message).group(1)

    asked_case, _, _ = await run_action(
        ValidateProgressForm(),
        make_tracker(
            number, intent="inform", active_loop="progress_form", requested_slot="progress_case_number"
        ),
    )
    asked_secret, _, _ = await run_action(
        ValidateProgressForm(),
        make_tracker(
            f"查询码{code}", intent="inform", active_loop="progress_form", requested_slot="progress_phone"
        ),
    )
    assert asked_case["progress_case_number"] == number
    assert asked_secret["progress_phone"] == code
    slots = {"progress_case_number": number, "progress_phone": code}
    _, dispatcher, _ = await run_action(CheckProgress(), make_tracker(slots=slots, active_loop=None))
    assert "待受理" in texts(dispatcher)


def test_query_code_is_read_only_outside_the_case_number():
    assert query_code_in("123456") == "123456"
    assert query_code_in("查询码：４４３７８７") == "443787"
    assert query_code_in("XF20261128-0001") is None  # 202611 is part of the case number
    assert query_code_in("XF20261128-0001 查询码 443787") == "443787"
    assert query_code_in("12345678") is None
    assert query_code_in("123456 654321") is None  # two candidates: ask again rather than guess


async def test_the_filing_message_of_a_citizen_with_a_phone_names_both_ways():
    _, filing, _ = await run_action(
        FileCase(), make_tracker("确认", intent="affirm", slots=filled(), active_loop=None)
    )
    assert "凭编号和您留的电话（或查询码）" in texts(filing)


# ---------------------------------------------------------------------------------------------------
# what the filing message says about law, per route (the route itself is decided elsewhere: pinned here)


async def _file_on_route(monkeypatch, code: str, variant: str | None = None, **overrides) -> str:
    import bot.domain.routing
    from bot.domain.routing import RouteDecision

    monkeypatch.setattr(
        bot.domain.routing, "decide_route", lambda *a, **k: RouteDecision(code, variant, "pinned")
    )
    slots, dispatcher, _ = await run_action(
        FileCase(), make_tracker("确认", intent="affirm", slots=filled(**overrides), active_loop=None)
    )
    assert slots["route"] == code
    return texts(dispatcher)


async def test_only_an_ordinary_petition_is_promised_the_60_day_opinion(monkeypatch):
    said = await _file_on_route(monkeypatch, "petition")
    assert "60日内办结" in said and "信访处理意见书" in said and "《信访工作条例》第34条" in said
    assert "第32条" not in said


@pytest.mark.parametrize(
    ("code", "variant", "own_words"),
    [
        ("labour_inspection", None, ("60个工作日", "《劳动保障监察条例》第17条")),
        ("labour_arbitration", None, ("45日", "《劳动争议调解仲裁法》第43条")),
        ("administrative_review", "expropriation", ("6个月", "《行政诉讼法》第46条")),
        ("land_contract_arbitration", None, ("《农村土地承包经营纠纷调解仲裁法》第47条",)),
    ],
)
async def test_other_procedures_are_led_into_with_their_own_deadlines(monkeypatch, code, variant, own_words):
    said = await _file_on_route(monkeypatch, code, variant)
    assert "导入" in said and "《信访工作条例》第31条" in said
    assert "60日内办结" not in said and "第32条" not in said
    for words in own_words:
        assert words in said
    assert "仍然可以通过信访渠道" not in said


async def test_an_anonymous_citizen_is_not_promised_a_written_notice(monkeypatch):
    said = await _file_on_route(monkeypatch, "petition", petitioner_name=NOT_PROVIDED, phone=NOT_PROVIDED)
    assert "收不到书面告知" in said
    assert "书面告诉您是否受理" not in said
    notice_line = next(line for line in said.splitlines() if "受理告知" in line)
    assert not re.search(r"\d+年\d+月\d+日", notice_line)  # no date promised


async def test_the_notice_is_counted_from_the_organs_receipt_never_from_filing(monkeypatch):
    said = await _file_on_route(monkeypatch, "hotline_12345", "environment")
    for line in said.splitlines():
        if "第23条" in line:
            assert not re.search(r"\d+年\d+月\d+日", line), line


@pytest.mark.parametrize("code", ["litigation", "discipline_inspection"])
async def test_political_legal_and_discipline_organs_get_no_15_day_promise(monkeypatch, code):
    said = await _file_on_route(monkeypatch, code, "court_case" if code == "litigation" else None)
    assert "《信访工作条例》第23条第4款" in said
    assert "15日内，会书面告诉您" not in said


async def test_a_named_citizen_without_an_address_is_told_the_notice_needs_both(monkeypatch):
    said = await _file_on_route(monkeypatch, "petition")  # the intake has a name, no address
    assert "姓名和住址" in said and "收不到书面告知" in said
    assert "您没有留下姓名" not in said


async def test_progress_of_a_pending_case_gives_no_notice_date(monkeypatch):
    from actions.progress_reply import case_deadline_lines

    said = await _file_on_route(monkeypatch, "petition", petitioner_name=NOT_PROVIDED)
    number = re.search(r"事项编号：(XF\d{8}-\d+)", said).group(1)
    lines = case_deadline_lines(services.case_repository().get_by_number(number))
    notice = [line for line in lines if "第23条" in line]
    assert notice and "收不到书面告知" in notice[0]
    assert not re.search(r"\d+年\d+月\d+日", notice[0])  # counted from the organ's receipt: no date yet


@pytest.mark.parametrize(
    ("said", "story"),
    [
        ("对 另外还想提个建议 社区门口那个路口能不能装个红绿灯 老人过马路太危险", "红绿灯"),
        ("对 还有个事 楼道灯坏了俩月了没人修", "楼道灯"),
    ],
)
async def test_a_matter_told_after_the_yes_is_taken_up_after_filing(said, story):
    # lead-099: the suggestion after "对" was dropped once the praise was filed
    tracker = make_tracker(said, intent="affirm", slots=filled(), active_loop=None, sender_id=f"next-{story}")
    slots, _, events = await run_action(FileCase(), tracker)
    assert slots["case_number"].startswith("XF")
    assert story in slots["pending_matters"][0] and slots["more_matters"] is True
    assert any(e.get("event") == "followup" and e.get("name") == "action_offer_next_matter" for e in events)


async def test_a_plain_yes_takes_up_no_next_matter():
    tracker = make_tracker(
        "对，提交", intent="affirm", slots=filled(), active_loop=None, sender_id="next-none"
    )
    slots, _, events = await run_action(FileCase(), tracker)
    assert slots["case_number"].startswith("XF") and "pending_matters" not in slots
    assert not any(e.get("event") == "followup" for e in events)
