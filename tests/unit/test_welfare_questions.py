"""Help at once for a household with nothing to eat is 临时救助 (社会救助暂行办法 第47、48条), and a child whose
parents are gone though alive may be a 事实无人抚养儿童 with a basic living allowance; the same words without the
want, or with the parents at hand, ask neither."""

from __future__ import annotations

import pytest

from actions.own_matter_questions import asked_key
from bot.domain import text as textutil
from bot.domain.knowledge import faq_answer


def _key(story: str, clause: str) -> str | None:
    clean = textutil.normalize_for_parsing(f"{story}\n{clause}")
    return asked_key(textutil.normalize_for_parsing(clause), clean)


AT_ONCE = [
    ("我家低保上个月被取消了 没钱买米了", "家里真没米了 有没有先救急的办法"),
    ("老伴住院了 家里一分钱没有", "揭不开锅了 能不能先给点救助"),
    ("低保停了三个月 孩子要吃饭", "有没有临时救助可以申请"),
    ("屋里断顿好几天了", "能不能先发点米"),
    ("家裡沒米了 低保也停了", "有沒有先救急的辦法"),  # traditional characters
    ("房子着火烧了 生活困难", "有啥应急的救助吗"),
]


@pytest.mark.parametrize(("story", "clause"), AT_ONCE)
def test_help_at_once_is_temporary_assistance(story: str, clause: str) -> None:
    assert _key(story, clause) == "temporary_assistance"


PARENTS_GONE = [
    ("俺儿子儿媳妇前年离了婚都跑了 电话打不通 孙子8岁俺一个人带", "俺孙子这种能领啥"),
    ("孩子爹妈都联系不上两年了 我带着孙女", "有没有补助"),
    ("娃的爹妈一个坐牢一个跑了 娃跟着我", "能领什么补贴"),
    ("我女儿女婿失联三年了 外孙一直我带", "有啥政策能帮帮吗"),
    ("孫子的爹媽都聯繫不上了", "有沒有補助能領"),  # traditional characters
]


@pytest.mark.parametrize(("story", "clause"), PARENTS_GONE)
def test_a_child_whose_parents_are_gone_hears_of_the_allowance(story: str, clause: str) -> None:
    assert _key(story, clause) == "unsupported_child_allowance"


NEITHER = [
    ("医院抢救要先交钱", "有没有救急的办法"),  # a hospital's bill, not a household without food
    ("我和老伴带孙子 儿子儿媳在外打工", "有啥补助能领"),  # the parents at hand
    ("孩子他爸不给抚养费", "这个能领补助吗"),  # one parent's support owed
    ("公司欠我工资三个月", "能不能先给点钱"),
]


@pytest.mark.parametrize(("story", "clause"), NEITHER)
def test_the_same_words_without_the_situation_ask_neither(story: str, clause: str) -> None:
    assert _key(story, clause) not in {"temporary_assistance", "unsupported_child_allowance"}


def test_the_answers_cite_the_rules() -> None:
    assert "社会救助暂行办法 第48条" in faq_answer("temporary_assistance").replace("办法第", "办法 第")
    answer = faq_answer("unsupported_child_allowance")
    assert "事实无人抚养儿童" in answer and "6个月" in answer and "乡镇人民政府" in answer
