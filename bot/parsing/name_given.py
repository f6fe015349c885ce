"""Names a writer gives that are not a plain "我叫…": the name signed at the foot of a letter ("此致 敬礼！ 钟丽萍
2026年12月5日", "股民代表：蔡文章、蔡秀云等十二人"), and the name of the person to register when someone writes for
them ("登记病人的名字王大勇，我姓周", "写老人名字韩秀英 联系人是我 社工马丽"), and a name said with
the phone as a contact pair ("杨春梅 电话13888061742")."""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing
from bot.parsing.name import clean_name, is_role

_NAME = r"(?P<name>[\u4e00-\u9fff]{2,4}?)"
# the foot of a letter: the closing, an optional label, the first name signed, then a date, a list or the end
_SIGNED_RE = re.compile(
    r"(?:此致|敬礼)[\s!！,，。.]*(?:敬礼)?[\s!！,，。.]*"
    r"(?:[\u4e00-\u9fff]{0,4}代表|反映人|来信人|署名|具名|联名人)?[:：\s]*"
    + _NAME
    + r"(?=$|[、,，。.\s]|等|[0-9０-９]|二〇|二零)"
)
# the person to register, whose name follows: "登记病人的名字王大勇", "写老人名字韩秀英", "登记我爸的名字 胡正友"
_REGISTER_RE = re.compile(
    r"(?:登记|写|填|记|留|报)(?:一下|上)?(?P<whose>[^,，。\s]{0,4}?)的?(?:名字|姓名)(?:吧|啊|呀|就行)?[:：,，\s]*"
    + _NAME
    + r"(?=$|[,，。.!！;；\s])"
)


def _whole(candidate: str) -> str | None:
    name = clean_name(candidate, need_surname=True)
    return name if name == candidate and not is_role(name) else None


def signed_name(text: str | None) -> str | None:
    """The first name signed under a letter's closing (此致 敬礼), or None."""
    norm = normalize_for_parsing(text or "")
    signed = _SIGNED_RE.search(norm)
    return _whole(signed.group("name")) if signed else None


def name_to_register(norm: str) -> str | None:
    """The name the writer asks to register, for the person written for ("登记病人的名字王大勇"), or None."""
    for said in _REGISTER_RE.finditer(norm):
        name = _whole(said.group("name"))
        if name:
            return name
    return None


# a name and a phone, the whole message: "杨春梅 电话13888061742", "王丽，手机：186 3890 5521"
_WITH_PHONE_RE = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,4})[\s,，、]*(?:我的?)?(?:电话|手机|手机号|联系电话|号码)?(?:是|号)?[:：\s]*"
    r"(?:\+?86[\s-]?)?(?=\d)[\d\s-]{7,}[。.!！]?"
)


def name_beside_phone(text: str | None) -> str | None:
    """The name of a message that is only a name and a phone ("杨春梅 电话13888061742"), or None."""
    said = _WITH_PHONE_RE.fullmatch(normalize_for_parsing(text or "").strip())
    return _whole(said.group("name")) if said else None
