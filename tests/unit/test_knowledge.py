"""knowledge/legal_routes.yml and bot.knowledge: complete, validated, cited, and never refusing a petition."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.knowledge import (
    CRISIS_KINDS,
    DEFAULT_PATH,
    FAQ_KEYS,
    ROUTE_CODES,
    KnowledgeError,
    deadline,
    explain_route,
    faq_answer,
    load_knowledge,
)
from bot.knowledge_parse import parse_knowledge

# Phrases that would tell a citizen they may not petition (DOMAIN.md §5: never say this).
REFUSALS = (
    "不能信访",
    "不得信访",
    "不可以信访",
    "不能再信访",
    "不予受理",
    "不受理",
    "无法受理",
    "不能上访",
    "禁止信访",
)
ARTICLE = re.compile(r"第\d+条")

ALL_VIEWS = [(code, None) for code in ROUTE_CODES] + [
    ("litigation", "court_case"),
    ("litigation", "civil_dispute"),
    ("hotline_12345", "market"),
    ("hotline_12345", "environment"),
    ("hotline_12345", "housing"),
    ("hotline_12345", "transport"),
]


def _raw() -> dict:
    return yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))


def _write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "routes.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_every_route_code_is_present() -> None:
    kb = load_knowledge()
    assert set(ROUTE_CODES) <= set(kb.routes)
    assert len(ROUTE_CODES) == 10


def test_load_is_cached() -> None:
    assert load_knowledge() is load_knowledge()


def test_variants_exist() -> None:
    kb = load_knowledge()
    assert set(kb.route("litigation").variants) == {"court_case", "civil_dispute"}
    assert set(kb.route("hotline_12345").variants) == {"market", "environment", "housing", "transport"}


@pytest.mark.parametrize(("code", "variant"), ALL_VIEWS)
def test_explanation_is_complete_and_cited(code: str, variant: str | None) -> None:
    kb = load_knowledge()
    view = kb.route(code).resolve(variant)
    text = explain_route(code, variant)
    assert "已经如实记录" in text  # the matter is recorded
    assert "仍然可以通过信访渠道" in text  # and petitioning stays open
    assert view.where in text
    for line in view.hotlines:
        assert line.number in text
    for limit in view.time_limits:
        assert limit.citation in text
    for note in view.notes:
        if note.article:
            assert note.article in text
    assert ARTICLE.search(text)


@pytest.mark.parametrize(("code", "variant"), ALL_VIEWS)
def test_explanation_never_refuses(code: str, variant: str | None) -> None:
    text = explain_route(code, variant)
    for phrase in REFUSALS:
        assert phrase not in text, (code, variant, phrase)


def test_specific_facts_with_articles() -> None:
    assert "《民法典》第188条" in explain_route("litigation", "civil_dispute")
    assert "3年" in explain_route("litigation", "civil_dispute")
    assert "12348" in explain_route("litigation", "civil_dispute")
    court = explain_route("litigation", "court_case")
    assert "12368" in court and "12309" in court and "第22条" in court
    admin = explain_route("administrative_review")
    assert "60日" in admin and "《行政复议法》第20条" in admin
    assert "6个月" in admin and "《行政诉讼法》第46条" in admin
    assert "15日" in admin and "《行政诉讼法》第45条" in admin
    assert "1年" in explain_route("labour_arbitration")
    assert "《劳动争议调解仲裁法》第27条" in explain_route("labour_arbitration")
    assert "《劳动保障监察条例》第20条" in explain_route("labour_inspection")
    assert "《农村土地承包经营纠纷调解仲裁法》第18条" in explain_route("land_contract_arbitration")
    assert "《国家赔偿法》第39条" in explain_route("state_compensation")
    disc = explain_route("discipline_inspection")
    assert "12388" in disc and "12389" in disc and "第30条" in disc
    assert "第29条" in explain_route("suggestion")
    petition = explain_route("petition")
    for article in ("第22条", "第23条", "第32条", "第34条", "第35条", "第36条"):
        assert article in petition


def test_sector_lines() -> None:
    assert "12315" in explain_route("hotline_12345", "market")
    assert "12369" in explain_route("hotline_12345", "environment")
    assert "12319" in explain_route("hotline_12345", "housing")
    assert "12328" in explain_route("hotline_12345", "transport")
    assert "12315" not in explain_route("hotline_12345", "transport")
    assert "12345" in explain_route("hotline_12345")


def test_unknown_variant_falls_back_and_unknown_code_raises() -> None:
    assert explain_route("petition", "nonsense") == explain_route("petition")
    with pytest.raises(KeyError):
        explain_route("appeal_to_heaven")


def test_civil_and_court_variants_differ() -> None:
    assert explain_route("litigation", "civil_dispute") != explain_route("litigation", "court_case")
    assert "人民调解" in explain_route("litigation", "civil_dispute")
    assert "人民调解" not in explain_route("litigation", "court_case")


@pytest.mark.parametrize(
    ("step", "days", "working", "article"),
    [
        ("register_transfer", 15, False, "第22条"),
        ("acceptance_notice", 15, False, "第23条"),
        ("jurisdiction_objection", 5, True, "第23条"),
        ("handling", 60, False, "第32条"),
        ("extension", 30, False, "第34条"),
        ("review_request", 30, False, "第35条"),
        ("review_answer", 30, False, "第35条"),
        ("reexamination_request", 30, False, "第36条"),
        ("reexamination_answer", 30, False, "第36条"),
    ],
)
def test_process_deadlines(step: str, days: int, working: bool, article: str) -> None:
    found = deadline(step)
    assert found.days == days
    assert found.working_days is working
    assert article in found.article
    assert str(days) in found.text


def test_unknown_deadline_raises() -> None:
    with pytest.raises(KeyError):
        deadline("forever")


@pytest.mark.parametrize("key", FAQ_KEYS)
def test_faq_answers_cite_articles_and_never_refuse(key: str) -> None:
    answer = faq_answer(key)
    assert ARTICLE.search(answer)
    assert " " not in answer  # folded YAML lines are joined without spaces
    for phrase in REFUSALS:
        assert phrase not in answer


def test_faq_facts() -> None:
    assert "第23条" in faq_answer("anonymous") and "书面" in faq_answer("anonymous")
    assert "5人" in faq_answer("channels") and "第20条" in faq_answer("channels")
    assert "个人信息保护法" in faq_answer("why_personal_info")
    assert "不是必填" in faq_answer("why_personal_info")
    assert "60日" in faq_answer("how_long") and "30日" in faq_answer("how_long")
    for word in ("第29条", "第30条", "第31条"):
        assert word in faq_answer("what_is_petition")
    with pytest.raises(KeyError):
        faq_answer("meaning_of_life")


def test_crisis_section() -> None:
    kb = load_knowledge()
    assert set(CRISIS_KINDS) == set(kb.crisis)
    assert kb.crisis_guide("self_harm").lines[0].number == "12356"
    assert [line.number for line in kb.crisis_guide("domestic_violence").lines] == ["110", "12338"]
    assert "第26条" in kb.crisis_guide("violence").tell
    assert {"119", "122", "12320", "12355", "12351", "12385"} <= {h.number for h in kb.other_lines}


def test_channels_section() -> None:
    ch = load_knowledge().channels
    assert ch.max_representatives == 5
    assert ch.visits_article == "第20条"
    assert [name for _, name, _ in ch.kinds] == ["信息网络", "书信", "电话", "传真", "走访"]
    assert "第17条" in ch.articles and "第21条" in ch.articles


def test_all_hotlines_are_digits() -> None:
    kb = load_knowledge()
    numbers = [
        h.number for r in kb.routes.values() for v in [r.base, *r.variants.values()] for h in v.hotlines
    ]
    numbers += [h.number for g in kb.crisis.values() for h in g.lines]
    assert numbers and all(n.isdigit() and n.isascii() for n in numbers)


def test_path_override(tmp_path: Path) -> None:
    data = _raw()
    data["routes"]["petition"]["title"] = "测试用的信访途径"
    kb = load_knowledge(_write(tmp_path, data))
    assert "测试用的信访途径" in explain_route("petition", knowledge=kb)
    assert "测试用的信访途径" not in explain_route("petition")


def test_missing_route_is_rejected() -> None:
    data = _raw()
    del data["routes"]["state_compensation"]
    with pytest.raises(KnowledgeError, match="state_compensation"):
        parse_knowledge(data)


def test_deadline_without_article_is_rejected() -> None:
    data = _raw()
    data["process_deadlines"][0]["article"] = ""
    with pytest.raises(KnowledgeError, match="article"):
        parse_knowledge(data)


@pytest.mark.parametrize("bad", ["１２３４５", "12-345", "hotline", ""])
def test_non_digit_hotline_is_rejected(bad: str) -> None:
    data = _raw()
    data["routes"]["suggestion"]["hotlines"] = [{"number": bad, "what": "x"}]
    with pytest.raises(KnowledgeError, match="digits"):
        parse_knowledge(data)


def test_time_limit_without_article_is_rejected() -> None:
    data = _raw()
    data["routes"]["state_compensation"]["time_limits"][0]["article"] = None
    with pytest.raises(KnowledgeError):
        parse_knowledge(data)


def test_missing_crisis_kind_is_rejected() -> None:
    data = _raw()
    del data["crisis"]["domestic_violence"]
    with pytest.raises(KnowledgeError, match="domestic_violence"):
        parse_knowledge(data)


def test_the_next_steps_answer_does_not_claim_a_case_was_filed() -> None:
    # it is also the answer to "提交以后会怎样" asked before anything is filed
    answer = faq_answer("next_steps")
    assert "已经登记" not in answer and "已登记" not in answer
    assert answer.startswith("事项提交以后")
