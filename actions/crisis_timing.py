"""When the questions may start after a crisis: not while someone should be getting away from the danger.

A gas smell complained of for days ("好几天了 燃气公司说下周才能来") is registered after the advice; someone standing
in it now ("现在在老人家里 一进门一股煤气味") gets out first, however long it has smelled.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from rasa_sdk.events import SlotSet

from actions.intake_turn import Note, NoteKind, TurnResult
from bot.domain.intake_fields import SLOT_LABELS
from bot.domain.safety import danger_now, detect_crisis, says_safe_now
from bot.domain.safety_help import asks_silent_help, silent_help_reply
from bot.domain.text import cjk_count, normalize_for_parsing

# a gas leak or a fire now: getting out comes first, the intake waits until they are safe
# a smell or a fault going on for days, told as a complaint ("好几天了 燃气公司说下周才能来"): the advice, then
# the intake, since the citizen came to have it registered; a leak just found waits until they are out
LASTING = re.compile(
    r"好几天|几天了|多少天|好久|很久|一直|几个月|半个月|一个月|好几次|反复|天天|每天|老是|总是"
)
# but someone standing in the smell now ("现在在老人家里 一进门一股煤气味 … 怎么办") gets out first, however
# long it has smelled
AT_THE_LEAK = re.compile(r"现在(?:就)?在|人还在|还在(?:屋|家|里)|一进(?:门|屋)|刚进(?:门|屋)|刚(?:闻到|发现)")


def leak_now(text: str) -> bool:
    """A gas smell or a fire to get away from now, not one complained of for days ("好几天了 燃气公司说下周才能来")."""
    clean = normalize_for_parsing(text)
    return not LASTING.search(clean) or bool(AT_THE_LEAK.search(clean))


# someone else is the one in danger, written about by a relative or a friend ("我替我妹妹说 她老公…打她")
_ANOTHER_VICTIM = re.compile(
    r"打(?:她|他)(?!们)|(?:她|他)(?:老公|男人|丈夫|对象|老婆|媳妇|爸|妈)|"
    r"(?:替|帮|给)(?:我|俺)?(?:家)?(?:妹妹?|姐姐?|妈|母亲|女儿|闺女|嫂子|姑姑?|姨|朋友|同事|邻居|儿子|弟弟?|哥哥?)"
    r"(?:说|反映|问|登记)"
)
_SELF_VICTIM = re.compile(
    r"打我|砍我|杀我|弄死我|打死我|救命|(?:我|俺)(?:和|跟|带着|抱着)?\S{0,3}(?:躲|锁|藏)在"
)
# the danger unfolding this minute: hiding from him, or him at the door
_UNFOLDING = re.compile(
    r"躲在|锁在|藏在|(?:在外面|在门口)?砸门|拿着?(?:刀|菜刀|斧头|棍子)|要(?:弄|砍|打|杀)死"
)
# the danger unfolding this minute: hiding inside from him, him at the door, a weapon in the house; never a
# refuge ("躲在我妈家"), never told as past ("昨天晚上拿起锄头在我门口吼")
_HIDING_INSIDE = re.compile(
    r"(?:躲|锁|藏)(?:在|进)了?(?:卧室|厕所|卫生间|洗手间|屋里|房间|里屋|柜子|阳台|厨房|柴房|屋头|房里)"
)
_AT_THE_DOOR = re.compile(
    r"(?:在|正在)(?:外面|门口|门外|客厅|院里)?(?:砸门|踹门|踢门|撞门|砍门|砸东西|砸|撬(?:我|俺)?(?:们)?(?:家)?的?(?:门|锁|窗))"
)
_WEAPON = re.compile(r"刀|斧头|棍子|铁棍|锄头|榔头|枪")
_ACTIVE = re.compile(r"锁在|躲在|藏在|砸|踹|闯|追着?|堵在|要(?:弄|砍|打|杀)死")
_TOLD_AS_PAST = re.compile(r"昨天|昨晚|前天|上周|上礼拜|上个月|去年|前年|以前|那天|那次|上次")
HOLD_FOR_YOU = (
    "先顾人身安全，登记不急。门锁好、顶住，别出去跟他硬碰，手机放在身边；还没报警的话，能打就马上打110，"
    "说清楚地址。等警察到了、你们安全了，跟我说一声，我们再接着把事情登记下来。"
)
# up on a crane, a roof or a bridge this minute ("今天再不给我就从塔吊上跳下去 我现在就在上面"): down first
_AT_A_HEIGHT_NOW = re.compile(
    r"(?:现在|正|已经|人)(?:就|还)?(?:在|站在|坐在|爬上了?|蹲在)(?:塔吊|吊车|楼顶|天台|顶楼|屋顶|桥上|窗台|脚手架|上面|上头)"
    r"|(?:我|俺)(?:就|还)?(?:在|站在|坐在)(?:塔吊|吊车|楼顶|天台|顶楼|屋顶|窗台|脚手架)(?:上|上面|边上?)?(?:呢|了)?"
)
HOLD_AT_HEIGHT = (
    "请先下来，回到地面上安全的地方，登记不急。您说的事我们管，下来以后跟我说一声，我马上帮您登记；"
    "身边有人的话，请他们陪着您。心里实在难受，随时拨打12356；危险就在眼前，请打110。"
)
HOLD_FOR_ANOTHER = (
    "先顾她的安全，登记不急。还没报警的话，请马上替她打110，说清楚她在哪儿；让她待在锁得上门的地方，别开门。"
    "报了警，或者她安全了，跟我说一声，我们再接着把事情登记下来。"
)
# help called while the danger goes on ("已经打了110 警察说马上到"): acknowledged, never an earlier report
_HELP_CALLED = re.compile(
    r"(?:打了|打过|拨了|报了)(?:个)?(?:110|幺幺零|警)|报(?:了)?警了|已经报警|"
    r"警察(?:说)?(?:马上|快|正在|就|已经在)(?:到|来|过来)|(?:警察|民警|派出所).{0,4}在路上"
)
# a call only supposed ("报警了他回来会不会打得更狠", "要是报了警 他会不会报复"): asked about, not made
_CALL_SUPPOSED = re.compile(
    r"(?:要是|如果|假如|万一|敢|该不该|能不能|可不可以|要不要)[^,，。!！?？]{0,3}(?:报警|报了警|打110|打了110)"
    r"|(?:报警|报了警|打110|打了110)(?:了)?(?:的话|以后|之后)?[^,，。!！]{0,10}(?:会不会|会更|更狠|更凶|报复|有没有用|有用吗|管用吗|管不管)"
)
# what says the call was made whatever else is asked ("已经报警了 他会不会跑", "警察说马上到")
_CALL_MADE = re.compile(r"已经|刚(?:才|刚)?(?:报|打)|警察(?:说)?(?:马上|快|正在|就|已经在)(?:到|来)|在路上")
# the police came already and went, or did nothing ("报警了 派出所来看了一下就走了"): an earlier report, nobody coming
_POLICE_CAME = re.compile(
    r"(?:警察|民警|派出所|公安|110)[^,，。!！?？]{0,3}(?:来过|来看|来了一?(?:下|趟)|走了|就走|不管|没管|不处理|没处理|不理)"
)
HELP_COMING = (
    "报了警就好。等警察到的时候，人先待在锁得上门的地方，别开门，也别出去跟他硬碰，手机放在身边；"
    "他要是往里闯，马上再打110。"
)
HELP_CALL_KEPT = "报警的事我也记下了，工作人员会看到。"


def danger_to_another_now(text: str) -> bool:
    """Someone else, not the writer, is in danger this minute ("躲在厕所里 他在外面砸门说要弄死她"): the writer
    is asked to call for help first, and the questions wait."""
    clean = normalize_for_parsing(text)
    return bool(_ANOTHER_VICTIM.search(clean) and _UNFOLDING.search(clean) and not _SELF_VICTIM.search(clean))


def danger_unfolding(text: str) -> bool:
    """The danger is happening this minute ("他又喝多了在砸门 我和孩子躲在卧室里", "拿着菜刀在客厅砸东西"):
    getting safe comes first, and the questions wait."""
    clean = normalize_for_parsing(text)
    if _TOLD_AS_PAST.search(clean):
        return False
    armed = _WEAPON.search(clean) and _ACTIVE.search(clean)
    return bool(_HIDING_INSIDE.search(clean) or _AT_THE_DOOR.search(clean) or armed)


def at_a_height_now(text: str) -> bool:
    """The citizen is up where they threaten to jump from, this minute."""
    clean = normalize_for_parsing(text)
    return bool(_AT_A_HEIGHT_NOW.search(clean)) and not _TOLD_AS_PAST.search(clean)


def hold_reply(text: str) -> str | None:
    """What to say instead of the first question while the danger unfolds, or None (the questions may start)."""
    if danger_to_another_now(text):
        return HOLD_FOR_ANOTHER
    if at_a_height_now(text):
        return HOLD_AT_HEIGHT
    return HOLD_FOR_YOU if danger_unfolding(text) else None


# he is still there ("他还在外面骂", "他在踹门"): help called or not, no questions yet
_STILL_AT_IT = re.compile(
    r"(?:他|她|那人|对方|那个人)(?:还|又|正)?在(?:外面|门口|门外|楼下|院里|屋里|踹|踢|砸|骂|闹|敲|撞|砍)|"
    r"还在(?:外面|门口|门外|砸|踹|踢|骂|闹|敲)|还没走|没走呢"
)


def still_at_it(text: str | None) -> bool:
    """ "打了110了 警察还没到 他还在外面骂": the danger is still at the door."""
    return bool(_STILL_AT_IT.search(normalize_for_parsing(text or "")))


def help_called(text: str | None) -> bool:
    """ "我已经打了110了 警察说马上到": help is called, the danger not over yet; never a call only asked about."""
    clean = normalize_for_parsing(text or "")
    if not _HELP_CALLED.search(clean):
        return False
    return bool(_CALL_MADE.search(clean)) or not _CALL_SUPPOSED.search(clean)


def while_help_comes(
    slots: Mapping[str, Any], text: str, result: TurnResult, earlier: Sequence[str] = ()
) -> None:
    """After a crisis, and before any all-clear, "已经打了110 警察说马上到" read by the intake: acknowledged first
    with what to do until the police come; the call is kept as what was already done (the earlier report), said
    so instead of the bare "此前反映情况我记下了"."""
    if not slots.get("urgent") or not help_called(text) or says_safe_now(text):
        return
    if _POLICE_CAME.search(normalize_for_parsing(text)):
        return  # "报警了 派出所来看了一下就走了": what was done before, no advice until they come
    if not someone_at_them(slots, earlier):
        return  # "报了警 派出所说在查" after despair over a fraud: an earlier report, nobody at the door
    if any(says_safe_now(said) for said in earlier):
        return  # "就今天打了110" after "警察来了 把他带走了" is the answer, the police came already
    reply = HELP_COMING
    if "prior_report" in result.updates and slots.get("requested_slot") != "prior_report":
        label = SLOT_LABELS["prior_report"]
        result.notes[:] = [n for n in result.notes if not (isinstance(n, Note) and label in (n.text or ""))]
        reply += HELP_CALL_KEPT
    result.notes.insert(0, Note(text=reply, kind=NoteKind.INFO))


# the crises where someone may be coming at the citizen: "别开门" fits them, never despair, a fire or a leak
_ATTACKED_KINDS = frozenset({"domestic_violence", "danger"})


def someone_at_them(slots: Mapping[str, Any], earlier: Sequence[str] = ()) -> bool:
    """Whether the crisis told (in the story kept or an earlier message) has a person harming the citizen or
    the one they write for, so the advice while the police come is about the door."""
    for said in (slots.get("issue_text") or "", *earlier):
        signal = detect_crisis(said)
        if signal and signal.kind in _ATTACKED_KINDS and not {"self_harm", "gas_or_fire"} & set(signal.also):
            return True
        if danger_unfolding(said) or still_at_it(said):
            return True
    return False


def held_story(slots: Mapping[str, Any]) -> bool:
    """The story was kept while the danger went on and nothing has been asked since: no questions yet."""
    return bool(
        slots.get("urgent")
        and slots.get("issue_text")
        and not slots.get("case_number")
        and not slots.get("awaiting_confirmation")
    )


# "就现在", "他还在": a few words saying the danger is now, while no question has been asked
FEW_WORDS = 6


def danger_in_few_words(text: str) -> bool:
    """A short message that says the danger is now ("就现在", "还在砸"), never an answer to wait for."""
    return cjk_count(text) <= FEW_WORDS and danger_now(text)


def still_held_reply(slots: Mapping[str, Any], text: str) -> str | None:
    """While the story is kept and he is still at the door ("打了110了 警察还没到 他还在外面骂"): what to say
    instead of any question; None when the questions may go on."""
    if not held_story(slots):
        return None
    if asks_silent_help(text):  # "我不敢打电话 他会听见": how to get help is the answer
        return silent_help_reply()
    if not still_at_it(text) and not danger_in_few_words(text):
        return None
    if not help_called(text):
        return HOLD_FOR_YOU
    return HELP_COMING + (HELP_CALL_KEPT if not slots.get("prior_report") else "")


def held_events(slots: Mapping[str, Any], text: str) -> list[SlotSet]:
    """The call to the police said while the questions wait is kept as what was already done."""
    if help_called(text) and not slots.get("prior_report"):
        return [SlotSet("prior_report", text.strip())]
    return []
