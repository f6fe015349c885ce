"""ID numbers a citizen types are masked in the stored conversation; the live turn keeps them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered

from bot.parsing.masking import mask_id_numbers
from bot.rasa_plugins.event_privacy import stored_event
from bot.rasa_plugins.tracker_store import DatabaseUrlTrackerStore, event_row

ID = "11010519491231002X"  # the standard's own example, valid check character
MASKED = "110105********002X"
DOMAIN = Domain.from_yaml(
    "version: '3.1'\nslots:\n"
    "  issue_text:\n    type: text\n    mappings: []\n"
    "  id_number:\n    type: text\n    mappings: []\n"
    "  id_number_encrypted:\n    type: text\n    mappings: []\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"身份证{ID}", f"身份证{MASKED}"),
        ("身份证号１１０１０５１９４９１２３１００２ｘ😊", f"身份证号{MASKED}😊"),  # full width, lower-case x
        ("110105 19491231 002X，电话13800138000", f"{MASKED}，电话13800138000"),  # phones stay
        ("一一〇一〇五一九四九一二三一〇〇二X", MASKED),  # voice input
        ("欠了我们8万元，2025年1月到现在", "欠了我们8万元，2025年1月到现在"),
        ("订单号 123456789012345678901", "订单号 123456789012345678901"),  # 21 digits: not an ID
        ("", ""),
    ],
)
def test_mask_id_numbers_masks_ids_only(text: str, expected: str) -> None:
    assert mask_id_numbers(text) == expected


def test_user_bot_and_slot_events_are_stored_masked_and_live_events_are_untouched() -> None:
    user = UserUttered(f"我叫李梅，身份证{ID}", {"name": "inform", "confidence": 0.9})
    rows = [
        event_row("c", user),
        event_row("c", BotUttered(f"您填的是{ID}吗？")),
        event_row("c", SlotSet("issue_text", f"工资拖欠，身份证{ID}")),
    ]
    stored = [json.loads(row["data"]) for row in rows]
    assert stored[0]["text"] == stored[0]["parse_data"]["text"] == f"我叫李梅，身份证{MASKED}"
    assert stored[0]["parse_data"]["intent"]["name"] == rows[0]["intent_name"] == "inform"
    assert stored[1]["text"] == f"您填的是{MASKED}吗？"
    assert stored[2]["value"] == f"工资拖欠，身份证{MASKED}"
    assert ID not in "".join(row["data"] for row in rows)
    assert user.text == user.parse_data["text"] == f"我叫李梅，身份证{ID}"  # the live turn still has it


def test_ciphertext_and_other_values_are_stored_as_they_are() -> None:
    cipher = "gAAAAAB" + "1" * 18 + "abc"  # digits inside a token: never touched
    assert stored_event({"event": "slot", "name": "id_number_encrypted", "value": cipher})["value"] == cipher
    assert stored_event({"event": "slot", "name": "people_count", "value": 12})["value"] == 12
    listen = {"event": "action", "name": "action_listen"}
    assert stored_event(dict(listen)) == listen
    assert stored_event({"event": "user", "text": None})["text"] is None


async def test_a_stored_and_reloaded_conversation_has_no_clear_id(tmp_path: Path) -> None:
    store = DatabaseUrlTrackerStore(domain=DOMAIN, database_url=f"sqlite:///{tmp_path / 'intake.db'}")
    tracker = await store.get_or_create_tracker("citizen-9")
    tracker.update(UserUttered(f"身份证号是{ID}", {"name": "inform", "confidence": 0.95}, timestamp=10.0))
    tracker.update(SlotSet("id_number", ID, timestamp=10.0))  # as the form extracts it, before validation
    tracker.update(SlotSet("id_number", MASKED, timestamp=10.0))
    tracker.update(SlotSet("id_number_encrypted", "gAAAAABciphertext", timestamp=10.0))
    tracker.update(ActionExecuted("action_listen", timestamp=10.0))
    await store.save(tracker)

    with store.engine.connect() as connection:
        data = [row[0] for row in connection.execute(sa.text("SELECT data FROM events"))]
    assert data and not any(ID in row for row in data)
    again = await store.retrieve("citizen-9")
    assert [e.text for e in again.events if isinstance(e, UserUttered)] == [f"身份证号是{MASKED}"]
    assert again.get_slot("id_number") == MASKED
    assert again.get_slot("id_number_encrypted") == "gAAAAABciphertext"
