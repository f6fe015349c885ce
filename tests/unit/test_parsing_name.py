from __future__ import annotations

import pytest

from bot.parsing.name import extract_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我叫张三", "张三"),
        ("我是李四", "李四"),
        ("姓名：王五", "王五"),
        ("姓名:王五", "王五"),
        ("本人赵六", "赵六"),
        ("王小明", "王小明"),
        ("王小明。", "王小明"),
        ("欧阳娜娜", "欧阳娜娜"),
        ("我叫張三，電話13812345678", "张三"),
        ("我叫张三 电话13812345678", "张三"),
        ("我是王女士", "王女士"),
        ("李先生", "李先生"),
        ("买买提·艾力", "买买提·艾力"),
        ("我叫小明", "小明"),
        ("好的，黄海生", "黄海生"),
        ("我的名字是陈思思，住在天河区", "陈思思"),
        ("名字：刘 德华", "刘德华"),
        ("我姓王，叫王小明", "王小明"),
        ("我是业主，我叫李华", "李华"),
        ("周杰伦", "周杰伦"),
        ("我是李四，电话13812345678", "李四"),
    ],
)
def test_extract_name(text: str, expected: str) -> None:
    assert extract_name(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "没有",
        "不想说",
        "匿名",
        "保密",
        "我是来投诉的",
        "我是王村的村民",
        "我是张家村的",
        "本人不想透露",
        "我是周",  # a surname alone
        "林",
        "谢谢",
        "你好",
        "物业公司",
        "林业局",
        "上海市",
        "投诉物业",
        "我是业主",
        "我是华剑首郡5栋业主",
        "我是王小明的妈妈",  # the child's name
        "13812345678",
        "",
        None,
    ],
)
def test_no_name(text: str | None) -> None:
    assert extract_name(text) is None
