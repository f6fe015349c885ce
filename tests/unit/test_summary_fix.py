"""A correction written in sentences at the summary, read clause by clause (hn-004, hn-010, hm-029)."""

import pytest

from actions.summary_fix import read_corrections, summary_fix

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
