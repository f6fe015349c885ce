"""A question asked before any story, with the matter in it, is answered and stores nothing until the citizen goes
on (hj-033, ia-022, hl-032, hx-015, hy-002); a question at the summary or at the category question is answered,
never added to the story (ia-005, hz-018, hz-005, hz-021); a citizen who wants it filed after a consultation is
no longer told it need not be filed (hz-002, hw-026)."""

import pytest

from actions.asking_only import ASKS_TO_FILE, NOT_FILED
from actions.category_help import asks_which_class, asks_which_classes, classes_weighed, closer_class
from actions.consultation import follow_up_answer, is_consultation
from actions.intake_turn import Note, NoteKind, Turn, TurnResult
from actions.not_a_matter import THINK_IT_OVER, answer_instead_of_filing
from actions.question_detect import detect_question
from actions.question_first import (
    holds_story_back,
    next_question,
    only_asking,
    starts_no_intake,
    story_held,
    with_story_held,
)
from actions.question_kinds import QuestionKind
from actions.question_only import asks_without_grievance


@pytest.mark.parametrize(
    "said",
    [
        "问一下 离婚以后孩子跟我 前夫两年没给抚养费了 这个找哪里",
        "我想问下 试用期被辞退 没说原因 公司能这样吗",
        "請問一下 試用期被辭退 沒說原因 公司能這樣嗎",  # traditional characters
        "俺想问下 俺哥要占宅基地 俺有份没",
        "咨询下 公司倒闭了经济补偿不给 找谁",
        "老师好，俺想问下，老家的宅基地俺哥要占，这个宅基地俺有份没",
        "想问问 房东不退押金２０００块 能告他不",  # full-width digits
    ],
)
def test_a_question_put_to_the_office_is_only_asking(said):
    assert only_asking(said)


@pytest.mark.parametrize(
    "said",
    [
        "我要反映 包工头欠我工钱 能帮我要回来吗",  # wants it filed
        "问一下 帮我登记一下 厂里欠了三个月工资 能管吗",
        "包工头欠我工钱三万 能帮我要回来吗",  # a matter with a question, put as no question to the office
        "我想问问 他拿着刀在门口说要砍死我 怎么办",  # a danger now: the crisis answers it
        "我想问问 村里的账从来不公开",  # no question in it
    ],
)
def test_a_matter_to_file_is_not_only_asking(said):
    assert not only_asking(said)


def test_a_question_after_declining_is_only_asking():
    asked = "那孩子抚养费他不给 法院判了的 我该咋办"
    assert only_asking(asked, ["我问的是孩子的抚养费 我就先问问 不登记"])
    assert not only_asking(asked)


@pytest.mark.parametrize(
    ("said", "wants"),
    [
        ("我就是要反映 街道推来推去的 我是她闺女", True),
        ("12345哪懂这个 那我要反映医院 帮我登记", True),
        ("那我想投诉他们", True),
        ("这个能反映吗", False),
        ("我不想投诉 就问问", False),
        ("不是要反映 就是问一下", False),
        ("我没有要投诉 就问问去哪领", False),
        ("别帮我登记 我就问问", False),
    ],
)
def test_asking_to_file(said, wants):
    assert bool(ASKS_TO_FILE.search(said)) is wants


def answered(updates: dict) -> TurnResult:
    return TurnResult(updates=dict(updates), notes=[Note("答复", NoteKind.ANSWER)])


def test_a_question_with_the_matter_is_held_back():
    said = "问一下 离婚以后孩子跟我 前夫两年没给抚养费了 这个找哪里"
    result = answered({"issue_text": said, "category": "民政"})
    assert holds_story_back({}, said, result)
    assert not starts_no_intake(result, said, [], None)
    assert next_question({}, result.updates) == "location"


def test_a_question_unanswered_or_already_on_record_is_not_held():
    said = "问一下 离婚以后孩子跟我 前夫两年没给抚养费了 这个找哪里"
    assert not holds_story_back({}, said, TurnResult(updates={"issue_text": said}))
    assert not holds_story_back({"issue_text": "早说过的事"}, said, answered({"category": "民政"}))


def test_the_answer_to_the_question_asked_goes_on():
    said = "冇 还没告 我就是问医院不给病历合不合法"
    result = answered({"legal_status": "none", "issue_text": "阿爸做手术 医院不给病历"})
    assert not holds_story_back({"requested_slot": "legal_status"}, said, result)
    assert holds_story_back({"requested_slot": "location"}, said, result)


def test_a_question_telling_no_matter_starts_no_intake():
    assert starts_no_intake(answered({"respondent": "他"}), "法院判了的 我该咋办", [], None)
    # a third question of a consultation answered outside any intake
    asked = "还是不对 我问行政复议几天内申请"
    assert starts_no_intake(answered({"issue_text": asked}), asked, ["复议和起诉期限各多久"], None)


def test_a_matter_told_after_a_consultation_goes_on_to_the_intake():
    told = "问一下 包工头欠我三万工钱不给 能帮我要回来吗"
    assert not starts_no_intake(answered({"issue_text": told}), told, ["反映要花钱吗"], None)


def fake_read(turn: Turn) -> TurnResult:
    """Reads the story from a message that tells one, and the place from one that names it."""
    updates = {}
    if "抚养费" in turn.text and not turn.slots.get("issue_text"):
        updates["issue_text"] = turn.text
        updates["occurred_at"] = "2024"
    if "洪山区" in turn.text:
        updates["location"] = "湖北省武汉市洪山区"
    return TurnResult(updates=updates)


def test_the_held_story_is_read_when_the_citizen_goes_on():
    question = "问一下 前夫两年没给抚养费了 这个找哪里"
    turn = Turn(text="武汉洪山区", intent="inform", slots={}, requested_slot="location", told_before=question)
    assert story_held(turn) is not None
    result = with_story_held(turn, fake_read)
    assert result.updates == {"issue_text": question, "occurred_at": "2024", "location": "湖北省武汉市洪山区"}


def test_no_story_is_held_before_the_intake_asked_or_once_one_is_on_record():
    told = "问一下 前夫两年没给抚养费了 这个找哪里"
    assert story_held(Turn(text="武汉洪山区", intent="inform", slots={}, told_before=told)) is None
    on_record = Turn(
        text="武汉洪山区",
        intent="inform",
        slots={"issue_text": told},
        requested_slot="location",
        told_before=told,
    )
    assert story_held(on_record) is None


@pytest.mark.parametrize(
    "said",
    [
        "咬了孙子打狂犬疫苗花了一千多 能让她赔不",
        "我再问一遍 你们会不会打电话到街道办去问这个事 那样他不就知道了",
        "我再問一遍 你們會不會打電話到街道辦去問",  # traditional characters
        "提交之前问一下 要多久有结果",
    ],
)
def test_a_question_at_the_summary_tells_no_grievance(said):
    assert asks_without_grievance(said)


@pytest.mark.parametrize(
    "said", ["对了 他们还把我家门砸坏了 这能报警吗", "他昨天又来闹了 还打了我老伴 这咋办", "好的 没问题"]
)
def test_more_of_the_matter_or_no_question_is_no_bare_question(said):
    assert not asks_without_grievance(said)


def test_a_visit_to_the_other_side_asks_who_learns():
    assert detect_question("你们会不会打电话到街道办去问这个事") is QuestionKind.CONFIDENTIALITY
    assert detect_question("电话也不留 你们会不会打电话到街道去问") is QuestionKind.CONFIDENTIALITY


@pytest.mark.parametrize(
    ("said", "weighed"),
    [
        ("民政定系城乡建设啊 我唔识", ("民政", "城乡建设")),  # Cantonese 定系 = 还是
        ("是环保还是城建", ("环境保护", "城乡建设")),
        ("劳动和社会保障", ()),
        ("城乡建设吧", ()),
    ],
)
def test_two_classes_weighed(said, weighed):
    assert classes_weighed(said) == weighed
    assert asks_which_class(said) is bool(weighed)


def test_the_closer_class_is_one_of_the_two():
    assert closer_class("其他", ["城乡建设", "民政"], ("民政", "城乡建设")) == "城乡建设"
    assert closer_class("交通运输", [], ("民政", "城乡建设")) == "交通运输"


@pytest.mark.parametrize(
    "said", ["骗老人钱的这种 算啥类 你给我看看有哪些", "都有哪些啊", "有哪些类啊 我不晓得"]
)
def test_the_list_of_classes_asked_for(said):
    assert asks_which_classes(said) and asks_which_class(said)


def test_a_class_named_is_no_list_asked():
    assert not asks_which_classes("你们那有啥类 交警乱拖车算啥")
    assert not asks_which_class("不是农村的 是城里的楼房 那算啥类 其他吧")


def test_thinking_it_over_after_a_question_answers_it_first():
    said = answer_instead_of_filing({}, "我是问你能不能替我打个电话 好吧 那我想想再说")
    assert said is not None and said[-1] == THINK_IT_OVER and len(said) == 2
    assert answer_instead_of_filing({}, "我想想再说 你能替我打个电话吗") != [THINK_IT_OVER]


def test_declining_with_a_question_answers_it():
    said = answer_instead_of_filing({}, "先不登记 就是问问 那意思是反映了也不耽误起诉对吧")
    assert said is not None and said[-1] == NOT_FILED and "第28条" in said[0]


def test_a_citizen_who_wants_it_filed_is_no_consultation_follow_up():
    before = "我想问问 我妈的高龄津贴怎么没了"
    assert follow_up_answer(before, "我就是要反映 街道推来推去的 我是她闺女 帮她说") is None
    assert follow_up_answer(before, "那要带啥材料") is not None


def test_a_medical_appraisal_asked_with_the_story_is_no_desk_question():
    said = "我父亲做髋关节置换 术后感染又做了两次手术 医院说是正常风险 医疗事故鉴定去哪申请"
    assert not is_consultation(said)
    assert is_consultation("我妈下个月要做手术 想问下 医保异地报销怎么备案")
