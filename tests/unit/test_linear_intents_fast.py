"""The linear intent model's scores without sparse matrices equal the sparse product bit for bit."""

from __future__ import annotations

import random

import jieba
import numpy as np

from bot.rasa_plugins.nlu.linear_intents import LinearIntentModel, fit_linear_intents

EXAMPLES = [
    ("好的", "affirm"), ("对，没错", "affirm"), ("是的是的👍", "affirm"), ("中 就这么办", "affirm"),
    ("不对", "deny"), ("不是这样的", "deny"), ("錯了，不是", "deny"), ("没有啊", "deny"),
    ("我要查一下进度", "check_progress"), ("案件办到哪一步了", "check_progress"),
    ("ＸＦ２０２６ 的进展怎么样", "check_progress"), ("上回反映的事有信儿没", "check_progress"),
    ("老板拖欠工资三个月", "tell_problem"), ("小区门口烧烤油烟扰民", "tell_problem"),
    ("俺们村的路坏了没人修", "tell_problem"), ("物業亂收停車費", "tell_problem"),
]  # fmt: skip
SAID = [
    "", "嗯", "?!", "ｏｋ", "好滴", "不是不是，我说的不是这个", "俺不晓得咋个弄",
    "我在广州市天河区石牌街道的一家装修公司上班，去年三月开始公司就拖欠我们工资，一共欠了三个多月",
    "我电话１３８００１３８０００", "多久能有結果？", "没有打官司，也没有仲裁", "打过12345，让我们找劳动监察，也没下文",
    "我叫王建国", "对，提交", "楼下烧烤店天天吵到半夜两三点 报警了也不管用", "工资 工资 工资 拖欠拖欠",
    "村委会把俺家的地征了 补偿款一分没给", "進度查詢 XF-2026-000123", "这都第三回了！！！还让我等？", "唔該 幫手睇下",
]  # fmt: skip


def words(text: str) -> list[str]:
    return [w.strip().lower() for w in jieba.lcut(text) if w.strip()]


def sparse_probabilities(model: LinearIntentModel, texts: list[str], said: list[list[str]]) -> np.ndarray:
    """predict_proba as it was: the sparse features times coef.T."""
    scores = np.asarray(model.features(texts, said) @ model.coef.T) + model.intercept
    scores -= scores.max(axis=1, keepdims=True)
    exp = np.exp(scores)
    return exp / exp.sum(axis=1, keepdims=True)


def _inputs(model: LinearIntentModel, extra: int) -> list[str]:
    rng = random.Random(11)
    known = sorted(model.chars.vocabulary)
    scrambled = ["".join(rng.choice(known) for _ in range(rng.randint(1, 40))) for _ in range(extra)]
    return SAID + [text for text, _ in EXAMPLES] + scrambled


def _check(model: LinearIntentModel, extra: int) -> None:
    texts = _inputs(model, extra)
    said = [words(t) for t in texts]
    for text, tokens in zip(texts, said, strict=True):
        assert np.array_equal(
            model.predict_proba([text], [tokens]), sparse_probabilities(model, [text], [tokens])
        )
    assert np.array_equal(model.predict_proba(texts, said), sparse_probabilities(model, texts, said))


def test_a_small_model_bit_for_bit() -> None:
    texts, intents = zip(*EXAMPLES, strict=True)
    _check(fit_linear_intents(texts, [words(t) for t in texts], intents), extra=300)
