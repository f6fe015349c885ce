"""A wish to hand the matter in now, said at any question ("对，提交", "那就提交吧", "算了 就这样提交吧"): the intake
files it then, so a citizen who leaves right after has not been left with nothing filed (hk-014, hr-024)."""

import pytest

from actions.summary_accept import asks_to_submit


@pytest.mark.parametrize(
    "said",
    [
        "对，提交",
        "对 提交",
        "那就提交吧",
        "算了 就这样提交吧",
        "對 提交",
        "对的，提交吧！",
        "好 交上去吧",
        "行 交吧",
        "直接提交",
        "赶紧提交吧",
        "提交 提交",
        "ok提交",
        "嗯嗯 报上去",
        "对 提交 你还是没告诉我要多少人同意",
        "提交吧 谢谢你",
        "提交吧 麻烦你们了",
        "对，提交，复议要花钱不",
        "确认提交",
        "行了行了 别问了 你直接帮我提交吧",
        "不用问了 交上去",
        "那你帮我提交一下",
        "我要提交",
        "麻烦提交吧",
        "可以提交了",
    ],
)
def test_a_wish_to_submit(said):
    assert asks_to_submit(said)


@pytest.mark.parametrize(
    "said",
    [
        "对",  # a yes to the question asked
        "好的",
        "帮我登记吧",  # starts the intake as well as it ends it
        "就这些",
        "提交材料",  # what is handed in
        "提交了吗",  # whether it was
        "提交过了",
        "提交了以后怎么弄",  # what comes after it
        "提交完要等多久",
        "提交到哪里",
        "我想提交一份证明",
        "怎么提交",
        "能提交吗",
        "要不要提交",
        "是不是要提交",
        "我儿子上周去提交了",
        "我要提交 他们物业还乱收停车费",  # more of the matter: read as usual, so nothing of it is lost
        "我已经提交过申请了",
        "我向法院提交了起诉状",
        "不对 提交",  # a no or a change first
        "先别提交",
        "不用提交",
        "对 名字改成王芳 提交",
        "电话13800000000 提交吧",
        "",
    ],
)
def test_no_wish_to_submit(said):
    assert not asks_to_submit(said)


@pytest.mark.parametrize(
    "said",
    ["算了 就这样提交吧 你们赶紧管", "那就提交吧 快点处理", "就這樣提交吧 你們快點管", "提交吧 希望早点解决"],
)
def test_a_wish_to_submit_with_a_plea_to_hurry(said):
    assert asks_to_submit(said)


@pytest.mark.parametrize("said", ["提交吧 快点管 他们还把路堵了", "先别提交 快点管"])
def test_a_plea_beside_more_of_the_matter_or_a_wait_is_no_wish(said):
    assert not asks_to_submit(said)
