"""Plain questions about one's own social insurance are answered, not filed: a flexible worker whose contributions
lapsed asks whether they can be paid back (usually not: carry on from now, ask the 社保经办机构 or 12333), and a
pensioner asks how to do the 养老金 certification without a phone (window, 社区, a visit at home). An employer that
did not pay is still a grievance. New phrasings written for these tests (dialect, traditional characters), none a
corpus message."""

from __future__ import annotations

import pytest

from actions.consultation import is_consultation, office_for, service_answer
from actions.matter_kind import CONSULTATION, detect_matter_kind, is_grievance


@pytest.mark.parametrize(
    "text",
    [
        "我是灵活就业 社保断了两年 现在还能补缴吗",
        "个体户自己交的养老保险断交了 能不能补交",
        "個體戶社保斷了三年 還能補繳嗎",
        "社保断缴了一年多 还能接着交不",
    ],
)
def test_own_lapse_is_a_question(text: str) -> None:
    assert not is_grievance(text)
    assert detect_matter_kind(text) == CONSULTATION
    assert is_consultation(text)
    assert "12333" in office_for(text)


@pytest.mark.parametrize(
    "text",
    [
        "公司三年没给我交社保 断了 现在能补缴吗",
        "老板不给交社保 断缴了半年",
        "我的养老金断了三个月了 社保局也不说为啥",
    ],
)
def test_someone_elses_failure_stays_a_grievance(text: str) -> None:
    assert is_grievance(text)


@pytest.mark.parametrize(
    "text",
    ["那我这认证到底咋弄 我不会用手机", "养老金认证去哪弄", "俺娘卧床 生存认证能上门不"],
)
def test_pension_certification_names_the_ways(text: str) -> None:
    answer = office_for(text)
    assert "认证" in answer and "上门" in answer and "12333" in answer


def test_a_degree_certification_keeps_its_own_office() -> None:
    assert "学信网" in office_for("学历认证在哪弄")


@pytest.mark.parametrize(
    "question",
    [
        "没有 能申请政府信息公开要他们把文件拿出来吗",
        "能不能让他们把红头文件拿出来给我看看",
        "政府信息公開怎麼申請",
    ],
)
def test_asking_for_the_document_behind_a_decision_is_information_disclosure(question):
    answer = service_answer(question, "参战补助少了两百 说是政策调整 拿不出文件")
    assert answer and "信息公开" in answer and "20个工作日" in answer and "行政复议" in answer
