"""What a citizen says beside a corrected value that is no part of it: a word to the bot ("后面那句话不要",
"提交吧", "其余无误"), a question ("复议要我爸本人去吗"), or a preamble ("我刚才说错了", "三个地方要改") (pure)."""

from __future__ import annotations

import re

from actions.correction_values import erases
from actions.question_detect import is_question_clause
from actions.slots import TOLD_WHOLE_SLOTS
from bot.parsing.respondent_written import REST_IS_RIGHT

# "提交", "然后提交", "那就提交吧": file it now, said after a change
_FILE_NOW = re.compile(r"^(?:那就|就|然后|行|再)?提交(?:吧|了|啊)?$")
# a change at the summary that ends asking to file: "此前反映情况写没有 其他对了 提交", "你改成没有就行 然后提交"
_LAST_PIECE = re.compile(r"[^\s,，。.!！;；]+[\s,，。.!！;；~～]*$")


def files_after(text: str) -> bool:
    """Does the message end by asking to file ("… 其他对了 提交")? The change is made, then the case is filed."""
    last = _LAST_PIECE.search(text.strip())
    return bool(last) and bool(_FILE_NOW.match(last.group().strip(" ,，。.!！;；~～")))


# said to the bot beside a value, no part of it: "后面那句话不要", "提交吧" (and "其余无误", REST_IS_RIGHT)
TO_THE_BOT = re.compile(
    r"^(?:后面|后头|后边)(?:那|的|那个)?(?:一)?(?:句|段|些|半句)?(?:话)?(?:不要|删了|删掉|去掉|不用|别要)了?$|"
    rf"{_FILE_NOW.pattern}|"
    # a reproach for what was left out: "你没写上", "怎么没记"
    r"^(?:你|你们)?(?:怎么|咋)?(?:还)?(?:没|没有|忘了)(?:给我)?(?:写|记|填|加)(?:上|进去|下来)?(?:啊|呀|呢|吗)?$|"
    r"^(?:呢|啊|呀|嘛|哈)$"
)


def is_aside(part: str, slot: str | None) -> bool:
    """A clause beside the value that speaks to the bot or asks something ("复议要我爸本人去吗"): no part of it. A
    question about the story itself ("怎么只剩三级两个字了") is no new story: it stays, and nothing is replaced."""
    asks = slot is not None and slot not in TOLD_WHOLE_SLOTS and is_question_clause(part) and not erases(part)
    return bool(re.match(REST_IS_RIGHT, part) or TO_THE_BOT.match(part) or asks)


# "我刚才说错了" / "等一下" / "更正一下" / "还有" before the value: no part of it
_PREAMBLE = re.compile(
    r"^(?:哦|噢|喔|啊|唉|哎|嗯)?(?:还有|另外|再有|然后|对了)?(?:等一下|等等|哎呀|不好意思|对不起|错了错了|错了)?"
    r"(?:我|刚才|刚刚|我刚才|我刚刚)*"
    r"(?:说|写|打|记|填|搞|弄|输)?(?:错了|岔了|反了)?(?:帮我)?(?:更正|修改|改)?(?:一下)?$"
)


# "三个地方要改" announces the corrections that follow
_HOW_MANY = re.compile(
    r"(?:有)?[一二两三四五几]+个?(?:地方|项|处|点)(?:要|需要|得)?(?:改|修改|更正)(?:一下)?"
)


def drop_preamble(part: str) -> str:
    return "" if _PREAMBLE.fullmatch(part) or _HOW_MANY.fullmatch(part) else part
