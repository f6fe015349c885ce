"""Numbers written in Chinese words as people count with them: ``三十`` → 30, ``两百`` → 200, ``几十`` → 20."""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_DIGITS.update({"七": 7, "八": 8, "九": 9, "几": 2})
_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}


def chinese_to_int(text: str) -> int | None:
    """``三十`` → 30, ``两百`` → 200, ``1.5万`` → 15000, ``三千五`` → 3500, ``一百零五`` → 105, ``几十`` → 20, ``上百`` → 100."""
    text = text.lstrip("好").replace("廿", "二十").replace("卅", "三十")  # 廿 and 卅: twenty, thirty
    if text.isdigit():
        return int(text)
    mixed = re.fullmatch(r"(\d+(?:\.\d+)?)([十百千万])", text)  # "10万", "1.5万"
    if mixed:
        return int(float(mixed.group(1)) * _UNITS[mixed.group(2)])
    if len(text) == 2 and text[0] in "上数成" and text[1] in "百千万":
        return _UNITS[text[1]] * (1 if text[0] == "上" else 2)
    if text == "几":
        return 3
    if re.fullmatch(r"一?百十", text):  # "百十户": about a hundred, not 110
        return 100
    total = section = 0
    num: int | None = None
    last_unit = 0
    for i, ch in enumerate(text):
        if ch in _DIGITS:
            if i > 0 and text[i - 1] in _DIGITS and text[i - 1] not in "零〇" and ch not in "零〇几":
                continue  # "五六个", "两三百": a range, and counts are lower bounds
            value = 0 if ch == "几" and i > 0 else _DIGITS[ch]
            num = value
        elif ch in _UNITS:
            unit = _UNITS[ch]
            if unit == 10000:
                total += (section + (num or 0)) * unit
                section = 0
            else:
                section += (1 if num is None else num) * unit
            num, last_unit = None, unit
        else:
            return None
    if num is not None and last_unit >= 100 and text[-2] in _UNITS:  # "三千五" = 3500
        num *= last_unit // 10
    return total + section + (num or 0)
