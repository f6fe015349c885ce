"""Acts of village and street life the law already places, read like `bot.route_model.law_acts`.

- A married-out daughter (外嫁女) or another member left out when the village shares out land compensation claims her
  share in court (最高人民法院关于审理涉及农村土地承包纠纷案件适用法律问题的解释 第22条; 妇女权益保障法 第55条): a civil
  claim, not an ordinary petition, not a review of the 征收 itself.
- Seeds, pesticide or fertiliser that ruined a crop: the seller pays (种子法, 民法典 第1203条), a civil claim;
  12315 and the 农业农村 office are said with it, but the hotline alone is not the route.
- Irrigation water cut off by the next village or a neighbour: a dispute between the parties, mediated by the
  township or sued (民法典 第290条), not a 12345 or pollution complaint.
- A farm subsidy or grant (耕地地力保护补贴, 种粮补贴, 农机购置补贴, 产业奖补) not paid is a government payment: reviewed
  first (行政复议法 第23条), never land-contract arbitration, and no civil dispute: there is nobody else to sue.
- A fine on one's land or house (罚款 of the 土地所, 镇政府): a decision to review (行政复议法 第11条), not a title dispute.
- A fine the police imposed told as "我还被罚了500": a penalty to review, whatever else the story says of the fight.
- An enforcement officer (城管, 执法人员) who pushed or beat someone: 国家赔偿 (国家赔偿法 第3条), not a 12345 complaint
  and never family violence.
- A neighbour's shed put up on the roof or in the yard without leave: the planning office (in many places 城管's
  综合执法) stops it and orders it down (城乡规划法 第64条, 第68条): 12345's city line, not a suit between neighbours.
  The citizen's own house called illegal by an office is that office's act, reviewed (left to the other rules).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.domain.text import IN_CLAUSE, normalize_for_parsing
from bot.route_model.law_acts import consumer_complaint_unanswered
from bot.route_model.readings_money import held_by_handler
from bot.route_model.readings_village_money import subsidy_lost_between_levels
from bot.route_model.readings_wildlife import WILD_ANIMAL_REASON, wild_animal_damage

REVIEW_FIRST = "administrative_review/review_first"
REVIEW = "administrative_review"
EXPROPRIATION = "administrative_review/expropriation"
PETITION = "petition"
HOTLINE = "hotline_12345"
HOUSING_LINE = "hotline_12345/housing"
POLICE_INACTION = "litigation/police_inaction"
CIVIL_DISPUTE = "litigation/civil_dispute"
DOMESTIC_VIOLENCE = "litigation/domestic_violence"
LAND_TITLE = "litigation/land_title"
STATE_COMPENSATION = "state_compensation"
LAND_CONTRACT = "land_contract_arbitration"
DISCIPLINE = "discipline_inspection"

_W = IN_CLAUSE  # a character inside one clause

_MARRIED_OUT = re.compile(r"外嫁|出嫁|嫁出去|嫁到外|嫁了人|嫁人了")
# money shared out; a plot of land not allotted is a land-contract matter (land_contract_arbitration)
_SHARE = re.compile(r"分钱|分红|补偿款|补偿费|征地款|土地款|安置费|集体收益|分配款|钱|款")
# a cadre keeping the money is a report (第30条), not a share withheld
_CADRE_KEEPS = re.compile(r"贪|私分|截留|挪用|装进|腰包|自己拿了|冒领")

_FARM_INPUT = re.compile(r"种子|种苗|秧苗|除草剂|除草药|农药|杀虫剂|打药|化肥|肥料|复合肥|叶面肥")
_CROP_LOST = re.compile(
    r"瞎了|全瞎|空的|空壳|不出苗|没出苗|出苗不|不发芽|没发芽|烧苗|打死|死了|死光|枯死|绝收|减产|没收成|颗粒无收|不结|没结|损失"
)
# the crop itself, not a person poisoned (a crisis) or a drug for people
_NOT_CROP = re.compile(r"喝了?农药|喝药|吃了?农药|服毒|中毒|自杀|不想活|药店|药房")

_WATER_CUT = re.compile(
    rf"(?:截|拦|堵|断|挡|引走|抢)(?:了|住|断)?{_W}{{0,4}}水|水{_W}{{0,6}}(?:截|拦|堵)(?:了|住|断)|垒{_W}{{0,2}}坝|筑{_W}{{0,2}}坝|打{_W}{{0,2}}坝"
)
_IRRIGATION = re.compile(r"浇地|浇水|灌溉|浇不上|水渠|渠道|沟渠|上游|下游|庄稼|麦子|稻|秧|田|地")
_NEIGHBOUR = re.compile(r"村|庄|屯|邻|隔壁|上游|组")

_FARM_SUBSIDY = re.compile(
    r"地力保护补贴|耕地(?:地力)?补贴|种粮补贴|粮食补贴|粮补|农业补贴|农资补贴|良种补贴|农机(?:购置|购机)?补贴|购机补贴"
    r"|惠农补贴|生态补偿|公益林补|草原补"
    # a farm or poverty-relief grant the government pays out ("产业奖补", "养牛补贴", "以奖代补")
    r"|奖补|以奖代补|产业(?:补贴|补助|扶持|奖励)|(?:养殖|种植|畜牧|养[牛羊猪鸡鸭])补(?:贴|助)|扶贫(?:补贴|补助|资金)"
)
_NOT_PAID = re.compile(
    r"没打|没到|没发|不发|没给|不给|没有了|停了|停发|少了|少发|一分没|没拿到|领不到|拿不到|没领到|被登记成|登记成别人|冒领"
    # still not granted: "到现在也没下来", "镇上没批", dialect "我家没得"
    r"|没下来|下不来|不下来|没批|不批|批不下|没得|没落实|没兑现|不兑现"
)

_FINED = re.compile(r"罚款|罚了|罚我|罚单|交罚|罚\d|罚两|罚[一二三四五六七八九十几]")
_ON_LAND = re.compile(r"宅基地|房子|院子|地基|土地|耕地|超占|多占|超了|收回|拆")
_POLICE = re.compile(r"派出所|公安|警察|民警|所长")
_POLICE_FINE = re.compile(
    rf"(?:被|还被|也被|给|把我|让){_W}{{0,4}}罚(?:了|款)?{_W}{{0,2}}\d|罚(?:了|款)?(?:我|俺)?{_W}{{0,2}}\d+(?:块|元)?"
)

_ENFORCER = re.compile(r"城管|执法(?:人员|队员|的人)|协管|综合执法|市容|拆违办")
_PUSHED = re.compile(
    rf"推(?:倒|了|我|她|他|搡)|推{_W}{{0,4}}倒|打(?:人|了|伤|我|她|他)|踢(?:了|伤|我|她|他)|摔(?:倒|伤)|掀翻|擦破|受伤|伤了|骨折|动手"
)

# a structure put up without leave: a shed on the roof, a room added on the terrace (read by actions.home_questions too)
ILLEGAL_STRUCTURE = (
    r"违建|违章建筑|违法建筑|违法建设|私搭|乱搭|乱建|加盖|"
    r"(?:楼顶|屋顶|房顶|顶楼|天台|露台|楼上平台|院子|小区|楼下|门口)[^。]{0,8}(?:搭|盖|建|砌|焊)(?:了|起|出)?[^。]{0,6}"
    r"(?:房|屋|棚|间|层|铁皮|板房|阁楼)"
)
# …not the citizen's own house called one by an office, or pulled down by one: that office's act
OWN_HOUSE_CALLED = (
    r"(?:说|认定|定成|说成|定为)(?:我|俺|咱)(?:们)?(?:家|的)[^。]{0,10}违|"
    r"(?:我|俺)(?:们)?家[^。]{0,8}(?:被|给)(?:认定|定成|说成|定为)?[^。]{0,2}违|"
    r"拆(?:了)?(?:我|俺)(?:们)?家|强拆|限(?:我|俺)[^。]{0,6}拆|"
    # an order made to the citizen: "给我家下了个限期拆除违建的决定", "城管让我拆房子"
    r"(?:给|对|向)(?:我|俺|咱)(?:们)?家?[^。]{0,6}(?:限期拆除|责令|拆除决定|拆除通知)|(?:让|叫|要|逼)(?:我|俺)(?:们)?家?[^。]{0,3}拆"
)
BUILT_BY_OTHERS = rf"^(?![\s\S]*(?:{OWN_HOUSE_CALLED}))[\s\S]*(?:{ILLEGAL_STRUCTURE})"
_BUILT_BY_OTHERS = re.compile(BUILT_BY_OTHERS)


def _clean(text: str | None) -> str:
    return normalize_for_parsing(text or "")


def share_withheld_from_member(text: str | None) -> bool:
    """A married-out daughter left out of the village's share-out of compensation or dividends."""
    clean = _clean(text)
    return bool(_MARRIED_OUT.search(clean) and _SHARE.search(clean)) and not _CADRE_KEEPS.search(clean)


def farm_input_ruined_crop(text: str | None) -> bool:
    """Seeds, pesticide or fertiliser bought that ruined the crop ("买的假种子 穗子都是空的", "除草剂把辣椒打死了")."""
    clean = _clean(text)
    lost = bool(_FARM_INPUT.search(clean) and _CROP_LOST.search(clean)) and not _NOT_CROP.search(clean)
    # the market regulator already asked and slow: the complaint is chased first (law_acts)
    return lost and not consumer_complaint_unanswered(clean)


def irrigation_cut_off(text: str | None) -> bool:
    """Irrigation water cut off by the next village or a neighbour ("上游的李家庄垒了个坝 麦子浇不上")."""
    clean = _clean(text)
    return bool(_WATER_CUT.search(clean) and _IRRIGATION.search(clean) and _NEIGHBOUR.search(clean))


def farm_subsidy_unpaid(text: str | None) -> bool:
    """A farmland subsidy the government pays, not paid or paid to someone else (not one held back by a
    co-operative's head or a cadre who handed it out: that is public money kept)."""
    clean = _clean(text)
    unpaid = bool(_FARM_SUBSIDY.search(clean) and _NOT_PAID.search(clean))
    return unpaid and not held_by_handler(clean) and not subsidy_lost_between_levels(clean)


def fined_over_land(text: str | None) -> bool:
    """A fine on one's homestead, house or land ("宅基地超了要收回一半 还让俺交罚款两千")."""
    clean = _clean(text)
    return bool(_FINED.search(clean) and _ON_LAND.search(clean))


def police_fined(text: str | None) -> bool:
    """The police fined the citizen, told apart from the police's name ("派出所说是互殴 我还被罚了500")."""
    clean = _clean(text)
    return bool(_POLICE.search(clean) and _POLICE_FINE.search(clean))


# a fine or points taken for a traffic offence: a penalty of the 公安 traffic police, not a 12345 complaint
_TRAFFIC = re.compile(r"交警|交管|超速|测速|电子眼|违章|闯红灯|违停|驾驶证|驾照|车管所")
_POINTS = re.compile(r"扣(?:了|我)?\d+分|扣(?:了|我)?[一二三四五六九十两几]分|记\d+分")


def traffic_fined(text: str | None) -> bool:
    """A traffic offence fined or scored against the citizen ("闯红灯被拍 罚了两百 扣六分")."""
    clean = _clean(text)
    return bool(_TRAFFIC.search(clean) and (_POLICE_FINE.search(clean) or _POINTS.search(clean)))


def enforcer_hurt_someone(text: str | None) -> bool:
    """An enforcement officer pushed or beat someone ("城管推我妈 七十多岁了被推倒了")."""
    clean = _clean(text)
    return bool(_ENFORCER.search(clean) and _PUSHED.search(clean))


def built_without_leave(text: str | None) -> bool:
    """Someone else's shed or room put up without leave ("隔壁楼顶上搭了个铁皮房子"), not the citizen's own house."""
    return bool(_BUILT_BY_OTHERS.search(_clean(text)))


# (reading, labels whose mass goes, where it goes, words for staff): the shape of law_acts.ACT_RULES
LOCAL_RULES: tuple[tuple[Callable[[str | None], bool], tuple[str, ...], str, str], ...] = (
    (
        share_withheld_from_member,
        (PETITION, EXPROPRIATION, LAND_CONTRACT, HOTLINE),
        CIVIL_DISPUTE,
        "集体经济组织分配征地补偿款、分红不给外嫁女，是成员之间的份额纠纷：可以请乡镇协调，也可以向法院起诉"
        "（最高人民法院关于审理涉及农村土地承包纠纷案件适用法律问题的解释第22条）",
    ),
    (
        farm_input_ruined_crop,
        (HOTLINE, LAND_CONTRACT, PETITION),
        CIVIL_DISPUTE,
        "种子、农药、化肥有问题造成减产：卖的人要赔（种子法、民法典第1203条），协商、调解或起诉；12315和农业农村部门可以查处",
    ),
    (
        irrigation_cut_off,
        (HOTLINE, LAND_CONTRACT, LAND_TITLE),
        CIVIL_DISPUTE,
        "邻村或邻居截断灌溉用水，是相邻用水纠纷：调解，或者向法院起诉（民法典第290条）",
    ),
    (
        farm_subsidy_unpaid,
        (LAND_CONTRACT, HOTLINE, PETITION, CIVIL_DISPUTE),
        REVIEW_FIRST,
        "耕地地力保护补贴、农机购置补贴、产业奖补等由政府发放，没有发放是机关不履行给付职责：先申请行政复议，"
        "不走土地承包仲裁，也没有可以告的民事对方（行政复议法第23条）",
    ),
    (
        wild_animal_damage,
        (CIVIL_DISPUTE, LAND_CONTRACT, LAND_TITLE, DOMESTIC_VIOLENCE, POLICE_INACTION, HOTLINE),
        PETITION,
        WILD_ANIMAL_REASON,
    ),
    (
        fined_over_land,
        (LAND_TITLE, LAND_CONTRACT, PETITION),
        REVIEW,
        "对自家宅基地、房屋作出的罚款、收回决定是行政行为：申请行政复议或提起行政诉讼（行政复议法第11条）",
    ),
    (
        police_fined,
        (POLICE_INACTION, CIVIL_DISPUTE, DISCIPLINE),
        REVIEW,
        "公安机关的罚款是行政处罚：申请行政复议或提起行政诉讼（行政复议法第11条）",
    ),
    (
        traffic_fined,
        (HOTLINE, PETITION, POLICE_INACTION),
        REVIEW,
        "交警的罚款、扣分是行政处罚：申请行政复议或提起行政诉讼（行政复议法第11条）",
    ),
    (
        enforcer_hurt_someone,
        (HOTLINE, DOMESTIC_VIOLENCE, CIVIL_DISPUTE, POLICE_INACTION, REVIEW),
        STATE_COMPENSATION,
        "执法人员行使职权时推搡、殴打造成人身伤害，受害人有权要求国家赔偿（国家赔偿法第3条）",
    ),
    (
        built_without_leave,
        (CIVIL_DISPUTE, LAND_TITLE),
        HOUSING_LINE,
        "私自搭建的房屋、棚子是违法建设，由城乡规划主管部门（很多地方是城管综合执法）责令停止建设、限期拆除"
        "（城乡规划法第64条、第68条）：找12345或城管部门，不用先打官司",
    ),
)
