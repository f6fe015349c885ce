"""A disability grade refused or set too low is taken up with the 残联 (a petition), no labour or medical dispute; a
professional title blocked is personnel management, no labour dispute (劳动争议调解仲裁法 第2条); votes bought in a
village committee election are reported to the township or county government (村民委员会组织法 第17条), not to
纪检监察 unless a sitting official is the one buying. Phrasings written for these tests (dialect, traditional
characters, full-width digits, typos, no punctuation, negations), none a corpus message or a route example."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.route_model.readings_elections import (
    election_bribery,
    election_for_government,
    sitting_official_rigs,
)
from bot.route_model.readings_services import disability_grade, title_blocked


def _route(text: str, respondent: str | None = None, category: str | None = None):
    return decide_route(text, category, "none", respondent=respondent)


@pytest.mark.parametrize(
    ("text", "respondent"),
    [
        ("俺腿残疾了好几年 去残联申请评残 他们说够不上 不给办残疾证", "县残联"),
        ("聽力殘疾證 殘聯說評不了二級", None),  # traditional characters
        ("残疾证到期换证 残联给我降了一级", None),
        ("我儿子是二级智力残疾 残联这次复评给降成三级了 不服", "县残联"),
        ("眼睛看不见了 想办个视力残疾证 残联说不够标准 不给办", None),
        ("我是３级肢体残疾 腿越来越重 想升到二级 区残联不同意", "区残联"),  # full-width digit
    ],
)
def test_a_disability_grade_is_a_petition(text: str, respondent: str | None) -> None:
    assert disability_grade(text)
    decision = _route(text, respondent, "民政")
    assert decision.code == "petition", decision.reason
    assert not (
        decision.question and "labour_arbitration" in (decision.question.yes.code, decision.question.no.code)
    )


@pytest.mark.parametrize(
    "text",
    [
        "残疾证怎么办理 要带什么材料",  # a question: no grade disputed
        "我爸残疾人护理补贴停发了 残联说等通知",  # a benefit stopped: reviewed first (law_acts)
        "工伤鉴定评了九级伤残 我觉得评低了",  # a 工伤 grade (工伤保险条例 第26条)
        "车祸伤残鉴定评了十级 太低了 对方保险不认",  # an accident's grade for damages
    ],
)
def test_not_a_disability_grade(text: str) -> None:
    assert not disability_grade(text)


def test_a_stopped_disability_benefit_stays_reviewed_first() -> None:
    assert (
        _route("我爸残疾人护理补贴停发了 残联说等通知", "残联").label == "administrative_review/review_first"
    )


@pytest.mark.parametrize(
    ("text", "respondent"),
    [
        ("我是乡村医生 评主治医师三年了都评不上 卫健局说名额有限", "卫健局"),
        ("护士评主管护师 医院不给报名 说不够年限 其实我够了", "县医院"),
        ("在中学教书十几年 今年报中级职称 学校不推荐 说名额给了别人", "学校"),
        ("单位卡着我的职称不报 材料早交齐了", None),
        ("評職稱 單位不給報上去", None),  # traditional characters
    ],
)
def test_a_blocked_title_is_a_petition(text: str, respondent: str | None) -> None:
    assert title_blocked(text)
    decision = _route(text, respondent)
    assert decision.code == "petition", decision.reason
    assert decision.code != "labour_arbitration"


@pytest.mark.parametrize(
    "text",
    [
        "单位拖欠我三个月工资 职称工资也没给",  # pay owed: a labour matter stays
        "评上中级职称以后单位把我辞退了",  # a dismissal
        "今年职称评审什么时候开始",  # a question, nothing blocked
    ],
)
def test_not_a_blocked_title(text: str) -> None:
    assert not title_blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "我们村选举村主任 候选人挨家挨户送钱",
        "村里换届选举 有人半夜挨家送米送油 让投他一票",
        "選村長 候選人每戶發了三百塊紅包",  # traditional characters
        "村委会换届 有个候选人拿钱买票 每户给两百",
        "咱村选举唱票的时候票数对不上 有人作假",
        "村委选举有人威胁村民 不投他就断水",
    ],
)
def test_a_rigged_village_election_is_for_the_government(text: str) -> None:
    assert election_for_government(text)
    assert _route(text, None, "民政").code == "petition"


@pytest.mark.parametrize(
    "text",
    [
        "村里选举 村支书拿钱买票",
        "村支书为了让他儿子当选 拿钱给村民 一户五百",
        "镇里干部给候选人打招呼 让我们投他 不投就不给低保",
    ],
)
def test_a_sitting_official_rigging_it_is_a_report(text: str) -> None:
    assert election_bribery(text) and sitting_official_rigs(text)
    assert not election_for_government(text)


@pytest.mark.parametrize(
    "text",
    [
        "村主任贪污了集体的钱 要举报",  # no election
        "选举的时候我没在家 能不能委托别人投票",  # nothing foul
        "候选人挨家挨户拉票 说当选了给修路",  # canvassing is no bribery
        # a ticket bought at a gate or a station is no vote, whatever was paid
        "公园门口只能刷手机买票 老人拿钱买不了",
        "火車站買票不收現金 給錢人家不要",  # traditional characters
        "博物馆买票要扫码，我给现金２０块都不收",  # full-width digits
    ],
)
def test_not_a_rigged_election(text: str) -> None:
    assert not election_for_government(text)
