"""Where the story names an act the law already places, a rule and not a guess of the route model.

- A benefit an organ stops or does not pay (低保, 高龄补贴, 养老金, 抚恤金, 残疾人补贴…) is an organ not performing a
  duty to pay (行政复议法 第11条): reviewed first (第23条), never a 12345 complaint or only an ordinary petition.
- A 工伤认定 the 人社局 refused (不予认定) is that organ's decision, reviewed or sued (行政复议法 第11条); the worker
  does not apply for the 认定 again.
- A detention or fine the police decided (治安拘留, 拘了十天) is an administrative penalty (行政复议法 第11条第一项),
  reviewed or sued, also by the one it was meant to protect; it is no refusal to open a case (刑事诉讼法 第112条),
  and the scuffle behind it is not what is complained of. 刑事拘留 is a criminal matter and not read here.
- Land, a house or a grave the government takes (征地, 征收, 迁坟) for too little: the expropriation and its compensation
  are administrative acts, reviewed or sued, not a 12345 complaint or an ordinary petition and never land-contract arbitration
  (农村土地承包经营纠纷调解仲裁法 第2条第3款). How the village shares the compensation out is not read here.
- The funeral grant and survivors' pension of someone who died with no accident at work are paid by the pension
  fund (社会保险法 第17条): no 工伤认定.
- A death or an injury at work, with no pay owed told, is for 工伤认定 first (工伤保险条例 第17条), not the labour
  inspectorate's complaint about wages.
- A benefit still paid whose procedure the citizen asks to be eased (认证 at home for a bedridden pensioner, the 年审 put
  off) is a request to the office that nothing has refused yet: a petition (or 12345), no review first (行政复议法
  第11条 needs an act or a duty not performed, and nothing was decided).
- Goods a shop sold, complained of to a market regulator that has not acted yet: the consumer complaint is chased
  (12315), not a review of the regulator first.
- A benefit or quota allotted to a cadre's relatives (优亲厚友: "低保户评的都是村干部亲戚") accuses the cadre: a report for
  纪检监察 (信访工作条例 第30条), not only an unfair allocation to petition about.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.domain.text import IN_CLAUSE, normalize_for_parsing
from bot.route_model.examples import label_covers

_W = IN_CLAUSE  # a character inside one clause

REVIEW_FIRST = "administrative_review/review_first"
REVIEW = "administrative_review"
EXPROPRIATION = "administrative_review/expropriation"
WORK_INJURY = "labour_arbitration/work_injury"
PETITION = "petition"
HOTLINE = "hotline_12345"
POLICE_INACTION = "litigation/police_inaction"
CIVIL_DISPUTE = "litigation/civil_dispute"
STATE_COMPENSATION = "state_compensation"
LAND_CONTRACT = "land_contract_arbitration"
LABOUR_INSPECTION = "labour_inspection"
DISCIPLINE = "discipline_inspection"
MARKET_LINE = "hotline_12345/market"

# a benefit an organ pays (社会救助, 社会保险, 优抚), and what stops it
_BENEFIT = re.compile(
    r"低保|最低生活保障|高龄(?:补贴|津贴|补助)|老年(?:补贴|津贴)|养老金|退休金|养老保险金|基础养老金|抚恤金|抚恤|遗属(?:补助|待遇|津贴)"
    r"|残疾人?(?:两项)?补贴|护理补贴|特困(?:供养|救助)|五保|救助金|临时救助|优抚金|伤残津贴|失业(?:保险)?金"
)
_STOPPED = re.compile(
    r"停发|停了|停掉|给停|被停|暂停|取消|撤销|没到账|不到账|没有到账|没打(?:到|过来)|没发|不发|没给发|不给发|没给|不给"
    r"|断了|断掉|少发|少给|扣了|扣掉|被扣|核减|减了|降了|没了|拿不到|领不到|没领到|一直没有"
    # "从五月就没有了", dialect "莫得了", "冇咗", "不再发", a name gone from the list ("系统里没她的名字")
    r"|没有了|莫得了|没得了|冇了|冇咗|不见了|(?:没|不)再(?:发|给|打)|停止|中断|砍了|砍掉|除名|清退"
    r"|(?:系统|名单|花名册)[^,.!?;。，！？；]{0,4}没(?:有)?(?:她|他|我|俺|咱)?的?名字"
)
# whoever would make the benefit someone else's misconduct or a question, not an organ's act on the citizen
_NOT_AN_ORGAN_ACT = re.compile(
    r"冒领|优亲厚友|关系户|给了(?:自己|他|她)?(?:家|亲戚)|名额给|怎么申请|咋申请|如何申请|什么条件|啥条件"
)

# the steps of a benefit the citizen must take, and a request to ease them
_BENEFIT_STEP = re.compile(
    r"认证|年审|年检|核查|复核|审核|本人(?:去|来|到|亲自)|到场|亲自去|上门|派人|来家里|到家里|到家"
)
_ASKS_EASED = re.compile(
    r"能不能|能否|可不可以|可以不|行不行|好不好|希望|麻烦|请(?:你们|他们)?|晚点|延期|缓一缓|上门|派人|来家里"
)

_WORK_INJURY_REFUSED = re.compile(
    rf"不予认定|不予确认|不认定{_W}{{0,4}}工伤|认定{_W}{{0,8}}(?:不是|不属于|不算|不构成)工伤"
    rf"|(?:人社|人设|人事|社保|劳动局|劳动部门){_W}{{0,12}}(?:不认|不给认|没认|不算工伤|不是工伤|驳回)"
)
_INJURY = re.compile(r"工伤|工亡|受伤|伤了|因工")

# a detention or fine the police decided on someone; 刑拘 and 逮捕 are criminal, 没拘/不拘 is the police not acting
_DETAINED = re.compile(
    rf"(?:治安|行政)拘留|拘(?:留)?了?{_W}{{0,2}}(?:\d+|[一二三四五六七八九十两几]+)(?:天|日)|关了(?:\d+|[一二三四五六七八九十两几]+)天"
    rf"|(?:派出所|公安|警察|民警){_W}{{0,8}}(?:拘了|拘留了|罚了|罚款|处罚)|(?:被|让|给)(?:派出所|公安|警察|民警)?{_W}{{0,3}}(?:拘了|拘留)"
)
_NOT_DETAINED = re.compile(r"刑拘|刑事拘留|逮捕|批捕|(?:没|不|未|没有|也不|都不|不予)(?:被)?拘")

# a grave moved for a road or a site is part of the taking (地上附着物, 土地管理法 第48条)
_TAKEN = re.compile(
    r"征地|征收(?![^,。]{0,3}(?:税|费))|征用|征了|征我|征走|征去|被征|拆迁|强拆|(?:迁|移)[^,，。]{0,4}坟|坟[^,，。]{0,4}迁"
)
# what the taking gave or decided: compensation, a price per 亩, a standard, a decision
_TERMS = re.compile(
    r"补偿|赔偿|安置|每亩|一亩|标准|给了?(?:\d|[一二三四五六七八九十两几])|才给|只给|不服|太少|太低|没给钱|不给钱"
)
# the compensation shared out in the village, or a cadre keeping it: another matter
_SHARED_OUT = re.compile(
    r"分配|分给|分钱|分补偿|补偿款[^,，。]{0,4}分|(?:不给|没|没有|少)分|没分到|分红|外嫁|截留|村里扣|扣留|挪用|贪|村干部|村支书|书记|会计"
)

_DEATH_BENEFIT = re.compile(r"丧葬|抚恤|遗属|供养亲属|死亡待遇|退休(?:职工|工人|人员|了|的)|离休|退了休")
# an accident or harm at work, or a death at work (视同工伤 too)
_AT_WORK = re.compile(
    r"工伤|工亡|因工|职业病|尘肺|事故|摔|砸|压|触电|坠落|掉下|烧伤|烫伤|工地上|干活|上班(?:时|的时候|期间|路上)|工作(?:时|中|期间)"
    r"|加班|岗位上|猝死|突发"
)
_HARM_AT_WORK = re.compile(
    r"(?:工地|厂里|车间|矿上|井下|干活|上班|工作|加班)[^。!?]{0,16}(?:摔|砸|压|触电|坠落|掉下|伤|断|死|没了|去世|走了|出事)"
    r"|摔死|砸死|压死|电死|工亡|因工死亡"
)
# compensation asked, or the detention already found wrong (抓错人, 撤销, 无罪): state compensation's reading stays
_CLAIM = re.compile(r"赔偿|赔钱|补偿|谁来赔|抓错|错抓|错误(?:拘留|关押)|撤销|无罪|不起诉|撤案|平反")
_CADRE = re.compile(r"村干部|干部|村支书|支书|村主任|村长|书记|主任|组长|会计|镇长|乡长")
_KIN = re.compile(r"亲戚|亲属|家属|家里人|家人|自家|自己家|小舅子|侄|女婿|关系户|优亲厚友")
_ALLOTTED = re.compile(r"低保|补贴|补助|名额|救助|五保|特困|危房|评上|评的|分给|给了")
_PAY_OWED = re.compile(r"工资|工钱|欠薪|薪水|社保|加班费")
# goods or food a shop sold, and the market regulator slow on the complaint about it: the complaint is chased
# (12315), the shop stays the one complained of; no review of the regulator comes first
_BOUGHT = re.compile(
    r"假货|假冒|伪劣|山寨|冒牌|假(?:的)?(?:奶粉|酒|药|烟|鞋|衣服|手机)|买(?:了|的|到)|网购|退货|退款|商家|卖家|过期|变质|发霉|缺斤短两|短斤少两"
)
_REGULATOR_SLOW = re.compile(
    rf"(?:市场监管|市监|工商|12315){_W}{{0,14}}(?:没人理|没人管|不理|不管|没回|不回|没处理|不处理|没下文|没动静|拖着|推来推去|没结果)"
)


def benefit_withheld(text: str | None) -> bool:
    """A benefit an organ pays, said stopped, cut or not paid ("镇民政所突然停发了他家的低保", "高龄补贴…没到账")."""
    clean = normalize_for_parsing(text or "")
    return bool(_BENEFIT.search(clean) and _STOPPED.search(clean)) and not _NOT_AN_ORGAN_ACT.search(clean)


def benefit_step_asked(text: str | None) -> bool:
    """A benefit's procedure asked to be eased, nothing stopped ("高龄津贴要本人去认证 她瘫在床上 能不能上门")."""
    clean = normalize_for_parsing(text or "")
    steps = _BENEFIT.search(clean) and _BENEFIT_STEP.search(clean) and _ASKS_EASED.search(clean)
    return bool(steps) and not benefit_withheld(clean)


def work_injury_refused(text: str | None) -> bool:
    """The 人社局's 工伤认定 decision said no ("人设局说不予认定")."""
    clean = normalize_for_parsing(text or "")
    return bool(_INJURY.search(clean) and _WORK_INJURY_REFUSED.search(clean))


def police_penalty(text: str | None) -> bool:
    """The police detained or fined someone ("让派出所拘了十天"), not a criminal detention, not a refusal to act."""
    clean = normalize_for_parsing(text or "")
    return bool(_DETAINED.search(clean)) and not _NOT_DETAINED.search(clean)


def police_penalty_unclaimed(text: str | None) -> bool:
    """A police penalty disputed with no compensation asked: the decision itself is reviewed or sued; a claim for
    compensation may be joined to the review or the suit (国家赔偿法 第9条)."""
    return police_penalty(text) and not _CLAIM.search(normalize_for_parsing(text or ""))


def expropriation_told(text: str | None) -> bool:
    """Land or a house taken by the government, with its compensation or decision disputed."""
    clean = normalize_for_parsing(text or "")
    return bool(_TAKEN.search(clean) and _TERMS.search(clean)) and not _SHARED_OUT.search(clean)


def death_benefit_not_injury(text: str | None) -> bool:
    """A funeral grant or survivors' pension, or a retiree, with no accident at work told (社会保险法 第17条)."""
    clean = normalize_for_parsing(text or "")
    return bool(_DEATH_BENEFIT.search(clean)) and not _AT_WORK.search(clean)


def cadre_favours_kin(text: str | None) -> bool:
    """A benefit or quota said to go to a cadre's relatives (优亲厚友)."""
    clean = normalize_for_parsing(text or "")
    return bool(_CADRE.search(clean) and _KIN.search(clean) and _ALLOTTED.search(clean))


def consumer_complaint_unanswered(text: str | None) -> bool:
    """Goods a shop sold, complained of to a market regulator that has not acted ("去市场监管所投诉 两个礼拜没人理")."""
    clean = normalize_for_parsing(text or "")
    return bool(_BOUGHT.search(clean) and _REGULATOR_SLOW.search(clean))


def harm_at_work(text: str | None) -> bool:
    """A death or injury at work with no pay owed told: 工伤认定 first (工伤保险条例 第17条)."""
    clean = normalize_for_parsing(text or "")
    return bool(_HARM_AT_WORK.search(clean)) and not _PAY_OWED.search(clean)


# (reading, labels whose mass goes, where it goes, words for staff)
ACT_RULES: tuple[tuple[Callable[[str | None], bool], tuple[str, ...], str, str], ...] = (
    (
        work_injury_refused,
        (WORK_INJURY, "labour_arbitration", LABOUR_INSPECTION),
        REVIEW,
        "人社部门已作出不予认定工伤的决定：对这个决定申请行政复议或提起行政诉讼（行政复议法第11条）",
    ),
    (
        death_benefit_not_injury,
        (WORK_INJURY,),
        REVIEW_FIRST,
        "丧葬补助金、抚恤金由养老保险基金支付，不是工伤（社会保险法第17条）",
    ),
    (
        benefit_withheld,
        (PETITION, HOTLINE),
        REVIEW_FIRST,
        "低保、养老金、抚恤金等待遇被停发或不发，是行政机关不履行给付职责：先申请行政复议（行政复议法第11条、第23条）",
    ),
    (
        benefit_step_asked,
        (REVIEW_FIRST, REVIEW, "suggestion", "litigation/domestic_violence"),
        PETITION,
        "待遇还在发，只是请经办机关在认证、年审等手续上照顾一下，还没有任何决定：向经办机关提出，不需要先复议",
    ),
    (
        police_penalty,
        (POLICE_INACTION, CIVIL_DISPUTE),
        REVIEW,
        "公安机关作出的拘留、罚款是行政处罚：申请行政复议或提起行政诉讼（行政复议法第11条）",
    ),
    (
        police_penalty_unclaimed,
        (STATE_COMPENSATION,),
        REVIEW,
        "没有要求赔偿：先对拘留、罚款决定本身申请复议或起诉，赔偿可以一并提出（国家赔偿法第9条）",
    ),
    (
        expropriation_told,
        (PETITION, LAND_CONTRACT, HOTLINE),
        EXPROPRIATION,
        "征收和补偿是行政行为：申请行政复议或提起行政诉讼，不走土地承包仲裁（农村土地承包经营纠纷调解仲裁法第2条）",
    ),
    (
        cadre_favours_kin,
        (PETITION,),
        DISCIPLINE,
        "低保、补贴等评给了干部的亲属，是对干部优亲厚友的检举（《信访工作条例》第30条）",
    ),
    (
        consumer_complaint_unanswered,
        (REVIEW, PETITION),
        MARKET_LINE,
        "对商家的消费投诉，市场监管部门还没处理：先通过12315、12345催办，投诉的对象还是商家",
    ),
    (
        harm_at_work,
        (LABOUR_INSPECTION,),
        WORK_INJURY,
        "在工作中伤亡：先申请工伤认定（工伤保险条例第17条）",
    ),
)

# a reading moved is named in the reason only when the model gave it this much
WORTH_SAYING = 0.1


def apply_act_rules(
    scores: dict[str, float],
    text: str | None,
    rules: tuple[tuple[Callable[[str | None], bool], tuple[str, ...], str, str], ...] = ACT_RULES,
) -> list[str]:
    """Moves, in place, the mass of the readings each act excludes to the one the law names; the reasons worth
    telling staff (a reading that held at least WORTH_SAYING)."""
    used: list[str] = []
    for reads, sources, target, words in rules:
        if not reads(text):
            continue
        moved = 0.0
        for label in list(scores):
            if label != target and any(label_covers(source, label) for source in sources):
                moved += scores[label]
                scores[label] = 0.0
        if moved:
            scores[target] = scores.get(target, 0.0) + moved
        if moved >= WORTH_SAYING:
            used.append(words)
    return used
