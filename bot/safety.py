"""Crisis detection (DOMAIN.md §9): self-harm, threats of violence, domestic violence, people in danger.

High recall on everyday phrasing; common exaggerations (气死我了, 笑死, 杀价, 跳楼价 …) are removed before
matching. Precedence when several kinds match: domestic violence, a third person in danger, self-harm,
then violence; the others are kept in `also` so staff can still set the 扬言 flag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.knowledge import Knowledge, load_knowledge

try:
    from bot.text import normalize_for_parsing as _normalize
except ImportError:  # pragma: no cover - depends on the checkout

    def _normalize(text: str) -> str:
        return " ".join(text.split())


CRISIS_KINDS: tuple[str, ...] = ("domestic_violence", "danger", "self_harm", "violence")  # precedence


@dataclass(frozen=True)
class CrisisSignal:
    kind: str
    matched: str
    also: tuple[str, ...] = ()


# Idioms and everyday words that contain crisis characters but mean nothing of the kind.
_HARMLESS = re.compile(
    r"杀价|砍价|秒杀|杀毒|杀虫|杀菌|抹杀"
    r"|(?:气|笑|累|热|冷|烦|急|吓|困|忙|馋|痒|疼|难受|丑|美|乐)死(?:了|我了|人了|啦)?"
    r"|想死你|死胡同|死机|死角|死活|要死不活|半死不活|死心|死板|死贵|死磕|打死也不|打死我也不"
    r"|炸鸡|炸酱|炸串|油炸|炸薯|炸街|炸毛|炸锅|心态炸|爆炸性新闻|手机炸|电池炸"
    r"|跳楼价|跳楼大甩卖|跳楼甩卖|火锅|火爆|火车|上火|发火|打官司|打电话|打工|打车|打听|打卡|打针|打扫|打印"
    r"|发烧|烧烤|烧饭|烧水|红烧|烧鸡|烧烤店|定时炸弹|重磅炸弹|隐患炸弹|州官放火|官府放火|只许.{0,4}放火|玩失踪"
    # a fire that might happen is a safety complaint, not an emergency ("万一着火了消防车都进不来")
    r"|(?:真|万一|要是|如果|一旦|假如|哪天)(?:着火|起火|失火)了?"
)

_THIRD = r"(?:有人|有个人|他|她|邻居|老人|孩子|小孩|我(?:爸|妈|老公|老婆|儿子|女儿|父亲|母亲|奶奶|爷爷|哥|姐|弟|妹))"

_PATTERNS: dict[str, re.Pattern[str]] = {
    "domestic_violence": re.compile(
        r"家暴|家庭暴力"
        r"|(?:老公|丈夫|老婆|妻子|男人|前夫|对象|男朋友|男友|公公|婆婆|继父|后爸|我爸|父亲)"
        r".{0,8}(?:打我|打了我|动手打|揍我|掐我|踢我|打孩子|拿刀|要杀|掐脖子|往死里打|弄死我|杀了我|打死我)"
        # a threat to the speaker tied to leaving the marriage ("我敢离婚就弄死我")
        r"|离婚.{0,10}(?:弄死|杀了|打死|砍死|掐死)我"
        r"|被(?:老公|丈夫|男人|前夫|男朋友|家里人|婆家人)(?:打|揍|踢|掐|家暴)"
    ),
    "danger": re.compile(
        _THIRD + r".{0,6}(?:要|想|准备|说要|站在.{0,8}要)?(?:跳楼|跳河|跳江|轻生|自杀|喝农药|喝药|上吊)"
        r"|孩子.{0,4}没人管|(?:老人|孩子|小孩|人).{0,4}被锁在|锁在(?:家|屋|房间)里|被关在.{0,6}(?:里|家)"
        r"|没有呼吸了|流了很多血|煤气中毒|着火了|起火了|失火了|被拐"
        r"|(?:人|孩子|小孩|老人|儿子|女儿|父亲|母亲|爸|妈|妻子|老婆|老公).{0,4}(?:走失|失踪)"
        r"|虐待(?:老人|孩子|儿童|小孩)|没人照顾.{0,4}(?:老人|孩子)"
        r"|被打得|被打伤|被(?:人)?砍(?:伤|了一刀|了几刀)|被人砍|被捅|快不行了"
        # the speaker is the one threatened: a victim, not a threat (no 扬言 flag)
        r"|(?:弄死|杀了|杀死|打死|掐死|砍死|捅死)我"
    ),
    "self_harm": re.compile(
        r"不想活|想死|想去死|我去死|寻死|轻生|自杀|自尽|跳楼|跳河|跳江|跳桥|跳下去|喝农药|喝药|吃安眠药|安眠药"
        r"|割腕|上吊|活着没(?:有)?意思|活不下去|没法活|没有活路|一了百了|了结(?:自己|此生)|结束(?:自己的)?生命"
        r"|死了算了|死了就好|不如死了|死了拉倒|以死明志|以死相逼|死给你们看|死在(?:你们|政府|信访局)"
        r"|(?:只能|只有|只好|干脆|不如|还不如)(?:去)?死|去死算了|死路一条|活够了"
    ),
    "violence": re.compile(
        r"弄死(?!我)|(?:杀了|杀死|宰了)(?:他|她|你|他们|那个|这个|全家|村|镇|书记|老板|领导)|(?:想|要|去|恨不得|就)杀人|杀人的心|砍死|砍了(?:他|她|你)|捅死|捅了(?:他|她|你)|打死(?:他|她|你|那)"
        r"|(?:把|去).{0,8}炸了|炸了(?:他|她|你|政府|村委|镇政府|信访局|公司|厂)|炸掉|炸药|炸弹|爆炸物"
        r"|放火|纵火|一把火|把(?:他|她|你们|他们|政府|村委会?|居委会|镇政府|办公室|房子|厂|公司|他家).{0,4}烧了"
        r"|带(?:着)?刀|拿(?:着)?刀去|提刀|动刀|砍人|同归于尽|报复社会|血债血偿|以命相搏|(?:跟|和)(?:他|她|你|他们|你们)拼了"
        r"|(?:去|要|就|准备|组织|带人|一起|集体|大家|我们)堵(?:路|门|政府|高速|大门|公路)"
        r"|冲进(?:政府|镇政府|县政府|市政府|信访局|机关|办公室)|冲击(?:政府|机关|信访)|(?:去|要|就)(?:围攻|围堵)"
        r"|(?:拉|打|举|挂)横幅|(?:去|到)北京.{0,4}闹|(?:要|就|去)把事情?闹大|集体去(?:闹|堵|围)"
        r"|(?:组织|叫上|召集|喊上).{0,8}(?:人|村民|工友|业主).{0,8}(?:去|到).{0,10}(?:闹|堵|围|静坐)"
    ),
}


def detect_crisis(text: str | None) -> CrisisSignal | None:
    """The most urgent crisis kind in `text`, with the phrase that matched, or None."""
    if not text:
        return None
    clean = _HARMLESS.sub("　", _normalize(text))  # a placeholder so words either side stay apart
    found: list[tuple[str, str]] = []
    for kind in CRISIS_KINDS:
        match = _PATTERNS[kind].search(clean)
        if match:
            found.append((kind, match.group(0)))
    if not found:
        return None
    kind, matched = found[0]
    return CrisisSignal(kind=kind, matched=matched, also=tuple(k for k, _ in found[1:]))


def crisis_reply(kind: str, knowledge: Knowledge | None = None) -> str:
    """Citizen text: hotlines first, a humane sentence, that staff are alerted, lawful ways for threats."""
    guide = (knowledge or load_knowledge()).crisis_guide(kind)
    lines = "\n".join(f"☎ {line.number}：{line.what}" for line in guide.lines)
    parts = [f"请先看这里，需要时马上拨打：\n{lines}", guide.tell]
    if guide.lawful:
        parts.append(guide.lawful)
    parts.append("我们已经通知值班工作人员，会尽快有人跟进和您联系。")
    return "\n".join(parts)


def crisis_staff_note(kind: str, knowledge: Knowledge | None = None) -> str:
    """The staff-side action for a crisis kind (urgent flag, 扬言, hand-off)."""
    return (knowledge or load_knowledge()).crisis_guide(kind).staff
