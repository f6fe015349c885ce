"""What a private party does that the law gives to a regulator, or to the worker's own dispute, not to the route
the words alone suggest.

- A worker who reports his employer's tax evasion (偷税, no invoices) informs the tax office, which investigates
  and keeps the informant's name (税收征收管理法 第13条): no labour dispute of his own, no arbitration deadline.
- A worker who reports a building site's or a factory's hazards (fake crane papers, no safety officer) informs
  the safety regulators (安全生产法 第76条 rewards such reports): no labour dispute of his own either.
- A fine a rider's station or a boss takes from a worker's pay is no administrative penalty (only an organ imposes
  one, 行政处罚法 第2条): the dispute over the pay is a labour dispute (劳动争议调解仲裁法 第2条).
- A school that orders its students into a placement ("不去就不给毕业证") acts as a school, not as an employer: the
  students are not its workers, and the education authority that runs the school deals with it (12345, a petition).
- A customer who paid ahead (tuition, a gym card) to a business that shut or vanished is owed the money back under
  the contract, a civil dispute (and the police's, when it was taken by fraud): no labour matter, whatever
  "老板" and "资金链断了" suggest.
Pure: each rule moves the scores' mass and says why, for staff.
"""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing
from bot.parsing.legal_status import EMPLOYER_FINE
from bot.route_model.law_acts import PETITION
from bot.route_model.readings_money import wages_owed

REPORT = re.compile(r"举报|检举|揭发|反映一下|曝光")
TAX_EVASION = re.compile(
    r"偷税|漏税|逃税|偷漏税|不开(?:发)?票|开票都不开|虚开(?:发票)?|走(?:老板)?(?:个人|私人)(?:卡|账户)"
)
SITE_HAZARD = re.compile(
    r"塔吊|脚手架|安全带|安全帽|安全员|安全隐患|事故隐患|出人命|会死人|证[^。，,\s]{0,3}假|假证|无证(?:上岗|操作)|违规施工|特种作业"
)
_WORKER = re.compile(r"骑手|外卖|快递员|配送员|送餐|跑单|司机|员工|工人|店员|服务员|保安|保洁|上班|打工|干活")
# an organ that does fine: "城管罚了我两千" stays a penalty to review ("站长" alone may be a rider's station's)
_ORGAN = re.compile(
    r"城管|交警|派出所|公安|警察|民警|执法|政府|镇里|乡里|街道办|[^\s，,。]{0,6}局|税务|市场监管|环保|运管|路政"
)
# paid ahead by the citizen: "交了一万二的课时费", "充了五千的卡", "预付了一年学费"
_FEE = r"(?:学费|课时费|培训费|课程费|报名费|会员费|会费|年费|卡|充值|预付款|定金)"
_PAID_AHEAD = re.compile(
    rf"(?:交|缴|充|付|预付|预交|办)(?:了|过|的)?[^。，,]{{0,8}}{_FEE}|{_FEE}(?:都|也|已经)?(?:交|缴|充|付)(?:了|过)"
)
# the business shut or gone: "突然关门了", "卷钱跑路", "资金链断了"
_BUSINESS_GONE = re.compile(
    r"关门|倒闭|跑路|跑了|卷(?:钱|款|了)|人去楼空|联系不上|停课|停业|资金链|退不了|不退"
)
_NOT_A_WORKER = re.compile(
    r"(?:又|也|并|可)?不是(?:他们|她们|那里|那儿|人家|店里|学校)?的?(?:员工|工人|店员|职工)"
)
# a school that orders the placement: "学校逼我们去厂里实习", "不去实习就不给毕业证" (not "学校要实习证明")
_SCHOOL = re.compile(r"学校|学院|职校|技校|院校|辅导员|班主任")
_PLACEMENT_ORDERED = re.compile(
    r"(?:逼|强制|强迫|硬要|强行)[^。]{0,10}(?:实习|顶岗)|"
    r"不(?:去|参加)[^。]{0,8}(?:就|的话)?[^。]{0,4}(?:不给|不发|拿不到|扣|不让)[^。]{0,4}毕业"
)
LABOUR = ("labour_inspection", "labour_arbitration")
CIVIL_DISPUTE = "litigation/civil_dispute"
REGULATOR = "hotline_12345"
REVIEW = "administrative_review"
WORKER_DISPUTE = "labour_arbitration"


def reports_tax_evasion(text: str | None) -> bool:
    clean = normalize_for_parsing(text or "")
    return bool(REPORT.search(clean) and TAX_EVASION.search(clean))


def reports_site_hazard(text: str | None) -> bool:
    clean = normalize_for_parsing(text or "")
    return bool(REPORT.search(clean) and SITE_HAZARD.search(clean))


def fined_by_employer(text: str | None) -> bool:
    clean = normalize_for_parsing(text or "")
    return bool(EMPLOYER_FINE.search(clean) and _WORKER.search(clean)) and not _ORGAN.search(clean)


def prepaid_business_gone(text: str | None) -> bool:
    """The citizen paid a business ahead and it shut or vanished, and he never worked there."""
    clean = normalize_for_parsing(text or "")
    clean = _NOT_A_WORKER.sub(" ", clean)  # "我是家长又不是他们员工"
    gone = bool(_PAID_AHEAD.search(clean) and _BUSINESS_GONE.search(clean))
    # "老板跑了 工钱没给 孩子等着交学费": the pay owed makes him the boss's worker, the fee is his own child's
    return gone and not _WORKER.search(clean) and not wages_owed(clean)


def school_orders_placement(text: str | None) -> bool:
    """A school orders its students into a placement (an internship on pain of the diploma)."""
    clean = normalize_for_parsing(text or "")
    return bool(_SCHOOL.search(clean) and _PLACEMENT_ORDERED.search(clean))


def apply_private_act_rules(scores: dict[str, float], text: str | None) -> list[str]:
    """Moves the mass the law gives elsewhere (see the module's text); returns why, for staff."""
    used: list[str] = []
    if reports_tax_evasion(text) and _move_all(scores, LABOUR, REGULATOR):
        used.append("举报的是老板偷税漏税，归税务机关查处（税收征收管理法第13条），不是本人的劳动争议")
    elif reports_site_hazard(text) and _move_all(scores, LABOUR, REGULATOR):
        used.append("举报的是安全隐患，归住建、应急管理等部门查处（安全生产法第76条），不是本人的劳动争议")
    if prepaid_business_gone(text) and _move_all(scores, LABOUR, CIVIL_DISPUTE):
        used.append(
            "群众是预先交钱的消费者，不是员工：退费按合同纠纷处理，可以调解或起诉，涉嫌诈骗的可以报案"
        )
    if school_orders_placement(text) and _move_all(scores, LABOUR, PETITION):
        used.append("是学校安排学生去实习，学生不是学校的员工：不是劳动争议，由主管学校的教育部门处理")
    if fined_by_employer(text) and _move_all(scores, (REVIEW,), WORKER_DISPUTE):
        used.append(
            "罚款的是用工的站点或老板，不是行政机关的处罚，扣罚工钱的争议按劳动争议处理（劳动争议调解仲裁法第2条）"
        )
    return used


def _move_all(scores: dict[str, float], sources: tuple[str, ...], target: str) -> bool:
    """Every label of the sources (their variants too) handed to the target; True when any held anything."""
    moved = 0.0
    for label in list(scores):
        if label.split("/")[0] in sources:
            moved += scores[label]
            scores[label] = 0.0
    scores[target] = scores.get(target, 0.0) + moved
    return moved > 0.0
