"""Stories of property and contracts, which are between parties: sued, mediated or arbitrated.

- Money an organ owes under a contract (工程款, 货款) is a contract debt (民法典 第577条, 第188条: three years;
  保障中小企业款项支付条例): sued, not petitioned nor reviewed. So is the price of goods bought, a haul or a job
  done owed by a company, a 城投 or a dealer (民法典 第577条): no wages (no labour inspection), no 12345.
- Land taken by a fellow villager is a dispute between parties (农村土地承包经营纠纷调解仲裁法 第2条, 民法典 第235条,
  第236条), not an organ's act.
- Land the township or another government takes ("地被镇上收了 一分钱没给") is an expropriation or another act of that
  government, reviewed or sued (行政复议法 第11条), even when no one says 征收; land the village takes back is a
  contract matter and left to the model, unless the model reads it as an act to review: the village is no organ
  and cannot expropriate, so its taking a family's contracted land, for a road too, is a land-contract dispute
  (农村土地承包经营纠纷调解仲裁法 第2条): mediated, arbitrated or sued.
- A flat not delivered on the contract's date (逾期交房) or a building left unfinished is the developer's breach
  (民法典 第577条, 第585条): sued, or petitioned to the housing office; no 12345 service request.
- Trees, crops or a house damaged by a company's works (a power line strung, a road or pipe laid) with nothing paid
  is a claim for the damage (民法典 第1165条; for power lines 电力设施保护条例 第24条: the builder pays for trees cut):
  settled, mediated or sued; no 12345 service request and no land-contract dispute, whoever runs the works. A
  government's taking is not this (land_taken_by_government).
- A deposit (押金, 保证金) a company, a platform or a landlord keeps is owed under the contract (民法典 第577条):
  settled, mediated or sued; no organ acted, so no 复议 and no 信访 finding. One an organ holds is left to the model.
"""

from __future__ import annotations

import re

from bot.domain.text import IN_CLAUSE, normalize_for_parsing
from bot.route_model.law_acts import _CADRE
from bot.route_model.readings_money import crew_pay_told, wages_owed
from bot.route_model.readings_organ_acts import ORGAN

_W = IN_CLAUSE  # a character inside one clause

# the price of goods, works or a haul; a 服务费 is owed by citizens as often as to them ("物业说我欠服务费")
_PRICE = (
    r"工程款|货款|合同款|项目款|设备款|采购款|材料款|尾款|结算款|质保金|进度款|装修款|施工款"
    r"|运费|运输费|运输款|加工费|租赁费|包车费"
)
# the price, or the contract's sum told ("合同42万 验收都过了 到现在只给了10万")
_CONTRACT_MONEY = re.compile(
    rf"{_PRICE}|服务费|合同(?:价|额|金额|总价)?(?:是|为|签的)?[0-9一二三四五六七八九十两几]+(?:多)?[百千万]"
)
_OWED = re.compile(r"欠|拖|差|不给|没给|不付|没付|不结|没结|赖|(?:只|才)(?:给|付|结|拨)了")
# the price itself said as owed, in one clause: "运费…到现在没结", "拖着尾款不给" (not "服务费涨了 服务差")
_UNPAID = (
    r"欠|拖|不给|没给|不付|没付|不结|没结|赖|还差[0-9一二三四五六七八九十两几百千万]|要不回|要不到|讨不回|一直没|还没"
    r"|没到账|不到账"
)
# the price named after what owes it, as its object: "拖欠工程款", "欠我们的货款" (not "一直不给 …等工程款下来")
_OWES_IT = r"欠|拖欠|拖着|不给|没给|不付|没付|不结|没结|要不回|讨不回"
_PRICE_OWED = re.compile(
    rf"(?:{_PRICE}){_W}{{0,16}}(?:{_UNPAID})|(?:{_OWES_IT})(?:我|我们|俺|俺们|咱)?(?:的|家)?(?:{_PRICE})"
)
# the speaker worked for a boss: what he is owed is his pay, whatever the boss waits for ("干了大半年的活 老板欠我…")
_WORKED_FOR = re.compile(rf"(?:干|做)了{_W}{{0,6}}(?:活|工)|打工|上班|干活")
_BOSS = re.compile(r"老板|包工头|工头|老总")
# goods the citizen sold taken and not paid for ("收了俺家三千斤橘子 到今天没给钱", "拉走我们两车西瓜"); never money
# or papers taken from the citizen ("收了我的押金")
_GOODS_TAKEN = re.compile(
    r"(?:收|拉|买|订|运|赊|进)(?:了|走|去)(?:我|俺|咱)(?!(?:们|家|们家)?的?(?:钱|押金|定金|订金|费|款|证|材料|身份证))"
)
_PRICE_UNPAID = re.compile(
    rf"(?:没|不|未)(?:有)?(?:给|付|结|算)(?:钱|款|账|帐)|一分(?:钱)?(?:都|也)?(?:没|不)(?:给|付|结)|赖账|赖帐"
    rf"|欠(?:着)?(?:我|俺|咱)(?:们|家)?{_W}{{0,8}}(?:钱|款)"
)

_LAND_TAKEN = re.compile(
    rf"(?:地|田|宅基地|山林|林地|菜园|自留地){_W}{{0,3}}(?:被|让|给){_W}{{0,6}}占|占(?:了|着|去|走)?(?:我|俺|我们|俺们)?(?:家|男人家|家里)?{_W}{{0,3}}(?:地|田|宅基地)"
)
# public works or an organ taking land: that is an act to review, left to the other rules
_PUBLIC_TAKING = re.compile(
    r"修路|修渠|水渠|修桥|建设|工程|项目|征|政府|镇里|乡里|县里|区里|村委|村里修|村里占|村集体|开发区|国家"
)
_LAND_GONE = re.compile(
    rf"(?:地|田|宅基地|山林|林地|菜园|自留地|鱼塘){_W}{{0,3}}(?:被|让|给)?{_W}{{0,6}}(?:收了|收走|收去|收回|征|占|圈|推平)"
    rf"|(?:收|征|占|圈)(?:了|走|去)?(?:我|俺|我们|俺们)?(?:家|家里)?的?{_W}{{0,2}}(?:地|田|宅基地)"
)
_GOVERNMENT = re.compile(
    r"政府|镇上|镇里|乡上|乡里|县里|区里|市里|开发区|管委会|产业园|工业园|园区|国家|征地|征收"
    # only the state expropriates: "修高速征了我家的地" is the government's taking, whoever pays out
    r"|征(?:了|用|走|去)|(?:修|建)(?:高速|高铁|铁路|国道|省道|机场|水库)"
)
# the village or a fellow villager takes it back or rents it: a land-contract or title matter
_VILLAGE = re.compile(
    r"村委|村里|村上|村干部|村长|支书|书记|组里|组长|小组|集体|承包期|流转|租|邻居|隔壁|对门|两家|堂|别人|人家|他家|调解"
)
# a cadre who takes land acts for the village or abuses office: left to the other rules
_NOT_DELIVERED = re.compile(
    r"烂尾|逾期交房|延期交房|推迟交房|(?:没|未|还没|迟迟没|迟迟不|没能|不能按时|没按时|交不了|不给)(?:有)?交房"
    rf"|(?:交房(?:日期|时间|期限)|(?:合同|约定|写的|说好|承诺){_W}{{0,12}}交房){_W}{{0,16}}(?:到现在|至今|还没|逾期|过了)|楼还是(?:个)?(?:架子|毛坯|框架)|停工(?:了)?{_W}{{0,4}}(?:半年|一年|两年|好久|很久)"
)


def contract_debt_of_organ(text: str | None, *, organ_named: bool = False) -> bool:
    """An organ owes money under a contract ("镇政府欠我工程款", "教育局拖欠我司货款")."""
    clean = normalize_for_parsing(text or "")
    owed = bool(_CONTRACT_MONEY.search(clean) and _OWED.search(clean))
    return owed and (organ_named or bool(ORGAN.search(clean)))


def contract_debt(text: str | None) -> bool:
    """The price of goods, a haul or a job done owed under a contract, by whoever ("给供电公司的工地拉了四个月货 运费
    到现在没结", "收购商收了俺家的桔子 钱一直没给"); wages, and a 包工头's crew paid by the job, are not this."""
    clean = normalize_for_parsing(text or "")
    owed = _PRICE_OWED.search(clean)
    sold = _GOODS_TAKEN.search(clean) and _PRICE_UNPAID.search(clean)
    if not (owed or sold):
        return False
    worker = _WORKED_FOR.search(clean) and _BOSS.search(clean)
    return not (worker or wages_owed(clean) or crew_pay_told(clean))


def land_taken_by_party(text: str | None, *, organ_named: bool = False) -> bool:
    """Land occupied by someone, with no public works or organ taking it ("我男人的地被占了…村里的刘老三占的")."""
    if organ_named:
        return False
    clean = normalize_for_parsing(text or "")
    hit = _LAND_TAKEN.search(clean)
    if not hit:
        return False
    near = clean[max(0, hit.start() - 12) : hit.end() + 12]
    wider = clean[max(0, hit.start() - 30) : hit.end() + 30]
    return not (_PUBLIC_TAKING.search(near) or _CADRE.search(wider))


def land_taken_by_government(text: str | None, *, organ_named: bool = False) -> bool:
    """Land taken by a township or another government, said or named as the respondent ("地被收了…" of 茶庵铺镇政府)."""
    clean = normalize_for_parsing(text or "")
    if not _LAND_GONE.search(clean) or _VILLAGE.search(clean):
        return False
    return organ_named or bool(_GOVERNMENT.search(clean))


def flat_not_delivered(text: str | None) -> bool:
    """A flat not delivered on the contract's date or a building left unfinished ("楼还是个架子", "逾期交房")."""
    return bool(_NOT_DELIVERED.search(normalize_for_parsing(text or "")))


# the village itself, not a government: "村里修路占了我家半亩菜地"
_THE_VILLAGE = re.compile(r"村里|村委|村上|村干部|村长|村主任|支书|村集体|组里|组上|村民小组")


def land_taken_by_village(text: str | None) -> bool:
    """Land the village took ("村里修路占了我家半亩菜地一分钱没给"), no township or other government told."""
    clean = normalize_for_parsing(text or "")
    taken = _LAND_GONE.search(clean) or _LAND_TAKEN.search(clean)
    return bool(taken) and bool(_THE_VILLAGE.search(clean)) and not _GOVERNMENT.search(clean)


# whoever's works did it: a utility, a builder, a company, a team on the job
_WORKS_BY = re.compile(
    r"供电|电力|电网|电业|架线|拉线|高压线|电线杆|移动|电信|联通|燃气|管道|光缆|施工队|施工方|工程队|公司|开发商|老板"
)
_CROPS = r"树|杉|松|竹|庄稼|苗|稻|麦|玉米|菜|房|墙|屋"
_DAMAGED = re.compile(
    rf"(?:砍|伐|挖|毁|压|铲|推|碾|震)(?:了|掉|坏|倒|死|断|裂|平)?{_W}{{0,14}}(?:{_CROPS})"
    rf"|(?:被|让|给|把){_W}{{0,12}}(?:{_CROPS}){_W}{{0,3}}(?:砍|挖|毁|压|铲|推|碾|震)"
)
_UNPAID = re.compile(
    rf"没赔|不赔|一分(?:钱)?(?:都)?没(?:赔|给)|没(?:给)?(?:补偿|赔偿)|不(?:给)?(?:补偿|赔偿)|不给钱|没给钱|没人赔"
    rf"|(?:赔|补偿){_W}{{0,8}}(?:没给|不给|没到|没影)"
)
# the government's own taking (征收, 征用): an act to review, left to the other rules
_TAKEN_BY_GOVERNMENT = re.compile(r"政府|征收|征地|征用|拆迁办|指挥部")


def works_damage_unpaid(text: str | None) -> bool:
    """A company's works damaged trees, crops or a house and nothing was paid ("供电所架高压线砍了俺家二十多棵杉树
    一分钱没赔"); a taking by a government is left to the other rules."""
    clean = normalize_for_parsing(text or "")
    if _TAKEN_BY_GOVERNMENT.search(clean):
        return False
    return bool(_WORKS_BY.search(clean) and _DAMAGED.search(clean) and _UNPAID.search(clean))


# a deposit kept, within a sentence: "2万保证金一直不退", "押金扣着不给", "扣了我三千押金", "押金到现在没退"
_DEPOSIT = r"押金|保证金|质保金|风险金|押车费"
_NOT_RETURNED = r"不退|没退|未退|冇退|唔退|不给退|没给退|不肯退|唔肯退|拒不退|还没退|退不回|要不回|不还|没还|不返还|未返还|扣着|扣下|扣住|不给"
_DEPOSIT_KEPT = re.compile(
    rf"(?:{_DEPOSIT})[^。！？!?]{{0,24}}?(?:{_NOT_RETURNED})|(?:{_NOT_RETURNED})(?:我|我们|俺|俺们)?的?(?:{_DEPOSIT})|"
    rf"(?:扣|吞|卷走|扣留)(?:了|着|下)?(?:我|我们|俺|俺们)?的?{_W}{{0,6}}(?:{_DEPOSIT})"
)

_HOLDER_ORGAN = re.compile(rf"{ORGAN.pattern}|交警|公安|派出所|执法|法院")


def deposit_withheld(text: str | None) -> bool:
    """A deposit kept by a company, a platform or a landlord ("公司3万押金不退", "平台保证金审核了90天不退"); one
    an organ holds ("交警队扣车的押金") is an act of that organ, left to the model."""
    clean = normalize_for_parsing(text or "")
    return bool(_DEPOSIT_KEPT.search(clean)) and not _HOLDER_ORGAN.search(clean)
