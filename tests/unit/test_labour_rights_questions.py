"""Plain labour-law questions of workers and small traders (actions.labour_rights_questions): each gets its
reviewed answer, read with the story told before; near questions keep theirs."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.questions import answer_in_context, own_answer
from bot.domain.knowledge import faq_answer


def _answer(story: str, question: str) -> str:
    return answer_in_context(detect_question(question), question, story) or ""


@pytest.mark.parametrize(
    ("story", "question", "key"),
    [
        ("包工头跑了 欠俺们工钱", "总包管不管啊", "general_contractor_wages"),
        ("工地上干活 工头卷钱跑路 欠薪三万", "可以找项目部要吗", "general_contractor_wages"),
        ("工地欠工钱", "项目部該不該給錢", "general_contractor_wages"),
        ("摔伤了腿 在工地", "厂里不签字能认工伤吗", "work_injury_without_consent"),
        ("在厂里被机器轧了手", "工伤要公司同意才能申请吗？", "work_injury_without_consent"),
        ("我是劳务派遣的 在汽车厂", "跟正式工干一样的活 工资少一半 这合法吗", "dispatch_equal_pay"),
        ("我是派遣工", "同工不同酬咋办", "dispatch_equal_pay"),
        ("公司破产了 欠了三个月工资", "钱还能要回来吗", "bankruptcy_wages"),
        ("厂子宣告破产了", "工资啥时候能发", "bankruptcy_wages"),
        ("公司把我辞退了 没给补偿", "能不能直接去法院告他", "labour_arbitration_first"),
        ("被辞退了", "是不是得先仲裁", "labour_arbitration_first"),
        ("我在厂里上班 社保没交", "要不要先去仲裁", "labour_arbitration_first"),
        ("欠我工资", "我想申请仲裁 得带啥材料", "arbitration_papers"),
        ("", "仲裁要准备哪些材料", "arbitration_papers"),
        ("", "问一下 投诉欠薪老板会知道是我投诉的吗 我还在上班", "labour_complaint_confidential"),
        ("欠工资 我去劳动局投诉", "老板会不会知道是我告的", "labour_complaint_confidential"),
        ("欠工资 我去劳动局投诉", "要是因为这个把我辞了怎么办", "complaint_dismissal"),
        ("厂子要搬到惠州去 让我们签辞职书", "不签行不行", "relocation_resignation"),
        ("厂里搬迁 要我们自己写辞职信", "不签会怎样", "relocation_resignation"),
        ("领导天天找我谈话 让我自己写辞职信", "我不签会怎样", "resignation_refused"),
        ("城管罚了我两千 已经交了", "罚款能退回来不", "fine_refund"),
        ("交警罚款200", "交了还能退吗", "fine_refund"),
        ("网贷逾期 催收天天打电话给我同事", "这样犯不犯法", "debt_collection_unlawful"),
        ("催收爆我通讯录", "这合法吗", "debt_collection_unlawful"),
        ("老板欠我三个月工资", "打官司要多久", "wages_how_long"),
        ("包工头欠我三万八", "你们能帮我要钱吗 说这些有啥用", "wages_recover"),
        ("", "你们能帮俺们讨工钱不", "wages_recover"),
    ],
)
def test_each_kind_gets_its_answer(story: str, question: str, key: str) -> None:
    assert _answer(story, question) == faq_answer(key)


@pytest.mark.parametrize(
    ("story", "question", "not_key"),
    [
        ("有欠条 老板欠我工钱", "能不能直接去法院起诉", "labour_arbitration_first"),  # an IOU goes to court
        ("在工地搬砖 老板不给工钱", "怎么办", "relocation_resignation"),  # carrying bricks is no move
        ("我举报村支书贪污 拖欠工程款", "会不会知道是我举报的", "labour_complaint_confidential"),  # 第30条
        ("邻居家装修太吵 我反映过", "他会知道是我反映的吗", "labour_complaint_confidential"),
        ("老板欠我三个月工资", "我登记了 多久有人联系我", "wages_how_long"),  # the petition's own time
        ("老板扣了我工资罚款", "钱能退吗", "fine_refund"),  # the boss's deduction, no office's fine
        ("健身房跑路了 预付卡", "钱能退吗", "fine_refund"),
        ("借了网贷还不上", "我不还钱行吗", "debt_collection_unlawful"),
        ("城管罚了款 把秤和三轮车收走了", "秤能要回来吗", "fine_refund"),  # a thing seized
        (
            "开发商说好2024年交房 到现在没交 广西盛华置业有限公司",
            "能不能直接去法院告他们",
            "labour_arbitration_first",
        ),
        ("朋友借了我五万不还", "你们能帮我要钱吗", "wages_recover"),  # a loan, not wages
    ],
)
def test_near_questions_keep_their_answers(story: str, question: str, not_key: str) -> None:
    assert own_answer(question, story) != faq_answer(not_key)
    assert _answer(story, question) != faq_answer(not_key)


def test_answers_say_yes_or_no_first() -> None:
    assert faq_answer("general_contractor_wages").startswith("要负责")
    assert faq_answer("work_injury_without_consent").startswith("不用老板同意")
    assert faq_answer("dispatch_equal_pay").startswith("算")
    assert faq_answer("labour_arbitration_first").startswith("要先申请劳动仲裁")
    assert faq_answer("relocation_resignation").startswith("可以不签")


def test_a_wage_complaint_is_told_the_boss_may_still_learn_of_it() -> None:
    answer = _answer("", "我投诉公司拖欠工资 公司会不会知道是我反映的")
    assert answer == faq_answer("labour_complaint_confidential")
    assert "保密" in answer and "有可能知道" in answer
