"""Reads a correction request: which details the citizen names and the new value said for each.

Pure text work, no slots touched: "类别改成劳动和社会保障，反映对象改成包工头" gives two requests,
"反映对象不对，是组里那个养猪场" one with the value "组里那个养猪场", "不是物业，是开发商" one that names no
detail (the old value "物业" tells the caller which one it is).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from actions import services
from actions.correction_asides import drop_preamble, is_aside
from actions.correction_denial import as_plain_denial
from actions.correction_kin import kin_added, kin_noted
from actions.correction_labels import (
    CLAUSE_START,
    COLON_BEFORE_LABEL,
    FIRST_CLAUSE_START,
    LABEL_SLOT,
    LABELS,
    listed_details,
)
from actions.correction_parties import added_party, repeats_the_party, role_called
from actions.correction_praise import praised_one
from actions.correction_remarks import LEFT_OUT
from actions.correction_request import BY_ROLE
from actions.correction_request import CorrectionRequest as CorrectionRequest
from actions.correction_unlabelled import fill_announced, pair_value_with_label, phone_if_unnamed
from actions.correction_values import (
    DENIED,
    WORDS_SWAPPED,
    count_said_first,
    kin_name,
    phone_part,
    spells_a_character,
    tells_earlier_report,
    without_reason,
    without_report_aside,
)
from actions.correction_withdrawn import WITHDRAWN, withdrawn_details
from actions.correction_wording import (
    WHO_IT_IS,
    WRITE_NAME_AS,
    as_parties,
    denied_place,
    is_remark_beside,
    says_both,
    tidy,
    value_and_old,
    without_complaint,
)
from actions.slots import TOLD_WHOLE_SLOTS
from bot.domain import text as textutil
from bot.parsing.name import SOMEONE_ELSES_NAME_RE
from bot.parsing.name_alone import only_a_name
from bot.parsing.name_answer import read_name_answer
from bot.parsing.prior_report import NO_PRIOR_REPORT, extract_prior_report
from bot.parsing.vague_period import names_time_on_record

_PAUSE = re.compile(r"(?<=[\u4e00-\u9fff\d]{2}) +(?=[\u4e00-\u9fff]{2})")  # "电话139… 地址12号楼…"
_CLAUSES = re.compile(r"[，,。；;！!？?\n]+")
# "补充一下：…" adds to what was said
_ADDS = re.compile(r"^(?:再)?(?:补充|加上|加一句|补一句|添上|再说一点)(?:一下|几句|一点|两句)?")

# nothing in the segment but the complaint that it is wrong
_ONLY_WRONG = re.compile(
    r"^(?:那里|那项|那一项|那栏|那块|那个|那条|这条|这一项|的)?\s*(?:也)?(?:不对|不准确?|有误|有问题|错了|错啦|"
    r"(?:说|写|打|记|填|搞|弄|输|选|录)(?:错|岔|反|漏)了?(?:一位|一个字|个字)?|要改|改一下|改下|重新说一下|重新填一下|"
    r"重新说|重新填|需要修改|要修改|漏了一位|多了一位|(?:也)?(?:要|得|请|麻烦)?(?:写上|记上|加上|补上)去?|写(?:得)?(?:详细|具体|清楚|全)(?:一)?点?|(?:详细|具体)(?:一)?点|补全)+"
    r"[了啦的]?$"  # "不对不对", "写详细点"
)

# "名字写我的 钱桂英 是我来反映的": clauses beside the name, read as a name answer ("是图尔荪·买买提" is one name)
_BESIDE_THE_NAME = re.compile(r"[\s,，。;；]")


def parse_corrections(text: str) -> list[CorrectionRequest]:
    """Every correction in the message, in the order said. Empty when it asks for nothing specific."""
    # dialects read as Mandarin: "反映对象唔啱 系安达物业" is "不对 是…"
    clean = textutil.fold_keeping_offsets(text).strip()
    if not clean:
        return []
    withdrawn = withdrawn_details(clean)
    if withdrawn:  # "那俺名字电话不留了 行不": each left empty
        return [CorrectionRequest(slot, WITHDRAWN) for slot in withdrawn]
    clean = as_plain_denial(clean)  # "不是告派出所 是告那个辅警": as "不是派出所，是那个辅警"
    clean = COLON_BEFORE_LABEL.sub("，", clean)  # "三个地方要改：反映对象是…，人数是…"
    clean = _LONE_OF.sub("的", clean)  # "民族中学 的 老师": a 的 typed apart joins, it is no pause
    clean = _PAUSE.sub(
        "，", clean
    )  # "不对 地方说错了 不是朝阳 是北京通州": a space between phrases is a pause
    kin = kin_added(clean)
    if kin is not None:  # "我爸名字也写上吧 高满仓": the relative spoken for, put on record beside the story
        return [kin]
    noted = kin_noted(clean)
    if noted is not None:  # "受伤的是我爸 闫春生 他的名字也记一下", with what else the message corrects
        kin, rest = noted
        return [kin, *(r for r in parse_corrections(rest) if r.slot)]
    clauses = [c for c in _CLAUSES.split(clean) if c.strip()]
    praised = praised_one(clauses)  # "是表扬李医生 她名字叫李春燕": whom the praise is for
    if praised:
        return [CorrectionRequest("respondent", praised[0]), *parse_corrections("，".join(praised[1]))]
    groups: list[tuple[str | None, list[str]]] = []
    announced: list[str] = []  # "地址和电话都错了": the details whose values follow
    added: set[int] = set()  # the groups that add a party
    labels: dict[int, str] = {}  # the word that named each group's detail
    for index, clause in enumerate(clauses):
        # after "电话和地址都不对", "地址12号楼2单元602" names its detail as the first clause may
        match = (FIRST_CLAUSE_START if index == 0 or announced else CLAUSE_START).match(clause)
        by_role = role_called(clause, clauses[index + 1 :])
        someone = SOMEONE_ELSES_NAME_RE.match(clause) or by_role
        listed = listed_details(clause)
        wrong, _, after = (listed[1] if listed else "").partition(":")
        if listed and _ONLY_WRONG.match(wrong.strip()):
            announced += [slot for slot in listed[0] if slot not in announced]
            if after.strip():  # "对象、时间都错了：是街道办"
                groups.append((None, [after]))
        elif someone:  # "村主任名字是易建国": the name of the one complained about, not the citizen's
            groups.append(("respondent", [clause[someone.end() :]]))
            if by_role and someone is by_role:
                labels[len(groups) - 1] = BY_ROLE
        elif (party := added_party(clause)) is not None:  # "公司也写上 蜀安建设", "还有区旧改办也要写上"
            groups.append(("respondent", [party]))
            added.add(len(groups) - 1)
        elif groups and len(groups) - 1 in added and repeats_the_party(clause):
            continue  # "不只拆迁公司": the party on record stays, said again
        elif match:
            label = next(group for group in match.groups() if group)
            groups.append((LABEL_SLOT[label], [clause[match.end() :]]))
            labels[len(groups) - 1] = label
        elif groups and groups[-1][0] not in (None, "prior_report") and tells_earlier_report(clause):
            groups.append(("prior_report", [clause]))  # "反映对象是X，之前还打过12345": not part of X
        elif (
            announced
            and _unnamed(groups) < len(announced)
            and (not groups or groups[-1][0] is None)
            and not (groups and _OLD_VALUE.match(clause))  # "…是河西区的 不是和平区": the same value
        ):
            groups.append((None, [clause]))  # "人数和时间都不对，全村三百来户，…": one value per clause
        elif groups:
            groups[-1][1].append(clause)
        else:
            groups.append((None, [clause]))
    read = [
        _request(slot, parts, adds=index in added, label=labels.get(index, ""))
        for index, (slot, parts) in enumerate(groups)
    ]
    requests = _the_last_of_each(r for r in read if r.slot or r.value)
    requests = fill_announced(requests, announced)
    return [phone_if_unnamed(r) for r in pair_value_with_label(requests)]


_LONE_OF = re.compile(r"(?<=[\u4e00-\u9fff])\s+的\s+(?=[\u4e00-\u9fff])")


def _the_last_of_each(requests: Iterable[CorrectionRequest]) -> list[CorrectionRequest]:
    """ "反映对象不对 那是奶奶说的话 对象应该是区残联": one detail named twice in a row, neither adding to it, is
    said right the second time (two labels of the detail, not two parties each by its role)."""
    kept: list[CorrectionRequest] = []
    for request in requests:
        labelled = kept and {kept[-1].label, request.label} <= LABEL_SLOT.keys()  # not two parties by role
        if (
            labelled
            and request.slot
            and kept[-1].slot == request.slot
            and not (kept[-1].adds or request.adds)
        ):
            kept[-1] = request
        else:
            kept.append(request)
    return kept


# "咖啡店是我要开的，是市场监督管理局": what the citizen says of the old one, then the party after "是"
_OWN_REMARK_THEN_PARTY = re.compile(r"^[^，,]*(?:我|俺)[^，,]*[，,]\s*(?:而|应该|其实)?是(?=[^，,]{2,}$)")


# "不是和平区" after a value: the value it replaces, not one more value
_OLD_VALUE = re.compile(r"^(?:而|也|并)?不是")


def _unnamed(groups: list[tuple[str | None, list[str]]]) -> int:
    return sum(1 for slot, _ in groups if slot is None)


def _request(slot: str | None, parts: list[str], *, adds: bool = False, label: str = "") -> CorrectionRequest:
    """The new value of one detail from the clauses that follow its label; `adds` when it is added to it."""
    useful = [p for p in (part.strip() for part in parts) if p and not _ONLY_WRONG.match(p)]
    useful = [p for p in useful if not is_aside(p, slot)] or useful
    both = any(says_both(p) for p in useful[1:])  # "两个都写上"
    # "其他对了", "名字我说了的", "三点水的汪": remarks after the value, no part of it
    useful = useful[:1] + [
        p for p in useful[1:] if not is_remark_beside(p) and not spells_a_character(p, useful[0])
    ]
    if slot is None:
        useful = [drop_preamble(p) for p in useful]
        useful = [p for p in useful if p]
    if not useful:
        return CorrectionRequest(slot, "", label=label)
    segment = "，".join(useful)
    # "最后四位是7756", "尾号是4568不是4567": read against the phone recorded
    part = _NOT_DIGITS_AFTER.sub("", segment)
    if slot in (None, "phone") and phone_part(part):
        return CorrectionRequest("phone", part)
    swapped = WORDS_SWAPPED.match(segment) if slot == "issue_text" else None
    if swapped:  # "反映的问题里 一级改成三级": those words in the story, not the whole story
        return CorrectionRequest(slot, tidy(swapped.group("new")), tidy(swapped.group("old")))
    party_added = adds  # "公司也写上 蜀安建设，罗永刚是它的老板": the 是 is no cue of the value
    adds = (
        adds
        or bool(_ADDS.match(segment))
        or (
            slot == "prior_report"
            and bool(_ALSO.search(segment))
            and extract_prior_report(segment) != NO_PRIOR_REPORT
        )
    )
    segment = _ADDS.sub("", segment, count=1)
    place = denied_place(segment)
    worded = value_and_old(segment, write_cue=slot != "petitioner_name")
    value, old = place or ((tidy(segment), "") if party_added else worded)
    if place and slot == "issue_text":
        slot = None  # "事情不在鄞州区 是在北仑区": the place is corrected, found by its old or new value
    if slot == "respondent":
        value = WHO_IT_IS.sub("", value).strip("，, ")  # "我就是房东 要反映的是租客李斌", "写全名就行，…"
        value = _OWN_REMARK_THEN_PARTY.sub("", value)
        value = as_parties(without_report_aside(value), both=both)  # "哈尔滨热力和我们物业 两个都写上"
    if slot == "petitioner_name":
        # "名字写我爸李保国": the relative's name; "名字写李娟": the name, not the verb
        value = kin_name(without_complaint(segment)) or WRITE_NAME_AS.sub("", value)
        if (
            not only_a_name(value)
            and _BESIDE_THE_NAME.search(segment)
            and (said := read_name_answer(segment).name)
        ):
            value = said  # "名字写我的 钱桂英 是我来反映的": the name among the clauses, not the last clause
    if slot == "people_count" and not DENIED.search(
        segment
    ):  # "不是一个 全组三十几户": the count denied first
        value = count_said_first(value)
    if slot not in TOLD_WHOLE_SLOTS:
        value = without_reason(value)
    elif slot == "prior_report" and not old and extract_prior_report(value) is None:
        # "之前没找过别的地方，就是申请没人答复": the whole says where it went (nowhere), not the words after 是
        told = tidy(without_complaint(segment))
        value = told if extract_prior_report(told) is not None else value
    return CorrectionRequest(slot, value, old, adds=adds, label=label)


_NOT_DIGITS_AFTER = re.compile(r"[，,]?(?:而)?不是\d+$")


# "之前还打过12345": one more place, added to those said before
_ALSO = re.compile(r"^(?:之前|以前|此前|另外)?(?:还|也|又|另外)")


def slot_by_old_value(old: str, known: Mapping[str, Any]) -> str | None:
    """The detail whose recorded value the citizen named as wrong ("不是物业，是开发商")."""
    if not old or _ONLY_PRONOUN.match(old.strip()):
        return None  # "不对 我就是觉得补得少": a pronoun denies no detail, whatever record holds a 我
    hits = [
        slot
        for slot, value in known.items()
        if slot in _SLOTS_WITH_LABELS and isinstance(value, str) and value and old in value
    ]
    denied = re.split(r"[，,\s]", old.strip(), maxsplit=1)[
        0
    ]  # "不是今年 三年前就坏了": 今年 is what is denied
    if not hits and names_time_on_record(denied, known.get("occurred_at"), services.now_local()):
        return "occurred_at"  # "不是8月 是7月就没发了" of a time on record as 2026-08
    return hits[0] if len(hits) == 1 else None


_SLOTS_WITH_LABELS = frozenset(LABELS) - {"issue_text"}
_ONLY_PRONOUN = re.compile(r"^(?:我|俺|咱|额|他|她|它|你|您|这|那|这个|那个)(?:们|家|俩)?$")
# "就写陈淋子镇土地所": how a detail is to be written, said without its label
_WRITE_AS = re.compile(r"^(?:那|那就|就|只|还是)*(?:写|填|记)(?:成|作|上)?")
_SHORTEST_PART = 4


def slot_shortened(value: str, known: Mapping[str, Any]) -> str | None:
    """The one detail on record a value said without its label shortens ("陈淋子镇土地所" of "陈淋子镇土地所 姓包的那个")."""
    value = (value or "").strip(" ，,。.!！")
    if len(value) < _SHORTEST_PART:
        return None
    hits = [
        slot
        for slot, recorded in known.items()
        if slot in _SLOTS_WITH_LABELS
        and isinstance(recorded, str)
        and value in recorded
        and value != recorded
    ]
    return hits[0] if len(hits) == 1 else None


_SAYS_WRONG = re.compile(
    r"改成|改为|换成|改回|更正|不对|错了|说错|写错|记错|打错|填错|搞错|弄错|有误|就写|应该写|要写成|写成"
)


def is_explicit_correction(text: str, known: Mapping[str, Any], *, reviewing: bool = False) -> bool:
    """ "反映对象改成包工头": every detail named is already on record, a new value is given for it, and the message
    says it is a change, whatever the classifier made of it ("地址改成了新门牌以后…" in a first story is none).
    While the citizen `reviewing` the summary, naming a detail and its value is enough ("名字写全一点，叫向桂芝")."""
    requests = parse_corrections(text)
    clean = textutil.fold_keeping_offsets(text)  # "唔啱" says it is wrong
    written = _WRITE_AS.match(clean.strip())  # "就写陈淋子镇土地所": the detail it shortens
    slots = [
        r.slot or slot_by_old_value(r.old, known) or (slot_shortened(r.value, known) if written else None)
        for r in requests
    ]
    # "不是合作社 是村委会": naming the recorded value as wrong says it is a change
    names_old = all(r.old and slot_by_old_value(r.old, known) for r in requests)
    return (
        bool(requests)
        and all(
            slot and r.value and known.get(slot) not in (None, "")
            for slot, r in zip(slots, requests, strict=True)
        )
        # "店名没写上 是丰收农资店": a detail left out of the record is a change too
        and (reviewing or names_old or bool(_SAYS_WRONG.search(clean) or LEFT_OUT.search(clean)))
    )
