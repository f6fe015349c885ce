"""What citizens ask mid-way about one kind of matter: whether to call the police, what enforcement costs, how
long a seizure lasts, whether utilities may be cut, social insurance owed, overcharging, a medical appraisal's
cost, a nanny's unpaid wages, 退一赔三, how long a lawsuit takes, an inheritance.

`ASKED` names a kind by the question clause alone; `ASKED_ABOUT_STORY` by a clause read with the whole message
(the clause says "能补吗", the message says what: "公司没给交社保"). Patterns are searched in normalised text
(simplified characters, half-width digits); the answers are FAQ entries of knowledge/legal_routes.yml.
"""

from __future__ import annotations

import re

from actions import situation_questions as situation
from actions.question_kinds import QuestionKind as K
from bot.domain.harassment import tells_sexual_harassment

# "要不要报警", "该不该去派出所报案", "这种算诈骗吗", "报警有用吗": whether to go to the police
CALL_POLICE = re.compile(
    r"(?:要不要|该不该|能不能|可不可以|用不用|需不需要|应不应该|可以|能|应该|需要|得|要)(?:去|直接)?(?:派出所|公安局?)?"
    r"(?:报警|报案|报110|打110)|报警(?:吗|么|不|有用|管用|行不|可以|合适)|报不报警|报没报警也|"
    r"算(?:不算)?(?:诈骗|骗钱|犯罪|刑事)|(?:是不是|是)诈骗|"
    # "能不能直接叫警察来管狗", "找派出所有用吗", "警察管不管这种事": the police asked to come and deal with it
    # (not "上户口要找派出所吗": the station's desk, a service)
    r"(?:要不要|该不该|能不能|可不可以|用不用|需不需要|应不应该|可以|能|应该|需要|得|要)(?:直接)?(?:去)?"
    r"(?:(?:叫|喊)(?:警察|派出所|民警|公安|110)|(?:找|请|让)(?:警察|民警)|(?:找|请|让)(?:派出所|公安)(?:来|出面)?(?:管|处理|抓))|"
    r"(?:警察|民警)(?:到底)?(?:管不管|管吗|管么|能管|会管|管得了|有用)"
)
# "法院执行要交钱吗", "申请强制执行要多少钱", "执行费谁出"
_COST = r"(?:要钱|花钱|交钱|收费|多少钱|费用|要不要钱|钱吗|收钱|掏钱|要交)"
ENFORCEMENT_FEE = re.compile(rf"执行[^,，。]{{0,6}}{_COST}|执行费|执行申请费")
# "说可以申请执行 我不太懂 要钱不": the cost asked in its own clause, the enforcement told before it
_COST_ASKED = re.compile(rf"^(?!.*(?:帮|替)[我俺]?要钱).*{_COST}")  # not "能帮我要钱吗": the debt
_ENFORCEMENT_TOLD = re.compile(r"(?:申请|强制|法院)执行|执行(?:法院|法官|局|庭)")
# "扣车最长能扣多久", "车子押了几天能还", "查封期限多长"
SEIZURE_TIME = re.compile(
    r"(?:扣|押|查封)[^,，。]{0,6}(?:多久|多长时间|几天|多少天|几个月|最长|期限|多长)|(?:最长|最多)(?:能)?扣"
)
# "能不能断水断电", "房东能换锁吗", "能把我东西扔出去吗": cutting utilities, locking out, throwing things out
SELF_HELP = re.compile(
    r"断水|断电|停水|停电|断气|换锁|换门锁|撬锁|把门锁了|锁门|"
    # "把水电都给停咧", "水和电都掐了": the water and power named first, then cut
    r"(?:水电|水和电|电和水|水|电|暖气|煤气|燃气)(?:都|也)?(?:给|被|让)?(?:他|她|房东)?(?:停|断|掐|拉闸|关)(?!车|工|业|留|顿)|"
    r"(?:扔|丢|搬|清)(?:了|出去|出来|掉)?[^,，。]{0,3}(?:东西|行李|家具)|(?:东西|行李|家具)[^,，。]{0,4}(?:扔|丢|清)"
)
# "能这样吗", "这合法吗": whether what the message tells may be done
_MAY_THEY = re.compile(r"能这样|可以这样|这样行|这样做|合法|违法|合理|允许|有权|行吗|行不行|可以吗|能行")
# a house or land taken by the government: the forced-demolition answer, not the landlord's
_EXPROPRIATION = re.compile(r"拆迁|征收|征地|强拆|拆房|拆我")
# "普惠园能随便涨价吗", "幼儿园保育费能涨吗"
KINDERGARTEN_FEE = re.compile(
    r"(?:普惠|幼儿园|保育费|保教费)[^,，。]{0,10}(?:涨|加价|提价|调价|收费)|(?:涨|加价|提价)[^,，。]{0,6}(?:普惠|幼儿园|保育费|保教费)"
)
_KINDERGARTEN = re.compile(r"普惠|幼儿园|保育费|保教费")
_RAISE = re.compile(r"涨|加价|提价|调价")
# "社保能补吗", "公司没交的社保能让他补上不" (not "灵活就业断了还能补缴吗": one's own contributions, a service)
SOCIAL_INSURANCE_OWED = re.compile(
    r"(?:社保|五险|养老保险|社会保险)[^,，。]{0,8}补|补(?:交|缴|上|回)?[^,，。]{0,4}(?:社保|五险|保险)|"
    # "保险该是公司买的吧": whose duty the contributions are
    r"(?:社保|五险|保险)[^,，。]{0,4}(?:该|应该|应当)(?:是)?(?:公司|单位|老板|厂里)(?:给|来)?(?:买|交|缴)"
)
_MAKE_UP = re.compile(r"补")
_NOT_PAID_IN = re.compile(
    r"(?:社保|五险|保险)[^。]{0,12}(?:没|不|未|冇)|(?:没|不|未|冇)[^。]{0,8}(?:交|缴|买|上)[^。]{0,4}(?:社保|五险|保险)|"
    r"该(?:交|缴)不(?:交|缴)|(?:没|不)给(?:我|俺)?(?:交|缴)"
)
# one's own contributions as a flexible worker: the social-insurance office's service (actions.consultation)
OWN_CONTRIBUTIONS = re.compile(r"灵活就业|个体户?|自由职业|自己(?:交|缴)的")
# "这种乱收费找谁管", "多收的钱归谁管": who deals with overcharging
_WHO_DEALS = re.compile(r"找谁|谁管|归谁|哪个部门|什么部门|啥部门|找哪|去哪|还是|向谁|管不管")
_OVERCHARGED = re.compile(r"乱收费|乱收钱|乱收|多收|收了没做|根本没做|没做也收|重复收费|收费不合理|多扣")
# "医疗鉴定要多少钱 谁出", "鉴定费谁掏"
_APPRAISAL_COST = re.compile(
    r"鉴定[^,，。]{0,6}(?:多少钱|要钱|费用|花钱|谁出|谁付|谁掏|贵不贵|收费|钱吗|要不要钱)|鉴定费"
)
_MEDICAL = re.compile(r"医疗|医院|手术|医生|诊所|卫生院|医学会|病")
# "我这个能去劳动局告吗" from a nanny: labour offices do not take a family's helper
_LABOUR_OFFICE = re.compile(r"劳动局|劳动监察|监察大队|仲裁|人社|劳动部门|劳动保障")
_HOUSEHOLD_HELP = re.compile(r"保姆|月嫂|育儿嫂|钟点工|住家阿姨|住家|家政|护工")
# "能退一赔三吗", "假一赔十"
REFUND_MULTIPLE = re.compile(r"[退假]一赔[三十3]|赔[三十3]倍|[三十3]倍赔偿")
# "起诉的话要多久", "打官司多长时间能判"
SUIT_TIME = re.compile(
    r"(?:起诉|打官司|告状|上法院|诉讼|告他|告他们)[^,，。]{0,8}(?:多久|多长时间|几个月|多少天|几天|啥时候|什么时候|好久)|"
    r"(?:多久|多长时间|几个月)[^,，。]{0,6}(?:判|开庭|立案)"
)
# "这个宅基地俺有份没", "房子我能分到吗", "老人走了没留遗嘱 怎么分": a share of what a parent left
_SHARE = re.compile(r"有份|有没有份|份儿|继承|分得到|分不到|能分|怎么分|能不能分|分多少|分不分")
_ESTATE = re.compile(r"宅基地|房子|老屋|老宅|遗产|家产|祖屋|房产")
_OWN_SHARE = re.compile(r"有份|有没有份|继承")
_DEATH = re.compile(r"去世|过世|走了|不在了|遗嘱|继承|死了|病逝|没了|老人走")
# "这钱还能找回来不" after a report to the police ("报警两个月了"), not a compensation asked of the police
# ("拘留那几天能要赔偿不", whose route answers it)
REPORTED_TO_POLICE = re.compile(r"报警|报案|报了警|报过警|报了案")
RECOVERED = re.compile(r"(?:找|追|要|拿|讨)(?:得|不)?回")

# "交不起会不会被拘留", "罚款要不要先交", "不交罚款会怎样": paying a fine one cannot or does not want to pay yet
# (asked about a fine: the story or the question names one)
FINE_TOLD = re.compile(r"罚款|罚了|罰|罚单|处罚")
# "罚了两万 我拿不出 会不会被强制执行": the consequence asked, the means told in another clause
CANNOT_PAY = re.compile(r"交不起|交不上|交不出|没钱交|付不起|拿不出|凑不齐")
CONSEQUENCE = re.compile(r"(?:会|要)[^。？?]{0,4}(?:怎么样|怎样|咋样|拘留|坐牢|被抓|强制执行|加罚)")
FEARS_DETENTION = re.compile(r"交[^。？?]{0,8}(?:拘留|坐牢|抓|关起来)")
FINE_UNPAYABLE = re.compile(
    rf"(?:{CANNOT_PAY.pattern}|不交)[^。？?]{{0,8}}(?:会|要|得|就)?[^。？?]{{0,4}}"
    r"(?:怎么样|怎样|咋样|咋办|怎么办|拘留|坐牢|抓|关|强制|加罚|滞纳)"
    r"|(?:要不要|用不用|是不是|必须|得|该不该)(?:先)?(?:交|缴)(?:罚款|钱)|(?:罚款|钱)(?:要不要|用不用|必须|得|该不该)先(?:交|缴)"
    r"|罚款[^。？?]{0,4}(?:要不要|用不用|必须|得|该不该)[^。？?]{0,2}先?(?:交|缴)"
    r"|(?:罚款|罚的钱)[^。？?]{0,6}(?:能不能|可不可以|可以|能)(?:分期|缓交|晚点交|慢慢交|少交|暂缓)"
)
# "加装电梯…这个政策到底要多少人同意才行啊", "是不是要全体同意": the owners' vote on a lift (the message names it)
LIFT_TOLD = re.compile(r"加装电梯|装电梯|加梯|加电梯|装个电梯|電梯")
CONSENT_ASKED = re.compile(
    r"(?:多少|几|几成|几户|几家|哪些)[^。？?]{0,4}(?:人|户|家|业主)?[^。？?]{0,3}(?:同意|签字|签名|表决)"
    r"|(?:全体|全部|所有人|所有户|每一户|每户|每家|都|一户不落)[^。？?]{0,3}(?:同意|签字)"
    r"|(?:一户|一家|有人|有一户|有一家)[^。？?]{0,4}(?:不同意|反对)[^。？?]{0,6}(?:能不能|能|可以|还能|就不能|就装不)"
    r"|(?:同意|签字)[^。？?]{0,4}(?:多少|几|比例)"
)
# "施工能不能继续", "他会不会去告我们": whether the lift may go on over one owner's no, which the vote decides
LIFT_GOES_ON = re.compile(
    r"施工|继续(?:装|建|干|弄)?|接着装|还能装|装得(?:成|了)|装不(?:成|了)|开工|停工|告我们"
    r"|(?:能不能|能|可以|可不可以|好不好|好)(?:装|加)"  # "电梯到底能不能装", Wu "好装伐"
)
# "…街道说要全体同意 是这样吗": a question that only asks whether what was just said is so
CONFIRMS = re.compile(r"(?:是|真)(?:这样|这么回事|的)?(?:吗|么|不|嘛)|对(?:吗|不|不对)|真的吗|是不是")
# "…动手动脚 我能举报吗 会不会丢工作": what one harassed may do, and whether it costs the job
HARASSMENT_ASKED = re.compile(
    r"举报|投诉|报警|告|丢工作|丢饭碗|开除|辞退|炒|怎么办|咋办|能不能|可以吗|有用吗|怎么处理"
)
LOSING_THE_JOB = re.compile(r"丢工作|丢饭碗|开除|辞退|炒鱿鱼|被炒|报复|穿小鞋|不让我干")
# "新农保每个月才一百来块钱 为啥这么少", "农村养老金怎么算的": the residents' pension and how it is made up
RURAL_PENSION_TOLD = re.compile(
    r"新农保|农保|城乡居民(?:基本)?养老|居民养老(?:保险|金)|农村(?:的)?养老(?:金|保险|钱)"
)
PENSION_AMOUNT_ASKED = re.compile(
    r"(?:这么|太|才|咋|怎么|为啥|为什么)[^。？?]{0,4}(?:少|低|点)|怎么算|咋算|能不能(?:多|涨|提高)|能涨"
)
# a pension at all, and how many years must be paid ("是不是得交够15年才能领", "最少交几年"), or whether paying
# longer gives more ("交的年头多就多给吗")
PENSION_TOLD = re.compile(r"养老金|养老保险|养老钱|退休金|退休工资|社保|农保")
PENSION_YEARS_ASKED = re.compile(
    r"(?:交|缴)(?:够|满|足)(?:了)?(?:15|十五)年|(?:最低|最少|至少|起码)(?:要|得)?(?:交|缴)(?:多少|几)年"
    r"|(?:交|缴)(?:几|多少)年(?:才|就)?(?:能|可以)?领"
)
# paying up one's own years ("交了十二年 还能补缴不"), not an employer's arrears ("社保到底能不能补交")
PAY_UP_ASKED = re.compile(r"(?:能|可以|还能)(?:不能)?补(?:交|缴)|补(?:交|缴)(?:吗|不|么)")
OWN_YEARS_TOLD = re.compile(r"养老|退休|[几多\d一二三四五六七八九十]+年")
# a payment that fell ("为啥这个月少了三百多"): the matter itself, not how a pension is worked out
PAID_SHORT = re.compile(
    r"(?:这个?月|这俩月|这两个月|上个?月|突然|今年)[^。？?]{0,6}少了|少(?:了|发了?)[\d一二三四五六七八九十几百]+"
)
PENSION_MORE_ASKED = re.compile(
    r"(?:年头|年数|年限|时间)(?:长|多)(?:的)?(?:就|能)?多(?:给|发|拿|领)|多交多(?:得|拿|领)|交得(?:多|久)(?:就)?(?:多|高)"
)
# the review's time limit asked beside a suit's ("复议和起诉期限各多久"); a limit already missed is REVIEW_MISSED's
REVIEW_TIME_FIRST = re.compile(rf"^(?!.*(?:过了|超过|已经过|错过))(?:{situation.REVIEW_DEADLINE.pattern})")

# "如果复议了他们还是不给呢", "复议输了咋办": the review lost, then 15 days to sue
REVIEW_LOST = re.compile(
    r"复议(?:了|完|过|以后|之后)?[^,，。?？]{0,8}(?:还是不|仍然不|也不|还不|输了|维持|没用|不管用|驳回)"
)
# the kind a question clause asks by its own words; tried in order, before the general kinds
ASKED: tuple[tuple[K, re.Pattern[str]], ...] = (
    (K.ENFORCEMENT_FEE, ENFORCEMENT_FEE),
    (K.SEIZURE_TIME, SEIZURE_TIME),
    (K.KINDERGARTEN_FEE, KINDERGARTEN_FEE),
    (K.REFUND_MULTIPLE, REFUND_MULTIPLE),
    # "复议和起诉期限各多久": the time to apply for a review (and to sue instead), not how long a trial takes
    (K.REVIEW_DEADLINE, REVIEW_TIME_FIRST),
    (K.SUIT_TIME, SUIT_TIME),
    (K.REVIEW_TIME, REVIEW_LOST),
)


def asked_about_story(clause: str, clean: str) -> K | None:
    """The kind a question clause asks when the whole message `clean` says what it is about ("能补吗" with "公司
    没给交社保"), or None."""
    if situation.IS_IT_LAWFUL.search(clause) and situation.MEDICAL_RECORDS.search(clean):
        return K.MEDICAL_RECORDS  # "医院不给复印病历 这合法吗": the records, not lawfulness in general
    if (SELF_HELP.search(clause) or (_MAY_THEY.search(clause) and SELF_HELP.search(clean))) and not (
        _EXPROPRIATION.search(clean)
    ):
        return K.SELF_HELP  # "能断水断电吗", "房东把我行李扔出去了 这合法吗"
    if _MAY_THEY.search(clause) and KINDERGARTEN_FEE.search(clean):
        return K.KINDERGARTEN_FEE  # "保教费一下涨六百 这合理吗"
    if (
        SOCIAL_INSURANCE_OWED.search(clause) or (_MAKE_UP.search(clause) and _NOT_PAID_IN.search(clean))
    ) and not (OWN_CONTRIBUTIONS.search(clean)):
        return K.SOCIAL_INSURANCE_OWED
    if _RAISE.search(clause) and _KINDERGARTEN.search(clean):
        return K.KINDERGARTEN_FEE
    if _COST_ASKED.search(clause) and _ENFORCEMENT_TOLD.search(clean) and not _FOR_PETITIONING.search(clause):
        return K.ENFORCEMENT_FEE
    if _APPRAISAL_COST.search(clause) and _MEDICAL.search(clean):
        return K.MEDICAL_APPRAISAL_COST
    if _WHO_DEALS.search(clause) and _OVERCHARGED.search(clean):
        return K.OVERCHARGE
    if _LABOUR_OFFICE.search(clause) and _HOUSEHOLD_HELP.search(clean):
        return K.DOMESTIC_HELPER
    if (
        _SHARE.search(clause)
        and _ESTATE.search(clean)
        and (_DEATH.search(clean) or _OWN_SHARE.search(clause))
    ):
        return K.INHERITANCE
    if CALL_POLICE.search(clause):
        return K.CALL_POLICE
    return None


# "要不要交钱啊 反映这个": the money asked about is for petitioning, not the fine told beside it (unless the
# clause names the fine, paying first or not being able to pay)
_FOR_PETITIONING = re.compile(r"反映|信访|登记|上访|投诉")
_OF_THE_FINE = re.compile(r"罚|先|不起|不上|不出|拘留|抓|强制")


def asked_first(clause: str, clean: str) -> K | None:
    """The kinds read before the general ones (a fine one cannot pay, the residents' pension, harassment at work, a
    lift's vote): the clause asks, the whole message `clean` says about what; None for none of them."""
    for_petitioning = _FOR_PETITIONING.search(clean) and not _OF_THE_FINE.search(clause)
    if not for_petitioning and (
        (FINE_UNPAYABLE.search(clause) and (FINE_TOLD.search(clean) or FEARS_DETENTION.search(clause)))
        or (CONSEQUENCE.search(clause) and CANNOT_PAY.search(clean) and FINE_TOLD.search(clean))
    ):
        return K.FINE_UNPAYABLE  # "交不起会不会被拘留啊" about a fine of 20,000
    pays_up = PAY_UP_ASKED.search(clause) and OWN_YEARS_TOLD.search(clean)
    if (PENSION_YEARS_ASKED.search(clause) or pays_up) and PENSION_TOLD.search(clean):
        return K.PENSION_YEARS  # "是不是得交够15年才能领"
    if PENSION_AMOUNT_ASKED.search(clause) and RURAL_PENSION_TOLD.search(clean):
        return K.RURAL_PENSION  # "新农保每个月才一百来块钱 为啥这么少啊"
    if (
        (PENSION_AMOUNT_ASKED.search(clause) or PENSION_MORE_ASKED.search(clause))
        and PENSION_TOLD.search(clean)
        and not PAID_SHORT.search(clean)
    ):
        return K.PENSION_FORMULA  # "我爸退休了 养老金是咋算的"
    if HARASSMENT_ASKED.search(clause) and tells_sexual_harassment(clean):
        return K.HARASSMENT  # "经理老是动手动脚 我能举报吗 会不会丢工作"
    return lift_vote_asked(clause, clean)


def lift_vote_asked(clause: str, clean: str) -> K | None:
    """ "一楼反对…这个政策到底要多少人同意才行啊", "街道说要全体同意 是这样吗", or "是不是一定要全部同意" when the
    story `clean` (normalised) tells of a lift: the owners' vote; None otherwise."""
    confirms = CONFIRMS.fullmatch(clause.strip(" ?？")) and CONSENT_ASKED.search(clean)
    asked = CONSENT_ASKED.search(clause) or confirms or LIFT_GOES_ON.search(clause)
    return K.LIFT_CONSENT if asked and LIFT_TOLD.search(clean) else None
