"""Who the complaint is about: a unit (``XX物业``, ``华强电子厂``, ``市场监管局``) or a role (``村干部``).

Order of evidence: the object of 投诉/举报/反映/控告 …; then the subject of a misconduct verb (拖欠, 克扣,
不给, 乱收费 …); then the organ an act implies ("被错误拘留": the police detain); then the first unit named
anywhere. The span is the shortest clean one: it starts after the nearest boundary (punctuation, 的, 我们,
这家 …), so "我们小区的物业" gives "物业".

What is not said of the respondent is read past, as a clerk would: a letter's salutation ("尊敬的李书记",
"王局长，我想反映"), a denial ("不是物业的事", "我没有去法院"), a plan ("准备去法院告"), an office already
complained to in vain ("找过街道办也没人管"), a place ("驻马店市") and a facility wished for ("附近没有幼儿园").
A role with no name ("公司", "包工头") is told apart (`is_role_only`) so the intake can ask for the name once;
`bot.parsing.respondent_answer` reads the answer to that question.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.domain.text import normalize_for_parsing
from bot.parsing import respondent_own_side
from bot.parsing.respondent_brands import NOT_IN_A_BRAND, in_a_business_name
from bot.parsing.respondent_context import blank_what_is_not_said_of_it
from bot.parsing.respondent_doers import IMPLIED_ORGANS, collective_actor, relative_by_name
from bot.parsing.respondent_people import (
    PERSON_OF_UNIT_RE,
    TITLE_AT_END_RE,
    is_official,
    known_by_nickname,
    names_a_person,
    officer_by_surname,
    officer_titled,
    person_by_surname,
)
from bot.parsing.respondent_roles import (
    PERSON_ROLES,
    ROLE_WORDS,
    is_role_only,
    kind_of,
    person_named_after,
    pos_tokens,
    with_its_name,
    workplace_kind,
)
from bot.parsing.respondent_suffixes import SUFFIX_RE
from bot.parsing.surnames import surname_length

__all__ = [
    "extract_respondent",
    "is_official",
    "is_role_only",
    "names_a_person",
]

_BOUNDARY_CHARS = set(
    "，。；;,.!?！？、：:“”\"'‘’（）()【】[] \n的在被给向对跟与把让是说称找去到了等及或还又就都从由帮请"
)
_BOUNDARY_WORDS_TEXT = (
    "我们村 我村 本村 我们镇 我们小区 小区里 我们单位 楼下 楼上 隔壁 对面 附近 门口 我们 "
    "他们 你们 我 投诉 投述 举报 反映 控告 状告 起诉 表扬 感谢 一下 要求 希望 有个 有一个 有家 有一家 这家 那家 一家 这个 那个 "
    "一个 这些 那些 该 本 其 某 纠纷 问题 事情 结果 后来 然后 可是 但是 所以"
)
_BOUNDARY_WORDS = tuple(_BOUNDARY_WORDS_TEXT.split())
_MAX_SPAN = 24
# jieba POS tags that may be part of a unit's name: nouns, place and organisation names, verbal nouns
# ("监督"), idioms/abbreviations, numbers and Latin letters ("E10县").
_NAME_POS = ("n", "vn", "j", "l", "m", "eng", "a")
# a time said just before a role is no part of its name ("2026年10月份老板")
# "开了个烧烤店", "新建了一座砖厂": the opening is no part of the name
_OPENED_RE = re.compile(r"^(?:(?:新|又)?(?:开|建|盖|办|搞|弄)(?:了|起了?)?一?|一)(?:个|家|座|间|所)")
# "老大在长沙开店", "在外地办厂": what someone does for a living, no unit named
_TRADE_RE = re.compile(r"(?:开|办)(?:店|厂|公司|饭店|超市|酒店)$")
_TIME_TOKEN_RE = re.compile(r"^(?:\d+|[0-9一二三四五六七八九十两]+)?(?:年|月|月份|日|号|点|年底|年初)$")
# a place name jieba cut in two ("望|城区"): its first character belongs to it
_CUT_PLACE_RE = re.compile(r"^[\u4e00-\u9fff]{1,2}(?:区|县|市|镇|乡)$")
_VERB_RE = re.compile(r"(?:投诉|投述|举报|反映|控告|状告|起诉|告发|检举)(?:一下|下|的是|了|称|说)?")
_VERB_TAIL_RE = re.compile(r"^(?:一下|下|的是)")
_SUES_RE = re.compile(r"起诉|状告")
_COURT_RE = re.compile(r"法院|法庭")
_MISCONDUCT_RE = re.compile(
    r"(?:一直|长期|总是|多次|经常|还|又|都|仍然|仍|也|就是|就|却|竟然|故意|恶意|拒绝|迟迟|至今|拖着|硬是|死活)*"
    r"(?:拖欠|克扣|欠|不给|不发|不退|不办|不管|不处理|不作为|违规|违法|乱收费|乱收|多收|强拆|强制|私自|擅自|"
    r"推诿|刁难|占用|侵占|霸占|强占|污染|扰民|打人|殴打|威胁|辱骂|欺骗|骗|虚假|拒不|截留|挪用|贪污|索要|收取|罚|"
    r"不搬|不还|不赔|不履行|不执行|不立案|(?:说|称)?不予)"
)
_BUSINESS_ROLES = frozenset(ROLE_WORDS) - PERSON_ROLES
# a unit that is part of another: "哈尔滨医科大学附属第一医院", "师范大学附属中学"
_PART_OF_WORDS = ("附属", "附设", "下属", "直属")
_PERSON_SUFFIXES = frozenset(PERSON_ROLES) | {"工作人员", "保安", "老师", "医生", "民警", "警察", "辅警"}
_LEVEL_WORDS = frozenset("省市区县镇乡")
# a title said after a surname: "刘局长", "李书记" (jieba tags the surname alone as anything)
_TITLE_RE = re.compile(r"[\u4e00-\u9fff]{0,2}(?:长|书记|支书|主任|经理|老师|医生|总)")
# a department of a hospital said right after it: "人民医院急诊科", "县医院骨科" (not "医院的科室")
_HOSPITAL_RE = re.compile(r"(?:医院|卫生院|保健院)$")
_DEPARTMENT_RE = re.compile(
    r"(?:(?![的了在是和跟与把被给就都也还又说有我他她这那])[\u4e00-\u9fff]){1,4}?(?:科|病区)(?![学技研普室])"
)


def _span_ending_at(text: str, suffix: re.Match[str]) -> str | None:
    """The unit name ending with this suffix, extended left over nouns up to the nearest boundary."""
    tokens = pos_tokens(text, max(0, suffix.start() - _MAX_SPAN), suffix.end())
    start = suffix.start()
    for tok_start, tok_end, flag in tokens:  # the suffix may sit inside a word: "电子厂", "代课老师"
        if tok_start < suffix.end() <= tok_end and flag.startswith("ns") and tok_start < suffix.start():
            return None  # a place: "驻马店", "瓦房店"
        if tok_start < start < tok_end:
            start = tok_start
    ends = {tok_end: (tok_start, flag) for tok_start, tok_end, flag in tokens}
    starts = {tok_start: tok_end for tok_start, tok_end, _flag in tokens}
    while start in ends and suffix.end() - ends[start][0] <= _MAX_SPAN:
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
        ) and (before_word[-1:] not in _BOUNDARY_CHARS)
        if (
            not (flag.startswith(_NAME_POS) or cut_place or surname or level or brand)
            or text[start - 1] in _BOUNDARY_CHARS
        ):
            break
        if flag == "t" or _TIME_TOKEN_RE.match(word) or text[:start].endswith(_BOUNDARY_WORDS):
            break
        if len(word) == 1 and flag.startswith("v") and ends.get(tok_start, (0, ""))[1].startswith("v"):
            break  # "干完活包工头": the work done is no part of the boss (but "城投公司" is one name)
        if word in _BUSINESS_ROLES and suffix.group() not in _PERSON_SUFFIXES:
            break  # "物业公司长城物业": the role said before the name is no part of it
        start = tok_start
    if text.startswith(_PART_OF_WORDS, suffix.end()):
        return None  # "医科大学附属第一医院": the unit is the one the name goes on to
    span = _OPENED_RE.sub("", text[start : suffix.end()])
    if len(span) < 2 or _TRADE_RE.search(span):
        return None  # a bare "厂" or "局" names nobody
    department = _DEPARTMENT_RE.match(text, suffix.end()) if _HOSPITAL_RE.search(span) else None
    span = (
        span + department.group() if department else span
    )  # "人民医院急诊科": the department, of that hospital
    person = PERSON_OF_UNIT_RE.match(text, suffix.end() + (len(department.group()) if department else 0))
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


# "孙家湾镇长岭村": the 长 starts the village's name, no 镇长 is meant
_PLACE_GOES_ON_RE = re.compile(r"长[\u4e00-\u9fff]{1,2}?(?:村|屯|寨|社区|街道|组|路|街|小区)")


def _units(text: str, begin: int = 0, end: int | None = None) -> Iterator[str]:
    for suffix in SUFFIX_RE.finditer(text, begin, len(text) if end is None else end):
        if suffix.group() in ("镇长", "乡长", "村长") and _PLACE_GOES_ON_RE.match(text, suffix.start() + 1):
            continue
        span = _span_ending_at(text, suffix)
        if span:
            yield span


def _named_official(text: str) -> str | None:
    """A person in office told by title and name ("村支书王德发", "合作社理事长兼社区书记蔡明辉"): whom a story about
    the village or the cooperative is against, rather than the body they head."""
    for unit in _units(text):
        if names_a_person(unit) and not known_by_nickname(unit):
            return unit
    return None


def first_unit(text: str) -> str | None:
    """The first unit or role named anywhere in an already normalised text."""
    return next(_units(text), None)


def _after_verb(text: str) -> str | None:
    for verb in _VERB_RE.finditer(text):
        if verb.group().endswith("了") and (verb.end() == len(text) or text[verb.end()] in _BOUNDARY_CHARS):
            continue  # "到法院起诉了 法院说排期": the verb said with no object, the next clause is another
        clause_end = re.search(r"[，。；;,!?！？\n]|$", text[verb.end() :])
        stop = verb.end() + (clause_end.start() if clause_end else 0)
        units = list(_units(text, verb.end(), stop))
        # "城管执法中队有个姓艾的队员": the unit the first one named is part of, with its officer
        span = next((u for u in units[1:] if u.startswith(units[0])), units[0]) if units else None
        if span and _SUES_RE.match(verb.group()) and _COURT_RE.search(span):
            continue  # "起诉到法院": where one sues, not whom
        if span:
            return _VERB_TAIL_RE.sub("", span) or span  # "反映一下物业费": 物业, not 一下物业
    return None


def _before_misconduct(text: str) -> str | None:
    for misconduct in _MISCONDUCT_RE.finditer(text):
        for suffix in SUFFIX_RE.finditer(text, max(0, misconduct.start() - _MAX_SPAN), misconduct.start()):
            # "…有限公司 欠我八个月工资": a space parts the unit from what it does as a comma does not
            if suffix.end() == misconduct.start() or text[suffix.end() : misconduct.start()] == " ":
                span = _span_ending_at(text, suffix)
                if span:
                    return span
    return None


def stated_party(text: str) -> str | None:
    """The party a normalised text clearly complains about: the object of 投诉…, the subject of 拖欠…."""
    return _after_verb(text) or _before_misconduct(text)


def _implied_organ(text: str) -> str | None:
    for act, organ, its_units in IMPLIED_ORGANS:
        if act.search(text):
            return next((u for u in _units(text) if its_units.search(u)), organ)
    return None


def extract_respondent(text: str | None, *, strict: bool = False) -> str | None:
    """The unit or person complained about, or None.

    `strict` takes only a clear statement (the object of 投诉…, the subject of 拖欠…), not any unit named:
    for a message that answers another question ("还没有，准备去法院告" names no respondent).
    """
    if not text:
        return None
    said = blank_what_is_not_said_of_it(normalize_for_parsing(text))
    norm, own_side = respondent_own_side.set_apart(said)
    found = _party(norm, strict=strict)
    own = first_unit(own_side) if own_side else None
    if (
        own
        and not is_role_only(own)
        and (not found or kind_of(found) == kind_of(own) is not None)
        and _OWN_UNIT_ACTS_RE.search(norm)
    ):
        return own  # "我是公办小学的代课老师 学校拖欠我们工资": the writer's own unit did it after all
    return found


# the writer's own unit spoken of as the doer: "学校拖欠", "院里不给", "单位一直不发"
_OWN_UNIT_ACTS_RE = re.compile(
    r"(?:学校|校方|医院|院里|院方|厂里|厂子|厂方|公司|单位)(?:领导)?[^,，。；;!！?？\s]{0,4}?"
    + _MISCONDUCT_RE.pattern
)


def _party(norm: str, *, strict: bool) -> str | None:
    found = stated_party(norm)
    if not found and not strict:
        found = (
            _named_official(norm)
            or collective_actor(norm)
            or _implied_organ(norm)
            or relative_by_name(norm)
            or first_unit(norm)
        )
    if not found or not is_role_only(found):
        return found
    named = with_its_name(norm, found)
    if named == found and found in PERSON_ROLES:
        named = _employer_called(norm) or found  # "厂子叫鲁南机械 老板姓赵": the unit, not its boss
    return named if named != found else same_kind_named(norm, found) or found


# the words a unit is told by before its name is said: "厂子叫鲁南机械", "单位名字叫红星"
_UNIT_WORDS = ("厂子", "工厂", "厂", "公司", "单位", "饭店", "店")


def _employer_called(text: str) -> str | None:
    for unit in _UNIT_WORDS:
        if unit in text:
            called = with_its_name(text, unit)
            if called != unit:
                return called
    return None


def same_kind_named(text: str, role: str) -> str | None:
    """A unit of the role's kind named elsewhere in the text ("孩子学校…南宁市青秀区的滨湖路小学"), or None."""
    return _named_of_kind(text, kind_of(role))


def workplace_named(text: str, person: str) -> str | None:
    """The unit a person told only by what they do works at, named in the text, with them ("老师" and "孩子在
    文三街小学" → 文三街小学老师), or None."""
    unit = _named_of_kind(text, workplace_kind(person))
    return unit + person if unit else None


def _named_of_kind(text: str, kind: int | None) -> str | None:
    if kind is None:
        return None
    return next((u for u in _units(text) if kind_of(u) == kind and not is_role_only(u)), None)
