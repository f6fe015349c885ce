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
from functools import lru_cache
from itertools import chain

from bot.domain.text import normalize_for_parsing, search_after
from bot.parsing import respondent_own_side
from bot.parsing.name_alone import only_a_name
from bot.parsing.respondent_context import blank_what_is_not_said_of_it
from bot.parsing.respondent_doers import IMPLIED_ORGANS, collective_actor, relative_by_name
from bot.parsing.respondent_people import (
    is_official,
    known_by_nickname,
    names_a_person,
    officer_surname_first,
)
from bot.parsing.respondent_roles import (
    PERSON_ROLES,
    is_role_only,
    kind_of,
    kinds_of,
    with_its_name,
    workplace_kind,
)
from bot.parsing.respondent_span import BOUNDARY_CHARS, MAX_SPAN, span_ending_at
from bot.parsing.respondent_suffixes import SUFFIX_RE

__all__ = [
    "extract_respondent",
    "is_official",
    "is_role_only",
    "names_a_person",
]

_VERB_RE = re.compile(r"(?:投诉|投述|举报|反映|控告|状告|起诉|告发|检举)(?:一下|下|的是|了|称|说)?")
_VERB_TAIL_RE = re.compile(r"^(?:一下|下|的是)")
_SUES_RE = re.compile(r"起诉|状告")
_COURT_RE = re.compile(r"法院|法庭")
_MISCONDUCT_RE = re.compile(
    r"(?:一直|长期|总是|多次|经常|还|又|都|仍然|仍|也|就是|就|却|竟然|故意|恶意|拒绝|迟迟|至今|拖着|硬是|死活)*"
    r"(?:拖欠|克扣|欠|不给|不发|不退|不办|不管|不处理|不作为|违规|违法|乱收费|乱收|多收|强拆|强制|私自|擅自|"
    r"推诿|刁难|占用|侵占|霸占|强占|污染|扰民|打人|殴打|威胁|辱骂|欺骗|骗|虚假|拒不|截留|挪用|贪污|索要|收取|罚|"
    r"不搬|不还|不赔|不履行|不执行|不立案|(?:说|称)?不予|扣(?:钱|款|了|我|发|掉|除|押)|少发|停发)"
)


# "孙家湾镇长岭村": the 长 starts the village's name, no 镇长 is meant
_PLACE_GOES_ON_RE = re.compile(r"长[\u4e00-\u9fff]{1,2}?(?:村|屯|寨|社区|街道|组|路|街|小区)")


# the rest of a company's registered name after its trade word: "绿城物业|服务有限公司"
_COMPANY_TAIL_RE = re.compile(
    r"(?:服务|管理|工程|发展|科技|实业|投资|经营|顾问|咨询|运营)?(?:股份有限公司|有限责任公司|有限公司|集团)"
)


def _units(text: str, begin: int = 0, end: int | None = None) -> Iterator[str]:
    for suffix in SUFFIX_RE.finditer(text, begin, len(text) if end is None else end):
        if suffix.group() in ("镇长", "乡长", "村长") and _PLACE_GOES_ON_RE.match(text, suffix.start() + 1):
            continue
        span = span_ending_at(text, suffix)
        if span:
            tail = _COMPANY_TAIL_RE.match(text, suffix.end())
            yield span + tail.group() if tail else span


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
        if verb.group().endswith("了") and (verb.end() == len(text) or text[verb.end()] in BOUNDARY_CHARS):
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


# "三台子街道不给我妈发津贴": a street (街道) named as the doer is its office, the 街道办事处; elsewhere it is a place
_STREET_RE = re.compile(r"街道(?!办)")


def _before_misconduct(text: str) -> str | None:
    for misconduct in _MISCONDUCT_RE.finditer(text):
        window = (max(0, misconduct.start() - MAX_SPAN), misconduct.start())
        for suffix in chain(SUFFIX_RE.finditer(text, *window), _STREET_RE.finditer(text, *window)):
            # "…有限公司 欠我八个月工资": a space parts the unit from what it does as a comma does not
            if suffix.end() == misconduct.start() or text[suffix.end() : misconduct.start()] == " ":
                span = span_ending_at(text, suffix)
                if span and span != "街道":  # (a street by its name only: "街道一直拖着" names none)
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
    found = found and _name_set_apart(norm, found)
    return respondent_own_side.with_the_platform(said, found) if found else found


# "驻村第一书记 李国华 帮我们…": a whole name standing on its own right after the office
_SET_APART_RE = re.compile(r"[ \t]+([^\s,，。!！?？;；、]{3,4})(?=[\s,，。!！?？;；、]|$)")


def _name_set_apart(norm: str, found: str) -> str:
    """The person in office with their name when the story says it after a space ("村支书 王德明"), else `found`."""
    if names_a_person(found):
        return found
    for at in re.finditer(re.escape(found), norm):
        after = _SET_APART_RE.match(norm, at.end())
        if after and only_a_name(after.group(1)) and names_a_person(found + after.group(1)):
            return found + after.group(1)
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
            or officer_surname_first(norm)  # "叫村里姓刘的支书收回去了": the person, not the committee
            or collective_actor(norm)
            or _implied_organ(norm)
            or relative_by_name(norm)
            or first_unit(norm)
        )
    if found and not is_role_only(found) and workplace_kind(found) is not None:
        return workplace_named(norm, found) or found  # "在博才小学 …老师不管": the school, with its teacher
    if not found or not is_role_only(found):
        return found and (called_in_full(norm, found) or found)
    named = with_its_name(norm, found)
    if named == found and found in PERSON_ROLES:
        named = employer_called(norm) or found  # "厂子叫鲁南机械 老板姓赵": the unit, not its boss
    return named if named != found else same_kind_named(norm, found) or found


def called_in_full(text: str, unit: str) -> str | None:
    """The unit's whole name, told after it ("供电所叫桥江供电所", "电力公司叫国网东山供电公司"), or None."""
    kind = next((m.group() for m in SUFFIX_RE.finditer(unit) if m.end() == len(unit)), unit)
    called = search_after(text, unit, _called_kind(kind))
    return called.group("name") if called else None


@lru_cache(maxsize=256)  # one pattern per kind word, not one per unit named
def _called_kind(kind: str) -> re.Pattern[str]:
    return re.compile(
        r"(?:的)?(?:全名|全称|名字|名称)?(?:叫做?|是)\s*(?!什么|啥|哪)"
        r"(?P<name>[\u4e00-\u9fff]{1,16}?" + re.escape(kind) + ")"
    )


# the words a unit is told by before its name is said: "厂子叫鲁南机械", "单位名字叫红星"
_UNIT_WORDS = ("厂子", "工厂", "厂", "公司", "单位", "饭店", "店")


def employer_called(text: str) -> str | None:
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
    return next((u for u in _units(text) if kind in kinds_of(u) and not is_role_only(u)), None)
