"""Answers to a question that come from what the story points to: the time limits of its route, and the office of
the service it names when no route is decided yet. Used by `actions.questions` and the progress follow-up."""

from __future__ import annotations

import re

from actions.consultation import names_service
from actions.question_kinds import QuestionKind
from actions.route_slots import likely_route
from actions.service_offices import office_for
from bot.domain.knowledge import load_knowledge, route_time_lines
from bot.domain.routing import RouteDecision

NOT_A_GRIEVANCE = frozenset({"consultation", "praise"})  # no office to name: the general answer stands
REGISTERED_TOO = "您在这里登记了，信访部门也会把事情转送或者交办给有权处理的机关（第22条）。"


IN_TIME = (
    "按您说的情况，这件事走的是{title}，期限是这样算的：\n{lines}\n"
    "还没过期限的请尽早去办；拿不准有没有过，可以打12348公共法律服务热线问。"
)


def time_limits_answer(told: str, route: RouteDecision | None) -> str | None:
    """The time limits of the route the story points to, each cited; None without a route that has any."""
    route = route or likely_route({"issue_text": told})
    if route is None or route.code in NOT_A_GRIEVANCE:
        return None
    lines = route_time_lines(route.code, route.variant, story=told)
    title = load_knowledge().route(route.code).resolve(route.variant).title
    return IN_TIME.format(title=title, lines="\n".join(f"· {line}" for line in lines)) if lines else None


# asked whether it is fair: who checks it, then the office
CHECKED_BY = "合不合规定，要由管这件事的部门核查认定："
# a service's office answers "能告吗" only when it names the way to challenge it
_LEGAL_WAY = re.compile(r"复议|起诉|法院|仲裁")


def office_of_the_service(kind: QuestionKind | None, told: str) -> str | None:
    """The office of the service the story names ("政府信息公开申请…没回", "公墓…管理费", "养老金…少了"), for a question
    whose route the story does not decide yet; None when it names none, or for "能告吗" when the office's rule
    says nothing of a review or a suit."""
    if kind not in (QuestionKind.WHICH_OFFICE, QuestionKind.IS_IT_LAWFUL, QuestionKind.CAN_I_SUE):
        return None
    if not names_service(told):
        return None
    where = office_for(told)
    if kind is QuestionKind.CAN_I_SUE and not _LEGAL_WAY.search(where):
        return None
    lead = CHECKED_BY if kind is QuestionKind.IS_IT_LAWFUL else ""
    return f"{lead}{where}。{REGISTERED_TOO}"
