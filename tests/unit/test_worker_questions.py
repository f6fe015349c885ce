"""Working people's questions about their own job (actions.worker_questions): each is answered with its reviewed
FAQ entry, read with the story told before, and questions of other matters keep their answers."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.question_kinds import QuestionKind
from actions.questions import answer_in_context
from bot.domain.knowledge import faq_answer


def _answer(story: str, question: str) -> str:
    return answer_in_context(detect_question(question), question, story) or ""


@pytest.mark.parametrize(
    ("story", "question", "key"),
    [
        ("公司一直没给交社保 人事说社保钱已经折进工资里了", "这样合法吗", "social_insurance_in_wages"),
        ("老板说五险算在工资里发了", "我现在辞职能要补偿不", "social_insurance_in_wages"),
        ("", "试用期被公司辞退了 有没有补偿啊", "probation_dismissal"),
        ("还在试用期 主管说我不符合录用条件让我明天不用来了", "这合法吗", "probation_dismissal"),
        ("试用期刚过一个月 经理叫我明天不用来了", "这样正常不", "probation_dismissal"),
        ("餐厅试用期两个月 工资只给一半 说转正才发全的", "这样合理吗", "probation_pay"),
        ("老板講試用期薪水打五折", "這合法嗎", "probation_pay"),
        ("试用期月薪只按百分之六十发 到期又说我不合适让我走", "有没有补偿", "probation_pay"),
        ("我都62了 在工地看大门 老板说我超龄了", "算不算劳动关系", "retired_worker"),
        ("", "我今年六十了 在超市理货 这到底是劳动还是劳务关系", "retired_worker"),
        ("厂子倒闭了 经济补偿一分没给", "补偿咋算", "severance_calc"),
        ("公司要搬走 说给经济补偿", "是按一年一个月工资算吗", "severance_calc"),
        ("离职时签了竞业协议 两年不能去同行 一分补偿都没有", "这协议还算数吗", "non_compete"),
        ("公司扣着我档案 说要交五千违约金才放", "违约金必须交吗", "penalty_and_file"),
        ("", "在厂里胳膊被机器压伤了 工伤认定要准备啥材料", "work_injury_materials"),
        ("", "工傷認定要帶什麼材料", "work_injury_materials"),
        ("从派遣公司转到外包公司重新签合同 说工龄清零", "工龄真会清零吗", "seniority_transfer"),
        ("我怀孕四个月 车间让我上夜班", "能不能不上夜班", "pregnancy_work"),
        ("我爸在工地摔断了腿 在医院 老板不给钱", "医药费谁先垫", "work_injury_advance"),
        ("", "我老公在石场干了十年 查出矽肺 去哪做职业病诊断", "occupational_disease"),
        ("", "劳动仲裁一定要请律师吗", "lawyer_needed"),
        ("包工头欠我们八个人三个月工资", "你们能帮我们要回来吗", "wages_recover"),
        ("老板欠了我们三个月工资 人跑了", "能不能报警", "wages_boss_fled_police"),
        ("我哋老细走佬咗 欠咗我哋三个月人工", "可唔可以报警啊", "wages_boss_fled_police"),
        ("包工头拿着工钱跑路了 电话也打不通", "这个派出所管不管", "wages_boss_fled_police"),
        ("廠裡老闆失聯了 工資沒發", "報警有用嗎", "wages_boss_fled_police"),
        ("", "工伤找哪个部门啊", "work_injury_office"),
        ("", "那工伤到底是人社局管还是劳动仲裁管", "work_injury_office"),
        (
            "我是跑外卖的 送单路上被车撞了 站点说众包不管",
            "我们这种到底算不算工伤",
            "work_injury_employer_unclear",
        ),
        ("", "公司不给开离职证明咋办", "leaving_certificate"),
        ("", "公司不开离职证明 新单位不要我 能赔不", "leaving_certificate"),
        ("", "我爸６５了还在厂里看门 这算劳动关系不", "retired_worker"),
        ("网点老板动不动就罚款 一个投诉罚200 上个月工资被扣了两千", "这合法吗", "wage_fines"),
        ("", "厂里迟到一次罚五十 从工资里扣 能这样吗", "wage_fines"),
        ("辞职一个月了 公司一直不给离职证明", "能不能你们直接让他给我开", "leaving_certificate"),
    ],
)
def test_each_kind_gets_its_answer(story: str, question: str, key: str) -> None:
    assert _answer(story, question) == faq_answer(key)


@pytest.mark.parametrize(
    ("story", "question", "key"),
    [
        ("我在一户人家当保姆 雇主欠我两个月工钱", "这个能去劳动局告吗", "severance_calc"),
        ("拆迁办说补偿按面积给", "补偿怎么算", "severance_calc"),  # a house taken: not severance
        ("离职签了竞业限制", "违约金要交吗", "penalty_and_file"),  # a non-compete's penalty is lawful
        ("收到律师函 说我违反竞业协议", "必须交吗", "lawyer_needed"),
        ("", "公司说n+1怎么算", "severance_calc"),  # the dismissal's own answer
        ("在工地被砸伤了 包工头跑了", "工伤找谁赔", "work_injury_office"),  # whom to claim from
        ("城管罚了我五百 说占道 我工资才两千", "这合法吗", "wage_fines"),  # an organ's fine
    ],
)
def test_other_questions_keep_their_answers(story: str, question: str, key: str) -> None:
    assert _answer(story, question) != faq_answer(key)


@pytest.mark.parametrize(
    "said",
    ["你先回答我 会不会告诉网点是我投诉的", "你们会不会通知厂里是我反映的", "会不会转给站长"],
)
def test_whether_the_workplace_learns_who_complained(said: str) -> None:
    """hs-008: a courier asked whether his depot is told who complained; it was read as no question."""
    assert detect_question(said) is QuestionKind.CONFIDENTIALITY
