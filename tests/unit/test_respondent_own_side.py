"""Whose side the writer is on: the unit a writer works at or speaks for is not who the matter is against when the
story names another party; a person in office or a relative told by name is; a business's name jieba cuts into
verbs is still one name (held chats hj-004, hj-007, hj-015, hj-025, hj-030, hj-002, hj-006, hj-013, hj-031)."""

from __future__ import annotations

import pytest

from bot.parsing.respondent import extract_respondent
from bot.parsing.respondent_answer import names_nobody, read_respondent_answer
from bot.parsing.respondent_own_side import set_apart


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nurse for a patient, a teacher for a pupil, a care worker for a resident: the other party
        (
            "我是市一医院心内科的护士，帮病人问问，他在一个工地上摔伤了，包工的宏远建筑劳务有限公司不给治",
            "宏远建筑劳务有限公司",
        ),
        ("我是城关镇中心小学三年级班主任李芳，我班学生家的低保被镇民政所停了", "镇民政所"),
        ("我是齊齊哈爾一所職業學校的老師，學生在華鑫電子廠實習，廠裡一分錢沒給", "华鑫电子厂"),
        ("我们是实验小学的家长委员会，学校对面的网吧天天有学生进去，区文化局不管", "区文化局"),
        ("我替我们业委会反映，原来的物业南昌佳和物业合同到期了赖着不走", "南昌佳和物业"),
        ("俺在县医院当护工 帮一个老人问问 他的退休金被社保局停了", "社保局"),
        # the writer's own unit doing the wrong is the party after all
        ("我是红星小学的老师，学校拖欠我们半年的绩效工资", "红星小学"),
        ("我是人民医院的护士，院里一直不给我们交社保", "人民医院"),
        # the job one does is no party (lead-049: "做咗廿年保安" was filed as the respondent "廿年保安")
        ("我老豆喺佛山顺德容桂做咗廿年保安 公司话佢超咗退休年龄 一分钱补偿都冇就叫佢走", "公司"),
        ("我爸在厂里做了二十年保安 公司说他超了退休年龄", "公司"),
        ("我在小区干了八年的保洁 物业说不要我了", "物业"),
        ("俺当了三年多门卫 宏发五金厂一直不交社保", "宏发五金厂"),
    ],
)
def test_the_writers_own_unit_is_not_the_party(text: str, expected: str) -> None:
    assert extract_respondent(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a suggestion from a parents' committee names no one; its school is on its side
        "我们是花园小学的家长委员会，提个建议：学校门口车多，建议加个红绿灯",
        # a body not formed yet is no party
        "我们小区想成立业委会，街道一直拖着不给备案",
    ],
)
def test_no_party_but_the_writers_own(text: str) -> None:
    assert extract_respondent(text) in (None, "学校")


def test_the_own_side_is_blanked_with_offsets_kept() -> None:
    norm, own = set_apart("我是天津泰达医院骨科的护士，替病人问问")
    assert own == "我是天津泰达医院骨科的护士"
    assert len(norm) == len("我是天津泰达医院骨科的护士，替病人问问")
    assert "医院" not in norm
    assert set_apart("物业乱收费") == ("物业乱收费", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我们是桥北村的村民代表 村里土地流转的钱 村支书王德发一直不公开账目", "村支书王德发"),
        ("村里一百多亩集体地租给了一个物流公司 账也不公开 村主任赵宝山说钱修路了", "村主任赵宝山"),
        ("他儿子马军在石嘴山上班 两年多没给过生活费", "儿子马军"),
        ("家里老房子旁边邻居羊成武去年盖新房占了我家宅基地", "邻居羊成武"),
        ("俺邻居王长河今年春上翻盖房子 把院墙垒到俺家宅基地上", "邻居王长河"),
        ("我屋隔壁那个张二娃 昨天晚上拿起锄头在我门口吼", "隔壁张二娃"),
        ("合作社理事长兼社区书记蔡明辉五年来从未向股民公布收支明细", "合作社理事长兼社区书记蔡明辉"),
        ("这次村委会换届选举有问题 候选人李长福挨家挨户发钱 一户两百", "候选人李长福"),
        ("匿名举报一下，殿前街道城建科的副科长姓林的，收了我们村几户人家的钱", "姓林的副科长"),
        # a boss told by surname is no officer: the unit is named
        ("俺们厂里拖欠工资三个月了 厂子叫鲁南机械 老板姓赵", "鲁南机械"),
        # an officer told by surname and title after the unit
        ("表扬一下无锡新吴区劳动监察大队的徐队长 工人被欠的工资他跑了好几趟", "无锡新吴区劳动监察大队徐队长"),
        ("我想表扬一下我们镇的司法所刘所长 帮我们调解了地界纠纷", "司法所刘所长"),
        ("派出所的王警官不给立案", "派出所王警官"),
        ("派出所的人不管", "派出所"),
        (
            "举报 乌鲁木齐新市区城管执法中队有个姓艾的队员 每个月找夜市摊主收保护费",
            "乌鲁木齐新市区城管执法中队姓艾的队员",
        ),
        ("举报城管执法大队乱罚款", "城管执法大队"),
        # a nickname goes with its unit
        ("想表扬一下泉水派出所的民警小张 大半夜帮我们找人", "泉水派出所"),
    ],
)
def test_a_person_told_by_name(text: str, expected: str) -> None:
    assert extract_respondent(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "我老公喝了酒就打我 昨天晚上又打了",  # no name: asked
        "隔壁邻居装修太吵",
    ],
)
def test_a_relative_without_a_name_is_asked(text: str) -> None:
    assert extract_respondent(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("南昌市京东镇那个鑫源塑料再生厂，天天晚上排烟", "鑫源塑料再生厂"),
        ("开发区的食品加工厂排污", "食品加工厂"),
        ("包工的天津鑫达建筑劳务有限公司垫了五千块就不管了", "天津鑫达建筑劳务有限公司"),
        ("友谊路那个工地天天晚上施工到两三点，施工单位是中建八局", "中建八局"),
        ("他在一个建筑工地干活摔伤了 包工的公司叫大同市恒达建筑工程有限公司", "大同市恒达建筑工程有限公司"),
    ],
)
def test_a_business_named_in_words_jieba_cuts(text: str, expected: str) -> None:
    assert extract_respondent(text) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("中建八局啊 围挡上写的", "中建八局"),
        ("应该是区民政局吧 发补贴的", "区民政局"),
        ("他儿子马军啊", "儿子马军"),
        ("她女儿 叫什么我问问 叫张玉梅", "女儿张玉梅"),
        ("哈尔滨物业供热集团 具体哪个分公司我不清楚", "哈尔滨物业供热集团"),
        ("那个公司叫啥 华强电子", "华强电子公司"),
        ("楼上邻居装修 物业不管", "楼上邻居装修 物业不管"),
        ("笔架山街道办事处拖着不备案", "笔架山街道办事处"),
        ("反映对象是笔架山街道办事处，他们拖着不备案", "笔架山街道办事处"),
        ("不是业委会 是笔架山街道办事处拖着不备案", "笔架山街道办事处"),
        ("村委會一直不給辦", "村委会"),
        ("对方姓覃，同村的", "对方姓覃，同村"),
        # a name said beside the relative or the role stays
        ("我老公 于海军", "我老公 于海军"),
        ("六组组长 曾庆福", "六组组长 曾庆福"),
        ("欠钱的叫郑志强 开五金店的", "欠钱的叫郑志强 开五金店"),
        ("工地围挡上写的是中建某局承建的 龙湖天街二期项目", "工地围挡上写的是中建某局承建 龙湖天街二期项目"),
        # "didn't I say": pointing back is no denial
        ("我刚才不是说了 姓彭的包工头 彭建华", "姓彭的包工头 彭建华"),
        ("不是讲过了吗 华强电子厂", "华强电子厂"),
        ("不是物业，是开发商", "开发商"),
    ],
)
def test_an_answer_keeps_the_party_not_what_is_said_of_it(answer: str, expected: str) -> None:
    assert read_respondent_answer(answer) == expected


@pytest.mark.parametrize("answer", ["我是河南周口人 在这边打工", "俺是外地的", "我是本地人"])
def test_where_the_citizen_is_from_names_no_party(answer: str) -> None:
    assert read_respondent_answer(answer) is None


@pytest.mark.parametrize(
    ("answer", "expected"),
    [("我是富士康的员工 厂里不给钱", "我是富士康的员工 厂里不给钱"), ("俺是外地的 房东不退押金", "房东")],
)
def test_who_the_citizen_is_beside_a_party_keeps_the_party(answer: str, expected: str) -> None:
    assert read_respondent_answer(answer) == expected


@pytest.mark.parametrize("answer", ["跳过 这是给上面提的意见", "跳过，就是个建议", "跳過 給政府提的建議"])
def test_a_skip_with_its_reason_names_nobody(answer: str) -> None:
    assert names_nobody(answer)
    assert read_respondent_answer(answer) is None


def test_a_skip_beside_a_party_keeps_the_party() -> None:
    assert not names_nobody("跳过 物业")
    assert read_respondent_answer("跳过 物业") == "物业"
