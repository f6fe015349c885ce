"""One detail a correction asks to change, as the correction readers pass it on."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CorrectionRequest:
    """One detail to change. `slot` None: the message names no detail; `value` "" : no new value given."""

    slot: str | None
    value: str
    old: str = ""
    adds: bool = False  # "问题描述补充一下：…": the value is added to what was said, not put in its place
    label: str = field(default="", compare=False)  # the word that named the detail ("地点", "通讯地址")


# the label of a value said as a person's name by the role they hold ("老板叫郑国强")
BY_ROLE = "by_role"
