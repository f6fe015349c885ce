"""What a citizen says beside a corrected value ("其余无误", "后面那句话不要", a question, a second detail) is no
part of the value."""

import pytest

from actions.correction_parse import parse_corrections
from actions.filed_supplement import adds_to_filed
from bot.parsing.respondent_answer import read_respondent_answer


def _values(text: str) -> list[tuple[str | None, str]]:
    return [(r.slot, r.value) for r in parse_corrections(text)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "对象请写全称：广州市白云区城市管理和综合执法局。其余无误。",
            [("respondent", "广州市白云区城市管理和综合执法局")],
        ),
        ("对象就写哈尔滨热电公司 后面那句话不要", [("respondent", "哈尔滨热电公司")]),
        ("对象写村支书曾国华 他亲戚都吃上了", [("respondent", "村支书曾国华")]),
        (
            "对象不对 是包工头周海 还有时间也不对 是今年六月干完活就没给",
            [("respondent", "包工头周海"), ("occurred_at", "今年六月干完活就没给")],
        ),
        ("人数是3个 我加两个工友 提交吧", [("people_count", "3个")]),
        # the count denied is the old value, the one told after it the new (hf-022: 三十几户, never 1)
        ("人数不是一个 全组三十几户都多交了", [("people_count", "全组三十几户都多交了")]),
        ("人数写我爸一个就行 复议要我爸本人去吗 他腿脚不好", [("people_count", "我爸一个就行")]),
        ("电话也不对 是13800138000", [("phone", "13800138000")]),
    ],
)
def test_asides_are_cut_from_the_value(text, values):
    assert _values(text) == values


@pytest.mark.parametrize(
    ("answer", "party"),
    [
        ("好又多超市啊 老板叫啥我妈说姓黄", "好又多超市"),
        ("好又多超市", "好又多超市"),
        ("好的，物业", "物业"),
        ("哈尔滨热电公司 我第一句也说了 你这咋啥都不记", "哈尔滨热电公司"),
        ("我第一句就说了 哈尔滨热电公司", "哈尔滨热电公司"),
    ],
)
def test_the_party_without_a_yes_or_a_complaint_beside_it(answer, party):
    assert (read_respondent_answer(answer) or "").startswith(party)


def test_a_complaint_said_beside_the_party_is_not_kept():
    assert read_respondent_answer("哈尔滨热电公司 我第一句也说了 你这咋啥都不记") == "哈尔滨热电公司"


@pytest.mark.parametrize(
    ("text", "adds"),
    [
        ("刚才忘了说 村支书的儿媳妇在镇上上班 也吃低保 这个能加上吗", True),
        ("刚刚漏说了 他家还占了一块宅基地", True),
        ("我是说 加上电话 13980427716", False),
        ("还有个事 我家门口路灯坏了", False),
    ],
)
def test_something_left_out_of_the_filed_case_is_added_to_it(text, adds):
    assert adds_to_filed(text) is adds
