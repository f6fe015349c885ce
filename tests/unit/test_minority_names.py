"""Names of citizens of minority nationalities (Uyghur, Kazakh, Tibetan, Yi, Mongolian): no Han surname, often
longer than four characters, sometimes with "·"; a name when asked for the name, and read from "我叫…/我是…/
我名字…" in a story."""

from __future__ import annotations

import pytest

from bot.parsing.minority_names import find_minority_name, is_minority_name, minority_name_at, narrows
from bot.parsing.name import extract_name
from bot.parsing.name_answer import fills_out, read_name_answer


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("阿不都热合曼", "阿不都热合曼"),
        ("阿不都·热合曼", "阿不都·热合曼"),
        ("买买提·艾力", "买买提·艾力"),
        ("阿依古丽", "阿依古丽"),
        ("努尔兰", "努尔兰"),
        ("次仁卓玛", "次仁卓玛"),
        ("扎西", "扎西"),
        ("名字 次仁卓玛", "次仁卓玛"),
        ("我是次仁卓玛", "次仁卓玛"),
        ("吉克阿依", "吉克阿依"),
        ("沙马拉且", "沙马拉且"),
        ("我叫吉克阿依", "吉克阿依"),
        ("其其格", "其其格"),
        ("斯琴高娃", "斯琴高娃"),
        ("我是巴特尔", "巴特尔"),
        ("阿不都热合曼 我前面 说了", "阿不都热合曼"),
        ("名字 不对 我 阿不都热合曼", "阿不都热合曼"),
        ("我叫阿不都热合曼", "阿不都热合曼"),
        ("迪丽娜尔 热合曼", "迪丽娜尔热合曼"),
        ("我叫艾力江", "艾力江"),
        ("岩温坎", "岩温坎"),  # Dai: 岩 for a man, 玉 for a woman
        ("岩 温 坎", "岩温坎"),
        ("名字 岩温坎", "岩温坎"),
        ("玉香", "玉香"),
        ("我叫玉罕", "玉罕"),
        ("岩香 傣族", "岩香"),  # the nationality beside the name is not the name
        ("包金山 蒙古族", "包金山"),
        ("包金山，蒙古族是民族", "包金山"),  # hp-023: said at the summary, the nationality explained
        ("俺叫包金山 蒙古族那是俺的民族", "包金山"),
        ("我是彝族 叫吉克阿依", "吉克阿依"),
        ("王建国 汉族", "王建国"),
        ("我叫张三 我是苗族的", "张三"),
    ],
)
def test_a_minority_name_answers_the_name_question(answer: str, name: str) -> None:
    assert read_name_answer(answer).name == name


@pytest.mark.parametrize(
    ("story", "name"),
    [
        ("你好 我名字 阿不都热合曼 我工地干活 老板钱不给 三个月的 乌鲁木齐", "阿不都热合曼"),
        ("我叫次仁卓玛 拉萨的 公租房漏水", "次仁卓玛"),
        ("我是吉克阿依 昭觉县的", "吉克阿依"),
        ("我叫 次仁 卓玛", "次仁卓玛"),
        ("我的名字是帕提古丽，家在和田", "帕提古丽"),
        ("他名字叫买买提 我叫王五", "王五"),  # someone else's name is not the citizen's
        ("村主任名字是扎西多吉 我叫王五", "王五"),
    ],
)
def test_a_minority_name_in_a_story(story: str, name: str) -> None:
    assert extract_name(story) == name


@pytest.mark.parametrize(
    "story",
    [
        "我是乌兰察布的",
        "我是查干湖那边的",
        "我名字写错了",
        "我是来投诉的",
        "我是吉克家的",  # a clan name alone, with a word after it, is no name
    ],
)
def test_places_and_words_are_no_minority_name(story: str) -> None:
    assert extract_name(story) is None


def test_han_names_still_read_as_before() -> None:
    assert extract_name("我名字叫王五") == "王五"
    assert read_name_answer("王 有 田").name == "王有田"
    assert read_name_answer("我姓马").name == "马"
    assert read_name_answer("不知道").name is None


def test_the_parts_stand_alone() -> None:
    assert minority_name_at("阿不都热合曼我工地干活") == "阿不都热合曼"
    assert minority_name_at("乌兰察布") is None
    assert minority_name_at("扎西") is None  # one short part alone only as a whole answer
    assert is_minority_name("扎西")
    assert not is_minority_name("江")
    assert find_minority_name("不对我阿不都热合曼") == "阿不都热合曼"
    assert find_minority_name("尼玛的") is None


def test_the_part_said_later_is_the_name() -> None:
    assert narrows("巴特尔其其格", "其其格")
    assert narrows("阿不都·热合曼", "阿不都")
    assert not narrows("王秀兰", "秀兰")
    assert not narrows(None, "其其格")
    assert not narrows("其其格", "其其格")


@pytest.mark.parametrize(
    ("story", "name"),
    [
        ("我姓谭 谭小军 是他儿子", "谭小军"),
        ("我姓张，张伟", "张伟"),
        ("俺姓李 李满仓", "李满仓"),
        ("我姓欧阳 欧阳娜娜", "欧阳娜娜"),
        ("我姓王 王家村的", None),
        ("我姓谭", None),
    ],
)
def test_the_surname_then_the_whole_name_at_another_question(story: str, name: str | None) -> None:
    assert extract_name(story) == name


@pytest.mark.parametrize(
    ("recorded", "text", "whole"),
    [
        ("李", "李满仓", "李满仓"),
        ("李", "名字写全 李满仓", "李满仓"),
        ("罗大妈", "罗秀英", "罗秀英"),
        ("老周", "周涛", "周涛"),
        ("王先生", "我叫王建军", "王建军"),
        ("欧阳", "欧阳娜娜", "欧阳娜娜"),
        ("李", "李老板", None),
        ("王", "王主任", None),
        ("张", "张姐", None),
        ("李", "李满仓 电话138", None),
        ("李满仓", "李满仓", None),
        (None, "李满仓", None),
    ],
)
def test_a_whole_name_fills_out_a_surname_on_record(
    recorded: str | None, text: str, whole: str | None
) -> None:
    assert fills_out(recorded, text) == whole


@pytest.mark.parametrize("answer", ["我是回族", "汉族", "玉米", "岩石"])
def test_a_nationality_or_a_word_alone_is_no_name(answer: str) -> None:
    assert read_name_answer(answer).name is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word that says the name is the whole one is no name
        ("阿依古丽·吐尔逊 全名", "阿依古丽·吐尔逊"),
        ("王建华，这是全名", "王建华"),
        ("全名", None),
    ],
)
def test_a_word_about_the_name_is_not_the_name(text, expected):
    assert read_name_answer(text).name == expected
