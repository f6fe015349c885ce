"""knowledge/legal_routes.yml and bot.domain.knowledge: complete, validated, cited, and never refusing a petition."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.domain.knowledge import (
    CRISIS_KINDS,
    DEFAULT_PATH,
    FAQ_KEYS,
    ROUTE_CODES,
    ROUTE_VARIANTS,
    KnowledgeError,
    after_filing_lines,
    deadline,
    explain_route,
    faq_answer,
    hazard_tip,
    load_knowledge,
    notice_line,
    route_brief,
)
from bot.domain.knowledge_parse import parse_knowledge

# Phrases that would tell a citizen they may not petition (docs/legal.md §3: never say this).
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
    (code, variant) for code, variants in ROUTE_VARIANTS.items() for variant in variants
]
LED_INTO = (
    "litigation",
    "administrative_review",
    "labour_arbitration",
    "labour_inspection",
    "land_contract_arbitration",
    "state_compensation",
)


def _raw() -> dict:
    return yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))


def _write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "routes.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_every_route_code_is_present() -> None:
    kb = load_knowledge()
    assert set(ROUTE_CODES) <= set(kb.routes)
    assert len(ROUTE_CODES) == 12
    assert {"praise", "consultation"} <= set(kb.routes)


def test_load_is_cached() -> None:
    assert load_knowledge() is load_knowledge()


def test_variants_exist() -> None:
    kb = load_knowledge()
    assert set(kb.route("litigation").variants) == {
        "court_case",
        "civil_dispute",
        "land_title",
        "police_inaction",
        "domestic_violence",
        "medical",
        "enforcement",
    }
    assert set(kb.route("labour_arbitration").variants) == {"work_injury"}
    assert set(kb.route("administrative_review").variants) == {
        "info_disclosure",
        "review_first",
        "expropriation",
    }
    assert set(kb.route("hotline_12345").variants) == {"market", "environment", "housing", "transport"}
    for code, variants in ROUTE_VARIANTS.items():
        for variant in variants:  # each variant has its own text, not the route's
            assert explain_route(code, variant) != explain_route(code) or code == "hotline_12345", variant


@pytest.mark.parametrize(("code", "variant"), ALL_VIEWS)
def test_explanation_is_complete_and_cited(code: str, variant: str | None) -> None:
    kb = load_knowledge()
    view = kb.route(code).resolve(variant)
    text = explain_route(code, variant)
    assert "已经如实记录" in text  # the matter is recorded
    # a petition never replaces a statutory procedure (第28条第2款, 第31条): no "you can still petition"
    assert "仍然可以通过信访渠道" not in text
    assert ("信访不能代替" in text) is (code in LED_INTO)
    assert view.where in text
    for line in view.hotlines:
        assert line.number in text
    for limit in view.time_limits:
        assert limit.citation in text
    for note in view.notes:
        if note.article:
            assert note.citation in text
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
    labour = explain_route("labour_arbitration")
    assert "1年" in labour and "《劳动争议调解仲裁法》第27条" in labour
    assert "不受这1年的限制" in labour and "《劳动争议调解仲裁法》第27条第4款" in labour
    assert "《劳动争议调解仲裁法》第5条" in labour and "不是必经" in labour
    assert "法律规定先调解" not in labour and "45日" in labour and "《劳动争议调解仲裁法》第43条" in labour
    inspection = explain_route("labour_inspection")
    assert "《劳动保障监察条例》第20条" in inspection
    assert "用工所在地" in inspection and "《劳动保障监察条例》第13条" in inspection
    assert (
        "60个工作日" in inspection
        and "30个工作日" in inspection
        and "《劳动保障监察条例》第17条" in inspection
    )
    land = explain_route("land_contract_arbitration")
    assert "《农村土地承包经营纠纷调解仲裁法》第18条" in land
    assert "直接向人民法院起诉" in land and "《农村土地承包经营纠纷调解仲裁法》第4条" in land
    assert "征收" in land and "《农村土地承包经营纠纷调解仲裁法》第2条第3款" in land
    assert "60日" in land and "30日" in land and "《农村土地承包经营纠纷调解仲裁法》第47条" in land
    assert "《国家赔偿法》第39条" in explain_route("state_compensation")
    disc = explain_route("discipline_inspection")
    assert "12388" in disc and "12389" in disc and "第30条" in disc
    assert "第29条" in explain_route("suggestion")
    petition = explain_route("petition")
    for article in ("第22条", "第23条", "第34条", "第35条", "第36条"):
        assert article in petition
    assert "第32条" not in petition  # it only lists what the 意见书 contains; 60 days is 第34条


@pytest.mark.parametrize("variant", [None, "info_disclosure", "review_first"])
def test_administrative_routes_warn_about_review_first(variant: str | None) -> None:
    text = explain_route("administrative_review", variant)
    assert "先申请行政复议" in text and "《行政复议法》第23条" in text
    assert "《行政复议法》第62条" in text and "30日" in text


def test_new_variants_say_where_to_go_with_their_articles() -> None:
    expropriation = explain_route("administrative_review", "expropriation")
    assert "《农村土地承包经营纠纷调解仲裁法》第2条第3款" in expropriation and "6个月" in expropriation
    info = explain_route("administrative_review", "info_disclosure")
    assert "20个工作日" in info and "《政府信息公开条例》第33条" in info
    land = explain_route("litigation", "land_title")
    assert "30日" in land and "《土地管理法》第14条" in land and "乡（镇）人民政府" in land
    police = explain_route("litigation", "police_inaction")
    assert "12309" in police and "《刑事诉讼法》第112条" in police and "《刑事诉讼法》第113条" in police
    dv = explain_route("litigation", "domestic_violence")
    assert "人身安全保护令" in dv and "72小时" in dv and "《反家庭暴力法》第28条" in dv
    assert "110" in dv and "12338" in dv and "告诫书" in dv
    medical = explain_route("litigation", "medical")
    assert "医疗纠纷人民调解" in medical and "《医疗纠纷预防和处理条例》第22条" in medical
    assert "《民法典》第188条" in medical
    assert "12345" in explain_route("consultation")
    assert "表扬" in explain_route("praise")
    for code, variant in [("litigation", "domestic_violence"), ("litigation", "medical")]:
        assert "向人民法院依法上诉、申请再审" not in explain_route(code, variant)


def test_a_benefit_stopped_is_told_the_quick_practical_help_besides_review_first() -> None:
    text = explain_route("administrative_review", "review_first")
    assert "12333" in text and "领取资格认证" in text and "民政部门" in text and "退役军人事务局" in text
    assert text.index("《行政复议法》第23条") < text.index("12333")  # the legal route first


@pytest.mark.parametrize(
    ("story", "tax", "benefit"),
    [
        ("俺家低保给停了 村里说上头定的", False, False),
        ("今年退休金突然少了三百多", False, True),
        ("税务局让我补缴十万税款还有滞纳金", True, False),
        ("交警当场罚了我两百 我不服", False, False),
        ("我是退伍军人 伤残抚恤金停了半年", False, False),  # the veterans' office, not 12333
    ],
)
def test_review_first_says_only_the_notes_that_concern_the_story(
    story: str, tax: bool, benefit: bool
) -> None:
    text = explain_route("administrative_review", "review_first", story=story)
    assert "《行政复议法》第23条" in text  # what review first means is said to everyone
    assert ("纳税担保" in text) is tax
    assert ("领取资格认证" in text) is benefit
    assert ("退役军人事务局" in text) is ("抚恤" in story)
    assert ("民政部门问清原因" in text) is ("低保" in story)


def test_a_note_about_is_a_list_of_words() -> None:
    data = _raw()
    notes = data["routes"]["administrative_review"]["variants"]["review_first"]["notes"]
    notes[1]["about"] = "税"
    with pytest.raises(KnowledgeError, match="about"):
        parse_knowledge(data)


@pytest.mark.parametrize(
    ("story", "three_years"),
    [
        ("老头子走了以后 我一个人住在老屋里 生活费一个都不给", False),
        ("三个儿子都不赡养老人", False),
        ("离婚后他一分抚养费都不给孩子", False),
        ("他借了我五万块钱两年了不还", True),
        ("邻居装修把我家墙弄裂了 不肯赔", True),
    ],
)
def test_a_support_claim_is_not_told_the_three_years(story: str, three_years: bool) -> None:
    text = explain_route("litigation", "civil_dispute", story=story)
    assert ("《民法典》第188条" in text) is three_years
    assert "《民法典》第196条" in text


def test_a_time_limit_unless_is_a_list_of_words() -> None:
    data = _raw()
    data["routes"]["litigation"]["variants"]["civil_dispute"]["time_limits"][0]["unless"] = "赡养"
    with pytest.raises(KnowledgeError, match="unless"):
        parse_knowledge(data)


def test_an_enforcement_already_ended_for_want_of_property_is_resumed_not_applied_for_again() -> None:
    story = "法院判了前夫给抚养费 他一分不给 我申请过执行了 法院说他名下没钱 终本了"
    text = explain_route("litigation", "enforcement", story=story)
    assert "申请执行的期间为2年" not in text
    assert "恢复执行" in text


def test_an_award_or_judgment_ignored_is_enforced_by_the_court() -> None:
    text = explain_route("litigation", "enforcement")
    assert "申请强制执行" in text and "不用重新仲裁" in text
    assert "2年" in text and "《民事诉讼法》第250条" in text
    assert "《民事诉讼法》第247条" in text and "《劳动争议调解仲裁法》第51条" in text
    assert "12368" in text and "上诉、申请再审" not in text
    # a court carries it out: 政法 organs follow their own rules (第23条第4款), and it is a statutory procedure
    assert notice_line("litigation", identified=True, variant="enforcement") == notice_line(
        "litigation", identified=True, variant="court_case"
    )
    assert "信访不能代替" in text


def test_a_work_injury_is_recognised_first_then_arbitrated() -> None:
    text = explain_route("labour_arbitration", "work_injury")
    assert "工伤认定" in text and "人社部门" in text
    # the employer has 30 days; the worker, a relative or the union 1 year (工伤保险条例 第17条)
    assert "30日" in text and "1年" in text and "《工伤保险条例》第17条" in text
    assert "60日" in text and "《工伤保险条例》第20条" in text
    assert "举证" in text and "《工伤保险条例》第19条" in text
    assert "没有参加" in text and "《工伤保险条例》第62条" in text
    assert "劳动仲裁" in text and "《工伤保险条例》第54条" in text
    assert "《劳动争议调解仲裁法》第27条" in text


@pytest.mark.parametrize(("code", "variant"), ALL_VIEWS)
def test_the_brief_route_told_mid_conversation_is_true_to_the_route(code: str, variant: str | None) -> None:
    brief = route_brief(code, variant)
    view = load_knowledge().route(code).resolve(variant)
    assert view.title in brief and view.where in brief
    # a statutory route is never promised the 60-day 意见书, and the petition does not stop its limits
    assert ("信访不能代替" in brief) is (code in LED_INTO)
    assert ("60日内办结" in brief) is (code == "petition")
    if code in LED_INTO and view.time_limits:
        assert view.time_limits[0].citation in brief


def test_a_fire_hazard_gets_the_reporting_line_and_119_whatever_the_route() -> None:
    tip = hazard_tip("fire_hazard")
    assert "96119" in tip and "119" in tip.replace("96119", "") and "《消防法》第28条" in tip
    plain = explain_route("hotline_12345", "housing")
    told = explain_route("hotline_12345", "housing", hazards=("fire_hazard",))
    assert "96119" not in plain and tip in told
    assert told.index(tip) < told.index("12345主要办理")  # advice before the closing note


@pytest.mark.parametrize("code", ROUTE_CODES)
def test_only_the_petition_route_gets_the_60_day_opinion(code: str) -> None:
    lines = "".join(after_filing_lines(code, identified=True))
    assert ("60日内办结" in lines) is (code == "petition")
    assert "第32条" not in lines
    if code == "petition":
        assert "《信访工作条例》第34条" in lines
    if code in LED_INTO:
        assert "导入" in lines and "《信访工作条例》第31条" in lines


@pytest.mark.parametrize("code", ROUTE_CODES)
def test_no_written_notice_is_promised_without_name_and_address(code: str) -> None:
    anonymous = "".join(after_filing_lines(code, identified=False))
    assert "会书面告诉您" not in anonymous
    identified = "".join(after_filing_lines(code, identified=True))
    notice = load_knowledge().route(code).notice
    if notice == "written":
        assert "收不到书面告知" in anonymous
        assert "收到转来的事项之日起15日内" in identified  # counted from the organ's receipt
    else:
        assert "15日内，会书面" not in identified


@pytest.mark.parametrize("code", ["litigation", "discipline_inspection"])
def test_political_legal_and_discipline_organs_follow_their_own_rules(code: str) -> None:
    lines = "".join(after_filing_lines(code, identified=True))
    assert "《信访工作条例》第23条第4款" in lines and "不适用15日" in lines


def test_sector_lines() -> None:
    assert "12315" in explain_route("hotline_12345", "market")
    assert "12369" in explain_route("hotline_12345", "environment")
    assert "12319" in explain_route("hotline_12345", "housing")
    assert "12328" in explain_route("hotline_12345", "transport")
    # a bus complaint is not told the market line (the food-poisoning note says 12315 only for such a story)
    assert "12315" not in explain_route("hotline_12345", "transport", story="公交车老是不按站停")
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
        ("handling", 60, False, "第34条"),
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
    assert found.article == article
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
    for key in ("how_long", "next_steps"):
        assert "第34条" in faq_answer(key) and "第32条" not in faq_answer(key)
        assert "第31条" in faq_answer(key)  # other procedures keep their own time limits
    assert "收到之日起15日内" in faq_answer("next_steps")
    assert "可以直接到法院起诉" in faq_answer("litigation")
    for word in ("第29条", "第30条", "第31条"):
        assert word in faq_answer("what_is_petition")
    with pytest.raises(KeyError):
        faq_answer("meaning_of_life")


def test_crisis_section() -> None:
    kb = load_knowledge()
    assert set(CRISIS_KINDS) == set(kb.crisis)
    assert kb.crisis_guide("self_harm").lines[0].number == "12356"
    hotline = kb.crisis_guide("self_harm").lines[0].what
    assert "18小时" in hotline and "24小时" not in hotline  # some regions staff it 18 hours, not 24
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
    # a landline keeps its area code apart ("010-82951332")
    assert numbers and all(re.fullmatch(r"[0-9]+|0[0-9]{2,3}-[0-9]{7,8}", n) for n in numbers)


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


def test_missing_variant_is_rejected() -> None:
    data = _raw()
    del data["routes"]["litigation"]["variants"]["medical"]
    with pytest.raises(KnowledgeError, match="medical"):
        parse_knowledge(data)


@pytest.mark.parametrize(("key", "value"), [("notice", "maybe"), ("notice", None), ("led_into", "yes")])
def test_notice_and_led_into_are_validated(key: str, value) -> None:
    data = _raw()
    data["routes"]["petition"][key] = value
    with pytest.raises(KnowledgeError, match=key):
        parse_knowledge(data)


def test_missing_filing_text_is_rejected() -> None:
    data = _raw()
    del data["filing"]["notice_missing_identity"]
    with pytest.raises(KnowledgeError, match="notice_missing_identity"):
        parse_knowledge(data)


def test_rejection_grounds_are_only_the_regulations_own() -> None:
    grounds = load_knowledge().rejection_grounds
    assert [g.article for g in grounds] == ["第19条第3款", "第36条第3款"]
    data = _raw()
    data["rejection_grounds"] = [{"key": "x", "article": "", "text": "属于民事纠纷"}]
    with pytest.raises(KnowledgeError, match="rejection_grounds"):
        parse_knowledge(data)


def test_no_text_says_petitioning_stays_open_whatever_the_route() -> None:
    assert "仍然可以通过信访渠道" not in DEFAULT_PATH.read_text(encoding="utf-8")


def test_the_notice_line_for_progress_and_filing_has_no_date() -> None:
    from bot.domain.knowledge import notice_line

    assert notice_line("praise", identified=True) is None
    assert notice_line("consultation", identified=False) is None
    assert "收不到书面告知" in notice_line("petition", identified=False)
    assert "收到转来的事项之日起15日内" in notice_line("labour_inspection", identified=True)
    assert "第23条第4款" in notice_line("discipline_inspection", identified=False)
    for code in ROUTE_CODES:
        for identified in (True, False):
            assert not re.search(r"\d+年\d+月", notice_line(code, identified=identified) or "")


@pytest.mark.parametrize(
    ("variant", "written"),
    [
        ("land_title", True),
        ("medical", True),
        ("court_case", False),
        ("police_inaction", False),
        (None, False),
    ],
)
def test_a_variant_decided_by_a_government_gets_the_written_notice(variant, written):
    first = after_filing_lines("litigation", identified=True, variant=variant)[0]
    assert ("15日内，会书面告诉您" in first) is written
    assert ("第23条第4款" in first) is not written
