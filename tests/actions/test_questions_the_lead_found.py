"""Questions asked mid-intake that were misread: whether a name must be left (no, and what leaving it gives), a
fear that the party gets back at the citizen (what they may learn; getting back is not allowed), whether and how
to sue (an on-the-spot fine is reviewed first; a parent's support goes to court), the time limit of 工伤认定 asked
in Sichuanese (有…没得: 1 year, 工伤保险条例 第17条), and a complaint that a question went unanswered (the question
answered again). None of them is stored, and a consultation topic is never matched on the story's words."""

from __future__ import annotations

import pytest

from actions.faq_reply import AnswerFaq
from actions.question_again import answer_again, complains_unanswered, last_question
from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind as Q
from actions.questions import answer_in_context
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import play

FINE = "城管昨天把我店门口的货全收走了 还当场罚了我200 说我占道经营 我就放了两个筐在门口 昆明市五华区龙翔街道"
MOTHER = "我今年七十八了 两个儿子都不管我 老大在长沙开店 老二在广东打工 一分钱生活费都不给 我住在长沙县黄兴镇"
WIDOW = "我男人上个月在工地上摔死了 包工头跑了 工地是成都市郫都区犀浦街道的项目 到现在一分钱赔偿都莫得"
RIDER = "我是深圳南山区的骑手 站点这个月扣了我1200块 说我超时 站长不听解释"


def answered(text: str, kind: Q, story: str | None = None) -> str:
    """The answer to `text`, which must be read as `kind`."""
    assert detect_question(text) is kind
    return answer_in_context(kind, text, story) or ""


@pytest.mark.parametrize(
    "text",
    [
        "要留名字吗",
        "那我要留名字吗？",
        "名字要不要写",
        "请问我的电话要不要留",
        "要填身份证吗",
        "要留電話嗎",
        "姓名需要填不？",
    ],
)
def test_whether_a_detail_must_be_given_is_a_plain_no_not_the_data_protection_text(text) -> None:
    answer = answered(text, Q.ANONYMOUS)
    assert answer.startswith("可以不留") and "书面的受理告知" in answer
    assert "个人信息保护法" not in answer


@pytest.mark.parametrize("text", ["为啥要留电话", "要电话干嘛", "问我名字干啥"])
def test_why_a_detail_is_asked_stays_why(text) -> None:
    assert detect_question(text) is Q.WHY_ASKED


RETALIATION = ("有可能知道", "不允许")
REVIEW_FIRST = ("先申请行政复议", "60日")
SUPPORT = ("法院", "196")
ONE_YEAR = ("1年", "第17条", "近亲属")


@pytest.mark.parametrize(
    ("text", "kind", "story", "said", "never"),
    [
        # a fear that the party gets back at the citizen: what they may learn, and that it is not allowed
        ("反映了会不会被封号啊", Q.CONFIDENTIALITY, RIDER, RETALIATION, "个人信息保护法"),
        ("投诉了老板会不会开除我啊", Q.CONFIDENTIALITY, RIDER, RETALIATION, "个人信息保护法"),
        ("站长会不会给我穿小鞋", Q.CONFIDENTIALITY, RIDER, RETALIATION, "个人信息保护法"),
        ("万一他们报复我咋办", Q.CONFIDENTIALITY, RIDER, RETALIATION, "个人信息保护法"),
        ("反映了會不會被封號", Q.CONFIDENTIALITY, RIDER, RETALIATION, "个人信息保护法"),  # traditional
        ("投诉了会不会被拉黑 不给我派单", Q.CONFIDENTIALITY, RIDER, RETALIATION, "个人信息保护法"),
        # an on-the-spot fine is reviewed first (行政复议法 第23条), then the court
        ("罚款不服能告他们吗", Q.CAN_I_SUE, FINE, REVIEW_FIRST, "信访就是"),
        ("我问你能不能告他们 你答的啥", Q.CAN_I_SUE, FINE, REVIEW_FIRST, "信访就是"),
        ("这个罚款能起诉吗？", Q.CAN_I_SUE, FINE, REVIEW_FIRST, "信访就是"),
        # a parent's support goes to court, never a business licence for the son's shop
        ("没有打官司 自家儿子咋个告嘛", Q.CAN_I_SUE, MOTHER, SUPPORT, "营业执照"),
        ("儿子不管我 怎么告", Q.CAN_I_SUE, MOTHER, SUPPORT, "营业执照"),
        ("这种啷个告嘛", Q.CAN_I_SUE, MOTHER, SUPPORT, "营业执照"),
        # the time limit of 工伤认定: 1 year for the worker or the family (工伤保险条例 第17条)
        ("工伤认定有时间限制没得？我听说要一年内", Q.WORK_INJURY_DEADLINE, WIDOW, ONE_YEAR, "个人信息"),
        ("工伤认定有时间限制没得", Q.WORK_INJURY_DEADLINE, WIDOW, ONE_YEAR, "个人信息"),
        ("工伤认定有没有期限", Q.WORK_INJURY_DEADLINE, WIDOW, ONE_YEAR, "个人信息"),
        ("過了一年還能認工傷嗎", Q.WORK_INJURY_DEADLINE, WIDOW, ONE_YEAR, "个人信息"),  # traditional
        ("工伤认定要在多久内申请", Q.WORK_INJURY_DEADLINE, WIDOW, ONE_YEAR, "个人信息"),
    ],
)
def test_each_question_is_answered_for_the_story(text, kind, story, said, never) -> None:
    answer = answered(text, kind, story)
    assert all(part in answer for part in said) and never not in answer


def test_a_service_is_matched_on_the_question_not_on_the_storys_words() -> None:
    text = "那咋个弄嘛"
    assert "营业执照" not in (answer_in_context(detect_question(text), text, MOTHER) or "")


@pytest.mark.parametrize("text", ["到现在一分钱赔偿都没得", "啥子都没得", "他屋头有钱得很"])
def test_has_nothing_in_sichuanese_asks_nothing(text) -> None:
    assert detect_question(text) is None


async def test_the_work_injury_question_is_answered_and_never_the_respondent() -> None:
    text = "工伤认定有时间限制没得？我听说要一年内"
    turn = await play(
        ValidateIntakeForm(),
        text,
        intent="nlu_fallback",
        slots={"issue_text": WIDOW, "category": "劳动和社会保障", "location_code": "510117"},
        requested_slot="respondent",
    )
    assert "1年" in turn.said
    assert "respondent" not in turn.slots


@pytest.mark.parametrize("text", ["要留名字吗", "反映了会不会被封号啊", "罚款不服能告他们吗"])
async def test_the_faq_action_answers_what_was_asked(text) -> None:
    turn = await play(
        AnswerFaq(),
        text,
        intent="ask_privacy" if "告" not in text else "ask_duration",
        slots={"issue_text": FINE if "告" in text else RIDER},
        requested_slot="category",
    )
    assert "个人信息保护法" not in turn.said and "60日内办结" not in turn.said


@pytest.mark.parametrize(
    "text", ["你咋不回答我的问题嘛", "你答的啥", "我问的是工伤认定", "怎么不回我", "問了半天你也不回答"]
)
def test_a_complaint_of_no_answer_is_read(text) -> None:
    assert complains_unanswered(text)


@pytest.mark.parametrize("text", ["工伤认定有时间限制没得", "包工头电话打不通了", "他们不回我电话"])
def test_other_messages_are_no_complaint_of_no_answer(text) -> None:
    assert not complains_unanswered(text)


def test_the_last_question_is_answered_again() -> None:
    events = [
        {"event": "user", "text": WIDOW},
        {"event": "user", "text": "工伤认定有时间限制没得？我听说要一年内"},
        {"event": "user", "text": "你咋不回答我的问题嘛"},
    ]
    asked = last_question(events)
    assert asked.startswith("工伤认定")
    again = answer_again("你咋不回答我的问题嘛", asked, WIDOW)
    assert again and again.startswith("抱歉") and "1年" in again
    assert answer_again("你咋不回答我的问题嘛", "", WIDOW) is None
    assert answer_again("包工头姓蒋", asked, WIDOW) is None


async def test_a_complaint_of_no_answer_in_the_intake_answers_the_question_before() -> None:
    asked = "工伤认定有时间限制没得？我听说要一年内"
    turn = await play(
        ValidateIntakeForm(),
        "你咋不回答我的问题嘛",
        intent="nlu_fallback",
        slots={"issue_text": WIDOW, "category": "劳动和社会保障", "location_code": "510117"},
        requested_slot="legal_status",
        earlier=[{"event": "user", "text": WIDOW}, {"event": "user", "text": asked}],
    )
    assert "没太看懂" not in turn.said and "1年" in turn.said
    assert "legal_status" not in turn.slots


MINER = "我男人没了 在煤矿上没的 井下出的事 矿上到现在一分钱不给 还说他是自己违规"


@pytest.mark.parametrize(
    "text",
    [
        "矿上说他是自己违规操作 那就不算工伤了吗",
        "他自己没戴安全帽 还算不算工伤",
        "老板说是我自己不小心 就不认工伤了吗？",
        "廠裡說他違章操作 那就不算工傷了嗎",  # traditional characters
    ],
)
def test_a_workers_fault_does_not_undo_a_work_injury(text) -> None:
    answer = answered(text, Q.WORK_INJURY_FAULT, MINER)
    assert "举证" in answer and "第19条" in answer and "第16条" in answer


@pytest.mark.parametrize("text", ["这样扣钱合法吗", "他们违规收费 这合法吗"])
def test_whether_lawful_without_a_work_injury_stays_whether_lawful(text) -> None:
    assert detect_question(text) is Q.IS_IT_LAWFUL


@pytest.mark.parametrize("intent", ["nlu_fallback", "inform"])
async def test_a_complaint_of_no_answer_at_the_respondent_question_is_no_party(intent) -> None:
    turn = await play(
        ValidateIntakeForm(),
        "你咋不回答我的问题嘛",
        intent=intent,
        slots={"issue_text": WIDOW, "category": "劳动和社会保障", "location_code": "510117"},
        requested_slot="respondent",
        earlier=[
            {"event": "user", "text": WIDOW},
            {"event": "user", "text": "工伤认定有时间限制没得？我听说要一年内"},
        ],
    )
    assert "respondent" not in turn.slots
    assert "1年" in turn.said and "没太看懂" not in turn.said


def test_a_complaint_of_no_answer_is_no_grievance_told_as_why_not() -> None:
    from actions.question_detect import complains_why_not

    assert not complains_why_not("你咋不回答我的问题嘛")
    assert complains_why_not("俺娘的养老金 这俩月咋没到账嘞")


@pytest.mark.parametrize(
    "text",
    [
        "请问一下 我签了三方协议 现在不想去那个单位了 他们要我赔五千违约金 必须给吗",
        "罚款一定要交吗",
        "老板说要扣我三百块 必须给他吗",
    ],
)
def test_money_that_must_be_paid_is_no_detail_left_out(text) -> None:
    assert detect_question(text) is not Q.ANONYMOUS


@pytest.mark.parametrize("text", ["电话一定要留吗", "一定要填吗", "工资的事 电话必须留吗"])
def test_a_detail_that_must_be_given_is_still_asked_about(text) -> None:
    assert detect_question(text) is Q.ANONYMOUS


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("请问学历认证在哪弄 我是成人函授的 单位让交学历认证报告", "学信网"),
        ("學歷認證報告去哪裡弄", "学信网"),  # traditional characters
        ("请问一下 我签了三方协议 现在不想去那个单位了 他们要我赔五千违约金 必须给吗", "12348"),
        ("想问一下 就业协议毁约要赔钱吗", "就业指导中心"),
    ],
)
def test_a_graduates_plain_question_is_answered_as_one(text, said) -> None:
    from actions.consultation import consultation_answers, is_consultation

    assert is_consultation(text)
    assert said in consultation_answers(text)[0]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("工伤认定有时间限制没得？我听说要一年内", ""),
        ("仲裁要钱吗？听人说不用交钱", ""),
        ("低保为啥停了？我听说是村长把名额给了亲戚", "村长"),  # what happened: a detail of the matter
        ("我听说要一年内", "一年"),  # no question before it
    ],
)
def test_a_rule_heard_of_goes_with_the_question_asked(text, kept) -> None:
    from actions.turn_context import reading_text

    left = reading_text(text)
    assert kept in left and ("一年内" not in left if not kept else True)


async def test_a_question_said_with_i_asked_gets_its_own_answer() -> None:
    story = "原来吃着低保 今年八月份突然就停了 去秦州区民政局问 说是系统里查到我儿子有车"
    turn = await play(
        ValidateIntakeForm(),
        "秦州区民政局嘛 我问的是低保还能恢复不",
        intent="inform",
        slots={"issue_text": story, "category": "民政"},
        requested_slot="respondent",
        earlier=[{"event": "user", "text": story}, {"event": "user", "text": "要多久能有结果"}],
    )
    assert "民政" in turn.said and "60日" not in turn.said


@pytest.mark.parametrize(
    ("story", "told"),
    [
        ("城管昨天把我店门口的货全收走了 还当场罚了我200 说我占道经营 昆明市五华区龙翔街道", True),
        ("交警在路口当场开了罚单 说我闯红灯", True),
        ("城管當場罰了我兩百", True),  # traditional characters
        ("城管说要罚我两百 让我下周去交", False),  # not on the spot
    ],
)
def test_an_on_the_spot_fine_told_answers_the_review_first_question(story, told) -> None:
    from bot.domain.routing import decide_route
    from bot.route_model.questions import answered_by_story

    assert answered_by_story("review_first", story) is told
    if told:
        decided = decide_route(story, "城乡建设", "none", respondent="城管")
        assert decided.question is None or decided.question.key != "review_first"


@pytest.mark.parametrize(
    "text", ["我反映了三次 村里咋不回复我", "打了好几次电话 他们咋没回", "物业为啥不理我们"]
)
def test_a_why_not_about_the_other_side_is_no_complaint_about_the_bot(text) -> None:
    assert not complains_unanswered(text)


SHACK = "额妈屋里那个老房子划到棚改里头咧 街道办的人天天上门催着签协议 协议签了 补偿比隔壁少一半"


async def test_a_question_read_as_what_is_petition_that_names_no_service_is_read_by_the_intake() -> None:
    # "额问你能反悔不" names nothing of this service: the signed agreement is answered, not 信访 defined
    turn = await play(
        AnswerFaq(),
        "额问你能反悔不 你咋不回答",
        intent="ask_what_is_petition",
        slots={"issue_text": SHACK, "location_code": "610103"},
        requested_slot="category",
    )
    assert "信访就是" not in turn.said
    assert "撤销" in turn.said


@pytest.mark.parametrize("text", ["你们是干什么的", "信访有用吗", "你是机器人吗"])
async def test_a_question_about_the_service_keeps_its_answer(text) -> None:
    turn = await play(
        AnswerFaq(),
        text,
        intent="ask_what_is_petition",
        slots={"issue_text": SHACK},
        requested_slot="category",
    )
    assert "撤销" not in turn.said and turn.said


async def test_a_correction_at_the_summary_read_as_what_is_petition_is_applied() -> None:
    turn = await play(
        AnswerFaq(),
        "反映对象是我前夫 叫孔德昌 啥叫不是就不管",
        intent="ask_what_is_petition",
        slots={
            "issue_text": "法院判了前夫给孩子抚养费 他一分没给 终本了",
            "respondent": "不是就不管",
            "petitioner_name": "贾丽娜",
            "awaiting_confirmation": True,
        },
        active_loop=None,
    )
    assert "信访就是" not in turn.said
    assert "孔德昌" in (turn.slots.get("respondent") or "")
