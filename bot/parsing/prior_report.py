"""Has the citizen raised the matter before, where, when and with what reply?

Returns the clauses that name the earlier contacts ("打过供热公司热线 也打过12345") plus the clauses right after
them that tell the reply ("去年找过街道办，没回复"), ``NO_PRIOR_REPORT`` for 没有 / 第一次反映 / 没找过, or None
when the text does not say. A plan ("想明天去市信访局", "先问问12315再说"), a question ("能不能打12345") and
advice from others ("让我们去法院告") are no report.
"""

from __future__ import annotations

import re

from bot.domain.text import fold_keeping_offsets

NO_PRIOR_REPORT = "未曾反映"
REPORTED_NO_DETAILS = "曾反映过（未说明渠道）"

# 12345, 12315, 12369 …, 95598; never digits inside a phone number
_HOTLINES = r"(?<!\d)(?:123\d\d|12123|955\d\d|110)(?!\d)|市长热线|政务热线|便民热线|热线"
_CHANNELS = (
    rf"{_HOTLINES}|市长信箱|书记信箱|"
    r"留言板|信访局|信访办|信访部门|信访|上访|来访接待|街道办|街道|居委会|村委会|村委|社区|镇政府|乡政府|"
    r"区政府|县政府|市政府|政府|派出所|公安|警察|民警|劳动监察|劳动局|人社局|人社|住建局|住建|城管|市场监管|工商|"
    r"环保局|环保|教育局|卫健委|卫生局|物业|法院|仲裁|纪委|媒体|记者|电视台|网上|网站|app|公众号|小程序|"
    # people and places told plainly: "找过村主任好几次", "找过镇里", "找过执行局"; dialect "找过村上", "去过镇上"
    r"村主任|村长|村支书|村书记|支书|村干部|组长|镇里|乡里|县里|区里|市里|村里|村上|镇上|乡上|县上|区上|队上|"
    r"大队|执行局|执行法官|法官|领导|社保局|医保局|民政局|民政|工会|人大|检察院|监察委|纪检|"
    r"消协|消费者协会|妇联|残联|交警|抖音|微博|快手|"
    # the people in charge, told first: "跟院长说过", "找过校长"
    r"院长|校长|厂长|所长|局长|科长|主任|负责人|经理|店长|市长|县长|区长|镇长|乡长"
)
# an office named by its kind: "医务科", "供热公司热线", "自来水厂"
_ORGAN = r"局|所|科|处|办|委|厅|站|中心|热线|信箱|部门|公司|厂|集团"
# a visit to the respondent's own company or hospital is the matter itself, not a report of it
_OFFICE = r"局|所|科|处|办|委|厅|站|中心|热线|信箱|部门"
_PUNCT = "，。；;,!?！？"
_GAP = rf"[^{_PUNCT}]"
# Verbs that are a report by themselves ("投诉过", "报了警"); plain contact verbs need a channel ("找过街道办").
_REPORT_VERB = (
    r"(?:反映|投诉|举报|信访|上访|报警|报案|求助|申诉)(?:过|了)|(?:留|写|打)(?:过|了)(?:言|信|电话)"
    # "申诉三次都是自动回复", "投诉了两回": how often it was raised
    r"|(?:反映|投诉|举报|申诉)了?[一二两三四五六七八九十几\d]+(?:次|回|遍)"
    rf"|报(?:了|过|的)(?:警|案)|打(?:过|了){_GAP}{{0,6}}?电话"
    # "到处反映都没用", "多次投诉": reported, somewhere
    r"|(?:到处|多次|反复|屡次|一再|好几次|几次|无数次|一直在?)(?:反映|投诉|举报|上访|申诉)"
    # "能找的都找遍了", "跑了十几趟"
    rf"|(?:找|跑|问)遍|都找(?:过|了)|跑了{_GAP}{{0,4}}?(?:趟|回)"
)
# 去年 is no visit; "给我报工商" is no contact
# "给村干部的亲戚了" gives something away: 给 is a contact only with what was said or sent ("给镇民政办说过")
_GIVE_TO = (
    r"(?:(?<=[信话写寄发递交映诉报说讲])给|"  # "写信给市长", "打电话给社区"
    rf"给(?={_GAP}{{1,12}}?(?:说|讲|打|写|反映|投诉|举报|提|留言|报|发|汇报|递)))(?![我他她你它])"
)
_CONTACT_VERB = (
    rf"(?:打|拨打|拨|找|去(?!年|世|掉)|问|联系|咨询|{_GIVE_TO}|向|跟|(?:反映|投诉|举报|上报|报)(?:到|给)了?)"
)
_VISITED = r"(?:去|(?<![收得看听想遇碰做达感受迟])到|跑)(?:过|了)"
_POSITIVE_RE = re.compile(
    rf"{_REPORT_VERB}|{_CONTACT_VERB}{_GAP}{{0,8}}?(?:{_CHANNELS})"
    rf"|(?:都|也)?(?:找|去|打|问|联系|咨询)过了?(?=\s*$|[{_PUNCT}])"
    # "找过医院医务科", "问过律师": whoever was sought out
    rf"|(?:找|问|联系|咨询|求助|请教)过(?!工作|活|对象)(?={_GAP})"
    # ("找了一家装潢公司装修" hires one: no report)
    rf"|(?:找|打)(?:过|了)(?![一个家位]){_GAP}{{0,8}}?(?:{_ORGAN})|{_VISITED}{_GAP}{{1,6}}?(?:{_OFFICE})|{_VISITED}{_GAP}{{0,6}}?(?:{_CHANNELS})"
    # the place first: "12345打了好多次", "社区也找了", "派出所也报了"
    # ("APP打不开了" is no call; "派出所报案" is a report)
    rf"|(?:{_CHANNELS})[^{_PUNCT}说让叫]{{0,4}}(?:反映|投诉|举报|留言|打(?![不开])|找|去过|问过|问了|联系|报过|报了"
    r"|报案|报警|工单|回访)"
    # the office answered, so it was asked: "12315说让我找你们", "街道答复说…"
    rf"|(?:{_HOTLINES}|信访局|信访办|信访部门){_GAP}{{0,3}}?(?:说|让|叫|回复|答复|回电)"
    rf"|(?:{_CHANNELS}){_GAP}{{0,3}}?(?:回复|答复|回电)"
    # "跟院长说过", "和村干部讲了"
    rf"|(?:跟|和|同|对|向|给)(?![我你他她它])(?:{_GAP}){{1,8}}?(?:说|讲|提|反映|汇报|报告)(?:过|了)",
    re.IGNORECASE,
)
_NEGATION_RE = re.compile(
    r"(?:没得|冇得|冇|没有|没|未|从没|从来没|从来没有|还没|还没有|并没有|不曾|不想|不敢)\S{0,3}$"
)
# "12345没打过", "信访局也没去": the channel first, the denial after it
_INNER_NEGATION_RE = re.compile(r"没|未|冇|从不")
# What is only meant, asked or advised, before or in the contact named: "想明天一起去市信访局", "能不能打12345",
# "让我们去法院告", "我先打个电话问问12315"
_PLAN_RE = re.compile(
    r"想(?!起|到|了|过来)|准备|打算|计划|要(?=去|找|打|到|向|跟|上|问)|明天|后天|过两天|过几天|改天|回头|"
    r"下周|下星期|下礼拜|下个月|待会|等会|等下|一会|马上|能不能|可不可以|能否|可以|要不要|该不该|用不用|"
    r"需不需要|会不会|是否|还得|(?<!了)问问|(?<!了)找找|(?:让|叫|要|喊)(?:我|咱|俺)|建议|劝"
)
_LATER_RE = re.compile(rf"^{_GAP}*?再说")  # "先问问12315再说"
# (Wu "勿曾", "头一趟": not yet, the first time)
_NEGATIVE_ANSWER_RE = re.compile(
    r"(?:没有|没|无|都没有|都没|还没有|还没|没有过|从来没有|从没|不曾|勿曾|没曾|否|没呢|第一次|头一次|头一回|第一回|头一趟|第一趟|"
    r"首次|冇|冇得|没得)"
    r"[呢啊的哦吧呀]?"
)
_NEGATIVE_PHRASE_RE = re.compile(
    r"(?<!不是)(?<!不是这)(?:第一次|头一次|头一回|第一回|首次)(?:反映|投诉|举报|来|找|说|提|求助|留言)"
    r"|(?<!不)是第一次"
    # ("没被投诉过" is said of the citizen, not by them)
    r"|(?:没有|没|未|从来没有?|从没|还没有?|不曾|冇|没得)(?:去|到|向|跟|给)?[^，。；;,!?！？被]{0,6}?(?:找|反映|投诉|举报|打|问|联系|去|上访)过"
    r"|(?:从来没有?|从没|还没有?|没有?|未|不曾)(?:找|反映|投诉|举报|联系)(?:任何|别的|其他|有关)?"
    rf"|(?:{_CHANNELS})[^{_PUNCT}]{{0,3}}?(?:没有?|没得|冇|未|从没)(?:打|找|去|反映|投诉|联系|问|留言)"
    # "没跟谁说过", "谁也没找", "哪儿都没去": nobody, nowhere
    r"|(?:没有?|未|从没|不曾|冇|没敢|不敢)(?:跟|和|同|对|向|给)(?:谁|任何人|别人|别个|旁人|外人|哪个)"
    r"|(?:谁|哪|哪里|哪儿|哪个部门|任何地方)(?:也|都)(?:没|冇|不敢|未)(?:敢)?"
    r"(?:去|找|说|讲|告诉|问|打|反映|报|举报|投诉|上访|联系)"
)
# Said only to the question "之前有没有向哪里反映过": "还没去", "不敢去", "不知道找谁", "没有 怕报复"
_ANSWER_NEGATIVE_RE = re.compile(
    r"(?:还没|没有?|未|不敢|不想|没敢|没来得及|冇)(?:去|找|说|讲|告诉|问|打|反映|报|举报|投诉|声张|上访)"
    r"|不(?:知道|晓得|清楚)(?:该|应该|要)?(?:找谁|去哪|向哪|上哪|跟谁|到哪|找哪)|没地方|没处|无处|投诉无门"
)
_LEADING_NO_RE = re.compile(
    r"(?:没有|没|还没有|还没|没呢|冇|冇得|没得|无|从来没有|从没有?|都没有|都没)[呢啊呀哦的]?(?=[\s,，。.!！~…]|$)"
)
_FIRST_TIME_RE = re.compile(r"(?:这是|是)?(?:第一次|头一次|头一回|第一回|头一趟|第一趟|首次)")
# "这不是第一次了": reported before, where not said
_NOT_FIRST_RE = re.compile(r"不是(?:这|我)?(?:第一次|头一次|头一回|第一回)")
_BARE_YES_RE = re.compile(
    r"(?:有|有的|有过|是|是的|对|对的|嗯|反映过|投诉过|找过|去过|打过|都找过|找了好多次)"
)
_REPLY_RE = re.compile(
    r"回复|答复|回应|回电|说|让|叫|没人|没有人|没得人|冇人|不管|没管|推|不了了之|没下文|没有下文|没结果|没有结果|没用|没效果|"
    r"处理|受理|转给|转到|转交|等|拖|石沉大海|至今|一直|还是|依然|仍然|结果|解决|答应|承诺|敷衍|踢皮球|"
    r"没(?:有)?(?:消息|音讯|动静|回音|反应|下落|人理|来|修|动|改|退)|不理|不搭理|回执|推来推去|"
    r"不给|不肯|不认|不承认|拒绝|不同意|笔录|出警|立案"
)
# where it was reported: a channel, an office, the police; "反映了八百遍都没用" names none
_WHERE_RE = re.compile(
    rf"{_CHANNELS}|局|科|委|厅|站|中心|热线|信箱|部门|公司|厂|集团|办公室|警|案|干部|书记|上级|上面|平台|群"
    r"|(?<![到各好住用难去坏益长短此何无别处])处(?!理|分|罚)|(?<![场厕住])所(?!以|有|谓)",
    re.IGNORECASE,
)
# "反映过，社区": the place said on its own after the report
_BARE_PLACE_RE = re.compile(
    rf"(?:在|向|去|到|是|给)?(?:{_GAP}{{0,6}}?(?:{_CHANNELS}|{_ORGAN}))(?:那里|那儿|那边)?"
)
_CLAUSE_SPLIT_RE = re.compile(
    r"(?<=[，。；;,!?！？\n ])"
)  # a space ends a clause for those who type no commas
# "去乡上 去了三次", "找过村里 跑了好几趟": how often, said after where, goes with the report
_TIMES_RE = re.compile(
    r"(?:去|找|跑|打|问|说|反映|投诉|上访|催)?(?:了|过)?(?:好几|无数|[\d一二两三四五六七八九十几多数]+)(?:次|回|趟|遍)"
)
_SENTENCE_END = tuple("。；;!?！？\n")
_MAX_SPAN = 80
_MAX_REPLY_CLAUSES = 3
# a suit at a court is the court status, not an earlier report: "有几户自己去法院告了" (a labour arbitration
# applied for, "去劳动仲裁了", is told as where the matter went)
_COURT_RE = re.compile(r"法院|法庭")
_SUED_RE = re.compile(r"告|起诉|诉讼|打官司|立案|开庭")
# "我向区政府申请公开…的文件": an application is the matter itself, not an earlier report of it
_APPLICATION_RE = re.compile(r"申请(?!过)")
REPORT, PLAN = "report", "plan"


def _clauses(text: str) -> list[tuple[int, str]]:
    """Clauses with their offsets; empty ones dropped."""
    out, pos = [], 0
    for clause in _CLAUSE_SPLIT_RE.split(text):
        if clause.strip("，。；;,!?！？\n "):
            out.append((pos, clause))
        pos += len(clause)
    return out


def _kind(clause: str) -> str | None:
    """REPORT when the clause tells a contact made, PLAN when one only meant, asked about or advised."""
    if _APPLICATION_RE.search(clause) and not re.search(_REPORT_VERB, clause):
        return None
    kind = None
    for m in _POSITIVE_RE.finditer(clause):
        if _NEGATION_RE.search(clause[: m.start()]) or _INNER_NEGATION_RE.search(m.group()):
            continue
        if _PLAN_RE.search(clause[: m.end()]) or _LATER_RE.search(clause[m.end() :]):
            kind = PLAN
            continue
        if _COURT_RE.search(m.group()) and _SUED_RE.search(clause):
            continue  # a lawsuit is the court status
        if _SUED_RE.match(clause, m.end()) or _SUED_RE.match(clause[m.end() : m.end() + 3].lstrip("打去")):
            continue  # "跟政府打官司", "和村里去告": the party sued, not an office told
        return REPORT
    return kind


def _strip_end(span: str) -> str:
    return span.strip().rstrip("，。；;,!?！？\u3000 ")


def _normalized(text: str) -> str:
    # Length-preserving, so that the span can be cut from the text as the citizen wrote it.
    return fold_keeping_offsets(text)


def _groups(norm: str, wanted: str) -> list[tuple[int, int]]:
    """Offsets of each run of contacts told (or meant) with the replies that follow them."""
    clauses = _clauses(norm)
    kinds = [_kind(clause) for _, clause in clauses]
    groups, i = [], 0
    while i < len(clauses):
        if kinds[i] != wanted:
            i += 1
            continue
        start, end, replies, i = clauses[i][0], clauses[i][0] + len(clauses[i][1]), 0, i + 1
        while i < len(clauses):
            follow_start, follow = clauses[i]
            if kinds[i] == wanted:  # another place: "也打过12345"
                replies = 0
            elif (
                replies >= _MAX_REPLY_CLAUSES
                or norm[:end].rstrip().endswith(_SENTENCE_END)
                or not (
                    _REPLY_RE.search(follow)
                    or _BARE_PLACE_RE.fullmatch(_strip_end(follow))
                    or _TIMES_RE.search(follow)
                )
            ):
                break
            else:
                replies += 1
            if follow_start + len(follow) - start > _MAX_SPAN:
                break
            end, i = follow_start + len(follow), i + 1
        groups.append((start, end))
    return groups


def _span(text: str, norm: str, wanted: str = REPORT) -> str | None:
    """The contacts told (or meant), as written; runs apart in a long letter are joined with "；"."""
    parts: list[str] = []
    for start, end in _groups(norm, wanted):
        part = _strip_end(text[start:end])
        if parts and len("；".join([*parts, part])) > _MAX_SPAN:
            break
        parts.append(part)
    return "；".join(parts)[:_MAX_SPAN] or None


def extract_prior_report(text: str | None) -> str | None:
    """Span describing the earlier report (as written), ``NO_PRIOR_REPORT``, ``REPORTED_NO_DETAILS`` or None."""
    if not text:
        return None
    norm = _normalized(text)
    bare = _strip_end(norm)
    if not bare:
        return None
    span = _span(text, norm)
    if span:
        return span
    if _BARE_YES_RE.fullmatch(bare) or _NOT_FIRST_RE.search(bare):
        return REPORTED_NO_DETAILS
    if _NEGATIVE_ANSWER_RE.fullmatch(bare) or _NEGATIVE_PHRASE_RE.search(bare):
        return NO_PRIOR_REPORT
    # "没有，第一次", "冇啊 第一次搵你哋": every part says no or first time
    parts = [_strip_end(p) for p in re.split(r"[，。；;,!?！？\s]+", bare) if _strip_end(p)]
    if parts and all(_NEGATIVE_ANSWER_RE.fullmatch(p) or _FIRST_TIME_RE.match(p) for p in parts):
        return NO_PRIOR_REPORT
    return None


# "厂名叫鑫辉五金制品厂", "公司全称是…": a party's name given late, not where the matter was raised
_NAMING_RE = re.compile(r"(?:名|名字|名称|全称|牌子|招牌)(?:叫|是)|^(?:它|他们|那个\S{0,3})?叫")


def names_a_party(text: str | None) -> bool:
    """ "厂名叫鑫辉五金制品厂": the message gives a party's name, which is no earlier report however it is asked."""
    return bool(_NAMING_RE.search(_strip_end(_normalized(text or ""))))


def read_prior_report_answer(text: str | None) -> str | None:
    """The answer to "之前有没有向哪里反映过": what `extract_prior_report` reads, and the denials only that question
    makes plain ("还没去", "不敢去", "没有 怕报复", "不知道该找谁"); None for a plan or anything else."""
    found = extract_prior_report(text)
    if found is not None or not text or is_plan(text):
        return found
    bare = _strip_end(_normalized(text))
    if _LEADING_NO_RE.match(bare) or _ANSWER_NEGATIVE_RE.search(bare):
        return NO_PRIOR_REPORT
    if _BARE_PLACE_RE.fullmatch(bare) and not names_a_party(text):  # "社区", "12345": where, said alone
        return _strip_end(text)
    return None


def is_plan(text: str | None) -> bool:
    """The text only says where the citizen means to go, asks whether to, or was advised to ("先问问12315再说")."""
    if not text:
        return False
    kinds = [_kind(clause) for _, clause in _clauses(_normalized(text))]
    return PLAN in kinds and REPORT not in kinds


def planned_contact(text: str | None) -> str | None:
    """Where the citizen only means to go ("想明天一起去市信访局"), as written: that office is no respondent."""
    if not text or not is_plan(text):
        return None
    return _span(text, _normalized(text), PLAN)


def names_where(report: str | None) -> bool:
    """Whether an earlier report says where it went; "反映了八百遍都没用" says only that it went nowhere."""
    if not report or report == REPORTED_NO_DETAILS:
        return False
    return report == NO_PRIOR_REPORT or bool(_WHERE_RE.search(_normalized(report)))


def is_bare_answer(text: str | None) -> bool:
    """A bare yes or no ("没有", "有的", "第一次"): an answer only to the question that was asked."""
    bare = _strip_end(fold_keeping_offsets(text or ""))
    return bool(bare) and bool(_BARE_YES_RE.fullmatch(bare) or _NEGATIVE_ANSWER_RE.fullmatch(bare))
