"""What working people ask mid-way about their own job: social insurance paid "in the wages", dismissal in the
probation period, a worker past retirement age, how severance is worked out, a non-compete clause, a penalty asked
before the personnel file is released, the papers for 工伤认定, seniority after being moved to another company, a
pregnant worker's night shifts, who pays the hospital after a work injury, an occupational disease, whether a lawyer
is needed, whether we can get the wages back, which office deals with a work injury, whether a rider's accident is
one, a leaving certificate refused, fines taken out of the wages.

Each kind is a FAQ entry of knowledge/legal_routes.yml, named by what the question clause says and what the story
(with the message) tells; `actions.own_matter_questions` reads these before its own. Patterns are searched in
normalised text (simplified characters, half-width digits). Pure: no I/O.
"""

from __future__ import annotations

import re

from actions.situation_questions import DISMISSED

# a neighbourhood rebuilt by the government (棚改, 旧改): its houses are taken like any 征收
REBUILT = r"棚改|棚户区|旧改|旧城改造|城中村改造"

_LABOUR = r"公司|单位|厂|老板|工地|矿|上班|辞退|裁员|倒闭|离职|辞职|解除|工资|劳动合同|员工|职工|干了"
# pregnancy alone: a nursing mother's shifts are another rule (女职工劳动保护特别规定 第9条)
_PREGNANT = r"怀孕|孕期|怀了|有了身孕|身孕|孕妇|孕[0-9一二三四五六七八九]"
# "刚砸完墙人就没了" (a renovation firm gone) hurt no one
HURT = r"摔|受伤|工伤|砸(?![完墙店门窗玻璃东西车])|断了|骨折|伤了|伤着|烫伤|轧|截肢"
_HOSPITAL = r"医院|住院|icu|ICU|抢救|医药费|医疗费|手术|催费"
# at work, where a company alone may be a bus company's or a shop's
AT_WORK = r"工地|干活|上班|工厂|厂里|车间|包工头|工头|老板|矿|施工|架子|脚手架|工伤"
_OCCUPATIONAL = r"尘肺|矽肺|硅肺|职业病|噪声聋|苯中毒|铅中毒|粉尘病"
# a death at work: "在工地上摔下来走了" (a subcontractor who "跑了" is no death)
_DIED = r"去世|过世|死了|死亡|身亡|遇难|工亡|摔死|砸死|人没了|(?:下来|当场|送医院|出事|出了事)[^。]{0,4}(?:走了|没了)|不在了"
WAGES_OWED = r"工资|工钱|欠薪|薪水|拖欠|欠了?(?:我|俺)|没发|不发|没给钱"
# the roads of a wage claim, either of which may come first
_LABOUR_ROADS = r"仲裁|监察|劳动局|人社"
# a labour dispute's words: its lawyer is asked of arbitration ("公司" alone may be an agency's)
_LABOUR_DISPUTE = r"仲裁|劳动|工资|工钱|欠薪|老板|上班|辞退|裁员|离职|辞职|员工|职工|工伤|社保|干活|工地|厂"
# a lawyer named in a labour dispute, and in any other (a deposit, a loan): a civil suit's agents
LAWYER_IN_LABOUR = re.compile(rf"^(?=[\s\S]*律师(?!函))(?=[\s\S]*(?:{_LABOUR_DISPUTE}))")
LAWYER = re.compile(r"律师(?!函)")
# "那律师呢 必须请吗", "要不要请律师"
LAWYER_ASKED = re.compile(r"必须|一定要|非得|非要|(?:要不要|用不用|需不需要|需要|得|请不请)请|请不起")


def both(*patterns: str) -> re.Pattern[str]:
    """A story that tells every one of `patterns`, anywhere in it."""
    return re.compile("^" + "".join(rf"(?=[\s\S]*(?:{p}))" for p in patterns))


# what a probation worker asks of the pay or the dismissal: "这合法吗", "这正常吗", "有没有补偿"
_PROBATION_ASKED = re.compile(
    r"补偿|赔|合法|违法|合理|正常|对吗|能这样|可以这样|行吗|有没有|给不给|能不能|怎么办|咋办|算不算|补"
)
# pay cut below the agreed wage: "工资只发一半", "打五折", "按百分之六十发"
_PAY_CUT = (
    r"(?:工资|工钱|薪水|底薪|月薪)[^。]{0,8}(?:一半|半价|对折|减半|[一二三四五六七1-7]折|(?:只|按|发|给)[^。]{0,3}(?:百分之[一二三四五六七]十|[1-7]0%))|"
    r"(?:一半|对折|减半|[一二三四五六七1-7]折)[^。]{0,4}(?:的)?(?:工资|工钱|薪水)"
)

# (FAQ key, what the question clause says, what the story must tell); the first that fits answers
# the boss gone with the wages: "老板跑路了", "老细走佬咗", "人失联了" (Cantonese folded: 老细 → 老板)
_FLED = r"跑了|跑路|走佬|逃了|逃跑|逃匿|失联|找不到人|搵唔到人|联系不上|人不见了|玩失踪|跑没影"

ASKED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    # "老细走佬咗 可唔可以报警啊": a boss who fled with the wages may be reported to the police too (lead-100)
    ("wages_boss_fled_police", re.compile(r"报警|报案|派出所|公安|警察|110"), both(_FLED, WAGES_OWED)),
    # "那两万块钱我能不能签 签了是不是就没了": a lump sum for a signature after a death or an injury at work
    (
        "work_injury_settlement",
        re.compile(
            r"(?:能不能|能|可不可以|可以|该不该|要不要|敢不敢|到底)签|签不签|"
            r"签了?(?:字|协议)?[^。]{0,6}(?:就没了|是不是|会不会|还能|算数|反悔|不算)|"
            # "你先回答我啊 能不能反悔" asked again without the signing
            r"(?:能不能|能|还能|可不可以|可以)(?:反悔|撤销|不认)"
        ),
        both(rf"{HURT}|{_DIED}", AT_WORK),
    ),
    # "这种签了字还能维权吗", "签了字还能不能要补偿": a resignation signed under pressure
    (
        "signed_under_pressure",
        re.compile(
            r"签了?(?:字|名|协议|申请)?[^。]{0,6}(?:还能|还可以|能不能|还有没有用|有用吗|维权|要|算数)"
        ),
        # a compensation agreement for a house being taken is suing_questions' (lead-093)
        re.compile(
            rf"^(?![\s\S]*(?:拆迁|征收|征地|强拆|补偿协议|安置|{REBUILT}))[\s\S]*(?:"
            r"(?:逼|骗|吓|不签就|威胁)[^。]{0,12}签|签[^。]{0,6}(?:离职|辞职)(?:申请|信|协议)|(?:离职|辞职)(?:申请|信)[^。]{0,8}签)"
        ),
    ),
    # "他们说社保早就折到工资里了 这合理吗", "现在辞职能让他赔钱不"
    (
        "social_insurance_in_wages",
        re.compile(r"合理|合法|违法|行吗|对吗|算数|可以吗|能这样|赔|补偿|辞职|补"),
        re.compile(
            r"(?:社保|五险|保险)[^。]{0,10}(?:折|算|包|打|并|合|含)(?:到|进|在|成)|(?:折|算)成(?:钱|现金)"
        ),
    ),
    # "试用期工资只给一半 这合法吗": the pay's floor, before the dismissal that may come with it
    ("probation_pay", _PROBATION_ASKED, both(r"试用期", _PAY_CUT)),
    # "试用期被开了有没有补偿", "试用期…不用来了…这正常吗"
    (
        "probation_dismissal",
        _PROBATION_ASKED,
        re.compile(
            r"试用期[^。]{0,16}(?:开|辞|炒|不用来|不要|解除|劝退|走人|不符合)|(?:开|辞|炒|解除|劝退)[^。]{0,8}试用期|不符合录用条件"
        ),
    ),
    # "我今年60了…这到底算劳动还是劳务"
    (
        "retired_worker",
        re.compile(r"劳动(?:关系)?还是劳务|劳务(?:关系)?还是劳动|(?:算不算|是不是|算|是)劳动关系|劳务关系"),
        re.compile(
            r"退休|超龄|超过[^,，。]{0,4}年龄|养老金|[5-7][0-9](?:岁|了|多岁)|[五六七]十(?:多|几)?(?:岁|了)|岁数大|上了年纪"
        ),
    ),
    # "经济补偿怎么算的", "补偿是按一年一个月工资算吗" (not "n+1": actions.situation_questions.SEVERANCE_ASKED)
    (
        "severance_calc",
        re.compile(
            r"^(?![\s\S]*[nN]\s*[+＋加])[\s\S]*(?:怎么算|咋算|如何算|怎样算|咋个算|算法|按[^,，。]{0,10}算|能拿多少|给多少|几个月工资)"
        ),
        both(r"经济补偿|补偿金|遣散费|补偿", _LABOUR),
    ),
    # "签了竞业限制…这个协议还有效吗", "那这协议到底还算不算数"
    (
        "non_compete",
        re.compile(r"有效|无效|算数|作数|管用|还算|赔|违约金|告我|要不要|能不能|合法"),
        re.compile(r"竞业|竞争限制|不能干同行|不准干同行"),
    ),
    # "没干满合同期要交两万违约金才给档案 这个违约金我到底要不要交"
    (
        "penalty_and_file",
        re.compile(r"违约金|档案|要不要交|该不该交|交不交|必须交|得交|合法|违法|合理|扣"),
        re.compile(r"违约金|(?:扣|压|卡)[^。]{0,6}档案|档案[^。]{0,8}(?:扣|压|卡|不给|不转|不放)"),
    ),
    # "工伤认定要带什么材料", "厂里不给开证明怎么办"
    (
        "work_injury_materials",
        re.compile(r"材料|带什么|带啥|要啥|准备什么|准备啥|证明|手续|怎么申请|咋申请|如何申请"),
        re.compile(r"工伤"),
    ),
    # "查出来尘肺二期 老板跑了 这个事能找谁", "职业病诊断到底去哪做"
    (
        "occupational_disease",
        re.compile(
            r"诊断|哪做|哪里做|去哪|找谁|找哪|怎么办|咋办|能不能赔|赔|工伤|谁(?:来|给我|给俺|帮我|替我)?管|能管"
        ),
        re.compile(_OCCUPATIONAL),
    ),
    # "我们众包的到底算不算工伤啊" from a delivery rider
    (
        "work_injury_employer_unclear",  # one answer with own_matter_questions' reading
        re.compile(r"算不算[工公]伤|算[工公]伤|认[工公]伤|是不是[工公]伤|[工公]伤吗|能不能认|能认吗|能算"),
        re.compile(r"外卖|骑手|众包|跑单|送单|美团|饿了么|闪送|网约车|滴滴|货拉拉|平台"),
    ),
    # "工伤找哪个部门啊", "工伤到底是人社局管还是劳动仲裁管" (not "找谁赔", "告谁": whom to claim from)
    (
        "work_injury_office",
        re.compile(
            r"^(?![\s\S]*(?:赔|告|钱))[\s\S]*(?:找哪|找谁|哪个部门|什么部门|啥部门|谁管|归谁|归哪|管还是|还是[^,，。]{0,10}管)"
        ),
        re.compile(r"工伤"),
    ),
    # "公司不给开离职证明咋办", "能不能你们直接让他给我开"
    (
        "leaving_certificate",
        re.compile(
            r"打官司|起诉|仲裁|让(?:他|她|公司)|叫(?:他|她|公司)|给我开|怎么办|咋办|合法|违法|能不能|找谁|找哪|赔"
        ),
        re.compile(r"离职证明|解除证明|终止证明|离职手续|退工单|解除劳动合同的?证明"),
    ),
    # "网点老板动不动就罚款 工资被扣了两千三 这合法吗": fines taken out of the wages
    (
        "wage_fines",
        re.compile(r"合法|违法|合理|能这样|可以这样|行吗|可以吗|能不能|有权|该不该|能扣"),
        both(
            r"罚款|罚钱|罚了|罚[0-9一二三四五六七八九十百]|扣钱|扣了|扣我|克扣",
            r"工资|工钱|薪水|底薪|提成|绩效",
        ),
    ),
    # "工龄真的会清零吗", "让我跟外包公司重新签 工龄清零 这合法吗"
    (
        "seniority_transfer",
        re.compile(r"工龄|年限|清零|归零|合法|违法|合理|能这样|行吗|怎么算|算不算"),
        re.compile(r"(?:工龄|工作年限)[^。]{0,6}(?:清零|归零|重新算|从头|不算|作废|没了|白干)"),
    ),
    # "我怀孕了 医院把我调到夜班…能不能不上夜班"
    (
        "pregnancy_work",
        re.compile(r"夜班|加班|调岗|换岗|倒班|重活|工作量|减轻|轻(?:一点|点)的"),
        re.compile(_PREGNANT),
    ),
    # "老公从架子上摔下来了 在医院icu 钱的事谁能先帮我垫上"
    (
        "work_injury_advance",
        re.compile(r"垫|先行支付|先付|先出|谁出|谁付|谁掏|谁给钱|医药费|住院费|医疗费|押金|交不起"),
        both(HURT, _HOSPITAL, AT_WORK),
    ),
    # "是应该先仲裁还是先去劳动监察", "请问该如何维权" of wages owed: both roads, in no set order
    (
        "wages_which_first",
        re.compile(
            rf"(?:如何|怎么|怎样|咋|怎么样)(?:去)?维权|(?:{_LABOUR_ROADS})[^,，。]{{0,8}}还是[^,，。]{{0,8}}(?:{_LABOUR_ROADS})"
        ),
        re.compile(WAGES_OWED),
    ),
    # "那律师呢 必须请吗", "打仲裁要不要请律师"; of a matter that is no labour dispute, suing_questions' answer
    (
        "lawyer_needed",
        LAWYER_ASKED,
        both(r"律师(?!函)", _LABOUR_DISPUTE),
    ),
    (
        "lawyer_needed_civil",
        LAWYER_ASKED,
        re.compile(r"律师(?!函)"),
    ),  # a deposit, a loan: a civil suit's agents
    # "工资拖了半年 你们能帮我们要回来吗"
    (
        "wages_recover",
        re.compile(r"(?:帮|给)(?:我|我们|俺|俺们|咱们)?[^,，。]{0,4}(?:要|讨|追|拿)(?:回来|回|到)"),
        re.compile(WAGES_OWED),
    ),
)
# asked of the story but about something else: a house taken or a road accident has its own compensation
EXCEPT = {
    # a dismissal told: the dismissal's own answer (actions.situation_questions.SEVERANCE_ASKED) says n and n+1
    "severance_calc": re.compile(rf"拆迁|征收|征地|竞业|车祸|交通事故|撞|{DISMISSED.pattern}"),
    "penalty_and_file": re.compile(r"竞业"),
    # an organ's fine is an administrative penalty, not the employer's deduction
    "wage_fines": re.compile(r"交警|城管|派出所|公安|执法|罚单|行政处罚|税务|市场监管|环保局"),
}
