"""The earlier report read from one message: where the citizen already went, by the question asked.

Asked "之前有没有向哪里反映过", the answer is read as that answer: the places and replies, a denial only that
question makes plain ("还没去", "没有 怕报复"), else the words as said; a plan ("我先问问12315再说") is
no answer, so the question waits. Elsewhere only a report that names where it went is taken: "反映了八百遍都没用"
says nothing of where, and the question is asked when its turn comes.
"""

from __future__ import annotations

import re

from actions.change_said import change_sentence
from actions.intake_turn import Turn, TurnResult, asked, may_set
from actions.respondent_naming import whole_name_said
from bot.domain.text import normalize_for_parsing, to_simplified
from bot.parsing import name_alone, people, people_alone, people_first, prior_report
from bot.parsing.legal_status import detect_legal_status
from bot.parsing.prior_report_words import NONE_OF_REPORTING_RE

# "之前没找过别处", "以前都冇同边个反映过": the message speaks of the earlier report itself
_EARLIER_RE = re.compile(r"之前|以前|此前|先前|早先|原先|从前|以往|从来|从没")

PLAN_NOTE = "好的，不着急，您先去问。问好了回来接着说就行；在这之前没向哪里反映过的话，直接说“没有”也行。"


def read_prior_report(
    turn: Turn, reading: str, told: str, free_text_ok: bool, result: TurnResult
) -> str | None:
    """Sets `prior_report` when the message tells it; returns the contact told or planned in it, or None.

    `reading` is the message without questions and denials, `told` keeps the denials ("没找过").
    """
    if asked(turn, "prior_report"):
        report = prior_report.read_prior_report_answer(told)
        if report is None and prior_report.is_plan(told):
            result.say(PLAN_NOTE)
            return prior_report.planned_contact(told)
        if report is None and turn.intent == "deny":
            report = prior_report.NO_PRIOR_REPORT
        # (not the party on record named again by its whole name, "迎泽区行政审批服务管理局 …")
        if (
            report is None
            and free_text_ok
            and not prior_report.names_a_party(told)
            and not name_alone.only_a_name(told)  # "郝金花": the citizen's name, said ahead
            and not name_alone.only_introduces(told)  # "我叫郝金花": so too
            and not whole_name_said(turn, reading)
            and not people_alone.says_alone_ahead(told)  # "就我": the head count, said ahead of its question
            and not people_first.names_the_count(told)  # "人数是3个 我加两个工友": the head count, named
            and not people.count_told_ahead(told)  # "我们线上两百多人都一样": how many, not where it went
            and not prior_report.is_an_address(told)  # "长安镇乌沙社区": where they live, said ahead
            and not tells_procedure_only(
                told
            )  # "罚了200 没给决定书": the decision, not where it was reported
        ):
            report = to_simplified(reading.strip())
        stored = report
    else:
        report = prior_report.extract_prior_report(told)
        if prior_report.is_bare_answer(told):
            report = None  # "没有" to the court question says nothing about earlier reports
        if (
            report == prior_report.NO_PRIOR_REPORT
            and turn.requested_slot not in (None, "issue_text")
            and not NONE_OF_REPORTING_RE.search(normalize_for_parsing(told))
        ):
            report = None  # "法院没去过" answers the court question, not the earlier-report one
        # "反映了八百遍都没用": where is asked when the question comes; the office is still no respondent
        stored = report if prior_report.names_where(report) else None
        if stored and prior_report.only_the_party_complained_of(stored, turn.slots.get("issue_text")):
            # "投诉12345的接线员" … "就是打12345那个电话": that call is the matter itself, the only contact told
            stored = prior_report.NO_PRIOR_REPORT
    stored = (
        to_simplified(stored) if stored else stored
    )  # filed as the other fields are: "鎮上農經站" → 镇上农经站
    if stored and may_set(turn, "prior_report"):
        result.set("prior_report", stored)
    elif stored and _put_right_at_summary(turn, told, stored):
        # "之前没找过别处 就是去乡里问过" at the summary: the earlier report put right in plain words
        result.set("prior_report", stored)
        result.say(change_sentence("prior_report", turn.slots.get("prior_report"), stored))
    elif stored and turn.requested_slot not in (None, "issue_text") and not turn.correcting:
        told_more = more_reported(turn.slots.get("prior_report"), stored)
        if told_more:  # "找过村里和镇上农经站 都推" at the head count: more of where it went, kept beside
            result.set("prior_report", told_more)
    # an office the citizen only means to go to ("想明天去市信访局") is no respondent either
    return report or prior_report.planned_contact(told)


def _put_right_at_summary(turn: Turn, told: str, stored: str) -> bool:
    """At the summary, a message that speaks of the earlier report ("之前…") and tells another one."""
    known = turn.slots.get("prior_report")
    return (
        bool(turn.slots.get("awaiting_confirmation"))
        and bool(_EARLIER_RE.search(told))
        and stored != known
        and not (isinstance(known, str) and stored in known)
        and not prior_report.names_no_other_place(stored, known if isinstance(known, str) else None)
    )


def more_reported(known: object, told: str) -> str | None:
    """The earlier report on record with `told` added, when `told` says more of where it went; else None."""
    if not isinstance(known, str) or told in known:
        return None
    # "没有", then "找过妇联 去年报过一回警": the places told later say more than the first "no"
    if known in (prior_report.NO_PRIOR_REPORT, prior_report.REPORTED_NO_DETAILS) or known in told:
        return told
    return f"{known}；{told}"


def tells_procedure_only(told: str) -> bool:
    """The answer speaks of a suit, an arbitration or a decision and of no place reported to ("有行政处罚 罚了200
    没给决定书"): the court question answered at this one, not an earlier report."""
    status = detect_legal_status(told)
    # "罚单是开了 我还没交 …还是直接去法院告他": a court named as where one might sue is no place reported to
    return status not in (None, "none") and not prior_report.names_where(_WHERE_ONE_MIGHT_SUE.sub(" ", told))


_WHERE_ONE_MIGHT_SUE = re.compile(r"(?:去|到|上|向)?(?:人民)?法院(?:告|起诉|打官司)")
