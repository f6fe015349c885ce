"""Whether a clause asks something: a final particle, an A-not-A verb, a wh-word, a question mark with a soft
ending, a hopeful guess ("会保密吧") or a fear of retaliation said plainly. A clause that only says the citizen does
not know ("不知道找哪个部门") or a rhetorical wh-word in a statement ("什么都没有", "谁也不管") asks nothing.

What a question asks about is read in `actions.question_detect`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from actions import own_matter_questions as own_matter
from actions import question_forms as forms
from actions.not_known import DONT_KNOW
from actions.question_kinds import QuestionKind
from actions.question_patterns import KIND_PATTERNS
from bot.domain import text as textutil
from bot.domain.safety import fears_return

_CLAUSE_RE = re.compile(r"[^,.;!?，。；！？、\n ]+[,.;!?，。；！？、\n ]*")
# voice input breaks a question into words ("仲裁 要 交钱 不"): a bare final particle closes the short words
# before it, which are read as one clause
_BARE_TAIL = re.compile(r"(?:不|吗|么|没|没有|没得|呢|嘛|不啦|不咯)[?？\s]*")
MAX_SPOKEN_WORD_CJK = 3
MAX_SPOKEN_CLAUSE_CJK = 12
# what makes a clause a question: a final particle, an A-not-A verb or a wh-word
_END_PARTICLE_RE = re.compile(
    # "伐" ends a Shanghainese question ("要老多钞票伐"), not "砍伐"
    r"(?:吗|(?<![这那什怎多要])么|(?<![砍采盗滥征讨杀步])伐|(?:要|收|是|能|会|行|可以|管|钱|费|对|保密|给|好|回来|法|规|常|及|上班|开门|有人|用)不|(?:过|了|管|来|办|有)没有?|"
    r"要得(?:不|吗|么|啵)|(?:以后|之后|然后|接下来|下一步|那)呢|(?:对|是)吧|(?:电话|号码|热线)(?:是|到底|究竟)*(?:多少|几号)|(?:能|可以)[^不没]{1,10}不|要紧不|真的不|危险不|(?:要|该|用)去[^不没]{1,8}不)$"
)
# "能不能", "认不认", "赔不赔": a verb asked both ways (not "爱理不理", "动不动就", which are statements)
_A_NOT_A_RE = re.compile(
    r"(要|能|会|是|可|管|收|行|用|该|敢|算|给|找|交|花|有|中|成|立|认|赔|退|补|报|办|批|发|让|准|去|来|告|签|罚|合|贵|难|快|犯|违|涨|降|到|修|装|改|超)"
    r"(?:不|没)\1"
    # "要钱不要钱", "合法不合法", "可以不可以": a two-character word asked both ways
    r"|([\u4e00-\u9fff]{2})不\2"
)
_WH_RE = re.compile(
    r"什么(?![都也])|啥(?![都也])|么子|怎么(?![都也样])|怎样|咋|啷个(?![都也])|哪(?!怕|[个里儿]?[都也])|谁(?![都也])|"
    # "係咪要去法院" folds to "是否要去法院": whether, at the clause's start or asked of us (not a letter's
    # "请核实是否属实", "请调查他们是否违规")
    r"(?:^|你们?|您)是否(?!属实)|"
    # "只是问一下答复是否超期", "想确认一下是否还来得及": whether, after the words of asking
    r"(?:问|问一下|问下|确认一下?|想知道)[^,，。;；]{0,12}是否|"
    r"多久|多长(?!了|大)|几点(?!了|多)|(?:赔|补|退)多少|(?<![前这那好过头隔了])几(?:天|个月)(?![前了来])|多少天(?=内|之内|以内|能|可以|要)|几时|多少钱|能否|可否|请问|为何|为什么|干嘛|"
    # "那我好久能拿到钱咯" (湘、川、鄂: 好久 = 多久), not "好久没人管了"
    r"好久(?=[能会可要到拿办])|"
    # "要多少人同意", "得几户签字": how many a rule asks for
    r"(?:要|得|需要)(?:多少|几成|几户|几家|几个人)"
)
# "几号记不住了": a wh-word the citizen cannot fill asks nothing
_NOT_KNOWING_RE = re.compile(rf"{DONT_KNOW.pattern}|不确定|弄不清|闹不清|不懂")
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
    # "谁问你收费了": a retort that the answer missed the question, not a question about fees
    r"谁问(?:你|您)(?:们)?|"
    # "俺哪懂打官司": how would I know, a no said with a shrug
    r"(?:哪里|哪儿|哪)(?:懂|晓得|明白|认得|识字|会弄|会打)|"
    # "跟谁说去", "上哪儿说去": there is nobody to tell, a no
    r"(?:跟|和|向|对|找)谁(?:说|讲|诉苦|反映)去|(?:上|去|到)哪(?:儿|里)?(?:说|讲|反映|告)去"
)
# "终本了法院是不是就不管了": whether, asked outright, outweighs the statement words inside it ("不管"); a question
# denied ("不是问你们收不收费") stays a statement
_WHETHER_RE = re.compile(
    r"^(?![\s\S]*(?:不是|没有?)(?:要)?问)[\s\S]*(?:是不是|会不会|能不能|可不可以|要不要|算不算)"
)
# "那如果复议了他们还是不给呢": a case supposed, asked what then
_SUPPOSED_THEN_RE = re.compile(r"(?:如果|要是|假如|万一|假设)[^,，。;；]{1,20}(?:呢|咋办|怎么办)$")
# "工伤认定有时间限制没得": 有…没得 is the Sichuanese 有没有 (not "一分钱都没得", which says there is none)
# "这个宅基地俺有份没": 有…没 is the colloquial 有没有 too
_HAS_OR_NOT_RE = re.compile(r"有[^,，。都也]{1,10}没(?:得|有)?$")
# a clause marked with a question mark and ending in a soft particle asks: "提个建议还要名字啊？"
_SOFT_END_RE = re.compile(r"[啊呀哈咯哦噻撒嘞吧]$")
_TRAILING_RE = re.compile(r"[^\w\u4e00-\u9fff]+$")
# "要花钱吗这个", "能告吗他们": what the question is about, said after its particle
# … or what is done about it: "要花钱吗反映这个", "要钱不登记这个"
_AFTERTHOUGHT_RE = re.compile(
    r"(?<=[吗么嘛呢])(?:(?:反映|登记|投诉|举报|办|问)?(?:这个事|这件事|这种事|这个|那个|这样|这事|这些|他们|你们|她们|这边|那边)"
    r"|打官司|起诉|上法院|告他们?|告状|申请仲裁|仲裁|申请复议|复议)$"  # "要花钱吗打官司": the step asked about
)
_ABOUT_ASKING_END = re.compile(rf"(?:{forms.ABOUT_ASKING.pattern})$")
# "保险该是公司买的吧": whose duty it is, put as a guess to be confirmed (not "应该是去年吧", an answer unsure)
_DUTY_GUESS = re.compile(
    r"(?:该|应该|应当)(?:是)?(?:公司|单位|老板|厂里|厂家|政府|村里|物业)(?:给|来)?[^,，。]{0,3}"
    r"(?:买|交|缴|出|赔|负责|付)的?吧$"
)
# "打人的事警察会管吧", "这个派出所能立案吧": whether an office takes it up, put as a hopeful guess
_TAKES_IT_UP_GUESS = re.compile(r"(?:会|能|该|得|应该)(?:管|处理|受理|立案|抓人|抓他|抓|查)吧$")
# "能在这边换吗还是得回老家": a particle that closes the first half of an either-or asks, whatever ends the clause
_PARTICLE_THEN_OR = re.compile(r"(?:吗|呢|嘛)还是(?!没|不|一样|老样子|那样|照样)")

_HOPED_KINDS = frozenset({QuestionKind.FEES, QuestionKind.CONFIDENTIALITY, QuestionKind.ANONYMOUS})
# "不是怕报复", "我不怕他报复": no fear said
_NOT_AFRAID = re.compile(r"(?:不是|不|没|并不|倒不)(?:怕|担心|害怕)")
_HOPEFUL_RE = re.compile(r"吧[?？\s~～]*$")


def _clauses(clean: str) -> list[str]:
    """The clauses of a normalised message; short words said apart before a bare particle are one clause."""
    clauses: list[str] = []
    for piece in _CLAUSE_RE.findall(clean):
        if _BARE_TAIL.fullmatch(piece) and clauses and clauses[-1].endswith(" "):
            words = [piece.strip()]
            while (
                clauses
                and clauses[-1].endswith(" ")
                and textutil.cjk_count(clauses[-1]) <= MAX_SPOKEN_WORD_CJK
                and textutil.cjk_count("".join(words) + clauses[-1]) <= MAX_SPOKEN_CLAUSE_CJK
            ):
                words.insert(0, clauses.pop().strip())
            if len(words) > 1:
                piece = "".join(words) + piece[len(piece.rstrip()) :]
        clauses.append(piece)
    return clauses


def question_clauses(text: str | None) -> list[str]:
    """The clauses of the message that ask something, as normalised text."""
    return list(_question_clauses(text or ""))


@lru_cache(maxsize=1024)  # pure; a turn asks this of the same text three or four times
def _question_clauses(text: str) -> tuple[str, ...]:
    clauses = _clauses(textutil.normalize_for_parsing(text))
    return tuple(
        clause
        for at, clause in enumerate(clauses)
        if is_question_clause(clause)
        and not (forms.NAME_SEARCHED.fullmatch(clause) and textutil.has_words("".join(clauses[at + 1 :])))
    )


def asks(clause: str) -> bool:
    """Whether a clause asks in the form of a question (not only a fear or a hope said)."""
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
    stated = _STATEMENT_RE.search(core) and not _WHETHER_RE.search(core)
    if not (marked or ends_asking) and (_NOT_KNOWING_RE.search(core) or stated):
        return False  # "不知道找哪个部门", "谁也不管": a statement, not a question
    # "还是找卫健委？", "拿回来不？", "还要名字啊？": either-or, its short form, a soft ending
    # … or "夜里十二点还能干?": whether it may still be done, with a question mark
    if marked and (
        "还是" in core or core.endswith(("不", "没")) or _SOFT_END_RE.search(core) or "还能" in core
    ):
        return True
    if marked and forms.ASKED_BACK.search(core):
        return True
    if (
        _PARTICLE_THEN_OR.search(core)
        or _DUTY_GUESS.search(core)
        or _TAKES_IT_UP_GUESS.search(core)
        or _SUPPOSED_THEN_RE.search(core)
    ):
        return True
    return forms.either_or(core) or bool(ends_asking or _A_NOT_A_RE.search(core) or _WH_RE.search(core))


def is_duty_guess(clause: str) -> bool:
    """ "保险该是公司买的吧": whose duty it is, put as a guess; it asks, it answers nothing asked of the citizen."""
    return bool(_DUTY_GUESS.search(_TRAILING_RE.sub("", clause.strip())))


# "我不是给了吗", "刚才不是说过了嘛": it was given already — a reproach, not a question to answer
_ALREADY_SAID_RE = re.compile(
    r"不是(?:已经|早就|早|刚才|刚刚|刚|都)?(?:(?:给|跟|和)(?:你们|你|您))?(?:给|说|留|发|讲|告诉|写|填|报)(?:你们|你|您)?(?:过|了)(?:你们|你|您)?(?:了|过)?"
    r"(?:吗|嘛|么|吧|噻|撒)[?？!！]*$"
)


@lru_cache(maxsize=4096)  # pure; the same clauses are asked about some sixteen times a turn
def is_question_clause(clause: str) -> bool:
    """Whether one clause (folded or normalised text) asks something."""
    asking = asks(clause) or _hopes(clause) or _fears(clause) or own_matter.asks(clause)
    # "打官司干啥": a no to suing; "我不是给了吗": given already
    return asking and not own_matter.rhetorical(clause) and not _ALREADY_SAID_RE.search(clause.strip())


# "怕房东知道", "担心厂里晓得": a fear that the other side learns who reported it
_FEARS_BEING_KNOWN = re.compile(r"(?:怕|担心|害怕)[^,，。]{0,8}(?:知道|晓得|发现|查到|认出)")


def _fears(clause: str) -> bool:
    """ "怕马永强知道了报复", "我是怕他报复", "怕房东知道": a fear of retaliation, or of being known, said plainly
    asks to be reassured (第30条)."""
    return (
        bool(forms.FEARS_RETALIATION.search(clause) or _FEARS_BEING_KNOWN.search(clause))
        and not _NOT_AFRAID.search(clause)
        and not fears_return(clause)  # "我怕他回来报复": a fear for one's safety, which the crisis answers
    )


def _hopes(clause: str) -> bool:
    """ "会保密吧", "不收费吧": a hopeful guess about fees, confidentiality or anonymity asks too."""
    return bool(_HOPEFUL_RE.search(clause)) and any(
        p.search(clause) for kind, p in KIND_PATTERNS if kind in _HOPED_KINDS
    )


def without_questions(text: str) -> str:
    """The message with its question clauses and its words about asking taken out: what is left may still answer
    something."""
    clean = textutil.normalize_for_parsing(text or "")
    left = "".join(c for c in _clauses(clean) if not is_question_clause(c)).strip()
    return forms.ABOUT_ASKING.sub("", left).strip()
