"""Stories of an office's own act on a citizen, which is reviewed, sued or taken up with that office.

- A 户口 registration or move refused is the police's act as registration office (户口登记条例 第3条): reviewed or
  sued (行政复议法 第11条), or petitioned; it is no refusal to open a criminal case.
- A vehicle seized by traffic enforcement is an administrative coercive measure (行政强制法 第9条; 行政复议法 第11条
  第二项): reviewed or sued.
- Goods, a stall or tools taken by 城管 or another enforcement office (扣押财物, 行政强制法 第9条) is an administrative
  coercive measure, reviewed or sued (行政复议法 第11条); with no bribe or abuse told it is no misconduct report.
- An order to stop production (责令停产停业, 行政处罚法 第9条) is reviewed or sued (第11条), even when given by word
  of mouth; nothing in it asks for government information.
- Premises sealed by an office (查封: 消防 closing a shop over its fire exits, 消防法 第54条临时查封; 行政强制法 第9条) is
  an administrative coercive measure, reviewed or sued (行政复议法 第11条第二项); no 12345 service request.
- A licence refused (不予许可) is a decision on an application (行政复议法 第11条第三项), not one of 第23条's review-first
  cases: reviewed within 60 days or sued within 6 months (行政诉讼法 第46条).
- The traffic police's finding of who was responsible for an accident disputed: 复核 by the traffic police one level
  up within 3 days (道路交通事故处理程序规定 第71条); the finding is evidence for the claim for damages (道路交通安全法
  第73条), a civil suit against the other party (第74条). No refusal to open a case, no review of a decision.
- A shop sign an office says must come down, with no decision yet, is taken up with that office (a petition or 12345),
  never a civil dispute with anyone.
- 12345 is for a service someone must simply provide (a lift repaired, heating, noise, smoke), even when it was
  called before; an office's own position being disputed ("街道说加装电梯要全体同意") is taken up with the office:
  a petition (how many owners must agree: 民法典 第278条).
"""

from __future__ import annotations

import re

from bot.domain.text import IN_CLAUSE, normalize_for_parsing
from bot.route_model.evidence import RESPONDENT_KINDS

_W = IN_CLAUSE  # a character inside one clause

_HUKOU = re.compile(r"户口|落户|户籍|入户|上户|迁户|迁入|迁出|准迁|投靠")
_HUKOU_REFUSED = re.compile(
    r"不给(?:我们?|他|她)?(?:办|落|上|迁|批)|不(?:让|准)(?:落|迁|上)|不办|不予|拒绝|卡着|压着|退回|驳回|没批|不批|办不了|办不下来|落不了|迁不了|上不了"
)

# an office by its name (the respondent kinds' list), and those that enforce or regulate under other names
ORGAN = dict(RESPONDENT_KINDS)["organ"]
_OFFICE = re.compile(rf"{ORGAN.pattern}|环保|执法|镇|乡|应急|安监|市场监管|工商|消防")

_VEHICLE = re.compile(r"车|摩托|电动车|三轮")
_SEIZED = re.compile(r"扣车|扣了|扣着|扣押|扣留|拖走|被扣|要扣|暂扣")
_ENFORCER = re.compile(
    r"执法|交警|交通|运管|城管|公安|派出所|警察|路政|被查|查车|稽查|拦下|拦住|人证车证|非法营运|黑车"
)

# held for a criminal case ("说是涉案 案子早结了车还不还"): a matter of 国家赔偿法 第18条, not of review
_CRIMINAL_CASE = re.compile(r"涉案|案子|案件|刑事|侦查|赃物|证物")

_STOP_ORDER = re.compile(r"停产|停业|关停|停工|关门|封了|查封|断电")
_ORDERED = re.compile(r"让我|叫我|要我|责令|勒令|命令|通知|说|要求|下令")
# the order comes from the office: "环保局说我们厂要关停", not "老板说下个月发…厂子关门了" in a town
_ORDER_FROM_OFFICE = re.compile(
    rf"(?:责令|勒令){_W}{{0,4}}(?:{_STOP_ORDER.pattern})"
    rf"|(?:{_OFFICE.pattern}){_W}{{0,12}}(?:{_ORDERED.pattern}){_W}{{0,8}}(?:{_STOP_ORDER.pattern})"
)

_GOODS_ENFORCER = re.compile(r"城管|综合执法|执法队|执法局|执法人员|市场监管|工商所")
_GOODS_TAKEN = re.compile(r"收了|收走|没收|拿走|拉走|搬走|抬走|抢走|装车|扣了|扣走|扣押|暂扣|扣着|掀了|砸了")
_GOODS = re.compile(r"摊|货|东西|秤|三轮|推车|车子|桌子|椅子|水果|菜|工具|招牌|遮阳伞|伞")
# what would make it a report of an official: money asked or pocketed
_TAKEN_FOR_THEMSELVES = re.compile(
    rf"举报|检举|控告|揭发|收了?{_W}{{0,4}}钱|要钱|好处费|保护费|红包|吃拿卡要|私吞|私分|自己拿回家|拿回家|贪|索要|勒索"
)
# already found unlawful by a court, or compensation asked: 国家赔偿 may be the claim, left to the other rules
_FOUND_UNLAWFUL = re.compile(r"法院|判决|判了|赔偿")
_ASKED_INFO = re.compile(r"信息公开|申请公开|公开申请")

_LICENCE_REFUSED = re.compile(
    rf"不予(?:行政)?许可|不予批准|不予登记|不予核准|(?:许可证?|执照|证照|审批|申请){_W}{{0,10}}(?:不批|没批|不给批|驳回|拒绝|不予)"
)

_SIGN = re.compile(r"招牌|门头|店招|牌匾|广告牌|灯箱|雨棚|遮阳棚")
_REMOVE = re.compile(r"拆|撤|摘|取下|不合规|违规|罚")

_LIFT = re.compile(r"加装电梯|装电梯|加梯|安装电梯")
# an office's own position on the lift is what is disputed ("街道说要全体同意才行")
_OFFICE_POSITION = re.compile(
    rf"(?:街道|社区|居委|住建|规划|政府|办事处){_W}{{0,6}}(?:说|讲|规定|要求){_W}{{0,12}}(?:同意|才行|才能|不行|不给|不批|必须)"
)


def hukou_refused(text: str | None) -> bool:
    """A 户口 registration or move the police would not do ("孩子户口…派出所不给办", "投靠落户…不给办")."""
    clean = normalize_for_parsing(text or "")
    return bool(_HUKOU.search(clean) and _HUKOU_REFUSED.search(clean))


def vehicle_seized(text: str | None) -> bool:
    """A vehicle seized or held by an enforcement office ("交通执法…要扣车 车现在还在停车场")."""
    clean = normalize_for_parsing(text or "")
    told = _VEHICLE.search(clean) and _SEIZED.search(clean) and _ENFORCER.search(clean)
    return bool(told) and not _CRIMINAL_CASE.search(clean)


def stop_order(text: str | None) -> bool:
    """An office ordered a business to stop ("环保局的人…口头说让我停产"), with no information request told."""
    clean = normalize_for_parsing(text or "")
    return bool(_ORDER_FROM_OFFICE.search(clean)) and not _ASKED_INFO.search(clean)


def goods_seized(text: str | None) -> bool:
    """Goods or a stall taken by an enforcement office ("城管把我水果摊收了 秤也拿走了"), no bribe told."""
    clean = normalize_for_parsing(text or "")
    told = _GOODS_ENFORCER.search(clean) and _GOODS_TAKEN.search(clean) and _GOODS.search(clean)
    excluded = (
        _TAKEN_FOR_THEMSELVES.search(clean) or _CRIMINAL_CASE.search(clean) or _FOUND_UNLAWFUL.search(clean)
    )
    return bool(told) and not excluded


def licence_refused(text: str | None) -> bool:
    """An application for a licence or approval refused ("最后给了个不予许可")."""
    return bool(_LICENCE_REFUSED.search(normalize_for_parsing(text or "")))


def sign_ordered_down(text: str | None) -> bool:
    """An office says a shop sign must come down ("街道办的人说我门头招牌不合规要拆")."""
    clean = normalize_for_parsing(text or "")
    return bool(_SIGN.search(clean) and _REMOVE.search(clean) and _OFFICE.search(clean))


def lift_office_position(text: str | None) -> bool:
    """A lift to be added, and an office's position on the owners' consent disputed ("街道说要全体同意才行")."""
    clean = normalize_for_parsing(text or "")
    return bool(_LIFT.search(clean) and _OFFICE_POSITION.search(clean))


# the traffic police's finding of responsibility ("事故认定书把责任全划给我了", "交警定我主责")
ACCIDENT_FINDING = re.compile(
    r"事故认定|认定书|责任认定|(?:交警|交通队|交警队|大队)[^。]{0,12}(?:定|判|划|认定)[^。]{0,4}(?:全责|主责|责任)|"
    r"(?:全责|主责|主要责任|全部责任)[^。]{0,6}(?:划|判|定)(?:给|成)?(?:我|俺)"
)
# not about a traffic accident: "工伤认定书", "伤残等级认定"
_OTHER_FINDING = re.compile(r"工伤|伤残|劳动能力|病|医疗事故|亲子|房屋安全")


def accident_finding(text: str | None) -> bool:
    """The traffic police's accident finding disputed ("交警队的事故认定书把责任全划给我了 我不服")."""
    clean = normalize_for_parsing(text or "")
    return bool(ACCIDENT_FINDING.search(clean)) and not _OTHER_FINDING.search(clean)


# a shop, a workshop or a site sealed: "消防把我的店查封了", "封咗我间铺", "厂门贴了封条"
_SEALED = re.compile(r"查封|封了|封咗|封左|封掉|封起来|封着|贴了?封条|贴封条|封店|封铺|封厂")
_PREMISES = re.compile(r"店|铺|舖|厂|门面|档口|场所|仓库|作坊|车间|饭馆|餐馆|酒吧|网吧|宾馆|旅馆")
# a court's 查封 secures a judgment (民事诉讼法 第103条, 第253条): the court's, no administrative act
_BY_COURT = re.compile(r"法院|执行局|执行庭|法官|保全")


def premises_sealed(text: str | None) -> bool:
    """An office sealed the citizen's premises ("消防来把我的店封了 说消防通道不合格"), with no criminal case told."""
    clean = normalize_for_parsing(text or "")
    told = _OFFICE.search(clean) and _SEALED.search(clean) and _PREMISES.search(clean)
    return bool(told) and not (_CRIMINAL_CASE.search(clean) or _BY_COURT.search(clean))
