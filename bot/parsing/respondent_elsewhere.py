"""A party said at another question than "您要反映的是哪个单位或哪个人": a message that is nothing but a party
("村委会", "隔壁屋的王老四", "村支书和村主任"), a party said in place of a denied one ("不是合作社 是俺们村委会收的"),
a unit with its name ("一个做五金的厂 叫鑫达五金") or the doer ("组长弄的 叫王德才").
"""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing
from bot.parsing.respondent import first_unit, is_official
from bot.parsing.respondent_answer import ANSWER_TAIL_RE, SHORT_ANSWER, bare
from bot.parsing.respondent_context import blank_what_is_not_said_of_it
from bot.parsing.respondent_parts import LISTED_RE
from bot.parsing.respondent_roles import ROLE_AT_END_RE, is_role_only, named_right_after, with_its_name
from bot.parsing.surnames import surname_length


def names_only_a_party(text: str | None) -> str | None:
    """A message that is nothing but a party ("村委会", "是物业吧", "开发商南京鼎盛置业"), or None.

    Said when another question was asked, it still answers who the complaint is about.
    """
    norm = bare(_WHY_THEM_RE.sub("", normalize_for_parsing(text).strip()))
    boss = _BOSS_PIECE_RE.search(norm)
    if boss:  # "顺德北滘的美嘉电器配件厂 老板叫梁志坚": the factory where it is, and its boss
        unit = first_unit(norm[: boss.start()])
        where = norm[: boss.start()].removesuffix(unit) if unit else ""
        named = unit and not is_role_only(unit) and _WHERE_RE.fullmatch(where)
        return unit + norm[boss.start() :] if named else None
    unit = first_unit(norm) if norm else None
    if not unit:
        return None
    named = with_its_name(norm, unit)
    return named if norm in (unit, named) or norm == unit + named or named_right_after(norm, unit) else None


# why that unit, said after it: " 低保是他们管的", "，归它管"
_WHY_THEM_RE = re.compile(
    r"[\s,，]+[\u4e00-\u9fff]{0,6}(?:是|归|由)(?:他们|它|他|她)(?:在)?(?:管|负责|办|发|批)的?[吧啊呀嘛]?$"
)
# the boss of the unit told before, as a piece of its own: " 老板叫梁志坚", " 厂长姓王"
_BOSS_PIECE_RE = re.compile(r"\s+(?:老板娘|老板|厂长|经理)(?:叫|是|姓)[\u4e00-\u9fff]{1,4}$")
# where the unit is, said before it: "顺德北滘的"
_WHERE_RE = re.compile(r"(?:[\u4e00-\u9fff]{1,8}的)?")


def names_only_parties(text: str | None) -> str | None:
    """A message that only lists parties ("盘龙区医保局吧 还有药店 叫一心堂"), each by its name, or None."""
    pieces = [p for p in LISTED_RE.split(normalize_for_parsing(text).strip()) if p.strip()]
    parties = [names_only_a_party(piece) or _kind_only_unnamed(piece) for piece in pieces]
    return "、".join(parties) if len(parties) > 1 and all(parties) and parties[0] else None


_KIND_ONLY = 8  # "催收公司": a kind of unit, told in a few words
# "名字不知道", "叫啥不清楚": the name not known, said after a party
_NAME_NOT_KNOWN_RE = re.compile(r"[,，\s]*(?:名字|名儿|叫啥|叫什么)?(?:不知道|不清楚|不晓得|不记得)了?$")


def _kind_only_unnamed(piece: str) -> str | None:
    """ "他们外包的催收公司 名字不知道": a unit by its kind, whose name the citizen does not know, or None."""
    unknown = _NAME_NOT_KNOWN_RE.search(piece)
    said = piece[: unknown.start()].split("的")[-1].strip() if unknown else ""  # (not "他们外包的")
    unit = first_unit(said) if said else None
    return said if unit and said.endswith(unit) and len(said) <= _KIND_ONLY else None


# a neighbour by name, and nothing else: "隔壁屋的王老四", "对门老张家", "楼上的李建军"
_NEIGHBOUR_RE = re.compile(
    r"(?:我家|我们家|俺家|我屋|俺屋)?(?:的)?(?:屋隔壁|隔壁屋|隔壁|邻居|对门|对面|楼上|楼下|后院|前院|后屋|前屋)"
    r"(?:屋|家|那家|那个|这个|的)*(?P<name>(?:老|小)[\u4e00-\u9fff]{1,3}?|[\u4e00-\u9fff]{2,4}?)(?:家|他家|一家)?"
)
_NOT_IN_A_NAME = set("的了是在不没有和与跟给把被让就都也还又说个这那我你他她们人家户")


def names_only_a_neighbour(text: str | None) -> str | None:
    """A message that is nothing but a neighbour by name ("隔壁屋的王老四"), as said, or None. Said at another
    question, it still answers who the matter is against."""
    norm = ANSWER_TAIL_RE.sub("", normalize_for_parsing(text).strip()).replace(" ", "")
    said = _NEIGHBOUR_RE.fullmatch(norm) or _NEIGHBOUR_RE.fullmatch(norm := bare(norm))  # "就是隔壁老王"
    name = said.group("name") if said else ""
    if not said or set(name) & _NOT_IN_A_NAME:
        return None
    if name[:1] in "老小" and 0 < surname_length(name[1:]) == len(name) - 1:
        return norm  # "老张", "小李"
    if not 0 < surname_length(name) < len(name):
        return None
    return norm


# a party denied and another put in its place: "不是合作社 是俺们村委会收的", "不是物业，而是开发商"
_INSTEAD_RE = re.compile(r"(?:不是|并不是|并非)[^,.;!?，。；！？]{1,14}?[,，\s]*(?:而是|就是|是)")


def party_said_instead(text: str | None) -> str | None:
    """The party a denial names in place of another ("不是合作社 是俺们村委会收的" → 村委会), or None."""
    norm = normalize_for_parsing(text)
    instead = _INSTEAD_RE.search(norm)
    # only a party put in place of a party: "不是我犯错，是车间主任看我不顺眼" denies no party
    denied = instead and first_unit(norm[instead.start() : instead.end()])
    unit = first_unit(norm[instead.end() :]) if denied else None
    return with_its_name(norm, unit) if unit and is_role_only(unit) else unit


# "村支书和村主任", "村会计、村支书": people in office listed, and nothing else
_JOINERS_RE = re.compile(r"(?:以及|还有|和|跟|与|及|[、,，\s])+")


# the name said after the title: "村支书 叫刘长河"
_NAME_AFTER_RE = re.compile(
    r"[\s,，]*(?:他|她)?(?:名字|大名|全名)?叫\s*(?=[\u4e00-\u9fff]{2,4}(?:$|[、,，\s]))"
)


def names_only_officials(text: str | None) -> str | None:
    """A message that only lists people in office ("村支书和村主任", "村支书 叫刘长河" → 村支书刘长河), as said;
    None otherwise. Said at another question, it still names who the matter is against."""
    norm = _NAME_AFTER_RE.sub("", bare(normalize_for_parsing(text).strip()))
    parts = [part for part in _JOINERS_RE.split(norm) if part]
    if not parts or len(norm) > SHORT_ANSWER:
        return None
    if all(first_unit(part) == part and is_official(part) for part in parts):
        return norm
    return None


# "一个做五金的厂 叫鑫达五金", "一家公司叫华强的": a unit said with its name
_UNIT_CALLED_RE = re.compile(
    r"(厂|公司|店|饭店|超市|工地|学校|幼儿园|医院|物业|中介|机构|培训班)子?[,，\s]*(?:名字|名称)?(?:叫做|叫作|叫)"
    r"\s*([\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?:的|吧|啊)?(?=[,，。！!？?\s]|$)"
)
# "一家叫速达人力的配送商", "有个叫鑫源的劳务公司", "一个叫 启航英语 的小机构": the name said before the kind
_CALLED_UNIT_RE = re.compile(
    r"(?:一家|一个|有家|有个|那家|那个)叫做?\s*(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,20}?)\s*的(?:小|大)?"
    r"(?P<kind>(?:劳务|人力|外包|派遣|配送|物流|快递|建筑|装修|培训|教育)?"
    r"(?:公司|厂|配送商|代理商|承包商|中介|店|工地|站点|机构|培训班|学校))"
)
_NO_NAME_RE = re.compile(r"什么|啥|不知道|不清楚|不上来|不出来|忘了")
# "那家叫燃力健身 上周关门了": the business the story is about, by its name alone
_THAT_ONE_CALLED_RE = re.compile(
    r"(?:^|[,，。\s])(?:那家|这家|那个店|这个店|那家店|这家店)(?:的名字|名字)?叫做?\s*"
    r"(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?:的|吧|啊)?(?=[,，。！!？?\s]|$)"
)
# "公司是长沙某某餐饮管理有限公司": the employer or the shop by its registered name
_UNIT_IS_RE = re.compile(
    r"(?:厂|公司|单位|店|老板的公司)(?:的)?(?:名字|名称|全称|全名)?是\s*"
    r"(?P<name>(?![我俺你他她这那一咱])(?:(?!的)[\u4e00-\u9fffA-Za-z0-9]){2,24}?(?:有限责任公司|有限公司|股份公司|集团|公司|厂))"
    r"(?=[,，。！!？?\s]|$)"
)


def named_unit(text: str | None) -> str | None:
    """A unit said with its name ("一个做五金的厂 叫鑫达五金" → 鑫达五金厂, "一家叫速达人力的配送商"), or None: said at another question,
    it still names who the matter is against."""
    norm = blank_what_is_not_said_of_it(normalize_for_parsing(text))
    called = _CALLED_UNIT_RE.search(norm)
    if called and not _NO_NAME_RE.search(called.group("name")):
        name = called.group("name")  # "一家叫某某科技有限公司的公司": the kind already in the name
        return name if ROLE_AT_END_RE.search(name) else name + called.group("kind")
    for pattern in (_UNIT_IS_RE, _THAT_ONE_CALLED_RE):
        said = pattern.search(norm)
        if said and not _NO_NAME_RE.search(said.group("name")):
            return said.group("name")
    found = _UNIT_CALLED_RE.search(norm)
    if not found or _NO_NAME_RE.search(found.group(2)):
        return None
    role, name = found.groups()
    return name if ROLE_AT_END_RE.search(name) else name + role


# "组长弄的 叫王德才", "是村主任干的 他叫李富贵": who did it, said at another question, and maybe their name
_DOER_RE = re.compile(
    r"(?:^|[,，\s])(?:就是|是|都是|全是)?(?P<who>(?![我俺你他她咱])[\u4e00-\u9fff]{2,10}?)(?:一个人)?(?:弄|干|搞|做|整|划|办|批|占|拆|卖|征|收|扣|罚|抓|拘|关|封|停)的"
    r"(?:[,，\s]*(?:他|她|那人)?(?:名字|大名|全名)?叫(?P<name>[\u4e00-\u9fff]{2,4}?))?(?=$|[,，。!！\s吧啊呀])"
)


_HEADS_OF_GROUPS = ("组长", "队长")  # "组长弄的": the head of a village group, no unit word of its own


def doer_said(text: str | None) -> str | None:
    """The party a message says did it ("就是前年的事 组长弄的 叫王德才" → 组长王德才), or None. Said at another
    question, it is still who the matter is against."""
    found = _DOER_RE.search(normalize_for_parsing(text))
    who = found.group("who") if found else ""
    name = found.group("name") or "" if found else ""
    named = bool(name) and 0 < surname_length(name) < len(name)
    if not who or (first_unit(who) != who and not (named and who.endswith(_HEADS_OF_GROUPS))):
        return None  # "组长弄的" with no name: the respondent question asks it
    return who + name if named else who


# "雇主姓郑 郑先生 住在…", "房东姓李": a person the citizen deals with, by surname, opening a message
_BY_SURNAME_RE = re.compile(
    r"^(?:那个|我的|我们的?|俺的?|俺们的?)?(?P<role>雇主|东家|老板娘|老板|房东|包工头|工头|经理|厂长|店长|车主|主家)"
    r"(?:是|叫)?姓(?P<surname>[\u4e00-\u9fff]{1,2}?)(?:的)?(?:[,，\s]*(?P=surname)(?P<title>先生|女士|老板|总|姐|哥|师傅|阿姨))?"
    r"(?=[,，。!！\s]|$)"
)


def person_by_surname(text: str | None) -> str | None:
    """The person a message opens with by surname ("雇主姓郑 郑先生 …" → 雇主郑先生, "房东姓李" → 房东（姓李）),
    or None: said at another question, it still names who the matter is against."""
    found = _BY_SURNAME_RE.search(normalize_for_parsing(text or "").strip())
    if not found or surname_length(found.group("surname")) != len(found.group("surname")):
        return None
    role, surname, title = found.group("role", "surname", "title")
    if title and title in role:
        return f"{surname}{role}"  # "老板姓王 王老板" → 王老板
    return f"{role}{surname}{title}" if title else f"{role}（姓{surname}）"


# relatives by name, listed and nothing else: "我大爷王德山 二爷王德海 三叔王德江", "大儿子张强、二儿子张伟"
_KIN_NAMED_RE = re.compile(
    r"(?:我|俺|她|他|我的|俺的|她的|他的|我家|俺家)?"
    r"(?P<kin>[大二三四五小]?(?:爷|伯|叔|姑|舅|姨|哥|姐|弟|妹|儿子|女儿|闺女)|老[大二三四五]|儿媳妇?|女婿|伯伯|叔叔|姑姑|舅舅|"
    r"哥哥|姐姐|弟弟|妹妹)(?:叫)?(?P<name>[\u4e00-\u9fff]{2,4})"
)


def names_only_kin(text: str | None) -> str | None:
    """A message that only lists relatives by name ("我大爷王德山 二爷王德海 三叔王德江"), as said, or None: said at
    another question of a matter against the family (support refused), it names whom the matter is against."""
    norm = bare(normalize_for_parsing(text or "").strip())
    parts = [part for part in _JOINERS_RE.split(norm) if part]
    if not parts or len(norm) > SHORT_ANSWER * 2:
        return None
    named = []
    for part in parts:
        said = _KIN_NAMED_RE.fullmatch(part)
        if not said or not 0 < surname_length(said.group("name")) < len(said.group("name")):
            return None
        named.append(said.group("kin") + said.group("name"))
    return "、".join(named)
