"""Answers that cross the respondent question: at the category or the time question a message that speaks only of
parties ("朝阳交通支队吧 具体哪个大队我也不知道 拖车的是个清障公司", "区政府 当时是征收办来签的") answers who, and tells
nothing more of the matter; at the respondent question a message that tells only where the matter stands in law
("罚单是开了 我还没交", "我们老百姓不懂打官司") answers the court question, and names nobody.
"""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing
from bot.parsing.legal_status import detect_legal_status, names_procedure
from bot.parsing.respondent import first_unit
from bot.parsing.respondent_answer import bare, names_a_party
from bot.parsing.respondent_elsewhere import names_only_a_party

# questions whose answer is never a party, so a party said alone there is said ahead of its own question
# (not the earlier report, court, address or name questions, where "村委会"/"法院" answers that question)
PARTY_AHEAD_OF = frozenset({"category", "occurred_at"})
# a household or a person by surname, or an animal's keeper: "3号楼姓赵的那户", "楼下姓王的", "狗主人", "养狗的那家"
_HOUSEHOLD_RE = re.compile(
    r"(?:[0-9一二三四五六七八九十]+(?:号楼|栋|幢|单元|楼)|楼上|楼下|隔壁|对门|对面)?(?:的)?(?:那个|那)?"
    r"姓[\u4e00-\u9fff](?:的(?:那|这)?(?:一)?(?:户|家|人家|个人|人)?)?"
    r"|(?:那|这)?(?:个|家)?(?:狗|猫|牛|羊|马)的?主人(?:家)?|养(?:狗|猫)的(?:那|这)?(?:一)?(?:户|家|人家|人)?"
)
# not knowing which one exactly: "具体哪个大队我也不知道", "名字记不清了"
_NOT_KNOWN_RE = re.compile(r"不(?:知道|清楚|晓得|记得)|记不(?:清|得|住)|说不(?:清|上来|出来)")
# a piece that says who it was: "拖车的是个清障公司", "当时是征收办来签的", "狗是他家的"
_WHO_IT_WAS_RE = re.compile(r"是(?:个|一个|一家|那个|那家)?")
# what was done, which is the matter: "老板跑了", "村主任贪污", "不给钱"
_DEED_RE = re.compile(
    r"跑|欠|贪|骗|打|骂|偷|抢|占|拆|砍|咬|卖|扣|罚|收|涨|停|关|堵|吵|闹|排|臭|污|坏|烂|漏|塌|伤|死|"
    r"不(?!知道|清楚|晓得|记得)|没(?!有)|未|乱|违"
)
_PIECES_RE = re.compile(r"[\s,，。；;!！、]+")


def parties_said_ahead(text: str | None) -> str | None:
    """The party a message names first when the whole message speaks only of parties, else None.

    "朝阳交通支队吧 具体哪个大队我也不知道 拖车的是个清障公司" → 朝阳交通支队; "物业 电梯坏了半年不修" tells the
    matter (None); "村委会" alone is for `names_only_a_party`."""
    pieces = [p for p in _PIECES_RE.split(normalize_for_parsing(text or "").strip()) if p]
    if len(pieces) < 2 or "?" in (text or "") or "？" in (text or ""):
        return None
    first = names_only_a_party(pieces[0]) or _household(pieces[0])
    if not first or not all(_about_a_party(piece) for piece in pieces[1:]):
        return None
    return first


def _household(piece: str) -> str | None:
    said = bare(piece)
    return said if _HOUSEHOLD_RE.fullmatch(said) else None


def _about_a_party(piece: str) -> bool:
    """A piece that names a party, says who it was, or that the citizen does not know which one: no deed in it."""
    if _household(piece) or names_only_a_party(piece):
        return True
    if _NOT_KNOWN_RE.search(piece):
        return not _DEED_RE.search(_NOT_KNOWN_RE.sub("", piece))
    said = _WHO_IT_WAS_RE.search(piece)
    unit = first_unit(piece[said.end() :]) if said else None
    rest = piece.replace(unit, "") if unit else piece
    return bool(said) and names_a_party(piece) and not _DEED_RE.search(rest)


# where a suit or a review would go, named as such: no party the matter is against
_PROCEDURE_ORGANS_RE = re.compile(r"(?:人民)?(?:法院|法庭|仲裁委(?:员会)?|仲裁庭|检察院|复议机关)")


def tells_court_status_only(text: str | None, reading: str) -> bool:
    """At the respondent question: the message says where the matter stands in law ("罚单是开了 我还没交 能复议吗",
    "没有 我们老百姓不懂打官司") and names no party beside a court (`reading` is the message without its questions)."""
    if detect_legal_status(text) is None or not names_procedure(text):
        return False  # a bare "没有" says there is nobody in particular
    return not names_a_party(_PROCEDURE_ORGANS_RE.sub(" ", normalize_for_parsing(reading)).strip())
