"""What city residents ask about their home and their neighbours: whether the police deal with a neighbour's dog,
who pulls down a shed put up on the roof, whether to stop paying the mortgage of a flat never delivered, whether the
medical-insurance office deals with a hospital bill for a test never done, and whether to phone 12345 first.

Rows of the same shape as `actions.own_matter_questions.ASKED` and `OFFICE` (FAQ key of knowledge/legal_routes.yml,
what the question clause says, what the story must tell). Patterns are searched in normalised text (simplified
characters, half-width digits). Pure: no I/O.
"""

from __future__ import annotations

import re

from actions.family_questions import BITE_WITH_HARM
from actions.worker_questions import both
from bot.route_model.law_acts_local import BUILT_BY_OTHERS

_ANY = re.compile("")

# a kept animal that disturbs or frightens people: barking at night, fouling the lift, loose and lunging
PET_NUISANCE = (
    r"(?:狗|犬|猫|鸽子|鸡|鹅)[^。]{0,12}(?:叫|吠|吼|嚎|咬|扑|吓|追|拉屎|拉尿|屎|尿|臭|扰民|吵)|"
    r"(?:养|遛)(?:了|着)?[^。]{0,4}(?:狗|犬|猫|鸽子)|烈性犬|大型犬|不拴绳|不牵绳|"
    r"管(?:管|一下)?(?:这|那|他家|她家)?(?:条|只|个)?(?:狗|犬)"  # "来管管这条狗": the dog is what is asked about
)
# a nuisance, not a bite that hurt someone (whose keeper pays: actions.family_questions)
_NUISANCE_ONLY = rf"^(?!{BITE_WITH_HARM[1:]})[\s\S]*(?:{PET_NUISANCE})"
# the police or whoever deals with it: "能不能直接叫警察来管", "派出所管不管", "归谁管"
_POLICE_OR_WHO = (
    r"警察|派出所|民警|公安|报警|报案|110|归谁|谁管|管不管|管吗|管么|哪个部门|找谁|找哪|怎么办|咋办|咋整"
)

# pulling it down, or who does: "你们能叫他们来拆不", "城管管不管", "找谁拆"
_PULL_DOWN = r"拆|城管|执法|归谁|谁管|管不管|管吗|找谁|找哪|怎么办|咋办"

# the mortgage stopped on one's own: "能不能停贷", "断供行不行", "房贷能不还吗"
_STOP_MORTGAGE = (
    r"停贷|断供|停供|(?:停|不)(?:还|交|付)(?:房贷|贷款|月供|按揭)|"
    r"(?:房贷|贷款|月供|按揭)[^,，。]{0,4}(?:不还|不交|不付|(?:能不能|可不可以|可以|能|先|要不要)停)"
)

# a hospital's bill for what was never done, or charged twice: the medical-insurance fund's money
_CHARGED_FOR_NOTHING = (
    r"没做|没有做|没用|没打|没吃|没检查|没住|收了没|多收|重复收|乱收|虚开|虚记|多记|多开|多扣|没做也收|"
    r"只(?:做|用|打|查|住)了?(?:一|1|半)"  # "收了两次的钱 只做了一次"
)
_HOSPITAL = r"医院|卫生院|诊所|住院|门诊|检查|化验|核磁|CT|ct|彩超|B超|手术"
_INSURANCE_OFFICE = (
    r"医保(?:局|中心|部门|办)?[^,，。]{0,4}(?:管不管|管吗|管么|能管|会管|管得了|有用|能不能管|找|举报|投诉|反映)|"
    r"(?:找|向|去|跟)医保"
)

# "要不要先打12345", "是不是得先打市长热线", "先打12345还是先在这登记": the hotline before (or instead of) this
_HOTLINE_FIRST = (
    r"(?:要不要|用不用|该不该|需不需要|是不是|应不应该|应该|需要|得|还是)(?:要|得|应该)?先?(?:打|拨|找|问)(?:一下|个|一个)?"
    r"(?:12345|市长热线|便民热线|政务热线|热线)|先(?:打|拨|找)(?:一下|个)?(?:12345|市长热线|便民热线|政务热线|热线)|"
    # "12345要打吗", "还要打12345不", "市长热线用不用打": whether to call it as well
    r"(?:12345|市长热线|便民热线|政务热线)(?:还)?(?:要|得|用|需要)(?:不要|不用|不需要)?(?:再|也)?(?:打|拨)|"
    r"(?:还|也)?(?:要|得|用)(?:再|也)?(?:打|拨)(?:一下|个)?(?:12345|市长热线|便民热线|政务热线)(?:吗|么|不|没)"
)

HOME_ASKED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("animal_nuisance", re.compile(_POLICE_OR_WHO), re.compile(_NUISANCE_ONLY)),
    ("illegal_structure", re.compile(_PULL_DOWN), re.compile(BUILT_BY_OTHERS)),
    ("mortgage_stop", re.compile(_STOP_MORTGAGE), _ANY),
    ("medical_insurance_charge", re.compile(_INSURANCE_OFFICE), both(_HOSPITAL, _CHARGED_FOR_NOTHING)),
    ("hotline_first", re.compile(_HOTLINE_FIRST), _ANY),
)
# asked only who deals with it: the story alone names the kind
HOME_OFFICE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("animal_nuisance", re.compile(_NUISANCE_ONLY)),
    ("illegal_structure", re.compile(BUILT_BY_OTHERS)),
)
