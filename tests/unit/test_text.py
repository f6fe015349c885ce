from __future__ import annotations

import pytest

from bot.domain.text import (
    as_recorded,
    fold_keeping_offsets,
    has_cjk,
    has_words,
    looks_like_markup,
    normalize_for_parsing,
    to_halfwidth,
    to_simplified,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("１３８１２３４５６７８", "13812345678"),
        ("（０２０）８７６５４３２１", "(020)87654321"),
        ("ＡＢＣ ａｂｃ", "ABC abc"),
        ("我的电话：１３８　１２３４", "我的电话:138 1234"),
        ("＋８６", "+86"),
        ("已经三个月了！", "已经三个月了!"),
        ("没有全角", "没有全角"),
        ("", ""),
    ],
)
def test_to_halfwidth(raw: str, expected: str) -> None:
    assert to_halfwidth(raw) == expected
    assert len(to_halfwidth(raw)) == len(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("確認", "确认"),
        ("沒錯，就係咁", "没错,就是这"),  # Cantonese read as Mandarin (bot/domain/cantonese.py)
        ("ＯＫ", "OK"),
        ("信訪是什麼？", "信访是什么?"),
        ("電話１３８００１３８０００", "电话13800138000"),
        ("好的👌 謝謝", "好的👌 谢谢"),
        ("  两个空格  ", "  两个空格  "),  # blanks kept: offsets must not move
        ("", ""),
    ],
)
def test_fold_keeping_offsets_is_one_character_for_one(raw: str, expected: str) -> None:
    assert fold_keeping_offsets(raw) == expected
    assert len(fold_keeping_offsets(raw)) == len(raw)


def test_fold_keeping_offsets_accepts_none() -> None:
    assert fold_keeping_offsets(None) == ""


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("我們社區的開發商拖欠維修基金", "我们社区的开发商拖欠维修基金"),
        ("  物业\u200b乱收费  ", "物业乱收费"),
        ("电话\t１３８ \n １２３４", "电话 138 1234"),
        ("頭髮", "头发"),
        ("\ufeff投诉", "投诉"),
        ("從去年開始一直沒給工資😡", "从去年开始一直没给工资😡"),
        ("　　", ""),
        ("简体不变", "简体不变"),
    ],
)
def test_normalize_for_parsing(raw: str, expected: str) -> None:
    assert normalize_for_parsing(raw) == expected


def test_to_simplified_is_length_preserving() -> None:
    text = "臺灣後來裡面發現問題"
    assert len(to_simplified(text)) == len(text)
    assert to_simplified(text) == "台湾后来里面发现问题"


@pytest.mark.parametrize(
    ("raw", "cjk"),
    [
        ("你好", True),
        ("hello", False),
        ("123 ４５６", False),
        ("OK好", True),
        ("", False),
        (None, False),
        ("😀", False),
        ("𠀀", True),
    ],
)
def test_has_cjk(raw: str | None, cjk: bool) -> None:
    assert has_cjk(raw) is cjk


@pytest.mark.parametrize(
    ("raw", "markup"),
    [
        ("<script>alert(1)</script>", True),
        ('<a href="http://x.cn">点这里</a>', True),
        ("<img src=x onerror=alert(1)>", True),
        ("＜ｓｃｒｉｐｔ＞", True),
        ("javascript:alert(1)", True),
        ("{{ 7*7 }}", True),
        ("&lt;b&gt;", True),
        ("[点我](https://example.com)", True),
        ("工资<3000元，比最低工资还低", False),
        ("我家在3<4号楼之间", False),
        ("物业乱收费，请帮忙处理", False),
        ("", False),
    ],
)
def test_looks_like_markup(raw: str, markup: bool) -> None:
    assert looks_like_markup(raw) is markup


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("😭😭😭", False),
        ("？？！", False),
        ("", False),
        (None, False),
        ("ok", True),
        ("110", True),
        ("好", True),
    ],
)
def test_has_words(text, expected) -> None:
    assert has_words(text) is expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("打過１２３１５，說會處理", "打过12315，说会处理"),
        ("找過ＡＢＣ物業；沒人管", "找过ABC物业；没人管"),
        ("去年３月打过热线！", "去年3月打过热线！"),
        ("没有", "没有"),
    ],
)
def test_as_recorded_keeps_chinese_punctuation(raw: str, expected: str) -> None:
    assert as_recorded(raw) == expected
