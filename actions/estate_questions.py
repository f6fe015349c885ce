"""What residents of a housing estate (小区) ask about its shared parts: whether the property company may dig up the
green and sell parking spaces on it, who helps owners who have no owners' committee.

Rows of the same shape as `actions.own_matter_questions.ASKED` (FAQ key of knowledge/legal_routes.yml, what the
question clause says, what the story must tell). Patterns are searched in normalised text. Pure: no I/O.
"""

from __future__ import annotations

import re

from actions.worker_questions import both

# the estate's shared parts: its green, its roads, the ground floor left open, the corridors
_SHARED_PARTS = (
    r"绿地|绿化|草坪|草地|花园|公共区域|公共部分|公共场地|共有|架空层|小区道路|小区里的路|消防通道"
)
# who took them: the property company or the developer, turning them into parking or a shop
_TAKEN_BY = r"物业|开发商|停车位|车位|车库|门面|商铺"
# may they: "物业能随便卖吗", "有权卖吗", "凭什么卖", "这合法吗"
_MAY_THEY = r"能不能|能|可以|可不可以|有权|有没有权|凭什么|随便|合法|违法|犯法|合不合法|允许|行吗|行不行|对吗|算谁的|归谁|是谁的"
# "这种事一般多久能有个说法": when it is handled, whatever "能" it says
_HOW_LONG = r"多久|多长时间|什么时候|啥时候|几天|几个月|多少天"
# "没有业委会怎么办", "业委会怎么成立"
_COMMITTEE = r"业委会|业主委员会|业主大会"
_HOW = r"怎么|咋|如何|找谁|找哪|谁管|谁来|成立|没有"


# an inheritance to register, told with the notarised deed the office asks for
_INHERITANCE_NOTARY = both(r"继承|遗产|遗嘱", r"公证")
# "是不是必须公证", "我们全家一起去窗口不行吗"
_WITHOUT_NOTARY = (
    r"公证|窗口|(?:一起|一块|都|全家)[^,，。]{0,3}(?:去|到场|来)|不行吗|行不行|必须|非要|非得|一定要"
)

ESTATE_ASKED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    # "物业把绿化带挖了改成停车位 … 绿地是大家的 物业能随便卖吗"
    (
        "estate_shared_parts",
        re.compile(rf"^(?!.*(?:{_HOW_LONG})).*(?:{_MAY_THEY})"),
        both(_SHARED_PARTS, _TAKEN_BY),
    ),
    # "我们小区根本没有业委会 … 业委会怎么成立"
    ("estate_owners_committee", both(_COMMITTEE, _HOW), re.compile(_COMMITTEE)),
    # "继承过户到底是不是必须公证": a notarised deed is one way, not the only one
    ("inheritance_without_notary", re.compile(_WITHOUT_NOTARY), _INHERITANCE_NOTARY),
)
