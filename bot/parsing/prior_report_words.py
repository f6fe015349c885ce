"""The words of an earlier report: the hotlines, offices and people it goes to, the verbs that tell it was made,
meant or denied, and the replies that follow. Patterns only; `bot.parsing.prior_report` reads with them."""

from __future__ import annotations

import re

# 12345, 12315, 12369 …, 95598; never digits inside a phone number
HOTLINES = r"(?<!\d)(?:123\d\d|12123|955\d\d|110)(?!\d)|市长热线|政务热线|便民热线|热线"
CHANNELS = (
    rf"{HOTLINES}|市长信箱|书记信箱|"
    r"留言板|信访局|信访办|信访部门|信访|上访|来访接待|街道办|街道|居委会|村委会|村委|社区|镇政府|乡政府|"
    r"区政府|县政府|市政府|政府|派出所|公安|警察|民警|劳动监察|劳动局|人社局|人社|住建局|住建|城管|市场监管|工商|"
    r"环保局|环保|教育局|卫健委|卫生局|物业|法院|仲裁|纪委|媒体|记者|电视台|网上|网站|app|公众号|小程序|"
    # people and places told plainly: "找过村主任好几次", "找过镇里", "找过执行局"; dialect "找过村上", "去过镇上"
    r"村主任|村长|村支书|村书记|支书|村干部|组长|镇里|乡里|县里|区里|市里|省里|省上|市上|村里|村上|镇上|乡上|县上|区上|队上|"
    r"大队|执行局|执行法官|法官|领导|社保局|医保局|民政局|民政|工会|人大|检察院|监察委|纪检|"
    r"消协|消费者协会|妇联|残联|交警|抖音|微博|快手|客服|售后|"
    # the people in charge, told first: "跟院长说过", "找过校长"
    r"院长|校长|厂长|所长|局长|科长|主任|负责人|经理|店长|市长|县长|区长|镇长|乡长"
)
# an office named by its kind: "医务科", "供热公司热线", "自来水厂"
ORGAN = r"局|所|科|处|办|委|厅|站|中心|热线|信箱|部门|公司|厂|集团"
# a visit to the respondent's own company or hospital is the matter itself, not a report of it
OFFICE = r"局|所|科|处|办|委|厅|站|中心|热线|信箱|部门"
PUNCT = "，。；;,!?！？"
GAP = rf"[^{PUNCT}]"
# Verbs that are a report by themselves ("投诉过", "报了警"); plain contact verbs need a channel ("找过街道办").
REPORT_VERB = (
    r"(?:反映|投诉|举报|信访|上访|报警|报案|求助|申诉)(?:过|了)|(?:留|写|打)(?:过|了)(?:言|信|电话)"
    # "申诉三次都是自动回复", "投诉了两回": how often it was raised
    r"|(?:反映|投诉|举报|申诉)了?[一二两三四五六七八九十几\d]+(?:次|回|遍)"
    # "当天就报了110", "报过一次110": the police called, by its number
    r"|报(?:了|过)(?:一次|一回|个)?(?<!\d)(?:110|12110)(?!\d)"
    # "妇女主任来劝过两回", "村干部上门调解过": someone in charge came to settle it, so they were told
    rf"|(?:{CHANNELS}|妇女主任|调解员|网格员){GAP}{{0,4}}?(?:来|上门|下来)(?:劝|调解|说和|做(?:过)?工作)(?:过|了)"
    # "复查复核都做了", "省里复核过": the petition's own review steps
    r"|复(?:查|核)(?:复(?:查|核))?都?(?:做|办|申请)?(?:过|了)"
    rf"|报(?:了|过|的)(?:警|案)|打(?:过|了){GAP}{{0,6}}?电话"
    # "报过好几回警", "报了两次案": how often, inside the verb
    r"|报(?:了|过)?(?:[一二两三四五六七八九十几\d]+|好几|多|无数)(?:次|回|遍|趟)(?:的)?(?:警|案)"
    # "到处反映都没用", "多次投诉": reported, somewhere
    r"|(?:到处|多次|反复|屡次|一再|好几次|几次|无数次|一直在?)(?:反映|投诉|举报|上访|申诉)"
    # "就是报警那次": a report pointed back to
    r"|(?:报警|报案|报110|投诉|反映|举报|上访)(?:的)?那(?:一)?(?:次|回)"
    # "能找的都找遍了", "跑了十几趟"
    rf"|(?:找|跑|问)遍|都找(?:过|了)|跑了{GAP}{{0,4}}?(?:趟|回)"
)
# 去年 is no visit; "给我报工商" is no contact
# "给村干部的亲戚了" gives something away: 给 is a contact only with what was said or sent ("给镇民政办说过")
GIVE_TO = (
    r"(?:(?<=[信话写寄发递交映诉报说讲])给|"  # "写信给市长", "打电话给社区"
    rf"给(?={GAP}{{1,12}}?(?:说|讲|打|写|反映|投诉|举报|提|留言|报|发|汇报|递)))(?![我他她你它])"
)
CONTACT_VERB = (
    rf"(?:打|拨打|拨|找|去(?!年|世|掉)|问|联系|咨询|{GIVE_TO}|向|跟|(?:反映|投诉|举报|上报|报)(?:到|给)了?)"
)
VISITED = r"(?:去|(?<![收得看听想遇碰做达感受迟])到|跑)(?:过|了)"
POSITIVE_RE = re.compile(
    rf"{REPORT_VERB}|{CONTACT_VERB}{GAP}{{0,8}}?(?:{CHANNELS})"
    rf"|(?:都|也)?(?:找|去|打|问|联系|咨询)过了?(?=\s*$|[{PUNCT}])"
    # "找过医院医务科", "问过律师": whoever was sought out
    rf"|(?:找|问|联系|咨询|求助|请教)过(?!工作|活|对象)(?={GAP})"
    # ("找了一家装潢公司装修" hires one: no report)
    rf"|(?:找|打)(?:过|了)(?![一个家位]){GAP}{{0,8}}?(?:{ORGAN})|{VISITED}{GAP}{{1,6}}?(?:{OFFICE})|{VISITED}{GAP}{{0,6}}?(?:{CHANNELS})"
    # the place first: "12345打了好多次", "社区也找了", "派出所也报了"
    # ("APP打不开了" is no call; "派出所报案" is a report)
    rf"|(?:{CHANNELS})[^{PUNCT}说让叫]{{0,4}}(?:反映|投诉|举报|留言|打(?![不开])|找|去过|(?<![回出进上下过收拿失])去了|问过|问了|联系(?!不)|报过|报了|复核|复查"
    r"|报案|报警|工单|回访)"
    # the office answered, so it was asked: "12315说让我找你们", "街道答复说…"
    rf"|(?:{HOTLINES}|信访局|信访办|信访部门){GAP}{{0,3}}?(?:说|让|叫|回复|答复|回电)"
    rf"|(?:{CHANNELS}){GAP}{{0,3}}?(?:回复|答复|回电)"
    # "跟院长说过", "和村干部讲了"
    rf"|(?:跟|和|同|对|向|给)(?![我你他她它])(?:{GAP}){{1,8}}?(?:说|讲|提|反映|汇报|报告)(?:过|了)",
    re.IGNORECASE,
)
NEGATION_RE = re.compile(
    r"(?:没得|冇得|冇|没有|没|未|从没|从来没|从来没有|还没|还没有|并没有|不曾|不想|不敢)(?:\s*\S){0,3}\s*$"  # "没 找过"
)
# "12345没打过", "信访局也没去": the channel first, the denial after it
INNER_NEGATION_RE = re.compile(r"没|未|冇|从不")
# What is only meant, asked or advised, before or in the contact named: "想明天一起去市信访局", "能不能打12345",
# "让我们去法院告", "我先打个电话问问12315"
PLAN_RE = re.compile(
    r"想(?!起|到|了|过来)|准备|打算|计划|要(?=去|找|打|到|向|跟|上|问)|明天|后天|过两天|过几天|改天|回头|"
    r"下周|下星期|下礼拜|下个月|待会|等会|等下|一会|马上|能不能|可不可以|能否|可以|要不要|该不该|用不用|"
    r"需不需要|会不会|是否|还得|(?<!了)问问|"
    # "应该找纪委吧", "是不是该去信访局": the right office asked about ("应该打过12345" is a report half-remembered)
    r"应该(?![^，。,]{0,4}过)|应当(?=去|找|向|到)|是不是(?:要|该|得)?(?=去|找|打|向|到)|"
    r"(?<!了)找找|(?:让|叫|要|喊)(?:我|咱|俺)|建议|(?<![来门])劝"  # ("来劝过": came to settle it)
    # "处理不好我再去法院", "等你们处理完我再去告": a court only meant if this fails
    r"|(?:不好|不行|不成|不了|没结果|没用|不满意)(?:的话)?(?:我|俺|我们|俺们)?(?:就|再)|"
    r"等[^，。,]{0,10}(?:完|好)(?:了|以后|之后)?(?:我|俺|我们|俺们)?再"
)
LATER_RE = re.compile(rf"^{GAP}*?再说")  # "先问问12315再说"
# (Wu "勿曾", "头一趟": not yet, the first time)
NEGATIVE_ANSWER_RE = re.compile(
    r"(?:没有|没|无|都没有|都没|还没有|还没|没有过|从来没有|从没|不曾|勿曾|没曾|否|没呢|第一次|头一次|头一回|第一回|头一趟|第一趟|"
    r"首次|冇|冇得|没得)"
    r"[呢啊的哦吧呀]?"
)
NEGATIVE_PHRASE_RE = re.compile(
    # ("2026年5月第一次反映的", "半年前头一回找": the first report, dated, was made)
    r"(?<!不是)(?<!不是这)(?<![年月日号前候])(?:第一次|头一次|头一回|第一回|首次)(?:反映|投诉|举报|来|找|说|提|求助|留言)"
    r"|(?<!不)是第一次"
    # ("没被投诉过" is said of the citizen, not by them)
    r"|(?:没有|没|未|从来没有?|从没|还没有?|不曾|冇|没得)(?:去|到|向|跟|给)?[^，。；;,!?！？被]{0,6}?(?:找|反映|投诉|举报|打|问|联系|去|上访)过"
    r"|(?:从来没有?|从没|还没有?|没有?|未|不曾)(?:找|反映|投诉|举报|联系)(?:任何|别的|其他|有关)?"
    rf"|(?:{CHANNELS})[^{PUNCT}]{{0,3}}?(?:没有?|没得|冇|未|从没)(?:打|找|去|反映|投诉|联系|问|留言)"
    # "没跟谁说过", "谁也没找", "哪儿都没去": nobody, nowhere
    r"|(?:没有?|未|从没|不曾|冇|没敢|不敢)(?:跟|和|同|对|向|给)(?:谁|任何人|别人|别个|旁人|外人|哪个)"
    r"|(?:谁|哪|哪里|哪儿|哪个部门|任何地方)(?:也|都)(?:没|冇|不敢|未)(?:敢)?"
    r"(?:去|找|说|讲|告诉|问|打|反映|报|举报|投诉|上访|联系)"
)
# Said only to the question "之前有没有向哪里反映过": "还没去", "不敢去", "不知道找谁", "没有 怕报复"
ANSWER_NEGATIVE_RE = re.compile(
    r"(?:还没|没有?|未|不敢|不想|没敢|没来得及|冇)(?:去|找|说|讲|告诉|问|打|反映|报|举报|投诉|声张|上访)"
    r"|不(?:知道|晓得|清楚)(?:该|应该|要)?(?:找谁|去哪|向哪|上哪|跟谁|到哪|找哪)|没地方|没处|无处|投诉无门"
)
LEADING_NO_RE = re.compile(
    r"(?:没有|没|还没有|还没|没呢|冇|冇得|没得|无|从来没有|从没有?|都没有|都没)[呢啊呀哦的]?(?=[\s,，。.!！~…]|$)"
)
FIRST_TIME_RE = re.compile(r"(?:这是|是)?(?:第一次|头一次|头一回|第一回|头一趟|第一趟|首次)")
# "这不是第一次了": reported before, where not said
NOT_FIRST_RE = re.compile(r"不是(?:这|我)?(?:第一次|头一次|头一回|第一回)")
BARE_YES_RE = re.compile(
    r"(?:有|有的|有过|是|是的|对|对的|嗯|反映过|投诉过|找过|去过|打过|都找过|找了好多次)"
)
REPLY_RE = re.compile(
    r"回复|答复|回应|回电|说|让|叫|没人|没有人|没得人|冇人|不管|没管|推|不了了之|没下文|没有下文|没结果|没有结果|没用|没效果|"
    r"处理|受理|转给|转到|转交|等|拖|石沉大海|至今|一直|还是|依然|仍然|结果|解决|答应|承诺|敷衍|踢皮球|"
    r"没(?:有)?(?:消息|音讯|动静|回音|反应|下落|人理|来|修|动|改|退)|不理|不搭理|回执|推来推去|"
    r"不给|不肯|不认|不承认|拒绝|不同意|笔录|出警|立案|维持|驳回|调解|告诫|"
    # a paper it gave: "派出所出了个告诫书", "给开了张受理单"
    r"(?:出|开|给|下|发)(?:了|过)?(?:个|一个|一份|份|一张|张)?[^，。；;,!?！？\s]{0,4}?(?:书|单|通知|证明)"
)
# where it was reported: a channel, an office, the police; "反映了八百遍都没用" names none
WHERE_RE = re.compile(
    rf"{CHANNELS}|局|科|委|厅|站|中心|热线|信箱|部门|公司|厂|集团|办公室|警|案|干部|书记|上级|上面|平台|群"
    r"|(?<![到各好住用难去坏益长短此何无别处])处(?!理|分|罚)|(?<![场厕住])所(?!以|有|谓)",
    re.IGNORECASE,
)
# "反映过，社区": the place said on its own after the report
BARE_PLACE_RE = re.compile(
    rf"(?:在|向|去|到|是|给)?(?:{GAP}{{0,6}}?(?:{CHANNELS}|{ORGAN}))(?:那里|那儿|那边)?"
)
# a "no" that names reporting itself ("以前没反映过", "从没投诉过", "头一回上访"): it answers the earlier-report
# question whichever question waits, unlike "法院没去过" or "没有", which may answer the court question
NONE_OF_REPORTING_RE = re.compile(
    r"(?<!不是)(?:没有?|未|从没|不曾|冇|没得)(?:向|跟|给|到)?[^，。；;,!?！？被]{0,6}?(?:反映|投诉|举报|上访|信访)"
    r"|(?<!不是)(?:第一次|头一次|头一回|第一回|首次)(?:来)?(?:反映|投诉|举报|上访|信访)"
)
