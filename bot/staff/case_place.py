"""A place typed by staff (name or GB/T 2260 division code) → (official full name, code)."""

from __future__ import annotations

import re

from bot.domain.text import to_halfwidth
from bot.gazetteer import get_gazetteer

_CODE = re.compile(r"\d{2}|\d{4}|\d{6}|\d{9}|\d{12}")
MAX_CANDIDATES_SHOWN = 5


def _short_code(code: str) -> str:
    """GB/T 2260 padded forms (440300, 110105000000) → the gazetteer's 2/4/6/9-digit codes."""
    if len(code) == 12:
        code = code[:9]
    if len(code) == 9 and code.endswith("000"):
        code = code[:6]
    if len(code) == 6 and code.endswith("0000"):
        return code[:2]
    if len(code) == 6 and code.endswith("00"):
        return code[:4]
    return code


def resolve_place(text: str) -> tuple[str, str]:
    """ValueError (Chinese, for staff) when the place is unknown or could be more than one division."""
    gazetteer = get_gazetteer()
    cleaned = to_halfwidth(text or "").strip()
    if not cleaned:
        raise ValueError("请填写地点")
    if _CODE.fullmatch(cleaned):
        division = gazetteer.get(cleaned) or gazetteer.get(_short_code(cleaned))
        if division is None:
            raise ValueError(f"没有找到行政区划代码 {cleaned}")
        return division.full_name, division.code
    found = gazetteer.resolve(cleaned)
    if found.status == "found" and found.location and found.location_code:
        return found.location, found.location_code
    if found.status == "ambiguous" and found.candidates:
        names = "、".join(c.name for c in found.candidates[:MAX_CANDIDATES_SHOWN])
        raise ValueError(
            f"“{found.matched_text or cleaned}”有同名的地方：{names}。请写得更具体一些，或填写行政区划代码"
        )
    raise ValueError(f"没有找到“{cleaned}”这个地方，请写出省、市、县（区）的名称，或填写行政区划代码")
