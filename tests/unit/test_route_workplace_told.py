"""Who the other side is, read from the story and the respondent as written: a shop named after its district and
street ("天河区 石牌街道 某某按摩中心") is a shop, not the 街道办; a worker who tells their own job at a workplace and
that the workplace stops their pay or social insurance is not asked "对方是您的用人单位吗"; a care home that charges
its old residents or turns private is 民政's to oversee (养老机构管理办法 第3条), no labour matter."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.route_model.evidence import respondent_kind
from bot.route_model.questions import answered_by_story
from bot.route_model.readings_services import care_home_matter


@pytest.mark.parametrize(
    ("respondent", "kind"),
    [
        ("天河区 石牌街道 明心按摩中心", "business"),
        ("天河区石牌街道康乐足浴会所", "business"),
        ("南山区 粤海街道 某某科技有限公司", "business"),
        ("朝阳区 望京街道 佳佳美容会所", "business"),
        ("长安镇 一家汽修中心", "business"),
        ("越秀区 人民医院", "hospital"),
        ("美兰区 某镇政府", "organ"),
        ("石牌街道办事处", "organ"),
        ("石牌街道", "organ"),
        ("石牌街道 王某某", "organ"),  # a bare name after the place: the place still tells what it can
        ("开发区管委会", "organ"),
        ("县人社局", "organ"),
        ("社保中心", "organ"),
        ("小区物业", "business"),
        ("区法院", "court"),
        ("市公安局", "police"),
        ("隔壁邻居", "private"),
    ],
)
def test_the_name_after_the_places_says_the_kind(respondent: str, kind: str) -> None:
    assert respondent_kind(respondent) == kind


WORKS_THERE_AND_WITHHELD = [
    "我在一家按摩店做推拿师，店里把我们的社保停了两个月",
    "我在东莞一个电子厂上班 厂里三个月没发工资了",
    "俺在县城饭店当服务员，老板拖着工钱不给",
    "我们几个在一家超市打工 老板娘说以后不给交社保了",
    "我在快递公司干分拣 公司扣了我们一半的提成",
    "我在美容会所工作，经理说底薪不发了只拿提成",
    "我在装修公司做水电工 包工头欠了我们八千块工钱",
]
NOT_TOLD = [
    "店里把我的快递弄丢了",  # no job of the citizen's
    "我在厂里上班，社保局不给我办退休",  # an organ withholds, not the workplace
    "我在超市买的奶粉过期了 老板不给退",
    "物业公司停了我们的水",
    "我儿子在工地干活 包工头欠他工钱",  # a relative's job: asked
    "公司不给交社保",  # no job told in the first person: asked
]


@pytest.mark.parametrize("story", WORKS_THERE_AND_WITHHELD)
def test_a_job_and_its_workplace_withholding_answer_the_employer_question(story: str) -> None:
    assert answered_by_story("employer", story)


@pytest.mark.parametrize("story", NOT_TOLD)
def test_no_job_or_another_withholder_answers_nothing(story: str) -> None:
    assert not answered_by_story("employer", story)


def test_a_workplace_named_after_its_street_is_a_labour_matter_not_an_organs() -> None:
    story = "我在番禺区一家足疗店做技师，店里把我们五个人的社保停了，还说以后只发提成"
    scores = {
        "administrative_review/review_first": 0.4,
        "labour_inspection": 0.35,
        "litigation/civil_dispute": 0.25,
    }
    decision = decide_route(
        story, "劳动和社会保障", "none", respondent="番禺区 市桥街道 某某足疗店", scores=scores
    )
    assert decision.question is None, decision.reason
    assert decision.label == "labour_inspection"


CARE_HOME_CHARGES = [
    "敬老院说要改成民营的 以后每个月要交一千五",
    "我爸是五保户 住在乡里的敬老院 现在说要收费了",
    "福利院转为私营以后老人每月要交钱",
    "养老院突然涨价 交不起就要把老人撵出去",
    "镇上的敬老院承包给私人了 不交钱不让住",
]
CARE_HOME_LEFT_ALONE = [
    "我在养老院当护工 工资拖了三个月",  # the citizen's own job there
    "敬老院的老人摔了 送到医院手术",  # medical care told
    "我想问问敬老院怎么申请入住",  # nothing wrong told
]


@pytest.mark.parametrize("story", CARE_HOME_CHARGES)
def test_a_care_home_charging_its_residents_is_a_care_home_matter(story: str) -> None:
    assert care_home_matter(story)


@pytest.mark.parametrize("story", CARE_HOME_LEFT_ALONE)
def test_a_carers_pay_care_given_or_a_question_is_not(story: str) -> None:
    assert not care_home_matter(story)


def test_a_care_home_turned_private_is_no_labour_inspection() -> None:
    story = "我外婆是特困老人 住在镇敬老院 现在说敬老院改成民营 每个月要交一千二 她哪有钱"
    scores = {"labour_inspection": 0.5, "petition": 0.3, "litigation/civil_dispute": 0.2}
    decision = decide_route(story, "民政", "none", respondent=None, scores=scores)
    assert decision.code != "labour_inspection"
    assert decision.label == "petition" or (
        decision.question and "petition" in (decision.question.no.label, decision.question.yes.label)
    )
