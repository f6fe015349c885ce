"""Hazards told in a story, for `bot.domain.safety` (docs/legal.md §8): no emergency yet, but the citizen is told
whom to call (knowledge `hazard_tips`). Text is normalised first; `<NAME>` pieces come from `safety_macros.MACROS`.
"""

from __future__ import annotations

import re

from bot.domain.safety_macros import compile_any

HAZARDS: dict[str, list[str]] = {
    "fire_hazard": [
        # a blocked fire escape or exit
        r"(?:消防|安全|逃生|疏散)(?:通道|出口|门)<W>{0,8}(?:堵|占|堆|封|锁|停满|停了|被占|不通)",
        r"(?:堵|占|堆满|封)(?:了|住|死)?<W>{0,4}(?:消防|安全|逃生|疏散)(?:通道|出口)",
        # charging e-bikes indoors, wires pulled from windows, scorched wires
        r"(?:私拉|乱拉|飞线|拉线|拉电线|接线)<W>{0,8}(?:充电|电瓶|电动车|电线)|(?:电动车|电瓶车|电瓶)<W>{0,8}(?:楼道|家里|屋里|推上楼|楼梯间)<W>{0,4}充电",
        r"(?:楼道|楼梯间|过道|走廊)<W>{0,6}(?:充电|私拉电线|堆<W>{0,4}(?:杂物|纸箱|柴火|易燃|东西|垃圾|家具|破烂|废品))",
        r"电线<W>{0,4}(?:烧焦|冒烟|冒火花|打火|老化)|(?:随时|迟早|早晚|容易)(?:会|要)?(?:着火|起火|失火)",
        r"(?:灭火器|消防栓|消火栓)<W>{0,6}(?:过期|没有|坏|空的|被偷|没水)",
    ],
}

HAZARDS_RE: dict[str, re.Pattern[str]] = {kind: compile_any(alts) for kind, alts in HAZARDS.items()}
