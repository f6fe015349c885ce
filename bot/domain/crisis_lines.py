"""The lines a crisis reply adds for who is in danger, beyond its kind's own (`crisis` in knowledge/legal_routes.yml):
120 when someone is hurt ("我男人头破了", "要不要叫救护车"), 12355 when a child or a teenager is the one at risk
("我不想上学了 也不想活了"), and for a relative with a mental illness attacking ("我弟弟有精神病 拿菜刀砍门") what
the law lets the family and the police do (精神卫生法 第28条). Pure: the text in, the lines and notes out.
"""

from __future__ import annotations

import re

from bot.domain.knowledge import Knowledge, faq_answer, load_knowledge
from bot.domain.knowledge_records import Hotline
from bot.domain.text import normalize_for_parsing

# someone hurt or an ambulance asked for: 120
_HURT = re.compile(
    r"头破|流血|出血|血流|骨折|昏(?:过去|倒|迷)|晕(?:过去|倒)|不省人事|救护车|120|受伤|打伤|砍伤|捅伤|烫伤|快不行了|没(?:有)?呼吸"
)
# a child or a teenager at risk, in their own words or a parent's ("我才十四岁", "我不想上学了", "孩子被打")
_YOUNG = re.compile(
    r"(?:我|俺)(?:才|今年|只有)?(?:1[0-7]|十?[一二三四五六七]|十)岁|初[一二三]|高[一二三]|[初高]中生?|小学|上学|班主任"
    r"|同学|打(?:孩子|小孩|娃)|(?:孩子|小孩|娃|儿子|女儿|闺女|学生)[^,.!?;:。、…~\s]{0,6}"
    r"(?:被打|(?:打|揍)(?!我|俺|人|老人|他[爸妈爹娘]|她[爸妈爹娘]|老[头伴婆])|欺负|不想活|自杀|跳楼)"
)  # "我儿子喝了酒就打我": the son hits his old mother, no child at risk
# a relative or neighbour with a mental illness
_MENTAL_ILLNESS = re.compile(
    r"精神病|精神分裂|精神疾病|精神障碍|躁狂|精神(?:有|出)?(?:问题|毛病)|精神不正常"
    r"|(?:发病|犯病)[^,.!?;:。、…~\s]{0,4}(?:打|砍|砸|追|杀|伤|捅)"
)
YOUTH_LINE = "12355"
EMERGENCY_LINE = "120"


def extra_lines(text: str | None, have: tuple[str, ...], knowledge: Knowledge | None = None) -> list[Hotline]:
    """The hotlines the text calls for that the kind's lines (`have`, their numbers) do not hold yet."""
    clean = normalize_for_parsing(text or "")
    kb = knowledge or load_knowledge()
    wanted: list[Hotline] = []
    if _HURT.search(clean) and EMERGENCY_LINE not in have:
        wanted += [h for h in kb.crisis_guide("danger").lines if h.number == EMERGENCY_LINE]
    if _YOUNG.search(clean) and YOUTH_LINE not in have:
        wanted += [h for h in kb.other_lines if h.number == YOUTH_LINE]
    return wanted


def tells_mental_illness(text: str | None) -> bool:
    """Does the text say someone has a mental illness or an episode ("我弟弟有精神病", "在家发病打我妈")?"""
    return bool(_MENTAL_ILLNESS.search(normalize_for_parsing(text or "")))


def extra_notes(text: str | None, knowledge: Knowledge | None = None) -> list[str]:
    """What the crisis reply adds in words: for a relative with a mental illness, who stops him and takes him for
    care (精神卫生法 第28条)."""
    return [faq_answer("mental_illness_now", knowledge)] if tells_mental_illness(text) else []
