"""A correction written in sentences at the summary, read clause by clause (hn-004, hn-010, hm-029)."""

import pytest

from actions import services
from actions.correction_reading import target_of
from actions.summary_fix import read_corrections, summary_fix
from bot.parsing.occurred_at import extract_occurred_at

KNOWN = {
    "legal_status": "in_court",
    "petitioner_name": "弓长张",
    "respondent": "体育局",
    "occurred_at": "2025",
    "phone": "13900000000",
    "awaiting_confirmation": True,
}


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        (
            "不对 我没打官司啊 还有名字是张德胜 弓长张是说我姓张",
            {"legal_status": "我没打官司啊", "petitioner_name": "张德胜"},
        ),
        ("不對，我沒有打官司，名字叫張德勝", {"legal_status": "我没有打官司", "petitioner_name": "张德胜"}),
        (
            "需要修改：一、诉讼情况有误，我司尚未提起诉讼；二、反映对象应为临沂市兰山区教育和体育局。",
            {"legal_status": "我司尚未提起诉讼", "respondent": "临沂市兰山区教育和体育局"},
        ),
        ("有两处错了：1.没有起诉 2.名字是李四", {"legal_status": "没有起诉", "petitioner_name": "李四"}),
        ("不对 莫得打官司 电话是13812345678", {"legal_status": "莫得打官司", "phone": "13812345678"}),
        ("不对 是十一月份开始少的 这个月是第二次了", {"occurred_at": "是十一月份开始少的"}),
        ("不对 还没告", {"legal_status": "还没告"}),
    ],
)
def test_each_clause_changes_its_detail(said, wanted):
    assert {r.slot: r.value for r in summary_fix(said, KNOWN)} == wanted


@pytest.mark.parametrize(
    "said", ["对 提交", "不对", "不对 我说的是我家隔壁的事", "我没打官司", "不对 我还有个事要说"]
)
def test_nothing_placed_is_left_to_the_usual_readers(said):
    assert summary_fix(said, KNOWN) == []


def test_outside_the_summary_the_usual_reader_reads():
    said = "不对 我没打官司啊 还有名字是张德胜"
    assert read_corrections(said, {**KNOWN, "awaiting_confirmation": False}) != summary_fix(said, KNOWN)


def _on_record(said: str) -> dict:
    found = extract_occurred_at(said, services.now_local().replace(tzinfo=None))
    return {**KNOWN, "occurred_at": found.normalized}


@pytest.mark.parametrize(
    ("recorded", "said"),
    [
        ("上周三", "我爸不是现在有危险 是上礼拜被打了 我要投诉这个养老院"),
        ("上周三", "不是 就是上礼拜的事 你没看吗"),
        ("上个星期三", "不对 是上周发生的 我要投诉"),
        ("去年10月", "不对 是去年的事啊 我要告他们"),
        ("今年三月", "不是 今年出的事 你们到底管不管"),
    ],
)
def test_a_looser_time_of_the_recorded_one_changes_nothing(recorded, said):
    known = _on_record(recorded)
    assert [r for r in summary_fix(said, known) if r.slot == "occurred_at"] == []
    assert [target_of(r, known, None) for r in read_corrections(said, known)].count("occurred_at") == 0


@pytest.mark.parametrize(
    ("recorded", "said"),
    [("上周三", "不对 是上个月被打的"), ("去年10月", "不对 是前年的事"), ("今年三月", "不对 是去年出的事")],
)
def test_a_time_outside_the_recorded_one_still_corrects_it(recorded, said):
    assert [r.slot for r in summary_fix(said, _on_record(recorded))] == ["occurred_at"]
