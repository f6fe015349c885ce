"""What citizens ask mid-way about the substance of their own matter: how soon an autopsy must be done, whether to
go to arbitration, whom to sue, whether a wage IOU goes straight to court, whether an appraisal comes first, whether
a neighbour must pull down a wall, ten times the price for bad food, who governs school fees, where to apply for
低保, what a mu of land is worth, what the survivors of a pensioner get, whether a fine may be lighter, whether a
pregnant worker may be dismissed.

Each kind is a FAQ entry of knowledge/legal_routes.yml, named by a question clause (`ASKED`, the clause's words and,
where needed, the story's) or by the story alone when the question only asks who deals with it (`OFFICE`). Patterns
are searched in normalised text (simplified characters, half-width digits). Pure: no I/O.
"""

from __future__ import annotations

import re

from actions import situation_questions as situation
from actions import worker_questions as worker
from actions.accident_questions import ACCIDENT_ASKED
from actions.business_questions import BUSINESS_ASKED, BUSINESS_BEFORE_GENERAL, BUSINESS_OFFICE
from actions.court_later_questions import COURT_LATER_ASKED, COURT_LATER_ONLY
from actions.estate_questions import ESTATE_ASKED
from actions.family_questions import FAMILY_ASKED, MARITAL_PROPERTY_ASKED
from actions.home_questions import HOME_ASKED, HOME_OFFICE
from actions.labour_rights_questions import LABOUR_RIGHTS_ASKED, LABOUR_RIGHTS_EXCEPT, ONLY_THESE
from actions.local_questions import LOCAL_ASKED, LOCAL_LATER, LOCAL_OFFICE
from actions.medical_questions import MEDICAL_ASKED
from actions.pregnancy_questions import PREGNANCY_ASKED
from actions.question_kinds import QuestionKind as K
from actions.suing_questions import SUING_ASKED, without_refusals
from actions.trade_questions import TRADE_ASKED, WORTH_SUING
from actions.village_questions import VILLAGE_ASKED
from actions.welfare_questions import WELFARE_ASKED
from actions.work_death_questions import WORK_DEATH_ASKED

_ANY = re.compile("")
_NEVER = re.compile(r"(?!)")


_MEDICAL = r"医院|医疗|医生|手术|诊所|卫生院|住院|治疗|看病"
_LABOUR_OFFICE = r"劳动局|劳动监察|监察大队|人社|劳动部门|仲裁"
_WAGES_OWED = worker.WAGES_OWED
_HURT = worker.HURT
_AT_WORK = rf"{worker.AT_WORK}|公司"
_FOOD = r"食品|食物|吃出|吃坏|中毒|拉肚子|牛奶|奶粉|饮料|零食|饼干|面包|蛋糕|月饼|罐头|方便面|熟食|过期|变质|发霉|保质期|吃的|吃了|喝了"
_ENCROACHED = (
    r"(?:占|侵占|越界|压)[^。]{0,10}(?:宅基地|地|院|路|界)|宅基地[^。]{0,10}占|地界|边界|过界|"
    r"(?:砌|盖|建|修|垒|伸)(?:到|进|过)[^。]{0,6}(?:俺|我)(?:们)?家"
)
_SOLD_TWICE = r"开发商|售楼|卖给(?:了)?别人|一[^。]{0,3}卖两|卖了两[家次回]|又卖"
_SCHOOL_FEE = (
    r"(?:学校|小学|中学|初中|高中|老师|班主任)[^。]{0,20}(?:乱收|收费|收钱|交钱|补课费|资料费|辅导费)|"
    r"(?:乱收费|补课费|资料费|辅导费)[^。]{0,12}(?:学校|孩子|学生)"
)
_IS_WORK_INJURY = situation.IS_WORK_INJURY
# past retirement age: "他六十一了", "俺都65了", "超龄"
_OVER_AGE = r"(?:[六七]十|[67]\d)(?:多|几|[一二三四五六七八九])?(?:岁|了)|超龄|退休年龄|过了退休|岁数大|年纪大|上了年纪"
# whose worker one is is in doubt: "平台说我不是他们员工", "跟配送商签的协议"
_EMPLOYER_UNCLEAR = r"不是(?:他们|它|公司|平台|单位|厂里)?的?(?:员工|职工|正式工|人)|平台|配送商|外包|派遣|骑手|外卖|众包|挂靠"
_NO_CONTRACT = r"没(?:有)?签(?:过|订)?(?:劳动)?合同|没(?:有)?(?:劳动)?合同|没订合同"
# "要先交钱才能复议吗", "不交钱能告吗": whether paying comes before a review or a suit
_PAY_FIRST = (
    r"先[^,，。]{0,6}(?:交|缴|付)[^,，。]{0,8}(?:才|再)[^,，。]{0,4}(?:复议|起诉|告|申请)|"
    r"不(?:交|缴)[^,，。]{0,6}(?:能|可以|能不能)[^,，。]{0,4}(?:复议|起诉|告)|(?:要不要|用不用|是不是要|得|必须)先(?:交|缴)"
)

_FIRE_LANE = r"消防通道|消防车道|疏散通道|安全出口|楼道[^。]{0,8}(?:堆|堵|占|杂物|放满|塞满|全是)|(?:堆|堵|占)[^。]{0,8}(?:楼道|通道)"
_NO_FATHER = r"鉴定|结婚证|非婚|没(?:有)?结婚|未婚|没领证|(?:孩子|娃|小孩|他)(?:他|的)?(?:爸|爹)[^。]{0,6}(?:不配合|不管|分开|跑|不认)"
_HUKOU = r"户口|落户|上户"

# "能不能…多少", "按规定能拿多少", "该告开发商还是告买了车位的那个人": questions the general reader misses
_ASKS = re.compile(
    r"(?:能|可以|该|应该|应当|按规定|到底)(?:拿|领|给|发|补|赔|得|分)?多少|告[^,，。]{1,12}还是(?:告)?|(?:该|要)告谁|"
    r"需不需要|必不必要|(?:每|一)亩[^,，。]{0,8}(?:多少|几)|"
    # "这到底算劳动还是劳务": which relation it is (actions.worker_questions)
    r"劳动(?:关系)?还是劳务|劳务(?:关系)?还是劳动|(?:算|是)劳[动务]关系(?:不|吗|么|没)|"
    # "工伤到底是人社局管还是劳动仲裁管": which of two offices
    r"[^,，。]{1,10}管还是[^,，。]{1,10}管"
)
# "打官司干啥 就要修水", "打那官司做啥": why would I sue, a no, not a question about suing; "没有 哪个敢": nobody
# dares, a no said with a shrug
_RHETORICAL = re.compile(
    r"(?:打(?:那|这|个|那个|这个|啥)?官司|告(?:他|她|他们|人家)?状?|起诉(?:他|她|他们)?)(?:干啥|干嘛|干什么|做啥|做什么|搞么子|弄啥)|"
    r"^(?:哪个|哪个人|谁|哪有人)敢(?:去)?(?:告|惹|说|管|得罪)?(?:他|她|他们|人家)?[啊呀哦嘛哟哇]*[\s,，。.!！?？~～]*$"
)

# (FAQ key, what the question clause says, what the story must tell); the first that fits answers; the working
# people's own questions (actions.worker_questions) come first
ASKED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    *WORK_DEATH_ASKED,  # a death at work and a settlement pressed on the family: before any general claim
    *TRADE_ASKED,  # workers', traders' and buyers' questions beside an answer
    *worker.ASKED,
    *COURT_LATER_ASKED,  # "处理不好我再去法院": the review and suit deadlines run meanwhile
    *LABOUR_RIGHTS_ASKED,  # plain labour-law questions: the general contractor, arbitration first, a fine paid…
    *LOCAL_ASKED,  # villagers' and city residents' own kinds (seeds, trees, a lost parcel…)
    *MARITAL_PROPERTY_ASKED,  # a spouse's hidden savings in a divorce, before a married-out daughter's share
    *VILLAGE_ASKED,  # a married-out daughter's share, a field taken back, a falling slope…
    *ESTATE_ASKED,  # a housing estate's shared parts and its owners' committee
    *FAMILY_ASKED,  # old people's and families' own (a parent's house taken, shares, a dog bite, a phone call)
    *WELFARE_ASKED,  # help at once for a household with nothing to eat, a child whose parents are gone
    *HOME_ASKED,  # a neighbour's dog, a shed on the roof, a late flat's mortgage, a bill for a test never done
    # "能告他们吗" of a pension the 社保 office worked out: 复议 or a lawsuit against that office
    (
        "pension_sue",
        re.compile(r"(?:能不能|可不可以|能|可以|能否|怎么)(?:去)?(?:告|起诉|打官司)|告得(?:了|赢)"),
        # a pension worked out or paid short, no employer in the story (whose unpaid contributions are its own matter)
        re.compile(
            r"^(?![\s\S]*(?:公司|单位|老板|厂|企业))[\s\S]*(?:养老金|退休金|退休工资|养老保险待遇|12333)"
            r"[\s\S]*(?:算错|少发|少了|太少|核|停发|扣|怎么算|这么算|差了)"
        ),
    ),
    *MEDICAL_ASKED,  # a death in hospital: the autopsy's time, the body kept until the family decides
    (
        "lighter_penalty",
        re.compile(
            r"少罚|罚少|罚轻|轻罚|从轻|减轻处罚|(?:能不能|可不可以|能|可以)[^,，。]{0,3}不罚|免罚|免予处罚|罚款[^,，。]{0,4}(?:减|少)|减免罚款"
        ),
        _ANY,
    ),
    *PREGNANCY_ASKED,  # a pregnant worker dismissed, or afraid to be
    (
        "medical_appraisal_first",
        re.compile(
            r"(?:要不要|用不用|需不需要|需要|得|必须|是不是要|该不该)(?:先)?(?:做|申请|搞)?[^,，。]{0,4}鉴定(?!费)"
        ),
        re.compile(_MEDICAL),
    ),
    (
        "iou_suit",
        re.compile(
            r"(?:欠条|借条|打的条)[^。]{0,12}(?:法院|起诉|告|打官司)|(?:法院|起诉|告|打官司)[^。]{0,10}(?:欠条|借条)"
        ),
        _ANY,
    ),
    (
        "iou_suit",
        re.compile(r"(?:能不能|可不可以|能|可以)[^,，。]{0,6}(?:去法院|起诉|告)"),
        re.compile(r"欠条|借条|打了(?:个|张)?条"),
    ),
    (
        "work_injury_contractor",
        re.compile(
            r"告[^,，。]{0,4}(?:公司|老板|包工头|工头)|(?:公司|老板|包工头)[^,，。]{0,6}(?:要不要|该不该|能不能)告|"
            r"告谁|找谁赔|谁(?:来)?赔|谁负责"
        ),
        worker.both(_HURT, _AT_WORK),
    ),
    # "是不是要先把钱交了才能申请复议": taxes are paid (or guaranteed) first
    ("tax_pay_before_review", re.compile(_PAY_FIRST), re.compile(r"税|滞纳金")),
    # "要先交了罚款才能复议吗": a review or suit named; "罚款要不要先交" alone is the fine's own kind
    ("fine_unpayable", re.compile(rf"(?=.*(?:复议|起诉|告))(?:{_PAY_FIRST})"), re.compile(r"罚")),
    # "他六十一了还能认工伤吗": age first, then whose worker, then the contract never signed
    ("work_injury_over_age", re.compile(_IS_WORK_INJURY), re.compile(_OVER_AGE)),
    ("work_injury_employer_unclear", re.compile(_IS_WORK_INJURY), re.compile(_EMPLOYER_UNCLEAR)),
    # the story said it ("我没签过合同"); asked in the question itself, it is its own kind
    ("work_injury_no_contract", re.compile(rf"^(?!.*合同).*(?:{_IS_WORK_INJURY})"), re.compile(_NO_CONTRACT)),
    (
        "wages_office",
        re.compile(
            rf"(?:{_LABOUR_OFFICE})[^,，。]{{0,6}}还是[^,，。]{{0,6}}法院|法院[^,，。]{{0,6}}还是[^,，。]{{0,6}}(?:{_LABOUR_OFFICE})"
        ),
        re.compile(_WAGES_OWED),
    ),
    (
        "wages_arbitration",
        re.compile(
            r"(?:要不要|该不该|用不用|需不需要|需要|是不是要|能不能|可不可以|可以|能)(?:去|先)?(?:申请)?(?:劳动)?仲裁|"
            r"仲裁(?:有用|管用|行不行|行吗|可以吗)"
        ),
        re.compile(_WAGES_OWED),
    ),
    *BUSINESS_BEFORE_GENERAL,
    *SUING_ASKED,  # many suing together; whom to sue when a government took the house
    (
        "whom_to_sue_seller",
        re.compile(r"告谁|起诉谁|该告哪|告哪个|告[^,，。]{1,12}还是"),
        re.compile(_SOLD_TWICE),
    ),
    ("whom_to_sue", re.compile(r"告谁|起诉谁|该告哪|告哪个|告[^,，。]{1,12}还是"), _ANY),
    (
        "remove_encroachment",
        re.compile(r"(?:叫|让|要|逼|要求|请)[^,，。]{0,8}(?:拆|挪|退回|让出|恢复)"),
        re.compile(_ENCROACHED),
    ),
    (
        "food_ten_times",
        re.compile(r"赔十|十倍|[退假]一赔|赔[三3]倍|赔多少|赔偿多少|怎么赔"),
        re.compile(_FOOD),
    ),
    # "民政说要重新申请 要多久啊": how long the re-application takes, not the petition
    (
        "subsistence_allowance_time",
        re.compile(r"多久|多长时间|几天|几个月|啥时候能|什么时候能"),
        worker.both(r"低保|最低生活保障", r"(?:重新|再|去|要)申请|申请[^。]{0,4}(?:多久|多长|几天)"),
    ),
    (
        "subsistence_allowance",
        re.compile(
            r"(?:能|可以|怎么|咋|去哪|哪里|找谁)[^,，。]{0,4}申请|申请[^,，。]{0,4}(?:不|吗|么)|(?:能|可以)?领多少"
        ),
        re.compile(r"低保|最低生活保障"),
    ),
    (
        "reforestation_per_mu",
        re.compile(r"(?:每|一)亩[^,，。]{0,8}(?:多少|几)"),
        re.compile(r"退耕|还林|还草"),
    ),
    (
        "land_compensation_per_mu",
        re.compile(r"(?:每|一)亩[^,，。]{0,8}(?:多少|几)"),
        re.compile(r"征地|征收|征用|征了|被征"),
    ),
    (
        "survivor_grants",
        re.compile(r"多少|咋算|怎么算|标准|几个月"),
        re.compile(r"丧葬|抚恤|遗属"),
    ),
    *BUSINESS_ASKED,
    # "堵消防通道能打119吗": 96119 for a blocked lane, 119 when it burns
    ("fire_lane", re.compile(r"119|消防|火警"), re.compile(_FIRE_LANE)),
    # "能不能不做亲子鉴定就上户口": a child born outside marriage may be registered with the mother
    ("hukou_without_father", re.compile(r"户口|落户|上户"), re.compile(_NO_FATHER)),
    *ACCIDENT_ASKED,
    *LOCAL_LATER,  # after the shops' own: a fine with its appeal named is fine_unpayable's
)
# asked of the story but about something else: medicines have their own law; a 低保 stopped is reviewed
EXCEPT = {
    **worker.EXCEPT,
    **LABOUR_RIGHTS_EXCEPT,
    "food_ten_times": re.compile(r"药"),
    # "拆了能要赔偿吗" of a shed the town pulled down: damages asked (compensation's), not how to report a 违建
    "illegal_structure": re.compile(r"^[^\n]*(?:赔|补偿)"),
    "subsistence_allowance": re.compile(r"复议|起诉|告|仲裁|取消|停"),
    "subsistence_allowance_time": re.compile(r"复议|起诉|告|仲裁"),
    "survivor_grants": re.compile(r"工亡|工伤|因工|事故|车祸|烈士|军人|退役"),  # other grants, other laws
}
# asked who deals with it (or whether we do): the story alone names the kind
OFFICE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("school_fees", re.compile(_SCHOOL_FEE)),
    ("hukou_without_father", worker.both(_HUKOU, _NO_FATHER)),  # "户口上不了 没有结婚证…这个怎么办"
    ("office_school_bullying", situation.SCHOOL_BULLYING),  # "学校不管 教育局管不管"
    *BUSINESS_OFFICE,
    *LOCAL_OFFICE,
    *HOME_OFFICE,
)
OFFICE_KINDS = frozenset({K.WHICH_OFFICE, K.WILL_YOU_ACT, K.DOES_IT_HELP})
# general kinds (and near ones) that a question about one's own matter may have been read as
TAKEN_OVER = frozenset(
    {
        K.OWN_MATTER,
        K.OTHER,
        K.CAN_I_SUE,
        K.IS_IT_LAWFUL,
        K.FEES,
        K.REFUND_MULTIPLE,
        K.DISMISSAL_PAY,
        K.GET_BACK,
        K.COMPENSATION,  # "能赔多少" of food that made one ill: the food law's ten times, not fault in general
        K.PROXY,  # "你们能帮我们要回来吗" of wages owed: whether we get the money back, not who may come instead
        K.WORK_INJURY_WHAT,
        K.VISIT_TOGETHER,  # "我们大家一起去仲裁行不行": arbitration together, not a visit
        K.RETRIAL,  # "离婚判决也能再审吗": the divorce itself cannot be tried again
        K.CALL_POLICE,  # "老板跑路了 能报警吗": a boss who fled with the wages, not an injury's report (lead-100)
        K.WHEN_HANDLED,  # "重新申请要多久" of a 低保: the office's own time, not the petition's  # "那我这个到底算不算工伤" of a rider: whose worker he is decides it
        *OFFICE_KINDS,
    }
)


def asks(clause: str) -> bool:
    """Whether a clause asks in a form the general reader misses ("按规定能拿多少", "该告A还是告B")."""
    asked = _ASKS.search(without_refusals(clause)) or WORTH_SUING.search(clause)
    return bool(asked) and not rhetorical(clause)


def rhetorical(clause: str) -> bool:
    """ "打官司干啥": a refusal to sue said as a question; it asks nothing."""
    return bool(_RHETORICAL.search(clause))


def asked_key(clause: str, told: str) -> str | None:
    """The FAQ key of what one question clause asks about the matter `told` (normalised), or None."""
    clause = without_refusals(clause)  # "我不是要告谁": no one is sued
    for key, asked, story in ASKED:
        if (
            asked.search(clause)
            and story.search(told)
            and not EXCEPT.get(key, _NEVER).search(f"{clause}\n{told}")
        ):
            return key
    return None


def answer_key(kind: K | None, clauses: list[str], told: str) -> str | None:
    """The FAQ key that answers a question read as `kind`, given its question clauses and everything told so
    far (normalised); None leaves the general answer."""
    only = {**ONLY_THESE, **{k: ONLY_THESE.get(k, frozenset()) | v for k, v in COURT_LATER_ONLY.items()}}
    if kind in only:  # "老板会知道是我告的吗" of a wage complaint: the labour inspectors' secrecy only
        found = next((key for clause in clauses if (key := asked_key(clause, told)) is not None), None)
        return found if found in only[kind] else None
    if kind not in TAKEN_OVER:
        return None
    found = next((key for clause in clauses if (key := asked_key(clause, told)) is not None), None)
    if found is not None or kind not in OFFICE_KINDS:
        return found
    return next((key for key, story in OFFICE if story.search(told)), None)
