"""A plain question about getting something done (how to move my 档案): answered, with an offer to file.

Such questions are 咨询, not petitions: the office that does the thing, or the 12345 hotline, answers them
fastest. Nothing is filed unless the citizen then tells of a problem.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import own_matter_questions as own_matter
from actions import procedure_questions as procedure
from actions import situation_questions as situation
from actions.asking_only import ASKS_TO_FILE
from actions.matter_kind import ASKING_ONLY, CONSULTATION, detect_matter_kind, is_grievance
from actions.progress_start import start_check
from actions.progress_turns import asks_progress
from actions.question_detect import detect_question, further_questions, of_procedure, question_clauses
from actions.question_kinds import FAQ_KEY, QuestionKind
from actions.question_patterns import ASKS_MATERIALS
from actions.review_or_sue import review_or_sue_answer
from actions.service_offices import OFFICES, office_for
from actions.service_times import service_time_answer
from bot.domain import text as textutil
from bot.domain.knowledge import faq_answer
from bot.domain.safety import detect_crisis


def consultation_answer(question: str, place: str | None = None, *, during_intake: bool = False) -> str:
    """Where to get something done. `during_intake`: asked while a matter is being recorded ("要带什么材料去办" at
    its summary), where "this needs no registering" would say the opposite of what is going on."""
    if during_intake:
        return (
            f"办这件事，直接问办事的地方最快：{office_for(question, place)}。拿不准的话，也可以打12345政务服务便民热线问清楚。"
            "您反映的这件事，我照样帮您登记。"
        )
    return (
        f"您问的是办事的问题，这不用登记成信访事项，直接问办事的地方最快：{office_for(question, place)}。"
        "拿不准的话，也可以打12345政务服务便民热线问清楚。\n"
        "如果办事时遇到了问题，比如一直办不下来、被推来推去，跟我说说经过，我帮您登记反映。"
    )


# the procedure's own time, asked with a question about it ("这个能申请仲裁吗 要多久"): the office's answer
# above does not say it
PROCEDURE_TIMES = frozenset({QuestionKind.ARBITRATION_TIME, QuestionKind.REVIEW_TIME})


def consultation_answers(question: str, place: str | None = None) -> list[str]:
    """The answer to a question about getting something done, and to how long that procedure takes when the
    message asks it too."""
    first = detect_question(question)
    if (missed := review_missed_answer(question)) is not None:
        return [missed]  # "复议的60天过了 还有办法吗": the suit's 6 months, not the review office's desk
    if first is QuestionKind.REVIEW_OR_SUE:  # "罚款能不能不复议直接去法院起诉": either way, with both limits
        return [review_or_sue_answer(textutil.normalize_for_parsing(question))]
    times = [kind for kind in (first, *further_questions(question, first)) if kind in PROCEDURE_TIMES]
    # "个体户要年报吗 去年忘报了会罚吗": the substance the knowledge file answers, beside the desk to ask
    clean = textutil.normalize_for_parsing(question or "")
    own = [faq_answer(key)] if (key := own_matter.answer_key(first, question_clauses(clean), clean)) else []
    if not times and (took := service_time_answer(question, place=place)) is not None:
        return [consultation_answer(question, place), *own, took]  # "营业执照注销去哪办 要多久"
    return [consultation_answer(question, place), *own, *(faq_answer(FAQ_KEY[kind]) for kind in times)]


def review_missed_answer(question: str, before: str = "") -> str | None:
    """The answer to "过了60天还有办法吗" (the question, read with what was asked `before`), or None."""
    clean = textutil.normalize_for_parsing(question or "")
    before_clean = textutil.normalize_for_parsing(before or "")
    missed = any(
        procedure.asked(clause, clean, before_clean) is QuestionKind.REVIEW_MISSED
        for clause in question_clauses(clean)
    )
    return faq_answer(FAQ_KEY[QuestionKind.REVIEW_MISSED]) if missed else None


MATERIALS_FOR_SERVICE = (
    "要带哪些材料，以办事的地方公布的清单为准，各地会有些不同：一般都要带身份证、户口簿，再加上能说明您情况的证明。"
    "去之前最好先打电话问清楚，省得白跑：{where}。"
)
# "要带啥材料 要钱不": the fee asked beside the papers, of the same service (not the petition's fees)
SERVICE_FEE = "申请本身一般不收费，具体以办事的地方说的为准；有人说交钱能帮您“代办”“快办”的，请不要相信。"
PLACE_ONLY = (
    "好的，您在{place}的话：{where}。拿不准的话，也可以打12345政务服务便民热线问清楚；"
    "办的时候遇到了问题，比如一直办不下来、被推来推去，跟我说说经过，我帮您登记反映。"
)


def follow_up_answer(
    before: str, text: str, place: str | None = None, *, only_place: bool = False
) -> str | None:
    """A message that goes on from an earlier question about getting something done (`before`): what to bring,
    or only the county ("俺在河南省信阳市光山县", `only_place`); None when it is neither."""
    clean = textutil.normalize_for_parsing(text or "")
    if ASKS_TO_FILE.search(clean):  # "我就是要反映 街道推来推去的": filed now, no more about the service
        return None
    if (missed := review_missed_answer(clean, before)) is not None:
        return missed  # "那我现在是不是没办法了" after "复议要60天内 已经过了四个多月了"
    asked = detect_question(clean)
    if (procedure_time := of_procedure(asked, clean, before)) in PROCEDURE_TIMES:
        # "多久出结果你没说啊" after "劳动仲裁要钱吗 要多久能出结果"; "复议输了呢" after how to apply for one
        return faq_answer(FAQ_KEY[procedure_time])
    if (took := service_time_answer(text, before, place)) is not None:
        return took  # "那要多久能办下来" after "营业执照注销去哪办": the office's time, not the petition's
    if ASKS_MATERIALS.search(clean):
        # "办残疾证要带啥" names its own service; "那要带啥材料" means the one asked about before
        papers = MATERIALS_FOR_SERVICE.format(
            where=office_for(text if names_service(text) else before, place)
        )
        fee_asked = QuestionKind.FEES in (asked, *further_questions(clean, asked))  # "补办要交钱不 要带啥"
        return papers + SERVICE_FEE if fee_asked else papers
    office = office_for(text if names_service(text) else before, place)
    if asked is QuestionKind.FEES and not _OF_PETITIONING.search(clean + office):
        # "那办证要钱不": the fee of the service asked about, not the petition's ("反映这个要钱吗" is) nor a
        # court's ("离婚去哪里办 他不同意" is a suit: the fees answer tells 诉讼费)
        return f"{SERVICE_FEE}{office}。"
    if only_place and place:
        return PLACE_ONLY.format(place=place, where=office_for(before, place))
    if not only_place and asks_more(clean):  # "那没备案的还能补吗": the same service, asked further
        return FOLLOW_UP.format(where=office_for(text if names_service(text) else f"{before}，{text}", place))
    if not only_place and tells_only_context(clean):  # "他是退休工人 在成都": the same question
        return SAME_QUESTION.format(where=office_for(before, place))
    return None


_OF_PETITIONING = re.compile(r"反映|投诉|举报|信访|上访|登记|打官司|起诉|告|仲裁|复议|律师|法院")


FOLLOW_UP = (
    "{where}。具体以办事的地方说的为准，打个电话问清楚再去，省得白跑；"
    "办的时候遇到了问题，比如一直办不下来、被推来推去，跟我说说经过，我帮您登记反映。"
)


SAME_QUESTION = (
    "明白，还是您刚才问的事，这不用登记成信访事项：{where}。打个电话问清楚再去，省得白跑；"
    "办的时候遇到了问题，比如一直办不下来、被推来推去，跟我说说经过，我帮您登记反映。"
)


# something not done or gone wrong ("路灯一个月没亮了"): a matter, not more about the one asked for
_SOMETHING_AMISS = re.compile(r"不|没|冇|未|莫|别|坏|停|丢|少了|晚了|把[^,，。\s]{1,10}了")
# longer than this, a message tells a matter of its own
MAX_CONTEXT_CJK = 30


def tells_only_context(clean: str) -> bool:
    """More about the one the question was about ("他是退休工人 在成都 单位是国企"): no question of its own,
    nothing amiss, no question about another service; it asks the same question again."""
    return (
        detect_question(clean) is None
        and not is_grievance(clean)
        and not _SOMETHING_AMISS.search(clean)
        and not is_consultation(clean)
        and textutil.cjk_count(clean) <= MAX_CONTEXT_CJK
    )


def asks_more(clean: str) -> bool:
    """A question that goes on from the one answered ("能不能让村里帮忙代办", "就问问去哪领"), telling no
    grievance of its own."""
    kind = detect_question(clean)
    # "能不能让村里帮忙代办", "她本人不去行不行": someone else doing it, for the same service
    if kind not in (None, QuestionKind.OTHER, QuestionKind.WHICH_OFFICE, QuestionKind.PROXY):
        return False  # "那要花多少钱": a question the knowledge file answers (fees, with 诉讼费)
    asks = kind is not None or bool(ASKING_ONLY.search(clean))
    return asks and not is_grievance(ASKING_ONLY.sub("", clean))  # "我没有要投诉": no grievance told


# the answer first; who has the last word after it
SERVICE_QUESTION = "{where}。能不能办，最后以管这件事的部门说的为准。"


def service_answer(question: str | None, story: str | None = None) -> str | None:
    """A question the knowledge file has no answer for ("能让他们上门认证吗", "低保还能恢复不"), about a service
    the question or the story names: who decides it; None when neither names one."""
    asked = [question] if not asks_for_service(question) else [question, story]
    said = next((s for s in asked if s and names_service(s)), None)
    return SERVICE_QUESTION.format(where=office_for(said, story=story)) if said else None


# "能让他们上门认证吗", "还能补发不": a question that asks for something to be done; only such a question takes its
# service from the story (not "自家儿子咋个告嘛" after "老大在长沙开店", which asks nothing of a licence office)
SERVICE_ASKED = re.compile(
    r"认证|办|补|恢复|领|申请|审批|上门|手续|材料|证明|开具|转|报销|发放|续|换(?:证|本|领|发|新)|更换|退"
)


def asks_for_service(question: str | None) -> bool:
    """Whether a question asks for something to be done for the citizen, so the story may name the service."""
    return bool(SERVICE_ASKED.search(textutil.normalize_for_parsing(question or "")))


def names_service(text: str) -> bool:
    """Whether a question names the service it is about ("办残疾证…"), so an office can be named."""
    clean = textutil.normalize_for_parsing(text or "")
    return any(re.search(words, clean) for words, _ in OFFICES)


def consultation_before(slots: Mapping[str, Any], user_texts: list[str], window: int = 3) -> str | None:
    """The citizen's earlier question about getting something done (among the last `window` messages before
    the latest), while no matter is being told; None otherwise. A story that tells no grievance, taken down
    after the question ("他是退休工人 在成都"), is more of that question."""
    story = slots.get("issue_text")
    if story and is_grievance(story):
        return None
    return next((text for text in reversed(user_texts[-window:]) if is_consultation(text)), None)


# a question about getting something done names the service, or asks for the procedure
PROCEDURE = re.compile(r"材料|手续|证件|证明|流程|条件|办理|补办|申请|审批|多少钱|费用|窗口")


# a trouble told with the question ("宅基地被堂哥盖了猪圈占了一大半 要找哪个单位", "申请信息公开 两个多月一点回音
# 都没有 怎么办"): a matter to file, however it is asked
TELLS_TROUBLE = re.compile(
    r"被[^，,。！!？?\s]{0,10}占|占了|(?:回音|音讯|下文|答复|回复|动静)[^，,。]{0,3}(?:没有|没|冇)|"
    r"(?:没有|没|冇|不)(?:给|作)?(?:回音|音讯|下文|答复|回复)|"
    # "不交就要清理", "不缴钱就停水": a demand with a threat
    r"不(?:交|缴|补交|补缴|给)钱?就"
)


# a right in a procedure, answered with the law (actions.procedure_questions), not with an office's desk
# "罚款能不能不复议直接去法院起诉": which of review and suit, by the law, not the review office's desk
RIGHTS_ASKED = frozenset(
    {
        QuestionKind.ENFORCE_JUDGMENT,
        QuestionKind.PENALTY_HEARING,
        QuestionKind.COMPENSATION,
        QuestionKind.REVIEW_OR_SUE,
    }
)


def is_consultation(text: str) -> bool:
    clean = textutil.normalize_for_parsing(text or "")
    if detect_matter_kind(clean) != CONSULTATION:
        return False
    if TELLS_TROUBLE.search(clean) or detect_crisis(clean) is not None:
        return False  # a trouble or a danger told ("老公喝了酒会动手打我 这种能怎么办") is no question about a service
    if situation.CHILD_SUPPORT.search(clean) or situation.CHILDREN_FAIL.search(clean):
        return False  # "前夫两年没给抚养费了 这个找哪里": support owed is a claim, not a desk to ask (no 离婚 answer)
    first = detect_question(clean)
    if RIGHTS_ASKED & {first, *further_questions(clean, first)}:
        return False  # "要不要申请执行", "罚之前能申辩吗": the reviewed answer of the procedure, not a desk to ask
    named = names_service(clean)
    # "…术后感染 医疗事故鉴定去哪申请": the reviewed answer about one's own matter, no desk to name
    if first is QuestionKind.OWN_MATTER and not named:
        return False
    return bool(PROCEDURE.search(clean)) or named


class AnswerConsultation(Action):
    """Answers the question; a running intake goes on afterwards (rules), outside one nothing is filed."""

    def name(self) -> str:
        return "action_answer_consultation"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        if not tracker.active_loop.get("name") and asks_progress(textutil.normalize_for_parsing(text)):
            return start_check(
                dispatcher
            )  # "登记过一个事 编号XF… 到哪一步了 还想补充个材料": the check first
        before = consultation_before(tracker.slots, earlier_user_texts(tracker))
        follow = follow_up_answer(before, text) if before else None
        for answer in [follow] if follow else consultation_answers(text):
            dispatcher.utter_message(text=answer)
        if tracker.active_loop.get("name") == "intake_form":
            dispatcher.utter_message(response="utter_intake_resumed")
        return []


def earlier_user_texts(tracker: Tracker) -> list[str]:
    """What the citizen wrote before the latest message, oldest first."""
    texts = [event.get("text") or "" for event in tracker.events if event.get("event") == "user"]
    return texts[:-1]


def county_of(code: str | None, gazetteer) -> str | None:
    """The county (or city, when only the city is known) of a division code: "411522…" → "光山县"."""
    if not code or len(code) < 4:
        return None
    division = gazetteer.get(code[:6]) or gazetteer.get(code[:4])
    return division.name if division is not None else None
