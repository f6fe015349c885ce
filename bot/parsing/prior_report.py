"""Has the citizen raised the matter before, where, when and with what reply?

Returns the clause that names the earlier contact plus the clauses right after it that tell the reply
("去年找过街道办，没回复"), ``NO_PRIOR_REPORT`` for 没有 / 第一次反映 / 没找过, or None when the text does not say.
"""

from __future__ import annotations

import re

from bot.domain.text import to_halfwidth, to_simplified

NO_PRIOR_REPORT = "未曾反映"
REPORTED_NO_DETAILS = "曾反映过（未说明渠道）"

_CHANNELS = (
    r"12345|12315|12369|12333|12320|12358|12319|110|市长热线|政务热线|便民热线|热线|市长信箱|书记信箱|"
    r"留言板|信访局|信访办|信访部门|信访|上访|来访接待|街道办|街道|居委会|村委会|村委|社区|镇政府|乡政府|"
    r"区政府|县政府|市政府|政府|派出所|公安|劳动监察|劳动局|人社局|人社|住建局|住建|城管|市场监管|工商|"
    r"环保局|环保|教育局|卫健委|卫生局|物业|法院|仲裁|纪委|媒体|记者|电视台|网上|网站|app|公众号|小程序|"
    # people and places told plainly: "找过村主任好几次", "找过镇里", "找过执行局"
    r"村主任|村长|村支书|村书记|支书|村干部|组长|镇里|乡里|县里|区里|市里|村里|执行局|执行法官|法官|领导|"
    r"社保局|医保局|民政局|民政|工会|人大|检察院|监察委|纪检|12388|"
    # the people in charge, told first: "跟院长说过", "找过校长"
    r"院长|校长|厂长|所长|局长|科长|主任|负责人|经理|店长"
)
_PUNCT = "，。；;,!?！？"
# Verbs that are a report by themselves ("投诉过"); plain contact verbs need a channel ("找过街道办").
_REPORT_VERB = (
    r"(?:反映|投诉|举报|信访|上访|报警|报案|求助)(?:过|了)|(?:留|写|打)(?:过|了)(?:言|信|电话)|打电话"
)
# 去年 is no visit; "给我报工商" is no contact
_CONTACT_VERB = r"(?:打|拨打|拨|找|去(?!年|世|掉)|问|联系|咨询|给(?![我他她你它])|向|跟)"
_POSITIVE_RE = re.compile(
    rf"{_REPORT_VERB}|{_CONTACT_VERB}[^{_PUNCT}]{{0,8}}?(?:{_CHANNELS})"
    rf"|(?:找|去|打|问|联系|咨询)过(?=$|[{_PUNCT}])"
    rf"|(?:{_CHANNELS})[^{_PUNCT}]{{0,4}}(?:反映|投诉|举报|留言|打)",
    re.IGNORECASE,
)
_NEGATION_RE = re.compile(
    r"(?:准备|打算|想要|计划|没得|冇得|冇|没有|没|未|从没|从来没|从来没有|还没|还没有|并没有|不曾|不想|不敢)\S{0,3}$"
)
# "12345没打过", "信访局也没去": the channel first, the denial after it
_INNER_NEGATION_RE = re.compile(r"没|未|冇|从不")
_NEGATIVE_ANSWER_RE = re.compile(
    r"(?:没有|没|无|都没有|都没|还没有|还没|没有过|从来没有|从没|不曾|否|没呢|第一次|头一次|头一回|第一回|首次|冇|冇得|没得)"
    r"[呢啊的哦吧呀]?"
)
_NEGATIVE_PHRASE_RE = re.compile(
    r"(?:第一次|头一次|头一回|第一回|首次)(?:反映|投诉|举报|来|找|说|提|求助|留言)|是第一次"
    r"|(?:没有|没|未|从来没有?|从没|还没有?|不曾|冇|没得)(?:去|到|向|跟|给)?[^，。；;,!?！？]{0,6}?(?:找|反映|投诉|举报|打|问|联系|去|上访)过"
    r"|(?:从来没有?|从没|还没有?|没有?|未|不曾)(?:找|反映|投诉|举报|联系)(?:任何|别的|其他|有关)?"
    rf"|(?:{_CHANNELS})[^{_PUNCT}]{{0,3}}?(?:没有?|没得|冇|未|从没)(?:打|找|去|反映|投诉|联系|问|留言)"
)
_FIRST_TIME_RE = re.compile(r"(?:这是|是)?(?:第一次|头一次|头一回|第一回|首次)")
_BARE_YES_RE = re.compile(
    r"(?:有|有的|有过|是|是的|对|对的|嗯|反映过|投诉过|找过|去过|打过|都找过|找了好多次)"
)
_REPLY_RE = re.compile(
    r"回复|答复|回应|回电|说|让|叫|没人|没有人|不管|没管|推|不了了之|没下文|没有下文|没结果|没有结果|没用|没效果|"
    r"处理|受理|转给|转到|转交|等|拖|石沉大海|至今|一直|还是|依然|仍然|结果|解决|答应|承诺|敷衍|踢皮球"
)
_CLAUSE_SPLIT_RE = re.compile(
    r"(?<=[，。；;,!?！？\n ])"
)  # a space ends a clause for those who type no commas
_SENTENCE_END = tuple("。；;!?！？\n")
_MAX_SPAN = 80
_MAX_REPLY_CLAUSES = 3


def _clauses(text: str) -> list[tuple[int, str]]:
    """Clauses with their offsets; empty ones dropped."""
    out, pos = [], 0
    for clause in _CLAUSE_SPLIT_RE.split(text):
        if clause.strip("，。；;,!?！？\n "):
            out.append((pos, clause))
        pos += len(clause)
    return out


# "我向区政府申请公开…的文件": an application is the matter itself, not an earlier report of it
_APPLICATION_RE = re.compile(r"申请(?!过)")


def _is_positive(clause: str) -> bool:
    if _APPLICATION_RE.search(clause) and not re.search(_REPORT_VERB, clause):
        return False
    return any(
        not _NEGATION_RE.search(clause[: m.start()]) and not _INNER_NEGATION_RE.search(m.group())
        for m in _POSITIVE_RE.finditer(clause)
    )


def _strip_end(span: str) -> str:
    return span.strip().rstrip("，。；;,!?！？\u3000 ")


def extract_prior_report(text: str | None) -> str | None:
    """Span describing the earlier report (as written), ``NO_PRIOR_REPORT``, ``REPORTED_NO_DETAILS`` or None."""
    if not text:
        return None
    # Length-preserving normalisation, so that the span can be cut from the text as the citizen wrote it.
    norm = to_simplified(to_halfwidth(text))
    bare = _strip_end(norm)
    if not bare:
        return None
    clauses = _clauses(norm)
    for i, (start, clause) in enumerate(clauses):
        if not _is_positive(clause):
            continue
        end = start + len(clause)
        for follow_start, follow in clauses[i + 1 : i + 1 + _MAX_REPLY_CLAUSES]:
            if norm[:end].rstrip().endswith(_SENTENCE_END) or not _REPLY_RE.search(follow):
                break
            end = follow_start + len(follow)
        return _strip_end(text[start:end])[:_MAX_SPAN]
    if _BARE_YES_RE.fullmatch(bare):
        return REPORTED_NO_DETAILS
    if _NEGATIVE_ANSWER_RE.fullmatch(bare) or _NEGATIVE_PHRASE_RE.search(bare):
        return NO_PRIOR_REPORT
    # "没有，第一次", "冇啊 第一次搵你哋": every part says no or first time
    parts = [_strip_end(p) for p in re.split(r"[，。；;,!?！？\s]+", bare) if _strip_end(p)]
    if parts and all(_NEGATIVE_ANSWER_RE.fullmatch(p) or _FIRST_TIME_RE.match(p) for p in parts):
        return NO_PRIOR_REPORT
    return None


def is_bare_answer(text: str | None) -> bool:
    """A bare yes or no ("没有", "有的", "第一次"): an answer only to the question that was asked."""
    bare = _strip_end(to_simplified(to_halfwidth(text or "")))
    return bool(bare) and bool(_BARE_YES_RE.fullmatch(bare) or _NEGATIVE_ANSWER_RE.fullmatch(bare))
