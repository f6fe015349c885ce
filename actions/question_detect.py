"""What a message asks about.

`detect_question` is pure: it takes the clauses that ask something ("要收费吗？", "我能不能起诉公积金中心",
"公司会不会知道是我反映的"; which clauses ask is read in `actions.question_clauses`) and names what they ask about.
"""

from __future__ import annotations

import re
from functools import lru_cache

from actions import matter_questions as matter
from actions import own_matter_questions as own_matter
from actions import procedure_questions as procedure
from actions import question_forms as forms
from actions import situation_questions as situation

# which clauses ask, used here and by the many readers that import them from this module
from actions.question_clauses import asks as asks
from actions.question_clauses import is_question_clause as is_question_clause
from actions.question_clauses import question_clauses as question_clauses
from actions.question_clauses import without_questions as without_questions
from actions.question_kinds import SAYS_WHERE, QuestionKind
from actions.question_patterns import KIND_PATTERNS, SITUATION_KINDS, WHO_READS
from bot.domain import text as textutil
from bot.domain.safety import detect_crisis, fears_return

_ADDRESS_WORDS = re.compile(r"地址|住址|住哪|家住")
OTHER_FIELD_WORDS = re.compile(r"电话|手机|号码|名字|姓名|身份证")
MIN_WHY_NOT_CJK = 6


def complains_why_not(text: str | None) -> bool:
    """Whether a question is a grievance told as "why not" ("俺娘的养老金 这俩月咋没到账嘞"): the matter itself."""
    clean = textutil.normalize_for_parsing(text or "")
    return (
        detect_question(clean) is QuestionKind.OTHER
        and textutil.cjk_count(clean) >= MIN_WHY_NOT_CJK
        and bool(forms.WHY_NOT.search(clean))
        and not forms.WHY_NOT_EXCEPT.search(clean)
    )


def asks_at_the_office(text: str | None) -> bool:
    """Whether a question is thrown back at the office in anger ("你们又建议我找12345？", "这不是你们该查的吗"):
    answered with what this office does, never stored as the matter."""
    return any(forms.AT_THE_OFFICE.search(clause) for clause in question_clauses(text))


_WHAT_IS_KINDS = {
    "仲裁": QuestionKind.WHAT_IS_ARBITRATION,
    "劳动仲裁": QuestionKind.WHAT_IS_ARBITRATION,
    "复议": QuestionKind.WHAT_IS_REVIEW,
    "行政复议": QuestionKind.WHAT_IS_REVIEW,
    "复议前置": QuestionKind.WHAT_IS_REVIEW_FIRST,
    "行政复议前置": QuestionKind.WHAT_IS_REVIEW_FIRST,
}


# "…就不算工伤 是这样吗": a question that only asks whether what was just said is so
_CONFIRMS = matter.CONFIRMS


# "…老板说不认工伤 到底算不算嘛": whether it counts, the thing named earlier in the message
_COUNTS = re.compile(r"算不算|能不能算|算吗|算不|能算不|能算吗|算么")


def _asks_if_work_injury(clause: str, clean: str) -> bool:
    """ "那就不算工伤了吗", or "是这样吗" after a message that says whether it is one."""
    return bool(
        situation.STILL_WORK_INJURY.search(clause)
        or (_CONFIRMS.fullmatch(clause.strip(" ?？")) and situation.STILL_WORK_INJURY.search(clean))
    )


def _clause_kind(clause: str, clean: str) -> QuestionKind | None:
    """The kind one question clause asks, read with the whole message `clean` where the situation matters."""
    term = situation.term_asked(clause)
    if term is not None:  # "啥是仲裁？": what the procedure is, not where or how long
        return _WHAT_IS_KINDS[term]
    if (
        situation.UNINSURED.search(clean)
        and situation.INJURED.search(clean)
        and situation.INJURY_CLAIM.search(clause)
    ):
        return QuestionKind.WORK_INJURY_UNINSURED  # "老板没买保险 那工伤还认不认？"
    if own_matter.asked_key(clause, clean) is not None:
        # "我是月嫂 工钱没结 能去劳动仲裁吗": the kind of matter's own answer
        told = matter.asked_about_story(clause, clean)
        if told is not None and told not in own_matter.TAKEN_OVER:
            return told
        return QuestionKind.OWN_MATTER  # "能不能先做尸检", "能不能少罚点": the substance of one's own matter
    if (first := matter.asked_first(clause, clean)) is not None:
        return first  # a fine, the residents' pension, harassment, a lift's vote: before the general kinds
    if situation.COMMUTE_ACCIDENT.search(clean) and (
        _asks_if_work_injury(clause, clean) or (_COUNTS.search(clause) and "工伤" in clean)
    ):
        return QuestionKind.WORK_INJURY_COMMUTE  # "下班路上被货车撞了…这个到底算不算工伤啊"
    if situation.WORKER_AT_FAULT.search(clean) and _asks_if_work_injury(clause, clean):
        return QuestionKind.WORK_INJURY_FAULT  # "矿上说他是自己违规操作 那就不算工伤了吗"
    if situation.VISIT_LAWFUL.search(clause):
        return QuestionKind.VISIT_LAWFUL  # "俺要是去北京上访会不会被抓"
    if situation.SEVERANCE_ASKED.search(clause) or (
        situation.DISMISSED.search(clean) and situation.IS_IT_LAWFUL.search(clause)
    ):
        return QuestionKind.DISMISSAL_PAY  # "n+1能要到吗", "hr说明天不用来了…这合理吗"
    told = next((kind for kind, pattern in matter.ASKED if pattern.search(clause)), None)
    if told is not None or (told := matter.asked_about_story(clause, clean)) is not None:
        return told  # "法院执行要交钱吗", "这是普惠园啊 能随便涨吗": a question about one kind of matter
    if (how := procedure.asked(clause, clean)) is not None:
        return how  # "礼拜天有没有人", "让女儿替我去行不行", "罚之前能申辩吗", "要不要申请执行"
    for kind, pattern in KIND_PATTERNS:
        if kind is QuestionKind.FEES and (
            situation.PAYS_FOR_SERVICE.search(clean)
            or situation.BENEFIT_SUM.search(clean)
            or situation.PRICE_OF_ADMISSION.search(clean)
        ):
            continue  # "医保一个人交多少钱", "补贴每亩多少", "门票免费吗": a price or a sum, not a fee for petitioning
        if kind is QuestionKind.FEES and situation.IS_IT_LAWFUL.search(clause):
            continue  # "这样收费正常吗": whether another's charge is fair, not a fee for petitioning
        if kind is QuestionKind.ANONYMOUS and not forms.may_skip(clause, clean):
            continue  # "违约金必须给吗": money to pay, not a detail to leave out
        if pattern.search(clause):
            return kind
    return None


# "要是去仲裁 要多久才有结果": the arbitration supposed in the clause before the question
_IF_ARBITRATING = re.compile(
    r"(?:要是|如果|假如|万一|真)(?:去|要)?(?:申请)?(?:劳动)?仲裁|去(?:申请)?(?:劳动)?仲裁(?!过|了)"
)


def of_procedure(
    kind: QuestionKind | None, text: str | None, context: str | None = None
) -> QuestionKind | None:
    """ "劳动仲裁要钱吗 要多久能出结果": how long, asked beside a question about arbitration or a review (in the
    message or the question it goes on from, `context`), is how long that procedure takes, not the petition."""
    if kind is not QuestionKind.WHEN_HANDLED:
        return kind
    asked = [*question_clauses(text), *question_clauses(context)]
    if any("仲裁" in clause for clause in asked) or _IF_ARBITRATING.search(
        textutil.normalize_for_parsing(text or "")
    ):
        return QuestionKind.ARBITRATION_TIME
    if any("复议" in clause for clause in asked) or "复议" in textutil.normalize_for_parsing(text or ""):
        return QuestionKind.REVIEW_TIME  # "复议多久有结果 输了呢": the review's 60 days, then 15 days to sue
    return kind


def asks_what_to_do(text: str | None) -> bool:
    """ "请问这种情况怎么办", "那今晚他们再吵我咋办": where to turn about what the story tells; not a fear for one's
    safety ("他要是今天晚上又来咋个办嘛"), which the crisis follow-up answers with 110 and what to do first."""
    asks = any(forms.WHERE_TO_TURN.search(clause) for clause in question_clauses(text))
    return asks and not fears_return(text) and detect_crisis(text) is None


# "行不行", "要得不", "可以吗" alone: whether what the clause before says may be done
_BARE_OK = re.compile(
    r"(?:行不行|行吗|行么|行不|可以吗|可以不|可不可以|要得不|要得吗|要得么|中不中|中不|好不好|成不成)[?？]?"
)


def _with_the_clause_before(clause: str, clean: str) -> str:
    """ "想先请村里调解下 要得不": a bare "is it all right" read with the clause it asks about; else the clause."""
    # "镇上说要我们自己去法院告 是这样吗": whether what the clause before says is so
    if not (_BARE_OK.fullmatch(clause.strip()) or _CONFIRMS.fullmatch(clause.strip(" ?？"))):
        return clause
    before = re.split(r"[,，。；;!！?？\s]+", clean[: clean.find(clause)].strip())[-1]
    return f"{before}{clause.strip()}"


def detect_question(text: str | None) -> QuestionKind | None:
    """What the message asks about, `OTHER` for a question we have no answer for, or None for no question."""
    return _detect_question(text or "")


# pure (no clock: the crisis check is asked without a date), and asked three or four times a turn
@lru_cache(maxsize=1024)
def _detect_question(text: str) -> QuestionKind | None:
    clauses = question_clauses(text)
    if not clauses:
        return None
    clean = textutil.normalize_for_parsing(text or "")
    if any(forms.may_skip(clause, clean) for clause in clauses):
        return QuestionKind.ANONYMOUS  # asked both why and whether it may be left out: the leave comes first
    if WHO_READS.search(clean):
        return QuestionKind.ARE_YOU_A_BOT
    for clause in clauses:
        kind = _clause_kind(clause, clean) or _clause_kind(_with_the_clause_before(clause, clean), clean)
        if kind is not None:
            return of_procedure(kind, text)
    if any(forms.WHAT_NOW.search(clause) for clause in clauses):
        # "公安说不予立案 我还能咋办": what to do about the situation the same message tells
        told = next((kind for kind, pattern in SITUATION_KINDS if pattern.search(clean)), None)
        return told or (QuestionKind.WHICH_OFFICE if asks_what_to_do(text) else QuestionKind.OTHER)
    return QuestionKind.OTHER


def further_questions(text: str | None, first: QuestionKind | None) -> list[QuestionKind]:
    """The other kinds a message asks besides `first` ("劳动仲裁要交钱吗？去哪里申请？"), each once, in order:
    every question is answered, not only the first."""
    if first is None or first is QuestionKind.ANONYMOUS:
        return []
    skip = {first, QuestionKind.WHICH_OFFICE} if first in SAYS_WHERE else {first}
    found: list[QuestionKind] = []
    clean = textutil.normalize_for_parsing(text or "")
    for clause in question_clauses(text):
        kind = of_procedure(_clause_kind(clause, clean), text)
        if kind is not None and kind not in skip and kind not in found:
            found.append(kind)
    return found


def asks_why_address(question: QuestionKind | None, text: str, requested_slot: str | None) -> bool:
    """ "要地址干嘛？" at any question, or a question we cannot answer while the address is asked."""
    if question is QuestionKind.WHY_ASKED and _ADDRESS_WORDS.search(text):
        return True
    return (
        question in (QuestionKind.WHY_ASKED, QuestionKind.OTHER)
        and requested_slot == "address"
        and not OTHER_FIELD_WORDS.search(text)
    )
