"""A suit denied is never a suit (hn-004, hn-010 were filed as 正在审理); a fine's paper held is a decision
(hn-015, hn-021 were filed as none)."""

import pytest

from bot.parsing.legal_status import detect_legal_status


@pytest.mark.parametrize(
    "said",
    [
        "无，尚未提起诉讼",
        "無，尚未起訴",
        "我司尚未提起诉讼",
        "莫得打官司",
        "冇打官司",
        "官司没打",
        "官司 没打",
        "还没告",
        "没起诉过",
        "沒有打官司",
        "没有打官司 打官司要钱啊 还得罪人",
        "官司没打 打官司太费钱",
        "没有，没起诉，起诉要花钱",
        "还没有打官司 我想打官司",
        "没给罚单",
    ],
)
def test_a_denied_suit_is_none(said):
    assert detect_legal_status(said) == "none"


@pytest.mark.parametrize(
    "said",
    [
        "罚款单有",
        "有張罰款單",
        "冇 有張罰款單 我冇簽",
        "没有 罚款单有 我不懂复议是啥",
        "有张罚款单 没打官司",
        "罚单有的",
        "开了罚款通知书",
        "没有复议 有处罚决定书",
    ],
)
def test_a_fine_on_paper_is_a_decision(said):
    assert detect_legal_status(said) == "administrative_decision"


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("没打官司 对方起诉了我", "in_court"),
        ("没起诉 但是对方已经起诉我了", "in_court"),
        ("没有罚款单", "none"),
        ("判决不服", "judged"),
    ],
)
def test_a_step_told_as_taken_still_counts(said, status):
    assert detect_legal_status(said) == status


@pytest.mark.parametrize(
    "said",
    [
        "打过官司 输了 法院说超过起诉期限了",  # lead-065
        "不是正在审理 早判完了 驳回了 说超过期限",
        "法院驳回了",
        "起诉被驳回",
        "判完了 我不服",
        "官司早结案了",
        "打過官司 贏了 錢沒給",
    ],
)
def test_a_suit_lost_or_ended_is_judged(said):
    assert detect_legal_status(said) == "judged"


@pytest.mark.parametrize(
    ("said", "status"),
    [("还没判完", "in_court"), ("还没结案", "in_court"), ("复议被驳回了", "administrative_decision")],
)
def test_a_suit_not_yet_ended_is_pending(said, status):
    assert detect_legal_status(said) == status


@pytest.mark.parametrize(
    "said",
    [
        "这跟劳动仲裁有啥关系啊 我是投诉公积金中心",
        "跟仲裁有什么关系",
        "這跟打官司有啥關係",
        "和法院有么子关系嘛 我就是要个说法",
        "这事跟起诉沾什么边",
    ],
)
def test_a_procedure_named_as_unrelated_is_no_status(said):
    # an objection that the procedure has nothing to do with it tells no step taken (lead-095)
    assert detect_legal_status(said) is None


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("申请了劳动仲裁 跟公司没关系了", "in_arbitration"),
        ("跟法院扯得上吗 没起诉", "none"),
    ],
)
def test_a_step_beside_an_unrelated_word_still_counts(said, status):
    assert detect_legal_status(said) == status
