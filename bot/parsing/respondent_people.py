"""People of a unit, told by title, by name or by surname: "村委会主任陈某", "派出所民警", "登记中心窗口那个姓赵的".

`is_official` and `names_a_person` say whether a party found is a person in office or a person by name.
"""

from __future__ import annotations

import re

from bot.parsing.respondent_roles import person_named_after
from bot.parsing.surnames import surname_length

# the roles a person complained about is told by, whose name may be given later: "书记名字写上 叫孙德海",
# "老板的全名是…" (the corrections' labels are made of them too)
PARTY_ROLES = (
    "书记",
    "支书",
    "村长",
    "主任",
    "镇长",
    "乡长",
    "老板",
    "经理",
    "校长",
    "院长",
    "所长",
    "局长",
    "厂长",
    "包工头",
    "工头",
    "队长",
    "组长",
    "小组长",
    "会计",
    "房东",
    "班主任",
    "医生",
)
# where a role is held, said before it: "村书记", "社区主任", "我们老板"
WHERE_OF_ROLE_RE = re.compile(r"^(?:村|镇|乡|街道|社区|居委会|村委会|组|队|厂|公司|单位|学校|我们|俺们)")
# people told by no role of their own: "村干部", "领导", "对方"
_TOLD_BY_NO_ROLE = frozenset(["村干部", "干部", "领导", "村领导", "对方"])


def told_by_role_only(party: str) -> bool:
    """Whether a party is a person told only by their role ("村支书", "书记", "我们老板", "对方"), whose name
    may be said later."""
    return party in _TOLD_BY_NO_ROLE or party in PARTY_ROLES or WHERE_OF_ROLE_RE.sub("", party) in PARTY_ROLES


# a person's title, after which a name may follow ("村委会主任陈某")
_TITLE_WORDS = (
    r"(?:主任|书记|支书|村长|镇长|乡长|组长|队长|站长|所长|局长|科长|院长|校长|园长|厂长|经理|会计|"
    r"村干部|老板|包工头|工头|民警|警察|老师|医生)"
)
_TITLE_WORD_RE = re.compile(_TITLE_WORDS)
_GIVEN_NAME_RE = re.compile(
    r"[^\W\d_我你他她它们这那的了是在不没有和与跟给把被让就都也还又说个吗呢吧啊]{1,2}"
)
TITLE_AT_END_RE = re.compile(_TITLE_WORDS + "$")
PERSON_OF_UNIT_RE = re.compile(
    r"(?:工作人员|民警|警察|辅警|保安|老板|经理|副?主任|副?书记|支书|(?:中|大|小|副)?队长|副?站长|副?所长|副?局长|"
    r"副?科长|副?院长|副?校长|副?园长|副?厂长|老师|医生|护士|法官|会计)(?!的|们)"
)
# a person of the unit told by surname: "登记中心窗口那个姓赵的", "派出所有个姓王的民警"
_BY_SURNAME_RE = re.compile(
    r"(?P<where>窗口|柜台|前台|大厅)?的?(?:那个|这个|一个|有个|有一个)?(?:男的|女的)?"
    r"姓(?P<surname>[\u4e00-\u9fff]{1,2}?)的?"
    r"(?:(?P<role>工作人员|民警|警察|辅警|执法队员|队员|协管员|科长|主任|干部|医生|老师|领导|男的|女的)|(?=$|[^\u4e00-\u9fff]|[他她就在不把给说还又也]))"
)


def person_by_surname(text: str, at: int) -> str | None:
    """A person of the unit said by surname right after it ("窗口那个姓赵的" → 窗口姓赵的工作人员), or None."""
    said = _BY_SURNAME_RE.match(text, at)
    if not said or surname_length(said.group("surname")) != len(said.group("surname")):
        return None
    role = said.group("role") if said.group("role") not in (None, "男的", "女的") else "工作人员"
    return f"{said.group('where') or ''}姓{said.group('surname')}的{role}"


def is_official(party: str) -> bool:
    """A person in office or at work named by title, with or without a name ("村支书", "村委会主任陈某")."""
    return bool(TITLE_AT_END_RE.search(party)) or names_a_person(party)


def names_a_person(party: str) -> bool:
    """Whether a party ends with a person's name after a title ("村委会主任陈某", "老板韦建明")."""
    for title in _TITLE_WORD_RE.finditer(party):
        rest = party[title.end() :]
        given = rest[surname_length(rest) :]
        if given != rest and _GIVEN_NAME_RE.fullmatch(given) and not _TITLE_WORD_RE.search(rest):
            return True  # "村主任曾国华": the rest is a name (曾 read as 曾经 in running text)
        name = person_named_after(party, title.end())
        if name and title.end() + len(name) == len(party):
            return True
    return False


# a person in office told by surname after the title: "城建科的副科长姓林的"
_SURNAME_TOLD_RE = re.compile(r"姓([\u4e00-\u9fff]{1,2}?)(?:的|[,，。\s]|$)")


def officer_by_surname(text: str, at: int, title: str) -> str | None:
    """The officer told by surname right after the title ("副科长姓林的" → 姓林的副科长), or None."""
    told = _SURNAME_TOLD_RE.match(text, at)
    if told and surname_length(told.group(1)) == len(told.group(1)):
        return f"姓{told.group(1)}的{title}"
    return None


# "民警小张", "老板老王", "主任陈某": a person known by a nickname is told with their unit, not instead of it
_NICKNAME_AT_END_RE = re.compile(r"[小老][\u4e00-\u9fff]$|某$")


def known_by_nickname(party: str) -> bool:
    """Whether a person is told by a nickname or as "某" ("民警小张", "村委会主任陈某"), not by a whole name."""
    return bool(_NICKNAME_AT_END_RE.search(party))


# an officer told by surname and title right after the unit: "司法所刘所长", "大队的徐队长", "派出所的王警官"
# (a doctor or a teacher praised stays with the department or school: "人民医院骨科的李医生")
_SURNAME_AND_TITLE_RE = re.compile(
    r"的?(?P<who>[\u4e00-\u9fff](?:副)?(?:队长|所长|科长|主任|局长|站长|院长|校长|园长|书记|镇长|乡长|村长|"
    r"警官))(?![\u4e00-\u9fff]{0,1}们)"
)


def officer_titled(text: str, at: int) -> str | None:
    """An officer of the unit told by surname and title right after it ("刘所长", "徐队长"), or None."""
    said = _SURNAME_AND_TITLE_RE.match(text, at)
    return said.group("who") if said and surname_length(said.group("who")) == 1 else None


def told_by_surname_only(party: str) -> bool:
    """Whether a party ends with an officer told only by surname and title ("司法所刘所长"), whose
    whole name a later message may give."""
    last = _SURNAME_AND_TITLE_RE.search(party[-5:])
    return (
        bool(last) and last.end() == len(party[-5:]) and officer_titled(party[-5:], last.start()) is not None
    )


# a person known in the village by a nickname: surname, 老 and their place among brothers ("刘老三", "王老五")
_NICKNAME_RE = re.compile(r"老[大二三四五六七八九十幺](?![\u4e00-\u9fff]?[家们])")


def person_by_nickname(text: str) -> str | None:
    """The first person told by a nickname ("村里的刘老三占的" → 刘老三), or None."""
    for said in _NICKNAME_RE.finditer(text):
        for n in (2, 1):  # "欧阳老三", "刘老三"
            surname = text[max(0, said.start() - n) : said.start()]
            if len(surname) == n and surname_length(surname) == n:
                return surname + said.group()
    return None


# an officer of the village or township told by surname before the title: "村里姓刘的支书收回去了", "镇上姓王的副镇长"
# (where 村里 alone would be read as the committee; "拆迁办那个姓赵的主任" stays with the office)
_SURNAME_BEFORE_TITLE_RE = re.compile(
    r"(?P<where>村里|村上|镇里|镇上|乡里|乡上|组里|队上)(?:的|那个|有个|一个)?姓(?P<surname>[\u4e00-\u9fff]{1,2}?)的"
    r"(?P<title>(?:村|副)?(?:支书|书记|主任|村长|镇长|乡长|组长|队长|会计|干部))"
)


def officer_surname_first(text: str) -> str | None:
    """The officer a normalised text tells by surname before the title ("村里姓刘的支书" → 村里姓刘的支书), or None:
    a story that names the person does not mean the village committee as a whole."""
    said = _SURNAME_BEFORE_TITLE_RE.search(text)
    if not said or surname_length(said.group("surname")) != len(said.group("surname")):
        return None
    return said.group()
