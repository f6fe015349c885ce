"""A person in office whose whole name stands on its own after the office ("村支书 王德明 私吞…"): the clerk
writes the office with the name, not the office alone (ig-030: "驻村第一书记" filed without his name)."""

import pytest

from bot.parsing.respondent import extract_respondent


@pytest.mark.parametrize(
    ("story", "who"),
    [
        ("村支书 王德明 把低保给了他亲戚", "村支书王德明"),
        ("我要举报镇长 刘建国 不作为", "镇长刘建国"),
        ("包工頭 張建設 欠我們工錢不給", "包工头张建设"),
        ("想表扬一下社区书记 赵秀梅，帮我们装了路灯", "社区书记赵秀梅"),
        ("村主任　陈立新　把集体的地卖了", "村主任陈立新"),
    ],
)
def test_the_name_after_the_office_is_kept(story, who):
    assert extract_respondent(story) == who


@pytest.mark.parametrize(
    ("story", "who"),
    [
        ("物业 王德明 乱收停车费", "物业"),  # a unit, not a person in office: the name is someone else's
        ("村支书 不给我家低保 王德明说的", "村支书"),  # the name is not right after the office
        ("村支书 王德明吗 我不确定", "村支书"),  # not a name standing on its own
    ],
)
def test_no_name_set_apart_keeps_what_was_found(story, who):
    assert extract_respondent(story) == who
