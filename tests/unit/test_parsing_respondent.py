from __future__ import annotations

import pytest

from bot.parsing.respondent import extract_respondent


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
