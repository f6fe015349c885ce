"""An official who uses his post to get something for himself or his friends (吃拿卡要): a report to 纪检监察.

- An inspector, an enforcement officer or a clerk who steers the citizen to his friend's business, or wants "表示一下",
  a gift or a meal, and otherwise inspects every day or holds back a signature or a permit, abuses public power for
  gain: 纪检监察 organs deal with public officials (监察法 第15条) and the reporter is protected (信访工作条例 第30条).
  It is no civil dispute, no police matter and no 12345 service request, whatever the citizen asks at the end.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.domain.text import IN_CLAUSE, normalize_for_parsing
from bot.route_model.law_readings import public_power_involved

_W = IN_CLAUSE  # a character inside one clause

DISCIPLINE = "discipline_inspection"

# who holds public power over the citizen's business, besides the titles law_readings knows
_HOLDER = re.compile(
    r"工作人员|执法|检查的?人|来检查|来查|验收|审批|办事员|窗口|街道的|镇上的|乡里的|所里的|局里的|城管|监管|市监|消防的|卫生的"
)
# what he wants: his friend's or his kin's business, a "表示", a gift, money, a meal
_WANTS = re.compile(
    rf"(?:让|要|叫|逼|暗示|非要|指定|推荐|介绍)(?:我|俺|我们|俺们)?{_W}{{0,8}}(?:找|用|买|去|请)(?:他|她)(?:的)?"
    rf"{_W}{{0,2}}(?:朋友|亲戚|熟人|兄弟|小舅子|老婆|家|指定|介绍|认识)"
    r"|表示一下|表示表示|意思一下|意思意思|好处费|辛苦费|给(?:他|她)?(?:点)?(?:好处|红包)|送(?:点)?(?:礼|钱|烟|酒|购物卡)"
    r"|塞(?:点)?钱|请(?:他|她)?吃(?:饭|喝)"
)
# what follows otherwise: more inspections, a signature or a permit held back
_OR_ELSE = re.compile(
    rf"(?:不|没)(?:找|给|送|表示|意思|请|用|答应)(?:他|她)?{_W}{{0,8}}(?:就|便)"
    r"|不然|否则|要不然|要不就|才(?:给|肯|能|会)?(?:签|批|办|过|验收)"
    rf"|(?:天天|经常|三天两头|隔三差五){_W}{{0,3}}(?:来查|来检查|找茬|找麻烦|刁难)|(?:拖着|卡着|压着){_W}{{0,3}}(?:不签|不批|不办|不给)"
)


def favour_demanded(text: str | None) -> bool:
    """Someone holding public power wants a favour for himself or his friends, or else ("检查的人叫我找他朋友做招牌
    不找就天天来查", "验收时要我意思一下 不然不签字")."""
    clean = normalize_for_parsing(text or "")
    holder = _HOLDER.search(clean) or public_power_involved(clean)
    return bool(holder and _WANTS.search(clean) and _OR_ELSE.search(clean))


REASON = (
    "公职人员借检查、验收、审批向群众吃拿卡要、让人照顾他亲友的生意，是对公职人员的检举控告："
    "向纪委监委反映（12388），检举材料不会透露给被检举的人（《信访工作条例》第30条）"
)
# (reading, labels whose mass goes, where it goes, words for staff): the shape of law_acts.ACT_RULES
ABUSE_RULES: tuple[tuple[Callable[[str | None], bool], tuple[str, ...], str, str], ...] = (
    (
        favour_demanded,
        (
            "petition",
            "consultation",
            "hotline_12345",
            "litigation",
            "administrative_review",
            "labour_inspection",
            "labour_arbitration",
        ),
        DISCIPLINE,
        REASON,
    ),
)
