"""The span of a unit's name that ends with its suffix ("华强电子厂", "县环保局", "派出所民警"): extended left over the
words that may be part of a name, up to the nearest boundary (punctuation, 的, 我们, 这家 …), with the officer,
department or person of the unit said right after it.
"""

from __future__ import annotations

import re

from bot.parsing.respondent_brands import NOT_IN_A_BRAND, in_a_business_name
from bot.parsing.respondent_people import (
    PERSON_OF_UNIT_RE,
    TITLE_AT_END_RE,
    officer_by_surname,
    officer_titled,
    person_by_surname,
)
from bot.parsing.respondent_roles import PERSON_ROLES, ROLE_WORDS, person_named_after, pos_tokens
from bot.parsing.surnames import surname_length

BOUNDARY_CHARS = set(
    "，。；;,.!?！？、：:“”\"'‘’（）()【】[] \n的在被给向对跟与把让是说称找去到了等及或还又就都从由帮请"
)
_BOUNDARY_WORDS_TEXT = (
    "我们村 我村 本村 我们镇 我们小区 小区里 我们单位 楼下 楼上 隔壁 对面 附近 门口 我们 "
    "他们 你们 我 投诉 投述 举报 反映 控告 状告 起诉 表扬 感谢 一下 要求 希望 有个 有一个 有家 有一家 这家 那家 一家 这个 那个 "
    "一个 这些 那些 该 本 其 某 纠纷 问题 事情 结果 后来 然后 可是 但是 所以 回来 回去 过来 以后 之后 "
    "礼拜 上周 上星期 这周 前天 昨天 今天 上个月 去年 今年"
)
_BOUNDARY_WORDS = tuple(_BOUNDARY_WORDS_TEXT.split())
MAX_SPAN = 24
# jieba POS tags that may be part of a unit's name: nouns, place and organisation names, verbal nouns
# ("监督"), idioms/abbreviations, numbers and Latin letters ("E10县").
_NAME_POS = ("n", "vn", "j", "l", "m", "eng", "a")
# what an office does, in its name, that jieba tags as a verb ("行政审批服务管理局", "综合执法局"), inside a name only
_OFFICE_VERBS = frozenset(
    ["审批", "执法", "监督", "监管", "管理", "征收", "稽查", "救助", "调解", "服务", "保障"]
)
# a time said just before a role is no part of its name ("2026年10月份老板")
# "开了个烧烤店", "新建了一座砖厂": the opening is no part of the name
_OPENED_RE = re.compile(r"^(?:(?:新|又)?(?:开|建|盖|办|搞|弄)(?:了|起了?)?一?|一)(?:个|家|座|间|所)")
# "老大在长沙开店", "在外地办厂": what someone does for a living, no unit named
_TRADE_RE = re.compile(r"(?:开|办)(?:店|厂|公司|饭店|超市|酒店)$")
_TIME_TOKEN_RE = re.compile(r"^(?:\d+|[0-9一二三四五六七八九十两]+)?(?:年|月|月份|日|号|点|年底|年初)$")
# a place name jieba cut in two ("望|城区"): its first character belongs to it
_CUT_PLACE_RE = re.compile(r"^[\u4e00-\u9fff]{1,2}(?:区|县|市|镇|乡)$")
_BUSINESS_ROLES = frozenset(ROLE_WORDS) - PERSON_ROLES
# a unit that is part of another: "哈尔滨医科大学附属第一医院", "师范大学附属中学"
_PART_OF_WORDS = ("附属", "附设", "下属", "直属")
_PERSON_SUFFIXES = frozenset(PERSON_ROLES) | {"工作人员", "保安", "老师", "医生", "民警", "警察", "辅警"}
_LEVEL_WORDS = frozenset("省市区县镇乡")
# asking before the unit asked (jieba tags a lone 问 as a noun)
_ASKING_WORDS = frozenset(["问", "问过", "问了", "询问", "打电话", "电话问"])
# a title said after a surname: "刘局长", "李书记" (jieba tags the surname alone as anything)
_TITLE_RE = re.compile(r"[\u4e00-\u9fff]{0,2}(?:长|书记|支书|主任|经理|老师|医生|总)")
# a department of a hospital said right after it: "人民医院急诊科", "县医院骨科" (not "医院的科室")
_HOSPITAL_RE = re.compile(r"(?:医院|卫生院|保健院)$")
# "派出所的一个辅警": one person of the unit, said with 的 and a count word; the person is the party (lead-076)
_ONE_OF_THE_UNIT_RE = re.compile(
    r"的?(?:一个|一名|一位|那个|这个|有个)(?=辅警|协警|民警|警察|工作人员|执法队员)"
)
_DEPARTMENT_RE = re.compile(
    r"(?:(?![的了在是和跟与把被给就都也还又说有我他她这那])[\u4e00-\u9fff]){1,4}?(?:科|病区)(?![学技研普室])"
)


def span_ending_at(text: str, suffix: re.Match[str]) -> str | None:
    """The unit name ending with this suffix, extended left over nouns up to the nearest boundary."""
    tokens = pos_tokens(text, max(0, suffix.start() - MAX_SPAN), suffix.end())
    start = suffix.start()
    for tok_start, tok_end, flag in tokens:  # the suffix may sit inside a word: "电子厂", "代课老师"
        if tok_start < suffix.end() <= tok_end and flag.startswith("ns") and tok_start < suffix.start():
            return None  # a place: "驻马店", "瓦房店"
        if tok_start < start < tok_end:
            start = tok_start
    ends = {tok_end: (tok_start, flag) for tok_start, tok_end, flag in tokens}
    starts = {tok_start: tok_end for tok_start, tok_end, _flag in tokens}
    while start in ends and suffix.end() - ends[start][0] <= MAX_SPAN:
        tok_start, flag = ends[start]
        word = text[tok_start:start]
        cut_place = (  # (not "叫|大同市": a verb before a place name)
            len(word) == 1
            and word not in NOT_IN_A_BRAND
            and bool(_CUT_PLACE_RE.match(text[start : starts.get(start, start)]))
        )
        surname = len(word) == 1 and _TITLE_RE.fullmatch(suffix.group()) and surname_length(word) == 1
        level = word in _LEVEL_WORDS  # "县|环保局": jieba tags the lone level as anything
        before = ends.get(tok_start)
        before_word = text[before[0] : tok_start] if before else ""
        brand = in_a_business_name(
            word, flag, before_word, before[1] if before else "", suffix.group(), start == suffix.start()
        ) and (before_word[-1:] not in BOUNDARY_CHARS)
        office_verb = word in _OFFICE_VERBS
        if (
            not (flag.startswith(_NAME_POS) or cut_place or surname or level or brand or office_verb)
            or text[start - 1] in BOUNDARY_CHARS
        ):
            break
        if flag == "t" or _TIME_TOKEN_RE.match(word) or text[:start].endswith(_BOUNDARY_WORDS):
            break
        if len(word) == 1 and flag.startswith("v") and ends.get(tok_start, (0, ""))[1].startswith("v"):
            break  # "干完活包工头": the work done is no part of the boss (but "城投公司" is one name)
        if word in _ASKING_WORDS:
            break  # "问退役军人事务局说是政策调整": whom one asked, not part of the name
        if word in _BUSINESS_ROLES and suffix.group() not in _PERSON_SUFFIXES:
            break  # "物业公司长城物业": the role said before the name is no part of it
        start = tok_start
    if text.startswith(_PART_OF_WORDS, suffix.end()):
        return None  # "医科大学附属第一医院": the unit is the one the name goes on to
    span = _OPENED_RE.sub("", text[start : suffix.end()])
    if span.startswith("问") and len(span) > 3:
        span = span[1:]  # "打电话问人社局": jieba cut "问人|社局"
    if len(span) < 2 or _TRADE_RE.search(span):
        return None  # a bare "厂" or "局" names nobody
    department = _DEPARTMENT_RE.match(text, suffix.end()) if _HOSPITAL_RE.search(span) else None
    span = (
        span + department.group() if department else span
    )  # "人民医院急诊科": the department, of that hospital
    after = suffix.end() + (len(department.group()) if department else 0)
    one_of = _ONE_OF_THE_UNIT_RE.match(text, after)
    person = PERSON_OF_UNIT_RE.match(text, one_of.end() if one_of else after)
    span = span + person.group() if person else span  # "派出所民警": the officer, of that station
    titled = None if person else officer_titled(text, start + len(span))
    if titled:
        return span + titled  # "司法所刘所长", "劳动监察大队的徐队长": that officer, by surname and title
    a_person = person or TITLE_AT_END_RE.search(span) or suffix.group() in _PERSON_SUFFIXES
    by_surname = None if a_person else person_by_surname(text, start + len(span))
    span = span + by_surname if by_surname else span  # "登记中心窗口那个姓赵的": that officer
    named = person_named_after(text, start + len(span)) if TITLE_AT_END_RE.search(span) else None
    if named:
        return span + named  # "村委会主任陈某", "村支书王建军": the person, by name
    in_office = TITLE_AT_END_RE.search(span) and not span.endswith(tuple(PERSON_ROLES))  # (a boss: the unit)
    return (in_office and officer_by_surname(text, start + len(span), span)) or span
