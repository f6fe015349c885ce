"""Questions about one kind of matter, asked mid-way in many words, are recognised and answered yes or no first,
with the article: whether to call the police, what enforcement costs, how long a seizure lasts, whether utilities
may be cut, social insurance not paid in, overcharging, a medical appraisal's cost, a nanny's wages, 退一赔三, how
long a lawsuit takes, a share of what a parent left. Statements with the same words ask nothing."""

from __future__ import annotations

import pytest

from actions.filed_questions import after_filing_answer
from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.questions import answer_in_context

K = QuestionKind

ASKED = [
    # whether to call the police
    ("孩子被打成这样 我该不该报警", K.CALL_POLICE),
    ("要不要去派出所报案啊", K.CALL_POLICE),
    ("這種算詐騙嗎", K.CALL_POLICE),  # traditional characters
    ("报警有用吗", K.CALL_POLICE),
    ("能直接打110不", K.CALL_POLICE),
    # what enforcement costs
    ("申请强制执行要多少钱", K.ENFORCEMENT_FEE),
    ("执行费谁出啊", K.ENFORCEMENT_FEE),
    ("找法院执行还要交钱不", K.ENFORCEMENT_FEE),
    # how long a seizure lasts
    ("车被押了 最多能押几天", K.SEIZURE_TIME),
    ("查封期限多长", K.SEIZURE_TIME),
    ("扣三轮车扣多长时间", K.SEIZURE_TIME),
    # cutting utilities, changing the lock, throwing things out
    ("房东能不能停我的水电 断水断电合法吗", K.SELF_HELP),
    ("他把门锁换了 换锁行吗", K.SELF_HELP),
    ("物业说不交钱就停电 能这样吗", K.SELF_HELP),
    ("房东把我行李扔出去了 这合法吗", K.SELF_HELP),
    # a 普惠 kindergarten's fees
    ("普惠幼儿园能说涨就涨吗", K.KINDERGARTEN_FEE),
    ("保教费一下涨六百 这合理吗", K.KINDERGARTEN_FEE),
    # social insurance not paid in by the employer
    ("老板没给买社保 现在能补上不", K.SOCIAL_INSURANCE_OWED),
    ("单位没交的五险能让他们补吗", K.SOCIAL_INSURANCE_OWED),
    ("厂里该缴不缴 能叫厂里补不", K.SOCIAL_INSURANCE_OWED),
    # who deals with overcharging
    ("物业乱收费该找哪个部门", K.OVERCHARGE),
    ("驾校多收了两千 归谁管", K.OVERCHARGE),
    # a medical appraisal's cost
    ("医院说去做鉴定 鉴定费谁掏", K.MEDICAL_APPRAISAL_COST),
    ("医疗事故鉴定贵不贵", K.MEDICAL_APPRAISAL_COST),
    # a nanny's wages
    ("我是月嫂 工钱没结 能去劳动仲裁吗", K.DOMESTIC_HELPER),
    ("做钟点工被欠钱 劳动局管不管", K.DOMESTIC_HELPER),
    # 退一赔三, 假一赔十
    ("这个能不能退一赔三", K.REFUND_MULTIPLE),
    ("假一赔十能要到吗", K.REFUND_MULTIPLE),
    # how long a lawsuit takes
    ("打官司要多长时间啊", K.SUIT_TIME),
    ("告他们几个月能判", K.SUIT_TIME),
    # a share of what a parent left
    ("我妈走了没留遗嘱 老房子我能分不", K.INHERITANCE),
    ("宅基地我有没有份", K.INHERITANCE),
    ("爹过世了 家产怎么分", K.INHERITANCE),
]


@pytest.mark.parametrize(("text", "kind"), ASKED)
def test_question_about_the_matter_is_read(text: str, kind: QuestionKind) -> None:
    assert detect_question(text) is kind


STATEMENTS = [
    "上个月已经报警了",
    "房东换了锁 我进不去了",
    "孩子的保育费涨了六百",
    "公司一直没给交社保",
]


@pytest.mark.parametrize("text", STATEMENTS)
def test_the_same_words_told_ask_nothing(text: str) -> None:
    assert detect_question(text) is None


# (question, story, words the answer must hold, words it must not)
ANSWERS = [
    ("要不要报警", "儿子在学校被推下楼梯 缝了五针", ["可以报警", "刑事诉讼法第110条", "派出所"], []),
    ("法院执行要交钱吗", "", ["执行完以后才交", "被执行", "第38条"], ["不收费"]),
    ("扣车最长能扣多久", "", ["30日", "行政强制法第25条"], []),
    ("能不能断水断电", "租客欠了半年房租", ["不能", "民法典第722条", "法院"], []),
    ("普惠园能随便涨价吗", "", ["不能随便涨", "价格法第12条"], []),
    ("社保能补吗", "公司两年没给交社保", ["能补", "社会保险法第63条", "滞纳金"], []),
    ("乱收费找谁管", "医院收了没做的检查费", ["医保", "卫健委", "12320"], []),
    ("医疗鉴定要多少钱 谁出", "手术后出了事", ["垫付", "人民调解法第4条"], []),
    (
        "能去劳动局告吗",
        "给人家当保姆 雇主欠两个月工资",
        ["不算劳动关系", "法院", "12348"],
        ["劳动保障监察投诉"],
    ),
    ("能退一赔三吗", "买的车发动机有毛病", ["三倍", "欺诈", "消费者权益保护法第55条"], []),
    ("起诉的话要多久", "", ["6个月", "3个月"], []),
    ("宅基地我有份没", "爹去世了没留遗嘱", ["继承", "民法典第1127条", "12348"], []),
    ("这钱还能找回来不", "家里的牛被偷了 报警两个月没消息", ["12309", "不能给您打包票"], []),
]


@pytest.mark.parametrize(("text", "story", "has", "lacks"), ANSWERS)
def test_answered_yes_or_no_with_the_article(text: str, story: str, has: list[str], lacks: list[str]) -> None:
    answer = answer_in_context(detect_question(text), text, story or None) or ""
    for words in has:
        assert words in answer
    for words in lacks:
        assert words not in answer


def test_a_nanny_s_question_takes_its_matter_from_the_story() -> None:
    """ "我这个能去劳动局告吗" names no nanny: the story does."""
    text = "没有 我这个能去劳动局告吗"
    assert answer_in_context(detect_question(text), text, "我给一户人家做住家保姆 工资不给了").startswith(
        "一般不行"
    )


def test_a_flexible_worker_s_own_contributions_are_not_the_employer_s_arrears() -> None:
    assert detect_question("灵活就业的社保断了三年 还能补缴吗") is not K.SOCIAL_INSURANCE_OWED


FEARS = [
    ("第二件别写我名字 怕马永强知道了报复", K.CONFIDENTIALITY),
    ("就我一个 你没听懂 我是怕他报复", K.CONFIDENTIALITY),
    ("怕園長給孩子穿小鞋", K.CONFIDENTIALITY),  # traditional characters
    ("老板晓得了会不会把我开了", K.CONFIDENTIALITY),
    ("店長知道了會不會開了我", K.CONFIDENTIALITY),  # traditional characters
    ("反映了经理会不会辞了我啊", K.CONFIDENTIALITY),
    ("我说的拉黑是平台永久封号 不是怕报复", None),  # no fear said
    ("我不怕他报复", None),
]


@pytest.mark.parametrize(("text", "kind"), FEARS)
def test_a_fear_of_retaliation_said_plainly_is_answered(text: str, kind: QuestionKind | None) -> None:
    assert detect_question(text) is kind


def test_a_fear_of_retaliation_gets_article_30() -> None:
    text = "怕马永强知道了报复"
    assert "第30条" in answer_in_context(detect_question(text), text, "村主任马永强把集体草场偷偷租出去")


def test_compensation_asked_of_the_police_is_no_lost_property() -> None:
    """ "拘留那几天能要赔偿不" after a detention: the story's route answers, not the lost-property answer."""
    text = "拘留那几天能要赔偿不"
    answer = answer_in_context(detect_question(text), text, "我被公安局拘留了10天 说我扰乱秩序") or ""
    assert "不能给您打包票" not in answer


def test_after_filing_the_reviewed_answer_comes_before_the_office_s_desk() -> None:
    """ "所以社保到底能不能补交" once a labour case is filed: yes, with the articles, not only where the desk is."""
    slots = {"case_number": "XF20261205-0001", "route": "labour_inspection"}
    answer = after_filing_answer(slots, "所以社保到底能不能补交") or ""
    assert answer.startswith("能补") and "社会保险法第63条" in answer
