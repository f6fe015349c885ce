"""The details a message states besides its story: the time, the court status, the free-text answers (who it is
about, earlier reports) and an ID number. Pure readers of one turn, run by `intake_logic.read_turn`."""

from __future__ import annotations

import logging
import re
from typing import Any

from actions.intake_turn import Turn, TurnResult, asked, offer
from actions.matter_split import names_a_thing
from actions.more_story import names_only_a_place
from actions.not_known import DONT_KNOW, not_knowing_who
from actions.prior_report_reading import read_prior_report
from actions.question_detect import detect_question
from actions.respondent_reading import read_respondent
from actions.slots import NOT_FREE_TEXT_INTENTS, NOT_PROVIDED
from actions.turn_answers import no_beside_a_suing_question, read_legal_status, tells_nobody_yet
from actions.turn_context import NOT_NEGATION, reading_text
from bot.cases.crypto import encrypt_id_number
from bot.parsing import (
    address,
    id_number,
    legal_status,
    occurred_at,
    phone,
    prior_report,
    respondent_answer,
    time_lasted,
    vague_period,
)
from bot.parsing.people_alone import says_one, says_pair
from bot.parsing.prior_report import NO_PRIOR_REPORT, read_prior_report_answer
from bot.parsing.respondent_ahead import tells_court_status_only

log = logging.getLogger(__name__)

# a party or an earlier contact named: an answer, whatever the classifier made of it ("跟院长说过")
ANSWERISH = re.compile(
    r"(?:说|找|问|反映|投诉|打)过|网点|公司|厂|店|局|所|站|院|中心|物业|学校|医院|村|社区|街道|办|委|队|部|科|"
    r"老板|经理|主任|书记|村长|队长|站长|院长|包工头"
)


def _since_when(turn: Turn, clean: str):
    """The time a bare duration answers at the time question ("干了一年" → a year ago), else None."""
    bare = time_lasted.BARE_DURATION.search(clean) if asked(turn, "occurred_at") else None
    if bare is None:
        return None
    return safe_occurred_at(clean[: bare.end()] + "了" + clean[bare.end() :], turn)


def read_simple_details(turn: Turn, clean: str, result: TurnResult) -> None:
    when = safe_occurred_at(clean, turn) or _since_when(turn, clean)
    if when:
        known = turn.slots.get("occurred_at")
        # a day within the known month, a month within the year the story said ("今年"), or a date told
        # after the story only said "一个多月了"
        story = turn.slots.get("issue_text")
        refines = (
            _refines(turn, known, when)
            or vague_period.replaces_estimate(story, known, when, turn.now)
            or (
                not _dates_a_report(turn)
                and vague_period.starts_before_incident(story, known, when, clean, turn.now)
            )
        )
        offer(turn, result, "occurred_at", when.normalized, refines=refines)
    elif asked(turn, "occurred_at") and (vague := vague_period.read_vague_period(clean, turn.now)):
        result.set("occurred_at", vague.normalized)  # "这几个月": the stretch up to today
    elif (
        asked(turn, "occurred_at")
        and ((DONT_KNOW.search(clean) and not not_knowing_who(clean)) or vague_period.says_no_time(clean))
        and not no_beside_a_suing_question(turn, clean)  # "没有 能直接告吗": the no is about a suit
    ):
        lasted = time_lasted.lasted_in_story(turn.slots.get("issue_text"), turn.now)
        if lasted:  # "老板欠了我半年工资", then "没有": about six months back, as the story says
            result.set("occurred_at", lasted.normalized)
            result.say(LASTED_NOTE.format(said=lasted.text.rstrip("了")))
        else:
            result.set("occurred_at", NOT_PROVIDED)  # "没有", "一直都这样": no date to give

    status = read_legal_status(turn, clean) or _went_elsewhere(turn, clean)
    if status:
        offer(turn, result, "legal_status", status)
    if tells_nobody_yet(turn, clean) and turn.slots.get("prior_report") in (None, ""):
        result.set("prior_report", NO_PRIOR_REPORT)  # "还没找别人": no earlier report either, stated plainly


LASTED_NOTE = "您前面说了“{said}”，时间我先按这个往前推着记下了；不对的话直接告诉我改成什么。"
# a court, an arbitration, a review or a lawyer told of: the court status is for the court question to settle
_LEGAL_WORDS = re.compile(r"法院|法庭|法官|仲裁|复议|诉|官司|律师|检察|判")


# the police: a report to them may have led to a decision or a case of their own ("派出所立案了"), so it alone
# leaves the court question open
_POLICE = re.compile(r"报(?:了|过)?警|派出所|公安(?:局|机关)?|警察|民警|(?<!\d)110(?!\d)")


def _went_elsewhere(turn: Turn, clean: str) -> str | None:
    """Asked about a court, the citizen tells where they went instead ("找过社区调解 俺哥不去"): "none", since a
    suit or an arbitration would be told first; None otherwise."""
    if not asked(turn, "legal_status") or _LEGAL_WORDS.search(clean):
        return None
    report = prior_report.extract_prior_report(reading_text(turn.text, NOT_NEGATION))
    if report in (None, NO_PRIOR_REPORT):
        return None
    return "none" if prior_report.names_where(_POLICE.sub(" ", report)) else None


def safe_occurred_at(clean: str, turn: Turn):
    """The time parser on this message, or None if it fails on it ("祖宅至今已有210年历史")."""
    try:
        found = occurred_at.extract_occurred_at(clean, turn.now)
    except Exception as exc:  # noqa: BLE001 - a time we cannot read is a time not given
        log.error("time parser failed: %s", type(exc).__name__)
        return None
    door = found and address.is_door_number(clean, found.text, address_asked=asked(turn, "address"))
    return None if door else found  # "红旗路18号" ("18号" at the address question) is a door, not a date


def _refines(turn: Turn, known: Any, found: occurred_at.OccurredAt) -> bool:
    """A narrower time inside the known one: 2025 → 2025-03 → 2025-03-15, or "今年" (up to today) → 2026-03.
    Not at the earlier-report question when the time dates the report ("十月份找过村里"); a time alone there still
    says when the matter was ("就今年九月份报名的时候")."""
    span = occurred_at.span_of(known) if isinstance(known, str) else None
    if span is None or _dates_a_report(turn):
        return False
    return span[0] <= found.start and found.end <= span[1] and (found.start, found.end) != span


def _dates_a_report(turn: Turn) -> bool:
    """At the earlier-report question a time dates the report ("十月份找过村里")."""
    return asked(turn, "prior_report") and read_prior_report_answer(turn.text) is not None


# a head count says how many ("就我一个", "我们俩"), not only who
_COUNTED = re.compile(r"一个|一人|自己|本人|俩|两个|两人|两口")


def _is_other_detail(turn: Turn, clean: str) -> bool:
    """A short answer that is plainly a time, a phone, a court status ("前年8月份") or a head count ("就我一个") is
    no free-text answer."""
    when = safe_occurred_at(clean, turn)
    if when and len(when.text) * 2 >= len(clean):
        return True
    if (says_one(clean) or says_pair(clean)) and _COUNTED.search(clean):
        return True  # "就我一个"; "我老公" at the respondent question is who
    return bool(phone.extract_phone(clean)) or (
        len(clean) <= 12 and legal_status.detect_legal_status(clean) is not None
    )


def read_free_text_answers(turn: Turn, reading: str, clean: str, result: TurnResult) -> None:
    # an answer the classifier took for small talk ("金牛区的韵达快递网点") is still an answer, unless it asks
    as_small_talk = (
        turn.intent == "out_of_scope"
        and (bool(ANSWERISH.search(clean)) or names_a_thing(clean))
        and detect_question(clean) is None
    )
    free_text_ok = (
        (turn.intent not in NOT_FREE_TEXT_INTENTS or as_small_talk) and not _is_other_detail(turn, clean)
    ) or bool(turn.correcting)
    told = reading_text(turn.text, NOT_NEGATION)  # earlier reports read their own denials ("没找过")
    report = read_prior_report(turn, reading, told, free_text_ok, result)
    if asked(turn, "respondent") and names_only_a_place(clean):
        return  # "济南高新区啊 舜华路街道" at the respondent question says where, not who: asked again
    if (
        asked(turn, "respondent")
        and safe_occurred_at(clean, turn)
        and not respondent_answer.names_a_party(clean)
    ):
        return  # "打了好几年了 这次是今天晚上" says when, not who: asked again
    if asked(turn, "respondent") and tells_court_status_only(turn.text, reading):
        return  # "罚单是开了 我还没交 能复议吗" answers the court question, not who: asked again
    read_respondent(turn, reading, clean, report, free_text_ok, result)


def read_id_number(turn: Turn, clean: str, result: TurnResult) -> None:
    number = id_number.extract_id_number(clean)
    if number:
        result.set("id_number", id_number.mask_id_number(number))
        result.set("id_number_encrypted", encrypt_id_number(number))
    elif id_number.looks_like_id_attempt(clean) and not phone.extract_phone(clean):
        result.say("身份证号好像有一位不对，校验没通过。身份证号不是必填的，不提供也能登记。")
