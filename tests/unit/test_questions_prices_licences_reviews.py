"""Questions about something other than petitioning answered for what they ask: the price of a ticket is no fee for
petitioning (ih-002 got the court-fee text twice), a licence renewed away from home goes to any vehicle office, not
"答不准" (ih-025), and how long a review takes and what follows a review lost are the review's own limits (行政复议法
第62条; 行政诉讼法 第45条, ih-022 got the petition's text). New phrasings written for these tests, none a corpus
message."""

from __future__ import annotations

import pytest

from actions.consultation import follow_up_answer, service_answer
from actions.question_clauses import question_clauses
from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.questions import answer_in_context, own_answer

K = QuestionKind


@pytest.mark.parametrize(
    "question",
    [
        "我七十一了 去公园要门票吗 是不是免费",
        "老人逛博物馆是不是免票的啊",
        "景點門票六十五歲能半價不",  # traditional characters
        "带我妈去景区 门票多少钱 老年证能打折不",
    ],
)
def test_a_ticket_price_is_no_fee_for_petitioning(question: str) -> None:
    kind = detect_question(question)
    assert kind is not K.FEES
    answer = answer_in_context(kind, question) or ""
    assert "诉讼费" not in answer
    assert "12345" in answer and "文化和旅游" in answer


@pytest.mark.parametrize("question", ["反映问题要收费吗", "你们这登记要不要钱", "信访免费吗"])
def test_a_fee_for_petitioning_is_still_one(question: str) -> None:
    assert detect_question(question) is K.FEES


@pytest.mark.parametrize(
    "text",
    ["能在这边换吗还是得回老家", "要交钱吗还是免费的", "是去镇上办呢还是县里"],
)
def test_a_particle_before_an_either_or_asks(text: str) -> None:
    assert question_clauses(text)


@pytest.mark.parametrize("text", ["他说不管吗还是老样子", "我问了吗还是一样没用"])
def test_no_either_or_after_the_particle_asks_nothing_more(text: str) -> None:
    assert all("还是一样" not in c and "还是老样子" not in c for c in question_clauses(text))


@pytest.mark.parametrize(
    ("question", "story"),
    [
        ("能不能异地换证", "驾驶证快过期了 我在广东打工"),
        ("在打工的地方能换本不", "驾照明年一月到期"),
        ("駕照到期了 在外地能換嗎還是要回戶籍地", None),  # traditional characters
    ],
)
def test_a_licence_renewed_away_from_home(question: str, story: str | None) -> None:
    answer = service_answer(question, story) or ""
    assert "车管所" in answer and "12123" in answer and "90日" in answer


@pytest.mark.parametrize(
    "question",
    ["复议多久能出结果", "申请了复议 要等几个月啊", "那多久有说法 复议要是也没赢咋办", "復議多長時間有結果"],
)
def test_how_long_a_review_takes_and_the_suit_after_it(question: str) -> None:
    answer = own_answer(question) or ""
    assert "60日" in answer and "第62条" in answer
    assert "15日" in answer and "第45条" in answer


def test_how_long_after_a_question_about_a_review_is_the_review() -> None:
    answer = follow_up_answer("行政复议在哪里申请", "那得等多久 没赢的话呢") or ""
    assert "第62条" in answer and "15日" in answer


def test_how_long_for_a_petition_stays_the_petition() -> None:
    assert detect_question("多久能有人来处理") is K.WHEN_HANDLED
