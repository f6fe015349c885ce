"""A business's name that jieba cuts into words of any kind: "鑫|达|建筑|劳务|有限公司" (达 a verb), "佳|和|物业"
(和 a conjunction), "塑料|再生|厂" (再生 a verb), and a squad's: "城管|执法|中队". `bot.parsing.respondent` reads a unit's name leftwards over the
words that may be part of it; these are part of it too."""

from __future__ import annotations

# what a business's name ends with
_BUSINESS_SUFFIXES = frozenset(
    [
        "股份有限公司",
        "有限责任公司",
        "有限公司",
        "公司",
        "集团",
        "物业",
        "厂",
        "工厂",
        "店",
        "超市",
        "商场",
        "站",
    ]
)
# an enforcement squad named by what it does: "城管执法中队", "劳动监察大队"
_SQUADS = frozenset(["中队", "大队", "支队"])
# what jieba tags a lone character of a brand as ("鑫|达", "佳|和")
_BRAND_CHAR_POS = ("nr", "ng", "n", "a", "j", "zg", "vg", "ag")
# a lone character that opens, names or places a business and is no part of its name ("民族路开火锅店", "叫大同市…")
NOT_IN_A_BRAND = frozenset("开建盖办搞弄做干在是叫称有去")


def in_a_business_name(
    word: str, flag: str, before: str, before_flag: str, suffix: str, at_suffix: bool
) -> bool:
    """Whether `word` (tagged `flag`), after the word `before` (tagged `before_flag`), is part of the name of a
    business ending with `suffix`: one character of a two-character brand ("鑫达建筑劳务有限公司", "佳和物业"),
    or the trade right before the suffix (`at_suffix`: "塑料再生厂", "食品加工厂")."""
    if (suffix not in _BUSINESS_SUFFIXES and suffix not in _SQUADS) or not before:
        return False
    if suffix in _SQUADS:  # "城管执法中队", "劳动监察大队": what the squad does is part of its name
        return len(word) == 2 and at_suffix and flag.startswith("v") and before_flag.startswith("n")
    if len(word) == 1:
        return len(before) == 1 and before_flag.startswith(_BRAND_CHAR_POS) and word not in NOT_IN_A_BRAND
    return len(word) == 2 and at_suffix and flag.startswith("v") and before_flag.startswith("n")
