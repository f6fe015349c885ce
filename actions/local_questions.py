"""What villagers and city residents ask about their own matter: whether the seller pays for seeds that ruined a crop,
whether the police deal with trees cut, who sets traffic lights, whether a courier's cap on a lost parcel holds, who
pays when an enforcement officer hurt someone, where a medical appraisal is asked for, whether cutting water and
power to force a move is lawful, whether the heating fee comes back for a cold flat, whether more is paid for a grave
moved.

Rows of the same shape as `actions.own_matter_questions.ASKED` and `OFFICE` (FAQ key of knowledge/legal_routes.yml,
what the question clause says, what the story must tell). Patterns are searched in normalised text (simplified
characters, half-width digits). Pure: no I/O.
"""

from __future__ import annotations

import re

_FARM_INPUT = r"种子|种苗|秧苗|除草剂|农药|杀虫剂|打药|化肥|肥料"
_TREES_CUT = r"(?:砍|伐|锯)(?:了|掉|走|倒)?[^。]{0,8}(?:树|杉|松|柏|林|木)|盗伐|滥伐|偷砍|偷伐"
_SIGNALS = r"红绿灯|信号灯|交通灯|斑马线|人行横道|减速带|交通标志|标线"
_PARCEL = r"快递|快件|包裹|中通|圆通|申通|韵达|顺丰|极兔|百世|德邦|邮政|EMS|ems|驿站"
_ENFORCER_HURT = r"(?:城管|执法人员|执法队|协管|综合执法)[^。]{0,16}(?:推|打|踢|拽|摔|伤|倒)|(?:推|打)(?:倒|伤)?[^。]{0,10}城管"
_MEDICAL = r"医院|医疗|医生|手术|诊所|卫生院|住院|治疗|看病|术后"
# water and power cut to force people out of a house being taken; a landlord's lease is landlord_self_help's
_FORCED_OUT = (
    r"^(?![\s\S]*(?:房东|租客|房租|租的))"
    r"(?=[\s\S]*(?:断水|断电|停水|停电|断了水|断了电|水电))(?=[\s\S]*(?:拆迁|拆除|强拆|征收|旧改|要拆|拆我))"
)

# whether it is allowed: "这合法吗", "你说这合不合法", "能这样吗"
_LAWFUL = r"合法|违法|合不合法|犯法|能这样|可以这样|这样行|允许|有权|合理吗|对不对|行不行"
# who pays, or may I ask for it: "能赔俺钱不", "能让他赔吗", "医药费谁出"
_PAY = r"赔|医药费|医疗费|谁出|谁来出|谁掏|谁负责|损失"
# which office: "归谁管", "派出所管不管", "交警还是市政"
_WHO = r"归谁|谁管|管不管|管吗|管么|哪个部门|哪个单位|找谁|找哪|报警|报案|派出所|公安|林业局|林业站|还是"

# a cold flat in the heating season: "暖气费能不能退" (not "退休")
_HEATING = r"暖气|供暖|供热|采暖|取暖|地暖|热力公司|热力|开栓"
_MONEY_BACK = (
    r"^(?![\s\S]*(?:物业费|房租|押金|租金|水费|电费))[\s\S]*(?:退(?!休)|返还|少交|不交|减免|要回来|赔)"
)

# a grave moved for a road or a project: its compensation, asked as more money ("迁坟的钱能不能多要点")
_GRAVE_MOVED = r"迁坟|移坟|迁墓|坟(?:墓|地|头)?[^。]{0,6}(?:迁|移|挖|平|搬|挪)"
_MORE_MONEY = r"多要|多给|多补|多赔|补偿|标准|太少|少了|钱|多少"

LOCAL_ASKED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("forced_demolition", re.compile(_LAWFUL), re.compile(_FORCED_OUT)),
    ("heating_refund", re.compile(_MONEY_BACK), re.compile(_HEATING)),
    ("farm_input_loss", re.compile(_PAY), re.compile(_FARM_INPUT)),
    ("grave_relocation_compensation", re.compile(_MORE_MONEY), re.compile(_GRAVE_MOVED)),
    ("enforcer_injury", re.compile(_PAY), re.compile(_ENFORCER_HURT)),
    ("trees_cut", re.compile(_WHO), re.compile(_TREES_CUT)),
    ("traffic_signals", re.compile(_WHO), re.compile(_SIGNALS)),
    (
        "lost_parcel",
        re.compile(rf"{_LAWFUL}|只赔|最多赔|赔多少|还能找|找谁|谁管|不管|怎么办"),
        re.compile(rf"^(?=[\s\S]*(?:{_PARCEL}))(?=[\s\S]*(?:丢|没收到|不见|弄坏|损坏|破损|少了))"),
    ),
    (
        "medical_appraisal_where",
        re.compile(
            r"鉴定[^,，。]{0,8}(?:去哪|哪里|哪儿|在哪|怎么申请|咋申请|谁来做|哪个部门|怎么弄|咋弄|怎么做|咋做|怎么搞|咋搞"
            r"|怎么办理|咋办理|流程|程序|手续)|(?:去哪|哪里|在哪|怎么|咋)[^,，。]{0,6}(?:做|申请|办)[^,，。]{0,2}鉴定"
        ),
        re.compile(_MEDICAL),
    ),
)
# "我能不能申请复议" of an office that keeps one waiting; a 信访 answer's 复查 is another procedure, and a decision
# made ("限期拆除的决定") is reviewed within its own 60 days, no inaction; "怎么办", "不办事" name no office
_ORGAN_TOLD = (
    r"^(?![\s\S]*(?:信访|处理意见|复查|复核|决定|处罚|罚款|责令|通知书))"
    r"[\s\S]*(?:局|政府|部门|(?<![怎咋么不没该])办(?!事|理|法)|委|街道|乡里|镇里|所里|派出所)"
)
# "能不能申请复议", "复议行不行"
_MAY_REVIEW = r"(?:能不能|可不可以|可以|能|要不要|该不该|用不用)(?:去)?(?:申请)?(?:行政)?复议|复议(?:行不行|行吗|可以吗|有用吗|管用吗)"
# an organ's penalty told (not a fine the employer takes, which no review reaches)
_PENALISED = (
    r"^(?![\s\S]*(?:厂里|公司|老板|单位|学校|物业)[^。]{0,6}罚)[\s\S]*(?:罚款|罚了|罚我|罚单|处罚|吊销)"
)
# "罚款能不能不交" with no appeal named (business_questions reads it with one)
_FINE_NO_APPEAL = r"^(?![\s\S]*(?:复议|起诉|打官司|告他|告他们|行政诉讼))[\s\S]*罚"
# "要先备案吗 已经住进来了": a hospital stay away from home and the medical-insurance filing for it
_STAY_AWAY = r"^(?=[\s\S]*(?:备案|医保|报销|异地就医))(?=[\s\S]*(?:住院|住进来|住进去|看病|就医|医院))"

LOCAL_LATER: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    # "这个罚款能复议吗", "签了字还能不服吗": a fine is an act to review or sue over, not an organ that does not act
    (
        "review_penalty",
        re.compile(
            rf"{_MAY_REVIEW}|(?:能|可以|还能|能不能|可不可以)[^,，。]{{0,2}}不服|不服(?:怎么办|咋办|怎么弄)"
        ),
        re.compile(_PENALISED),
    ),
    (
        "review_can_apply",
        re.compile(_MAY_REVIEW),
        re.compile(_ORGAN_TOLD),
    ),
    (
        "fine_unpayable",  # "要按时交": the yes or no first, the appeal's time limits with it
        re.compile(r"(?:能不能|可不可以|可以|能)不交|不交(?:行不行|行吗|可以吗|会怎样|会咋样|会怎么样)"),
        re.compile(_FINE_NO_APPEAL),
    ),
    # already in hospital: whether the filing can still be made ("需要备案吗" before going is the office's question)
    ("medical_insurance_filing", re.compile(r"来得及|补办|还能补|补备案|后备案"), re.compile(_STAY_AWAY)),
)
# asked only who deals with it: the story alone names the kind
LOCAL_OFFICE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("traffic_signals", re.compile(_SIGNALS)),
    ("trees_cut", re.compile(_TREES_CUT)),
)
