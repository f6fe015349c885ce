"""Which lawful route fits a matter: 依法分类处理, 诉讼与信访分离 (第22条, 第28–31条).

The route model (`bot.route_model`, trained on examples written for the project) reads the story; what the
intake established weighs in (`bot.route_model.evidence`: the respondent and its kind, the legal status, the
category), and the precedence of 第31条 decides the rest: a matter in court or judged stays with the court;
a misconduct report goes to 纪检监察 (第30条) before the statutory procedures, which go before 12345 and an
ordinary petition. When two routes that need different advice stay close, the decision carries ONE question
the citizen can answer (`RouteQuestion`), with the route each answer leads to.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from bot.domain.knowledge import load_knowledge
from bot.domain.safety import matter_told, tells_domestic_violence
from bot.parsing.legal_status import LEGAL_STATUS_LABELS
from bot.route_model.evidence import category_hotline, respondent_kind, weigh
from bot.route_model.examples import label_of, split_label
from bot.route_model.law_rules import DOMESTIC_VIOLENCE, ENFORCEMENT, apply_law_rules, refused_enforcement
from bot.route_model.predict import route_scores
from bot.route_model.questions import answered_by_respondent, answered_by_story, denied_by_story, question_for

LEGAL_STATUSES: tuple[str, ...] = ("in_court", "judged", "in_arbitration", "administrative_decision", "none")

# sure enough to decide without asking (5-fold CV: 78% of examples decided, 93% of those right)
SURE = 0.7
MARGIN = 0.4
# a runner-up below this is not worth a question
RUNNER_UP_MIN = 0.12
# 第31条 precedence: a court case or a misconduct report this likely is asked about even when not on top
PRECEDENCE_MIN = 0.2
PRECEDENCE_LABELS = ("litigation/court_case", "discipline_inspection")
ALTERNATIVES = 3


@dataclass(frozen=True)
class RouteQuestion:
    key: str
    text: str
    yes: RouteDecision
    no: RouteDecision


@dataclass(frozen=True)
class RouteDecision:
    code: str
    variant: str | None = None
    reason: str = ""
    confidence: float = 1.0
    question: RouteQuestion | None = None  # asked before the summary when the evidence does not decide
    alternatives: tuple[tuple[str, str | None], ...] = field(default=())  # next likely (code, variant)

    @property
    def label(self) -> str:
        return label_of(self.code, self.variant)


def route_title(code: str, variant: str | None = None) -> str:
    """The route in plain words, as the knowledge file names it ("劳动保障监察投诉（欠薪、社保等）")."""
    return load_knowledge().route(code).resolve(variant).title


def _title(label: str) -> str:
    try:
        return route_title(*split_label(label))
    except (KeyError, ValueError):
        return label


def _model_reason(ranked: list[tuple[str, float]], used: list[str]) -> str:
    (top, p1), (second, p2) = ranked[0], ranked[1]
    reason = f"按反映内容判断：{_title(top)}（{p1:.2f}），其次{_title(second)}（{p2:.2f}）"
    return reason + (f"；参考了{'、'.join(used)}" if used else "")


def _decision(label: str, reason: str, confidence: float, alternatives=()) -> RouteDecision:
    code, variant = split_label(label)
    return RouteDecision(code, variant, reason, round(confidence, 3), None, tuple(alternatives))


def decide_route(
    text: str | None,
    category: str | None = None,
    legal_status: str | None = None,
    *,
    respondent: str | None = None,
    scores: Mapping[str, float] | None = None,
) -> RouteDecision:
    """The lawful route for a matter, with a reason staff can read and, when unsure, one question to ask.

    `scores` (route label → probability) replaces the model's, for tests and benchmarks of the combination.
    """
    status = legal_status if legal_status in LEGAL_STATUSES else None
    # a threat beside the matter ("我明天拿刀去找他") says how desperate, not which route
    raw = dict(scores) if scores is not None else route_scores(matter_told(text or ""))
    if status != "in_court" and refused_enforcement(text):
        # an award or judgment in force not carried out: the court enforces it (民事诉讼法 第247条)
        return _decision(
            ENFORCEMENT,
            "按反映内容判断：判决或仲裁裁决已生效，对方不履行，申请法院强制执行（民事诉讼法第247条）",
            1.0,
        )
    if status in ("in_court", "judged"):
        # 国家赔偿 follows a judgment (an acquittal): the story says which
        if status == "judged" and raw and max(raw, key=raw.get) == "state_compensation":
            return _decision(
                "state_compensation", "已有判决，反映的是国家赔偿（国家赔偿法）", raw["state_compensation"]
            )
        if status == "judged" and raw and max(raw, key=raw.get) == ENFORCEMENT:
            return _decision(ENFORCEMENT, "已有判决，对方不履行：申请法院强制执行", raw[ENFORCEMENT])
        return _decision(
            "litigation/court_case",
            f"诉讼/仲裁情况为{LEGAL_STATUS_LABELS[status]}：诉讼与信访分离（第31条第一项）",
            1.0,
        )
    if not raw:
        return RouteDecision("petition", None, "没有可用的途径模型：按普通信访事项（第31条第六项）", 0.0)

    kind = respondent_kind(respondent)
    lawful, excluded = apply_law_rules(raw, text, organ_named=kind == "organ", respondent=respondent)
    weighted, used = weigh(lawful, category=category, legal_status=status, kind=kind)
    used = excluded + used
    if status == "in_arbitration":
        # already in arbitration: labour or land contract, whichever the story is nearer to, or an award
        # already made that the other side ignores
        label = max(
            ("labour_arbitration", "land_contract_arbitration", ENFORCEMENT),
            key=lambda k: weighted.get(k, 0.0),
        )
        return _decision(label, "诉讼/仲裁情况：已在仲裁", weighted.get(label, 0.0))

    weighted = _one_hotline(weighted, category_hotline(category))
    ranked = sorted(weighted.items(), key=lambda item: item[1], reverse=True)
    alternatives = [split_label(label) for label, _ in ranked[1 : 1 + ALTERNATIVES]]
    (top, p1), (second, p2) = ranked[0], ranked[1]
    reason = _model_reason(ranked, used)
    decided = _decision(top, reason, p1, alternatives)

    rival = _precedence_rival(top, weighted)
    if top == DOMESTIC_VIOLENCE and rival is None and tells_domestic_violence(text):
        return (
            decided  # "俺家那口子…拿菜刀砸门": the story says who hits; asking "是家里人吗" again would wound
        )
    if rival is None:
        if p1 >= SURE and p1 - p2 >= MARGIN or p2 < RUNNER_UP_MIN:
            return decided
        rival = second
    asked = question_for(top, rival)
    if asked is None:
        return decided
    question_kind, yes_label, no_label = asked
    if answered_by_story(question_kind.key, text):
        # "还当场罚了我200": the story already says yes to "是当场开的罚款…吗"
        said = f"{reason}；“{question_kind.text}”由反映内容可知：是"
        return _decision(yes_label, said, weighted[yes_label], alternatives)
    if denied_by_story(question_kind.key, text):
        # "生意全垮了": the story already says no to "您是想提个建议…吗"
        said = f"{reason}；“{question_kind.text}”由反映内容可知：不是"
        return _decision(no_label, said, weighted[no_label], alternatives)
    known = answered_by_respondent(question_kind.key, kind, yes_label, no_label)
    if known is not None:
        # the respondent already answers it ("对方是企业吗" of a company): decided without asking
        label = yes_label if known else no_label
        said = f"{reason}；“{question_kind.text}”由反映对象{respondent}可知：{'是' if known else '不是'}"
        return _decision(label, said, weighted[label], alternatives)
    question = RouteQuestion(
        question_kind.key,
        question_kind.text,
        _decision(
            yes_label, f"{reason}；问“{question_kind.text}”，群众答：是", weighted[yes_label], alternatives
        ),
        _decision(
            no_label, f"{reason}；问“{question_kind.text}”，群众答：不是", weighted[no_label], alternatives
        ),
    )
    return replace(decided, question=question)


def _precedence_rival(top: str, weighted: Mapping[str, float]) -> str | None:
    """A court case or misconduct report likely enough to ask about first (第31条, 第30条)."""
    for label in PRECEDENCE_LABELS:
        if label != top and weighted.get(label, 0.0) >= PRECEDENCE_MIN:
            return label
    return None


HOTLINE = "hotline_12345"


def _one_hotline(weighted: Mapping[str, float], named: str | None = None) -> dict[str, float]:
    """The 12345 lines as one reading: its variants only name the hotline's department (12319, 12315…) and share the
    same advice, so their scores add up, under the likeliest variant, before the routes are compared ("村里的桥垮了"
    read as 12345 transport 0.24 and environment 0.19 is 12345, not the petition's 0.24). The variant the category
    names (`named`) wins over the likeliest: a flight delay filed under 交通运输 is not the housing line's."""
    lines = {label: p for label, p in weighted.items() if split_label(label)[0] == HOTLINE}
    if len(lines) < 2:
        return dict(weighted)
    best = named if named in lines else max(lines, key=lines.get)
    out = {label: p for label, p in weighted.items() if label not in lines}
    out[best] = sum(lines.values())
    return out
