"""Splits a story that lists several matters ("一是…，二是…", "一个是…，另一个是…", "1. … 2. …", "…。还有…")
into one story each.

What the citizen says around the list ("都在株洲市荷塘区") belongs to every matter and is kept with each one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from actions.matter_kind import tells_a_story
from actions.matter_unmarked import unmarked_matters, with_shared_tail
from actions.question_detect import detect_question
from actions.turn_context import is_salutation
from bot.domain import text as textutil
from bot.parsing.name import extract_name
from bot.parsing.phone import extract_own_phone
from bot.parsing.respondent_roles import pos_tokens

# each series of markers: the same kind must appear at least twice, in order
SERIES = (
    r"(?<![不只第])(?:[一二三四五])是",  # not "第二是": the 第 series below
    # "第一件事是", "第二点：" but never "第一次", "第二天", "第一个月"
    r"第[一二三四五](?:(?:件|点|条|个(?![月星礼人]))(?:事情?|问题)?(?:是|[，,、：:])?|是|[，,、：:])",
    r"其[一二三四五][，,、：:]?",
    r"(?:一个是|另一个是|另外一个是|还有一个是|第[二三四五]个是)",
    r"[①②③④⑤]",
    r"(?<!\d)[1-5][.、．)）]",
    r"(?<![\u4e00-\u9fff])[一二三四五]、",
)
# what only announces the list ("我要反映两件事") is no part of either matter
_ANNOUNCE = re.compile(r"(?:两|二|三|几|好几|多)(?:件|个|桩)(?:事情?|问题)")
# what opens the list: clauses end at punctuation or, without it, at spaces ("我是营山县绿水镇的 我想说两个事 一个是…")
_HEAD_CLAUSE_END = re.compile(r"[，,。；;：:!！?？]|\s+")
# a greeting or a call is no part of any matter
_GREETING = re.compile(r"^(?:(?:喂+|你好|您好|哈喽|在吗|在不在|同志|领导|工作人员|请问)[啊呀,，!！~]*)+$")
# what follows the list and speaks of all of it ("都在…", "这两件事都…")
_SHARED_TAIL = re.compile(r"[，,。；;]\s*((?:都|全|均|两件|这两|以上|上面)[^。；;]*)$")
# a place said last, after the list ("…第二个是…盖房子了 甘肃省定西市安定区"): where both matters are
_PLACE_TAIL = re.compile(r"[，,。；;\s]\s*([\u4e00-\u9fff]{2,14}(?:省|市|区|县|镇|乡|街道|村))[。.!！\s]*$")
# "…臭死了我们是湖北黄冈市浠水县兰溪镇的": where we all live, said last without a break before it
_WE_ARE_FROM = re.compile(
    r"((?:我们|俺们|咱们|我|俺)(?:都|全)?(?:是|在|住在?)[\u4e00-\u9fff]{2,20}(?:省|市|区|县|镇|乡|街道|村)(?:的|人)?)[。.!！\s]*$"
)
_EDGES = "，,。；;：: "
# "还有一件事 小区电梯也老坏", "另外一个问题：…", "我再反映个事，…": another matter told during an intake
# "(还有)一件别的事要反映", "(另外)个问题": one more matter announced, in both readings below
_ONE_MORE = r"(?:一|1|另)?(?:件|个|桩|条|点)(?:别的|小)?(?:事情?|问题|建议|意见|想法|诉求)(?:要(?:反映|说))?"
_ANOTHER_MATTER = re.compile(
    r"^\s*(?:对了|哦|噢|啊|还有|然后)?[，,。\s]*(?:我|俺)?"
    rf"(?:还有|另外还有|另外|再|还要|还想|顺便|顺带|又想起|想起来|又有)(?:反映|说|问|讲|提)?{_ONE_MORE}[：:，,。！!\s]*"
)
MIN_ANOTHER_MATTER_CHARS = 4
# "没有 还有个事 村里低保都给了他亲戚": a short answer first, then another matter announced
# or a suggestion added ("对 另外建议一下 乡村教师的交通补贴也该涨涨了"), which keeps its word: it is a suggestion
_ANSWER_THEN_ANOTHER = re.compile(
    r"[，,。！!\s]+(?:对了|哦|噢)?[，,\s]*(?:我|俺)?"
    r"(?:(?:另外|还有|顺便)(?:我|俺)?(?:还)?(?:想|要)?(?:提|给)?(?:个|一个|一条|点)?(?P<suggest>建议|意见)(?:一下|一个|一条|个)?"
    rf"|(?:还有|另外还有|另外){_ONE_MORE})"
    r"[：:，,。！!\s]*"
)
MAX_ANSWER_CJK = 15


_UNNUMBERED = SERIES[3]  # "一个是…另一个是…" counts nothing
_NUMERALS = {c: i for i, c in enumerate("一二三四五", 1)} | {c: i for i, c in enumerate("12345", 1)}
_NUMERALS |= {c: i for i, c in enumerate("①②③④⑤", 1)}


def _in_order(marks: list[re.Match]) -> bool:
    """ "1. … 2. …" counts up one by one; "第二天…第二天" is no list."""
    numbers = [next((_NUMERALS[c] for c in mark.group() if c in _NUMERALS), 0) for mark in marks]
    return all(later == earlier + 1 for earlier, later in zip(numbers, numbers[1:], strict=False))


def split_matters(text: str) -> list[str]:
    """One story per matter when the text lists two or more; [] when it tells one matter."""
    text = (text or "").strip()
    # "１．", "第壹個是" read char for char as "1.", "第一个是": the marks' offsets hold in the original
    marked = textutil.to_simplified(textutil.to_halfwidth(text))
    for pattern in SERIES:
        marks = list(re.finditer(pattern, marked))
        if len(marks) < 2 or (pattern != _UNNUMBERED and not _in_order(marks)):
            continue
        head = "，".join(
            clause.strip(_EDGES)
            for clause in _HEAD_CLAUSE_END.split(text[: marks[0].start()])
            if clause.strip(_EDGES)
            and not _ANNOUNCE.search(textutil.to_simplified(clause))
            and not _GREETING.match(textutil.to_simplified(clause).strip(_EDGES))
            and not is_salutation(clause.strip(_EDGES))  # "老表你好": a call, no part of any matter
        )
        bodies = [text[m.end() : n.start()] for m, n in zip(marks, marks[1:], strict=False)]
        last = text[marks[-1].end() :]
        last_marked = marked[marks[-1].end() :]  # "在東莞市長安鎮" ends with a place too
        tail_match = (
            _SHARED_TAIL.search(last_marked)
            or _PLACE_TAIL.search(last_marked)
            or _WE_ARE_FROM.search(last_marked)
        )
        tail = last[slice(*tail_match.span(1))].strip(_EDGES) if tail_match else ""
        if tail_match:
            last = last[: tail_match.start()]
        bodies.append(last)
        stories = [body.strip(_EDGES) for body in bodies]
        if sum(1 for story in stories if len(story) >= 4) < 2:
            continue
        return ["，".join(part for part in (head, story, tail) if part) for story in stories if story]
    return _also_matters(text) or unmarked_matters(text)


# "…投诉了好几次没人管！！！还有小区门口那个垃圾站臭死了": a new sentence opened with 还有 tells another matter,
# unless it goes on about the same party ("。还有他们把垃圾堆在楼道里") or ends the story ("。还有就这些")
_ALSO_SENTENCE = re.compile(
    r"[。！!？?]+\s*(?:另外还有|还有就是|还有|另外)[，,、\s]*(?!他|她|它|这家|那家|这个人|那个人|就这|没了|别的没"
    r"|希望|要求|请|麻烦|恳请|我(?:想|要|希望|觉得|是|的)|我们(?:希望|要求|想))"
    # "…没她的名字 还有一个事 小区门口…": with no full stop, another matter only when announced as one
    r"|[，,\s]+(?:还有|另外还有|另外|再)(?:一|1|另)?(?:个|件|桩)(?:别的)?事情?[，,：:、\s]*"
)
MIN_MATTER_CJK = 6


def _also_matters(text: str) -> list[str]:
    marked = textutil.to_simplified(textutil.to_halfwidth(text))  # one character for one: offsets hold
    stories, start = [], 0
    for also in _ALSO_SENTENCE.finditer(marked):
        stories.append(text[start : also.start()].strip(_EDGES))
        start = also.end()
    stories.append(text[start:].strip(_EDGES))
    if len(stories) < 2 or any(textutil.cjk_count(story) < MIN_MATTER_CJK for story in stories):
        return []
    return with_shared_tail(stories)


# "还有 我的补贴上个月开始没了 两件事": a bare 还有 (仲有 in Cantonese) opens it, and the message ends saying it
# is another matter
_BARE_ALSO = re.compile(r"^\s*(?:还有|另外还有|另外|仲有)[，,。、\s]+")
_IS_ANOTHER_TAIL = re.compile(
    r"[，,。！!\s]+(?:这|呢|这个)?(?:是|系|係)?(?:两|二|2)(?:件|个|桩|码)(?:事情?|嘢)(?:来的|嚟㗎|嚟|啊|呀|喔|哦|嘛|啦|嘅|来)?[。！!\s]*$"
)


def another_matter(text: str) -> str | None:
    """The story of another matter a message opens with "还有一件事…", or None (also when only announced)."""
    text = text or ""
    simple = textutil.to_simplified(text)  # one character for one: the slices hold
    found = _ANOTHER_MATTER.match(simple)
    tail = None if found else _IS_ANOTHER_TAIL.search(simple)
    found = found or (_BARE_ALSO.match(simple) if tail else None)
    if not found:
        return None
    rest = text[found.end() : tail.start() if tail else len(text)].strip(_EDGES)
    return rest if textutil.cjk_count(rest) >= MIN_ANOTHER_MATTER_CHARS else None


def answer_then_another_matter(text: str) -> tuple[str, str] | None:
    """ "没有 还有个事 村里低保都给了他亲戚": the answer to the question asked, and another matter's story; None when
    the message does not go on to another matter after a short answer."""
    text = text or ""
    found = _ANSWER_THEN_ANOTHER.search(textutil.to_simplified(text))  # one character for one: slices hold
    if not found:
        return None
    head, rest = text[: found.start()].strip(_EDGES), text[found.end() :].strip(_EDGES)
    if (
        not 1 <= textutil.cjk_count(head) <= MAX_ANSWER_CJK
        or textutil.cjk_count(rest) < MIN_ANOTHER_MATTER_CHARS
    ):
        return None
    if not found["suggest"] and detect_question(rest) is not None and not tells_a_story(rest):
        return None  # "没有 还有个问题 我能不能起诉": a question, answered where it is read
    return head, f"{found['suggest']}：{rest}" if found["suggest"] else rest


LATER_MATTER_NOTE = (
    "好的，这件事我也记下了：“{}”。咱们先把第一件登记完，提交以后接着登记这件，姓名和电话不用再说一遍。"
)


def later_matter_updates(slots: dict, story: str) -> dict:
    """Slots that keep another matter for after this case is filed (action_offer_next_matter takes it up)."""
    return {"pending_matters": [*(slots.get("pending_matters") or []), story], "more_matters": True}


@dataclass(frozen=True)
class AnswerThenMatter:
    """ "没有 还有个事 村里低保…": the answer to read now, and what keeps the other matter for later."""

    answer: str
    note: str
    updates: dict


def answer_and_later_matter(text: str, slots: dict) -> AnswerThenMatter | None:
    """The one reading of an answer followed by another matter, for every question that may get one (the
    intake's and the route question's); None when the message does not go on to another matter."""
    split = answer_then_another_matter(text)
    if split is None:
        return None
    answer, story = split
    return AnswerThenMatter(answer, LATER_MATTER_NOTE.format(story), later_matter_updates(slots, story))


LISTED_MATTERS_NOTE = "您说了{}件事，我分开登记，一件一个编号。{}。我们先登记第一件，提交以后接着登记下一件，姓名和电话不用再说一遍。"
ORDINALS = "一二三四五"
COUNTS = "零一两三四五"
STORY_INTENTS = frozenset({"tell_problem", "inform"})


def listed_plan(stories: list[str], note: str = LISTED_MATTERS_NOTE) -> str:
    listed = "；".join(f"第{ORDINALS[i]}件：“{text}”" for i, text in enumerate(stories[: len(ORDINALS)]))
    return note.format(COUNTS[len(stories)] if len(stories) < len(COUNTS) else len(stories), listed)


def first_story_matters(text: str, intent: str | None, known_story: str | None) -> list[str]:
    """The matters of a first story that lists them ("1.…加班费 2.…消防通道"): one case each, never one
    dropped; [] when a story is already known or the message tells one matter."""
    if known_story or intent not in STORY_INTENTS:
        return []
    return split_matters(text)


def listed_matters_updates(stories: list[str]) -> dict:
    """The first matter is this case; the others wait for action_offer_next_matter. A name and a phone said
    at the end of the list ("…第二件…。我叫易志军，电话139…") are the citizen's for every case."""
    return {
        **contact_in(stories[1:]),
        "issue_text": stories[0],
        "pending_matters": stories[1:],
        "more_matters": True,
    }


# the citizen introducing themselves: only then is a name in a story theirs ("村主任易建国…" is not)
_INTRODUCES = re.compile(r"(?:我|俺|本人)(?:叫|是|姓)|(?:我|俺)的?(?:名字|姓名)")


def contact_in(stories: list[str]) -> dict:
    """The citizen's own name and phone, said inside the matters after the first."""
    found: dict = {}
    for story in stories:
        name = extract_name(story) if _INTRODUCES.search(textutil.normalize_for_parsing(story)) else None
        number = extract_own_phone(story)
        if name and "petitioner_name" not in found:
            found["petitioner_name"] = name
        if number and "phone" not in found:
            found["phone"] = number
    return found


# personal words of small talk ("我想吃面条", "你真烦"): never a party
_PERSONAL = re.compile(r"[我你您咱]")
MAX_THING_CHARS = 20


def names_a_thing(clean: str) -> bool:
    """A short message that only names something ("丰巢快递柜", "美团外卖骑手", "楼下的烧烤摊") and asks nothing:
    an answer to the question asked, whatever the classifier thought of it."""
    text = clean.strip(_EDGES + "!！?？~～")
    if not text or len(text) > MAX_THING_CHARS or _PERSONAL.search(text) or not textutil.has_cjk(text):
        return False
    tokens = pos_tokens(text)
    if not tokens or not tokens[-1][2].startswith("n"):
        return False
    # "讲个笑话", "放首歌" ask for something; "卖菜的老张", "拼多多上的卖家" name someone by what they do
    return not tokens[0][2].startswith("v") or "的" in text


def without_clauses(text: str, clauses: list[str]) -> str:
    """`text` with the (question) clauses found in it word for word taken out, its own characters kept."""
    for clause in clauses:
        if clause.strip() and clause.strip() in text:
            text = text.replace(clause.strip(), "")
    return text.strip() or text
