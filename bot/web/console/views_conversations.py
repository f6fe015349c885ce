"""Conversations that ended without a case (abandoned intakes), and the chat view shared with case pages."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import quote, urlencode

import aiohttp_jinja2
from aiohttp import web

from bot.cases.numbers import local_zone
from bot.parsing.masking import mask_personal_numbers
from bot.staff import conversation_actions, conversations, transcripts
from bot.staff.audit import record
from bot.web.console.db import run_db, staff_db
from bot.web.console.middleware import require_update, see_other

PER_PAGE = 25
ISSUE_TEXT_MAX = 4000
LOW_CONFIDENCE = 0.6  # same bar as a "sure" category
SLOT_LABELS: dict[str, str] = {  # the transcript's own labels, so both parts of the page agree
    **transcripts.SLOT_LABELS,
    "category_confidence": "类别置信度",
    "location_code": "地点代码",
    "urgent": "紧急",
    "case_number": "事项编号",
}


@dataclass(frozen=True)
class ChatLine:
    side: str  # user | bot | event
    text: str  # phones and ID numbers masked unless kept
    time: str  # local time; the date too on the first line of each day
    intent: str | None
    confidence: str | None  # "0.93"
    low_confidence: bool
    buttons: tuple[str, ...]


def mask_keeping(text: str, keep: Sequence[str] = ()) -> str:
    """Mask phones/IDs in `text`, except the values just revealed (shown for this response only)."""
    for i, value in enumerate(keep):
        if value and value in text:
            rest = keep[i + 1 :]
            return value.join(mask_keeping(part, rest) for part in text.split(value))
    return mask_personal_numbers(text) if text else text


def local_time(moment: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return moment.astimezone(local_zone()).strftime(fmt) if moment else ""


def chat_lines(turns: Iterable, keep: Sequence[str] = ()) -> list[ChatLine]:
    lines: list[ChatLine] = []
    last_day: date | None = None
    for turn in turns:
        moment = turn.at.astimezone(local_zone()) if turn.at else None
        day = moment.date() if moment else None
        stamp = moment.strftime("%H:%M:%S") if moment else ""
        if day and day != last_day:
            stamp = moment.strftime("%Y-%m-%d %H:%M:%S")
            last_day = day
        confidence = turn.confidence if turn.speaker == "user" else None
        lines.append(
            ChatLine(
                side=turn.speaker if turn.speaker in ("user", "bot") else "event",
                text=mask_keeping(turn.text or turn.detail or "", keep),
                time=stamp,
                intent=turn.intent if turn.speaker == "user" else None,
                confidence=f"{confidence:.2f}" if confidence is not None else None,
                low_confidence=confidence is not None and confidence < LOW_CONFIDENCE,
                buttons=tuple(mask_keeping(b, keep) for b in turn.buttons or ()),
            )
        )
    return lines


def conversation_url(conversation_id: str) -> str:
    return "/staff/conversations/" + quote(conversation_id, safe="")


def _reviewed_value(text: str) -> bool | None:
    return {"1": True, "0": False}.get(text)


async def conversations_page(request: web.Request) -> web.Response:
    db = staff_db(request)
    reviewed = (request.query.get("reviewed") or "").strip()
    page_text = request.query.get("page") or "1"
    page = int(page_text) if page_text.isdigit() and 0 < int(page_text) < 100_000 else 1
    result = await run_db(
        request, conversations.list_abandoned, db.engine, db.sessions,
        reviewed=_reviewed_value(reviewed), page=page, per_page=PER_PAGE,
    )  # fmt: skip
    pages = max(1, -(-result.total // PER_PAGE))

    def page_url(n: int) -> str:
        params = {k: v for k, v in (("reviewed", reviewed), ("page", str(n))) if v and v != "1"}
        return "/staff/conversations" + ("?" + urlencode(params) if params else "")

    context = {
        "result": result,
        "items": [(item, conversation_url(item.conversation_id)) for item in result.items],
        "reviewed": reviewed if reviewed in ("0", "1") else "",
        "page": page,
        "pages": pages,
        "page_url": page_url,
        "first_text": lambda text: mask_keeping((text or "")[:80]),
        "local_time": local_time,
        "slot_labels": SLOT_LABELS,
    }
    return aiohttp_jinja2.render_template("staff/conversations.html", request, context)


def _load_conversation(db, conversation_id: str, actor: str, ip: str | None, viewed: bool):
    turns = transcripts.read_transcript(db.engine, conversation_id)
    if not turns:
        return None
    slots = conversation_slots(db, conversation_id)
    reviewed = conversation_actions.is_reviewed(db.sessions, conversation_id)
    if viewed:
        with db.sessions.begin() as session:
            record(session, actor=actor, action="conversation.view", target_type="conversation",
                   target_id=conversation_id, ip=ip)  # fmt: skip
    return turns, slots, reviewed


def conversation_slots(db, conversation_id: str) -> dict:
    """The slots the bot collected, secrets hidden and the phone masked (as the list shows them)."""
    return conversations.shown_slots(conversations.conversation_slots(db.engine, conversation_id))


async def render_conversation(
    request: web.Request, conversation_id: str, *, error: str | None = None, issue_text: str | None = None,
    status: int = 200, viewed: bool = False,
) -> web.Response:  # fmt: skip
    db = staff_db(request)
    user = request["staff_user"]
    loaded = await run_db(
        request, _load_conversation, db, conversation_id, user.username, request.remote, viewed
    )
    if loaded is None:
        raise web.HTTPNotFound(text="没有这段对话")
    turns, slots, reviewed = loaded
    if issue_text is None:
        issue_text = slots.get("issue_text") or next((t.text for t in turns if t.speaker == "user"), "")
    context = {
        "conversation_id": conversation_id,
        "url": conversation_url(conversation_id),
        "chat": chat_lines(turns),
        "slots": [(name, mask_keeping(str(value))) for name, value in sorted(slots.items()) if value],
        "reviewed": reviewed,
        "form_error": error,
        "issue_text": issue_text or "",
        "slot_labels": SLOT_LABELS,
    }
    return aiohttp_jinja2.render_template("staff/conversation.html", request, context, status=status)


async def conversation_page(request: web.Request) -> web.Response:
    return await render_conversation(request, request.match_info["conversation_id"], viewed=True)


async def file_case(request: web.Request) -> web.Response:
    user = require_update(request)
    conversation_id = request.match_info["conversation_id"]
    form = await request.post()
    issue_text = str(form.get("issue_text") or "").strip()[:ISSUE_TEXT_MAX]
    db = staff_db(request)
    try:
        filed = await run_db(
            request, conversation_actions.file_case_from_conversation, db.engine, db.sessions, db.repo, user,
            conversation_id, issue_text=issue_text or None, ip=request.remote,
        )  # fmt: skip
    except ValueError as error:
        return await render_conversation(
            request, conversation_id, error=str(error), issue_text=issue_text, status=400
        )
    number = filed.case.case_number
    message = f"已登记为事项 {number}" if filed.created else f"这段对话已登记过：{number}"
    raise see_other("/staff/cases/" + quote(number, safe=""), message)


async def review(request: web.Request) -> web.Response:
    user = require_update(request)
    conversation_id = request.match_info["conversation_id"]
    form = await request.post()
    reviewed = str(form.get("reviewed") or "1") != "0"
    db = staff_db(request)
    await run_db(
        request, conversation_actions.mark_reviewed, db.sessions, user, conversation_id,
        reviewed=reviewed, note=str(form.get("note") or "").strip() or None, ip=request.remote,
    )  # fmt: skip
    message = "对话已标记为已审阅" if reviewed else "已取消审阅标记"
    raise see_other(conversation_url(conversation_id), message)


def add_routes(app: web.Application) -> None:
    app.router.add_get("/staff/conversations", conversations_page, name="staff_conversations")
    app.router.add_get("/staff/conversations/{conversation_id}", conversation_page, name="staff_conversation")
    app.router.add_post(
        "/staff/conversations/{conversation_id}/file", file_case, name="staff_conversation_file"
    )
    app.router.add_post(
        "/staff/conversations/{conversation_id}/review", review, name="staff_conversation_review"
    )
