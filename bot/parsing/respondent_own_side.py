"""The writer's own side, which is not who the matter is against: the unit a writer works at or speaks for when
they write for someone else ("我是天津泰达医院骨科的护士，替病人问问", "我是XX小学五年级班主任", "我们是XX小学的家长委员会",
"我替我们业委会反映"), and a body that is not formed yet ("我们小区想成立业委会").

A nurse writing for a patient, a teacher for a pupil, a committee for its members: the story names another party
that did the wrong (a company, an office, a person). Only when the story speaks of the writer's own unit doing
the wrong ("学校拖欠我们代课老师的工资") is it the party after all; `bot.parsing.respondent` decides that.
"""

from __future__ import annotations

import re

# who a writer is at their unit when they write for others or as one of a group: not an employee owed wages
_MEMBER = (
    r"(?:护士长|护士|护工|护理员|医生|大夫|村医|老师|教师|班主任|辅导员|网格员|网格长|社工|志愿者|楼长|单元长|"
    r"村干部|村支书|村书记|村主任|村会计|村民组长|社区书记|"
    r"家长委员会|家委会|家长|学生|业委会|业主委员会|业主代表|村民代表|股民代表|居民代表|职工代表|代表)"
    r"(?:主任|副主任|委员|成员|会长|代表)?"
)
_SAID_UNIT = r"[^,，。;；!！?？:：\s]{2,30}?"
# a job the writer (or the one they write for) does or did: "做了廿年保安", "在小区当保洁", "干了八年的司机"
_JOB = (
    r"(?:保安|保洁员?|门卫|司机|厨师|帮厨|服务员|清洁工|环卫工|电工|焊工|木工|瓦工|钢筋工|小工|搬运工|装卸工|"
    r"快递员|骑手|外卖员|会计|出纳|文员|收银员?|店员|导购|临时工|合同工|保姆|月嫂|育儿嫂|护工)"
)
_YEARS = r"(?:[0-9一二两三四五六七八九十廿卅几多]+(?:个)?(?:多)?年(?:多)?)"
_OWN_KIN = r"(?:我|俺)(?:妈|爸|娘|爹|哥|姐|弟|妹|老公|老婆|爱人|媳妇|儿子|女儿|家老人)"
_OWN_BUSINESS = (
    r"(?:超市|小卖部|商店|便利店|店|饭店|餐馆|面馆|粉店|门店|作坊|厂|诊所|药店|公司|摊位|摊|铺子|铺)"
)
_OWN_SIDE_RE = re.compile(
    # "我是天津泰达医院骨科的护士", "我是沙石镇中心小学五年级班主任钟丽萍", "我们是花园小学的家长委员会"
    rf"(?:我|俺|本人|我们|俺们|咱们)(?:是|系|作为)(?:在)?{_SAID_UNIT}的?(?:一名|一位|一个)?{_MEMBER}"
    # "我在县医院当护士", "俺在镇中学教书的老师"
    rf"|(?:我|俺|本人)在{_SAID_UNIT}(?:当|做|任|干)(?:一名|个)?{_MEMBER}"
    # "我老豆在容桂做了廿年保安", "我爸当了十年门卫": the job done, not the one complained about
    rf"|(?:做|干|当)(?:了)?{_YEARS}?(?:的)?{_JOB}"
    # "我在佛山顺德大良开了个小超市", "俺家开的小卖部": the writer's own business, fined or wronged by another
    # ("我妈在那大镇开了个粉店", "我是惠山的 开了个模具厂": for a relative, or after who the writer is)
    rf"|(?:我|俺|本人|我家|俺家|我们家?|俺们家?|{_OWN_KIN})(?:是[^,，。;；]{{0,12}}?的\s*)?(?:在[^,，。;；\s]{{0,12}}?)?"
    r"(?:开了|开的|开着|经营着?|办了|办的)"
    r"(?:个|一个|一家|家|间|一间)?[^,，。;；\s]{0,8}?"
    rf"{_OWN_BUSINESS}"
    # told as who the writer is, with no 我: "余杭区良渚街道开零食店的 市场监管局来检查", "做生意的 开粉店的"; not a
    # neighbour's shop ("隔壁开饭店的 天天油烟")
    r"|(?<!隔壁)(?<!对面)(?<!对门)(?<!楼下)(?<!楼上)(?<!旁边)(?<!附近)(?<!那个)(?<!门口)(?<!邻居)(?<!他家)(?<!她家)"
    r"(?<!他们)(?<!人家)(?<![他她])开(?:了|着)?(?:个|一个|一家|家|间|一间)?[^,，。;；\s的]{0,8}?"
    rf"{_OWN_BUSINESS}的(?=$|[\s,，。;；!！])"
    # the shop a licence is asked for: "去办营业执照 开个火锅串串店", "申请许可证 想开家药店"
    r"|(?:执照|许可证?|证照|登记)[^。;；!！?？]{0,6}?(?:想|要|准备|打算)?开(?:个|一个|一家|家|间|一间)"
    rf"[^,，。;；\s]{{0,8}}?{_OWN_BUSINESS}"
    # "我是一个机加工小厂的老板", "本人是城东一家饭店的店主": the business the writer runs
    rf"|(?:我|俺|本人)(?:是|系)[^,，。;；]{{0,16}}?{_OWN_BUSINESS}的?(?:老板娘|老板|厂长|店主|负责人|法人|经营者)"
    # "我替我们业委会反映", "代表小区业委会"
    r"|(?:替|代表|帮)(?:我们|俺们|咱们)?(?:小区|学校|班级)?的?(?:业委会|业主委员会|家委会|家长委员会)"
    # a body not formed yet, or being chosen, is no party: "想成立业委会", "村委会换届选举"
    r"|(?:成立|组建|筹建|筹备)(?:了|个|一个)?(?:业委会|业主委员会|家委会|家长委员会)"
    r"|(?:业委会|业主委员会|村委会|居委会)的?(?:换届|筹备组|筹备)"
)


def set_apart(norm: str) -> tuple[str, str]:
    """The normalised text with the writer's own side blanked out (offsets kept), and the part blanked."""
    parts = [m.group() for m in _OWN_SIDE_RE.finditer(norm)]
    if not parts:
        return norm, ""
    return _OWN_SIDE_RE.sub(lambda m: "，" * len(m.group()), norm), "，".join(parts)


# the platform a rider or courier works through: "我是美团骑手", "俺在顺丰当快递员"
_PLATFORM_RE = re.compile(
    r"(?:我|俺|本人)(?:是|在)(?P<brand>[\u4e00-\u9fffA-Za-z]{2,4}?)的?(?:当|做|跑)?(?:专送)?"
    r"(?:骑手|外卖员|送餐员|快递员|配送员|快递小哥|外卖小哥)"
)
# who runs the writer's station, told without the platform: "站点老板", "站长"
_STATION_HEADS = ("站点", "站长", "老板")


def with_the_platform(norm: str, found: str) -> str:
    """The head of a rider's station with the platform the writer works through ("我是美团骑手…站点老板" →
    美团站点老板): the platform answers for it; `found` unchanged otherwise."""
    said = _PLATFORM_RE.search(norm)
    if not said or not found.startswith(_STATION_HEADS):
        return found
    return said.group("brand") + found
