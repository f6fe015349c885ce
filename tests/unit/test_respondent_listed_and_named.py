"""Parties listed in one answer, the matter said instead of a party, and units named the way people name them
(he-015 … hu-030 of the held-out chats): a numbered school after its place, a clinic, a dealer with its name, a
secretary whose name a verb follows."""

import pytest

from bot.parsing.respondent import extract_respondent
from bot.parsing.respondent_answer import read_respondent_answer
from bot.parsing.respondent_elsewhere import named_unit, names_only_officials, names_only_parties
from bot.parsing.respondent_parts import listed_parties, names_the_matter_only


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("学校 还有班主任 姓刘 不作为", "学校、班主任 姓刘"),
        ("二楼那个收废品的老头 姓常 还有物业不管", "二楼那个收废品的老头 姓常、物业"),
        ("主要是那个仁爱医院 他们不给报 还有东湖区医保局", "仁爱医院、东湖区医保局"),
        ("那个医院 成都市第三人民医院 还有医保局", "成都市第三人民医院、医保局"),
        ("隔壁那家 1单元502的房东 还有那个中介", "隔壁那家 1单元502的房东、中介"),
        ("镇政府 还有那个包工程的老板", "镇政府、包工程的老板"),
        ("开发商 另外还有物业 都不管", "开发商、物业"),
        ("村会计、村支书", "村会计、村支书"),
    ],
)
def test_each_party_listed_is_kept_without_what_it_does(said, read):
    assert listed_parties(said) == read


@pytest.mark.parametrize(
    "said",
    [
        "楼上邻居装修 物业不管",
        "我老公 还有他妈",
        "不知道 还有事吗",
        "我们公司 还有另外两家投标的公司都不服",  # the same kind twice: no plain list
        "镇上民政办 还有村头的文书 说我儿子有车就不得行",  # "文书" is no party the reader knows
        "打过平台客服 还有12328",
        "跟物业说过 跟社区也说过",
    ],
)
def test_no_list_is_read_where_no_two_parties_are_listed(said):
    assert listed_parties(said) is None


def test_a_floor_said_with_digits_after_not_knowing_the_name_is_kept():
    assert read_respondent_answer("楼上那家 不知道名字 6楼的") == "楼上那家 6楼"
    assert read_respondent_answer("楼上那家 不晓得名字 ６楼的") == "楼上那家 6楼"  # full-width digits


@pytest.mark.parametrize(
    ("said", "matter_only"),
    [
        ("土地的事 农村土地那个", True),
        ("就是工资的事", True),
        ("拆迁方面的", True),
        ("物业的事", False),  # names the party
        ("拆迁的事 拆迁办", False),
        ("楼上那个", False),  # someone
        ("姓王的那个", False),
    ],
)
def test_an_answer_that_names_the_matter_names_nobody(said, matter_only):
    assert names_the_matter_only(said) is matter_only


@pytest.mark.parametrize(
    ("story", "respondent"),
    [
        # a secretary told by name, what he did right after it: the person, not the village
        ("村里去年修路每户收了五百块钱 到现在账也不公开 村支书邓国华管的钱", "村支书邓国华"),
        # a dealer named after its trade: the dealer, not the garage that found the fault
        ("车商说无事故 结果4S店一查大修过 成都武侯区的车商 叫蓉诚二手车", "蓉诚二手车"),
        # a clinic by its own name, not "医院"
        ("医院说是我体质问题 不肯负责 上海静安区的 叫美莱雅医疗美容门诊部", "美莱雅医疗美容门诊部"),
        ("等了一小时 县一中的老师打人", "县一中老师"),
    ],
)
def test_the_party_a_story_names_by_name(story, respondent):
    assert extract_respondent(story) == respondent


def test_a_nickname_a_verb_follows_is_no_name():
    # hf-027: the nickname is kept for the respondent question, which asks the whole name
    assert extract_respondent("快来人 隔壁王老二拿着锄头堵在我家门口") != "隔壁王老二"


@pytest.mark.parametrize("story", ["我们花了一小笔钱 等了一小时", "排队排了一小会儿", "一中午都没人管"])
def test_no_school_is_read_from_a_little_of_something(story):
    assert extract_respondent(story) is None


def test_a_numbered_school_after_its_place_is_a_school():
    assert extract_respondent("郑州金水区 丰产路街道 纬五路一小") == "纬五路一小"
    assert extract_respondent("孩子在市二中 被打了") == "市二中"


@pytest.mark.parametrize(
    ("said", "unit"),
    [
        ("是一个叫 启航英语 的小机构 交了一年的钱", "启航英语机构"),
        ("有个叫鑫源的劳务公司", "鑫源劳务公司"),
        ("一家叫做新东方烹饪的培训学校", "新东方烹饪培训学校"),
        # the kind already in the name is not said twice
        ("去年在一家叫杭州云帆网络科技有限公司的公司上班", "杭州云帆网络科技有限公司"),
        # the shop or the employer by its name alone, said with the rest of the story
        ("福田区 那家叫铁人拳馆 突然不开了 卡里还有三千", "铁人拳馆"),
        ("這家店叫阿強燒臘 收了定金不做", "阿强烧腊"),  # traditional characters
        ("干了三年 公司是武汉某某物流有限公司 一直不交社保", "武汉某某物流有限公司"),
        ("厂的全称是东莞市鸿达五金制品厂", "东莞市鸿达五金制品厂"),
    ],
)
def test_a_unit_named_before_its_kind(said, unit):
    assert named_unit(said) == unit


@pytest.mark.parametrize(
    "said", ["那家叫啥来着 忘了", "公司是我们县最大的厂", "公司是不是有问题啊", "这家叫什么名字我不知道"]
)
def test_no_name_said_is_no_unit(said):
    assert named_unit(said) is None


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("村支书 叫刘长河", "村支书刘长河"),
        ("村主任 他叫王富贵", "村主任王富贵"),
        ("老板 名字叫王强", "老板王强"),
        ("村支书和村主任", "村支书和村主任"),
    ],
)
def test_a_person_in_office_with_the_name_said_after(said, read):
    assert names_only_officials(said) == read


def test_the_own_name_is_no_official():
    assert names_only_officials("我叫王强") is None


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("盘龙区医保局吧 还有药店 叫一心堂", "盘龙区医保局、一心堂药店"),
        ("物业 还有开发商", "物业、开发商"),
    ],
)
def test_parties_listed_at_another_question(said, read):
    assert names_only_parties(said) == read


@pytest.mark.parametrize("said", ["村委会", "我和我老婆", "今年三月 还有去年"])
def test_no_parties_listed(said):
    assert names_only_parties(said) is None
