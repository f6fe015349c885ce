"""Has the matter already entered a lawful procedure (court, arbitration, administrative decision)?

Keyword patterns with negation handling. With several procedures named, the furthest one wins
(judged > in_court > in_arbitration > administrative_decision): "不服处罚决定，起诉到法院" → in_court.
"还没判 / 还没开庭" presuppose a suit and give in_court (an arbitration's hearing stays in_arbitration);
"没起诉 / 没打官司 / 没有 / 检察院不起诉" give none.
"""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing

LEGAL_STATUS_LABELS: dict[str, str] = {
    "in_court": "已向法院起诉，正在审理",
    "judged": "法院已判决或裁定（含二审、再审、执行）",
    "in_arbitration": "已申请仲裁",
    "administrative_decision": "已有行政决定（处罚、征收、复议等）",
    "none": "还没有起诉、仲裁或复议",
}

_PRIORITY = ("judged", "in_court", "in_arbitration", "administrative_decision")

# a fine told with its amount: "罚了一万", "罚我五千块", "罚款2000"
AMOUNT_FINE = r"罚(?:了|款|了款)?(?:我|俺|咱|他|她|我们|俺们|咱们)?(?:[0-9]{2,}|[一二三四五六七八九十两几][一二三四五六七八九十两几百千万多]*(?:块|元|万|千|百))"
# a seizure handed over on paper (行政强制法 第24条: 决定书和清单): "给了张单子 说暂扣", "扣押清单"; not pay held back
SEIZURE_PAPER = (
    r"(?:单子|单据|通知单|清单|凭证|条子|收条)[^,，。]{0,6}(?:暂扣|扣押|扣留)(?!工资|工钱|押金)"
    r"|(?:暂扣|扣押|扣留)(?:了)?[^,，。]{0,6}(?:单(?!位|独)|通知|清单|凭证|条子|收条)"
)
_PATTERNS: dict[str, str] = {
    "judged": (
        r"判决|判了|判下来|判的|判我|判他|判赔|裁定|二审|再审|终审|上诉|强制执行|申请执行|执行局|执行庭|"
        r"执行法官|执行案|终本|终结本次执行|胜诉|败诉|赢了官司|输了官司|官司赢|官司输|官司(?:已经|都|早就?)?打(?:赢|输|完)|打赢|打输|民事调解书|"
        # "打过官司 输了", "早判完了", "起诉被驳回", "法院驳回了": the court has decided
        r"官司[^,，。]{0,4}(?:输|赢)了|(?<!没)(?<!还没)判完|(?<![没未])结案|(?:法院|起诉|诉讼请求|诉请|上诉)[^,，。]{0,6}驳回"
    ),
    "in_court": (
        r"起诉|诉讼|打官司|官司|告到法院|告上法庭|告上了法庭|告到了法院|法院受理|法院立案|立案庭|在审(?!核|批|查|计|阅)|"
        r"一审|传票|应诉|上法院|去了法院|找了法院|法院.{0,4}立案"
    ),
    # Court steps after filing: "下个月开庭" and "还没判" both mean the suit is pending ("县政府的确权决定书把山林判给了
    # 邻村" tells who was awarded it, no proceeding).
    "pending": r"开庭|宣判|审理|(?<![评批谈裁研])判(?![断别读给定])|没(?:打完|判完|结案)",
    "in_arbitration": r"仲裁",
    "administrative_decision": (
        r"处罚决定|行政处罚|罚款决定|被罚款|被罚了|罚单|征收决定|拆迁决定|补偿决定|复议|不予许可|"
        r"不予批准|不予登记|不予受理决定|责令.{0,6}(?:决定|通知)|限期拆除|吊销|决定书|"
        # the written fine itself: "罚款单有", "有张罚款单", "开了罚款通知书"
        r"罚款单|处罚单|罚款通知|处罚通知" + r"|" + AMOUNT_FINE + r"|" + SEIZURE_PAPER
        # a fine told with its amount is the decision itself: "罚了一万", "罚我五千块", "罚款2000"
    ),
}
# an employer's too when an employer fines in the same message (EMPLOYER_FINE)
_AMOUNT_FINE_RE = re.compile(AMOUNT_FINE)
# a fine taken by whoever employs or serves the citizen, no administrative decision: "厂里罚了我两百",
# "站长乱罚款", "公司罚款500" (only an organ imposes a penalty, 行政处罚法 第2条)
EMPLOYER_FINE = re.compile(
    r"(?:站长|站点|网点|老板|公司|厂里|厂长|工厂|主管|经理|组长|班长|领班|车间|工头|平台|商家|物业|学校|老师|店长)"
    r"[^。，,;；!！?？\s]{0,8}?(?:罚款|罚钱|罚了|罚我|扣钱|扣了)(?:我|俺|咱|他|她|我们|俺们|咱们)?[0-9一二三四五六七八九十两几百千万多块元]*"
    # a fault at work fined by whoever gives the work: "超时罚50", "差评罚20", "迟到一次罚两百" (no organ fines these)
    r"|(?:超时|差评|迟到|早退|旷工|缺勤|漏单|错单|拒单|没打卡|未打卡|缺卡|考勤)[^。，,;；!！?？\s]{0,4}?"
    r"(?:罚款|罚钱|罚|扣钱|扣)(?:了)?(?:我|俺|咱|他|她|我们|俺们|咱们)?[0-9一二三四五六七八九十两几百千万多块元]*"
)
_COMPILED = {code: re.compile(pattern) for code, pattern in _PATTERNS.items()}

# A negation right before the keyword, allowing a few filler words: "没有去法院起诉", "还没判", "未申请仲裁".
_NEGATION = (
    r"(?:没得|冇得|冇|木有|莫得|莫有|没有|没|未|尚未|还没有|还没|并未|从未|从没|无|不曾|不想|不打算|不愿意?|不敢|不准备|不是|不至于|用不着|犯不着"  # ("不是行政复议 是信访复核": that step is not it)
    r"|(?:哪里|哪儿|哪)(?:懂|晓得|会)|不懂|不会)"  # "俺哪懂打官司", "不会打官司": nobody has sued
)
_FILLER = (
    r"(?:去|到|向|先|法院|打算|走|申请|提起|提出|提|给|开|收到|过|进行|有|再|敢|钱|能|被|人|正式|劳动|行政|法律|任何|打|上|告"
    r"|(?:复议|仲裁|起诉|诉讼)(?:或者?|和|及|、|也))*"  # "尚未申请复议或诉讼": one negation for both
)
# Steps a bare 不 right before refuses ("不服判决" stays judged: 判决 is not among them)
_REFUSED_STEPS = frozenset({"起诉", "打官司", "上法院", "告到法院", "诉讼"})
_NEGATED_RE = re.compile(_NEGATION + _FILLER + "$")
# The party sued, between the negation and the keyword: "不想跟儿子打官司", "哪敢和政府打官司"
_PARTY_TAIL_RE = re.compile(r"(?:跟|和|同|与)[^,，。.!！?？;；]{1,6}$")
# The denial after the keyword: "官司没打", "仲裁还没申请"
_DENIED_AFTER_RE = re.compile(
    r"(?:也|都|还|从来)?(?:(?:没有?|没得|冇|未)(?!打完|判完|结案|结束)(?:打|上|去|申请|提|起诉|立案|判)?|不(?:打|上|去|申请|想|打算))"
)  # "判决不服", "判决不公" are judged: a bare 不 after the keyword denies nothing
# Not worth it, after the keyword: "为这点事打官司不值当吧", "打官司划不来", "打官司 不至于": nobody is suing
_NOT_WORTH_AFTER_RE = re.compile(
    r"(?:也|都|就|倒|还)?(?:不值|划不来|不划算|不合算|犯不着|犯不上|没必要|太麻烦|太贵|不至于|用不着)|个(?:屁|鬼|毛|锤子|球)"
    r"|干啥|干嘛|干什么|做啥|做什么|搞么子|弄啥"  # "打那官司做啥": why would I, a no
)
# Only a question about it, after the keyword: "打官司值不值当", "起诉要多少钱", "打官司有用吗"
# An echo of the bot's word is a question too: "打官司？我跟政府打官司？没有"
_ASKED_AFTER_RE = re.compile(
    r"(?:了?吗?[?？]|值不值|值得吗|划得来吗|划不划算|有用吗|有没有用|管用吗|管不管用|要多少钱|要花多少|要花?钱(?:吗|不|么)|贵不贵|麻烦吗|难不难|要多久)"
)
# What the word means, asked right after it: "复议是啥", "仲裁啥意思" ("申请过复议 是啥结果也没有" is no question)
_WHAT_IS_AFTER_RE = re.compile(
    r"是(?:啥|什么|个啥|啥子|么子|甚么)|(?:是)?(?:啥|什么|么子)意思|是干(?:啥|什么|嘛)的?"
)
# The question put before the keyword: "要花钱吗打官司", "要多少钱打官司"
_ASKED_BEFORE_RE = re.compile(r"(?:吗|要(?:花)?(?:多少)?钱|多少钱)[?？]?$")
# A rhetorical question says no: "我一个老人家打么子官司", "哪有钱打官司", "打不起官司", "打个屁官司",
# "谁跟你打官司了", "干啥打官司" (嘎哈 in the north-east: why would I).
_RHETORICAL_RE = re.compile(
    r"(?:什么|么子|啥子?|甚么|哪门子|嘎哈|[干幹](?:啥|嘛|什么|甚么)|图啥|个(?:屁|鬼|毛|锤子|球|卵)的?|谁(?:跟|和|给)?(?:你|你们|他|他们)?(?:说)?(?:要|在)?|哪敢|哪能|咋敢|怎么敢|哪有钱|哪来的钱|哪有工夫|哪有时间|哪有精力|打不起|告不起|请不起律师|哪(?:里|儿)?有|"
    r"(?:上|去|到|往)哪(?:儿|里)?(?:去)?|"
    # "我哪里起诉了？", "我什么时候打官司了": a suit on record denied
    r"(?:我|俺|咱|我们|俺们)(?:哪里|哪儿|啥时候|什么时候|几时)(?:有|就)?)"
    r"(?:去|到|来)?(?:打|上|告|起)?$"
)
# Only an intention or a question: "我想起诉他们", "能不能申请仲裁" say nothing about the status; nor does
# someone else's advice ("派出所说是经济纠纷让我们起诉", "律师叫俺去告").
_INTENT_RE = re.compile(
    r"(?:(?:想|打算|准备|要|必须|(?<![获取懂记])得|能否|能不能|可不可以|可以|怎么|如何|应该|是否|该不该|要不要|需要|建议)"
    r"|(?:让|叫|劝|要)(?:我|我们|俺|俺们|咱|咱们|大家|他|他们)?)" + _FILLER + "$"
)
# The field's own name in a correction: "诉讼情况改成没有起诉" speaks of the field, not of a suit
_FIELD_LABEL_RE = re.compile(
    r"(?:诉讼|官司|仲裁)(?:/仲裁)?(?:情况|状态|那一?[项栏个]|这一?[项栏个]|一[项栏])"
)
_CHANGED_TO_RE = re.compile(r"^(?:要|应该|得)?(?:改成|改为|换成|写成|应该是)")
# "这跟劳动仲裁有啥关系啊": the procedure named only to say it has nothing to do with the matter (lead-095)
_UNRELATED_RE = re.compile(
    r"(?:跟|和|与|同)[^,，。!！?？]{0,10}?(?:有(?:啥|什么|么子|啥子|甚么|哪门子)?关系|(?:啥|什么|么子|啥子)关系|"
    r"不相干|有啥相干|沾(?:啥|什么)?边|搭(?:啥|什么)?界|扯(?:得)?上)"
)
# Others have sued, the citizen has not: "有业主起诉了 判了…我自己没起诉", "别人告了 我没有"
_OTHERS_RE = re.compile(r"有(?:的|些)?(?:业主|人|家长|工友|村民|邻居|住户)|别人|其他(?:人|业主|住户)|邻居")
_OWN_DENIAL_RE = re.compile(
    r"(?:我|俺|我们|俺们|咱们?)(?:自己|家)?(?:还|也|都|可)?(?:没有?|没得|冇|未)(?:去)?"
    r"(?:起诉|告|打官司|申请|走法律|$|[,，。!！ ])"
)
_NEGATIVE_ANSWER_RE = re.compile(
    r"(?:没有|没|无|都没有|都没|还没有|还没|没呢|否|不是|没走|没去|都不是|一个都没有|什么都没有|没有过|没有的|没得|冇|冇得|木有"
    r"|呒没有?|呒得"  # Shanghainese "呒没": no
    r"|没打过|没打|没告过|没告|没起诉过)"  # "没打过" to the court question: no suit
    r"[。.!！~呢啊哦]*"
)
_NO_LEGAL_RE = re.compile(
    r"没走法律|没有走法律|未走法律|没有法律程序|没走过法律|还没找法院|没去法院|没找过法院|"
    r"法院(?:也|都|还|从来)?(?:没有?|没得|冇)(?:去|找|上)|"
    # "家丑不想闹到法院", "不愿意上法庭": the court kept out of it
    r"(?:不想|不愿意?|不打算|不敢|不要|没想)(?:闹|告|弄|搞|去|上|走|打)?(?:到|上|进)?(?:法院|法庭)|"
    # 告 alone for suing, only where it cannot be 告诉/告知/控告: "没告", "还没去告", "上哪告去", "告不起"
    r"(?:没有?|没得|冇|还没|未|不)(?:去|敢|想|打算)?告(?![诉知示别状])|(?:上|去|往|到)哪(?:儿|里)?告|告不(?:起|动)|"
    # nobody to sue: "都没人可以告 老板跑了", "没地方告"
    r"(?:没有?|没得|冇|无)(?:人|谁|地方|处)(?:可以|能|好|可|去)?告(?![诉知示别状])"
)
# "告自己崽？我哪里舍得", "舍不得告他": would never sue, whatever word for suing is used
_WOULD_NOT_SUE_RE = re.compile(
    r"(?:告|起诉|打官司)[^,，。]{0,6}(?:哪里|哪|怎么|咋|哪个)(?:舍得|忍心)|(?:舍不得|不忍心|不舍得)(?:去)?(?:告|起诉|打官司)"
)


# A step told as taken or a paper held: "起诉了", "官司打过", "已经起诉", "正在打官司", "罚款单有", "有张罚单"
_DONE_AFTER_RE = re.compile(r"^.{0,2}[了过完]|^(?:中|有|在)")
# the paper held, said on its own after the keyword: "罚款单有", "罚单有的"
_HELD_AFTER_RE = re.compile(r"有(?:的|啊|呀|呢|嘛|哦|滴|咧)?(?:$|[ ,，。.!！;；])")
_DONE_BEFORE_RE = re.compile(r"(?:已经?|正在|在|都|有一?[张个份]?)$")


def _hits(text: str) -> tuple[set[str], set[str]]:
    """Codes mentioned positively and codes mentioned under a negation. A code denied once and named again
    only as talk ("没有打官司 打官司要钱啊") stays denied; one told as taken ("没起诉 对方起诉了") does not."""
    positive: set[str] = set()
    negated: set[str] = set()
    done: set[str] = set()
    for code, pattern in _COMPILED.items():
        for m in pattern.finditer(text):
            raw_before = text[: m.start()].replace(" ", "")[-12:]
            before = _PARTY_TAIL_RE.sub("", raw_before)
            rest = text[m.end() :]
            after = rest.replace(" ", "")[:6]
            # "检察院不起诉", "我们不打官司", "不上法院": nobody is suing
            not_sued = m.group() in _REFUSED_STEPS and before.endswith("不")
            # a fine told with its amount was imposed, whatever paper was not given ("罚了200 没给决定书")
            imposed = bool(_AMOUNT_FINE_RE.fullmatch(m.group()))
            if _HELD_AFTER_RE.match(rest):  # "没有 罚款单有": the no answered the question before
                positive.add(code)
                done.add(code)
            elif (
                not_sued
                or any(_NEGATED_RE.search(b) or _RHETORICAL_RE.search(b) for b in (before, raw_before))
                or (_denied_after(after) and not imposed)
                or _NOT_WORTH_AFTER_RE.match(after)
            ):
                negated.add(code)
            elif (
                _ASKED_AFTER_RE.match(after)
                or _WHAT_IS_AFTER_RE.match(rest)
                or _ASKED_BEFORE_RE.search(raw_before)
            ):
                continue
            elif not _INTENT_RE.search(before):
                positive.add(code)
                if imposed or _DONE_AFTER_RE.match(after[:4]) or _DONE_BEFORE_RE.search(before):
                    done.add(code)
    return positive - (negated - done), negated


def _denied_after(after: str) -> bool:
    """A denial right after the keyword, unless it denies the next one: "有张罚款单没打官司"."""
    denial = _DENIED_AFTER_RE.match(after[:4])
    return bool(denial) and not any(p.match(after, denial.end()) for p in _COMPILED.values())


def detect_legal_status(text: str | None) -> str | None:
    """``in_court``, ``judged``, ``in_arbitration``, ``administrative_decision``, ``none`` or None."""
    if not text:
        return None
    base = _UNRELATED_RE.sub(" ", normalize_for_parsing(text))
    clean = EMPLOYER_FINE.sub(" ", base)
    if clean != base:  # "站长乱罚款 这个月罚了我800多块": the amounts are the employer's fines too
        clean = _AMOUNT_FINE_RE.sub(" ", clean)
    norm = _CHANGED_TO_RE.sub("", _FIELD_LABEL_RE.sub("", clean.replace(" ", "")))
    if not norm:
        return None
    if _WOULD_NOT_SUE_RE.search(norm) or (_OTHERS_RE.search(norm) and _OWN_DENIAL_RE.search(norm)):
        return "none"
    positive, negated = _hits(_CHANGED_TO_RE.sub("", _FIELD_LABEL_RE.sub("", re.sub(r"\s+", " ", clean))))
    # "还没判 / 下个月开庭" presuppose a suit, unless the suit itself is denied ("没起诉，也没开庭") or the
    # hearing is an arbitration's ("申请劳动仲裁了 还没开庭")
    pending = "pending" in positive or "pending" in negated
    if pending and "in_court" not in negated and "in_arbitration" not in positive:
        positive.add("in_court")
    for code in _PRIORITY:
        if code in positive:
            return code
    # "没有 有家长报警了 派出所说…让我们起诉": a bare no first, then why; "打官司？跟政府打官司？没有": last
    clauses = [c for c in re.split(r"[\s,，。.!！;；?？]+", clean.strip()) if c]
    if (
        negated
        or _NO_LEGAL_RE.search(norm)
        or any(_NEGATIVE_ANSWER_RE.fullmatch(t) for t in (norm, *clauses[:1], *clauses[-1:]))
    ):
        return "none"
    return None


def names_procedure(text: str | None) -> bool:
    """Whether the text speaks of a court, an arbitration or a decision at all: a bare "没有" does not."""
    norm = normalize_for_parsing(text or "").replace(" ", "")
    return any(p.search(norm) for p in _COMPILED.values()) or bool(_NO_LEGAL_RE.search(norm))
