"""The words that point at the case just filed ("刚才那个", "我这个", "那件事"): one list for adding to it,
withdrawing it and correcting it (pure)."""

from __future__ import annotations

import re

# back in the conversation: "刚才", "上面", "原来那个"
JUST_NOW = r"刚才|刚刚|上面|前面|之前|原来(?:的|那)?"
# the matter itself: "那件", "同一件", "那个事"
THAT_MATTER = r"这件|那件|那条|同一件|那个事"
# "我这个", "那个": pointing without naming it
THIS_ONE = r"这个|那个|我的"
# the case by what it is: "刚才登记的", "编号XF…"
CASE_WORDS = r"登记|反映|投诉|举报|事项|信访|编号|XF"

# the case filed, pointed at back in the conversation ("刚才那个再补充一点")
REFERS = re.compile(rf"{JUST_NOW}|{THAT_MATTER}")
# the case filed, pointed at any way ("那我这个能撤回吗", "取消刚才的登记")
POINTS_AT_CASE = re.compile(rf"{JUST_NOW}|{THAT_MATTER}|{THIS_ONE}|{CASE_WORDS}", re.I)
NAMES_CASE = re.compile(CASE_WORDS, re.I)
# words that only point back ("就是刚才那个小区啊，我是说"): no news in them
POINTING = re.compile(rf"{JUST_NOW}|{THAT_MATTER}|{THIS_ONE}|就是|我是说|[啊呀吧呢嘛的了]")
