"""A remark about the record ("店名没写上", "把物业也写上", "不是没反映过", "类别改成…") is a correction, never
more of the story; a message that only tells more of the matter is not one (hp-012, hw-006, hv-011, hq-001)."""

import pytest

from actions.correction_remarks import about_the_record, speaks_of_the_record


@pytest.mark.parametrize(
    "said",
    [
        "厂名没写上 叫宏达机械厂 老板姓郑",
        "公司名字你们没记上啊 是顺发物流",
        "咋没给我登记上 我说了是开发区管委会",
        "这个你们没写 我说过找过街道的",
        "物业也得写上 金地物业 不然又推给开发商",
        "把村委会也加上 他们也收了钱",
        "還有鎮政府也要寫上",  # traditional characters
        "不是没反映过 我打过两回12345",
        "不對 之前找過社區的 不是沒找過",
        "反映对象不是社区 是街道办",
        "对象写县人社局就行",
        "地方跟前一件一样",
        "电话错了一位",
        "类别改成城乡建设 这是房子的事",
        "有哪些类 你念给我听听",
        "换一类",
        "名字没写全 叫欧阳建国",
        "人数不对 一个组三十几户",
    ],
)
def test_a_remark_about_the_record(said):
    assert speaks_of_the_record(said)


@pytest.mark.parametrize(
    "said",
    [
        "合同上没写加班费 他们就不给",
        "这个地方没人管 电话打不通",
        "楼上天天半夜装修 电钻响到一点",
        "补充一下 上个月他们又来闹了一回 把门也砸了",
        "不是 是学校的事 我又没在学校上班",
        "其他类似的事情也有好几回",
        "我们这片都是老人 没人帮着说话",
        "他们说地址改成新门牌了 我家还是漏水",
    ],
)
def test_more_of_the_matter_is_no_remark(said):
    assert not speaks_of_the_record(said)


@pytest.mark.parametrize(
    ("said", "about"),
    [
        ("这哪是劳动的事 是装修队骗钱 类别改成商贸旅游", True),
        ("不对 不是看病的事 有啥类你说说", True),
        ("對象寫錯了 應該是物業", True),
        ("店名没写上 是丰源超市", False),  # only at the summary: mid-intake it may still tell the matter
        ("老板不给钱还骂人", False),
    ],
)
def test_about_the_record_at_any_question(said, about):
    assert about_the_record(said) is about


@pytest.mark.parametrize(
    "said",
    [
        "啥类 俺也不懂 就是村里征地的钱外嫁女一分没有",
        "哪一类 我也不晓得 就是儿子不养老",
        "换一类人来管也一样",
    ],
)
def test_not_knowing_the_class_still_tells_the_matter(said):
    assert not about_the_record(said)
