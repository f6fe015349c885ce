"""What a message the classifier fell back on (nlu_fallback) is read as: the one rule, used wherever one is read.

A fallback that tells a story or a grievance is the matter: "tell_problem" before an intake, "inform" (more of the
story, or an answer in it) during one, whatever the classifier's runner-up. A question we know, a greeting, a
thanks or nonsense is none of these and stays as it was classified.
"""

from __future__ import annotations

import re
from typing import Any

from actions.consultation import is_consultation
from actions.matter_kind import is_grievance, tells_a_story
from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from bot.domain import text as textutil

# fewer Chinese characters than this tell no matter, whatever words they hold ("物业不管" alone asks what)
MIN_GRIEVANCE_CJK = 8
# a story with a question we know in it is long ("…狗屎满地都是 物业装死 佛山南海桂城 有没有人管管"); a short one that
# asks ("所以电话到底多少 我在宝鸡渭滨区") is the question
MIN_STORY_WITH_QUESTION_CJK = 20
# "我是问…", "我问的是…": the citizen says again what they asked
_ASKED_AGAIN = re.compile(r"(?:我|俺)(?:是|就是|只是)问|(?:我|俺)问的是")
# what an unsure message that tells no story most likely was, when it is the runner-up ("滴滴出行平台" at the
# respondent question)
LIKELY_WHEN_UNSURE = frozenset({"tell_problem", "inform"})
# a long thanks or greeting ("好的 谢谢 你们辛苦了 祝你们工作顺利") is no story, unless it tells a grievance
COURTESY = frozenset({"greet", "thanks", "goodbye"})


def tells_a_matter_unsure(text: str) -> bool:
    """A story ("村书记就是个村霸 谁不听他的就断谁家的水") or a short grievance ("在东莞打工 老板欠工资"): not a
    question we answer, a how-to question about a service, or markup."""
    clean = textutil.normalize_for_parsing(text or "")
    asks = detect_question(clean) not in (None, QuestionKind.OTHER)
    # a story that ends in a question ("…狗屎满地都是 物业装死 佛山南海桂城 有没有人管管") is the matter, the question
    # answered in the intake; without a story, "能不能二十几个人一起进去" stays a question
    told = (
        tells_a_story(clean) and (not asks or textutil.cjk_count(clean) >= MIN_STORY_WITH_QUESTION_CJK)
    ) or (not asks and is_grievance(clean) and textutil.cjk_count(clean) >= MIN_GRIEVANCE_CJK)
    # "我是问过了30天怎么办 还能不能复查": a question said again as one, however much it tells
    restated = asks and bool(_ASKED_AGAIN.search(clean))
    return told and not restated and not textutil.looks_like_markup(text) and not is_consultation(text)


def _runner_up(message: dict[str, Any]) -> str | None:
    ranked = [r.get("name") for r in message.get("intent_ranking") or []]
    return next((name for name in ranked if name and name != "nlu_fallback"), None)


def reads_as_matter(message: dict[str, Any]) -> bool:
    """A fallback message that tells the matter: a story or a grievance, and no thanks or greeting."""
    text = message.get("text") or ""
    if not tells_a_matter_unsure(text):
        return False
    return _runner_up(message) not in COURTESY or is_grievance(textutil.normalize_for_parsing(text))


def unsure_intent(message: dict[str, Any], requested_slot: str | None) -> str:
    """The intent a fallback message is read with (`requested_slot` set: an intake is running)."""
    likely = _runner_up(message)
    if reads_as_matter(message):
        if not requested_slot:
            return "tell_problem"
        # "俺们村好多户都没给", a piece of the story, keeps being read as one when the classifier leaned that way
        return "tell_problem" if likely == "tell_problem" else "inform"
    clean = textutil.normalize_for_parsing(message.get("text") or "")
    if likely in LIKELY_WHEN_UNSURE and detect_question(clean) in (None, QuestionKind.OTHER):
        return likely
    return "nlu_fallback"
