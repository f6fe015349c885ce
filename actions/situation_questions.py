"""What citizens ask mid-way about their own situation: the words that name each such question.

`actions.question_detect` pairs each pattern with its kind; the reviewed answers are FAQ entries of
knowledge/legal_routes.yml. Patterns are searched in a clause already known to ask something (normalised
text: simplified characters, half-width digits).
"""

from __future__ import annotations

import re

from actions.question_forms import PERSONAL_DETAILS, any_of

# "东西能要回来吗", "车子还能拿回来不", "钱追得回来吗": whether something taken can be had back
# (whether a loss is made good, "死的羊能赔不", is actions.procedure_questions.COMPENSATION)
GET_BACK = re.compile(
    r"(?:要|拿|取|领|讨|追|弄|赎|找)(?:得|不)?回(?:来|去)?|还(?:给|回)(?:我|俺|咱|我们)|退(?:还|回)?(?:给)?(?:我|俺|咱)|退(?:还|回)来"
    r"|能[^,，。?？\s]{0,3}还(?:给)?(?:我|俺|咱|我们)(?![一个们家]|公道|清白)"  # "车能先还我吗", "摊子啥时候能还俺"
)
# what the story says was taken away by an organ ("城管把我水果摊收了", "三轮车全拉走了", "被暂扣了")
SEIZED = re.compile(
    r"扣(?:押|了|走|下|住)|暂扣|查扣|没收|收缴|(?:收|拉|拖|搬|抄|抬|抢|拿)走|(?:摊|车|货|东西|三轮)[^,，。]{0,6}收了"
)
# "是不是他们不给立案啊", "派出所立没立案", "报了案一直不立案咋办": police not opening a case (a court
# refusing to docket a lawsuit is another matter)
POLICE_NO_CASE = re.compile(
    r"^(?!.*(?:法院|法庭|起诉))(?=.*(?:(?:不|没|没有|不肯|不予|拒绝|不给|不帮)(?:给|帮)?(?:我|俺)?立案|"
    r"立(?:没|不)立案|立案(?:了|没)?(?:没有?|吗|么|没得)[?？!！。,，~～\s]*$|立案回执|不予立案))"
)
# "那还用登记吗", "还要不要反映", "需不需要再投诉": whether the matter still needs filing
_FILE = any_of("登记", "反映", "投诉")
NEED_TO_FILE = re.compile(
    rf"(?:还|也|就|那)?(?:用|要|需要|得|必须)(?:再|去)?{_FILE}(?!{PERSONAL_DETAILS})"
    rf"(?:吗|么|嘛|不|了吗|了么|没)|(?:用不用|要不要|需不需要|还用不用)(?:再|去)?{_FILE}(?!{PERSONAL_DETAILS})"
)
# "没签合同的双倍工资能要吗", "二倍工资咋算"
DOUBLE_WAGES = re.compile(
    r"(?:双倍|二倍|两倍|2倍|双份)(?:的)?工资|双薪|"
    r"(?:没|没有|未|不)(?:跟我|给我|和我)?(?:签|订|签订|订立)(?:过)?(?:劳动)?合同.{0,10}(?:赔|补偿|要|拿|给|钱)"
)
# "三个儿子谁都不给养老钱 能要赡养费吗": a parent's support from grown children
# (not "养老金啥时候发", a pension, nor "养老院的生活费多少钱")
SUPPORT = re.compile(
    r"赡养|(?:儿子|女儿|子女|儿女|崽)[^,，。]{0,8}(?:生活费|养老钱|养老费)|"
    r"(?:找|向|跟)[^,，。]{1,6}要[^,，。]{0,4}(?:生活费|养老钱|养老费)|(?:生活费|养老钱|养老费)[^,，。]{0,4}(?:找|向|跟)[^,，。]{1,6}要"
)
# told in the story: the children who do not support a parent ("三个儿子都不管我", "儿女不给生活费")
CHILDREN_FAIL = re.compile(
    r"(?:儿子|女儿|子女|儿女|崽|闺女|孩子)(?!的?抚养费)[^,，。]{0,8}"
    r"(?:不管|不养|不给(?:钱|生活费|养老钱)?|不赡养|不孝)"
)
# told in the story: a parent who does not pay for a child ("离婚了孩子抚养费他不给"), not children failing a parent
CHILD_SUPPORT = re.compile(
    r"抚养费|(?:孩子|小孩|娃|儿子|女儿|闺女)的?生活费[^,，。]{0,6}(?:不给|不出|不付|没给|拖)"
)
# "工伤认定有时间限制没得", "工伤过了一年还能认吗", "工伤认定要在多久内申请": the time limit of 工伤认定
_LIMIT = r"时间限制|期限|时限|时效|多久|多长时间|几年|一年|1年|几个月|过期|来得及|晚了|超时|过了"
WORK_INJURY_DEADLINE = re.compile(rf"工伤[^,，。]{{0,8}}(?:{_LIMIT})|(?:{_LIMIT})[^,，。]{{0,8}}工伤")
# "他是自己违规操作 那就不算工伤了吗": a fault of the worker told (searched in the whole message) ...
WORKER_AT_FAULT = re.compile(
    r"违规|违章|违反(?:规定|规程|操作)|自己的(?:错|责任|过错)|(?:自己|他|她)?不小心|操作失误|(?:自己|他|她)(?:没|不)(?:注意|小心)|"
    r"没(?:戴|系|按规定)|疏忽|过错"
)
# ... and the question asks whether it is still a work injury
# "算不算工伤", "还能认工伤吗", "这是不是公伤" (a common slip): whether an injury is a work injury
IS_WORK_INJURY = r"(?:算|是|认|认定|评)(?:不算|不是|不认)?[^,，。]{0,2}[工公]伤|[工公]伤[^,，。]{0,2}(?:算不算|认不认|能不能认)"
STILL_WORK_INJURY = re.compile(
    r"(?:不算|不是|不能算|算不算|算|认不认|不认|不给认|还能认|能认)(?:是)?工伤|工伤[^,，。]{0,4}(?:不算|不认|还算)"
)
# "下班骑车回家路上被货车撞了 算不算工伤": an accident on the way to or from work (searched in the whole message)
COMMUTE_ACCIDENT = re.compile(
    r"(?:上下班|下班|上班|收工|放工)[^,，。]{0,10}(?:路上|途中)[^。]{0,16}(?:撞|车祸|交通事故|被车|翻车|追尾)"
    r"|(?:撞|车祸|交通事故|被车)[^。]{0,12}(?:上下班|下班|上班)[^,，。]{0,4}(?:路上|途中)"
)
# "信访和起诉能同时弄吗", "反映了还能起诉吗", "走了信访就不能起诉了吗": petitioning and suing side by side (第28条)
PETITION_AND_SUIT = re.compile(
    r"(?:信访|上访|反映|登记|投诉)[^,，。]{0,12}(?:起诉|打官司|告状|上法院|法院|诉讼)"
    r"|(?:起诉|打官司|诉讼)[^,，。]{0,10}(?:信访|上访|反映)"
)
# "打官司要钱不", "请律师要花钱不": what suing costs (court fees exist: never answered with a bare "不收费")
# … "打官司是不是要花好多钱", "打官司要老多钞票伐" (Shanghainese)
SUIT_COST = re.compile(
    r"(?:打官司|起诉|告状|诉讼|上法院|请律师)[^,，。]{0,6}"
    r"(?:要钱|花钱|多少钱|费用|收费|要不要钱|贵不贵|花多少|钱吗|(?:好|老|很|蛮|交关)多(?:钱|钞票|米)|钞票|费钱)|"
    # the cost asked first, the suit said after it: "要花钱吗打官司"
    r"(?:要(?:花)?钱|花多少钱|多少钱|贵不贵)[吗么不]?(?:打官司|起诉|告状|上法院)"
)
# "过了一年多了还来得及吗", "时效过了没": whether the time to act has run out, by the story's route
STILL_IN_TIME = re.compile(
    r"来得及|来不来得及|(?:时效|期限|时限)[^,，。]{0,4}(?:过了|到了|过没过|还有|多久|多长)|过了?(?:时效|期限)|超过了?(?:时效|期限)|晚不晚"
)
# "他这种没签合同的能认工伤吗", "没合同能认工伤吗": a work injury with no written contract (事实劳动关系)
NO_CONTRACT_INJURY = re.compile(
    r"(?:没|没有|未|无|不)(?:签|订|签订)?(?:过)?(?:劳动)?合同[^,，。]{0,10}工伤|工伤[^,，。]{0,10}(?:没|没有|未|无)(?:签|订)?(?:劳动)?合同"
    r"|(?:临时工|零工|日结|小时工|打零工)[^,，。]{0,10}工伤"  # "临时工到底算不算工伤啊" (lead-036)
)
# "n+1能要到吗", "辞退补偿有没有", "裁员赔偿金怎么算": the pay owed when the employer ends the job
SEVERANCE_ASKED = re.compile(
    r"[nN]\s*[+＋加]\s*[1一]|经济补偿|补偿金|赔偿金|遣散费|(?:辞退|裁员|开除|解雇|离职)(?:补偿|赔偿|费)"
)
# a story of the employer ending the job: "hr通知我明天不用来了", "公司把我辞退了", "被裁员了"
DISMISSED = re.compile(
    r"辞退|开除|裁员|被裁|解雇|炒鱿鱼|炒了|不用来了|别来了|不要我了|解除(?:劳动)?合同|让我(?:走人|滚蛋|离职)|劝退"
)
# "多少天内能申请复议", "复议过了期限还能申请吗": the time to apply for 复议 (not how long the review takes)
# "复议结果多久出来" asks how long the review takes, not the time to apply; "不是信访答复 复议和起诉期限各多久" does
REVIEW_DEADLINE = re.compile(
    r"^(?!.*(?:复议[^,，。]{0,6}(?:结果|答复|决定)|(?:多久|多长时间|几天)[^,，。]{0,4}(?:出来|出结果|答复|下来)))"
    rf"(?:.*复议[^,，。]{{0,8}}(?:{_LIMIT}|多少天|几天)|.*(?:{_LIMIT}|多少天|几天)[^,，。]{{0,8}}复议)"
)
# "他们真能强拆吗", "不签字就能拆我房子吗", "强拆合法吗": whether a house may be pulled down by force
FORCED_DEMOLITION = re.compile(
    r"(?:能|可以|敢|会|有权)(?:直接|随便|自己|就)?(?:强拆|强制拆|硬拆|拆(?:了)?(?:我|俺|咱)(?:们)?(?:家的|家|的)?(?:房|屋))"
    r"|强拆(?:吗|么|嘛|不|合法|违法|犯法|得了)"
)
# "仲裁一般多久能出结果", "劳动仲裁要几个月"
# "仲裁有期限吗 我怕过了", "离职一年多了还能仲裁吗": the time limit to apply, not how long it takes
ARBITRATION_LIMIT = re.compile(
    r"仲裁[^,，。]{0,6}(?:有|有没有|有什么)?(?:时间限制|期限|时限|时效)|(?:时间限制|期限|时限|时效)[^,，。]{0,6}仲裁"
    r"|(?:过了|超过|一年多了?|两年了?)[^,，。]{0,8}(?:还能|还可以)[^,，。]{0,4}仲裁"
)
ARBITRATION_TIME = re.compile(
    r"仲裁.{0,10}(?:多久|多长时间|几天|多少天|几个月|啥时候|什么时候|几时|好久|多少时间)|"
    r"(?:多久|多长时间|几天|多少天|几个月|啥时候|什么时候).{0,6}(?:仲裁|裁决)"
)
# "那到底去哪里申请仲裁啊", "仲裁委在哪", "劳动仲裁找哪个部门"
ARBITRATION_WHERE = re.compile(
    r"(?:哪|什么地方|啥地方|何处).{0,6}(?:劳动)?仲裁|仲裁.{0,6}(?:去|到|在|找|归)(?:哪|什么地方|啥地方|何处|谁)|"
    r"仲裁委.{0,4}(?:在哪|地址)"
)
# "信访局电话多少", "你们的电话是几号", "县里信访办的号码有吗"
OFFICE_PHONE = re.compile(
    r"(?:信访局|信访办|信访部门|信访|你们|政府|市里|县里|区里|镇里|街道)(?:的)?(?:电话|号码|热线|联系方式)"
    r"(?!.{0,6}(?:干嘛|干啥|干什么|做什么|为什么|为啥|泄露|保密))|"
    # "所以电话到底多少": a bare number asked for, after asking whose
    r"^(?:所以|那|那么|那你)?(?:电话|号码)(?:到底|究竟)?(?:是)?(?:多少|几号)"
)
# "我能起诉医院吗", "还是找卫健委", "医疗事故找谁鉴定"
MEDICAL_ROUTES = re.compile(
    r"(?:起诉|告|打官司|赔偿?|索赔|鉴定|调解).{0,8}(?:医院|诊所|卫生院|医生|大夫)|"
    r"(?:医院|诊所|卫生院|医生|大夫).{0,8}(?:起诉|打官司|赔偿?|索赔|鉴定)|"
    r"卫健委|卫生局|卫健局|卫生健康委|医调委|医疗事故|医疗纠纷|医疗鉴定"
)
# "医院不给病历合法吗", "病历怎么复印", "病歷拿得到嗎": the patient's (or the late patient's family's) records
MEDICAL_RECORDS = re.compile(r"病历|病案|住院记录|手术记录")
# "这合法吗", "这正常吗？？", "这个能撤销吗", "這樣合規嗎": whether what was done to the citizen is lawful or can be
# undone; only the organ in charge can rule on it, the story's route says where
IS_IT_LAWFUL = re.compile(
    r"合法|违法|违规|合规|正常|合理|允许|(?:能|可以|能不能|可不可以)撤(?:销|掉|回)|撤得(?:了|掉)"
)
# "这事找你们有用吗", "反映了有啥用", "管不管用": whether filing here helps at all; "有啥用" only of telling or
# coming here, since "退张券有啥用" scorns what the other side offered and asks nothing of us
DOES_IT_HELP = re.compile(
    r"有用吗|有用么|有没有用|有用没|有用不|管用吗|管用不|管用没|管不管用|顶用吗|顶不顶用|起作用吗|"
    r"(?:^|(?:你们|您们|这里|这儿|这边|反映|登记|投诉|举报|信访|说|讲|问|找|告|写|报)[^,，。?？!！\s]{0,4}?)"
    r"(?:有啥用|有什么用)"
)

# "找劳动局有用吗": whether another office helps, not whether coming here does
# "找街道有用没", "找居委会管用吗": the local people's mediation (人民调解法 第8条: 村委会, 居委会)
LOCAL_MEDIATOR = re.compile(r"街道|社区|居委会|村委会|村委|村里|调解委员会|调委会")
ANOTHER_OFFICE_HELPS = re.compile(
    r"(?:找|去|到|跟|向)(?!你们|您们|这里|这儿|这边|你|您|我们|咱们)[^,，。?？\s]{1,8}"
    r"(?:有用|管用|有没有用|有啥用|有什么用|顶用)"
)


def tells_seizure(told: str) -> bool:
    """Whether what was said tells of things taken away ("城管把我水果摊收了")."""
    return bool(SEIZED.search(told))


# "老板没买保险 那工伤还认不认？": a work injury where the employer had no work-injury insurance (searched in the
# whole message; the question itself asks about the injury or the money)
UNINSURED = re.compile(
    r"(?:没|没有|未|不)(?:给|帮|替)?(?:我|他|她|俺|工人|我们)?(?:买|交|缴|上|参加|办)(?:过)?(?:工伤|社会)?"
    r"(?:保险|社保|工伤险|五险)"
)
INJURY_CLAIM = re.compile(r"工伤|认定|赔|钱|待遇|医药费|谁出|谁管|找谁|找哪")
INJURED = re.compile(r"工伤|受伤|伤了|轧|砸|摔|断了|骨折|截肢")
# "啥是仲裁？", "复议是什么意思": what a procedure is (group `term`)
_TERMS = r"劳动仲裁|仲裁|行政复议前置|复议前置|行政复议|复议"  # the longer term first
WHAT_IS = re.compile(
    rf"(?:啥|什么|么子|啥子|何)(?:是|叫|叫做)(?P<term>{_TERMS})|"
    rf"(?P<term2>{_TERMS})(?:是|指|是个|算|叫)?(?:啥|什么|么子|啥子|甚么)(?:意思|东西|玩意儿?)?[?？啊呀]*$|"
    rf"(?P<term3>{_TERMS})(?:是|指)?(?:啥|什么)意思"
)
# "医保一个人交多少钱", "物业费啥时候交": paying for a service, not a fee for petitioning or suing
# "补贴一亩给多少钱", "每亩补多少": the sum of a subsidy to be received, not a fee to pay
BENEFIT_SUM = re.compile(
    r"(?:补贴|补助|补帖|津贴|奖补|补偿款?|低保金?|养老金)[^,，。?？交缴]{0,10}(?:多少|几)|"
    r"(?:一|每)(?:亩|台|户|人|个人|个月|月|年)[^,，。?？交缴]{0,3}(?:给|发|补|能拿|能领)?(?:多少|几)"
)
PAYS_FOR_SERVICE = re.compile(
    r"(?:医保|社保|养老保险|医疗保险|新农合|合作医疗|居民保险|物业费|学费|水费|电费|燃气费|暖气费|取暖费|公积金|保费)"
    r"[^,，。?？]{0,10}(?:交|缴)|(?:交|缴)[^,，。?？]{0,4}(?:医保|社保|养老保险|医疗保险|新农合|物业费|学费|保费)"
)

# "老年人去景区门票是不是免费的", "坐公交要钱不": the price of a ticket or a visit, not a fee for petitioning
PRICE_OF_ADMISSION = re.compile(
    r"(?:门票|票价|车票|船票|索道|景区|景点|公园|博物馆|公交|地铁|停车)[^,，。?？]{0,10}"
    r"(?:免费|免票|半价|优惠|打折|多少钱|收费|收钱|要钱|花钱)"
)


def term_asked(clause: str) -> str | None:
    """The procedure a "what is" question names ("啥是仲裁？" → 仲裁), or None."""
    found = WHAT_IS.search(clause.strip())  # "复议是啥 我妈七十多了…": the clause ends before the space
    if found is None:
        return None
    return found.group("term") or found.group("term2") or found.group("term3")


# a matter whose competent office the law names, whatever its route: "这种事到底该找谁" is answered with it
_ELECTION = re.compile(r"选举|换届|选票|投票|拉票|贿选|买票|选村长|选主任")
_ELECTION_FRAUD = re.compile(
    r"贿选|买票|发钱|给钱|送钱|塞钱|红包|好处费|送礼|送烟|代投|替[^,，。]{0,8}投|伪造选票|冒名投|威胁[^,，。]{0,6}投"
)
_AT_SCHOOL = re.compile(r"学校|小学|中学|初中|高中|班主任|老师|同学|同班|校园|年级|班上|班里|宿舍")
_BULLIED = re.compile(r"欺负|霸凌|欺凌|校园暴力|勒索|打(?:他|她|我|伤|破|人|了)|抢(?:他|她|我)|孤立")
# bullying at school told anywhere in the story: the school first, then the education bureau or the police
SCHOOL_BULLYING = re.compile(rf"^(?=[\s\S]*(?:{_AT_SCHOOL.pattern}))(?=[\s\S]*(?:{_BULLIED.pattern}))")

# heat not delivered or its fee to be refunded: the heat supplier first, then its regulator (12319, 12345)
_HEATING = re.compile(
    r"(?:暖气|供暖|供热|取暖费|暖气费|采暖费|热费)[\s\S]{0,20}(?:退|不热|不达标|温度|冻|凉|冷)"
    r"|(?:退|返还)[^,，。]{0,4}(?:取暖费|暖气费|采暖费|热费)"
)


def matter_office(told: str) -> str | None:
    """The FAQ entry naming the office the law gives this matter (a village election bought: 村民委员会组织法 第17条;
    bullying at school: 未成年人保护法 第39条), or None."""
    if _ELECTION.search(told) and _ELECTION_FRAUD.search(told):
        return "office_election"
    if SCHOOL_BULLYING.search(told):
        return "office_school_bullying"
    if _HEATING.search(told):
        return "office_heating"
    return None


# "去北京上访会不会被抓", "越级上访犯法不", "上访有事没": whether petitioning in person gets one in trouble
# … or "去了犯法不" after a question about going there: the going, asked alone
VISIT_LAWFUL = re.compile(
    r"(?:(?:上访|信访|走访|越级|去北京|到北京|进京)[^,，。]{0,12}|^(?:那|那我|那俺|我|俺)?(?:要是|如果|真)?去了?(?:的话)?(?:会|要)?)"
    r"(?:会不会被抓|被抓|抓不抓|会被抓|犯法|违法|犯不犯法|违不违法|被拘|拘留|坐牢|有事吗|有没有事|有事没)"
    # "那就是不让去呗 去了犯法不": the going just asked about, its law asked right after
    r"|^去(?:了|的话)?(?:会|会不会|算不算|是不是)?(?:犯法|违法|被抓)"
    # "能不能直接去北京上访": whether one may go over the office's head (第20条 answers it)
    r"|(?:能不能|能|可不可以|可以)(?:直接)?(?:去|到|上)(?:北京|省里|省城)(?:上访|信访|反映|告)"
)
