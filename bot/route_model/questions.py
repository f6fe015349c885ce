"""One question a citizen can answer when the story fits two routes that need different advice.

The questions are legal knowledge: their texts, their order and the route each "是" means are in
knowledge/legal_routes.yml (`route_questions`, read through `bot.domain.knowledge`). They are tried in the
file's order, 第31条's precedence (court, misconduct, then the statutory procedures); the first one that
separates the two routes is asked. "Yes" leads to the route the question describes, "no" to the other one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.domain.knowledge import Knowledge, load_knowledge
from bot.domain.text import IN_CLAUSE, normalize_for_parsing
from bot.route_model.evidence import respondent_kind
from bot.route_model.examples import label_covers, split_label
from bot.route_model.law_acts import benefit_withheld
from bot.route_model.law_readings import child_beaten_at_home
from bot.route_model.law_rules import reports_public_power
from bot.route_model.readings_services import support_withheld


@dataclass(frozen=True)
class QuestionKind:
    key: str
    text: str
    yes_means: tuple[str, ...]  # route codes (every variant) or code/variant labels

    def describes(self, label: str) -> bool:
        """Does "是" to this question mean the route label?"""
        return any(label_covers(target, label) for target in self.yes_means)


# pairs that need no question: the advice is the same or close enough (12345 lines, thanks vs a question)
_NO_QUESTION = frozenset({"hotline_12345", "praise", "consultation"})


# what the respondent the intake recorded already answers: "对方是个人或者企业（不是政府部门）吗" of "某某置业有限公司",
# when the other reading is a matter against an organ, is asked for nothing. Keyed by question, then by
# respondent kind (bot.route_model.evidence); a kind not listed answers nothing (a village cadre may act for
# himself). Against a 12345 reading the question separates nothing a respondent shows: a shop is the other side of
# a consumer complaint and of a civil suit alike, and the citizen is asked.
_ANSWERED_BY_KIND: dict[str, dict[str, bool]] = {
    "private": {"business": True, "private": True, "organ": False, "court": False, "police": False},
}
_AGAINST_AN_ORGAN = ("petition", "administrative_review", "state_compensation")


def answered_by_respondent(key: str, kind: str | None, yes_label: str, no_label: str) -> bool | None:
    """The answer ("是" True, "不是" False) the respondent's kind already gives to the question separating the two
    route labels, or None when it gives none."""
    if not any(label_covers(route, label) for route in _AGAINST_AN_ORGAN for label in (yes_label, no_label)):
        return None
    return _ANSWERED_BY_KIND.get(key, {}).get(kind or "")


# in an answer, a thing denied ("不是公司") and the citizen's own role ("我是业主") name nobody who is the other side
_NOT_THE_OTHER_SIDE = re.compile(
    r"(?:不是|不算|并非)[^\s,，。!！?？;；]*|我(?:们)?(?:是|就是)[^\s,，。!！?？;；]*"
)


def answered_by_naming(key: str, answer: str | None) -> bool | None:
    """The answer a reply gives by naming who the other side is ("不是 是装修公司 我是业主" to "对方是个人或者企业吗":
    a company, so yes), or None when it names no one the question's kinds know (then its yes or no is read)."""
    named = _NOT_THE_OTHER_SIDE.sub(" ", normalize_for_parsing(answer or ""))
    return _ANSWERED_BY_KIND.get(key, {}).get(respondent_kind(named) or "")


# what the story itself already answers: "是当场开的罚款…吗" after "城管…还当场罚了我200" (行政复议法 第23条)
ON_THE_SPOT_PENALTY = re.compile(r"当场(?:就)?(?:罚|开(?:了)?(?:罚单|罚款)|处罚|给(?:我)?开(?:了)?罚)|当面罚")


def _review_first_told(text: str) -> bool:
    """An on-the-spot fine, or a benefit an organ stopped ("低保三月份就莫得了"): what 复议前置 covers."""
    return bool(ON_THE_SPOT_PENALTY.search(text)) or benefit_withheld(text)


# "对方是您的用人单位吗" already answered: the citizen tells their own job at a workplace and that the workplace
# (or its boss) withholds their pay or social insurance ("我在一家按摩店做按摩师，店里把我们的社保停了"); a story
# against an organ ("我在厂里上班，社保局不给办退休") names no workplace that withholds, and is asked
_WORKS_THERE = re.compile(
    rf"(?:我|俺|咱)(?:们)?(?:几个|俩|两个|这些人)?(?:都|也|一直|现在)?(?:在|给){IN_CLAUSE}{{0,14}}?"
    r"(?:厂|公司|单位|工地|店|超市|酒店|饭店|餐馆|医院|学校|车间|中心|会所|项目部)里?"
    r"(?:做|当|干|上班|打工|工作|打杂)"
)
_PAY = r"(?:社保|五险|医保|养老保险|工资|工钱|底薪|薪水|加班费|提成|绩效)"
_WITHHELD = r"(?:停|断|不交|不缴|没交|没缴|不买|没买|不发|没发|扣|拖|欠|少发|不给|没给)"
_WORKPLACE_WITHHOLDS = re.compile(
    rf"(?:店里|厂里|厂家|公司|单位|老板娘?|包工头|工头|项目部|店长|厂长|经理){IN_CLAUSE}{{0,14}}?"
    rf"(?:{_PAY}{IN_CLAUSE}{{0,6}}?{_WITHHELD}|{_WITHHELD}{IN_CLAUSE}{{0,6}}?{_PAY})"
)


def _employer_told(text: str) -> bool:
    return bool(_WORKS_THERE.search(text) and _WORKPLACE_WITHHOLDS.search(text))


# grown children who do not support a parent are private persons (民法典 第1067条), whatever else the story reads as
_TOLD_IN_THE_STORY = {
    "review_first": _review_first_told,
    "misconduct": reports_public_power,
    "private": support_withheld,
    "employer": _employer_told,
    # "隔壁天天打孩子": violence in that family, told by a neighbour; "是家里人对您动手吗" would ask the wrong person
    "domestic_violence": child_beaten_at_home,
}


# what the story itself already says no to: a harm already done ("围挡围了八个月 生意全垮了", "损失谁来补") is no
# proposal for the future (第29条), whatever it asks for
_HARM_DONE = re.compile(
    r"损失|垮了|亏了|亏本|做不成|开不了(?:门|张)|进不来|倒闭|白干|"
    r"说好[^,.!?;。，！？；]{0,8}(?:完工|修好|弄好|办好|解决|给)|"
    r"(?:拖|围|堵|停|坏|挖|晾)(?:了|着)[^,.!?;。，！？；]{0,3}(?:几|[0-9一二三四五六七八九十两半]+)个?(?:月|年)"
)
# …and "是要举报干部吗" when the citizen says in so many words they accuse no one ("钱是不是叫人贪了俺不敢乱说")
_ACCUSES_NO_ONE = re.compile(
    r"(?:不敢|不好|不能|没法|不想)(?:乱说|乱讲|瞎说|乱猜|乱告)|"
    # "不是告谁", "不是举报干部", "又不是告政府"; never "不是告派出所 是告那个辅警", who is accused after all
    r"不是(?:要|想)?(?:举报|告)(?:谁|干部|官员?|领导|政府|他们?|她们?)?(?![\u4e00-\u9fff])|"
    r"不(?:想|要|打算)举报"
)
# …and "对方是您的用人单位吗" when the one the matter is about is a pupil or student (the citizen or their child), with no
# job told: a school's fees or classes are no employer's ("我是高二学生 学校强制补课收费"); "大学生 暑假打工 老板不给
# 工钱" tells a job, and is asked
_A_PUPIL = re.compile(
    r"(?:我|俺|本人|咱|孩子|儿子|女儿|闺女|娃|小孩|孙子|孙女|外孙女?)(?:们)?(?:是|还是|系|在读|读|上)(?:一名|一个|个)?"
    r"(?:[小初高]中|小学|大学|中专|职高|职中|技校|高职|[初高大][一二三四]|[一二三四五六]年级|本科|专科|研究生|在校)?的?"
    r"(?:学生|小学生|中学生|初中生|高中生|大学生|研究生|学生娃|学生仔)?"
    r"(?<=[生一二三四级校科])"
)
_A_JOB = re.compile(
    r"打工|兼职|实习|上班|工资|工钱|薪水|干活|老板|雇|招聘|临时工|暑假工|寒假工|勤工俭学|用工|劳务"
)


def _a_pupil_without_a_job(text: str) -> bool:
    return bool(_A_PUPIL.search(text)) and not _A_JOB.search(text)


_DENIED_IN_THE_STORY = {
    "suggestion": _HARM_DONE.search,
    "misconduct": _ACCUSES_NO_ONE.search,
    "employer": _a_pupil_without_a_job,
}


def denied_by_story(key: str, text: str | None) -> bool:
    """Whether the story already says "不是" to the question `key` (a harm told as done, to "是想提个建议吗")."""
    told = _DENIED_IN_THE_STORY.get(key)
    return bool(told and told(normalize_for_parsing(text or "")))


def answered_by_story(key: str, text: str | None) -> bool:
    """Whether the story already says "是" to the question `key` (a penalty told as decided on the spot, a report of
    an official)."""
    told = _TOLD_IN_THE_STORY.get(key)
    return bool(told and told(normalize_for_parsing(text or "")))


def question_kinds(knowledge: Knowledge | None = None) -> tuple[QuestionKind, ...]:
    """The knowledge file's route questions, in the order they are tried."""
    kb = knowledge or load_knowledge()
    return tuple(QuestionKind(q.key, q.text, q.yes_means) for q in kb.route_questions)


def question_for(
    first: str, second: str, knowledge: Knowledge | None = None
) -> tuple[QuestionKind, str, str] | None:
    """(question, label for yes, label for no) separating two route labels, or None if none is worth asking."""
    if split_label(first)[0] in _NO_QUESTION and split_label(second)[0] in _NO_QUESTION:
        return None
    for kind in question_kinds(knowledge):
        a, b = kind.describes(first), kind.describes(second)
        if a != b:
            return (kind, first, second) if a else (kind, second, first)
    return None
