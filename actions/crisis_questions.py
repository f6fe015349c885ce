"""Questions asked in the middle of an emergency. A person beaten at home: "能不能让法院管管他" (the court's
personal-safety protection order) and "我能不能离婚 孩子跟谁", never an office for marriage registration. Money
sent to a swindler minutes ago: "要不要报警 钱还能追回来吗" (110 and the bank at once). Someone of the family
missing: "是不是要等24小时才能报" (no). Each gets its reviewed answer (pure: text in, answer out)."""

from __future__ import annotations

import re

from actions.crisis_asides import aside_after_crisis
from actions.matter_questions import REPORTED_TO_POLICE
from bot.domain import text as textutil
from bot.domain.knowledge import faq_answer, load_knowledge
from bot.domain.safety import asks_to_keep_away, detect_crisis, happening_now, tells_domestic_violence

# the court (or an order) stepping in: "能不能让法院管管他", "保护令怎么申请", "法院能不能禁止他回来"
_COURT_STEPS_IN = re.compile(
    r"保护令|(?:法院|法官)[^,，。!！?？]{0,6}(?:管|保护|禁止|不让|别让|不准|不许|收拾|治)"
)
# divorce and the children: "能离婚吗", "孩子跟谁", "孩子能判给我吗", "抚养权"
_DIVORCE = re.compile(
    r"离婚|离得了|离得成|孩子(?:跟|归|判给|判)谁|孩子[^,，。!！?？]{0,4}(?:跟|归|判给)我|抚养权"
)
# people around them stepping in: "能不能让村里的人去说说他", "妇联能不能管", "找他单位领导行不行"
_PEOPLE_NEARBY = re.compile(
    r"(?:村里|村委会?|村干部|村长|支书|居委会?|社区|妇联|单位|领导|厂里)[^,，。!！?？]{0,8}"
    r"(?:说说|劝|管管|管|教育|批评|出面|找他|做工作|调解)"
)
# a report feared to make him worse: "报警了他回来会不会打得更狠", "要是报了警 他会不会报复"
_REPORT_BACKFIRES = re.compile(
    r"(?:报警|报了警|报案|打110|打了110|报了)[^。!！]{0,12}(?:更狠|更凶|打得更|变本加厉|更厉害|下手更重|报复|打死)"
)
# a yes/no question gets its "能。" first: "能不能离婚", "法院管不管", "能离婚吗"
_YES_NO = re.compile(
    r"能不能|能否|可不可以|可以吗|行不行|管不管|离得了|离得成|能[^,，。!！?？]{0,10}(?:吗|么|不)"
)


# applying for another: "我能替她申请吗", "帮我妈申请那个保护令", "能不能代为申请"
_FOR_ANOTHER = re.compile(
    r"(?:替|帮|代)(?:她|他|我妈|我爸|我姐|我妹|老人|孩子|人家)?[^,，。!！?？]{0,4}申请|代为|代她|代他"
)
# whether he learns of it: "他会不会知道是我申请的", "他能知道吗"
_HE_LEARNS = re.compile(r"(?:他|对方)[^,，。!！?？]{0,4}(?:知道|晓得|发现)")


def for_another_notes() -> list[str]:
    """The notes of the domestic-violence route for one applying on a victim's behalf: who may apply for a victim
    who cannot (反家庭暴力法 第23条第2款); the notes told only to some stories are these."""
    view = load_knowledge().route("litigation").resolve("domestic_violence")
    return [f"{n.text}（{n.citation}）。" for n in view.notes if n.about]


# both at once: "能一起办吗", "同时申请行不行"
_TOGETHER = re.compile(r"一起|一块儿?|同时|一并|顺便")


def asks_order_with_divorce(text: str | None, told: str | None) -> bool:
    """ "你先回答我能不能一起办" when the story asked whether the protection order and the divorce go together."""
    clean = textutil.normalize_for_parsing(told or "")
    return (
        bool(_TOGETHER.search(textutil.normalize_for_parsing(text or "")))
        and "保护令" in clean
        and "离" in clean
    )


# a question word beside the order named in the first message: "请问一下人身安全保护令是什么 我老公…"
_ASKED = re.compile(r"请问|问一?下|什么|啥|吗|么|怎么|咋|如何|能不能|能否|可不可以|哪里|哪儿|多少|[?？]")


def asked_in_story(text: str | None) -> str | None:
    """The answer about the protection order, divorce or the people who can step in, asked in the same breath as the
    story of violence at home ("我想离婚 妇联管不管"), or None."""
    clean = textutil.normalize_for_parsing(text or "")
    if not (_ASKED.search(clean) or _YES_NO.search(clean)):
        return None
    return violence_question_answer(text, text)


def violence_question_answer(text: str | None, told: str | None) -> str | None:
    """The answer to a question about the court's protection or divorce, asked after (or with) a story of
    violence at home (`told`: the story and the message); None for any other question."""
    clean = textutil.normalize_for_parsing(text or "")
    if not _may_ask_of_violence(clean) or not tells_domestic_violence(told):
        return None  # the question first: the crisis check of the whole story is the dear part
    if asks_order_with_divorce(text, told):
        return faq_answer("order_and_divorce")  # "保护令和离婚能一起办吗": yes, both at the court
    answers = []
    if _COURT_STEPS_IN.search(clean) or asks_to_keep_away(clean):
        # "我妈不让报警 我能替她申请吗": who may apply for her first (relatives, the 妇联), then the order
        answers += for_another_notes() if _FOR_ANOTHER.search(clean) else []
        answers.append(faq_answer("protection_order"))
        if _HE_LEARNS.search(clean):  # "他会不会知道是我申请的": yes, it is served on him
            answers.append(faq_answer("protection_order_served"))
    if _DIVORCE.search(clean):
        answers.append(faq_answer("violence_divorce"))
    if _PEOPLE_NEARBY.search(clean):
        answers.append(faq_answer("violence_help_nearby"))
    # "会不会打得更狠" is no yes/no of what may be done: its answer comes after any "能。"
    backfires = [faq_answer("violence_report_worse")] if _REPORT_BACKFIRES.search(clean) else []
    if not answers and not backfires:
        return None
    yes = answers and _YES_NO.search(clean) and not answers[0].startswith("能。")
    return ("能。" if yes else "") + "\n".join(answers + backfires)


def _may_ask_of_violence(clean: str) -> bool:
    """Whether the message holds any question `violence_question_answer` answers, whatever the story."""
    return bool(
        _TOGETHER.search(clean)
        or _COURT_STEPS_IN.search(clean)
        or asks_to_keep_away(clean)
        or _DIVORCE.search(clean)
        or _PEOPLE_NEARBY.search(clean)
        or _REPORT_BACKFIRES.search(clean)
    )


# what is asked once money went to a swindler: "要不要报警", "钱还能追回来吗", "怎么办"
_AFTER_FRAUD = re.compile(
    r"报警|报案|110|追回|追得回|拿回|要回|找回|能回来|退回|怎么办|咋办|咋整|冻结|止付|银行"
)
# what is asked once someone went missing: "要报警吗", "是不是要等24小时", "怎么找"
_AFTER_MISSING = re.compile(
    r"报警|报案|110|24小时|二十四小时|一天一夜|等多久|要等|怎么找|咋找|怎么办|咋办|咋整"
)
# "你们能帮忙找吗": who finds people
_WHO_FINDS = re.compile(r"帮(?:忙|我|着)?找|能找|能不能找|找人|去找")
_URGENT_ANSWERS = (
    ("fraud_now", _AFTER_FRAUD, "fraud_money_back"),
    ("missing_person", _WHO_FINDS, "missing_who_finds"),
    ("missing_person", _AFTER_MISSING, "missing_report_now"),
)
# a neighbour or relative with a mental illness who threatens people, and whether he can be taken for care
_MENTAL_ILLNESS = re.compile(
    r"精神病|精神疾病|精神障碍|精神分裂|精神(?:有|出)?(?:问题|毛病)|精神不正常|神经病|疯子|脑子有(?:病|问题)|发病|犯病"
)
_TAKEN_FOR_CARE = re.compile(
    r"送(?:去|到|进)?(?:医院|精神病院|精神科)|送医|送治|送诊|强制(?:治疗|送医|住院|收治)|谁(?:来|去)?送|关起来|收治"
)


# a judgment in force not carried out ("法院判了每月一千五 … 申请了执行"), and prison asked for
_JUDGED = re.compile(r"法院(?:已经)?判|判决|判了|执行局|申请(?:了)?(?:强制)?执行|调解书|裁定")
_PRISON = re.compile(r"坐牢|判刑|蹲(?:大)?牢|蹲号子|关起来|抓起来|拘留|抓他|进监狱|吃牢饭")


# a fraud told as what happened ("被卖保健品的骗了", "投了十万 老板跑了"), and the money asked back
_FRAUD_TOLD = re.compile(
    r"骗|诈骗|集资|传销|卷(?:钱|款)|跑路|(?:老板|公司|人)(?:也)?(?:跑了|失联|联系不上)|高息|返利|保本"
)
_MONEY_BACK = re.compile(
    r"(?:钱|款|本金|退休金|积蓄)[^,，。!！?？]{0,8}(?:追回|追得回|要回|要得回|拿回|拿得回|退回|回来|讨回)|追回|追赃|退赔"
)
# "老板跑了 三个月工资没给": wages owed by a boss who ran off are a labour matter, no swindle unless one is told
_WAGES = re.compile(r"工资|工钱|欠薪|薪水|血汗钱")
_SWINDLE = re.compile(r"骗|诈骗|集资|传销|高息|返利|保本|投资|理财")
_BOUGHT = re.compile(r"买|保健品|商品|产品|店|商家|卖")
_FUNDRAISING = re.compile(r"集资|利息|高息|返利|投资|投了|理财|项目")


def fraud_money_back(text: str | None, told: str | None) -> str | None:
    """ "钱还能要回来吗" after a fraud told as past: the police recover and return what they can (刑法 第64条),
    a shop that lied owes three times the price, money raised with promised interest goes to the local office
    for illegal fund-raising; None for any other question or story."""
    story = textutil.normalize_for_parsing(told or "")
    if not _MONEY_BACK.search(textutil.normalize_for_parsing(text or "")) or not _FRAUD_TOLD.search(story):
        return None
    if REPORTED_TO_POLICE.search(story):
        return None  # reported already: the police's answer (立案监督) is the story's own
    if _WAGES.search(story) and not _SWINDLE.search(story):
        return None  # wages owed: the labour route says how they are had back
    answers = [faq_answer("fraud_money_back_later")]
    if _FUNDRAISING.search(story):
        answers.append(faq_answer("fraud_fundraising"))
    elif _BOUGHT.search(story):
        answers.append(faq_answer("fraud_consumer_refund"))
    return "\n".join(answers)


# "会不会留案底" asked by one who was harmed (or their family): reporting leaves the victim no record
_RECORD = re.compile(r"案底|留底|(?:留|有|进)(?:下)?(?:个)?(?:记录|档案)")
_HARMED = re.compile(r"被|欺负|欺凌|霸凌|打(?:我|俺)|(?:抢|骗|偷)(?:了)?(?:我|俺|她|他)")
_DID_IT = re.compile(r"(?:我|俺)(?:把[^,，。!！?？]{0,4})?(?:打|推|抢|骗|偷|捅|砍)")  # the one asking did it


def victim_record_answer(text: str | None, told: str | None) -> str | None:
    """ "要去报警吗 孩子还小 会不会留案底" after a story of being harmed: no, the victim is not the suspect."""
    if not _RECORD.search(textutil.normalize_for_parsing(text or "")):
        return None
    story = textutil.normalize_for_parsing(told or "")
    return faq_answer("victim_no_record") if _HARMED.search(story) and not _DID_IT.search(story) else None


def urgent_question_answer(text: str | None, told: str | None) -> str | None:
    """The answer to a question asked in the story of money just sent to a swindler, of someone missing since
    yesterday, or of a man with a mental illness threatening people (`told`: the story and the message); None for
    any other question."""
    clean = textutil.normalize_for_parsing(text or "")
    if aside := aside_after_crisis(clean, told):  # "你们是不是也要告诉我爸妈" after "不想活了"
        return aside
    if _MENTAL_ILLNESS.search(textutil.normalize_for_parsing(told or "")) and _TAKEN_FOR_CARE.search(clean):
        return faq_answer("mental_illness_danger")
    if _PRISON.search(clean) and _JUDGED.search(textutil.normalize_for_parsing(told or "")):
        return faq_answer("refuses_judgment")  # "他这样不给钱能不能让他坐牢" after a judgment not carried out
    signal = detect_crisis(told)
    kinds = (signal.kind, *signal.also) if signal else ()
    for kind, asks, key in _URGENT_ANSWERS:
        if kind in kinds and asks.search(clean):
            return faq_answer(key)
    return fraud_money_back(text, told) or victim_record_answer(text, told)


# a crisis asked about, not told as one's own now: "问一下 老公打老婆 报警有用吗", "我想问一下 我哥是精神病 …"
_ASKING_OPENS = re.compile(r"^(?:我|俺)?(?:想|就|就是|只是)?(?:问一?下|问问|请问|咨询一?下)")
ASKED_ONLY = "您只是想问问的话，不用登记；想把事情登记下来、让工作人员跟进，跟我说一声就行。"


def asked_about_a_crisis(text: str | None, before: str = "") -> str | None:
    """The answer when a message asks about violence at home or a relative with a mental illness ("问一下 老公打老婆
    报了警他回来会不会打得更狠", then "我就是问问 他发病了谁来送医院", `before`: what was asked earlier) with nothing
    happening this minute; None for any other message."""
    clean = textutil.normalize_for_parsing(text or "").strip()
    if not _ASKING_OPENS.search(clean) or happening_now(clean):
        return None
    told = f"{before}\n{clean}"
    return violence_question_answer(clean, told) or urgent_question_answer(clean, told)
