"""Questions about the substance of one's own matter (actions.own_matter_questions): which are asked, and the
reviewed answer each gets, read with the story told before."""

from __future__ import annotations

import pytest

from actions import own_matter_questions as own
from actions.question_detect import detect_question, question_clauses
from actions.question_kinds import QuestionKind
from actions.questions import answer_in_context
from bot.domain import text as textutil
from bot.domain.knowledge import faq_answer


def _answer(story: str, question: str) -> str:
    return answer_in_context(detect_question(question), question, story) or ""


@pytest.mark.parametrize(
    ("story", "question", "key"),
    [
        ("我娘在县医院走了 医院说是心梗", "屍檢要幾天內做啊", "autopsy_time"),
        ("老父亲在镇卫生院打完针就没了", "要不要解剖 来得及不", "autopsy_time"),
        # the body kept in the mortuary until the family decides (医疗纠纷预防和处理条例 第26条、第27条)
        ("我爸在医院做手术人没了 医生说是意外", "能不能让医院先别动我爸 要不要同意拉走", "body_in_hospital"),
        ("俺娘在镇卫生院输液就走了", "医院要把人送殡仪馆 俺们不让拉走行不行", "body_in_hospital"),
        ("我媽在醫院搶救沒搶過來", "遺體能先放太平間嗎", "body_in_hospital"),  # traditional characters
        # a pension the 社保 office worked out: 复议 or a lawsuit, not the civil list (lead-075)
        ("我退休金是不是算错了 去年退的 打过12333 他们说就是这么算的", "能告他们吗", "pension_sue"),
        ("社保局把我退休金停发了三个月", "能不能起诉他们", "pension_sue"),
        ("打过12333了 他们说就是这么算的 让我自己看文件", "能告他们吗", "pension_sue"),
        # a resignation signed under pressure (lead-078)
        (
            "上个月被裁了 他们骗我签了个离职申请 说不签就不发当月工资",
            "这种签了字还能维权吗",
            "signed_under_pressure",
        ),
        ("公司逼我签了辞职信", "签了字还能不能要补偿", "signed_under_pressure"),
        ("我爸在厂里被机器砸死了 厂里给五万让我们签字", "这个字能不能签", "work_injury_settlement"),
        (
            "俺男人在工地上摔下来当场就走了 老板拿三万块钱让俺签协议",
            "签了是不是就没了",
            "work_injury_settlement",
        ),
        (
            "老公在矿上出事去世了 矿上让我签个协议私了",
            "到底签不签啊 签了还能反悔吗",
            "work_injury_settlement",
        ),
        ("我在工地干活腿摔断了 包工头给一万让我签字", "我要不要签", "work_injury_settlement"),
        ("老板拖欠俺三个月工钱", "俺该不该去申请劳动仲裁", "wages_arbitration"),
        ("厂里欠了我们半年工资没发", "仲裁有用吗😭", "wages_arbitration"),
        ("包工头跑了 欠我们工资", "打了欠条的 能去法院告他不", "iou_suit"),
        ("饭店老板欠俺工钱 给俺打了张条", "可以直接起诉不", "iou_suit"),
        ("在工地上被钢管砸伤了 包工头姓张 总包是中建", "我该告谁啊", "work_injury_contractor"),
        ("在厂里上夜班 手被机器轧断了 老板不管", "老板不管 能不能告公司", "work_injury_contractor"),
        ("被邻居打伤了 住院半个月", "我该告谁", "whom_to_sue"),
        ("在工地上被钢管砸伤了 包工头姓张 总包是中建", "公司要不要告", "work_injury_contractor"),
        ("开发商把我买的商铺又卖给别人了", "我是告开发商还是告后面买的那家", "whom_to_sue_seller"),
        ("装修公司收了钱跑了", "我该告谁", "whom_to_sue_vanished"),  # the company still answers for it
        ("医院手术把神经弄伤了", "需不需要先做医疗鉴定啊", "medical_appraisal_first"),
        ("隔壁砌围墙压了俺家的地界一尺", "能让他把墙拆了吗", "remove_encroachment"),
        ("在超市买的月饼发霉了", "能赔多少", "food_ten_times"),
        ("小卖部卖给我家孩子的辣条过期三个月了", "可以要十倍赔偿不", "food_ten_times"),
        ("", "我们家低保怎么申请", "subsistence_allowance"),
        ("村里征地 每亩给三万", "国家规定一亩应该给多少", "land_compensation_per_mu"),
        ("退耕还林的钱少了一半", "一亩到底补几个钱", "reforestation_per_mu"),
        ("我爸是退休职工 去年去世了 社保说有抚恤金", "按规定能领多少", "survivor_grants"),
        ("交警罚了我两百扣三分", "能不能不罚款啊 第一次", "lighter_penalty"),
        ("城管说我占道经营要罚五千", "可以少罚一点吗", "lighter_penalty"),
        ("我在哺乳期 公司要辞退我", "能不能保住工作", "pregnancy_dismissal"),
        ("我怀孕五个月 公司让我走人", "这样合法吗", "pregnancy_dismissal"),
        ("孩子学校每学期收资料费三百", "这事归哪个部门管", "school_fees"),
        ("初中老师逼着交补课费", "你们管得了吗", "school_fees"),
        ("我儿子在学校被几个同学欺负 天天被要钱", "学校这样不管 教育局管不管", "office_school_bullying"),
        ("物业把绿化带挖了改成停车位 一个车位卖十几万", "绿地是大家的 物业能随便卖吗", "estate_shared_parts"),
        ("开发商把小区里的路划成车位出租", "这个车位算谁的", "estate_shared_parts"),
        ("物業把草坪鏟了建了個門面出租", "這合法嗎", "estate_shared_parts"),
        ("我们小区根本没有业委会 物业乱来", "业委会怎么成立", "estate_owners_committee"),
        ("闺女在初中被同班的孤立 还被打了", "这个归谁管啊", "office_school_bullying"),
        ("邻居把院墙砌到俺家地里来了", "能不能叫他拆掉", "remove_encroachment"),
        ("饭店吃出苍蝇 拉肚子住院了", "能赔多少钱", "food_ten_times"),
        ("修高速征了我家三亩地", "每亩应该补多少钱", "land_compensation_per_mu"),
        ("我媽在醫院手術後死了", "可以屍檢嗎😭", "autopsy_time"),
        ("公司欠薪三个月", "我需要去劳动仲裁吗？？", "wages_arbitration"),
        ("厂里拖欠俺工资半年", "俺是去劳动监察还是去法院啊", "wages_office"),
        ("老板欠薪跑路了", "我该找仲裁还是直接上法院？", "wages_office"),
    ],
)
def test_each_kind_gets_its_answer(story: str, question: str, key: str) -> None:
    assert _answer(story, question) == faq_answer(key)


@pytest.mark.parametrize(
    ("story", "question"),
    [
        ("网上买的手机是翻新机", "能退一赔三吗"),  # no food: the consumer law's three times
        ("药店卖过期药", "能不能退一赔十"),  # medicines have their own law
        ("医院手术把神经弄伤了", "鉴定费谁出"),  # the appraisal's cost has its own answer
        ("低保被取消了", "能申请复议吗"),  # a decision to review, not an application
        ("被罚了五千", "罚款要不要先交"),  # paying a fine, not lightening it
        ("", "反映这个要钱吗"),
        ("派出所不处理打人的", "为啥不罚他"),  # a penalty for another, not a lighter one
        ("低保被村干部给了亲戚", "该找哪个部门"),  # a grievance about 低保, not an application
        ("公司欠工资", "你们管不管"),
        ("医院手术出了问题", "能告医院吗"),
        ("公司没给我交够社保 退休金少了", "能告公司吗"),  # the employer's contributions, not the office's act
        ("我签了购房合同 开发商不交房", "签了字还能退吗"),  # a contract signed freely, no resignation
    ],
)
def test_other_questions_keep_their_answers(story: str, question: str) -> None:
    kind = detect_question(question)
    told = textutil.normalize_for_parsing(f"{story}\n{question}")
    assert own.answer_key(kind, question_clauses(question), told) is None


def test_asked_of_another_matter_is_no_own_matter_answer() -> None:
    """ "抚恤金能拿多少" after a death at work: read as about the matter, answered as any other question."""
    answer = _answer("父亲在工地摔死了 是工亡", "抚恤金能拿多少")
    assert answer != faq_answer("survivor_grants")


def test_why_sue_is_no_question() -> None:
    """ "打官司干嘛": a no to suing, nothing to answer with time limits."""
    assert detect_question("没有 打官司干嘛 我就要有水用") is None
    assert detect_question("打官司干啥") is None
    assert detect_question("打官司要多久") is not None


def test_amount_and_either_or_ask() -> None:
    assert detect_question("这个钱按规定能拿多少") is not None
    assert detect_question("该告房东还是告中介") is QuestionKind.OWN_MATTER


def test_answers_cite_the_law() -> None:
    assert "48小时" in faq_answer("autopsy_time") and "第26条" in faq_answer("autopsy_time")
    assert "十倍" in faq_answer("food_ten_times") and "1000元" in faq_answer("food_ten_times")
    assert "第42条" in faq_answer("pregnancy_dismissal") and "第5条" in faq_answer("pregnancy_dismissal")
    assert "第45条" in faq_answer("lighter_penalty") and "听证" in faq_answer("lighter_penalty")
    assert "区片综合地价" in faq_answer("land_compensation_per_mu")
    assert "12333" in faq_answer("survivor_grants") and "第17条" in faq_answer("survivor_grants")
    assert "乡镇人民政府" in faq_answer("subsistence_allowance")
    assert "教育局" in faq_answer("school_fees") and "排除妨碍" in faq_answer("remove_encroachment")
    assert faq_answer("medical_appraisal_first").startswith("不用")
    assert faq_answer("iou_suit").startswith("能")
