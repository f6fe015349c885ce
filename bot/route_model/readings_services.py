"""Stories of a service to a person, where the law names the office or the claim.

- A care home (养老院, 老年公寓) and its staff are overseen by 民政 (养老机构管理办法 第3条): a resident hit by a
  carer, a home run without registration, or residents charged or sent away when it turns private, is a matter for
  that office (a petition), not a medical dispute, not domestic violence, not a 12345 service request, and no labour
  matter of the family (not its workers); a carer's own pay is left alone.
- Support owed by grown children (赡养费) is a civil claim (民法典 第1067条): sued or mediated, no administrative act.
- Someone using the citizen's 医保 card for care never given is 医保 fraud (医疗保障基金使用监督管理条例 第40条):
  reported to the 医疗保障 office, no medical dispute.
- A disability grade or certificate (残疾人证) is assessed and issued by the county 残联 (残疾人保障法 第2条 names the
  grades; the 残疾人证管理办法 of 中国残联 the procedure): a grade refused or set too low is taken up with the 残联 or
  its government (a petition, a new assessment asked), no labour dispute, no medical dispute. A 工伤 grade (劳动能力
  鉴定, 工伤保险条例 第26条) or an accident's 伤残 grade for damages is not this.
- A professional title (职称) not put forward or not granted is personnel management: no labour dispute (劳动争议
  调解仲裁法 第2条 lists the labour disputes, and titles are not among them), taken up with the 人社 office or the
  employer's superior (a petition), unless pay owed is told too.
- A nanny, 月嫂 or 钟点工 hired by a household is no employee: a household is no employer (劳动合同法 第2条), and a
  dispute between a family and its domestic helper is not a labour dispute (最高人民法院关于审理劳动争议案件适用法律
  问题的解释（一）第2条第4项): wages owed are a civil claim, mediated or sued. A helper employed and paid by a
  家政 company is that company's worker, which this reading leaves alone.
- A village road, bridge or water channel that the township or county began and left half built (or an old
  compound's yard dug up for its renovation and left) is a request to
  the government for public works (申诉求决, 信访工作条例 第31条): a petition, answered in 60 days. No decision was
  made against anyone, so nothing is reviewed, let alone reviewed first (行政复议法 第23条). Land taken for the road
  is not this (land_taken_by_party, land_taken_by_government).
- The housing fund (住房公积金) is run by the 住房公积金管理中心: a withdrawal or loan refused is the centre's act (12345 or
  its 12329 line, 行政复议), and an employer that does not pay in is ordered to by the centre (住房公积金管理条例 第37条,
  第38条). Neither is a labour dispute for arbitration nor the labour inspectorate's.
- Housing aid applied for and not granted (农村危房改造, 公租房, 廉租房: "申请危房改造好几年了 村里说名额没了") asks the
  government to act on an application: a petition (申诉求决), not a 12345 service request.
"""

from __future__ import annotations

import re

from bot.domain.elder_support import children_fail_parent
from bot.domain.text import normalize_for_parsing
from bot.route_model.law_acts import _BENEFIT

_CARE_HOME = re.compile(r"养老院|敬老院|老年公寓|养老机构|养老中心|颐养院|托老所|福利院|老人院|护养院|安养院")
# what the home did to a resident, or how it runs
_CARE_HOME_WRONG = re.compile(
    r"打|扇|踢|推|骂|虐待|绑|捆|饿|不给(?:吃|饭|水)|没(?:有)?(?:证|执照|资质|备案|登记)|无证|消防|电线|安全隐患|护工"
    r"|褥疮|翻身|没人管|照顾不(?:好|周|到)|伙食|饭菜|吃不饱|吃不好|吃得(?:太)?差"
    # what a resident is charged or whether they may stay: a home turned private, fees asked, residents sent away
    r"|收费|交钱|交费|要钱|涨价|(?:改|转)(?:成|为|制)?(?:民营|私营|私人)|承包(?:给|出去)|撵|赶(?:走|出)|不让住|搬出去"
)
# the citizen's own job there: "我在养老院当护工 工资拖了三个月" is a labour matter, left alone
_OWN_JOB = re.compile(
    r"工资|工钱|欠薪|薪水|辞退|开除|加班|劳动合同|(?:我|俺)(?:在|是)[^，,。]{0,8}(?:上班|干活|打工|当护工|的护工)"
)
_MEDICAL_CARE = re.compile(r"医院|医生|诊所|手术|开药|打针|输液|误诊|治疗")

# a benefit an office pays, stopped or refused because of the children: the office's act (law_acts), not theirs
_ANY_BENEFIT = re.compile(rf"{_BENEFIT.pattern}|特困|补贴")  # "特困的钱也停了" as well

_DISABILITY_GRADE = re.compile(
    r"残联|残疾证|残疾人证|残疾等级|残疾级别|评残|残疾鉴定|残疾评定|(?:一|二|三|四|1|2|3|4)级(?:肢体|视力|听力|言语|智力|精神)?残疾"
)
# a 工伤 grade, an accident's grade for damages, or a benefit paid: other rules
# the grade refused, set too low, or to be raised
_GRADE_DISPUTED = re.compile(
    r"不给|不评|评不了|评不上|不够|够不上|不符合|不办|没办|办不了|降|低了|太低|调成|调到|调高|升级|升到|复评|重新(?:评|鉴定)|改成|卡"
)
_OTHER_GRADE = re.compile(r"工伤|劳动能力|因工|车祸|交通事故|司法鉴定|伤残鉴定|赔偿")
_TITLE = re.compile(
    r"职称|专业技术职务|评聘|初级|中级|高级(?:职称|教师|工程师)|副高|正高|主治|副主任医师|主管护师|评(?:上)?(?:讲师|副教授|教授)"
)
# what the citizen asks of the title: put forward, granted, recognised
_TITLE_BLOCKED = re.compile(
    r"不给|不让|没给|不报|没报|不推荐|没推荐|卡|压着|名额|不批|没批|不认|没评上|评不上|刷下来|拿下来|不够"
)
_PAY_OWED = re.compile(r"工资|工钱|欠薪|加班费|辞退|开除|解除|社保")

_MEDICAL_CARD = re.compile(r"医保卡|医保账户|医保记录|社保卡|医保")
_FRAUD = re.compile(
    r"盗刷|冒用|冒刷|骗保|套保|套取|虚开|乱刷|偷刷|刷(?:了)?(?:我|我们)?的?(?:医保|卡)|(?:没|没有|根本没)(?:去)?(?:看过?病|买过?药|住过?院)"
)


def care_home_matter(text: str | None) -> bool:
    """A care home's treatment of a resident or the way it runs ("养老院护工打老人", "养老院没有证 消防通道堆满杂物")."""
    clean = normalize_for_parsing(text or "")
    return bool(_CARE_HOME.search(clean) and _CARE_HOME_WRONG.search(clean)) and not (
        _MEDICAL_CARE.search(clean) or _OWN_JOB.search(clean)
    )


def support_withheld(text: str | None) -> bool:
    """Grown children who give no support ("我女儿也不给生活费", "三个儿子都不管我"), no benefit stopped by an office."""
    clean = normalize_for_parsing(text or "")
    return not _ANY_BENEFIT.search(clean) and children_fail_parent(clean)


def medical_card_fraud(text: str | None) -> bool:
    """Someone charged the citizen's 医保 card for care never given ("用我们的医保卡刷药 我去年根本没去看过病")."""
    clean = normalize_for_parsing(text or "")
    return bool(_MEDICAL_CARD.search(clean) and _FRAUD.search(clean))


def disability_grade(text: str | None) -> bool:
    """A disability grade or certificate refused or set too low by the 残联 ("想把残疾证从三级调成二级 残联说不给评"),
    with no benefit stopped and no 工伤 or accident grade told."""
    clean = normalize_for_parsing(text or "")
    if not (_DISABILITY_GRADE.search(clean) and _GRADE_DISPUTED.search(clean)) or _OTHER_GRADE.search(clean):
        return False
    return not _ANY_BENEFIT.search(clean)


def title_blocked(text: str | None) -> bool:
    """A professional title not put forward or not granted ("评中级职称 材料都合格 校长不给报"), no pay owed told."""
    clean = normalize_for_parsing(text or "")
    return bool(_TITLE.search(clean) and _TITLE_BLOCKED.search(clean)) and not _PAY_OWED.search(clean)


_HOUSEHOLD_HELPER = re.compile(r"保姆|月嫂|育儿嫂|钟点工|住家阿姨|家政阿姨|做家务|带孩子的阿姨|看护老人")
_HOUSEHOLD = re.compile(r"一户人家|人家家里|(?:户|个)人家|雇主|东家|主家|(?:她|他)家|家里请|私人请")
# the helper is the agency's own worker: the agency is the employer
_AGENCY_EMPLOYS = re.compile(
    r"(?:家政|中介)公司[^。]{0,6}(?:发|给|签|交|派)[^。]{0,4}(?:工资|合同|社保|我)|员工制|公司派(?:我|去)"
)


def household_helper(text: str | None) -> bool:
    """A domestic helper hired by a household ("我在一户人家做保姆 雇主不给最后一个月工资"): a civil matter."""
    clean = normalize_for_parsing(text or "")
    return bool(_HOUSEHOLD_HELPER.search(clean) and _HOUSEHOLD.search(clean)) and not _AGENCY_EMPLOYS.search(
        clean
    )


# a road, bridge or channel begun and left unfinished ("村道修了一半就停了", "桥修到一半停工两年了")
_WORKS = r"路|村道|公路|道路|桥|水渠|沟渠|水泥路|硬化路|自来水"
_LEFT_HALF = re.compile(
    rf"(?:{_WORKS})[^。]{{0,8}}(?:修|建|铺|挖)(?:了|到)?(?:一半|一截|一段|一点)[^。]{{0,8}}(?:停|不修|不管|没修|没人管|撂)|"
    rf"(?:修|建|铺)[^。]{{0,3}}(?:{_WORKS})[^。]{{0,12}}(?:停工|停了|烂尾|不修了|没修完|停下)|"
    # an old compound's renovation (老旧小区改造, run by the street office) dug up and left
    rf"(?:{_WORKS}|院子|小区改造)[^。]{{0,10}}(?:挖开|挖了|刨开|刨了)[^。]{{0,8}}(?:就走|走了|不管|没人管|撂|不修|没修)"
)
# land taken for it, or compensation: the land's own readings
_LAND_FOR_IT = re.compile(r"占了|占用|占地|征|拆|补偿|赔")


def public_works_stalled(text: str | None) -> bool:
    """A road or bridge left half built by the government ("修了一半就停了 停了一年多 找过乡政府说没钱")."""
    clean = normalize_for_parsing(text or "")
    return bool(_LEFT_HALF.search(clean)) and not _LAND_FOR_IT.search(clean)


_HOUSING_FUND = re.compile(r"公积金")


def housing_fund_matter(text: str | None) -> bool:
    """The housing fund: paid in, withdrawn or lent ("辞职了想把公积金取出来 窗口说要等半年", "公司不给交公积金")."""
    return bool(_HOUSING_FUND.search(normalize_for_parsing(text or "")))


_HOUSING_AID = re.compile(r"危房改造|危改|农房改造|危房补助|住房救助|公租房|廉租房|保障房|经适房")
_NOT_GRANTED = re.compile(
    r"名额|指标|没批|不批|没给批|批不下|排不上|轮不到|没轮到|没评上|评不上|不给办|办不下来|申请了|申请过|申请好"
)


def housing_aid_not_granted(text: str | None) -> bool:
    """Housing aid applied for and not granted ("申请危房改造好几年了 村里说名额没了")."""
    clean = normalize_for_parsing(text or "")
    return bool(_HOUSING_AID.search(clean) and _NOT_GRANTED.search(clean))
