"""A court meant for later: "先看你们怎么处理 处理不好我再去法院" of an office's act (a 强拆 by a 街道办, a fine).
The review and suit deadlines run from the act whatever the petition does (信访工作条例 第28、31条), so the answer
warns of them. A FAQ entry of knowledge/legal_routes.yml, read by `actions.own_matter_questions`. Pure: no I/O.
"""

from __future__ import annotations

import re

from actions.question_kinds import QuestionKind
from actions.worker_questions import both

# "处理不好我再去法院", "解决不了就去告", "等你们处理完了再起诉"
_IF_IT_FAILS = (
    r"(?:处理|解决|办|管)(?:不好|不了|不成|不行|没结果)[^,，。]{0,6}(?:再|就)(?:去)?(?:法院|起诉|告|复议|打官司)|"
    r"等[^,，。]{0,10}(?:处理|解决|办)(?:完|好)[^,，。]{0,6}再(?:去)?(?:法院|起诉|告|复议|打官司)"
)
# an office's act the citizen may take to review or to court
_OFFICE_ACT = r"街道|政府|城管|执法|拆|征收|处罚|罚款|罚了|派出所|公安|局|乡里|镇里|镇上|县里"

# the clause asked: "先看你们怎么处理" (its court-if-it-fails said beside it, in the message)
_WAITS_FOR_US = r"(?:先)?看(?:看)?(?:你们|信访|这边|政府)?(?:怎么|咋|如何)(?:处理|办|弄|解决)"

COURT_LATER_ASKED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("petition_then_court", re.compile(f"{_IF_IT_FAILS}|{_WAITS_FOR_US}"), both(_OFFICE_ACT, _IF_IT_FAILS)),
)
# "先看你们怎么处理" reads as what comes next: this entry alone takes it over
COURT_LATER_ONLY = {QuestionKind.WHAT_NEXT: frozenset({"petition_then_court"})}
