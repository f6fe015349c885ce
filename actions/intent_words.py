"""Words that confirm the classifier's reading of a message sent while a question is open.

The classifier reads "跟美团客服投诉了" (an earlier report) as a request for a person, and "滴滴出行平台" (a
respondent) as a plain "好的". When the words hold no request for a person, or no yes or greeting at all, the
message is an answer to the question asked, and is read as one.
"""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing

_PERSON = (
    r"(?:人工|真人|活人|工作人员|领导|负责人|负责的人|主任|客服|坐席|懂的人|[^,，。!！?？\s]{0,4}的人|人)"
)
# asking for a person to talk to: "转人工", "找你们领导", "叫人来", "有没有真人", "人工在吗", or only the words
# "人工客服"; not "跟美团客服投诉了" or "找过工作人员" (an earlier report) nor "工作人员让我回去等"
_WANTS_PERSON = re.compile(
    r"(?:要|转|叫|换|接|请|安排|见|找|让|(?:要|想)(?:跟|和))(?![过了])(?:个|一个|你们|您们|一下)?"
    + _PERSON
    + r"|有没有(?:个)?"
    + _PERSON
    + r"|有(?:人工|真人|人吗|人在)"
    + r"|(?:人工|真人|客服|工作人员|领导)(?:服务)?(?:在吗|在哪|在不在|呢)"
    + r"|^(?:人工|真人|人工客服|真人客服|客服|人工服务|人工坐席)[啊呀吧呢!！?？。\s]*$"
    + r"|不想跟机器人|机器人听不懂|跟你说不清"
)

# a yes, a thanks or a greeting ("好的", "对，提交", "有", "谢谢", "那就这样吧")
_ACK = re.compile(
    r"好|行|可以|对|是|嗯|恩|哦|噢|喔|有|收到|明白|知道|没问题|谢|你好|您好|哈喽|在吗|提交|确认|没错|正确|同意|要得|"
    r"中|得|啱|係|系|当然|确实|算|这样|那就|就这|ok|okay|yes|hello|hi|[啊呀吧呢啦嘛哈了的]",
    re.IGNORECASE,
)
_WORD_CHAR = re.compile(r"[\w\u4e00-\u9fff]")
_LEADING_ACK = re.compile(r"^[^\w\u4e00-\u9fff]*(?:" + _ACK.pattern + ")", re.IGNORECASE)


def asks_for_human(text: str | None) -> bool:
    """ "转人工", "找你们领导", "找过客服了 没用 给我转人工"; not "跟美团客服投诉了" (told at the earlier-reports
    question) nor "工作人员让我回去等"."""
    return bool(_WANTS_PERSON.search(normalize_for_parsing(text or "")))


def holds_no_ack(text: str | None) -> bool:
    """Words that neither open with a yes, a thanks or a greeting nor are only those ("滴滴出行平台", "拼多多"):
    whatever the classifier says, no "好的"."""
    clean = normalize_for_parsing(text or "")
    if _LEADING_ACK.match(clean):
        return False
    return len(_WORD_CHAR.findall(_ACK.sub("", clean))) >= 2
