from __future__ import annotations

import pytest

from bot.parsing.name import extract_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我叫张三", "张三"),
        # more about the writer right after the name ("今年67了", "电话…", "家住…")
        ("您好 我叫邓秀兰 今年67了 电话0731-85512346", "邓秀兰"),
        ("我叫李建国家住朝阳区", "李建国"),
        ("我是王芳 電話13812345678", "王芳"),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我叫王有田", "王有田"),
        ("我教王有田", "王有田"),  # pinyin slip for 我叫
        ("是王有田", "王有田"),
        ("我是王有田啊", "王有田"),
        ("那我还是留吧，王建军", "王建军"),
        ("我姓易，易春兰", "易春兰"),
        ("免贵姓李，李国强", "李国强"),
        ("我是学生家长，姓陈", "陈"),
        ("我姓張 弓長張", "张"),
        ("我姓张，弓长张", "张"),  # the spelling is no name
        ("我姓张，弓长张，张伟", "张伟"),
        ("姓陈 耳东陈", "陈"),
        ("我是他女婿 叫周海涛", "周海涛"),  # a space between phrases is a pause
        ("周海涛 是他女婿", "周海涛"),
        ("我叫 王有田", "王有田"),
        ("周 海涛", "周海涛"),  # a space beside one character is only spacing
        ("我是家长 叫盘秀英", "盘秀英"),  # regional surnames: 盘 (Yao), 资 (Hunan)
        ("资国华", "资国华"),
        ("叫我小周吧 周涛", "周涛"),  # the full name after the nickname
        ("我叫彭老三 大名彭世军", "彭世军"),  # the formal name
        ("我叫老张，张大明", "张大明"),
        ("您叫我王阿姨就行", "王阿姨"),
        ("我爸叫杨光荣 我是他儿子杨小兵 留我的名字吧", "杨小兵"),  # the speaker's own name, not the father's
        ("留个姓吧，姓黄", "黄"),
        ("叫我小周吧", "小周"),
        ("您叫我王阿姨就行", "王阿姨"),
        ("我爸叫杨光荣 我是他儿子杨小兵 留我的名字吧", "杨小兵"),  # the speaker's own name, not the father's
        ("王 有 田", "王有田"),
        ("王秀英😊", "王秀英"),
        ("王有田先生", "王有田先生"),
        ("我姓王，王女士", "王女士"),
        ("欧阳", "欧阳"),
        ("李", "李"),
        ("俺叫刘铁柱", "刘铁柱"),
        ("我是他女儿，叫王丽", "王丽"),
    ],
)
def test_read_name_answer_finds_the_name(text, expected):
    from bot.parsing.name_answer import read_name_answer

    assert read_name_answer(text).name == expected


@pytest.mark.parametrize(
    "text", ["不想留名字", "不方便说", "名字就不留了吧", "算了不留了", "名字不留了怕被报复"]
)
def test_read_name_answer_refusals(text):
    from bot.parsing.name_answer import read_name_answer

    answer = read_name_answer(text)
    assert answer.refused and answer.name is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("本人是农民工", "农民工"),
        ("我是业主", "业主"),
        ("我是退休教师", "退休教师"),
        ("我是李华的妈妈", "李华的妈妈"),
    ],
)
def test_read_name_answer_roles_are_no_names(text, role):
    from bot.parsing.name_answer import read_name_answer

    answer = read_name_answer(text)
    assert answer.name is None and answer.role == role


@pytest.mark.parametrize(
    "text",
    [
        "我爸叫王有田",
        "我是来投诉的",
        "我是王村的",
        "是的",
        "好的",
        "可以",
        "",
        # who is concerned, said at the name question: 和 is a surname, 孩子 no given name (lead-062)
        "我和孩子",
        "俺和娃",
        "我跟儿子",
    ],
)
def test_read_name_answer_no_name(text):
    from bot.parsing.name_answer import read_name_answer

    assert read_name_answer(text).name is None


@pytest.mark.parametrize(
    "story",
    ["学校换了承包商就叫我回家，一分补偿没有", "领导叫我等通知", "他们叫我走人"],
)
def test_being_told_to_do_something_is_no_name(story):
    assert extract_name(story) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我叫何桂芬 贵州遵义湄潭县 兴隆镇的", "何桂芬"),
        ("俺叫马德胜 家在临夏县", "马德胜"),
        ("我叫歐陽秀蘭 住在長沙", "欧阳秀兰"),
        ("我叫 王秀兰", "王秀兰"),
    ],
)
def test_a_self_introduction_ends_at_its_space(text, name):
    # the place said after the name is not read into it ("王秀兰家", or no name at all)
    assert extract_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("就我一个人 我叫钟王氏 大名王淑贞", "王淑贞"),  # the name on the ID card over the one she goes by
        ("我叫彭老三 大名彭世军", "彭世军"),
        ("我叫谭慧敏 我妈大名李桂兰", "谭慧敏"),  # the mother's formal name is hers
    ],
)
def test_the_formal_name_said_after_an_introduction(text, name):
    assert extract_name(text) == name
