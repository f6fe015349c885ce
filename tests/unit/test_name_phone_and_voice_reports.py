"""A name said with the phone as a pair, a bare name said ahead, a voice message's earlier report, and a denial
that covers two procedures."""

from __future__ import annotations

import pytest

from bot.parsing.legal_status import detect_legal_status
from bot.parsing.name_alone import only_a_name
from bot.parsing.name_answer import read_name_answer
from bot.parsing.name_given import name_beside_phone
from bot.parsing.prior_report import extract_prior_report


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("杨春梅 电话13888061742", "杨春梅"),
        ("王丽，手机：186 3890 5521", "王丽"),
        ("张建国 0731-84561234", "张建国"),
        ("欧阳春花 我的电话是13912345678", "欧阳春花"),
        ("李娟 １３８８８０６１７４２", "李娟"),
    ],
)
def test_a_name_and_phone_pair(said, name):
    assert name_beside_phone(said) == name


@pytest.mark.parametrize(
    "said", ["电话13888061742", "同上 13888061742", "跳过 13888061742", "物业 13888061742"]
)
def test_no_name_beside_the_phone(said):
    assert name_beside_phone(said) is None


@pytest.mark.parametrize(
    ("said", "name"), [("郝金花", "郝金花"), ("郝金花。", "郝金花"), ("欧阳春花", "欧阳春花")]
)
def test_only_a_name(said, name):
    assert only_a_name(said) == name


@pytest.mark.parametrize("said", ["没有", "找过村里", "跳过", "就我", "王主任", "李老板", "张师傅", "不知道"])
def test_not_only_a_name(said):
    assert only_a_name(said) is None


def test_a_voice_message_keeps_the_words_of_its_report():
    story = (
        "喂喂你好我是河南周口郸城县的我叫那个我在郑州工地上干活干了大半年了包工头叫刘保军他一直拖着工钱不给"
        "说是上面开发商没给他钱我们一起干活的有十二个人都没拿到加起来有二十多万了我们去找劳动局劳动局说让我们去仲裁"
        "我也不懂啥叫仲裁这个钱到底找谁要啊过年了家里等着用钱孩子上学也要钱我这心里急得很你们能不能帮帮忙"
    )
    report = extract_prior_report(story)
    assert report.startswith("我们去找劳动局")
    assert len(report) <= 40


@pytest.mark.parametrize(
    "said", ["没有，尚未申请复议或诉讼。", "没申请仲裁和起诉", "还没有申请复议或者诉讼", "未申請復議或訴訟"]
)
def test_one_denial_covers_both_procedures(said):
    assert detect_legal_status(said) == "none"


@pytest.mark.parametrize(
    ("said", "surname"),
    [
        ("名字就写周吧 电话18080532196", "周"),
        ("就写周吧", "周"),
        ("就填个王", "王"),
        ("写成欧阳就行", "欧阳"),
    ],
)
def test_how_to_write_the_name_gives_the_surname(said, surname):
    assert read_name_answer(said).name == surname


@pytest.mark.parametrize("said", ["写字楼", "写不了", "记一下"])
def test_writing_words_without_a_surname(said):
    assert read_name_answer(said).name is None
