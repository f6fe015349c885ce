"""Chat with the bot in the terminal as a WeChat user: `python -m bot.channels.wechat.sim`.

Messages go through the real webhook (/webhooks/wechat/webhook), signed with WECHAT_TOKEN and, in safe
mode, encrypted with WECHAT_AES_KEY, as WeChat's server sends them (including its retries after 5 s).
Replies that come later through the customer-service API reach a local fake of WeChat's API started
here at WECHAT_API_BASE (the Rasa server must use the same address).
"""

from __future__ import annotations

import argparse
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid
from typing import IO

from bot.channels.wechat.config import WeChatConfig
from bot.channels.wechat.fake_api import Delivered, FakeWeChatAPI, ThreadedServer
from bot.channels.wechat.wire import MODES, WireClient
from bot.ops.settings import get_settings

HELP = """命令：/位置 <地名> [纬度 经度]  /图片 <链接>  /语音 <识别文字>  /关注  /取关  /退出
其余输入按文字消息发送；看到“回复 1：…”时直接回数字即可。"""
WECHAT_TIMEOUT_S = 5.0
WECHAT_RETRIES = 3


def _post(url: str, query: dict[str, str], body: bytes, timeout: float) -> tuple[int, str]:
    request = urllib.request.Request(f"{url}?{urllib.parse.urlencode(query)}", data=body)
    request.add_header("Content-Type", "text/xml")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def build(client: WireClient, open_id: str, line: str) -> str:
    command, _, rest = line.partition(" ")
    rest = rest.strip()
    if command in ("/位置", "/loc"):
        words = rest.split()
        lat, lng = (words[-2], words[-1]) if len(words) >= 3 else ("23.1291", "113.2644")
        label = " ".join(words[:-2] if len(words) >= 3 else words)
        fields = {"Location_X": lat, "Location_Y": lng, "Scale": "15", "Label": label}
        return client.message(open_id, "location", fields)
    if command in ("/图片", "/img"):
        url = rest or "http://mmbiz.qpic.cn/mmbiz_jpg/simulated/0"
        return client.message(open_id, "image", {"PicUrl": url, "MediaId": f"media-{uuid.uuid4().hex[:8]}"})
    if command in ("/语音", "/voice"):
        fields = {"MediaId": f"media-{uuid.uuid4().hex[:8]}", "Format": "amr"}
        if rest:
            fields["Recognition"] = rest
        return client.message(open_id, "voice", fields)
    if command in ("/关注", "/sub"):
        return client.message(open_id, "event", {"Event": "subscribe", "EventKey": ""}, event=True)
    if command in ("/取关", "/unsub"):
        return client.message(open_id, "event", {"Event": "unsubscribe", "EventKey": ""}, event=True)
    return client.message(open_id, "text", {"Content": line})


def send(client: WireClient, url: str, xml: str, mode: str, open_id: str, out: IO[str]) -> str | None:
    """POST like WeChat: wait 5 s, then retry the same message up to 3 times. Returns the passive reply."""
    query, body = client.request(xml, mode, open_id)
    for attempt in range(1 + WECHAT_RETRIES):
        try:
            status, text = _post(url, query, body, WECHAT_TIMEOUT_S)
        except (TimeoutError, urllib.error.URLError) as error:
            if attempt < WECHAT_RETRIES:
                print(f"（5 秒没有回应，微信重试第 {attempt + 1} 次）", file=out, flush=True)
                continue
            print(f"（连不上机器人：{error}）", file=out, flush=True)
            return None
        if status != 200:
            print(f"（机器人拒绝了这条消息：HTTP {status} {text[:80]}）", file=out, flush=True)
            return None
        return client.read_reply(text)
    return None


def main(argv: list[str] | None = None, stdin: IO[str] = sys.stdin, out: IO[str] = sys.stdout) -> int:
    settings = get_settings()  # loads .env
    parser = argparse.ArgumentParser(description="以微信用户的身份和机器人对话")
    parser.add_argument("--url", default=f"http://127.0.0.1:{settings.rasa_port}/webhooks/wechat/webhook")
    parser.add_argument("--mode", choices=MODES, help="default: safe when WECHAT_AES_KEY is set")
    parser.add_argument("--openid", default=f"oSim-{uuid.uuid4().hex[:12]}")
    parser.add_argument("--no-fake-api", action="store_true", help="do not start the fake WeChat API")
    args = parser.parse_args(argv)
    config = WeChatConfig.load()
    if not config.token:
        print(
            "WECHAT_TOKEN is not set (in .env or the environment): the bot would refuse every message.",
            file=sys.stderr,
        )
        return 2
    mode = args.mode or ("safe" if config.aes_key else "plaintext")
    if mode != "plaintext" and not config.aes_key:
        print(f"--mode {mode} needs WECHAT_AES_KEY.", file=sys.stderr)
        return 2
    client = WireClient(config.token, config.aes_key, config.app_id)

    def show(delivered: Delivered) -> None:
        if delivered.open_id == args.openid:
            print(f"助手（客服消息）：{delivered.content}\n", file=out, flush=True)

    api = FakeWeChatAPI(config.app_id, config.app_secret, on_message=show)
    parsed = urllib.parse.urlparse(config.api_base)
    local = parsed.hostname in ("127.0.0.1", "localhost") and parsed.port
    server = (
        ThreadedServer(api.app(), "127.0.0.1", parsed.port or 0) if local and not args.no_fake_api else None
    )
    if server is None and not args.no_fake_api:
        print(f"（WECHAT_API_BASE={config.api_base} 不是本机地址：超时的回复不会显示在这里）", file=out)
    try:
        if server is not None:
            server.__enter__()
        print(f"微信模拟用户 {args.openid}，{mode} 模式，发往 {args.url}\n{HELP}\n", file=out, flush=True)
        interactive = stdin.isatty()
        while True:
            if interactive:
                out.write("你：")
                out.flush()
            line = stdin.readline()
            if not line or line.strip() in ("/退出", "/quit", "/exit"):
                break
            line = line.strip()
            if not line:
                continue
            if not interactive:
                print(f"你：{line}", file=out, flush=True)
            before = len(api.messages_to(args.openid))
            reply = send(client, args.url, build(client, args.openid, line), mode, args.openid, out)
            if reply:
                print(f"助手：{reply}\n", file=out, flush=True)
            elif server is not None and line not in ("/取关", "/unsub"):
                print("（机器人先回了 success，回复稍后通过客服消息送达…）", file=out, flush=True)
                api.wait_for(args.openid, before + 1, timeout=30)  # printed by `show`
    finally:
        if server is not None:
            server.__exit__(None, None, None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
