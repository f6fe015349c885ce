"""Sending a reply later, part by part, through WeChat's customer-service API (when the passive reply window
has passed). A part that fails for a reason the next parts share stops the rest."""

from __future__ import annotations

import asyncio
import logging

from bot.channels.wechat.api import CustomerServiceClient, WeChatAPIError

logger = logging.getLogger(__name__)

STOP_SENDING = {45015, 45047, 43004, 40003, 48001}  # later parts would fail the same way


async def send_parts(
    client: CustomerServiceClient | None, open_id: str, parts: list[str], delay_s: float = 0.0
) -> None:
    """Each part in order, after `delay_s`; nothing is sent without a client (no app id and secret)."""
    if not parts:
        return
    if client is None:
        logger.error("wechat.cannot_send: set WECHAT_APPID and WECHAT_APPSECRET (%s parts lost)", len(parts))
        return
    if delay_s:
        await asyncio.sleep(delay_s)
    for index, part in enumerate(parts):
        try:
            await client.send_text(open_id, part)
        except WeChatAPIError as error:
            logger.warning("wechat.send_failed part=%s/%s: %s", index + 1, len(parts), error)
            if error.errcode in STOP_SENDING:
                return
        except Exception as error:  # network down after retries
            logger.error("wechat.send_failed part=%s/%s: %r", index + 1, len(parts), error)
            return
