"""Questions first: a message that asks something is answered, and never stored as the answer to ours.

The reviewed answers come from the knowledge file's FAQ (the kind's entry in `FAQ_KEY`); some depend on the
story told so far, which names the route and the office. What a message asks is read by
`actions.question_detect.detect_question`.
"""

from __future__ import annotations

import re

from actions import matter_questions as matter
from actions import own_matter_questions as own_matter
from actions import procedure_questions as procedure
from actions import situation_questions as situation
from actions.consultation import asks_for_service, names_service, service_answer
from actions.crisis_questions import urgent_question_answer, violence_question_answer
from actions.matter_kind import PRAISE, SUGGESTION, detect_matter_kind
from actions.question_answers_by_route import (
    NOT_A_GRIEVANCE,
    REGISTERED_TOO,
    office_of_the_service,
    time_limits_answer,
)
from actions.question_detect import detect_question, question_clauses, without_questions
from actions.question_forms import FEARS_RETALIATION, GOING_HIGHER
from actions.question_kinds import FAQ_KEY, OWN_ANSWER_KINDS, ROUTE_ANSWERED, QuestionKind
from actions.review_first_meaning import review_first_meaning
from actions.review_or_sue import review_or_sue_answer
from actions.route_slots import likely_route
from actions.story_kind import about_the_story
from bot.domain import text as textutil
from bot.domain.harassment import tells_sexual_harassment
from bot.domain.knowledge import faq_answer, load_knowledge, route_brief
from bot.domain.routing import RouteDecision
from bot.domain.safety import tells_domestic_violence
from bot.parsing.respondent import extract_respondent
from bot.route_model.law_rules import reports_misconduct
from bot.route_model.questions import answered_by_story

# routes of a quarrel with a neighbour or a shop: "要打官司吗" is answered with talking, mediation and court only
PRIVATE_DISPUTES = frozenset({"hotline_12345"})


def _statutory(code: str) -> bool:
    """A route of another statutory procedure (第31条): "能不能起诉" is answered by that procedure."""
    return load_knowledge().route(code).led_into


def own_answer(text: str | None, story: str | None = None) -> str | None:
    """The answer to a question on fees, confidentiality or the office, which the FAQ for its intent would miss;
    `story`, the matter told so far, picks the answer for its route."""
    kind = detect_question(text)
    if (own := own_matter_answer(kind, text, story)) is not None:
        return own  # "按规定能拿多少" of a pension's death grants, read as how long it takes
    return answer_in_context(kind, text, story) if kind in OWN_ANSWER_KINDS else None


def own_matter_answer(kind: QuestionKind | None, text: str | None, story: str | None) -> str | None:
    """The answer to a question about the substance of the matter told ("要不要先做鉴定", "该告谁"), or None."""
    told = textutil.normalize_for_parsing(f"{story or ''}\n{text or ''}")
    key = own_matter.answer_key(kind, question_clauses(text), told)
    return faq_answer(key) if key else None


# what a suggestion is asked about: whether it is registered, when it is done
SUGGESTION_ASKS = frozenset({QuestionKind.NEED_TO_FILE, QuestionKind.WHEN_HANDLED})
# whether a praise is registered at all
PRAISE_ASKS = frozenset({QuestionKind.NEED_TO_FILE, QuestionKind.WILL_YOU_ACT})
PRAISE_YES = "可以，表扬也能登记。"
# "能不能让她领导知道" of a praise: whom it reaches, not whether a report is kept secret
PRAISE_REACHES = re.compile(r"领导|单位|上级|上面|知道|转给|告诉")


def answer_in_context(
    kind: QuestionKind | None,
    text: str | None,
    story: str | None = None,
    *,
    route: RouteDecision | None = None,
) -> str | None:
    """The reviewed answer to a question of this kind, given what was said with it (`text`, the message) and the
    story told before: "能保密吗" with a report of an official gets the plain yes of 第30条, and "该找哪个部门"
    the route the story already points to (`route`: the one a filed case was given)."""
    told = f"{story or ''}\n{text or ''}".strip()
    if violence := violence_question_answer(text, told):  # "能离婚吗" from someone beaten at home
        return violence
    if urgent := urgent_question_answer(text, told):  # "要不要等24小时" when grandma went missing yesterday
        return urgent
    if (own := own_matter_answer(kind, text, story)) is not None:
        return own  # "要不要先做鉴定", "该告谁": the substance of the matter told
    kind = QuestionKind.OTHER if kind is QuestionKind.OWN_MATTER else kind  # asked of a matter not told
    kind = about_the_story(kind, text, told)  # "我这个能去劳动局告吗" after a nanny's story
    if kind in SUGGESTION_ASKS and story and detect_matter_kind(story) == SUGGESTION:
        return faq_answer("suggestion_handling")  # "这个要登记吗 多久能装上" of a bus shelter (lead-042)
    praised = (route is not None and route.code == "praise") or detect_matter_kind(told) == PRAISE
    if kind is not None and praised and PRAISE_REACHES.search(textutil.normalize_for_parsing(text or "")):
        return faq_answer("praise_forwarded")  # "能不能让她领导知道": the praise goes to her unit
    if kind in PRAISE_ASKS and detect_matter_kind(told) == PRAISE:
        return PRAISE_YES  # "能不能登记一下 表扬一下交通站": a plain yes, no "您别着急"
    if kind is QuestionKind.WHICH_OFFICE and GOING_HIGHER.search(textutil.normalize_for_parsing(told)):
        return faq_answer(
            "visit_where"
        )  # "我在北京现在该去哪": the reception of the organ, or the one above it
    office = situation.matter_office(textutil.normalize_for_parsing(told))
    if kind is QuestionKind.WHICH_OFFICE and office is not None:
        return f"{faq_answer(office)}{REGISTERED_TOO}"  # "这种事到底该找谁" of a bought election: who the law names
    if kind is QuestionKind.STILL_IN_TIME and (limits := time_limits_answer(told, route)):
        return limits  # "过了一年多了还来得及吗": the time limits of the story's route
    reported = route is not None and route.code == "discipline_inspection"  # a report filed as one
    if kind is QuestionKind.CONFIDENTIALITY and (reported or reports_misconduct(told)):
        # "这个会转给他们派出所吗" after a report filed as one: the plain yes of 第30条
        return faq_answer("confidentiality_report")
    if kind is QuestionKind.CONFIDENTIALITY and FEARS_RETALIATION.search(
        textutil.normalize_for_parsing(text or "")
    ):
        return faq_answer(
            "confidentiality_retaliation"
        )  # "反映了会不会被封号啊": what they may learn, no retaliation
    if kind in (QuestionKind.CAN_I_SUE, QuestionKind.WHICH_OFFICE) and situation.CHILD_SUPPORT.search(
        textutil.normalize_for_parsing(told)
    ):
        return question_answer(
            QuestionKind.CHILD_SUPPORT
        )  # "孩子抚养费他不给 能告他吗": a child's, not a parent's
    if kind in (QuestionKind.CAN_I_SUE, QuestionKind.WHICH_OFFICE) and situation.CHILDREN_FAIL.search(
        textutil.normalize_for_parsing(told)
    ):
        return question_answer(QuestionKind.SUPPORT)  # "儿子们都不养我 我能告他们吗": support, no time limit
    if kind is QuestionKind.CONFIDENTIALITY and tells_domestic_violence(told):
        return faq_answer("confidentiality_violence")  # "登记了他会知道吗" from someone beaten at home
    if (
        kind is QuestionKind.GET_BACK
        and matter.REPORTED_TO_POLICE.search(told)
        and matter.RECOVERED.search(textutil.normalize_for_parsing(text or ""))
        and not situation.tells_seizure(told)
    ):
        return faq_answer("police_recovery")  # "丢的牛还能找回来不" after a report that went nowhere: 12309
    if kind is QuestionKind.GET_BACK and not situation.tells_seizure(told):
        return _get_back_by_route(told, route)  # "钱能追回来吗" after a fraud: the story's route says how
    if kind is QuestionKind.DOES_IT_HELP and (
        other := situation.ANOTHER_OFFICE_HELPS.search(textutil.normalize_for_parsing(text or ""))
    ):
        if situation.LOCAL_MEDIATOR.search(other.group()) and _between_people(told):
            return faq_answer("local_mediation")  # "找街道有用没" of neighbours quarrelling: mediation, free
        return _get_back_by_route(told)  # "找劳动局有用吗": which office does help, by the story's route
    if (
        kind
        in (
            QuestionKind.OTHER,
            QuestionKind.CONFIDENTIALITY,
            QuestionKind.CAN_I_SUE,
            QuestionKind.WHICH_OFFICE,
        )
        and matter.LOSING_THE_JOB.search(textutil.normalize_for_parsing(text or ""))
        and tells_sexual_harassment(told)
    ):
        return question_answer(QuestionKind.HARASSMENT)  # "举报了会不会丢工作" after a story of harassment
    if kind is QuestionKind.WHAT_IS_REVIEW_FIRST and story:  # "复议前置是啥": for the matter told
        return review_first_meaning(story, route)
    if (procedural := _procedural_answer(kind, text, told)) is not None:
        return procedural
    if kind is QuestionKind.PROXY and (service := service_answer(text, story)) is not None:
        return service  # "能不能让村里帮忙代办" of an old-age allowance: the office that pays it decides
    if kind is QuestionKind.OTHER:  # "能让他们上门认证吗" about a pension: who decides it
        return service_answer(text, story)
    general = question_answer(kind) if kind is not None else None
    if general is None or kind not in ROUTE_ANSWERED:
        return general
    if kind is QuestionKind.CAN_I_SUE and sues_someone_named(text):
        # "能不能起诉公积金中心": about the one the question names, not the story's ("俺邻居王长河…把院墙垒过来
        # 俺能不能直接去法院告他" asks about the story)
        return general
    # the story alone names the route when there is one: "你答的啥" said with the question tells nothing of it
    route = route or (likely_route({"issue_text": story}) if story else None) or _route_of_the_story(told)
    route = _review_first(route, told)
    undecided = route is None or route.code in NOT_A_GRIEVANCE
    if (undecided or kind is QuestionKind.IS_IT_LAWFUL) and (office := office_of_the_service(kind, told)):
        # "我能告他们吗" of a disclosure request unanswered, "这样合理吗" of a cemetery's fees: the office and its
        # rule, not the general list nor "不能替他们下结论"
        return office
    if route is None or route.code in NOT_A_GRIEVANCE:
        return general
    brief = route_brief(route.code, route.variant)
    if kind is QuestionKind.WHICH_OFFICE or (kind is QuestionKind.CAN_I_SUE and _statutory(route.code)):
        return f"{brief}{REGISTERED_TOO}"
    if kind is QuestionKind.CAN_I_SUE and route.code in PRIVATE_DISPUTES:
        return faq_answer("can_i_sue_civil")  # "这点事还要打官司吗" of a neighbour's noise: no 复议 for it
    return general if kind is QuestionKind.CAN_I_SUE else f"{general}\n{brief}"


def _route_of_the_story(told: str) -> RouteDecision | None:
    """The route of a message that tells and asks at once; "我该找谁" pulls the reading towards petitioning
    itself (申诉求决), so then the story without its questions is read again ("电动车上不了牌 店里说…")."""
    route = likely_route({"issue_text": told})
    if route is None or route.code != "petition":
        return route
    told_only = without_questions(told)
    return (likely_route({"issue_text": told_only}) if told_only else None) or route


_REVIEW = re.compile(r"复议")


def _procedural_answer(kind: QuestionKind | None, text: str | None, told: str) -> str | None:
    """The answers that depend on the story: compensation by who caused the loss, a proxy for a review, enforcing a
    judgment with the enforcement route's reviewed brief; None for other kinds."""
    if kind is QuestionKind.COMPENSATION:
        route = likely_route({"issue_text": told})
        return faq_answer(procedure.compensation_key(told, route.code if route else None))
    if kind is QuestionKind.PROXY and _REVIEW.search(textutil.normalize_for_parsing(told)):  # 復議 too
        return faq_answer("review_proxy")  # "那我妈要自己去办复议吗 她八十了走不动"
    if kind is QuestionKind.PROXY and procedure.FOR_SOMEONE_ELSE.search(
        textutil.normalize_for_parsing(text or "")
    ):
        return faq_answer("proxy_relative")  # "台湾人可以替大陆亲戚反映吗": the one asking writes for another
    if kind is QuestionKind.ENFORCE_JUDGMENT:
        return f"{faq_answer('enforce_judgment')}{route_brief('litigation', 'enforcement')}"
    if kind is QuestionKind.REVIEW_OR_SUE:  # "直接去法院告还是先复议"
        return review_or_sue_answer(told)
    return None


def _review_first(route: RouteDecision | None, told: str) -> RouteDecision | None:
    """The route, or review first for a penalty told as decided on the spot ("当场罚了我200"): such a penalty is
    reviewed before any suit (行政复议法 第23条), whatever the route question may still ask."""
    if not answered_by_story("review_first", told):
        return route
    if route is None or (route.code == "administrative_review" and route.variant is None):
        return RouteDecision("administrative_review", "review_first")
    return route


# "去法院告他": the court is where one sues, not whom
_COURT_AS_PLACE = re.compile(r"(?:去|到|上|向)(?:人民)?(?:法院|法庭)")


def sues_someone_named(text: str | None) -> bool:
    """Whether the question itself names whom to sue ("能不能起诉公积金中心"), not only the story told with it."""
    asked = _COURT_AS_PLACE.sub("", "，".join(question_clauses(text)))
    return bool(extract_respondent(asked))


# beside a question, fewer Chinese characters than this tell nothing more of the matter ("老人真下不了床")
ASIDE_CJK = 8


def answered_aside(text: str | None, story: str | None) -> bool:
    """A question the FAQ has no entry for, with little else said, that the office of the service it (or the
    story) names answers ("能让他们上门认证吗 老人真下不了床" about a pension): answered, never more story."""
    clean = textutil.normalize_for_parsing(text or "")
    if violence_question_answer(clean, f"{story or ''}\n{clean}"):
        return True  # "武汉洪山区 我能不能离婚 孩子跟谁" from someone beaten at home, beside the answer
    if detect_question(clean) is not QuestionKind.OTHER or service_answer(clean, story) is None:
        return False
    # the first message ("高龄津贴要本人去认证 她瘫在床上去不了 这个能不能让他们上门"), or beside an answer ("社保局
    # 游仙区的 能不能上门认证啊 他走不了路"): a service asked for and named in the question itself
    asked = ",".join(question_clauses(clean))
    named = asks_for_service(asked) and names_service(asked if story else clean)
    rest = _HEARSAY.sub("", without_questions(clean))  # "阿拉儿子讲勿要退": what another said adds no matter
    return named or textutil.cjk_count(rest) < ASIDE_CJK


# a clause of what someone else says of the question ("儿子讲勿要退", "邻居说不用管"): no more of the matter
_HEARSAY = re.compile(
    r"[^,，。;；\s]{0,4}(?:儿子|女儿|闺女|老伴|老头子?|老太婆|家里人|邻居|他们|别人|人家|亲戚|朋友)"
    r"(?:也|都)?(?:讲|说)[^,，。;；\s]{0,12}"
)


def _between_people(told: str) -> bool:
    """A quarrel between neighbours or in a family, by its likely route: a civil dispute, or not decided yet."""
    route = likely_route({"issue_text": told})
    return route is None or (route.code, route.variant) == ("litigation", "civil_dispute")


def _get_back_by_route(told: str, route: RouteDecision | None = None) -> str | None:
    """Where to go about the story when no one answer fits (money lost, whether another office helps): the
    route the story points to (`route`: the filed case's), or suing."""
    route = route or likely_route({"issue_text": told})
    if route is None or route.code in NOT_A_GRIEVANCE:
        return question_answer(QuestionKind.CAN_I_SUE)
    if route.code in PRIVATE_DISPUTES:
        return faq_answer(
            "get_back_civil"
        )  # "能不能帮我要回钱" from a seller: talking, 12315, mediation, court
    return f"{route_brief(route.code, route.variant)}{REGISTERED_TOO}"


# said before the reviewed answer: the plain yes the question asks for
ANSWER_LEADS = {
    QuestionKind.WILL_YOU_ACT: "您别着急，您反映的事我们管：我这就帮您登记，登记后依法转给管这件事的部门。",
}
# the FAQ on anonymity opens with "可以，"; asked whether a detail may be left out, the yes names it
MAY_SKIP_YES = "可以不留，"


def question_answer(kind: QuestionKind) -> str | None:
    """The reviewed answer from the knowledge file, or None for a kind it does not answer."""
    key = FAQ_KEY.get(kind)
    if key is None:
        return None
    try:
        answer = faq_answer(key)
    except KeyError:
        return None
    if kind is QuestionKind.ANONYMOUS and answer.startswith("可以，"):
        answer = MAY_SKIP_YES + answer[len("可以，") :]
    return ANSWER_LEADS.get(kind, "") + answer


def answer_for(text: str | None) -> str | None:
    """The reviewed answer to what the message asks, or None: for any action that answers questions."""
    return answer_in_context(detect_question(text), text)
