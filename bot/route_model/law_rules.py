"""Where the law itself draws the line, a rule and not a guess of the route model.

- An award or judgment in force that the other side does not carry out is enforced by a court (民事诉讼法
  第247条, 劳动争议调解仲裁法 第51条): the citizen applies for enforcement, never arbitrates or sues again.
  A complaint about an enforcement already under way, or a judgment the citizen disputes, stays a court case.
- A report of an official's misconduct (检举控告) is protected: the materials are not shown to the person reported
  (信访工作条例 第30条), so "能保密吗" asked with one gets a plain yes.
- Domestic violence is violence between family members, and between people living together as family
  (反家庭暴力法 第2条, 第37条): a child beaten by classmates or a stranger's blow is no protection-order matter,
  and a story that tells no violence at all (a son's income cited to stop a 低保) is none either.
- A title dispute is between parties over who owns or uses land (土地管理法 第14条). An organ's own act on the
  citizen's land or house (a certificate or registration not issued, a 违建 finding, a demolition order) is an
  administrative act: 行政复议 or an administrative suit (行政复议法 第11条, 第23条), not a title dispute.
- A land-contract dispute is over contracted rural land: its contract, its taking back or re-allotment, its
  transfer (农村土地承包经营纠纷调解仲裁法 第2条). A story that tells no land at all (a subsidy docked, a fee
  charged by the village) is none.
- A medical dispute is over diagnosis or treatment (医疗纠纷预防和处理条例 第2条): a fall told with "还在医院" is none.
- Gas, piped or bottled, is for the 燃气管理部门 (城镇燃气管理条例 第5条: 住建 and 城管 lines, 12319), not the
  environment bureau's 12369: a gas smell or a leaking cylinder is no pollution complaint.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.domain.safety import hazards_in
from bot.domain.text import normalize_for_parsing
from bot.route_model.examples import label_covers
from bot.route_model.law_acts import WORTH_SAYING, apply_act_rules
from bot.route_model.law_acts_local import LOCAL_RULES
from bot.route_model.law_acts_safety import SAFETY_RULES
from bot.route_model.law_private_acts import apply_private_act_rules
from bot.route_model.law_readings import (
    enforcement_possible,
    family_violence_possible,
    food_unsafe,
    gas_matter,
    home_not_work,
    mentions_court_decision,
    organ_act_on_land,
    public_power_involved,
    refused_enforcement,
    reports_misconduct,
    reports_public_power,
    tells_care,
    tells_land,
    tells_state_harm,
    tells_taking,
    tells_violence,
    thanks_told,
    works_there,
)
from bot.route_model.law_rules_offices import apply_office_rules
from bot.route_model.petition_review import apply_review_rules
from bot.route_model.readings_agreements import AGREEMENT_RULES
from bot.route_model.readings_insurance import INSURANCE_RULES
from bot.route_model.readings_money import public_funds_kept
from bot.route_model.readings_office_abuse import ABUSE_RULES
from bot.route_model.readings_person import PERSON_RULES
from bot.route_model.readings_village_money import VILLAGE_MONEY_RULES

# the readings are also asked for by name from here (routing, questions, their tests)
__all__ = [
    "apply_law_rules",
    "enforcement_possible",
    "family_violence_possible",
    "gas_matter",
    "organ_act_on_land",
    "public_power_involved",
    "refused_enforcement",
    "reports_misconduct",
    "reports_public_power",
    "tells_land",
    "tells_violence",
]

ENFORCEMENT = "litigation/enforcement"
DOMESTIC_VIOLENCE = "litigation/domestic_violence"
COURT_CASE = "litigation/court_case"
DISCIPLINE = "discipline_inspection"
LAND_TITLE = "litigation/land_title"
EXPROPRIATION = "administrative_review/expropriation"
ENVIRONMENT = "hotline_12345/environment"
GAS_LINE = HOUSING_LINE = "hotline_12345/housing"
CIVIL_DISPUTE = "litigation/civil_dispute"
MARKET_LINE = "hotline_12345/market"
LABOUR_ROUTES = ("labour_inspection", "labour_arbitration")
LAND_CONTRACT = "land_contract_arbitration"
STATE_COMPENSATION = "state_compensation"
PRAISE = "praise"
MEDICAL = "litigation/medical"
PETITION = "petition"

# junk piled in a shared stairwell ("楼道里堆了好多垃圾 纸箱子 旧家具"): a fire hazard for the route, though no crisis
# reading of "着火了咋办" is tied to it (a question about it at the summary stays a question)
_STAIRWELL_JUNK = re.compile(
    r"(?:楼道|楼梯间|过道|走廊)[^，,。]{0,4}堆(?:了|满|着)?[^，,。]{0,8}(?:垃圾|东西|家具|废品|破烂|纸箱|杂物)"
)
# a load-bearing wall or beam knocked out: "把承重墙给打了", "拆了承重柱"
_BEARING_WALL = re.compile(
    r"(?:砸|打|拆|凿|掏|敲|挖)(?:了|掉|穿|通|开)?[^，,。]{0,4}承重|承重(?:墙|柱|梁)[^，,。]{0,6}(?:砸|打|拆|凿|掏|敲|挖)"
)

# how little is left of a reading the law excludes
EXCLUDED_FACTOR = 0.0


def _scale(scores: dict[str, float], target: str, factor: float) -> bool:
    """Scales the target's labels; True when that changed anything worth telling staff."""
    hit = [label for label in scores if label_covers(target, label)]
    worth = any(scores[label] >= WORTH_SAYING for label in hit)
    for label in hit:
        scores[label] *= factor
    return worth


def _move(scores: dict[str, float], source: str, target: str, amount: float | None = None) -> bool:
    """Moves `amount` of the source label's mass (all of it when None) to the target label: a reading the law
    excludes, or puts second, handed to the one it puts first. True when the source held enough to be worth
    telling staff (a source with nothing is left alone)."""
    held = scores.get(source, 0.0)
    if not held:
        return False
    moved = held if amount is None else amount
    scores[source] = held - moved
    scores[target] = scores.get(target, 0.0) + moved
    return held >= WORTH_SAYING


def apply_law_rules(
    scores: Mapping[str, float],
    text: str | None,
    *,
    organ_named: bool = False,
    respondent: str | None = None,
) -> tuple[dict[str, float], list[str]]:
    """The model's scores with what the law excludes taken out (summing to 1), and in words for staff, why."""
    out = dict(scores)
    used: list[str] = []
    if not (organ_named or public_power_involved(text, respondent)):
        if public_funds_kept(text) and _move(out, DISCIPLINE, PETITION):
            # a cooperative's head keeping a subsidy: the organ that granted it gets it back
            used.append(
                "扣下补贴的人不是公职人员，不按纪检监察处理（监察法第15条）：向发放补贴的主管部门反映，由它追回"
            )
        elif _scale(out, DISCIPLINE, EXCLUDED_FACTOR):
            used.append("反映的不是公职人员的违纪违法，不按纪检监察处理（监察法第15条）")
    if not (family_violence_possible(text) and tells_violence(text)) and _scale(
        out, DOMESTIC_VIOLENCE, EXCLUDED_FACTOR
    ):
        used.append("不是家庭成员之间的暴力，不按家庭暴力处理（反家庭暴力法第2条）")
    if not enforcement_possible(text):
        # a judgment disputed or already being enforced is a matter for the court: the mass goes there
        moved = out.get(ENFORCEMENT, 0.0) if mentions_court_decision(text) else 0.0
        if _scale(out, ENFORCEMENT, EXCLUDED_FACTOR):
            used.append("没有已生效又未进入执行的判决、裁决，不按申请强制执行处理")
        if COURT_CASE in out:
            out[COURT_CASE] += moved
    if not tells_state_harm(text) and _scale(out, STATE_COMPENSATION, EXCLUDED_FACTOR):
        used.append(
            "没有说到机关违法拘押、处罚、扣押、拆除等行使职权的行为，不按国家赔偿处理（国家赔偿法第3条、第4条）"
        )
    # a medical reading too small to win is left alone: taking it out would only shift the others' margins
    if out.get(MEDICAL, 0.0) >= WORTH_SAYING and not tells_care(text, respondent):
        _scale(out, MEDICAL, EXCLUDED_FACTOR)
        used.append(
            "没有说到看病、治疗的经过，不按医疗纠纷处理（医疗损害责任说的是诊疗活动中受到的损害，民法典第1218条）"
        )
    if not (tells_taking(text) or tells_land(text)) and _scale(out, EXPROPRIATION, EXCLUDED_FACTOR):
        used.append("没有说到土地，也没有说到什么被征收、拆除或占用，不按征收补偿处理")
    if not tells_land(text) and _scale(out, LAND_CONTRACT, EXCLUDED_FACTOR):
        used.append("说的不是承包的土地，不按农村土地承包经营纠纷处理（农村土地承包经营纠纷调解仲裁法第2条）")
    # a pension or subsidy docked by a 镇 or a bureau: that organ's act, not an employer's breach
    docked_by_organ = organ_named and not works_there(text)
    if docked_by_organ and any([_scale(out, label, EXCLUDED_FACTOR) for label in LABOUR_ROUTES]):
        used.append("反映对象是政府部门，说的又不是在它那里干活的工钱：不按劳动保障监察、劳动仲裁处理")
    if food_unsafe(text) and out.get(CIVIL_DISPUTE, 0.0) > out.get(MARKET_LINE, 0.0):
        # the regulator first; the suit stays second, as likely as the regulator was
        _move(out, CIVIL_DISPUTE, MARKET_LINE, out[CIVIL_DISPUTE] - out.get(MARKET_LINE, 0.0))
        used.append("食品不安全，先由市场监管部门查处，要赔偿也可以另外起诉")
    if (
        "fire_hazard" in hazards_in(text) or _STAIRWELL_JUNK.search(normalize_for_parsing(text or ""))
    ) and _move(out, CIVIL_DISPUTE, HOUSING_LINE):
        # junk or charging in a shared stairwell: the fire regulator's and the city's, no suit between neighbours
        used.append(
            "楼道、疏散通道堆东西是火灾隐患，法律不允许（消防法第28条）：找12345或消防部门处理，不用打官司"
        )
    if _BEARING_WALL.search(normalize_for_parsing(text or "")) and _move(out, CIVIL_DISPUTE, HOUSING_LINE):
        # a bearing wall knocked out in a renovation: the housing office stops it, the whole building is at risk
        used.append(
            "装修砸承重墙是法规禁止的（住宅室内装饰装修管理办法第5条）：找12345或住建、城管部门制止，不用先打官司"
        )
    organ_act = organ_act_on_land(text, organ_named=organ_named)
    # the organ's act is reviewed (复议, 行政诉讼): the mass goes to that reading
    if organ_act and _move(out, LAND_TITLE, organ_act):
        used.append("说的是机关对自家土地、房屋的行为，不是当事人之间的权属争议（土地管理法第14条）")
    # the gas regulator's line, not 12369
    if gas_matter(text) and _move(out, ENVIRONMENT, GAS_LINE):
        used.append("燃气的事归燃气管理部门，不按环境污染处理（城镇燃气管理条例第5条）")
    if not thanks_told(text) and _scale(out, PRAISE, EXCLUDED_FACTOR):
        used.append("没有说到感谢、表扬，不按表扬处理")  # "新农保每个月才一百来块钱 为啥这么少啊"
    used += apply_act_rules(out, text)  # acts the law places: a benefit stopped, a detention, land taken…
    used += apply_act_rules(out, text, LOCAL_RULES)  # village and street acts: a share, seeds, water, a fine…
    used += apply_act_rules(out, text, SAFETY_RULES)  # a sick man with a knife: the authorities act
    used += apply_act_rules(
        out, text, VILLAGE_MONEY_RULES
    )  # compensation, premiums, subsidies held in the village
    used += apply_office_rules(
        out, text, organ_named=organ_named, respondent=respondent
    )  # care homes, 户口, 赡养, contract debts…
    used += apply_review_rules(out, text)  # a petition's 复查/复核, police not coming when called
    used += apply_act_rules(out, text, ABUSE_RULES)  # an official's 吃拿卡要, whatever else the story asks
    used += apply_act_rules(out, text, AGREEMENT_RULES)  # a 招商 agreement the government does not keep
    used += apply_act_rules(out, text, INSURANCE_RULES)  # a bill the 医保 will not cover: no medical dispute
    used += apply_private_act_rules(
        out, text
    )  # a boss's tax evasion or a site's hazards reported, a rider fined
    used += apply_act_rules(out, text, PERSON_RULES)  # a beating or a death threat by others: the police
    # last, after the rules that hand a labour reading's mass where the law puts it ("残联给我降了一级"): a home with
    # no job, pay or employer told ("村里要收回小产权房") is no labour dispute (劳动争议调解仲裁法 第2条)
    if home_not_work(text, respondent) and any(
        [_scale(out, label, EXCLUDED_FACTOR) for label in LABOUR_ROUTES]
    ):
        used.append(
            "说的是房子的事，没有说到工作、工钱或者用人单位，不按劳动争议处理（劳动争议调解仲裁法第2条）"
        )
    total = sum(out.values()) or 1.0
    return {label: p / total for label, p in out.items()}, used
