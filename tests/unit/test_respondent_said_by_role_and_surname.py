"""Who the matter is against, when told by role and surname, by kinship, or as street enforcement; and an answer
at the respondent question that only says where the citizen lives or where to write (hk-014, hv-001, lead-062,
hw-017, hh-016)."""

import pytest

from bot.domain.text import normalize_for_parsing
from bot.parsing.respondent import extract_respondent
from bot.parsing.respondent_answer import tells_own_address
from bot.parsing.respondent_doers import relative_doer
from bot.parsing.respondent_elsewhere import names_only_kin, person_by_surname
from bot.parsing.respondent_organs import official_organ_name


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("雇主姓郑 郑先生 住在天河区猎德那边的汇景新城 是家政公司介绍的", "雇主郑先生"),
        ("房东姓李", "房东（姓李）"),
        ("老板姓王 王老板", "王老板"),
        ("老闆姓張 張總", "老板张总"),
        ("包工头姓欧阳", "包工头（姓欧阳）"),
        ("我的雇主姓陈，陈女士", "雇主陈女士"),
    ],
)
def test_a_person_by_surname(said, who):
    assert person_by_surname(said) == who


@pytest.mark.parametrize("said", ["老板姓什么我不知道", "姓王", "我姓王 王秀英", "雇主家在天河区"])
def test_no_person_by_surname(said):
    assert person_by_surname(said) is None


@pytest.mark.parametrize(
    ("story", "who"),
    [
        ("俺家那四亩二分承包地去年秋收完叫村里姓刘的支书收回去了 说是要统一流转给外地老板", "村里姓刘的支书"),
        ("镇上姓王的副镇长把低保给他亲戚了", "镇上姓王的副镇长"),
        ("村里姓張的會計貪污", "村里姓张的会计"),
    ],
)
def test_an_officer_by_surname_is_the_party_not_the_committee(story, who):
    assert extract_respondent(story) == who


def test_the_village_without_a_person_is_still_its_committee():
    assert extract_respondent("村里把我家的地收了") == "村委会"


@pytest.mark.parametrize(
    ("story", "who"),
    [
        ("我老公又打我了 不过你们别报警", "老公"),
        ("俺家男人喝了酒就打俺", "男人"),
        ("我男人天天骂我", "男人"),
        ("她老公经常家暴她", "老公"),
        ("儿子儿媳不给我养老钱", "儿子"),
        ("俺那口子一喝酒就动手", "那口子"),
        ("我老公又打我了😭", "老公"),
    ],
)
def test_a_relative_who_does_the_harm(story, who):
    assert relative_doer(normalize_for_parsing(story)) == who


@pytest.mark.parametrize(
    "story",
    [
        "我儿子在外地 没人管",
        "一个男人打了我",
        "我老公在工地干活 老板不给工资",
        "我儿子被人打了",
        "我丈夫出轨了",
    ],
)
def test_no_relative_doer(story):
    assert relative_doer(normalize_for_parsing(story)) is None


@pytest.mark.parametrize(
    "said",
    [
        "寄给我奶奶 后楼村南街3号",
        "现在住老乡家 白云区同和街道 具体门牌我问问",
        "我住在天河区石牌街道",
        "地址是长沙市岳麓区",
        "寄到我家 沂南县依汶镇",
        "我现住在儿子家",
        "俺暫時住在閨女家",
    ],
)
def test_where_one_lives_is_no_party(said):
    assert tells_own_address(said)


@pytest.mark.parametrize("said", ["住我楼上的那家", "住建局", "住隔壁的老王", "村委会", "住院部的护士"])
def test_a_party_is_no_address(said):
    assert not tells_own_address(said)


@pytest.mark.parametrize(
    ("who", "places", "named"),
    [
        ("城管", ["云南省", "昆明市", "五华区"], "五华区城管局"),
        ("城管", ["北京市", "市辖区", "朝阳区"], "朝阳区城管局"),
        ("城管", ["广东省", "佛山市", "南海区", "大沥镇"], "大沥镇城管"),  # the township's own team
        ("城管", ["北京市", "市辖区", "朝阳区", "望京街道"], "望京街道城管"),
        ("城管大队", ["湖南省", "长沙市", "望城区"], "望城区城管执法大队"),
        ("城管", ["云南省", "昆明市"], "城管"),  # no county known: as said
        ("城管队员", ["云南省", "昆明市", "五华区"], "城管队员"),
        ("五华区城管局", ["云南省", "昆明市", "五华区"], "五华区城管局"),
    ],
)
def test_street_enforcement_is_the_countys_office(who, places, named):
    assert official_organ_name(who, places) == named


def test_an_office_named_before_its_officer_stays():
    story = "等了４年了 济南市槐荫区 段店北路街道 拆迁办那个姓赵的主任说的"
    assert "拆迁办" in extract_respondent(story)


@pytest.mark.parametrize(
    ("said", "who"),
    [
        ("我大爷王德山 二爷王德海 三叔王德江", "大爷王德山、二爷王德海、三叔王德江"),
        ("大儿子张强、二儿子张伟", "大儿子张强、二儿子张伟"),
        ("俺哥叫李建国", "哥李建国"),
        ("大兒子張強", "大儿子张强"),
    ],
)
def test_relatives_listed_by_name(said, who):
    assert names_only_kin(said) == who


@pytest.mark.parametrize(
    "said", ["我叫王小雨", "王德山", "我大爷 二爷", "大儿子不管", "我妹妹在北京", "我奶奶叫刘秀英"]
)
def test_no_relatives_listed(said):
    assert names_only_kin(said) is None
