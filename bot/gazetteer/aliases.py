"""Index keys for every division: its full name plus a short form, each with how much evidence it needs."""

from __future__ import annotations

import contextlib
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from bot.domain.text import normalize_for_parsing
from bot.gazetteer.data import is_placeholder
from bot.gazetteer.models import Division
from bot.gazetteer.zones import spoken_zone_names

# Evidence a key needs before it counts as a place mention.
STRONG = 0  # stands alone (广州, 天河区, 粤海街道)
WEAK = 1  # needs an ancestor in the text or in the conversation context (鼓楼, 城区, 赵县)
COMMON = 2  # an everyday word: needs an ancestor right before it in the text (天津和平, 广东中山)
CHILD = 3  # town short form: needs its own county right before it (天河石牌)

# Everyday words that are also short place names but that jieba tags as places (or not at all);
# jieba's dictionary catches the rest (see `_jieba_common_words`).
_EVERYDAY_TEXT = """
    和平 新区 城关 长安 中山 安宁 长寿 太平 平安 安康 光明 团结 前进 胜利 友好 红旗 向阳 东方 大方 新华
    城中 城区 郊区 矿区 市中 新城 新兴 开放 建设 解放 富裕 永久 吉利 和谐 白云 江南 城东 城西 城南 城北
    河东 河西 江北 江东 北山 东山 西山 高新 开发 工业 新市 新村 东城 西城 南城 北城 青山 铁西 铁东 大同
    普通 万年 平和 和顺 延寿 宁安 永安 长治 安定 清河 红星 新民 文化 民主 东风 商城 新建 平原 上街 路桥
    平房 小店 丰满 灯塔 同心 无为 南海 东海 太湖 泰山 天桥 中原 金山 大兴 海港 江海 北湖 月湖 双桥 龙门
    古城 南湖 东湖 新河 沙河 沿河 大城 故城 兴隆 元宝 宝塔 二道 七星 青龙 海棠 天涯 博爱 同仁 山城 马尾
    江岸 高台 石棉 定远 钟楼 盘龙 卧龙 太白 大关 东坡 恒山 天山 庐山 衡山 花山 江山 甘泉 西夏 南岳 银海
    双湖 民权 回民 白玉 木兰 文峰 牡丹 安国 高平 三河 五常 临江 龙井 合作 普洱 来宾 四平 白山 大安 新乐
    交口 天长 市北 市南 站前 路北 路南 桥东 桥西 道外 道里 湖口 江口 城口 白沙 老边 立山 长白 安平 乌兰
    大田 河口 红山 黑山 马山 龙潭 福山 玉泉 明山 千山 平湖 东光 合山 永兴 永平 新安 海安 中站 北关 卫东
"""
EVERYDAY_WORDS = frozenset(_EVERYDAY_TEXT.split())

# Two-character county names that stand alone (家在沛县): the 县 says it is a place, and their first
# character is rarely the end of a word. 和县, 易县, 范县, 费县 (我和县里…, 示范县) still need a city first.
# Bare short forms were tried too (麻城, 顺德): in the archive's letters they were mostly villages, bridges,
# 大理石 or 全州 ("the whole prefecture"), so short forms keep needing a place before them.
_STANDALONE_TEXT = """
    沛县 曹县 勉县 蠡县 歙县 黟县 泾县 萧县 睢县 杞县 郏县 浚县 淇县 莘县 岚县 沁县 祁县 隰县 盂县 蔚县
    磁县 魏县 莒县 泗县 岷县 徽县 眉县 陇县
"""
STANDALONE_NAMES = frozenset(_STANDALONE_TEXT.split())

# Full district names that are also everyday words for part of any town ("房子在老城区" is no 洛阳): like a short
# form, they need their city in the text or in the conversation, or to be the whole answer. 新城区 and 市中区 name
# several districts, so alone they are asked about anyway.
_EVERYDAY_FULL_TEXT = """
    老城区 城区 郊区 矿区 城中区 城东区 城西区 城北区
"""
EVERYDAY_FULL_NAMES = frozenset(_EVERYDAY_FULL_TEXT.split())

_TOWN_SUFFIXES = ("街道", "镇", "乡")
_SUFFIXES: dict[int, tuple[str, ...]] = {
    1: ("特别行政区", "自治区", "省", "市"),
    2: ("自治州", "地区", "盟", "市"),
    3: ("自治县", "自治旗", "新区", "林区", "特区", "区", "县", "市"),
    4: ("街道办事处", "街道", "民族乡", "镇", "乡", "苏木"),
}
_ETHNIC_SUFFIXES = ("自治区", "自治州", "自治县", "自治旗", "民族乡")


@dataclass(frozen=True, slots=True)
class Entry:
    code: str
    depth: int
    strength: int
    short: bool  # a short form without its suffix


def _jionlp_patterns() -> ModuleType:
    # jionlp prints a banner on import; its patterns save hand-typed lists of minorities and surnames.
    with contextlib.redirect_stdout(io.StringIO()):
        from jionlp.rule import rule_pattern
    return rule_pattern


@lru_cache(maxsize=1)
def _ethnic_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    patterns = _jionlp_patterns()
    return re.compile(patterns.MINORITIES_IN_CHINA_PATTERN_1), re.compile(
        patterns.MINORITIES_IN_CHINA_PATTERN_2
    )


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """Single-char surnames that rarely start other words (jionlp's filtered list) and two-char ones."""
    patterns = _jionlp_patterns()
    return frozenset(patterns.SINGLE_CHINESE_FAMILY_NAME), frozenset(
        patterns.TWO_CHAR_CHINESE_FAMILY_NAME.split("|")
    )


def short_form(name: str, depth: int) -> str | None:
    """广东省 → 广东, 广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边, 天河区 → 天河, 石牌街道 → 石牌."""
    suffix = next((s for s in _SUFFIXES[depth] if name.endswith(s)), None)
    if suffix is None:
        return None
    stem = name[: -len(suffix)]
    if suffix in _ETHNIC_SUFFIXES or stem.endswith("族"):  # 管城回族区 → 管城
        for pattern in _ethnic_res():
            found = pattern.search(stem, 2)  # from 2 so that 内蒙古 keeps its 蒙古
            if found:
                stem = stem[: found.start()]
                break
    return stem if len(stem) >= 2 else None


def _has_standard_suffix(name: str, depth: int) -> bool:
    return any(name.endswith(s) for s in _SUFFIXES[depth]) or (depth == 3 and name.endswith("旗"))


@lru_cache(maxsize=1)
def _jieba_common_words() -> frozenset[str]:
    """Frequent jieba words not tagged as places (ns*): 普通, 光明, 东方…"""
    import jieba  # late: importing jieba takes ~0.7 s

    words: set[str] = set()
    with jieba.get_dict_file() as handle:
        for raw in handle:
            parts = raw.decode("utf-8").split()
            if (
                len(parts) == 3
                and len(parts[0]) <= 3
                and int(parts[1]) >= 100
                and not parts[2].startswith("ns")
            ):
                words.add(parts[0])
    return frozenset(words)


def is_everyday_word(word: str) -> bool:
    return word in EVERYDAY_WORDS or word in _jieba_common_words()


def build_index(divisions: Iterable[Division]) -> dict[str, tuple[Entry, ...]]:
    """Normalised key → entries. Keys go through `normalize_for_parsing` like the text they are matched in."""
    index: dict[str, list[Entry]] = defaultdict(list)
    shorts: list[tuple[str, Division]] = []
    divisions = list(divisions)
    for key, entry in _zone_entries(divisions):  # "郑州航空港区", "航空港区"
        index[key].append(entry)
    for div in divisions:
        if is_placeholder(div.name):
            continue
        full = normalize_for_parsing(div.name)
        standard = _has_standard_suffix(div.name, div.depth)
        strength = STRONG if (len(full) >= 3 and standard) or full in STANDALONE_NAMES else WEAK
        strength = WEAK if full in EVERYDAY_FULL_NAMES else strength
        index[full].append(Entry(div.code, div.depth, strength, short=False))
        short = short_form(div.name, div.depth)
        if short:
            shorts.append((normalize_for_parsing(short), div))
            spoken = _spoken_autonomous_name(div.name, short)
            if spoken:
                index[normalize_for_parsing(spoken)].append(Entry(div.code, div.depth, STRONG, short=False))
    upper_counts: dict[str, set[str]] = defaultdict(set)
    for key, div in shorts:
        if div.depth <= 3:
            upper_counts[key].add(div.code)
    for key, entries in index.items():
        upper_counts[key].update(e.code for e in entries if e.depth <= 3)
    for key, div in shorts:
        index[key].append(
            Entry(div.code, div.depth, _short_strength(key, div, upper_counts[key]), short=True)
        )
        # a town renamed (撤镇设街道, 撤乡建镇) is still called by its old name: "衡南县云集镇" for 云集街道,
        # only right after its own county
        for old in _TOWN_SUFFIXES if div.depth == 4 else ():
            if not div.name.endswith(old):
                index[key + old].append(Entry(div.code, div.depth, CHILD, short=True))
    return {key: tuple(_dedupe(entries)) for key, entries in index.items()}


def _zone_entries(divisions: list[Division]) -> Iterator[tuple[str, Entry]]:
    """The spoken names of development zones: strong with their city, weak alone (many cities have one)."""
    by_code = {div.code: div for div in divisions}
    for div in divisions:
        city = by_code.get(div.parent_code or "")
        province = by_code.get(city.parent_code or "") if city else None
        shorts = [short_form(d.name, d.depth) or d.name for d in (province, city) if d]
        city_short = shorts[-1] if city else None
        for key, with_city in spoken_zone_names(div, tuple(shorts), city_short):
            yield normalize_for_parsing(key), Entry(div.code, 3, STRONG if with_city else WEAK, short=False)


def _spoken_autonomous_name(name: str, short: str) -> str | None:
    """凉山彝族自治州 is said 凉山州, 长阳土家族自治县 长阳县, 管城回族区 管城区."""
    for suffix in ("自治州", "自治县", "自治旗", "族区"):
        if name.endswith(suffix) and len(short) >= 2:
            return short + suffix[-1]
    return None


def _short_strength(key: str, div: Division, upper_codes: set[str]) -> int:
    if div.depth == 1:
        return STRONG
    if div.depth == 4:
        return CHILD
    if key in EVERYDAY_WORDS or (div.depth == 3 and is_everyday_word(key)):
        return COMMON
    if div.depth == 3 and len(_without_same_place(upper_codes)) > 1:
        return WEAK  # 鼓楼, 朝阳: several counties share it
    return STRONG


def _without_same_place(codes: set[str]) -> set[str]:
    # 东莞市 is both a city (4419) and its only county (441900): one place.
    return {c for c in codes if not (len(c) == 6 and c.endswith("00") and c[:4] in codes)}


def _dedupe(entries: list[Entry]) -> list[Entry]:
    best: dict[str, Entry] = {}
    for entry in entries:
        kept = best.get(entry.code)
        if kept is None or (entry.strength, entry.short) < (kept.strength, kept.short):
            best[entry.code] = entry
    return sorted(best.values(), key=lambda e: e.code)
