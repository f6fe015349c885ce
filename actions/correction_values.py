"""Two ways citizens wrap a corrected value: a place denied before the right one ("工地不在鄞州区 是在北仑区")
and a reason after the value ("应该是派出所 是他们不作为"). Pure text work for `actions.correction_parse`."""

from __future__ import annotations

import re

# "工地不在鄞州区 是在北仑区" / "不是在海珠 在天河": a place denied, then the right one (whatever was there)
_NOT_AT_THEN_AT = re.compile(
    r"^[^，,]{0,8}?(?:并|也)?不是?在(?P<old>[^，,]+?)[，,]?(?:而|其实|实际上)?(?:是|应该是|应该)?在(?P<new>.+)$"
)
# "是在北仑区 不在鄞州区": the right place first
_AT_THEN_NOT_AT = re.compile(r"^[^，,]{0,8}?(?:是|应该)?在(?P<new>[^，,]+?)[，,]?(?:而)?不是?在(?P<old>.+)$")


# "事情不在鄞州区": only the denial, the right place not said yet
_NOT_AT = re.compile(r"^[^，,]{0,8}?(?:并|也)?不是?在(?P<old>[^，,]+)$")


def place_denied(body: str) -> tuple[str, str] | None:
    """(new, old) from "工地不在鄞州区 是在北仑区" (the complaint "不对" already cut off); ("", old) when only denied."""
    found = _NOT_AT_THEN_AT.match(body) or _AT_THEN_NOT_AT.match(body)
    if found:
        return found.group("new"), found.group("old")
    denied = _NOT_AT.match(body)
    return ("", denied.group("old")) if denied else None


# a clause that says why, after the value: "派出所，是他们不作为", "物业 因为他们一直不管"
_REASON = re.compile(
    r"[，,\s]*(?:(?:是|就是|都是|全是)?(?:因为|由于)|(?:是|就是|都是|全是)(?:他们|她们|它们|他|她|人家|这些人|那帮人))"
    r".*$|[，,]\s*(?:他们|她们|人家|这些人|那帮人).*$"
)


def without_reason(value: str) -> str:
    """ "派出所，是他们不作为" → "派出所"; the value itself when nothing would be left."""
    cut = _REASON.sub("", value)
    return cut.strip() if cut.strip() else value
