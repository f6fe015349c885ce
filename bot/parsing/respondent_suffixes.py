"""The words a unit's or a role's name ends with ("…有限公司", "…派出所", "…村委会", "包工头", "…厂"), by which
`bot.parsing.respondent` finds the parties a text names."""

from __future__ import annotations

import re

from bot.parsing.respondent_organs import ORGAN_WORDS, RENAMED_ORGAN_WORDS

_MULTI_SUFFIXES_TEXT = (
    "股份有限公司 有限责任公司 有限公司 物业公司 物业管理处 公司 集团 厂家 工厂 委员会 "
    "公积金中心 管理中心 服务中心 政务中心 医疗中心 检测中心 "
    "村委会 居委会 业主委员会 业委会 村委 管委会 街道办事处 街道办 办事处 物业 学校 小学 中学 大学 学院 "
    "幼儿园 培训机构 医院 卫生院 妇幼保健院 保健院 妇幼 诊所 门诊部 派出所 公安局 分局 城管局 城管 法院 检察院 合作社 "
    "旅行社 卫生所 财政所 国土所 服务站 检查站 供水站 环卫站 水利站 开发商 房地产 银行 "
    "信用社 饭店 酒店 宾馆 超市 商场 商店 药店 网店 4S店 驾校 工地 项目部 施工队 装修队 工程队 政府 "
    "KTV ktv 歌厅 酒吧 网吧 夜总会 会所 棋牌室 麻将馆 茶楼 浴场 "
    "执法队 中队 大队 支队 总队 供电所 税务所 司法所 事务所 管理所 管理站 收费站 加油站 "
    "中介 车商 包工头 工头 老板娘 老板 村干部 村支书 村书记 村主任 村长 镇长 乡长 书记 校长 院长 "
    "园长 房东 商家 卖家 店家 平台 运营商 厂长 经理 主任 队长 站长 所长 局长 科长 "
    "工作人员 保安 班主任 老师 医生 民警 警察 辅警 对方 "
    "民政办 民政所 社保所 征收办 拆迁办 棚改办 登记中心 保障中心 村组长 村民组长 小组长 村会计 "
    "养殖场 养猪场 养鸡场 养鸭场 养牛场 屠宰场 "
    # cemeteries and funeral homes, heating companies ("福寿园公墓", "哈投热电", "XX热力")
    "公墓 陵园 墓园 殡仪馆 火葬场 热电厂 热电 热力公司 热力 供热站 换热站"
)
_MULTI_SUFFIXES = (*_MULTI_SUFFIXES_TEXT.split(), *ORGAN_WORDS, *RENAMED_ORGAN_WORDS)
# One-character suffixes need a name in front ("华强电子厂", not a bare "厂") and must end a word.
_SINGLE_SUFFIXES = ["厂", "局", "店"]
# a hospital by its number, as people call it: "市二院", "湘雅二院", "附一院" (市第二人民医院)
NUMBERED_HOSPITAL = r"[一二三四五六七八九]院(?![子里长落墙门外内])"
# a school by its number after its place, as people call it: "纬五路一小", "县一中", "城关二小" (not "一小时")
NUMBERED_SCHOOL = (
    r"(?<=[路街镇乡县区市村关])[一二三四五六七八九十]{1,3}[小中]"
    r"(?![时块段部会点片撮把笔步间午旬途心期层等级文型号班学])"
)
SUFFIX_RE = re.compile(
    # the municipal works ("市政的下水道"), not the city's government or its CPPCC ("市政府", "市政协")
    r"市政(?:部门|公司|工程处|管理处|处|所)?(?![府协局])|" + NUMBERED_HOSPITAL + "|" + NUMBERED_SCHOOL + "|"
    "(?:" + "|".join(sorted(set(_MULTI_SUFFIXES), key=len, reverse=True)) + ")"
    "|(?:" + "|".join(_SINGLE_SUFFIXES) + ")(?![里内外面长家区房主员子以后前有市县镇乡村])"
)
