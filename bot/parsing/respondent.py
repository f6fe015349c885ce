"""Who the complaint is about: a unit (``XX物业``, ``华强电子厂``, ``市场监管局``) or a role (``村干部``).

Order of evidence: the object of 投诉/举报/反映/控告 …; then the subject of a misconduct verb (拖欠, 克扣,
不给, 乱收费 …); then the first unit named anywhere. The span is the shortest clean one: it starts after the
nearest boundary (punctuation, 的, 我们, 这家 …), so "我们小区的物业" gives "物业".
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

from bot.text import normalize_for_parsing

_MULTI_SUFFIXES_TEXT = (
    "股份有限公司 有限责任公司 有限公司 物业公司 物业管理处 公司 集团 厂家 工厂 委员会 "
    "公积金中心 管理中心 服务中心 政务中心 医疗中心 检测中心 "
    "村委会 居委会 村委 管委会 街道办事处 街道办 办事处 物业 学校 小学 中学 大学 学院 "
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
    "他们 你们 我 投诉 举报 反映 控告 状告 起诉 要求 希望 有个 有一个 有家 有一家 这家 那家 一家 这个 那个 "
    "一个 这些 那些 该 本 其 某"
)
_BOUNDARY_WORDS = tuple(_BOUNDARY_WORDS_TEXT.split())
_MAX_SPAN = 24
# jieba POS tags that may be part of a unit's name: nouns, place and organisation names, verbal nouns
# ("监督"), idioms/abbreviations, numbers and Latin letters ("E10县").
_NAME_POS = ("n", "vn", "j", "l", "m", "eng")
_VERB_RE = re.compile(r"(?:投诉|举报|反映|控告|状告|起诉|告发|检举)(?:一下|下|的是|了|称|说)?")
_MISCONDUCT_RE = re.compile(
    r"(?:一直|长期|总是|多次|经常|还|又|都|仍然|仍|也|就|却|竟然|故意|恶意|拒绝|迟迟|至今)*"
    r"(?:拖欠|克扣|欠|不给|不发|不退|不办|不管|不处理|不作为|违规|违法|乱收费|乱收|多收|强拆|强制|私自|擅自|"
    r"推诿|刁难|占用|侵占|污染|扰民|打人|殴打|威胁|辱骂|欺骗|骗|虚假|拒不|截留|挪用|贪污|索要|收取|罚)"
)
_SOLO_SUFFIX_OK = {s for s in _MULTI_SUFFIXES if len(s) >= 2}


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
        if text[:start].endswith(_BOUNDARY_WORDS):
            break
        start = tok_start
    span = text[start : suffix.end()]
    if span == suffix.group() and span not in _SOLO_SUFFIX_OK:
        return None  # a bare "厂" or "局" names nobody
    return span


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
                return span
    return None


def _before_misconduct(text: str) -> str | None:
    for misconduct in _MISCONDUCT_RE.finditer(text):
        for suffix in _SUFFIX_RE.finditer(text, max(0, misconduct.start() - _MAX_SPAN), misconduct.start()):
            if suffix.end() == misconduct.start():
                span = _span_ending_at(text, suffix)
                if span:
                    return span
    return None


def extract_respondent(text: str | None, *, strict: bool = False) -> str | None:
    """The unit or person complained about, or None.

    `strict` takes only a clear statement (the object of 投诉…, the subject of 拖欠…), not any unit named:
    for a message that answers another question ("还没有，准备去法院告" names no respondent).
    """
    if not text:
        return None
    norm = normalize_for_parsing(text)
    found = _after_verb(norm) or _before_misconduct(norm)
    return found if found or strict else _first_unit(norm)
