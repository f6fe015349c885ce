"""A child bullied, beaten or made to hand over money at school, told by a parent ("我儿子在学校被几个同学欺负
天天要他钱"): before the questions the parent hears the two doors that open at once, the police for the beating
and the money, the county education bureau when the school does nothing."""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing

_AT_SCHOOL = re.compile(
    r"学校|校园|同学|同班|班里|班上|班主任|老师|宿舍|厕所|操场|教室|初[一二三]|高[一二三]|小学|中学"
)
_HARMED = re.compile(
    r"被[^,，。!！?？]{0,10}(?:打|揍|踢|欺负|欺凌|霸凌|勒索|抢|堵|围)|(?:欺负|欺凌|霸凌|勒索)(?:他|她|我(?:儿子|女儿|孩子|家孩子))"
    r"|(?:要|抢|勒索)(?:他|她)的?钱|按在[^,，。!！?？]{0,6}打|打得?[^,，。!！?？]{0,4}(?:肿|出血|流血|青|紫)"
)
_CHILD = re.compile(r"儿子|女儿|孩子|闺女|小孩|娃|孙子|孙女|外孙|学生")
BULLYING_NOTE = (
    "孩子挨打、被要钱，可以直接报警，到派出所报案；学校不管，可以向县（区）教育局反映。"
    "先带孩子看看伤，病历、照片和聊天记录都留好。"
)


def tells_school_bullying(text: str | None) -> bool:
    """Does the story tell a child bullied or beaten at school ("在学校被几个同学欺负 把他按在厕所里打")?"""
    clean = normalize_for_parsing(text or "")
    return bool(_AT_SCHOOL.search(clean) and _HARMED.search(clean) and _CHILD.search(clean))


def bullying_note(text: str | None) -> str | None:
    """The word before the questions for a child bullied at school; None for any other story."""
    return BULLYING_NOTE if tells_school_bullying(text) else None
