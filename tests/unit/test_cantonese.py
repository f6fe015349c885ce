"""Written Cantonese is read as Mandarin, one character for one, and Mandarin is left as it is."""

import pytest

from bot.domain import cantonese
from bot.domain.cantonese import fold_cantonese
from bot.domain.text import fold_keeping_offsets, normalize_for_parsing
from bot.parsing.prior_report import read_prior_report_answer


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("业主唔肯退押金三千蚊", "业主不肯退押金三千块"),
        ("冇揾过其他部门", "没找过其他部门"),
        ("唔系，佢系业主，我系租客", "不是，他是业主，我是租客"),
        ("系", "是"),
        ("系啊", "是啊"),
        ("啱，提交", "对，提交"),
        ("啱啱先知", "刚刚先知"),
        ("咁点算啊？可以告佢吗", "这咋办啊？可以告他吗"),
        ("系咪要交钱", "是否要交钱"),
        ("唔使寄啦", "不用寄啦"),
        ("我哋屋企嗰边", "我们家里那边"),
        ("佢成日嚟搞事", "他整天来搞事"),
        ("老细拖咗我两个月人工", "老板拖了我两个月人工"),
        ("我喺边度可以投诉", "我在哪里可以投诉"),
        ("点解冇人理", "为啥没人理"),
        ("琴日差佬嚟过", "昨天警察来过"),
        ("有冇人管㗎", "有没人管的"),
        (
            "反映对象唔啱 系安达物业管理有限公司",
            "反映对象不对 是安达物业管理有限公司",
        ),  # a clause opening with 系
        ("时间唔啱，系上年三月", "时间不对，是上年三月"),
        ("去仲裁要几耐先有结果", "去仲裁要多久先有结果"),
        ("老细走佬咗 三个月冇出粮", "老板跑了了 三个月没发薪"),
        ("物业定系开发商 我唔知", "物业还是开发商 我不知"),  # 定系: one or the other
    ],
)
def test_cantonese_is_read_as_mandarin(said, read):
    assert fold_cantonese(said) == read


@pytest.mark.parametrize(
    "mandarin",
    [
        "仲裁委还没有裁决",  # 仲 is Mandarin in 仲裁
        "我们的关系很好，联系电话是多少",
        "这个系统一直登不上",
        "他是中文系的老师",
        "旁边那家店一点都不讲理",
        "蚊子太多了，垃圾站没人管",
        "我就是想问问",
        "开车要 系安全带",
        "找过联系人 系主任也来过",
        "测定系数不对",
        "固定系统坏了",
    ],
)
def test_mandarin_is_left_alone(mandarin):
    assert fold_cantonese(mandarin) == mandarin


@pytest.mark.parametrize("said", ["佢哋唔肯俾钱，点算？", "係咪要去法院", "業主唔退按金", "冇", ""])
def test_the_fold_keeps_every_offset(said):
    assert len(fold_cantonese(said)) == len(said)
    assert len(fold_keeping_offsets(said)) == len(said)


def test_traditional_cantonese_is_read_through_the_whole_normalisation():
    assert normalize_for_parsing("係咪要交錢？佢哋唔肯退") == "是否要交钱?他们不肯退"


@pytest.mark.parametrize(
    "mandarin",
    [
        "真的好累，只想早点解脱。",
        "一点办法都没有",
        "有点解释不清",
        "车停在旁边位置上",
        "然而家里没人管",
        "听日本人说的",
        "这边个人信息泄露了",
        "司机不系安全带",
        "快点算清楚工钱",
        "这个锅几耐用的",
        "他有几耐心",
    ],
)
def test_mandarin_words_holding_cantonese_pairs_are_left_alone(mandarin):
    assert fold_cantonese(mandarin) == mandarin


@pytest.mark.parametrize(
    ("answer", "read"),
    [
        ("同佢讲过好多次，佢成日话等阵先，冇揾过其他部门", "未曾反映"),
        ("冇啊 第一次搵你哋", "未曾反映"),
    ],
)
def test_an_earlier_report_denied_in_cantonese(answer, read):
    assert read_prior_report_answer(answer) == read


def test_every_guarded_phrase_has_its_mandarin_reading():
    # a guarded word without a reading would raise KeyError at the first citizen who types it
    assert set(cantonese._PHRASES) >= cantonese._GUARDED_WORDS
    for word in cantonese._GUARDED_WORDS:
        assert len(cantonese._PHRASES[word]) == len(word)


@pytest.mark.parametrize(
    ("said", "slot", "value"),
    [
        ("反映对象唔啱 系安达物业管理有限公司", "respondent", "安达物业管理有限公司"),  # lead-049
        ("电话唔啱，系13602831177", "phone", "13602831177"),
        ("地方写错咗 系容桂街道华口社区", "location", "容桂街道华口社区"),
    ],
)
def test_a_correction_in_cantonese(said, slot, value):
    from actions.correction_parse import is_explicit_correction, parse_corrections

    requests = parse_corrections(said)
    assert [(r.slot, r.value) for r in requests] == [(slot, value)]
    assert is_explicit_correction(said, {slot: "旧的"})


@pytest.mark.parametrize(
    ("said", "folded"),
    [
        ("民政啦 定系城乡建设", "民政啦 还是城乡建设"),
        ("反映对象写残联就得", "反映对象写残联就行"),
        ("就得啦", "就行啦"),
    ],
)
def test_either_or_and_that_will_do(said, folded):
    assert fold_cantonese(said) == folded


@pytest.mark.parametrize("mandarin", ["一定系好安全带", "那我就得自己去", "这样就得了", "规定系统升级"])
def test_mandarin_must_and_fasten_are_left_alone(mandarin):
    assert fold_cantonese(mandarin) == mandarin
