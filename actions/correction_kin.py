"""The relative the citizen speaks for, named at the summary to be put on record: "我爸名字也写上吧 高满仓"
adds "我爸：高满仓" to the story (the citizen's own name stays); pure text work for `actions.correction_parse`."""

from __future__ import annotations

import re

from actions.correction_request import CorrectionRequest
from bot.parsing.people_alone import KIN

_ADD = r"(?:也|都|一起|一块)?(?:写上|写进去|记上|加上|填上|写一下|记一下)(?:去)?(?:吧|啊|呀|哈)?"
_NAME = r"(?:(?:他|她)?(?:叫|是))?(?P<name>[\u4e00-\u9fff·]{2,4}?)"
_WHO = rf"(?:把)?(?P<me>(?:我|俺|咱)家?)(?P<kin>{KIN})的?(?:名字|姓名|大名)"
# "我爸名字也写上吧 高满仓", "把我妈的名字也加上，她叫李桂兰", "我爸的名字也写上 叫高满仓"
_KIN_ADDED = re.compile(rf"^(?:对|好|行|嗯)?[，,\s]*{_WHO}{_ADD}[，,\s]*{_NAME}[，,。\s]*$")
# "我爸叫高满仓 也写上吧", "我妈名字是李桂兰 也记上"
_KIN_NAMED_THEN_ADDED = re.compile(
    rf"^(?:对|好|行|嗯)?[，,\s]*(?:把)?(?P<me>(?:我|俺|咱)家?)(?P<kin>{KIN})的?(?:名字|姓名)?(?:叫|是)(?P<name>[\u4e00-\u9fff·]{{2,4}}?)"
    rf"[，,\s]*(?:这个|名字)?{_ADD}[，,。\s]*$"
)


def kin_added(clean: str) -> CorrectionRequest | None:
    """The relative's name to add to the story, or None when the message asks for nothing of the kind."""
    found = _KIN_ADDED.match(clean) or _KIN_NAMED_THEN_ADDED.match(clean)
    if not found:
        return None
    return CorrectionRequest(
        "issue_text", f"{found.group('me')}{found.group('kin')}：{found.group('name')}", adds=True
    )
