"""A respondent named only by its role ("公司", "电子厂", "包工头"), which a clerk asks the name of.

An office of government ("镇政府", "派出所", "村委会") is named enough by the place and is not asked about;
a business, an employer or the other party of a dispute ("对方") is.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

from bot.domain.text import normalize_for_parsing
from bot.parsing.surnames import surname_length

_ROLE_WORDS = (
    "股份有限公司 有限责任公司 有限公司 物业公司 公司 集团 厂家 工厂 厂 物业 开发商 房地产 地产 饭店 酒店 宾馆 "
    "超市 商场 商店 店 药店 网店 4S店 驾校 工地 项目部 施工队 装修队 中介 商家 卖家 店家 车商 平台 培训机构 机构 "
    "学校 小学 中学 幼儿园 医院 诊所 门诊部 银行 旅行社 KTV 歌厅 酒吧 网吧 夜总会 会所 棋牌室 麻将馆 茶楼 浴场 "
    "养殖场 养猪场 养鸡场 养鸭场 养牛场 屠宰场 "
    "老板 包工头 工头 房东 厂长 经理 老板娘 站长 店长 对方"
)
ROLE_WORDS = tuple(_ROLE_WORDS.split())
PERSON_ROLES = frozenset({"老板", "老板娘", "包工头", "工头", "房东", "厂长", "经理", "站长", "店长", "对方"})
ROLE_AT_END_RE = re.compile("(?:" + "|".join(sorted(ROLE_WORDS, key=len, reverse=True)) + ")$")
# what a role is said with that is still no name: where it is, what trade it is in
_DESCRIPTOR_WORDS = (
    "我们 我 小区 村里 镇上 厂里 县 市 区 镇 乡 村 工地 网点 这家 那家 一家 这个 那个 某 隔壁 楼下 对面 附近 本地 当地 私人 个体 民办 私立 "
    "公办 公立 国营 国有 "
    "黑心 无良 缺德 孩子 娃 儿子 女儿 孙子 孙女 房子 房屋 出租屋 "
    "黑 小 大 新 老 电子 科技 食品 服装 服饰 制衣 鞋 鞋业 皮具 家具 建材 建筑 装修 装饰 劳务 家政 物流 快递 外卖 "
    "保健品 保健 健身房 健身 KTV 网吧 火锅 面馆 饭馆 餐馆 餐饮 奶茶 烧烤 汽修 汽车 置业 化工 机械 塑料 五金 "
    "装潢 纸箱 纺织 印刷 包装 玩具 石材 水泥 砖 养猪场 养猪 养殖场 养殖 养鸡场 屠宰 加工 自来水 燃气 教育 培训 美容 美发 "
    "理发 医疗 药 保险 贷款 投资 商贸 贸易 广告 传媒 旅游 百货 安保 保洁 搬家 运输 客运 电器 家电 手机 电脑 "
    "软件 网络 信息 文化 水果 木材 钢材 煤矿 矿 采石 砂石 选矿 陶瓷 玻璃 造纸 制药 足浴 按摩 洗浴 酒吧 "
    "小吃 早餐 连锁 房产 服务 管理 派遣 外包 中介 租赁 维修 安装 工程 施工 建设 家装 设计 咨询 金融 电商 直播 便利 的"
)
_DESCRIPTOR_RE = re.compile(
    "^(?:" + "|".join(sorted(_DESCRIPTOR_WORDS.split(), key=len, reverse=True)) + ")+"
)
# units of one kind: a "孩子学校" told first is the "滨湖路小学" named later
_SCHOOLS = ("学校", "小学", "中学", "大学", "学院", "幼儿园")
_HOSPITALS = ("医院", "卫生院", "保健院", "妇幼", "诊所", "门诊部")
_KINDS = (
    _SCHOOLS,
    _HOSPITALS,
    # a site or a crew told first is the company named later ("一个工地…包工的鑫达建筑劳务有限公司")
    ("公司", "集团", "厂", "工厂", "厂家", "工地", "项目部", "施工队", "工程队", "装修队"),
    ("物业",),
    ("店", "饭店", "酒店", "宾馆", "超市", "商场", "商店", "药店"),
    ("驾校",),
    ("培训机构", "机构", "培训班"),
)


_NUMBERED_HOSPITAL_RE = re.compile(r"[一二三四五六七八九]院$")  # "市二院": a hospital, not a court (法院)
_NUMBERED_SCHOOL_RE = re.compile(r"[一二三四五六七八九十][小中]$")  # "纬五路一小", "县一中"


# the registered tail of a company's name: "津诚物业|服务有限公司" is of the kind of 物业
_REGISTERED_TAIL_RE = re.compile(r"(?:服务|管理)?(?:股份有限公司|有限责任公司|有限公司)$")


def kinds_of(party: str) -> set[int | None]:
    """The kinds of unit a party is: by the word it ends with, and by its trade word before a registered tail
    ("津诚物业服务有限公司": a company, and a 物业)."""
    return {kind_of(party), kind_of(_REGISTERED_TAIL_RE.sub("", party))}


def kind_of(party: str) -> int | None:
    """Which kind of unit a party is by the word it ends with, or None."""
    if _NUMBERED_HOSPITAL_RE.search(party):
        return _KINDS.index(_HOSPITALS)
    if _NUMBERED_SCHOOL_RE.search(party):
        return _KINDS.index(_SCHOOLS)
    return next((i for i, words in enumerate(_KINDS) if party.endswith(words)), None)


# people told by what they do, with the kind of unit they work at: a "老师" told first works at the school named
_WORKPLACES = {
    "老师": "学校",
    "班主任": "学校",
    "校长": "学校",
    "医生": "医院",
    "大夫": "医院",
    "护士": "医院",
}


def workplace_kind(person: str) -> int | None:
    """The kind of unit a person told only by what they do works at ("老师" → the schools), or None."""
    return kind_of(_WORKPLACES[person]) if person in _WORKPLACES else None


# a place said first ("温州瓯海区鞋厂", "长沙县的公司")
_PLACE_PREFIX_RE = re.compile(r"^(?:[\u4e00-\u9fff]{1,5}?(?:省|市|区|县|镇|乡|街道|村|组))+")


def is_role_only(respondent: str | None) -> bool:
    """A business or employer named only by its role or trade ("公司", "电子厂", "化工厂", "县医院", "工地老板"),
    not by name."""
    norm = normalize_for_parsing(respondent or "").replace(" ", "")
    # every role word the text ends with: "化工厂" ends with 工厂 and with 厂 (化工 is a trade)
    for role in (w for w in ROLE_WORDS if norm.endswith(w)):
        rest = _DESCRIPTOR_RE.sub("", _PLACE_PREFIX_RE.sub("", norm[: len(norm) - len(role)]))
        if not rest or (rest != norm and is_role_only(rest)):  # "装修公司老板": a role of a role
            return True
    return False


@lru_cache(maxsize=1)
def _posseg() -> Any:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict" chatter
    return jieba.posseg


def pos_tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """POS-tagged jieba tokens of text[start:end] as (start, end, flag), in absolute offsets."""
    return [(at + start, till + start, flag) for at, till, flag in _pos_tokens(text[start:end])]


@lru_cache(maxsize=1024)  # jieba's tagging is the dearest step of a turn; readers ask it of the same text
def _pos_tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    out, pos = [], 0
    for token in _posseg().lcut(text):
        out.append((pos, pos + len(token.word), token.flag))
        pos += len(token.word)
    return tuple(out)


# the name said after its role: "那个什么公司，叫华强的", "厂子名字叫鸿运"
_CALLED_RE = re.compile(
    # "公司关门 叫颐康…", "厂子倒闭了 名字叫…": what became of it, said between the unit and its name
    r"(?:[,，\s]*(?:已经|都|也)?(?:关门|倒闭|倒了|跑路|黄了|散伙|停业|不开了)了?)?"
    r"(?:[,，\s]|的)?(?:(?:名字|名称|全名)(?:叫做|叫作|叫|是)|叫做|叫作|叫(?![我你他她咱人来去]))"
    # "叫什么粤华物业": the filler before the name is no part of it ("叫什么不知道" names nothing)
    r"\s*(?:什么|啥)?\s*(?!什么|啥|不知|不清|不记|忘|来着)([\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?:的|(?<![酒网书茶])吧|啊)?"
    r"(?=[,，。！!？?\s]|$)"
)
# the unit's name told after the role, further on: "一个纸箱厂上班 厂名叫富顺县金鑫包装有限公司"
_NAMED_LATER_RE = re.compile(
    r"(?:(?:厂名|店名|公司名|单位名)(?:字|称)?(?:叫做|叫作|叫|是)"
    # "施工单位是中建八局", "承建方是华润建设": who runs the site
    r"|(?:施工|承建|建设|开发|总包|承包)(?:单位|方|商)(?:是|为|叫))"
    r"\s*([\u4e00-\u9fffA-Za-z0-9（）()]{2,24}?)(?=[,，。！!？?\s]|$)"
)
# a business's own name right after its role: "开发商南京鼎盛置业", "物业公司长城物业"
_COMPANY_WORDS_TEXT = "股份有限公司 有限责任公司 有限公司 公司 集团 置业 置地 房地产 地产 房产 物业 实业 控股"
_COMPANY_WORDS = tuple(_COMPANY_WORDS_TEXT.split())
_BUSINESS_NAME_RE = re.compile(
    r"([\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?:" + "|".join(sorted(_COMPANY_WORDS, key=len, reverse=True)) + ")"
)
# jieba tags a brand as a noun, a proper name or an unknown word, never a verb ("房子漏水物业" is no name)
_BRAND_POS = ("n", "j", "z", "eng", "m", "x")
_MORE_OF_THE_NAME_RE = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|公司|集团)+")
# what may follow a person's name ("包工头张建设不给钱", "房东李阿姨，"), and what no given name holds
_AFTER_NAME = set("，。；;,.!！?？ 不没欠拖跑说把给一还又就都也已至的被让在是和跟")
_NOT_IN_GIVEN_NAME = set("我你他她它们这那的了是在不没有和与跟给把被让就都也还又说个")
_PERSON_TITLES = ("阿姨", "师傅", "老板", "经理", "总", "哥", "姐", "叔", "婶", "某")
# a surname's character read as another word: "经理马上说", "老板和我说"
_NOT_A_NAME_POS = ("c", "p", "d", "r", "a", "v", "u")


# a time or a habit said right after a name: "邻居羊成武去年盖新房", "包工头张建设一直拖着"
_WHEN_AFTER_NAME = (
    "去年",
    "今年",
    "前年",
    "上个月",
    "上月",
    "前天",
    "昨天",
    "一直",
    "天天",
    "经常",
    "老是",
    "总是",
)


def _ends_a_name(text: str, at: int) -> bool:
    return at >= len(text) or text[at] in _AFTER_NAME or text.startswith(_WHEN_AFTER_NAME, at)


def person_named_after(text: str, at: int) -> str | None:
    """A person's name right after a role ("包工头张建设", "老板王总", "包工头老张", "房东李阿姨"), or None."""
    lead = 1 if text[at : at + 1] in ("老", "小") else 0
    surname = surname_length(text[at + lead : at + lead + 2])
    if not surname:
        return None
    if not lead:
        first = pos_tokens(text, at, min(len(text), at + 8))[0]
        if first[2].startswith(_NOT_A_NAME_POS) or (first[1] - first[0] > surname and first[2][:2] != "nr"):
            return None
    given = at + lead + surname
    title = next((t for t in _PERSON_TITLES if text.startswith(t, given)), None)
    if title and _ends_a_name(text, given + len(title)):
        return text[at : given + len(title)]  # "王总", "李阿姨", "张某"
    if lead:
        return text[at:given] if _ends_a_name(text, given) else None  # "老张"
    for size in (1, 2):  # "张建设不给钱": the shortest given name the story goes on after
        name = text[at : given + size]
        whole = len(name) == given + size - at and not set(name[-size:]) & _NOT_IN_GIVEN_NAME
        if whole and _ends_a_name(text, given + size):
            return name
    return _name_jieba_knows(text, at) or _name_before_a_verb(text, at, given)


def _name_before_a_verb(text: str, at: int, given: int) -> str | None:
    """A name of two given characters that a one-character verb follows ("村支书邓国华管的钱"), or None."""
    tokens = pos_tokens(text, at, min(len(text), given + 4))
    ends = {end for _start, end, _flag in tokens}
    verb = next((t for t in tokens if t[0] == given + 2), None)
    name = text[at : given + 2]
    if given + 2 not in ends or not verb or verb[1] - verb[0] != 1 or not verb[2].startswith("v"):
        return None
    if text[given] in "老小":
        return None  # "王老二拿着锄头": a nickname, whose own name the respondent question asks
    return name if len(name) == given + 2 - at and not set(name[given - at :]) & _NOT_IN_GIVEN_NAME else None


def _name_jieba_knows(text: str, at: int) -> str | None:
    """A whole name jieba tags as one, starting with a surname ("候选人李长福挨家挨户", "书记蔡明辉五年来"), or None."""
    start, end, flag = pos_tokens(text, at, min(len(text), at + 8))[0]
    word = text[start:end]
    return word if flag == "nr" and 2 <= len(word) <= 3 and 0 < surname_length(word) < len(word) else None


def _business_named_after(text: str, at: int) -> str | None:
    """A business's name right after its role ("开发商南京鼎盛置业", "物业公司长城物业"), or None."""
    named = _BUSINESS_NAME_RE.match(text, at)
    if not named or is_role_only(named.group()):
        return None
    if not all(flag.startswith(_BRAND_POS) for _s, _e, flag in pos_tokens(text, at, named.end(1))):
        return None
    more = _MORE_OF_THE_NAME_RE.match(text, named.end())
    return named.group() + (more.group() if more else "")


def named_right_after(text: str, role: str) -> bool:
    """Whether `text` is the role and its name and nothing else ("药店 叫一心堂", "公司名字叫华强的")."""
    called = _CALLED_RE.match(text, len(role)) if text.startswith(role) else None
    return bool(called) and not text[called.end() :].strip()


# who sells, not a kind of unit: the name said after them is the whole name ("车商 叫蓉诚二手车" → 蓉诚二手车)
_TRADERS = frozenset({"车商", "卖家", "店家"})


def with_its_name(text: str, role: str) -> str:
    """A role followed by its name gives the name: "公司，叫华强的" → 华强公司, "开发商南京鼎盛置业" →
    南京鼎盛置业, "包工头张建设" → 包工头张建设 (a person keeps the role, as a clerk writes it)."""
    suffix = ROLE_AT_END_RE.search(role)
    person = bool(suffix) and suffix.group() in PERSON_ROLES
    for at in re.finditer(re.escape(role), text):
        called = _CALLED_RE.match(text, at.end())
        if called:
            name = called.group(1)
            if ROLE_AT_END_RE.search(name) or not suffix or suffix.group() in _TRADERS:
                return name
            return suffix.group() + name if person else name + suffix.group()  # "老板刘德明", "华强公司"
        after = person_named_after(text, at.end()) if person else _business_named_after(text, at.end())
        if after:
            return role + after if person else after
    start = text.find(role)
    later = _NAMED_LATER_RE.search(text, start + len(role)) if start >= 0 and not person else None
    if later:
        return later.group(1)
    if person and suffix.group() != role:  # "装修公司老板拖着工钱…老板叫韦建明": the boss named later
        named = with_its_name(text, suffix.group())
        return named if named != suffix.group() else role
    return role
