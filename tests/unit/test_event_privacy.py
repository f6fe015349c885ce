"""No phone or ID number in clear in any `events` row, and the dialogue still has the phone (issue 16, 3/4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from cryptography.fernet import Fernet
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered

from bot.ops.settings import get_settings
from bot.rasa_plugins.event_privacy import SEALED_PREFIX, is_sealed, restored_event, stored_event
from bot.rasa_plugins.tracker_store import DatabaseUrlTrackerStore
from bot.staff.conversations import conversation_slots
from bot.staff.transcripts import read_transcript

KEY = Fernet.generate_key().decode()
PHONE, PHONE_MASKED = "13812345678", "138****5678"
ID, ID_MASKED = "11010519491231002X", "110105********002X"
ID_TYPED = "110105 19491231\t002X"  # spaced and with a tab, as issue 16 found it stored in clear
CRASH_TEXT = f"我家祖宅至今已有210年历史，现在被村里强拆了，我的电话{PHONE}，身份证号{ID_TYPED}"
SLOTS = {"issue_text": "text", "phone": "text", "progress_phone": "text", "id_number": "text",
         "id_number_encrypted": "text", "case_number": "text", "pending_matters": "any"}  # fmt: skip
DOMAIN = Domain.from_yaml(
    "version: '3.1'\nslots:\n"
    + "".join(f"  {name}:\n    type: {kind}\n    mappings: []\n" for name, kind in SLOTS.items())
)


def test_message_texts_are_masked_and_the_live_event_is_not() -> None:
    intent = {"name": "tell_problem", "confidence": 0.9}
    entities = [{"entity": "phone", "value": PHONE}]
    user = UserUttered(CRASH_TEXT, intent, entities, metadata={"client_address": "203.0.113.5"})
    stored = stored_event(user.as_dict(), KEY)
    for text in (stored["text"], stored["parse_data"]["text"]):
        assert PHONE_MASKED in text and ID_MASKED in text and "210年历史" in text
    assert stored["parse_data"]["entities"][0]["value"] == PHONE_MASKED
    assert stored["parse_data"]["intent"]["name"] == "tell_problem"
    assert stored["metadata"] == {"client_address": "203.0.113.5"}  # what the channel saw, kept
    assert user.text == user.parse_data["text"] == CRASH_TEXT  # the live turn still reads it as typed
    assert user.parse_data["entities"][0]["value"] == PHONE

    buttons = [{"title": f"是 {PHONE}", "payload": f'/inform{{"phone": "{PHONE}"}}'}]
    bot = stored_event(BotUttered(f"您的电话是{PHONE}吗？", {"buttons": buttons}).as_dict(), KEY)
    assert PHONE not in json.dumps(bot) and bot["text"] == f"您的电话是{PHONE_MASKED}吗？"


def test_slot_values_with_a_phone_are_sealed_and_restored() -> None:
    for name, value in [("phone", PHONE), ("progress_phone", "020-87654321"), ("issue_text", CRASH_TEXT)]:
        stored = stored_event(SlotSet(name, value).as_dict(), KEY)
        assert is_sealed(stored["value"]) and PHONE not in json.dumps(stored), name
        restored = restored_event(stored, KEY)["value"]
        assert restored == (value if name != "issue_text" else CRASH_TEXT.replace(ID_TYPED, ID_MASKED))
    assert stored_event(SlotSet("id_number", ID).as_dict(), KEY)["value"] == ID_MASKED
    cipher = "gAAAAAB" + "1" * 18 + "abc"
    assert stored_event(SlotSet("id_number_encrypted", cipher).as_dict(), KEY)["value"] == cipher
    plain = SlotSet("case_number", "XF20261204-0042").as_dict()
    assert stored_event(plain, KEY) == plain and restored_event(plain, KEY) == plain
    nested = stored_event(SlotSet("pending_matters", [{"issue_text": f"电话{PHONE}", "n": 3}]).as_dict(), KEY)
    assert PHONE not in json.dumps(nested)
    assert restored_event(nested, KEY)["value"] == [{"issue_text": f"电话{PHONE}", "n": 3}]


def test_without_a_key_a_phone_is_masked_never_kept_in_clear() -> None:
    stored = stored_event(SlotSet("phone", PHONE).as_dict(), "")
    assert stored["value"] == PHONE_MASKED


def test_a_value_sealed_with_another_key_reads_as_unset() -> None:
    stored = stored_event(SlotSet("phone", PHONE).as_dict(), KEY)
    assert restored_event(stored, Fernet.generate_key().decode())["value"] is None
    assert restored_event({"event": "slot", "name": "phone", "value": SEALED_PREFIX + "garbage"}, KEY)[
        "value"
    ] is None  # fmt: skip


async def test_after_the_crash_message_no_events_row_holds_a_clear_number(tmp_path: Path) -> None:
    """The tracker store writes only masked or sealed numbers; read back, the dialogue has the phone."""
    store = DatabaseUrlTrackerStore(
        domain=DOMAIN, database_url=f"sqlite:///{tmp_path / 'intake.db'}", encryption_key=KEY
    )
    tracker = await store.get_or_create_tracker("citizen-7")
    tracker.update(UserUttered(CRASH_TEXT, {"intent": {"name": "tell_problem", "confidence": 0.9}}))
    tracker.update(SlotSet("issue_text", CRASH_TEXT))
    tracker.update(SlotSet("phone", PHONE))
    tracker.update(SlotSet("id_number", ID))
    tracker.update(BotUttered(f"好的，电话{PHONE}已记下。"))
    tracker.update(ActionExecuted("action_listen"))
    await store.save(tracker)

    with store.engine.connect() as connection:
        rows = list(connection.execute(sa.text("SELECT data FROM events")).scalars())
    assert rows
    for row in rows:
        digits_only = row.replace(" ", "").replace("\\t", "")
        assert PHONE not in digits_only and ID[:-1] not in digits_only and "19491231" not in row, row

    for again in (await store.retrieve("citizen-7"), await store.retrieve_full_tracker("citizen-7")):
        assert again is not None
        assert again.get_slot("phone") == PHONE  # the dialogue, and the filing, still have it
        assert again.get_slot("id_number") == ID_MASKED
        assert PHONE in again.get_slot("issue_text") and ID_TYPED not in again.get_slot("issue_text")
        said = [e.text for e in again.events if isinstance(e, UserUttered)]
        assert said == [CRASH_TEXT.replace(PHONE, PHONE_MASKED).replace(ID_TYPED, ID_MASKED)]


@pytest.mark.parametrize("value", [PHONE, f"白天打，{PHONE}", "就我家"])
def test_sealing_is_stable_across_a_save_and_a_second_save(value: str) -> None:
    once = stored_event(SlotSet("phone", value).as_dict(), KEY)
    twice = stored_event(once, KEY)
    assert twice == once  # a sealed value is not sealed again
    assert restored_event(twice, KEY)["value"] == value


async def test_staff_file_a_conversation_with_its_phone_and_see_it_masked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The console reads the rows with the settings' key: filing gets the phone, the transcript masks it."""
    monkeypatch.setenv("ID_ENCRYPTION_KEY", KEY)
    get_settings.cache_clear()
    try:
        store = DatabaseUrlTrackerStore(domain=DOMAIN, database_url=f"sqlite:///{tmp_path / 'intake.db'}")
        tracker = await store.get_or_create_tracker("citizen-8")
        tracker.update(UserUttered(f"我的电话{PHONE}", {"name": "inform", "confidence": 0.9}))
        tracker.update(SlotSet("phone", PHONE))
        await store.save(tracker)
        assert conversation_slots(store.engine, "citizen-8")["phone"] == PHONE
        shown = " ".join(turn.text for turn in read_transcript(store.engine, "citizen-8"))
        assert PHONE_MASKED in shown and PHONE not in shown
    finally:
        get_settings.cache_clear()
