"""Which lawful route fits a matter: 依法分类处理, 诉讼与信访分离 (DOMAIN.md §5, 第22条, 第28–31条).

Order: the case is already in court → 检举控告 (第30条) → an explicit suggestion (第29条) → 申诉求决 (第31条)
in its statutory order: litigation, arbitration, inspection, administrative procedures, civil disputes,
then ordinary service requests (12345) and finally ordinary petition handling.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

try:
    from bot.text import normalize_for_parsing as _normalize
except ImportError:  # pragma: no cover - depends on the checkout

    def _normalize(text: str) -> str:
        return " ".join(text.split())


LEGAL_STATUSES: tuple[str, ...] = ("in_court", "judged", "in_arbitration", "administrative_decision", "none")


@dataclass(frozen=True)
class RouteDecision:
    code: str
    variant: str | None = None
    reason: str = ""


def _re(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts))


# 检举控告: misconduct of officials (and of police: 12389 is in the same route's hotlines).
_DISCIPLINE = _re(
    r"贪污|受贿|行贿|索贿|腐败|贪官|挪用公款|公款吃喝|公车私用|吃拿卡要|以权谋私|权钱交易|中饱私囊|侵吞",
    r"干部作风|作风问题|违纪|滥用职权|渎职|优亲厚友|村霸|虚报冒领|套取.{0,6}(?:资金|补贴|补助)",
    r"(?:举报|检举|控告).{0,12}(?:书记|村长|村主任|镇长|乡长|局长|县长|主任|干部|官员|领导|民警|警察|公职人员)",
    r"(?:书记|村长|村主任|镇长|乡长|局长|所长|队长|站长|科长|处长|干部|官员|民警|警察|城管).{0,12}(?:侵占|私分|霸占|贪|收钱|收红包|收礼|吃回扣|不作为|乱作为|打人|包庇)",
)
_SUGGESTION_STRONG = _re(
    r"提(?:个|一个|一些|几点|点)?(?:建议|意见)",
    r"我(?:有个|有一个|想)?建议",
    r"合理化建议|人民建议|金点子|献计献策|建言",
)
_SUGGESTION_WEAK = _re(
    r"建议|希望(?:能|可以)?(?:增加|增设|开通|延长|优化|改进|完善)|能不能(?:增加|增设|开通)"
)
_COURT = _re(
    r"法院|检察院|判决|裁定书|裁定|再审|上诉|二审|一审|庭审|开庭|立案|执行局|强制执行|法官|涉法涉诉",
    r"派出所.{0,10}(?:不立案|不受理|不管)|报警.{0,10}(?:没人管|不立案|不处理)|公安.{0,6}不立案",
)
_LAND_CONTRACT = _re(r"土地承包|承包地|承包经营|承包合同|土地流转|承包的(?:地|田|山|林)|责任田")
_STATE_COMP = _re(r"国家赔偿|冤假错案|错拘|错判|被错误(?:羁押|拘留|关押|判)|冤狱")
_WAGES = _re(
    r"欠薪|拖欠.{0,6}(?:工资|工钱|薪|劳务费)|讨薪|(?:工资|工钱).{0,8}(?:不给|没给|没发|不发|拖着|欠着|要不到)"
)
_LABOUR = _re(
    r"劳动合同|劳动关系|辞退|开除|解雇|裁员|被炒|经济补偿|工伤|加班费|社保.{0,4}(?:不交|没交|断缴|不给交)",
    r"(?:不交|没交|不给交|不给买).{0,3}社保|试用期|劳动仲裁|用人单位|违法解除",
)
_ADMIN = _re(
    r"罚款|罚单|处罚决定|行政处罚|征收决定|征收补偿决定|不予许可|不予批准|不予登记|吊销|责令(?:拆除|停产|停业|关闭)|限期拆除|强制拆除",
    r"行政拘留|没收|行政复议|复议|不批准|审批不通过|拒绝(?:办理|发证|登记)|(?:驳回|撤销).{0,4}(?:申请|许可|登记)",
)
_CIVIL = _re(
    r"离婚|抚养费|抚养权|赡养|遗产|继承|分家|彩礼|借钱不还|欠钱不还|钱.{0,3}不还|不还钱|欠(?:我|了我).{0,4}钱|借条|借款|欠款",
    r"合同纠纷|违约|定金|押金不退|房东|租客|被狗咬|打伤|撞伤|受伤|人身损害|赔医药费|医药费.{0,4}(?:不赔|不给)",
    r"装修公司|装修纠纷|交通事故.{0,10}赔偿",
)
# 12345 sector lines: (variant, pattern), checked in order.
_SECTORS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "environment",
        _re(
            r"噪音|噪声|扰民|太吵|很吵|吵得|吵死|油烟|异味|臭味|恶臭|污染|排污|偷排|污水|废气|粉尘|扬尘|黑烟|焚烧|垃圾站|垃圾场|夜间施工"
        ),
    ),
    (
        "market",
        _re(
            r"商家|商场|超市|网购|假货|假冒|伪劣|缺斤少两|退款|退货|售后|消费|食品安全|过期食品|过期商品|餐馆|饭店|外卖|价格",
            r"乱收费|预付卡|办卡|健身房|美容院|菜市场|农贸市场|摊贩|占道经营|无证经营|虚假宣传|市场",
        ),
    ),
    (
        "transport",
        _re(
            r"公交|地铁|出租车|网约车|客运|班车|大巴|红绿灯|信号灯|路面|坑洼|井盖|乱停|违停|停车|堵车|拥堵|站台|线路|班次"
        ),
    ),
    (
        "housing",
        _re(
            r"物业|小区|电梯|停水|停电|供水|供暖|暖气|燃气|路灯|下水道|排水|积水|违建|违章建筑|私搭乱建|垃圾|城管",
            r"漏水|渗水|房屋质量|交房|开发商|公厕|绿化",
        ),
    ),
)
_NEIGHBOURS = _re(r"邻居|邻里|楼上|楼下住户|隔壁")
_GRIEVANCE = _re(r"投诉|不给|不管|没人管|要求|讨个说法|不公|欺负|侵犯|损失|赔偿|太差|不合理")
_SERVICE = _re(r"咨询|请问|怎么办理|如何办理|办理.{0,4}(?:流程|手续|需要)|投诉|反映|帮忙|求助|能不能")
_CATEGORY_SECTOR = {
    "环境保护": "environment",
    "商贸旅游": "market",
    "经济管理": "market",
    "交通运输": "transport",
    "城乡建设": "housing",
}
_HOTLINE_CATEGORIES = frozenset(_CATEGORY_SECTOR) | {"科技与信息产业"}


def _sector(text: str, category: str | None) -> str | None:
    for variant, pattern in _SECTORS:
        if pattern.search(text):
            return variant
    return _CATEGORY_SECTOR.get(category or "")


def decide_route(
    text: str | None, category: str | None = None, legal_status: str | None = None
) -> RouteDecision:
    """The lawful route for a matter, with a short English reason for staff logs and tests."""
    t = _normalize(text or "")
    status = legal_status if legal_status in LEGAL_STATUSES else None

    if status in ("in_court", "judged"):
        return RouteDecision("litigation", "court_case", f"legal_status={status}: 诉讼与信访分离")
    if _DISCIPLINE.search(t) or category == "纪检监察" and re.search(r"举报|检举|控告|反映", t):
        return RouteDecision("discipline_inspection", None, "official misconduct: 检举控告 (第30条)")
    if _SUGGESTION_STRONG.search(t):
        return RouteDecision("suggestion", None, "explicit suggestion: 建议意见 (第29条)")
    if _COURT.search(t):
        return RouteDecision("litigation", "court_case", "court/procuratorate/police procedure mentioned")
    if status == "in_arbitration":
        if _LAND_CONTRACT.search(t):
            return RouteDecision("land_contract_arbitration", None, "in arbitration: land contract")
        return RouteDecision("labour_arbitration", None, "legal_status=in_arbitration")
    if _STATE_COMP.search(t):
        return RouteDecision("state_compensation", None, "state compensation cue")
    if _LAND_CONTRACT.search(t):
        return RouteDecision("land_contract_arbitration", None, "rural land-contract dispute")
    if _WAGES.search(t):
        return RouteDecision("labour_inspection", None, "unpaid wages: 劳动保障监察")
    if _LABOUR.search(t):
        return RouteDecision("labour_arbitration", None, "labour dispute with the employer")
    if status == "administrative_decision" or _ADMIN.search(t):
        return RouteDecision("administrative_review", None, "disputes an administrative act")
    if _CIVIL.search(t):
        return RouteDecision("litigation", "civil_dispute", "civil dispute: 人民调解 or civil lawsuit")
    sector = _sector(t, None)
    if sector:
        return RouteDecision("hotline_12345", sector, f"public-service complaint ({sector})")
    if _NEIGHBOURS.search(t):
        return RouteDecision("litigation", "civil_dispute", "neighbour dispute: 人民调解 or civil lawsuit")
    if _SUGGESTION_WEAK.search(t) and not _GRIEVANCE.search(t):
        return RouteDecision("suggestion", None, "suggestion wording (第29条)")
    if category in _HOTLINE_CATEGORIES and _SERVICE.search(t):
        return RouteDecision("hotline_12345", _sector(t, category), f"service request in {category}")
    return RouteDecision("petition", None, "no statutory route: 申诉求决 (第31条), 信访处理意见书")
