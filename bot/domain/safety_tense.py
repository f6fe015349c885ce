"""When the harm told happens: past, now, over, or only the authorities doing nothing (docs/legal.md §8).

`bot.domain.safety` reads a beating told as past, with nothing saying the danger is now or goes on, as the
matter itself (police inaction, a school doing nothing), not an emergency. Text reaches these tables normalised,
with `safety_words.HARMLESS` blanked out.
"""

from __future__ import annotations

import re
from datetime import date

from bot.domain.safety_macros import compile_any

# when a beating happened: clearly before today ("上个月", "去年", "三天前", "那次"); yesterday is too close to call
PAST = [
    r"上+个?(?:月|周|星期|礼拜|回|次|学期|半年)|去年|前年|前几天|前些天|前些日子|前段时间|前阵子|那次|那回|那天|那晚|当时",
    r"(?:\d+|[一二两三四五六七八九十几半多]+)(?:个|多个)?(?:周|星期|礼拜|月|年)(?:以)?前|年前|年初|过年(?:那|的时候)",
    # days: two or more ("一天前" is yesterday); a date is left out, it may be yesterday's
    r"(?<![\d一])(?:[2-9]|\d{2,}|[两三四五六七八九十几]+)(?:个|多)?(?:天|日)(?:以)?前",
    r"以前|之前|曾经|小时候|那阵子?|那会儿?",
]

# whatever says the danger is now or goes on: it stays a crisis however long ago the beating was
PRESENT = [
    r"现在|正在|此刻|眼下|马上|刚才|刚刚|今天|今晚|今早|昨天|昨晚|快不行|昏迷|抢救|还在流血|救命|危险",
    # again, every day, still coming: "他还天天来威胁", "又来堵我"
    r"又(?:来|打|找|堵|动手|追)|还(?:来|要|想|会|说|扬言|敢|天天|在)|再(?:打|来|找|动|敢)|天天|每天|经常|一直|老是|总是|不停",
    r"威胁|恐吓|扬言|报复|要(?:打|杀|弄|砍|捅|收拾)|弄死|打死|杀了|砍死|捅死",
    # afraid to go back, hiding, followed: "孩子不敢去上学", "天天在楼下堵我"
    r"不敢|害怕|怕(?:他|她|他们|再|被)|吓得|躲|(?:堵|守|等|蹲)(?:在|着)|跟踪|盯着",
]

# the danger is over for now: out of the house, the police took him ("关了阀 窗子打开了 人都出来了"); said with no
# danger left in the message, it is acknowledged, not taken as the story or an answer
SAFE_NOW = [
    r"(?:人|我们|俺们|大家|全家|一家人?|孩子|老人|我妈|我爸)(?:都|全)?(?:已经)?(?:跑|走|撤|逃)?出来了"
    r"|(?:跑|逃|撤)出来了|(?:都|人)(?:在|到)(?:外面|楼下|屋外|院子)(?:了|呢)",
    r"(?:警察|派出所的?人?|民警|消防(?:队|员)?|燃气公司的?人?)(?:已经)?(?:来了|到了)(?=$|<P>|把|了)",
    r"把(?:他|她|人)(?:带走|抓走|拉走|劝走|铐走)了",
    # he went back in and the door is locked: "現在他回屋了 我們在家裡 門鎖著"
    r"(?:他|她|那人|那个男的|那个人|对方)(?:已经|现在)?回(?:屋|屋里|家|房间|自己家|他家|她家)(?:去)?了"
    r"|(?:门|屋门|房门|大门)(?:已经|都)?(?:锁着|锁好了?|锁上了|反锁了)",
    # down from the crane or the roof: "好吧 我先下来了 在地上了"
    r"(?:我|俺|人)?(?:已经|先|都)?(?:下来了|回到地上了|在地上了|到地面了)",
    r"(?:关|拧)(?:了|好|紧)(?:总)?阀(?:门)?|(?:总)?阀(?:门)?(?:已经)?(?:关|拧)(?:了|好|紧)|火(?:已经)?(?:灭|扑灭)了",
    # "我没事 就是心里难受 说说": all right, and only wanting to talk (not "我没事 就是想问问", a question to come)
    # "我还好 没想做傻事 就是难受": the harm denied on the way
    r"^(?![\s\S]*(?:被|打|砍|捅|伤|救|死|跳|刀|药|火|煤气))(?:我|俺)(?:现在|真的?|其实)?(?:没(?:什么|啥)?事(?:了|的|儿)?|还好|还行)"
    r"<P>*(?:(?:没|不|没有)(?:想|会|要)(?:去)?(?:做|干)?(?:傻事|想不开|寻短见)(?:的)?<P>*)?"
    r"(?:就是|只是)<P>*(?:心里|心头)?(?:难受|难过|憋屈|堵得慌|不好受|想(?:找人)?(?:说说|聊聊|说说话))",
]

# "到现在也不处理", "一直没人管": time words about who does nothing, not about the danger
INACTION = [
    r"(?:到|直到)?(?:现在|今天|目前|至今|一直|还是)(?:为止)?<W>{0,4}?(?:不|没有?|未)(?:人|有人)?(?:给)?"
    r"(?:处理|管|理|立案|答复|回复|解决|说法|结果|抓|赔|负责|查|追究|回应|结案|下文|消息|动静|出面|过问)",
    # "说还在调查": the police, not the danger, still at it
    r"(?:说|讲|称)?(?:还在|正在|一直在|仍在)(?:调查|处理|走程序|研究|了解|核实|协调|取证|鉴定)",
    # the one who hit walks free ("打人的人天天在村里晃"): nobody arrested him, no danger told
    r"(?:打人的人?|打人者|凶手|那(?:几|帮|伙)人|对方)<W>{0,4}(?:天天|每天|照样|还|依然|仍然)(?:在)?<W>{0,4}"
    r"(?:晃|逛|转悠|溜达|逍遥|上班|没事人)"
    r"|(?:(?:到|直到)?(?:现在|至今|如今)(?:还|都|也|仍然|依然)?)?(?:逍遥法外|(?:跟|像)?没事人一样|大摇大摆)",
]

PAST_RE = compile_any(PAST)
PRESENT_RE = compile_any(PRESENT)
INACTION_RE = compile_any(INACTION)
SAFE_NOW_RE = compile_any(SAFE_NOW)

# a month or a date named ("九月份", "今年9月12日晚上"): past only against today's date, which the caller gives
_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
DATE_RE = re.compile(rf"({_NUMBER})月(?:份|({_NUMBER})(?:日|号))")
_DIGITS = "一二三四五六七八九"
# a date two days back or more is past; yesterday's may still be the danger now
PAST_AFTER_DAYS = 2


def _number(said: str) -> int:
    """ "12" → 12, "九" → 9, "十二" → 12, "二十三" → 23."""
    if not said or said.isdigit():
        return int(said or 0)
    tens, _, units = said.rpartition("十")
    if "十" not in said:
        return _DIGITS.index(said) + 1 if said in _DIGITS else 0
    return (_DIGITS.index(tens) + 1 if tens else 1) * 10 + (_DIGITS.index(units) + 1 if units else 0)


def dated_in_the_past(clean: str, today: date | None) -> bool:
    """Does the text date the harm clearly before today ("今年9月12日", "九月份" said in December)? Without
    `today` a date tells nothing: it may be yesterday's."""
    if today is None:
        return False
    for match in DATE_RE.finditer(clean):
        month, day = _number(match.group(1)), _number(match.group(2) or "")
        if not 1 <= month <= 12 or day > 31:
            continue
        year = today.year if (month, day or 1) <= (today.month, today.day) else today.year - 1
        if not day:  # a whole month before this one
            if (year, month) < (today.year, today.month):
                return True
            continue
        try:
            if (today - date(year, month, day)).days >= PAST_AFTER_DAYS:
                return True
        except ValueError:  # "2月30号"
            continue
    return False
