"""What the law's route rules read in a story (`bot.route_model.law_rules`): a decision in force not carried out,
an official reported, violence at home, a piece of land, an organ's act on the citizen's land, gas, unsafe food, an
act 国家赔偿 is for, medical care, thanks. Pure functions of the text."""

from __future__ import annotations

import re

from bot.domain.safety import detect_crisis
from bot.domain.safety_words import HARMLESS_RE
from bot.domain.text import normalize_for_parsing

# a decision in force: a judgment, an arbitration award, a court's or arbitration's 调解书 (a mediation
# agreement of a village committee or the police is no title to enforce: it is sued on)
_IN_FORCE = (
    r"(?:判决|判了|判下来|判我|判他|判她|判对方|判给|判的(?:钱|款|赔偿)|裁决|仲裁(?:委)?裁了|裁下来|仲裁结果|仲裁书"
    r"|(?:法院|仲裁委?|仲裁庭)(?:出)?的?调解书|(?:在)?(?:法院|仲裁委?)(?:里)?调解(?:的|好|了|过)"
    r"|官司[^,.!?。]{0,4}赢|打赢(?:了)?官司|胜诉|赢了官司|法院判)"
)
# the other side does not carry it out
_NOT_DONE = (
    r"(?:不给|不履行|不执行|拒不|不还|不付|不赔|不搬|不拆|不退|赖账|赖着|不认账|不照办|还是没|一直没|还没(?:把|给|还|付|赔)"
    r"|(?:到现在|至今|现在)(?:都|也|还)?(?:没|不)|(?:一分|一毛)(?:钱)?(?:都|也)?(?:没|不)|一次(?:都|也)没|就是不|人跑了"
    r"|跑路|躲着|玩失踪|拖着不|装死|不理|(?:也|都|还)没(?:给|还|付|赔|履行|执行))"
)
_HAS_TITLE = re.compile(_IN_FORCE)
_HAS_NOT_DONE = re.compile(_NOT_DONE)
_REFUSED = re.compile(_IN_FORCE + r"[^。!?]{0,24}?" + _NOT_DONE)
# already before the enforcement court, or the decision itself is disputed: a court matter (court_case)
_COURT_MATTER = re.compile(
    r"执行局|执行庭|执行法官|法院执行|申请了(?:强制)?执行|申请(?:强制)?执行了|强制执行了|执行(?:中|不到|不下来|了好久|没结果)"
    r"|终本|终结本次|不服|上诉|再审|申诉|判错|冤|不公|法院[^,.!?。]{0,6}(?:不管|不作为|摆设|拖着)"
)

# 检举控告 of someone holding public office (第30条): the report and the person reported
_REPORTING = re.compile(r"举报|检举|控告|揭发|告发|实名告|要告")
_OFFICIAL = re.compile(
    r"书记|支书|村长|村主任|主任|镇长|乡长|县长|区长|市长|局长|所长|科长|处长|站长|院长|校长|干部|村官|官员|领导|公职"
    r"|公务员|民警|警察|辅警|协警|法官|检察官|组长|主席|村(?:里|上|的|委)?(?:会计|出纳|文书|委员)"
)

# who holds public power besides the titles above (国企 managers too: 监察法 第15条), and what only public power
# does, whoever is named: "贪污", "收了回扣", "公款吃喝"
_PUBLIC_POWER = re.compile(
    r"国企|国有企业|国有单位|事业单位|交警|辅警|协警|城管|执法人员|执法队|税务|海关|工商所|派出所|公安"
    r"|贪污|受贿|索贿|行贿|挪用|侵吞|回扣|好处费|吃拿卡要|以权谋私|权钱交易|公款|公车私用|优亲厚友|中饱私囊|滥用职权|玩忽职守"
    r"|徇私|包庇|失职|渎职|不作为|乱作为|充当保护伞|保护伞|村务不公开|账目不公开|(?:账|财务)(?:几年)?(?:都)?(?:没|不)公开"
)

# 反家庭暴力法 第2条 and 第37条: family members, partners, people living together, in-laws
_FAMILY = re.compile(
    r"家暴|家庭暴力|保护令|老公|丈夫|老婆|妻子|媳妇|男人|前夫|前妻|对象|男朋友|女朋友|男友|女友|同居|未婚夫|公公|婆婆|婆家"
    r"|继父|继母|后爸|后妈|爸爸|妈妈|父亲|母亲|我爸|我妈|他爸|他妈|爹|娘|儿子|女儿|女婿|儿媳|哥|弟|姐|妹|嫂|岳父|岳母"
    r"|丈母娘|家里人|家人|亲戚|公婆|养父|养母|爷爷|奶奶|外公|外婆"
)
# violence the citizen says is not within the family: "不是家暴", "不是家里人打的"
_NOT_FAMILY = re.compile(r"(?:不是|不算|并非|又不是)(?:什么)?(?:家暴|家庭暴力|家里人|家里的人|家人|自家人)")
# violence among pupils or by a teacher, even when the speaker names their child: the school's duty
_SCHOOL = re.compile(r"同学|同班|班主任|老师|学校|校园|宿舍|男生|女生|年级|班里|班上|霸凌|欺凌|校长|幼儿园")
# a household beating its own child, heard by a neighbour ("隔壁天天打孩子"): not "打了我家孩子", another's child
_CHILD_BEATEN = re.compile(
    r"(?:打|揍|抽|虐待|虐)(?:自己|自家|他家|她家|他们家|家里)?的?(?:小孩|孩子|娃|小娃|细伢|伢)"
)
_OWN_CHILD_BY_OTHERS = re.compile(r"(?:我|俺|咱|我们|俺们)(?:家|的)(?:小孩|孩子|娃|小娃|儿子|闺女|女儿)")
_PARTNER = re.compile(
    r"家暴|家庭暴力|保护令|结婚|婚后|夫妻|两口子|离婚|老公|丈夫|老婆|妻子|媳妇|前夫|前妻|男朋友|女朋友|男友|女友|同居|公公|婆婆|继父|继母|后爸|后妈"
)
# any violence told at all (打工, 打电话 are blanked out first by HARMLESS_RE)
_VIOLENCE = re.compile(
    r"打|揍|踢|掐|扇|推|烫|砸|骂|吼|威胁|恐吓|暴力|家暴|动手|虐待|关起来|关在|锁在|伤|跟踪|骚扰|逼|赶出|不让<W>{0,4}(?:出门|回家)".replace(
        "<W>", r"[^,.!?。]"
    )
)
# an organ's act on the citizen's own land or house, and whoever else would make it a dispute between parties
_NOT_ISSUED = re.compile(
    r"(?:证|登记|确权)[^,.!?。]{0,16}(?:没下来|没办下来|办不下来|不给办|不办|不发|卡着|压着|拖着|没批|不批|没给)"
    r"|(?:办|发|补|领|申请)[^,.!?。]{0,4}(?:证|不动产|登记)[^,.!?。]{0,10}(?:没|不|难|拖|压|卡)"
)
_DEMOLITION = re.compile(r"违建|违章建筑|违法建筑|违法建设|强拆|拆除|限期拆|责令|拆违|要拆|来拆")
_RIVAL_PARTY = re.compile(
    r"邻居|隔壁|对门|两家|他家|她家|他们家|堂[叔兄弟伯哥]|亲戚|兄弟|村民|别人|对方|占了我|占我|争|抢"
)
_GAS = re.compile(r"燃气|煤气|液化气|液化石油气|天然气|气罐|气瓶|钢瓶|送气|气站|漏气|燃气灶|煤气灶")
# what the environment bureau does handle, even near gas: a plant's fumes, effluent, noise
_POLLUTION = re.compile(r"污染|排污|偷排|排放|废气|废水|污水|粉尘|扬尘|噪音|噪声|油烟|黑烟|冒烟|烟囱|环评")
# food unsafe where it is sold or served: the market regulator investigates; a suit for damages stays open
_FOOD_UNSAFE = re.compile(
    r"(?:吃出|喝出|里面有|里有|发现)[^,.!?。]{0,4}(?:蟑螂|苍蝇|虫子|头发|异物|钢丝|玻璃|老鼠)"
    r"|食物中毒|吃坏了?肚子|吃了[^,.!?。]{0,6}拉肚子|吃了[^,.!?。]{0,10}(?:上吐下泻|又吐又拉|集体呕吐|集体腹泻)|变质|发霉|霉变|过期(?:食品|的?(?:肉|奶|面包|零食))|地沟油|三无食品"
)
# mould on a wall or in a flat is a leak's damage, not spoiled food ("墙都发霉了")
_MOULD_AT_HOME = re.compile(
    r"(?:墙|天花板|顶棚|屋顶|吊顶|地板|墙角|柜子|衣柜|家具|衣服|被子|房子|屋里|屋子|房间|卫生间|厨房|楼板)"
    r"[^,.!?。]{0,4}(?:发霉|霉变|变质)"
)
# a piece of land told at all: contracted fields, forest, ponds, orchards, their 亩, their transfer (第2条); a
# subsidy docked or a fee charged with no land in the story ("种粮补贴扣了抵卫生费") is no land-contract dispute
_LAND = re.compile(
    r"地|田|山林|林子|林权|山场|山头|荒山|鱼塘|水塘|池塘|果园|茶园|竹林|草场|草原|牧场|承包|延包|续包|发包|转包|流转|亩|耕|庄稼"
)
# an organ is an employer only to those who work for it: "在镇政府当临时工 工资拖了", not "养老钱被镇里扣了"
_WORKS_THERE = re.compile(
    r"上班|干活|打工|临时工|合同工|编外|聘用|雇|工资|工钱|加班|辞退|开除|劳动合同|社保没交|没交社保"
)
# what 国家赔偿 is for (国家赔偿法 第3条, 第4条, 第17条, 第18条): an organ's wrongful act on a person or property,
# detention, a penalty, a seizure, a demolition, a wrong judgment; or the claim named. Slow public works that cost a
# shop its customers are none of these.
_STATE_HARM = re.compile(
    r"国家赔偿|国家陪偿|赔偿义务机关|赔偿委员会|赔偿决定|拘|关押|关了|关进|被关|抓|羁押|逮捕|坐牢|服刑|监狱|看守所|劳教|收容"
    r"|取保|监视居住|通缉|强制措施|强制隔离|强制送治|扣押|扣了|查封|冻结|没收|罚没|罚款|罚了|处罚|吊销|强拆|拆除|拆了"
    r"|殴打|打伤|被打|打了|刑讯|错判|改判|无罪|冤|平反|撤案|撤销|不起诉|执行错|错误执行|拍卖|划走|征收|违法|限制人身自由"
)
# any word of thanks or a compliment, however loosely put ("…帮我把执照办好了，非常感谢", "对留守的孩子特别好 我也
# 放心", "yyds"): without one, no praise
_THANKS = re.compile(
    r"谢|感激|感恩|表扬|赞|锦旗|好人|好样|辛苦|yyds|给力|靠谱|负责|热心|耐心|热情|周到|放心|满意|暖心|用心|尽职|好评|夸"
    r"|(?:很|特别|非常|真|挺|太|十分|可)(?:好|棒|暖)"
)


def refused_enforcement(text: str | None) -> bool:
    """An award or judgment in force that the other side does not carry out, not yet before the enforcement court."""
    clean = normalize_for_parsing(text or "")
    return bool(_REFUSED.search(clean)) and not _COURT_MATTER.search(clean)


def reports_misconduct(text: str | None) -> bool:
    """Does the message report an official's misconduct (检举控告, whose reporter 第30条 protects)?"""
    clean = normalize_for_parsing(text or "")
    return bool(_REPORTING.search(clean) and _OFFICIAL.search(clean))


def reports_public_power(text: str | None) -> bool:
    """A report (举报, 检举…) of someone holding public power or of what only public power does ("匿名举报…城管中队长
    每个月找摊贩收300块"): the story itself says yes to "您是要举报干部或公职人员违纪违法吗"."""
    clean = normalize_for_parsing(text or "")
    return bool(_REPORTING.search(clean)) and public_power_involved(clean)


def family_violence_possible(text: str | None) -> bool:
    """Could the violence told be between family members or partners (反家庭暴力法 第2条, 第37条)?"""
    clean = normalize_for_parsing(text or "")
    if _NOT_FAMILY.search(clean):  # "不是家暴 是邻居打架 我男人头破了": the citizen says so
        return False
    if _PARTNER.search(clean):
        return True
    signal = detect_crisis(clean)  # "我爸经常打我": the crisis phrases name a family member hitting
    if signal and "domestic_violence" in (signal.kind, *signal.also):
        return True
    if _SCHOOL.search(clean):
        return False
    return bool(_FAMILY.search(clean)) or child_beaten_at_home(clean)


def child_beaten_at_home(text: str | None) -> bool:
    """A household beating its own child, told by whoever hears it ("对门那家天天打孩子"): violence in that family
    (反家庭暴力法 第2条), whoever reports it; not another's blow to the speaker's child, nor a school's."""
    clean = normalize_for_parsing(text or "")
    if _SCHOOL.search(clean) or _OWN_CHILD_BY_OTHERS.search(clean):
        return False
    return bool(_CHILD_BEATEN.search(clean))


def enforcement_possible(text: str | None) -> bool:
    """A title (a judgment, an award, a court's 调解书) said not to be carried out, not yet before the enforcement
    court: only then may the model's reading of an enforcement stand."""
    clean = normalize_for_parsing(text or "")
    return bool(_HAS_TITLE.search(clean) and _HAS_NOT_DONE.search(clean)) and not _COURT_MATTER.search(clean)


def mentions_court_decision(text: str | None) -> bool:
    clean = normalize_for_parsing(text or "")
    return bool(_HAS_TITLE.search(clean) or _COURT_MATTER.search(clean))


def tells_state_harm(text: str | None) -> bool:
    """Does the story tell an act 国家赔偿 is for (a detention, a penalty, a seizure, a demolition, a wrong judgment)?"""
    return bool(_STATE_HARM.search(normalize_for_parsing(text or "")))


def food_unsafe(text: str | None) -> bool:
    """Is food told unsafe where it was sold or served (a cockroach in the dish, food poisoning, gone off)?"""
    return bool(_FOOD_UNSAFE.search(_MOULD_AT_HOME.sub(" ", text or "")))


# a relative's work told as why no one helps ("我儿子在外地打工 没人帮我弄"): not the citizen's job
_RELATIVE_WORKS = re.compile(
    r"(?:儿子|女儿|闺女|孩子|娃|老伴|老公|媳妇|儿媳|女婿|孙子|孙女)[^，,。\s]{0,6}(?:打工|上班|干活)"
)


# work at all: a job, pay, an employer, a workplace, its insurance or its end ("房子的事" tells none of it)
_ANY_WORK = re.compile(
    r"工资|工钱|薪|上班|打工|干活|做工|务工|临时工|零工|老板|包工头|工头|老板娘|厂|工地|车间|公司|单位|企业|店里|项目部"
    r"|社保|五险|养老保险|医保|工伤|职业病|劳动|加班|辞退|开除|解雇|裁员|辞职|离职|入职|试用期|合同|岗位|员工|职工|工人"
    r"|雇|保姆|月嫂|兼职|实习|骑手|外卖|快递员|司机|绩效|奖金|提成|年终奖|请假|产假|值班|排班|调岗|降薪|编制|聘|教师|老师"
    r"|护士|医生|保安|保洁|服务员|营业员|厨师|学徒|劳务|用工|人事|退休|工龄|补偿金|经济补偿|赔偿金|带班|班长|师傅|工友"
)


_A_HOME = re.compile(r"房|宅基地|院子|院墙|屋")


def home_not_work(text: str | None, respondent: str | None = None) -> bool:
    """A story about a home (a house, a homestead) that tells nothing of work: no job, pay, employer or workplace, in
    the story or the one it is against ("小产权房…村里说要收回去")."""
    said = normalize_for_parsing(f"{text or ''} {respondent or ''}")
    return bool(_A_HOME.search(said)) and not _ANY_WORK.search(said)


def works_there(text: str | None) -> bool:
    """Does the citizen work for the organ named ("在镇政府当临时工 工资拖了")?"""
    return bool(_WORKS_THERE.search(_RELATIVE_WORKS.sub("", text or "")))


def thanks_told(text: str | None) -> bool:
    """Is any word of thanks or a compliment told at all?"""
    return bool(_THANKS.search(normalize_for_parsing(text or "")))


def gas_matter(text: str | None) -> bool:
    """Is the matter gas supply or its safety ("液化气罐阀门漏气", "楼道里总有煤气味"), with no pollution told?"""
    clean = normalize_for_parsing(text or "")
    return bool(_GAS.search(clean)) and not _POLLUTION.search(clean)


def public_power_involved(text: str | None, respondent: str | None = None) -> bool:
    """Does the matter name someone holding public office, or misconduct only public power can commit? 纪检监察
    organs deal with public officials (监察法 第15条); "举报" a restaurant's waste oil is for its regulator."""
    said = normalize_for_parsing(f"{text or ''} {respondent or ''}")
    return bool(_OFFICIAL.search(said) or _PUBLIC_POWER.search(said))


def tells_land(text: str | None) -> bool:
    """Does the story tell of a piece of land at all (a field, a forest, a pond, its 亩, its contract)?"""
    return bool(_LAND.search(normalize_for_parsing(text or "")))


# an act on land or a building, or what a taking gave: without any of them no expropriation is told
_TAKING = re.compile(
    r"征|拆|强迁|搬迁|腾退|棚改|旧改|安置|补偿|收回|收走|收了|收去|占了|占用|被占|推平|推倒|推了|铲|挖|毁|圈|封了"
    r"|用了|修路|建厂|开发|项目|改造|评估|强折|折迁|补尝"  # 强折, 补尝: the usual typos
)


def tells_taking(text: str | None) -> bool:
    """Does the story tell of anything taken, pulled down or compensated at all? A school place refused near the
    citizen's home ("房子是2019年买的 凭啥不让上") is no expropriation."""
    return bool(_TAKING.search(normalize_for_parsing(text or "")))


# 医疗纠纷 is a dispute over diagnosis or treatment (医疗纠纷预防和处理条例 第2条, 民法典 第1218条): the care or who gave it
# is told, not a hospital only as where someone lies now ("摔断了腿 现在还在医院")
_CARE = re.compile(
    r"医生|大夫|护士|诊所|卫生室|卫生院|村医|手术|误诊|漏诊|诊断|治疗|治坏|治死|治残|治了|开药|开错|打针|输液|吊水|打吊瓶"
    r"|抢救|接生|分娩|生孩子|剖腹产|顺产|麻醉|用药|配药|配错|拿错药|发错药|药房|开的药|医疗|病历|看病|就诊|就医|复位|接骨"
    r"|石膏|缝针|拔牙|种牙|镶牙|整形|美容|重做|医院(?:给|把|让|说|没|不|的|收|治|误|耽误|里的|那边)"
)


def tells_care(text: str | None, respondent: str | None = None) -> bool:
    """Does the story tell of medical care or who gave it (a doctor, an operation, a clinic named as the respondent)?"""
    return bool(_CARE.search(normalize_for_parsing(f"{text or ''} {respondent or ''}")))


def tells_violence(text: str | None) -> bool:
    """Does the story tell any violence or threat at all?"""
    return bool(_VIOLENCE.search(HARMLESS_RE.sub(" ", normalize_for_parsing(text or ""))))


def organ_act_on_land(text: str | None, *, organ_named: bool = False) -> str | None:
    """The administrative reading of a story about an organ's act on the citizen's own land or house, with no
    other party to a title dispute: a certificate or registration not issued (review first, 行政复议法 第23条),
    or a 违建 finding or demolition (a decision to review); None otherwise. `organ_named`: the one complained
    about is an organ, so a land matter with nobody else in it is that organ's decision or inaction (第23条)."""
    clean = normalize_for_parsing(text or "")
    if _RIVAL_PARTY.search(clean):
        return None
    if _NOT_ISSUED.search(clean):
        return "administrative_review/review_first"
    if _DEMOLITION.search(clean):
        return "administrative_review/expropriation"
    return "administrative_review/review_first" if organ_named else None
