"""Questions said after a crisis was told that no other answer fits: "你们是不是也要告诉我爸妈" after "不想活了",
"你们给我的电话有啥用" after the hotlines, "你们能来看看我吗" (pure: the message and what was told in, the answer out)."""

from __future__ import annotations

import re

from bot.domain import text as textutil
from bot.domain.knowledge import load_knowledge
from bot.domain.safety import detect_crisis
from bot.domain.safety_help import asks_us_to_come, cannot_come_reply

# someone to come by: "你们能来看看我吗", "能不能来个人陪陪我", "来我家看看我"
_VISIT = re.compile(
    r"(?:来|过来)(?:我家|家里)?(?:看看|看一下|看一看|陪陪|陪一下|坐坐|坐一会儿?)(?:我|俺)|上门"
)
# whether the family or the school is told: "你们是不是也要告诉我爸妈", "会不会告诉学校"
_TELLS_FAMILY = re.compile(
    r"(?:告诉|通知|联系|找|告)(?:我)?(?:的)?(?:爸妈|爸爸|妈妈|父母|家里|家长|老师|学校|班主任)"
    r"|(?:爸妈|父母|家里人?|家长|学校|老师)[^,，。!！?？]{0,4}(?:知道|晓得)"
)
# what the lines given are for: "你们给我的电话有啥用", "别光给我电话"
_LINES_WHAT_FOR = re.compile(
    r"(?:给|发)(?:我)?的?(?:这些|那些|这几个|那几个|几个)?(?:电话|号码|热线)[^,，。!！?？]{0,4}(?:有(?:什么|啥)用|干啥|干什么|做啥)"
    r"|(?:光|只|就)给(?:我)?(?:个|几个)?(?:电话|号码)|打(?:这个|那个|这些)?(?:电话|热线)有(?:什么|啥)用"
)
# someone still at school: the youth line too
_YOUNG = re.compile(r"上学|同学|老师|班主任|学校|初[一二三]|高[一二三]|初中|高中|作业|考试")

NO_VISIT = (
    "我们这里去不了人上门，可您不是一个人：值班工作人员会尽快打电话联系您。"
    "现在就想找人说说话，可以打{line}心理援助热线；觉得撑不住、有危险，马上打120或110。"
)
FAMILY_TOLD = (
    "不会随便告诉他们。您跟我说的，我们不会主动拿去告诉您爸妈或者学校。"
    "只有您有生命危险、需要马上有人保护您的时候，工作人员才会联系能保护您的人。"
)
YOUTH_LINE = "想找人说说话，可以打{youth}青少年服务台，也可以打{line}心理援助热线。"
LINES_WHAT_FOR = (
    "那几个电话是给您救急用的：心里憋屈、过不去的时候，打{line}有人陪您说说话；有危险马上打110。"
    "您的事我们照样登记，转给管这件事的部门，值班工作人员也会尽快联系您。"
)


def help_line() -> str:
    """The psychological help line (12356), first of the self-harm lines of the knowledge file."""
    return load_knowledge().crisis_guide("self_harm").lines[0].number


def _youth_line() -> str:
    return next(line.number for line in load_knowledge().other_lines if "青少年" in line.what)


def aside_after_crisis(text: str | None, told: str | None) -> str | None:
    """The answer to a question said after a crisis was told (`told`: what was said before, the story included):
    whether the family is told, what the lines are for, whether someone comes. None for any other message."""
    clean = textutil.normalize_for_parsing(text or "")
    before = detect_crisis(told)
    if before is None or not clean:
        return None
    self_harm = "self_harm" in (before.kind, *before.also)
    if self_harm and _TELLS_FAMILY.search(clean):
        young = _YOUNG.search(textutil.normalize_for_parsing(told or ""))
        line = YOUTH_LINE.format(youth=_youth_line(), line=help_line()) if young else ""
        return FAMILY_TOLD + line
    if _LINES_WHAT_FOR.search(clean):
        return LINES_WHAT_FOR.format(line=help_line())
    if self_harm and (_VISIT.search(clean) or asks_us_to_come(clean)):
        return NO_VISIT.format(line=help_line())
    if asks_us_to_come(clean):  # "能不能派人来看看那孩子": honest, and 110 now
        return cannot_come_reply(clean)
    return None
