"""Whether a message asks something, and what about.

`detect_question` is pure: it finds the clauses that ask something ("要收费吗？", "我能不能起诉公积金中心",
"公司会不会知道是我反映的") and names what they ask about. A clause that only says the citizen does not
know ("不知道找哪个部门") or a rhetorical wh-word in a statement ("什么都没有", "谁也不管") asks nothing.
"""

from __future__ import annotations

import re

from actions import matter_questions as matter
from actions import own_matter_questions as own_matter
from actions import procedure_questions as procedure
from actions import question_forms as forms
from actions import situation_questions as situation
from actions.question_kinds import SAYS_WHERE, QuestionKind
from actions.question_patterns import KIND_PATTERNS, SITUATION_KINDS, WHO_READS
from bot.domain import text as textutil
from bot.domain.safety import detect_crisis, fears_return

_CLAUSE_RE = re.compile(r"[^,.;!?，。；！？、\n ]+[,.;!?，。；！？、\n ]*")
# what makes a clause a question: a final particle, an A-not-A verb or a wh-word
_END_PARTICLE_RE = re.compile(
    # "伐" ends a Shanghainese question ("要老多钞票伐"), not "砍伐"
    r"(?:吗|(?<![这那什怎多要])么|(?<![砍采盗滥征讨杀步])伐|(?:要|收|是|能|会|行|可以|管|钱|费|对|保密|给|好|回来|法|规|常|及|上班|开门|有人)不|(?:过|了|管|来|办|有)没有?|"
    r"(?:以后|之后|然后|接下来|下一步|那)呢|(?:对|是)吧|(?:电话|号码|热线)(?:是|到底|究竟)*(?:多少|几号)|(?:能|可以)[^不没]{1,10}不)$"
)
# "能不能", "认不认", "赔不赔": a verb asked both ways (not "爱理不理", "动不动就", which are statements)
_A_NOT_A_RE = re.compile(
    r"(要|能|会|是|可|管|收|行|用|该|敢|算|给|找|交|花|有|中|成|立|认|赔|退|补|报|办|批|发|让|准|去|来|告|签|罚|合|贵|难|快|犯|违|涨|降|到|修|装|改)"
    r"(?:不|没)\1"
    # "要钱不要钱", "合法不合法", "可以不可以": a two-character word asked both ways
    r"|([\u4e00-\u9fff]{2})不\2"
)
_WH_RE = re.compile(
    r"什么(?![都也])|啥(?![都也])|么子|怎么(?![都也样])|怎样|咋|啷个(?![都也])|哪(?!怕|[个里儿]?[都也])|谁(?![都也])|"
    r"多久|多长(?!了|大)|几点(?!了|多)|(?:赔|补|退)多少|(?<![前这那好过头隔了])几(?:天|个月)(?![前了来])|多少天(?=内|之内|以内|能|可以|要)|几时|多少钱|能否|可否|请问|为何|为什么|干嘛|"
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
# "这个宅基地俺有份没": 有…没 is the colloquial 有没有 too
_HAS_OR_NOT_RE = re.compile(r"有[^,，。都也]{1,10}没(?:得|有)?$")
# a clause marked with a question mark and ending in a soft particle asks: "提个建议还要名字啊？"
_SOFT_END_RE = re.compile(r"[啊呀哈咯哦噻撒嘞吧]$")
_TRAILING_RE = re.compile(r"[^\w\u4e00-\u9fff]+$")
# "要花钱吗这个", "能告吗他们": what the question is about, said after its particle
# … or what is done about it: "要花钱吗反映这个", "要钱不登记这个"
_AFTERTHOUGHT_RE = re.compile(
    r"(?<=[吗么嘛呢])(?:反映|登记|投诉|举报|办|问)?(?:这个事|这件事|这种事|这个|那个|这样|这事|这些|他们|你们|她们|这边|那边)$"
)
_ABOUT_ASKING_END = re.compile(rf"(?:{forms.ABOUT_ASKING.pattern})$")

_HOPED_KINDS = frozenset({QuestionKind.FEES, QuestionKind.CONFIDENTIALITY, QuestionKind.ANONYMOUS})
# "不是怕报复", "我不怕他报复": no fear said
_NOT_AFRAID = re.compile(r"(?:不是|不|没|并不|倒不)(?:怕|担心|害怕)")
_HOPEFUL_RE = re.compile(r"吧[?？\s~～]*$")
_ADDRESS_WORDS = re.compile(r"地址|住址|住哪|家住")
OTHER_FIELD_WORDS = re.compile(r"电话|手机|号码|名字|姓名|身份证")
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
    clauses = _CLAUSE_RE.findall(clean)
    return [
        clause
        for at, clause in enumerate(clauses)
        if is_question_clause(clause)
        and not (forms.NAME_SEARCHED.fullmatch(clause) and textutil.has_words("".join(clauses[at + 1 :])))
    ]


def _asks(clause: str) -> bool:
    body = clause.strip()
    if not textutil.has_words(body):
        return False
    marked = body.endswith(("?", "？"))
    core = _TRAILING_RE.sub("", body)  # "可以投诉吗😤": marks and emoji after the last word
    core = _ABOUT_ASKING_END.sub("", core) or core  # "社保能补吗你还没回我": the complaint after the question
    core = _AFTERTHOUGHT_RE.sub("", core)
    bare = forms.EXCLAIM_END.sub("", core)
    ends_asking = bool(
        _END_PARTICLE_RE.search(core) or _END_PARTICLE_RE.search(bare) or _HAS_OR_NOT_RE.search(bare)
    )
    if not (marked or ends_asking) and (_NOT_KNOWING_RE.search(core) or _STATEMENT_RE.search(core)):
        return False  # "不知道找哪个部门", "谁也不管": a statement, not a question
    # "还是找卫健委？", "拿回来不？", "还要名字啊？": either-or, its short form, a soft ending
    # … or "夜里十二点还能干?": whether it may still be done, with a question mark
    if marked and (
        "还是" in core or core.endswith(("不", "没")) or _SOFT_END_RE.search(core) or "还能" in core
    ):
        return True
    if marked and forms.ASKED_BACK.search(core):
        return True
    return forms.either_or(core) or bool(ends_asking or _A_NOT_A_RE.search(core) or _WH_RE.search(core))


def is_question_clause(clause: str) -> bool:
    """Whether one clause (folded or normalised text) asks something."""
    asks = _asks(clause) or _hopes(clause) or _fears(clause) or own_matter.asks(clause)
    return asks and not own_matter.rhetorical(clause)  # "打官司干啥": a no to suing


def _fears(clause: str) -> bool:
    """ "怕马永强知道了报复", "我是怕他报复": a fear of retaliation said plainly asks to be reassured (第30条)."""
    return (
        bool(forms.FEARS_RETALIATION.search(clause))
        and not _NOT_AFRAID.search(clause)
        and not fears_return(clause)  # "我怕他回来报复": a fear for one's safety, which the crisis answers
    )


def _hopes(clause: str) -> bool:
    """ "会保密吧", "不收费吧": a hopeful guess about fees, confidentiality or anonymity asks too."""
    return bool(_HOPEFUL_RE.search(clause)) and any(
        p.search(clause) for kind, p in KIND_PATTERNS if kind in _HOPED_KINDS
    )


_WHAT_IS_KINDS = {
    "仲裁": QuestionKind.WHAT_IS_ARBITRATION,
    "劳动仲裁": QuestionKind.WHAT_IS_ARBITRATION,
    "复议": QuestionKind.WHAT_IS_REVIEW,
    "行政复议": QuestionKind.WHAT_IS_REVIEW,
}


# "…就不算工伤 是这样吗": a question that only asks whether what was just said is so
_CONFIRMS = matter.CONFIRMS


# "…老板说不认工伤 到底算不算嘛": whether it counts, the thing named earlier in the message
_COUNTS = re.compile(r"算不算|能不能算|算吗|算不|能算不|能算吗|算么")


def _asks_if_work_injury(clause: str, clean: str) -> bool:
    """ "那就不算工伤了吗", or "是这样吗" after a message that says whether it is one."""
    return bool(
        situation.STILL_WORK_INJURY.search(clause)
        or (_CONFIRMS.fullmatch(clause.strip(" ?？")) and situation.STILL_WORK_INJURY.search(clean))
    )


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
    if own_matter.asked_key(clause, clean) is not None:
        # "我是月嫂 工钱没结 能去劳动仲裁吗": the kind of matter's own answer
        told = matter.asked_about_story(clause, clean)
        if told is not None and told not in own_matter.TAKEN_OVER:
            return told
        return QuestionKind.OWN_MATTER  # "能不能先做尸检", "能不能少罚点": the substance of one's own matter
    if (first := matter.asked_first(clause, clean)) is not None:
        return first  # a fine, the residents' pension, harassment, a lift's vote: before the general kinds
    if situation.COMMUTE_ACCIDENT.search(clean) and (
        _asks_if_work_injury(clause, clean) or (_COUNTS.search(clause) and "工伤" in clean)
    ):
        return QuestionKind.WORK_INJURY_COMMUTE  # "下班路上被货车撞了…这个到底算不算工伤啊"
    if situation.WORKER_AT_FAULT.search(clean) and _asks_if_work_injury(clause, clean):
        return QuestionKind.WORK_INJURY_FAULT  # "矿上说他是自己违规操作 那就不算工伤了吗"
    if situation.VISIT_LAWFUL.search(clause):
        return QuestionKind.VISIT_LAWFUL  # "俺要是去北京上访会不会被抓"
    if situation.SEVERANCE_ASKED.search(clause) or (
        situation.DISMISSED.search(clean) and situation.IS_IT_LAWFUL.search(clause)
    ):
        return QuestionKind.DISMISSAL_PAY  # "n+1能要到吗", "hr说明天不用来了…这合理吗"
    told = next((kind for kind, pattern in matter.ASKED if pattern.search(clause)), None)
    if told is not None or (told := matter.asked_about_story(clause, clean)) is not None:
        return told  # "法院执行要交钱吗", "这是普惠园啊 能随便涨吗": a question about one kind of matter
    if (how := procedure.asked(clause, clean)) is not None:
        return how  # "礼拜天有没有人", "让女儿替我去行不行", "罚之前能申辩吗", "要不要申请执行"
    for kind, pattern in KIND_PATTERNS:
        if kind is QuestionKind.FEES and situation.PAYS_FOR_SERVICE.search(clean):
            continue  # "医保一个人交多少钱": the price of a service, not a fee for petitioning
        if kind is QuestionKind.ANONYMOUS and not forms.may_skip(clause, clean):
            continue  # "违约金必须给吗": money to pay, not a detail to leave out
        if pattern.search(clause):
            return kind
    return None


# "要是去仲裁 要多久才有结果": the arbitration supposed in the clause before the question
_IF_ARBITRATING = re.compile(
    r"(?:要是|如果|假如|万一|真)(?:去|要)?(?:申请)?(?:劳动)?仲裁|去(?:申请)?(?:劳动)?仲裁(?!过|了)"
)


def of_procedure(
    kind: QuestionKind | None, text: str | None, context: str | None = None
) -> QuestionKind | None:
    """ "劳动仲裁要钱吗 要多久能出结果": how long, asked beside a question about arbitration (in the message or the
    question it goes on from, `context`), is how long the arbitration takes, not the petition."""
    if kind is not QuestionKind.WHEN_HANDLED:
        return kind
    asked = [*question_clauses(text), *question_clauses(context)]
    if any("仲裁" in clause for clause in asked) or _IF_ARBITRATING.search(
        textutil.normalize_for_parsing(text or "")
    ):
        return QuestionKind.ARBITRATION_TIME
    return kind


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
    if WHO_READS.search(clean):
        return QuestionKind.ARE_YOU_A_BOT
    for clause in clauses:
        kind = _clause_kind(clause, clean)
        if kind is not None:
            return of_procedure(kind, text)
    if any(forms.WHAT_NOW.search(clause) for clause in clauses):
        # "公安说不予立案 我还能咋办": what to do about the situation the same message tells
        told = next((kind for kind, pattern in SITUATION_KINDS if pattern.search(clean)), None)
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
    left = "".join(c for c in _CLAUSE_RE.findall(clean) if not is_question_clause(c)).strip()
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
