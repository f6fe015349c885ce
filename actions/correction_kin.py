"""The relative the citizen speaks for, named to be put on record: "我爸名字也写上吧 高满仓" at the summary, or
"我叫闫海涛 我爸叫闫春生" at the name question, adds "我爸：高满仓" to the story (the citizen's own name stays);
pure text work for `actions.correction_parse` and `actions.name_answers`."""

from __future__ import annotations

import re

from actions.correction_request import CorrectionRequest
from bot.parsing.name import clean_name
from bot.parsing.people_alone import KIN

_ME = r"(?:我|俺|咱|额)家?"
_ADD = r"(?:也|都|一起|一块)?(?:写上|写进去|记上|加上|填上|写一下|记一下)(?:去)?(?:吧|啊|呀|哈)?"
_NAME = r"(?:(?:他|她)?(?:叫|是))?(?P<name>[\u4e00-\u9fff·]{2,4}?)"
_WHO = rf"(?:把)?(?P<me>{_ME})(?P<kin>{KIN})的?(?:名字|姓名|大名)"
# "我爸名字也写上吧 高满仓", "把我妈的名字也加上，她叫李桂兰", "我爸的名字也写上 叫高满仓"
_KIN_ADDED = re.compile(rf"^(?:对|好|行|嗯)?[，,\s]*{_WHO}{_ADD}[，,\s]*{_NAME}[，,。\s]*$")
# "我爸叫高满仓 也写上吧", "我妈名字是李桂兰 也记上"
_KIN_NAMED_THEN_ADDED = re.compile(
    rf"^(?:对|好|行|嗯)?[，,\s]*(?:把)?(?P<me>{_ME})(?P<kin>{KIN})的?(?:名字|姓名)?(?:叫|是)(?P<name>[\u4e00-\u9fff·]{{2,4}}?)"
    rf"[，,\s]*(?:这个|名字)?{_ADD}[，,。\s]*$"
)
# "我爸叫闫春生", "额妈叫王秀兰": a relative named, anywhere in the message
_KIN_CALLED = re.compile(
    rf"(?P<me>{_ME})(?P<kin>{KIN})的?(?:名字|姓名|大名)?(?:叫|是)(?P<name>[\u4e00-\u9fff·]{{2,4}})"
)
_KIN_SAID = re.compile(rf"(?P<me>{_ME})(?P<kin>{KIN})")
_ADD_SAID = re.compile(_ADD)
# the words around a name said to be added: "名字也写上王秀兰", "他的名字也记一下"
_AROUND_NAME = re.compile(
    rf"^(?:(?:他|她)的?)?(?:名字|姓名|大名)?{_ADD}?(?:叫|是)?|(?:(?:他|她)的?)?(?:名字|姓名)?{_ADD}$"
)
_CLAUSE = re.compile(r"[，,。；;！!？?\s]+")
_OWN = re.compile(r"^(?:我|俺|咱|额)(?:叫|是)")


def kin_added(clean: str) -> CorrectionRequest | None:
    """The relative's name to add to the story, or None when the message asks for nothing of the kind."""
    found = _KIN_ADDED.match(clean) or _KIN_NAMED_THEN_ADDED.match(clean)
    if not found:
        return None
    return _on_record(found.group("me"), found.group("kin"), found.group("name"))


def kin_noted(clean: str) -> tuple[CorrectionRequest, str] | None:
    """A relative's name asked to be added inside a longer message ("受伤的是我爸 闫春生 他的名字也记一下",
    "人数不对 … 房子是我妈的 名字也写上王秀兰"): the story's addition and the rest of the message; None when no
    clause asks to add a name beside a relative named there or just before."""
    clauses = [c for c in _CLAUSE.split(clean) if c]
    for at, clause in enumerate(clauses):
        called = _KIN_CALLED.search(clause)  # "俺娘叫李桂兰 也记上"
        name = _whole_name(called.group("name") if called else _AROUND_NAME.sub("", clause))
        if name is None or _OWN.match(clause):
            continue
        start = max(0, at - 1)
        said = clauses[start : at + 2]
        kin = called or next((k for c in said[: at - start + 1] if (k := _KIN_SAID.search(c))), None)
        end = at + 2 if at + 1 < len(clauses) and _ADD_SAID.search(clauses[at + 1]) else at + 1
        if kin is None or not any(_ADD_SAID.search(c) for c in clauses[start:end]):
            continue
        begin = start if _KIN_SAID.search(clauses[start]) and start < at else at
        rest = "，".join([*clauses[:begin], *clauses[end:]])
        return _on_record(kin.group("me"), kin.group("kin"), name), rest
    return None


def kin_called(clean: str, own: str | None) -> str | None:
    """ "我叫闫海涛 我爸叫闫春生" at the name question: the relative's line for the story ("我爸：闫春生"), or None."""
    for found in _KIN_CALLED.finditer(clean):
        name = clean_name(found.group("name"), need_surname=True)
        if name and name != own:
            return _line(found.group("me"), found.group("kin"), name)
    return None


def _whole_name(text: str) -> str | None:
    name = clean_name(text, need_surname=True) if text else None
    return name if name == text else None


def _line(me: str, kin: str, name: str) -> str:
    return f"{'我' if me.startswith('额') else me}{kin}：{name}"


def _on_record(me: str, kin: str, name: str) -> CorrectionRequest:
    return CorrectionRequest("issue_text", _line(me, kin, name), adds=True)
