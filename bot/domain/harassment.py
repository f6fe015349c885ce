"""Sexual harassment told by the one it happens to ("经理老是发恶心的消息还动手动脚", "被领导摸", "性骚扰我"):
forbidden by 妇女权益保障法 第23条 and 民法典 第1010条; the victim may complain to the employer or an office, report
to the police, or sue (第23条), and the employer must prevent and stop it (第25条)."""

from __future__ import annotations

import re

from bot.domain.knowledge import faq_answer
from bot.domain.text import normalize_for_parsing

_TOLD = re.compile(
    r"性骚扰|骚扰我|被骚扰|动手动脚|摸我|摸了我|揩油|猥亵|咸猪手|强吻|抱我|搂我|"
    r"发[^,，。]{0,8}(?:恶心|黄色|露骨|下流|色情|暧昧)的?(?:消息|信息|图片|照片|视频|话)|"
    r"(?:说|讲)[^,，。]{0,6}(?:下流|黄色|恶心)的?话"
)
# said of the police or a court's act, not of what was done to the writer ("派出所不给立案 说我骚扰")
_ACCUSED = re.compile(r"说我(?:性)?骚扰|告我(?:性)?骚扰|我被(?:说|告)")


def tells_sexual_harassment(text: str | None) -> bool:
    clean = normalize_for_parsing(text or "")
    return bool(_TOLD.search(clean)) and not _ACCUSED.search(clean)


def harassment_note(text: str | None) -> str | None:
    """The word a story of sexual harassment gets before the questions: not her fault, forbidden, 12338; else None."""
    return faq_answer("harassment_told") if tells_sexual_harassment(text) else None
