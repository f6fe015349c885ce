"""What a frightened citizen asks about getting help, and a fire only feared, not burning.

"他会听见 能不能发短信报警" is answered (12110 where it exists, 110 when she can speak), never taken as the story.
"着火了咋整" asked about a fire hazard the story told (a blocked fire escape) is a worry to register, not a fire.
"""

from __future__ import annotations

import re

from bot.domain.knowledge import Knowledge, load_knowledge
from bot.domain.safety import detect_crisis, hazards_in
from bot.domain.text import normalize_for_parsing

# asking to reach the police without a call: by text message or in writing
_BY_TEXT = re.compile(
    r"(?:短信|发信息|发消息|发文字|打字|文字)[^,.!?;。]{0,4}(?:报警|报案|求救|求助|110|警察)"
    r"|(?:报警|报案|求救|110)[^,.!?;。]{0,6}(?:短信|发信息|发消息|文字|打字)"
)
# ... or without a sound, said while the danger goes on ("不敢打电话", "不能出声")
_CANNOT_SPEAK = re.compile(
    r"(?:不敢|不能|没法|不方便|打不了)(?:打电话|出声|说话|吭声|打110)|说不了话|出不了声"
)
SMS_LINE = "12110"
_SILENT_HELP_REPLY = (
    "可以试试短信报警。\n"
    "☎ {number}：{what}。\n"
    "短信里写清楚：详细地址（小区、楼号、门牌号），谁在伤害人，有没有人受伤，您现在不方便接电话。\n"
    "手机调成静音，门锁好。能出声的时候，马上打110。"
)


# help asked for with nothing told yet: "喂 你们能帮帮我吗", "同志 帮帮我", "能不能帮帮俺啊"
_HELP_ONLY = re.compile(
    r"(?:喂|你好|您好|同志|在吗|那个)?[\s,，。!！~～]*(?:你们|您|你)?(?:能|可以|能不能|可不可以|能否)?"
    r"帮(?:帮|一下|个忙|帮忙)?(?:我|俺|我们|俺们)(?:吧|吗|么|啊|呀|一下|好吗|行吗|可以吗)?[\s,，。!！?？~～]*"
)
HELP_ONLY_REPLY = "能，您说，我在听。遇到什么事了？要是有人正在伤害您、有危险，先打110。"


def asks_help_only(text: str | None) -> bool:
    """ "喂 你们能帮帮我吗": help asked for, nothing told yet (someone in trouble may start this way)."""
    return bool(_HELP_ONLY.fullmatch(normalize_for_parsing(text or "").strip()))


# asking us to call the police for them: "能不能你们帮我报警", "你们替我打110", "帮我叫警察"
_FOR_ME = re.compile(
    r"(?:你们|帮我|替我|给我|帮忙|帮俺|替俺)[^,.!?;。]{0,4}(?:报警|报个警|报案|打110|打个110|叫警察|喊警察)"
)
# asking us to send someone: "你们能不能马上派人来", "你们到底来不来人", "快派警察过来"
_SEND_SOMEONE = re.compile(
    r"(?:你们|能不能|可不可以)[^,.!?;。]{0,6}(?:派(?:个)?人|派警察|来(?:个)?人|来不来人|过来(?:一趟|看看|帮忙)?(?=$|[,.!?;。\s吗啊呀]))"
    r"|派不派人|来不来人"
)
_HURT = re.compile(r"救护车|120|头破|流血|出血|受伤|打伤|砍伤|昏|晕过去|骨折")
CANNOT_SEND = "我们这里派不了人上门，值班工作人员已经收到您的消息了。"
CALL_AMBULANCE = "有人受伤流血，马上打120叫救护车；120和110可以一起打。"
_BATTERY_LOW = re.compile(r"没电|快没电|电不多|没有电|要关机|快关机|欠费|没信号")
CALL_NOW = "请现在就自己打110，这是最快的：说清楚详细地址、发生了什么、您现在在哪儿。"
CALL_IT_YOURSELF = "我们这里没法替您报警，值班工作人员已经收到您的消息了。" + CALL_NOW
BATTERY_LOW = "趁手机还有电，先打110，别的都放一放；手机没电或者没信号了，就大声喊邻居帮您报警。"


def asks_us_to_call(text: str | None) -> bool:
    """Does the citizen ask us to call the police for them ("能不能你们帮我报警", "你们替我打110")?"""
    return bool(_FOR_ME.search(normalize_for_parsing(text or "")))


def asks_us_to_come(text: str | None) -> bool:
    """Does the citizen ask us to send someone ("你们能不能马上派人来", "你们到底来不来人")?"""
    return bool(_SEND_SOMEONE.search(normalize_for_parsing(text or "")))


# "要不要叫救护车", "我头破了 要不要叫120": answered yes first
_AMBULANCE_ASKED = re.compile(
    r"要不要(?:叫|打)?(?:个|辆)?(?:120|救护车)|(?:叫|打)(?:个|辆)?(?:120|救护车)(?:吗|么|不|呢)"
)


def asks_about_ambulance(text: str | None) -> bool:
    """Does the citizen ask whether to call an ambulance ("要不要叫救护车", "我头破了 要不要叫120")?"""
    return bool(_AMBULANCE_ASKED.search(normalize_for_parsing(text or "")))


def help_asked_reply(text: str | None) -> str:
    """Citizen text for "你们到底来不来人" or "要不要叫救护车" once the hotlines were given: we cannot send anyone,
    110 now; an ambulance asked about, yes first and 120."""
    if asks_us_to_come(text):
        return cannot_come_reply(text)
    return f"要。{CALL_AMBULANCE}" if asks_about_ambulance(text) else cannot_come_reply(text)


def call_it_yourself_reply(text: str | None) -> str:
    """Citizen text: we cannot call for them, so 110 now (120 for someone hurt), what to say, and what to do when
    the phone dies."""
    return _with_what_else(CALL_IT_YOURSELF, text)


def cannot_come_reply(text: str | None) -> str:
    """Citizen text: we cannot send anyone, so 110 now (120 for someone hurt)."""
    return _with_what_else(CANNOT_SEND + CALL_NOW, text)


def _with_what_else(reply: str, text: str | None) -> str:
    clean = normalize_for_parsing(text or "")
    if _HURT.search(clean):
        reply = f"{reply}\n{CALL_AMBULANCE}"
    if _BATTERY_LOW.search(clean):
        reply = f"{reply}\n{BATTERY_LOW}"
    return reply


def asks_to_report_by_text(text: str | None) -> bool:
    """Does the citizen ask about reporting to the police by text ("能不能发短信报警", "報警可以發短信嗎")?"""
    return bool(text) and bool(_BY_TEXT.search(normalize_for_parsing(text or "")))


def asks_silent_help(text: str | None) -> bool:
    """While in danger: how to call for help without being heard ("能不能发短信报警", "不敢打电话 他会听见")?"""
    clean = normalize_for_parsing(text or "")
    return bool(_BY_TEXT.search(clean) or _CANNOT_SPEAK.search(clean))


def silent_help_reply(knowledge: Knowledge | None = None) -> str:
    """Citizen text: the SMS line from the knowledge file, what to write, and 110 as soon as she can speak."""
    lines = (knowledge or load_knowledge()).other_lines
    line = next(h for h in lines if h.number == SMS_LINE)
    return _SILENT_HELP_REPLY.format(number=line.number, what=line.what)


# a fire now: smoke, flames, someone trapped, a call for help
_FIRE_NOW = re.compile(
    r"现在|正在|快来|救命|冒烟|浓烟|烟很大|火很大|火好大|烧起来|烧着了|困在|出不来|跑不出|在里面|还在屋"
)
# what a worried citizen asks: what then, who is in charge
_WHAT_IF = re.compile(r"咋整|怎么办|咋办|怎么弄|咋弄|谁管|谁来管|管吗|管吧|管不管|能管|该管|找谁|[?？]")
_FIRE_KINDS = frozenset({"danger", "gas_or_fire"})


def fire_only_feared(text: str | None, story: str | None = None) -> bool:
    """ "着火了咋整 消防也管吧" about a fire hazard told (in `story` or in the text): a worry, not a fire now."""
    signal = detect_crisis(text)
    if signal is None or not {signal.kind, *signal.also} <= _FIRE_KINDS:
        return False
    clean = normalize_for_parsing(text or "")
    if "火" not in signal.matched or _FIRE_NOW.search(clean) or not _WHAT_IF.search(clean):
        return False
    return "fire_hazard" in hazards_in(f"{story or ''} {text}")
