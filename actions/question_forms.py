"""How people ask without the usual question words: the forms `actions.question_detect` reads besides final
particles, A-not-A verbs and wh-words, and the words about the asking itself that tell nothing of the matter.

Patterns are searched in one normalised clause (simplified characters, half-width).
"""

from __future__ import annotations

import re

# "电话多少啊": a question ending in a plain exclamation still ends in its asking words
EXCLAIM_END = re.compile(r"[啊呀哈嘛]+$")
# "该找医保局还是卫健委啊": either-or after a verb, unless it tells that nothing changed ("找了物业还是没人管啊")
EITHER_OR = re.compile(r"(?:找|去|是|选|走|告|归)[^,，。]{1,8}还是(?!没|不|一样|老样子|那样|照样)")
# said with it, an either-or asks even without a question mark: "到底", "我问…", a soft final particle
_EITHER_OR_ASKS = re.compile(r"到底|我问|俺问|[啊呀哈咯哦噻撒嘞吧]$")
# "还要我再申请一次？", "难道还得我跑？": asked back, with a question mark
ASKED_BACK = re.compile(r"还要|还得|难道|还需要")
# words about the asking itself, not about the matter: "但是我问的你还没回答", "你这机器咋光问不答呢"
ABOUT_ASKING = re.compile(
    r"(?:但是|可是|不过)?(?:我|俺)(?:是问(?![过了])|问的是?)(?:你|您)?(?:还|都)?(?:没|没有)?(?:回答|回)?(?:我)?|"
    r"(?:你|您)(?:还|都|倒是)?(?:没|没有)(?:回答|答复|回)(?:我)?|光问不答|答非所问"
)


def either_or(core: str) -> bool:
    """ "那我到底该找医保局还是卫健委啊", "我问找医保局还是卫健委": which of two, asked without a question mark."""
    return bool(EITHER_OR.search(core) and _EITHER_OR_ASKS.search(core))


def asks_back(clean: str) -> bool:
    """ "是执行法官不干活 还要我再申请一次？": the citizen asks back at what was just said (a clause with a
    question mark that asks whether they must do it again)."""
    return any(ASKED_BACK.search(clause) for clause in re.findall(r"[^,，。；;!！?？\s]+[?？]", clean or ""))
