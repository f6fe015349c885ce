"""Pattern tables for two emergencies that are no harm to the body yet, each its own crisis kind: money a
swindler got out of the citizen minutes ago (`fraud_now`: the police can still have the transfer stopped) and
someone vulnerable gone missing since yesterday or today (`missing_person`: reported to 110 at once).

Joined to `safety_patterns.PATTERNS`; the same `<NAME>` macros. A swindle or a disappearance told as months or
years past is the matter itself (police inaction, a case to follow), never an alarm.
"""

from __future__ import annotations

# months or years ago, anywhere in the message: the matter, not an emergency
# (or last week, or over: "上周我爸走丢了 民警找了一晚上给找回来了" is praise)
_LONG_AGO = (
    r"^(?![\s\S]*(?:去年|前年|几年|多年|年前|年了|个月|上个?月|上半年|下半年|\d{4}年|上周|上礼拜|上星期|前几天|前些天"
    r"|找回来|找到了|已经回来|送回来|送回家))"
)

# the family, and others who may be lost: a child, someone old
_FAMILY = (
    r"[\s\S]*?(?:奶奶|爷爷|姥姥|姥爷|外婆|外公|老人|老爷子|老太太|老太|老头|爸|妈|爹|娘|父亲|母亲|孩子|儿子|女儿|闺女|娃|小孩"
    r"|老伴|婆婆|公公|孙子|孙女|外孙女?)"
)

URGENT_PATTERNS: dict[str, list[str]] = {
    # "我被骗了 刚才…让我把钱转到安全账户 我转了八万": swindled, just now, money sent
    "fraud_now": [
        _LONG_AGO
        + r"(?=[\s\S]*(?:被骗|被騙|骗子|诈骗|被人骗|骗了(?:我|俺)|安全账户|冒充|(?:自称|说是|说他是)<W>{0,6}(?:公安|警察|警官|检察|法院|客服)"
        r"|让(?:我|俺|她|他)<W>{0,8}(?:转|汇)))"
        r"(?=[\s\S]*(?:刚才|刚刚|刚(?:被|转|汇|把|给)|[\d一二两三四五六七八九十几半]+(?:个)?(?:分钟|小时|钟头)前"
        r"|现在(?:电话)?(?:打不通|联系不上|不接|关机|拉黑)|(?:今天|今早|今儿|上午|下午|中午|晚上)<W>{0,6}(?:转|汇|打)))"
        r"[\s\S]*?(?:转了|转过去|转给|转到|转账|汇了|汇过去|汇给|汇款|付了|打了<W>{0,5}(?:万|千|块|元|钱)|把钱<W>{0,6}(?:转|汇|打))",
    ],
    # "我奶奶不见了 昨天早上出去买菜到现在没回来": someone of the family gone since yesterday or today
    "missing_person": [
        _LONG_AGO + _FAMILY + r"<S>{0,16}?(?:不见了|走丢|走失|找不到了|找不着了|找不见了|失踪|失联)",
        # not back (yet) is only alarming with when it began: "昨天早上出去买菜到现在没回来"
        _LONG_AGO
        + r"(?=[\s\S]*(?:昨天|昨晚|昨儿|今天|今早|今儿|早上|上午|中午|下午|晚上|半夜|一夜|一晚上?|刚才|放学|出门|出去))"
        + _FAMILY
        + r"<S>{0,24}?(?:(?:到现在|一直|一夜|一晚上?|还|都)(?:都|也|还)?(?:没|没有|未)回(?:来|家)|联系不上了?)",
    ],
}
