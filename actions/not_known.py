"""The words that say the citizen does not know ("不知道", "记不清", "说不好", "搞不清"), defined once for every
reader: a time, a place, a party or a head count not known is an answer, not a message to read again."""

from __future__ import annotations

import re

# not knowing and forgetting: every reader below is built from these two lists
_NOT_KNOWING = r"不知道|不晓得|不清楚"
_FORGETTING = r"不记得|忘了|记不住|记不得|记不起|想不起"

DONT_KNOW = re.compile(rf"{_NOT_KNOWING}|{_FORGETTING}|记不清|说不清|说不好|搞不清")

# "我是真不知道过期了": not knowing a fact of the story, said beside a question; "不知道他叫啥", "不清楚有多少人",
# "不晓得算不算" still do not know the answer (an interrogative or an A-not-A follows)
_UNAWARE = re.compile(rf"(?:{_NOT_KNOWING})(?P<what>[\u4e00-\u9fff]{{2,}})")
_INTERROGATIVE = re.compile(r"啥|什么|谁|哪|多少|几|怎么|咋|为何|为啥|是否|吗|呢|(.)不\1")
_ABOUT_THE_ANSWER = re.compile(r"时间|日子|名字|名称|电话|号码|地址|人数|具体|详细")

# "楼上1202的 不知道叫啥": not knowing who the party is (at the time question: no word about when)
_NOT_KNOWING_WHO = re.compile(
    rf"(?:{_NOT_KNOWING}|{_FORGETTING})(?:他|她|他们|她们|那人|人家)?(?:叫|姓|名字|是谁|是哪)"
)


def unaware_of_a_fact(text: str | None) -> bool:
    """True when every 不知道 in the text says the citizen did not know something that happened, not that they cannot
    answer: such a message is no skip."""
    found = list(_UNAWARE.finditer(text or ""))
    return bool(found) and all(
        not _INTERROGATIVE.search(match["what"]) and not _ABOUT_THE_ANSWER.search(match["what"])
        for match in found
    )


def not_knowing_who(text: str | None) -> bool:
    """True when the text says the citizen does not know who someone is ("不知道叫啥", "忘了姓什么")."""
    return bool(_NOT_KNOWING_WHO.search(text or ""))


# "姓包的那个 名字不知道", "电话也不清楚": someone's name or number not known (one's own is refused, never not known)
_DETAIL_NOT_KNOWN = re.compile(
    rf"(?:名字|姓名|全名|叫啥|电话|号码|手机)[\s,，]*(?:也|都|就)?(?:我|俺)?(?:{_NOT_KNOWING}|{_FORGETTING}|记不清|记不住)"
)


def detail_not_known(text: str | None) -> bool:
    """True when the text says someone's name or phone is not known ("名字不知道"): no refusal of one's own."""
    return bool(_DETAIL_NOT_KNOWN.search(text or ""))
