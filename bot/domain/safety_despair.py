"""Loneliness and giving up, in the words of someone who already said they do not want to live: "反正也没人在乎",
"我就是想有人跟我说说话", "你们登记有什么用 没人管我".

Alone these words are no crisis (a petitioner says "没人管" of an office), so `detect_crisis` does not read them;
said after a self-harm crisis in the same conversation they are the same despair, and the citizen is kept company
with 12356 in sight, never lectured or asked the next question (actions.crisis_company).
"""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing

_NOBODY = r"(?:没|冇|没得|没有|無|无)(?:一个)?人"
_ME = r"(?:我|俺|咱|我这个?老?(?:婆子|头子|太婆|人))"
DESPAIR_RE = re.compile(
    # nobody cares, nobody minds me: "反正也没人在乎", "没人管我", "冇人理我" (not "没人管" of an office)
    rf"{_NOBODY}(?:在乎|在意|关心|心疼)|{_NOBODY}(?:理|管|问)(?:{_ME})(?!们|就|便|要|的(?:事|钱|工资|地|房))"
    # nobody to talk to, wanting someone to: "没人跟我说话", "我就是想有人跟我说说话", "想找个人聊聊"
    rf"|{_NOBODY}(?:跟|和|陪|同|搭理){_ME}(?:说|讲|聊|唠)|(?:想|希望|盼着?|就想|只想|想找)(?:有)?(?:个)?人"
    rf"(?:跟|和|陪|同)?{_ME}?(?:说说?话|说会儿?话|聊聊?天?|讲讲?话|唠唠?嗑?|待一会|坐坐)"
    r"|想(?:跟|和|找)(?:个)?人(?:说|聊|唠)"
    # no hope, alone: "没什么盼头了", "一个人熬不下去了"
    r"|(?:没|没有)(?:什么|啥)?(?:盼头|指望|奔头|念想)了"
    r"|(?:一个人|孤零零|孤孤单单)(?:的)?(?:熬|过|撑|活)?(?:不下去|受不了|太难熬|好难熬)"
    # worn out, said of oneself: "我现在真的撑不住了", "俺快熬不下去了" (not "厂子撑不下去了": a business)
    rf"|{_ME}(?:现在|真的|真|实在|是|快|快要|已经|都|也|要|有点|彻底)*"
    r"(?:撑|熬|扛|挺|顶|坚持)不(?:住|下去)(?:了|啦)"
)
# "你们登记有什么用": answered yes before the company
ASKS_WHAT_FOR_RE = re.compile(r"有(?:什么|啥)用|有用吗|有没有用|管用吗|顶用")
# giving up on the questions: the intake stops, the company does not
STOP_RE = re.compile(r"(?:别|不要|甭)(?:再)?问了|不想说了|不说了|不登记了|不想登记|不用登记|算了")


def tells_despair(text: str | None) -> bool:
    """Words of loneliness or giving up ("反正也没人在乎", "想有人跟我说说话"); a crisis only after one was told."""
    return bool(text) and bool(DESPAIR_RE.search(normalize_for_parsing(text or "")))


def asks_what_for(text: str | None) -> bool:
    """ "你们登记有什么用": whether it helps at all."""
    return bool(text) and bool(ASKS_WHAT_FOR_RE.search(normalize_for_parsing(text or "")))


def stops_the_questions(text: str | None) -> bool:
    """ "算了 你们别问了": no more questions now."""
    return bool(text) and bool(STOP_RE.search(normalize_for_parsing(text or "")))
