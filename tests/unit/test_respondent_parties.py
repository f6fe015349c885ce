"""The respondent as people write it: a role with its name, a title with its surname, an organ an act implies,
and what only looks like a party (a place, a facility wished for, the addressee of a letter)."""

from __future__ import annotations

import pytest

from bot.parsing.respondent import extract_respondent, is_role_only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a business's own name right after its role
        ("开发商长沙鑫城置业一直不给办房产证", "长沙鑫城置业"),
        ("开发商恒大地产逾期交房两年了", "恒大地产"),
        ("物業公司綠城物業亂收費", "绿城物业"),
        ("不是物业，是开发商南京鼎盛置业", "南京鼎盛置业"),
        ("开发商华润置地有限公司不交房", "华润置地有限公司"),
        # a person's name right after a person's role
        ("包工头刘大海欠了我们十几个人的工钱", "包工头刘大海"),
        ("包工頭王德福拖欠工資", "包工头王德福"),
        ("老板陈总说没钱发工资", "老板陈总"),
        ("房东张阿姨不退押金三千块", "房东张阿姨"),
        ("我们老板老周跑路了", "老板老周"),
        ("工头小李把钱卷走了", "工头小李"),
        # words after a role that are no name
        ("老板娘说再等等", "老板娘"),
        ("老板他说下个月一起发", "老板"),
        ("老板马上就要跑了", "老板"),
        ("经理马上说没钱", "经理"),
        ("老板和我说下个月发", "老板"),
    ],
)
def test_a_role_keeps_the_name_said_right_after_it(text, expected):
    assert extract_respondent(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("干完活包工头不给钱", "包工头"),  # the work done is no part of the boss
        ("干完活老板不给钱", "老板"),
        ("宅基地纠纷法院判了也不执行", "法院"),  # the dispute is no part of the court
        ("宅基地的纠纷村委会不处理", "村委会"),
        ("工程款纠纷对方一直不还钱", "对方"),
        ("对方就是不赔钱", "对方"),
        ("离婚纠纷对方不履行判决", "对方"),
        ("刘局长，我要举报他收红包", "刘局长"),  # the one reported, said first
        ("镇上的王书记强占我家的地", "王书记"),
        ("芙蓉区住建局不作为", "芙蓉区住建局"),  # an organ jieba cuts apart stays whole
        ("县人社局不管欠薪", "县人社局"),
        ("湖南省长沙市望城区人民政府不公开征地文件", "湖南省长沙市望城区人民政府"),
        ("长沙县人民政府不公开征地文件", "长沙县人民政府"),
        ("国土局把我家地征了没给钱", "国土局"),
        ("我家隔壁开了个烧烤店 油烟直接往我家窗户里灌", "烧烤店"),  # the opening is no part of the name
        ("我们村开了个砖厂 烟很大", "砖厂"),
        ("村里新建了一座化工厂 水都黑了", "化工厂"),
        ("家乐福超市卖过期食品", "家乐福超市"),  # a name that starts like a measure word stays whole
    ],
)
def test_the_span_is_the_party_and_no_more(text, expected):
    assert extract_respondent(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "河南省驻马店市上蔡县",  # a place ending like a shop is no shop
        "我家在驻马店市，村里的补贴没发",
        "在辽宁瓦房店市",
        "我们小区附近没有幼儿园，娃上学远",  # a facility missed or wished for is nobody to complain about
        "建议在小区旁边新建一所小学",
        "我们镇上没有一所像样的中学",
        "村里缺个卫生室，看病要跑十几里",
        "附近没有银行 取钱不方便",
        "希望在村里建一所卫生院",
        "张局长，您好，我想反映一下我们村的低保问题",  # the addressee of a letter
        "王局长，我要反映我们村的路三年没修",
        "赵主任，麻烦您看一下我们小区的问题",
    ],
)
def test_what_only_looks_like_a_party_is_none(text):
    assert extract_respondent(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在驻马店打工，老板跑了", "老板"),
        ("李书记：我们村委会账目不公开", "村委会"),
        ("王县长 我是某某村的村民 村支书贪污", "村支书"),
        ("驻马店的一家公司拖欠工资", "公司"),
    ],
)
def test_the_party_is_found_past_a_place_or_an_addressee(text, expected):
    assert extract_respondent(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # detention is the police's doing, whoever later let the citizen go
        ("去年我被行政拘留十天，后来查清楚是冤枉的", "公安局"),
        ("我2024年被错误刑事拘留一个月，检察院最后不起诉", "公安局"),
        ("被非法关押了三个月，后来无罪释放", "公安局"),
        ("我儿子被派出所错误拘留了", "派出所"),  # the unit named is kept
        ("法院把我司法拘留了十五天", "法院"),  # a court's detention is the court's
    ],
)
def test_an_act_with_no_named_doer_gives_the_organ_that_does_it(text, expected):
    assert extract_respondent(text) == expected


def test_the_implied_organ_is_no_clear_statement():
    assert extract_respondent("被错误拘留了四十天", strict=True) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("俺是老汉 村里把俺家的地收了 一分钱没给", "村委会"),
        ("征地补偿款被村里扣了一半", "村委会"),
        ("村里2025年把我家承包的两亩田流转给了大户", "村委会"),
        ("村里修路占了我家的菜地不给补偿", "村委会"),
        ("每个月的养老钱都被镇里扣掉三十块", "镇政府"),
        ("我家的山林叫组里卖了", "村民小组"),
        ("鄉里私自把我們的地租出去了", "乡政府"),
    ],
)
def test_the_village_or_township_as_the_doer_is_its_organ(text, expected):
    assert extract_respondent(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "村里的路灯坏了半年",  # where, not who
        "问村里说上面没拨",
        "村里把我的低保取消了",  # a benefit is decided above the village: asked
        "村里征地的补偿款两年了还没给",  # 征地 is the government's act: asked
    ],
)
def test_the_village_only_mentioned_is_no_doer(text):
    assert extract_respondent(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "补偿款两年没给，再不给我就去省政府门口拉横幅",  # where a threat would go
        "工资欠了半年 想明天一起去市信访局",
        "我已经向区信访局反映过了，小区化粪池满了",  # where it was told
        "我打过12345和区城管局的电话，都说不归他们管",
        "找劳动局有用吗",  # an office asked about is where to go, not whom
        "去法院告他管不管用",
    ],
)
def test_where_the_matter_is_taken_or_was_told_is_no_party(text):
    assert extract_respondent(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我已经向街道反映过了，楼下烧烤店天天吵到半夜", "烧烤店"),
        ("撞我的车全责，保险公司拖着不赔", "保险公司"),
        ("报案两个月了派出所也不立案", "派出所"),
        ("不动产登记中心不给办过户", "不动产登记中心"),
        ("村民组长私自把组里的山卖了", "村民组长"),
        ("反映对象不是中建五局，是城投公司的项目", "城投公司"),
    ],
)
def test_the_party_past_where_it_was_told(text, expected):
    assert extract_respondent(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("希望政府管管这个黑心老板，拖欠工资半年", "黑心老板"),  # whom help is asked of is no party
        ("请政府督促开发商长沙鑫城置业履行合同", "长沙鑫城置业"),
        ("恳请有关部门查处这家化工厂", "化工厂"),
        ("镇政府强拆我家房子，希望上级领导为民做主", "镇政府"),
        ("要求政府赔偿损失", "政府"),  # a claim against the government names it
    ],
)
def test_whom_help_is_asked_of_is_not_whom_the_matter_is_against(text, expected):
    assert extract_respondent(text) == expected


@pytest.mark.parametrize("role", ["黑心老板", "无良开发商", "缺德物业"])
def test_an_epithet_is_no_name(role):
    assert is_role_only(role)
