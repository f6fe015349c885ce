"""When and how the citizen may be called: "白天打，晚上我老公在家别打" is kept beside the phone.

For a victim of domestic violence a call at the wrong hour is a danger, so the instruction is kept word for
word, never summarised. Returns the clauses that say it, or None.
"""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing
from bot.parsing.phone import spoken_digits_to_arabic

_CLAUSE_RE = re.compile(r"[^,.;!?，。；！？\n]+")
_WHEN = (
    r"白天|晚上|夜里|夜晚|夜间|晚间|半夜|上午|下午|中午|早上|早晨|傍晚|天黑|周末|工作日|休息日|上班|下班|午休|"
    r"朝早|下昼|晏昼|放工|收工|"  # Cantonese: morning, afternoon, noon, after work
    r"\d{1,2}(?::\d{2})?点|[一二三四五六七八九十两]{1,3}点|以前|以后|之前|之后"
)
_HOW = r"打|联系|接|找|回电|来电|方便|可以|行"
_CONDITION_RE = re.compile(
    rf"(?:{_WHEN}).{{0,10}}(?:{_HOW})"
    r"|别打|不要打|不能打|别给我打|别来电|不方便接|接不了|不方便|打不通|关机|"
    r"发(?:个|条)?短信|短信联系|微信联系|加微信|别让.{0,6}知道|不要让.{0,6}知道|不能让.{0,6}知道|"
    r"换个号|用这个号|打这个号|找我(?:妈|爸|儿子|女儿|老公|老婆|家人)|打(?:他|她)的|找(?:他|她)|"
    r"(?:儿子|女儿|老公|老婆|爱人|家人|亲戚|邻居|孙子|侄子|爸|妈|父亲|母亲)的(?:电话|手机|座机|号码?)|"
    # a shared line answered by someone else ("养老院座机 找护工小何", "村委会电话 找值班的")
    r"找(?:护工|护士|值班的?|前台|门卫|保安|社工|老师|医生|经理|会计)(?:小|老|阿)?[\u4e00-\u9fa5]?|"
    r"找(?:小|老|阿)[\u4e00-\u9fa5]"
)
_MAX_CHARS = 120
# other ways to reach the citizen, kept beside the phone (or instead of it): never a phone themselves
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_WECHAT_RE = re.compile(
    r"(?:微信|威信|薇信|vx|VX|wx|WX|wechat|WeChat)(?:号|id|ID)?[^A-Za-z0-9\n]{0,6}?([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9@])"
)
_QQ_RE = re.compile(r"(?:QQ|qq|扣扣)(?:号)?[^0-9\n]{0,4}?([1-9]\d{4,10})(?!\d)")


def other_ways(text: str | None) -> tuple[str, ...]:
    """Ways to reach the citizen other than a phone, as the bot says them: ("微信 liusiyuan_ca88", "邮箱 a@b.com")."""
    if not text:
        return ()
    norm = normalize_for_parsing(text)
    ways = [f"微信 {m.group(1)}" for m in _WECHAT_RE.finditer(_EMAIL_RE.sub(" ", norm))]
    ways += [f"邮箱 {m.group(0)}" for m in _EMAIL_RE.finditer(norm)]
    ways += [f"QQ {m.group(1)}" for m in _QQ_RE.finditer(norm)]
    return tuple(dict.fromkeys(ways))


def extract_contact_note(text: str | None) -> str | None:
    """The clauses that say when or how to call ("白天打，晚上我老公在家别打"), and any other way to reach the
    citizen (a WeChat id, an e-mail address), or None."""
    if not text:
        return None
    ways = other_ways(text)
    said = _conditions(text)
    note = "，".join([*said, *(way for way in ways if way.split()[-1] not in "".join(said))])
    return note[:_MAX_CHARS] if note else None


def _conditions(text: str) -> list[str]:
    """The clauses that say when or how to call, word for word (a phone's digits left out)."""
    norm = normalize_for_parsing(text)
    clauses = [piece for c in _CLAUSE_RE.findall(norm) if c.strip() for piece in _pieces(c.strip())]
    said = [re.sub(r"\s+", " ", _without_numbers(c)).strip() for c in clauses if _says_how(c)]
    return [c for c in said if c]


def _says_how(clause: str) -> bool:
    return bool(_CONDITION_RE.search(_without_numbers(clause)))


# a whole story typed with spaces for commas is one "clause": its space-separated pieces are read one by one (two
# together only for "白天 可以打"), so "每天晚上油烟熏得…一直到凌晨两点 从今年五月开始 找过社区" says nothing of calls
_LONG_CLAUSE = 30


def _pieces(clause: str) -> list[str]:
    chunks = clause.split()
    if len(clause) <= _LONG_CLAUSE or len(chunks) < 3:
        return [clause]
    kept = {i for i, chunk in enumerate(chunks) if _says_how(chunk)}
    for i in range(len(chunks) - 1):
        if not {i, i + 1} & kept and _says_how(f"{chunks[i]} {chunks[i + 1]}"):
            kept |= {i, i + 1}
    runs: list[list[str]] = []
    for i in sorted(kept):
        if runs and i - 1 in kept:
            runs[-1].append(chunks[i])
        else:
            runs.append([chunks[i]])
    return [" ".join(run) for run in runs]


def _without_numbers(clause: str) -> str:
    """A phone number's digits are no hour: "13880412376" must not read as "12点"; nor are they kept when read
    aloud ("1五8 6七2一 0三9八 别打太早")."""
    clause = spoken_digits_to_arabic(clause)
    return re.sub(r"(?<![A-Za-z_@.])\+?\d[\d \-]{6,}\d", " ", clause)  # not a WeChat id's digits
