"""救命 as an exclamation, not a call for help (docs/legal.md §8).

Online writers open a complaint with "救命" the way others write "天哪": "救命 这物业离谱到家了", "救命 被导游拉去
购物 这合法吗". When 救命 is the only word of danger and the message reads as a complaint (a slang word of
disbelief, a question whether something is lawful, an emoji of anger or laughter), nobody is in danger now. A cry
with anything else of danger beside it ("救命 有人拿刀", "救命 我被关在屋里") stays a crisis. Text arrives
normalised (`bot.domain.safety._clean`).
"""

from __future__ import annotations

import re

_CRY_RE = re.compile(r"救命(?:啊|呀|哇|了|吧)?")
# what a complaint sounds like, never a cry for help
_COMPLAINT_RE = re.compile(
    r"离谱|无语|绝了|服了|醉了|笑死|谁懂|家人们|姐妹们|宝子们|坑人|太坑|坑爹|奇葩|恶心|气人|破防|吐槽"
    r"|合法吗|违法吗|合理吗|正常吗|算不算违法|犯法吗|有没有人管|能投诉|怎么投诉|去哪投诉|能退|退钱|退款"
    r"|[\U0001F602\U0001F621\U0001F620\U0001F624\U0001F644\U0001F923\U0001F92C\U0001F643]"
)


def cry_as_slang(clean: str, danger_re: re.Pattern[str]) -> bool:
    """Whether the only danger `danger_re` finds in `clean` is a 救命 said as an exclamation in a complaint."""
    if not _CRY_RE.search(clean) or not _COMPLAINT_RE.search(clean):
        return False
    return danger_re.search(_CRY_RE.sub("　", clean)) is None
