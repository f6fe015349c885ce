"""What a pregnant worker, or one on maternity leave, asks when dismissed or afraid to be: whether it is lawful
(劳动合同法 第42条: not dismissed for economic reasons or without fault while pregnant, in childbirth or nursing).

Rows of the shape of `actions.own_matter_questions.ASKED`. Pure: no I/O.
"""

from __future__ import annotations

import re

from actions.worker_questions import both

_PREGNANT = r"怀孕|孕期|产假|产期|哺乳|喂奶|生孩子|生娃|坐月子|产后"
_DISMISSED = r"开除|辞退|解雇|炒|解除|劝退|让我走|走人|不用来|岗位没了|辞职"

PREGNANCY_ASKED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    (
        "pregnancy_dismissal",
        re.compile(rf"{_DISMISSED}|裁|保住工作|保住饭碗|丢工作"),
        re.compile(_PREGNANT),
    ),
    (
        "pregnancy_dismissal",
        re.compile(r"合法|违法|能这样|可以这样|这样行|行吗|行不行|合理|允许|有权"),
        both(_PREGNANT, _DISMISSED),
    ),
)
