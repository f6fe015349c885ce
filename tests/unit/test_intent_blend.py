"""The linear half of the intent blend reproduces scikit-learn, survives storage, and blends as documented."""

from __future__ import annotations

import json

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.tokenizers.jieba_tokenizer import JiebaTokenizer
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy import sparse

from bot.rasa_plugins.nlu.intent_blend import IntentBlend, blend_rankings
from bot.rasa_plugins.nlu.linear_intents import LinearIntentModel, fit_linear_intents

EXAMPLES = [
    ("好的", "affirm"),
    ("对，没错", "affirm"),
    ("是的是的👍", "affirm"),
    ("嗯，就这样", "affirm"),
    ("不对", "deny"),
    ("不是这样的", "deny"),
    ("错了，不是", "deny"),
    ("没有啊", "deny"),
    ("我要查一下进度", "check_progress"),
    ("案件办到哪一步了", "check_progress"),
    ("ＸＦ２０２６ 的进展怎么样", "check_progress"),
    ("上次反映的事有结果了吗", "check_progress"),
    ("老板拖欠工资三个月", "tell_problem"),
    ("小区门口烧烤油烟扰民", "tell_problem"),
    ("村里的路坏了没人修", "tell_problem"),
    ("物业乱收停车费", "tell_problem"),
]


def words(text: str) -> list[str]:
    return [w.strip().lower() for w in __import__("jieba").lcut(text) if w.strip()]


@pytest.fixture(scope="module")
def fitted() -> LinearIntentModel:
    texts, intents = zip(*EXAMPLES, strict=True)
    return fit_linear_intents(texts, [words(t) for t in texts], intents)


def test_features_and_probabilities_match_scikit_learn(fitted):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts, intents = zip(*EXAMPLES, strict=True)
    chars = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), lowercase=True, sublinear_tf=True)
    word_vectors = TfidfVectorizer(analyzer=lambda w: w, sublinear_tf=True)
    tokens = [words(t) for t in texts]
    expected = sparse.hstack([chars.fit_transform(texts), word_vectors.fit_transform(tokens)], format="csr")
    ours = fitted.features(texts, tokens)
    assert np.allclose(ours.toarray(), expected.toarray())

    classifier = LogisticRegression(C=30.0, max_iter=5000).fit(expected, list(intents))
    unseen = ["对的，就是这样", "进度查询", "工地晚上施工太吵", "不不不"]
    unseen_words = [words(t) for t in unseen]
    wanted = classifier.predict_proba(
        sparse.hstack([chars.transform(unseen), word_vectors.transform(unseen_words)], format="csr")
    )
    assert fitted.intents == list(classifier.classes_)
    assert np.allclose(fitted.predict_proba(unseen, unseen_words), wanted)


def test_unknown_text_gets_a_distribution_not_an_error(fitted):
    probabilities = fitted.predict_proba(["", "😀😀", "qwerty"], [[], ["😀😀"], ["qwerty"]])
    assert probabilities.shape == (3, 4)
    assert np.allclose(probabilities.sum(axis=1), 1.0)


def test_stored_parts_are_json_and_plain_arrays(fitted, tmp_path):
    meta, arrays = fitted.to_parts()
    (tmp_path / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    np.savez_compressed(tmp_path / "arrays.npz", **arrays)
    with np.load(tmp_path / "arrays.npz", allow_pickle=False) as stored:
        loaded = LinearIntentModel.from_parts(
            json.loads((tmp_path / "meta.json").read_text(encoding="utf-8")),
            {k: stored[k] for k in stored.files},
        )
    texts = ["好的好的", "我的案子到哪了"]
    assert np.allclose(
        loaded.predict_proba(texts, [words(t) for t in texts]),
        fitted.predict_proba(texts, [words(t) for t in texts]),
    )
    with pytest.raises(ValueError, match="format"):
        LinearIntentModel.from_parts({**meta, "format": 99}, arrays)


def test_two_intents_give_the_same_probabilities_as_the_binary_model():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    pairs = [(t, i) for t, i in EXAMPLES if i in {"affirm", "deny"}]
    texts, intents = zip(*pairs, strict=True)
    model = fit_linear_intents(texts, [words(t) for t in texts], intents)
    chars = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), lowercase=True, sublinear_tf=True)
    word_vectors = TfidfVectorizer(analyzer=lambda w: w, sublinear_tf=True)
    features = sparse.hstack(
        [chars.fit_transform(texts), word_vectors.fit_transform([words(t) for t in texts])]
    )
    classifier = LogisticRegression(C=30.0, max_iter=5000).fit(features, list(intents))
    probe = ["不是的", "对"]
    probe_features = sparse.hstack(
        [chars.transform(probe), word_vectors.transform([words(t) for t in probe])]
    )
    assert np.allclose(
        model.predict_proba(probe, [words(t) for t in probe]), classifier.predict_proba(probe_features)
    )


def test_blend_is_the_weighted_mean_and_a_missing_intent_counts_as_zero():
    learned = [{"name": "inform", "confidence": 0.8}, {"name": "tell_problem", "confidence": 0.2}]
    linear = {"inform": 0.3, "tell_problem": 0.5, "deny": 0.2}
    ranking = blend_rankings(learned, linear, linear_weight=0.5, ranking_length=10)
    assert [r["name"] for r in ranking] == ["inform", "tell_problem", "deny"]
    assert [round(r["confidence"], 3) for r in ranking] == [0.55, 0.35, 0.1]
    assert len(blend_rankings(learned, linear, 0.5, ranking_length=2)) == 2
    # the linear model's opinion can overturn a confident but lone learned guess
    flipped = blend_rankings([{"name": "affirm", "confidence": 0.55}], {"deny": 0.9, "affirm": 0.1}, 0.5, 10)
    assert flipped[0]["name"] == "deny"


def tokenized(texts: list[str]) -> list[Message]:
    messages = [Message(data={"text": t}) for t in texts]
    JiebaTokenizer.create({**JiebaTokenizer.get_default_config()}, None, None, None).process(messages)
    return messages


def test_component_trains_stores_loads_and_reranks(tmp_path):
    storage = LocalModelStorage(tmp_path)
    resource = Resource("intent_blend")
    context = ExecutionContext(graph_schema=None, model_id="test")
    training = tokenized([t for t, _ in EXAMPLES])
    for message, (_, intent) in zip(training, EXAMPLES, strict=True):
        message.set("intent", intent)
    component = IntentBlend.create({}, storage, resource, context)
    component.train(TrainingData(training_examples=training))

    loaded = IntentBlend.load({}, storage, resource, context)
    [message] = tokenized(["案子现在进展到哪了"])
    # a learned classifier that guessed wrong, but not by much
    message.set("intent", {"name": "tell_problem", "confidence": 0.5})
    message.set(
        "intent_ranking",
        [{"name": "tell_problem", "confidence": 0.5}, {"name": "check_progress", "confidence": 0.45}],
    )
    loaded.process([message])
    assert message.get("intent")["name"] == "check_progress"
    ranking = message.get("intent_ranking")
    assert ranking[0] == message.get("intent")
    assert {r["name"] for r in ranking} == {"affirm", "deny", "check_progress", "tell_problem"}
    # half of the learned mass (0.95) plus half of the linear model's (1.0)
    assert abs(sum(r["confidence"] for r in ranking) - 0.975) < 1e-6


def test_component_without_intents_passes_messages_through(tmp_path):
    storage = LocalModelStorage(tmp_path)
    resource = Resource("intent_blend")
    context = ExecutionContext(graph_schema=None, model_id="test")
    IntentBlend.create({}, storage, resource, context).train(TrainingData(training_examples=[]))
    loaded = IntentBlend.load({}, storage, resource, context)
    [message] = tokenized(["你好"])
    message.set("intent", {"name": "greet", "confidence": 0.9})
    loaded.process([message])
    assert message.get("intent") == {"name": "greet", "confidence": 0.9}
