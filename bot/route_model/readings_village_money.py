"""Money that passes through a village's hands and does not reach the family: who holds it says the route.

- Land compensation that a 组长, 会计 or another cadre holds back ("拿着钱说要留一部分", "截留") is no dispute of the
  征收 itself: cadres handling compensation are public officials for this (监察法 第15条), so it is a report to
  纪检监察 (信访工作条例 第30条), or a petition to the township, not a review of the expropriation. The use and
  sharing out of compensation is for the 村民会议 to decide and its accounts must be published (村民委员会组织法
  第24条, 第30条).
- A premium (医保, 养老保险) paid to a village collector (协管员, 代收员, 村会计) that never reached the fund, so the
  insurance lapsed: the collector's doing, for the township and the insurance office (or 纪检监察 when a cadre
  kept it), no labour dispute and no medical one.
- The village's common money (流转费, 承包款, 集体收入) whose accounts a cadre keeps hidden and is suspected of taking
  ("账从来不公开 怀疑他贪了"): village cadres managing collective assets are public officials for this (监察法
  第15条), so it is a report to 纪检监察 (第30条), not a land-contract dispute; the accounts must be published
  (村民委员会组织法 第30条).
- Relief handed out through the village (救济煤, 救灾粮, 慰问的米面油, 取暖补贴) that reaches the household short while a
  cadre says "就这些" ("每户五百斤 俺家就拉来二百来斤 剩下的不知道弄哪去了"): a cadre handling relief money and goods
  is a public official for this (监察法 第15条第五项), so it is a report to 纪检监察 (第30条), not a civil dispute.
- A farm subsidy the township says it sent down and the village says never came: the money is lost between them,
  a petition (and a report, if someone kept it), not a review of a refusal to pay: nobody refused it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.domain.text import IN_CLAUSE, normalize_for_parsing

_W = IN_CLAUSE  # a character inside one clause

DISCIPLINE = "discipline_inspection"
PETITION = "petition"
REVIEW = "administrative_review"
HOTLINE = "hotline_12345"
LAND_CONTRACT = "land_contract_arbitration"
LAND_TITLE = "litigation/land_title"
MEDICAL = "litigation/medical"
CIVIL = "litigation/civil_dispute"
LABOUR = ("labour_inspection", "labour_arbitration")

_COMPENSATION = re.compile(r"补偿款|补偿费|补偿金|征地款|征地钱|土地款|地款|安置费|青苗费|赔偿款")
# a cadre of the village or its group, then within the clause what he does with the money
_CADRE_HOLDS = re.compile(
    r"(?:组长|小组长|会计|出纳|村干部|干部|支书|书记|村主任|主任|村长)"
    rf"{_W}{{0,12}}(?:拿着|攥着|扣着|扣下|扣了|压着|留(?:了|下|着|一部分|一半)|截留|克扣|私分|贪|挪用|不发|不给|没发|少发|只发)"
)
_MARRIED_OUT = re.compile(r"外嫁|出嫁|嫁出去|嫁到外|嫁了人|嫁人了")

# the village's common money, its accounts, and a cadre suspected of taking it
_COLLECTIVE_MONEY = re.compile(
    r"集体|流转(?:费|款|的钱)|承包款|承包费|村(?:里|上)?的?(?:钱|账|收入)|村账|账目|村务|财务"
)
_ACCOUNTS_HIDDEN = re.compile(
    rf"(?:不|没|从不|从来不|从没|没有)(?:公开|公布|晒|张榜)(?:过)?{_W}{{0,3}}(?:账|帐|财务|村务)"
    rf"|(?:账|帐|财务|村务)(?:目)?{_W}{{0,6}}(?:不|没|从不|从来不|从没|没有)(?:公开|公布|张榜)|公开栏{_W}{{0,8}}(?:没|不)(?:更新|公布|换)"
)
_SUSPECTED = re.compile(
    rf"(?:怀疑|估计|肯定是|八成|恐怕|可能|是不是){_W}{{0,6}}(?:贪|私吞|侵吞|侵占|挪用|中饱私囊|吃回扣|装(?:进|到)(?:自己|他)?(?:腰包|口袋))"
)
_VILLAGE_CADRE = re.compile(r"组长|会计|出纳|村干部|支书|书记|村主任|村长|村委")

# relief goods or money the village hands out
_RELIEF = re.compile(
    r"救济|救灾|赈灾|慰问(?:品|金|款|物资)?|扶贫(?:物资|款|煤|粮)|困难补助|临时救助|取暖补(?:贴|助)|(?:过冬|冬季|冬天)(?:的)?(?:煤|物资)|补助煤"
)
# it came short, or the rest went somewhere: "就拉来二百来斤", "只给了一半", "剩下的不知道弄哪去了"
_SHORT = re.compile(
    rf"(?:只|就|才|光)(?:给|发|分|拉|送|领)(?:了|来|到|回)?{_W}{{0,2}}[一二两三四五六七八九十百千几半\d]"
    rf"|少(?:给|发|分|拉)|克扣|截留|私分|扣下|扣了|剩下的{_W}{{0,8}}(?:不知道|哪去|哪儿去|去哪|去向|没影|没了)"
    rf"|(?:弄|拿|搞|跑)(?:到)?哪(?:儿|里)?去了|(?:贪|私吞|侵吞|倒卖|卖)了"
)

_PREMIUM = re.compile(r"医保|医疗保险|新农合|合作医疗|养老保险|农保|居民保险|保费|参保费|保险费")
_COLLECTOR = r"协管员|协理员|代收员|收费员|网格员|专干|村会计|会计|村干部|组长|村里|村上|村委"
_PAID_TO_COLLECTOR = re.compile(
    rf"(?:交|缴|给)(?:给|到)?(?:了)?{_W}{{0,6}}(?:{_COLLECTOR})|(?:{_COLLECTOR}){_W}{{0,6}}(?:收了|收走|收的|来收|代收)"
)
_LAPSED = re.compile(
    r"断了|断保|断缴|停保|欠费|没参上|没有参保|没参保|报不了|不能报|"
    rf"没(?:有)?(?:给)?(?:交|缴)(?:上|进)|没(?:有)?(?:给)?(?:交|缴|上)(?:上去|进去)|收了钱{_W}{{0,4}}没(?:给)?(?:交|缴)"
)

_FARM_SUBSIDY = re.compile(
    r"地力保护补贴|耕地(?:地力)?补贴|种粮补贴|粮食补贴|粮补|农业补贴|农资补贴|良种补贴|惠农补贴|公益林补|草原补|补贴|补助"
)
# the township, county or "上面" says it already sent the money down
_SENT_DOWN = re.compile(
    rf"(?:镇|乡|县|区|上面|上级|政府|财政|农业|农经){_W}{{0,6}}说{_W}{{0,4}}(?:早|已经|早就)?(?:就)?"
    r"(?:拨|发|打|转|下拨)(?:下去|下来|到村|给村|到村里|给村里|过去)?了"
)


def compensation_held_by_cadre(text: str | None) -> bool:
    """Land compensation a village cadre holds back ("小组长和村会计拿着钱说要留一部分"), not a married-out daughter's
    share refused (a member's claim in court: law_acts_local)."""
    clean = normalize_for_parsing(text or "")
    held = bool(_COMPENSATION.search(clean) and _CADRE_HOLDS.search(clean))
    return held and not _MARRIED_OUT.search(clean)


def collective_money_suspected(text: str | None) -> bool:
    """A village cadre hides the accounts of the common money and is suspected of taking it ("承包款的账几年不公开
    书记八成贪了")."""
    clean = normalize_for_parsing(text or "")
    told = _COLLECTIVE_MONEY.search(clean) and _VILLAGE_CADRE.search(clean)
    return bool(told and _ACCOUNTS_HIDDEN.search(clean) and _SUSPECTED.search(clean))


def premium_kept_by_collector(text: str | None) -> bool:
    """A premium paid to a village collector and the insurance lapsed ("医保断了 可俺年年交给村里的协管员")."""
    clean = normalize_for_parsing(text or "")
    return bool(_PREMIUM.search(clean) and _PAID_TO_COLLECTOR.search(clean) and _LAPSED.search(clean))


def relief_shorted_by_cadre(text: str | None) -> bool:
    """Relief the village hands out reaches the household short, a cadre in the story ("村里发的救济煤 村主任说每户
    五百斤 俺家就拉来二百来斤")."""
    clean = normalize_for_parsing(text or "")
    return bool(_RELIEF.search(clean) and _VILLAGE_CADRE.search(clean) and _SHORT.search(clean))


def subsidy_lost_between_levels(text: str | None) -> bool:
    """A subsidy the township says it sent down, not received ("问镇上说早拨下去了 到底钱去哪了")."""
    clean = normalize_for_parsing(text or "")
    return bool(_FARM_SUBSIDY.search(clean) and _SENT_DOWN.search(clean))


# (reading, labels whose mass goes, where it goes, words for staff): the shape of law_acts.ACT_RULES
VILLAGE_MONEY_RULES: tuple[tuple[Callable[[str | None], bool], tuple[str, ...], str, str], ...] = (
    (
        compensation_held_by_cadre,
        (REVIEW, LAND_CONTRACT, LAND_TITLE, HOTLINE),
        DISCIPLINE,
        "村干部扣着、截留征地补偿款，不是对征收本身不服：向纪委监委检举控告（12388），也可以向乡镇反映；"
        "补偿款怎么用、怎么分由村民会议决定，账目要公开（村民委员会组织法第24条、第30条）",
    ),
    (
        collective_money_suspected,
        (LAND_CONTRACT, LAND_TITLE, REVIEW, HOTLINE, PETITION),
        DISCIPLINE,
        "村干部不公开集体收入的账目、被怀疑侵占：向纪委监委检举控告（12388），也可以向乡镇反映；"
        "集体收支要向村民公布（村民委员会组织法第30条）",
    ),
    (
        premium_kept_by_collector,
        (*LABOUR, MEDICAL, HOTLINE, REVIEW),
        PETITION,
        "保费交给村里代收的人却没有缴上，是代收的人的问题：向乡镇和医保（社保）经办机构反映，"
        "查实有人侵占的可以向纪委监委检举（12388）；不是劳动争议，也不是医疗纠纷",
    ),
    (
        relief_shorted_by_cadre,
        (PETITION, CIVIL, REVIEW, HOTLINE, LAND_CONTRACT),
        DISCIPLINE,
        "村干部经手的救济物资、救济款发到户里少了：经手救济的村干部属于监察对象（监察法第15条），"
        "向纪委监委检举控告（12388），也可以向乡镇反映",
    ),
    (
        subsidy_lost_between_levels,
        (REVIEW, LAND_CONTRACT, HOTLINE),
        PETITION,
        "上面说补贴已经拨下去、村里说没收到：钱在中间哪里没了，要由乡镇和主管部门查清，按信访事项办理；"
        "查实有人截留的可以向纪委监委检举（12388），不是对拒绝发放申请复议",
    ),
)
