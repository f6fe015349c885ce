"""A party given in a correction at the summary, as the citizen wants it written.

What goes: how to write it ("写，城关镇派出所"), a word on the rest ("其他都对"), "就行" after it, a remark on the
wording or on what was said before ("没有问字", "我前面说了", "他走不了路是说我爸"), what the party fails to do
("他们也不管"), and a role said before the name of that unit ("物业，金湖物业服务公司"). A party to be added
("还有把城管也写上") is kept beside the first one: "杨记烧烤、城管".
"""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing
from bot.parsing.respondent import first_unit
from bot.parsing.respondent_context import CRISIS_PUSHED_AWAY
from bot.parsing.respondent_roles import is_role_only

# "写 天河区石牌街道派出所", "改成福寿康老年公寓": how to write it, said before it (not "写字楼")
WRITE_AS = r"(?:写|填)(?:成|为|作|上)?(?![字楼])|(?:改|记|换)(?:成|为)"
# "其他对": a word on the rest of the summary
REST_IS_RIGHT = r"^(?:其他|其余|别的|剩下的)的?(?:都|也)?(?:对|没问题|没错|可以|无误|正确|不用改|不变)的?$"

_WRITE_AS_RE = re.compile(rf"^(?:{WRITE_AS})[,，:：\s]*")
_PARTS_RE = re.compile(r"[,，。；;!！\s]+")
# "杨记烧烤就行": enough of it, not part of the name
_ENOUGH_RE = re.compile(r"(?:就行|就好|就可以|就对了|即可|就成)了?$")
# a remark, not a party: on what was said before, on the wording, on whom another word meant, on a mix-up
_REMARK_RE = re.compile(
    r"^(?:我|俺)?(?:刚才|刚刚|刚|前面|上面|之前|早就|已经|都)*(?:说|讲|写|告诉你)(?:过|了)+(?:的|啊|呀|嘛)?$"
    r"|(?:没有|不要|去掉|删掉|删了|多了?|少了?|漏了?)(?:一个|个|那个)?[\u4e00-\u9fff]?字$"
    r"|(?:搞混|记混|弄混|搞错|弄错|记错|写错|打错|说错|听错)"
    # "罗永刚是它的老板": who the person on record is to the unit
    r"|是(?:它|它们|他们|这个?公司|那个?公司|公司|厂里|店里)的(?:老板|负责人|法人|老总|经理)$"
    # a word on the rest of the summary, whatever it says of it: "别的不动", "其余没问题"
    r"|^(?:其他|其余|别的|剩下的)的?(?:都|也)?(?:不|没)(?:对|错|问题|用改|改|动|变)"
    # of the citizen or the urgent flag, not of a party: "俺没想不开", "不用标紧急"
    rf"|^(?:{CRISIS_PUSHED_AWAY})$"
    r"|^(?:不用|不要|别|不必|用不着)(?:给我|帮我)?(?:标|标记|写|算|按|弄)?(?:成|为)?(?:紧急|加急)"
)
# "他们也不管": what the party fails to do
_FAILS_RE = re.compile(r"^(?:他们|她们|它们|他|她|它|人家)(?:也|都|还|就|一直|根本|从来)*(?:不|没)")
# "他走不了路是说我爸": whom another word meant, said of no unit
_MEANT_RE = re.compile(r"是说|是指|说的是|指的是")
# "还有把城管也写上", "把街道办也加上", "再加上城管": one more party
_ADDED_RE = re.compile(
    r"^(?:还有|另外|再|也)?(?:把|将)(?P<party>.+?)(?:也|一起|一块)?(?:写上|加上|记上|填上|写进去|加进去|算上)去?$"
    r"|^(?:还有|另外还有|再加上|加上|再加)(?P<more>.+?)(?:也要写|也写上|也加上)?$"
)


# "四方坪派出所不给立案": what the unit fails to do, right after its name
_FAILS_AFTER_RE = re.compile(r"^(?:也|都|还|就|一直|根本|从来|到现在)*(?:不|没|推来推去|推三阻四)")


def _without_failing(part: str) -> str:
    unit = first_unit(part)
    if unit and part.startswith(unit) and _FAILS_AFTER_RE.match(part[len(unit) :]):
        return unit
    return part


def is_remark(part: str) -> bool:
    """A part that speaks of the wording or of what was said, not of a party ("没有问字", "名字老是搞混")."""
    return bool(_REMARK_RE.search(part)) or (bool(_MEANT_RE.search(part)) and first_unit(part) is None)


def _added(part: str) -> str | None:
    found = _ADDED_RE.match(part)
    return (found.group("party") or found.group("more")) if found else None


def _role_before_its_name(part: str, after: list[str]) -> bool:
    """ "物业" said before "金湖物业服务公司": the role the next part names in full."""
    if not (is_role_only(part) and first_unit(part) == part) or not after or _added(after[0]):
        return False
    unit = first_unit(after[0])
    return part in after[0] or (unit is not None and not is_role_only(unit))


def as_written(value: str) -> str:
    """A party given in a correction, as written, without how to write it or a word on the rest of the summary
    ("写，天河区石牌街道派出所" → 天河区石牌街道派出所, "写福寿康老年公寓，其他对" → 福寿康老年公寓)."""
    parts = [p for p in _PARTS_RE.split(_WRITE_AS_RE.sub("", normalize_for_parsing(value).strip())) if p]
    kept: list[str] = []
    added: list[str] = []
    for index, part in enumerate(parts):
        part = _without_failing(_ENOUGH_RE.sub("", part))
        more = _added(part)
        if more:
            added.append(more)
        elif not (
            not part
            or re.match(REST_IS_RIGHT, part)
            or is_remark(part)
            or _FAILS_RE.match(part)
            or _role_before_its_name(part, parts[index + 1 :])
        ):
            kept.append(part)
    if not kept:
        return "，".join(parts)
    return "，".join(kept) + "".join(f"、{party}" for party in added)


def both_parties(known: str, added: str) -> str:
    """The party on record with one more written beside it ("罗永刚" and "蜀安建设" → 罗永刚、蜀安建设); the record
    alone when it already names the one added."""
    party = as_written(added)
    return known if not party or party in known else f"{known}、{party}"
