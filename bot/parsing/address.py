"""The answer to "您的通讯地址？" (第19条: a petition gives name and address; 第23条: the written notice goes
there), and the address as staff screens show it (省市区 in clear, the rest hidden).

The address is kept as the citizen wrote it (trimmed, emoji dropped, at most 200 characters); only the
checks read a normalised copy (`bot.domain.text.normalize_for_parsing`). The gazetteer tells whether it names a
place.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.domain.text import INVISIBLE_RE, has_words, normalize_for_parsing
from bot.gazetteer import get_gazetteer
from bot.parsing.phone import extract_phone

MAX_ADDRESS_CHARS = 200
MASK = "****"

# "红旗路18号", "12号" at the address question: the number of a door, not the 18th of a month
_BARE_DAY_RE = re.compile(r"(?:\d{1,4}|[一二三四五六七八九十百零〇]{1,4})号")
_ROAD_BEFORE_RE = re.compile(
    r"(?:路|街|巷|弄|道|里|村|组|屯|院|苑|园|湾|坊|广场|大厦|小区|胡同|[A-Za-z])\s*$"
)
_UNIT_AFTER_RE = re.compile(r"^\s*(?:楼|院|栋|幢|单元|门|室|铺|房)")


def is_door_number(text: str, said: str, *, address_asked: bool = False) -> bool:
    """Whether the time `said` in `text` ("18号") is a house number: a bare day said at the address question,
    after the name of a road ("红旗路18号"), or before 楼/栋 ("18号楼"). "10月12号" is a date wherever it is said."""
    if not _BARE_DAY_RE.fullmatch(said or ""):
        return False
    if address_asked:
        return True
    at = text.find(said)
    after = text[at + len(said) :]
    return at >= 0 and bool(_ROAD_BEFORE_RE.search(text[:at]) or _UNIT_AFTER_RE.match(after))


# "水上公园", "阳光小区": a place within a district, named by the citizen
_LANDMARK_RE = re.compile(
    r"公园|广场|小区|花园|市场|菜市场|医院|学校|小学|中学|幼儿园|车站|商场|景区|体育馆|图书馆|社区"
)
_NOT_IN_A_NAME = set("那这个的叫是在里就我你他她们俺咱该")


def names_place_told(text: str, told: str) -> bool:
    """ "就是水上公园里面的厕所" after "…友谊路街道 那个公园叫水上公园" was the place of the matter before: the
    same named place ("那个公园" names none)."""
    if not told:
        return False
    for found in _LANDMARK_RE.finditer(text):
        for size in (4, 3, 2):
            name = text[max(0, found.start() - size) : found.end()]
            prefix = name[: len(name) - len(found.group())]
            if len(prefix) == size and not set(prefix) & _NOT_IN_A_NAME and name in told:
                return True
    return False


# "同上", "就是出事那个地方": the address is the problem's place (the caller copies `location`)
_SAME_PLACE_RE = re.compile(
    r"^(?:就|也|还)?(?:同上|同前|同上面|一样|一样的|相同|同一个?地[方址点])$"
    r"|(?:跟|和|与|同)(?:上面|前面|刚才|刚刚|之前|前头|上头|出事|事发|发生|问题)[^,，。]{0,8}?(?:一样|相同|一致)"
    r"|(?:就是|就在|也是|也在|还是|住在?|就住在?)(?:那个|那|这个|这)?(?:出事|事发|发生|问题|反映|说)[^,，。]{0,6}?(?:地方|地点|那里|那儿|那块|那边|的地址)"
    r"|^(?:就是|就在|也是|也在|还是)?(?:那里|那儿|那个地方|那边|上面那个|上面的地址|刚才那个地址|刚才说的地址)$"
    r"|(?:地址|住址)(?:跟|和|同)?(?:上面|前面|刚才)?(?:一样|相同)"
)
# "不方便说", "不留了", "跳过", "免" (Minnan: no need), "不说 他会找到": the citizen does not give one (no written
# notice then)
_REFUSAL_RE = re.compile(
    r"跳过|不方便|不用寄|不要寄|别寄|不寄|不想留|不留|不想说|不想告诉|不告诉|不愿|不给|不填|不写|不用了|不用留|不需要|不要了|算了|"
    r"免了|免啦|免咯|^免$|保密|隐私|先不|就不|不提供|没有地址|没地址|没有固定|居无定所|无固定住|不想透露|不说了|^不用$|^不了$|"
    r"不说|不能说|不敢说|不敢留|不敢写|不能留|不能写|不能告诉|"  # "不说 他会找到": a victim keeps it from the abuser
    r"^没有$|^没$|^无$|^不$|^不要$|^skip$"
)
_QUESTION_RE = re.compile(
    r"[?？]|干嘛|干啥|干什么|做什么|为什么|为啥|有什么用|有啥用|必须|一定要|非要|非得|能不能|可不可以|可以不|要不要|是不是|吗$|呢$"
)
# A number with its unit, or a postcode: an address by itself ("12栋3单元502", "邮编419300")
_NUMBERED_RE = re.compile(
    r"\d+\s*(?:号楼|号院|号|栋|幢|座|单元|室|楼|层|组|队|弄|巷|排|户|门|区)|邮编|邮政编码|(?<!\d)\d{6}(?!\d)"
)
# Words an address is made of; alone they count only when the answer is not a question
_ADDRESS_WORD_RE = re.compile(
    r"省|自治区|市|州|盟|县|区|旗|乡|镇|街道|村|屯|组|社区|小区|路|街|巷|弄|胡同|大道|花园|苑|公寓|大厦|"
    r"宿舍|新村|家园|广场|号|栋|幢|单元|室|村委|居委|办事处|学校|医院|工厂|厂|公司|单位"
)
_POSTCODE_RE = re.compile(r"(?:邮编|邮政编码)\s*[:：是为]?\s*(\d{6})(?!\d)")
# "地址是…", "住址：…": the lead-in is not part of the address
_LABEL_RE = re.compile(
    r"(?:通讯地址|通信地址|联系地址|家庭住址|地址|住址)\s*(?:是|为|在|:|：)\s*"
    r"|(?:^|(?<=[,，。;；\s]))(?:通讯地址|通信地址|联系地址|家庭住址|地址|住址)\s*"
)
_FILLER_RE = re.compile(r"^(?:好的|好|嗯|哦|行|可以|那|我)[,，。!！\s]*")
_TAIL_RE = re.compile(r"(?:吧|啊|呀|哈|嘛|哦|啦|的|就行|就好|就可以|就是了)+$")  # "同上吧", "一样的就行"


@dataclass(frozen=True)
class AddressAnswer:
    """`address` as written; or `refused`; or `same_as_location` (copy the problem's place)."""

    address: str | None = None
    refused: bool = False
    same_as_location: bool = False
    postcode: str | None = None
    place_named: bool = False  # the gazetteer recognised a province, city, county or town in it


def read_address_answer(text: str | None) -> AddressAnswer | None:
    """The answer to the address question, or None when it is no answer (a question, chatter, a number)."""
    norm = normalize_for_parsing(text or "")
    core = _FILLER_RE.sub("", _without_symbols(norm)).strip(" ,，。.!！~～")
    if not has_words(core):
        return None
    if _SAME_PLACE_RE.search(core) or _SAME_PLACE_RE.search(_TAIL_RE.sub("", core)):
        return AddressAnswer(same_as_location=True)
    more = _SAME_PLUS_RE.match(core)
    if more and (
        _NUMBERED_RE.search(more["more"]) or _ADDRESS_WORD_RE.search(more["more"])
    ):  # "同上 团城山街道杭州东路21号3栋": the problem's place, and below it what is said here
        return AddressAnswer(address=more["more"], same_as_location=True)
    mentions = get_gazetteer().mentions(core)
    place_named = bool(mentions)
    numbered = _NUMBERED_RE.search(core) is not None
    worded = _ADDRESS_WORD_RE.search(core) is not None
    if extract_phone(core) and not (
        numbered or worded or any(not e.short for m in mentions for e in m.entries)
    ):
        return None  # "我没有大陆手机，打我舅舅的吧 139…": a phone, and "大陆" only a town's short name
    question = _QUESTION_RE.search(core) is not None
    if place_named or numbered or (worded and not question and not _REFUSAL_RE.search(core)):
        postcode = _POSTCODE_RE.search(core)
        return AddressAnswer(
            address=clean_address(text),
            postcode=postcode.group(1) if postcode else None,
            place_named=place_named,
        )
    if _REFUSAL_RE.search(core):
        return AddressAnswer(refused=True)
    return None


# a piece of an address below the division: a street, an estate, a building ("江南中街", "富力海珠城", "三栋")
_BELOW_DIVISION_RE = re.compile(
    r"^[\w\-#]{1,16}(?:街|路|巷|弄|胡同|大道|道|号|栋|幢|座|单元|室|楼|层|小区|社区|花园|苑|城|村|组|屯|队|"
    r"大厦|广场|公寓|新村|家园|庭|府|湾|期|院|宿舍|市场|中心)(?:[\d\-#]+(?:室|号|房)?)?$"
)
_CHUNK_SPLIT_RE = re.compile(r"[\s,，、]+")


# "同上 禾丰镇 下宅村", "同上，8号楼2单元1201": the same place, with the village, street or door below it
_SAME_PLUS_RE = re.compile(r"^(?:就|也|还)?(?:同上|同前|一样)[，,、:：\s]+(?P<more>\S.*)$")
_DIVISION_END = "省市区县旗镇乡道村屯"


def under_the_place(location: str, more: str) -> str:
    """The place with what is said below it, without saying twice what the place already names ("…团城山街道" and
    "团城山街道杭州东路21号3栋" → "…团城山街道杭州东路21号3栋")."""
    said = normalize_for_parsing(more).replace(" ", "")
    for size in range(len(said), 1, -1):
        if said[size - 1] in _DIVISION_END and said[:size] in location:
            said = said[size:]
            break
    return f"{location}{said}"[:MAX_ADDRESS_CHARS] if said else location


def address_below_place(location: str | None, message: str | None) -> str | None:
    """ "同上" after the place was told as "广州市海珠区 江南中街 富力海珠城 三栋": the official place with the
    street, estate and building said after it (`message` is the message that told the place); None when the
    message says nothing more of the place ("我在沈阳浑南区租的房子…" goes on with the story)."""
    if not location or not message:
        return None
    norm = normalize_for_parsing(_without_symbols(message))
    found = get_gazetteer().resolve(norm)
    if found.status != "found" or not found.matched_text or found.matched_text not in norm:
        return None
    rest = norm[norm.index(found.matched_text) + len(found.matched_text) :]
    pieces: list[str] = []
    for chunk in _CHUNK_SPLIT_RE.split(rest.strip(" 。.!！~～")):
        if not chunk:
            continue
        if not _BELOW_DIVISION_RE.match(chunk):
            break
        pieces.append(chunk)
    return f"{location} {' '.join(pieces)}"[:MAX_ADDRESS_CHARS] if pieces else None


def clean_address(text: str | None) -> str | None:
    """The address as written from its label on ("地址是…"): emoji and invisible characters dropped, trimmed,
    at most 200 characters."""
    kept = INVISIBLE_RE.sub("", _without_symbols(text or ""))
    label = _LABEL_RE.search(kept)
    if label and kept[label.end() :].strip():
        kept = kept[label.end() :]
    kept = re.sub(r"[ \t\u3000]+", " ", kept).strip()
    return kept[:MAX_ADDRESS_CHARS].rstrip() or None


def _without_symbols(text: str) -> str:
    """Emoji and pictographs out (So/Sk/Cs characters, ZWJ, skin tones); letters, digits, punctuation kept."""
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("So", "Sk", "Cs", "Co"))


def mask_address(address: str | None) -> str | None:
    """ "湖南省长沙市岳麓区****": the province, city and county in clear (as the gazetteer names them),
    the rest hidden; "****" when no single county-level place is recognised."""
    if not address or not address.strip():
        return None
    gazetteer = get_gazetteer()
    found = gazetteer.resolve(address)
    if found.status != "found" or not found.location_code:
        return MASK
    division = gazetteer.get(found.location_code[:6]) or gazetteer.get(found.location_code)
    return f"{division.full_name}{MASK}" if division is not None else MASK
