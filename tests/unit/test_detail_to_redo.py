"""The category button's words typed ("换一类") or the classes asked for ("有哪些类你说给我听") choose the class
again: no failed answer to the question asked, no time let go as 未提供 (ht-003)."""

import pytest

from actions.correction_named import detail_to_redo, names_another_detail

KNOWN = {"issue_text": "儿子不给赡养费", "category": "政法"}


@pytest.mark.parametrize(
    "said",
    [
        "换一类",
        "换一类吧",
        "換一類",
        "我要换个类别",
        "重新选一下类别",
        "不对 有哪些类你说给我听",
        "都有啥类别 你念念",
        "有几个类 你讲讲",
    ],
)
def test_the_class_is_chosen_again(said):
    assert detail_to_redo(said) == "category"
    assert names_another_detail(said, KNOWN, "occurred_at")


@pytest.mark.parametrize(
    "said", ["换一类人来管", "三月份", "这属于哪一类啊", "换个地方住了", "其他类似的事也有"]
)
def test_other_words_choose_nothing_again(said):
    assert detail_to_redo(said) is None


def test_at_the_class_question_it_is_no_other_detail():
    assert not names_another_detail("换一类", KNOWN, "category")


def test_no_class_on_record_no_correction():
    assert not names_another_detail("换一类", {"issue_text": "儿子不给赡养费"}, "occurred_at")
