"""An agreement a government signed to carry out its policy, and then does not keep: an administrative agreement.

- A 招商 or relocation agreement (a subsidy, a reward, a plot or a tax refund promised to a business that moves in
  or out), like a 特许经营 or 征收补偿 agreement, is signed by the government to reach a public aim: when it is not
  kept, the citizen sues the government (行政诉讼法 第12条第1款第十一项; the court orders it kept or paid for,
  第78条), or asks for 行政复议 first. It is no ordinary petition, no labour dispute and no civil suit.
- What an organ owes as a buyer (工程款, 货款) is a civil contract debt (readings_property), not this.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.domain.text import normalize_for_parsing
from bot.route_model.readings_organ_acts import ORGAN
from bot.route_model.readings_property import contract_debt_of_organ

REVIEW = "administrative_review"

_AGREED = re.compile(r"协议|合同|签了|签过|签的|签订|白纸黑字|承诺书|红头文件")
# what a government promises to a business it wants: the policy's incentives
_INCENTIVE = re.compile(
    r"招商|引进|落户|入园|搬迁|迁过来|搬过来|优惠政策|扶持|奖励|补贴|补助|返还|退税|贴息|奖补|配套|用地指标"
)
_GOVERNMENT = re.compile(
    rf"{ORGAN.pattern}|政府|区里|县里|市里|镇里|乡里|镇上|管委会|开发区|园区|经发局|发改委|商务局|招商局"
)
_NOT_KEPT = re.compile(
    r"不兑现|没兑现|不认账|不认了|不算数|说话不算|反悔|赖账|变卦|政策调整|政策变了|换了领导|新官不理旧账"
    r"|(?:一分|一毛)(?:钱)?(?:都|也)?没|没见到|没到位|不到位|不给|没给|不履行|没履行|拖着"
)


# a 征收补偿 agreement is one too, but its own route (administrative_review/expropriation) says more: left to it
_EXPROPRIATION = re.compile(r"征收|征地|征用|拆迁|强拆")


def agreement_not_kept(text: str | None) -> bool:
    """A government's incentive agreement not kept ("签了招商协议 说好给搬迁补贴 搬来一年多 区里说政策调整了")."""
    clean = normalize_for_parsing(text or "")
    told = _AGREED.search(clean) and _INCENTIVE.search(clean) and _GOVERNMENT.search(clean)
    if _EXPROPRIATION.search(clean) or contract_debt_of_organ(clean):
        return False
    return bool(told and _NOT_KEPT.search(clean))


REASON = (
    "政府为招商、搬迁等签的协议不兑现，是行政协议的争议：可以申请行政复议，也可以起诉，由法院判它继续履行或者赔偿"
    "（行政诉讼法第12条、第78条），不是劳动争议，也不是普通信访"
)
# (reading, labels whose mass goes, where it goes, words for staff): the shape of law_acts.ACT_RULES
AGREEMENT_RULES: tuple[tuple[Callable[[str | None], bool], tuple[str, ...], str, str], ...] = (
    (
        agreement_not_kept,
        (
            "petition",
            "labour_inspection",
            "labour_arbitration",
            "hotline_12345",
            "litigation/civil_dispute",
            "consultation",
            "administrative_review/expropriation",
        ),
        REVIEW,
        REASON,
    ),
)
