"""Who the complaint is about: a unit (``XX物业``, ``华强电子厂``, ``市场监管局``) or a role (``村干部``).

Order of evidence: the object of 投诉/举报/反映/控告 …; then the subject of a misconduct verb (拖欠, 克扣,
不给, 乱收费 …); then the first unit named anywhere. The span is the shortest clean one: it starts after the
nearest boundary (punctuation, 的, 我们, 这家 …), so "我们小区的物业" gives "物业".

What is not said of the respondent is read past, as a clerk would: a letter's salutation ("尊敬的李书记"), a
denial ("不是物业的事", "我没有去法院"), a plan ("准备去法院告") and an office already complained to in vain
("找过街道办也没人管"). A role with no name ("公司", "电子厂", "小区物业") is told apart (`is_role_only`) so the
intake can ask for the name once; `read_respondent_answer` reads the answer to that question.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

from bot.domain.text import normalize_for_parsing

_MULTI_SUFFIXES_TEXT = (
    "股份有限公司 有限责任公司 有限公司 物业公司 物业管理处 公司 集团 厂家 工厂 委员会 "
    "公积金中心 管理中心 服务中心 政务中心 医疗中心 检测中心 "
    "村委会 居委会 业主委员会 业委会 村委 管委会 街道办事处 街道办 办事处 物业 学校 小学 中学 大学 学院 "
    "幼儿园 培训机构 医院 卫生院 诊所 派出所 公安局 分局 城管局 城管 法院 检察院 合作社 "
    "旅行社 卫生所 财政所 国土所 服务站 检查站 供水站 环卫站 水利站 开发商 房地产 银行 "
    "信用社 饭店 酒店 宾馆 超市 商场 商店 药店 网店 4S店 驾校 工地 项目部 施工队 政府 "
    "执法队 中队 大队 供电所 税务所 司法所 事务所 管理所 管理站 收费站 加油站 "
    "中介 包工头 老板 村干部 村支书 村书记 村主任 村长 镇长 乡长 书记 校长 院长 "
    "园长 房东 商家 卖家 店家 平台 运营商 厂长 经理 主任 队长 站长 所长 局长 科长 "
    "工作人员 保安 班主任 老师 医生 民警 警察 辅警"
)
_MULTI_SUFFIXES = tuple(_MULTI_SUFFIXES_TEXT.split())
# One-character suffixes need a name in front ("华强电子厂", not a bare "厂") and must end a word.
_SINGLE_SUFFIXES = ["厂", "局", "店"]
_SUFFIX_RE = re.compile(
    "(?:" + "|".join(sorted(_MULTI_SUFFIXES, key=len, reverse=True)) + ")"
    "|(?:" + "|".join(_SINGLE_SUFFIXES) + ")(?![里内外面长家区房主员子以后前有])"
)
_BOUNDARY_CHARS = set(
    "，。；;,.!?！？、：:“”\"'‘’（）()【】[] \n的在被给向对跟与把让是说称找去到了等及或还又就都从由帮请"
)
_BOUNDARY_WORDS_TEXT = (
    "我们村 我村 本村 我们镇 我们小区 小区里 我们单位 楼下 楼上 隔壁 对面 附近 门口 我们 "
    "他们 你们 我 投诉 投述 举报 反映 控告 状告 起诉 要求 希望 有个 有一个 有家 有一家 这家 那家 一家 这个 那个 "
    "一个 这些 那些 该 本 其 某"
)
_BOUNDARY_WORDS = tuple(_BOUNDARY_WORDS_TEXT.split())
_MAX_SPAN = 24
# jieba POS tags that may be part of a unit's name: nouns, place and organisation names, verbal nouns
# ("监督"), idioms/abbreviations, numbers and Latin letters ("E10县").
_NAME_POS = ("n", "vn", "j", "l", "m", "eng", "a")
# a time said just before a role is no part of its name ("2026年10月份老板")
_TIME_TOKEN_RE = re.compile(r"^(?:\d+|[0-9一二三四五六七八九十两]+)?(?:年|月|月份|日|号|点|年底|年初)$")
_VERB_RE = re.compile(r"(?:投诉|投述|举报|反映|控告|状告|起诉|告发|检举)(?:一下|下|的是|了|称|说)?")
_VERB_TAIL_RE = re.compile(r"^(?:一下|下|的是)")
_MISCONDUCT_RE = re.compile(
    r"(?:一直|长期|总是|多次|经常|还|又|都|仍然|仍|也|就|却|竟然|故意|恶意|拒绝|迟迟|至今)*"
    r"(?:拖欠|克扣|欠|不给|不发|不退|不办|不管|不处理|不作为|违规|违法|乱收费|乱收|多收|强拆|强制|私自|擅自|"
    r"推诿|刁难|占用|侵占|污染|扰民|打人|殴打|威胁|辱骂|欺骗|骗|虚假|拒不|截留|挪用|贪污|索要|收取|罚)"
)
_SOLO_SUFFIX_OK = {s for s in _MULTI_SUFFIXES if len(s) >= 2}
_PERSON_OF_UNIT_RE = re.compile(
    r"(?:工作人员|民警|警察|辅警|保安|老板|经理|主任|书记|支书|队长|站长|所长|局长|科长|院长|校长|园长|厂长|"
    r"老师|医生|护士|法官|会计)(?!的|们)"
)


@lru_cache(maxsize=1)
def _posseg() -> Any:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict" chatter
    return jieba.posseg


def _tokens_before(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """POS-tagged tokens of text[start:end] as (start, end, flag), in absolute offsets."""
    out, pos = [], start
    for token in _posseg().lcut(text[start:end]):
        out.append((pos, pos + len(token.word), token.flag))
        pos += len(token.word)
    return out


def _span_ending_at(text: str, suffix: re.Match[str]) -> str | None:
    """The unit name ending with this suffix, extended left over nouns up to the nearest boundary."""
    tokens = _tokens_before(text, max(0, suffix.start() - _MAX_SPAN), suffix.end())
    start = suffix.start()
    for tok_start, tok_end, _flag in tokens:  # the suffix may sit inside a word: "电子厂", "代课老师"
        if tok_start < start < tok_end:
            start = tok_start
    ends = {tok_end: (tok_start, flag) for tok_start, tok_end, flag in tokens}
    while start in ends and suffix.end() - ends[start][0] <= _MAX_SPAN:
        tok_start, flag = ends[start]
        if not flag.startswith(_NAME_POS) or text[start - 1] in _BOUNDARY_CHARS:
            break
        if flag == "t" or _TIME_TOKEN_RE.match(text[tok_start:start]):
            break
        if text[:start].endswith(_BOUNDARY_WORDS):
            break
        start = tok_start
    span = text[start : suffix.end()]
    if span == suffix.group() and span not in _SOLO_SUFFIX_OK:
        return None  # a bare "厂" or "局" names nobody
    person = _PERSON_OF_UNIT_RE.match(text, suffix.end())
    return span + person.group() if person else span  # "派出所民警": the officer, of that station


def _first_unit(text: str, begin: int = 0, end: int | None = None) -> str | None:
    end = len(text) if end is None else end
    for suffix in _SUFFIX_RE.finditer(text, begin, end):
        span = _span_ending_at(text, suffix)
        if span:
            return span
    return None


def _after_verb(text: str) -> str | None:
    for verb in _VERB_RE.finditer(text):
        clause_end = re.search(r"[，。；;,!?！？\n]|$", text[verb.end() :])
        stop = verb.end() + (clause_end.start() if clause_end else 0)
        for suffix in _SUFFIX_RE.finditer(text, verb.end(), stop):
            span = _span_ending_at(text, suffix)
            if span:
                return _VERB_TAIL_RE.sub("", span) or span  # "反映一下物业费": 物业, not 一下物业
    return None


def _before_misconduct(text: str) -> str | None:
    for misconduct in _MISCONDUCT_RE.finditer(text):
        for suffix in _SUFFIX_RE.finditer(text, max(0, misconduct.start() - _MAX_SPAN), misconduct.start()):
            if suffix.end() == misconduct.start():
                span = _span_ending_at(text, suffix)
                if span:
                    return span
    return None


_CLAUSE_END = r"[^,.;!?，。；！？\n]"
# parts that name a unit without complaining about it; each is blanked out (offsets kept) before reading
_NOT_THE_RESPONDENT_RE = re.compile(
    # a letter's salutation: "尊敬的李书记：", "各位领导好"
    r"^\s*(?:(?:尊敬|敬爱|亲爱)的[^,，。:：!！\n]{1,16}?(?=[,，。:：!！\s])|各位领导(?:们)?(?:您好|你好|好)?"
    r"|[^,，。:：!！\n]{0,10}?(?:领导|书记|局长|主任|同志)(?:们)?(?:你们好|您们好|您好|你好|好)(?=[,，。:：!！\s]))"
    # a denial: "不是物业的事" (up to what is said instead), "我没有去法院", "也没找过律师"
    rf"|(?<![是要可就还])(?:不是|并不是|并非|不怪|不关){_CLAUSE_END}*?(?=而是|就是|是|[,.;!?，。；！？\n]|$)"
    rf"|(?:没有|没|未|冇|从没|从来没有?)(?:去|到|上|找|告|起诉|进)过?{_CLAUSE_END}*"
    # a plan or a threat: "准备去法院告", "实在不行就去法院起诉"
    rf"|(?:准备|打算|想|要|会|就|只能|只好|还得|得)(?:去|到|上){_CLAUSE_END}{{0,12}}?"
    r"(?:告|起诉|打官司|上访|反映|投诉|申请|仲裁|报警)"
    # where a matter was taken is no party to it: "已经起诉到法院了", "告到了镇上"
    rf"|(?:起诉|上诉|告|申请仲裁|申请|递交|交)(?:到|至)了?{_CLAUSE_END}*"
    # an office complained to in vain is an earlier report: "投诉物业也没用", "给区信访办写过信了，没有回音"
    rf"|(?:找过|找了|去过|到过|反映过|投诉过|投述过?|举报过|打过|问过|报过|给){_CLAUSE_END}{{1,16}}?"
    r"(?:写过信|写了信|打过电话)?了?[,，\s]?(?:也|都|还是)?"
    r"(?:没用|没有用|不管用|没人管|没人理|不理|没结果|没下文|推来推去|没有回音|没回音)"
)


# the name said after its role: "那个什么公司，叫华强的", "厂子名字叫鸿运"
_CALLED_RE = re.compile(
    r"(?:[,，\s]|的)?(?:(?:名字|名称|全名)(?:叫做|叫作|叫|是)|叫做|叫作|叫(?![我你他她咱人]))"
    r"\s*([\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?:的|吧|啊)?(?=[,，。！!？?\s]|$)"
)


def _with_its_name(text: str, role: str) -> str:
    """A role followed by its name ("公司，叫华强的") gives the name with the role ("华强公司")."""
    said = (_CALLED_RE.match(text, at.end()) for at in re.finditer(re.escape(role), text))
    called = next((c for c in said if c), None)
    if not called:
        return role
    name = called.group(1)
    suffix = _ROLE_RE.search(role)
    if _ROLE_RE.search(name) or not suffix:
        return name
    if suffix.group() in _PERSON_ROLES:
        return suffix.group() + name  # "老板刘德明", as a clerk writes a person
    return name + suffix.group()  # "华强公司"


def _blank_what_is_not_said_of_it(text: str) -> str:
    return _NOT_THE_RESPONDENT_RE.sub(lambda m: "，" * len(m.group()), text)


def extract_respondent(text: str | None, *, strict: bool = False) -> str | None:
    """The unit or person complained about, or None.

    `strict` takes only a clear statement (the object of 投诉…, the subject of 拖欠…), not any unit named:
    for a message that answers another question ("还没有，准备去法院告" names no respondent).
    """
    if not text:
        return None
    norm = _blank_what_is_not_said_of_it(normalize_for_parsing(text))
    found = _after_verb(norm) or _before_misconduct(norm)
    found = found if found or strict else _first_unit(norm)
    return _with_its_name(norm, found) if found and is_role_only(found) else found


# Roles a clerk asks the name of (a business, an employer, a school): "公司", "老板", "电子厂", "小区物业".
# An office of government ("镇政府", "派出所", "村委会") is named enough by the place and is not asked about.
_ROLE_WORDS = (
    "股份有限公司 有限责任公司 有限公司 物业公司 公司 集团 厂家 工厂 厂 物业 开发商 房地产 地产 饭店 酒店 宾馆 "
    "超市 商场 商店 店 药店 网店 4S店 驾校 工地 项目部 施工队 中介 商家 卖家 店家 平台 培训机构 机构 "
    "学校 小学 中学 幼儿园 医院 诊所 银行 旅行社 老板 包工头 房东 厂长 经理 老板娘 站长 店长"
)
_PERSON_ROLES = frozenset({"老板", "老板娘", "包工头", "房东", "厂长", "经理", "站长", "店长"})
_ROLE_RE = re.compile("(?:" + "|".join(sorted(_ROLE_WORDS.split(), key=len, reverse=True)) + ")$")
# what a role is said with that is still no name: where it is, what trade it is in
_DESCRIPTOR_WORDS = (
    "我们 我 小区 村里 镇上 厂里 县 市 区 镇 乡 村 工地 网点 这家 那家 一家 这个 那个 某 隔壁 楼下 对面 附近 本地 当地 私人 个体 民办 私立 "
    "黑 小 大 新 老 电子 科技 食品 服装 服饰 制衣 鞋 鞋业 皮具 家具 建材 建筑 装修 装饰 劳务 家政 物流 快递 外卖 "
    "保健品 保健 健身房 健身 KTV 网吧 火锅 面馆 饭馆 餐馆 餐饮 奶茶 烧烤 汽修 汽车 置业 化工 机械 塑料 五金 "
    "纺织 印刷 包装 玩具 石材 水泥 砖 养猪场 养猪 养殖场 养殖 养鸡场 屠宰 加工 自来水 燃气 教育 培训 美容 美发 "
    "理发 医疗 药 保险 贷款 投资 商贸 贸易 广告 传媒 旅游 百货 安保 保洁 搬家 运输 客运 电器 家电 手机 电脑 "
    "软件 网络 信息 文化 水果 木材 钢材 煤矿 矿 采石 砂石 选矿 陶瓷 玻璃 造纸 制药 足浴 按摩 洗浴 酒吧 "
    "小吃 早餐 连锁 房产 服务 管理 派遣 外包 中介 租赁 维修 安装 工程 施工 建设 家装 设计 咨询 金融 电商 直播 便利 的"
)
_DESCRIPTOR_RE = re.compile(
    "^(?:" + "|".join(sorted(_DESCRIPTOR_WORDS.split(), key=len, reverse=True)) + ")+"
)
# a place said first ("温州瓯海区鞋厂", "长沙县的公司")
_PLACE_PREFIX_RE = re.compile(r"^(?:[\u4e00-\u9fff]{1,5}?(?:省|市|区|县|镇|乡|街道|村|组))+")


def is_role_only(respondent: str | None) -> bool:
    """A business or employer named only by its role or trade ("公司", "电子厂", "化工厂", "县医院", "工地老板"),
    not by name."""
    norm = normalize_for_parsing(respondent or "").replace(" ", "")
    # every role word the text ends with: "化工厂" ends with 工厂 and with 厂 (化工 is a trade)
    for role in (w for w in _ROLE_WORDS.split() if norm.endswith(w)):
        rest = _PLACE_PREFIX_RE.sub("", norm[: len(norm) - len(role)])
        if not _DESCRIPTOR_RE.sub("", rest):
            return True
    return False


_ANSWER_FILLER_RE = re.compile(
    r"^(?:对方是|反映对象是|嗯|哦|噢|呃|啊|额|对|好|那个|这个|就是|应该是|好像是|是一个|是一家|是个|是家|是|"
    r"(?:我要|我想|想|要)?(?:投诉|反映|告|举报|状告)的?(?:对象)?是?|被(?:投诉|反映|举报|告)的?是?|"
    r"[,，。.:：、\s])+"
)
_ANSWER_TAIL_RE = re.compile(r"(?:(?<![网酒书茶氧])吧|啊|呀|嘛|呢|哈|咯|啦|了|的|[,，。.!！?？~～\s])+$")
_UNKNOWN_NAME_RE = re.compile(r"(?:不知道|不清楚|不记得|忘了|记不清|说不好|不晓得|搞不清)")
_SHORT_ANSWER = 24
# "没有", "没有具体对象", "无": the answer names nobody
_NOBODY_RE = re.compile(
    r"^(?:没有|没得|冇得|冇|没|无|也没有)(?:具体的?|什么)?(?:对象|单位|人)?(?:的|啊|呀)?$"
)


def names_nobody(text: str | None) -> bool:
    """An answer saying there is nobody in particular ("没有", "没有具体对象")."""
    return bool(_NOBODY_RE.match(_ANSWER_TAIL_RE.sub("", normalize_for_parsing(text)).replace(" ", "")))


def read_respondent_answer(text: str | None) -> str | None:
    """The party named in an answer to "您要反映的是哪个单位或哪个人？", kept as said, or None.

    Fillers go ("就是…", "对方是…吧"), a denied party goes ("不是物业，是开发商" → 开发商), and a clause that
    only says the name is not known goes ("名字不知道，是个小饭馆" → 小饭馆). A short answer is kept whole
    ("隔壁那个养猪场的老板姓刘"); a long one keeps the clause that names the party.
    """
    norm = _blank_what_is_not_said_of_it(normalize_for_parsing(text))
    clauses = [c for c in re.split(r"[,，。；;!！?？\n]+", norm) if c.strip()]
    clauses = [_ANSWER_TAIL_RE.sub("", _ANSWER_FILLER_RE.sub("", c)) for c in clauses]
    clauses = [c for c in clauses if c and not names_nobody(c)]
    clauses = [c for c in clauses if not (_UNKNOWN_NAME_RE.search(c) and not _first_unit(c))]
    if not clauses:
        return None
    answer = "，".join(clauses)
    stated = _after_verb(answer) or _before_misconduct(answer)  # "村委会乱收费": the party, not the story
    if stated:
        return _with_its_name(answer, stated) if is_role_only(stated) else stated
    role = _first_unit(answer)
    if role and is_role_only(role) and _with_its_name(answer, role) != role:
        return _with_its_name(answer, role)
    if len(answer) <= _SHORT_ANSWER:
        return answer
    named = [c for c in clauses if _first_unit(c)]
    return (named[0] if named else answer)[: _SHORT_ANSWER * 2]
