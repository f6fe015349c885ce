"""What shopkeepers, small firms and buyers ask mid-way about their own matter: whether the landlord may put them
out of a rented shop, whether a shop pays for food that made them ill, whether a fine or a tax must be paid before
the appeal, whether a temporary seal is a penalty, who governs an insurer.

Rows of the same shape as `actions.own_matter_questions.ASKED` and `OFFICE` (FAQ key of knowledge/legal_routes.yml,
what the question clause says, what the story must tell), kept apart so that table stays small. Patterns are
searched in normalised text (simplified characters, half-width digits). Pure: no I/O.
"""

from __future__ import annotations

import re

_RENTED_SHOP = r"门面|店面|铺面|商铺|铺子|房东|租的房|租房|租金|续租|续签|租期|租约|租赁"
_FOOD_ILL = (
    r"吃坏|吃出|食物中毒|中毒|拉肚子|上吐下泻|吐了|闹肚子|肠胃炎|吃了[^。]{0,10}(?:医院|住院|挂水|打针)"
)
_FINE = r"罚款|罚了|罚我|罚单|处罚"
_TAX = r"税|滞纳金"
_SEALED = r"查封|封了|贴了封条|封条|扣押|扣了"
# a commercial insurer, not social insurance (社保, 医保: 人社 and 医保 offices)
_INSURER = (
    r"^(?![\s\S]*(?:社保|社会保险|养老保险|医保|医疗保险|工伤保险|失业保险|生育保险|五险|农保|新农合|合作医疗))"
    r"[\s\S]*(?:保险公司|理赔|拒赔|保单|投保|退保|重疾险|车险|寿险|商业保险|意外险|百万医疗)"
)

# the yearly report of a shop or a firm (not "去年报了警", "今年报名")
_ANNUAL_REPORT = r"(?<![去今前明当])年报|年度报告|工商年检|执照年检"
# a contract or an agreement signed (a fee set by a rule, a kindergarten's, is kindergarten_fee's)
_CONTRACT = r"^(?![\s\S]*(?:幼儿园|普惠园|托儿所))[\s\S]*(?:合同|协议|签了|签的|签约|租约)"

# (FAQ key, what the question clause says, what the story must tell); the first that fits answers
BUSINESS_ASKED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    # "他能直接把我赶出去吗", "不签就能让我们搬吗": a lease is ended by the contract or a court, not by force
    (
        "lease_eviction",
        re.compile(
            r"赶(?:我|俺|我们|俺们)?(?:出去|出来|走)|撵|轰(?:我|俺)?走|(?:让|叫|逼|要)(?:我|俺|我们|俺们)?[^,，。]{0,3}(?:搬|走人|腾)|"
            r"收回(?:门面|店面|铺面|铺子|房子)|不(?:给)?续(?:租|签)"
        ),
        re.compile(_RENTED_SHOP),
    ),
    # "店要不要赔", "能不能让店赔医药费": food that made one ill, the food law's damages (the amount: food_ten_times)
    (
        "food_injury",
        re.compile(
            r"赔不赔|(?:要不要|能不能|该不该|会不会|应不应该|让|叫|找|要)[^,，。]{0,6}赔|医药费|医疗费|看病的钱"
        ),
        re.compile(_FOOD_ILL),
    ),
    # "罚款能不能不交 先告他们", "复议期间罚款要先交吗": the appeal does not stop the fine (one answer with
    # own_matter_questions' reading of paying at all)
    (
        "fine_unpayable",
        # with the appeal named: "罚款要不要先交" alone is read by own_matter_questions
        re.compile(
            r"^(?=[\s\S]*(?:复议|起诉|告|打官司|诉讼))"
            r"[\s\S]*(?:先交|先缴|(?:能不能|可不可以|可以|能)不交|不交(?:行不行|行吗|可以吗)|(?:要|得|用|需要)交)"
        ),
        re.compile(_FINE),
    ),
    # "罚款能不能不交 先告他们": the appeal in another clause of the message or in the story
    (
        "fine_unpayable",
        re.compile(r"(?:能不能|可不可以|可以|能)不交|不交(?:行不行|行吗|可以吗)"),
        re.compile(rf"^(?=[\s\S]*(?:{_FINE}))(?=[\s\S]*(?:复议|起诉|告|打官司))"),
    ),
    # "是不是得先把税交了才能复议": 纳税争议 pays (or guarantees) first, then the higher tax office reviews
    (
        "tax_pay_before_review",  # one answer with own_matter_questions' reading
        re.compile(
            r"先[^,，。]{0,4}(?:交|缴|补)[^,，。]{0,6}(?:税|滞纳金)|(?:税|滞纳金)[^,，。]{0,8}(?:先交|先缴)|先把[^,，。]{0,8}(?:交|缴)|"
            r"(?:交|缴)了?[^,，。]{0,4}才能[^,，。]{0,4}(?:复议|告|起诉)"
        ),
        re.compile(_TAX),
    ),
    # "去年忘报了 会罚钱吗", "年报没报罚不罚": the yearly report missed, its mark and the fine that may follow
    (
        "annual_report_missed",
        re.compile(
            r"罚|会怎[么样]|会咋样|怎么办|咋办|后果|要紧|影响|补报|还能报|都要报|要不要报|要报吗|用报|得报"
        ),
        re.compile(_ANNUAL_REPORT),
    ),
    # "合同没到期能随便涨价吗", "这种合同有效吗": a contract binds both sides until changed by agreement
    (
        "contract_binding",
        re.compile(
            r"(?:合同|协议|条款)[^,，。]{0,6}(?:有效|无效|有没有效|算不算数|算数|作数|合法)|"
            r"(?:能|可以|凭啥|凭什么|有权)(?:随便|随意|单方面?|说)?(?:涨价|涨租|涨|加价|提价|改合同|改条件|变卦|毁约)"
        ),
        re.compile(_CONTRACT),
    ),
    (
        "seal_not_penalty",
        re.compile(r"(?:算|是)不算[^,，。]{0,4}(?:处罚|罚)|(?:算|是)[^,，。]{0,4}(?:处罚|罚)(?:吗|么|嘛|不)"),
        re.compile(_SEALED),
    ),
)
# asked before the general "告谁" (own_matter_questions.ASKED): a company that took the money and vanished
_VANISHED = r"(?:公司|老板|商家|店|机构)[^。]{0,20}(?:跑路|跑了|不见了|联系不上|失联|人没了|关门了)"
BUSINESS_BEFORE_GENERAL: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("whom_to_sue_vanished", re.compile(r"告谁|起诉谁|该告哪|告哪个|找谁要"), re.compile(_VANISHED)),
)
# asked who deals with it: the story alone names the kind
BUSINESS_OFFICE: tuple[tuple[str, re.Pattern[str]], ...] = (("insurer_regulator", re.compile(_INSURER)),)
