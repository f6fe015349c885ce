"""Rasa's JiebaTokenizer on folded text: 確認 and ｏｋ reach the featurizers as 确认 and ok.

Citizens write traditional characters and full-width letters and digits; the training examples are mostly
simplified and half-width. Folding is one character for one character (`bot.domain.text.fold_keeping_offsets`), so each
token's offsets still point into the message as written, which stays unchanged for everything else.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.tokenizers.jieba_tokenizer import JiebaTokenizer
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.shared.nlu.training_data.message import Message

from bot.domain.text import fold_keeping_offsets


def folded_tokens(text: str) -> list[Token]:
    """jieba's tokens of the folded text, with offsets into `text`."""
    import jieba  # late: importing jieba takes ~0.7 s

    return [Token(word, start) for word, start, _ in jieba.tokenize(fold_keeping_offsets(text))]


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=True)
class FoldingJiebaTokenizer(JiebaTokenizer):
    """JiebaTokenizer whose tokens are of the half-width, simplified text."""

    def tokenize(self, message: Message, attribute: str) -> list[Token]:
        return self._apply_token_pattern(folded_tokens(message.get(attribute) or ""))
