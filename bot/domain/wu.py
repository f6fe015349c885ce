"""Written Wu (Shanghai, Suzhou, Ningbo, Zhejiang) → Mandarin, character for character, so the readers written
for Mandarin understand it.

Older people around Shanghai write as they speak: "阿拉楼里一户勿同意", "伊拉讲装勿了", "名字覅写了", "居委会寻过
三趟", "是伐". Only words that standard written Chinese does not use that way are folded, each guarded where a
Mandarin word or a place name holds the same characters (阿拉善, 阿拉伯, 伊犁, 伊春, 寻求, 追寻), and every
replacement has the length of what it replaces, so offsets found in the folded text still point into what the
citizen wrote.
"""

from __future__ import annotations

import re

_PHRASES = {
    "阿拉": "我们",  # "阿拉小区" — not 阿拉善, 阿拉伯, 阿拉尔, 阿拉山口, 阿拉丁
    "伊拉": "他们",  # "伊拉勿肯"
    "哪能": "怎么",  # "哪能办"
    "辰光": "时候",  # "啥辰光"
    "老早": "以前",  # "老早的工人新村"
    "搿个": "这个",
    "搿搭": "这里",
    "伊": "他",  # guarded: only where it is plainly the pronoun (not 伊犁, 伊春, 伊朗, 伊斯兰, 伊利)
    "侬": "你",
    "勿": "不",  # Mandarin's 请勿/切勿 read as 不 keep their sense
    "覅": "不",  # 覅 is 勿要: "名字覅写了"
    "寻": "找",  # guarded: "寻过三趟", "寻伊" — not 寻求, 追寻, 寻衅, 寻常
    "伐": "吗",  # guarded: the question particle ending a clause ("是伐", "好装伐") — not 砍伐, 采伐, 步伐
}
# (words, before, after): each only where it cannot be a Mandarin word or a name
_GUARDED = (
    # only before what "we" leads into: not 阿拉善, 阿拉尔, 阿拉山口, 昆明's 阿拉街道
    (("阿拉",), "", "(?=[小屋楼家伊侬讲要想老都也就是勿覅厂单位里的弄一两三四五六七八九十个几爷娘姆囡])"),
    (("伊",), "(?<![木阿])", "(?=[讲勿覅不也就还是屋搭个咾又])"),
    (("寻",), "(?<![追搜探找觅])", "(?=[过了着伊侬人到好][^求找常思衅]?)"),
    (("伐",), "(?<=[是好对要有能可会行肯去来做装办弄晓得灵])", "(?=[啦呀啊]?(?:[ ，,。.!！?？~～]|$))"),
)
_GUARDED_RES = tuple(f"{before}(?:{'|'.join(words)}){after}" for words, before, after in _GUARDED)
_GUARDED_WORDS = frozenset(word for words, _, _ in _GUARDED for word in words)
_PLAIN = sorted((re.escape(p) for p in _PHRASES if p not in _GUARDED_WORDS), key=len, reverse=True)
_PHRASE_RE = re.compile("|".join((*_PLAIN, *_GUARDED_RES)))  # 伊拉 before the lone 伊
_ANY_RE = re.compile("[阿伊哪辰老搿侬勿覅寻伐]")


def fold_wu(text: str) -> str:
    """The Mandarin reading of written Wu, of the same length as `text` (simplified input expected)."""
    if not text or not _ANY_RE.search(text):
        return text or ""
    return _PHRASE_RE.sub(lambda m: _PHRASES[m.group(0)], text)
