"""What a family asks mid-way when someone died in hospital: how soon an autopsy must be done, and whether the
hospital may take the body away before they agree.

Rows of the shape of `actions.own_matter_questions.ASKED` (FAQ key of knowledge/legal_routes.yml, what the question
clause says, what the story must tell). Patterns are searched in normalised text. Pure: no I/O.
"""

from __future__ import annotations

import re

from actions.worker_questions import both

_MEDICAL = r"医院|医疗|医生|手术|诊所|卫生院|住院|治疗|看病|抢救|输液|打针"
_DIED = r"死|没了|去世|过世|走了|人没|咽气|不在了|没(?:抢|救)过来|抢救无效"
# "能不能让医院先别动我爸", "要不要同意拉走", "能不能先放太平间": the body kept until the family decides
_BODY_ASKED = r"别动|不要动|不准动|先别|拉走|运走|拖走|送走|火化|太平间|停尸|殡仪馆|遗体|尸体"

# "能不能先不交 等鉴定结果出来再说": the bill withheld while the hospital's fault is in question
_BILL_HELD = (
    r"(?:先|能不能|可不可以|能否|可以|能)(?:先)?(?:不交|不缴|不付|不给钱|缓交|晚点交|欠着)|"
    r"不交(?:钱|费|了)?(?:行不行|行吗|可以吗|中不中|犯法)|等[^。]{0,10}(?:鉴定|结果|调解)[^。]{0,6}(?:再交|再付|再给|再说)"
)
_BILL_PRESSED = r"催(?:我们|俺们|我|俺)?(?:交|缴|还|结)|欠费|医药费|医疗费|住院费|手术费|交钱"
# (not "医院乱收费 能不交吗": a charge disputed in itself is the overcharging answer's)
_BILL_IN_DISPUTE = (
    rf"^(?![\s\S]*(?:乱收|多收|重复收|没做也收|收了没做))(?=[\s\S]*(?:{_MEDICAL}))[\s\S]*(?:{_BILL_PRESSED})"
)

MEDICAL_ASKED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("medical_bill_in_dispute", re.compile(_BILL_HELD), re.compile(_BILL_IN_DISPUTE)),
    # "找医调委调解要交钱吗": people's mediation of a medical dispute charges nothing
    (
        "medical_mediation_fee",
        re.compile(r"交钱|收费|收钱|要钱|花钱|费用|多少钱|要不要钱|出钱"),
        re.compile(r"医调委|医疗纠纷人民调解|医疗调解|人民调解"),
    ),
    # "能不能先做尸检", or "尸检的事你没回答 到底要多久内做啊": how long, the autopsy named in the message
    (
        "autopsy_time",
        re.compile(r"尸检|解剖|多久|多长时间|几天|时间限制|期限|来得及"),
        re.compile(r"尸检|解剖"),
    ),
    ("body_in_hospital", re.compile(_BODY_ASKED), both(_MEDICAL, _DIED)),
)
