"""Whether a message asks something, and what about.

`detect_question` is pure: it finds the clauses that ask something ("要收费吗？", "我能不能起诉公积金中心",
"公司会不会知道是我反映的") and names what they ask about. A clause that only says the citizen does not
know ("不知道找哪个部门") or a rhetorical wh-word in a statement ("什么都没有", "谁也不管") asks nothing.
"""

from __future__ import annotations

import re

from actions import question_forms as forms
from actions import situation_questions as situation
from actions.question_kinds import SAYS_WHERE, QuestionKind
from bot.domain import text as textutil
from bot.domain.safety import detect_crisis, fears_return

_CLAUSE_RE = re.compile(r"[^,.;!?，。；！？、\n ]+[,.;!?，。；！？、\n ]*")
# what makes a clause a question: a final particle, an A-not-A verb or a wh-word
_END_PARTICLE_RE = re.compile(
    r"(?:吗|(?<![这那什怎多要])么|(?:要|收|是|能|会|行|可以|管|钱|费|对|保密|给|好|回来|法|规|常|及)不|(?:过|了|管|来|办|有)没有?|"
    r"(?:以后|之后|然后|接下来|下一步|那)呢|(?:对|是)吧|(?:电话|号码|热线)(?:是|到底|究竟)*(?:多少|几号)|(?:能|可以)[^不没]{1,6}不)$"
)
# "能不能", "认不认", "赔不赔": a verb asked both ways (not "爱理不理", "动不动就", which are statements)
_A_NOT_A_RE = re.compile(
    r"(要|能|会|是|可|管|收|行|用|该|敢|算|给|找|交|花|有|中|成|立|认|赔|退|补|报|办|批|发|让|准|去|来|告|签|罚|合)"
    r"(?:不|没)\1"
)
_WH_RE = re.compile(
    r"什么(?![都也])|啥(?![都也])|么子|怎么(?![都也样])|怎样|咋|啷个(?![都也])|哪(?!怕|[个里儿]?[都也])|谁(?![都也])|"
    r"多久|多长时间|(?<![前这那好过头隔了])几(?:天|个月)(?![前了来])|多少天(?=内|之内|以内|能|可以|要)|几时|多少钱|能否|可否|请问|为何|为什么|干嘛|"
    # "那我好久能拿到钱咯" (湘、川、鄂: 好久 = 多久), not "好久没人管了"
    r"好久(?=[能会可要到拿办])|"
    # "要多少人同意", "得几户签字": how many a rule asks for
    r"(?:要|得|需要)(?:多少|几成|几户|几家|几个人)"
)
_NOT_KNOWING_RE = re.compile(r"不知道|不清楚|不晓得|不确定|搞不清|弄不清|不懂|不记得|忘了|记不清|说不好")
_STATEMENT_RE = re.compile(
    r"没什么|不怎么|没啥|什么的|之类|(?<!管)不管|也不说|都不说|也不告诉|都不告诉|"
    # indefinite, not asking: "什么事都不管", "怎么说都不听", "那个什么公司", "谁知道他们又不管了"
    r"(?:什么|啥|怎么|哪|谁)[^,，。?？]{0,3}[都也]|(?:那个|这个)(?:什么|啥)|来着|谁知道|谁晓得|哪知道|"
    # a question reported, not asked: "问了好几次什么时候修，都说等等"
    r"问(?:了|过)|问他们|问他|问她|问村里|问物业|"
    # "没找过哪里", "没去过哪": nowhere, nobody
    r"(?<!有)没[^,，。?？]{0,3}(?:哪|谁)|"
    # rhetorical negation: "我一个老人家打么子官司" says they did not sue
    r"(?:打|告|起|要|花|找|管|上|去|有)(?:什么|么子|啥子?|甚么|哪门子)(?!用)|哪有钱|哪来的钱|哪有|"
    # "告自己崽？我哪里舍得": would never; "不是问你们收不收费": a question denied, not asked
    r"(?:哪里|哪|怎么|咋)(?:舍得|忍心|好意思)|(?:不是|没有?)(?:要)?问|"
    # "俺哪懂打官司": how would I know, a no said with a shrug
    r"(?:哪里|哪儿|哪)(?:懂|晓得|明白|认得|识字|会弄|会打)"
)
# "工伤认定有时间限制没得": 有…没得 is the Sichuanese 有没有 (not "一分钱都没得", which says there is none)
_HAS_OR_NOT_RE = re.compile(r"有[^,，。都也]{1,10}没得$")
# a clause marked with a question mark and ending in a soft particle asks: "提个建议还要名字啊？"
_SOFT_END_RE = re.compile(r"[啊呀哈咯哦噻撒嘞吧]$")
_TRAILING_RE = re.compile(r"[^\w\u4e00-\u9fff]+$")

_HOPED_KINDS = frozenset({QuestionKind.FEES, QuestionKind.CONFIDENTIALITY, QuestionKind.ANONYMOUS})
_HOPEFUL_RE = re.compile(r"吧[?？\s~～]*$")
_ADDRESS_WORDS = re.compile(r"地址|住址|住哪|家住")
OTHER_FIELD_WORDS = re.compile(r"电话|手机|号码|名字|姓名|身份证")
_MAY_SKIP = forms.MAY_SKIP
# "那要带啥材料", "需要准备哪些证据": what to bring
ASKS_MATERIALS = re.compile(
    r"(?:带|准备|交|提供|拿|需要|要)(?:些|点)?(?:什么|啥|哪些|么子|啥子|甚么)(?:材料|证件|资料|证明|证据|手续|东西|证)|"
    r"(?:材料|证件|资料|手续|证据)(?:有|要|需要|得)?(?:哪些|什么|啥)"
)
# the situations a bare "我该怎么办" or "能赔钱不" asks about when the same message tells them
_SITUATION_KINDS: tuple[tuple[QuestionKind, re.Pattern[str]], ...] = (
    (QuestionKind.DOUBLE_WAGES, situation.DOUBLE_WAGES),
    (QuestionKind.POLICE_NO_CASE, situation.POLICE_NO_CASE),
    (QuestionKind.MEDICAL_ROUTES, situation.MEDICAL_ROUTES),
    (QuestionKind.SUPPORT, situation.CHILDREN_FAIL),
)
_KIND_PATTERNS: tuple[tuple[QuestionKind, re.Pattern[str]], ...] = (
    (
        QuestionKind.ARE_YOU_A_BOT,
        re.compile(
            r"机器人|真人|人工智能|(?:你|您)是(?:人|谁|什么)|自动回复|"
            # "你们这个是政府的吗", "你们是不是政府的": who answers them
            r"(?:你们|你|您|这个?|这里)(?:这个|这里)?(?:是|是不是|是否|算|算不算)(?:政府|官方|信访局|信访办|公家|国家)"
        ),
    ),
    (
        QuestionKind.VISIT_TOGETHER,
        re.compile(
            r"(?:一起|都|全部|大家|一块|一伙)(?:去|进去|进|来|上访|走访)|(?:几|多少)个人(?:能|可以)?(?:一起)?去"
            r"|派(?:几|多少)个(?:人|代表)|(?:派|选)代表(?:去)?(?:行不|行吗|可以吗|能不能)"
        ),
    ),
    # whether a detail may be left out is the actionable part of "为什么要我名字？不留行不行": it comes first
    (QuestionKind.ANONYMOUS, _MAY_SKIP),
    (QuestionKind.MATERIALS, ASKS_MATERIALS),
    # a question about the citizen's own situation comes before the general kinds whose words it shares
    (QuestionKind.WORK_INJURY_NO_CONTRACT, situation.NO_CONTRACT_INJURY),
    (QuestionKind.DOUBLE_WAGES, situation.DOUBLE_WAGES),
    (QuestionKind.SUPPORT, situation.SUPPORT),
    (QuestionKind.ARBITRATION_TIME, situation.ARBITRATION_TIME),
    (QuestionKind.REVIEW_DEADLINE, situation.REVIEW_DEADLINE),
    (QuestionKind.FORCED_DEMOLITION, situation.FORCED_DEMOLITION),
    (QuestionKind.WORK_INJURY_DEADLINE, situation.WORK_INJURY_DEADLINE),
    (QuestionKind.ARBITRATION_WHERE, situation.ARBITRATION_WHERE),
    (QuestionKind.POLICE_NO_CASE, situation.POLICE_NO_CASE),
    (QuestionKind.MEDICAL_RECORDS, situation.MEDICAL_RECORDS),
    (QuestionKind.MEDICAL_ROUTES, situation.MEDICAL_ROUTES),
    (QuestionKind.WHY_ASKED, forms.WHY_ASKED),
    (QuestionKind.OFFICE_PHONE, situation.OFFICE_PHONE),
    (QuestionKind.CONFIDENTIALITY, forms.WHO_LEARNS),
    (QuestionKind.PETITION_AND_SUIT, situation.PETITION_AND_SUIT),
    (QuestionKind.SUIT_COST, situation.SUIT_COST),
    (QuestionKind.STILL_IN_TIME, situation.STILL_IN_TIME),
    (
        QuestionKind.CAN_I_SUE,
        re.compile(
            r"起诉|告(?:他|她|它|他们|对方|赢|得赢|到法院|上法庭)|打官司|上法院|告状|诉讼|律师|"
            # "俺能不能告村委会", "告得了不": whether one may sue whoever is named
            r"(?:能|可以)告(?!诉|知)|告不告|告得了|"
            # "自家儿子咋个告嘛", "这种怎么告": how to sue
            r"(?:怎么|咋|咋个|啷个|如何|怎样|哪里|去哪)(?:去|才能|能|样)?告(?!诉|知|示)"
        ),
    ),
    (
        QuestionKind.FEES,
        re.compile(
            # not "医院乱收费找谁管": overcharging is the matter, not a fee asked about
            r"(?<!乱)收费|(?<!乱)收钱|花钱|交钱|给钱|要钱|费用|多少钱|免费|出钱|付钱|掏钱|钱吗|要不要钱"
        ),
    ),
    (
        QuestionKind.WHICH_OFFICE,
        re.compile(
            r"(?:找|去|问|归|由)(?:哪个|哪|什么|啥|哪一个|哪些)(?:部门|单位|机关|地方|衙门)?|"
            r"哪个部门|什么部门|啥部门|哪个单位|谁(?:来)?管|归谁|找谁|该找|向谁|到哪"
        ),
    ),
    (QuestionKind.NEED_TO_FILE, situation.NEED_TO_FILE),
    (QuestionKind.DOES_IT_HELP, situation.DOES_IT_HELP),
    (QuestionKind.GET_BACK, situation.GET_BACK),
    (
        QuestionKind.WHEN_HANDLED,
        re.compile(
            r"(?:什么时候|啥时候|几时|多久|多长时间|几天|几个月|哪天|好久(?!没|不|都|了))(?:才|能|会|有|来|给|可以)?.{0,6}"
            r"(?:管|处理|解决|答复|回复|回应|联系|来|结果|办|有人|给|拿到|到手|到账|发下来|裁|判)"
            r"|(?:有人|会有人|能有人).{0,4}(?:来|联系|处理)(?:吗|么|不|没有?)"
            r"|能不能解决|能解决吗|会不会处理|有没有用|有用吗|管用吗"
            r"|(?:要|得|需要)(?:几天|多少天|多久|几个月)"
        ),
    ),
    (QuestionKind.WILL_YOU_ACT, forms.WILL_YOU_ACT),
    (QuestionKind.IS_IT_LAWFUL, situation.IS_IT_LAWFUL),
    (
        QuestionKind.WHAT_NEXT,
        re.compile(
            r"然后呢|之后呢|接下来|下一步|提交(?:以后|之后|了)|登记(?:以后|之后|完)|怎么处理|会怎样|流程"
        ),
    ),
)


MIN_WHY_NOT_CJK = 6


def complains_why_not(text: str | None) -> bool:
    """Whether a question is a grievance told as "why not" ("俺娘的养老金 这俩月咋没到账嘞"): the matter itself."""
    clean = textutil.normalize_for_parsing(text or "")
    return (
        detect_question(clean) is QuestionKind.OTHER
        and textutil.cjk_count(clean) >= MIN_WHY_NOT_CJK
        and bool(forms.WHY_NOT.search(clean))
        and not forms.WHY_NOT_EXCEPT.search(clean)
    )


def question_clauses(text: str | None) -> list[str]:
    """The clauses of the message that ask something, as normalised text."""
    clean = textutil.normalize_for_parsing(text or "")
    return [clause for clause in _CLAUSE_RE.findall(clean) if _asks(clause) or _hopes(clause)]


def _asks(clause: str) -> bool:
    body = clause.strip()
    if not textutil.has_words(body):
        return False
    marked = body.endswith(("?", "？"))
    core = _TRAILING_RE.sub("", body)  # "可以投诉吗😤": marks and emoji after the last word
    bare = forms.EXCLAIM_END.sub("", core)
    ends_asking = bool(
        _END_PARTICLE_RE.search(core) or _END_PARTICLE_RE.search(bare) or _HAS_OR_NOT_RE.search(bare)
    )
    if not (marked or ends_asking) and (_NOT_KNOWING_RE.search(core) or _STATEMENT_RE.search(core)):
        return False  # "不知道找哪个部门", "谁也不管": a statement, not a question
    # "还是找卫健委？", "拿回来不？", "还要名字啊？": either-or, its short form, a soft ending
    if marked and ("还是" in core or core.endswith(("不", "没")) or _SOFT_END_RE.search(core)):
        return True
    if marked and forms.ASKED_BACK.search(core):
        return True
    return forms.either_or(core) or bool(ends_asking or _A_NOT_A_RE.search(core) or _WH_RE.search(core))


def is_question_clause(clause: str) -> bool:
    """Whether one clause (folded or normalised text) asks something."""
    return _asks(clause) or _hopes(clause)


def _hopes(clause: str) -> bool:
    """ "会保密吧", "不收费吧": a hopeful guess about fees, confidentiality or anonymity asks too."""
    return bool(_HOPEFUL_RE.search(clause)) and any(
        p.search(clause) for kind, p in _KIND_PATTERNS if kind in _HOPED_KINDS
    )


_WHAT_IS_KINDS = {
    "仲裁": QuestionKind.WHAT_IS_ARBITRATION,
    "劳动仲裁": QuestionKind.WHAT_IS_ARBITRATION,
    "复议": QuestionKind.WHAT_IS_REVIEW,
    "行政复议": QuestionKind.WHAT_IS_REVIEW,
}


# "…就不算工伤 是这样吗": a question that only asks whether what was just said is so
_CONFIRMS = re.compile(r"(?:是|真)(?:这样|这么回事|的)?(?:吗|么|不|嘛)|对(?:吗|不|不对)|真的吗|是不是")


# "…老板说不认工伤 到底算不算嘛": whether it counts, the thing named earlier in the message
_COUNTS = re.compile(r"算不算|能不能算|算吗|算不|能算不|能算吗|算么")


def _clause_kind(clause: str, clean: str) -> QuestionKind | None:
    """The kind one question clause asks, read with the whole message `clean` where the situation matters."""
    term = situation.term_asked(clause)
    if term is not None:  # "啥是仲裁？": what the procedure is, not where or how long
        return _WHAT_IS_KINDS[term]
    if (
        situation.UNINSURED.search(clean)
        and situation.INJURED.search(clean)
        and situation.INJURY_CLAIM.search(clause)
    ):
        return QuestionKind.WORK_INJURY_UNINSURED  # "老板没买保险 那工伤还认不认？"
    if (
        situation.FINE_UNPAYABLE.search(clause)
        and (situation.FINE_TOLD.search(clean) or situation.FEARS_DETENTION.search(clause))
    ) or (
        situation.CONSEQUENCE.search(clause)
        and situation.CANNOT_PAY.search(clean)
        and situation.FINE_TOLD.search(clean)
    ):
        return QuestionKind.FINE_UNPAYABLE  # "交不起会不会被拘留啊" about a fine of 20,000
    if situation.CONSENT_ASKED.search(clause) and situation.LIFT_TOLD.search(clean):
        return QuestionKind.LIFT_CONSENT  # "一楼反对…这个政策到底要多少人同意才行啊"
    if situation.COMMUTE_ACCIDENT.search(clean) and (
        situation.STILL_WORK_INJURY.search(clause)
        or (_CONFIRMS.fullmatch(clause.strip(" ?？")) and situation.STILL_WORK_INJURY.search(clean))
        or (_COUNTS.search(clause) and "工伤" in clean)
    ):
        return QuestionKind.WORK_INJURY_COMMUTE  # "下班路上被货车撞了…这个到底算不算工伤啊"
    if situation.WORKER_AT_FAULT.search(clean) and (
        situation.STILL_WORK_INJURY.search(clause)
        or (_CONFIRMS.fullmatch(clause.strip(" ?？")) and situation.STILL_WORK_INJURY.search(clean))
    ):
        return QuestionKind.WORK_INJURY_FAULT  # "矿上说他是自己违规操作 那就不算工伤了吗"
    if situation.VISIT_LAWFUL.search(clause):
        return QuestionKind.VISIT_LAWFUL  # "俺要是去北京上访会不会被抓"
    if situation.SEVERANCE_ASKED.search(clause) or (
        situation.DISMISSED.search(clean) and situation.IS_IT_LAWFUL.search(clause)
    ):
        return QuestionKind.DISMISSAL_PAY  # "n+1能要到吗", "hr说明天不用来了…这合理吗"
    for kind, pattern in _KIND_PATTERNS:
        if kind is QuestionKind.FEES and situation.PAYS_FOR_SERVICE.search(clean):
            continue  # "医保一个人交多少钱": the price of a service, not a fee for petitioning
        if kind is QuestionKind.ANONYMOUS and not forms.may_skip(clause, clean):
            continue  # "违约金必须给吗": money to pay, not a detail to leave out
        if pattern.search(clause):
            return kind
    return None


def of_procedure(
    kind: QuestionKind | None, text: str | None, context: str | None = None
) -> QuestionKind | None:
    """ "劳动仲裁要钱吗 要多久能出结果": how long, asked beside a question about arbitration (in the message or the
    question it goes on from, `context`), is how long the arbitration takes, not the petition."""
    if kind is not QuestionKind.WHEN_HANDLED:
        return kind
    asked = [*question_clauses(text), *question_clauses(context)]
    return QuestionKind.ARBITRATION_TIME if any("仲裁" in clause for clause in asked) else kind


def asks_what_to_do(text: str | None) -> bool:
    """ "请问这种情况怎么办", "那今晚他们再吵我咋办": where to turn about what the story tells; not a fear for one's
    safety ("他要是今天晚上又来咋个办嘛"), which the crisis follow-up answers with 110 and what to do first."""
    asks = any(forms.WHERE_TO_TURN.search(clause) for clause in question_clauses(text))
    return asks and not fears_return(text) and detect_crisis(text) is None


def detect_question(text: str | None) -> QuestionKind | None:
    """What the message asks about, `OTHER` for a question we have no answer for, or None for no question."""
    clauses = question_clauses(text)
    if not clauses:
        return None
    clean = textutil.normalize_for_parsing(text or "")
    if any(forms.may_skip(clause, clean) for clause in clauses):
        return QuestionKind.ANONYMOUS  # asked both why and whether it may be left out: the leave comes first
    for clause in clauses:
        kind = _clause_kind(clause, clean)
        if kind is not None:
            return of_procedure(kind, text)
    if any(forms.WHAT_NOW.search(clause) for clause in clauses):
        # "公安说不予立案 我还能咋办": what to do about the situation the same message tells
        told = next((kind for kind, pattern in _SITUATION_KINDS if pattern.search(clean)), None)
        return told or (QuestionKind.WHICH_OFFICE if asks_what_to_do(text) else QuestionKind.OTHER)
    return QuestionKind.OTHER


def further_questions(text: str | None, first: QuestionKind | None) -> list[QuestionKind]:
    """The other kinds a message asks besides `first` ("劳动仲裁要交钱吗？去哪里申请？"), each once, in order:
    every question is answered, not only the first."""
    if first is None or first is QuestionKind.ANONYMOUS:
        return []
    skip = {first, QuestionKind.WHICH_OFFICE} if first in SAYS_WHERE else {first}
    found: list[QuestionKind] = []
    clean = textutil.normalize_for_parsing(text or "")
    for clause in question_clauses(text):
        kind = of_procedure(_clause_kind(clause, clean), text)
        if kind is not None and kind not in skip and kind not in found:
            found.append(kind)
    return found


def without_questions(text: str) -> str:
    """The message with its question clauses and its words about asking taken out: what is left may still answer
    something."""
    clean = textutil.normalize_for_parsing(text or "")
    left = "".join(c for c in _CLAUSE_RE.findall(clean) if not (_asks(c) or _hopes(c))).strip()
    return forms.ABOUT_ASKING.sub("", left).strip()


def asks_why_address(question: QuestionKind | None, text: str, requested_slot: str | None) -> bool:
    """ "要地址干嘛？" at any question, or a question we cannot answer while the address is asked."""
    if question is QuestionKind.WHY_ASKED and _ADDRESS_WORDS.search(text):
        return True
    return (
        question in (QuestionKind.WHY_ASKED, QuestionKind.OTHER)
        and requested_slot == "address"
        and not OTHER_FIELD_WORDS.search(text)
    )
