"""Questions asked once a case is filed: answered for the route the case was given, never a new matter's story.

After filing the story slots are cleared (`RESET_AFTER_FILING`) but `case_number`, `route` and `route_variant`
stay: "那我好久能拿到钱咯" is answered with that route's time limits, "咁我今晚佢再嘈可以点算？" with where to
turn now, "复议要去哪里申请？" with where that is done. A message that tells a new matter is left to the intake.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from actions.asking_only import JUST_ASKING, just_asking
from actions.consultation import asks_for_service, is_consultation, names_service, office_for
from actions.matter_kind import is_grievance, tells_a_story
from actions.matter_split import another_matter
from actions.procedure_questions import asks_further
from actions.progress_turns import asks_if_overdue
from actions.question_detect import asks_what_to_do, detect_question, question_clauses, without_questions
from actions.question_forms import asks_back
from actions.question_kinds import MATTER_KINDS, QuestionKind
from actions.questions import answer_in_context, own_matter_answer
from actions.story_kind import story_kind
from bot.domain import text as textutil
from bot.domain.knowledge import faq_answer, load_knowledge, route_brief, route_time_lines
from bot.domain.routing import RouteDecision

# "好久能拿到钱", "什么时候有结果", "你们管不管": the time limits of the route the case was given
TIMELINE_KINDS = frozenset({QuestionKind.WHEN_HANDLED, QuestionKind.WILL_YOU_ACT, QuestionKind.GET_BACK})
# questions about the filed matter itself, by the route variant it was given, whatever else the message tells
FILED_MATTER_KINDS = {QuestionKind.MEDICAL_RECORDS: "medical"}
TIMELINE = "您的事项已经登记了（编号 {case}），什么时候有结果，要看这件事走的途径：{title}。时间上是这样算的：\n{lines}"
# "你们就不能直接让公司赔吗": the office asked to make the other side pay, which a statutory procedure decides
_MAKE_THEM_PAY = re.compile(
    r"你们[^,，。]{0,6}(?:让|叫|逼|要|替我|帮我)[^,，。]{0,6}(?:赔|给钱|付钱|补偿|把钱)"
)
NOT_FOR_US = (
    "信访部门不能直接让对方赔钱，信访也代替不了法定途径。您的事项已经登记了（编号 {case}），"
    "要走的途径是：{title}。时间上：\n{lines}"
)
OVERDUE = (
    "您的事项已经登记了（编号 {case}）。有没有超期，要对照这件事走的途径（{title}）的期限来算：\n{lines}"
)
WHAT_NOW = (
    "您的事项已经登记了（编号 {case}），会转给管这件事的部门，工作人员也能看到您刚才问的。"
    "眼下要是又出了情况：{brief}\n有人身安全危险的急事，请直接打110。"
)
SERVICE = "{where}。您的事项已经登记了（编号 {case}），用编号随时能查进度。"
NOT_KNOWN_HERE = (
    "您问的“{question}”，我这里没有准确的答案，不敢乱说：这要看当地的具体规定和您这件事的情况。"
    "可以问问{who}。您的事项已经登记了（编号 {case}），工作人员也能看到您问的这个。"
)


def filed_route(slots: Mapping[str, Any]) -> RouteDecision | None:
    """The route of the case just filed, while no new matter is being told; None otherwise."""
    if not slots.get("case_number") or not slots.get("route") or slots.get("issue_text"):
        return None
    return RouteDecision(str(slots["route"]), slots.get("route_variant") or None, "")


def after_filing_answer(slots: Mapping[str, Any], text: str, story: str | None = None) -> str | None:
    """The answer to a question about the case just filed, or None (no case, no question, or a new matter);
    `story`, what the citizen told before, answers a question about the matter's substance."""
    if filed_route(slots) is None:
        return None
    kind = detect_question(textutil.normalize_for_parsing(text or ""))
    if kind is not None and story and (own := own_matter_answer(kind, text, story)) is not None:
        return own  # "那我这个到底算不算工伤" of a rider's accident just filed
    return filed_case_answer(slots, text, story)


def filed_case_answer(slots: Mapping[str, Any], text: str, story: str | None = None) -> str | None:
    """`after_filing_answer` once the substance of the matter (`own_matter_answer`) has answered nothing."""
    route = filed_route(slots)
    if route is None:
        return None
    clean = textutil.normalize_for_parsing(text or "")
    case = slots.get("case_number")
    kind = detect_question(clean)
    if kind is None:
        return JUST_ASKING if just_asking(clean) else None  # "不是新的事 我就问问"
    if kind is QuestionKind.OTHER and story and asks_for_service(clean) and names_service(story):
        return SERVICE.format(
            where=office_for(story), case=case
        )  # "停了的钱能补发吗" of a pension not certified
    if (told := story_kind(kind, text, story)) is not kind and told is not None:
        return answer_in_context(
            told, text, story, route=route
        )  # "那到底要不要全体同意" of a lift just filed
    # "还有 医院不给复印病历 这合法吗" of a medical case filed: about that case, whatever else it tells
    if kind in FILED_MATTER_KINDS and FILED_MATTER_KINDS[kind] == route.variant:
        return answer_in_context(kind, text, route=route)
    if tells_new_matter(text, story) and not asks_back(clean):
        return None  # a new matter told with a question: the intake reads it ("还要我再申请一次？" is no new one)
    if _MAKE_THEM_PAY.search(clean) and route.code != "petition":
        lines = route_time_lines(route.code, route.variant, story=f"{story or ''}\n{clean}")
        title = load_knowledge().route(route.code).resolve(route.variant).title
        if (
            lines
        ):  # "你们就不能直接让公司赔吗" of a dismissal filed for arbitration: that procedure and its limits
            return NOT_FOR_US.format(title=title, case=case, lines="\n".join(f"· {line}" for line in lines))
    if kind in MATTER_KINDS:  # "所以社保到底能不能补交": the reviewed answer, not the office's desk
        return answer_in_context(kind, text, route=route)
    if names_service(clean) and is_consultation(clean):  # "复议要去哪里申请？要带什么？"
        return SERVICE.format(where=office_for(clean), case=case)
    if kind in TIMELINE_KINDS or asks_if_overdue(clean):  # "答复是否超期": that route's own time limits
        if route.code == "petition":  # "多久必须回我": the steps of 第22、23、34条, not only the 60 days
            return faq_answer("waiting")
        lines = route_time_lines(route.code, route.variant, story=f"{story or ''}\n{clean}")
        if lines:
            title = load_knowledge().route(route.code).resolve(route.variant).title
            said = OVERDUE if asks_if_overdue(clean) else TIMELINE
            return said.format(case=case, title=title, lines="\n".join(f"· {line}" for line in lines))
    if kind is QuestionKind.OTHER and route.code == "litigation" and asks_further(clean):  # "那还能再告吗"
        return answer_in_context(QuestionKind.RETRIAL, text, route=route)
    if kind is QuestionKind.OTHER and names_service(clean):  # "能不能让他们上门来认证": that service's desk
        return SERVICE.format(where=office_for(clean, story=story), case=case)
    if kind is QuestionKind.OTHER and not asks_back(clean) and not asks_what_to_do(clean):
        return not_known_here(
            route, case, text
        )  # "供暖不达标能退暖气费吗": no answer here, said so, and who knows
    if kind is QuestionKind.OTHER or asks_what_to_do(clean):  # "今晚再吵怎么办": where to turn now
        return what_now(route, case)
    answer = answer_in_context(kind, text, route=route)
    return answer or what_now(route, case)


# "那他…", "这个…", "对方…": the words beside the question point back at what was told
_POINTS_BACK = re.compile(r"^(?:那|这|他|她|对方|人家)")
# characters of grammar, which two stories share whatever they tell
_GRAMMAR = re.compile(r"[我你您他她它们的了是在有这那个一不没就都也还要吗呢吧啊和跟给把被说]")
MIN_SHARED_WORDS = 2


def about_the_case(told: str, story: str | None) -> bool:
    """Whether what a question after filing tells goes on from the story filed: it points back at it, or shares
    words of it ("区政府从9月3日到10月30日才答复" of an information request to that 区政府)."""
    if _POINTS_BACK.match(told):
        return True
    return len(_words(told) & _words(story or "")) >= MIN_SHARED_WORDS


def _words(text: str) -> set[str]:
    """The two-character spans of a text's content words (its grammar characters taken out)."""
    plain = _GRAMMAR.sub(" ", textutil.normalize_for_parsing(text))
    return {plain[i : i + 2] for i in range(len(plain) - 1) if textutil.cjk_count(plain[i : i + 2]) == 2}


def tells_new_matter(text: str, story: str | None = None) -> bool:
    """Whether a question after filing comes with another matter: one announced ("还有个事…"), a trouble told beside
    it, or a story that has nothing to do with the case filed (`story`, what was told before)."""
    told = without_questions(text)
    if not tells_a_story(told):
        return False
    if another_matter(text) is not None or is_grievance(told):
        return True
    return not about_the_case(told, story)


def not_known_here(route: RouteDecision, case: Any, text: str) -> str:
    """A question after filing that nothing here answers: said honestly, with the lines of the case's route."""
    asked = question_clauses(text)
    question = (asked[-1] if asked else textutil.normalize_for_parsing(text)).strip().rstrip("?？")
    lines = load_knowledge().route(route.code).resolve(route.variant).hotlines
    who = "、".join(f"{line.number}（{line.what}）" for line in lines) or "受理您这件事的部门"
    return NOT_KNOWN_HERE.format(question=question, who=who, case=case)


def what_now(route: RouteDecision, case: Any) -> str:
    """Where to turn now about the matter filed ("今晚再吵怎么办"), by its route."""
    return WHAT_NOW.format(case=case, brief=route_brief(route.code, route.variant))
