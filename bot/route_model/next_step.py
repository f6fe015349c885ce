"""What the citizen already tried decides the next lawful step: a consumer dispute that the 12315 line, the market
regulator or the 消协 mediated without agreement goes to court (消费者权益保护法 第39条: 和解, 调解, 投诉, 仲裁, 起诉),
not back to the hotline it came from. A report the police already registered (立案) is being investigated
(刑事诉讼法 第115条): no refusal to open a case to complain of, unless the citizen tells the police doing nothing.
Savings put in for promised returns and gone with the company (非法集资, 集资诈骗) are reported to the police
(刑事诉讼法 第110条), who investigate and recover what they can (刑法 第64条): a criminal procedure (第31条第一项).
A refusal to open a case (不立案, 刑事诉讼法 第112条, 第113条) is only one when the police were told of something and
did nothing: a crime reported a moment ago is with the police now, and a 户口 errand sent between windows told of
no crime at all (a petition about the service)."""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing

_CONSUMER_LINE = re.compile(r"12315|消协|消费者协会|市场监管|市监|工商")
_MEDIATED = re.compile(r"调解|协调|调和|调停")
_NO_DEAL = re.compile(
    r"不同意|没同意|没谈成|没谈拢|谈不拢|调不成|没调成|调解不成|不成功|失败|没用|不认|不接受|不答应|只同意|只肯|只愿意|还是不|不给退|不退"
)

CIVIL_DISPUTE = ("litigation", "civil_dispute")
REASON = "消费纠纷已经找12315或市场监管部门调解过、没谈成：可以向法院起诉（消费者权益保护法第39条）"


def consumer_mediation_failed(prior_report: str | None) -> bool:
    """The earlier report tells a consumer mediation that ended without agreement ("打过12315 调解了一次 店里只同意
    免费保养 我不同意")."""
    said = normalize_for_parsing(prior_report or "")
    return bool(_CONSUMER_LINE.search(said) and _MEDIATED.search(said) and _NO_DEAL.search(said))


# the police registered the case or gave a receipt of it; "不立案", "没立案" are the opposite
_CASE_OPEN = re.compile(
    r"(?<![不没未])立(?:了)?案(?:了|回执)|已(?:经)?立案|(?<![不没未])给(?:我|俺)?立(?:了)?案|受案回执|立案回执|案子(?:在|正在)(?:查|办|侦查)|正在侦查"
)
# the police doing nothing since: still a matter of their inaction
_NOTHING_SINCE = re.compile(
    r"不立案|没(?:有)?立案|(?:不|没)给(?:我|俺)?立(?:了)?案|不(?:肯|让|予)立案|一直没(?:有)?(?:消息|动静|结果|人管|下文)|没人管|不管|不查|没查|不处理|没处理|拖着|推脱|石沉大海"
)
POLICE_INACTION = ("litigation", "police_inaction")
CASE_OPEN = ("litigation", None)
CASE_OPEN_REASON = "公安机关已经立案侦查（刑事诉讼法第115条）：不是不立案，案子由公安机关依法办理"


# a crime or a report to the police told at all, and told as just now
_CRIME_OR_REPORT = re.compile(
    r"110|报警|报了警|报过警|报案|报了案|立案|受案|被打|打人|打伤|打了我|被偷|被盗|偷了|被骗|诈骗|骗了|骗走|被抢|抢了|威胁|敲诈|勒索|砸了"
)
_JUST_NOW = re.compile(r"刚刚|刚才|刚被|刚打|刚报|刚转|就刚|分钟前|一会儿前")
# "我又不是报案", "没报警": a report denied is none
_NO_REPORT = re.compile(r"(?:不是|没|没有|未|不想|不敢|不用)(?:去)?(?:报案|报警|报了警|报过警|报110)")
JUST_REPORTED_REASON = (
    "刚向公安机关报了案，没有说到公安机关不立案、不处理：由公安机关依法办理（刑事诉讼法第110条）"
)
NO_CRIME_REASON = "没有说到向公安机关报案或者违法犯罪的事，不是不立案：按信访事项向有关部门反映"


def police_inaction_untold(*told: str | None) -> str | None:
    """Why a reading of the police refusing a case does not fit, when it does not: "just_reported" for a crime reported a
    moment ago ("十分钟前转的…刚打了110"), "no_crime" for a story that tells no crime or report at all ("派出所说要去
    人才市场开准迁证"); None when the police are told doing nothing (then it fits) or neither is clear."""
    said = _NO_REPORT.sub(" ", normalize_for_parsing(" ".join(part or "" for part in told)))
    if _NOTHING_SINCE.search(said):
        return None
    crime = _CRIME_OR_REPORT.search(said)
    if not crime:
        return "no_crime"
    return "just_reported" if _JUST_NOW.search(said) else None


def police_case_open(*told: str | None) -> bool:
    """The story or the earlier report tells the police registered the case ("派出所立案了 给了回执"), and nothing
    of them doing nothing since."""
    said = normalize_for_parsing(" ".join(part or "" for part in told))
    return bool(_CASE_OPEN.search(said)) and not _NOTHING_SINCE.search(said)


SWINDLE_REASON = "钱被人骗走、对方人已经跑了，涉嫌诈骗：向公安机关报案（刑事诉讼法第110条），由公安机关侦查、追缴退赔（刑法第64条）"
FRAUD_REASON = "投进去的钱被公司卷走，涉嫌非法集资、集资诈骗：向公安机关报案（刑事诉讼法第110条），由公安机关侦查、追缴退赔（刑法第64条）"


# a penalty or other decision of an authority, appealed to it and upheld: "在12123上申诉过 被驳回了", "复核了 维持原决定"
_APPEALED = re.compile(r"申诉|复核|申辩|陈述|异议|申请撤销")
_UPHELD = re.compile(
    r"驳回|维持|不予(?:采纳|撤销|受理)|没(?:有)?通过|不通过|不受理|不撤销|不给撤|还是要(?:罚|交)|说没错"
)
_PENALTY = re.compile(
    r"罚款|罚了|罚\d|罚[一二两三四五六七八九十百千]|扣分|扣\d+分|扣了\d+分|处罚|吊销|暂扣|没收|拘留|责令"
)
REVIEW = ("administrative_review", None)
APPEAL_UPHELD_REASON = (
    "对行政机关的处罚决定不服，向作出决定的机关申诉已被驳回：可以在知道之日起60日内申请行政复议"
    "（行政复议法第11条、第20条；当场作出的处罚要先复议，第23条），其他情形也可以6个月内起诉（行政诉讼法第46条）"
)


def penalty_appeal_upheld(story: str | None, prior_report: str | None) -> bool:
    """The story tells a penalty of an authority, and the earlier report an appeal to it that was turned down
    ("罚200扣3分" … "在12123上申诉过 被驳回了"): the lawful next step is review or a suit, not the hotline."""
    told = normalize_for_parsing(prior_report or "")
    return bool(
        _PENALTY.search(normalize_for_parsing(story or ""))
        and _APPEALED.search(told)
        and _UPHELD.search(told)
    )
