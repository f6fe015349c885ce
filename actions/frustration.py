"""What anger at the office is answered with: acknowledged, what this office does and when (第22条、第23条), and
what going over its head leads to (第20条) only when the citizen speaks of it (pure)."""

from __future__ import annotations

import re

from actions.question_forms import GOING_HIGHER
from bot.domain import text as textutil
from bot.domain.knowledge import deadline, route_brief
from bot.domain.routing import RouteDecision

# anger at the office rather than a question about petitions ("你们到底管不管？" is no request for a definition)
FRUSTRATED = re.compile(
    r"到底(?:还)?管不管|还管不管|到底有没有人管|有没有人管|到底(?:办不办|能不能解决|有没有人)|踢皮球|推来推去|"
    r"(?:说|反映|讲)(?:了)?(?:有|又)?(?:什么|啥)用|登记有什么用|要你们(?:干|做)(?:什么|啥)|干什么吃的"
)
# going over the office's head (GOING_HIGHER): where visits go (第20条) and what it leads to, said plainly
GOING_HIGHER_TRUTH = (
    "也跟您说句实在话：走访要到有权处理的机关或者它的上一级机关去（第20条），越级到省里、北京去，"
    "一般还是转回当地来办，反而耽误时间。把事情在这里登记清楚，是最快的路。"
)


def sounds_frustrated(text: str) -> bool:
    return bool(FRUSTRATED.search(textutil.normalize_for_parsing(text or "")))


def frustration_answer(route: RouteDecision | None = None, *, going_higher: bool = False) -> str:
    """Acknowledges, says what this office does and when; what going over its head leads to (第20条) only
    when the citizen speaks of it (`going_higher`): plain anger wants an answer, not a lecture.

    With the route the story already points to (`actions.route_slots.likely_route`), what happens next is that
    route's: an expropriation is led into 复议 or a suit with its own limits, not given the 60-day 意见书.
    """

    register, notice, handling = (
        deadline("register_transfer"),
        deadline("acceptance_notice"),
        deadline("handling"),
    )
    if route is not None:
        after = route_brief(route.code, route.variant)
    else:
        after = (
            f"那个机关要在{notice.days}日内书面告诉您受不受理（{notice.article}）；属于诉讼、仲裁、行政复议等法定途径的，"
            f"按那个程序办（第31条），其他的受理后一般{handling.days}日内办结，给您书面答复（{handling.article}）。"
        )
    answer = (
        "您着急、生气，我们理解，事情拖着谁心里都不好受。跟您说说我们管什么：您的事我如实登记，"
        f"{register.days}日内转送或交办给有权处理的机关（《信访工作条例》{register.article}）。{after}"
    )
    return f"{answer}\n{GOING_HIGHER_TRUTH}" if going_higher else answer


def speaks_of_going_higher(text: str) -> bool:
    """ "去北京上访", "越级", "到省里告": the citizen speaks of going over this office's head."""
    return bool(GOING_HIGHER.search(textutil.normalize_for_parsing(text or "")))
