"""The kind of matter, help with the category, anger, plain questions and two matters in one conversation."""

from __future__ import annotations

import pytest

from actions.category_help import asks_to_choose, category_from_everyday_words, said_of_the_matter
from actions.consultation import AnswerConsultation, consultation_answer
from actions.faq_reply import AnswerFaq
from actions.matter_kind import (
    COMPLAINT,
    CONSULTATION,
    PRAISE,
    REPORT,
    SUGGESTION,
    detect_matter_kind,
    read_matter_kind,
)
from actions.matter_split import split_matters
from actions.several_matters import OfferNextMatter, SeveralMatters
from actions.struggle import AnswerFrustration, HelpChooseCategory, sounds_frustrated
from actions.validate_intake import ValidateIntakeForm
from bot.domain.category import classify_category
from tests.actions.conftest import make_tracker, run_action, texts

WAGES = "老板拖欠我们十几个工人三个月工资，去工地找他也不见人"


@pytest.mark.parametrize(
    ("story", "kind"),
    [
        ("建议在我们小区门口的路口增设一个红绿灯，早上上学的孩子过马路太危险", SUGGESTION),
        ("我有个建议，公交103路能不能延长到晚上十点", SUGGESTION),
        ("希望能在公园里多设几个公共厕所", SUGGESTION),
        ("我要表扬市第一人民医院的王医生，对我们老人特别耐心", PRAISE),
        ("想感谢一下派出所的李警官，帮我找回了走失的父亲", PRAISE),
        ("街道办的工作人员服务态度很好，给他们点个赞", PRAISE),
        ("举报村支书挪用集体土地补偿款", REPORT),
        ("我检举镇长收受开发商的红包", REPORT),
        (WAGES, COMPLAINT),
        ("建议有关部门严肃处理拖欠工资的老板", COMPLAINT),  # a grievance with a closing wish
        ("物业服务态度很差，电梯坏了一个月没人修", COMPLAINT),
        ("医保局说我住院的费用不能报销，说是不在目录里，可医生说能报", COMPLAINT),  # a refusal, not a how-to
        ("社保局说我不能办退休，说档案年龄不对", COMPLAINT),
        ("异地住院怎么报销", CONSULTATION),
        ("我的档案怎么转到新单位", CONSULTATION),
        ("办退休需要带什么材料", CONSULTATION),
    ],
)
def test_detect_matter_kind(story, kind):
    assert detect_matter_kind(story) == kind


def test_a_suggestion_skips_respondent_court_and_earlier_reports():
    reading = read_matter_kind({"respondent": None}, {"issue_text": "建议在村口修一个公交站台"})
    assert reading.updates == {
        "matter_kind": SUGGESTION,
        "occurred_at": "",
        "respondent": "",
        "legal_status": "",
        "prior_report": "",
        "people_count": "",
    }
    assert "第29条" in reading.notes[0]


def test_a_praise_skips_the_mailing_address_as_no_acceptance_notice_is_sent():
    story = "想表扬一下我们社区卫生服务中心的王医生 每周上门给我妈换药 从来不收钱"
    reading = read_matter_kind({}, {"issue_text": story})
    assert reading.updates["matter_kind"] == PRAISE
    assert reading.updates["address"] == ""
    assert "occurred_at" not in reading.updates  # a compliment keeps its date
    assert read_matter_kind({"address": "同上"}, {"issue_text": story}).updates.get("address") is None


def test_a_complaint_asks_everything_and_the_kind_is_read_once():
    assert read_matter_kind({}, {"issue_text": WAGES}).updates == {"matter_kind": COMPLAINT}
    assert read_matter_kind({"matter_kind": PRAISE}, {"issue_text": WAGES}).updates == {}
    assert read_matter_kind({"issue_text": WAGES}, {"phone": "13800138000"}).updates == {}


async def test_the_form_does_not_ask_a_compliment_for_a_respondent():
    tracker = make_tracker("我要表扬社区医院的张护士，打针又轻又耐心，老人们都喜欢她", intent="tell_problem")
    slots, dispatcher, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["matter_kind"] == PRAISE
    # nothing left for the form to ask about who or what courts (the praised person is kept when named)
    assert slots["respondent"] == "社区医院的张护士"
    assert slots["legal_status"] == "" and slots["prior_report"] == ""
    assert "表扬" in texts(dispatcher)


@pytest.mark.parametrize(
    ("answer", "category"),
    [
        ("养老", "劳动和社会保障"),
        ("是拆迁的问题", "城乡建设"),
        ("工资", "劳动和社会保障"),
        ("看病", "卫生计生"),
        ("环保类吧", "环境保护"),
        ("民政", "民政"),
        ("我不晓得选哪个", None),
        ("我家门口的路被挖断了三个月没人修", None),  # a story, not a class name
    ],
)
def test_everyday_words_name_a_category(answer, category):
    assert category_from_everyday_words(answer) == category


def test_a_word_for_two_classes_is_decided_by_the_story():
    class Score:
        def __init__(self, name, score):
            self.name, self.score = name, score

    old_peoples_home = [Score("民政", 0.7), Score("劳动和社会保障", 0.2)]
    assert category_from_everyday_words("养老", old_peoples_home) == "民政"


async def test_an_everyday_word_answers_the_category_question():
    tracker = make_tracker(
        "养老", slots={"issue_text": "我退休三年了，养老金一直没有按时发"}, requested_slot="category"
    )
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["category"] == "劳动和社会保障"


@pytest.mark.parametrize(
    "text",
    [
        "你帮我选",
        "我不晓得选哪个",
        "你帮我选嘛 我眼睛不好",
        "不知道属于哪一类",
        "民政啦 定系城乡建设 你帮我拣",  # 粤语: 拣 is 选
        "唔识拣",
        "你帮我揀啦",
    ],
)
def test_asks_to_choose(text):
    assert asks_to_choose(text)


async def test_help_choosing_picks_from_the_story_and_offers_a_change():
    tracker = make_tracker(
        "你帮我选嘛 我眼睛不好",
        intent="ask_help_choose",
        slots={"issue_text": WAGES},
        requested_slot="category",
    )
    slots, dispatcher, _ = await run_action(HelpChooseCategory(), tracker)
    assert slots["category"] == "劳动和社会保障"
    assert "劳动和社会保障" in texts(dispatcher)
    buttons = dispatcher.messages[0]["buttons"]
    assert buttons[0]["payload"] == '/correct_detail{"correction_target": "category"}'


@pytest.mark.parametrize(
    ("hint", "fits"),
    [
        ("不懂这些分类 是宅基地和房子的事", ("国土资源", "城乡建设")),
        ("你帮我选吧 是打孩子的事 要警察管", ("政法",)),
    ],
)
async def test_what_the_citizen_says_of_the_matter_when_asking_for_help_weighs_in(hint, fits):
    story = "隔壁那家的人半夜翻进我们家院子 把东西砸了一地"
    tracker = make_tracker(
        hint, intent="ask_help_choose", slots={"issue_text": story}, requested_slot="category"
    )
    slots, _, _ = await run_action(HelpChooseCategory(), tracker)
    assert slots["category"] in fits


@pytest.mark.parametrize(
    "request_only", ["不知道 哪一类", "我哪晓得是哪类 你帮我选", "不曉得 你幫我選吧", "算哪个啊？？"]
)
async def test_the_request_alone_weighs_nothing(request_only):
    # the words of the request are no part of the matter: the pick is the story's own best class
    story = "楼下工地天天夜里打桩 吵得一家人睡不着"
    tracker = make_tracker(
        request_only, intent="ask_help_choose", slots={"issue_text": story}, requested_slot="category"
    )
    slots, _, _ = await run_action(HelpChooseCategory(), tracker)
    assert slots["category"] == classify_category(story, matter=True)[0].name


@pytest.mark.parametrize(
    ("said", "left"),
    [("不知道啊 污水算哪个", "污水"), ("不太懂分类 是房子的事", "是房子的事"), ("你帮我选吧", "")],
)
def test_said_of_the_matter(said, left):
    assert said_of_the_matter(said).endswith(left)


async def test_help_choosing_without_a_story_asks_for_it():
    slots, dispatcher, _ = await run_action(
        HelpChooseCategory(), make_tracker("你帮我选", intent="ask_help_choose", active_loop=None)
    )
    assert slots == {}
    assert "先把事情说一说" in texts(dispatcher)


@pytest.mark.parametrize(
    "text",
    [
        "你们到底管不管？",
        "你们到底管不管？？我都打了八百遍12345了",
        "推來推去的 到底有沒有人管",
        "说了有啥用啊",
    ],
)
async def test_an_angry_citizen_is_answered_with_what_the_office_does_and_when(text):
    # plain anger is acknowledged and answered (who handles it, by when), with no lecture on going higher
    tracker = make_tracker(text, intent="express_frustration", requested_slot="location")
    _, dispatcher, _ = await run_action(AnswerFrustration(), tracker)
    said = texts(dispatcher)
    assert "理解" in said and "15日" in said and "接着登记" in said
    assert "第20条" not in said and "越级" not in said and "北京" not in said


@pytest.mark.parametrize(
    "text",
    [
        "你们再不管我就去北京上访",
        "到底管不管 不管我就越级",
        "俺要去省里告你们",
        "再推我就上访去",
        "不管我就進京",
    ],
)
async def test_anger_that_speaks_of_going_higher_also_hears_article_20(text):
    tracker = make_tracker(text, intent="express_frustration", requested_slot="location")
    _, dispatcher, _ = await run_action(AnswerFrustration(), tracker)
    said = texts(dispatcher)
    assert "理解" in said and "第20条" in said and "越级" in said


@pytest.mark.parametrize(
    ("story", "text", "said_part"),
    [
        ("老房子拆迁 补偿协议是街道的人逼我签的", "那到底能不能反悔啊 说清楚点", "撤销"),
        ("公司逼我签了辞职信 不签就扣工资", "到底签了字还能不能要补偿 你说清楚", "经济补偿"),
        ("隔壁的狗把我孙子咬了", "打疫苗的钱到底能不能让她赔 别绕弯子", "第1245条"),
    ],
)
async def test_an_impatient_question_about_the_matter_gets_its_answer(story, text, said_part):
    # asked again in anger, the question about the matter is answered, not met with what the office does
    tracker = make_tracker(
        text, intent="express_frustration", requested_slot="location", slots={"issue_text": story}
    )
    _, dispatcher, _ = await run_action(AnswerFrustration(), tracker)
    said = texts(dispatcher)
    assert said_part in said and "您着急、生气" not in said and "接着登记" in said


async def test_anger_read_as_a_question_about_petitions_still_gets_the_answer_to_anger():
    assert sounds_frustrated("你们到底管不管？")
    assert not sounds_frustrated("什么是信访")
    tracker = make_tracker("你们到底管不管？", intent="ask_what_is_petition", active_loop=None)
    _, dispatcher, _ = await run_action(AnswerFaq(), tracker)
    assert "15日" in texts(dispatcher) and "信访就是" not in texts(dispatcher)
    assert "第20条" not in texts(dispatcher)


async def test_a_plain_question_is_answered_and_nothing_is_filed():
    tracker = make_tracker("我的档案怎么转到新单位", intent="ask_consultation", active_loop=None)
    slots, dispatcher, _ = await run_action(AnswerConsultation(), tracker)
    assert slots == {}
    said = texts(dispatcher)
    assert "档案" in said and "12345" in said and "登记" in said


def test_consultation_names_the_office():
    assert "12329" in consultation_answer("公积金怎么提取")
    assert "派出所" in consultation_answer("身份证丢了去哪里补办")
    assert "政务服务中心" in consultation_answer("这个证明应该找哪个部门开")


async def test_two_matters_during_the_intake_are_filed_one_after_the_other():
    tracker = make_tracker(
        "这是两件事，能不能分开登记？", intent="several_matters", slots={"issue_text": WAGES}
    )
    slots, dispatcher, _ = await run_action(SeveralMatters(), tracker)
    assert slots == {"more_matters": True}  # nothing added to the story
    assert "第一件" in texts(dispatcher) and "第二件" in texts(dispatcher)


async def test_after_the_first_case_the_second_starts_with_name_and_phone_kept():
    tracker = make_tracker(
        "确认",
        intent="affirm",
        slots={"petitioner_name": "王有田", "phone": "13800138000", "more_matters": True},
        active_loop=None,
    )
    slots, dispatcher, _ = await run_action(OfferNextMatter(), tracker)
    assert slots == {"more_matters": None, "next_matter_ready": None}  # the citizen tells it next
    assert "下一件事" in texts(dispatcher) and "姓名和电话" in texts(dispatcher)


@pytest.mark.parametrize(
    ("story", "parts"),
    [
        (
            "我要反映两件事，一是楼下饭店油烟直排，二是小区物业乱收停车费，都在株洲市荷塘区",
            ["楼下饭店油烟直排，都在株洲市荷塘区", "小区物业乱收停车费，都在株洲市荷塘区"],
        ),
        (
            "我住在长沙市雨花区，有两个问题：一个是小区电梯老坏，另一个是物业乱收费",
            ["我住在长沙市雨花区，小区电梯老坏", "我住在长沙市雨花区，物业乱收费"],
        ),
        (
            "第一，村里修路占了我家地不给钱；第二，低保被取消了没人说明原因",
            ["村里修路占了我家地不给钱", "低保被取消了没人说明原因"],
        ),
        ("1.路灯坏了两个月 2.下水道堵了没人修", ["路灯坏了两个月", "下水道堵了没人修"]),
        ("我家门口的路被挖断了三个月没人修", []),
        ("不是一个人的事，是全村一百多户", []),
        (
            "我要反映两个事 一个是村里评低保不公平 第二个是村支书挪用修路款盖房子 甘肃省定西市安定区",
            ["村里评低保不公平，甘肃省定西市安定区", "村支书挪用修路款盖房子，甘肃省定西市安定区"],
        ),  # "一个是…第二个是…" and a place said last belong to both
    ],
)
def test_split_matters(story, parts):
    assert split_matters(story) == parts


async def test_a_listed_story_is_split_and_the_first_filed_first():
    story = "我要反映两件事，一是楼下饭店油烟直排，二是小区物业乱收停车费，都在株洲市荷塘区"
    tracker = make_tracker(
        "这是两件事，能不能分开登记？", intent="several_matters", slots={"issue_text": story}
    )
    slots, dispatcher, _ = await run_action(SeveralMatters(), tracker)
    assert slots["issue_text"] == "楼下饭店油烟直排，都在株洲市荷塘区"
    assert slots["pending_matters"] == ["小区物业乱收停车费，都在株洲市荷塘区"]
    assert "第二件：“小区物业乱收停车费" in texts(dispatcher)


async def test_the_next_matter_already_told_is_read_and_taken_up():
    tracker = make_tracker(
        "对",
        intent="affirm",
        slots={
            "petitioner_name": "吕红",
            "phone": "13973318260",
            "more_matters": True,
            "pending_matters": ["小区物业乱收停车费，都在株洲市荷塘区"],
        },
        active_loop=None,
    )
    slots, dispatcher, _ = await run_action(OfferNextMatter(), tracker)
    assert slots["issue_text"] == "小区物业乱收停车费，都在株洲市荷塘区"
    assert slots["location_code"] == "430202"
    assert slots["next_matter_ready"] is True and slots["more_matters"] is None
    assert slots["pending_matters"] is None
    assert "petitioner_name" not in slots and "phone" not in slots  # kept as they are
    assert "姓名和电话" in texts(dispatcher)


async def test_an_angry_message_that_tells_a_matter_starts_the_intake_with_it():
    text = "你们这些当官的天天就知道推！！我家门口的路挖断了半年没人管！！到底修不修！！在溆浦县"
    slots, dispatcher, events = await run_action(
        AnswerFrustration(), make_tracker(text, intent="express_frustration", active_loop=None)
    )
    assert slots["issue_text"] == text
    assert slots["location_code"] == "431224"
    assert any(e.get("event") == "followup" and e.get("name") == "intake_form" for e in events)
    assert "理解" in texts(dispatcher) and "第20条" not in texts(dispatcher)  # angry, not going higher


async def test_details_in_an_angry_message_during_the_intake_are_kept():
    tracker = make_tracker(
        "到底有没有人管！在溆浦县",
        intent="express_frustration",
        slots={"issue_text": "村里的路挖断了半年没人修"},
        requested_slot="location",
    )
    slots, _, _ = await run_action(AnswerFrustration(), tracker)
    assert slots["location_code"] == "431224"


async def test_two_matters_listed_in_the_first_message_start_the_intake_with_the_first():
    text = "我要反映两件事，一是楼下饭店油烟直排，二是小区物业乱收停车费，都在株洲市荷塘区"
    slots, dispatcher, events = await run_action(
        SeveralMatters(), make_tracker(text, intent="several_matters", active_loop=None)
    )
    assert slots["issue_text"] == "楼下饭店油烟直排，都在株洲市荷塘区"
    assert slots["location_code"] == "430202"
    assert slots["pending_matters"] == ["小区物业乱收停车费，都在株洲市荷塘区"]
    assert any(e.get("event") == "followup" and e.get("name") == "intake_form" for e in events)


async def test_one_more_matter_told_with_the_request_is_taken_as_a_story():
    text = "还有一件事，我住的小区门口的路灯坏了两个月了，在长沙市天心区"
    slots, _, events = await run_action(
        SeveralMatters(), make_tracker(text, intent="several_matters", active_loop=None)
    )
    assert slots["issue_text"] == text and slots["location_code"] == "430103"
    assert slots["more_matters"] is None  # nothing more announced
    assert any(e.get("event") == "followup" for e in events)


async def test_a_question_that_started_the_intake_is_answered_and_nothing_is_stored():
    tracker = make_tracker("社保断缴了三个月 还能补交吗 去哪里补", intent="tell_problem")
    slots, dispatcher, events = await run_action(ValidateIntakeForm(), tracker)
    assert slots == {"requested_slot": None}  # the form ends; no story, no category is kept
    assert any(e.get("event") == "followup" and e.get("name") == "action_listen" for e in events)
    assert "12333" in texts(dispatcher) and "登记" in texts(dispatcher)


async def test_a_story_is_no_consultation_even_when_it_asks_where_to_go():
    tracker = make_tracker("公司拖欠工资三个月，我该去哪里投诉", intent="tell_problem")
    slots, _, _ = await run_action(ValidateIntakeForm(), tracker)
    assert slots["issue_text"] and slots["matter_kind"] == COMPLAINT


@pytest.mark.parametrize(
    ("question", "office"),
    [
        ("孩子明年上小学，外地户口要准备什么", "教育局"),
        ("驾照到期了在哪换", "车管所"),
        ("残疾证怎么办", "残联"),
        ("养老金什么时候能领，去哪里办", "12333"),
        ("退伍的优待证去哪办", "退役军人"),
    ],
)
def test_the_narrower_topic_names_the_office(question, office):
    assert office in consultation_answer(question)


async def test_a_detail_the_list_gave_for_another_matter_is_asked_again():
    story = "我要反映两件事，一是楼下饭店油烟直排，二是金地物业乱收停车费，都在株洲市荷塘区"
    known = {
        "issue_text": story,
        "respondent": "金地物业",  # a named one: a bare "小区物业" is not taken from a story, it is asked
        "location": "湖南省株洲市荷塘区",
        "location_code": "430202",
    }
    tracker = make_tracker("这是两件事，能不能分开登记？", intent="several_matters", slots=known)
    slots, _, _ = await run_action(SeveralMatters(), tracker)
    # the property company belongs to the second matter; the first is about the restaurant
    assert slots["respondent"] != "金地物业" and "物业" not in (slots["respondent"] or "")
    assert "location" not in slots  # said of both


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("我屋里老倌子是残疾人 残疾证哪门办", True),
        ("驾照到期了怎么换，外地的能在本地换吗", True),
        ("城乡居民医保每年什么时候交？", True),
        ("孩子上学被拒收了怎么办", False),  # something happened: a matter to file
        ("邻居天天吵怎么办", False),
        ("我有个事情想反映一下，请帮帮忙看看怎么办", False),
    ],
)
def test_a_question_about_getting_something_done(text, asks):
    from actions.consultation import is_consultation

    assert is_consultation(text) is asks


@pytest.mark.parametrize(
    ("answer", "category"),
    [
        ("劳动保障", "劳动和社会保障"),
        ("劳保", "劳动和社会保障"),
        ("卫计", "卫生计生"),
        ("科技信息", "科技与信息产业"),
    ],
)
def test_a_shortened_class_name_names_the_class(answer, category):
    assert category_from_everyday_words(answer) == category


async def test_only_asking_after_an_intake_began_answers_and_drops_what_was_stored():
    tracker = make_tracker(
        "我就是问问能不能补办 不是要反映啥",
        requested_slot="location",
        slots={"issue_text": "身份证掉了 我人在外地打工 能在这边补办吗", "category": "政法"},
    )
    slots, dispatcher, events = await run_action(ValidateIntakeForm(), tracker)
    assert "派出所" in texts(dispatcher)
    assert slots["issue_text"] is None and slots["category"] is None
    assert events[-1].get("name") == "action_listen"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("身份证掉了 我人在外地打工 能在这边补办吗", CONSULTATION),
        ("想问下 农村的宅基地能不能卖给城里人", CONSULTATION),
        ("我就是问问能不能补办 不是要反映啥", CONSULTATION),
        ("想问下为什么我的低保被取消了", COMPLAINT),  # asked, but something was done to them
        ("养老金停发了三个月", COMPLAINT),
        ("我门这里的养老钱 每个月都被镇里扣掉五十", COMPLAINT),  # who did it comes between 被 and the act
    ],
)
def test_asking_only_and_things_done_to_the_citizen(text, kind):
    assert detect_matter_kind(text) == kind


def test_a_contested_divorce_is_answered_with_the_court_and_12348():
    question = "我想离婚 男方不同意 孩子归谁 去哪里起诉 要多少钱"
    assert detect_matter_kind(question) == CONSULTATION
    answer = consultation_answer(question)
    assert "法院" in answer and "12348" in answer and "婚姻登记处" not in answer


async def test_frustration_while_grandma_is_missing_gets_who_finds_people():
    tracker = make_tracker(
        "你们到底能不能帮忙找人 别问这些了",
        intent="complain",
        slots={"issue_text": "我奶奶不见了 昨天早上出去买菜到现在没回来 她有老年痴呆", "urgent": True},
        requested_slot="legal_status",
    )
    _, dispatcher, _ = await run_action(AnswerFrustration(), tracker)
    said = texts(dispatcher)
    assert "110" in said and "找人要靠警察" in said and "60日内" not in said


AT_SUMMARY = {
    "issue_text": "我们单元装电梯 一楼那家不同意 把施工队赶走了",
    "category": "城乡建设",
    "location": "湖北省武汉市洪山区",
    "respondent": "一楼那家",
    "awaiting_confirmation": True,
}


async def test_anger_at_the_summary_keeps_the_matter_and_the_summary_waits():
    """ "你们能不能给个准话" at the summary: never "您遇到了什么事" as if nothing had been told."""
    tracker = make_tracker(
        "你们到底能不能给个准话", intent="express_frustration", active_loop=None, slots=AT_SUMMARY
    )
    slots, dispatcher, _ = await run_action(AnswerFrustration(), tracker)
    said = texts(dispatcher)
    assert "您遇到了什么事" not in said and "对，提交" in said
    assert "issue_text" not in slots  # nothing of the matter is dropped


async def test_a_yes_with_anger_at_the_route_question_answers_it():
    options = {
        "question": "对方是个人或者企业（不是政府部门）吗？",
        "yes": ["litigation", "civil_dispute", "民事纠纷"],
        "no": ["petition", None, "信访"],
        "default": ["petition", None, "信访"],
    }
    slots = {**AT_SUMMARY, "route_question": "private", "route_options": options}
    tracker = make_tracker(
        "对 那你们到底能不能给个准话", intent="express_frustration", active_loop=None, slots=slots
    )
    updated, dispatcher, _ = await run_action(AnswerFrustration(), tracker)
    assert "您遇到了什么事" not in texts(dispatcher)
    assert updated.get("route") == "litigation" and updated.get("route_question") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("教育吧 培训班的事", "教育文体"),
        ("拆迁的事 城乡建设吧", "城乡建设"),
        ("养老 我妈的养老金", "劳动和社会保障"),
    ],
)
def test_a_class_said_with_what_it_is_about(text, name):
    assert category_from_everyday_words(text) == name


@pytest.mark.parametrize("text", ["民政 城乡建设", "不知道 你帮我选"])
def test_two_classes_or_none_named_pick_nothing(text):
    assert category_from_everyday_words(text) is None
