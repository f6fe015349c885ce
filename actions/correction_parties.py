"""One more party to write beside the one on record, said at a correction: "公司也写上 蜀安建设", "还有荔湾区旧改办
也要写上 不只拆迁公司"; the person complained about named by their role ("支书叫庞德才") (pure; for
`actions.correction_parse`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from actions.slots import NOT_PROVIDED
from bot.parsing.respondent_people import PARTY_ROLES, WHERE_OF_ROLE_RE, told_by_role_only
from bot.parsing.respondent_roles import is_role_only
from bot.parsing.surnames import surname_length

# "公司也写上", "把厂子名字也加上": the employer, added to the party on record, its name after the words
_PARTY_ADDED = re.compile(
    r"^(?:把|将)?(?:公司|单位|厂子?|工厂|店|老板)的?(?:名字|名称|全称|名)?(?:也|一起|一块)(?:要|得)?"
    r"(?:写上|加上|记上|填上|写进去|加进去)去?[:：]?"
)
# "还有荔湾区旧改办也要写上", "街道办也得加上": a party by its name (an office, a firm) before the words
_NAMED_PARTY_ADDED = re.compile(
    r"^(?:还有|另外|再|而且)?(?:把|将)?(?P<party>[\u4e00-\u9fff]{1,16}?(?:办|局|委会?|所|站|中心|院|队|公司|厂|店|"
    r"物业|集团|政府|街道|社区|学校|银行|医院))(?:也|一起|一块|一并)(?:要|得|需要|应该)?"
    r"(?:写上|加上|记上|填上|写进去|加进去)去?[吧啊呀嘛]*$"
)
# "不只拆迁公司", "光写物业他们又推": the party on record, said again beside the one added
_NOT_ONLY = re.compile(r"^(?:而)?(?:不只|不光|不止|不仅|不单|光写|只写)")


def added_party(clause: str) -> str | None:
    """The party a clause adds ("" when its name is still to come), or None when it adds none."""
    role = _PARTY_ADDED.match(clause)
    if role:
        return clause[role.end() :]
    named = _NAMED_PARTY_ADDED.match(clause)
    return named.group("party") if named else None


def repeats_the_party(clause: str) -> bool:
    """ "不只拆迁公司": the party on record named again beside the one added, no value of its own."""
    return bool(_NOT_ONLY.match(clause))


# "支书叫庞德才", "小组长叫黄有才 你咋不问": the name of the one complained about, by the role they hold
_ROLE_CALLED_RE = re.compile(
    r"^(?:那个|这个)?(?:" + WHERE_OF_ROLE_RE.pattern.lstrip("^") + r"|小)?"
    r"(?:" + "|".join(sorted(PARTY_ROLES, key=len, reverse=True)) + r")(?:他|她)?叫"
    r"(?=(?P<name>[\u4e00-\u9fff]{2,4})$)"
)


def role_called(clause: str, after: Sequence[str] = ()) -> re.Match[str] | None:
    """The words before the name in a clause that names a person by their role ("支书叫庞德才"), or None; None too
    when another name is told after it ("村主任叫韦光荣 他小舅子叫杨二"), which the role on record sorts out."""
    called = _ROLE_CALLED_RE.match(clause)
    if any("叫" in later for later in after):
        return None
    return called if called and surname_length(called.group("name")) else None


def unnamed_party(party: object) -> bool:
    """No party on record, or one known only by a role ("村主任", "老板"): a role's name said at a correction names
    it; beside a unit on record ("颐康养老公司") it tells who runs the unit, no other party."""
    return party in (None, "", NOT_PROVIDED) or (
        isinstance(party, str) and (told_by_role_only(party) or is_role_only(party))
    )
