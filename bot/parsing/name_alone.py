"""A whole name said on its own: what counts as one ("王有田", "小周", "欧阳", "次仁卓玛"), and a message that is
nothing but a name ("郝金花", "胡敏") or only introduces the writer ("我叫庞秀英")."""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing
from bot.gazetteer.aliases import is_everyday_word
from bot.parsing.minority_names import is_minority_name
from bot.parsing.name import HONORIFICS, NOT_NAMES, REFUSALS, clean_name, extract_name, is_role
from bot.parsing.people_alone import KIN
from bot.parsing.respondent_roles import pos_tokens
from bot.parsing.surnames import surname_length

# Characters that end a name given as a whole answer; looser than _NOT_IN_NAME (王有田, 李来福, 张和平).
NOT_IN_ANSWER_NAME = set(
    "的了是在我你他她们吗呢吧啊哦嗯个这那不没事想要说找去电话号码村镇乡市区县省街路楼户司厂店局"
)
_PLACE_SURNAMES = frozenset("楼路")
_WHERE_AFTER_RE = re.compile(r"[里上下口边道头梯顶]")
_KIN_WORD_RE = re.compile(rf"(?:{KIN})")


def whole_name(candidate: str) -> str | None:
    """A whole clause that is a name: surname plus one to three characters, or 小周 / 老王, or 欧阳."""
    title = next((t for t in HONORIFICS if candidate.endswith(t) and len(candidate) > len(t) + 2), "")
    if title:  # "王有田先生": the name as said, with its title
        named = whole_name(candidate[: -len(title)])
        return named + title if named else None
    if len(candidate) == 2 and surname_length(candidate) == 2:
        return candidate  # a two-character surname alone: "欧阳"
    if is_minority_name(candidate):
        return candidate  # "次仁卓玛", "阿不都热合曼", "扎西": no Han surname
    if not 2 <= len(candidate) <= 4 or candidate in NOT_NAMES or is_role(candidate):
        return None
    # 楼 and 路 are surnames too ("楼佳慧"): then only the given name is read for those characters
    given = candidate[1:] if len(candidate) == 3 and candidate[0] in _PLACE_SURNAMES else candidate
    if given != candidate and _WHERE_AFTER_RE.search(given):
        return None  # "楼道里", "路边上": a place
    if any(c in NOT_IN_ANSWER_NAME for c in given) or REFUSALS.search(candidate):
        return None
    if not re.fullmatch(r"[\u4e00-\u9fff]+", candidate):
        return None
    if candidate[0] in "小老" and len(candidate) == 2 and surname_length(candidate[1:]) == 1:
        return candidate
    surname = surname_length(candidate)
    if len(candidate) - surname >= 2 and _KIN_WORD_RE.fullmatch(candidate[surname:]):
        return None  # "我和孩子" answered at the name question says who is concerned
    if surname == 0 or len(candidate) <= surname or (len(candidate) == 4 and surname == 1):
        return clean_name(candidate, need_surname=True) if candidate.endswith(HONORIFICS) else None
    return candidate


TITLE_AFTER_SURNAME = (
    "先生",
    "女士",
    "小姐",
    "大妈",
    "大爷",
    "大娘",
    "阿姨",
    "师傅",
    "大姐",
    "大哥",
    "老师",
)
_ADDRESS_WORDS_TEXT = "老板 经理 主任 书记 村长 支书 大夫 医生 警官 队长 所长 局长 科长 站长 校长 会计 老总 总 工 姐 哥 叔 婶 姨 伯 嫂 爷 奶"
# what follows a surname in a way of addressing someone, not a given name: "李老板", "王主任", "张姐"
ADDRESS_AFTER_SURNAME = (
    *TITLE_AFTER_SURNAME,
    *tuple(_ADDRESS_WORDS_TEXT.split()),
)


def only_a_name(text: str | None) -> str | None:
    """A message that is nothing but a person's whole name ("郝金花"), or None."""
    said = re.sub(r"[\s。.!！~，,]+", "", normalize_for_parsing(text or ""))
    if not 3 <= len(said) <= 4 or said[1:].endswith(ADDRESS_AFTER_SURNAME):
        return None  # "王主任", "李老板": someone addressed by surname and title, not the writer's name
    return whole_name(said)


# where a message that is only a whole name is the citizen's own, said ahead or given after all (at the respondent,
# head-count, time or category question it may be the party or the person concerned)
_NAME_ALONE_AT = frozenset({"prior_report", "legal_status", "phone"})


def name_said_alone(text: str | None, asked: str | None) -> str | None:
    """ "郝金花", "胡敏" alone at the court, earlier-report or phone question: the citizen's name, else None."""
    return name_alone(text) if asked in _NAME_ALONE_AT else None


def name_alone(text: str | None) -> str | None:
    """A message that is nothing but a person's name, whole ("郝金花") or of two characters ("胡敏"), or None."""
    return only_a_name(text) or _two_character_name(text)


def _two_character_name(text: str | None) -> str | None:
    """ "胡敏": a surname and one character, and no word in everyday use ("白天", "方便", "周末")."""
    said = re.sub(r"[\s。.!！~，,]+", "", normalize_for_parsing(text or ""))
    if len(said) != 2 or surname_length(said) != 1 or "某" in said or is_everyday_word(said):
        return None
    tagged = pos_tokens(said)  # jieba tags a person's name nr: "胡敏", not "钱包", "江湖"
    return whole_name(said) if len(tagged) == 1 and tagged[0][2] == "nr" else None


# what is left of a self-introduction once the name is out: "我叫", "俺是", "本人", "名字叫", "我姓陈 叫"
_INTRODUCTION_WORDS = re.compile(r"[我俺咱本人的名字姓叫是就啊呀哈嘛吧哦嗯\s,，.。!！~]")


def only_introduces(text: str | None) -> str | None:
    """ "我叫庞秀英", "俺是张俊峰", "本人王大力": a message that only says who the writer is (the name), or None;
    asked anything else, it answers the name question ahead, never that one."""
    norm = normalize_for_parsing(text or "")
    name = extract_name(norm)
    if not name or _INTRODUCTION_WORDS.sub("", norm.replace(name, "")).replace(name[0], ""):
        return None
    return name
