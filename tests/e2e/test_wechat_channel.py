"""The WeChat channel on the real stack: WeChat's server played by wechatpy, WeChat's API by a local fake."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bot.channels.wechat.fake_api import FakeWeChatAPI, ThreadedServer
from tests.e2e.harness import ROOT, Stack, running_stack, wait_until
from tests.unit.test_wechat_wire import WeChatServer, new_aes_key

# the last message `WeChat.settle` sends: once its turn is over, every earlier run has finished
SETTLE_TEXT = "好的"
STORY = (
    "我在广州市天河区石牌街道的一家装修公司上班，公司叫鸿运装饰，去年三月开始公司就拖欠我们工资，"
    "一共欠了三个多月，老板一直拖着不给。我们有十几个工人都是这样。我电话１３８００１３８０００。"
)


@dataclass
class WeChat:
    stack: Stack
    api: FakeWeChatAPI
    server: WeChatServer

    @property
    def url(self) -> str:
        return f"{self.stack.rasa_url}/webhooks/wechat/webhook"

    def request(self, query: dict[str, str], body: bytes | None = None) -> tuple[int, str]:
        request = urllib.request.Request(f"{self.url}?{urllib.parse.urlencode(query)}", data=body)
        if body is not None:
            request.add_header("Content-Type", "text/xml")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def post(self, xml: str, mode: str = "safe") -> tuple[int, str]:
        return self.request(*self.server.post(xml, mode))

    def say(self, open_id: str, xml: str, mode: str = "safe") -> str:
        """What the citizen sees: the passive reply, or what the API delivered after `success`."""
        before = len(self.api.messages_to(open_id))
        status, body = self.post(xml, mode)
        assert status == 200, body
        reply = self.server.read_reply(body)
        passive = [reply["Content"]] if reply is not None else []
        delivered = [] if passive else self.api.wait_for(open_id, before + 1, timeout=60)[before:]
        while passive + delivered and len((passive + delivered)[-1].encode()) > 1500:  # more parts follow
            more = self.api.wait_for(open_id, before + len(delivered) + 1, timeout=10)[before:]
            if len(more) == len(delivered):
                break
            delivered = more
        return "\n\n".join(passive + delivered)

    def user_texts(self, open_id: str) -> list[str]:
        events = self.stack.tracker(open_id)["events"]
        return [e.get("text") for e in events if e["event"] == "user"]

    def listening_after(self, open_id: str, text: str) -> bool:
        """Rasa's turn for `text`, the conversation's latest user message, is over (it listens again)."""
        steps = [e for e in self.stack.tracker(open_id)["events"] if e["event"] in ("user", "bot", "action")]
        users = [e.get("text") for e in steps if e["event"] == "user"]
        return bool(users) and users[-1] == text and steps[-1].get("name") == "action_listen"

    def settle(self, open_id: str) -> str:
        """Sends SETTLE_TEXT and waits until its turn is over; returns the citizen's reply to it. Rasa's lock
        store serves one conversation's messages in the order they came, so any run started before (a
        duplicate of a retried message included) has finished by then: the tracker holds every run."""
        reply = self.say(open_id, self.server.text(open_id, SETTLE_TEXT))
        wait_until(lambda: self.listening_after(open_id, SETTLE_TEXT), 60, f"{SETTLE_TEXT!r} handled")
        return reply


@contextmanager
def wechat_stack(workdir: Path, reply_window_s: str) -> Iterator[WeChat]:
    """The real stack with the WeChat channel configured and WeChat's API faked on a local port."""
    token, aes_key, app_id, secret = uuid.uuid4().hex, new_aes_key(), "wx5823bf96d3bd56c7", uuid.uuid4().hex
    api = FakeWeChatAPI(app_id, secret)
    with ThreadedServer(api.app()) as fake, pytest.MonkeyPatch.context() as env:
        for name, value in {
            "WECHAT_TOKEN": token,
            "WECHAT_APPID": app_id,
            "WECHAT_APPSECRET": secret,
            "WECHAT_AES_KEY": aes_key,
            "WECHAT_API_BASE": fake.url,
            "WECHAT_REPLY_WINDOW_S": reply_window_s,
        }.items():
            env.setenv(name, value)
        with running_stack(workdir) as stack:
            yield WeChat(stack, api, WeChatServer(token, aes_key, app_id))


@pytest.fixture(scope="module")
def wechat(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WeChat]:
    with wechat_stack(Path(tmp_path_factory.mktemp("wechat")), "4") as running:
        yield running


def open_id() -> str:
    return f"oWx-{uuid.uuid4().hex[:12]}"


def test_server_verification_and_bad_signatures(wechat: WeChat) -> None:
    assert wechat.request(wechat.server.verification("echo-5309")) == (200, "echo-5309")
    assert wechat.request({**wechat.server.verification(), "signature": "0" * 40})[0] == 403
    user = open_id()
    query, body = wechat.server.post(wechat.server.text(user, "你好"), "safe")
    assert wechat.request({**query, "signature": "1" * 40}, body)[0] == 403
    assert wechat.request({**query, "msg_signature": "2" * 40}, body)[0] == 403
    assert wechat.user_texts(user) == []  # no bot work
    assert "wechat.bad_signature" in wechat.stack.logs(tail=200000)


def test_a_retried_msgid_is_processed_once(wechat: WeChat) -> None:
    user = open_id()
    xml = wechat.server.text(user, "小区楼下烧烤店每天吵到半夜", msg_id=int(uuid.uuid4().int % 10**18))
    with ThreadPoolExecutor(3) as pool:
        answers = list(pool.map(lambda _: wechat.post(xml, "safe"), range(3)))
    assert all(status == 200 for status, _ in answers)
    wechat.settle(user)
    assert wechat.user_texts(user) == ["小区楼下烧烤店每天吵到半夜", SETTLE_TEXT]
    replies = {wechat.server.read_reply(body)["Content"] for _, body in answers if body != "success"}
    assert len(replies) <= 1  # every retry that got an answer got the same one


def test_compatible_mode_reaches_the_bot_and_plaintext_is_refused_with_an_aes_key(wechat: WeChat) -> None:
    user = open_id()
    assert wechat.say(user, wechat.server.text(user, "你好"), "compatible")
    wechat.settle(user)
    assert wechat.user_texts(user) == ["你好", SETTLE_TEXT]
    forger = open_id()
    assert wechat.post(wechat.server.text(forger, "冒充的消息"), "plaintext")[0] == 403
    assert wechat.user_texts(forger) == []


def test_location_fills_the_place_and_image_reaches_the_transcript(wechat: WeChat) -> None:
    user = open_id()
    assert wechat.say(user, wechat.server.text(user, "楼下烧烤店每天吵到半夜，油烟也大，物业不管"))
    wechat.say(user, wechat.server.location(user, 22.5405, 113.9344, "广东省深圳市南山区粤海街道"))
    slots = wechat.stack.tracker(user)["slots"]
    assert slots["location"].startswith("广东省深圳市南山区"), slots
    url = "http://mmbiz.qpic.cn/mmbiz_jpg/e2e/0"
    assert wechat.say(user, wechat.server.image(user, url, "media-e2e-1"))
    events = wechat.stack.tracker(user)["events"]
    image = [e for e in events if e["event"] == "user" and url in (e.get("text") or "")]
    assert image and image[0]["metadata"]["wechat"]["media_id"] == "media-e2e-1"


def test_a_whole_intake_over_wechat_files_a_case(wechat: WeChat) -> None:
    user = open_id()
    welcome = wechat.say(user, wechat.server.event(user, "subscribe"))
    assert "隐私" in welcome
    first = wechat.say(user, wechat.server.text(user, STORY))
    assert "打官司" in first and "回复 1：没有" in first, first
    reply = wechat.say(user, wechat.server.text(user, "１"))  # the first button: 没有打官司，也没有仲裁
    assert "反映过" in reply, reply
    reply = wechat.say(user, wechat.server.text(user, "打过12345，让我们找劳动监察，也没下文"))
    assert "称呼" in reply, reply
    photo = "http://mmbiz.qpic.cn/mmbiz_jpg/e2e/wage-slip"
    assert wechat.say(user, wechat.server.image(user, photo, "media-wage-slip"))  # evidence, mid-intake
    assert "通讯地址" in wechat.say(user, wechat.server.text(user, "我叫王建国"))
    summary = wechat.say(user, wechat.server.text(user, "跳过"))
    assert "请核对" in summary and "回复 1：对，提交" in summary and "图片1张" in summary, summary
    filed = wechat.say(user, wechat.server.text(user, "1"))
    assert "事项编号：XF" in filed, filed
    number = filed.split("事项编号：")[1].split()[0]

    engine = create_engine(wechat.stack.database_url, future=True)
    with engine.connect() as conn:
        row = (
            conn.execute(text("select * from intake_cases where conversation_id = :c"), {"c": user})
            .mappings()
            .first()
        )
    engine.dispose()
    assert row is not None and row["case_number"] == number
    assert row["channel"] == "wechat" and row["legal_status"] == "none"
    assert row["location"] == "广东省广州市天河区石牌街道" and row["phone"] == "13800138000"
    with engine.connect() as conn:
        evidence = conn.execute(
            text("select media_id, url from intake_case_evidence where case_id = :i"), {"i": row["id"]}
        ).all()
    engine.dispose()
    assert [tuple(e) for e in evidence] == [("media-wage-slip", photo)]


def test_a_person_files_a_case_through_the_simulated_wechat_user(wechat: WeChat) -> None:
    user = open_id()
    script = "\n".join(
        ["/关注", STORY, "1", "打过12345，让我们找劳动监察，也没下文", "我叫王建国", "跳过", "1", "/退出"]
    )
    env = {
        **os.environ,
        "WECHAT_TOKEN": wechat.server.token,
        "WECHAT_AES_KEY": wechat.server.aes_key or "",
        "WECHAT_APPID": wechat.server.app_id,
    }
    argv = [sys.executable, "-m", "bot.channels.wechat.sim", "--url", wechat.url, "--openid", user]
    done = subprocess.run(
        [*argv, "--mode", "safe", "--no-fake-api"],
        input=script,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    said = done.stdout + "\n".join(wechat.api.messages_to(user))
    assert "欢迎关注" in said and "事项编号：XF" in said, said
    engine = create_engine(wechat.stack.database_url, future=True)
    with engine.connect() as conn:
        count = conn.execute(
            text("select count(*) from intake_cases where conversation_id = :c and channel = 'wechat'"),
            {"c": user},
        ).scalar()
    engine.dispose()
    assert count == 1
