"""What a message says of a unit without complaining about it, blanked out before the respondent is read: a
letter's salutation ("尊敬的李书记", "王局长，我想反映"), a denial ("不是物业的事"), a plan ("准备去法院告"), an office
already complained to in vain ("找过街道办也没人管"), the court that judged, and a facility wished for ("附近没有幼儿园")."""

from __future__ import annotations

import re

_CLAUSE_END = r"[^,.;!?，。；！？\n]"
# facilities a citizen wishes for or misses are no party: "附近没有幼儿园", "建议建一所公办幼儿园"
_FACILITIES = "幼儿园|学校|小学|中学|医院|卫生院|卫生所|诊所|超市|商场|银行|派出所|加油站|服务站"
# a crisis reply pushed away ("啥心理热线", "俺又没想不开"): of the bot's words or the citizen, never of a party
CRISIS_PUSHED_AWAY = (
    r"(?:啥|什么|要啥|要什么|打啥)(?:子)?(?:心理)?(?:热线|援助)"
    r"|(?:我|俺|本人)?(?:又|也|可|才|并|都)?(?:没|没有|不是|不会)(?:想不开|想死|要死|寻短见|寻死|要自杀|想自杀|轻生)(?:呢|啊|哦)?"
)
# parts that name a unit without complaining about it; each is blanked out (offsets kept) before reading
_NOT_THE_RESPONDENT_RE = re.compile(
    # a letter's salutation: "尊敬的李书记：", "各位领导好", "王局长，我想反映…" (not "村支书，我要举报他")
    r"^\s*(?:(?:尊敬|敬爱|亲爱)的[^,，。:：!！\n]{1,16}?(?=[,，。:：!！\s])|各位领导(?:们)?(?:您好|你好|好)?"
    r"|[^,，。:：!！\n]{0,10}?(?:领导|书记|局长|主任|同志)(?:们)?(?:你们好|您们好|您好|你好|好)(?=[,，。:：!！\s])"
    r"|[\u4e00-\u9fff]{0,6}?(?:领导|书记|局长|县长|市长|区长|镇长|乡长|主任|同志|部长|处长|科长)(?:们)?[,，:：!！\s]+"
    r"(?=(?:我|您|你|俺|请|麻烦|求|打扰)(?![^,，。！!？?]*?(?:举报|投诉|告|反映)(?:他|她))))"
    # a denial: "不是物业的事" (up to what is said instead), "我没有去法院", "也没找过律师"
    # (not "我刚才不是说了", "不是讲过了吗": what was said before is pointed back to; not "你们不是信访吗":
    # a question that asks, the words up to the pause with it)
    rf"|(?<![是要可就还])(?:不是|并不是|并非|不怪|不关)(?!说过|说了|讲过|讲了|告诉过|告诉你了)"
    r"(?![^\s,.;!?，。；！？\n]*?[吗嘛][\s,.;!?，。；！？\n]|[^\s,.;!?，。；！？\n]*?[吗嘛]$)"
    rf"{_CLAUSE_END}*?(?=而是|就是|是|[,.;!?，。；！？\n]|$)"
    rf"|(?:没有|没|未|冇|从没|从来没有?)(?:去|到|上|找|告|起诉|进)过?{_CLAUSE_END}*"
    # a plan or a threat: "准备去法院告", "实在不行就去法院起诉"
    rf"|(?:准备|打算|想|要|会|就|只能|只好|还得|得)(?:去|到|上){_CLAUSE_END}{{0,12}}?"
    r"(?:告|起诉|打官司|上访|反映|投诉|申请|仲裁|报警)"
    # where a plan or threat would take the matter: "就去省政府门口拉横幅", "想明天一起去市信访局"
    rf"|(?:准备|打算|想|要|会|就|只能|只好|还得|得|一起){_CLAUSE_END}{{0,6}}?(?:去|到|上){_CLAUSE_END}{{0,6}}?"
    r"(?:信访局|信访办|信访部门|政府|省委|市委|县委|北京|省里|市里)"
    # whom the citizen asks for help: "希望政府管管这个黑心老板", "请有关部门督促开发商"
    r"|(?:希望|请求?|恳请|麻烦|(?<![要追需])求求?|盼望)(?:上级|有关|相关)?(?:政府|领导|部门)(?:部门)?"
    # an office the citizen asks about going to: "找劳动局有用吗", "去法院管不管用"
    rf"|(?:找|去|问|到){_CLAUSE_END}{{1,10}}?(?=有用吗|有没有用|管用吗|管不管用|行不行|能管吗|会管吗)"
    # the office a matter was told to is where it went, not whom it is against: "已经向区信访局反映过了"
    rf"|向(?!阳|日|东|西|南|北|前|后|上|下){_CLAUSE_END}{{1,12}}?(?=反映|投诉|举报|写信|写过信|求助|报告)"
    # the court that ordered the other party to pay is no party: "法院判了对方还我八万块钱"
    rf"|(?:人民法院|法院|仲裁委员会|仲裁委|仲裁庭)(?=(?:已经|早就|早|都|也)?(?:判决|判|裁定|裁决|调解)(?:了|过)?"
    rf"{_CLAUSE_END}{{0,10}}?(?:还|赔|给|付|退|搬|拆|履行|返还|支付))"
    # the court a lawsuit was won or heard in is where it went, not whom it is against: "我在沁源县法院打赢了官司"
    rf"|在{_CLAUSE_END}{{0,10}}?(?:人民法院|法院|法庭|仲裁委员会|仲裁委)"
    rf"(?=(?:打|告|起诉|判|申请){_CLAUSE_END}{{0,3}}?(?:赢|胜诉|官司|判|仲裁|执行))"
    # where a matter was taken is no party to it: "已经起诉到法院了", "告到了镇上"
    rf"|(?:起诉|上诉|告|申请仲裁|申请|递交|交)(?:到|至)了?{_CLAUSE_END}*"
    # an office complained to in vain is an earlier report: "投诉物业也没用", "给区信访办写过信了，没有回音"
    rf"|(?:找过|找了|去过|到过|反映过|投诉过|投述过?|举报过|打过|问过|报过|给){_CLAUSE_END}{{1,16}}?"
    r"(?:写过信|写了信|打过电话)?了?[,，\s]?(?:也|都|还是)?说?"
    r"(?:没用|没有用|不管用|没人管|没人理|不理|没结果|没下文|推来推去|没有回音|没回音|不归(?:他们|我们|他|这里)?管)"
    # a crisis reply pushed away: "啥心理热线 俺又没想不开" is about the bot's words, no party (hv-007)
    rf"|{CRISIS_PUSHED_AWAY}"
    # a facility wished for: "没有幼儿园", "新建一所学校", "建个卫生院"
    r"|(?:没有|没得|缺少|缺乏|缺|新建|修建|增设|设立|开办|规划|(?:建|盖|办|修|开|设)(?=[一个所家座]))"
    rf"(?:一所|一个|一家|一座|个|所|家|座)?{_CLAUSE_END}{{0,6}}?(?:{_FACILITIES})"
)


def blank_what_is_not_said_of_it(text: str) -> str:
    """The normalised text with salutations, denials, plans … blanked out, offsets kept."""
    return _NOT_THE_RESPONDENT_RE.sub(lambda m: "，" * len(m.group()), text)
