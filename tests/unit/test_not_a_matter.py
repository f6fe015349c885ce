"""Messages that start no intake: a question about the case just filed, a follow-up to a question answered,
"我就是问问", a declined filing. Each is answered from the knowledge data; nothing is stored."""

import pytest

from actions.asking_only import JUST_ASKING, NOT_FILED, STOPPED, declines_filing, just_asking
from actions.consultation import office_for
from actions.not_a_matter import THINK_IT_OVER, answer_instead_of_filing, declined

CASE = "XF20261205-0001"
HEALTH_QUESTION = "我想咨询一下，我爸住院花了三万多，医保只报了一点点。异地就医的话要怎么报销？需要备案吗？"
ELDERLY_QUESTION = "问一下 我奶奶今年满80了 听说有高龄补贴 要去哪里申请啊 要带啥子"


def filed(route: str, variant: str | None = None) -> dict:
    return {"case_number": CASE, "route": route, "route_variant": variant}


def only(answer: list[str] | None) -> str:
    assert answer is not None and len(answer) == 1
    return answer[0]


@pytest.mark.parametrize("asked", ["那我好久能拿到钱咯", "补偿款啥时候能到手？", "那要多久才有结果"])
def test_when_after_filing_gives_the_route_time_limits(asked):
    said = only(answer_instead_of_filing(filed("administrative_review", "expropriation"), asked))
    assert CASE in said and "60日内" in said and "行政复议法" in said and "6个月" in said


def test_when_after_an_ordinary_petition_gives_the_60_days():
    said = only(answer_instead_of_filing(filed("petition"), "那好久能解决"))
    assert "60日" in said and "第34条" in said


@pytest.mark.parametrize("asked", ["咁我今晚佢再嘈可以点算？", "那今晚他们再吵我咋办", "今晚上又吵怎么办？"])
def test_what_now_after_filing_names_where_to_turn(asked):
    said = only(answer_instead_of_filing(filed("hotline_12345"), asked))
    assert "12345" in said and "110" in said and "帮不上忙" not in said


@pytest.mark.parametrize(
    "asked", ["老板没买保险 那工伤还认不认？钱找哪个要", "厂里没给买工伤保险 那工伤能认吗"]
)
def test_uninsured_work_injury_after_filing(asked):
    said = only(answer_instead_of_filing(filed("labour_arbitration", "work_injury"), asked))
    assert "第62条" in said and "第17条" in said and "工伤认定" in said


@pytest.mark.parametrize("asked", ["復議要去哪裡申請？要帶什麼？", "复议去哪里申请 要带啥"])
def test_where_to_apply_for_review_names_the_government(asked):
    said = only(answer_instead_of_filing(filed("administrative_review"), asked))
    assert "人民政府" in said and "身份证" in said


def test_a_new_matter_after_filing_starts_the_intake():
    story = "还有个事 我们小区楼下的烧烤店天天开到凌晨两点 油烟噪音都大得很 打了好几次电话都没人管 怎么办"
    assert answer_instead_of_filing(filed("hotline_12345"), story) is None


@pytest.mark.parametrize(
    ("earlier", "asked", "office"),
    [
        (HEALTH_QUESTION, "那没备案的还能补吗 人已经出院了", "12393"),
        (HEALTH_QUESTION, "出院了还能补办备案不", "医保"),
        (ELDERLY_QUESTION, "她走不动路 我又在广东打工 能不能让村里帮忙代办", "民政"),
        (ELDERLY_QUESTION, "我没有要投诉 就问问能不能代办", "民政"),
        (ELDERLY_QUESTION, "那她本人不去行不行？", "民政"),
    ],
)
def test_a_follow_up_question_is_answered_for_the_same_service(earlier, asked, office):
    said = only(answer_instead_of_filing({}, asked, [earlier]))
    assert office in said and "属于哪一类" not in said


@pytest.mark.parametrize(
    "said",
    ["我不是要反映 就是问问", "不是新的事 我就问问", "我就是问问", "没有要投诉 只是问一下", "俺就问问"],
)
def test_only_asking_is_no_story(said):
    assert just_asking(said)
    assert answer_instead_of_filing({}, said) == [JUST_ASKING]


@pytest.mark.parametrize(
    "said", ["俺是她儿子 替她来问问", "我就问问 我家低保被取消了", "问一下 工资拖欠了半年"]
)
def test_asking_with_a_matter_is_not_only_asking(said):
    assert not just_asking(said)


@pytest.mark.parametrize(
    "said", ["算了 我自己去村里问", "不用登记 我自己去办", "不用帮我登记了", "我自己到镇上问问"]
)
def test_declining_before_any_story(said):
    assert declines_filing(said)
    assert only(answer_instead_of_filing({}, said)) in (NOT_FILED, JUST_ASKING)


def test_declining_during_an_intake_keeps_the_story():
    story = {"issue_text": "劳动仲裁要交钱吗？去哪里申请？我在青岛黄岛区上班，公司不给加班费"}
    assert declined(story, "我就问问 不用登记 我自己去申请") == STOPPED
    assert declined(story, "算了 不用登记") == STOPPED
    assert declined(story, "身份证号不用登记吧") is None
    assert declined({}, "我就问问 不用登记") is None


def test_review_office():
    assert "人民政府" in office_for("復議要去哪裡申請")


def test_a_known_question_after_a_consultation_keeps_its_own_answer():
    earlier = ["想问下 离婚去哪里办啊 他不同意离"]
    assert answer_instead_of_filing({}, "那要花多少钱", earlier) is None  # the fees FAQ answers it (诉讼费)


@pytest.mark.parametrize(
    ("story", "said"),
    [
        (
            "休完产假回来公司说我的岗位没了 让我自己辞职 生育津贴也一直扣着没给我",
            "没有 我还不想撕破脸 就想问问能不能保住工作",
        ),
        ("村里把俺家的地收回去了 说要修路 一分钱补偿没给", "俺就是问问 能不能要回来"),
        ("物业把我家水停了 说我欠物业费", "我只是想问问物业能不能这样"),
    ],
)
def test_a_matter_told_then_only_asking_keeps_the_intake(story, said):
    """A matter told, then "就想问问…" about it: the question is answered in the intake, nothing is dropped."""
    assert answer_instead_of_filing({"issue_text": story}, said) is None


def test_a_question_that_started_an_intake_is_answered_instead():
    story = {"issue_text": "身份证掉了 我人在外地打工 能在这边补办吗"}
    assert answer_instead_of_filing(story, "我就是问问能不能补办 不是要反映啥") is not None


@pytest.mark.parametrize(
    "said",
    [
        "好 我回去跟老伴商量商量再说",  # hr-014
        "那我再考虑考虑",
        "等我儿子回来再说",
        "好吧 我回家跟孩子合计合计",
        "回去问问我儿子再说 谢谢你",
        "好 我回去跟老伴商量商量再說",
    ],
)
def test_going_to_think_it_over_starts_no_intake(said):
    assert only(answer_instead_of_filing({}, said)) == THINK_IT_OVER


@pytest.mark.parametrize(
    "said",
    [
        "厂里说再考虑考虑 一直拖着不给工资",  # a matter: the intake starts
        "我跟老板商量过好几次 他就是不给钱",
        "我商量一下再说 可以吗",
    ],
)
def test_a_matter_or_a_question_is_not_thinking_it_over(said):
    assert answer_instead_of_filing({}, said) != [THINK_IT_OVER]


@pytest.mark.parametrize(
    "said",
    [
        "我问的是 一个月了没人联系 这正常不正常",  # hr-029
        "反映了半年没人联系 正常吗",
        "都两个月了还没消息 是不是超期了",
        "一個月了沒人聯繫 正常嗎",
        "要是过了６０天还没回复 去哪儿催",  # full-width digits
        "两个月了一直没消息 找谁催",
        "超过期限了还没答复 咋个催嘛",
    ],
)
def test_is_the_wait_normal_gets_the_timetable(said):
    answer = only(answer_instead_of_filing({}, said))
    assert "15日" in answer and "60日" in answer and "第34条" in answer


@pytest.mark.parametrize(
    "said",
    [
        "我家门口的路灯坏了 打12345一个月没人回复 正常吗",
        "厂里三个月没发工资 正常吗",
        "村里的路坏了三年一直没人管",
    ],
)
def test_a_matter_waited_on_elsewhere_is_no_timetable_question(said):
    answer = answer_instead_of_filing({}, said) or []
    assert not any("第34条" in a for a in answer)


def test_nothing_new_and_only_asking_starts_no_intake():
    assert just_asking("我没有新的事要登记 就是问问 算了")


@pytest.mark.parametrize(
    "said", ["不用了 我就问问 谢谢", "不用了谢谢", "算了 就问问而已", "不需要了，谢谢您！"]
)
def test_no_thanks_when_asked_for_the_matter_files_nothing(said):
    assert declined({}, said) == NOT_FILED


@pytest.mark.parametrize("said", ["不用了 我就问问 谢谢", "不用了谢谢"])
def test_no_thanks_after_a_story_is_no_stop(said):
    # with a matter told, "不用了" may answer one of the intake's questions
    assert declined({"issue_text": "小区门口的路灯坏了半个月了"}, said) != NOT_FILED


@pytest.mark.parametrize(
    "said", ["不用了 我自己说 公司欠我工资", "不用谢 我问一下仲裁要多久", "算了吧 还是要登记"]
)
def test_more_than_no_thanks_is_read_as_usual(said):
    assert declined({}, said) is None
