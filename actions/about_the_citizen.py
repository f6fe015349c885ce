"""A first message that only says who the citizen is and why they are slow ("我是聋人 打字慢", "我眼睛不好 字打得慢",
"我年纪大了 不太会用手机 你慢慢问我"): no matter to file yet. It gets a patient word and the question what happened,
so the next message, not this one, becomes the story."""

from __future__ import annotations

import re

from bot.domain import text as textutil

# what makes writing hard: hearing, sight, reading, the phone, the hands, age
_DIFFICULTY = re.compile(
    r"聋哑?人?|听不见|听不到|耳朵(?:不好|背|聋)|眼睛(?:不好|不行|看不清|花了?)|老花眼?|看不清(?:字)?|"
    r"不识字|不认字|认字不多|文化(?:不高|低)|没(?:啥|什么)?文化|不太?会(?:用手机|打字|拼音|写字|用微信)|"
    r"打字(?:很|太|比较)?(?:慢|不快|不方便)|字打得(?:很|太)?慢|手(?:抖|不方便|不灵活)|"
    r"年纪大了?|岁数大了?|老了|[六七八九]十(?:多|几)?岁?了?"
)
# what else such a message says: who they are, and asking for patience
_FILLER = re.compile(
    r"我|俺|本人|是|个|一个|的|了|啊|呀|嘛|哦|喔|有点|有些|比较|很|太|所以|也|就|都|"
    r"你|您|请|慢慢|慢点|耐心(?:点|一点|些)?|问我|问吧|说吧|来吧|等我|等等我|见谅|不好意思|对不起|麻烦|帮帮我|帮我|"
    r"今年|岁|你好|您好|同志|领导|[,，。.!！?？~～\s]"
)
# the reply: patience, then the question what happened
PATIENT_ASK = (
    "不着急，您慢慢说，一次打几个字、分几条发都行，我等着您。您遇到了什么事？说说是什么事、在哪里就行。"
)
HEARING_NOTE = "需要联系您的时候，登记里可以写明只发短信、不打电话。"
_HEARING = re.compile(r"聋|听不见|听不到|耳朵")


def only_about_oneself(text: str | None) -> bool:
    """Whether a message only tells what makes writing hard for the citizen, and no matter."""
    clean = textutil.normalize_for_parsing(text or "")
    if not _DIFFICULTY.search(clean):
        return False
    left = _FILLER.sub("", _DIFFICULTY.sub("", clean))
    return textutil.cjk_count(left) <= 2


def patient_reply(text: str | None) -> str:
    """The word for a citizen who says they are slow: patience, the question, and texts only for the deaf."""
    clean = textutil.normalize_for_parsing(text or "")
    return f"{PATIENT_ASK}{HEARING_NOTE}" if _HEARING.search(clean) else PATIENT_ASK
