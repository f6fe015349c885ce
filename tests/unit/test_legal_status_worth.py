"""Whether a suit is worth it, or what it costs, says nobody is in court (hf-010 was filed as 正在审理)."""

import pytest

from bot.parsing.legal_status import detect_legal_status


@pytest.mark.parametrize(
    "said", ["为这点事打官司不值当吧？", "打官司划不来", "起诉也犯不着", "打官司太麻烦 没必要"]
)
def test_not_worth_a_suit_is_no_suit(said):
    assert detect_legal_status(said) == "none"


@pytest.mark.parametrize("said", ["打官司值不值当", "起诉要多少钱", "打官司有用吗", "打官司要多久"])
def test_a_question_about_a_suit_says_nothing_of_one(said):
    assert detect_legal_status(said) is None


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("已经起诉了", "in_court"),
        ("官司打了一年了", "in_court"),
        ("判决不服", "judged"),
        ("没打官司", "none"),
    ],
)
def test_suits_told_read_as_before(said, status):
    assert detect_legal_status(said) == status


@pytest.mark.parametrize(
    "said",
    [
        "没有打官司 老人不想跟儿子打官司 就想让有关部门做做工作",
        "没打官司 也不想跟他打官司",
        "我哪敢跟政府打官司",
        "跟村里打什么官司",
        "不想和开发商打官司 就想调解",
        "没跟老板打官司",
    ],
)
def test_a_suit_denied_against_a_party_is_no_suit(said):
    """The party between the denial and the suit ("不想跟儿子打官司") keeps the denial (hj-006 was filed in court)."""
    assert detect_legal_status(said) == "none"


@pytest.mark.parametrize(
    "said", ["打官司？我跟政府打官司？没有", "起诉了？还没有", "官司？跟谁打？没有", "仲裁？没有啊"]
)
def test_the_bots_word_echoed_as_a_question_then_denied(said):
    assert detect_legal_status(said) == "none"


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("我已经跟公司打官司了", "in_court"),
        ("跟老板的官司还在打", "in_court"),
        ("打官司？打了 还没判", "in_court"),
        ("和开发商打官司 明年开庭", "in_court"),
        ("我们跟物业打过官司 判了", "judged"),
    ],
)
def test_a_suit_against_a_party_still_counts(said, status):
    assert detect_legal_status(said) == status


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("你们这些当官的到底管不管事 俺的官司打赢两年了一分钱没拿到", "judged"),  # lead-037: not 正在审理
        ("官司打完了 判我们赢", "judged"),
        ("打输了", "judged"),
        ("打赢官司也没用 他不给", "judged"),
        ("官司还没打完", "in_court"),  # a suit not over is still a suit
    ],
)
def test_a_suit_won_or_lost_is_judged(said, status):
    assert detect_legal_status(said) == status


@pytest.mark.parametrize(
    "said",
    ["没有 干啥要打官司 就想把钱要回来", "没 嘎哈去告啊", "沒有 幹嘛打官司", "没有 图啥打官司"],
)
def test_why_would_i_sue_is_no_suit(said):
    assert detect_legal_status(said) == "none"


def test_someone_else_suing_is_still_a_suit():
    assert detect_legal_status("他把我起诉了 现在法院在审") == "in_court"
