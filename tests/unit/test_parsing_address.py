"""read_address_answer: the answer to "您的通讯地址？" as citizens type it; mask_address for staff screens."""

from __future__ import annotations

import pytest

from bot.parsing.address import (
    MAX_ADDRESS_CHARS,
    AddressAnswer,
    mask_address,
    read_address_answer,
    under_the_place,
)

ADDRESSES = [
    "长沙市岳麓区望月湖街道12栋3单元502",
    "就寄到村委会 湖南省隆回县桃洪镇xx村",
    "住在溆浦县卢峰镇 邮编419300",
    "湖南省邵阳市大祥区城西街道红旗路58号",
    "北京市朝阳区建国路88号院3号楼1单元1202",
    "广州天河石牌东路100号",
    "上海浦东新区张江镇",
    "xx村3组",
    "望月湖街道12栋",
    "村委会",
    "我住在县城幸福小区",
    "寄到我单位吧，县人民医院住院部",
    "好的，长沙县星沙街道开元东路",
    "湖南 长沙 岳麓 麓山南路",
    "河北省保定市蠡县城关镇东街",
    "无锡市梁溪区崇安寺街道",
    "家在沛县",
]


@pytest.mark.parametrize("text", ADDRESSES)
def test_addresses_are_kept_as_written(text):
    answer = read_address_answer(text)
    assert answer is not None and answer.address == text
    assert not answer.refused and not answer.same_as_location


@pytest.mark.parametrize(
    "text",
    [
        "长沙市岳麓区望月湖街道12栋3单元502",
        "湖南省隆回县桃洪镇",
        "住在溆浦县卢峰镇",
        "家在沛县",
        "上海浦东新区张江镇",
    ],
)
def test_places_the_gazetteer_knows_are_marked(text):
    assert read_address_answer(text).place_named


def test_village_words_without_a_known_place_are_still_an_address():
    answer = read_address_answer("xx村3组")
    assert answer.address == "xx村3组" and not answer.place_named


def test_postcode_is_read():
    assert read_address_answer("住在溆浦县卢峰镇 邮编419300").postcode == "419300"
    assert read_address_answer("溆浦县卢峰镇，邮政编码：４１９３００").postcode == "419300"
    assert read_address_answer("长沙市岳麓区望月湖街道12栋").postcode is None


def test_full_width_digits_are_understood_and_kept():
    text = "长沙市岳麓区望月湖街道１２栋３单元５０２"
    assert read_address_answer(text).address == text
    assert read_address_answer("ｘｘ村３组").address == "ｘｘ村３组"


def test_traditional_characters_are_understood_and_kept():
    text = "長沙市嶽麓區望月湖街道12棟"
    answer = read_address_answer(text)
    assert answer.address == text and answer.place_named


def test_emoji_and_outer_spaces_are_dropped():
    assert read_address_answer("  湖南省长沙市开福区四方坪🏠 5栋  ").address == "湖南省长沙市开福区四方坪 5栋"
    assert read_address_answer("就这个👉长沙市岳麓区桃子湖路1号👍").address == "就这个长沙市岳麓区桃子湖路1号"


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("地址是广东省广州市越秀区中山五路", "广东省广州市越秀区中山五路"),
        ("通讯地址：长沙市岳麓区望月湖街道12栋", "长沙市岳麓区望月湖街道12栋"),
        ("电话13812345678，地址长沙市岳麓区", "长沙市岳麓区"),
        ("我家住址在衡阳县西渡镇", "衡阳县西渡镇"),
        ("寄到我女儿家：深圳市福田区莲花路1001号", "寄到我女儿家：深圳市福田区莲花路1001号"),
    ],
)
def test_a_label_before_the_address_is_left_out(text, address):
    assert read_address_answer(text).address == address


def test_an_address_is_cut_to_200_characters():
    text = "湖南省长沙市岳麓区望月湖街道" + "很长的描述" * 60
    address = read_address_answer(text).address
    assert len(address) == MAX_ADDRESS_CHARS and text.startswith(address)


@pytest.mark.parametrize(
    "text",
    [
        "不方便说",
        "不留了",
        "跳过",
        "算了吧",
        "不想留地址",
        "这个保密",
        "没有",
        "不用",
        "没有固定住址，在外面打工",
        "地址就不给了",
        "跳過",  # traditional
        "不方便🙏",
        "不用寄",
        "不要寄东西给我",
        "别寄到家里，家里人不知道",
        "不说 他会找到",  # a victim hiding from the abuser
        "地址不能说 他会找过来",
        "不敢留 怕他看到",
        "不说",
    ],
)
def test_refusals(text):
    assert read_address_answer(text) == AddressAnswer(refused=True)


@pytest.mark.parametrize(
    "text",
    [
        "同上",
        "同上。",
        "就是出事那个地方",
        "跟上面说的一样",
        "和前面一样",
        "就住在出事的地方",
        "地址一样",
        "就在那里",
        "一样",
        "跟出事地点一样",
        "同上面",
        "同上吧",
        "同上就行",
        "一样的就行",
        "就同上啊",
        "好的 同上哈",
    ],
)
def test_same_as_the_problems_place(text):
    assert read_address_answer(text) == AddressAnswer(same_as_location=True)


@pytest.mark.parametrize(
    "text",
    [
        "要地址干嘛？",
        "要地址干嘛",
        "为什么要我的住址",
        "一定要填村里的地址吗",
        "你们会上门吗？",
        "13812345678",
        "好的",
        "嗯",
        "😂😂",
        "",
        "   ",
        None,
        "不知道",
        "他们还是不管",
        "老家",
        "地址有什么用？",
        "要写多详细？",
        "邮箱可以吗",
        "123",
    ],
)
def test_not_an_address(text):
    assert read_address_answer(text) is None


def test_a_question_that_gives_an_address_is_an_address():
    answer = read_address_answer("寄到长沙市岳麓区望月湖街道12栋可以吗？")
    assert answer.address == "寄到长沙市岳麓区望月湖街道12栋可以吗？"


def test_a_refusal_that_still_names_a_place_keeps_the_place():
    answer = read_address_answer("具体的不方便说，住在溆浦县")
    assert answer.address == "具体的不方便说，住在溆浦县" and not answer.refused


@pytest.mark.parametrize(
    ("address", "shown"),
    [
        ("长沙市岳麓区望月湖街道12栋3单元502", "湖南省长沙市岳麓区****"),
        ("就寄到村委会 湖南省隆回县桃洪镇xx村", "湖南省邵阳市隆回县****"),
        ("望月湖街道12栋", "湖南省长沙市岳麓区****"),
        ("長沙市嶽麓區望月湖街道12棟", "湖南省长沙市岳麓区****"),
        ("湖南省", "湖南省****"),
        ("北京市朝阳区建国路88号", "北京市朝阳区****"),
        ("xx村3组", "****"),  # no known place: nothing in clear
        ("朝阳区建国路88号", "****"),  # two 朝阳区: not guessed
    ],
)
def test_mask_shows_province_city_county_only(address, shown):
    assert mask_address(address) == shown


@pytest.mark.parametrize("address", [None, "", "  "])
def test_mask_of_no_address(address):
    assert mask_address(address) is None


def test_mask_never_shows_the_street_or_number():
    shown = mask_address("湖南省长沙市岳麓区望月湖街道12栋3单元502")
    assert "望月湖" not in shown and "12" not in shown and "502" not in shown


@pytest.mark.parametrize(
    ("text", "location", "address"),
    [
        (
            "同上 团城山街道杭州东路21号3栋",
            "湖北省黄石市下陆区团城山街道",
            "湖北省黄石市下陆区团城山街道杭州东路21号3栋",
        ),
        ("同上 禾丰镇 下宅村", "江西省赣州市于都县禾丰镇", "江西省赣州市于都县禾丰镇下宅村"),
        (
            "同上 ８号楼２单元１２０１",
            "陕西省西安市雁塔区电子城街道",
            "陕西省西安市雁塔区电子城街道8号楼2单元1201",
        ),
        ("同上，李庄村", "河南省周口市郸城县汲冢镇", "河南省周口市郸城县汲冢镇李庄村"),
    ],
)
def test_the_same_place_with_more_below_it(text, location, address):
    """ "同上 禾丰镇 下宅村": the problem's place, and what is said below it, never kept as typed."""
    answer = read_address_answer(text)
    assert answer.same_as_location
    assert under_the_place(location, answer.address) == address
