"""Which office or court the law sends a matter to, where the route model confuses readings that sound alike.

- A care home (养老院, 老年公寓) and its staff are overseen by 民政 (养老机构管理办法 第3条): a resident hit by a
  carer, or a home run without registration, is a matter for that office (a petition), not a medical dispute, not
  domestic violence, not a 12345 service request.
- A 户口 registration or move refused is the police's act as registration office (户口登记条例 第3条): reviewed or
  sued (行政复议法 第11条), or petitioned; it is no refusal to open a criminal case.
- Support owed by grown children (赡养费) is a civil claim (民法典 第1067条): sued or mediated, no administrative act.
- Money an organ owes under a contract (工程款, 货款) is a contract debt (民法典 第577条, 第188条: three years;
  保障中小企业款项支付条例): sued, not petitioned nor reviewed.
- Land taken by a fellow villager is a dispute between parties (农村土地承包经营纠纷调解仲裁法 第2条, 民法典 第235条,
  第236条), not an organ's act.
- Someone using the citizen's 医保 card for care never given is 医保 fraud (医疗保障基金使用监督管理条例 第40条):
  reported to the 医疗保障 office, no medical dispute.
- A vehicle seized by traffic enforcement is an administrative coercive measure (行政强制法 第9条; 行政复议法 第11条
  第二项): reviewed or sued.
- An order to stop production (责令停产停业, 行政处罚法 第9条) is reviewed or sued (第11条), even when given by word
  of mouth; nothing in it asks for government information.
- A licence refused (不予许可) is a decision on an application (行政复议法 第11条第三项), not one of 第23条's review-first
  cases: reviewed within 60 days or sued within 6 months (行政诉讼法 第46条).
- A shop sign an office says must come down, with no decision yet, is taken up with that office (a petition or 12345),
  never a civil dispute with anyone.
- A flat not delivered on the contract's date (逾期交房) or a building left unfinished is the developer's breach
  (民法典 第577条, 第585条): sued, or petitioned to the housing office; no 12345 service request.
- 12345 is for a service someone must simply provide (a lift repaired, heating, noise, smoke), even when it was
  called before; an office's own position being disputed ("街道说加装电梯要全体同意") is taken up with the office:
  a petition (how many owners must agree: 民法典 第278条).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.domain.harassment import tells_sexual_harassment
from bot.domain.text import normalize_for_parsing
from bot.route_model.evidence import RESPONDENT_KINDS
from bot.route_model.examples import label_covers
from bot.route_model.law_acts import _BENEFIT, _CADRE, WORTH_SAYING

_W = r"[^,.!?;。，！？；]"  # a character inside one clause

PETITION = "petition"
HOTLINE = "hotline_12345"
REVIEW = "administrative_review"
REVIEW_FIRST = "administrative_review/review_first"
INFO_DISCLOSURE = "administrative_review/info_disclosure"
EXPROPRIATION = "administrative_review/expropriation"
MEDICAL = "litigation/medical"
DOMESTIC_VIOLENCE = "litigation/domestic_violence"
POLICE_INACTION = "litigation/police_inaction"
CIVIL_DISPUTE = "litigation/civil_dispute"
LAND_TITLE = "litigation/land_title"
LAND_CONTRACT = "land_contract_arbitration"
CONSULTATION = "consultation"
LABOUR = ("labour_arbitration", "labour_inspection")

_CARE_HOME = re.compile(r"养老院|敬老院|老年公寓|养老机构|养老中心|颐养院|托老所|福利院|老人院|护养院|安养院")
# what the home did to a resident, or how it runs
_CARE_HOME_WRONG = re.compile(
    r"打|扇|踢|推|骂|虐待|绑|捆|饿|不给(?:吃|饭|水)|没(?:有)?(?:证|执照|资质|备案|登记)|无证|消防|电线|安全隐患|护工"
)
_MEDICAL_CARE = re.compile(r"医院|医生|诊所|手术|开药|打针|输液|误诊|治疗")

_HUKOU = re.compile(r"户口|落户|户籍|入户|上户|迁户|迁入|迁出|准迁|投靠")
_HUKOU_REFUSED = re.compile(
    r"不给(?:我们?|他|她)?(?:办|落|上|迁|批)|不(?:让|准)(?:落|迁|上)|不办|不予|拒绝|卡着|压着|退回|驳回|没批|不批|办不了|办不下来|落不了|迁不了|上不了"
)

_KIN_OWING = re.compile(r"儿子|女儿|闺女|孩子|子女|儿女|崽|娃|大儿|二儿|小儿|老大|老二|老三")
_SUPPORT_WORD = re.compile(r"赡养|养老钱|生活费[^。]{0,6}(?:不给|没给|一分|不出|没出)")
# the children themselves not caring for the speaker ("俩儿子都不管我"), not "孩子在学校被打了 老师不管"
_KIN_NO_SUPPORT = re.compile(
    rf"(?:{_KIN_OWING.pattern}){_W}{{0,8}}?(?:不给(?:我|俺)?(?:钱|饭吃)|(?:都|也|从来|根本|谁都|谁也)?不管|不养|不来看)"
)

# a benefit an office pays, stopped or refused because of the children: the office's act (law_acts), not theirs
_ANY_BENEFIT = re.compile(rf"{_BENEFIT.pattern}|特困|补贴")  # "特困的钱也停了" as well

_CONTRACT_MONEY = re.compile(r"工程款|货款|合同款|项目款|设备款|采购款|材料款|服务费|尾款|结算款|质保金")
_OWED = re.compile(r"欠|拖|差|不给|没给|不付|没付|不结|没结|赖")
# an office by its name (the respondent kinds' list), and those that enforce or regulate under other names
_ORGAN = dict(RESPONDENT_KINDS)["organ"]
_OFFICE = re.compile(rf"{_ORGAN.pattern}|环保|执法|镇|乡|应急|安监|市场监管|工商|消防")

_LAND_TAKEN = re.compile(
    rf"(?:地|田|宅基地|山林|林地|菜园|自留地){_W}{{0,3}}(?:被|让|给){_W}{{0,6}}占|占(?:了|着|去|走)?(?:我|俺|我们|俺们)?(?:家|男人家|家里)?{_W}{{0,3}}(?:地|田|宅基地)"
)
# public works or an organ taking land: that is an act to review, left to the other rules
_PUBLIC_TAKING = re.compile(
    r"修路|修渠|水渠|修桥|建设|工程|项目|征|政府|镇里|乡里|县里|区里|村委|村里修|村里占|村集体|开发区|国家"
)
# a cadre who takes land acts for the village or abuses office: left to the other rules

_MEDICAL_CARD = re.compile(r"医保卡|医保账户|医保记录|社保卡|医保")
_FRAUD = re.compile(
    r"盗刷|冒用|冒刷|骗保|套保|套取|虚开|乱刷|偷刷|刷(?:了)?(?:我|我们)?的?(?:医保|卡)|(?:没|没有|根本没)(?:去)?(?:看过?病|买过?药|住过?院)"
)

_VEHICLE = re.compile(r"车|摩托|电动车|三轮")
_SEIZED = re.compile(r"扣车|扣了|扣着|扣押|扣留|拖走|被扣|要扣|暂扣")
_ENFORCER = re.compile(
    r"执法|交警|交通|运管|城管|公安|派出所|警察|路政|被查|查车|稽查|拦下|拦住|人证车证|非法营运|黑车"
)

# held for a criminal case ("说是涉案 案子早结了车还不还"): a matter of 国家赔偿法 第18条, not of review
_CRIMINAL_CASE = re.compile(r"涉案|案子|案件|刑事|侦查|赃物|证物")

_STOP_ORDER = re.compile(r"停产|停业|关停|停工|关门|封了|查封|断电")
_ORDERED = re.compile(r"让我|叫我|要我|责令|勒令|命令|通知|说|要求|下令")
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

_NOT_DELIVERED = re.compile(
    r"烂尾|逾期交房|延期交房|推迟交房|(?:没|未|还没|迟迟没|迟迟不|没能|不能按时|没按时|交不了|不给)(?:有)?交房"
    rf"|(?:交房(?:日期|时间|期限)|(?:合同|约定|写的|说好|承诺){_W}{{0,12}}交房){_W}{{0,16}}(?:到现在|至今|还没|逾期|过了)|楼还是(?:个)?(?:架子|毛坯|框架)|停工(?:了)?{_W}{{0,4}}(?:半年|一年|两年|好久|很久)"
)


def _clean(text: str | None) -> str:
    return normalize_for_parsing(text or "")


def care_home_matter(text: str | None) -> bool:
    """A care home's treatment of a resident or the way it runs ("养老院护工打老人", "养老院没有证 消防通道堆满杂物")."""
    clean = _clean(text)
    return bool(_CARE_HOME.search(clean) and _CARE_HOME_WRONG.search(clean)) and not _MEDICAL_CARE.search(
        clean
    )


def hukou_refused(text: str | None) -> bool:
    """A 户口 registration or move the police would not do ("孩子户口…派出所不给办", "投靠落户…不给办")."""
    clean = _clean(text)
    return bool(_HUKOU.search(clean) and _HUKOU_REFUSED.search(clean))


def support_withheld(text: str | None) -> bool:
    """Grown children who give no support ("我女儿也不给生活费", "三个儿子都不管我"), no benefit stopped by an office."""
    clean = _clean(text)
    if _ANY_BENEFIT.search(clean) or not _KIN_OWING.search(clean):
        return False
    return bool(_SUPPORT_WORD.search(clean) or _KIN_NO_SUPPORT.search(clean))


def contract_debt_of_organ(text: str | None, *, organ_named: bool = False) -> bool:
    """An organ owes money under a contract ("镇政府欠我工程款", "教育局拖欠我司货款")."""
    clean = _clean(text)
    owed = bool(_CONTRACT_MONEY.search(clean) and _OWED.search(clean))
    return owed and (organ_named or bool(_ORGAN.search(clean)))


def land_taken_by_party(text: str | None, *, organ_named: bool = False) -> bool:
    """Land occupied by someone, with no public works or organ taking it ("我男人的地被占了…村里的刘老三占的")."""
    if organ_named:
        return False
    clean = _clean(text)
    hit = _LAND_TAKEN.search(clean)
    if not hit:
        return False
    near = clean[max(0, hit.start() - 12) : hit.end() + 12]
    wider = clean[max(0, hit.start() - 30) : hit.end() + 30]
    return not (_PUBLIC_TAKING.search(near) or _CADRE.search(wider))


def medical_card_fraud(text: str | None) -> bool:
    """Someone charged the citizen's 医保 card for care never given ("用我们的医保卡刷药 我去年根本没去看过病")."""
    clean = _clean(text)
    return bool(_MEDICAL_CARD.search(clean) and _FRAUD.search(clean))


def vehicle_seized(text: str | None) -> bool:
    """A vehicle seized or held by an enforcement office ("交通执法…要扣车 车现在还在停车场")."""
    clean = _clean(text)
    told = _VEHICLE.search(clean) and _SEIZED.search(clean) and _ENFORCER.search(clean)
    return bool(told) and not _CRIMINAL_CASE.search(clean)


def stop_order(text: str | None) -> bool:
    """An office ordered a business to stop ("环保局的人…口头说让我停产"), with no information request told."""
    clean = _clean(text)
    return bool(
        _STOP_ORDER.search(clean) and _ORDERED.search(clean) and _OFFICE.search(clean)
    ) and not _ASKED_INFO.search(clean)


def licence_refused(text: str | None) -> bool:
    """An application for a licence or approval refused ("最后给了个不予许可")."""
    return bool(_LICENCE_REFUSED.search(_clean(text)))


def sign_ordered_down(text: str | None) -> bool:
    """An office says a shop sign must come down ("街道办的人说我门头招牌不合规要拆")."""
    clean = _clean(text)
    return bool(_SIGN.search(clean) and _REMOVE.search(clean) and _OFFICE.search(clean))


def lift_office_position(text: str | None) -> bool:
    """A lift to be added, and an office's position on the owners' consent disputed ("街道说要全体同意才行")."""
    clean = _clean(text)
    return bool(_LIFT.search(clean) and _OFFICE_POSITION.search(clean))


def flat_not_delivered(text: str | None) -> bool:
    """A flat not delivered on the contract's date or a building left unfinished ("楼还是个架子", "逾期交房")."""
    return bool(_NOT_DELIVERED.search(_clean(text)))


# (reading, labels whose mass goes, where it goes, words for staff)
_RULES: tuple[tuple[Callable[[str | None], bool], tuple[str, ...], str, str], ...] = (
    (
        care_home_matter,
        (MEDICAL, DOMESTIC_VIOLENCE, HOTLINE),
        PETITION,
        "养老机构和它的护理人员由民政部门监管：向民政部门反映，不是医疗纠纷，也不是家庭暴力",
    ),
    (
        hukou_refused,
        (POLICE_INACTION, CONSULTATION, HOTLINE, CIVIL_DISPUTE),
        REVIEW,
        "户口登记、迁移不给办，是公安机关作为户口登记机关的行政行为：可以申请行政复议或起诉（行政复议法第11条），不是不立案",
    ),
    (
        support_withheld,
        (REVIEW, "state_compensation"),
        CIVIL_DISPUTE,
        "子女不给赡养费是民事纠纷：可以调解或起诉（民法典第1067条）",
    ),
    (
        medical_card_fraud,
        (MEDICAL, REVIEW, CIVIL_DISPUTE),
        PETITION,
        "医保卡被刷、没看过病却有记录，是骗取医保基金：向医疗保障部门举报（医疗保障基金使用监督管理条例第40条）",
    ),
    (
        vehicle_seized,
        (CIVIL_DISPUTE, HOTLINE, POLICE_INACTION, PETITION),
        REVIEW,
        "执法部门扣车是行政强制措施：可以申请行政复议或起诉（行政复议法第11条第二项）",
    ),
    (
        stop_order,
        (INFO_DISCLOSURE, REVIEW_FIRST, CIVIL_DISPUTE, *LABOUR),
        REVIEW,
        "责令停产停业是行政处罚（行政处罚法第9条）；只是口头说的，也可以对它申请行政复议或起诉（行政复议法第11条）",
    ),
    (
        licence_refused,
        (REVIEW_FIRST,),
        REVIEW,
        "不予许可不是复议前置的事项：可以申请行政复议，也可以在6个月内直接起诉（行政复议法第23条，行政诉讼法第46条）",
    ),
    (
        sign_ordered_down,
        (CIVIL_DISPUTE, LAND_TITLE, EXPROPRIATION, REVIEW_FIRST),
        PETITION,
        "是街道、城管等部门要求拆招牌，还没有书面决定：向这个部门或上级反映，不是民事纠纷",
    ),
    (
        flat_not_delivered,
        (HOTLINE,),
        CIVIL_DISPUTE,
        "开发商逾期交房、楼盘停工是违约：可以起诉开发商（民法典第577条），也可以向住建部门反映",
    ),
    (
        tells_sexual_harassment,
        (*LABOUR, HOTLINE, CONSULTATION, MEDICAL),
        CIVIL_DISPUTE,
        "性骚扰：可以向单位或有关机关投诉、向公安机关报案，也可以起诉要求对方承担民事责任（妇女权益保障法第23条，民法典第1010条）",
    ),
    (
        lift_office_position,
        (HOTLINE,),
        PETITION,
        "争的是街道、社区对加装电梯要多少业主同意（民法典第278条）的说法：向有关部门反映；和邻居的争议也可以调解或起诉",
    ),
)

LAND_READINGS = (LAND_CONTRACT, LAND_TITLE, CIVIL_DISPUTE)


def _move_all(scores: dict[str, float], sources: tuple[str, ...], target: str) -> float:
    moved = 0.0
    for label in list(scores):
        if label != target and any(label_covers(source, label) for source in sources):
            moved += scores[label]
            scores[label] = 0.0
    if moved:
        scores[target] = scores.get(target, 0.0) + moved
    return moved


def apply_office_rules(scores: dict[str, float], text: str | None, *, organ_named: bool = False) -> list[str]:
    """Moves, in place, the mass of the readings each rule excludes to the one the law names; the reasons worth
    telling staff (a reading that held at least WORTH_SAYING)."""
    used: list[str] = []
    for reads, sources, target, words in _RULES:
        if reads(text) and _move_all(scores, sources, target) >= WORTH_SAYING:
            used.append(words)
    if (
        contract_debt_of_organ(text, organ_named=organ_named)
        and _move_all(scores, (PETITION, REVIEW, *LABOUR), CIVIL_DISPUTE) >= WORTH_SAYING
    ):
        used.append("机关按合同欠的工程款、货款是合同欠款：可以起诉，诉讼时效3年（民法典第188条）")
    if land_taken_by_party(text, organ_named=organ_named):
        target = max(LAND_READINGS, key=lambda label: scores.get(label, 0.0))
        if _move_all(scores, (REVIEW,), target) >= WORTH_SAYING:
            used.append("地被别人占了是当事人之间的纠纷，不是机关的行为：调解、仲裁或起诉")
    return used
