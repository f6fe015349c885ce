"""Which village's committee: a bare "村委会" on record is the committee of the one village the citizen names in
the same township ("谭棚镇刘庄村" → 刘庄村村委会, "孙家湾镇长岭村…村委会扣着" → 长岭村村委会).

A village said alone ("长岭村五组") counts when the story named it too; two villages named, or a township
other than the matter's, leave the committee as it is: the clerk does not guess.
"""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing

# the committee told by its kind alone, and the unit of a village or community it belongs to
_BARE_COMMITTEES = {
    "村委会": "村",
    "村委": "村",
    "村民委员会": "村",
    "村两委": "村",
    "居委会": "社区",
    "居民委员会": "社区",
}
# a township said before the village: "谭棚镇刘庄村", "石牌街道华苑社区"
_TOWN_RE = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道)")
_VILLAGE_RE = re.compile(
    r"(?P<town>[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道))?(?P<unit>[\u4e00-\u9fff]{1,4}?(?:村|社区))(?![委民里干])"
)
# "我们村", "本村", "全村", "这个村": no village by name
_NO_NAME_RE = re.compile(
    r"^(?:我们|咱们|俺们|我|俺|咱|本|全|整个|这个|那个|这|那|该|邻|隔壁|一个|各|每个|农)"
)


def _villages(text: str, kind: str) -> list[re.Match[str]]:
    found = []
    for said in _VILLAGE_RE.finditer(text):
        unit = said.group("unit")
        if unit.endswith(kind) and len(unit) > len(kind) and not _NO_NAME_RE.match(unit):
            found.append(said)
    return found


def village_committee(
    party: str | None, text: str | None, place: str | None, story: str | None
) -> str | None:
    """The committee on record with its village named in `text` ("刘庄村村委会"), or None.

    `place` is where the matter happened as recorded ("安徽省阜阳市临泉县谭棚镇"); `story` the matter as told.
    """
    kind = _BARE_COMMITTEES.get(party or "")
    if kind is None or not text:
        return None
    said = _villages(normalize_for_parsing(text), kind)
    if len({v.group("unit") for v in said}) != 1:
        return None
    village, town = said[0].group("unit"), said[0].group("town")
    if town:
        # "我在谭棚镇": the township is the end of what was said before the village
        if not any(town[i:] in (place or "") for i in range(len(town) - 2)):
            return None  # a village of another township
    elif village not in normalize_for_parsing(story or "") or text == story:
        return None  # "刘庄村" alone: the story must have named it
    return village + party
