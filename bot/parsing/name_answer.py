"""The answer to "怎么称呼您", read as people give it: "那我还是留吧，王建军", "我姓易，易春兰", "姓陈" → 陈,
"叫我小周吧", a refusal ("名字就不留了吧"), or who they are instead of a name ("本人是农民工")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.domain.text import normalize_for_parsing
from bot.parsing.minority_names import (
    NATIONALITY_SAID,
    answered_name,
    find_minority_name,
    is_minority_name,
)
from bot.parsing.name import (
    FORMAL_NAME_RE,
    ROLE_WORDS,
    extract_name,
    is_role,
    titled_name,
)
from bot.parsing.name_alone import (
    ADDRESS_AFTER_SURNAME,
    NOT_IN_ANSWER_NAME,
    TITLE_AFTER_SURNAME,
    whole_name,
)
from bot.parsing.name_given import name_to_register
from bot.parsing.people_alone import KIN, THIRD_PERSON
from bot.parsing.surnames import surname_length

_ANSWER_REFUSAL_RE = re.compile(
    r"不想留|不留|不方便|不愿意|不愿|不想说|不想告诉|不告诉|不说|匿名|保密|不用了|算了|跳过|不要留|先不|不想透露|就不|免了|"
    r"(?:不|勿)想?(?:讲|说|留)"  # Wu 勿 for 不: "名字勿想讲"
)
# ("怕姓龙的晓得", "那个姓方的": someone else by their surname, not the citizen's)
_SURNAME_ONLY_RE = re.compile(
    r"(?:免贵|我|本人|我们)?(?<![怕找告跟和同与被让给把个那这位])姓(?P<surname>[\u4e00-\u9fff]{1,2}?)"
    r"(?P<title>先生|女士|小姐)?(?=$|[,，。.!！\s]|就行|就好|吧|的|呢|[\u4e00-\u9fff]{2}(?P=surname))"
)
# "名字就写周吧", "就填个王", "就写钱先生": how to write the name, only the surname (with its title)
# "就写张阿婆好了", "写李大爷就行": the surname with how the citizen is called, as it is to be written
_WRITE_SURNAME_RE = re.compile(
    r"(?:名字|姓名)?(?:就|只)?(?:写|填|记)(?:成|作|个|上)?(?P<surname>[\u4e00-\u9fff]{1,2}?)"
    r"(?P<title>先生|女士|小姐|阿婆|阿姨|阿公|阿伯|大爷|大妈|大娘|大姐|大哥|婆婆|奶奶|爷爷|师傅|老太)?"
    r"(?=$|[,，。.!！\s]|就行|就好|就可以|好了|吧|的)"
)
_FULL_AFTER_SURNAME_RE = re.compile(
    r"姓(?P<surname>[\u4e00-\u9fff]{1,2}?)[,，\s]*(?:叫|全名|名字叫|名叫)?(?P<name>[\u4e00-\u9fff]{2,4})"
)
# "我叫王有田", "我是他女儿，叫王丽": a whole name right after the words that introduce it
_INTRO_ANSWER_RE = re.compile(
    r"(?:^|[,，。\s])(?:我叫|我教|俺叫|叫我|我是|俺是|本人是|本人叫|本人|我的名字(?:是|叫)|名字(?:是|叫)|我名叫|叫|是|"
    r"姓名[:：是]?)"  # 我教: a common slip of the pinyin keyboard for 我叫
    r"(?P<name>[\u4e00-\u9fff]{2,4}?(?:先生|女士|小姐)?)(?=$|[,，。.!！\s]|吧|啊|呀|哈|哦|就行|就好)"
)
_SYMBOLS_RE = re.compile(r"[^\w\s,，。.!！?？;；:：、·]")
# an ellipsis or a dash between words is a pause ("李…李秀兰", "谭——谭秀英")
_PAUSE_MARKS_RE = re.compile(r"[…⋯]+|\.{3,}|—+|-{2,}")
# "我是退休教师", "我就是个打工的": who they are, as said
_ROLE_SAID_RE = re.compile(r"(?:我是|本人是|我就是个?|我是个|我们是|本人)(?P<role>[^,，。.!！?？\s]{1,10})")
# a surname spelled out after it is said: "姓张 弓长张", "姓陈，耳东陈", "姓李木子李", "姓方 方向的方"
_SPELLED_SURNAME_RE = re.compile(
    r"姓(?P<surname>[\u4e00-\u9fff])[,，\s]*[\u4e00-\u9fff]{1,2}的?(?P=surname)(?![\u4e00-\u9fff])"
)
_KIN_THEN_NAME_RE = re.compile(
    r"(?:我是|本人是)[^,，。\s]{0,3}?(?:儿子|女儿|孙子|孙女|老伴|妻子|丈夫|老婆|老公|爱人|家属|侄子|侄女|外甥|女婿|"
    r"儿媳|媳妇|哥哥|姐姐|弟弟|妹妹|邻居)(?:叫)?(?P<name>[\u4e00-\u9fff]{2,3})(?=$|[,，。\s]|吧)"
)
# a clause that only says the name before is the whole one: "全名", "这是全名"
_NAME_WORD_ALONE_RE = re.compile(
    r"(?:^|[,，。\s])(?:这是|这个是|是|就是)?(?:全名|大名|真名|本名|全称)(?:啊|呀|哦|了)?(?=$|[,，。\s])"
)
_LAST_WORD_RE = re.compile(r"[^\s,，。.!！;；:：]*$")
# a family word after a surname-like character is who, not a given name: "(我)和孩子", "(俺)跟老公"
_FIRST_WORD_RE = re.compile(r"^[^\s,，。.!！;；:：]*")
# after a name said first, someone else named by who they are: "病人是我老伴 叫孙德胜", "我妈叫罗淑芬"
_SOMEONE_ELSE_NAMED_RE = re.compile(
    rf"(?:{KIN}|{THIRD_PERSON})[^,，。]{{0,3}}(?:[,，]?(?:叫|名字叫|姓名是?))"
)
_CLAUSE_SPLIT_RE = re.compile(r"[,，。.!！;；:：\s]+")
_ANSWER_FILLER_RE = re.compile(
    r"^(?:那|那么|好的|好吧|好|嗯|哦|额|呃|行|可以|就|我)*(?:我)?(?:还是)?|(?:吧|啊|哈|呀|哦|嘛|啦|喇|就行|就好|就可以|得啦|就得)+$"
)
# a name in Latin letters, as many in Guangdong and Hong Kong go by ("叫我阿May得啦", "Tony", "我叫Jenny Wong")
_LATIN_NAME_RE = re.compile(
    r"(?:叫我|我叫|叫|我是|是|本人|我的名字是|名字是|英文名)?\s*(?P<name>[阿小老]?[A-Za-z][A-Za-z.' -]{0,20}[A-Za-z])"
)


# Latin words that answer the question without being a name
_NOT_LATIN_NAMES = frozenset(
    {"no", "ok", "okay", "yes", "sorry", "skip", "pass", "null", "none", "na", "n a", "hi", "hello"}
)


@dataclass(frozen=True)
class NameAnswer:
    name: str | None = None
    refused: bool = False
    role: str | None = None  # "农民工": who they are, said instead of a name


def read_name_answer(text: str | None) -> NameAnswer:
    """The answer to the name question: a name (or a surname as said), a refusal, a role, or nothing."""
    norm = _joined(text)
    norm = (
        NATIONALITY_SAID.sub("", norm).strip("，, ") or norm
    )  # "包金山 蒙古族": the name beside the nationality
    norm = _NAME_WORD_ALONE_RE.sub("", norm).strip("，, ") or norm  # "图尔荪·买买提 全名": the name alone
    if not norm:
        return NameAnswer()
    # "次旺", "阿苦日哈是我名字": a name no list holds, said alone where it is asked
    name = answered_name(_CLAUSE_SPLIT_RE.sub("", norm), not_in_name=NOT_IN_ANSWER_NAME) or _name_in_answer(
        norm
    )
    if name:
        return NameAnswer(name=name)
    latin = _LATIN_NAME_RE.fullmatch(_ANSWER_FILLER_RE.sub("", norm))
    if latin and latin.group("name").lower() not in _NOT_LATIN_NAMES:
        return NameAnswer(name=latin.group("name").strip())
    if _ANSWER_REFUSAL_RE.search(norm):
        return NameAnswer(refused=True)
    said = _ROLE_SAID_RE.search(norm)
    if said and is_role(said.group("role")):
        return NameAnswer(role=said.group("role").rstrip("啊呀哦"))
    role = max((w for w in ROLE_WORDS if w in norm), key=len, default=None)
    return NameAnswer(role=role)


def _joined(text: str | None) -> str:
    """Normalised; a space beside a lone Chinese character is taken out ("王 有 田" → "王有田"), one between
    two phrases is a pause, read as a comma ("我是他女婿 叫周海涛"). A lone character said again in what follows
    is a surname said first and then in full ("谭 谭秀英", "钱 就写钱先生"): a pause too."""
    norm = _PAUSE_MARKS_RE.sub(" ", normalize_for_parsing(text or ""))  # "李…李秀兰"
    norm = _SYMBOLS_RE.sub("", norm).strip()  # "王秀英😊"
    parts = re.split(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])", norm)
    joined = parts[0]
    for before, after in zip(parts, parts[1:], strict=False):
        last, first = _LAST_WORD_RE.search(before).group(), _FIRST_WORD_RE.match(after).group()
        lone = (len(last) == 1 or len(first) == 1) and not (len(last) == 1 and last in first)
        joined += ("" if lone else "，") + after
    return joined


def _name_in_answer(norm: str) -> str | None:
    norm = _SPELLED_SURNAME_RE.sub(r"姓\g<surname>", norm)  # "我姓张，弓长张" says the surname twice
    registered = name_to_register(norm)  # "登记病人的名字王大勇，我姓周": the patient's name is the one filed
    if registered:
        return registered
    titled = titled_name(norm)  # "业委会主任熊建平", "我是村民代表曾繁荣"
    if titled:
        return titled
    kin = _KIN_THEN_NAME_RE.search(norm)  # "我爸叫杨光荣 我是他儿子杨小兵": the speaker's own name
    if kin and whole_name(kin.group("name")):
        return whole_name(kin.group("name"))
    formal = formal_name(norm)  # "我叫彭老三 大名彭世军": the name on the ID card
    if formal:
        return formal
    said = _said_name(norm)
    if said and _is_nickname(said):  # "叫我小周吧 周涛": the full name given after the nickname wins
        for clause in reversed([c for c in _CLAUSE_SPLIT_RE.split(norm) if c]):
            named = whole_name(_ANSWER_FILLER_RE.sub("", clause))
            if named and not _is_nickname(named) and named[0] == said.lstrip("老小阿")[0]:
                return named
    return said


def formal_name(text: str) -> str | None:
    """The whole name said as the formal one ("大名叫张志明", "全名李满仓", "身份证上是王建国"), or None."""
    formal = FORMAL_NAME_RE.search(_joined(text))
    return whole_name(formal.group("name")) if formal else None


def _is_nickname(name: str) -> bool:
    return name[0] in "老小阿" or name.endswith(("老大", "老二", "老三", "老四", "老五", "老幺"))


def _said_name(norm: str) -> str | None:
    first = _CLAUSE_SPLIT_RE.split(norm)[0]
    if whole_name(first) and _SOMEONE_ELSE_NAMED_RE.search(norm[len(first) :]):
        return whole_name(
            first
        )  # "钱桂英 病人是我老伴 叫孙德胜": her own name first, then whose the other is
    full = _FULL_AFTER_SURNAME_RE.search(norm)
    if full and full.group("name").startswith(full.group("surname")) and not is_role(full.group("name")):
        return whole_name(full.group("name")) or full.group("name")
    for said in _INTRO_ANSWER_RE.finditer(norm):
        named = whole_name(said.group("name"))
        if named:
            return named
    intro = extract_name(norm)
    if intro and not is_role(intro):
        return intro
    run_together = _CLAUSE_SPLIT_RE.sub("", norm)
    if is_minority_name(run_together):
        return run_together  # "迪丽娜尔 热合曼": one name said in its parts
    for clause in reversed([c for c in _CLAUSE_SPLIT_RE.split(norm) if c]):
        bare = _ANSWER_FILLER_RE.sub("", clause)
        named = whole_name(bare) or whole_name(clause)
        if named:
            return named
    minority = find_minority_name(norm)  # "名字 不对 我 阿不都热合曼": no Han surname, longer than four
    if minority:
        return minority
    surnames = [*_SURNAME_ONLY_RE.finditer(norm), *_WRITE_SURNAME_RE.finditer(norm)]  # "留个姓吧，姓黄"
    surnames.sort(key=lambda found: not found.group("title"))  # "姓钱 就写钱先生": as it is to be written
    for surname in surnames:
        if surname_length(surname.group("surname")) == len(surname.group("surname")):
            return surname.group("surname") + (surname.group("title") or "")
    bare = _ANSWER_FILLER_RE.sub("", norm)
    if len(bare) == 1 and surname_length(bare) == 1:
        return bare  # only the surname: "刘"
    return None


# what may stand beside a whole name said to fill out a surname: "名字写全 李满仓", "全名李满仓"
_FILL_OUT_WORDS_RE = re.compile(r"名字|写全|全名|大名|叫|我是|我|俺|是|就|吧|啊|哈|呀|,|，|\s")


def surname_said(recorded: str | None) -> str | None:
    """The surname a name on record gives and nothing more ("李", "罗大妈", "老周", "王先生"), or None."""
    if not recorded:
        return None
    base = recorded[1:] if recorded[0] in "老小" and len(recorded) >= 2 else recorded
    base = next(
        (base[: -len(t)] for t in TITLE_AFTER_SURNAME if base.endswith(t) and len(base) > len(t)), base
    )
    return base if base and surname_length(base) == len(base) else None


def fills_out(recorded: str | None, text: str | None) -> str | None:
    """The whole name a message gives for a name on record that was only a surname ("李" then "名字写全 李满仓"), or
    None: the message must be little more than that name."""
    surname = surname_said(recorded)
    if not surname or not text:
        return None
    said = read_name_answer(text).name
    if not said or said == recorded or not said.startswith(surname) or len(said) <= len(surname):
        return None
    if said[len(surname) :].endswith(ADDRESS_AFTER_SURNAME) or is_role(said):
        return None  # "李老板", "王主任": someone addressed, no given name
    if whole_name(said) != said or _FILL_OUT_WORDS_RE.sub("", _joined(text).replace(said, "")):
        return None
    return said


# "俺姓陈", "免贵姓王", "我姓欧阳": the citizen's own surname, said as such
_OWN_SURNAME_RE = re.compile(
    r"(?:我|俺|本人|免贵)姓(?P<surname>[\u4e00-\u9fff]{1,2}?)(?P<title>先生|女士|小姐)?(?=$|[,，。.!！\s]|吧|啊|呀|哈|的)"
)


def own_surname(text: str | None) -> str | None:
    """The surname a citizen gives as their own ("俺姓陈") in a message that gives no whole name, or None."""
    found = _OWN_SURNAME_RE.search(_joined(text))
    if found is None or surname_length(found.group("surname")) != len(found.group("surname")):
        return None
    return found.group("surname") + (found.group("title") or "")
