"""Northwestern 额 (Shaanxi, Shanxi, Gansu, Ningxia) for 我, read as Mandarin, character for character.

People there write as they speak: "额叫刘某", "额家四口人", "额不同意". The readers written for Mandarin look
for 我, so 额 is folded to 我 only where it is plainly the pronoun: after no word it ends (金额, 名额, 余额,
前额) and before what a pronoun leads into (叫, 家, 是, 不 …), never before what makes a word of it (额头,
额外, 额度, 额定). Same length, so offsets found in the folded text point into what the citizen wrote.
"""

from __future__ import annotations

import re

# the first character of a word that ends in 额 ("金额", "数额", "名额", "份额", "超额", "前额", "匾额")
_WORD_BEFORE = "金数余份名限定超全巨差税票总增减配缺欠满营业收免罚贷款补贴销售易价值产成批投注存借亏赔偿险费资息计核实应预均高低前匾面"
# what follows the pronoun: a verb or word the speaker leads with ("额叫", "额家", "额们", "额不同意")
_PRONOUN_NEXT = (
    "叫姓是家们不没的想要就也都在给跟和爸妈娃屋老今去一这那还又自俩两说问找打租住买交借"
    "觉看听知晓真现已刚咋怎从到哥姐弟妹儿女媳男婆村"
)
_PRONOUN_RE = re.compile(rf"(?<![{_WORD_BEFORE}])额(?=[{_PRONOUN_NEXT}])")


def fold_dialect_pronouns(text: str) -> str:
    """The text with the northwestern pronoun 额 read as 我 ("额叫刘某" → "我叫刘某"); length kept."""
    if not text or "额" not in text:
        return text or ""
    return _PRONOUN_RE.sub("我", text)
