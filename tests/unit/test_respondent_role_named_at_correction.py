"""A person complained about named by their role at a correction ("支书叫…", "组长叫…"), the role kept when the name
on record is put right ("房东汪洁" → 房东汪杰), what is said to the bot after the name dropped (held chats ib-017,
ib-029)."""

from __future__ import annotations

import pytest

from actions.correction_parse import parse_corrections
from actions.correction_parties import role_called
from actions.respondent_naming import named_in_role


@pytest.mark.parametrize(
    ("clause", "name"),
    [
        ("支书叫庞德才", "庞德才"),
        ("村书记叫孙德海", "孙德海"),
        ("小组长叫黄有才", "黄有才"),
        ("老板他叫郑国华", "郑国华"),
        ("房东叫李桂芳", "李桂芳"),
    ],
)
def test_a_role_and_the_name_it_is_called_by(clause, name):
    called = role_called(clause)
    assert called and clause[called.end() :] == name


@pytest.mark.parametrize("clause", ["老板叫我去找他", "书记叫我别管", "支书叫人来量地", "组长叫什么不知道"])
def test_what_the_role_tells_someone_to_do_is_no_name(clause):
    assert role_called(clause) is None


def test_another_name_told_after_leaves_the_role_to_the_record():
    assert role_called("村主任叫韦德明", ["他表哥叫杨三"]) is None  # which name is whose: read by the role


def test_a_role_named_at_the_summary_corrects_the_respondent():
    [request] = parse_corrections("组长叫马德福 你们咋不问")
    assert (request.slot, request.value) == ("respondent", "马德福")


@pytest.mark.parametrize(
    ("known", "new", "said", "expected"),
    [
        ("房东汪洁", "汪杰", "房东名字写错了 是汪杰", "房东汪杰"),
        ("村支书王建军", "李四", "支书是李四", "村支书李四"),
        ("小组长", "黄有才", "组长叫黄有才", "小组长黄有才"),
        ("村支书", "庞德才，你写上", "支书叫庞德才 你写上", "村支书庞德才"),
        ("房东汪洁", "物业", "不是房东 是物业", "物业"),  # another party: as corrected
        ("房东汪洁", "中介公司", "是中介公司", "中介公司"),
    ],
)
def test_the_role_is_kept_when_the_name_is_put_right(known, new, said, expected):
    assert named_in_role(known, new, said) == expected


def _applied(text: str, respondent: str | None) -> dict:
    from datetime import datetime

    from actions.correction_apply import apply_corrections
    from actions.intake_turn import Turn
    from actions.summary_fix import read_corrections

    slots = {"respondent": respondent, "category": "民政", "issue_text": "投了钱 公司跑了 电话也打不通"}
    turn = Turn(
        text=text, intent="correct_detail", slots=slots, requested_slot=None, now=datetime(2026, 12, 6)
    )
    return apply_corrections(read_corrections(text, slots), turn).updates


@pytest.mark.parametrize(
    "text",
    ["不对 类别改成其他 老板叫吴建设", "类别改一下 改成经济管理 经理叫钱有福", "類別改成其他，老闆叫吳建設"],
)
def test_a_role_named_beside_a_unit_on_record_leaves_the_unit(text):
    """ht-021: "老板叫…" at a category correction replaced the company on record."""
    updates = _applied(text, "鑫源理财公司")
    assert "respondent" not in updates and "category" in updates


@pytest.mark.parametrize(("respondent", "name"), [("老板", "吴建设"), (None, "吴建设")])
def test_a_role_named_beside_a_bare_role_or_nobody_names_them(respondent, name):
    assert name in _applied("不对 类别改成其他 老板叫吴建设", respondent)["respondent"]


def test_two_people_named_by_their_roles_at_one_correction_are_both_kept():
    updates = _applied("反映对象不止队长 还有会计 队长叫黄国富 会计叫黄秀英", "村民小组")
    assert "黄国富" in updates["respondent"] and "黄秀英" in updates["respondent"]


@pytest.mark.parametrize(
    ("known", "said", "kept"),
    [
        ("链家 北苑店 经纪人姓吴", "经纪人姓胡", "链家 北苑店 经纪人姓胡"),
        ("万达物业 项目经理叫李强", "项目经理叫李刚", "万达物业 项目经理叫李刚"),
        ("鑫达五金厂 老板姓赵", "老板是姓钱", "鑫达五金厂 老板是姓钱"),
    ],
)
def test_the_person_of_a_unit_put_right_keeps_the_unit(known, said, kept):
    assert named_in_role(known, said, said) == kept


def test_no_person_on_record_to_put_right_is_the_party_as_corrected():
    assert named_in_role("某某公司", "经纪人姓胡", "经纪人姓胡") == "经纪人姓胡"
