"""The WeChat callback, free of any web framework: check, decrypt, parse, run the bot once, answer.

Passive reply when the bot is done within `reply_window_s`; otherwise `success` at once and the reply
later through the customer-service API, unless a retry of the same message is waiting when it is ready.
A message whose first run never finished (its server died) is taken over: answered from its conversation
when that run got as far as saving its turn (`recorded`), else run again.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.channels.wechat import texts
from bot.channels.wechat.api import CustomerServiceClient
from bot.channels.wechat.config import WeChatConfig
from bot.channels.wechat.crypto import CryptoError, MessageCipher, sign, signature_ok
from bot.channels.wechat.inbound import Answer, Silent, translate
from bot.channels.wechat.jobs import Job, JobRegistry
from bot.channels.wechat.messages import (
    BadMessage,
    InboundMessage,
    encrypted_envelope,
    new_nonce,
    parse_message,
    text_reply_xml,
    xml_fields,
)
from bot.channels.wechat.options import OptionStore
from bot.channels.wechat.replay import ReplayGuard, ReplayMemory, Seen
from bot.channels.wechat.reply import RenderedReply, render_messages
from bot.channels.wechat.sending import send_parts

logger = logging.getLogger(__name__)

# (open_id, text, metadata) → the bot's messages as Rasa's CollectingOutputChannel collects them
BotHandler = Callable[[str, str, dict[str, Any]], Awaitable[list[dict[str, Any]]]]
# (open_id, MsgId) → the bot's messages already recorded for that message, None when it is not in the
# conversation (bot.channels.wechat.recorded.TrackerReplies)
RecordedReplies = Callable[[str, str], Awaitable[list[dict[str, Any]] | None]]


@dataclass(frozen=True)
class TakeOver:
    """`_seen`'s answer for a message whose first run did not finish anywhere."""


TAKE_OVER = TakeOver()


@dataclass(frozen=True)
class HttpResult:
    status: int
    body: str
    content_type: str = "text/plain; charset=utf-8"


SUCCESS = HttpResult(200, "success")


async def wait_window(task: asyncio.Task[Any], seconds: float) -> None:
    """Wait for the bot's run at most `seconds` (WeChat's reply window)."""
    await asyncio.wait({task}, timeout=seconds)


@dataclass
class WeChatEndpoint:
    config: WeChatConfig
    bot: BotHandler
    client: CustomerServiceClient | None = None
    options: OptionStore = field(default_factory=OptionStore)
    jobs: JobRegistry = field(default_factory=JobRegistry)
    clock: Callable[[], float] = time.time
    # the reply window, injectable so tests decide when WeChat's 5 s are up instead of sleeping
    window: Callable[[asyncio.Task[Any], float], Awaitable[None]] = wait_window
    followup_delay_s: float = 0.3  # later parts after the passive reply has reached WeChat
    replays: ReplayMemory | None = None
    recorded: RecordedReplies | None = None
    _cipher: MessageCipher | None = None
    _background: set[asyncio.Task[Any]] = field(default_factory=set)

    def __post_init__(self) -> None:
        if self.config.aes_key:
            self._cipher = MessageCipher(self.config.aes_key, self.config.app_id)
        self.options.ttl_s = self.config.options_ttl_s
        self.jobs.ttl_s = self.config.dedup_ttl_s
        if self.replays is None:
            self.replays = ReplayGuard(self.config.replay_ttl_s, clock=self.clock)

    # --- checks ---------------------------------------------------------------------------------

    def _refuse(self, query: Mapping[str, str]) -> HttpResult | None:
        """403 unless the query carries a valid signature for our token (checked before any parsing)."""
        if not self.config.configured:
            logger.error("wechat.not_configured: set WECHAT_TOKEN")
            return HttpResult(503, "wechat channel not configured")
        timestamp, nonce = query.get("timestamp", ""), query.get("nonce", "")
        if not signature_ok((self.config.token, timestamp, nonce), query.get("signature")):
            logger.warning("wechat.bad_signature timestamp=%r nonce=%r", timestamp[:20], nonce[:20])
            return HttpResult(403, "invalid signature")
        skew = self.config.max_clock_skew_s
        if skew and (not timestamp.isdigit() or abs(self.clock() - int(timestamp)) > skew):
            logger.warning("wechat.stale_timestamp timestamp=%r", timestamp[:20])
            return HttpResult(403, "stale timestamp")
        return None

    def verify(self, query: Mapping[str, str]) -> HttpResult:
        """Server verification (GET): echo `echostr` when the signature is ours."""
        return self._refuse(query) or HttpResult(200, query.get("echostr", ""))

    def _decode(self, query: Mapping[str, str], body: bytes) -> tuple[InboundMessage, bool] | HttpResult:
        """The message and whether the answer must be encrypted, or the HTTP answer for a bad request."""
        if query.get("encrypt_type", "raw").lower() != "aes":
            if self.config.safe_mode_only:
                logger.warning("wechat.plaintext_refused: WECHAT_AES_KEY is set (safe mode only)")
                return HttpResult(403, "encrypted messages only")
            return parse_message(body), False
        fields = xml_fields(body)
        encrypted = fields.get("Encrypt", "")
        if self._cipher is None:
            if "MsgType" in fields:  # no AES key here: read the plaintext copy of a compatible-mode push
                return parse_message(body), False
            logger.error("wechat.aes_not_configured: safe mode message, set WECHAT_AES_KEY")
            return SUCCESS
        parts = (self.config.token, query.get("timestamp", ""), query.get("nonce", ""), encrypted)
        if not signature_ok(parts, query.get("msg_signature")):
            logger.warning("wechat.bad_msg_signature")
            return HttpResult(403, "invalid msg_signature")
        try:
            return parse_message(self._cipher.decrypt(encrypted)), True
        except CryptoError as error:
            logger.error("wechat.decrypt_failed: %s (check WECHAT_AES_KEY and WECHAT_APPID)", error)
            return HttpResult(400, "cannot decrypt")

    # --- messages -------------------------------------------------------------------------------

    async def receive(self, query: Mapping[str, str], body: bytes) -> HttpResult:
        refused = self._refuse(query)
        if refused is not None:
            return refused
        try:
            decoded = self._decode(query, body)
        except BadMessage as error:
            logger.warning("wechat.bad_message: %s", error)
            return HttpResult(400, "bad message")
        if isinstance(decoded, HttpResult):
            return decoded
        message, encrypt = decoded
        seen = self._seen(query, message)
        if isinstance(seen, HttpResult):
            return seen
        if seen is None or seen is TAKE_OVER:
            job, started = self.jobs.get_or_start(
                message.dedup_key, message.from_user, lambda: self._process(message, seen is TAKE_OVER)
            )
            if not started:
                logger.info("wechat.retry key=%s claimed=%s", message.dedup_key, job.claimed)
            text = await self._answer(job)
        else:
            text = seen  # the reply another server gave this message, kept in the shared memory
        if text is None:
            return SUCCESS
        xml = text_reply_xml(message.from_user, message.to_user, text, int(self.clock()))
        if encrypt and self._cipher is not None:
            timestamp, nonce = str(int(self.clock())), new_nonce()
            encrypted = self._cipher.encrypt(xml)
            xml = encrypted_envelope(
                encrypted, sign(self.config.token, timestamp, nonce, encrypted), timestamp, nonce
            )
        return HttpResult(200, xml, "application/xml; charset=utf-8")

    def _seen(self, query: Mapping[str, str], message: InboundMessage) -> HttpResult | str | TakeOver | None:
        """None for a message to handle (new, or WeChat's retry while its run is kept); TAKE_OVER for one whose
        run did not finish; the reply text of a message another server handled; else the answer."""
        assert self.replays is not None
        nonce = f"{query.get('timestamp', '')}:{query.get('nonce', '')}"
        seen = self.replays.check(nonce, message.dedup_key)
        if seen is Seen.FORGED:
            logger.warning("wechat.nonce_reused key=%s", message.dedup_key)
            return HttpResult(403, "nonce already used")
        if seen is Seen.AGAIN and message.dedup_key not in self.jobs:
            if not self.replays.finished(message.dedup_key):  # its server died before the end: take it over
                logger.warning("wechat.taken_over key=%s: its first run did not finish", message.dedup_key)
                return TAKE_OVER
            reply = self.replays.reply_of(message.dedup_key)
            if reply:  # WeChat retries only when it got no answer: give it the one the other server gave
                logger.info("wechat.retry_answered key=%s: from the shared memory", message.dedup_key)
                return reply
            logger.warning("wechat.replayed key=%s: handled before, not again", message.dedup_key)
            return SUCCESS
        return None

    async def _process(self, message: InboundMessage, taken_over: bool = False) -> RenderedReply:
        rendered: RenderedReply | None = None
        try:
            rendered = await self._run(message, taken_over)
            return rendered
        finally:
            assert self.replays is not None
            first = rendered.parts[0] if rendered is not None and rendered.parts else None
            self.replays.finish(message.dedup_key, first)

    async def _run(self, message: InboundMessage, taken_over: bool = False) -> RenderedReply:
        action = translate(message, self.options)
        if isinstance(action, Silent):
            logger.info("wechat.silent %s", action.reason)
            return RenderedReply([], [])
        if isinstance(action, Answer):
            return render_messages([{"text": action.text}])
        try:
            bot_messages = await self._recorded(message) if taken_over else None
            if bot_messages is None:
                bot_messages = await self.bot(message.from_user, action.text, action.metadata)
        except Exception:
            logger.exception("wechat.bot_failed key=%s", message.dedup_key)
            return render_messages([{"text": texts.FAILED}])
        if action.preface:
            kept = [m for m in bot_messages if (m.get("text") or "").strip() not in texts.NOT_UNDERSTOOD]
            bot_messages = [{"text": action.preface}, *kept]
        rendered = render_messages(bot_messages)
        self.options.remember(message.from_user, rendered.options)
        return rendered

    async def _recorded(self, message: InboundMessage) -> list[dict[str, Any]] | None:
        """What the bot already answered this message, if its unfinished run saved the turn."""
        if self.recorded is None or not message.msg_id:
            return None
        try:
            said = await self.recorded(message.from_user, message.msg_id)
        except Exception as error:  # unreadable: running it again beats no answer (the type only: no data)
            logger.error("wechat.recorded_unreadable key=%s: %s", message.dedup_key, type(error).__name__)
            return None
        if said is not None:
            logger.info("wechat.answered_from_tracker key=%s: its turn was saved", message.dedup_key)
        return said

    async def _answer(self, job: Job) -> str | None:
        """The passive reply text for this request, or None for `success`."""
        if job.claimed is None:
            job.waiters += 1
            try:
                await self.window(job.task, self.config.reply_window_s)
            finally:
                job.waiters -= 1
        if job.claimed == "passive":
            return job.passive_text
        if job.claimed == "async":
            return None
        if job.task.done():
            job.claimed = "passive"
            parts = job.task.result().parts
            job.passive_text = parts[0] if parts else None
            if len(parts) > 1:
                self._spawn(self._send(job.open_id, parts[1:], self.followup_delay_s))
            return job.passive_text
        if job.deliverer is None:
            logger.info("wechat.slow_reply key=%s: success now, customer-service message later", job.key)
            job.deliverer = self._spawn(self._deliver_when_ready(job))
        return None

    async def _deliver_when_ready(self, job: Job) -> None:
        await asyncio.wait({job.task})
        if job.claimed is not None or job.waiters:  # a waiting retry answers passively
            return
        job.claimed = "async"
        await self._send(job.open_id, job.task.result().parts)

    async def _send(self, open_id: str, parts: list[str], delay_s: float = 0.0) -> None:
        await send_parts(self.client, open_id, parts, delay_s)

    def _spawn(self, coroutine: Awaitable[None]) -> asyncio.Task[None]:
        task = asyncio.ensure_future(coroutine)
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        return task

    async def drain(self) -> None:
        """Wait for pending deliveries (tests, shutdown)."""
        while self._background:
            await asyncio.gather(*list(self._background), return_exceptions=True)
