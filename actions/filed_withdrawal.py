"""A citizen who wants to withdraw the case just filed ("他家来道歉了 那我这个能撤回吗"): the wish is kept.

The wish is added to the case (its story and its history), while the case waits to be taken up and in the
conversation that filed it (or checked it with its phone or query code); staff confirm it with the citizen before
they stop, so a withdrawal pressed on someone (a family, a boss) is seen. It never starts a new intake.
"""

from __future__ import annotations

import re

from actions.filed_notes import kept_with_case
from actions.filed_reference import NAMES_CASE, POINTS_AT_CASE
from bot.domain import text as textutil

# "撤回", "能撤销吗", "取消刚才的登记"
_WITHDRAW_WORD = re.compile(r"撤回|撤销|撤掉|撤了|取消")
# a decision, a fine or a judgment to be revoked ("交警的罚款能撤销吗") is no withdrawal of the case
_DECISION = re.compile(r"处罚|罚款|罚单|决定|判决|裁决|许可|资格|低保|合同|婚|户口|补贴|执照|证书|订单|会员")
_GIVES_UP = re.compile(
    r"不(?:想|要|用|打算)?再?(?:告|反映|投诉|追究|举报|登记|闹)了|不想闹大|不用(?:你们)?(?:管|处理|办|查)了"
    r"|(?:我们|已经|私下)?(?:和好|和解|协商好|谈好|私了)了"
)
_NEGATED = re.compile(r"(?:不|别|不要|不能|没)(?:撤回|撤销|撤|取消)")

KEPT = (
    "好的，您想撤回这件事（编号 {number}），我已经记在事项里了。工作人员受理前会看到，和您核实后就不再办理。"
    "以后如果又有问题，随时可以再来反映。"
)
NOT_KEPT = (
    "您想撤回事项（编号 {number}）的意思，我记在对话记录里了，工作人员能看到。事项已经有人在办的，撤回要由工作人员"
    "和您确认；也可以拨打当地信访部门公布的电话说明。"
)
HEADING = "登记后要求撤回"
NOTE = "市民在对话中要求撤回"


def wants_withdrawal(text: str | None) -> bool:
    """ "那我这个能撤回吗", "取消刚才的登记", "我们和好了 不告了": the citizen gives up the matter just filed."""
    clean = textutil.normalize_for_parsing(text or "")
    if _NEGATED.search(clean):
        return False
    if _GIVES_UP.search(clean):
        return True
    if not _WITHDRAW_WORD.search(clean):
        return False
    if _DECISION.search(clean):
        return NAMES_CASE.search(clean) is not None
    return POINTS_AT_CASE.search(clean) is not None or textutil.cjk_count(clean) <= 10


def withdrawal_reply(number: str, conversation_id: str, text: str, *, checked: bool) -> str:
    """Keeps the wish with the case and says what happens next."""
    kept = kept_with_case(
        number,
        conversation_id,
        text,
        checked=checked,
        heading=HEADING,
        note=NOTE,
        what="the wish to withdraw",
    )
    return (KEPT if kept else NOT_KEPT).format(number=number)
