"""A question asked beside a story is answered for that story: how long the procedure asked about takes, where
to turn by the route the story points to, a parent's support without the 3-year limit, and whether suing is
about the one the question names or the one the story tells of."""

from __future__ import annotations

import pytest

from actions.consultation import follow_up_answer, is_consultation
from actions.question_detect import asks_what_to_do, detect_question, further_questions
from actions.question_kinds import QuestionKind as K
from actions.questions import answer_in_context, sues_someone_named


@pytest.mark.parametrize(
    "text",
    [
        "问一下 劳动仲裁要钱吗 要多久能出结果",
        "这个能申请仲裁吗 要多久",
        "劳动仲裁收费不 大概要几个月",
        "想问下申请劳动仲裁去哪 多长时间能有结果",
        "申請勞動仲裁要多久？",
    ],
)
def test_how_long_beside_a_question_on_arbitration_is_the_arbitration_s(text) -> None:
    first = detect_question(text)
    assert K.ARBITRATION_TIME in (first, *further_questions(text, first))
    assert K.WHEN_HANDLED not in (first, *further_questions(text, first))


@pytest.mark.parametrize("text", ["我已经申请了仲裁 你们多久能处理", "多久能有结果", "登记以后几天有人联系"])
def test_how_long_without_arbitration_asked_is_the_petition_s(text) -> None:
    assert detect_question(text) is K.WHEN_HANDLED


@pytest.mark.parametrize(
    "again", ["多久出结果你没说啊", "那要多久", "几个月能裁下来", "要多长时间才有结果？"]
)
def test_how_long_asked_again_after_an_arbitration_question(again) -> None:
    said = follow_up_answer("问一下 劳动仲裁要钱吗 要多久能出结果", again)
    assert said and "45日" in said


@pytest.mark.parametrize(
    "text",
    [
        "舅舅家的宅基地被堂哥盖了猪圈占了一大半 请问要找哪个单位处理",
        "我家的承包地让邻居占了 宅基地证也有 该找谁",
        "今年9月向住建局申请政府信息公开 两个多月了一点回音都没有 请问怎么办",
        "申请低保三个月了 没有答复 找哪个部门",
        "我想问问 老公喝了酒会动手打我 但我不想离婚 这种能怎么办",
    ],
)
def test_a_trouble_or_danger_told_with_the_question_is_no_consultation(text) -> None:
    assert not is_consultation(text)


@pytest.mark.parametrize(
    "text", ["想问下 农村宅基地怎么申请", "离婚要带啥材料", "请问劳动仲裁去哪申请", "低保怎么申请办理"]
)
def test_questions_about_a_service_stay_consultations(text) -> None:
    assert is_consultation(text)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("俺邻居王长河把院墙垒到俺家宅基地上 俺能不能直接去法院告他", False),
        ("我能去法院告他吗", False),
        ("我能不能起诉公积金中心", True),
        ("俺能不能告村委会", True),
        ("能不能到法院起诉开发商", True),
    ],
)
def test_whom_to_sue_is_read_from_the_question(text, named) -> None:
    assert sues_someone_named(text) is named


def test_can_i_sue_about_the_story_follows_its_route() -> None:
    text = "俺是郸城县汲冢镇王楼村的 俺邻居王长河翻盖房子 把院墙往俺家宅基地上垒过来一米多 俺能不能直接去法院告他"
    said = answer_in_context(detect_question(text), text)
    assert "人民政府" in said and "多数情况下可以" not in said


@pytest.mark.parametrize(
    "text",
    [
        "三个儿子谁都不给养老钱 这种情况能要赡养费吗 要找谁",
        "三个儿子都不管我 我该怎么办",
        "儿女不给生活费 咋办",
        "子女不赡养老人犯法吗",
        "兒子們都不養我 我能告他們嗎",
        "女儿不给生活费能起诉吗",
    ],
)
def test_a_parent_s_support_has_no_time_limit(text) -> None:
    said = answer_in_context(detect_question(text), text)
    assert "第196条" in said and "第188条" not in said and "赡养费" in said


@pytest.mark.parametrize("text", ["养老金啥时候发", "我的养老钱咋还没到账", "老人院的生活费多少钱一个月"])
def test_a_pension_or_a_price_is_no_support_question(text) -> None:
    assert detect_question(text) is not K.SUPPORT


@pytest.mark.parametrize(
    "text",
    ["请问这种情况怎么办", "我们该怎么办？", "那今晚他们再吵我咋办", "俺这事咋个办嘛", "法院不给立案怎么办"],
)
def test_what_to_do_asks_where_to_turn(text) -> None:
    assert asks_what_to_do(text)


@pytest.mark.parametrize(
    "text",
    [
        "低保怎么办理",
        "怎么办的手续",
        "事情怎么办成的我也不知道",
        "他要是今天晚上又来咋个办嘛",
        "他再来打我怎么办",
    ],
)
def test_a_service_or_a_fear_for_one_s_safety_is_not_where_to_turn(text) -> None:
    assert not asks_what_to_do(text)


def test_what_to_do_with_a_story_gets_its_route() -> None:
    text = "今年9月向福州市鼓楼区住建局申请政府信息公开，到现在两个多月了一点回音都没有，请问这种情况怎么办"
    said = answer_in_context(detect_question(text), text)
    assert "20个工作日" in said


@pytest.mark.parametrize(
    "text",
    ["等等 我还没想好要不要登记 登记了他会知道吗", "你们会告诉他是我来登记的吗", "登记了我老公能查到吗"],
)
def test_who_learns_of_a_report_of_violence_at_home(text) -> None:
    story = "老公喝了酒会动手打我 但我不想离婚 也不想让他知道我找过你们"
    kinds = [detect_question(text), *further_questions(text, detect_question(text))]
    assert K.CONFIDENTIALITY in kinds
    said = answer_in_context(K.CONFIDENTIALITY, text, story)
    assert "保护令" in said and "12338" in said and "第23条" in said
