"""How long getting something done takes ("营业执照注销要多久"), asked about a service, not about a petition.

The office that does the thing decides; where a rule sets the time, the knowledge file's reviewed entry says it
(`TIMES`: the service's words, the FAQ key). Otherwise the answer says honestly that the office decides and names
it. Pure: no I/O but the knowledge file's cached answers.
"""

from __future__ import annotations

import re

from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.service_offices import office_for
from bot.domain import text as textutil
from bot.domain.knowledge import faq_answer

# (what the question or the service asked before names, the FAQ key of its time limits)
TIMES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"营业执照|个体户|个体工商户|执照|工商登记|公司(?:注册|注销|变更)"),
        "business_registration_time",
    ),
)
# "我问的是营业执照注销要多久", "要几天能办好": how long, said in any words
_HOW_LONG = re.compile(r"多久|多长时间|几天|几个工作日|多少天|啥时候能|什么时候能|好久")
# a procedure with time limits of its own in law (复议 60 days, 仲裁 45 days …): its reviewed answer, not this one
_LEGAL_PROCEDURE = re.compile(r"复议|仲裁|起诉|诉讼|法院|官司")
OFFICE_DECIDES = (
    "多久能办好，要看办事的地方，各地不一样：{where}。材料齐全的，不少事当场或者几个工作日就能办完；"
    "去之前打个电话问清楚要多久、要带什么，省得白跑。这不用登记成信访事项；办的时候一直拖着不办、被推来推去，"
    "跟我说说经过，我帮您登记反映。"
)


def asks_how_long(text: str | None) -> bool:
    """Whether the message asks how long something takes."""
    clean = textutil.normalize_for_parsing(text or "")
    return detect_question(clean) is QuestionKind.WHEN_HANDLED or (
        detect_question(clean) is not None and bool(_HOW_LONG.search(clean))
    )


def service_time_answer(text: str | None, before: str = "", place: str | None = None) -> str | None:
    """How long the service the message (or the question asked `before`) names takes: the rule's time where the
    knowledge file has one, else the office that decides; None when the message does not ask how long."""
    if not asks_how_long(text) or _LEGAL_PROCEDURE.search(
        textutil.normalize_for_parsing(f"{before}，{text}")
    ):
        return None
    about = f"{before}，{text or ''}"
    clean = textutil.normalize_for_parsing(about)
    key = next((key for words, key in TIMES if words.search(clean)), None)
    return faq_answer(key) if key else OFFICE_DECIDES.format(where=office_for(about, place))
