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
    r"|(?:打|揍|踢|欺负)(?:他|她)(?!们)"
)
_CHILD = re.compile(r"儿子|女儿|孩子|闺女|小孩|娃|孙子|孙女|外孙|学生")
# money taken from the child: only then is "被要钱" said ("天天要他钱", "勒索", "保护费")
_MONEY_TAKEN = re.compile(
    r"(?:要|抢|勒索|讹)(?:了)?(?:他|她|我(?:儿子|女儿|孩子|家孩子))?的?钱|勒索|保护费|敲诈"
)
# the school told and doing nothing: "班主任就说闹着玩", "学校不管", "老师也不处理"
_SCHOOL_LEFT_IT = re.compile(
    r"(?:学校|老师|班主任|校长|校方)[^。!！?？]{0,10}(?:不管|不处理|没处理|不理|没人管|不闻不问|不当回事|推|敷衍|包庇)"
    r"|闹着玩|开玩笑而已|小孩子(?:打闹|闹)"
)
BULLYING_NOTE = (
    "孩子{harm}，可以直接报警，到派出所报案；学校不管，可以向县（区）教育局反映。"
    "先带孩子看看伤，病历、照片和聊天记录都留好。"
)


def tells_school_bullying(text: str | None) -> bool:
    """Does the story tell a child bullied or beaten at school ("在学校被几个同学欺负 把他按在厕所里打")?"""
    clean = normalize_for_parsing(text or "")
    return bool(_AT_SCHOOL.search(clean) and _HARMED.search(clean) and _CHILD.search(clean))


def school_left_it(text: str | None) -> bool:
    """A child bullied at school and the school, told, doing nothing ("跟班主任说了 就说小孩子闹着玩"): the education
    bureau's to see to (未成年人保护法 第39条), a petition or 12345, not a suit."""
    return tells_school_bullying(text) and bool(_SCHOOL_LEFT_IT.search(normalize_for_parsing(text or "")))


def bullying_note(text: str | None) -> str | None:
    """The word before the questions for a child bullied at school; None for any other story."""
    if not tells_school_bullying(text):
        return None
    money = _MONEY_TAKEN.search(normalize_for_parsing(text or ""))
    return BULLYING_NOTE.format(harm="挨打、被要钱" if money else "挨打、被欺负")
