"""The shipped classifier with no imported model: keyword scores mixed with the model built from own examples."""

from __future__ import annotations

import collections
import os

import pytest
import yaml

from bot.category_model.own_data import EXAMPLES_DIR, NO_MATTER, own_examples, written_examples
from bot.category_model.own_model import build, fingerprint, get_own_model, own_model_path
from bot.domain.category import CATEGORIES, classify_category, is_confident, top_candidates
from bot.ops.settings import get_settings

BOARD_CLASSES = ("城乡建设", "环境保护", "交通运输", "教育文体", "劳动和社会保障", "商贸旅游", "卫生计生")


@pytest.fixture(scope="module")
def own_model(tmp_path_factory):
    """A fresh own-data model in a temporary place (tests never rely on a file left in var/)."""
    previous = os.environ.get("CATEGORY_OWN_MODEL_PATH")
    os.environ["CATEGORY_OWN_MODEL_PATH"] = str(tmp_path_factory.mktemp("own") / "own.joblib")
    get_settings.cache_clear()
    yield get_own_model()
    if previous is None:
        os.environ.pop("CATEGORY_OWN_MODEL_PATH", None)
    else:
        os.environ["CATEGORY_OWN_MODEL_PATH"] = previous


def test_written_examples_name_real_classes_and_cover_the_board() -> None:
    examples = written_examples()
    per_class = collections.Counter(e.category for e in examples)
    assert set(per_class) == set(CATEGORIES)
    assert all(per_class[c] >= 80 for c in BOARD_CLASSES), per_class
    texts = [e.text for e in examples]
    assert len(texts) == len(set(texts)), [t for t, n in collections.Counter(texts).items() if n > 1]
    assert all(len(t) >= 4 for t in texts)


def test_each_example_file_holds_one_class(tmp_path) -> None:
    for file in EXAMPLES_DIR.glob("*.yml"):
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        assert set(data) == {"category", "examples"} and data["examples"], file.name
    bad = tmp_path / "bad.yml"
    bad.write_text("category: 不存在\nexamples: [随便]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not one of the 17"):
        written_examples(tmp_path)


def test_own_model_is_built_on_first_use_and_kept(own_model) -> None:
    assert own_model is not None and own_model.info["fingerprint"] == fingerprint()
    assert set(own_model.classes) == set(CATEGORIES) | {NO_MATTER}
    assert own_model_path().exists()
    assert build() == (own_model_path(), False)  # up to date: not trained again
    assert len(own_examples()) > 3000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老闆拖欠工資三個月了😭 打電話也不接", "劳动和社会保障"),
        ("小区电梯三天两头困人，物业和维保公司互相推", "商贸旅游"),
        ("１８路公交车班次太少，早上等了四十分钟", "城乡建设"),
        ("的士不打表，从火车站到市区要五十", "交通运输"),
        ("楼下烧烤店油烟直冲我家窗户，晚上还吵", "环境保护"),
        ("学校暑假违规补课，每人收一千五", "教育文体"),
        ("县医院乱收费，没做的检查也收钱", "卫生计生"),
        ("住房公积金提取跑了三趟还没办成", "城乡建设"),
        ("开发商延期交房一年了，业主要求赔偿", "城乡建设"),
        ("医保报销比例太低，住院五万只报一万", "劳动和社会保障"),
        ("村里征地补偿款一直没发到农民手里", "国土资源"),
        ("我被电信诈骗骗了两万，派出所不立案", "政法"),
        # boundaries of the third round (knowledge/category_examples/README.md)
        ("邮政储蓄网点的柜员硬要给我妈推销保险", "交通运输"),
        ("乡里班车春节期间每张票多收五块，这个价谁批的", "商贸旅游"),
        ("楼下夜宵摊把桌子摆到人行道上，吵到半夜", "城乡建设"),
        ("我们单元的电梯坏了两个星期，物业一直拖着不修", "商贸旅游"),  # the department's filing (§6)
        # fourth round: taxi fares, construction market, teacher recruitment
        ("春节期间出租车都不打表，一口价比平时贵一倍", "交通运输"),
        ("施工单位挂靠别人的资质，监理人员从不到工地", "城乡建设"),
        ("教师招聘面试完两个月了，体检名单还没公布", "教育文体"),
        # fifth round: who works at a school or hospital without teaching or treating; care-home staff
        ("县一中的宿管阿姨被学校一句话辞了，干了九年一分补偿没有", "劳动和社会保障"),
        ("医院外包的护工每天干十四个小时，加班费一分没有", "劳动和社会保障"),
        ("敬老院的护工拿勺子敲老人的头，我们家属去了才知道", "民政"),
        ("养老中心的护理员把我爷爷推倒了，院里不肯说实话", "民政"),
    ],
)
def test_shipped_path_classifies_real_looking_messages(own_model, text: str, expected: str) -> None:
    scores = classify_category(text)
    assert scores[0].name == expected, [(s.name, s.score) for s in scores[:3]]
    assert scores[0].hits  # a keyword or "(model)": offered as a button
    assert sum(s.score for s in scores) <= 1.0 + 1e-3


@pytest.mark.parametrize(
    "text", ["在吗？？", "你好", "我叫张三", "+86 135 1234 0000", "谢谢", "拜拜👋", "hello"]
)
def test_messages_naming_no_matter_get_no_category(own_model, text: str) -> None:
    scores = classify_category(text)
    assert not is_confident(scores) and scores[0].score < 0.1, [(s.name, s.score) for s in scores[:3]]
    assert top_candidates(scores) == []


def test_a_clear_matter_fills_the_slot_without_asking(own_model) -> None:
    assert is_confident(classify_category("工地包工头拖欠我们农民工工资半年了，人也跑了"))
    assert is_confident(classify_category("化工厂晚上偷排废气，刺鼻得睡不着"))


@pytest.mark.slow
def test_unbuildable_model_falls_back_to_keywords(own_model, tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("CATEGORY_OWN_MODEL_PATH", str(blocker / "own.joblib"))  # parent is a file
    get_settings.cache_clear()
    assert get_own_model() is None
    scores = classify_category("工地老板拖欠我们农民工工资三个月了")
    assert scores[0].name == "劳动和社会保障" and "(model)" not in scores[0].hits


WAGE_STORY = (
    "我在广州市天河区石牌街道的一家装修公司上班，去年三月开始公司就拖欠我们工资，一共欠了三个多月，"
    "老板一直拖着不给。我电话１３８００１３８０００。"
)


def test_a_matter_with_address_and_phone_is_still_sure(own_model) -> None:
    """The intake classifies its issue_text with matter=True: details beside the matter do not make it unsure."""
    scores = classify_category(WAGE_STORY, matter=True)
    assert scores[0].name == "劳动和社会保障" and is_confident(scores), [
        (s.name, s.score) for s in scores[:3]
    ]
    assert sum(s.score for s in scores) <= 1.0 + 1e-3


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (WAGE_STORY, "劳动和社会保障"),
        ("我叫李秀英，住杭州市西湖区文新街道，县医院乱收费，没做的检查也收钱，电话13912345678", "卫生计生"),
        ("深圳市南山区粤海街道科技园路的工地天天半夜打桩，吵得孩子睡不着。手机13800138000", "环境保护"),
    ],
)
def test_matter_true_leaves_out_the_no_matter_share(own_model, story: str, expected: str) -> None:
    sure, plain = classify_category(story, matter=True), classify_category(story)
    assert sure[0].name == expected, [(s.name, s.score) for s in sure[:3]]
    assert (
        sure[0].score > plain[0].score
    )  # without it, the details read as "no matter" and weaken every class


@pytest.mark.parametrize("text", ["有个事想问问", "我想反映个问题", "你好", "我要投诉"])
def test_matter_true_does_not_invent_certainty(own_model, text: str) -> None:
    assert not is_confident(classify_category(text, matter=True))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("我们厂老板跑路了，欠了我们两百多个工人四个月工资，在东莞市长安镇", "劳动和社会保障"),
        ("我们村的自来水停了一个多月了，村委会一直不管", "城乡建设"),
        ("镇上把俺们老人的养老钱扣了一截，说是替俺们交了合作医疗，谁也没问过", "劳动和社会保障"),
        ("养老院的护理员打老人，我姥姥胳膊上全是青的", "民政"),
    ],
)
def test_a_clear_lead_fills_the_category_without_asking(own_model, text: str, category: str) -> None:
    scores = classify_category(text, matter=True)
    assert scores[0].name == category and is_confident(scores), [(s.name, s.score) for s in scores[:3]]
