"""Questions asked by someone beaten at home (hq-014, hr-018): the protection order and divorce get their reviewed
answers, never the marriage registry; the same words after another story get nothing here."""

import pytest

from actions.crisis_questions import (
    asked_in_story,
    urgent_question_answer,
    violence_question_answer,
)

BEATEN = "我老公昨天晚上又打我了 脸上都是青的 我现在不敢回家"


def ask(question: str, story: str = BEATEN) -> str | None:
    return violence_question_answer(question, f"{story}\n{question}")


@pytest.mark.parametrize(
    "question",
    ["没有 我想离婚 能不能让法院管管他", "能不能让法院不让他靠近我", "法院能不能管管他", "保护令怎么申请"],
)
def test_the_court_stepping_in_is_the_protection_order(question):
    answer = ask(question)
    assert answer and "人身安全保护令" in answer and "第23条" in answer and "72小时" in answer
    assert "婚姻登记" not in answer


@pytest.mark.parametrize(
    "question", ["我能不能离婚 孩子跟谁", "你刚没回答我 能离婚吗", "離婚了孩子歸誰", "孩子能判给我吗"]
)
def test_divorce_and_the_children(question):
    answer = ask(question)
    assert answer and "第1079条" in answer and "第1084条" in answer and "婚姻登记" not in answer


def test_a_yes_no_question_is_answered_yes_first():
    assert ask("能离婚吗").startswith("能。")
    assert not ask("保护令怎么申请").startswith("能。")


@pytest.mark.parametrize(
    ("question", "story"),
    [
        ("能离婚吗", "我们两口子感情不和 分居三年了"),
        ("能不能让法院管管他", "他欠我三万块钱一直不还"),
        ("多久能有结果", BEATEN),
    ],
)
def test_other_stories_or_questions_get_nothing_here(question, story):
    assert ask(question, story) is None


@pytest.mark.parametrize(
    "question", ["就是想问问 能不能让村里的人去说说他", "妇联能不能管管他", "找他单位领导出面行不行"]
)
def test_people_nearby_stepping_in(question):
    answer = ask(question)
    assert answer and answer.startswith("能。") and not answer.startswith("能。能。")
    assert "第13条" in answer and "妇联" in answer


@pytest.mark.parametrize("question", ["你先回答我能不能一起办", "保护令和离婚能同时申请吗"])
def test_the_order_and_the_divorce_together_both_at_the_court(question):
    story = "我要离婚 他打了我八年 我现在躲在我妈家 我想问保护令和离婚能一起办吗"
    answer = violence_question_answer(question, f"{story}\n{question}")
    assert answer and answer.startswith("能") and "法院" in answer and "第1079条" in answer
    assert "婚姻登记" not in answer


@pytest.mark.parametrize(
    "question",
    ["保护令是什么 去哪里申请 要不要钱", "申请保护令要交钱吗", "保護令要錢嗎", "那个保护令收不收费啊"],
)
def test_the_order_is_said_what_it_is_and_free(question):
    answer = ask(question)
    assert answer and "命令" in answer and "不收费" in answer and "担保" in answer


@pytest.mark.parametrize(
    "question", ["我能替她申请那个保护令吗", "帮我妈申请保护令行不行", "保护令能不能代她申请"]
)
def test_applying_for_another_names_who_may(question):
    story = "我爸又打我妈了 头上起了个包 我妈不让报警"
    answer = violence_question_answer(question, f"{story}\n{question}")
    assert answer and answer.startswith("能。") and "近亲属" in answer and "妇联" in answer
    assert answer.index("近亲属") < answer.index("72小时")  # who may apply comes first


def test_applying_for_oneself_names_no_proxy():
    assert "近亲属" not in ask("保护令怎么申请")


@pytest.mark.parametrize("question", ["申请保护令他会不会知道是我去申请的", "保护令 他能知道吗"])
def test_he_learns_of_the_order_it_is_served_on_him(question):
    answer = ask(question)
    assert answer and "会。" in answer and "送达" in answer and "110" in answer


@pytest.mark.parametrize(
    ("first", "answered"),
    [
        ("请问一下人身安全保护令是什么 我老公喝了酒就打我好几年了", True),
        ("他天天打我 保护令怎么申请啊", True),
        ("我老公打我 我已经申请了保护令 他还来闹", False),
        ("他又打我了 我躲在卫生间里", False),
        # divorce or the people nearby asked in the same breath; a wish said without asking waits for the intake
        ("老公喝醉了就打我 打了好多年 我想離婚 婦聯管不管", True),
        ("男人天天打我 孩子能判给我不", True),
        ("我老公一喝酒就打我 能不能让村里的人说说他", True),
        ("老公天天打我 我想离婚", False),
    ],
)
def test_a_question_asked_in_the_first_message(first, answered):
    assert bool(asked_in_story(first)) is answered


@pytest.mark.parametrize(
    ("question", "story", "also"),
    [
        ("没有 钱还能要回来吗", "我爸被卖保健品的骗了 前前后后买了四万多", "第55条"),
        ("对 我们的钱还能拿回来吗", "去年有个养老项目 说投十万 每月给两千利息 现在老板跑了", "非法集资"),
        ("被骗的錢能追回來嗎", "网上认识的人骗我刷单 骗了我三万", None),
    ],
)
def test_money_back_after_a_fraud_the_police_recover_it(question, story, also):
    answer = urgent_question_answer(question, f"{story}\n{question}")
    assert answer and "第64条" in answer and "退赔" in answer and "110" in answer
    assert also is None or also in answer


@pytest.mark.parametrize(
    ("question", "story"),
    [("钱能要回来吗", "他借了我五万块钱一直不还"), ("多久有结果", "我被网上的人骗了三万")],
)
def test_no_fraud_or_no_money_asked_gets_nothing_here(question, story):
    assert urgent_question_answer(question, f"{story}\n{question}") is None


@pytest.mark.parametrize(
    ("question", "story", "answered"),
    [
        ("没有 要去报警吗 孩子还小 会不会留案底", "我女儿在学校被几个男生欺负 推她 抢她东西", True),
        ("报了警会不会留下记录啊", "网上有人骗了我两万", True),
        ("会不会留案底", "我跟邻居吵架 我打了他一拳", False),
        ("会不会留案底", "我把他推倒了 他摔伤了", False),
        ("要报警吗", "我女儿在学校被几个男生欺负", False),
    ],
)
def test_a_victim_who_reports_gets_no_record(question, story, answered):
    answer = urgent_question_answer(question, f"{story}\n{question}")
    assert bool(answer and answer.startswith("不会。") and "第110条" in answer) is answered


@pytest.mark.parametrize(
    "question",
    [
        "报警了他回来会不会打得更狠",
        "俺是问报了他会不会更狠",
        "要是报了警 他会不会报复俺",
        "報警了他會不會更兇",
        "我要是打110 他回来会不会下手更重",
    ],
)
def test_a_report_feared_to_make_him_worse_gets_what_the_police_and_court_do(question: str) -> None:
    answer = ask(question)
    assert answer is not None and not answer.startswith("能。")
    assert "告诫书" in answer and "人身安全保护令" in answer and "110" in answer
    assert "第16条" in answer and "第34条" in answer


def test_the_fear_beside_a_divorce_question_keeps_the_yes_first() -> None:
    answer = ask("我能离婚吗 报警了他会不会打死我")
    assert answer is not None and answer.startswith("能。") and "告诫书" in answer


def test_a_report_worry_after_another_story_gets_nothing_here() -> None:
    assert ask("报警了他会不会更狠", story="邻居家装修天天吵 跟他说了也不听") is None
