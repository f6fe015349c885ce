"""What workers, small traders and buyers ask beside an answer or at the summary: whether a staff can go to
arbitration together, whether a signed waiver of social insurance holds, what
quitting over unpaid insurance brings, whether the tax office can be sued, whether a deposit is lost, whether a small
sum is worth a suit, whether a report is rewarded, whether an agent answers for a lie, whether health products sold
as a cure are paid back; and the kinds of `actions.own_matter_questions` that such a story names in other words
(a lawyer one must hire, fake liquor, "把我开了", a parcel taken to court, arbitration after a probation dismissal).

Rows of the same shape as `actions.own_matter_questions.ASKED` (FAQ key of knowledge/legal_routes.yml, what the
question clause says, what the story must tell). Patterns are searched in normalised text (simplified characters,
half-width digits). Pure: no I/O.
"""

from __future__ import annotations

import re

from actions.local_questions import _PARCEL as PARCEL
from actions.worker_questions import LAWYER, LAWYER_IN_LABOUR, WAGES_OWED, both

_ANY = re.compile("")
_ARBITRATION = r"仲裁"
# "能不能集体去仲裁", "我们一起去仲裁行不行"
_TOGETHER = r"集体|一起|一块|一同|大家|联名|全体|所有人|都去"
# "要去仲裁吗", "要不要去仲裁", "得先仲裁吗", "仲裁有用吗"
_GO_ARBITRATE = r"(?:要|得|该|用|需要|能|可以|是不是要)(?:不要|不用|不能|不可以)?(?:去|先)?(?:申请)?(?:劳动)?仲裁|仲裁(?:有用|管用|行不行|行吗)"
_NO_INSURANCE = r"(?:没|不|未)(?:给(?:我|俺)?们?)?(?:交|缴|买)(?:过)?社保|社保[^。]{0,6}(?:没|不|未)(?:交|缴|给交)|断缴|社保[^。]{0,4}停了"
_QUIT = r"辞职|离职|不干了|走人|想走|我走|解除"
_SEVERANCE = r"补偿|n\+1|N\+1"
_WAIVER = r"(?:自愿)?放弃[^,，。]{0,6}社保|不交社保的(?:协议|声明|承诺)|社保[^,，。]{0,4}(?:承诺书|声明|协议)"
_HOLDS = r"算数|算不算|有效|有没有效|管用|作数|合法|成立|认不认|承认"
_SUE = r"告|起诉|打官司|复议|法院"
_TAX_OFFICE = r"税务|税局|税务所|税务局"
# "是不是得先交了税才能复议": paying first is tax_pay_before_review's (actions.own_matter_questions)
_SUE_TAX = rf"^(?![\s\S]*(?:交|缴|担保))(?=[\s\S]*(?:{_SUE}))"
_DEPOSIT = r"定金"
_REFUND = r"退|返还|要回|要不回|拿回|双倍|赔"
# "这点钱打官司划不来吧", "为三千块起诉值不值"
_WORTH = r"划不来|划得来|划算|值不值|值得|不值|值当|犯不上|犯得着"
_REWARD = r"奖励|奖金|有奖|给奖|奖钱"
_SITE_SAFETY = (
    r"安全帽|安全带|安全员|塔吊|脚手架|安全隐患|隐患|出人命|安全生产|违规施工|特种作业|证[^。]{0,3}假"
)
_TAX_EVASION = r"偷税|漏税|逃税|避税|不开票|开票都不开|不开发票|虚开|发票|走个人卡|私人卡|公转私"
_AGENT = r"中介|房产经纪|链家|我爱我家"
_BLAME = r"负责|负不负责|担责|有责任|有没有责任|承担|赔|管不管|退中介费|退钱"
# the deal the agent was paid for never came about: "房东反悔不租了", "没签成", "最后没买成"
_NO_DEAL = r"反悔|变卦|没(?:有)?(?:签|租|买|卖|谈)成|(?:签|租|买|卖)不成|不租了|不卖了|不租给|黄了|没成交|没签(?:上|合同)"
# whether money paid comes back, or whether the term that keeps it holds
_FEE_BACK = (
    r"要回|要得回|拿回|退回|能退|能不能退|退不退|该不该退|给退|不退|返还|有效|无效|合法|违法|合理|算数|作数"
)
# a lease left before its end: "合同没到期 我要提前退租", "提前搬走"
_LEAVING_EARLY = r"提前(?:退租|搬|走|解约|不租)|没到期|未到期|不到期|违约"
_HEALTH_PRODUCT = r"保健品|保健食品|保健药|营养品|神药|特效药"
_GET_BACK = r"要回|要回来|退钱|退回|追回|拿回|能退|退不退|赔"
_LIQUOR = r"假酒|酒是假的|白酒|茅台|五粮液"
_TEN_TIMES = r"赔十|十倍|[退假]一赔|赔[三3]倍|赔多少|赔偿多少|怎么赔"
_PREGNANT = r"怀孕|孕期|产假|哺乳|坐月子"
# "老板就把我开了", "给开掉了": dismissal in the spoken word the other tables miss
_LET_GO = r"把(?:我|俺|她|人)(?:给)?开(?:了|掉)|(?:给|被)开(?:了|掉)|开掉"
_LAWFUL = r"合法|违法|能这样|可以这样|这样行|行吗|行不行|合理|允许|有权"
_PROBATION_LET_GO = r"试用期[^。]{0,12}(?:辞退|开除|解雇|开了|开掉|不要了|不用来|让(?:我|她|他)走)"

TRADE_ASKED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("collective_arbitration", both(_TOGETHER, _ARBITRATION), re.compile(WAGES_OWED)),
    # "去仲裁要请律师吗": "要请" beside the lawyer (actions.worker_questions reads "要不要请", "得请")
    ("lawyer_needed", re.compile(r"(?:要|用|该)请"), LAWYER_IN_LABOUR),
    ("lawyer_needed_civil", re.compile(r"(?:要|用|该)请"), LAWYER),
    ("waived_social_insurance", re.compile(_HOLDS), re.compile(_WAIVER)),
    # "我要是离职 能要n+1不": the quitting may be said in another clause
    ("quit_unpaid_insurance", re.compile(_SEVERANCE), both(_NO_INSURANCE, _QUIT)),
    ("tax_office_sue", re.compile(rf"{_SUE_TAX}[\s\S]*(?:{_TAX_OFFICE})"), _ANY),
    # "我可以起诉他们不" of the tax office's own doing; an informant's tax evasion story is no dispute with it
    (
        "tax_office_sue",
        re.compile(_SUE_TAX),
        re.compile(rf"^(?![\s\S]*(?:{_TAX_EVASION}))[\s\S]*(?:{_TAX_OFFICE})"),
    ),
    ("deposit_forfeit", re.compile(_REFUND), re.compile(_DEPOSIT)),
    # "押金能退吗 合同写违约不退" of a tenant leaving before the lease ends
    ("rent_deposit_early_leave", re.compile(_FEE_BACK), both(r"押金", _LEAVING_EARLY)),
    ("small_claim_worth", both(_WORTH, r"官司|起诉|告|法院"), _ANY),
    ("safety_report_reward", re.compile(_REWARD), re.compile(_SITE_SAFETY)),
    ("tax_report_reward", re.compile(_REWARD), re.compile(_TAX_EVASION)),
    # "中介费能要回来吗" when no lease or sale came of it: before the agent's lie, which the story does not tell
    ("agent_fee_no_deal", re.compile(_FEE_BACK), both(_AGENT, _NO_DEAL)),
    ("agent_liability", both(_AGENT, _BLAME), _ANY),
    ("agent_liability", re.compile(_BLAME), re.compile(_AGENT)),
    ("health_product_refund", re.compile(_GET_BACK), re.compile(_HEALTH_PRODUCT)),
    ("food_ten_times", re.compile(_TEN_TIMES), re.compile(_LIQUOR)),
    ("pregnancy_dismissal", re.compile(_LAWFUL), both(_PREGNANT, _LET_GO)),
    (
        "parcel_suit",
        re.compile(_SUE),
        re.compile(rf"^(?=[\s\S]*(?:{PARCEL}))(?=[\s\S]*(?:丢|没收到|不见|弄坏|损坏))"),
    ),
    ("probation_dismissal", re.compile(_GO_ARBITRATE), re.compile(_PROBATION_LET_GO)),
)
# "这点钱打官司划不来吧": a doubt about suing, said as a guess, asks too (actions.own_matter_questions.asks)
WORTH_SUING = re.compile(
    rf"(?:官司|起诉|告|法院)[^,，。]{{0,6}}(?:{_WORTH})|(?:{_WORTH})[^,，。]{{0,4}}(?:打官司|起诉|告)"
)
