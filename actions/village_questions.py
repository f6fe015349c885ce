"""What villagers ask about their own matter: whether a married-out daughter shares in the land money, whether a
contract field taken back or a neighbouring village's blocked canal can be sued over, whether the government
comes first in a quarrel over hills and fields, what a village owes for the land it took, whether the accounts
must be shown, what a homestead approval costs, whether to leave a house under a falling slope or with cracked
walls, whether a 危房 application goes on, whether to see a doctor for a headache, whether a 低保 may be stopped
to get a signature, why the 退耕还林 money fell.

Rows of the same shape as `actions.own_matter_questions.ASKED` (FAQ key of knowledge/legal_routes.yml, what the
question clause says, what the story must tell). Patterns are searched in normalised text (simplified
characters, half-width digits). Pure: no I/O.
"""

from __future__ import annotations

import re

from actions.worker_questions import both

# a daughter married out (or divorced, widowed, or a son-in-law who moved in) and the village's money or land
_MARRIED_OUT = (
    r"外嫁|出嫁|嫁出|嫁到|嫁了人|嫁人|嫁的(?:闺女|女儿|姑娘|女)|离婚|离了婚|丧偶|守寡|上门女婿|入赘|倒插门"
)
_VILLAGE_SHARE = r"分|钱|款|补偿|征地|分红|承包地|宅基地|集体|福利|份"
# the contract field taken back by the village
# "承包的五亩地", "包的那几亩田": a few words between the contract and the field
_CONTRACT_LAND = (
    r"承包地|承包合同|土地承包|承包(?:的|了)?[^,，。]{0,4}(?:地|田)|承包期|责任田|口粮田|承包经营"
)
_TAKEN_BACK = r"收回|收了|收走|收去|调整|调走|拿走|占|包给|转包|流转|给了别人|强行|不让种"
# who owns a hill or a forest, quarrelled over (a homestead's boundary crossed is remove_encroachment's)
_TITLE = r"林权|山林|林地|山场|山头|荒山|权属|林权证|归谁|祖上"
_QUARREL = r"争|吵|闹|纠纷|说是他们|说是他家|抢|砍|不认"
# the village (not the state) takes a villager's plot for a road or another public use
_VILLAGE_TOOK = (
    r"(?:村里|村委会?|组里|村民小组|村上|队里|村干部)[^。]{0,12}(?:占|用|修|挖|圈)[^。]{0,12}(?:地|田)|"
    r"(?:占|占用|挖|圈)了?(?:我|俺|咱)(?:们)?家?的?(?:自留地|承包地|口粮田|地|田)"
)
# the village's books kept from the villagers
_VILLAGE_ACCOUNTS = (
    r"村务公开|财务公开|公开栏|账目?[^。]{0,8}(?:不|没|从没|从来没)[^。]{0,4}公开|"
    r"(?:不|没)[^。]{0,4}公开[^。]{0,6}账|公开账|查账|账本|账目"
)
# water kept back or let loose by the next village (or a neighbour)
_WATER = r"水渠|沟渠|渠道|堰|水沟|灌溉|放水|浇地|浇不上|排水|堵水|截水|拦水|断水|水坝"
_NEIGHBOUR = r"隔壁村|邻村|邻居|上游|下游|别的村|外村|他们村|人家村|隔壁组|邻组"
# a slope that slides or drops rocks above houses
_SLOPE = r"滑坡|塌方|垮塌|山体|落石|掉石头|滚石|泥石流|坡[^。]{0,8}(?:塌|垮|滑|掉|裂)|地裂|地面裂"
# a house with cracked walls or listed as unsafe
_CRACKED = r"危房|房子?[^。]{0,6}(?:裂|塌|歪|漏)|墙[^。]{0,6}(?:裂|塌|歪)|裂缝|裂口|房梁"
# a blow to the head, or a headache for days
_HEAD_HURT = r"(?:打|推|砸|撞|摔|磕|踢|敲)[^。]{0,10}(?:头|脑袋|脑壳|脑门|后脑)|(?:头|脑袋|脑壳)[^。]{0,6}(?:破|肿|流血|出血|疼|痛|晕)"
# a signature asked for, and a benefit stopped if it is not given
_SIGN = r"不签|签字|签协议|签合同|签了"
_BENEFIT_STOPPED = r"停(?:了|掉|发)?[^。]{0,4}(?:低保|医保|养老|补贴|救济)|(?:低保|医保|养老金|补贴|救济)[^。]{0,6}(?:停|取消|不给)"
_REFORESTATION = r"退耕|还林|还草"
_LESS = r"(?<!多)少|减|一半|砍|降|没发|不发|调|变了|只发|才发"

# a question about going to court or whom to turn to
# what a fee is asked as: "要交钱不", "收费吗", "要不要钱"
_FEE_ASKED = r"交钱|收费|收钱|要钱|花钱|费用|多少钱|要不要钱|出钱"
_SUE_OR_WHO = r"告|起诉|打官司|法院|仲裁|找谁|找哪|怎么办|咋办|咋整|咋弄|合法|违法|能这样|有权"
# moving out, or whether staying is safe
_LEAVE = r"搬|撤|躲|住人|住不住|能住|还住|地方住|住的地方|住哪|安置|危险|安全|要紧|会不会塌|塌不塌"

VILLAGE_ASKED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    # "嫁出去的闺女 村里分征地款有没有她的份": 妇女权益保障法 第55条, not the household register
    (
        "married_out_share",
        re.compile(
            r"份|分(?:不分|没分|得到|得着|到)|能(?:不能)?分|该不该(?:分|给)|给不给|合法|违法|犯法|咋说|怎么说|规定|能不能(?:拿|领|要)"
        ),
        both(_MARRIED_OUT, _VILLAGE_SHARE),
    ),
    # "还能接着申请不" of a 危房: before the cracked house's safety question, which asks about moving out
    ("dilapidated_house_apply", re.compile(r"申请|改造|补助|补贴|批下|批了|排队|名额"), re.compile(r"危房")),
    ("cracked_house_safety", re.compile(_LEAVE), re.compile(_CRACKED)),
    ("landslide_leave", re.compile(rf"{_LEAVE}|咋整|咋办|怎么办"), re.compile(_SLOPE)),
    (
        "headache_doctor",
        re.compile(r"医院|医生|看病|就医|检查|要紧|严重|要命|拍片|120"),
        re.compile(_HEAD_HURT),
    ),
    # "不签就停低保医保 这合法吗": a benefit held over a signature
    (
        "benefits_for_signature",
        re.compile(r"合法|违法|犯法|能这样|可以这样|有权|行吗|对吗"),
        both(_SIGN, _BENEFIT_STOPPED),
    ),
    # "跟村里打官司能赢吗" of land compensation the village holds back: a member's share can be sued for
    (
        "land_compensation_withheld",
        # (not "该告乡政府还是告村委会": which of two is whom_to_sue_government's)
        re.compile(rf"^(?![\s\S]*还是)[\s\S]*(?:{_SUE_OR_WHO}|赢|要得回|要回来|能不能要)"),
        both(
            r"村|支书|村长|村干部|村委",
            r"征地|征收|占了?地|补偿款|补偿费|土地款|占地款",
            r"压着|不给|不发|不分|没分|没发|扣着|扣了|拖着|截留|挪用|私分",
        ),
    ),
    (
        "village_accounts",
        re.compile(rf"{_SUE_OR_WHO}|谁管|管不管"),  # "信访有用没" keeps its own answer
        both(r"村|组|集体", _VILLAGE_ACCOUNTS),
    ),
    # "仲裁要交钱不": the arbitration's fee, before whether the land may be taken back
    ("land_contract_arbitration_fee", re.compile(_FEE_ASKED), re.compile(_CONTRACT_LAND)),
    # "村里到底能不能收", "他们有权收吗": whether the village may take it back at all
    (
        "land_contract_taken",
        re.compile(rf"{_SUE_OR_WHO}|收回|(?:能|可以|有权|凭啥|凭什么)(?:不能|不可以)?收"),
        both(_CONTRACT_LAND, _TAKEN_BACK),
    ),
    # "要不要先找乡里" of two villages quarrelling over a hill: the government decides first
    (
        "land_title_government",
        re.compile(r"乡里|乡上|镇里|镇上|乡政府|镇政府|政府|法院|起诉|告|打官司|找谁|找哪|先找|怎么办|咋办"),
        both(_TITLE, _QUARREL),
    ),
    # "批这个要花钱不" of a homestead: the approval's own fees, not the court's or the petition's
    (
        "homestead_approval_fee",
        re.compile(r"(?=[^,，。]*(?:批|审批|手续|办证))[^,，。]*(?:钱|费|收)"),
        re.compile(r"宅基地|盖房|建房|翻盖|翻建|起房子|盖新房"),
    ),
    (
        "homestead_approval",
        re.compile(r"审批|批不批|要不要批|去哪批|哪里批|找谁批|谁批|手续|怎么批|咋批"),
        re.compile(r"宅基地|盖房|建房|翻盖|翻建|起房子|盖新房"),
    ),
    # "该不该补偿我" of a plot the village took for a road
    (
        "village_took_land",
        re.compile(r"补偿|赔|给[^,，。]{0,3}钱|给不给|该不该给|合法|违法|能这样"),
        re.compile(_VILLAGE_TOOK),
    ),
    # "损失谁赔" of a canal blocked by the next village: a civil claim, not state compensation
    ("neighbour_water_loss", re.compile(r"赔|损失|打官司|起诉|告|法院"), both(_WATER, _NEIGHBOUR)),
    (
        "reforestation_cut",
        re.compile(r"是不是|真的|真是|调|政策|(?<!多)少|减|咋|怎么|为啥|为什么|告"),
        both(_REFORESTATION, _LESS),
    ),
)
