"""A question asked first, with the matter in it, is answered and changes no detail; the matter is read once the
citizen goes on with the intake (hy-002, ia-022, hl-032). A place said inside a further question about a service
is not stored (hi-027, hk-009); a question at the summary is never more of the story (ia-005, hz-018)."""

from actions.conversation import HandleUnclear
from actions.slots import INTAKE_SLOTS
from actions.validate_intake import ValidateIntakeForm
from tests.actions.conftest import play

QUESTION = "问一下 离婚以后孩子跟我 前夫两年没给抚养费了 这个找哪里"


def said_before(*texts: str, asked: str | None = None) -> list[dict]:
    events: list[dict] = []
    for text in texts:
        events += [{"event": "action", "name": "action_listen"}, {"event": "user", "text": text}]
    if asked:
        events.append({"event": "slot", "name": "requested_slot", "value": asked})
    return events


async def test_the_question_is_answered_and_nothing_stored():
    turn = await play(ValidateIntakeForm(), QUESTION, intent="tell_problem", active_loop=None)
    assert not set(turn.slots) & set(INTAKE_SLOTS)
    assert turn.slots["requested_slot"] in INTAKE_SLOTS  # the intake asks its next question
    assert "抚养费" in turn.said and "执行" in turn.said


async def test_the_matter_is_read_when_the_citizen_goes_on():
    turn = await play(
        ValidateIntakeForm(),
        "武汉市洪山区关山街道",
        intent="inform",
        requested_slot="location",
        earlier=said_before(QUESTION, asked="location"),
    )
    assert QUESTION in turn.slots["issue_text"]
    assert turn.slots["location_code"].startswith("420111")


async def test_declining_after_the_question_leaves_nothing():
    turn = await play(
        ValidateIntakeForm(),
        "我就问问 先不登记了 谢谢你啊",
        intent="inform",
        requested_slot="location",
        earlier=said_before(QUESTION, asked="location"),
    )
    assert not {slot for slot, value in turn.slots.items() if value} & set(INTAKE_SLOTS)
    assert "不登记" in turn.said


async def test_a_third_question_of_a_consultation_starts_no_intake():
    turn = await play(
        ValidateIntakeForm(),
        "还是不对 我问行政复议几天内申请 行政诉讼几个月内起诉",
        intent="tell_problem",
        active_loop=None,
        earlier=said_before("我说的是区里作的一个行政决定 不是信访答复 复议和起诉期限各多久"),
    )
    assert not set(turn.slots) & set(INTAKE_SLOTS)
    assert turn.slots.get("requested_slot") is None
    assert "行政复议法第20条" in turn.said


async def test_a_place_inside_a_further_question_is_not_stored():
    turn = await play(
        ValidateIntakeForm(),
        "我在湖北利川 就是问问还能不能补",
        intent="inform",
        active_loop=None,
        earlier=said_before("灵活就业的社保 断了三年了 现在还能补缴吗"),
    )
    assert "location" not in turn.slots and "location_code" not in turn.slots
    assert "利川" in turn.said


async def test_a_place_told_alone_after_a_question_is_kept():
    turn = await play(
        ValidateIntakeForm(),
        "我在湖北利川",
        intent="inform",
        active_loop=None,
        earlier=said_before("灵活就业的社保 断了三年了 现在还能补缴吗"),
    )
    assert turn.slots.get("location_code", "").startswith("422802")


STORY = "隔壁养了只大狗 天天晚上叫 还咬过我家孙子 西安雁塔区 小寨路街道"
AT_SUMMARY = {"issue_text": STORY, "category": "环境保护", "awaiting_confirmation": True}


async def test_a_question_at_the_summary_is_no_more_story():
    turn = await play(
        ValidateIntakeForm(),
        "咬了孙子打狂犬疫苗花了一千多 能让她赔不",
        intent="tell_problem",
        slots=AT_SUMMARY,
        earlier=said_before(STORY),
    )
    assert "issue_text" not in turn.slots
    assert "第1245条" in turn.said


async def test_an_unsure_question_at_the_summary_is_answered_there():
    turn = await play(
        HandleUnclear(),
        "我再问一遍 你们会不会打电话到街道办去问这个事 那样他不就知道了",
        intent="nlu_fallback",
        slots={**AT_SUMMARY, "issue_text": "我要举报我们街道办的一个副主任 他收了开发商的好处"},
        active_loop=None,
    )
    assert "issue_text" not in turn.slots
    assert "第30条" in turn.said and "对，提交" in turn.said
