"""What the conversation established, as weights on the model's route scores.

The model reads the story; the intake also knows who the matter is against (the respondent), whether it is
already before a court, arbitration or an administrative decision (legal_status) and its category. Each is
evidence for some routes: a wage claim against "my employer" is labour, the same words against a 局 are not.
The weights are factors on probabilities (renormalised afterwards), moderate on purpose: they tip close
calls and never overrule a clear story.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.domain.text import normalize_for_parsing
from bot.parsing.legal_status import LEGAL_STATUS_LABELS
from bot.route_model.examples import label_covers

# who a respondent is, by the words naming it (first match wins: 法院 before 局, 村支书 before 村委会)
RESPONDENT_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("court", re.compile(r"法院|法官|检察院|执行局")),
    (
        "official",
        re.compile(
            r"书记|支书|村长|村主任|主任|镇长|乡长|县长|局长|所长|科长|处长|干部|领导|官员|村会计|组长"
        ),
    ),
    ("police", re.compile(r"派出所|公安|警察|民警|交警|110")),
    ("hospital", re.compile(r"医院|诊所|卫生院|医生|护士|卫生室")),
    ("employer", re.compile(r"老板|包工头|工头|工地|项目部|用人单位|雇主|老东家|厂里|工厂|车间")),
    # water, power, gas, heating and telecoms are run by companies (供电局 too): a service complaint, not an organ's act
    (
        "utility",
        re.compile(
            r"供电|电力|电网|电业|自来水|水务|水厂|燃气|煤气|天然气|热力|供热|供暖|暖气|电信|移动公司|联通|广电|有线电视"
        ),
    ),
    (
        "organ",
        re.compile(
            r"政府|局|街道|乡镇|镇上|镇里|乡里|县里|城管|委员会|办事处|社保|医保|税务|民政|部门|管委会"
            r"|(?:资源|国土|土管|财政|规划|林业|水利|农经|城建)所|(?:林业|农技|水利)站"
        ),
    ),
    (
        "business",
        re.compile(
            r"公司|集团|置业|地产|房产|物业|开发商|商家|商户|商铺|个体户|摊主|摊贩|商场|超市|店|厂|企业|中介|平台|银行|学校|幼儿园|培训|驿站|快递|物流|菜鸟|网店|卖家"
            # a trade's own "中心"/"会所" (按摩中心, 足浴会所); 政务服务中心 and 社保中心 are organs, matched above
            r"|(?:按摩|推拿|足浴|足疗|洗浴|桑拿|养生|美容|美发|美甲|健身|月子|托管|早教|汽修|家政|休闲|娱乐)(?:中心|会所|馆)"
        ),
    ),
    (
        "private",
        re.compile(
            r"邻居|隔壁|亲戚|朋友|兄弟|姐妹|哥|弟|姐|妹|儿子|女儿|老公|老婆|丈夫|妻子|房东|租客|个人|户主"
            # a household by its door: "一楼101那家", "楼上那户"
            r"|(?:楼上|楼下|对门|对面|\d{3,4}室?|[一二三四五六七八九\d]楼)的?(?:那|这)?(?:家|户)(?![\u4e00-\u9fff]{0,3}(?:店|厂|公司))"
        ),
    ),
)

KIND_LABELS = {
    "court": "法院、检察院",
    "official": "干部",
    "police": "公安机关",
    "hospital": "医疗机构",
    "employer": "用人单位",
    "utility": "水电气暖和通信企业",
    "organ": "政府部门",
    "business": "企业",
    "private": "个人",
}

# factor per respondent kind on labels: (label prefix, factor); a prefix without "/" covers every variant
_KIND_FACTORS: dict[str, tuple[tuple[str, float], ...]] = {
    "court": (("litigation/court_case", 3.0), ("state_compensation", 1.5)),
    "official": (("discipline_inspection", 2.0), ("petition", 1.2)),
    "police": (
        ("litigation/police_inaction", 2.0),
        ("discipline_inspection", 1.3),
        ("state_compensation", 1.3),
    ),
    "employer": (("labour_arbitration", 2.5), ("labour_inspection", 2.5)),
    "hospital": (("litigation/medical", 2.0),),
    "utility": (("hotline_12345", 2.5), ("administrative_review", 0.5)),
    "business": (
        ("labour_arbitration", 1.3),
        ("labour_inspection", 1.3),
        ("hotline_12345", 1.3),
        ("litigation/civil_dispute", 1.2),
    ),
    "organ": (("administrative_review", 1.8), ("petition", 1.5), ("state_compensation", 1.3)),
    "private": (
        ("litigation/civil_dispute", 1.8),
        ("litigation/land_title", 1.5),
        ("litigation/domestic_violence", 1.5),
        ("land_contract_arbitration", 1.2),
    ),
}
_STATUS_FACTORS: dict[str, tuple[tuple[str, float], ...]] = {
    "administrative_decision": (("administrative_review", 3.0), ("state_compensation", 1.5)),
    "in_arbitration": (("labour_arbitration", 4.0), ("land_contract_arbitration", 4.0)),
}
# the category the classifier found, a weaker hint than the story itself
_CATEGORY_FACTORS: dict[str, tuple[tuple[str, float], ...]] = {
    "劳动和社会保障": (("labour_arbitration", 1.4), ("labour_inspection", 1.4)),
    "纪检监察": (("discipline_inspection", 1.8),),
    "政法": (("litigation", 1.3), ("state_compensation", 1.3)),
    "国土资源": (("litigation/land_title", 1.3), ("administrative_review/expropriation", 1.3)),
    "农村农业": (("land_contract_arbitration", 1.4),),
    "环境保护": (("hotline_12345/environment", 1.4),),
    "商贸旅游": (("hotline_12345/market", 1.4),),
    "经济管理": (("hotline_12345/market", 1.2),),
    "交通运输": (("hotline_12345/transport", 1.4),),
    "城乡建设": (("hotline_12345/housing", 1.3), ("administrative_review/expropriation", 1.2)),
    "卫生计生": (("litigation/medical", 1.3),),
}


def category_hotline(category: str | None) -> str | None:
    """The 12345 line (`hotline_12345/transport`…) the category names, or None: the category says which
    department's line, where the story's words only rank the lines by chance (a taxi's "绕路" beside "机场")."""
    for label, _ in _CATEGORY_FACTORS.get(category or "", ()):
        if label.startswith("hotline_12345/"):
            return label
    return None


# the places written before a name ("天河区 石牌街道 明目按摩中心"): where it is, not who it is
_PLACES_AHEAD = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,6}?(?:省|市|区|县|旗|街道|镇|乡)\s*)+(?=[\u4e00-\u9fff]{2})"
)


def respondent_kind(respondent: str | None) -> str | None:
    """court, official, police, hospital, employer, utility, organ, business or private; None when the respondent says
    nothing of it."""
    text = normalize_for_parsing(respondent or "")
    if not text or text == "未提供":
        return None
    # the name after the places says the kind when it can: a shop in 石牌街道 is a shop, not the 街道办; a name that
    # tells none ("那坡镇 敬老院") keeps what its place tells
    return _kind_named(_PLACES_AHEAD.sub("", text)) or _kind_named(text)


def _kind_named(text: str) -> str | None:
    for kind, pattern in RESPONDENT_KINDS:
        if pattern.search(text):
            return kind
    return None


def _apply(scores: dict[str, float], factors: tuple[tuple[str, float], ...]) -> None:
    for label in scores:
        for prefix, factor in factors:
            if label_covers(prefix, label):
                scores[label] *= factor


# a matter against someone (any respondent the intake could place) is a grievance, not a mere question
AGAINST_SOMEONE = (("consultation", 0.2),)


def weigh(
    scores: Mapping[str, float],
    *,
    category: str | None = None,
    legal_status: str | None = None,
    kind: str | None = None,
) -> tuple[dict[str, float], list[str]]:
    """The scores after the conversation's evidence (summing to 1) and, in words for staff, what was used."""
    out = dict(scores)
    used: list[str] = []
    for table, key, words in (
        (_KIND_FACTORS, kind, f"反映对象是{KIND_LABELS.get(kind or '', '')}"),
        (_STATUS_FACTORS, legal_status, f"诉讼/仲裁情况为{LEGAL_STATUS_LABELS.get(legal_status or '', '')}"),
        (_CATEGORY_FACTORS, category, f"问题类别为{category}"),
    ):
        if key and key in table:
            _apply(out, table[key])
            used.append(words)
    if kind:
        _apply(out, AGAINST_SOMEONE)
    total = sum(out.values()) or 1.0
    return {label: p / total for label, p in out.items()}, used
