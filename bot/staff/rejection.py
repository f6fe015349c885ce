"""不予受理 only on the grounds the 条例 gives (第19条第3款, 第36条第3款; knowledge `rejection_grounds`)."""

from __future__ import annotations

from bot.domain.knowledge import load_knowledge


def rejection_problem(reason: str | None) -> str | None:
    """Why a 不予受理 reason is not lawful, or None when it names one of the 条例's grounds by its article.

    A matter for litigation, arbitration or 复议 is led into that procedure (第31条): no ground to reject.
    """
    grounds = load_knowledge().rejection_grounds
    if any(ground.article in (reason or "") for ground in grounds):
        return None
    listed = "；".join(f"{ground.text}（{ground.article}）" for ground in grounds)
    return f"不予受理只限《信访工作条例》规定的情形，请在理由中写明依据的条款：{listed}"
