from __future__ import annotations

import pytest
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.tokenizers.jieba_tokenizer import JiebaTokenizer
from rasa.shared.nlu.training_data.message import Message

from bot.domain.text import fold_keeping_offsets
from bot.rasa_plugins.nlu.tokenizer import FoldingJiebaTokenizer, folded_tokens


def tokens_of(tokenizer_class: type[JiebaTokenizer], text: str) -> list[tuple[str, int, int]]:
    message = Message(data={"text": text})
    tokenizer_class.create({**tokenizer_class.get_default_config()}, None, None, None).process([message])
    return [(t.text, t.start, t.end) for t in message.get(TOKENS_NAMES["text"])]


@pytest.mark.parametrize(
    ("text", "expected_words"),
    [
        ("確認", ["确认"]),
        ("沒錯", ["没错"]),
        ("我們社區停水三天了", ["我们", "社区", "停水", "三天", "了"]),
        ("ＯＫ", ["ok"]),
        ("电话１３８００１３８０００", ["电话", "13800138000"]),
    ],
)
def test_tokens_are_of_the_folded_text(text: str, expected_words: list[str]) -> None:
    words = [word.lower() for word, _, _ in tokens_of(FoldingJiebaTokenizer, text)]
    assert words == expected_words


@pytest.mark.parametrize(
    "text", ["信訪局不給答覆，怎麼辦？", "电话：１３８ ００１３ ８０００ 😡", "  好的  ", "我要投诉物业"]
)
def test_offsets_point_into_the_text_as_written(text: str) -> None:
    for word, start, end in tokens_of(FoldingJiebaTokenizer, text):
        assert end - start == len(word)
        assert fold_keeping_offsets(text[start:end]) == word
    spans = [(t.start, t.end) for t in folded_tokens(text)]
    assert spans == sorted(spans)
    assert all(0 <= s < e <= len(text) for s, e in spans)


def test_simplified_half_width_text_tokenizes_as_rasa_does() -> None:
    text = "我们小区的电梯坏了两个月, 物业不管"
    assert tokens_of(FoldingJiebaTokenizer, text) == tokens_of(JiebaTokenizer, text)


def test_message_text_stays_as_written() -> None:
    message = Message(data={"text": "確認"})
    FoldingJiebaTokenizer.create({**FoldingJiebaTokenizer.get_default_config()}, None, None, None).process(
        [message]
    )
    assert message.get("text") == "確認"
