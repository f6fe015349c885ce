"""A question asked before any story, with nothing of a matter beside it: "反映这个事要花钱不 俺家穷",
"去北京上访犯法不 俺们这村里的事县里都不管", "信访到底有没有用啊 我去了三回了都没人管". It is answered; nothing of it
is stored as the story, and the intake waits for the matter itself."""

from __future__ import annotations

import re

from actions.matter_kind import ASKING_ONLY, is_grievance
from actions.question_detect import detect_question, question_clauses, without_questions
from actions.question_kinds import ROUTE_ANSWERED, QuestionKind
from actions.questions import answer_in_context, question_answer
from bot.domain import text as textutil
from bot.domain.category import MODEL_HIT, classify_category
from bot.domain.safety import detect_crisis

# questions about petitioning itself (or whether to sue at all), which a matter need not come with
_ABOUT_PETITIONING = frozenset(
    {
        QuestionKind.FEES,
        QuestionKind.CONFIDENTIALITY,
        QuestionKind.ANONYMOUS,
        QuestionKind.VISIT_LAWFUL,
        QuestionKind.DOES_IT_HELP,
        QuestionKind.PROXY,
        QuestionKind.CHANNELS,
        QuestionKind.OFFICE_HOURS,
        QuestionKind.OFFICE_PHONE,
        QuestionKind.CAN_I_SUE,
        QuestionKind.NEED_TO_FILE,  # "还没想好要不要登记": whether to file at all
    }
)
# what may be said beside such a question and still tell no matter: "俺家穷", "村里的事县里都不管",
# "我去了三回了都没人管", "我想反映一下我们厂 不对"
MAX_ASIDE_CJK = 16
# below this no class is more than a guess: "低保被停了" (0.8) or "举报副镇长" (0.7) is a matter
NO_MATTER_SCORE = 0.25
# "先问问", "请问一下": the words of asking, which tell nothing of a matter
_ASKING_WORDS = re.compile(rf"请|先|不对|{ASKING_ONLY.pattern}")


def asks_without_matter(text: str | None) -> bool:
    """The message asks about petitioning itself (a fee, secrecy, whether a visit is lawful or helps, who may go)
    and what it says beside the question names no matter."""
    clean = textutil.normalize_for_parsing(text or "")
    kind = detect_question(clean)
    if kind not in _ABOUT_PETITIONING:
        return False
    aside = _ASKING_WORDS.sub("", without_questions(clean))
    if textutil.cjk_count(aside) > MAX_ASIDE_CJK:
        return False
    scores = classify_category(clean, matter=True)
    if scores and scores[0].score >= NO_MATTER_SCORE:
        return False
    # a trouble beside the question, by its own words ("楼上漏水三个月了不修 能告吗"); a topic alone ("物业费的事")
    # or a complaint of no one caring ("我们这边的事镇上都不管") names none
    return not (is_grievance(aside) and _named_trouble(aside))


def _named_trouble(text: str) -> bool:
    scores = classify_category(text, matter=True)
    return bool(scores) and scores[0].score >= NO_MATTER_SCORE and scores[0].hits != (MODEL_HIT,)


def only_question_answer(text: str | None) -> str | None:
    """The answer to a question asked with no matter beside it, read from its question clauses alone: what is said
    beside it ("我去了三回了都没人管") picks no route."""
    kind = detect_question(text)
    if kind in ROUTE_ANSWERED:  # "信访到底有没有用啊": no matter told, so no route to name
        return question_answer(kind)
    return answer_in_context(kind, " ".join(question_clauses(text)) or text)


def asks_without_grievance(text: str | None) -> bool:
    """A question with nothing gone wrong told beside it ("咬了孙子打狂犬疫苗花了一千多 能让她赔不", "我再问一遍 你们会
    不会打电话到街道办去问这个事"): at the summary it is answered, never added to the story."""
    clean = textutil.normalize_for_parsing(text or "")
    rest = without_questions(clean)
    # "他昨天又来闹了 还打了我老伴 这咋办": harm told beside it is more of the matter
    return detect_question(clean) is not None and not is_grievance(rest) and detect_crisis(rest) is None
