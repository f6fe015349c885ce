"""The staff case list, case page and place filter (bot.staff.case_queries) on a real SQLite file."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from cryptography.fernet import Fernet

from bot.cases import CaseInput, CaseRepository, create_schema, make_engine, session_factory
from bot.staff import case_actions
from bot.staff.case_queries import (
    CaseFilter,
    get_case_detail,
    place_choices,
    search_cases,
)
from bot.staff.case_text_search import escape_like, search_terms
from bot.staff.models import TranscriptReview
from bot.staff.roles import StaffUser

KEY = Fernet.generate_key().decode()
OFFICER = StaffUser(1, "li.officer", "李接访", "officer")
TODAY = date(2026, 2, 10)

# (key, filed at (UTC), issue text, extra fields)
CASES = [
    (
        "wage",
        datetime(2026, 1, 5, 2, 0, tzinfo=timezone.utc),
        "我在建筑工地干了半年，工资被拖欠了三个月，老板一直拖着不给😭",
        dict(
            category="劳动和社会保障",
            location="广东省深圳市南山区",
            location_code="440305",
            respondent="深圳某建筑劳务公司",
            phone="13812345678",
            conversation_id="conv-wage",
        ),
    ),
    (
        "demolition",
        datetime(2026, 1, 10, 2, 0, tzinfo=timezone.utc),
        "村里拆迁补偿标准太低，和隔壁村差了一半，我们三十多户都不同意签字",
        dict(
            category="城乡建设",
            location="广东省广州市天河区石牌街道",
            location_code="440106010",
            respondent="天河区征收办",
            people_count=32,
            urgent=True,
            phone="020-87654321",
        ),
    ),
    (
        "noise",
        datetime(2026, 2, 1, 2, 0, tzinfo=timezone.utc),
        "楼下烧烤店每天营业到凌晨两点，噪音很大，孩子没法睡觉！！",
        dict(
            category="环境保护", location="北京市朝阳区", location_code="110105", conversation_id="conv-noise"
        ),
    ),
    (
        "percent",
        datetime(2026, 2, 3, 2, 0, tzinfo=timezone.utc),
        "物业费一下子涨了100%，业主们都不同意，物业说不交就停水",
        dict(
            category="城乡建设",
            location="广东省深圳市福田区",
            location_code="440304",
            respondent="某某物业公司",
        ),
    ),
    (
        "deposit",
        datetime(2026, 2, 3, 3, 0, tzinfo=timezone.utc),
        "押金1000元不退，房东说扣了是正常的",
        dict(category="其他", location="广东省深圳市南山区", location_code="440305"),
    ),
    (
        "traditional",
        datetime(2026, 2, 5, 2, 0, tzinfo=timezone.utc),
        "工資拖欠兩個月了，ＡＢＣ公司不給錢",
        dict(category="劳动和社会保障", location=None, location_code=None, respondent="ABC公司"),
    ),
]


@pytest.fixture
def sessions(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'staff.db'}")
    create_schema(engine)
    yield session_factory(engine)
    engine.dispose()


@pytest.fixture
def numbers(sessions) -> dict[str, str]:
    repo = CaseRepository(sessions, id_encryption_key=KEY)
    found = {}
    for key, when, text, extra in CASES:
        filed = repo.file_case(CaseInput(filing_key=key, issue_text=text, channel="rest", **extra), now=when)
        found[key] = filed.case.case_number
    return found


def keys(page, numbers) -> list[str]:
    by_number = {v: k for k, v in numbers.items()}
    return [by_number[item.case_number] for item in page.items]


def search(sessions, numbers, **kw) -> list[str]:
    sort = kw.pop("sort", "filed_asc")
    return keys(search_cases(sessions, CaseFilter(**kw), sort=sort, today=TODAY, per_page=50), numbers)


def test_no_filter_lists_everything_newest_first(sessions, numbers):
    page = search_cases(sessions, CaseFilter(), today=TODAY)
    assert keys(page, numbers) == ["traditional", "deposit", "percent", "noise", "demolition", "wage"]
    assert page.total == 6 and page.pages == 1 and page.page == 1
    assert page.counts_by_status["待受理"] == 6 and page.counts_by_status["已办结"] == 0


def test_list_items_carry_what_the_table_shows(sessions, numbers):
    items = {i.case_number: i for i in search_cases(sessions, CaseFilter(), today=TODAY).items}
    wage = items[numbers["wage"]]
    assert wage.phone_masked == "138****5678" and wage.filed_on == date(2026, 1, 5)
    assert wage.due_on == date(2026, 1, 20) and wage.overdue  # 第22/23条: 15 days, long past on 2-10
    assert wage.snippet.startswith("我在建筑工地") and "😭" in wage.snippet
    demolition = items[numbers["demolition"]]
    assert demolition.urgent and demolition.collective and demolition.phone_masked == "020-****4321"
    assert items[numbers["noise"]].phone_masked is None and not items[numbers["noise"]].overdue
    assert not wage.reviewed and wage.tags == ()


def test_snippet_is_cut_at_60_characters(sessions):
    repo = CaseRepository(sessions, id_encryption_key=KEY)
    repo.file_case(CaseInput(filing_key="long", issue_text="噪音" * 50 + "\n\n结尾"), now=CASES[0][1])
    (item,) = search_cases(sessions, CaseFilter(), today=TODAY).items
    assert item.snippet == "噪音" * 30 + "…"


@pytest.mark.parametrize(
    "query, expected",
    [
        ("拖欠工资", ["wage"]),  # jieba: 拖欠 + 工资, in the other order in the text
        ("工资 拖欠", ["wage"]),
        ("工資", ["wage", "traditional"]),  # a traditional query also finds the simplified text
        ("拆迁补偿", ["demolition"]),
        ("噪音！！😀", ["noise"]),  # punctuation and emoji are not search words
        ("烧烤店的噪音", ["noise"]),
        ("物业", ["percent"]),  # in the text and the respondent
        ("天河区", ["demolition"]),  # the place
        ("劳务公司", ["wage"]),  # the respondent
        ("ABC", ["traditional"]),
        ("ａｂｃ", ["traditional"]),  # full-width, other case
        ("100%", ["percent"]),  # % is literal: 1000 does not match
        ("%", ["percent"]),
        ("_", []),
        ("押金 噪音", []),  # every word must occur
        ("补偿 不同意", ["demolition"]),
        ("   ", ["wage", "demolition", "noise", "percent", "deposit", "traditional"]),
    ],
)
def test_full_text_search(sessions, numbers, query, expected):
    assert search(sessions, numbers, text=query) == expected


def test_search_terms_drop_noise_and_escape_wildcards():
    assert search_terms("拖欠工资") == [("拖欠工资", "拖欠", "工资")]
    assert search_terms("小区的噪音！！😀") == [("小区",), ("噪音",)]
    assert search_terms("a_b") == [("a_b",)]
    assert search_terms("") == []
    assert escape_like("100%_a\\b") == "100\\%\\_a\\\\b"


def test_status_filter_and_counts_ignore_the_status_filter(sessions, numbers):
    case_actions.change_status(
        sessions, OFFICER, numbers["wage"], "已受理", now=datetime(2026, 1, 6, tzinfo=timezone.utc)
    )
    case_actions.change_status(
        sessions,
        OFFICER,
        numbers["noise"],
        "不予受理",
        "县信访局已受理、正在办理，又向市里提出同一事项（第19条第3款）",
        now=datetime(2026, 2, 2, tzinfo=timezone.utc),
    )
    page = search_cases(sessions, CaseFilter(status="已受理"), today=TODAY)
    assert keys(page, numbers) == ["wage"] and page.total == 1
    assert page.counts_by_status["已受理"] == 1 and page.counts_by_status["不予受理"] == 1
    assert page.counts_by_status["待受理"] == 4
    assert sum(page.counts_by_status.values()) == 6
    narrowed = search_cases(sessions, CaseFilter(status="待受理", category="城乡建设"), today=TODAY)
    assert narrowed.total == 2 and narrowed.counts_by_status["已受理"] == 0


def test_category_place_date_and_urgent_filters(sessions, numbers):
    assert search(sessions, numbers, category="劳动和社会保障") == ["wage", "traditional"]
    assert search(sessions, numbers, place_code="44") == ["wage", "demolition", "percent", "deposit"]
    assert search(sessions, numbers, place_code="4403") == ["wage", "percent", "deposit"]
    assert search(sessions, numbers, place_code="440305") == ["wage", "deposit"]
    assert search(sessions, numbers, place_code="4401") == ["demolition"]  # town code 440106010
    assert search(sessions, numbers, date_from=date(2026, 2, 1)) == [
        "noise",
        "percent",
        "deposit",
        "traditional",
    ]
    assert search(sessions, numbers, date_to=date(2026, 1, 10)) == ["wage", "demolition"]
    assert search(sessions, numbers, date_from=date(2026, 2, 3), date_to=date(2026, 2, 3)) == [
        "percent",
        "deposit",
    ]
    assert search(sessions, numbers, urgent=True) == ["demolition"]
    assert len(search(sessions, numbers, urgent=False)) == 5


@pytest.mark.parametrize("code", ["4", "44%", "abc", "4403051", "北京"])
def test_bad_place_code_is_refused(sessions, numbers, code):
    with pytest.raises(ValueError, match="地区代码"):
        search_cases(sessions, CaseFilter(place_code=code), today=TODAY)


def test_overdue_filter_uses_the_local_date(sessions, numbers):
    # filed 01-05 and 01-10: due 01-20 and 01-25; the rest are due in February
    assert search(sessions, numbers, overdue=True) == ["wage", "demolition"]
    assert search(sessions, numbers, overdue=False) == ["noise", "percent", "deposit", "traditional"]
    on_due_day = search_cases(sessions, CaseFilter(overdue=True), today=date(2026, 1, 25))
    assert keys(on_due_day, numbers) == ["wage"]
    case_actions.change_status(
        sessions,
        OFFICER,
        numbers["wage"],
        "已转送",
        "深圳市南山区人社局",
        now=datetime(2026, 1, 6, tzinfo=timezone.utc),
    )
    assert search(sessions, numbers, overdue=True) == ["demolition"]  # a transferred case has no deadline
    assert "wage" in search(sessions, numbers, overdue=False)


def test_tag_filter_and_tags_in_items(sessions, numbers):
    case_actions.add_tag(sessions, OFFICER, numbers["wage"], "欠薪")
    case_actions.add_tag(sessions, OFFICER, numbers["traditional"], "欠薪")
    case_actions.add_tag(sessions, OFFICER, numbers["traditional"], "春节前")
    assert search(sessions, numbers, tag="欠薪") == ["wage", "traditional"]
    assert search(sessions, numbers, tag="春节前") == ["traditional"]
    assert search(sessions, numbers, tag="没有的标签") == []
    items = {i.case_number: i for i in search_cases(sessions, CaseFilter(tag="欠薪"), today=TODAY).items}
    assert items[numbers["traditional"]].tags == ("春节前", "欠薪")


def test_combined_filters(sessions, numbers):
    case_actions.add_tag(sessions, OFFICER, numbers["wage"], "欠薪")
    assert search(
        sessions, numbers, text="工资", place_code="4403", overdue=True, tag="欠薪", category="劳动和社会保障"
    ) == ["wage"]
    assert search(sessions, numbers, text="工资", place_code="1101") == []
    assert search(sessions, numbers, text="物业", date_to=date(2026, 2, 1)) == []
    page = search_cases(sessions, CaseFilter(place_code="4403", text="不"), today=TODAY)
    assert page.total == 3 and page.counts_by_status["待受理"] == 3


def test_reviewed_flag_comes_from_transcript_reviews(sessions, numbers):
    with sessions.begin() as session:
        session.add(
            TranscriptReview(
                conversation_id="conv-wage",
                reviewed_by="li.officer",
                reviewed_at=datetime(2026, 2, 1, tzinfo=timezone.utc),
            )
        )
    items = {i.case_number: i for i in search_cases(sessions, CaseFilter(), today=TODAY).items}
    assert items[numbers["wage"]].reviewed
    assert not items[numbers["noise"]].reviewed and not items[numbers["deposit"]].reviewed
    assert get_case_detail(sessions, numbers["wage"], today=TODAY).transcript_reviewed
    assert not get_case_detail(sessions, numbers["noise"], today=TODAY).transcript_reviewed


def test_sorting(sessions, numbers):
    case_actions.change_status(
        sessions, OFFICER, numbers["deposit"], "已受理", now=datetime(2026, 2, 6, tzinfo=timezone.utc)
    )
    assert search(sessions, numbers, sort="filed_asc") == [
        "wage",
        "demolition",
        "noise",
        "percent",
        "deposit",
        "traditional",
    ]
    # due: wage 01-20, demolition 01-25, noise 02-16, percent 02-18, traditional 02-20, deposit 04-07
    assert search(sessions, numbers, sort="due_asc") == [
        "wage",
        "demolition",
        "noise",
        "percent",
        "traditional",
        "deposit",
    ]
    assert search(sessions, numbers, sort="updated_desc")[0] == "deposit"
    by_category = search(sessions, numbers, sort="category")
    assert len(by_category) == 6
    categories = [get_case_detail(sessions, numbers[k]).record.category for k in by_category]
    assert categories == sorted(categories)
    with pytest.raises(ValueError, match="排序"):
        search_cases(sessions, CaseFilter(), sort="name; DROP TABLE intake_cases")


def test_due_asc_puts_cases_without_deadline_last(sessions, numbers):
    case_actions.change_status(
        sessions,
        OFFICER,
        numbers["wage"],
        "不予受理",
        "复核后仍以同一事实和理由信访（第36条第3款）",
        now=datetime(2026, 1, 6, tzinfo=timezone.utc),
    )
    assert search(sessions, numbers, sort="due_asc")[-1] == "wage"


def test_paging(sessions, numbers):
    first = search_cases(sessions, CaseFilter(), sort="filed_asc", page=1, per_page=4, today=TODAY)
    second = search_cases(sessions, CaseFilter(), sort="filed_asc", page=2, per_page=4, today=TODAY)
    assert (first.total, first.pages, second.total, second.pages) == (6, 2, 6, 2)
    assert keys(first, numbers) == ["wage", "demolition", "noise", "percent"]
    assert keys(second, numbers) == ["deposit", "traditional"]
    beyond = search_cases(sessions, CaseFilter(), page=3, per_page=4, today=TODAY)
    assert beyond.items == [] and beyond.total == 6
    clamped = search_cases(sessions, CaseFilter(), page=0, per_page=10_000, today=TODAY)
    assert clamped.page == 1 and clamped.per_page == 200 and len(clamped.items) == 6


def test_empty_database(sessions):
    page = search_cases(sessions, CaseFilter(text="欠薪"), today=TODAY)
    assert page.items == [] and page.total == 0 and page.pages == 1
    assert place_choices(sessions) == []


def test_case_detail(sessions, numbers):
    case_actions.change_status(
        sessions,
        OFFICER,
        numbers["wage"],
        "已受理",
        "材料齐全",
        now=datetime(2026, 1, 10, 3, tzinfo=timezone.utc),
    )
    case_actions.add_note(
        sessions,
        OFFICER,
        numbers["wage"],
        "已电话联系信访人，约下周面谈",
        now=datetime(2026, 1, 11, tzinfo=timezone.utc),
    )
    case_actions.add_tag(sessions, OFFICER, numbers["wage"], "欠薪")
    detail = get_case_detail(sessions, numbers["wage"].lower(), today=date(2026, 3, 12))
    assert detail.record.case_number == numbers["wage"]
    assert [h.to_status for h in detail.history] == ["待受理", "已受理"]
    assert detail.history[-1].actor == "li.officer" and detail.history[-1].note == "材料齐全"
    assert [n.text for n in detail.notes] == ["已电话联系信访人，约下周面谈"]
    assert detail.tags == ["欠薪"]
    assert detail.due.on == date(2026, 3, 11) and detail.overdue and "已超期1天" in detail.due.label
    assert detail.next_statuses == ("办理中",)
    assert detail.phone_masked == "138****5678" and detail.id_number_masked is None
    assert get_case_detail(sessions, "XF20990101-0001") is None


def test_place_choices_name_every_level(sessions, numbers):
    choices = {c.code: c for c in place_choices(sessions)}
    assert list(choices) == sorted(choices)
    assert set(choices) == {"11", "1101", "110105", "44", "4401", "440106", "4403", "440304", "440305"}
    assert (choices["44"].name, choices["44"].level, choices["44"].parent_code) == (
        "广东省",
        "province",
        None,
    )
    assert (choices["4403"].name, choices["4403"].level, choices["4403"].parent_code) == (
        "深圳市",
        "city",
        "44",
    )
    assert (choices["440305"].name, choices["440305"].level) == ("南山区", "county")
    assert choices["1101"].name == "北京市"  # 市辖区 is shown as the municipality
    assert choices["440106"].name == "天河区"
