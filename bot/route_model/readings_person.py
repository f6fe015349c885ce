"""Harm to the person by someone outside the family: the police's, not a labour inspector's or a hotline's.

- A beating (殴打, 故意伤害) is reported to the police, who must take the report (刑事诉讼法 第110条) and decide
  whether it is an offence or a crime: the beating a boss's men gave a worker who came for his pay is that, not a
  wage complaint, unless the story tells the pay owed as the matter too (then the labour route stays, and the
  beating is told to the police beside it).
- A threat to kill, or being followed and watched, is the police's too: there is no civil dispute to mediate. Unless
  the threat grew out of a quarrel over something the two share (irrigation water, a boundary, a path, a drain):
  that quarrel is the matter, mediated or sued, and the threat is told to 110 beside it.
- A child bullied at school whose school, told, does nothing: the education bureau sees to the school's duty
  (未成年人保护法 第39条), a petition (or 12345), not a suit the parent did not ask for.
- A fall on ice, snow or a wet floor a 物业 or a shop left there, with someone hurt: the keeper owes a safety duty
  (民法典 第942条, 第1198条), a claim for damages mediated or sued, not a 12345 complaint about the snow.
- Violence at home (反家庭暴力法), at school, by an enforcement officer (国家赔偿法) or a penalty the police already
  imposed are placed by their own rules: not read here.
"""

from __future__ import annotations

import re

from bot.domain.safety_words import HARMLESS_RE
from bot.domain.school_bullying import school_left_it
from bot.domain.text import IN_CLAUSE, normalize_for_parsing
from bot.route_model.law_acts import police_penalty
from bot.route_model.law_acts_local import enforcer_hurt_someone
from bot.route_model.law_readings import family_violence_possible
from bot.route_model.readings_money import wages_owed

_W = IN_CLAUSE  # a character inside one clause

# the person, not what is theirs: "砍了俺家的树" is no blow
_PERSON = r"(?:我|俺)(?!家|的|们家|屋|村|地|田)"
_BEATEN = re.compile(
    rf"(?:把|将)(?:我|俺|他|她|我们|俺们|我爸|我妈|我儿子|我老公){_W}{{0,4}}(?:打|揍|踢|砍|捅)"
    rf"|(?:打|揍|踢|砍|捅)(?:了|伤了?)?{_PERSON}|被{_W}{{0,6}}(?:打|揍|踢|砍|捅)(?:了|伤|破|断|得)"
    rf"|叫(?:了)?{_W}{{0,6}}人{_W}{{0,4}}(?:打|揍)|(?:打|砍|捅)(?:伤|破|断)|围殴|殴打|群殴|揍了"
)
# a threat to the body or life, or being followed; a collector's threats over a debt are read by the debt rules
_THREATENED = re.compile(
    rf"跟踪|尾随|蹲守|(?:要|说要|扬言|说)(?:把我|要把我)?{_W}{{0,3}}(?:弄死|杀了?|砍死|打死|捅死|废了)(?:我|你|俺)"
    rf"|(?:弄死|杀了|砍死|打死|捅死|砍了|废了){_PERSON}|(?:威胁|恐吓){_W}{{0,6}}(?:弄死|杀|砍|捅|打死|废了|泼硫酸)"
)
_SCHOOL = re.compile(r"同学|同班|班主任|老师|学校|校园|宿舍|霸凌|欺凌|校长|幼儿园")
# a quarrel over something shared, the threat's cause: "为放水的事 每年都吵", "地界的事"
_SHARED_QUARREL = re.compile(
    r"放水|截水|截了(?:他|我|俺)?的水|水口|用水|灌溉|浇地|抽水|地界|边界|田埂|界桩|宅基地|过路|出路|走路的路|排水|滴水|屋[檐簷]水"
)

# a fall that hurt someone, the hazard a keeper left, the keeper
_FELL = re.compile(r"摔(?:了|倒|伤|断|成|坏|一跤|了一跤)|滑倒|跌倒|跌了|绊倒|骨折")
_HAZARD = re.compile(
    rf"(?:雪|冰){_W}{{0,8}}(?:没|不)(?:人)?(?:扫|清|铲|除|推|管)|结(?:了)?冰|冰溜|地(?:面)?(?:太)?滑|积水|拖(?:完)?地{_W}{{0,6}}没"
    rf"|没(?:有)?(?:放|摆|立|设)?(?:警示|提示)(?:牌)?|井盖|台阶{_W}{{0,4}}(?:坏|破|缺)"
)
_KEEPER = re.compile(r"物业|物管|商场|超市|酒店|宾馆|饭店|饭馆|银行|车站|营业厅|菜市场")


def fell_on_a_hazard(text: str | None) -> bool:
    """Someone fell on snow, ice or a wet floor nobody saw to ("路上雪一个礼拜没人推 在坡上滑倒了")."""
    clean = _clean(text)
    return bool(_FELL.search(clean) and _HAZARD.search(clean))


def fell_where_a_keeper_failed(text: str | None) -> bool:
    """Someone fell where a 物业 or a shop left ice or a wet floor ("小区门口雪没人扫 结了冰 摔了一跤 物业说不归他们管")."""
    return fell_on_a_hazard(text) and bool(_KEEPER.search(_clean(text)))


def _clean(text: str | None) -> str:
    return HARMLESS_RE.sub(" ", normalize_for_parsing(text or ""))


def _placed_elsewhere(clean: str) -> bool:
    return bool(_SCHOOL.search(clean)) or enforcer_hurt_someone(clean) or police_penalty(clean)


def beaten_by_others(text: str | None) -> bool:
    """Beaten by someone outside the family ("老板叫了几个人把我打了"), no pay told as owed beside it."""
    clean = _clean(text)
    if not _BEATEN.search(clean) or _placed_elsewhere(clean):
        return False
    return not family_violence_possible(clean) and not wages_owed(clean)


def threatened_or_followed(text: str | None) -> bool:
    """Threatened with death or followed ("天天在楼下等 还说要弄死我"): the police's, no dispute to mediate; a threat
    in a quarrel over shared water or a boundary leaves that quarrel the matter."""
    clean = _clean(text)
    if _SHARED_QUARREL.search(clean):
        return False
    return bool(_THREATENED.search(clean)) and not _placed_elsewhere(clean)


POLICE = "litigation"
BEATEN_REASON = (
    "被人殴打是公安机关管的事：可以打110或者到派出所报案，公安机关对报案应当接受（刑事诉讼法第110条），"
    "不是劳动保障监察或热线的事"
)
THREATENED_REASON = "被人威胁要伤害、被跟踪，是公安机关管的事：可以打110或者到派出所报案（刑事诉讼法第110条），不是调解能解决的民事纠纷"
SCHOOL_REASON = (
    "孩子在学校被欺负、学校不管：学校有制止和处理欺凌的责任，由教育行政部门督促（未成年人保护法第39条），"
    "按信访事项办理，不是先打官司；孩子被打伤的，也可以到派出所报案"
)
FALL_REASON = (
    "在物业管的小区、商场等地方因为冰雪、地滑摔伤：物业和经营者、管理者有安全保障义务（民法典第942条、第1198条），"
    "赔偿可以先协商、调解，谈不拢到法院起诉，诉讼时效3年（民法典第188条）"
)
PERSON_RULES = (
    (beaten_by_others, ("labour_inspection", "labour_arbitration", "hotline_12345"), POLICE, BEATEN_REASON),
    (threatened_or_followed, ("litigation/civil_dispute", "hotline_12345"), POLICE, THREATENED_REASON),
    (
        school_left_it,
        ("litigation/civil_dispute", "litigation/domestic_violence", "litigation/police_inaction", POLICE),
        "petition",
        SCHOOL_REASON,
    ),
    (fell_where_a_keeper_failed, ("hotline_12345", "petition"), "litigation/civil_dispute", FALL_REASON),
)
