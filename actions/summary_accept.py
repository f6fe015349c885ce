"""A yes to the summary with more said beside it: "对 提交 多久能有结果", "可以 谢谢你啊", "算了 先提交吧".

With the filing asked for in words, a thanks, or a question beside a clear yes ("对 仲裁要多久") the case is
filed, and what was said beside the yes is answered after the filing text (never pasted into the story); a bare
"好"/"嗯" before a question may only be listening, so the summary still waits. A yes that also changes something
("对 名字改成…") or says no is left to the correction readers; "算了 我还是去找街道吧" gives up without saying
whether to file, so the choice is asked plainly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from actions.question_detect import detect_question
from bot.domain import text as textutil

_SEP = r"[\s,，。.!！~～、;；:：]*"
# the yes itself, opening the message: "对", "对的", "没问题", "行吧", "確認無誤", "啱", "着", "dui"; 係 (Cantonese
# yes) reaches here as 是
_PINYIN_YES = r"dui(?:\s?de)?|shi\s?de|ke\s?yi|mei\s?wen\s?ti|hao\s?de|en+|okay"
_YES = (
    rf"(?:{_PINYIN_YES}(?![a-z])|对头|对着|对的?|是的|是滴|是嘞|是(?=[\s,，。.!！~～、;；:：]|$)|没错|没毛病|没啥问题|没问题|莫问题|无问题|冇问题|可以的|可以|行吧|行的|行|"
    r"好的|好吧|好了|好|嗯+|确认(?:无误)?|无误|正确|都对|全对|啱晒|啱|係|系|着|中|要得|阔以|ok|"
    # "没有要改的", "没啥要修改的地方": nothing to change is a yes
    r"(?:没有?|无|不用)(?:什么|啥|哪里)?(?:要|需要|得)?(?:改|修改)(?:的地方|的|了)?(?=[\s,，。.!！~～]|$))"
    r"(?:的|啊|呀|哦|嘞|咯|啦|哈|了)?"
)
# asking for the filing in so many words: "提交", "交吧", "登记吧", "就这样", "先提交吧"
_SUBMIT = (
    r"(?:先|就|那就|那|直接|帮我|给我|赶紧|快)?(?:提交|递交|交上去|报上去|交吧|交嘛|交咯|交了(?=[\s,，。.!！~～]|吧|$)|登记吧|登记上|确认提交|就这样(?:吧|登记|提交|交)?|"
    r"这样就行|这样就可以|就这么办|就这些)(?:吧|了|啊|呀|哦|啦)?"
)
_OPENING = re.compile(
    rf"^(?:算了{_SEP})?(?:{_YES}{_SEP})+(?:{_SUBMIT}{_SEP})?|^(?:算了{_SEP})?{_SUBMIT}{_SEP}", re.IGNORECASE
)
_NOTHING_TO_CHANGE = re.compile(
    r"(?:没有?|无|不用)(?:什么|啥|哪里)?(?:要|需要|得)?(?:改|修改)(?:的地方|的|了)?(?=[\s,，。.!！~～]|$)"
)
# what must not be filed on: a no, a change, a wait ("对 名字改成…", "对 但是电话错了", "先别提交")
# "是不是", "对不对", "行不行" ask (A-not-A), they say no to nothing: "对 提交 假酒是不是能赔十倍"
_NOT_YET = re.compile(
    r"(?<!对)不对|(?<!是)不是|(?<!行)不行|错了|有错|写错|搞错|弄错|改成|改为|改一下|要改|修改|换成|应该是|应为|写上|加上|补上|补充|还有一件|"
    r"(?:名字|姓名|电话|地址|时间|日期|对象|人数|类别|地点|地方)(?:要|得|就|改)?写|写成|是(?:我|俺)(?:要)?表扬的|"
    r"还有(?!多久|多长)|\d{5,}|等(?:一下|等|会)|先别|别(?:提交|交|登记)|不(?:要|用|想)?(?:提交|交|登记)|不急|再想想|撤回|取消"
)
# what someone else said, told beside the yes ("对 交吧 公司说不是他们的人 那到底找谁赔"): its "不是" is theirs
_REPORTED = re.compile(
    r"(?:他|她|他们|她们|公司|老板|单位|厂里|厂子|对方|人家|村里|镇上|街道|社区|物业|医院|学校|领导|包工头|派出所|警察)"
    r"(?:还|就|都|也|只|却|老)?(?:说|讲|称|告诉我|跟我说)[^,，。!！?？\s]*"
)
_THANKS = re.compile(
    r"谢谢|谢了|多谢|感谢|辛苦|麻烦(?:你|您)们?了|麻烦(?:你|您)们?啦|唔该|thank|xie\s?xie", re.IGNORECASE
)
# a question announced as one before filing: "另外问一下", "顺便问下", "请问", "我想问问"
_ASKS_FIRST = re.compile(r"(?:另外|顺便|还|再|我)?(?:想|要)?(?:问一下|问下|问问|问个事|请问|咨询一下)")
# a yes that may only be listening ("好 我想问一下…", "嗯 那复议要钱吗"): a question beside it does not file
_LISTENING = re.compile(r"^(?:好|嗯+|en+|哦|噢|行)(?:的|吧|啊)?$", re.IGNORECASE)
_BYE = re.compile(r"再见|拜拜|88|回见|先这样")
# waiting for the answer, said beside the yes: "对 俺就等你们信", "好的 等你们消息", "行 盼着早点解决", "对的 你们快点管"
_AWAITS = re.compile(
    r"等(?:着|待)?(?:你们|您们?|政府|领导|上面)?的?(?:信|回信|消息|好消息|回音|回复|答复|通知|电话|结果|说法)|"
    r"盼着?|(?:希望|麻烦|请)?(?:你们|您)?(?:早点|尽快|快点|抓紧|赶紧|赶快)(?:给|帮)?(?:俺|我|我们|俺们)?(?:处理|解决|办|回复|答复|管)"
)

# "算了 我还是去找街道吧", "算了 不弄了 我自己去法院": giving up on the summary without a yes or a no to filing
_GIVES_UP = re.compile(r"还是(?:自己)?(?:去|找)|自己(?:去|找)")
# "我要不要自己去劳动监察": asks whether to go, it gives nothing up
_ASKS_WHETHER = re.compile(
    r"(?:要不要|用不用|该不该|需不需要|是不是|得不得|能不能|可不可以)(?:我|俺)?(?:还是|再|先)?(?:自己)?(?:去|找)|"
    r"(?:吗|么|嘛|不)[?？]?$|[?？]"
)
GOING_ELSEWHERE = "好的，您先去问问。有需要随时找我；想登记的话，直接把事情说给我就行。"
ASK_FILE_OR_STOP = (
    "您说的内容都记好了。想让我现在提交吗？提交了，工作人员会转给管这件事的部门，您自己再去找也不耽误。"
    "要提交就回“提交”；不登记了就回“不用了”。"
)


@dataclass(frozen=True)
class SummaryYes:
    """The summary accepted; `rest` is what was said beside the yes ("" when nothing)."""

    rest: str

    @property
    def thanks(self) -> bool:
        return bool(_THANKS.search(self.rest))

    @property
    def goodbye(self) -> bool:
        return bool(_BYE.search(self.rest))

    @property
    def awaits(self) -> bool:
        """ "对 俺就等你们信": the filing text says when the answer comes; nothing more is needed."""
        return bool(_AWAITS.search(self.rest)) and detect_question(self.rest) is None


def accepts_summary(text: str | None) -> SummaryYes | None:
    """The yes to "以上信息对吗？" that opens the message, with what follows it; None when there is none, or
    when the message also says no or changes something (that is a correction, read elsewhere)."""
    clean = textutil.normalize_for_parsing(text or "").strip()
    if not clean or _NOT_YET.search(_REPORTED.sub("", _NOTHING_TO_CHANGE.sub("", clean))):
        return None
    opening = _OPENING.match(clean)
    if opening is None or not opening.group().strip(" ,，。.!！~～、;；:："):
        return None
    said = opening.group()
    rest = clean[opening.end() :].strip()
    yes = SummaryYes(rest=rest)
    if not rest or re.search(_SUBMIT, said) or yes.thanks or yes.goodbye or yes.awaits:
        return yes
    # "对 仲裁要多久": a clear yes, and a question to answer once filed; "好 就是想问问" may only be listening
    yes_word = said.strip(" ,，。.!！~～、;；:：")
    # "对的。另外问一下，多久能有个说法？" asks first, in so many words: answered, and the summary still waits
    if detect_question(rest) is not None and not _LISTENING.match(yes_word) and not _ASKS_FIRST.match(rest):
        return yes
    return None


# the filing asked for with a verb of handing in ("对，提交", "那就提交吧", "别问了 直接交上去"): before the summary
# too it means "file it now"; "就这些", "登记吧" may only end a story or start the intake
_HAND_IN = re.compile(r"提交|递交|交上去|报上去|递上去|提上去|交吧")
# what may come before the verb: a yes, enough of questions, a please ("行了行了 别问了 你直接帮我提交吧")
_BEFORE_HAND_IN = re.compile(
    rf"^(?:{_YES}|{_SEP}|算了|够了|别问了|不用问了|不要再?问了|不问了|那|就|那就|就这样|这样|你|您|我要|我想|"
    r"帮我|给我|替我|直接|赶紧|快点?|先|麻烦|请|现在|马上|可以|能)*$",
    re.IGNORECASE,
)
# what comes after it when it is no wish to file: what is handed in ("提交材料", "提交一份"), a question whether it
# was or how it goes ("提交了吗", "提交以后呢", "提交过了")
_HANDED_WHAT = re.compile(
    r"[吧了啊呀哦啦嘛\s]*(?:吗|么|没|以后|之后|后|完|材料|证据|资料|照片|图片|申请|手续|文件|视频|录音|的|过|"
    r"什么|啥|哪|给|到|一(?!下)|个|份|张|些)"
)


def asks_to_submit(text: str | None) -> bool:
    """The message asks for the matter to be handed in now (a yes before it, or a question after it, may go
    with it); never when it also says no, changes something or asks to wait."""
    clean = textutil.normalize_for_parsing(text or "").strip()
    verb = _HAND_IN.search(clean)
    if verb is None or _NOT_YET.search(clean):
        return False
    after = clean[verb.end() :]
    if not _BEFORE_HAND_IN.match(clean[: verb.start()]) or _HANDED_WHAT.match(after):
        return False
    # more said after it is a thanks, a goodbye or a question (answered once filed), never more of the matter,
    # which would be lost: "提交 他们还把路堵了" is read as usual
    rest = (
        re.sub(r"一下|" + _HAND_IN.pattern, "", after).strip(" ,，。.!！~～、;；:：").lstrip("吧了啊呀哦啦嘛")
    )
    # … or a plea to hurry ("就这样提交吧 你们快点管")
    plea = _AWAITS.fullmatch(rest.strip(" ,，。.!！~～").rstrip("吧啊呀哦啦嘛"))
    said_beside = _THANKS.search(rest) or _BYE.search(rest) or plea
    return not rest or bool(said_beside) or detect_question(rest) is not None


def submitted_with_more(text: str | None) -> str | None:
    """What follows "对 提交" when it is more of the matter ("对 提交 我刚才说的气话 就想把钱要回来"): the wish to
    file stands and the words are kept with the story; None when the message is no such wish, or asks to file with
    nothing more, a thanks or a question after it (`asks_to_submit`), or turns to another matter."""
    clean = textutil.normalize_for_parsing(text or "").strip()
    verb = _HAND_IN.search(clean)
    if verb is None or _NOT_YET.search(clean) or asks_to_submit(clean):
        return None
    after = clean[verb.end() :]
    if not _BEFORE_HAND_IN.match(clean[: verb.start()]) or _HANDED_WHAT.match(after):
        return None
    rest = after.strip(" ,，。.!！~～、;；:：").lstrip("吧了啊呀哦啦嘛").strip()
    # words, not a mood ("对 提交 🙄"), and not the next matter
    return rest if re.search(r"[\u4e00-\u9fff]{2}", rest) and not _ANOTHER_MATTER.match(rest) else None


_ANOTHER_MATTER = re.compile(r"另外|再有|第二|下一件|那个事|还要反映")


def gives_up_unsure(text: str | None) -> bool:
    """ "算了 我还是去找街道吧" at the summary: neither a yes to filing nor a plain stop."""
    clean = textutil.normalize_for_parsing(text or "").strip()
    return (
        bool(_GIVES_UP.search(clean))
        and not _ASKS_WHETHER.search(clean)
        and accepts_summary(clean) is None
        and not re.search(r"不(?:要|用|想)?(?:登记|提交|反映)|不弄了|撤回|取消", clean)
    )
