"""Names given by people who write for someone else or sign a letter (held chats hj-004, hj-007, hj-016, hj-022,
hj-030): the name to register, a name after the writer's title, the name signed under 此致 敬礼."""

from __future__ import annotations

import pytest

from bot.domain.bereavement import LOSS_NOTE, OTHERS_LOSS_NOTE, hardship_note
from bot.parsing.name import extract_name
from bot.parsing.name_answer import read_name_answer
from bot.parsing.name_given import signed_name


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("登记病人的名字王大勇，我姓周", "王大勇"),
        ("写老人名字韩秀英 联系人是我 社工马丽", "韩秀英"),
        ("登记我爸的名字 胡正友", "胡正友"),
        ("登記老人的名字吧 馬福山 我是網格員楊雪", "马福山"),
        ("填我妈的姓名：刘桂芝", "刘桂芝"),
        ("业委会主任熊建平", "熊建平"),
        ("我是村民代表曾繁荣", "曾繁荣"),
        ("家委会主任 孙丽娜", "孙丽娜"),
        ("楼长孙桂兰", "孙桂兰"),
        # what worked before still does
        ("我姓鄭，鄭淑芬", "郑淑芬"),
        ("信里写了呀，钟丽萍", "钟丽萍"),
        ("叫我老方就行 方卫东", "方卫东"),
    ],
)
def test_the_name_to_register(answer: str, expected: str) -> None:
    assert read_name_answer(answer).name == expected


@pytest.mark.parametrize("answer", ["我是业委会主任", "我是村民代表", "写我名字就行", "登记一下吧"])
def test_a_title_without_a_name_gives_none(answer: str) -> None:
    assert read_name_answer(answer).name is None


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("尊敬的领导：您好！我是沙石镇中心小学五年级班主任钟丽萍。我班学生的低保停了", "钟丽萍"),
        ("我是桥北村的村民代表陶国庆，村支书不公开账目", "陶国庆"),
        ("我是富宁街社区的网格员杨雪 帮老人反映", "杨雪"),
    ],
)
def test_a_name_after_the_writers_title_in_a_story(story: str, expected: str) -> None:
    assert extract_name(story) == expected


@pytest.mark.parametrize(
    ("letter", "expected"),
    [
        ("恳请领导关心过问。此致 敬礼！ 钟丽萍 2026年12月5日", "钟丽萍"),
        (
            "特此恳请领导派员查处。\n    此致\n敬礼！\n        股民代表：蔡文章、蔡秀云等十二人\n        2026年12月5日",
            "蔡文章",
        ),
        ("望领导重视。此致敬礼 反映人：李建国 ２０２６年１１月", "李建国"),
        ("此致\n敬禮！\n王秀蘭", "王秀兰"),
    ],
)
def test_the_name_signed_under_a_letter(letter: str, expected: str) -> None:
    assert signed_name(letter) == expected


@pytest.mark.parametrize(
    "letter",
    ["恳请王市长百忙之中过问一下。此致敬礼！", "此致 敬礼 一个老党员", "我要举报他们 此致敬礼 全体村民"],
)
def test_no_name_signed(letter: str) -> None:
    assert signed_name(letter) is None


@pytest.mark.parametrize(
    "story",
    [
        "我是小学五年级班主任。我班学生黄小宇父亲去世，母亲残疾，家里靠低保生活",
        "我是网格员 老人的儿子去年去世了 没人管他",
        "邻居家儿子被车撞死了 肇事的跑了",
    ],
)
def test_a_loss_in_someone_elses_family_is_not_condoled_as_the_writers(story: str) -> None:
    assert hardship_note(story) == OTHERS_LOSS_NOTE
    assert "节哀" not in OTHERS_LOSS_NOTE


def test_the_writers_own_loss_is_still_condoled() -> None:
    assert hardship_note("我男人上个月在工地上摔死了") == LOSS_NOTE
