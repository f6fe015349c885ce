"""The route model: its written examples, how it is built and cached, and what it answers."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bot.domain.knowledge import ROUTE_CODES, ROUTE_VARIANTS
from bot.domain.routing import decide_route
from bot.route_model import RouteExample, build, label_of, load_examples, route_scores, split_label
from bot.route_model.cv import report
from bot.route_model.examples import EXAMPLES_DIR, model_text
from bot.route_model.train import train_route_model
from tests.unit.test_routing import HARD_PAIRS

MIN_EXAMPLES = 2000
MIN_PER_ROUTE = 70

# Where the law draws the line, read from the story alone (none of these is a training example):
# a benefit an organ does not pay is 复议前置 (行政复议法 第11条第十二项, 第23条), an employer not paying
# contributions is labour inspection, a decision such as a 工伤认定 is an ordinary 复议 or suit; a neighbour's
# leak is a civil dispute between the two households, the building's shared pipe is the property company's.
LINE_PAIRS: list[tuple[str, str]] = [
    ("街道把我妈的低保金停了也不说原因", "administrative_review/review_first"),
    ("医保中心说这种进口药不在目录里一分不给报", "administrative_review/review_first"),
    ("公司三年没给我交养老保险", "labour_inspection"),
    ("老板从工资里扣了医保的钱却没给交", "labour_inspection"),
    ("楼上邻居家水管爆了把我家淹了不肯赔", "litigation/civil_dispute"),
    ("我和对门为了楼道里放鞋柜的事吵翻了他还把我家门踹坏了", "litigation/civil_dispute"),
    ("小区地下室的公共水管爆了物业拖着不修", "hotline_12345/housing"),
]


def _labels() -> list[str]:
    """Every route and variant; litigation only with a variant (each matter for the courts is one of them)."""
    return [label_of(code, None) for code in ROUTE_CODES if code != "litigation"] + [
        label_of(code, variant) for code, variants in ROUTE_VARIANTS.items() for variant in variants
    ]


def test_enough_examples_for_every_route_and_variant() -> None:
    counts = Counter(e.label for e in load_examples())
    assert sum(counts.values()) >= MIN_EXAMPLES
    assert {label for label in _labels() if counts[label] < MIN_PER_ROUTE} == set()
    assert set(counts) == set(_labels())


def test_no_example_twice_nor_under_two_routes() -> None:
    texts = Counter(model_text(e.text) for e in load_examples())
    assert [t for t, n in texts.items() if n > 1] == []


def test_the_routing_tests_are_not_training_examples() -> None:
    texts = {model_text(e.text) for e in load_examples()}
    assert [t for t, _ in HARD_PAIRS + LINE_PAIRS if model_text(t) in texts] == []


@pytest.mark.parametrize(("text", "label"), LINE_PAIRS)
def test_where_the_law_draws_the_line(text: str, label: str) -> None:
    assert decide_route(text).label == label


def test_spaces_and_marks_are_not_read() -> None:
    assert model_text(" 老板　拖欠，工资！！３个月 ") == "老板拖欠工资3个月"
    assert route_scores("老板 拖欠 工资，三个月了。") == route_scores("老板拖欠工资三个月了")


def test_examples_written_with_spaces_teach_no_space() -> None:
    examples = [RouteExample("邻居 借了 钱 不还", "litigation", "civil_dispute")] * 3 + [
        RouteExample("老板欠了工资不给", "labour_inspection", None)
    ] * 3
    features = dict(train_route_model(examples).pipeline.named_steps["features"].transformer_list)
    chars, words = list(features["chars"].vocabulary_), list(features["words"].vocabulary_)
    assert "邻" in chars and [term for term in chars if not term.strip()] == []
    # word bigrams are joined with one space: a space read as a word leaves an empty part
    assert "邻居" in words and [term for term in words if "" in term.split(" ")] == []


def test_an_unknown_route_in_an_example_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "x.yml").write_text(
        "route: litigation\nvariant: appeal\nexamples:\n  - 法院判错了\n", "utf-8"
    )
    with pytest.raises(ValueError, match="no variant 'appeal'"):
        load_examples(tmp_path)
    (tmp_path / "x.yml").write_text("route: lawsuit\nexamples:\n  - 法院判错了\n", "utf-8")
    with pytest.raises(ValueError, match="not one of"):
        load_examples(tmp_path)


def test_labels_round_trip() -> None:
    assert split_label(label_of("litigation", "medical")) == ("litigation", "medical")
    assert split_label(label_of("praise", None)) == ("praise", None)


def test_the_examples_live_outside_rasa_data() -> None:
    assert "data" not in EXAMPLES_DIR.relative_to(EXAMPLES_DIR.parents[1]).parts


@pytest.mark.slow
def test_built_once_then_reused_until_its_inputs_change(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "route.joblib"
    path, trained = build(target)
    assert trained and path == target and target.exists()
    assert build(target) == (target, False)
    assert build(target, force=True) == (target, True)


@pytest.mark.slow
def test_an_unreadable_model_file_is_rebuilt(tmp_path: Path) -> None:
    target = tmp_path / "route.joblib"
    target.write_bytes(b"not a model")
    assert build(target) == (target, True)


def test_scores_cover_every_route_and_sum_to_one() -> None:
    scores = route_scores("老板拖欠我们工资三个月了")
    assert scores is not None
    assert set(scores) == set(_labels())
    assert sum(scores.values()) == pytest.approx(1.0)
    assert max(scores, key=scores.get) == "labour_inspection"


def test_blank_text_has_no_scores() -> None:
    assert route_scores("   ") is None


def test_cross_validation_report_names_accuracy_recall_and_confusions() -> None:
    gold = ["praise", "praise", "litigation/medical", "litigation/court_case"]
    predicted = ["praise", "consultation", "litigation/medical", "litigation/medical"]
    text = report(gold, predicted)
    assert "route+variant accuracy 0.500" in text and "route accuracy 0.750" in text
    assert "praise" in text and "recall 0.500" in text
    assert "litigation/court_case → litigation/medical: 1" in text


def test_when_and_where_are_not_read():
    assert model_text("我们村的路灯全坏了，2026年10月开始，在醴陵市") == "我们村的路灯全坏了开始"
    assert model_text("垃圾站臭，2026年11月3号开始，在长沙市岳麓区望月湖街道") == "垃圾站臭开始"
    assert model_text("在小区里乱停车") == "在小区里乱停车"  # 小区 is no place name


@pytest.mark.parametrize(
    "story",
    [
        "我们村的路灯全坏了",
        "公司拖欠我们三个月工资",
        "楼上漏水把我家天花板泡坏了，楼上不肯赔",
        "感谢社区网格员帮我们修好了路灯",
    ],
)
def test_the_route_does_not_change_with_when_and_where(story):
    plain = decide_route(story)
    dated = decide_route(f"{story}，2026年10月开始，在醴陵市")
    assert dated.label == plain.label
