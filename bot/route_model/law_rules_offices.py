"""Which office or court the law sends a matter to, where the route model confuses readings that sound alike.

The readings are pure checks of the story, one module per concern: a service to a person (readings_services), an
office's own act (readings_organ_acts), property and contracts (readings_property); their docstrings say what the
law says of each. Here each reading moves the mass of the routes it excludes to the one the law names.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.domain.harassment import tells_sexual_harassment
from bot.route_model.examples import label_covers
from bot.route_model.law_acts import WORTH_SAYING
from bot.route_model.readings_elections import election_for_government
from bot.route_model.readings_money import (
    harassed_over_disputed_loan,
    harassed_over_owed_debt,
    medical_price,
    public_staff_pay,
    wages_owed,
)
from bot.route_model.readings_organ_acts import (
    accident_finding,
    goods_seized,
    hukou_refused,
    licence_refused,
    lift_office_position,
    premises_sealed,
    sign_ordered_down,
    stop_order,
    vehicle_seized,
)
from bot.route_model.readings_property import (
    contract_debt,
    contract_debt_of_organ,
    deposit_withheld,
    flat_not_delivered,
    land_taken_by_government,
    land_taken_by_party,
    land_taken_by_village,
    works_damage_unpaid,
)
from bot.route_model.readings_services import (
    care_home_matter,
    disability_grade,
    household_helper,
    housing_aid_not_granted,
    housing_fund_matter,
    medical_card_fraud,
    public_works_stalled,
    support_withheld,
    title_blocked,
)

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
LABOUR_INSPECTION = "labour_inspection"
LABOUR_ARBITRATION = "labour_arbitration"
DISCIPLINE = "discipline_inspection"
MARKET_LINE = "hotline_12345/market"

# (reading, labels whose mass goes, where it goes, words for staff)
_RULES: tuple[tuple[Callable[[str | None], bool], tuple[str, ...], str, str], ...] = (
    (
        care_home_matter,
        (MEDICAL, DOMESTIC_VIOLENCE, HOTLINE, *LABOUR),
        PETITION,
        "养老机构和它的护理人员由民政部门监管：向民政部门反映，不是医疗纠纷、家庭暴力，也不是劳动争议",
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
        premises_sealed,
        (HOTLINE, CIVIL_DISPUTE, PETITION, REVIEW_FIRST, DISCIPLINE, *LABOUR),
        REVIEW,
        "执法部门查封店铺、厂房是行政强制措施（行政强制法第2条）：可以申请行政复议或起诉（行政复议法第11条第二项）",
    ),
    (
        land_taken_by_village,
        (REVIEW, PETITION, HOTLINE),
        LAND_CONTRACT,
        "村委会不是行政机关、不能征收：村里收回或者占用村民的地，可以调解、申请仲裁或者起诉，不是行政复议",
    ),
    (
        public_works_stalled,
        (REVIEW, LAND_CONTRACT, CIVIL_DISPUTE, HOTLINE),
        PETITION,
        "村道、桥这类公共工程修了一半停下，是请政府把事办完的申诉求决：按信访程序办理，不是对哪个决定申请复议",
    ),
    (
        accident_finding,
        (POLICE_INACTION, REVIEW, DISCIPLINE, PETITION, HOTLINE, CONSULTATION),
        CIVIL_DISPUTE,
        "对交警的事故认定不服，3日内向上一级交警部门申请复核（道路交通事故处理程序规定第71条）；赔偿可以调解或者到法院起诉（道路交通安全法第74条），不是不立案",
    ),
    (
        goods_seized,
        (DISCIPLINE, HOTLINE, PETITION, CIVIL_DISPUTE, POLICE_INACTION),
        REVIEW,
        "城管等执法部门收走摊子、货物，是扣押财物的行政强制措施：可以申请行政复议或起诉（行政复议法第11条第二项）",
    ),
    (
        public_staff_pay,
        (LABOUR_INSPECTION,),
        LABOUR_ARBITRATION,
        "教师等事业单位工作人员的工资、绩效：人事争议可以申请劳动人事争议仲裁（劳动争议调解仲裁法第52条），也可以向主管部门反映",
    ),
    (
        medical_price,
        (MEDICAL, DISCIPLINE, CIVIL_DISPUTE),
        MARKET_LINE,
        "看病收费贵、乱收费是价格问题，没有说到治疗造成损害：向医保、卫健或市场监管部门投诉（12345），不是医疗纠纷",
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
        disability_grade,
        (*LABOUR, MEDICAL, REVIEW_FIRST, HOTLINE, CIVIL_DISPUTE),
        PETITION,
        "残疾等级、残疾人证由县级残联评定、发放：评不上或评低了，向残联或当地政府反映、申请重新评定，不是劳动争议，也不是医疗纠纷",
    ),
    (
        title_blocked,
        (*LABOUR, MEDICAL, REVIEW_FIRST, HOTLINE),
        PETITION,
        "职称评审、推荐是人事管理，不属于劳动争议（劳动争议调解仲裁法第2条）：向单位的上级或人社部门反映",
    ),
    (
        election_for_government,
        (DISCIPLINE, HOTLINE, CIVIL_DISPUTE),
        PETITION,
        "村委会选举中贿选、威胁、伪造选票，向乡镇或县级人民政府举报，由它们调查处理（村民委员会组织法第17条）；候选人不是公职人员，不走纪检监察",
    ),
    (  # after the harassment reading: "骚扰我同事" of a debt collector is no sexual harassment
        harassed_over_owed_debt,
        (*LABOUR, DOMESTIC_VIOLENCE, MEDICAL, CONSULTATION, CIVIL_DISPUTE),
        HOTLINE,
        "催收骚扰、威胁：可以报警（110），对放贷平台可以通过12345或金融监管部门投诉；不是劳动争议，也不是家庭暴力",
    ),
    (  # "借了5000 到手只有3800 现在要还8000多": what is owed is for a court to say
        harassed_over_disputed_loan,
        (*LABOUR, DOMESTIC_VIOLENCE, MEDICAL, CONSULTATION, HOTLINE),
        CIVIL_DISPUTE,
        "借款的利息不能预先从本金里扣，按实际借到的钱还本算息（民法典第670条），高利放贷是禁止的（民法典第680条）："
        "欠多少可以调解或起诉；催收骚扰、威胁可以报警（110）",
    ),
    (
        household_helper,
        (*LABOUR, HOTLINE),
        CIVIL_DISPUTE,
        "家庭雇的保姆、钟点工和雇主之间不是劳动关系，不属于劳动争议（最高人民法院关于审理劳动争议案件适用法律问题的解释（一）第2条）：工钱的纠纷可以调解或起诉（民法典第188条）",
    ),
    (
        housing_fund_matter,
        (*LABOUR, CIVIL_DISPUTE),
        HOTLINE,
        "住房公积金归住房公积金管理中心管：提取、贷款被拒可以打12345或12329投诉，也可以申请行政复议；单位不给缴的，"
        "由公积金中心责令限期缴存（住房公积金管理条例第38条），不是劳动争议",
    ),
    (
        housing_aid_not_granted,
        (HOTLINE, CIVIL_DISPUTE, CONSULTATION),
        PETITION,
        "申请危房改造、保障性住房等住房救助没有批下来，是请政府对申请作出处理：按信访事项办理，不是12345的一般投诉",
    ),
    (
        works_damage_unpaid,
        (HOTLINE, LAND_CONTRACT, LAND_TITLE, REVIEW, *LABOUR),
        CIVIL_DISPUTE,
        "施工、架线毁了树木、庄稼或房屋不给补偿，是财产受损的赔偿纠纷：先协商、调解，也可以向法院起诉（民法典第1165条）",
    ),
    (
        contract_debt,
        (HOTLINE, *LABOUR, PETITION, REVIEW),
        CIVIL_DISPUTE,
        "货款、运费、工程款这类按合同欠的钱是合同欠款，不是工资：可以协商、调解或者起诉，诉讼时效3年（民法典第577条、第188条）",
    ),
    (
        deposit_withheld,
        (HOTLINE, PETITION, REVIEW),
        CIVIL_DISPUTE,
        "押金、保证金不退是按合同欠的钱：可以协商、调解，也可以起诉要回（民法典第577条）；没有机关作出决定，不走行政复议",
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


def apply_office_rules(
    scores: dict[str, float], text: str | None, *, organ_named: bool = False, respondent: str | None = None
) -> list[str]:
    """Moves, in place, the mass of the readings each rule excludes to the one the law names; the reasons worth
    telling staff (a reading that held at least WORTH_SAYING)."""
    used: list[str] = []
    for reads, sources, target, words in _RULES:
        if reads(text) and _move_all(scores, sources, target) >= WORTH_SAYING:
            used.append(words)
    # "欠我的钱要不回来" against "包工头周海": who owes it says it is pay, when the story does not
    owed_by = "\n".join(filter(None, (text, respondent)))
    if wages_owed(owed_by) and not household_helper(
        text
    ):  # a household's helper is owed by a household: civil
        # the labour reading the story is nearer to: a complaint to the inspectorate, or arbitration asked for
        target = max(LABOUR, key=lambda label: scores.get(label, 0.0))
        moved = (CIVIL_DISPUTE, PETITION, REVIEW, HOTLINE, DOMESTIC_VIOLENCE)
        if _move_all(scores, moved, target) >= WORTH_SAYING:
            used.append(
                "老板、包工头拖欠工资：向劳动保障监察投诉（12333），也可以申请劳动争议仲裁，不是一般民事纠纷"
            )
    if (
        contract_debt_of_organ(text, organ_named=organ_named)
        and _move_all(scores, (PETITION, REVIEW, *LABOUR), CIVIL_DISPUTE) >= WORTH_SAYING
    ):
        used.append("机关按合同欠的工程款、货款是合同欠款：可以起诉，诉讼时效3年（民法典第188条）")
    if (
        land_taken_by_government(text, organ_named=organ_named)
        and _move_all(scores, (LAND_CONTRACT, HOTLINE, PETITION, LAND_TITLE, CIVIL_DISPUTE), EXPROPRIATION)
        >= WORTH_SAYING
    ):
        used.append(
            "地被政府收走、占用，是政府的征收或者其他行政行为：申请行政复议或提起行政诉讼（行政复议法第11条）"
        )
    if land_taken_by_party(text, organ_named=organ_named):
        target = max(LAND_READINGS, key=lambda label: scores.get(label, 0.0))
        if _move_all(scores, (REVIEW,), target) >= WORTH_SAYING:
            used.append("地被别人占了是当事人之间的纠纷，不是机关的行为：调解、仲裁或起诉")
    return used
