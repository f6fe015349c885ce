"""A threat of one's own taken back in the same breath: "气得我想跳楼 哈哈 开玩笑的", "真想砸了他家 说着玩的".

The words still reached the crisis lexicon, and nobody can be sure from a screen, so the citizen gets a warm word
and the help line in reach; but a joke said as a joke is not flagged urgent, and the matter is taken as told.
Only the citizen's own words of self-harm or violence can be taken back this way, and only after them: danger to
someone else, violence at home, a fire, or "不是开玩笑" / "你以为我开玩笑吗" stay a crisis. Pure.
"""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing

# the threat said, then taken back: "开玩笑的", "说着玩的", "说的气话", "随口说说", "逗你的", "别当真"
_TAKEN_BACK_RE = re.compile(
    r"(?:开|说)(?:个|句)?玩笑(?:的|呢|啦|哈|而已|罢了|$|[\s,，。!！~])|说着玩|闹着玩|随口(?:一?说|说说)|说说而已|(?:是|说的?)气话"
    r"|逗你(?:的|呢|玩)|(?:不会|不至于)(?:真的?)?(?:想不开|那么傻|做傻事)|别当真"
)
# the joke denied or turned into a question: "不是开玩笑", "没开玩笑", "你以为我开玩笑吗", "开什么玩笑"
_NOT_A_JOKE_RE = re.compile(
    r"(?:不是|没有?|没在|不|别以为|以为|当|当成)(?:在|跟你|和你)?(?:开|说)(?:个)?玩笑|开(?:什么|啥|啥子|么子)玩笑"
    r"|玩笑(?:吗|嘛|么|\?|？)|(?:是|我是)(?:认真|真的)(?:的|说)|说真的|真心话"
)
# the kinds a citizen can take back of their own words
JEST_KINDS = frozenset({"self_harm", "violence"})


def takes_it_back(text: str | None, matched: str) -> bool:
    """Does the message take back, after the words of harm (`matched`, as the lexicon found them), what it said
    ("想跳楼 哈哈 开玩笑的")? Not when the joke is denied or asked about."""
    clean = normalize_for_parsing(text or "")
    at = clean.find(normalize_for_parsing(matched)) if matched else -1
    if at < 0 or _NOT_A_JOKE_RE.search(clean):
        return False
    return _TAKEN_BACK_RE.search(clean, at + len(matched)) is not None
