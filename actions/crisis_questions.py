"""Questions a person beaten at home asks in the middle of the intake: "能不能让法院管管他" (the court's
personal-safety protection order) and "我能不能离婚 孩子跟谁". Each gets its reviewed answer, never an office
for marriage registration (pure: text in, answer out)."""

from __future__ import annotations

import re

from bot.domain import text as textutil
from bot.domain.knowledge import faq_answer
from bot.domain.safety import asks_to_keep_away, tells_domestic_violence

# the court (or an order) stepping in: "能不能让法院管管他", "保护令怎么申请", "法院能不能禁止他回来"
_COURT_STEPS_IN = re.compile(
    r"保护令|(?:法院|法官)[^,，。!！?？]{0,6}(?:管|保护|禁止|不让|别让|不准|不许|收拾|治)"
)
# divorce and the children: "能离婚吗", "孩子跟谁", "孩子能判给我吗", "抚养权"
_DIVORCE = re.compile(
    r"离婚|离得了|离得成|孩子(?:跟|归|判给|判)谁|孩子[^,，。!！?？]{0,4}(?:跟|归|判给)我|抚养权"
)
# a yes/no question gets its "能。" first: "能不能离婚", "法院管不管", "能离婚吗"
_YES_NO = re.compile(
    r"能不能|能否|可不可以|可以吗|行不行|管不管|离得了|离得成|能[^,，。!！?？]{0,10}(?:吗|么|不)"
)


def violence_question_answer(text: str | None, told: str | None) -> str | None:
    """The answer to a question about the court's protection or divorce, asked after (or with) a story of
    violence at home (`told`: the story and the message); None for any other question."""
    if not tells_domestic_violence(told):
        return None
    clean = textutil.normalize_for_parsing(text or "")
    answers = []
    if _COURT_STEPS_IN.search(clean) or asks_to_keep_away(clean):
        answers.append(faq_answer("protection_order"))
    if _DIVORCE.search(clean):
        answers.append(faq_answer("violence_divorce"))
    if not answers:
        return None
    return ("能。" if _YES_NO.search(clean) else "") + "\n".join(answers)
