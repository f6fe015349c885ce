"""The words that name what a question clause asks about, kind by kind, in the order they are tried.

`actions.question_detect` finds the clauses that ask and walks `KIND_PATTERNS`; a question about the
citizen's own situation comes before the general kinds whose words it shares.
"""

from __future__ import annotations

import re

from actions import procedure_questions as procedure
from actions import question_forms as forms
from actions import situation_questions as situation
from actions.question_kinds import QuestionKind

# "那要带啥材料", "需要准备哪些证据": what to bring
ASKS_MATERIALS = re.compile(
    r"(?:带|准备|交|提供|拿|需要|要)(?:些|点)?(?:什么|啥|哪些|么子|啥子|甚么)(?:材料|证件|资料|证明|证据|手续|东西|证)|"
    r"(?:材料|证件|资料|手续|证据)(?:有|要|需要|得)?(?:哪些|什么|啥)|"
    # "要带啥子", "得带些什么去": what to bring, the papers unsaid
    r"带(?:些|点)?(?:什么|啥子?|哪些|么子|甚么)(?=$|[\s,，。?？!！吗呢啊嘛哦呀去过来])"
)
# the situations a bare "我该怎么办" or "能赔钱不" asks about when the same message tells them
SITUATION_KINDS: tuple[tuple[QuestionKind, re.Pattern[str]], ...] = (
    (QuestionKind.DOUBLE_WAGES, situation.DOUBLE_WAGES),
    (QuestionKind.POLICE_NO_CASE, situation.POLICE_NO_CASE),
    (QuestionKind.MEDICAL_ROUTES, situation.MEDICAL_ROUTES),
    (QuestionKind.CHILD_SUPPORT, situation.CHILD_SUPPORT),
    (QuestionKind.SUPPORT, situation.CHILDREN_FAIL),
)
# "领导能看到吗 还是就你们机器看看": whether people read it at all, whatever else the message's first clause asks
WHO_READS = re.compile(r"(?:就|只是|只有|光)(?:你们|你)?(?:的)?机器|还是机器")
KIND_PATTERNS: tuple[tuple[QuestionKind, re.Pattern[str]], ...] = (
    (
        QuestionKind.ARE_YOU_A_BOT,
        re.compile(
            r"机器人|真人|人工智能|(?:你|您)(?:到底|究竟)?是(?:人|谁|什么)|还是机器|自动回复|"
            # "还是就你们机器看看", "会有人看吗": whether people read it at all
            r"(?:就|只是|只有|光)(?:你们|你)?(?:的)?机器|(?:有没有|会不会|会有|有)(?:人|工作人员)(?:来)?看|"
            # "你们这个是政府的吗", "你们是不是政府的": who answers them
            r"(?:你们|你|您|这个?|这里)(?:这个|这里)?(?:是|是不是|是否|算|算不算)(?:政府|官方|信访局|信访办|公家|国家)"
        ),
    ),
    (
        QuestionKind.VISIT_TOGETHER,
        re.compile(
            r"(?:一起|都|全部|大家|一块|一伙)(?:去|进去|进|来|上访|走访)|(?:几|多少)个人(?:能|可以)?(?:一起)?去"
            r"|派(?:几|多少)个(?:人|代表)|(?:派|选)代表(?:去)?(?:行不|行吗|可以吗|能不能)"
        ),
    ),
    # whether a detail may be left out is the actionable part of "为什么要我名字？不留行不行": it comes first
    (QuestionKind.ANONYMOUS, forms.MAY_SKIP),
    (QuestionKind.MATERIALS, ASKS_MATERIALS),
    # a question about the citizen's own situation comes before the general kinds whose words it shares
    (QuestionKind.WORK_INJURY_NO_CONTRACT, situation.NO_CONTRACT_INJURY),
    (QuestionKind.DOUBLE_WAGES, situation.DOUBLE_WAGES),
    (QuestionKind.SUPPORT, situation.SUPPORT),
    (QuestionKind.ARBITRATION_LIMIT, situation.ARBITRATION_LIMIT),
    (QuestionKind.ARBITRATION_TIME, situation.ARBITRATION_TIME),
    (QuestionKind.REVIEW_DEADLINE, situation.REVIEW_DEADLINE),
    (QuestionKind.FORCED_DEMOLITION, situation.FORCED_DEMOLITION),
    (QuestionKind.WORK_INJURY_DEADLINE, situation.WORK_INJURY_DEADLINE),
    # "这个算不算工伤": what counts, when nothing more specific (commute, fault, age, contract) was read first
    (QuestionKind.WORK_INJURY_WHAT, re.compile(situation.IS_WORK_INJURY)),
    (QuestionKind.ARBITRATION_WHERE, situation.ARBITRATION_WHERE),
    (QuestionKind.POLICE_NO_CASE, situation.POLICE_NO_CASE),
    (QuestionKind.MEDICAL_RECORDS, situation.MEDICAL_RECORDS),
    (QuestionKind.MEDICAL_ROUTES, situation.MEDICAL_ROUTES),
    (QuestionKind.WHY_ASKED, forms.WHY_ASKED),
    (QuestionKind.OFFICE_PHONE, situation.OFFICE_PHONE),
    (QuestionKind.CONFIDENTIALITY, forms.WHO_LEARNS),
    (QuestionKind.PETITION_AND_SUIT, situation.PETITION_AND_SUIT),
    (QuestionKind.SUIT_COST, situation.SUIT_COST),
    (QuestionKind.STILL_IN_TIME, situation.STILL_IN_TIME),
    (
        QuestionKind.CAN_I_SUE,
        re.compile(
            r"起诉|告(?:他|她|它|他们|对方|赢|得赢|到法院|上法庭)|打官司|上法院|告状|诉讼|律师|"
            # "俺能不能告村委会", "告得了不": whether one may sue whoever is named
            r"(?:能|可以)告(?!诉|知)|告不告|告得了|"
            # "俺能直接去法院告税务局吗", "能不能直接告": suing, the court named as the place
            r"(?:法院|法庭)[^,，。]{0,2}告(?!诉|知|示)|直接告(?!诉|知|示)|"
            # "自家儿子咋个告嘛", "这种怎么告": how to sue
            r"(?:怎么|咋|咋个|啷个|如何|怎样|哪里|去哪)(?:去|才能|能|样)?告(?!诉|知|示)"
        ),
    ),
    (
        QuestionKind.FEES,
        re.compile(
            # not "医院乱收费找谁管": overcharging is the matter, not a fee asked about
            # nor "你们能帮我要钱吗": getting the money owed, not a fee; nor "一个月能要多少钱": a sum to get (赡养费,
            # 赔偿), not a fee to pay; nor "能帮我还钱吗" / "能赔钱吗": a debt or damages; nor "会罚钱吗": a penalty
            r"(?<!乱)收费|(?<!乱)收钱|花钱|交钱|给钱|(?<!能)(?<!帮)(?<!帮我)(?<!帮俺)(?<!替我)(?<!我们)(?<!俺们)要钱|"
            r"费用|(?<!能要)(?<!能拿)(?<!能赔)(?<!能得)(?<!罚)多少钱|免费|出钱|付钱|掏钱|(?<![要还借赔欠退罚])钱吗|要不要钱"
        ),
    ),
    (
        QuestionKind.WHICH_OFFICE,
        re.compile(
            r"(?:找|去|问|归|由)(?:哪个|哪|什么|啥|哪一个|哪些)(?:部门|单位|机关|地方|衙门)?|"
            r"哪个部门|什么部门|啥部门|哪个单位|谁(?:来|给我|给俺|给咱|帮我|帮俺|替我)?管|归谁|找谁|该找|向谁|到哪|"
            # "找劳动局还是找法院", "去镇里还是去县里": which of two; "还要打什么电话": which line to call
            r"(?:找|去|归)[^,，。]{1,8}还是|(?:打|拨)(?:什么|啥|哪个|哪些)(?:电话|热线|号码)|"
            # "网约车绕路怎么投诉", "去哪儿举报": where a complaint goes
            r"(?:怎么|咋|咋个|如何|怎样|去哪|哪里|哪儿|在哪|上哪)(?:里|儿)?(?:去|才能|能|可以)?(?:投诉|举报|反映|维权)|"
            # "请问我该如何救济", "该走哪条路": the lawful way for the matter told
            r"(?:如何|怎么|怎样|咋)(?:寻求|获得|得到)?(?:法律|权利)?救济|救济(?:途径|渠道)|(?:走|通过)哪(?:条|个|种)(?:路|途径|渠道|程序)"
        ),
    ),
    (QuestionKind.NEED_TO_FILE, situation.NEED_TO_FILE),
    (QuestionKind.DOES_IT_HELP, situation.DOES_IT_HELP),
    (QuestionKind.COMPENSATION, procedure.COMPENSATION),
    (QuestionKind.GET_BACK, situation.GET_BACK),
    (
        QuestionKind.WHEN_HANDLED,
        re.compile(
            r"(?:什么时候|啥时候|几时|多久|多长时间|几天|几个月|哪天|好久(?!没|不|都|了))(?:才|能|会|有|来|给|可以)?.{0,6}"
            # "多久能有个说法", "啥时候有个下文"
            r"(?:管|处理|解决|修|弄好|整改|恢复|答复|回复|回应|联系|来|结果|办|有人|给|拿到|到手|到账|发下来|补上|补发|补回|裁|判|说法|下文|回音|音信|回(?:我|俺|信|话))"
            r"|(?:有人|会有人|能有人).{0,4}(?:来|联系|处理)(?:吗|么|不|没有?)"
            r"|能不能解决|能解决吗|会不会处理|有没有用|有用吗|管用吗"
            r"|(?:要|得|需要)等?(?:几天|多少天|多久|几个月)"  # "要等几个月", "得等多久"
            r"|等到(?:什么时候|啥时候|几时|哪天)"  # "那要等到啥时候啊"
        ),
    ),
    (QuestionKind.WILL_YOU_ACT, forms.WILL_YOU_ACT),
    (QuestionKind.IS_IT_LAWFUL, situation.IS_IT_LAWFUL),
    (
        QuestionKind.WHAT_NEXT,
        re.compile(
            r"然后呢|之后呢|接下来|下一步|提交(?:以后|之后|了)|登记(?:以后|之后|完)|怎么处理|会怎样|流程"
        ),
    ),
)
