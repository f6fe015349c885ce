"""A plain question about getting something done (how to move my 档案): answered, with an offer to file.

Such questions are 咨询, not petitions: the office that does the thing, or the 12345 hotline, answers them
fastest. Nothing is filed unless the citizen then tells of a problem.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.matter_kind import ASKING_ONLY, CONSULTATION, detect_matter_kind, is_grievance
from actions.progress import start_check
from actions.progress_turns import asks_progress
from actions.question_detect import detect_question, further_questions, of_procedure
from actions.question_kinds import FAQ_KEY, QuestionKind
from actions.question_patterns import ASKS_MATERIALS
from bot.domain import text as textutil
from bot.domain.knowledge import faq_answer
from bot.domain.safety import detect_crisis

# (words of the question, who does it); the first match wins, so the narrower topics come first
OFFICES = (
    # 行政复议法 (2023): the county government reviews its departments' acts (第24条), in writing or orally
    # (第22条), free of charge (第87条); 60 days from knowing of the act (第20条)
    (
        r"复议",
        "行政复议，向复议机关申请：对县区政府部门（比如医保局、人社局、市场监管局）的决定不服，一般向县区人民政府申请；"
        "写一份复议申请书，写不了的也可以口头申请，带上身份证、那份决定书或者通知、能说明情况的证据和票据；"
        "要在知道这个决定之日起60日内申请，申请复议不收费。具体在哪个窗口递交，可以打12345或者12348问",
    ),
    (r"入学|转学|学籍|上小学|上初中|上学", "入学、转学和学籍，找学校或县区教育局"),
    (
        r"学历认证|学历报告|学历证明|学历查询|学位认证|学信网",
        "学历认证报告，在中国高等教育学生信息网（学信网）上申请；函授、业余、自考这些成人教育的学历也在学信网上查、上面申请，"
        "查不到的（比如毕业年份早的），可以在学信网申请学历认证，或者找毕业学校问",
    ),
    # 养老金领取资格认证: by data matching first, else in person, by an app, at a window, or at home for the bedridden
    (
        r"(?<!实名)认证",
        "养老金领取资格认证，现在多数地方社保部门会先用大数据比对，比对不上的才要本人认证：家里人可以用手机上的"
        "国家社会保险公共服务平台、掌上12333或者当地人社App帮您刷脸认证；不会用手机的，带上身份证到社区（村委会）"
        "或者社保经办机构的窗口认证；年纪大、行动不便的，可以请社区或社保经办机构上门认证。认证补上以后，停发的养老金"
        "一般会恢复发放。具体怎么办，可以打12333人社服务热线问",
    ),
    (
        r"三方协议|就业协议",
        "三方协议（毕业生就业协议）里写了违约金的，毁约一般要按协议约定承担；约定得过分高的，可以请法院适当减少"
        "（民法典 第585条）；已经签了劳动合同的，单位只能在培训服务期和竞业限制两种情况下要违约金（劳动合同法 第25条）。"
        "觉得要得太多，可以先跟单位商量，"
        "请学校的就业指导中心帮着沟通，谈不拢的可以打12348公共法律服务热线免费问",
    ),
    (
        r"档案",
        "人事档案的转移和查询，找档案现在存放的地方（人才服务中心、人社局或原单位），再到要转入的地方办接收",
    ),
    # before 社保: "工伤赔偿要去仲裁吗" is about where to apply (劳动争议调解仲裁法 第21条), and it is free (第53条)
    (
        r"劳动仲裁|仲裁委|申请仲裁|仲裁.{0,6}(?:钱|费|哪|怎么)",
        "劳动仲裁不收费，向劳动合同履行地或者用人单位所在地的劳动人事争议仲裁委员会申请（一般设在县区人社局），"
        "带上身份证、申请书和劳动关系的证据；怎么写申请书，可以打12333人社服务热线或12348公共法律服务热线问",
    ),
    (r"法律援助|请律师|请不起律师", "法律援助，找县区司法局的法律援助中心，也可以打12348公共法律服务热线"),
    (r"残疾", "残疾证和残疾人补贴，找县区残联，或者户籍所在地的乡镇政府（街道办）"),
    (r"退役|退伍|优待证|优抚", "退役军人的优待和补助，找县区退役军人事务局或乡镇（街道）退役军人服务站"),
    (r"驾驶证|驾照|行驶证|车管|年检|车牌", "驾驶证、行驶证和车辆业务，找当地公安交管部门的车管所"),
    # 医保 before 社保: "退休以后医保关系怎么转" is the 医疗保障局's, not 人社's
    (
        r"医保|医疗保险|报销|就医备案|异地就医|新农合|居民医疗|职工医疗|长期护理|长护险|护理保险",
        "医保的参保、转移接续、异地就医备案和报销，找当地医疗保障局（医保局）的医保经办机构，"
        "也可以打12393医疗保障服务热线",
    ),
    # before 社保 ("退休的时候"): the award to an only child's parents: paid by the employer at retirement; rules differ where it has closed
    (
        r"独生子女[^,，。]{0,6}(?:奖励|奖金|补助|扶助|费)|独生子女父母",
        "独生子女父母奖励（退休时的一次性奖励、年老以后的奖励扶助），一般由原单位发；单位倒闭、改制了没人发的，"
        "各地办法不一样，多由户籍地的县区卫生健康部门（原来的计生部门）或者街道（乡镇）负责，可以先问县区卫健委，"
        "或者打12345问清楚",
    ),
    # 社会保险法 第49条: a member's survivors draw the funeral grant and the survivors' pension from the pension fund
    (
        r"丧葬费|丧葬补助|抚恤金|遗属",
        "参加养老保险的人去世后，家属可以领丧葬补助金和抚恤金（社会保险法 第49条），向他领养老金的社保经办机构申请，"
        "一般要带死亡证明、户口注销证明、亲属关系证明和领取人的身份证；机关事业单位的，先找原单位。"
        "具体材料可以打12333人社服务热线问",
    ),
    # contributions a flexible worker stopped paying: usually not paid back, carried on from now (local rules differ)
    (
        r"(?:灵活就业|个体|自由职业|自己交)[^,，。]{0,12}(?:补缴|补交|断)|(?:补缴|补交)[^,，。]{0,10}(?:灵活就业|个体)",
        "灵活就业人员自己交的社保断了，一般不能把中断的那几年往回补缴，可以从现在起接着交，以前交的年限会累计算上；"
        "少数地方对特定情况有补缴的规定，以当地社保经办机构的答复为准，可以打12333人社服务热线问清楚",
    ),
    (
        r"社保|养老保险|养老金|失业|工伤保险|工伤认定|退休|生育津贴",
        "社保、养老金、失业和工伤保险，找当地人社部门的社保经办机构，也可以打12333人社服务热线",
    ),
    (r"公积金", "公积金的提取和贷款，找当地住房公积金管理中心，也可以打12329公积金热线"),
    (r"护照|港澳|通行证|出入境", "护照和港澳台通行证，找当地公安出入境管理部门"),
    (
        r"户口|户籍|身份证|居住证|迁户|无犯罪",
        "户口、身份证、居住证和无犯罪记录证明，找户籍所在地或居住地的派出所",
    ),
    (r"出生证明|准生证|生育登记|独生子女", "出生证明和生育登记，找出生的医院或县区卫健部门"),
    (
        r"离婚.{0,12}(?:不同意|不肯|起诉|打官司|孩子|抚养|财产)|(?:起诉|打官司).{0,4}离婚",
        "对方不同意离婚，或者孩子抚养、财产分不清，要到法院起诉离婚；怎么起诉、大概花多少钱，"
        "可以打12348公共法律服务热线免费问，经济困难的可以申请法律援助",
    ),
    (r"结婚|离婚|婚姻登记", "婚姻登记，找县区民政局的婚姻登记处"),
    (r"领养|收养", "收养登记，找县区民政部门"),
    (
        r"承包经营权证|承包证|土地证.{0,6}(?:丢|补|换)",
        "农村土地承包经营权证丢了、坏了要补办，先到乡镇政府（农村经营管理站）申请，再由县区农业农村局审核办理",
    ),
    (
        r"(?:宅基地|农村的?房子?|承包地|土地).{0,8}(?:卖|买|转让|继承)",
        "农村宅基地、房屋和承包地能不能买卖、转让或继承，法律有专门的规定，可以打12348公共法律服务热线免费问，"
        "也可以找乡镇政府或县区自然资源部门",
    ),
    (
        r"建房|盖房|翻修|翻建|宅基地",
        "农村建房、翻建和宅基地审批，找户籍所在地的乡镇政府，再由自然资源部门办理",
    ),
    # 民法典 第278条: who votes and how many must agree to use the maintenance fund; 第281条: urgent repairs
    (
        r"维修资金|维修基金|专项维修",
        "动用小区的维修资金（比如换电梯、修屋顶），要业主共同决定：参加表决的业主，专有部分面积和人数都要占全体的三分之二以上，"
        "同意的要超过参加表决的业主专有部分面积的一半、人数的一半（民法典 第278条）；电梯、屋顶这类紧急情况急需维修的，"
        "业主大会或者业委会可以依法申请使用维修资金（民法典 第281条）。具体怎么申请，找小区业委会、物业，"
        "或者区县住建部门的维修资金管理机构，也可以打12345问",
    ),
    (r"公租房|廉租房|保障房|住房补贴", "公租房和住房保障，找县区住建（住房保障）部门或街道"),
    (r"房产证|不动产|过户", "房产证和不动产登记，找当地不动产登记中心"),
    (r"营业执照|个体户|开店|注册公司", "营业执照，找当地市场监管局或政务服务中心"),
    (r"税|发票", "税务问题，找当地税务局，也可以打12366纳税服务热线"),
    (
        r"低保|救助|补贴|高龄|养老院",
        "低保、救助、高龄补贴和养老服务，找户籍所在地的乡镇政府（街道办）或县区民政部门",
    ),
)
GENERAL = "这类办事问题，到当地政务服务中心问，或者拨打12345政务服务便民热线，问得最清楚"


def office_for(question: str, place: str | None = None) -> str:
    """Who does what the question asks about; with the county the citizen named ("光山县"), that county's."""
    clean = textutil.normalize_for_parsing(question or "")
    where = next((office for words, office in OFFICES if re.search(words, clean)), GENERAL)
    return where.replace("县区", place).replace("当地", place) if place else where


def consultation_answer(question: str, place: str | None = None) -> str:
    return (
        f"您问的是办事的问题，这不用登记成信访事项，直接问办事的地方最快：{office_for(question, place)}。"
        "拿不准的话，也可以打12345政务服务便民热线问清楚。\n"
        "如果办事时遇到了问题，比如一直办不下来、被推来推去，跟我说说经过，我帮您登记反映。"
    )


# the procedure's own time, asked with a question about it ("这个能申请仲裁吗 要多久"): the office's answer
# above does not say it
PROCEDURE_TIMES = frozenset({QuestionKind.ARBITRATION_TIME})


def consultation_answers(question: str, place: str | None = None) -> list[str]:
    """The answer to a question about getting something done, and to how long that procedure takes when the
    message asks it too."""
    first = detect_question(question)
    times = [kind for kind in (first, *further_questions(question, first)) if kind in PROCEDURE_TIMES]
    return [consultation_answer(question, place), *(faq_answer(FAQ_KEY[kind]) for kind in times)]


MATERIALS_FOR_SERVICE = (
    "要带哪些材料，以办事的地方公布的清单为准，各地会有些不同：一般都要带身份证、户口簿，再加上能说明您情况的证明。"
    "去之前最好先打电话问清楚，省得白跑：{where}。"
)
PLACE_ONLY = (
    "好的，您在{place}的话：{where}。拿不准的话，也可以打12345政务服务便民热线问清楚；"
    "办的时候遇到了问题，比如一直办不下来、被推来推去，跟我说说经过，我帮您登记反映。"
)


def follow_up_answer(
    before: str, text: str, place: str | None = None, *, only_place: bool = False
) -> str | None:
    """A message that goes on from an earlier question about getting something done (`before`): what to bring,
    or only the county ("俺在河南省信阳市光山县", `only_place`); None when it is neither."""
    clean = textutil.normalize_for_parsing(text or "")
    asked = detect_question(clean)
    if asked is QuestionKind.WHEN_HANDLED and of_procedure(asked, clean, before) in PROCEDURE_TIMES:
        return faq_answer(
            FAQ_KEY[QuestionKind.ARBITRATION_TIME]
        )  # "多久出结果你没说啊" after "劳动仲裁要钱吗 要多久能出结果"
    if ASKS_MATERIALS.search(clean):
        # "办残疾证要带啥" names its own service; "那要带啥材料" means the one asked about before
        return MATERIALS_FOR_SERVICE.format(where=office_for(text if names_service(text) else before, place))
    if only_place and place:
        return PLACE_ONLY.format(place=place, where=office_for(before, place))
    if not only_place and asks_more(clean):  # "那没备案的还能补吗": the same service, asked further
        return FOLLOW_UP.format(where=office_for(text if names_service(text) else f"{before}，{text}", place))
    if not only_place and tells_only_context(clean):  # "他是退休工人 在成都": the same question
        return SAME_QUESTION.format(where=office_for(before, place))
    return None


FOLLOW_UP = (
    "这个要以办事的地方说的为准，直接问他们最清楚：{where}。打个电话问清楚再去，省得白跑；"
    "办的时候遇到了问题，比如一直办不下来、被推来推去，跟我说说经过，我帮您登记反映。"
)


SAME_QUESTION = (
    "明白，还是您刚才问的事，这不用登记成信访事项：{where}。打个电话问清楚再去，省得白跑；"
    "办的时候遇到了问题，比如一直办不下来、被推来推去，跟我说说经过，我帮您登记反映。"
)


# something not done or gone wrong ("路灯一个月没亮了"): a matter, not more about the one asked for
_SOMETHING_AMISS = re.compile(r"不|没|冇|未|莫|别|坏|停|丢|少了|晚了|把[^,，。\s]{1,10}了")
# longer than this, a message tells a matter of its own
MAX_CONTEXT_CJK = 30


def tells_only_context(clean: str) -> bool:
    """More about the one the question was about ("他是退休工人 在成都 单位是国企"): no question of its own,
    nothing amiss, no question about another service; it asks the same question again."""
    return (
        detect_question(clean) is None
        and not is_grievance(clean)
        and not _SOMETHING_AMISS.search(clean)
        and not is_consultation(clean)
        and textutil.cjk_count(clean) <= MAX_CONTEXT_CJK
    )


def asks_more(clean: str) -> bool:
    """A question that goes on from the one answered ("能不能让村里帮忙代办", "就问问去哪领"), telling no
    grievance of its own."""
    kind = detect_question(clean)
    if kind not in (None, QuestionKind.OTHER, QuestionKind.WHICH_OFFICE):
        return False  # "那要花多少钱": a question the knowledge file answers (fees, with 诉讼费)
    asks = kind is not None or bool(ASKING_ONLY.search(clean))
    return asks and not is_grievance(ASKING_ONLY.sub("", clean))  # "我没有要投诉": no grievance told


SERVICE_QUESTION = "能不能办、怎么办，要以管这件事的部门核定为准，直接问他们最清楚：{where}。"


def service_answer(question: str | None, story: str | None = None) -> str | None:
    """A question the knowledge file has no answer for ("能让他们上门认证吗", "低保还能恢复不"), about a service
    the question or the story names: who decides it; None when neither names one."""
    asked = [question] if not asks_for_service(question) else [question, story]
    said = next((s for s in asked if s and names_service(s)), None)
    return SERVICE_QUESTION.format(where=office_for(said)) if said else None


# "能让他们上门认证吗", "还能补发不": a question that asks for something to be done; only such a question takes its
# service from the story (not "自家儿子咋个告嘛" after "老大在长沙开店", which asks nothing of a licence office)
SERVICE_ASKED = re.compile(r"认证|办|补|恢复|领|申请|审批|上门|手续|材料|证明|开具|转|报销|发放|续")


def asks_for_service(question: str | None) -> bool:
    """Whether a question asks for something to be done for the citizen, so the story may name the service."""
    return bool(SERVICE_ASKED.search(textutil.normalize_for_parsing(question or "")))


def names_service(text: str) -> bool:
    """Whether a question names the service it is about ("办残疾证…"), so an office can be named."""
    clean = textutil.normalize_for_parsing(text or "")
    return any(re.search(words, clean) for words, _ in OFFICES)


def consultation_before(slots: Mapping[str, Any], user_texts: list[str], window: int = 3) -> str | None:
    """The citizen's earlier question about getting something done (among the last `window` messages before
    the latest), while no matter is being told; None otherwise. A story that tells no grievance, taken down
    after the question ("他是退休工人 在成都"), is more of that question."""
    story = slots.get("issue_text")
    if story and is_grievance(story):
        return None
    return next((text for text in reversed(user_texts[-window:]) if is_consultation(text)), None)


# a question about getting something done names the service, or asks for the procedure
PROCEDURE = re.compile(r"材料|手续|证件|证明|流程|条件|办理|补办|申请|审批|多少钱|费用|窗口")


# a trouble told with the question ("宅基地被堂哥盖了猪圈占了一大半 要找哪个单位", "申请信息公开 两个多月一点回音
# 都没有 怎么办"): a matter to file, however it is asked
TELLS_TROUBLE = re.compile(
    r"被[^，,。！!？?\s]{0,10}占|占了|(?:回音|音讯|下文|答复|回复|动静)[^，,。]{0,3}(?:没有|没|冇)|"
    r"(?:没有|没|冇|不)(?:给|作)?(?:回音|音讯|下文|答复|回复)"
)


def is_consultation(text: str) -> bool:
    clean = textutil.normalize_for_parsing(text or "")
    if detect_matter_kind(clean) != CONSULTATION:
        return False
    if TELLS_TROUBLE.search(clean) or detect_crisis(clean) is not None:
        return False  # a trouble or a danger told ("老公喝了酒会动手打我 这种能怎么办") is no question about a service
    return bool(PROCEDURE.search(clean)) or any(re.search(words, clean) for words, _ in OFFICES)


class AnswerConsultation(Action):
    """Answers the question; a running intake goes on afterwards (rules), outside one nothing is filed."""

    def name(self) -> str:
        return "action_answer_consultation"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        if not tracker.active_loop.get("name") and asks_progress(textutil.normalize_for_parsing(text)):
            return start_check(
                dispatcher
            )  # "登记过一个事 编号XF… 到哪一步了 还想补充个材料": the check first
        before = consultation_before(tracker.slots, earlier_user_texts(tracker))
        follow = follow_up_answer(before, text) if before else None
        for answer in [follow] if follow else consultation_answers(text):
            dispatcher.utter_message(text=answer)
        if tracker.active_loop.get("name") == "intake_form":
            dispatcher.utter_message(response="utter_intake_resumed")
        return []


def earlier_user_texts(tracker: Tracker) -> list[str]:
    """What the citizen wrote before the latest message, oldest first."""
    texts = [event.get("text") or "" for event in tracker.events if event.get("event") == "user"]
    return texts[:-1]


def county_of(code: str | None, gazetteer) -> str | None:
    """The county (or city, when only the city is known) of a division code: "411522…" → "光山县"."""
    if not code or len(code) < 4:
        return None
    division = gazetteer.get(code[:6]) or gazetteer.get(code[:4])
    return division.name if division is not None else None
