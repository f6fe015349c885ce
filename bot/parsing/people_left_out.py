"""Pieces of a head-count answer that name people who are not in the matter any more, and a count said at the end.

"就我 还有两个同事也被裁了 不过他们签了协议": the colleagues settled, so only the speaker is still claiming; a clerk
counts 1. "我们一条街上的饭馆都关了 二十几家": the count comes last, after who they are.
"""

from __future__ import annotations

import re

_NUMERAL = r"[\d零〇一二两俩三四五六七八九十百千万几]"
# others out of it: they signed, took the money, settled, will not complain
_OTHERS = (
    r"(?:他们|她们|他俩|她俩|人家|别人|"
    rf"(?:其他|其余|别的|另外|剩下)的?(?:{_NUMERAL}+个?)?[\u4e00-\u9fff]{{0,3}}?)"
)
_GAVE_UP = (
    r"(?:签了|签过|签字|拿了|拿到|领了|私了|和解|认了|同意了|不追究|不想|不愿|不打算|不要了|不告|不反映|不参与|"
    r"不掺和|不来|撤诉|撤了|放弃|算了|"
    # "别人让他们自己反映": the others speak for themselves, not in this matter
    r"(?:让|叫|由)(?:他们|她们|人家)?自己|自己(?:去|会|再)?(?:反映|投诉|找|告|说))"
)
_LEFT_OUT_RE = re.compile(
    rf"(?:不过|但是?|可是?|只是)?{_OTHERS}(?:都|已经|也|早就|早都|全|全都|就)*(?:跟(?:公司|厂里|老板|单位|对方))?{_GAVE_UP}"
)
_COUNTS_OTHERS_RE = re.compile(rf"{_NUMERAL}+(?:多|来|几)?(?:个|位|名|户|家)|几个|好些|一些")
_PIECES_RE = re.compile(r"[\s,，。!！;；]+")
# the last piece says a count alone, with a particle: "二十几家", "五六个吧", "三十来户左右"
_TAIL_RE = re.compile(r"(?:吧|啊|呀|哦|嘛|呢|左右|上下|的样子|的样)+$")


def without_those_left_out(said: str) -> str:
    """The answer without the pieces that count people who are out of it, when some other piece is left."""
    pieces = [p for p in _PIECES_RE.split(said) if p]
    kept = list(pieces)
    for i, piece in enumerate(pieces):
        if not _LEFT_OUT_RE.search(piece):
            continue
        kept[i] = ""
        if _COUNTS_OTHERS_RE.search(piece):
            continue  # "另外两个同事签了协议": the piece counts them itself
        earlier = next(
            (j for j in range(i - 1, 0, -1) if kept[j] and _COUNTS_OTHERS_RE.search(kept[j])), None
        )
        if earlier is not None:
            kept[earlier] = ""  # "还有两个同事也被裁了 不过他们签了协议"
    left = [p for p in kept if p]
    return " ".join(left) if left and len(left) < len(pieces) else said


# "具体几户不清楚", "到底多少我也说不清": the number is not known; the piece counts nobody ("几" asks here)
_NOT_KNOWN = (
    r"(?:不清楚|不知道|不晓得|说不清|说不好|记不清|搞不清|没数过)"  # ("数不清" says how many: countless)
)
_NUMBER_NOT_KNOWN_RE = re.compile(
    r"(?:具体|到底|确切|准确|一共|总共)?(?:有)?(?:几|多少)?(?:个|户|家|位)?(?:人|人数|数字|数目)?(?:我|我也|也)?"
    rf"{_NOT_KNOWN}(?:了|啊|呀|吧)?"
)


def without_number_not_known(said: str) -> str:
    """The answer without the pieces that only say the number is not known, when some other piece is left."""
    pieces = [p for p in _PIECES_RE.split(said) if p]
    kept = [p for p in pieces if not _NUMBER_NOT_KNOWN_RE.fullmatch(p)]
    return " ".join(kept) if kept and len(kept) < len(pieces) else said


# "…就剩四个": those still in it
_STILL_IN_RE = re.compile(r"^(?:就|还|只)?剩下?")
_COUNT_ALONE_RE = re.compile(
    rf"(?:大概|大约|差不多|估计|至少|起码|少说|最少|不止|将近|一共|总共|得有|有)?{_NUMERAL}+(?:多|来|几|余)?"
    # "一百多个娃", "至少七八家": who they are may follow the count
    r"(?:(?:个|位|名|户|家)(?:人|人家|娃|孩子|小孩|学生|老人|村民|工人|业主|住户|商户)?|号?人)"  # "一百来号人"
)


def last_piece_count(said: str) -> str | None:
    """The last piece of a longer answer, when it is only a count ("…都关了 二十几家" → 二十几家), or None."""
    pieces = [p for p in _PIECES_RE.split(said) if p]
    if len(pieces) < 2:
        return None
    last = _STILL_IN_RE.sub("", _TAIL_RE.sub("", pieces[-1]))
    return last if _COUNT_ALONE_RE.fullmatch(last) else None
