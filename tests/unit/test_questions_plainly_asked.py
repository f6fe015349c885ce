"""Questions typed without a question mark or with an exclamation after them are still questions, and asked
about the right thing: the office's phone ("电话到底多少😅"), either-or between two offices ("该找医保局还是卫健委
啊"), whether one may sue whoever is named ("俺能不能告村委会"), asked back ("还要我再申请一次？"); overcharging
told as the matter ("医院乱收费找谁管") is no question about fees but about who deals with overcharging. Statements stay statements."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind

K = QuestionKind

ASKED = [
    # the office's phone, asked plainly, with an exclamation, an emoji, full-width or traditional characters
    ("信访局电话多少啊 我想打过去问问", K.OFFICE_PHONE),
    ("县信访办的电话多少呀", K.OFFICE_PHONE),
    ("所以电话到底多少😅 我在宝鸡渭滨区", K.OFFICE_PHONE),
    ("那电话究竟是多少", K.OFFICE_PHONE),
    ("信訪局電話多少啊", K.OFFICE_PHONE),
    ("你们的热线是几号啊", K.OFFICE_PHONE),
    # either-or between offices, without a question mark
    ("那我到底该找医保局还是卫健委啊", K.MEDICAL_ROUTES),
    ("不是新的事啊 就是刚才那个 我问找医保局还是卫健委", K.MEDICAL_ROUTES),
    ("该找卫生局还是找医调委呀", K.MEDICAL_ROUTES),
    # whether one may sue the party named
    ("俺先问问 俺能不能告村委会", K.CAN_I_SUE),
    ("你这机器咋光问不答呢 俺问能不能告", K.CAN_I_SUE),
    ("我可以告镇政府吗", K.CAN_I_SUE),
    ("這種事能告物業嗎", K.CAN_I_SUE),
    ("村里这样搞 这事告不告得了", K.CAN_I_SUE),
    # overcharging is the matter; whom to go to is asked: the offices that deal with overcharging
    ("医院乱收费找谁管？住院清单上好多项目根本没做 CT都没拍也收了钱", K.OVERCHARGE),
    ("学校乱收钱归谁管", K.OVERCHARGE),
]


@pytest.mark.parametrize(("text", "kind"), ASKED)
def test_question_read(text: str, kind: QuestionKind) -> None:
    assert detect_question(text) is kind


ASKED_BACK = [
    "我早就申请过执行了啊 立了执行案 是执行法官不干活 还要我再申请一次？",
    "难道还得我自己去跑？",
    "还需要我再交一遍材料？",
    "还要我ＳＨＯＷ证明？",
]


@pytest.mark.parametrize("text", ASKED_BACK)
def test_asked_back_is_a_question(text: str) -> None:
    assert detect_question(text) is not None


STATEMENTS = [
    "我找了物业还是没人管啊",
    "去了好几趟还是那样啊",
    "他们告诉我要等",
    "我还要上班 白天不方便",
    "物业乱收费 停车费涨到四百",
    "电话是13800138000",
    "我记不清电话多少了",
    "他们告知我要等通知",
]


@pytest.mark.parametrize("text", STATEMENTS)
def test_statement_is_no_question(text: str) -> None:
    assert detect_question(text) is None


def test_told_is_no_suing() -> None:
    assert detect_question("能告知我结果吗") is not K.CAN_I_SUE
    assert detect_question("可以告诉我进度吗") is not K.CAN_I_SUE


def test_fees_still_asked() -> None:
    assert detect_question("反映这个事要收费吗") is K.FEES
    assert detect_question("去法院告要花钱不") is K.FEES or detect_question("去法院告要花钱不") is K.CAN_I_SUE
    assert detect_question("收不收钱啊？") is K.FEES


LAWFUL = [
    "上海闵行 小区物业突然把停车费从每月150涨到400 没开业主大会 直接贴个通知就涨 这合法吗",
    "这个月1号开始涨的 你还没回答我合不合法",
    "12123上显示我违停 罚200扣3分 我明明停在划线车位里的 这个能撤销吗",
    "老师天天暗示让孩子去他家补课 不去就不点名 这正常吗？？",
    "這樣做合規嗎",  # traditional characters
    "村里这么搞违法不",
    "罚款能不能撤掉啊",
]


@pytest.mark.parametrize("text", LAWFUL)
def test_whether_lawful_is_asked(text: str) -> None:
    assert detect_question(text) is K.IS_IT_LAWFUL


RECORDS = [
    "我想问医院不给病历这样合法吗",
    "对是对 但是我问的你还没回答 医院不给病历合法吗 我要怎么拿到",
    "病历怎么复印啊",
    "醫院不給病歷怎麼辦",
    "住院记录能要得到不",
]


@pytest.mark.parametrize("text", RECORDS)
def test_medical_records_asked(text: str) -> None:
    assert detect_question(text) is K.MEDICAL_RECORDS
