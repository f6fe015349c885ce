"""How people ask without the usual question words: the forms `actions.question_detect` reads besides final
particles, A-not-A verbs and wh-words, and the words about the asking itself that tell nothing of the matter.

Patterns are searched in one normalised clause (simplified characters, half-width).
"""

from __future__ import annotations

import re

from bot.domain.text import cjk_count


def any_of(*words: str) -> str:
    """One non-capturing alternation of regex pieces: the word lists the question patterns share are written once."""
    return "(?:" + "|".join(words) + ")"


# going over the office's head: "去北京上访", "越级", "到国家信访局门口了" (信访工作条例 第20条)
GOING_HIGHER = re.compile(
    r"越级|上访|进京|(?:去|到|上|跑)(?:北京|省里|省城|省政府|省信访|中央)|国家信访局|省信访局|告到中央|找中央|天安门|中南海"
)
# the personal details an intake asks for, as citizens name them ("不留名字行不行", "要电话干嘛")
PERSONAL_DETAILS = any_of("名字", "姓名", "真名", "电话", "手机", "号码", "地址", "住址", "身份证")
# what one does with a detail ("不留", "一定要填吗")
GIVE_DETAIL = any_of("留", "写", "填", "说", "报", "给")
# "行不行", "中不中", "要得不": whether something is allowed
MAY_WORDS = any_of(
    r"行不行|行吗|行么|可以吗|可以么|可不可以|成不成|中不中|得不得|好不好|要得不|得不|行不|成不|中不"
)
# "他们要我赔五千违约金 必须给吗": money to be paid, not a personal detail to be given
_MONEY = re.compile(r"钱|金|费|款|赔|罚|工资|块|元")
# "病历他们有权不给吗", "医院凭什么不给": someone else withholding something, not a detail the citizen leaves out
_OTHERS_WITHHOLD = re.compile(
    r"(?:他们|她们|人家|对方|医院|单位|公司|老板|学校|政府|村里|有权|凭什么|凭啥)[^,，。]{0,3}不(?:给|让)|病历|病案"
)


def may_skip(clause: str, message: str = "") -> bool:
    """Whether a question clause asks if a personal detail may be left out ("电话一定要留吗", "一定要填吗"); not
    whether money must be paid ("他们要我赔五千违约金 必须给吗": the money told in the `message`)."""
    if not MAY_SKIP.search(clause) or _OTHERS_WITHHOLD.search(clause):
        return False
    return not _MONEY.search(f"{message} {clause}") or bool(re.search(PERSONAL_DETAILS, clause))


# who asks, before the verb: "那我要留名字吗", "请问我的电话要不要写"
_ASKER = r"(?:那|那么|请问|我|俺|咱|还|也|的)*"
# "不留行不行", "一定要填吗", "提个建议还要名字啊？": whether a detail may be left out
MAY_SKIP = re.compile(
    rf"匿名|不(?:用|要)?{GIVE_DETAIL}(?:名|{PERSONAL_DETAILS})|"
    rf"不{GIVE_DETAIL}(?:{MAY_WORDS}|了?(?:吗|么|嘛))|"
    rf"(?:一定|必须|非得|非要|必需|硬要|都得|都要)(?:要)?{GIVE_DETAIL}|"
    rf"(?:可以|能|能不能|可不可以)不{GIVE_DETAIL}|"
    rf"还(?:要|得|需要){GIVE_DETAIL}?(?:个)?{PERSONAL_DETAILS}|"
    # "要留名字吗", "需要填电话不", "名字要不要写": whether a detail must be given (no, and what giving it brings)
    # (the whole clause: "为啥要留电话" asks why, "问我名字干啥" too)
    rf"^{_ASKER}(?:要|需要|得|用|要不要|用不用|需不需要){GIVE_DETAIL}(?:个|下|一下)?(?:真)?{PERSONAL_DETAILS}"
    rf"(?:吗|么|嘛|不|没|啊|呀)?[?？\s]*$|"
    rf"^{_ASKER}{PERSONAL_DETAILS}(?:也|还)?(?:要不要|用不用|需不需要|一定要|要|需要|得|用){GIVE_DETAIL}"
    rf"(?:吗|么|嘛|不|啊|呀)?[?？\s]*$|"
    # no verb: "电话一定要吗", "手机号必须要啊", "名字也要吗", "要电话吗"
    rf"^{_ASKER}{PERSONAL_DETAILS}号?码?(?:也|还)?(?:(?:一定|必须|非得|非要|必需)(?:要|得)?(?:吗|么|嘛|不|啊|呀)?"
    rf"|(?:要|需要|得)(?:吗|么|嘛|不))[?？\s]*$|"
    rf"^{_ASKER}(?:要|需要)(?:个|下)?{PERSONAL_DETAILS}号?码?(?:吗|么|嘛)[?？\s]*$"
)
# why we ask for something personal: the field named, or "问这么细" about the question just asked
# "让我说这些干嘛", but not "你们能帮我要钱吗 说这些有啥用": what the bot says, not what it asks
_ASKED_FIELD = any_of(PERSONAL_DETAILS, "住哪", "个人信息", r"(?:问|要|留|填|(?:我|俺)说)(?:这个|这些|这么)")
_WHY = any_of(
    r"干嘛|干吗|干啥|干什么|做什么|做啥|为什么|为啥|为何|凭什么|有什么用|有啥用|啥用",
    r"搞么子|搞啥子?|搞什么|弄啥|整啥|干么子|做么子|要来做什么",
)
# … or whether the class must be picked at all: "表扬也要选类吗", "类别一定要选吗"
_MUST_PICK = r"(?:也|还|一定|必须|非得|都)?(?:要|得)选(?:个|一个)?(?:类|分类)|(?:类别?|分类)(?:也|还|一定|必须)?(?:要|得)(?:选|填)"
WHY_ASKED = re.compile(rf"{_ASKED_FIELD}.{{0,8}}{_WHY}|{_WHY}.{{0,8}}{_ASKED_FIELD}|{_MUST_PICK}")

# "电话多少啊": a question ending in a plain exclamation still ends in its asking words
EXCLAIM_END = re.compile(r"[啊呀哈嘛]+$")
# "该找医保局还是卫健委啊": either-or after a verb, unless it tells that nothing changed ("找了物业还是没人管啊")
EITHER_OR = re.compile(r"(?:找|去|是|选|走|告|归|先)[^,，。]{1,8}还是(?!没|不|一样|老样子|那样|照样)")
# said with it, an either-or asks even without a question mark: "到底", "我问…", a soft final particle
# … or asked of the bot itself: "你是机器人还是真人"
_EITHER_OR_ASKS = re.compile(
    r"到底|我问|俺问|应该|该找|该去|[啊呀哈咯哦噻撒嘞吧]$|^(?:你|您|你们)(?:到底)?是|"
    # which comes first: "直接去法院告还是先复议", "是先复议还是直接起诉"
    r"还是先|先[^,，。]{1,8}还是"
)
# "还要我再申请一次？", "难道还得我跑？": asked back, with a question mark
# … or at the office: "你们又建议我找12345？"
# … or sent back where it failed: "12345打了三回没用 还让俺打12345？"
SENT_BACK = r"还(?:让|叫|喊|要)(?:我|俺|我们|俺们|咱|咱们)(?:再|又|接着)?(?:打|找|去|跑|问)"
ASKED_BACK = re.compile(rf"还要|还得|难道|还需要|(?:你们|你|您)[^,，。？?\s]{{0,3}}又|{SENT_BACK}")
# a question thrown back at the office, in anger: "你们又建议我找12345？", "这不是你们该查的吗", "这还要我说吗"
AT_THE_OFFICE = re.compile(
    r"(?:你们|你|您)[^,，。？?\s]{0,3}又|(?:你们|你)不是(?:信访|政府|管这个|管这事)|"
    r"(?:不是|不就是)(?:你们|你)(?:该|应该|应当|要)?(?:查|管|办|问)的|还要我(?:说|讲|再说|来说|跑|去)|"
    + SENT_BACK
)

# words about the asking itself, not about the matter: "但是我问的你还没回答", "你这机器咋光问不答呢"
ABOUT_ASKING = re.compile(
    r"(?:但是|可是|不过)?(?:我|俺)(?:是问(?![过了])|问的是?)(?:你|您)?(?:还|都)?(?:没|没有)?(?:回答|回)?(?:我)?|"
    r"(?:你|您)(?:还|都|倒是)?(?:没|没有)(?:回答|答复|回)(?:我)?|光问不答|答非所问"
)


def either_or(core: str) -> bool:
    """ "那我到底该找医保局还是卫健委啊", "我问找医保局还是卫健委": which of two, asked without a question mark."""
    return bool(EITHER_OR.search(core) and _EITHER_OR_ASKS.search(core))


def asks_back(clean: str) -> bool:
    """ "是执行法官不干活 还要我再申请一次？": the citizen asks back at what was just said (a clause with a
    question mark that asks whether they must do it again)."""
    return any(ASKED_BACK.search(clause) for clause in re.findall(r"[^,，。；;!！?？\s]+[?？]", clean or ""))


# "你们管不管！！！": whether anyone will act, answered with "我们管" and what happens when
WILL_YOU_ACT = re.compile(
    r"(?:你们|政府|有没有人|有人|谁)?(?:到底)?(?:管不管|会管吗|能管吗|管吗|管么|管不|管得了吗|能不能管)"
    r"|(?:有没有人|有人|谁)(?:来)?管(?:没有?|吗|么|不)?"
    # "这个能反映吗", "可以在这里投诉吗": whether this is the place for it
    r"|(?:能|可以)(?:在这里?|在你们这|跟你们|向你们)?(?:反映|投诉|登记)(?:吗|么|不|嘛)"
    r"|(?:能不能|可不可以)(?:在这里?|在你们这|跟你们|向你们)?(?:反映|投诉|登记)"
)
# "反映了会不会被封号啊", "投诉了老板会不会开除我", "怕他们找我麻烦": a fear that the party gets back at the
# citizen for reporting (the platform, the employer, the village): answered with what they may learn and that
# getting back at a petitioner is not allowed
FEARS_RETALIATION = re.compile(
    r"(?:会|会不会|怕|担心|害怕|不会|万一)[^,，。]{0,8}(?:被)?(?:封号|封(?:我|俺)|拉黑|停单|停号|开除|辞退|炒了?(?:我|俺)|炒鱿鱼|"
    r"报复|穿小鞋|整(?:我|俺)|开(?:了|掉)?(?:我|俺)(?![家们的])|把(?:我|俺)(?:给)?(?:开|辞|炒)(?:了|掉)|辞(?:了|掉)(?:我|俺)|"
    r"查出(?:来)?是(?:我|俺)|找(?:我|俺)(?:的)?麻烦|扣(?:我|俺)|不给(?:我|俺)派单|赶(?:我|俺)走|断(?:我|俺)|给(?:我|俺)使绊子|使绊子|为难(?:我|俺)|找茬|卡(?:我|俺)"
    # "学校会不会对我个仔更差", "会不会对俺娃不好": the citizen or their child treated worse for it
    r"|对(?:我|俺)(?:家|的|个|们)?(?:孩子|儿子|女儿|娃|仔|囡|闺女|女|妈|爸|老人|家里人)?(?:更|越来越|就)?(?:差|不好|坏|凶|冷淡|有意见))"
    # "会不会被拉黑一辈子": how long a ban already made lasts, no fear of what reporting brings
    r"(?![^,，。]{0,3}(?:一辈子|永久|多久|几天|多长时间|几个月|几年))"
)
# "公司会不会知道是我反映的", "能保密吗": whether the other side learns who reported it
WHO_LEARNS = re.compile(
    r"(?:会|能|要|是不是|会不会|能不能|可能|怕|担心|害怕).{0,6}(?:知道|晓得|发现|查到|查出|认出)|"
    r"(?:知道|晓得).{0,6}(?:是我|我的名|我反映|我举报|我投诉|谁反映|谁举报|谁投诉)|"
    r"(?:名字|姓名|(?<!打)(?<!打个)电话|信息|身份|资料).{0,6}(?:告诉|给|透露|泄露|交给)|"  # not "打电话给民政"
    r"(?:能|会)(?:看到|看见)|"
    # "不会把我名字说出去吧": told to others
    r"(?:名字|姓名|身份|信息|是我).{0,6}(?:说出去|传出去|漏出去|透露出去|捅出去)|"
    # "你们会告诉他是我来登记的吗": whether the other side is told
    r"(?:会|要|会不会|要不要)(?:把[^,，。]{0,8})?(?:告诉|通知|转给)(?:他|她|对方|单位|老板|公司|村里|镇上|镇里|乡里|"
    r"街道|厂里|学校|领导|上面|网点|站点|站长|主管|工头|包工头)|"
    # "会不会告诉城管", "你们会告诉派出所吗": any side named, not the citizen told ("会不会告诉我结果")
    r"(?:会|要|会不会|要不要)(?:把[^,，。]{0,8})?(?:告诉|转给)(?![我俺您你咱])[^,，。]{0,8}?"
    r"(?:城管|局|所|队|办|委|政府|公安|警察|物业|房东|村干部|书记|主任|校长|医院|法院|中心)|"
    # "你们会不会打电话到街道办去问这个事": asking the other side about it tells them
    r"(?:会|会不会|要不要|是不是)(?:打电话|打个电话)?(?:到|去|给|找)(?:他们?|她们?|对方|单位|老板|公司|村里|村委会?|"
    r"镇上|镇里|镇政府|乡里|街道办?|社区|厂里|学校|领导|上面|物业)(?:去)?(?:问|核实|调查|了解)|"
    # "你们会不会跟村里说是我反映的"
    r"(?:会|会不会)(?:跟|和|对)(?:我的?)?(?:他|她|对方|单位|老板|公司|村里|镇上|镇里|乡里|街道|厂里|学校|领导|上面)"
    r"[^,，。]{0,3}(?:说|讲)|"
    # "能不能别写他名字" (he must not learn of it), "他会看我手机" (a call or a text he would see)
    r"(?:别|不要|不用)(?:写|记|登记|提)(?:他|她|对方|人家)的?(?:名字|姓名)|(?:会|要|老是|天天)(?:看|翻|查)我的?手机|"
    r"保密|泄露|泄漏|透露|打击报复|报复|穿小鞋|曝光我|" + FEARS_RETALIATION.pattern
    # "反映了会不会被封号啊", "怕站长给我穿小鞋": a fear that the party gets back at the citizen
)

# "我还能咋办": what to do, asked about the situation the same message tells
WHAT_NOW = re.compile(
    r"怎么办|咋办|咋整|怎么整|怎么弄|咋弄|咋个办|啷个办|怎么搞|咋搞|如何是好|(?:能|可以).{0,6}(?:吗|么|不)[?？]?$"
)
# "请问这种情况怎么办", "我们该怎么办": where to turn about what the story tells (not "怎么办理" a service)
# (东北话 "咋整", "这可怎么整": the same, not "咋整的" of how it came about)
WHERE_TO_TURN = re.compile(r"(?:怎么|咋|咋个|啷个|怎样)(?:办|整)(?!理|的|了|成|好)|如何是好")
# "养老金咋没到账", "工资为啥还不发", "低保咋给取消了": why something owed has not come, asked of nobody in
# particular; it tells the matter (the grievance), it is not a question for the office to answer
WHY_NOT = re.compile(
    r"(?:咋|怎么|为什么|为啥|为何|凭什么|凭啥|咋个|啷个)(?:还|又|就|都|一直)?"
    r"(?:没|不|莫|冇|给(?:取消|停|扣|断|拆|收)|被|把|停|断|扣|取消)"
    # "养老金为啥这个月少了三百多": less paid than due, with when between
    r"|(?:为什么|为啥|为何|凭什么|凭啥|咋|怎么)[^,，。？?\s]{0,6}(?:少了|少发|少给|扣了|降了|停了|没了)"
)
# "你咋不回答我的问题嘛", "怎么不回我", "你答的啥", "答非所问", "我问的是这个", "问了半天没人答"
# (said to the bot: "村里咋不回复我" is a grievance about the village, told as a why-not)
COMPLAINS_UNANSWERED = re.compile(
    r"(?:你|您)(?:咋|怎么|为啥|为什么|咋个|啷个|咋就|怎么就)?(?:还|都|也|就)?(?:不|没|没有|莫)(?:回答|答复|回复|回|答|理)|"
    r"(?:不|没|没有|莫)(?:回答|答)(?:我|俺)?(?:的)?问题|"
    # "复议的事你还没说", "你还没讲罚款能不能不交": what was asked, still not said
    r"(?:你|您)(?:咋|怎么|为啥|为什么)?(?:还|都)(?:没|没有)(?:说|讲)(?!话|完|清)|"
    # "怎么不回我" said alone: to the bot
    r"^(?:咋|怎么|为啥|咋个|啷个)(?:还|都)?(?:不|没)(?:回答|回|答|理)(?:我|俺)?(?:呢|啊|嘛|呀)?[?？!！。\s]*$|"
    r"(?:你|您)(?:答|回)的(?:是)?(?:啥|什么|么子|啥子)|答非所问|光问不答|"
    r"(?:我|俺)(?:刚才|刚刚)?问的(?:是|那个|问题)|问(?:了|你)(?:半天|好几遍|几遍)|"
    # "你先回答我", "先告诉我为啥这么少", "先回答我的问题": the answer first, then the questions
    r"^(?:你|您)?先(?:回答|答复|告诉|说)(?:一下)?(?:我|俺)"
)
WHY_NOT_EXCEPT = re.compile(
    r"(?:怎么|咋)(?:不能|不可以|不行)|不(?:用|要|能|让)留|不知道|" + COMPLAINS_UNANSWERED.pattern
)

# "工伤认定有时间限制没得？我听说要一年内": what the citizen heard, said right after the question, goes with it (it
# is what the answer should confirm or correct, never a detail of the matter)
# what a rule is ("要一年内", "只能告一次"); not what happened ("我听说是村长把名额给了亲戚", a detail of the matter)
HEARSAY = re.compile(
    r"^(?:我|俺)?(?:也|还)?(?:听说|听人说|听别人说|听人讲|听别个说|听他们说|据说|人家说|别人说|网上说)"
    r"(?:的)?(?:是)?(?:要|得|只有|只能|不能|不用|必须|可以|能|超过|过了|最多|一般)"
)


# "我问你", "请问", "想问下": a question put to the bot, whatever else the message says
_ASKS_THE_BOT = re.compile(r"我(?:是)?(?:问|想问)(?:你|您|下|一下|问)?|请问|想问|问一下|问下|你(?:先)?回答")
SHORT_BESIDE_QUESTION_CJK = 4  # "没有", "没打过": a short answer beside the question


def asks_the_bot(clean: str, rest: str) -> bool:
    """A question beside a short answer, or put to the bot in so many words, is asked, not rhetorical."""
    return bool(_ASKS_THE_BOT.search(clean)) or cjk_count(rest) <= SHORT_BESIDE_QUESTION_CJK


# "有人吗", "还在吗", "人呢": whether anyone is there, never a question to answer from the FAQ
_ANYONE_THERE = re.compile(
    r"^(?:喂+|哎+|你好|您好|同志|请问)?[，,\s]*(?:有人吗|有没有人|有人没有?|有人在吗|还?在吗|在不在|还在不在|人呢|人在吗|咋不说话了?|怎么不说话了?|"
    r"怎么不回(?:了|话|我)?|咋不回(?:了|话|我)?)[?？!！。.~～\s]*$"
)
STILL_HERE = "我在的，一直在。您接着说就行。"


def asks_if_anyone_there(clean: str) -> bool:
    """ "有人吗" said in the middle: the bot says it is here, and the question asked before comes again."""
    return bool(_ANYONE_THERE.match(clean.strip()))


# "叫什么 康寿源健康体验馆", "那个叫啥来着 启航": searching for a name, then saying it; not a question
NAME_SEARCHED = re.compile(r"(?:那个|就是|好像|是)?叫(?:什么|啥子?|么子|甚么)(?:来着|名字?)?[\s,，。…~～]*")
