"""Government organs as a clerk records them: with their place and their current name.

Citizens name an organ by its level ("区政府", "县公安局") and often by the name it had before the 2018
reform of the State Council's organs ("环保局", "国土局", "工商局"). Staff need the organ that exists today,
in the place where the matter happened: `official_organ_name("县环保局", ["湖南省", "益阳市", "桃江县"])` gives
"桃江县生态环境局（原环保局）" (the citizen's word stays, so they recognise it in the summary).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.domain.text import normalize_for_parsing

# Organs known by an abbreviation jieba cuts apart ("住建局" → 住/建局): they end a unit's name whole.
_ORGAN_WORDS_TEXT = (
    "人民政府 住建局 住房和城乡建设局 人社局 人力资源和社会保障局 社保局 医保局 医疗保障局 卫健委 卫健局 "
    "卫生健康委 卫生健康局 自然资源局 自然资源和规划局 生态环境局 生态环境分局 市场监管局 市场监督管理局 "
    "市监局 交通运输局 交通局 教育局 民政局 财政局 税务局 农业农村局 水利局 水务局 城管局 城市管理局 "
    "综合执法局 公安局 交警大队 司法局 应急管理局 文旅局 文化和旅游局 林业局 房管局 规划局 发改委 "
    "发改局 审计局 统计局 退役军人事务局 人民法院 人民检察院"
)
ORGAN_WORDS = tuple(_ORGAN_WORDS_TEXT.split())

# The names the 2018 reform (and the 2008 one for 人社) replaced, with the organ that does the work today.
_RENAMED = {
    "环境保护局": "生态环境局",
    "环保局": "生态环境局",
    "环保部门": "生态环境部门",
    "国土资源局": "自然资源局",
    "国土局": "自然资源局",
    "国土所": "自然资源所",
    "工商行政管理局": "市场监督管理局",
    "工商局": "市场监督管理局",
    "工商所": "市场监督管理所",
    "质量技术监督局": "市场监督管理局",
    "质监局": "市场监督管理局",
    "食品药品监督管理局": "市场监督管理局",
    "食药监局": "市场监督管理局",
    "安全生产监督管理局": "应急管理局",
    "安监局": "应急管理局",
    "卫生和计划生育委员会": "卫生健康委",
    "卫计委": "卫生健康委",
    "计生委": "卫生健康委",
    "卫计局": "卫生健康局",
    "卫生局": "卫生健康局",
    "劳动和社会保障局": "人力资源和社会保障局",
    "劳动保障局": "人力资源和社会保障局",
    "劳动局": "人力资源和社会保障局",
    "人事局": "人力资源和社会保障局",
    "农业局": "农业农村局",
    "农委": "农业农村局",
}
# the old names a unit's name ends with ("县环保局"); "环保部门" is said of who came to inspect as often as not
RENAMED_ORGAN_WORDS = tuple(w for w in _RENAMED if w.endswith(("局", "委", "所")))
_RENAMED_RE = re.compile("|".join(sorted(_RENAMED, key=len, reverse=True)))

# "区政府", "县公安局", "镇政府", "街道办": an organ named by its level only
_LEVELS = ("街道", "省", "市", "区", "县", "镇", "乡")
_ORGAN_END_RE = re.compile(
    r"(?:政府|局|委|委员会|办|办事处|法院|检察院|分局|大队|中队|派出所|城管|信访办|"
    + "|".join(ORGAN_WORDS)
    + ")$"
)
# a level word that begins another word: "市场监督管理局" is no 市 organ
_NOT_A_LEVEL_RE = re.compile(
    r"^(?:市场|市监|市政(?!府)|市民|市容|区域|县城(?!管)|乡村|省级|市级|县级|区级|[省市区县镇乡][里上下])"
)
# a division name that stands for no place of its own
_PLACEHOLDER_NAMES = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})


def _with_place(name: str, places: Sequence[str]) -> str:
    """ "区政府" with the district the matter is in ("望城区政府"); unchanged when the place is not known."""
    level = next((lv for lv in _LEVELS if name.startswith(lv)), None)
    rest = name[len(level) :] if level else ""
    if not level or not rest or not _ORGAN_END_RE.search(rest) or _NOT_A_LEVEL_RE.match(name):
        return name
    # the lowest division of that level: "市政府" in 浏阳 is 浏阳市's, in 北京 北京市's
    for place in reversed(places):
        if place and place not in _PLACEHOLDER_NAMES and place.endswith(level) and len(place) > len(level):
            return place + rest
    return name


def _current_name(name: str) -> str:
    """ "环保局" → "生态环境局（原环保局）": today's organ, with the word the citizen used."""
    if any(new in name for new in _RENAMED.values() if len(new) > 3):
        return name  # already today's name ("生态环境局", "市场监督管理局")
    return _RENAMED_RE.sub(lambda m: f"{_RENAMED[m.group()]}（原{m.group()}）", name, count=1)


# street enforcement told by its kind alone ("城管推我妈"): the county's or district's office, where it happened
_STREET_ORGANS = {
    "城管": "城管局",
    "城管局": "城管局",
    "城管执法局": "城管执法局",
    "城管大队": "城管执法大队",
    "城管执法大队": "城管执法大队",
    "城市管理局": "城市管理局",
    "综合执法局": "综合执法局",
}
_COUNTY = 2  # places run province, city, county, township


_TOWNSHIP_ENDS = ("镇", "乡", "街道")


def _at_the_county(name: str, places: Sequence[str]) -> str:
    """ "城管" in 五华区 → 五华区城管局: the office of the county where the matter happened, or the township's own
    team where the township is known ("城管" in 大沥镇 → 大沥镇城管); else unchanged."""
    organ = _STREET_ORGANS.get(name)
    county = places[_COUNTY] if len(places) > _COUNTY else ""
    if not organ or not county or county in _PLACEHOLDER_NAMES:
        return name
    town = places[_COUNTY + 1] if len(places) > _COUNTY + 1 else ""
    return town + name if town.endswith(_TOWNSHIP_ENDS) else county + organ


def official_organ_name(respondent: str, places: Sequence[str] = ()) -> str:
    """The respondent with an organ's level replaced by its place and an old organ name by today's one.

    `places` are the division names of where the matter happened, from the province down
    (["湖南省", "长沙市", "望城区", "高塘岭街道"]). Anything that is no organ is returned unchanged.
    """
    name = normalize_for_parsing(respondent or "")
    named = _current_name(_with_place(_at_the_county(name, places), places))
    return respondent if named == name else named  # nothing to name: kept exactly as it was
