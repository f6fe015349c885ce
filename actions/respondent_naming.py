"""A party on record known only by its kind or its role ("派出所", "村支书", "隔壁张二娃"), given its own name at
another question: the same party, refined, never a second one.
"""

from __future__ import annotations

import re

from actions.intake_turn import Turn, asked
from actions.slots import NOT_PROVIDED
from bot.domain.text import normalize_for_parsing, search_after, to_simplified
from bot.parsing import (
    name_answer,
    respondent,
    respondent_answer,
    respondent_doers,
    respondent_elsewhere,
    respondent_people,
)
from bot.parsing.respondent_people import PARTY_ROLES, WHERE_OF_ROLE_RE, told_by_role_only
from bot.parsing.respondent_roles import PERSON_ROLES, ROLE_AT_END_RE
from bot.parsing.respondent_suffixes import SUFFIX_RE
from bot.parsing.surnames import surname_length

MAX_NAMED_PARTY = 24
# a person's role before their name on record: "房东汪洁", "村支书王建军"
ROLE_AT_START_RE = re.compile(
    WHERE_OF_ROLE_RE.pattern
    + "?(?:"
    + "|".join(sorted({*PARTY_ROLES, *PERSON_ROLES}, key=len, reverse=True))
    + ")"
)


def person_name_in(known: str, said: str) -> str:
    """The person's name at the end of a party on record ("邻居王长河" → 王长河, "儿子马军" → 马军) when `said`
    says it, else ""."""
    return next((known[-n:] for n in (3, 2) if surname_length(known[-n:]) == 1 and known[-n:] in said), "")


# the name of a party known only by its kind, said after it: "供热公司全名叫讷河市宏达热力有限公司",
# "那店叫丰收农资门市", "村支书是大坑村的 叫黄志明"
_NAME_GIVEN_RE = re.compile(
    r"(?:(?:全名|名字|名儿|名称|全称|大名|字号)(?:是|叫做?|为)|叫做?)[：:\s]*"
    r"(?![他她我你])(?P<name>[\u4e00-\u9fffA-Za-z0-9（）()·]{2,24}?)(?:的|啊|呀|哦|嘛)?(?=$|[，,。.!！\s])"
)
# "供热公司是哈投热电": the kind on record, then the name it goes by, the whole clause
_KIND_IS_NAME_RE = re.compile(
    r"^(?:就|其实)?是(?P<name>[\u4e00-\u9fffA-Za-z0-9（）()·]{2,16}?)(?:吧|啊|呀|哦)?(?=$|[，,。.!！\s])"
)
# what a name never holds, but a clause that says something of the party does ("是不管", "是说达标了", "是国企的")
_NOT_A_NAME_RE = re.compile(r"[不没说在了的吗呢要会能想让给把被都也还就才又怎啥谁哪年这那我你他她它们个]")
_SHORTEST_KIND_NAME = 3  # "是国企", "是私企": two characters after 是 are a kind again
# what points back at the party known: "那店", "这家公司", "他"
_POINTS_BACK_RE = re.compile(
    r"^(?:那|这|那个|这个|那家|这家)(?:店|厂|公司|家|个|单位|合作社|人)?|^(?:他|她)(?=叫|的?(?:全名|名字))"
)


def name_given(turn: Turn, reading: str) -> str | None:
    """The name of the party recorded only by its kind, given at another question or at the summary."""
    reading = to_simplified(reading)  # "供熱公司是哈投熱電"
    known = turn.slots.get("respondent")
    if not isinstance(known, str) or not known or known == NOT_PROVIDED:
        return None
    by_name = person_name_in(known, normalize_for_parsing(reading)) if not _only_a_kind(known) else ""
    by_nickname = bool(by_name) and respondent_people.person_by_nickname(known) == by_name
    if by_name and (respondent_doers.relative_by_name(known) == known or by_nickname):
        # "隔壁张二娃" or "刘老三" on record: "张二娃 大名叫张志明" gives the whole name
        return name_answer.formal_name(normalize_for_parsing(reading).split(by_name, 1)[1])
    if not _only_a_kind(known):
        return None
    core = WHERE_OF_ROLE_RE.sub("", known)  # "书记叫孙德海" when "村书记" is on record
    role = ROLE_AT_END_RE.search(known)  # "房东叫李桂芳" when "房子房东" is on record
    if known in reading:
        after = reading.split(known, 1)[1]
    elif core != known and len(core) >= 2 and core in reading:
        after = reading.split(core, 1)[1]
    elif role and role.start() and len(role.group()) >= 2 and role.group() in reading:
        after = reading.split(role.group(), 1)[1]
    elif _POINTS_BACK_RE.match(reading):
        after = reading[_POINTS_BACK_RE.match(reading).end() :]
    else:
        return None
    called = respondent_elsewhere.named_unit(after)  # "一家叫速达人力的配送商": the name, before its kind
    if called and called != known:
        return called
    found = _NAME_GIVEN_RE.search(after) or _kind_is_named(after)
    if not found or found.group("name") == known:
        return None
    name = found.group("name")
    # a person's name after a person's role keeps the role: "村主任马占山"
    return (
        f"{known}{name}" if told_by_role_only(known) and respondent.names_a_person(f"{known}{name}") else name
    )


def _kind_is_named(after: str) -> re.Match[str] | None:
    """ "是哈投热电" right after the kind on record: its name; not "是不管", "是国企" (a kind again)."""
    said = _KIND_IS_NAME_RE.match(after.strip())
    name = said.group("name") if said else ""
    if len(name) < _SHORTEST_KIND_NAME or _NOT_A_NAME_RE.search(name) or respondent.is_role_only(name):
        return None
    return said


def named_in_role(known: str | None, new: str, said: str) -> str:
    """ "书记名字写上 叫孙德海" when "村书记" is on record: the person in that role, "村书记孙德海"; any other new
    party as corrected ("庞德才，你写上": what is said to the bot goes)."""
    new = _TO_THE_BOT_RE.sub("", new) or new
    if not isinstance(known, str) or known in new:
        return new
    if _shorter_wording_of(new, known):
        return known  # "是交通执法" when "郑州市交通运输综合执法支队" is on record: the same party, by its full name
    if (in_place := _person_put_right(known, new)) is not None:
        return in_place  # "经纪人姓胡" when "我爱我家 张江店 经纪人姓吴" is on record: the unit kept
    if not told_by_role_only(known):
        return _role_kept(known, new)
    core = WHERE_OF_ROLE_RE.sub("", known)[-2:]  # "组长叫黄有才" when "小组长" is on record
    in_role = f"{known}{new}"
    if core in normalize_for_parsing(said) and surname_length(new) and respondent.names_a_person(in_role):
        return in_role
    return new


def _shorter_wording_of(new: str, known: str) -> bool:
    """Every character of `new`, in order, is in the longer party on record, and it is no person's name: it names
    that party more loosely."""
    if surname_length(new):
        return False  # "汪杰" for "房东汪洁": a name put right
    rest = iter(known)
    return 2 <= len(new) < len(known) and all(char in rest for char in new)


# a word to the bot after the name: "，你写上", "给我记上吧"
_TO_THE_BOT_RE = re.compile(
    r"[，,\s]+(?:你|您)?(?:给我|帮我)?(?:写上|记上|写上去|记下|记下来|记一下|写一下|加上|填上)(?:吧|啊|呀)?$"
)


# "经纪人姓胡", "店长叫王磊": a person by the role named on record, and how they are called
_ROLE_AND_NAME_RE = re.compile(r"^(?P<role>[\u4e00-\u9fff]{2,5}?)(?:是)?(?:姓|叫)")


def _person_put_right(known: str, new: str) -> str | None:
    """The person named in a role after the unit on record, put right by role and name; None when no such person
    is on record."""
    said = _ROLE_AND_NAME_RE.match(new)
    at = known.find(said.group("role")) if said else -1
    named_before = at > 0 and _ROLE_AND_NAME_RE.match(known[at:]) is not None
    return f"{known[:at]}{new}" if named_before else None


def _role_kept(known: str, new: str) -> str:
    """ "房东汪洁" on record, "汪杰" said: the name put right, the role kept ("房东汪杰"); else as corrected."""
    role = ROLE_AT_START_RE.match(known)
    old_name = known[role.end() :] if role else ""
    if not role or not 0 < surname_length(old_name) < len(old_name) <= 4:
        return new
    return role.group() + new if 0 < surname_length(new) < len(new) <= 4 and new != old_name else new


# a unit known only by what it is ("供热公司", "农资店", "合作社"), not by its name
_KIND_OF_UNIT_RE = re.compile(
    r"^[\u4e00-\u9fff]{0,4}(?:公司|店|厂|合作社|门市|超市|医院|学校|物业|中心|站|酒店|饭店|商场|银行|驾校|培训班)$"
)


def _only_a_kind(party: str) -> bool:
    return (
        told_by_role_only(party)
        or respondent.is_role_only(party)
        or respondent_people.told_by_surname_only(party)  # "司法所刘所长": his whole name may follow
        or (bool(_KIND_OF_UNIT_RE.match(party)) and not respondent.names_a_person(party))
    )


def workplace_of_the_known(turn: Turn, clean: str) -> str | None:
    """The unit where the person on record, known only by what they do ("老师"), works, named now."""
    known = turn.slots.get("respondent")
    if not isinstance(known, str) or asked(turn, "respondent"):
        return None
    return respondent.workplace_named(clean, known)


def known_party_named(turn: Turn, reading: str) -> str | None:
    """The party already known, now given its name at another question ("就是那个烧烤店 叫老王烧烤")."""
    known = turn.slots.get("respondent")
    if not isinstance(known, str) or not known or known == NOT_PROVIDED or known not in reading:
        return None
    if not _NAME_GIVEN_RE.search(reading.split(known, 1)[1]):  # "叫他老王就行" gives no name of the party
        return None
    named = respondent_answer.read_respondent_answer(reading)
    return named if named and named != known and len(named) <= MAX_NAMED_PARTY else None


_GENERIC_ROLES = frozenset(["村干部", "干部", "领导", "村领导", "当官的"])


def names_the_person(known: object, said: str) -> bool:
    """Whether `said` names a person ("村委会主任陈某") where the record holds only a role ("村干部")."""
    if not isinstance(known, str) or said == known or respondent.names_a_person(known):
        return False
    unnamed = told_by_role_only(known) or (known in said and respondent.is_role_only(known))
    if known in _GENERIC_ROLES and respondent_elsewhere.names_only_officials(said):
        return True  # "村干部" told first, "村支书和村主任" later: who exactly
    return unnamed and respondent.names_a_person(said)


_NOT_IN_A_NAME = frozenset("就那这个是的了也都还呢吧啊哪")
# one of a unit's branches said right after it: "不动产登记中心越秀分中心", "工商银行城东支行"
_BRANCH = (
    r"(?:(?![的了说是在去找要和跟把被我他她你])[\u4e00-\u9fff]){1,6}?"
    r"(?:分中心|分局|分公司|分行|支行|分所|分院|分店|营业厅|营业部|分部|分校|校区)"
)
# the office of a street or a township on record by its place name: "三台子街道" said again as "三台子街道办事处"
_BRANCH_RE = re.compile(_BRANCH)
_PLACE_OFFICE = {
    "街道": re.compile("(?:办事处|办)"),
    "镇": re.compile("(?:人民政府|政府)"),
    "乡": re.compile("(?:人民政府|政府)"),
}
_PIECES_RE = re.compile(r"[\s,，。；;!！?？、]+")
_AT_MOST = 5  # occurrences of the kind word looked at: a long message costs no more


def fuller_name(turn: Turn, reading: str) -> str | None:
    """The party on record by its kind word alone ("派出所", "医院", "城管"), now said with its name in front
    ("长春朝阳区 红旗街派出所", "派出所是红旗街派出所"), or any party said again with its name in front and nothing
    else: that name, the unit that ends where the kind word ends."""
    known = turn.slots.get("respondent")
    if not isinstance(known, str) or not known:
        return None
    office = _PLACE_OFFICE.get(known[-2:]) or _PLACE_OFFICE.get(known[-1:])
    branch = search_after(normalize_for_parsing(reading), known, office or _BRANCH_RE)
    # "不动产登记中心越秀分中心": the branch that dealt with it; "三台子街道办事处": the street's own office
    if branch:
        return known + branch.group()
    every = [p for p in _PIECES_RE.split(normalize_for_parsing(reading)) if p]
    # "社区卫生服务中心 麦子店社区卫生服务中心": the party said again, with its name in front, and nothing else
    only_it = bool(every) and all(p.endswith(known) for p in every)
    if not (SUFFIX_RE.fullmatch(known) or _only_a_kind(known) or only_it):
        return whole_name_said(turn, reading)
    if only_it:  # "麦子店社区卫生服务中心": the whole piece is its name (店 ends no unit inside it)
        longest = max(every, key=len)
        before = longest[: len(longest) - len(known)]
        named = before and not set(before) & _NOT_IN_A_NAME and len(longest) <= MAX_NAMED_PARTY
        return longest if named else None  # (not "就那个派出所")
    pieces = [p for p in every if known in p][:_AT_MOST]
    for piece in pieces:
        for m in list(re.finditer(re.escape(known), piece))[:_AT_MOST]:
            unit = _unit_ending_at(piece[max(0, m.end() - MAX_NAMED_PARTY) : m.end()])
            if unit and unit != known and unit.endswith(known):
                return unit
    return None


def whole_name_said(turn: Turn, reading: str) -> str | None:
    """The office on record said again by its whole name to start the message ("迎泽区行政审批服务管理局 …" with
    "迎泽区行政审批局" on record): the party named again, no answer to another question."""
    known = turn.slots.get("respondent")
    first = next((p for p in _PIECES_RE.split(normalize_for_parsing(reading)) if p), "")
    return _full_name_of(known, first) if isinstance(known, str) and known and first else None


_PLACE_PREFIX_RE = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:省|市|区|县|旗|镇|乡|街道)")


def _full_name_of(known: str, first: str) -> str | None:
    """The office on record said first by its whole name, its place and its kind word kept ("迎泽区行政审批局" on
    record, "迎泽区行政审批服务管理局" said), or None."""
    kind = next((m for m in SUFFIX_RE.finditer(known) if m.end() == len(known)), None)
    unit = respondent.first_unit(first)
    if not kind or not unit or not first.startswith(unit) or len(unit) <= len(known):
        return None
    if unit.endswith(known) and _PLACE_PREFIX_RE.fullmatch(unit[: -len(known)]):
        return unit  # "西山区市场监管局" with "市场监管局" on record: the office with its place
    stem = known[: len(known) - len(kind.group())]
    return unit if len(stem) >= 3 and unit.startswith(stem) and unit.endswith(kind.group()) else None


def _unit_ending_at(window: str) -> str | None:
    """The unit named at the very end of `window`, or None."""
    unit = respondent.first_unit(window)
    while unit and window.find(unit) + len(unit) != len(window):  # the first unit named, where it stands
        window = window[window.find(unit) + len(unit) :]
        unit = respondent.first_unit(window)
    return unit
