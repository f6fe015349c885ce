"""A message that speaks only of parties answers who, said at another question; a court status at the respondent
question names nobody."""

import pytest

from bot.parsing.respondent_ahead import parties_said_ahead, tells_court_status_only


@pytest.mark.parametrize(
    ("said", "party"),
    [
        ("望城区政府 当初是征收办的人来谈的", "望城区政府"),
        ("海淀交通支队吧 哪个中队我也说不上来", "海淀交通支队"),
        ("雨花区城管局 管这片的是个外包公司", "雨花区城管局"),
        ("2栋姓钱的那家 狗的主人", "2栋姓钱的那家"),
        ("楼下姓孙的 养狗的那家", "楼下姓孙"),
        ("長沙市房產局 具體哪個科不清楚", "长沙市房产局"),
    ],
)
def test_a_message_only_of_parties_gives_the_first(said, party):
    assert parties_said_ahead(said) == party


@pytest.mark.parametrize(
    "said",
    [
        "物业 电梯坏了三个月没人修",  # the matter told after the party
        "鑫源五金厂 老板跑路了",
        "村委会 村会计贪了补助款",
        "城管 把我的三轮车收走了",
        "社保局 一直不给办",
        "开发商 能不能告他们？",  # a question
        "村委会",  # one party alone is names_only_a_party's
        "我不知道 你们看着办",
    ],
)
def test_a_message_telling_more_is_no_party_said_ahead(said):
    assert parties_said_ahead(said) is None


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("罚款单给了 钱还没交 能不能申请复议", "罚款单给了 钱还没交"),
        ("没有 俺们农民哪懂打官司 该找谁", "没有 俺们农民哪懂打官司"),
        ("法院判了 判了也不执行", "法院判了 判了也不执行"),
        ("還沒起訴 仲裁也沒申請", "還沒起訴 仲裁也沒申請"),
    ],
)
def test_a_court_status_at_the_respondent_question_names_nobody(text, reading):
    assert tells_court_status_only(text, reading)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("起诉了 告的是恒达物业公司", "起诉了 告的是恒达物业公司"),  # the party sued is named
        ("交警大队 罚了我两百", "交警大队 罚了我两百"),
        ("开发商南京鼎盛置业", "开发商南京鼎盛置业"),  # no court status at all
    ],
)
def test_a_party_named_beside_a_court_status_is_still_an_answer(text, reading):
    assert not tells_court_status_only(text, reading)
