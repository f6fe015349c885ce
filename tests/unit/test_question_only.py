"""A question about petitioning asked with no matter beside it is only a question: answered, nothing stored."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.question_only import asks_without_matter, only_question_answer


@pytest.mark.parametrize(
    "text",
    [
        "上访有用没 俺跑了好多趟了",
        "想问下 可以让儿子帮我去反映不 我眼睛看不见",
        "請問可以直接去北京上訪嗎 縣裡不管",
        "俺能不能去省里告 镇上根本不理",
        "你们礼拜六上班不 我想过去当面说",
        "打电话能反映不 我不会打字",
        "停车的事 能不能直接去法院告啊",  # a topic alone tells no trouble
        "我想说说我们单位 算了 先问下 说了领导会知道是我吗",
    ],
)
def test_a_question_about_petitioning_with_no_matter_beside_it(text: str) -> None:
    assert asks_without_matter(text)


@pytest.mark.parametrize(
    "text",
    [
        "我们村主任把低保给他亲戚 能不能告他",
        "工地老板欠了我两万块工钱跑了 能不能去法院告他",
        "楼上漏水三个月了不修 能不能直接去法院告",
        "开发商逾期交房一年了 找你们有用吗",
        "小区物业乱收停车费 能不能告物业",
        "反映了厂里会知道是我吗 厂里天天让加班不给加班费",
    ],
)
def test_a_trouble_told_beside_the_question_is_a_matter(text: str) -> None:
    assert not asks_without_matter(text)


@pytest.mark.parametrize("text", ["能不能直接去北京上访", "可以去省里信访吗", "俺能直接上北京反映不"])
def test_going_over_the_office_s_head_is_asked_as_a_visit(text: str) -> None:
    assert detect_question(text) is QuestionKind.VISIT_LAWFUL


def test_whether_petitioning_helps_is_answered_yes_with_no_route_guessed() -> None:
    answer = only_question_answer("上访到底管用不 跑了四趟都没人理")
    assert answer is not None and answer.startswith("有用")
    assert "途径是" not in answer


def test_a_visit_asked_of_alone_gets_the_rule_on_where_to_go() -> None:
    answer = only_question_answer("想问问 能不能直接去北京上访 县里推来推去")
    assert answer is not None and "第20条" in answer
