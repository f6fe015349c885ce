"""Case and conversation pages of the staff console, through the real app on a real SQLite file."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import pytest_asyncio
from aiohttp.test_utils import TestClient, TestServer
from cryptography.fernet import Fernet
from sqlalchemy import select

from bot.cases import CaseInput, CaseRepository, create_schema, make_engine, session_factory
from bot.ops.settings import get_settings
from bot.staff.accounts import create_account
from bot.staff.models import AuditEntry
from bot.staff.sessions import SESSION_COOKIE, create_session
from bot.staff.transcripts import EVENTS
from bot.web.app import WebConfig, create_app
from bot.web.console.views_cases import parse_list_query, place_options
from bot.web.console.views_conversations import mask_keeping

PASSWORD = "受理-Test-2026!"
XSS = "<script>alert(1)</script>"
STORY_WAGES = "我在广州市天河区石牌街道的装修公司上班，老板拖欠我们三个月工资，电话１３８００１３８０００"
STORY_NOISE = f"{XSS}楼下烧烤店油烟太大，晚上吵得睡不着😡"
STORY_FEES = "小区物业亂收費，停車費一年漲了兩次，投訴XX物業没人理"


@dataclass
class World:
    url: str
    sessions: object
    repo: CaseRepository
    engine: object

    def audit(self, action: str) -> list[AuditEntry]:
        with self.sessions() as session:
            return list(session.execute(select(AuditEntry).where(AuditEntry.action == action)).scalars())

    def add_events(self, sender: str, events: list[tuple[str, dict]], start: datetime) -> None:
        with self.engine.begin() as conn:
            for i, (type_name, data) in enumerate(events):
                stamp = (start + timedelta(seconds=10 * i)).timestamp()
                data = {"event": type_name, "timestamp": stamp, **data}
                intent = ((data.get("parse_data") or {}).get("intent") or {}).get("name")
                conn.execute(
                    EVENTS.insert().values(
                        sender_id=sender, type_name=type_name, timestamp=stamp, intent_name=intent,
                        data=json.dumps(data, ensure_ascii=False),
                    )
                )  # fmt: skip


def user_event(text: str, intent: str = "report_issue", confidence: float = 0.91) -> tuple[str, dict]:
    parse = {"intent": {"name": intent, "confidence": confidence}, "text": text}
    return "user", {"text": text, "parse_data": parse, "input_channel": "rest"}


def bot_event(text: str, buttons: list[dict] | None = None) -> tuple[str, dict]:
    return "bot", {"text": text, "data": {"buttons": buttons} if buttons else {}}


def slot_event(name: str, value) -> tuple[str, dict]:
    return "slot", {"name": name, "value": value}


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    url = f"sqlite:///{tmp_path / 'staff.db'}"
    monkeypatch.setenv("STAFF_COOKIE_SECURE", "false")
    monkeypatch.setenv("ID_ENCRYPTION_KEY", Fernet.generate_key().decode())
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    engine = make_engine(url)
    create_schema(engine)
    EVENTS.create(engine)  # Rasa's tracker table, as the SQL tracker store makes it
    sessions = session_factory(engine)
    yield World(url, sessions, CaseRepository(sessions), engine)
    engine.dispose()
    get_settings.cache_clear()


class Staff:
    """A signed-in browser: the session cookie and the CSRF token of its session."""

    def __init__(self, client: TestClient, token: str, csrf: str) -> None:
        self.client, self.token, self.csrf = client, token, csrf

    async def get(self, path: str, **kw):
        return await self.client.get(path, headers={"Cookie": f"{SESSION_COOKIE}={self.token}"}, **kw)

    async def post(self, path: str, data: dict | None = None, *, csrf: bool = True):
        form = {**(data or {}), **({"csrf_token": self.csrf} if csrf else {})}
        headers = {"Cookie": f"{SESSION_COOKIE}={self.token}"}
        return await self.client.post(path, data=form, headers=headers, allow_redirects=False)


@pytest_asyncio.fixture
async def client(world: World):
    app = create_app(WebConfig(database_url=world.url, rasa_url="http://127.0.0.1:5005"))
    test_client = TestClient(TestServer(app))
    await test_client.start_server()
    yield test_client
    await test_client.close()


def login(world: World, client: TestClient, name: str, role: str) -> Staff:
    user = create_account(world.sessions, name, PASSWORD, role, display_name=f"{name}同志")
    new = create_session(world.sessions, user)
    return Staff(client, new.token, new.csrf_token)


@pytest.fixture
def officer(world: World, client: TestClient) -> Staff:
    return login(world, client, "zhangwei", "officer")


@pytest.fixture
def viewer(world: World, client: TestClient) -> Staff:
    return login(world, client, "liuyang", "viewer")


def file(world: World, key: str, text: str, **fields) -> str:
    data = CaseInput(filing_key=key, issue_text=text, channel="rest", **fields)
    return world.repo.file_case(data).case.case_number


@pytest.fixture
def cases(world: World) -> dict[str, str]:
    start = datetime.now(timezone.utc) - timedelta(hours=1)
    world.add_events(
        "conv-wages",
        [
            bot_event("您好，请说说遇到了什么事？"),
            user_event(STORY_WAGES, confidence=0.93),
            bot_event("有没有打官司或申请仲裁？", [{"title": "没有", "payload": "/deny"}]),
            user_event("/deny", intent="deny", confidence=0.42),
            user_event(f"我身份证110105199003071234，再说一遍{XSS}"),
        ],
        start,
    )
    return {
        "wages": file(world, "k-wages", STORY_WAGES, conversation_id="conv-wages", category="劳动和社会保障",
                      location="广东省广州市天河区石牌街道", location_code="440106011", phone="13800138000",
                      id_number="11010519491231002X", petitioner_name="王建国", people_count=12,
                      address="广州市天河区石牌街道石牌东路100号5栋602", route="labour_inspection"),
        "noise": file(world, "k-noise", STORY_NOISE, category="环境保护", location="北京市朝阳区",
                      location_code="110105", phone="13912345678", urgent=True),
        "fees": file(world, "k-fees", STORY_FEES, category="城乡建设", location="广东省深圳市南山区",
                     location_code="440305", phone="020-87654321"),
    }  # fmt: skip


# -- pure helpers ---------------------------------------------------------------------------------


def test_list_query_drops_bad_values_with_a_message() -> None:
    query = parse_list_query(
        {"status": "已受理", "category": "不存在", "place": "44<b>", "date_from": "2026-13-01",
         "date_to": "2026-11-30", "urgent": "1", "q": "  拖欠工资 ", "sort": "evil", "page": "-3"}
    )  # fmt: skip
    assert query.filter.status == "已受理"
    assert query.filter.category is None and query.filter.place_code is None
    assert query.filter.date_from is None and str(query.filter.date_to) == "2026-11-30"
    assert query.filter.urgent is True and query.filter.overdue is None
    assert query.filter.text == "拖欠工资"
    assert query.sort == "filed_desc" and query.page == 1
    assert any("开始日期" in e for e in query.errors)
    link = urlsplit(query.url(page=2))
    assert link.path == "/staff/cases"
    assert parse_qs(link.query) == {
        "status": ["已受理"],
        "date_from": ["2026-13-01"],  # kept to correct
        "date_to": ["2026-11-30"],
        "urgent": ["1"],
        "q": ["拖欠工资"],
        "page": ["2"],
    }
    assert query.url(page=1, status="") == query.url(path="/staff/cases", status=None).replace("None", "")


def test_list_query_swaps_reversed_dates() -> None:
    query = parse_list_query({"date_from": "2026-11-30", "date_to": "2026-11-01"})
    assert str(query.filter.date_from) == "2026-11-01" and str(query.filter.date_to) == "2026-11-30"
    assert query.errors == ["开始日期晚于结束日期，已对调"]


def test_place_options_are_a_tree_in_one_select() -> None:
    from bot.staff.case_views import PlaceChoice

    choices = [
        PlaceChoice("440106", "天河区", "county", "4401"),
        PlaceChoice("44", "广东省", "province", None),
        PlaceChoice("4401", "广州市", "city", "44"),
    ]
    assert place_options(choices) == [
        ("44", "广东省"),
        ("4401", "\u3000广州市"),
        ("440106", "\u3000\u3000天河区"),
    ]


def test_mask_keeping_shows_only_the_revealed_number() -> None:
    text = "电话13800138000，身份证110105194912310029"
    masked = mask_keeping(text)
    assert "13800138000" not in masked and "110105194912310029" not in masked
    kept = mask_keeping(text, ("13800138000",))
    assert "13800138000" in kept and "110105194912310029" not in kept


# -- the list -------------------------------------------------------------------------------------


async def test_pages_need_a_session(client: TestClient) -> None:
    response = await client.get("/staff/cases?status=待受理", allow_redirects=False)
    assert response.status == 302
    assert response.headers["Location"].startswith("/staff/login?next=")


async def test_list_filters_by_category_text_place_and_urgent(officer: Staff, cases: dict) -> None:
    page = await (await officer.get("/staff/cases")).text()
    assert all(number in page for number in cases.values())
    assert '全部 <span class="badge">3</span>' in page

    only = await (await officer.get("/staff/cases", params={"category": "劳动和社会保障"})).text()
    assert cases["wages"] in only and cases["noise"] not in only and cases["fees"] not in only

    found = await (await officer.get("/staff/cases", params={"q": "拖欠工资"})).text()
    assert cases["wages"] in found and cases["fees"] not in found

    guangdong = await (await officer.get("/staff/cases", params={"place": "44"})).text()
    assert cases["wages"] in guangdong and cases["fees"] in guangdong and cases["noise"] not in guangdong
    assert "\u3000广州市" in guangdong  # the place cascade in one select

    urgent = await (await officer.get("/staff/cases", params={"urgent": "1"})).text()
    assert cases["noise"] in urgent and cases["wages"] not in urgent

    bad = await officer.get("/staff/cases", params={"date_from": "昨天"})
    assert bad.status == 200 and "开始日期格式不对" in await bad.text()


async def test_list_sorts_and_pages(officer: Staff, world: World, cases: dict) -> None:
    oldest_first = await (await officer.get("/staff/cases", params={"sort": "filed_asc"})).text()
    assert oldest_first.index(cases["wages"]) < oldest_first.index(cases["fees"])
    newest_first = await (await officer.get("/staff/cases")).text()
    assert newest_first.index(cases["fees"]) < newest_first.index(cases["wages"])
    for i in range(25):
        file(world, f"k-more-{i}", f"第{i}件：路灯坏了没人修", category="城乡建设")
    first = await (await officer.get("/staff/cases")).text()
    assert "第 1/2 页" in first and 'rel="next"' in first
    second = await (await officer.get("/staff/cases", params={"page": "2"})).text()
    assert second.count('<tr class="') == 3  # 28 cases, 25 a page


async def test_citizen_markup_is_shown_as_text(officer: Staff, cases: dict) -> None:
    listing = await (await officer.get("/staff/cases")).text()
    assert XSS not in listing and "&lt;script&gt;alert(1)&lt;/script&gt;" in listing
    case = await (await officer.get(f"/staff/cases/{cases['noise']}")).text()
    assert XSS not in case and "&lt;script&gt;alert(1)&lt;/script&gt;楼下烧烤店" in case
    transcript = await (await officer.get(f"/staff/cases/{cases['wages']}")).text()
    assert XSS not in transcript and "再说一遍&lt;script&gt;" in transcript


# -- one case -------------------------------------------------------------------------------------


async def test_case_page_shows_fields_transcript_and_masks(officer: Staff, world: World, cases: dict) -> None:
    response = await officer.get(f"/staff/cases/{cases['wages']}")
    page = await response.text()
    assert response.status == 200
    for shown in (
        "劳动和社会保障",
        "广东省广州市天河区石牌街道",
        "王建国",
        "138****8000",
        "待受理",
        "第22条",
    ):
        assert shown in page, shown
    assert "13800138000" not in page and "１３８００１３８０００" not in page
    assert "110105199003071234" not in page  # an ID number typed in the chat is masked too
    assert 'class="chat-line chat-user"' in page and 'class="chat-line chat-bot"' in page
    assert "意图 report_issue · 置信度 0.93" in page
    assert 'class="chat-intent low"' in page  # the 0.42 button press
    assert "标记对话已审阅" in page and 'id="status-form"' in page
    assert [e.target_id for e in world.audit("case.view")] == [cases["wages"]]


async def test_unknown_case_is_404(officer: Staff) -> None:
    assert (await officer.get("/staff/cases/XF20260101-9999")).status == 404


async def test_reveal_shows_the_number_once_and_is_audited(officer: Staff, world: World, cases: dict) -> None:
    url = f"/staff/cases/{cases['wages']}"
    response = await officer.post(url + "/reveal", {"field": "phone"})
    page = await response.text()
    assert response.status == 200 and '<span class="revealed" id="phone-clear">13800138000</span>' in page
    [entry] = world.audit("case.reveal_phone")
    assert entry.actor == "zhangwei" and entry.target_id == cases["wages"]
    again = await (await officer.get(url)).text()
    assert "13800138000" not in again and "138****8000" in again

    shown_id = await (await officer.post(url + "/reveal", {"field": "id_number"})).text()
    assert "11010519491231002X" in shown_id and len(world.audit("case.reveal_id")) == 1


async def test_address_shows_only_the_county_until_revealed(
    officer: Staff, world: World, cases: dict
) -> None:
    url = f"/staff/cases/{cases['wages']}"
    page = await (await officer.get(url)).text()
    assert '<span id="address-masked">广东省广州市天河区****</span>' in page and "石牌东路" not in page
    shown = await (await officer.post(url + "/reveal", {"field": "address"})).text()
    assert '<span class="revealed" id="address-clear">广州市天河区石牌街道石牌东路100号5栋602</span>' in shown
    [entry] = world.audit("case.reveal_address")
    assert entry.actor == "zhangwei" and entry.target_id == cases["wages"]
    assert "石牌东路" not in await (await officer.get(url)).text()
    no_address = await (await officer.get(f"/staff/cases/{cases['noise']}")).text()
    assert "不寄书面受理告知" in no_address and 'id="address-masked"' not in no_address
    export = await (await officer.get("/staff/cases.csv")).text()
    assert "广东省广州市天河区****" in export and "石牌东路" not in export


async def test_viewer_sees_no_forms_and_may_not_post(viewer: Staff, world: World, cases: dict) -> None:
    url = f"/staff/cases/{cases['wages']}"
    page = await (await viewer.get(url)).text()
    assert "只读账号" in page
    for form in ('id="status-form"', 'id="edit-form"', 'id="note-form"', "/reveal", "标记对话已审阅"):
        assert form not in page, form
    for action, data in (("status", {"to_status": "已受理"}), ("reveal", {"field": "phone"}),
                         ("reveal", {"field": "address"}),
                         ("note", {"text": "看过了"}), ("review", {})):  # fmt: skip
        response = await viewer.post(f"{url}/{action}", data)
        assert response.status == 403, action
    assert world.audit("case.reveal_phone") == [] and world.audit("case.status") == []
    assert world.repo.get_by_number(cases["wages"]).status == "待受理"


async def test_post_without_csrf_is_refused(officer: Staff, world: World, cases: dict) -> None:
    response = await officer.post(
        f"/staff/cases/{cases['wages']}/status", {"to_status": "已受理"}, csrf=False
    )
    assert response.status == 403
    assert world.repo.get_by_number(cases["wages"]).status == "待受理"


STORY_DITCH = "镇里修路把我家门前的排水沟填了，一下雨院子就淹，找了镇政府三次都说再研究"


async def test_status_moves_with_reason_and_deadlines(officer: Staff, world: World, cases: dict) -> None:
    number = file(world, "k-ditch", STORY_DITCH, category="城乡建设", route="petition")
    url = f"/staff/cases/{number}"
    refused = await officer.post(url + "/status", {"to_status": "不予受理", "reason": ""})
    body = await refused.text()
    assert refused.status == 400 and 'class="form-error"' in body
    assert world.repo.get_by_number(number).status == "待受理"

    moved = await officer.post(url + "/status", {"to_status": "已受理", "reason": "材料齐全"})
    assert moved.status == 303 and moved.headers["Location"] == url
    record = world.repo.get_by_number(number)
    assert record.status == "已受理" and (record.due_on - record.accepted_on).days == 60
    page = await (await officer.get(url)).text()
    assert "第34条" in page and str(record.due_on) in page and "材料齐全" in page
    [entry] = world.audit("case.status")
    assert entry.reason == "材料齐全" or "材料齐全" in (entry.after or "")

    await officer.post(url + "/status", {"to_status": "办理中"})
    assert world.repo.get_by_number(number).status == "办理中"


async def test_a_wage_case_led_into_labour_inspection_shows_no_60_day_date(
    officer: Staff, world: World, cases: dict
) -> None:
    url = f"/staff/cases/{cases['wages']}"
    await officer.post(url + "/status", {"to_status": "已受理", "reason": "材料齐全"})
    record = world.repo.get_by_number(cases["wages"])
    assert record.status == "已受理" and record.due_on is None and record.handling_deadline is None
    page = await (await officer.get(url)).text()
    assert "按导入的法定程序办理：劳动保障监察投诉" in page and "第31条" in page
    assert "办结并出具信访处理意见书：" not in page and 'id="extend-form"' not in page
    refused = await officer.post(url + "/extend", {"days": "10", "reason": "需要现场核查"})
    assert refused.status == 400  # the form is not offered; a forged post changes nothing
    assert world.repo.get_by_number(cases["wages"]).extension_days is None


async def test_extension_over_thirty_days_keeps_what_was_typed(
    officer: Staff, world: World, cases: dict
) -> None:
    number = file(world, "k-ditch", STORY_DITCH, category="城乡建设", route="petition")
    url = f"/staff/cases/{number}"
    await officer.post(url + "/status", {"to_status": "已受理"})
    too_long = await officer.post(url + "/extend", {"days": "45", "reason": "需要现场核查三家单位"})
    body = await too_long.text()
    assert too_long.status == 400 and "需要现场核查三家单位" in body and 'value="45"' in body
    ok = await officer.post(url + "/extend", {"days": "30", "reason": "需要现场核查"})
    assert ok.status == 303
    assert world.repo.get_by_number(number).extension_days == 30


async def test_edit_needs_a_reason_and_corrects_the_category(
    officer: Staff, world: World, cases: dict
) -> None:
    url = f"/staff/cases/{cases['fees']}"
    no_reason = await officer.post(url + "/edit", {"category": "商贸旅游", "reason": ""})
    assert no_reason.status == 400 and "理由" in await no_reason.text()
    nothing = await officer.post(url + "/edit", {"category": "城乡建设", "reason": "核对"})
    assert nothing.status == 400 and "没有改动" in await nothing.text()
    done = await officer.post(url + "/edit", {"category": "商贸旅游", "place_text": "广东省深圳市南山区",
                                              "reason": "停车费属于价格问题"})  # fmt: skip
    assert done.status == 303
    assert world.repo.get_by_number(cases["fees"]).category == "商贸旅游"
    [entry] = world.audit("case.edit")
    assert "城乡建设" in entry.before and "商贸旅游" in entry.after


async def test_notes_tags_and_review(officer: Staff, world: World, cases: dict) -> None:
    url = f"/staff/cases/{cases['wages']}"
    assert (await officer.post(url + "/note", {"text": f"已电话联系 {XSS}"})).status == 303
    assert (await officer.post(url + "/tag", {"tag": "欠薪"})).status == 303
    assert (await officer.post(url + "/review")).status == 303
    page = await (await officer.get(url)).text()
    assert "已电话联系 &lt;script&gt;" in page and '<span class="tag">欠薪</span>' in page
    assert "标记对话已审阅" not in page and "已审阅" in page
    tagged = await (await officer.get("/staff/cases", params={"tag": "欠薪"})).text()
    assert cases["wages"] in tagged and cases["fees"] not in tagged
    assert (await officer.post(url + "/untag", {"tag": "欠薪"})).status == 303
    assert '<span class="tag">欠薪</span>' not in await (await officer.get(url)).text()
    assert len(world.audit("conversation.review")) == 1


async def test_flash_message_after_redirect(officer: Staff, cases: dict) -> None:
    response = await officer.post(f"/staff/cases/{cases['fees']}/note", {"text": "先核实"})
    assert response.status == 303 and "staff_flash" in response.cookies


async def test_csv_export_uses_the_filters_and_is_audited(officer: Staff, world: World, cases: dict) -> None:
    response = await officer.get("/staff/cases.csv", params={"place": "44", "sort": "filed_asc"})
    assert response.status == 200 and response.content_type == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    body = (await response.read()).decode("utf-8")
    assert body.startswith("\ufeff")
    assert cases["wages"] in body and cases["fees"] in body and cases["noise"] not in body
    assert "13800138000" not in body and "138****8000" in body
    [entry] = world.audit("export.cases_csv")
    assert json.loads(entry.after)["rows"] == 2


# -- abandoned conversations ----------------------------------------------------------------------


@pytest.fixture
def abandoned(world: World) -> str:
    start = datetime.now(timezone.utc) - timedelta(hours=3)
    world.add_events(
        "conv-left",
        [
            bot_event("您好，请说说遇到了什么事？"),
            user_event(f"村里修路占了我家的地{XSS}，没有给补偿，我电话13912345678"),
            slot_event("issue_text", "村里修路占了我家的地，没有给补偿"),
            slot_event("location", "广东省广州市从化区"),
            slot_event("phone", "13912345678"),
            bot_event("这件事是在哪里发生的？"),
        ],
        start,
    )
    return "conv-left"


async def test_abandoned_conversation_listed_and_filed(officer: Staff, world: World, abandoned: str) -> None:
    listing = await (await officer.get("/staff/conversations")).text()
    assert "/staff/conversations/conv-left" in listing and XSS not in listing
    assert "13912345678" not in listing

    page = await (await officer.get("/staff/conversations/conv-left")).text()
    assert "广东省广州市从化区" in page and "139****5678" in page and "13912345678" not in page
    assert "&lt;script&gt;" in page and XSS not in page and 'id="file-form"' in page

    filed = await officer.post(
        "/staff/conversations/conv-left/file", {"issue_text": "修路占地没有补偿（工作人员整理）"}
    )
    assert filed.status == 303
    number = filed.headers["Location"].rsplit("/", 1)[1]
    record = world.repo.get_by_number(number)
    assert record.issue_text == "修路占地没有补偿（工作人员整理）" and record.conversation_id == "conv-left"
    again = await officer.post("/staff/conversations/conv-left/file", {"issue_text": "再登记一次"})
    assert again.status == 400 and number in await again.text() and "再登记一次" in await again.text()
    assert len(world.audit("conversation.file_case")) == 1


async def test_review_conversation_and_filter(
    officer: Staff, viewer: Staff, world: World, abandoned: str
) -> None:
    assert (await viewer.post("/staff/conversations/conv-left/review")).status == 403
    assert (await officer.post("/staff/conversations/conv-left/review")).status == 303
    unreviewed = await (await officer.get("/staff/conversations", params={"reviewed": "0"})).text()
    reviewed = await (await officer.get("/staff/conversations", params={"reviewed": "1"})).text()
    assert "conv-left" not in unreviewed and "conv-left" in reviewed
    assert re.search(r"已审阅", await (await officer.get("/staff/conversations/conv-left")).text())


async def test_overdue_cases_are_highlighted_and_filtered(officer: Staff, world: World, cases: dict) -> None:
    late = world.repo.file_case(
        CaseInput(filing_key="k-late", issue_text="去年的噪音投诉，一直没人回复", category="环境保护"),
        now=datetime.now(timezone.utc) - timedelta(days=40),
    ).case.case_number
    page = await (await officer.get("/staff/cases")).text()
    row = re.search(rf'<tr class="([^"]*)">\s*<td><a href="/staff/cases/{late}"', page)
    assert row and "overdue" in row.group(1)
    assert page.count('<strong class="overdue-label">已超期</strong>') == 1
    overdue = await (await officer.get("/staff/cases", params={"overdue": "1"})).text()
    assert late in overdue and cases["wages"] not in overdue
    case = await (await officer.get(f"/staff/cases/{late}")).text()
    assert 'class="due-box overdue"' in case and "已超期" in case


async def test_filter_form_offers_the_17_categories_and_every_status(officer: Staff) -> None:
    page = await (await officer.get("/staff/cases")).text()
    form = page.split('name="category"')[1].split("</select>")[0]
    assert form.count("<option") == 18  # 全部 + 17 classes
    assert "劳动和社会保障" in form and "组织人事" in form and "其他" in form
    assert len(re.findall(r'class="status-tab[ "]', page)) == 12  # 全部 + 11 statuses (登记作废 too)
