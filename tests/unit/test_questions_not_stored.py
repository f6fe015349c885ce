"""Questions are answered and never stored: what a message asks, in dialect, traditional characters and typos.

Issue 15: a question asked once a case is filed, a follow-up to a question already answered, "我就是问问" and a
declined filing start no intake; the price of a service is not a question about fees for petitioning.
"""

import pytest

from actions.question_detect import detect_question, further_questions
from actions.question_kinds import QuestionKind
from bot.parsing.legal_status import detect_legal_status


@pytest.mark.parametrize(
    "asked",
    [
        "那我好久能拿到钱咯",  # 湘: 好久 = 多久
        "钱好久能到手",
        "好久能有个结果噻",
        "补偿款什么时候能到账",
        "啥时候能拿到钱？",
        "那我多久能拿到钱",
    ],
)
def test_when_asked_in_dialect(asked):
    assert detect_question(asked) is QuestionKind.WHEN_HANDLED


@pytest.mark.parametrize(
    "said",
    [
        "好久没人管了",
        "物业好久才来一次",
        "等了好久都没回音",
        "他们爱理不理的",
        "动不动就断水",
        "我哪里舍得",
        "告自己崽？我哪里舍得",
    ],
)
def test_statements_ask_nothing(said):
    assert detect_question(said) is None


@pytest.mark.parametrize(
    "asked",
    [
        "提个建议还要名字啊？",
        "还要留电话呀？",
        "表扬一下还得写姓名啊？",
        "還要身份證啊？",
        "反映个事还需要地址哦？",
    ],
)
def test_whether_a_detail_is_needed_at_all(asked):
    assert detect_question(asked) is QuestionKind.ANONYMOUS


@pytest.mark.parametrize(
    "asked",
    [
        "请问明年的城乡居民医保啥时候开始交 一个人交多少钱",
        "我问的是医保交多少钱 不是问你们收不收费",
        "物业费一个月交多少钱？",
        "新农合今年每人缴多少钱",
        "孩子学费要交多少钱啊",
    ],
)
def test_the_price_of_a_service_is_no_fee_question(asked):
    assert detect_question(asked) is not QuestionKind.FEES
    assert QuestionKind.FEES not in further_questions(asked, detect_question(asked))


@pytest.mark.parametrize(
    "asked",
    ["你们能帮我还钱吗", "政府能不能替我还钱吗", "他撞了我的车 能让他赔钱吗", "网贷的钱能不能不还 能借钱吗"],
)
def test_a_debt_or_damages_is_no_fee_question(asked):
    assert detect_question(asked) is not QuestionKind.FEES


@pytest.mark.parametrize(
    "asked", ["反映问题要交钱吗", "在这里登记收不收费？", "要不要钱啊", "找你们要花钱不", "登记一下得花钱吗"]
)
def test_fees_for_petitioning_are_still_asked(asked):
    assert detect_question(asked) is QuestionKind.FEES


@pytest.mark.parametrize(
    "asked",
    [
        "老板没买保险 那工伤还认不认？钱找哪个要",
        "厂里没给我们买工伤保险 手指头轧断了 这个还能认工伤吗",
        "公司没交社保 我摔断了腿 赔偿找谁要？",
        "老闆沒買保險 工傷還認不認",
    ],
)
def test_a_work_injury_without_insurance(asked):
    assert detect_question(asked) is QuestionKind.WORK_INJURY_UNINSURED


@pytest.mark.parametrize(
    ("asked", "kind"),
    [
        ("啥是仲裁？", QuestionKind.WHAT_IS_ARBITRATION),
        ("什么是劳动仲裁", QuestionKind.WHAT_IS_ARBITRATION),
        ("仲裁是啥意思", QuestionKind.WHAT_IS_ARBITRATION),
        ("仲裁是么子东西？", QuestionKind.WHAT_IS_ARBITRATION),
        ("復議是什麼意思", QuestionKind.WHAT_IS_REVIEW),
        ("行政复议是什么？", QuestionKind.WHAT_IS_REVIEW),
    ],
)
def test_what_a_procedure_is(asked, kind):
    assert detect_question(asked) is kind


@pytest.mark.parametrize("asked", ["工伤还认不认", "赔不赔", "这钱退不退给我们？", "补没补发", "你们批不批"])
def test_a_verb_asked_both_ways(asked):
    assert detect_question(asked) is not None


@pytest.mark.parametrize(
    "answer", ["告自己崽？我哪里舍得", "舍不得告他", "告他？我咋忍心", "起诉自己儿子 我怎么舍得"]
)
def test_would_never_sue_says_no_suit(answer):
    assert detect_legal_status(answer) == "none"


@pytest.mark.parametrize(
    ("asked", "kind"),
    [
        # whether a small sum is worth a suit: the matter's own answer (faq small_claim_worth)
        ("为这点事打官司不值当吧？", QuestionKind.OWN_MATTER),
        ("打官司划不来吧？", QuestionKind.OWN_MATTER),
        ("不收费吧？", QuestionKind.FEES),
        ("是这样吧？", QuestionKind.OTHER),
    ],
)
def test_a_guess_with_a_question_mark_asks(asked, kind):
    assert detect_question(asked) is kind


@pytest.mark.parametrize(
    ("asked", "kind"),
    [
        ("hi 想问下 公积金提取被拒了可以投诉吗😤", QuestionKind.WILL_YOU_ACT),
        ("要收费吗🙏", QuestionKind.FEES),
        ("能保密吗？？😭", QuestionKind.CONFIDENTIALITY),
    ],
)
def test_emoji_after_the_question(asked, kind):
    assert detect_question(asked) is kind
