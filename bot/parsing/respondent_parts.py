"""The parts of a short answer to the respondent question that name someone: what only says where the name was
read, what the party does, or someone else it speaks of goes; a relative takes the name said after it, an office
the place said after it. For `bot.parsing.respondent_answer`."""

from __future__ import annotations

import re

from bot.parsing.respondent import first_unit
from bot.parsing.respondent_roles import is_role_only
from bot.parsing.surnames import surname_length

# a private person beside the unit that fails to act: "楼上邻居装修 物业不管" names both
PERSON_RE = re.compile(
    r"邻居|楼上|楼下|隔壁|老公|丈夫|老婆|妻子|儿子|女儿|亲戚|朋友|堂哥|堂弟|他家|她家|这家人|"
    # "带头的是101的孙阿姨", "王师傅": a person told by surname and how one addresses them
    r"[\u4e00-\u9fff](?:阿姨|大妈|大爷|大叔|叔叔|婶子|大姐|大哥|师傅)"
)


# "他儿子马军", "她女儿": whose relative it is goes, the relative stays
_WHOSE_RE = re.compile(r"^(?:他们|她们|他|她|老人|老人家)的?(?=" + PERSON_RE.pattern + ")")
# "游仙区的" after an office: where that office is
_PLACE_OF_IT_RE = re.compile(
    r"(?P<place>(?![我俺咱本这那])[\u4e00-\u9fff]{1,6}?(?:省|市|区|县|旗|镇|乡|街道))(?:的|那个|那边的)?"
)
# "他走不了路": a part about someone, told after the office
_SOMEONE_ELSE_RE = re.compile(r"^(?:他们|她们|他|她|俺爹|俺娘|我爸|我妈|老人家?)(?!的)")
# "叫张玉梅", "名字叫张玉梅": the name of the person said in the part before
_CALLED_RE = re.compile(r"^(?:名字)?叫(?!什么|啥)(?P<name>[\u4e00-\u9fff]{2,4})$")


# a part that only says where the name was read or what the office does: "围挡上写的", "发补贴的", "叫什么我问问"
_SAID_OF_IT_RE = re.compile(
    r"(?:上面?|上头)?写(?:的|着)?$|^(?:是)?(?:发|管|收|办|负责|批)[\u4e00-\u9fff]{1,4}$|叫(?:什么|啥)[^,，]*问问"
)


def parts_naming_someone(parts: list[str]) -> list[str]:
    """The parts of a short answer without those that only say where the name was read or what the party does
    ("中建八局 围挡上写的" → 中建八局, "区民政局 发补贴的" → 区民政局), a relative joined to the name said after
    ("她女儿 叫张玉梅" → 女儿张玉梅). All the parts when no other is left."""
    kept: list[str] = []
    for part in (_WHOSE_RE.sub("", p) for p in parts):
        called = _CALLED_RE.match(part)
        name = called.group("name") if called else ""
        whose_place = _PLACE_OF_IT_RE.fullmatch(part)
        unit_before = bool(kept) and first_unit(kept[-1]) == kept[-1] and not is_role_only(kept[-1])
        if called and kept and PERSON_RE.fullmatch(kept[-1]) and 0 < surname_length(name) < len(name) <= 4:
            kept[-1] += name
        elif whose_place and unit_before and not kept[-1].startswith(whose_place["place"]):
            kept[-1] = whose_place["place"] + kept[-1]  # "社保局 游仙区的": that district's office
        elif unit_before and _SOMEONE_ELSE_RE.match(part) and first_unit(part) is None:
            continue  # "社保局 他走不了路": of someone else, not of the office
        elif not _SAID_OF_IT_RE.search(part):
            kept.append(part)
    return kept or parts
