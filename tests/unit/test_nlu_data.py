"""Checks on the NLU training data in data/nlu/ and the jieba lexicon in data/lexicon/."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
NLU_DIR = ROOT / "data" / "nlu"
TERMS = ROOT / "data" / "lexicon" / "terms.txt"

# the intents the domain declares: training data must cover exactly these
INTENTS = set(yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["intents"])
# held-out intent F1 needs every phrasing pattern seen several times (docs/benchmarks.md)
MIN_EXAMPLES = {
    "tell_problem": 400,
    "inform": 350,
    "out_of_scope": 200,
    "correct_detail": 150,
    "check_progress": 100,
}
DEFAULT_MIN = 70
REGEXES = {
    "phone_number",
    "id_number",
    "case_number",
    "starts_negated",
    "ends_as_question",
    "short_message",
    "long_message",
    "symbols_only",
}
CRISIS_INTENTS = {"self_harm", "threat_violence", "domestic_violence"}


def _examples(block: str) -> list[str]:
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    assert all(line.startswith("- ") for line in lines), block[:80]
    return [line[2:].strip() for line in lines]


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    intents: dict[str, list[str]] = defaultdict(list)
    regexes: dict[str, list[str]] = defaultdict(list)
    for path in sorted(NLU_DIR.glob("*.yml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert str(doc["version"]) == "3.1", path
        for item in doc["nlu"]:
            if "intent" in item:
                intents[item["intent"]].extend(_examples(item["examples"]))
            elif "regex" in item:
                regexes[item["regex"]].extend(_examples(item["examples"]))
            else:
                raise AssertionError(f"unexpected item in {path.name}: {item}")
    return dict(intents), dict(regexes)


def _key(text: str) -> str:
    # Duplicates up to width, case and spacing count as duplicates.
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


def _intents() -> dict[str, list[str]]:
    return _load()[0]


def _regex(name: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _load()[1][name]), re.IGNORECASE)


def test_exactly_the_contract_intents() -> None:
    assert set(_intents()) == INTENTS


@pytest.mark.parametrize("intent", sorted(INTENTS))
def test_enough_examples(intent: str) -> None:
    assert len(_intents()[intent]) >= MIN_EXAMPLES.get(intent, DEFAULT_MIN)


def test_no_duplicate_examples_within_an_intent() -> None:
    dupes = {
        intent: [k for k, n in Counter(_key(e) for e in examples).items() if n > 1]
        for intent, examples in _intents().items()
    }
    assert {i: d for i, d in dupes.items() if d} == {}


def test_no_example_in_two_intents() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for intent, examples in _intents().items():
        for example in examples:
            owners[_key(example)].add(intent)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_no_entity_annotations_or_empty_examples() -> None:
    # DIET classifies intents only; [text](entity) or {"entity": ...} would be parsed as entities.
    for examples in _intents().values():
        for example in examples:
            assert example
            assert not re.search(r"\]\(|\]\{", example), example


def test_tell_problem_is_varied() -> None:
    examples = _intents()["tell_problem"]
    assert max(len(e) for e in examples) >= 100
    assert min(len(e) for e in examples) <= 10
    assert any(re.search(r"[０-９]", e) for e in examples)
    assert any(re.search(r"[\U0001F300-\U0001FAFF]", e) for e in examples)
    assert sum(1 for e in examples if not re.search(r"[，。！？,.!?、：；]", e)) >= 10
    for word in ("工资", "物业", "拆迁", "低保", "噪音", "法院", "举报", "建议", "社保", "医院"):
        assert any(word in e for e in examples), word


def test_crisis_words_stay_out_of_ordinary_intents() -> None:
    crisis = re.compile(r"不想活|去死|跳楼|自杀|喝农药|炸了|捅了|堵路|家暴|天天打我|打我妈")
    leaks = [
        (intent, e)
        for intent, examples in _intents().items()
        if intent not in CRISIS_INTENTS
        for e in examples
        if crisis.search(e)
    ]
    assert leaks == []


def test_complaint_with_suicide_wording_is_self_harm() -> None:
    assert "工资要不回来我只能去死了" in _intents()["self_harm"]


def test_regex_features_present() -> None:
    assert set(_load()[1]) == REGEXES


@pytest.mark.parametrize(
    "text",
    ["XF20261127-0042", "xf20250316-0007", "请查一下ＸＦ２０２５１２０１－００３３", "编号Xf20240808-0123"],
)
def test_case_number_regex_matches(text: str) -> None:
    assert _regex("case_number").search(text)


@pytest.mark.parametrize("text", ["XF2026112-0042", "XF20261127_0042", "FX20261127-0042", "13812345678"])
def test_case_number_regex_rejects(text: str) -> None:
    assert not _regex("case_number").search(text)


@pytest.mark.parametrize(
    "text",
    ["13812345678", "我电话１３９１２３４５６７８", "138 0013 8000", "+86 13512340000", "座机0371-66668888"],
)
def test_phone_regex_matches(text: str) -> None:
    assert _regex("phone_number").search(text)


@pytest.mark.parametrize("text", ["12345", "2023.5.1", "工资欠了60000元"])
def test_phone_regex_rejects(text: str) -> None:
    assert not _regex("phone_number").search(text)


@pytest.mark.parametrize("text", ["11010519491231002X", "身份证３２０１０２１９８５０６１５２０１ｘ"])
def test_id_regex_matches(text: str) -> None:
    assert _regex("id_number").search(text)


def test_lexicon_format() -> None:
    lines = TERMS.read_text(encoding="utf-8").splitlines()
    words = [line.split()[0] for line in lines]
    assert len(words) >= 200
    assert len(words) == len(set(words))
    for line in lines:
        word, freq = line.split(" ")
        assert int(freq) > 0
        # bare numbers would split phone numbers during segmentation
        assert not word.isdigit(), word
    for needed in ("劳动仲裁", "信访局", "12345热线", "征地补偿款", "行政复议"):
        assert needed in words


QUESTION_END = re.compile(r"[吗嗎么麼呢？?][\s！!。.~～]*$")
CORRECTION_CUE = re.compile(
    r"错|改|不对|不是|更正|修改|有误|重新|漏了|少了|多打|不准确|换成|其实|应该|搞错|有问题|写成|记成|说成|等一下|等等|不用"
)
FIELD_NAMES = {"地点", "电话", "名字", "类别"}  # answers to "which detail is wrong?"


def test_corrections_say_what_is_wrong() -> None:
    # a bare place or name is an answer (inform); a correction says it replaces something
    vague = [e for e in _intents()["correct_detail"] if not CORRECTION_CUE.search(e) and e not in FIELD_NAMES]
    assert vague == []


def test_answers_carry_no_correction_wording() -> None:
    wording = re.compile(r"错|改成|更正|修改|^不是")
    assert [e for e in _intents()["inform"] if wording.search(e)] == []


def test_questions_about_the_assistant_are_not_small_talk() -> None:
    about_bot = re.compile(r"你是谁|你叫什么|机器人|你是干|你们是|你能干|你会什么")
    assert [e for e in _intents()["out_of_scope"] if about_bot.search(e)] == []
    assert {"你叫什么名字", "你是机器人吗", "你会什么"} <= set(_intents()["ask_what_is_petition"])


def test_anonymity_questions_are_privacy_not_skip() -> None:
    # "不留名字可以吗" asks about anonymity (ask_privacy); "不想留名字" declines to answer (skip)
    personal = re.compile(r"匿名|实名|名字|姓名|电话|手机|身份证")
    asked = [e for e in _intents()["skip"] if QUESTION_END.search(e) and personal.search(e)]
    assert asked == []
    assert "不留名字可以吗" in _intents()["ask_privacy"]
    assert "不想留名字" in _intents()["skip"]


def test_short_negations_are_deny_and_short_yeses_affirm() -> None:
    intents = _intents()
    for text in ("不对", "不是", "没有", "不同意", "冇", "沒有", "不對"):
        assert text in intents["deny"], text
    for text in ("对", "是的", "没问题", "没有问题", "👍", "同意", "對"):
        assert text in intents["affirm"], text


@pytest.mark.parametrize(
    ("intent", "pattern"),
    [
        ("inform", r"[０-９]"),
        ("check_progress", r"[Ｘｘ][Ｆｆ]"),
        ("out_of_scope", r"[\U0001F300-\U0001FAFF]"),
        ("greet", r"[嗎請]"),
        ("deny", r"[冇唔]"),
        ("skip", r"唔知|不造|晓不得"),
    ],
)
def test_realistic_variants_present(intent: str, pattern: str) -> None:
    # full-width digits, traditional characters, dialect and emoji occur in real messages
    assert any(re.search(pattern, e) for e in _intents()[intent]), pattern


@pytest.mark.parametrize(
    ("name", "text", "matches"),
    [
        ("starts_negated", "不对", True),
        ("starts_negated", "嗯，不是这样", True),
        ("starts_negated", "冇啊", True),
        ("starts_negated", "沒有", True),
        ("starts_negated", "木有", True),
        ("starts_negated", "没问题", False),
        ("starts_negated", "冇问题", False),
        ("starts_negated", "没错，提交", False),
        ("starts_negated", "我不同意", False),
        ("ends_as_question", "能匿名吗", True),
        ("ends_as_question", "要多久？？", True),
        ("ends_as_question", "信息保密嗎~", True),
        ("ends_as_question", "名字保密", False),
        ("short_message", "我叫王建国", True),
        ("short_message", "电话１３８００１３８０００", False),
        (
            "long_message",
            "包工头拖着工资不给，一共欠了我三万二，现在人都找不到了，我们十几个人过年回不了家",
            True,
        ),
        ("long_message", "在白云区太和镇", False),
        ("symbols_only", "😂😂😂", True),
        ("symbols_only", "？？？", True),
        ("symbols_only", "好的😂", False),
        ("symbols_only", "１２", False),
    ],
)
def test_message_shape_regexes(name: str, text: str, matches: bool) -> None:
    assert bool(_regex(name).search(text)) is matches


def test_negated_yes_words_are_not_affirm() -> None:
    # "不确定" declines to answer and "不正确" says no: a yes-word after 不 is never a yes
    intents = _intents()
    assert [e for e in intents["affirm"] if re.match(r"^不(太)?(确定|愿意|正确|同意|可以|行)", e)] == []
    assert {"不确定", "不愿意透露"} <= set(intents["skip"])
    assert "不正确" in intents["deny"]


def test_field_named_faults_are_corrections() -> None:
    # a bare "不对" answers no (deny); naming the wrong field asks for a correction
    intents = _intents()
    fields = r"^(地址|地点|名字|姓名|电话|手机号|电话号码|时间|日期|身份证号)(不对|有误)"
    assert [e for e in intents["deny"] if re.match(fields, e)] == []
    assert {"地址不对", "名字不对", "手机号不对", "时间不对"} <= set(intents["correct_detail"])
