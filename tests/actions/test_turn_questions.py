"""detect_question: what a message asks, and that answers and statements ask nothing."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question, without_questions
from actions.question_kinds import QuestionKind
from actions.questions import question_answer

Q = QuestionKind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("反映这个事要不要花钱？", Q.FEES),
        ("要收费吗？", Q.FEES),
        ("要收费吗", Q.FEES),
        ("信访收不收钱", Q.FEES),
        ("要钱不", Q.FEES),
        ("反映这个要钱么", Q.FEES),
        ("问下要不要交钱哦", Q.FEES),
        ("不收费吧？", Q.FEES),
        ("我不知道要不要钱？", Q.FEES),
        ("公司会不会知道是我反映的？", Q.CONFIDENTIALITY),
        ("會不會洩露我的資訊？", Q.CONFIDENTIALITY),
        ("老板会不会打击报复我", Q.CONFIDENTIALITY),
        ("会保密吧", Q.CONFIDENTIALITY),
        ("单位领导能看到我写的吗", Q.CONFIDENTIALITY),
        ("我要举报，你们会把我的名字告诉他们吗", Q.CONFIDENTIALITY),
        ("可以匿名吗", Q.ANONYMOUS),
        ("我能不能起诉公积金中心？", Q.CAN_I_SUE),
        ("可不可以告他们", Q.CAN_I_SUE),
        ("那我到底该找哪个部门？", Q.WHICH_OFFICE),
        ("这事归谁管", Q.WHICH_OFFICE),
        ("什么时候有人来管？", Q.WHEN_HANDLED),
        ("啥时候给个说法", Q.WHEN_HANDLED),
        ("什么时候能处理好啊", Q.WHEN_HANDLED),
        ("有人管没有？", Q.WILL_YOU_ACT),
        ("你们到底管不管？", Q.WILL_YOU_ACT),
        ("你们管不管啊😡😡", Q.WILL_YOU_ACT),
        ("反映了有用吗", Q.DOES_IT_HELP),  # whether it helps: a yes, then the story's route
        ("提交以后呢？", Q.WHAT_NEXT),
        ("那接下来怎么办", Q.WHAT_NEXT),
        ("打官司要钱吗", Q.SUIT_COST),  # court fees exist: never answered with "不收费"
        ("请律师要花钱不", Q.SUIT_COST),
        ("判了没有", Q.OTHER),
        ("他们啥都不管吗", Q.WILL_YOU_ACT),
        ("请问怎么查进度", Q.OTHER),
        ("要地址干嘛？", Q.WHY_ASKED),
        ("要地址干嘛", Q.WHY_ASKED),
        ("为啥要留电话", Q.WHY_ASKED),
        ("留手机号有啥用", Q.WHY_ASKED),
        ("凭什么要我身份证", Q.WHY_ASKED),
        ("我叫王建军，问名字干什么？", Q.WHY_ASKED),
        ("問這麼細幹嘛", Q.WHY_ASKED),  # traditional characters
        ("为什么不给我们发工资？", Q.OTHER),  # why, but not about what we ask
        ("要几天？", Q.WHEN_HANDLED),
        ("你是机器人吗", Q.ARE_YOU_A_BOT),
        ("你是真人吗？", Q.ARE_YOU_A_BOT),
        ("你还没回答我 能不能二十几个人一起进去", Q.VISIT_TOGETHER),
        ("你们几天能处理？", Q.WHEN_HANDLED),
        # may a detail be left out: the leave is answered first, even after a "why"
        ("问我名字干啥？不说行不行", Q.ANONYMOUS),
        ("电话一定要留吗", Q.ANONYMOUS),
        ("住址必须写吗？", Q.ANONYMOUS),
        ("不填身份证可以吗", Q.ANONYMOUS),
        ("能不能不留名字", Q.ANONYMOUS),
        ("不報真名行不行", Q.ANONYMOUS),  # traditional characters
        ("俺不写名中不中", Q.ANONYMOUS),
        ("名字非得留吗", Q.ANONYMOUS),
        ("电话一定要吗", Q.ANONYMOUS),  # no verb (lead-135)
        ("手机号必须要吗", Q.ANONYMOUS),
        ("名字也要吗", Q.ANONYMOUS),
        ("要电话吗", Q.ANONYMOUS),
        # whether anyone will act: "我们管" first
        ("老板欠钱不给 你们政府管不管", Q.WILL_YOU_ACT),
        ("到底有没有人管？！", Q.WILL_YOU_ACT),
        ("这种事你们能管吗", Q.WILL_YOU_ACT),
    ],
)
def test_questions_and_what_they_ask(text, kind):
    assert detect_question(text) is kind


@pytest.mark.parametrize(
    "text",
    [
        "没有打官司 我一个老人家打么子官司",  # rhetorical: says no
        "哪有钱打官司",
        "不知道找哪个部门",  # says what they don't know
        "我也不清楚是谁",
        "谁也不管",
        "什么都没有",
        "哪里都找过了",
        "找了街道办，让我们找哪个部门也不说",
        "物业？",  # a tentative answer
        "问了好几次什么时候修都说等等",  # a question reported, not asked
        "就是那个什么公司，叫华强的",  # indefinite 什么
        "什么事都不管",
        "怎么说都不听",
        "谁知道他们又不管了",
        "叫什么来着",
        "就我家",
        "叫我小周吧",
        "那我还是留吧，王建军",
        "电话留一个吧 15973612098",
        "13880412376，白天打，晚上我老公在家别打",
        "好的",
        "前几天",  # a time, not "how many days?"
        "这几天晚上",
        "过了几天",
        "好几天了",
        "没找过哪里",  # nowhere: an answer
        "谁都没找过",
        "",
        None,
    ],
)
def test_answers_and_statements_ask_nothing(text):
    assert detect_question(text) is None


def test_the_rest_of_a_message_with_a_question_still_counts():
    assert without_questions("我叫王建军，要收费吗？").rstrip(",，") == "我叫王建军"
    assert without_questions("要收费吗？") == ""


@pytest.mark.parametrize("kind", [k for k in QuestionKind if k is not QuestionKind.OTHER])
def test_every_kind_has_a_reviewed_answer(kind):
    assert question_answer(kind)


def test_the_answers_say_yes_or_no():
    assert question_answer(Q.FEES).startswith("不收费")
    confidentiality = question_answer(Q.CONFIDENTIALITY)
    assert "第30条" in confidentiality and "有可能知道" in confidentiality
    assert question_answer(Q.OTHER) is None


def test_answer_for_gives_the_answer_or_nothing():
    from actions.questions import answer_for

    assert answer_for("要收费吗？").startswith("不收费")
    assert answer_for("请问怎么查进度") is None
    assert answer_for("我叫王有田") is None


@pytest.mark.parametrize("text", ["我不留名字了", "名字就不写了", "电话不留了 怕麻烦", "名字留不留都行"])
def test_a_refusal_is_no_question(text):
    assert detect_question(text) is None


def test_asked_whether_a_detail_may_be_left_out_the_answer_says_it_may():
    from actions.questions import answer_for

    answer = answer_for("为啥要我名字 不留可以吗")
    assert answer.startswith("可以不留")
    assert "第23条" in answer  # and what is lost without it


def test_asked_whether_anyone_will_act_the_answer_says_we_do():
    from actions.questions import answer_for

    answer = answer_for("拖了半年了 你们到底管不管")
    assert "我们管" in answer and "第22条" in answer
