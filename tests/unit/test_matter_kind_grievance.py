"""A grievance beats politeness: a polite opening or a question about one's own loss is still a complaint,
and such a story is never routed as a compliment or a mere question."""

import pytest

from actions.matter_kind import (
    COMPLAINT,
    CONSULTATION,
    PRAISE,
    SUGGESTION,
    detect_matter_kind,
    is_grievance,
    routes_for_story,
)


@pytest.mark.parametrize(
    "story",
    [
        # a polite opening, then the trouble
        "師傅您好，我們大廈的升降機壞咗成個月，物業話等零件，老人家上落好辛苦",
        "师傅您好 我们楼的电梯坏了快一个月了 物业一直说等配件",
        # sent away by an office: "让我回老家办" (lead-085)
        "去过社区了 社区说我户口不在这边 让我回老家办 我在这边跟闺女住了十几年了 跑不动啊",
        "街道叫我去原籍开证明 我七十多了跑不动",
        "领导您好，谢谢您百忙之中看我的留言，我们村的自来水停了半个月没人管",
        "您好谢谢 我想说一下 小区门口的垃圾站臭得不行 物业不理不睬",
        # a question about the citizen's own loss, with a party gone or unwilling
        "请问一下 我家孩子报了个英语培训班 交了一年的学费一万二 现在机构关门了老板联系不上 钱能退回来吗 找谁",
        "請問一下 孩子報的鋼琴班倒閉了 預付的課時費還能要回來嗎",
        "想问下 健身房跑路了 办的年卡钱能追回吗",
        "请问 装修公司收了定金人就失联了 这个钱怎么才能拿回来",
        "问一下哈 美容院人去楼空 我充的卡里还有八千",
        "我想咨询一下 驾校卷款跑了 学员的学费找谁要",
    ],
)
def test_a_grievance_politely_told_is_a_complaint(story):
    assert detect_matter_kind(story) == COMPLAINT
    assert is_grievance(story)


@pytest.mark.parametrize(
    ("story", "kind"),
    [
        ("社保怎么转", CONSULTATION),
        ("谢谢师傅 请问社保怎么转到外地", CONSULTATION),  # thanks in advance is no compliment
        ("谢谢啊 想问下医保卡丢了怎么补办", CONSULTATION),
        ("请问一下 社保怎么转到外地", CONSULTATION),
        ("想问下 异地住院怎么报销", CONSULTATION),
        ("请问办居住证需要带什么材料", CONSULTATION),
        ("非常感谢王师傅帮我们修好了电梯", PRAISE),
        ("我要表扬社区的李书记 半夜帮我们找回了走丢的老人", PRAISE),
        ("想感谢一下派出所的李警官，帮我找回了走失的父亲", PRAISE),
        ("建议在我们小区门口增设一个公交站", SUGGESTION),
        ("感谢劳动监察大队的张队长帮我们把工资要回来了", PRAISE),  # the money got back: thanks
        ("特别感谢城关派出所的民警 帮我追回了丢的电动车", PRAISE),
    ],
)
def test_questions_compliments_and_suggestions_stay_what_they_are(story, kind):
    assert detect_matter_kind(story) == kind
    assert not is_grievance(story)


SCORES = {"praise": 0.9, "hotline_12345/housing": 0.06, "consultation": 0.03, "petition": 0.01}


def test_a_grievance_is_not_routed_as_praise_or_a_question():
    kept = routes_for_story("师傅您好 我们楼的电梯坏了一个月了", SCORES)
    assert kept == {"hotline_12345/housing": 0.06, "petition": 0.01}


@pytest.mark.parametrize("story", ["非常感谢王师傅帮我们修好了电梯", "社保怎么转"])
def test_other_stories_keep_the_models_routes(story):
    assert routes_for_story(story, SCORES) == SCORES


def test_nothing_is_left_out_when_only_those_routes_are_known():
    assert routes_for_story("电梯坏了", {"praise": 0.7, "consultation": 0.3}) == {
        "praise": 0.7,
        "consultation": 0.3,
    }
    assert routes_for_story("电梯坏了", None) is None


@pytest.mark.parametrize(
    "story",
    [
        "点个赞！12345热线上次帮我解决了小区停水的问题，两天就修好了",
        "我要表扬物业的王师傅，电梯坏了他半夜赶过来修",
        "想感谢一下社区的网格员 楼道漏水是她帮忙找人修好的",
        "表扬一下劳动监察的刘队长 我们被拖欠的工钱 他跑了三趟 昨天全部到账了",
        "給派出所的民警點個贊 被騙的錢幫我追回來了",
    ],
)
def test_a_trouble_told_as_solved_with_thanks_keeps_the_praise_route(story):
    assert not is_grievance(story)
    assert detect_matter_kind(story) == PRAISE  # so no court case or earlier report is asked of it
    assert routes_for_story(story, SCORES) == SCORES
