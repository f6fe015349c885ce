"""A citizen who wants to withdraw the case just filed: the wish is kept with the case for staff to confirm, and no
new intake starts; revoking a decision or a fine is another matter."""

from __future__ import annotations

import pytest

from actions import services
from actions.conversation import HandleUnclear
from actions.filed_withdrawal import wants_withdrawal
from actions.validate_intake import ValidateIntakeForm
from bot.cases import CaseInput
from tests.actions.conftest import play

STORY = "邻居家的狗天天晚上叫到两三点"


@pytest.mark.parametrize(
    "text",
    [
        "哎刚才他家来道歉了 说把狗送走 那我这个能撤回吗 不想闹大",
        "能撤销吗",
        "取消刚才的登记",
        "我们已经和好了 不告了",
        "老板把钱给了 不用你们管了",
        "撤回撤回 按错了",
        "剛才那個能撤回嗎",
        "私下协商好了 这个反映撤了吧🙏",
    ],
)
def test_giving_up_the_matter_just_filed_is_a_wish_to_withdraw(text):
    assert wants_withdrawal(text)


@pytest.mark.parametrize(
    "text",
    [
        "交警的罚款能撤销吗",
        "怎么申请撤销处罚决定",
        "不撤回 我要告到底",
        "他们逼我撤回 我不撤",
        "法院的判决能撤销吗",
        "还有个事 村里低保取消了",
    ],
)
def test_revoking_a_decision_or_refusing_to_withdraw_is_not(text):
    assert not wants_withdrawal(text)


async def test_the_wish_is_kept_with_the_case_and_no_intake_starts():
    number = (
        services.case_repository()
        .file_case(CaseInput(filing_key="withdraw", issue_text=STORY, conversation_id="test-user"))
        .case.case_number
    )
    turn = await play(
        ValidateIntakeForm(),
        "哎刚才他家来道歉了 那我这个能撤回吗",
        intent="tell_problem",
        slots={"case_number": number, "route": "litigation"},
    )
    assert number in turn.said and "撤回" in turn.said and "核实" in turn.said
    assert not turn.slots.get("issue_text")
    case = services.case_repository().get_by_number(number)
    assert case.issue_text.startswith(STORY) and "（登记后要求撤回）" in case.issue_text
    assert any(
        "要求撤回" in (change.note or "") for change in services.case_repository().status_history(number)
    )


async def test_a_wish_to_withdraw_the_classifier_was_unsure_of_starts_no_intake():
    number = (
        services.case_repository()
        .file_case(CaseInput(filing_key="withdraw-unsure", issue_text=STORY, conversation_id="test-user"))
        .case.case_number
    )
    turn = await play(
        HandleUnclear(),
        "我们已经和好了 不告了",
        intent="nlu_fallback",
        slots={"case_number": number, "route": "litigation"},
        active_loop=None,
    )
    assert "撤回" in turn.said and "记下来，再问几个问题" not in turn.said
    assert "（登记后要求撤回）" in services.case_repository().get_by_number(number).issue_text
