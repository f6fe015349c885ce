"""Two emergencies with no harm to the body yet (ht-015, ht-018): money sent to a swindler minutes ago and someone
of the family missing since yesterday are crises of their own kind; told as months past, or over, they are not."""

import pytest

from actions.crisis_questions import urgent_question_answer
from bot.domain.safety import crisis_reply, detect_crisis
from bot.rasa_plugins.nlu.crisis_guard import crisis_intent


def kind_of(text: str) -> str | None:
    signal = detect_crisis(text)
    return signal.kind if signal else None


@pytest.mark.parametrize(
    "text",
    [
        "我妈刚刚接了个电话 说是法院的 让她转了两万块 现在联系不上了",
        "網上刷單被騙了 剛剛轉了三千塊",
        "冒充客服的骗子让我开通贷款 半小时前我把钱打过去了 一共五千",
        "俺被骗子骗了 今天上午转了一万 咋整",
        "被骗了！！十分钟前转了８０００",
    ],
)
def test_money_just_sent_to_a_swindler(text):
    assert kind_of(text) == "fraud_now"
    assert crisis_intent(text) == "domestic_violence"  # the one crisis intent for every danger


@pytest.mark.parametrize(
    "text",
    [
        "去年被骗了五万 刚才去派出所问 说还在查",
        "上个月被骗了 转了两万",
        "我被骗了三万 是2023年的事 派出所不立案",
        "老板跑了 联系不上了 工资没给",
        "我刚才转了房租给房东",
    ],
)
def test_a_swindle_long_past_or_no_swindle_is_no_alarm(text):
    assert kind_of(text) != "fraud_now"


@pytest.mark.parametrize(
    "text",
    [
        "我家孩子放学到现在还没回家 电话也打不通",
        "老人走丢了咋办 昨晚出去的",
        "我爸老年痴呆 今天早上出门到现在都没回来",
        "俺娘不见了 一早出去的",
        "我外婆走失了 有老年癡呆",
    ],
)
def test_someone_missing_since_yesterday(text):
    assert kind_of(text) == "missing_person"


@pytest.mark.parametrize(
    "text",
    [
        "想表扬一下派出所的民警 上周我爸老年痴呆走丢了 他们找了一晚上给找回来了",
        "我妈一直没回来过 她在广东打工",
        "老爸手机丢了 今天",
    ],
)
def test_found_again_long_past_or_a_thing_lost_is_no_alarm(text):
    assert kind_of(text) != "missing_person"


def test_the_fraud_card_names_110_96110_and_the_bank_with_the_article():
    reply = crisis_reply("fraud_now")
    assert reply.index("110") < reply.index("96110") and "银行" in reply
    assert "紧急止付" in reply and "《反电信网络诈骗法》第20条" in reply


def test_the_missing_card_says_not_to_wait():
    reply = crisis_reply("missing_person")
    assert "110" in reply and "不用等满24小时" in reply


FRAUD = "我被骗了 刚才有个自称公安局的打电话说我涉嫌洗钱 让我把钱转到安全账户 我转了八万 现在打不通了"
MISSING = "我奶奶不见了 昨天早上出去买菜到现在没回来 她有老年痴呆"


@pytest.mark.parametrize(
    "question", ["你先告诉我要不要报警啊 钱还能追回来吗", "钱能要回来不", "银行能冻结吗"]
)
def test_asked_after_the_swindle_the_police_and_the_bank_at_once(question):
    answer = urgent_question_answer(question, f"{FRAUD}\n{question}")
    assert answer and "110" in answer and "止付" in answer and "银行" in answer and "第64条" in answer


@pytest.mark.parametrize("question", ["要报警吗 是不是要等24小时才能报", "要不要等一天一夜啊", "现在咋办"])
def test_asked_when_grandma_is_missing_no_waiting(question):
    answer = urgent_question_answer(question, f"{MISSING}\n{question}")
    assert answer and answer.startswith("不用等") and "110" in answer


def test_other_stories_get_nothing_here():
    assert urgent_question_answer("要不要报警", "工地上包工头欠我工资三个月\n要不要报警") is None
    assert urgent_question_answer("多久有结果", f"{FRAUD}\n多久有结果") is None


@pytest.mark.parametrize(
    "question", ["對 他這種能不能送去醫院 誰來送", "能不能强制治疗", "精神病院能不能收治他"]
)
def test_a_man_with_a_mental_illness_threatening_people_can_be_taken_for_care(question):
    story = "对门那个男的有精神病 天天拿菜刀在楼道里晃 说要砍死我们全家"
    answer = urgent_question_answer(question, f"{story}\n{question}")
    assert (
        answer
        and answer.startswith("能。")
        and "精神卫生法" in answer
        and "第28条" in answer
        and "110" in answer
    )


@pytest.mark.parametrize("question", ["他这样不给钱能不能让他坐牢", "能不能把他抓起来"])
def test_prison_for_a_judgment_not_carried_out(question):
    story = "前夫没给过一分抚养费 法院判了每月一千五 我申请了执行也没用"
    answer = urgent_question_answer(question, f"{story}\n{question}")
    assert answer and "拒不执行判决、裁定罪" in answer and "第313条" in answer and "失信" in answer
    assert urgent_question_answer(question, f"邻居天天骂我\n{question}") is None


def test_said_beside_the_yes_to_the_summary_the_question_is_answered():
    from actions.yes_aside import aside_replies

    story = "對門那個男的有精神病 天天拿菜刀在樓道裡晃 說要砍死我們全家"
    filed = {"route": "litigation", "case_number": "XF20261206-0001"}
    (answer,) = aside_replies(filed, "對 他這種能不能送去醫院 誰來送", story)
    assert "精神卫生法" in answer and "没有准确的答案" not in answer
