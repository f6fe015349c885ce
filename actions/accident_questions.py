"""What someone who disputes the traffic police's accident finding asks mid-way: whether to sue the police, whether
there is a deadline, what to do.

A finding one disputes goes to 复核 by the traffic police one level up, asked in writing within 3 days of receiving
it (道路交通事故处理程序规定 第71条); it is evidence in the claim for damages (道路交通安全法 第73条), which goes to
mediation or straight to court (第74条). Never the police not opening a case (立案监督). Rows of the shape of
`actions.own_matter_questions.ASKED`. Pure: no I/O.
"""

from __future__ import annotations

import re

from bot.route_model.readings_organ_acts import ACCIDENT_FINDING

# the question: suing the police over it, a deadline, disagreeing, what to do
_ASKED = re.compile(
    r"告|起诉|法院|期限|时限|时间限制|多久|几天|来得及|过期|不服|异议|复核|重新认定|改|咋办|怎么办|咋整|怎么弄|能不能"
)

ACCIDENT_ASKED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("accident_finding", _ASKED, ACCIDENT_FINDING),
)
