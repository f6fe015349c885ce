"""At the summary the citizen corrects who is complained about ("告的不是他 是物业") or who files the matter for a
helper ("信访人写我舅舅"), in those words rather than the summary's labels."""

from __future__ import annotations

import pytest

from actions.correction_parse import is_explicit_correction, parse_corrections

_KNOWN = {"respondent": "隔壁王大妈", "petitioner_name": "李小红"}


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("反映的不是王大妈 是楼下的超市", "超市"),
        ("告的不是她 是物业公司", "物业公司"),
        ("我投诉的不是王大妈 是街道办", "街道办"),
        ("舉報的不是王大媽 是物業", "物业"),
    ],
)
def test_who_is_meant_corrects_the_respondent(said, value):
    requests = parse_corrections(said)
    assert requests[0].slot == "respondent"
    assert value in requests[0].value.replace("物業", "物业")
    assert is_explicit_correction(said, _KNOWN, reviewing=True)


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("反映人写我舅舅 刘德福", "刘德福"),
        ("信访人是我妈 王秀兰", "王秀兰"),
        ("反映人姓名 改成 周桂芝", "周桂芝"),
    ],
)
def test_who_files_corrects_the_name(said, name):
    requests = parse_corrections(said)
    assert requests[0].slot == "petitioner_name"
    assert requests[0].value == name


@pytest.mark.parametrize(
    "said", ["反映的问题不对", "反映的情况写错了", "之前反映的不是12345 是市长热线", "要反映的是物业"]
)
def test_the_story_or_the_earlier_report_is_no_respondent_label(said):
    assert parse_corrections(said)[0].label not in {"反映的", "要反映的"}


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("反映对象不对 那是我妈说的话 对象应该是镇卫生院", "镇卫生院"),
        ("反映对象不是奶茶店，奶茶店是我开的，是区税务局", "区税务局"),
        ("反映对象 红旗小学 的 校长", "红旗小学的校长"),
    ],
)
def test_the_corrected_respondent_keeps_no_remark(said, value):
    requests = parse_corrections(said)
    assert [(r.slot, r.value) for r in requests] == [("respondent", value)]
