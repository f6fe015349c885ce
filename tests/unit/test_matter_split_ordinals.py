"""A list told "第一个是…第二是…第三是…" is split at each ordinal, whole: no "第" is left behind."""

from actions.matter_split import split_matters


def test_three_matters_told_with_di_ordinals():
    told = (
        "我要反映三个事 第一个是工地老板欠了我们工资八万多 第二是开发商延期交房一年多了 "
        "第三是我儿子在学校被打了学校不管"
    )
    assert split_matters(told) == [
        "工地老板欠了我们工资八万多",
        "开发商延期交房一年多了",
        "我儿子在学校被打了学校不管",
    ]


def test_plain_ordinals_still_split():
    assert split_matters("两个事 一是楼上漏水 二是物业不管") == ["楼上漏水", "物业不管"]
