"""Questions of workers, small traders and buyers said beside an answer or at the summary
(actions.trade_questions): each gets its reviewed answer, read with the story told before; near questions keep
theirs."""

from __future__ import annotations

import pytest

from actions.question_detect import detect_question
from actions.questions import answer_in_context
from bot.domain.knowledge import faq_answer


def _answer(story: str, question: str) -> str:
    return answer_in_context(detect_question(question), question, story) or ""


@pytest.mark.parametrize(
    ("story", "question", "key"),
    [
        ("私立幼儿园欠了我们老师两个月工资", "没有 我们能不能集体去仲裁", "collective_arbitration"),
        ("厂里欠了我们几十个人三个月工钱", "我们大家一起去仲裁行不行？", "collective_arbitration"),
        ("工地老板拖欠工钱 二十几个人", "能一块儿申请仲裁不", "collective_arbitration"),
        ("公司一直没给我交社保", "没有 去仲裁要请律师吗", "lawyer_needed"),
        ("交了中介费 房东后来变卦不租给我了", "中介费还能要得回来不", "agent_fee_no_deal"),
        ("链家带看了几套 最后房子没买成 中介费照收", "这个钱该不该退", "agent_fee_no_deal"),
        ("合同还有半年才到期 我想提前搬走", "押金能不能退 合同写了违约就不退", "rent_deposit_early_leave"),
        ("", "租的房子没到期要退租 押金不退这条有效吗", "rent_deposit_early_leave"),
        ("被辞退了 没补偿", "打劳动仲裁得请律师吗？", "lawyer_needed"),
        ("公司不交社保", "他们说我签了自愿放弃社保的 那个算数吗", "waived_social_insurance"),
        ("入职时让我签了放弃社保声明", "这个声明有效吗", "waived_social_insurance"),
        ("派遣公司一直没给我交社保", "那我辞职能要经济补偿吗", "quit_unpaid_insurance"),
        ("公司从来没给我们买社保", "我要是离职 能要n+1不", "quit_unpaid_insurance"),
        ("营业执照注销不掉 税务那边说有一笔没申报", "没有 能去告税务局吗", "tax_office_sue"),
        ("税务所一直不给办注销", "我可以起诉他们不", "tax_office_sue"),
        ("装修公司收了我3w定金 一直不开工", "没有 定金真的不能退吗 他们违约在先啊", "deposit_forfeit"),
        ("买车交了五千定金 4S店说车没了", "定金能双倍要回来吗", "deposit_forfeit"),
        ("房东不退押金 3000块", "没有 这点钱打官司划不来吧", "small_claim_worth"),
        ("朋友借了我两千块不还", "为两千块钱起诉值不值得", "small_claim_worth"),
        ("工地上塔吊证都是假的 工人不系安全带", "没有 举报有没有奖励啊", "safety_report_reward"),
        ("举报老板偷税漏税 收钱不开发票", "举报有奖励吗", "tax_report_reward"),
        ("租房中介说是房东直租 其实是二房东", "没有 中介要不要负责啊", "agent_liability"),
        ("租房中介骗人", "中介有没有责任啊", "agent_liability"),
        ("我爸被人忽悠买保健品 说能治糖尿病", "没有 能不能把钱要回来", "health_product_refund"),
        ("直播间买的茅台是假的", "假酒是不是能赔十倍", "food_ten_times"),
        ("我怀孕了 老板就把我开了", "这合法吗", "pregnancy_dismissal"),
        ("快递丢了 里面是个手机 快递点说赔300", "这种能去法院告吗 要多少钱", "parcel_suit"),
        ("我女兒試用期被辭退了 沒說原因", "沒有 要去仲裁嗎", "probation_dismissal"),
    ],
)
def test_each_kind_gets_its_answer(story: str, question: str, key: str) -> None:
    assert _answer(story, question) == faq_answer(key)


@pytest.mark.parametrize(
    ("story", "question", "key"),
    [
        # an informant's tax story is no dispute with the tax office
        ("举报老板偷税 收钱不开票", "能告他吗", "tax_office_sue"),
        # a developer is no agent; a 订金 is no 定金 and suing a neighbour's noise costs what it costs
        ("房地产开发商延期交房", "开发商要不要负责", "agent_liability"),
        ("交了订金买沙发 店里不发货", "订金能退吗", "deposit_forfeit"),
        # an agent whose deal went through keeps the fee; a deposit kept at the lease's end is no early leaving
        ("中介帮我租到了房子 合同也签了", "中介费能退吗", "agent_fee_no_deal"),
        ("租期满了搬走 房东说墙脏了扣押金", "押金能要回来吗", "rent_deposit_early_leave"),
        # a probation worker's pay never cut keeps the dismissal's answer
        ("试用期第三个月说我不符合录用条件 辞退了", "合法吗", "probation_pay"),
        # a reward for a blocked fire lane is no building site's safety
        ("楼道消防通道堵满了杂物", "举报有奖励吗", "safety_report_reward"),
        # arbitration together needs wages owed; a visit together keeps its answer
        ("村里征地补偿不公", "我们能不能一起去反映", "collective_arbitration"),
    ],
)
def test_near_questions_keep_their_answers(story: str, question: str, key: str) -> None:
    assert _answer(story, question) != faq_answer(key)


@pytest.mark.parametrize("said", ["这点钱打官司划不来吧", "为三千块起诉值不值", "告他划得来吗"])
def test_a_doubt_about_suing_asks(said: str) -> None:
    assert detect_question(said) is not None
