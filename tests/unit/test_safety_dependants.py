"""A carer who speaks of ending it with the person they care for is in danger at once (hf-007)."""

import pytest

from bot.domain.safety import detect_crisis


@pytest.mark.parametrize(
    "said",
    [
        "我儿子是二级残疾 补贴都停了 我一个老婆子带着他 实在熬不下去了 有时候真想带着他一起走了算了",
        "真想带着他一起走了算了",
        "想抱着孩子一起跳下去",
        "这日子熬不下去了 我都想走了算了",
        "我是真的熬不住了，有时候想死",
        "帶著孩子一起死算了",
    ],
)
def test_ending_it_with_a_dependant_is_a_crisis(said):
    found = detect_crisis(said)
    assert found is not None and found.kind == "self_harm"


@pytest.mark.parametrize(
    "said",
    [
        "我带着孩子一起走 去外地打工",
        "我们一起走吧 去县里找他们",
        "公司熬不下去了 老板想走",
        "厂子撑不住了 老板想跑",
    ],
)
def test_leaving_together_or_a_failing_business_is_no_crisis(said):
    assert detect_crisis(said) is None
