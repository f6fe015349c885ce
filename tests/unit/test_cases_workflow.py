"""The legal steps of a case (bot.cases.transitions, .due_dates, .workflow): moves, reasons, deadlines and the
第34条 extension."""

from __future__ import annotations

from datetime import date

import pytest

from bot.cases import deadlines, workflow
from bot.cases.due_dates import Due, due_after, due_of, is_overdue
from bot.cases.schemas import STATUSES
from bot.cases.transitions import TERMINAL, next_statuses, reason_required
from bot.cases.workflow import extension_updates, parse_extension_days, transition_updates

ALLOWED = {
    ("待受理", "已受理"),
    ("待受理", "不予受理"),
    ("待受理", "已转送"),
    ("待受理", "登记作废"),  # a repeated or scripted filing, struck off with a reason (no 不予受理 ground)
    ("已受理", "办理中"),
    ("办理中", "已办结"),
    ("已办结", "复查中"),
    ("复查中", "复查办结"),
    ("复查办结", "复核中"),
    ("复核中", "复核办结"),
}


def case_fields(status: str = "待受理", **overrides) -> dict:
    fields = dict(
        status=status,
        filed_on=date(2026, 1, 5),
        register_deadline=date(2026, 1, 20),
        acceptance_notice_deadline=date(2026, 1, 20),
        accepted_on=None,
        handling_deadline=None,
        extension_days=None,
        extension_reason=None,
        decision_reason=None,
        closed_on=None,
        review_requested_on=None,
        due_on=date(2026, 1, 20),
        due_article="第22条、第23条",
    )
    fields.update(overrides)
    return fields


def test_next_statuses_follow_the_regulation():
    assert next_statuses("待受理") == ("已受理", "不予受理", "已转送", "登记作废")
    assert next_statuses("已受理") == ("办理中",)
    assert next_statuses("办理中") == ("已办结",)
    assert next_statuses("已办结") == ("复查中",)
    assert next_statuses("复查办结") == ("复核中",)
    for terminal in ("不予受理", "已转送", "复核办结", "登记作废"):
        assert next_statuses(terminal) == ()
        assert terminal in TERMINAL
    with pytest.raises(ValueError):
        next_statuses("完成")


@pytest.mark.parametrize("source", STATUSES)
@pytest.mark.parametrize("target", STATUSES)
def test_every_pair_is_allowed_or_refused(source, target):
    current = case_fields(
        source,
        accepted_on=date(2026, 1, 10),
        handling_deadline=date(2026, 3, 11),
        closed_on=date(2026, 3, 1),
        review_requested_on=date(2026, 3, 5),
    )
    reason = "不属于本机关职权，转区人社局" if reason_required(target) else None
    if (source, target) in ALLOWED:
        updates = transition_updates(current, target, today=date(2026, 3, 20), reason=reason)
        assert updates["status"] == target
    else:
        with pytest.raises(ValueError, match="不能改为"):
            transition_updates(current, target, today=date(2026, 3, 20), reason=reason)


def test_reasons_are_required_for_refusal_and_transfer():
    assert reason_required("不予受理") and reason_required("已转送")
    assert not reason_required("已受理") and not reason_required("已办结")
    for blank in (None, "", "   ", "\n\t"):
        with pytest.raises(ValueError, match="理由"):
            transition_updates(case_fields(), "不予受理", today=date(2026, 1, 8), reason=blank)
        with pytest.raises(ValueError, match="转送到哪个机关"):
            transition_updates(case_fields(), "已转送", today=date(2026, 1, 8), reason=blank)
    with pytest.raises(ValueError, match="unknown status"):
        transition_updates(case_fields(), "结案", today=date(2026, 1, 8))


def test_refusal_and_transfer_keep_the_reason_and_end_the_deadline():
    refused = transition_updates(
        case_fields(), "不予受理", today=date(2026, 1, 8), reason="  已经法院终审判决（第31条）  "
    )
    assert refused["decision_reason"] == "已经法院终审判决（第31条）"
    assert refused["due_on"] is None and refused["due_article"] is None
    moved = transition_updates(case_fields(), "已转送", today=date(2026, 1, 8), reason="深圳市南山区人社局")
    assert moved["decision_reason"] == "深圳市南山区人社局" and moved["due_on"] is None


def test_acceptance_starts_the_60_days():
    updates = transition_updates(case_fields(), "已受理", today=date(2026, 1, 10))
    assert updates["accepted_on"] == date(2026, 1, 10)
    assert updates["handling_deadline"] == date(2026, 3, 11)
    assert updates["due_on"] == date(2026, 3, 11)
    assert "第34条" in updates["due_article"]
    explicit = transition_updates(
        case_fields(), "已受理", today=date(2026, 1, 10), accepted_on=date(2026, 1, 8)
    )
    assert explicit["handling_deadline"] == date(2026, 3, 9)


def test_in_progress_keeps_the_handling_deadline():
    current = case_fields("已受理", accepted_on=date(2026, 1, 10), handling_deadline=date(2026, 3, 11))
    updates = transition_updates(current, "办理中", today=date(2026, 1, 15))
    assert updates["due_on"] == date(2026, 3, 11)
    assert "accepted_on" not in updates


def test_closing_review_and_reexamination_dates():
    handling = case_fields("办理中", accepted_on=date(2026, 1, 10), handling_deadline=date(2026, 3, 11))
    closed = transition_updates(handling, "已办结", today=date(2026, 3, 1))
    assert closed["closed_on"] == date(2026, 3, 1) and closed["due_on"] is None
    review = transition_updates({**handling, **closed}, "复查中", today=date(2026, 3, 5))
    assert review["review_requested_on"] == date(2026, 3, 5)
    assert review["due_on"] == date(2026, 4, 4) and review["due_article"] == "第35条"
    review_done = transition_updates({**handling, **closed, **review}, "复查办结", today=date(2026, 4, 1))
    assert review_done["closed_on"] == date(2026, 4, 1) and review_done["due_on"] is None
    reexam = transition_updates(
        {**handling, **closed, **review, **review_done}, "复核中", today=date(2026, 4, 20)
    )
    assert reexam["due_on"] == date(2026, 5, 20) and reexam["due_article"] == "第36条"
    final = transition_updates(
        {**handling, **closed, **review, **review_done, **reexam}, "复核办结", today=date(2026, 5, 10)
    )
    assert final["due_on"] is None and next_statuses("复核办结") == ()


def test_due_when_pending_is_the_first_15_days():
    due = due_after("待受理", today=date(2026, 1, 8), filed_on=date(2026, 1, 5))
    assert due == Due(date(2026, 1, 20), "第22条、第23条", due.label)
    assert "2026-01-20" in due.label and "还有12天" in due.label
    stored = due_after("待受理", today=date(2026, 1, 25), register_deadline=date(2026, 1, 20))
    assert stored.on == date(2026, 1, 20) and "已超期5天" in stored.label
    assert "今天到期" in due_after("待受理", today=date(2026, 1, 20), filed_on=date(2026, 1, 5)).label


def test_due_while_handling_counts_the_extension():
    plain = due_after("办理中", today=date(2026, 3, 1), accepted_on=date(2026, 1, 10))
    assert plain.on == date(2026, 3, 11) and "第34条" in plain.article
    extended = due_after(
        "办理中",
        today=date(2026, 3, 1),
        accepted_on=date(2026, 1, 10),
        handling_deadline=date(2026, 4, 10),
        extension_days=30,
    )
    assert extended.on == date(2026, 4, 10)
    assert "第34条" in extended.article and "已延期30天" in extended.label
    unknown = due_after("已受理", today=date(2026, 3, 1))
    assert unknown.on is None and "期限未知" in unknown.label


def test_petitioner_windows_after_written_answers():
    closed = due_after("已办结", today=date(2026, 3, 10), closed_on=date(2026, 3, 1))
    assert closed.on is None and closed.article == "第35条"
    assert "2026-03-31前请求复查" in closed.label and "还有21天" in closed.label
    late = due_after("已办结", today=date(2026, 4, 5), closed_on=date(2026, 3, 1))
    assert "期限已过" in late.label
    review_done = due_after("复查办结", today=date(2026, 4, 2), closed_on=date(2026, 4, 1))
    assert review_done.on is None and review_done.article == "第36条"
    assert "2026-05-01前请求复核" in review_done.label
    final = due_after("复核办结", today=date(2026, 5, 10))
    assert "不再受理" in final.label and final.on is None


def test_terminal_labels_tell_why():
    assert (
        "已经法院终审判决"
        in due_after("不予受理", today=date(2026, 1, 8), decision_reason="已经法院终审判决").label
    )
    assert due_after("已转送", today=date(2026, 1, 8), decision_reason="区住建局").label == "已转送区住建局"


def test_due_after_ignores_unrelated_fields():
    due = due_of(
        {"status": "复查中", "review_requested_on": date(2026, 3, 5), "case_number": "x"}, date(2026, 3, 6)
    )
    assert due.on == date(2026, 4, 4)


def test_overdue_is_strictly_after_the_due_day():
    assert is_overdue(date(2026, 1, 20), date(2026, 1, 21))
    assert not is_overdue(date(2026, 1, 20), date(2026, 1, 20))
    assert not is_overdue(None, date(2030, 1, 1))


def test_max_extension_comes_from_the_knowledge_file():
    from bot.domain.knowledge import deadline

    assert workflow.MAX_EXTENSION_DAYS == deadline("extension").days == 30
    from bot.cases.workflow import MAX_EXTENSION_DAYS

    assert MAX_EXTENSION_DAYS == 30
    with pytest.raises(AttributeError):
        workflow.NO_SUCH_THING  # noqa: B018


@pytest.mark.parametrize(
    "raw, days", [(1, 1), (30, 30), ("15", 15), ("１５", 15), (" 20天 ", 20), ("３０", 30)]
)
def test_extension_days_accepted(raw, days):
    assert parse_extension_days(raw) == days


@pytest.mark.parametrize("raw", [0, 31, -5, "0", "31", "十天", "", "2.5", True, 3.0])
def test_extension_days_refused(raw):
    with pytest.raises(ValueError, match="延期"):
        parse_extension_days(raw)


def test_extension_adds_to_the_handling_deadline_once():
    current = case_fields("已受理", accepted_on=date(2026, 1, 10), handling_deadline=date(2026, 3, 11))
    updates = extension_updates(current, 30, "涉及多个部门，需要现场核查", today=date(2026, 3, 1))
    assert updates["handling_deadline"] == date(2026, 4, 10) == updates["due_on"]
    assert updates["extension_days"] == 30 and "第34条" in updates["due_article"]
    with pytest.raises(ValueError, match="已经延期过一次"):
        extension_updates({**current, **updates}, 5, "还要再等", today=date(2026, 3, 2))
    with pytest.raises(ValueError, match="理由"):
        extension_updates(current, 10, "  ", today=date(2026, 3, 1))


@pytest.mark.parametrize("status", ["待受理", "已办结", "不予受理", "复查中", "复核办结"])
def test_extension_only_while_handling(status):
    with pytest.raises(ValueError, match="已受理"):
        extension_updates(case_fields(status), 10, "情况复杂", today=date(2026, 3, 1))


def test_step_rules_fall_back_when_the_knowledge_file_lacks_a_step(monkeypatch, caplog):
    class NoSteps:
        def deadline(self, step):
            raise KeyError(step)

    deadlines.deadline_rule.cache_clear()
    monkeypatch.setattr(deadlines, "load_knowledge", NoSteps)
    try:
        review = deadlines.deadline_rule("review_answer")
        reexamination = deadlines.deadline_rule("reexamination_request")
        assert (review.days, review.article) == (30, "第35条")
        assert (reexamination.days, reexamination.article) == (30, "第36条")
        assert "not read from the knowledge file" in caplog.text  # the fallback, not the file, answered
    finally:
        deadlines.deadline_rule.cache_clear()
