"""Has the citizen raised the matter before, where, when and with what reply?

Returns the clauses that name the earlier contacts ("打过供热公司热线 也打过12345") plus the clauses right after
them that tell the reply ("去年找过街道办，没回复"), ``NO_PRIOR_REPORT`` for 没有 / 第一次反映 / 没找过, or None
when the text does not say. A plan ("想明天去市信访局", "先问问12315再说"), a question ("能不能打12345") and
advice from others ("让我们去法院告") are no report.
"""

from __future__ import annotations

import re

from bot.domain.text import as_recorded, fold_keeping_offsets
from bot.parsing.prior_report_apart import denied_apart
from bot.parsing.prior_report_words import (
    ANSWER_NEGATIVE_RE,
    BARE_PLACE_RE,
    BARE_YES_RE,
    CHANNELS,
    FIRST_TIME_RE,
    GAP,
    HOTLINES,
    INNER_NEGATION_RE,
    LATER_RE,
    LEADING_NO_RE,
    NEGATION_RE,
    NEGATIVE_ANSWER_RE,
    NEGATIVE_PHRASE_RE,
    NOT_FIRST_RE,
    OFFICE,
    PLAN_RE,
    POSITIVE_RE,
    REPLY_RE,
    REPORT_VERB,
    WHERE_RE,
)

NO_PRIOR_REPORT = "未曾反映"
REPORTED_NO_DETAILS = "曾反映过（未说明渠道）"

_CLAUSE_SPLIT_RE = re.compile(
    r"(?<=[，。；;,!?！？\n ])"
)  # a space ends a clause for those who type no commas
# "去乡上 去了三次", "找过村里 跑了好几趟": how often, said after where, goes with the report
_TIMES_RE = re.compile(
    r"(?:去|找|跑|打|问|说|反映|投诉|上访|催)?(?:了|过)?(?:好几|无数|[\d一二两三四五六七八九十几多数]+)(?:次|回|趟|遍)"
)
_SENTENCE_END = tuple("。；;!?！？\n")
_MAX_SPAN = 80
# "镇上也来看过": one more office that took the matter up, said after the first
_CAME_RE = re.compile(
    rf"{GAP}{{0,6}}?(?:{CHANNELS})的?(?:人|干部|领导)?(?:也|还|又|后来)(?:派人)?(?:来|下来)(?:看|查|调解|处理|了解)?(?:过|了)"
)
_MAX_REPLY_CLAUSES = 3
# a suit at a court is the court status, not an earlier report: "有几户自己去法院告了" (a labour arbitration
# applied for, "去劳动仲裁了", is told as where the matter went)
_COURT_RE = re.compile(r"法院|法庭")
_SUED_RE = re.compile(r"告|起诉|诉讼|官司|立案|开庭|判决|胜诉|败诉")  # "在法院打赢了官司" is the court status
# "跟政府打官司", "和村里去告", "跟政府打啥官司": the party sued right after, not an office told
_SUED_AFTER_RE = re.compile(r"\s?[打去]?(?:啥|什么|甚么|哪门子|个|场|一场)?(?:告|起诉|诉讼|官司)")
# "去交警那是去上牌的 不算反映": a visit the citizen says was no report
_NOT_A_REPORT_RE = re.compile(r"不(?:算|是)(?:是|去)?(?:反映|投诉|举报|上访|信访)")
# "我向区政府申请公开…的文件": an application is the matter itself, not an earlier report of it
_APPLICATION_RE = re.compile(r"申请(?!过)")
REPORT, PLAN = "report", "plan"


def _clauses(text: str) -> list[tuple[int, str]]:
    """Clauses with their offsets; empty ones dropped."""
    out, pos = [], 0
    for clause in _CLAUSE_SPLIT_RE.split(text):
        if clause.strip("，。；;,!?！？\n "):
            out.append((pos, clause))
        pos += len(clause)
    return out


# a record looked up at the office: "一查", "查了一下", "打了流水"
_LOOKED_UP_RE = re.compile(
    r"\s*(?:一查|查了|查一查|查一下|查过|查询|打(?:了|印)(?:个|一下)?(?:流水|明细|清单|记录))"
)


def _kind(clause: str) -> str | None:
    """REPORT when the clause tells a contact made, PLAN when one only meant, asked about or advised."""
    if _APPLICATION_RE.search(clause) and not re.search(REPORT_VERB, clause):
        return None
    kind = None
    for m in POSITIVE_RE.finditer(clause):
        if NEGATION_RE.search(clause[: m.start()]) or INNER_NEGATION_RE.search(m.group()):
            continue
        if PLAN_RE.search(clause[: m.end()]) or LATER_RE.search(clause[m.end() :]):
            kind = PLAN
            continue
        if _LOOKED_UP_RE.match(clause, m.end()) and not re.search(rf"{REPORT_VERB}|\d{{5}}|热线", clause):
            continue  # "去社保局一查 啥都没有": the office was asked for a record, not told of the matter
        if _COURT_RE.search(m.group()) and _SUED_RE.search(clause):
            continue  # a lawsuit is the court status
        if _SUED_AFTER_RE.match(clause, m.end()):
            continue  # "跟政府打官司", "和村里去告": the party sued, not an office told
        return REPORT
    return kind


def _kinds(clauses: list[tuple[int, str]]) -> list[str | None]:
    """The kind of each clause; a contact the citizen says was no report (the same or the next clause: "不算反映")
    is none."""
    kinds = [_kind(clause) for _, clause in clauses]
    for i in range(len(clauses)):
        if kinds[i] == REPORT and denied_apart(clauses, i):
            kinds[i] = None  # "没 找过", "没有 去 找过 村里": the denial typed apart, as its own word
    for i, (_, clause) in enumerate(clauses):
        after = clauses[i + 1][1] if i + 1 < len(clauses) else ""
        if kinds[i] and (_NOT_A_REPORT_RE.search(clause) or _NOT_A_REPORT_RE.match(after.strip())):
            kinds[i] = None
    return kinds


def _strip_end(span: str) -> str:
    return span.strip().rstrip("，。；;,!?！？\u3000 ")


def _normalized(text: str) -> str:
    # Length-preserving, so that the span can be cut from the text as the citizen wrote it.
    return fold_keeping_offsets(text)


def _groups(norm: str, wanted: str) -> list[tuple[int, int]]:
    """Offsets of each run of contacts told (or meant) with the replies that follow them."""
    clauses = _clauses(norm)
    kinds = _kinds(clauses)
    groups, i = [], 0
    while i < len(clauses):
        if kinds[i] != wanted:
            i += 1
            continue
        first = _offices_before(clauses, kinds, i, groups[-1][1] if groups else 0)
        start, end, replies, i = clauses[first][0], clauses[i][0] + len(clauses[i][1]), 0, i + 1
        while i < len(clauses):
            follow_start, follow = clauses[i]
            if kinds[i] == wanted:  # another place: "也打过12345"
                replies = 0
            elif (
                replies >= _MAX_REPLY_CLAUSES
                or norm[:end].rstrip().endswith(_SENTENCE_END)
                or not (
                    REPLY_RE.search(follow)
                    or BARE_PLACE_RE.fullmatch(_strip_end(follow))
                    or _TIMES_RE.search(follow)
                    or _CAME_RE.match(follow.strip())
                )
            ):
                break
            else:
                replies += 1
            if follow_start + len(follow) - start > _MAX_SPAN:
                break
            end, i = follow_start + len(follow), i + 1
        groups.append((start, end))
    return groups


def _offices_before(clauses: list[tuple[int, str]], kinds: list[str | None], i: int, taken: int) -> int:
    """The first of the clauses just before a contact that only name where it went ("城北派出所 跑了四五趟"), so
    the places go with how often; `i` when there are none."""
    first = i
    while first > 0 and kinds[first - 1] is None and clauses[first - 1][0] >= taken:
        clause = clauses[first - 1][1]
        if clause.rstrip(" ").endswith(_SENTENCE_END) or not BARE_PLACE_RE.fullmatch(_strip_end(clause)):
            break
        first -= 1
    return first if first == i or not names_where(clauses[i][1]) else i


_BEFORE_CONTACT = 4  # "我们去找劳动局…": who went, said just before the contact
_AFTER_CONTACT = 16  # the office and what it answered ("劳动局说让我们去仲裁")


def _around_the_contact(norm: str, start: int, end: int) -> tuple[int, int]:
    """A run longer than a report can be (a voice message typed with no stops) cut to the words around the
    contact it tells: "…二十多万了我们去找劳动局劳动局说让我们去仲裁我也不懂…" → "我们去找劳动局劳动局说让我们去仲裁…"."""
    if end - start <= _MAX_SPAN:
        return start, end
    found = POSITIVE_RE.search(norm, start, end)
    if found is None:
        return start, end
    before = norm[max(start, found.start() - _BEFORE_CONTACT) : found.start()]
    who = _WHO_WENT_RE.search(before)
    begin = found.start() - len(before) + who.start() if who else found.start()
    return begin, min(end, found.end() + _AFTER_CONTACT)


_WHO_WENT_RE = re.compile(r"(?:我们|俺们|咱们|我|俺|他们|大家)(?:都|也|就|还)?$")


def _span(text: str, norm: str, wanted: str = REPORT) -> str | None:
    """The contacts told (or meant), as written; runs apart in a long letter are joined with "；"."""
    parts: list[str] = []
    for start, end in _groups(norm, wanted):
        start, end = _around_the_contact(norm, start, end)
        part = _strip_end(text[start:end])
        if parts and len("；".join([*parts, part])) > _MAX_SPAN:
            break
        parts.append(part)
    # recorded in simplified characters and half-width digits, as every other detail is ("鎮上農經站" → 镇上农经站)
    return as_recorded("；".join(parts)[:_MAX_SPAN]) or None


def extract_prior_report(text: str | None) -> str | None:
    """Span describing the earlier report (as written), ``NO_PRIOR_REPORT``, ``REPORTED_NO_DETAILS`` or None."""
    if not text:
        return None
    norm = _normalized(text)
    bare = _strip_end(norm)
    if not bare:
        return None
    span = _span(text, norm)
    if span:
        return span
    if BARE_YES_RE.fullmatch(bare) or NOT_FIRST_RE.search(bare):
        return REPORTED_NO_DETAILS
    if NEGATIVE_ANSWER_RE.fullmatch(bare) or NEGATIVE_PHRASE_RE.search(bare):
        return NO_PRIOR_REPORT
    # "没有，第一次", "冇啊 第一次搵你哋": every part says no or first time
    parts = [_strip_end(p) for p in re.split(r"[，。；;,!?！？\s]+", bare) if _strip_end(p)]
    if parts and all(NEGATIVE_ANSWER_RE.fullmatch(p) or FIRST_TIME_RE.match(p) for p in parts):
        return NO_PRIOR_REPORT
    return None


# "厂名叫鑫辉五金制品厂", "公司全称是…": a party's name given late, not where the matter was raised
_NAMING_RE = re.compile(r"(?:名|名字|名称|全称|牌子|招牌)(?:叫|是)|^(?:它|他们|那个\S{0,3})?叫")


def names_a_party(text: str | None) -> bool:
    """ "厂名叫鑫辉五金制品厂": the message gives a party's name, which is no earlier report however it is asked."""
    return bool(_NAMING_RE.search(_strip_end(_normalized(text or ""))))


# asked where the matter went, a review or an enforcement applied for is one of the places ("除了申请复议 还给县政府
# 打过几次电话"); told in a story it is the court or review status, not an earlier report
_LEGAL_STEP_RE = re.compile(r"(?<![没未不])申请(?:了|过)?(?:行政复议|复议|强制执行|执行)")


# "长安镇乌沙社区", "开福区四方坪街道德雅村小区7栋": a named town or street, then a place inside it, and no office
# in charge: where the citizen lives, said ahead of the address question, not where the matter was reported
_PLACE_NAMED_RE = re.compile(
    r"[\u4e00-\u9fff]{2,}(?:镇|乡|街道|区|县)\s?[^\s的]{2,8}?(?:社区|村|小区|花园|苑|大厦|路|街(?!道))"
    r"|\d+(?:栋|幢|号楼|单元|室|号)"
)
_IN_CHARGE_RE = re.compile(rf"{OFFICE}|委员会|居委|村委|政府|书记|主任|村长|组长|干部|领导|热线|物业")
# "黄岛区长江路街道": a street office named last is where a report goes
_OFFICE_LAST_RE = re.compile(r"(?:街道|镇|乡|(?<![社小园])区|县)$")


def is_an_address(text: str | None) -> bool:
    """The whole answer is a place someone lives at ("长安镇乌沙社区"), with no office or person in charge."""
    bare = _strip_end(_normalized(text or ""))
    return (
        bool(_PLACE_NAMED_RE.search(bare))
        and not _IN_CHARGE_RE.search(bare)
        and not POSITIVE_RE.search(bare)
        and not _OFFICE_LAST_RE.search(bare)
    )


def read_prior_report_answer(text: str | None) -> str | None:
    """The answer to "之前有没有向哪里反映过": what `extract_prior_report` reads, and the denials only that question
    makes plain ("还没去", "不敢去", "没有 怕报复", "不知道该找谁"); None for a plan or anything else."""
    found = extract_prior_report(text)
    step = _LEGAL_STEP_RE.search(_normalized(text or ""))
    planned = step and PLAN_RE.search(_normalized(text or "")[: step.start()])  # "想申请复议"
    if step and not planned and found != NO_PRIOR_REPORT and step.group() not in (found or ""):
        return as_recorded(_strip_end(text))  # the whole answer, the step with the places
    if found is not None or not text or is_plan(text):
        return found
    bare = _strip_end(_normalized(text))
    if LEADING_NO_RE.match(bare) or ANSWER_NEGATIVE_RE.search(bare):
        return NO_PRIOR_REPORT
    if (
        BARE_PLACE_RE.fullmatch(bare) and not names_a_party(text) and not is_an_address(text)
    ):  # "社区", "12345"
        return as_recorded(_strip_end(text))
    return None


def is_plan(text: str | None) -> bool:
    """The text only says where the citizen means to go, asks whether to, or was advised to ("先问问12315再说")."""
    if not text:
        return False
    kinds = _kinds(_clauses(_normalized(text)))
    return PLAN in kinds and REPORT not in kinds


def planned_contact(text: str | None) -> str | None:
    """Where the citizen only means to go ("想明天一起去市信访局"), as written: that office is no respondent."""
    if not text or not is_plan(text):
        return None
    return _span(text, _normalized(text), PLAN)


def names_where(report: str | None) -> bool:
    """Whether an earlier report says where it went; "反映了八百遍都没用" says only that it went nowhere."""
    if not report or report == REPORTED_NO_DETAILS:
        return False
    return report == NO_PRIOR_REPORT or bool(WHERE_RE.search(_normalized(report)))


def is_bare_answer(text: str | None) -> bool:
    """A bare yes or no ("没有", "有的", "第一次"): an answer only to the question that was asked."""
    bare = _strip_end(fold_keeping_offsets(text or ""))
    return bool(bare) and bool(BARE_YES_RE.fullmatch(bare) or NEGATIVE_ANSWER_RE.fullmatch(bare))


# "投诉12345的一个接线员": the hotline the story complains of
_COMPLAINED_OF_RE = re.compile(rf"(?:投诉|举报|告)(?:一下|的是)?[^，。；,\s]{{0,4}}?(?P<where>{HOTLINES})")
_WHERE_SAID_RE = re.compile(CHANNELS, re.IGNORECASE)


def only_the_party_complained_of(report: str, story: str | None) -> bool:
    """Whether an earlier report told in passing names only the hotline the story complains of ("投诉12345的接线员"
    … "就是打12345那个电话"): that call is the matter itself, not a report of it."""
    complained = {m.group("where") for m in _COMPLAINED_OF_RE.finditer(_normalized(story or ""))}
    said = {m.group() for m in _WHERE_SAID_RE.finditer(_normalized(report))}
    return bool(complained) and bool(said) and said <= complained


def names_no_other_place(report: str, known: str | None) -> bool:
    """Whether `report` names only places the report on record `known` names already ("之前找过居委会" beside
    "找过居委会两回"): it is said again, not put right."""
    said = {m.group() for m in _WHERE_SAID_RE.finditer(_normalized(report))}
    return bool(said) and said <= {m.group() for m in _WHERE_SAID_RE.finditer(_normalized(known or ""))}
