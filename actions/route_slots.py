"""The lawful route in the conversation's slots: decided at the summary, settled by the citizen's answer.

Slots: `route` (the code, as on the case), `route_variant`, `route_reason` (why, for staff), `route_basis`
(a hash of the details the route was decided from: a correction of the story decides it again),
`route_question` (the open question's key, or `choose` while alternatives are offered as buttons) and
`route_options` (where each answer leads).
"""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.matter_kind import NOT_FOR_A_GRIEVANCE, SUGGESTION, is_grievance, routes_for_story
from actions.route_answers import answers_given, remembered, short_digest, with_answers
from bot.cases.schemas import optional_text
from bot.domain import routing
from bot.domain.knowledge import load_knowledge
from bot.domain.routing import RouteDecision, route_title
from bot.domain.text import normalize_for_parsing
from bot.route_model.evidence import respondent_kind
from bot.route_model.examples import label_of, split_label
from bot.route_model.next_step import (
    APPEAL_UPHELD_REASON,
    CASE_OPEN,
    CASE_OPEN_REASON,
    CIVIL_DISPUTE,
    FRAUD_REASON,
    JUST_REPORTED_REASON,
    NO_CRIME_REASON,
    POLICE_INACTION,
    REVIEW,
    SWINDLE_REASON,
    consumer_mediation_failed,
    penalty_appeal_upheld,
    police_case_open,
    police_inaction_untold,
)
from bot.route_model.next_step import REASON as MEDIATION_FAILED
from bot.route_model.readings_money import (
    SALES_SCAM_REASON,
    investment_fraud,
    sales_scam_vanished,
    swindled_and_gone,
)

CHOOSE = "choose"
ROUTE_CHOICE_ENTITY = "route_choice"
BASIS_SLOTS = ("issue_text", "category", "legal_status", "respondent")
ROUTE_SLOTS = ("route", "route_variant", "route_reason", "route_basis", "route_question", "route_options")
# a proposal for what should be (第29条): studied by the organ concerned, whatever service it is about
SUGGESTION_DECISION = RouteDecision(
    "suggestion", None, "群众提的是建议（建议意见），交有关机关研究办理（第29条）", 1.0
)


# a clause denying a route ("咋是行政复议", "又不是告政府") names what the matter is not: it is no evidence for it
_DENIED_ROUTE = re.compile(
    r"[^\s,，。!！?？;；]*(?:不是|咋是|怎么是|哪是|啥是|为啥是|凭啥是|咋成了|怎么成了|咋又是|怎么又是)"
    r"[^\s,，。!！?？;；]{0,3}(?:行政复议|复议|行政诉讼|告政府|政府|仲裁|劳动局|劳动监察|12345|热线|纪检|信访)"
    r"[^\s,，。!！?？;；]*"
)


def without_denied_routes(text: str) -> str:
    """The story without the clauses that deny a route ("咋是行政复议 我们是要姓马的还钱 又不是告政府")."""
    return _DENIED_ROUTE.sub(" ", text)


def route_basis(slots: dict[str, Any]) -> str:
    # the respondent by its kind: "社保局" named more exactly ("章贡区社保局") at the summary is no new route
    # question; a party of another kind ("不是社保局 是学校") is
    basis = {**slots, "respondent": respondent_kind(optional_text(slots.get("respondent")))}
    joined = "\0".join(str(basis.get(name) or "") for name in BASIS_SLOTS)
    return short_digest(joined)


def fresh_decision(slots: dict[str, Any], *, reasking: bool = False) -> RouteDecision:
    """The route the details point to now, with a question when they do not decide and the citizen has not
    answered it yet in this intake (`reasking`: "途径不对", the question is put again whatever was answered)."""
    decision = _fresh_decision(slots)
    return decision if reasking else with_answers(decision, answers_given(slots))


def _fresh_decision(slots: dict[str, Any]) -> RouteDecision:
    story = without_denied_routes(slots.get("issue_text") or "")
    if slots.get("matter_kind") == SUGGESTION and not is_grievance(story):
        # "能不能装个红绿灯": the intake read a suggestion (no date, no one to answer for it), so is its route
        return SUGGESTION_DECISION
    details = (story, optional_text(slots.get("category")), optional_text(slots.get("legal_status")))
    respondent = optional_text(slots.get("respondent"))
    decision = routing.decide_route(*details, respondent=respondent)  # through the module: tests pin it
    if _touches(decision, NOT_A_GRIEVANCES_ROUTE) and is_grievance(story):
        # a grievance is no praise, question or proposal, as the route or as the question's other answer
        # ("围挡围了八个月 生意全垮了" is not asked "您是想提个建议吗")
        scores = routes_for_story(story, routing.route_scores(story))
        kept = {label: p for label, p in (scores or {}).items() if split_label(label)[0] != SUGGESTION_ROUTE}
        decision = routing.decide_route(*details, respondent=respondent, scores=kept or scores)
    if (
        decision.code == HOTLINE
        and respondent_kind(respondent) == "business"
        and consumer_mediation_failed(optional_text(slots.get("prior_report")))
    ):
        return RouteDecision(
            *CIVIL_DISPUTE, f"{decision.reason}；{MEDIATION_FAILED}", 1.0
        )  # the hotline was tried
    if (decision.code, decision.variant) == POLICE_INACTION and police_case_open(
        story, optional_text(slots.get("prior_report"))
    ):
        return RouteDecision(
            *CASE_OPEN, f"{decision.reason}；{CASE_OPEN_REASON}", 1.0
        )  # the police are on it
    untold = _no_refusal_told(decision, story, optional_text(slots.get("prior_report")))
    if untold is not None:
        return untold
    if (
        decision.code in (HOTLINE, REVIEW[0])  # sure of it, or asking whether it is
        and respondent_kind(respondent) in ("police", "organ")
        and penalty_appeal_upheld(story, optional_text(slots.get("prior_report")))
    ):
        return RouteDecision(
            *REVIEW, f"{decision.reason}；{APPEAL_UPHELD_REASON}", 1.0
        )  # the appeal was tried
    if decision.code != CASE_OPEN[0] and investment_fraud(story):
        return RouteDecision(*CASE_OPEN, f"{decision.reason}；{FRAUD_REASON}", 1.0)  # a crime: the police
    if decision.code != CASE_OPEN[0] and sales_scam_vanished(story, optional_text(slots.get("prior_report"))):
        return RouteDecision(*CASE_OPEN, f"{decision.reason}；{SALES_SCAM_REASON}", 1.0)
    if (
        decision.code in (CIVIL_DISPUTE[0], HOTLINE)
        and decision.variant in (None, "civil_dispute", "market")
        and swindled_and_gone(story)
    ):  # "卖保健品的骗了…人去楼空": no dispute to mediate, a swindle to report
        return RouteDecision(*CASE_OPEN, f"{decision.reason}；{SWINDLE_REASON}", 1.0)
    return decision


def _no_refusal_told(decision: RouteDecision, story: str, prior: str | None) -> RouteDecision | None:
    """A refusal to open a case read where none is told: a crime just reported is with the police, an errand sent
    between windows is a petition; None when the reading stands (or is only asked about)."""
    asked = decision.question
    read = (decision.code, decision.variant) == POLICE_INACTION
    if not read and (asked is None or (asked.yes.code, asked.yes.variant) != POLICE_INACTION):
        return None
    untold = police_inaction_untold(story, prior)
    if untold == "just_reported" and read and asked is None:
        return RouteDecision(*CASE_OPEN, f"{decision.reason}；{JUST_REPORTED_REASON}", 1.0)
    if untold == "no_crime":  # nor is "是报警以后公安不立案吗" worth asking
        return RouteDecision("petition", None, f"{decision.reason}；{NO_CRIME_REASON}", 1.0)
    return None


SUGGESTION_ROUTE = "suggestion"
HOTLINE = "hotline_12345"
NOT_A_GRIEVANCES_ROUTE = (*NOT_FOR_A_GRIEVANCE, SUGGESTION_ROUTE)


def _touches(decision: RouteDecision, codes: tuple[str, ...]) -> bool:
    """The decision is one of these routes, or its question may lead to one."""
    question = decision.question
    asked = (question.yes.code, question.no.code) if question is not None else ()
    return any(code in codes for code in (decision.code, *asked))


def settled_route(slots: dict[str, Any]) -> RouteDecision | None:
    """The route already decided for exactly these details (answered, chosen, or sure), else None."""
    if not slots.get("route") or slots.get("route_basis") != route_basis(slots):
        return None
    return RouteDecision(slots["route"], slots.get("route_variant") or None, slots.get("route_reason") or "")


def chosen_route(slots: dict[str, Any]) -> RouteDecision:
    """The route to file with: the one shown in the summary (and confirmed), else decided now."""
    return settled_route(slots) or fresh_decision(slots)


# what a citizen calling the route wrong says of whom the matter is against ("又不是告政府", "是告老板", "俺是要工钱")
_AGAINST_EMPLOYER = re.compile(
    r"告老板|找老板|是老板|老板欠|欠(?:我|俺)?(?:的)?(?:工资|工钱)|要工钱|要工资|讨工钱|讨薪|包工头|用人单位|是我单位"
)


def redecided(slots: dict[str, Any], said: str) -> RouteDecision:
    """The route again after "途径不对", from the details and what the citizen just said of them ("啥复议 俺是要工钱
    又不是告政府"): read with the story, and with the employer as the other side when the citizen names it."""
    story = "\n".join(filter(None, (str(slots.get("issue_text") or ""), said)))
    respondent = optional_text(slots.get("respondent"))
    if _AGAINST_EMPLOYER.search(normalize_for_parsing(said)):
        respondent = "老板"  # for this decision only: the respondent on record is not changed
    details = (
        without_denied_routes(story),
        optional_text(slots.get("category")),
        optional_text(slots.get("legal_status")),
    )
    decision = routing.decide_route(*details, respondent=respondent)
    return _no_refusal_told(decision, details[0], optional_text(slots.get("prior_report"))) or decision


# a route told in the middle of the conversation must be this sure; otherwise the answer stays general
LIKELY_MIN = 0.6


def likely_route(slots: dict[str, Any]) -> RouteDecision | None:
    """The route to mention before the summary ("能不能直接去北京"): settled, or clearly decided by the story so far;
    None without a story, or while a question would still be asked."""
    if not slots.get("issue_text"):
        return None
    settled = settled_route(slots)
    if settled is not None:
        return settled
    decision = fresh_decision(slots)
    return decision if decision.question is None and decision.confidence >= LIKELY_MIN else None


def route_line(decision: RouteDecision, story: str | None = None) -> str:
    """The route of the summary, with what the route's notes say for this very story ("给终本了": 恢复执行)."""
    line = f"· 建议走的途径：{route_title(decision.code, decision.variant)}"
    told = normalize_for_parsing(story or "")
    view = load_knowledge().route(decision.code).resolve(decision.variant)
    said = [note.text for note in view.notes if note.in_summary and note.about and note.concerns(told)]
    return "\n".join([line, *(f"· 提醒您：{text}" for text in said)])


def settle(slots: dict[str, Any], decision: RouteDecision, answer: bool | None = None) -> list[EventType]:
    """Slots for a settled route: no question open any more; the open question's `answer`, when the citizen gave
    one, is remembered for this intake."""
    pending = slots.get("route_question")
    key = pending if answer is not None and pending and pending != CHOOSE else None
    return [
        SlotSet("route", decision.code),
        SlotSet("route_variant", decision.variant),
        SlotSet("route_reason", decision.reason),
        SlotSet("route_basis", route_basis(slots)),
        SlotSet("route_question", None),
        SlotSet("route_options", remembered(slots, key, answer) or None),
    ]


def _encoded(decision: RouteDecision) -> list[str | None]:
    return [decision.code, decision.variant, decision.reason]


def decoded(raw: Any) -> RouteDecision | None:
    if not isinstance(raw, list | tuple) or len(raw) != 3 or not raw[0]:
        return None
    return RouteDecision(str(raw[0]), raw[1] or None, str(raw[2] or ""))


def ask_question(
    dispatcher: CollectingDispatcher, decision: RouteDecision, lead: str, slots: dict[str, Any] | None = None
) -> list[EventType]:
    """Ask the decision's question with yes/no buttons and remember where each answer leads (and the answers the
    citizen already gave, from `slots`)."""
    question = decision.question
    assert question is not None
    dispatcher.utter_message(
        text=f"{lead}{question.text}",
        buttons=[{"title": "是", "payload": "/affirm"}, {"title": "不是", "payload": "/deny"}],
    )
    options = {
        "question": question.text,
        "yes": _encoded(question.yes),
        "no": _encoded(question.no),
        "default": _encoded(decision),
        **remembered(slots or {}),
    }
    return [SlotSet("route_question", question.key), SlotSet("route_options", options)]


def offer_choices(
    dispatcher: CollectingDispatcher, decision: RouteDecision, lead: str, slots: dict[str, Any] | None = None
) -> list[EventType]:
    """The likely routes as buttons (the current one last, to keep it), when no question separates them."""
    labels = [label_of(code, variant) for code, variant in decision.alternatives]
    labels = [label for label in labels if label != decision.label][:3] + [decision.label]
    buttons = [
        {
            "title": route_title(*split_label(label)),
            "payload": f'/inform{{"{ROUTE_CHOICE_ENTITY}": "{label}"}}',
        }
        for label in labels
    ]
    dispatcher.utter_message(text=f"{lead}您看哪一条更符合您的情况？", buttons=buttons)
    options = {"choices": labels, "default": _encoded(decision), **remembered(slots or {})}
    return [SlotSet("route_question", CHOOSE), SlotSet("route_options", options)]
