"""Villagers' and city residents' questions about their own matter (actions.local_questions): each gets its
reviewed answer, read with the story told before; near questions keep theirs."""

from __future__ import annotations

import pytest

from actions.own_matter_questions import asked_key
from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from bot.domain.knowledge import faq_answer
from bot.domain.text import normalize_for_parsing


def _key(story: str, question: str) -> str | None:
    clean = normalize_for_parsing(question)
    return asked_key(clean, normalize_for_parsing(f"{story}\n{question}"))


@pytest.mark.parametrize(
    ("story", "question", "key"),
    [
        ("买的假种子 苞米棒子都是空的", "店里能赔不", "farm_input_loss"),
        ("在镇上买的农药 打完菜全蔫了", "能让厂家赔钱吗", "farm_input_loss"),
        ("邻居把我家山上的松树偷砍了二十棵", "这个报警管用不 派出所管吗", "trees_cut"),
        ("我家林子的杉木叫人锯了拉走了", "找林业局还是找派出所", "trees_cut"),
        ("学校门口那个路口没有斑马线", "这归谁管", "traffic_signals"),
        ("顺丰丢了我的包裹 说没保价只赔运费", "这样合理吗", "lost_parcel"),
        ("快遞丟了 網點說最多賠３００", "還能找誰", "lost_parcel"),
        ("城管收摊的时候把我爸推倒了 头磕破了", "医药费谁出", "enforcer_injury"),
        ("我妈在医院手术后瘫了", "医疗鉴定去哪做", "medical_appraisal_where"),
        (
            "我爸做完手术感染了 医院说不是他们的责任",
            "想先鉴定一下 医疗事故鉴定怎么弄",
            "medical_appraisal_where",
        ),
        ("生孩子的时候医院耽误了 孩子缺氧", "医疗鉴定的流程是啥", "medical_appraisal_where"),
        ("打针打出问题了 诊所不认", "咋申请做鉴定啊", "medical_appraisal_where"),
        ("醫院手術把神經弄傷了", "醫療鑒定咋弄", "medical_appraisal_where"),
        ("旧改要拆我们这片 没签协议就给停水停电", "这样违法吗", "forced_demolition"),
        ("街道让我等了半年 低保申请一直没批", "我能不能申请复议", "review_can_apply"),
        ("人社局拖着不给办退休手续", "复议管用吗", "review_can_apply"),
        ("派出所罚了我五百 说我打架", "罚款能不能不交", "fine_unpayable"),
        ("在外地打工 在这边医院住院了 医保没备案", "住进来了还来得及不", "medical_insurance_filing"),
        ("屋里才十四度 给热力公司打了一百遍电话", "这暖气费能不能退啊", "heating_refund"),
        ("今年暖气一直不热 屋里穿棉袄", "取暖费能少交点不", "heating_refund"),
        ("地暖开栓了还是冰凉", "供热费能要回来吗😤", "heating_refund"),
        ("暖氣不熱 家裡才十五度", "暖氣費能退嗎", "heating_refund"),
    ],
)
def test_each_kind_gets_its_answer(story: str, question: str, key: str) -> None:
    assert _key(story, question) == key


@pytest.mark.parametrize(
    ("story", "question", "not_key"),
    [
        ("房东把水电断了 让我们月底搬走", "这合法吗", "forced_demolition"),  # a lease, not an expropriation
        ("种子的钱付了 店里不给发票", "合法吗", "farm_input_loss"),  # nothing asked to be paid for
        ("红绿灯坏了三天了", "你们能派人修吗", "traffic_signals"),  # a repair asked, not who sets them
        ("城管来了说不能摆摊", "医药费谁出", "enforcer_injury"),  # nobody hurt
        ("信访局的处理意见我不服", "能不能复议", "review_can_apply"),  # a 信访 answer: 复查, not 行政复议
        ("租房合同要去备案吗", "要先备案吗", "medical_insurance_filing"),  # a lease, not a hospital stay
        ("手术做坏了 在医院住了三个月", "告医院还来得及吗", "medical_insurance_filing"),  # a suit's time
        ("暖气不热 我是退休职工", "退休金能不能涨", "heating_refund"),  # a pension, not the heating fee
    ],
)
def test_near_questions_keep_their_answers(story: str, question: str, not_key: str) -> None:
    assert _key(story, question) != not_key


def test_answers_say_yes_or_no_first() -> None:
    assert faq_answer("farm_input_loss").startswith("能要求赔")
    assert faq_answer("trees_cut").startswith("管")
    assert faq_answer("lost_parcel").startswith("不一定合理")
    assert faq_answer("enforcer_injury").startswith("能要")
    assert "第27条" in faq_answer("forced_demolition")
    assert "12305" in faq_answer("lost_parcel")
    assert "医学会" in faq_answer("medical_appraisal_where")
    assert "测" in faq_answer("heating_refund") and "18℃" in faq_answer("heating_refund")


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("去北京上访犯不犯法", "visit_lawful"),
        ("那就是不让去呗 去了犯法不", "visit_lawful"),
        ("去了会不会被抓", "visit_lawful"),
        ("不是信访答复 复议和起诉期限各多久", "review_deadline"),
        ("行政复议几天内申请 行政诉讼几个月内起诉", "review_deadline"),
        ("复议结果多久出来", "review_time"),  # how long the review takes (第62条), not the time to apply
        ("起诉的话要多久", "suit_time"),
    ],
)
def test_the_question_is_read_as_its_kind(message: str, kind: str) -> None:
    assert detect_question(message) == QuestionKind(kind)
