"""City residents' own questions about their home and neighbours (actions.home_questions): whether the police deal with
a neighbour's dog (治安管理处罚法 第89条), who pulls down a shed put up without leave (城乡规划法 第64条、第68条), whether
to stop a late flat's mortgage (民法典 第676条、第563条), whether the medical-insurance office deals with a bill for a
test never done, whether to phone 12345 first; and a landlord cutting water and power to force a rent rise (民法典
第708条). Phrasings written for these tests (dialect, traditional characters, full-width digits, no punctuation), none
a corpus message."""

from __future__ import annotations

import pytest

from actions.filed_questions import after_filing_answer
from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.questions import answer_in_context

K = QuestionKind


def _answer(text: str, story: str | None) -> str:
    return answer_in_context(detect_question(text), text, story) or ""


# (question, story told before, words the answer must hold, words it must not)
ANSWERS = [
    # a neighbour's dog: the police may warn and fine
    ("报警管用不", "对门养了两条狗 一到晚上就嚎", ["治安管理处罚法第89条", "110", "派出所"], ["刑事诉讼法"]),
    ("派出所管不管这种事", "楼下遛狗从来不拴绳 扑过我家孩子", ["第89条", "派出所"], []),
    ("能叫警察來處理嗎", "隔壁養的狗天天亂叫 還在樓道拉屎", ["第89条"], []),  # traditional characters
    ("这归谁管啊", "邻居家的大狗半夜叫个不停 吵得睡不着", ["第89条"], []),
    # a shed on the roof or in the yard: the planning office (城管) orders it down
    ("这个能让人来拆掉不", "对面楼顶上又加盖了一层彩钢房", ["城乡规划法第64条", "12345", "城管"], []),
    ("城管到底管不管", "小区里有人私搭乱建 把过道都占了", ["第64条", "第68条"], []),
    ("找谁拆啊", "后院邻居在楼下砌了一间小屋 挡着路", ["城乡规划法"], []),
    # a late flat's mortgage: not stopped on one's own; the credit record
    ("我们能不能断供", "开发商说好去年交房 到现在还没封顶", ["征信", "民法典第676条", "不建议"], []),
    ("房贷可以先不还吗", "樓盤爛尾兩年了", ["征信", "第563条"], []),  # traditional characters
    # the medical-insurance office and a bill for a test never done
    ("医保局能管吗", "医院收了我妈两次CT的钱 只做了一次", ["医保", "12393", "第6条"], []),
    ("可以找医保举报吗", "住院清单上有三天的针 根本没打", ["医疗保障", "12393"], []),
    # whether to phone 12345 first
    ("我是不是得先打12345", "小区门口烧烤摊天天半夜吵", ["不用先打", "第22条", "12345"], []),
    ("要不要先打个市长热线", "路灯坏了两个月", ["不用先打"], []),
]


@pytest.mark.parametrize(("text", "story", "has", "lacks"), ANSWERS)
def test_answered_with_the_article(text: str, story: str, has: list[str], lacks: list[str]) -> None:
    answer = _answer(text, story)
    for words in has:
        assert words in answer, answer
    for words in lacks:
        assert words not in answer, answer


def test_the_dog_named_in_the_question_needs_no_story() -> None:
    assert "第89条" in _answer("俺能不能直接找派出所来管管这条狗", None)


@pytest.mark.parametrize(
    "story",
    [
        "城管说我家院子里的棚子是违建 限我三天拆掉",
        "我家房子被认定成违建了 要强拆",
        "镇上带人把我家的养鸡棚强拆了",
    ],
)
def test_the_citizen_s_own_house_called_illegal_is_no_neighbour_s_shed(story: str) -> None:
    assert "城乡规划法第64条" not in _answer("这个能管不", story)


@pytest.mark.parametrize(
    "text",
    [
        "房贷我们一直按时还的",  # a statement: asks nothing
        "我不想停贷 就想让他交房",
    ],
)
def test_a_mortgage_told_asks_nothing_of_stopping_it(text: str) -> None:
    assert "征信" not in _answer(text, "开发商逾期交房一年")


def test_asked_after_filing_the_shed_s_answer_comes_from_the_story() -> None:
    slots = {"case_number": "XF20261201-0001", "route": "hotline_12345", "route_variant": "housing"}
    answer = after_filing_answer(slots, "你们能不能叫人来拆了它", "楼上那户在天台上搭了个铁皮屋") or ""
    assert "城乡规划法第64条" in answer


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("房东为了涨租把水电都给停了 这合法不", K.SELF_HELP),
        ("他把水和电都掐了 能这样吗", K.SELF_HELP),
        ("房東把暖氣停了 這樣行嗎", K.SELF_HELP),  # traditional characters
        ("能不能直接叫警察来", K.CALL_POLICE),
        ("警察管不管这事", K.CALL_POLICE),
    ],
)
def test_the_kind_is_read(text: str, kind: QuestionKind) -> None:
    assert detect_question(text) is kind


@pytest.mark.parametrize("text", ["停车位不够 这合理吗", "停工三个月了 这合法吗"])
def test_parking_and_a_stoppage_are_no_utilities_cut(text: str) -> None:
    assert detect_question(text) is not K.SELF_HELP


def test_a_landlord_cutting_utilities_for_more_rent_hears_article_708() -> None:
    answer = _answer("这样合法吗", "房东要涨房租 我没答应 他就把电给断了")
    assert answer.startswith("不能")
    assert "民法典第708条" in answer and "民法典第543条" in answer


@pytest.mark.parametrize("text", ["上户口要找派出所吗", "办身份证得找派出所不", "开无犯罪证明要去派出所吗"])
def test_the_station_s_desk_is_no_call_to_the_police(text: str) -> None:
    assert detect_question(text) is not K.CALL_POLICE


@pytest.mark.parametrize(
    ("text", "story"), [("贷款不给批 怎么办", "买房首付交了"), ("房贷能不能停", "烂尾楼")]
)
def test_only_stopping_the_payments_is_asked_about(text: str, story: str) -> None:
    assert ("征信" in _answer(text, story)) is ("停" in text)
