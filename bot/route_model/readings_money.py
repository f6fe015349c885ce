"""Stories of money owed, charged or chased, where the law names who acts.

- Wages owed by a boss or a 包工头 (工钱, 血汗钱, "包工头跑了") are a breach of labour law: the 劳动保障监察 office
  investigates (劳动保障监察条例 第11条, 第26条; 保障农民工工资支付条例), arbitration stays open; not a civil suit,
  never a review of an organ. Money owed under a contract (工程款, 货款) is not this.
- The pay of a public teacher or other 事业单位 staff (绩效, 津贴) is a personnel dispute: 劳动人事争议 arbitration
  (劳动争议调解仲裁法 第52条) or the education office and its government (a petition), not a labour-inspection
  complaint against the bureau that funds it.
- A clinic or doctor charging too much with no harm told is a price complaint (医疗服务价格: 医保, 卫健 and market
  offices, 12345), no medical dispute.
- Debt collectors phoning the debtor's workplace, messaging colleagues, threatening: harassment the police deal
  with (110) and a complaint about the lender (12345, 金融监管), no labour dispute and no family violence. When the
  loan's terms are disputed too (interest taken off in advance, far more asked back than lent), what is owed is a
  civil matter a court decides (民法典 第670条, 第680条).
- A subsidy or other public money kept by someone who holds no public office (a cooperative's head, a company's
  boss) is no 纪检监察 matter (监察法 第15条): the organ that granted it recovers it (a petition to it).
- Money put into a "project" or 理财 for promised returns, and the company gone with it, is a case for the police
  (非法集资, 集资诈骗: 刑事诉讼法 第110条), not wages owed by an employer.
"""

from __future__ import annotations

import re

from bot.domain.text import IN_CLAUSE, normalize_for_parsing

_W = IN_CLAUSE  # a character inside one clause

_WAGES = re.compile(r"工资|工钱|薪水|薪资|欠薪|血汗钱|辛苦钱|人工费|劳务费|工费")
# who hires a crew on a site: what he owes them is their pay, whatever it is called
_CREW_LEAD = re.compile(r"包工头|工头|班组长|带班的?|领班")
_OWED = re.compile(
    r"欠|拖|没给|不给|没发|不发|没结|不结|要不回|要不到|讨不回|讨不到|拿不到|领不到|没拿到|跑了|跑路|卷钱|找不到人|人找不到|失联"
)
_CONTRACT_MONEY = re.compile(r"工程款|货款|合同款|材料款|设备款|租金|房租|借款|借钱|借了")
# the speaker is the one who hired the crew: his money from a developer is a contract matter, not wages
_SPEAKER_IS_BOSS = re.compile(
    r"我是(?:个)?(?:包工头|工头|老板|班组长)|我(?:们)?(?:公司|工程队)"
    # "我们是江汉区一个小装修公司", "我们小公司工人工资都发不出了": the firm that is owed, paying its own crew
    r"|(?:我们|俺们)(?:是)?[^,，。;；\s]{0,10}?(?:小|一个|一家)(?:小)?[^,，。;；\s]{0,4}?(?:公司|工程队|装修队|施工队)(?!的?(?:员工|工人|职工|司机|一员))"
)


def wages_owed(text: str | None) -> bool:
    """Pay for work owed by a boss or a 包工头 ("包工头叫张大奎 欠俺八万", "干了三个月工资一直拖着")."""
    clean = normalize_for_parsing(text or "")
    if _SPEAKER_IS_BOSS.search(clean) or not _OWED.search(clean) or public_staff_pay(clean):
        return False
    if _WAGES.search(clean):
        return True
    # "包工头…欠俺八万": the crew's money, unless it is a loan or a contract's price
    return bool(_CREW_LEAD.search(clean)) and not _CONTRACT_MONEY.search(clean)


def crew_pay_told(text: str | None) -> bool:
    """The money a 包工头 owes his crew, whatever they call it ("包工头欠我们工程款"): not the 包工头's own contract."""
    clean = normalize_for_parsing(text or "")
    return bool(_CREW_LEAD.search(clean)) and not _SPEAKER_IS_BOSS.search(clean)


_PUBLIC_STAFF = re.compile(
    r"事业编|事业单位|在编|编制内|卫生院的?医生|乡村医生|乡村教师|公办(?:学校|老师|教师)"
)
# a teacher paid by the public purse: a public school, the education office, the county's pay policy
_TEACHER = re.compile(r"教师|老师|班主任|校长")
_PUBLIC_SCHOOL = re.compile(
    r"公办|公立|乡村|农村|中心校|中心小学|小学|中学|初中|高中|教育局|县里|镇里|公务员|财政"
)
_STAFF_PAY = re.compile(r"绩效|工资|津贴|补贴|奖励|年终奖|待遇|课时费|班主任费")
_PAY_OWED = re.compile(
    rf"(?:{_STAFF_PAY.pattern}){_W}{{0,12}}(?:{_OWED.pattern}|扣|少发|没有发|不到位|没落实)"
    rf"|(?:拖欠|欠|扣|克扣|少发|不发|没发){_W}{{0,6}}(?:{_STAFF_PAY.pattern})"
)


def public_staff_pay(text: str | None) -> bool:
    """A public teacher's or 事业单位 employee's pay not paid ("乡村教师…奖励性绩效一直没发")."""
    clean = normalize_for_parsing(text or "")
    public = _PUBLIC_STAFF.search(clean) or (_TEACHER.search(clean) and _PUBLIC_SCHOOL.search(clean))
    return bool(public and _PAY_OWED.search(clean))


_MEDICAL_PROVIDER = re.compile(r"医生|村医|赤脚医生|诊所|卫生室|卫生院|医院|药店|药房")
_PRICE = re.compile(
    # 贵 said of a price ("很贵", "贵得很", "太贵了"), not in a name ("马福贵")
    r"(?:太|很|好|真|挺|特别|忒|贼|死|那么|这么|老|也|费|价|钱|药)\s?贵|贵\s?(?:得|了|死|啊|呀|吗)|多收|乱收费|乱收|收费|收(?:了)?(?:我|俺)?(?:\d|[一二三四五六七八九十两几百千])+|要价|价钱|价格|宰人|坑钱"
)
# what makes it a medical dispute after all: harm from the care
_HARM = re.compile(
    r"误诊|治坏|治死|死了|去世|没了命|残|瘫|感染|后遗症|事故|手术失败|打坏|医坏|出事|伤|过敏|休克|昏迷|病情加重|耽误"
    r"|出血|抢救|重症|icu|ICU|没醒|醒不过来|并发症|手术(?:出了|有)问题|做坏"
)

# a kickback or bribe behind the price accuses someone: a report, not a price complaint
_KICKBACK = re.compile(r"回扣|红包|受贿|索贿|好处费|贪|院长|主任|领导")


def care_harmed(text: str | None) -> bool:
    """The story tells harm from the care itself ("术后大出血", "打针打坏了"), or a kickback behind the bill."""
    clean = normalize_for_parsing(text or "")
    return bool(_HARM.search(clean) or _KICKBACK.search(clean))


def medical_price(text: str | None) -> bool:
    """A doctor or clinic charging too much, with no harm from the care told ("村医生打针很贵 一次收我八十块")."""
    clean = normalize_for_parsing(text or "")
    told = _MEDICAL_PROVIDER.search(clean) and _PRICE.search(clean)
    return bool(told) and not (_HARM.search(clean) or _KICKBACK.search(clean))


_COLLECTION = re.compile(
    r"催收|催债|讨债|追债|网贷|网络贷款|贷款平台|借贷平台|借款平台|小额贷|套路贷|714高炮"
)
_HARASSED = re.compile(
    r"打电话|打到|天天打|短信|发信息|威胁|恐吓|辱骂|骂|骚扰|通讯录|爆通|群发|说我是?老赖|P图|上门|堵门|泼漆|曝光"
)


def debt_collection_harassment(text: str | None) -> bool:
    """Debt collectors harassing the debtor or those around him ("网贷的天天打电话到我单位 还给我同事发短信")."""
    clean = normalize_for_parsing(text or "")
    return bool(_COLLECTION.search(clean) and _HARASSED.search(clean))


# the loan's own terms disputed: interest taken off in advance, usury, far more asked back
_LOAN = re.compile(r"借|贷|网贷|贷款|借款")
_TERMS_DISPUTED = re.compile(
    r"到手(?:只有|才|就|只)|实际到账|(?:只|才)到账|砍头息|先扣|扣了[^,，。]{0,6}(?:手续费|服务费|利息|押金)|"
    r"高利贷|高息|利息(?:太|特别|非常|好|忒)?高|利滚利|还(?:了|要还|得还)?[^,，。]{0,4}(?:好几倍|翻倍|一倍)"
)


def loan_terms_disputed(text: str | None) -> bool:
    """A loan whose terms the borrower disputes ("借了5000 到手只有3800 现在要还8000多", "网贷利息太高了")."""
    clean = normalize_for_parsing(text or "")
    return bool(_LOAN.search(clean) and _TERMS_DISPUTED.search(clean))


_PUBLIC_FUNDS = re.compile(r"补贴|补助|扶贫款|救济款|救灾款|专项资金|国家(?:给|发|拨)的|上面(?:给|发|拨)的")
_KEPT = re.compile(
    r"独吞|私吞|侵吞|侵占|贪了|贪污|挪用|截留|克扣|扣着|扣下|扣了|占了|拿走|据为己有|装进自己|不发|没发|一分没"
)


# who hands public money out to farmers and may hold it back: a co-operative's head, a cadre, a dealer
_HANDLER = re.compile(r"合作社|理事长|社长|村干部|支书|村主任|组长|会计|经销商")
_HELD_BY_HANDLER = re.compile(rf"(?:{_HANDLER.pattern})[^，。]{{0,10}}(?:{_KEPT.pattern})")


def held_by_handler(text: str | None) -> bool:
    """Money held back by whoever handed it out ("合作社理事长把农机补贴扣着不发"), not left unpaid by the government."""
    return bool(_HELD_BY_HANDLER.search(normalize_for_parsing(text or "")))


def public_funds_kept(text: str | None) -> bool:
    """Public money meant for people kept back by whoever handed it out ("理事长把国家给的农机补贴款独吞了")."""
    clean = normalize_for_parsing(text or "")
    return bool(_PUBLIC_FUNDS.search(clean) and _KEPT.search(clean))


_INVESTED = re.compile(
    r"集资|投资|投了|投进|理财|养老项目|入股|高息|返利|分红|每个?月(?:给|返|付)[^,，。]{0,6}利息"
)
_VANISHED = re.compile(
    # "转完钱就被拉黑了": an online swindler gone by blocking the one he took from
    r"跑了|跑路|卷款|卷钱|失联|联系不上|人找不到|找不到人|关门|倒闭|暴雷|爆雷|兑付不了|不兑付|拉黑|删了(?:我|好友)|把我删了"
)


# a swindle told, and the swindler gone with the money ("卖保健品的骗了 七万多…现在人去楼空了"): 诈骗, for the police
# "刷单返佣金", "杀猪盘": the online swindles by their common names
_SWINDLED = re.compile(r"骗了|骗走|骗去|骗子|被骗|诈骗|忽悠了|刷单|返佣|杀猪盘")


def swindled_and_gone(text: str | None) -> bool:
    """Money taken by a swindle and the swindler vanished ("让卖保健品的骗了 七万多 现在人去楼空了"); a boss gone
    owing wages is labour, not this."""
    clean = normalize_for_parsing(text or "")
    if wages_owed(clean):
        return False
    return bool(_SWINDLED.search(clean) and (_VANISHED.search(clean) or "人去楼空" in clean))


def investment_fraud(text: str | None) -> bool:
    """Savings put in for promised returns and the company gone with them ("投十万 每个月给两千利息…老板跑了 公司关门",
    "这算非法集资"); a boss gone owing wages is labour, not this."""
    clean = normalize_for_parsing(text or "")
    if wages_owed(clean):
        return False
    return bool(
        re.search(r"非法集资|集资诈骗|庞氏", clean) or (_INVESTED.search(clean) and _VANISHED.search(clean))
    )


# health products sold to the old with false promises ("被人忽悠买保健品"), the seller since gone
_HEALTH_SALES = re.compile(r"保健品|保健食品|养生(?:产品|品|馆)|理疗仪|磁疗|会销|健康讲座|养生讲座")
_DECEIVED = re.compile(r"忽悠|骗|洗脑|哄")
# an old person deceived (养老诈骗): for the police even while the shop is still open
_ELDERLY = re.compile(
    r"老人|老年人|老头|老太|大爷|大妈|[六七八九]十(?:多|几)?岁|[六七八九]十[一二三四五六七八九]?(?:了|多了)"
)
SALES_SCAM_REASON = "向老人推销保健品骗钱、店已关门跑了，涉嫌诈骗：向公安机关报案（110），由公安机关侦查、追缴退赔（刑法第64条）"


def sales_scam_vanished(*told: str | None) -> bool:
    """Health products sold by deceit to an old person or by a seller since gone ("我爸八十二了 被人忽悠买保健品 花了
    七八万", "店早关门跑了"): a fraud for the police, not only a consumer complaint."""
    clean = normalize_for_parsing(" ".join(part or "" for part in told))
    preyed = _VANISHED.search(clean) or _ELDERLY.search(clean)
    return bool(_HEALTH_SALES.search(clean) and _DECEIVED.search(clean) and preyed)


def harassed_over_disputed_loan(text: str | None) -> bool:
    """Debt collectors harassing over a loan whose terms are disputed: the debt itself is for a court."""
    return debt_collection_harassment(text) and loan_terms_disputed(text)


def harassed_over_owed_debt(text: str | None) -> bool:
    """Debt collectors harassing, the debt itself not disputed: the police and the lender's regulator."""
    return debt_collection_harassment(text) and not loan_terms_disputed(text)
