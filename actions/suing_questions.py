"""What citizens ask about suing their own matter, beside `actions.own_matter_questions`: whether hundreds of
buyers may sue together, whom to sue when a government took the house, whether a signed compensation agreement can
be undone, and the "告谁" that only says no one is
being sued ("我不是要告谁").

Rows of the same shape as `actions.own_matter_questions.ASKED` (FAQ key of knowledge/legal_routes.yml, what the
question clause says, what the story must tell). Patterns are searched in normalised text. Pure: no I/O.
"""

from __future__ import annotations

import re

_ANY = re.compile("")

# "我不是要告谁", "也不是告谁", "俺又不告谁", "没想告谁": a no to suing, not a question of whom
_NOT_SUING = re.compile(r"(?:不是|不|没|没有|并不|又不|也不|也没)(?:是|想|要|打算|说)?(?:要|想|去)?告谁")

_WHOM = r"告谁|起诉谁|该告哪|告哪个|告[^,，。]{1,12}还是"
# a house or land taken by a government: its decision, its agreement, its office are what is sued
_TAKEN = r"征收|征地|征用|拆迁|强拆|征收办|拆迁办|指挥部|补偿款|补偿协议|安置"
# "几百户一起告吗", "我们能不能联名起诉", "大家一块儿去告": many suing together (not "信访和起诉能一起吗")
_TOGETHER = (
    r"(?:一起|一块儿?|一同|共同|集体|联名|联合|合伙|大家都)[^,，。]{0,3}(?:告|起诉|打官司)|"
    r"(?:几百|几十|上百|上千|好多|很多|这么多|[0-9一二三四五六七八九十百]+)(?:户|家|人|个人)[^,，。]{0,4}(?:告|起诉|打官司)"
)

# "签了字还能反悔吗", "协议还算数不", "能不能不认": whether a signed agreement binds
_SIGNED_UNDONE = (
    r"签了?(?:字|名|协议)?[^,，。]{0,6}(?:还能|还可以|能不能|算数|算不算|作数|作废|撤销|不认)|"
    r"反悔|能不能不认|还算数|还作数|能不能撤|可以撤"
)
# an agreement for a house or land being taken (a resignation signed under pressure is worker_questions')
_TAKEN_AGREEMENT = rf"^(?=[\s\S]*(?:{_TAKEN}|拆))(?=[\s\S]*(?:协议|签))"

SUING_ASKED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("group_suit", re.compile(_TOGETHER), _ANY),
    ("whom_to_sue_government", re.compile(_WHOM), re.compile(_TAKEN)),
    ("expropriation_agreement_signed", re.compile(_SIGNED_UNDONE), re.compile(_TAKEN_AGREEMENT)),
)


def without_refusals(clause: str) -> str:
    """The clause with its "我不是要告谁" taken out: saying no one is sued asks nothing."""
    return _NOT_SUING.sub("", clause)
