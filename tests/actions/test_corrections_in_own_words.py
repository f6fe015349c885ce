"""Corrections at the summary in the citizen's own words: who they are and whom they complain of said plainly
("我叫…", "反映的是…"), a value on record named wrong without "不对" first, the matter itself said again, and a
remark about the route: each changes its own detail, none is pasted into the story."""

import pytest

from actions.correction_remarks import speaks_of_the_record
from actions.summary_fix import corrects_the_summary, summary_fix

AT_SUMMARY = {
    "awaiting_confirmation": True,
    "issue_text": "村口那个砖厂天天冒黑烟 晒的衣服都是灰",
    "respondent": "砖厂老板姓马",
    "petitioner_name": "马老板",
    "legal_status": "in_court",
    "people_count": "三十多户",
}


def _fixed(text: str) -> dict[str, str]:
    return {r.slot: r.value for r in summary_fix(text, AT_SUMMARY)}


@pytest.mark.parametrize(
    "said",
    [
        "搞错了 马老板是开砖厂的那个 我不姓马 我叫周建平 反映的是宏达砖厂",
        "弄错了 我不姓马 我叫周建平 我反映的是宏达砖厂",
        "写错了，马老板是砖厂的，我叫周建平，投诉的是宏达砖厂",
    ],
)
def test_my_name_and_whom_i_complain_of_said_plainly(said):
    fixed = _fixed(said)
    assert fixed.get("petitioner_name") == "周建平"
    assert "宏达砖厂" in fixed.get("respondent", "")
    assert "issue_text" not in fixed


@pytest.mark.parametrize(
    "said",
    [
        "我哪里起诉了？没去过法院 还有不是砖厂老板姓马 是宏达砖厂",
        "我什么时候打官司了 另外不是砖厂老板姓马 是宏达砖厂",
    ],
)
def test_a_value_on_record_named_wrong_without_saying_no_first(said):
    fixed = _fixed(said)
    assert fixed.get("respondent") == "宏达砖厂"
    assert "legal_status" in fixed


def test_the_matter_said_again_is_added_to_the_story():
    fixed = {
        r.slot: r for r in summary_fix("不对 你写的啥 我反映的是砖厂冒黑烟一直不管 我们三十多户", AT_SUMMARY)
    }
    assert fixed["issue_text"].adds
    assert "一直不管" in fixed["issue_text"].value


@pytest.mark.parametrize("said", ["对 提交", "砖厂晚上也冒烟", "我叫周建平", "谢谢你们"])
def test_messages_that_correct_nothing_are_no_summary_fix(said):
    assert summary_fix(said, AT_SUMMARY) == []


@pytest.mark.parametrize("said", ["途径不对吧 他们是强拆", "建议走的途径不对 我不是员工", "途徑不對"])
def test_a_remark_on_the_route_speaks_of_the_record(said):
    assert speaks_of_the_record(said)


@pytest.mark.parametrize(
    "said", ["我哪里起诉了？没去过法院 还有不是砖厂老板姓马 是宏达砖厂", "搞错了 我不姓马 我叫周建平"]
)
def test_a_correction_in_whole_sentences_corrects_the_summary(said):
    assert corrects_the_summary(said, AT_SUMMARY)


@pytest.mark.parametrize("said", ["对 提交", "砖厂的事多久能有结果？"])
def test_a_yes_or_a_question_corrects_nothing(said):
    assert not corrects_the_summary(said, AT_SUMMARY)
