"""Messages that start no intake, though the classifier took them for a story: answered, nothing stored.

A question about getting something done ("档案怎么转？"), a question going on from one just answered ("那没
备案的还能补吗"), a question about the case just filed ("那我好久能拿到钱咯"), "我不是要反映 就是问问", a citizen who declines to
file ("算了 我自己去村里问") or goes to think it over first ("好 我回去跟老伴商量商量再说"), and "一个月了没人联系
这正常吗" about a matter brought before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from actions.about_the_citizen import only_about_oneself, patient_reply
from actions.asking_only import (
    JUST_ASKING,
    NOT_FILED,
    STOPPED,
    declines_filing,
    declines_outright,
    declines_plainly,
    disowns_new_matter,
    just_asking,
)
from actions.consultation import (
    RIGHTS_ASKED,
    consultation_answer,
    consultation_answers,
    consultation_before,
    follow_up_answer,
    is_consultation,
    names_service,
)
from actions.crisis_questions import asked_about_a_crisis
from actions.filed_questions import after_filing_answer, filed_route
from actions.matter_kind import ASKING_ONLY, CONSULTATION, detect_matter_kind, is_grievance, tells_a_story
from actions.progress_turns import asks_if_wait_is_normal, asks_progress
from actions.question_answers_by_route import time_limits_answer
from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.question_only import asks_without_matter, only_question_answer
from actions.questions import answer_in_context
from bot.cases import STATUSES
from bot.cases.numbers import CASE_NUMBER_IN_TEXT
from bot.domain import text as textutil
from bot.domain.knowledge import faq_answer, load_knowledge
from bot.domain.routing import RouteDecision

# thinking it over before telling anything: "好 我回去跟老伴商量商量再说", "那我再考虑考虑", "等我儿子回来再说"
_THINKS_IT_OVER = re.compile(
    r"(?:商量|合计|考虑|琢磨|斟酌|寻思|掂量|想想|想一想|问问)[^,，。!！?？]{0,8}(?:再说|再定|再决定|再来|再找|再联系|再弄|再办)"
    r"|(?:回去|回家|先|再)[^,，。!！?？]{0,8}(?:商量|合计|考虑|琢磨|斟酌|寻思|掂量|想想|想一想)"
    r"|商量商量|合计合计|考虑考虑|琢磨琢磨|寻思寻思|掂量掂量"
    r"|等[^,，。!！?？]{1,8}(?:回来|下班|有空|放假)[^,，。!！?？]{0,3}再(?:说|来|定)"
)
THINK_IT_OVER = "好的，不着急，您先想一想、商量商量。想反映的时候，直接把事情跟我说就行，随时都可以。"
# nothing to report after all: "没事了 不好意思 按错了", "点错了", "没啥事 手滑了"
_NOTHING_AFTER_ALL = re.compile(
    r"^(?:哦|噢|啊|呃|额|嗯|不好意思)?[，,。\s]*(?:没事了?|没事没事|没(?:什么|啥|有)事了?)(?:了|啦|哈)?(?:[，,。!！\s]|$)"
    r"|(?:按|点|摁|发|打|戳|碰)错了|误触|手滑|不小心(?:按|点|发)"
)
_WANTS_TO_TELL = re.compile(r"(?:想|要)(?:反映|问|投诉|举报|说|咨询|登记|查)")
MAX_NOTHING_CJK = 14
NOTHING_AFTER_ALL = "没关系，不要紧。以后有事想反映，随时来找我，直接把事情说一说就行。"


def nothing_after_all(clean: str) -> bool:
    """ "没事了 不好意思 按错了": a short message that says there is nothing to report, and tells no matter."""
    return (
        bool(_NOTHING_AFTER_ALL.search(clean))
        and textutil.cjk_count(clean) <= MAX_NOTHING_CJK
        and not is_grievance(clean)
        and not _WANTS_TO_TELL.search(clean)  # "不好意思 点错了 我想反映个事": the matter comes next
        and detect_question(clean) is None
    )


def thinks_it_over(clean: str) -> bool:
    """ "好 我回去跟老伴商量商量再说": no matter told yet, and the citizen will decide later (a question before it,
    "我是问你能不能替我打个电话 好吧 那我想想再说", is answered first; none may come after it)."""
    found = _THINKS_IT_OVER.search(clean)
    return bool(found) and detect_question(clean[found.start() :]) is None


def with_answer(text: str, reply: str) -> list[str]:
    """The answer to what the message asks, if anything we can answer, before the reply to the rest of it."""
    asked = detect_question(text)
    answer = answer_in_context(asked, text) if asked not in (None, QuestionKind.OTHER) else None
    return [answer, reply] if answer else [reply]


def answer_instead_of_filing(
    slots: Mapping[str, Any], text: str, earlier: Sequence[str] = ()
) -> list[str] | None:
    """The answer to a message that tells no matter to file, or None (the intake goes on). `earlier`: what the
    citizen wrote before this message, oldest first. Whatever the intake had stored may be dropped."""
    story = slots.get("issue_text")
    clean = textutil.normalize_for_parsing(text or "")
    if not story and asks_progress(clean):
        return None  # "编号XF… 想问问到哪一步了 另外还想补充个材料": the progress check answers it
    if not story and (after := after_progress_answer(clean, earlier, filed_route(slots))):
        return [after]  # "待受理 啥意思 都一天了还没人管吗" after a check: no new intake
    if (
        story
        and ASKING_ONLY.search(clean)
        and detect_matter_kind(story)
        == CONSULTATION  # "岗位没了 让我自己辞职…", then "就想问问能不能保住工作":
        and is_consultation(f"{story}，{text}")  # a matter told, and a question about it; the intake goes on
    ):
        asked = detect_question(clean)
        if asked in RIGHTS_ASKED and (rights := answer_in_context(asked, text, story)):
            return [
                rights
            ]  # "先不登记 就问问 罚款能不能直接起诉": the law's answer, not the review office's desk
        return [consultation_answer(f"{story}，{text}")]  # "我就是问问能不能补办": the intake was a mistake
    if story:  # "我不是要投诉 就问问去哪领" after an intake that only a question started
        asked = consultation_before(slots, list(earlier))
        if asked is None or not (ASKING_ONLY.search(clean) or declines_filing(clean)):
            return None
        return [follow_up_answer(asked, text) or consultation_answer(asked)]
    filed = after_filing_answer(slots, text, "\n".join(earlier))
    if filed is not None:
        return [filed]
    if not is_grievance(clean):  # "路灯坏了 打12345一个月没人回复 正常吗" is a matter to file
        if asks_if_wait_is_normal(clean):  # "我问的是 一个月了没人联系 这正常不正常": the timetable
            return [faq_answer("waiting")]
        if thinks_it_over(clean):
            return with_answer(text, THINK_IT_OVER)
    if nothing_after_all(clean):  # "没事了 按错了": no matter, a kind word
        return [NOTHING_AFTER_ALL]
    if only_about_oneself(text):  # "我是聋人 打字慢": the matter comes next
        return [patient_reply(text)]
    if just_asking(clean):
        return [JUST_ASKING]
    before = consultation_before(slots, list(earlier))
    follow = follow_up_answer(before, text) if before else None
    if follow is not None:
        return [follow]
    if is_consultation(text):
        return consultation_answers(text)  # "这个能申请仲裁吗 要多久": the office, and how long it takes
    if (asked := asked_without_filing(clean, earlier)) is not None:
        return consultation_answers(
            asked
        )  # "独生子女奖励找谁要 我不想投诉 就问问": answered, not only let go
    if (crisis := asked_about_a_crisis(clean, "\n".join(earlier))) is not None:
        return [crisis]  # "我就问问 先不登记 你先回答我报了警他会不会打得更狠" (id-030): answered again
    if disowns_new_matter(clean) and detect_question(clean) is not None:
        # "不是新事 我就想问超没超期": the question goes on from the one before it, never a new matter
        context = f"{earlier[-1]}，{text}" if earlier else text
        if asks_if_wait_is_normal(textutil.normalize_for_parsing(context)):
            return [faq_answer("waiting")]
        return with_answer(text, NOT_FILED)
    if declines_filing(clean):  # "先不登记 就是问问 那意思是反映了也不耽误起诉对吧": answered too
        return with_answer(text, NOT_FILED)
    if tells_a_story(clean) and asks_without_matter(clean):
        # "反映这个事要花钱不 俺家穷", long enough to be taken for a story: answered, and the matter is awaited
        answer = only_question_answer(text)
        if answer:
            return [answer]
    return None


def asked_without_filing(clean: str, earlier: Sequence[str] = ()) -> str | None:
    """The question about a service of a citizen who will not file ("单位倒闭了 独生子女奖励找谁要 我不想投诉 就问问"),
    or who asks again who does it ("那你倒是告诉我找谁啊" after it): the text naming the service; None otherwise."""
    if detect_question(clean) is None:
        return None
    if names_service(clean) and declines_filing(clean):  # "我不想投诉": even with a trouble told, only asked
        return clean
    if is_grievance(clean):
        return None  # "低保被取消了 我想问下 重新申请要多久": a matter told, the intake goes on
    last = textutil.normalize_for_parsing(earlier[-1]) if earlier else ""
    said_before = last and names_service(last) and declines_filing(last)
    # only who does it, asked again ("那要花多少钱" keeps its own answer)
    again = detect_question(clean) in (QuestionKind.WHICH_OFFICE, QuestionKind.OTHER)
    return f"{last}，{clean}" if said_before and again else None


# "俺先问问 俺能不能告村委会": asking before deciding to file
# (at the start: "没有 想先问问能不能不打官司解决" answers the question asked, and goes on with the intake)
ASKING_FIRST = re.compile(
    r"^(?:我|俺|那|那我|那俺)?(?:就|想|还是)?先(?:问问|问一下|问下|咨询一下|咨询下|打听一下|打听打听|了解一下)"
)
PAUSED = "不急着登记，您先问清楚再决定也行，您说过的内容我先留着。想登记的时候，跟我说“我还要反映”就行。"


def declined(slots: Mapping[str, Any], text: str, earlier: Sequence[str] = ()) -> str | None:
    """What to say when the citizen stops an intake under way by declining to file ("我就问问 不用登记 我自己去
    申请") or by asking first ("俺先问问 俺能不能告村委会": answered); the details said so far are kept. None
    when the message does neither."""
    clean = textutil.normalize_for_parsing(text or "")
    story = slots.get("issue_text")
    if story and ASKING_FIRST.search(clean) and detect_question(clean) is not None:
        answer = answer_in_context(detect_question(clean), text, story)
        return f"{answer}\n{PAUSED}" if answer else PAUSED
    if not story and declines_plainly(clean):
        return NOT_FILED  # "不用了 我就问问 谢谢" when asked to tell the matter after a question answered
    asked = detect_question(clean)
    # "不是新事 我问仲裁要不要钱", "不要登记 我问的是去北京有没有用": a question, and no matter to file
    asks_instead = asked is not None and disowns_new_matter(clean)
    if not story:  # a question held back (actions.question_first): answered as if no intake had begun
        if not (slots.get("requested_slot") and asks_instead):
            return None
        answer = answer_instead_of_filing(slots, text, earlier)
        return "\n".join(answer) if answer else NOT_FILED
    if not asks_instead and not (
        declines_filing(clean) and (ASKING_ONLY.search(clean) or "算了" in clean or declines_outright(clean))
    ):
        return None
    # "离婚的也能申请再审吗 我就问问 不登记": the question is answered before the intake stops
    answer = answer_in_context(asked, text, story) if asked is not None else None
    return f"{answer}\n{STOPPED}" if answer else STOPPED


# a case's status, quoted back after a progress check: "待受理 啥意思"
_STATUS_WORDS = re.compile("|".join(STATUSES))
# when the case checked will be dealt with: "啥时候能来人修啊", "多久能解决"
_WHEN_ASKED = frozenset({QuestionKind.WHEN_HANDLED, QuestionKind.WILL_YOU_ACT})


def after_progress_answer(
    clean: str, earlier: Sequence[str] = (), route: RouteDecision | None = None
) -> str | None:
    """ "待受理是啥意思", "那啥时候能来人修啊" after a progress check: the status explained, or the timetable of the
    case already filed (第22、23、34条), never the steps of a filing still to come (lead-096); for a case led into
    another procedure (`route`, the checked case's: 工伤认定 60 days), that procedure's limits. None otherwise."""
    asked = detect_question(clean)
    if asked is None or not checked_before(earlier):  # the earlier messages scanned once, only for a question
        return None
    if _STATUS_WORDS.search(clean):
        return faq_answer("case_status")
    if asked not in _WHEN_ASKED:
        return None
    led_into = (
        route is not None
        and route.code in load_knowledge().routes
        and load_knowledge().route(route.code).led_into
    )
    return (time_limits_answer(clean, route) if led_into else None) or faq_answer("waiting")


def asks_about_status(clean: str, earlier: Sequence[str] = ()) -> bool:
    """ "那是啥意思 待受理 都一天了还没人管吗" after "查进度 XF…": a question about the status a check showed (a status
    word with no check before it, "低保申请一直显示待受理", may be a matter of its own)."""
    return (
        checked_before(earlier) and bool(_STATUS_WORDS.search(clean)) and detect_question(clean) is not None
    )


def checked_before(earlier: Sequence[str]) -> bool:
    """Whether the citizen asked after a matter filed before, or gave its case number, earlier on."""
    return any(
        asks_progress(clean) or CASE_NUMBER_IN_TEXT.search(clean)
        for clean in map(textutil.normalize_for_parsing, earlier)
    )
