"""Mainland China contact phone numbers: mobiles and landlines (libphonenumber metadata via `phonenumbers`)."""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import PhoneNumberType

from bot.domain.text import normalize_for_parsing
from bot.parsing.digit_typos import letters_as_digits

_ALLOWED_TYPES = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE}

# A run of digit groups joined by separators (space, dashes, dots), optionally behind +86 / 0086 and with the
# area code optionally in brackets. Bounded by non-alphanumerics so IDs and case numbers are not cut open.
_SEP = r"[ \-‐‑–—－.·]"
_RUN_RE = re.compile(
    r"(?<![0-9A-Za-z])"
    r"(?P<cc>(?:\+|00)\s*86\s*[-‐‑–—－]?\s*)?"
    rf"(?P<body>(?:\(\s*0?\d{{2,3}}\s*\)\s*[-‐‑–—－]?\s*)?\d+(?:{_SEP}{{1,3}}\d+)*)"
    r"(?P<ext>\s*(?:转|分机|ext\.?|x)\s*(?P<extnum>\d{1,6}))?"
    r"(?![0-9A-Za-z])",
    re.IGNORECASE,
)
_GROUP_SPLIT_RE = re.compile(rf"(?:{_SEP}|[()])+")
# 幺 and 么 are the 1 and 洞 the 0 of numbers read aloud ("幺三九", "幺洞幺"), as on the radio
_CN_DIGITS = {
    "〇": "0",
    "零": "0",
    "洞": "0",
    "幺": "1",
    "么": "1",
    "一": "1",
    "二": "2",
    "两": "2",
    "三": "3",
}
_CN_DIGITS.update({"四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"})
# one digit read aloud; 么 not in 什么, 怎么, 这么, 那么, 多么, 要么 and 洞 not in 山洞, 漏洞
_CN_DIGIT = r"(?:[〇零幺一二两三四五六七八九]|(?<![什怎这那多要])么|(?<![山漏窟地])洞)"
# a number read aloud in groups, as it is written on a card: "一三七 八二九四 五五一六", "幺五八-四七七一-零二三六";
# Arabic groups may stand among them ("139 零四六八 2275")
_CN_DIGIT_RUN_RE = re.compile(rf"(?:{_CN_DIGIT}|\d)+(?:[ \-‐‑–—－.·]{{1,3}}(?:{_CN_DIGIT}|\d)+)*")
_MIN_SPOKEN_DIGITS = 7  # fewer are a count or a date ("三四个", "二零二二"), not a number to call
_MAX_DIGITS = 13  # +86 and a 4-digit area code with an 8-digit number, without the trunk 0
_DATE_RE = re.compile(r"(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?")


def _arabic(run: str) -> str:
    return "".join(_CN_DIGITS.get(c, c) for c in run)


def spoken_digits_to_arabic(text: str) -> str:
    """``一三八一二三四五六七八`` (typed by voice input) → ``13812345678``, ``幺三九 零四六八 二二七五`` →
    ``139 0468 2275``; only runs of 7+ digits with a Chinese one among them, their separators kept. Letters typed
    for digits in a number are read too (``1383521O476``)."""

    def spoken(m: re.Match[str]) -> str:
        run = m.group()
        digits = sum(c.isdigit() or c in _CN_DIGITS for c in run)
        has_spoken = any(c in _CN_DIGITS for c in run)
        return _arabic(run) if has_spoken and digits >= _MIN_SPOKEN_DIGITS else run

    return _CN_DIGIT_RUN_RE.sub(spoken, letters_as_digits(text))


def _format(number: phonenumbers.PhoneNumber) -> str:
    national = str(number.national_number)
    if national.startswith("1") and len(national) == 11:
        return national
    area_len = phonenumbers.length_of_geographical_area_code(number) or 3
    return f"0{national[:area_len]}-{national[area_len:]}"


def _parse(digits: str, with_cc: bool) -> str | None:
    """Digits only (no separators) → canonical number, or None when not a valid mobile/landline."""
    if with_cc:  # the trunk 0 is optional after +86: "+86 20 8765 4321", "+86 020-87654321"
        national = digits[1:] if digits.startswith("0") else digits
        if not 9 <= len(national) <= 11:
            return None
        candidate = "+86" + national
    elif (len(digits) == 11 and digits[0] == "1") or (digits[:1] == "0" and 10 <= len(digits) <= 12):
        candidate = digits
    else:
        return None
    try:
        number = phonenumbers.parse(candidate, "CN")
    except phonenumbers.NumberParseException:
        return None
    if number.country_code != 86 or not phonenumbers.is_valid_number(number):
        return None
    if phonenumbers.number_type(number) not in _ALLOWED_TYPES:
        return None
    national = str(number.national_number)
    if national[0] == "1" and len(national) == 11 and not re.fullmatch(r"1[3-9]\d{9}", national):
        return None
    return _format(number)


def _from_run(match: re.Match[str]) -> tuple[str, bool] | None:
    """Best number in one run of digit groups, and whether it used up the whole run."""
    groups = [g for g in _GROUP_SPLIT_RE.split(match.group("body")) if g]
    with_cc = match.group("cc") is not None
    # Try the longest contiguous combination of groups first: "138 1234 5678" before "138". No number has
    # more than _MAX_DIGITS digits, so no more groups: a long list of numbers stays linear.
    for size in range(min(len(groups), _MAX_DIGITS), 0, -1):
        for start in range(len(groups) - size + 1):
            found = _parse("".join(groups[start : start + size]), with_cc and start == 0)
            if not found:
                continue
            end = start + size
            if "-" in found:  # landline: an extension may follow as "-123", "转123"
                if match.group("extnum"):
                    found += "-" + match.group("extnum")
                elif end == len(groups) - 1 and 1 <= len(groups[end]) <= 5:
                    found += "-" + groups[end]
                    end += 1
            return found, start == 0 and end == len(groups)
    return None


# a number of Hong Kong, Macao or Taiwan, said with its country code: "+852 6123 4587", "00853-6612-3456"
_ABROAD_RE = re.compile(
    rf"(?<![0-9A-Za-z])(?:\+|00)\s*(?P<cc>852|853|886)\s*(?:{_SEP}|[()])*"
    rf"(?P<body>\d(?:(?:{_SEP}|[()]){{0,3}}\d){{6,10}})(?![0-9A-Za-z])"
)


def _abroad(match: re.Match[str]) -> str | None:
    """ "+852 61234587" from one match of _ABROAD_RE, or None when it is no valid mobile or landline there."""
    digits = re.sub(r"\D", "", match.group("body"))
    try:
        number = phonenumbers.parse(f"+{match.group('cc')}{digits}", None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number) or phonenumbers.number_type(number) not in _ALLOWED_TYPES:
        return None
    return f"+{number.country_code} {number.national_number}"


def abroad_number_spans(norm: str) -> list[tuple[int, int, str]]:
    """Where the Hong Kong, Macao and Taiwan numbers stand in normalised text, each with its mask."""
    return [
        (m.start(), m.end(), mask_phone(found)) for m in _ABROAD_RE.finditer(norm) if (found := _abroad(m))
    ]


def _first_abroad(norm: str) -> str | None:
    return next((found for m in _ABROAD_RE.finditer(norm) if (found := _abroad(m))), None)


def extract_phone(text: str | None) -> str | None:
    """First valid mainland mobile (``13812345678``) or landline (``020-87654321[-123]``) in the text; else a
    Hong Kong, Macao or Taiwan number said with its country code (``+852 61234587``)."""
    if not text:
        return None
    norm = spoken_digits_to_arabic(normalize_for_parsing(text))
    for match in _RUN_RE.finditer(norm):
        found = _from_run(match)
        if found:
            return found[0]
    return _first_abroad(norm)


# "老板的电话是020-87654321": a number the story gives for someone else is not the citizen's
_SOMEONE_ELSES_RE = re.compile(
    r"(?:老板|经理|包工头|工头|老总|对方|他|她|它|物业|公司|厂里|村长|村支书|支书|书记|主任|房东|中介|司机|店家|商家|"
    r"卖家|老师|校长|领导|站长|队长|组长|负责人|那人|那个人|邻居|楼上|楼下|医生|律师|民警|警察|派出所|单位)"
    r"(?:家|们)?的?(?:办公)?(?:电话|手机|号码|手机号|联系方式|微信)(?:号码?)?(?:是|为|：|:|打)?\s*$"
)


# "打我舅舅的吧 139…", "换个号 用这个": the number just given is the one to call, whatever was given before
_CALL_THIS_RE = re.compile(
    r"(?:打|联系|找)(?:我|俺)[\u4e00-\u9fff]{1,3}的(?:吧|电话|手机|号码?)?|(?:换|改)(?:个|成|用)?这个(?:号|电话)?|"
    r"换个号|用这个号|打这个(?:号码?|电话|手机)|改打"
)


def says_call_this_number(text: str | None) -> bool:
    """Whether the message says its number is the one to call ("打我舅舅的吧 13907345218")."""
    return bool(_CALL_THIS_RE.search(normalize_for_parsing(text or "")))


def extract_own_phone(text: str | None) -> str | None:
    """Like `extract_phone`, but skips a number the text gives as someone else's ("老板的电话是…")."""
    if not text:
        return None
    norm = spoken_digits_to_arabic(normalize_for_parsing(text))
    for match in _RUN_RE.finditer(norm):
        found = _from_run(match)
        if found and not _SOMEONE_ELSES_RE.search(norm[max(0, match.start() - 14) : match.start()]):
            return found[0]
    abroad = next((m for m in _ABROAD_RE.finditer(norm) if _abroad(m)), None)
    if abroad and not _SOMEONE_ELSES_RE.search(norm[max(0, abroad.start() - 14) : abroad.start()]):
        return _abroad(abroad)
    return None


def is_valid_phone(s: str | None) -> bool:
    """True when the whole string is one valid mobile or landline (separators and +86 allowed)."""
    if not s:
        return False
    norm = spoken_digits_to_arabic(normalize_for_parsing(s))
    abroad = _ABROAD_RE.fullmatch(norm.strip())
    if abroad:
        return _abroad(abroad) is not None
    match = _RUN_RE.fullmatch(norm)
    found = _from_run(match) if match else None
    return found is not None and found[1]


def mask_phone(s: str) -> str:
    """``13812345678`` → ``138****5678``; ``020-87654321`` → ``020-****4321``."""
    phone = extract_phone(s) or re.sub(r"\D", "", normalize_for_parsing(s))
    if phone.startswith("+"):  # "+852 61234587" → "+852 ****4587"
        code, _, national = phone.partition(" ")
        return f"{code} {'*' * max(len(national) - 4, 0)}{national[-4:]}"
    if re.fullmatch(r"1\d{10}", phone):
        return f"{phone[:3]}****{phone[-4:]}"
    parts = phone.split("-")
    if len(parts) >= 2 and parts[0].startswith("0"):
        sub = parts[1]
        return f"{parts[0]}-{'*' * max(len(sub) - 4, 0)}{sub[-4:]}"
    if len(phone) <= 4:
        return "*" * len(phone)
    return "*" * (len(phone) - 4) + phone[-4:]


def looks_like_phone_attempt(text: str | None) -> bool:
    """Digits that look meant as a phone number (7+ digits) but no valid number among them."""
    if not text:
        return False
    norm = spoken_digits_to_arabic(normalize_for_parsing(text))
    if extract_phone(text) is not None:
        return False
    for match in _RUN_RE.finditer(_DATE_RE.sub(" ", norm)):
        if sum(c.isdigit() for c in match.group("body")) >= 7:
            return True
    return False


_PIECE_RE = re.compile(rf"(?:(?:我的)?(?:电话|手机|手机号|号码)(?:是|：|:)?\s*)?\d+(?:{_SEP}+\d+)*")


def _piece_text(text: str) -> str:
    """A message of digits only, read aloud or not ("一三七", "幺五八 4771"), in Arabic digits."""
    norm = normalize_for_parsing(text).strip(" 。.，,~")
    return _arabic(norm) if _CN_DIGIT_RUN_RE.fullmatch(norm) else spoken_digits_to_arabic(norm)


def _digits(text: str) -> str:
    return "".join(c for c in _piece_text(text) if c.isdigit())


def is_phone_piece(text: str | None) -> bool:
    """A message that is only a few digits ("13925", "138 9315", "2044", "一三七"): part of a number told in
    pieces."""
    norm = _piece_text(text or "")
    return bool(_PIECE_RE.fullmatch(norm)) and 3 <= len(_digits(norm)) <= 10


def phone_from_pieces(earlier: tuple[str, ...] | list[str], text: str | None) -> str | None:
    """The number the latest message completes with the pieces sent just before it (each a message of digits
    only, the oldest first): "13925", "180" and then "667 你咋回事 我在报电话" → ``13925180667``."""
    last = [m.group() for m in _RUN_RE.finditer(_piece_text(text or ""))]
    if len(last) != 1:
        return None
    tail = _digits(last[0])
    for start in range(len(earlier) - 1, -1, -1):
        piece = earlier[start]
        if not is_phone_piece(piece) or extract_phone(piece):
            return None
        joined = "".join(_digits(p) for p in earlier[start:]) + tail
        if len(joined) > _MAX_DIGITS:
            return None
        if _parse(joined, with_cc=False):
            return _parse(joined, with_cc=False)
    return None


# "就是刚才那个电话", "用上面说的号码", "還是剛才那個電話": the number said earlier in this conversation
_SAID_EARLIER_RE = re.compile(
    r"(?:刚才|刚刚|上面|前面|之前|开头|一开始)(?:那个|那|说的|给的|留的|发的|报的|打的)*"
    r"(?:电话|号码|手机号?|号|\d{3,4}(?:开头)?的)"  # "就刚刚那个186的": the number by its first digits
    # "电话还是一样", "手机号跟刚才的一样"
    r"|(?:电话|号码|手机号?)(?:也|还|都)?(?:是)?(?:跟|和|同)?(?:刚才|刚刚|上面|前面|之前)?的?(?:一样|相同|同上)"
)


def refers_to_phone_said(text: str | None) -> bool:
    """Whether the message points back to a number the citizen gave earlier, instead of giving one."""
    norm = normalize_for_parsing(text or "")
    return bool(_SAID_EARLIER_RE.search(norm)) and not extract_phone(norm)


def latest_own_phone(messages: list[str]) -> str | None:
    """The citizen's own number in the latest of `messages` that holds one."""
    return next((number for number in map(extract_own_phone, reversed(messages)) if number), None)
