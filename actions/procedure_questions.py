"""What citizens ask about the way things are done, whatever the matter: when the office is open, whether someone
else may go for them, being heard before a penalty, compensation for a loss, enforcing a judgment won.

`asked` names the kind of one question clause, read with the whole message `clean` (and the story told before,
where the answer depends on it); the answers are FAQ entries of knowledge/legal_routes.yml. Patterns are searched
in normalised text (simplified characters, half-width digits).
"""

from __future__ import annotations

import re

from actions.question_kinds import QuestionKind as K
from bot.route_model.readings_person import fell_on_a_hazard

# "你们下班了吗", "几点上班", "明天礼拜天有没有人", "周末上班不", "明天能来吗", "晚上还能登记不"
OFFICE_HOURS = re.compile(
    r"(?:下班|上班|关门|开门|休息|放假|值班|营业|办公)(?:了)?(?:没有?|吗|么|不|了吗|没|时间|几点|到几点)|"
    r"几点(?:钟)?(?:下班|上班|关门|开门|有人|能来|可以来|办公)|(?:上班|办公|接待)(?:时间|是几点)|"
    r"(?:周末|礼拜[天日六]|星期[天日六]|周[六日]|节假日|过年|晚上|夜里|中午|明天|今天|后天)[^,，。]{0,6}"
    r"(?:有没有人|有人(?:吗|么|不|没有?)|上班|开门|办公|接待|能来(?![水电气暖])|能去|可以来(?![水电气暖])|可以去|来得了|去得了"
    r"|能不能来(?![水电气暖])|能不能去)"
)  # "今天能来水不": the water back on, not the office open
# "台湾人可以替大陆亲戚反映吗", "我帮我舅舅登记行不行": the one asking writes for a relative or a friend
FOR_SOMEONE_ELSE = re.compile(
    r"(?:替|帮|代|给)[^,，。]{0,6}(?:亲戚|亲人|家人|家里人|舅舅|舅妈|姑姑|姑妈|叔叔|伯伯|阿姨|姨妈|外婆|外公|爷爷|奶奶|"
    r"父母|爸妈|老人|老人家|朋友|邻居|老乡|兄弟|姐姐|妹妹|哥哥|弟弟)[^,，。]{0,4}(?:反映|登记|投诉|上访|举报|申请|办)"
)
# "让女儿替我去行不行", "一定要本人去吗", "儿子帮我来登记可以吗", "能不能委托别人", "代我反映": someone else for them
PROXY = re.compile(
    r"(?:替|帮|代)(?:我|俺|她|他|我妈|我爸|老人)[^,，。]{0,4}(?:去|来|跑|办|反映|登记|申请|上访|走访|递|弄|写|说|打字)|"
    r"(?:一定|必须|非得|非要|只能|得|要)[^,，。]{0,2}(?:本人|自己|亲自)[^,，。]{0,3}(?:去|来|到场|跑|办|申请|反映)"
    # "要不要自己去劳动监察": whether to take the lawful route oneself, not whether a relative may come instead
    r"(?![^,，。?？\s]{0,3}(?:劳动监察|监察大队|人社|劳动局|法院|仲裁|派出所|公安|市场监管|12315|12333))|"
    r"本人(?:不|没法|去不了|来不了)|委托|代理人|代(?:为|办|替)|替(?:我|俺)|" + FOR_SOMEONE_ELSE.pattern
)
# "可以写信吗", "打电话能反映不", "能不能发邮件": the ways a matter may be reported (第17条)
CHANNELS = re.compile(
    r"(?:可以|能|能不能|可不可以|行不行)[^,，。]{0,2}(?:寄信|写信|邮寄|寄材料|打电话反映|发邮件|传真)|"
    r"(?:写信|寄信|发邮件|传真)[^,，。]{0,3}(?:能|可以|行)?(?:反映|投诉|登记)?(?:吗|么|不|行不行|可以吗|算数吗|有用吗)|"
    r"(?:打电话|网上)(?:能|可以)?(?:反映|投诉|登记)(?:吗|么|不|行不行)"
)
# "能不能让村里的人去说说他", "社区能不能出面调解", "找调委会调解行不行": someone to mediate (人民调解)
MEDIATION = re.compile(
    r"(?:村里|村委会?|村干部|社区|居委会?|街道|调委会|调解委员会|人民调解|组长|支书)[^,，。]{0,8}"
    r"(?:说说|说一说|劝劝|劝一劝|调解|调和|出面|做做工作|做工作|评评理)|调解(?:行不行|行吗|可以吗|有用吗|吗|么|不)"
)
# the story tells an administrative penalty (to come or decided): "林业局说要罚五千", "罚款单还没下来"
PENALTY_TOLD = re.compile(r"罚|罰|吊销|停业整顿|责令停")
# "我们能说理吗", "能不能申辩", "可以要求听证吗", "能解释一下吗", "罚之前不听我们说吗": being heard first
HEARD_FIRST = re.compile(
    r"说理|讲理|申辩|辩解|陈述|听证|解释|说明情况|说清楚|讲清楚|说话的(?:地方|机会)|不听"
)
# the rights named that exist only before a penalty: "能要求听证不" needs no story
_PENALTY_RIGHTS = re.compile(r"申辩|听证")
# "这个能不能赔偿", "死的羊能赔不", "损失谁赔", "能要赔偿吗": compensation for a loss
COMPENSATION = re.compile(
    r"能(?:不能)?(?:给|叫|让|要)?(?:他|她|他们|对方|厂里|公司)?赔(?:偿)?(?:吗|么|不|多少|没有?)?(?=$|[?？,，。\s吗么不])|赔(?:偿)?(?:吗|么|不)(?=$|[?？,，。\s])|"
    r"(?:谁|哪个)(?:来|给)?赔|(?:该不该|应不应该|应该不应该|是不是该|该|应该|应当)(?:由)?(?:他|她|他们|对方|物业|商场|超市)?赔|赔多少|(?:要|求|讨|拿)(?:得到)?赔偿|赔不赔|国家赔偿|(?:损失|亏的|亏了的)[^,，。]{0,6}(?:谁|怎么|咋)"
)
# a loss caused by an organ: the state answers for it (国家赔偿法)
_ORGAN = re.compile(
    r"国家赔偿|城管|政府|局|执法|派出所|公安|警察|乡里|镇里|街道办|县里|区里|市里|村委|居委|拆迁办|管委会|税务|交警|所里"
)
# a loss caused by pollution: the polluter answers for it whatever its fault (民法典 第1229条)
_POLLUTION = re.compile(r"排污|污染|排放|黑水|废水|臭水|污水|粪水|排粪|毒死|废气|化工厂|粉尘|噪音")
# a judgment or award won that the other side does not pay: "打赢了官司 对方不给钱", "判了他还是不还"
_WON = re.compile(r"打赢|赢了|胜诉|判决|判了|判下来|裁决|调解书|调解协议")
_UNPAID = re.compile(r"不给|不还|不履行|不执行|没给|没还|还是不|不付|赖着|拖着|不掏")
# "要不要申请执行", "能强制执行吗", "下一步咋办" after a judgment won and not paid
ENFORCE = re.compile(r"申请执行|强制执行|申请法院执行|执行(?:吗|么|不|得了)|法院执行")
_NEXT = re.compile(r"下一步|咋办|怎么办|咋整|咋个办|怎么弄|然后呢|接下来|还能咋")

# "照片怎么发给你们", "视频能传吗", "怎么上传材料": how to send a photo or a document as evidence
_EVIDENCE = r"(?:照片|图片|相片|视频|截图|录音|材料|证据|单子|发票)"
SEND_EVIDENCE = re.compile(
    rf"{_EVIDENCE}[^,，。]{{0,6}}(?:怎么|咋|如何|能不能|可不可以|可以|能|在哪|往哪)[^,，。]{{0,3}}(?:发|传|交|给|递|寄)|"
    rf"(?:怎么|咋|如何|在哪|往哪)(?:样)?(?:发|传|上传|交|给|递)[^,，。]{{0,3}}{_EVIDENCE}|"
    rf"(?:发|传|上传)[^,，。]{{0,3}}{_EVIDENCE}[^,，。]{{0,4}}(?:吗|么|不|行不行|可以吗)"
)
# "我拍了好多照片 怎么发给你们": the way to send asked alone, the photos told beside it
_SEND_ASKED = re.compile(
    r"(?:怎么|咋|如何|往哪|在哪)(?:样)?(?:发|传|上传|交|给)(?:给|过去|过来)?(?:你们|你|您)"
)
_EVIDENCE_TOLD = re.compile(_EVIDENCE)
# "我想补一张电梯坏了的照片": a photo or a document to add to the case just filed
ADDS_EVIDENCE = re.compile(
    rf"(?:补|发|传|上传|交|加)(?:一|几|两)?(?:张|个|份|段|点|下)?[^,，。]{{0,10}}{_EVIDENCE}"
)

# "已经过了四个多月了", "过了60天": the 60 days of a review gone by ...
_TIME_PASSED = re.compile(
    r"(?:过了|超过|超了|错过|已经过|过去)[^,，。]{0,6}(?:60|六十|[一二两三四五六七八九十几0-9]+个多?月|期限|时效|复议期|半年)|"
    r"(?:60天|六十天|60日|期限|复议期)[^,，。]{0,4}(?:过了|已过|到了|早过)"
)
_REVIEW_TOLD = re.compile(r"复议|罚|处罚|决定书|行政|60天|六十天|60日")
# ... and whether anything can still be done: "还有办法吗", "是不是没办法了", "还能不能去法院告"
_STILL_ASKED = re.compile(
    r"还有(?:什么|啥)?办法|没(?:有)?办法了|还能(?:不能)?(?:告|起诉|去法院|打官司)|能不能(?:去法院)?告|"
    r"还来得及|还行不行|怎么办|咋办|还能咋"
)
# a suit decided ("输了", "驳回了", "判了") and whether it can be taken further: "还能再告吗", "能不能翻案"
_JUDGED_TOLD = re.compile(r"判了|判决|判完|驳回|裁定|败诉|输了|官司[^,，。]{0,4}输|结案")
_FURTHER_ASKED = re.compile(r"再告|再起诉|重新(?:告|起诉)|翻案|申诉|再审|上诉")


# "直接去法院告还是先复议", "要不要先复议": which of the two an act of an organ goes to first
_SUE = r"(?:起诉|告|法院|打官司|行政诉讼)"
REVIEW_OR_SUE = re.compile(
    rf"复议[^,，。?？]{{0,8}}还是[^,，。?？]{{0,10}}{_SUE}|{_SUE}[^,，。?？]{{0,8}}还是[^,，。?？]{{0,8}}复议|"
    r"(?:要不要|用不用|得不得|需不需要|需要|必须|一定要|是不是要|是不是得|要|得)(?:先|首先)(?:去)?(?:申请)?(?:行政)?复议|"
    r"不(?:用|经过|先)?(?:申请)?复议[^,，。?？]{0,6}(?:直接)?(?:起诉|告|去法院)|(?:直接)?(?:起诉|告)[^,，。?？]{0,4}不(?:用|经过)?复议|"
    # "复议和起诉选哪个好", "打官司跟复议哪个划算": the two weighed
    rf"(?:复议(?:和|跟|与|或者?|或是){_SUE}|{_SUE}(?:和|跟|与|或者?|或是)(?:行政)?复议)[^,，。?？]{{0,4}}(?:选哪|哪个|哪样|哪种|怎么选|咋选)"
)


def asks_further(clause: str) -> bool:
    """Whether a question asks to take a decided suit further ("那还能再告吗", "能不能翻案")."""
    return bool(_FURTHER_ASKED.search(clause))


def asked(clause: str, clean: str, story: str = "") -> K | None:
    """The procedural kind one question clause asks, or None; `clean` is the whole message, `story` what was told
    before it."""
    told = f"{story}\n{clean}"
    if ENFORCE.search(clause) or (_NEXT.search(clause) and _WON.search(told) and _UNPAID.search(told)):
        return K.ENFORCE_JUDGMENT
    if _STILL_ASKED.search(clause) and _TIME_PASSED.search(told) and _REVIEW_TOLD.search(told):
        return K.REVIEW_MISSED
    if (_STILL_ASKED.search(clause) or _FURTHER_ASKED.search(clause)) and _JUDGED_TOLD.search(told):
        return K.RETRIAL
    if HEARD_FIRST.search(clause) and (PENALTY_TOLD.search(told) or _PENALTY_RIGHTS.search(clause)):
        return K.PENALTY_HEARING
    if OFFICE_HOURS.search(clause):
        return K.OFFICE_HOURS
    if PROXY.search(clause):
        return K.PROXY
    if CHANNELS.search(clause):
        return K.CHANNELS
    if SEND_EVIDENCE.search(clause) or (_SEND_ASKED.search(clause) and _EVIDENCE_TOLD.search(clean)):
        return K.SEND_EVIDENCE
    if REVIEW_OR_SUE.search(clause):
        return K.REVIEW_OR_SUE
    if MEDIATION.search(clause):
        return K.MEDIATION
    return None


def compensation_key(told: str, route_code: str | None) -> str:
    """The FAQ entry answering "能赔吗" for this story: a fall on ice nobody cleared, an organ's act, pollution, or
    any other loss."""
    if fell_on_a_hazard(told) and route_code != "state_compensation":
        return "compensation_fall"  # the keeper's duty of safety, even when the road is the township's
    if route_code in ("administrative_review", "state_compensation") or (
        _ORGAN.search(told) and route_code not in ("litigation", "labour_arbitration")
    ):
        return "compensation_state"
    return "compensation_pollution" if _POLLUTION.search(told) else "compensation_civil"
