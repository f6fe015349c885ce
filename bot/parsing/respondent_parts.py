"""The parts of a short answer to the respondent question that name someone: what only says where the name was
read, what the party does, or someone else it speaks of goes; a relative takes the name said after it, an office
the place said after it; parties listed ("学校 还有班主任 姓刘 不作为") are kept each. An answer that names only
the matter ("土地的事") names nobody. For `bot.parsing.respondent_answer`."""

from __future__ import annotations

import re

from bot.parsing.respondent import first_unit
from bot.parsing.respondent_roles import is_role_only, kind_of, pos_tokens
from bot.parsing.surnames import surname_length

# a private person beside the unit that fails to act: "楼上邻居装修 物业不管" names both
PERSON_RE = re.compile(
    r"邻居|楼上|楼下|隔壁|老公|丈夫|老婆|妻子|儿子|女儿|亲戚|朋友|堂哥|堂弟|他家|她家|这家人|"
    # "带头的是101的孙阿姨", "王师傅": a person told by surname and how one addresses them
    r"[\u4e00-\u9fff](?:阿姨|大妈|大爷|大叔|叔叔|婶子|大姐|大哥|师傅)"
)
# what a party does, said right after it: "拖着不备案", "一直不给办", "乱收费"
WHAT_IT_DOES_RE = re.compile(
    r"[,，\s]*(?:他们|它|他|她)?(?:一直|总是|老是|就是|还|又|也|都|硬是)*"
    r"(?:拖|不|没|乱|把|给|说|要|让|逼|强|私自|擅自|违规|拒绝|推)"
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
    r"|(?:是|归|由)(?:他们|它|他|她)(?:在)?(?:管|负责|办|发|批)的?$"  # "低保是他们管的"
)


# what the party will not do, said as a part of its own after it is named: "电话都不接", "人也找不到", "微信把我拉黑了"
_WONT_DO_RE = re.compile(
    r"^(?:电话|手机|微信|信息|短信|人|门)?(?:也|都|一直|根本|从来|就是|还|现在)*(?:把我|把俺)?"
    r"(?:不接|不回|不理|不开|不见|不露面|找不到|联系不上|打不通|关机|拉黑)"
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
        elif kept and _WONT_DO_RE.match(part) and first_unit(part) is None:
            continue  # "房东 叫某某 电话都不接": what he will not do, not who he is
        elif not _SAID_OF_IT_RE.search(part):
            kept.append(part)
    # "交通执法的 郑州市交通运输综合执法支队": the unit by its name, not what it was called first
    named_last = len(kept) > 1 and first_unit(kept[-1]) == kept[-1] and _named_unit(kept[-1])
    # … unless another unit was named before it or a second party is listed ("医保局成华分局 还有那个医院 …")
    listed = any(_unit_named_inside(p) or LISTED_RE.match(p) or _SOMEONE_RE.search(p) for p in kept[:-1])
    if named_last and not listed:
        if len(kept) == 2 and _BRANCH_END_RE.search(kept[-1]):
            return [
                "".join(kept)
            ]  # "平安人寿 四川分公司", "丝域美发 龙溪店": the branch of the one named first
        return kept[-1:]
    return kept or parts


# a branch of the unit named before it
_BRANCH_END_RE = re.compile(
    r"(?:分中心|分局|分公司|分行|支行|分所|分院|分店|店|营业厅|营业部|分部|分校|校区)$"
)


def _unit_named_inside(part: str) -> bool:
    unit = first_unit(part)
    return bool(unit) and not is_role_only(unit)


def _named_unit(part: str) -> bool:
    unit = first_unit(part)
    return bool(unit) and part.endswith(unit) and not is_role_only(unit)


# parties listed: "学校 还有班主任", "二楼那个老头 姓常 还有物业不管", "村会计、村支书" ("跟物业说过" lists nobody)
LISTED_RE = re.compile(r"[,，、\s]*(?:另外还有|还有|以及|另外)\s*|[,，\s]+(?:和|与)\s+|、")
# someone told by what they are or by their name: "收废品的老头 姓常", "对门那个男的", "叫张强"
# a household told by its door: "1802室那家", "502的", "那户人家"
_SOMEONE_RE = re.compile(
    PERSON_RE.pattern
    + r"|老头|老太|老汉|男的|女的|叫|姓|名字|(?:那|这)(?:家|户)|\d{3,4}(?:室|房|号)?(?:那|这|的|$)"
)
_MOST_LISTED = 3
_LONGEST_LIST = 48
_LONGEST_WORD = 12
_MARKS_AT_END_RE = re.compile(r"[^\w\u4e00-\u9fff]+$")
# what the party does, said on at the end of its word: "班主任姓刘不作为", "物业一直不管"
_DOES_AT_END_RE = re.compile(
    r"(?:一直|总是|老是|就是|根本|也|都|还)*(?:不作为|不管|不处理|不理|不办事|不负责|乱收费|不给|不还|不退|没人管)$"
)
_POINTING_RE = re.compile(r"^(?:就是|主要是|是)?(?:那个|这个|那家|这家)?")


def listed_parties(answer: str) -> str | None:
    """Each party an answer lists, what they do left out ("学校 还有班主任 姓刘 不作为" → 学校、班主任 姓刘), or None
    when it is no plain list of parties."""
    pieces = [p.strip() for p in LISTED_RE.split(answer) if p.strip()]
    if not 2 <= len(pieces) <= _MOST_LISTED or len(answer) > _LONGEST_LIST:
        return None
    parties = [_party_in(piece) for piece in pieces]
    if not all(parties):
        return None  # a part that names nobody: no plain list
    # "我们公司 还有另外两家投标的公司": the same kind twice is no list
    kinds = [kind_of(p) for p in parties if is_role_only(p) and kind_of(p) is not None]
    return "、".join(parties) if len(set(kinds)) == len(kinds) else None


def _party_in(piece: str) -> str | None:
    """The party one listed piece names, with the words that name it ("班主任 姓刘"); None when a word of it
    neither names the party nor says what it does."""
    kept: list[str] = []
    for said in piece.split():
        word = _DOES_AT_END_RE.sub("", _MARKS_AT_END_RE.sub("", said)) or said  # "姓刘不作为", "开发商😡"
        unit = first_unit(word)
        if unit and word.endswith(unit):
            # "主要是那个仁爱医院" → 仁爱医院; a role keeps what tells it apart ("1单元502的房东")
            told = _POINTING_RE.sub("", word)
            kept.append(told if is_role_only(unit) and not WHAT_IT_DOES_RE.match(told) else unit)
        elif unit and WHAT_IT_DOES_RE.match(word, word.find(unit) + len(unit)):
            kept.append(unit)  # "物业不管": the unit, not what it does
        elif WHAT_IT_DOES_RE.match(word):
            continue  # "不作为", "说我儿子有车就不得行"
        elif not unit and _SOMEONE_RE.search(word) and len(word) <= _LONGEST_WORD:
            kept.append(word)
        else:
            return None
    named = [k for k in kept if first_unit(k) == k and not is_role_only(k)]
    # "那个医院 成都市第三人民医院": the unit by its name, not its kind said before it
    kept = [k for k in kept if not (is_role_only(k) and named)]
    return " ".join(kept) or None


# the matter said instead of a party: "土地的事", "工资方面的", "农村土地那个"
_MATTER_RE = re.compile(
    r"^[\u4e00-\u9fff]{1,8}?(?:的事情?|的事儿|那事|这事|那个事|的问题|方面的?|那类|这类)$"
)
_THAT_ONE_RE = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:那个|这个)$")


_PARTICLES_RE = re.compile(r"[呗吧啊呀嘛哦么咯啦呢]+$")


def names_a_matter(piece: str) -> bool:
    """ "暖气的事呗", "拆房子的事", "工资方面的": one piece that names the matter's kind."""
    return bool(_MATTER_RE.match(_PARTICLES_RE.sub("", piece)))


def names_the_matter_only(answer: str) -> bool:
    """Whether an answer names the matter and no party ("土地的事 农村土地那个"): said for another question."""
    pieces = [p for p in re.split(r"[,，。；;!！?？\s]+", answer) if p]
    if not pieces or first_unit(answer) or _SOMEONE_RE.search(answer):
        return False
    matter = [p for p in pieces if _MATTER_RE.match(p)]
    return bool(matter) and all(p in matter or _THAT_ONE_RE.match(p) for p in pieces)


# how a shop's or a factory's own name ends, as jieba tags it: a trade word ("宏利五金", "鸿昌铝材") or the brand
_BRAND_END_POS = ("n", "nz", "nr", "j")


def unit_before_its_boss(answer: str, role: str) -> bool:
    """ "宏利五金 老板叫郑国华": the unit told by its own name, then its boss as a piece of his own; whom a worker's
    matter is against is the unit, with its boss beside it (not "东莞 老板叫郑国华", a place)."""
    pieces = answer.split()
    if len(pieces) != 2 or not pieces[1].startswith(role) or first_unit(pieces[0]):
        return False
    tokens = pos_tokens(pieces[0])
    return (
        len(pieces[0]) >= 2
        and tokens[-1][2] in _BRAND_END_POS
        and not any(flag.startswith(("ns", "nrt", "r", "v", "d", "t", "m")) for _s, _e, flag in tokens)
    )


# "骗子 叫什么鑫汇国际": the party's name said with a hesitation after a word for it that is no unit
_HESITANT_NAME_RE = re.compile(
    r"(?:^|\s)叫(?:什么|啥)\s*(?P<name>(?!不知|不清|不记|忘|来着)[\u4e00-\u9fffA-Za-z0-9]{2,10}?)(?:的|吧|啊)?(?=\s|$)"
)


def hesitant_name(answer: str) -> str | None:
    """The name told as "叫什么鑫汇国际" when no unit is named before it, or None."""
    called = _HESITANT_NAME_RE.search(answer)
    if not called or first_unit(answer[: called.start()]) or _NOT_A_NAME_RE.search(called.group("name")):
        return None
    return called.group("name")


# "叫啥名不知道", "叫什么我问问": no name told after the hesitation
_NOT_A_NAME_RE = re.compile(r"^(?:名|我|你|他|她)|不知|不清|不记|记不|忘|问|想不")
