from __future__ import annotations

import pytest

from bot.parsing.respondent import extract_respondent, is_role_only
from bot.parsing.respondent_answer import names_nobody, read_respondent_answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我要投诉我们小区的物业", "物业"),
        ("投诉绿城物业乱收停车费", "绿城物业"),
        ("投訴萬科物業", "万科物业"),
        ("深圳市华强电子有限公司拖欠工资三个月", "深圳市华强电子有限公司"),
        ("村干部私自卖地", "村干部"),
        ("我在华强电子厂上班，厂里拖欠工资", "华强电子厂"),
        ("举报天河区市场监督管理局不作为", "天河区市场监督管理局"),
        ("我们村村委会不公开账目", "村委会"),
        ("开发商一直不给办房产证", "开发商"),
        ("楼下饭店油烟扰民", "饭店"),
        ("学校乱收费", "学校"),
        ("城管把我的摊子收了", "城管"),
        ("包工头跑了，欠我们2万", "包工头"),
        ("和平医院乱收费", "和平医院"),
        ("派出所不给立案", "派出所"),
        ("老板不发工资", "老板"),
        ("中国建设银行乱扣费", "中国建设银行"),
        ("举报本村村支书贪污", "村支书"),
        ("淘宝店家不退款", "淘宝店家"),
        ("他们厂长打人", "厂长"),
        ("前面问过陈局长，没答复", "陈局长"),
        ("它附属于小学", "小学"),
        ("给自来水公司打了电话", "自来水公司"),
        ("有人举报称城山幼儿园校车常进出", "城山幼儿园"),
        ("下坪村有个选矿厂", "选矿厂"),
        ("尊敬的领导，您好，学校乱收费", "学校"),
    ],
)
def test_extract_respondent(text: str, expected: str) -> None:
    assert extract_respondent(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "反映一个问题，路灯坏了",
        "我想咨询一下社保怎么交",
        "隔壁邻居装修太吵",
        "我们厂拖欠工资",  # a bare "厂" names nobody
        "所以我很生气",
        "这家店卖假货",
        "局里不给办",
        "请上级领导为民做主",  # a salutation, not a respondent
        "",
        None,
    ],
)
def test_no_respondent(text: str | None) -> None:
    assert extract_respondent(text) is None


def test_a_centre_of_an_organ_is_a_respondent():
    from bot.parsing.respondent import extract_respondent

    assert extract_respondent("公积金中心不给我提取公积金") == "公积金中心"
    assert extract_respondent("投诉市住房公积金管理中心") == "市住房公积金管理中心"


def test_strict_takes_only_a_clear_statement():
    from bot.parsing.respondent import extract_respondent

    assert extract_respondent("还没有 准备去法院告", strict=True) is None
    assert extract_respondent("物业乱收停车费", strict=True) == "物业"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole name is kept, not its tail
        ("我们小区的嘉美物业不管事", "嘉美物业"),
        ("长沙鑫源置业有限公司拖欠工资", "长沙鑫源置业有限公司"),
        ("老码头火锅店不给退钱", "老码头火锅店"),
        ("力美健身房老板跑路了", "力美健身房老板"),
        # a role followed by the name the citizen gives it
        ("那个什么公司，叫华强的", "华强公司"),
        ("我在一家公司上班，公司叫鸿运电子，拖欠工资", "鸿运电子公司"),
        ("老板叫我明天再来，一直拖欠工资", "老板"),
        ("老板叫刘德明，拖欠工资三个月", "老板刘德明"),
        # a time said before a role is no part of it
        ("工资拖了两个月，2026年10月份老板说资金周转不过来", "老板"),
        # a KTV named only by its kind is a role, asked by name later
        ("一家KTV拖欠我们两个月工资，2026年10月份老板说资金周转不过来", "KTV"),
        # denied or only planned: not the respondent
        ("不是物业的事，是开发商", "开发商"),
        ("不是物业 是开发商不给办证", "开发商"),
        ("我没有去法院也没有找过律师，楼上邻居的鸽子屎掉我家阳台上", None),
        ("还没有 准备去法院告", None),
        ("实在不行就去法院起诉", None),
        # an office complained to in vain is an earlier report, unless its inaction is the complaint
        ("找过街道办，没人管", None),
        ("楼上装修天天砸墙 投述物业也没用 昆明西山区", None),
        ("找过街道办，街道办不作为", "街道办"),
        # a salutation is never the respondent
        ("尊敬的李书记，我们村修路的钱被挪用了", None),
        ("尊敬的李书记：我们村委会乱收费", "村委会"),
        # traditional characters, typos, no punctuation
        ("華強電子廠拖欠工資三個月", "华强电子厂"),
        ("投述绿城物业乱收停车费", "绿城物业"),
    ],
)
def test_a_careful_clerk_reads_the_respondent(text: str, expected: str | None) -> None:
    assert extract_respondent(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "公司",
        "老板",
        "电子厂",
        "小区物业",
        "温州瓯海区鞋厂",
        "置业有限公司",
        "健身房老板",
        "学校",
        "包工头",
        "劳务派遣公司",
        "某某公司",
        "楼下的便利店",
    ],
)
def test_a_role_without_a_name_is_told_apart(text: str) -> None:
    assert is_role_only(text)


@pytest.mark.parametrize(
    "text",
    [
        "华强电子厂",
        "鑫源置业有限公司",
        "长沙智联科技有限公司",
        "和平医院",
        "第五中学",
        "镇政府",
        "村委会",
        "派出所",
        "",
    ],
)
def test_a_named_party_or_an_office_is_not_a_bare_role(text: str) -> None:
    assert not is_role_only(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("就是隔壁那个养猪场的老板姓刘", "隔壁那个养猪场的老板姓刘"),
        ("对方是华强电子厂吧", "华强电子厂"),
        ("那个什么公司，叫华強的", "华强公司"),
        ("不是物业，是开发商", "开发商"),
        ("名字不知道，是个小饭馆", "小饭馆"),
        ("镇里的赵副镇长", "镇里的赵副镇长"),
        ("嗯 长沙智联科技有限公司", "长沙智联科技有限公司"),
        ("我们村委会乱收费", "村委会"),
        ("隔壁屋里的王老三", "隔壁屋里的王老三"),
        ("铁西区社保中心呗", "铁西区社保中心"),  # particles of the north and the south-west
        ("就是那个物业公司噻", "物业公司"),
        ("镇政府哟", "镇政府"),
        ("先登补贴的 对象是历下区残联", "历下区残联"),  # which matter first, then "对象是…" (not "象是…")
        ("对象就是物业", "物业"),
        ("对象写金湖物业", "金湖物业"),
        ("先锋物业", "先锋物业"),
        ("不知道", None),
        ("", None),
        (None, None),
    ],
)
def test_the_answer_to_the_respondent_question_keeps_the_party(
    text: str | None, expected: str | None
) -> None:
    assert read_respondent_answer(text) == expected


@pytest.mark.parametrize("text", ["没有", "没有具体对象", "無", "没得", "冇"])
def test_an_answer_naming_nobody_gives_no_party(text: str) -> None:
    assert names_nobody(text)
    assert read_respondent_answer(text) is None


def test_the_residents_committee_is_not_taken_for_the_property_company_it_chose():
    assert extract_respondent("我们小区业委会选举物业搞暗箱操作") == "业委会"


def test_a_bar_keeps_its_name():
    assert read_respondent_answer("伍家岭的网吧") == "伍家岭的网吧"
    assert read_respondent_answer("就是华强公司吧") == "华强公司"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市信访局领导你们好，我上个月已经给区信访办写过信了，没有回音。小区下水道堵了", None),
        ("我跟装修公司的合同纠纷已经起诉到法院了，想问法院什么时候开庭", "公司"),
        ("派出所民警办案收了对方的钱", "派出所民警"),
        ("局长好，我们村委会乱收费", "村委会"),
    ],
)
def test_where_a_matter_was_taken_or_written_is_not_whom_it_is_against(
    text: str, expected: str | None
) -> None:
    assert extract_respondent(text) == expected


def test_a_worker_of_the_unit_who_complains_is_not_chained_to_it():
    assert extract_respondent("一家培训机构老师的工资拖了三个月没发") == "培训机构"


@pytest.mark.parametrize(
    ("respondent", "role_only"),
    [
        ("化工厂", True),  # ends with 工厂 and with 厂: 化工 is a trade
        ("县医院", True),
        ("工地老板", True),
        ("站长", True),
        ("宏利化工厂", False),
        ("攸县人民医院", False),
        ("镇政府", False),  # an office is named enough by its place
    ],
)
def test_a_role_the_clerk_asks_the_name_of(respondent, role_only):
    assert is_role_only(respondent) is role_only


def test_a_verb_tail_is_no_part_of_the_party():
    assert extract_respondent("我想了想 还是反映一下物业费的事吧") == "物业"
