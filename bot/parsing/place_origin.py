"""Where the citizen comes from, told beside where the matter happened: "俺是甘肃定西市安定区香泉镇的 … 在兰州工地干活"
names the home village first, and the work site is the place of the matter (a labour inspectorate acts where the
work was done). The home place is taken out only when the rest of the story names a place of its own."""

from __future__ import annotations

import re

# "俺是定西安定区香泉镇的", "我是河南周口人", "我老家是四川南充的" (not "我是在兰州干活的" nor "我是雁塔区开店的":
# where the work or the shop is, the matter is)
_ORIGIN_RE = re.compile(
    r"(?:我|俺|本人|我们|俺们|咱|咱们)(?:(?:老家|家|户口|户籍|原籍)(?:是|在)|是)(?!在)"
    r"[^\s,，。!！;；?？开做干摆卖上打住种养送跑当]{2,20}?(?:人|的)(?=[\s,，。!！;；]|$)"
    # "四川巴中平昌县 老家", "平昌县是俺老家", "老家四川平昌县": a place said with 老家 beside it
    # … said of oneself at the clause's start: "我爸在湖南衡山县老家" is the father's home, where the matter is
    r"|(?:^|(?<=[\s,，。!！;；]))(?:(?:我|俺|我们|俺们)(?:在|是)?)?[^\s,，。!！;；?？爸妈爹娘父母哥姐弟妹儿女他她]{1,18}?"
    r"[省市州县区旗镇乡村](?:[\s,，]*是?(?:我|俺)?(?:们)?的?)?老家"
    r"(?=[\s,，。!！;；]|$)"
    r"|老家(?:是|在)?[^\s,，。!！;；?？]{1,18}?[省市州县区旗镇乡村人的](?=[\s,，。!！;；]|$)"
)


def without_origin(text: str) -> str:
    """The story with the clauses that say where the citizen comes from blanked out (offsets kept)."""
    return _ORIGIN_RE.sub(lambda m: " " * len(m.group()), text)


def origin_said(text: str) -> str:
    """Only the clauses that say where the citizen comes from ("俺是甘肃定西市安定区香泉镇的")."""
    return " ".join(m.group() for m in _ORIGIN_RE.finditer(text))
