"""jieba user dictionary and speed of bot.gazetteer (its command line: tests/integration/test_gazetteer_cli.py)."""

from __future__ import annotations

import time
from pathlib import Path

import jieba
import pytest

from bot.gazetteer import get_gazetteer, write_jieba_userdict


@pytest.fixture(scope="module")
def userdict(tmp_path_factory) -> Path:
    terms = tmp_path_factory.mktemp("lexicon") / "terms.txt"
    terms.write_text("# comment\n拖欠工资 3000 n\n\n信访事项\n", encoding="utf-8")
    path = tmp_path_factory.mktemp("jieba") / "nested" / "userdict.txt"
    write_jieba_userdict(path, terms_path=terms)
    return path


def test_userdict_lines_are_jieba_format(userdict: Path) -> None:
    lines = userdict.read_text(encoding="utf-8").splitlines()
    assert len(lines) > 30000
    places = {line.split()[0]: line.split() for line in lines}
    assert places["天河区"][1:] == ["2000", "ns"]
    assert places["石牌街道"][2] == "ns"
    assert "广西" in places and "北京" in places  # short forms
    assert "市辖区" not in places
    assert len(places) == len(lines)  # no duplicates
    assert "拖欠工资 3000 n" in lines and "信访事项" in lines
    assert not any(line.startswith("#") for line in lines)


def test_userdict_keeps_places_as_tokens(userdict: Path) -> None:
    tokenizer = jieba.Tokenizer()  # private instance: the global one stays untouched
    tokenizer.load_userdict(str(userdict))
    assert tokenizer.lcut("天河区石牌街道") == ["天河区", "石牌街道"]
    tokens = tokenizer.lcut("我住在广州天河区石牌街道华师附近")
    assert {"广州", "天河区", "石牌街道"} <= set(tokens)
    assert tokenizer.lcut("深圳市南山区粤海街道") == ["深圳市", "南山区", "粤海街道"]
    assert "拖欠工资" in tokenizer.lcut("公司拖欠工资三个月")


def test_userdict_uses_terms_file_when_present(tmp_path: Path) -> None:
    path = tmp_path / "u.txt"
    write_jieba_userdict(path, terms_path=tmp_path / "missing.txt")
    assert path.exists() and "信访事项" not in path.read_text(encoding="utf-8")


def test_resolve_500_chars_is_fast() -> None:
    gazetteer = get_gazetteer()
    chunk = (
        "我住在广州天河区石牌街道华师附近，小区物业乱收费，我们三十多户业主去年找过街道办和１２３４５，"
        "一直没有回复😡。北京路那边也有人反映过，和平年代这种事不应该发生，請儘快處理。"
    )
    text = (chunk * 10)[:500]
    gazetteer.resolve(text)  # warm-up
    runs = 50
    started = time.perf_counter()
    for _ in range(runs):
        result = gazetteer.resolve(text)
    elapsed_ms = (time.perf_counter() - started) * 1000 / runs
    print(f"\nresolve on {len(text)} chars: {elapsed_ms:.2f} ms")
    assert result.location_code == "440106006"
    assert elapsed_ms < 50
