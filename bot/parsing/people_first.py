"""A head count said first and plainly, with more said after it that counts nobody in.

"我一个 不过我们车友群好多人都被封过": the others are told of, not claiming; a clerk counts 1. "写1就行 就我们一家店":
the number asked for, and why. Pure; normalised text in.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.parsing.people_alone import says_one
from bot.parsing.people_counts import NUMERAL_RE

_PIECES_RE = re.compile(r"[\s,，。!！;；]+")
# "我一个", "就我自己", "只有我", "本人": the one writing, alone
_ME_ALONE_RE = re.compile(
    r"^(?:就|只有|只|就是|仅)?(?:我|俺|本人)(?:一个人?|一人|自己|本人)?(?:吧|啊|呀|哦|嘛|呗)?$"
)
# "1就行", "写1就好", "填一个就可以": the number to write, as asked
_NUMBER_TO_WRITE_RE = re.compile(
    r"^(?:人数)?(?:写|填|记|算)?(?:成|个)?(?:我|俺)?(?P<num>[1-9]\d{0,3}|[一两二三四五六七八九十])(?:个人?|人|位)?"
    r"(?:就行|就好|就可以|就够了|吧|就是了)$"
)
# "人数是3个", "人数写三": the head count named as such
_COUNT_NAMED_RE = re.compile(
    r"^人数(?:是|为|写|填|有|改成|应该是)?(?P<num>[1-9]\d{0,3}|[一两二三四五六七八九十])(?:个人?|人|位)?(?:吧|啊)?$"
)
_CN = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# what follows tells of others without counting them in: "不过…也被封过", "但是别人…", "其他人我不代表"
_OTHERS_ASIDE_RE = re.compile(r"^(?:不过|但是?|可是?|只是|其他人|其他的|别人|别的人|他们|另外)")
# "就我儿子一个 被打的 打他的有三个": one person only, then who did it; a piece with these may count more people in
_ONLY_RE = re.compile(r"^(?:就|只有|只|仅|得)")
_ADDS_PEOPLE_RE = re.compile(
    r"还有|加上?|另外|以及|连同|包括|一共|总共|共|也|都|我们|咱们|俺们|大家|和|跟|同"
)


def count_said_first(said: str) -> str | None:
    """ "1" for "我一个 不过…别人也…", the number for "写1就行 …"; None when the first piece says no count
    plainly, or what follows may add people ("我一个 还有我老婆")."""
    pieces = [p for p in _PIECES_RE.split(said.strip()) if p]
    named = _COUNT_NAMED_RE.match(pieces[0].replace(" ", "")) if pieces else None
    if named:  # "人数是3个", alone or with why
        num = named.group("num")
        return str(int(num) if num.isdigit() else _CN[num])
    if len(pieces) < 2:
        return None
    first = pieces[0].replace(" ", "")
    number = _NUMBER_TO_WRITE_RE.match(first)
    if number:
        num = number.group("num")
        return str(int(num) if num.isdigit() else _CN[num])
    # "我一个 不过…", "我妈一个人 不过那一片好几十户都是这样": the others told of aside
    if (_ME_ALONE_RE.match(first) or says_one(first)) and all(_OTHERS_ASIDE_RE.match(p) for p in pieces[1:2]):
        return "1"
    if _ONLY_RE.match(first) and says_one(first) and not any(_ADDS_PEOPLE_RE.search(p) for p in pieces[1:]):
        return "1"
    return None


# "我就代表我自己", "我只代表我个人", "就替我自己说": the citizen speaks for no one else (not "不光代表我自己")
_FOR_MYSELF_RE = re.compile(
    r"^(?:我|俺|本人)?(?:就|只|仅|只是|就是|也就)?(?:代表|替|为)(?:我|俺)?(?:自己|个人|本人)"
    r"(?:一个人?)?(?:反映|说话|说|来的?|登记)?(?:的)?(?:吧|啊|呀|哈|哦|嘛|呗)?$"
)


def speaks_for_self(said: str) -> bool:
    """ "学区的事 家长都关心 我就代表我自己": others are told of, the citizen speaks only for themselves."""
    pieces = [p for p in _PIECES_RE.split(said.strip()) if p]
    mine = [p for p in pieces if _FOR_MYSELF_RE.match(p)]
    # a number in another piece may count people in ("我代表我自己 我们楼三十户"): the other readers decide
    return bool(mine) and not any(NUMERAL_RE.search(p) for p in pieces if p not in mine)


def names_the_count(said: str) -> bool:
    """ "人数是3个 我加两个工友": the message opens by naming the head count, whatever question it answers."""
    pieces = [p for p in _PIECES_RE.split(said.strip()) if p]
    return bool(pieces) and _COUNT_NAMED_RE.match(pieces[0]) is not None


# "其实", "实际上": what follows says the count again, more truly ("就我一个 其实整栋楼都被断了")
_SAID_AGAIN_RE = re.compile(
    r"^(?:其实|实际上|事实上|说实话|老实说|准确(?:地)?说|确切(?:地)?说)(?:是|呢|吧|啊)?"
)


def said_again(said: str, count: Callable[[str], str | None]) -> str:
    """The answer from the piece that says the count again after "其实", when that part counts (`count` reads it);
    else the answer as it was."""
    pieces = [p for p in _PIECES_RE.split(said.strip()) if p]
    for i, piece in enumerate(pieces[1:], start=1):
        marker = _SAID_AGAIN_RE.match(piece)
        if marker is None:
            continue
        rest = " ".join([piece[marker.end() :], *pieces[i + 1 :]]).strip()
        if rest and count(rest) is not None:
            return rest
    return said
