"""Trained category model: calibrated scores through classify_category, fallback to keywords, caching."""

from __future__ import annotations

import itertools
import os

import numpy as np
import pytest

from bot.category_model import get_model, model_path, predict_proba, save_model, train_model
from bot.category_model.model import TEMPERATURES, fit_temperature, prepare, softmax
from bot.category_model.own_data import NO_MATTER, nlu_problem_texts, own_examples
from bot.category_model.store import load_model
from bot.domain.category import CATEGORIES, classify_category, is_confident, load_lexicon, top_candidates
from bot.ops.settings import get_settings

SUBJECTS = {
    "劳动和社会保障": ["老板拖欠工资", "公司不交社保", "工地欠薪", "单位不给加班费", "退休金算错了"],
    "交通运输": ["公交车班次太少", "出租车拒载绕路", "路口没有红绿灯", "地铁站太挤", "高速收费站堵车"],
    "教育文体": ["学校乱收补课费", "幼儿园老师体罚孩子", "中考招生不公平", "学区划片太远", "学生食堂太贵"],
    "环境保护": ["化工厂偷排废水", "烧烤油烟扰民", "工地夜间噪音", "河里鱼都死了有异味", "垃圾焚烧臭气"],
}
FRAMES = ["{}，请领导管一管", "我们这里{}好久了", "反映一下：{}！", "{}，投诉没人理", "{}，希望尽快解决"]


def synthetic() -> tuple[list[str], list[str]]:
    texts, labels = [], []
    for category, subjects in SUBJECTS.items():
        for subject, frame in itertools.product(subjects, FRAMES):
            texts.append(frame.format(subject))
            labels.append(category)
    # messages about two matters, labelled one way or the other: real archives are this noisy
    for (a, subs_a), (b, subs_b) in itertools.combinations(SUBJECTS.items(), 2):
        for i, (x, y) in enumerate(zip(subs_a, subs_b, strict=True)):
            texts.append(f"{x}，还有{y}")
            labels.append(a if i % 2 else b)
    return texts, labels


@pytest.fixture(scope="module")
def trained():
    texts, labels = synthetic()
    return train_model(texts, labels)


@pytest.fixture
def with_model(trained, tmp_path, monkeypatch):
    path = tmp_path / "category_model.joblib"
    save_model(trained, path)
    monkeypatch.setenv("CATEGORY_MODEL_PATH", str(path))
    get_settings.cache_clear()
    return path


def test_model_path_from_environment(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("CATEGORY_MODEL_PATH", str(tmp_path / "m.joblib"))
    assert model_path() == tmp_path / "m.joblib"
    monkeypatch.delenv("CATEGORY_MODEL_PATH")
    get_settings.cache_clear()
    assert model_path().parts[-2:] == ("var", "category_model.joblib")


def test_no_model_file_falls_back_to_keywords(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("CATEGORY_MODEL_PATH", str(tmp_path / "absent.joblib"))
    assert get_model() is None and predict_proba("工资") is None
    scores = classify_category("工地老板拖欠我们农民工工资三个月了")
    assert scores[0].name == "劳动和社会保障" and "农民工工资" in scores[0].hits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老板拖欠工资半年了，请领导管一管", "劳动和社会保障"),
        ("老闆拖欠工資半年了😭", "劳动和社会保障"),  # traditional + emoji
        ("１８路公交车班次太少，投诉没人理", "交通运输"),  # full-width digits
        ("幼儿园老师体罚孩子，希望尽快解决", "教育文体"),
        ("化工厂偷排废水 河里鱼都死了", "环境保护"),
    ],
)
def test_trained_model_decides_through_classify_category(with_model, text: str, expected: str) -> None:
    scores = classify_category(text)
    assert [s.name for s in scores][0] == expected
    assert is_confident(scores), [(s.name, s.score) for s in scores[:3]]


def test_scores_cover_all_17_classes_sorted_and_are_probabilities(with_model) -> None:
    scores = classify_category("出租车拒载绕路")
    assert sorted(s.name for s in scores) == sorted(CATEGORIES)
    values = [s.score for s in scores]
    assert values == sorted(values, reverse=True)
    assert all(0.0 <= v <= 1.0 for v in values)
    assert 0.9 < sum(values) <= 1.0 + 1e-3  # the keyword side keeps a small "unknown" share
    # classes the model never saw keep only their tiny keyword share, and are not offered as buttons
    assert dict((s.name, s.score) for s in scores)["纪检监察"] < 0.01
    assert all(c.name in SUBJECTS for c in top_candidates(scores, 5))


@pytest.mark.parametrize("text", ["你好", "我要投诉", "随便说说", "在吗？？"])
def test_message_without_a_matter_is_not_confident(with_model, text: str) -> None:
    scores = classify_category(text)
    assert not is_confident(scores) and scores[0].score < 0.6, [(s.name, s.score) for s in scores[:3]]


def test_two_matters_in_one_message_offer_both_classes(with_model) -> None:
    scores = classify_category("学校乱收补课费，还有出租车拒载绕路")
    assert {s.name for s in top_candidates(scores, 2)} == {"教育文体", "交通运输"}
    assert scores[0].score < classify_category("学校乱收补课费，请领导管一管")[0].score


def test_blank_text_uses_keywords_and_is_never_confident(with_model) -> None:
    for text in ("", "   ", None):
        scores = classify_category(text)
        assert not is_confident(scores) and scores[0].score < 0.1


def test_explicit_lexicon_bypasses_the_model(with_model) -> None:
    scores = classify_category("我被电信诈骗骗了两万块", lexicon=load_lexicon())
    assert scores[0].name == "政法"


def test_model_is_cached_and_reloaded_when_the_file_changes(with_model, trained) -> None:
    first = get_model()
    assert get_model() is first
    texts, labels = synthetic()
    save_model(train_model(texts[:50], labels[:50]), with_model)
    os.utime(with_model, ns=(1, 1))  # a different mtime even on coarse file systems
    second = get_model()
    assert second is not first and len(second.classes) < len(trained.classes)


def test_temperature_makes_the_threshold_meaningful(trained) -> None:
    """Among held-back phrasings, confident answers are right; the fitted temperature is not the default."""
    assert trained.temperature != 1.0 and trained.temperature < max(TEMPERATURES)
    probs = trained.proba(["老板拖欠工资，单位不交社保", "学校乱收费，补课费太贵"])
    assert probs.shape == (2, 4) and np.allclose(probs.sum(axis=1), 1.0)
    assert trained.classes[int(probs[0].argmax())] == "劳动和社会保障"
    assert trained.classes[int(probs[1].argmax())] == "教育文体"


def test_fit_temperature_prefers_sharp_softmax_for_clean_margins() -> None:
    decision = np.array([[2.0, -2.0], [-2.0, 2.0]] * 10)
    labels = [0, 1] * 10
    assert fit_temperature(decision, labels) > 5
    noisy = [1, 0] * 5 + [0, 1] * 5  # half the labels contradict the scores
    assert fit_temperature(decision, noisy) < 1


def test_softmax_handles_two_class_column() -> None:
    probs = softmax(np.array([3.0, -3.0]), 1.0)
    assert probs.shape == (2, 2) and probs[0, 1] > 0.9 and probs[1, 0] > 0.9


def test_train_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        train_model(["只有一类", "还是一类"], ["民政", "民政"])
    with pytest.raises(ValueError):
        train_model(["a"], ["民政", "政法"])


def test_prepare_normalises_like_the_keyword_path() -> None:
    assert prepare("工資ＡＢＣ１２３") == "工资abc123"


def test_own_examples_cover_all_classes_from_repo_data_only() -> None:
    examples = own_examples()
    assert {e.category for e in examples} == set(CATEGORIES) | {NO_MATTER}
    assert {e.source for e in examples} == {"lexicon", "examples", "letters", "nlu", "no-matter"}
    texts = nlu_problem_texts()
    assert len(texts) > 100 and not any("](" in t for t in texts)


def test_letters_join_examples_of_one_class_deterministically() -> None:
    from bot.category_model.augment import CLOSINGS, OPENINGS, letters
    from bot.category_model.own_data import LabelledText

    written = [LabelledText(f"第{i}件事情没人管", "城乡建设", "examples") for i in range(6)]
    written += [LabelledText(f"第{i}个病人没床位", "卫生计生", "examples") for i in range(4)]
    written.append(LabelledText("不是写的例子", "民政", "lexicon"))
    out = letters(written, per_example=1.0)
    assert len(out) == 10 and out == letters(written, per_example=1.0)
    assert {e.source for e in out} == {"letters"} and {e.category for e in out} == {"城乡建设", "卫生计生"}
    for letter in out:
        mark = "没人管" if letter.category == "城乡建设" else "没床位"
        assert 2 <= letter.text.count(mark) <= 4 and "不是写的例子" not in letter.text
        assert any(letter.text.startswith(o) for o in OPENINGS) and any(
            letter.text.endswith(c) for c in CLOSINGS
        )


def test_naive_bayes_share_averages_two_probability_rows(trained) -> None:
    texts, labels = synthetic()
    mixed = train_model(texts, labels, nb_share=0.5)
    assert trained.nb is None and mixed.nb is not None and mixed.nb_share == 0.5
    rows = mixed.proba(["化工厂偷排废水，河里鱼都死了", "老板拖欠工资三个月"])
    assert np.allclose(rows.sum(axis=1), 1.0)
    assert [mixed.classes[i] for i in rows.argmax(axis=1)] == ["环境保护", "劳动和社会保障"]
    svm_only = train_model(texts, labels)
    assert not np.allclose(rows, svm_only.proba(["化工厂偷排废水，河里鱼都死了", "老板拖欠工资三个月"]))


def test_content_words_drop_one_character_words_and_only_when_asked() -> None:
    from bot.category_model.model import content_words, words

    text = "我家的楼上天天装修噪音很大"
    assert "的" in words(text) and "装修" in words(text)
    kept = content_words(text)
    assert "装修" in kept and "噪音" in kept and all(len(w) >= 2 for w in kept)
    texts, labels = synthetic()
    tokenizer = (
        train_model(texts, labels, content=True).pipeline.named_steps["features"].transformer_list[1][1]
    )
    assert tokenizer.tokenizer is content_words
    plain = train_model(texts, labels).pipeline.named_steps["features"].transformer_list[1][1]
    assert plain.tokenizer is words


def test_one_story_is_scored_once_and_never_saved_with_the_model(trained, tmp_path) -> None:
    story = "工地老板拖欠工资三个月了，投诉没人理"
    first = trained.proba([story])
    assert trained.proba([story]) is first  # remembered: a turn asks the same story's category again
    assert np.allclose(first, trained.proba([story, "路口没有红绿灯"])[:1])  # the same as scored afresh
    with pytest.raises(ValueError):
        first[0, 0] = 1.0  # shared by every caller, so read only
    assert "_memo" not in load_model(save_model(trained, tmp_path / "m.joblib")).__dict__
