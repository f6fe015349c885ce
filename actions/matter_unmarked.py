"""Several matters told without list marks: "…社区说让我等 另外我家楼下坡道天天被堵…", "村里修路的账没公示 还有
俺家的低保被停了 两个事", "工资拖了三个月 再一个 宿舍没有热水"; and the citizen's word that what was told is
several matters ("这是两件事啊", "分开登记", "不要写一起").

A bare 还有/另外 usually goes on with the same matter ("工资没发 还有社保也没交"): it separates matters only when
the citizen counts them ("两个事") or asks for them to be split, or when 另外 opens another place of the
citizen's life ("另外我家楼下…"). What is said last about where both are ("都是田林县潞城乡的", "济南历下区")
goes with every matter.
"""

from __future__ import annotations

import re

from bot.domain import text as textutil
from bot.domain.category import classify_category

# "两个事", "三件事情", "两个问题", "俩事": the citizen counts the matters
_COUNTED = re.compile(r"(?:两|二|俩|三|仨|几|2|3)(?:个|件|桩|样)?(?:事情?|问题)")
# a clause that only counts them ("我要反映两个事", "有两件事啊"): no part of either matter
_COUNT_CLAUSE = re.compile(
    r"^(?:我|俺|咱)?(?:要|想|还)?(?:反映|说|讲|问|有)?(?:一下)?" + _COUNTED.pattern + r"[啊呀哈哦嘛的]?$"
)
_BOUNDARY = r"(?:^|[^\w]+)"  # punctuation, spaces, emoji
# another matter announced in words: always a new matter
_ANNOUNCED = (
    r"(?:还有|另外还有|另外|再有|再)(?:一|1|另)?(?:个|件|桩)(?:别的)?事情?|第[二三四2-4](?:个|件|桩)事情?"
    r"|另(?:一|外一)(?:个|件|桩)事情?|再一个|再就是|其次"
    r"|(?:还有|另外)(?:一|另)(?:个|件|桩)(?=[是，,：:、\s])"  # "一个是… 还有一个 小区门口…"
)
# a bare "and": a new matter only when counted, asked for, or opening another part of life (below)
_BARE = r"另外还有|还有就是|还有|另外|以及"
_CONNECTOR = re.compile(_BOUNDARY + rf"(?P<word>{_ANNOUNCED}|{_BARE})(?:是|呢|啊)?[，,：:、\s]*")
# what 另外 opens that is elsewhere in the citizen's life: "另外我家楼下…", "另外俺们村…", "另外小区门口…"
_ELSEWHERE = re.compile(
    r"(?:我|俺|咱)们?(?:家|村|小区|楼|单位|厂|公司|儿子|女儿|孩子|老人|父亲|母亲|爸|妈|老伴)|村里|小区|楼下|楼上|单位"
)
# said last, about where every matter is: "济南历下区", "都是田林县 潞城瑶族乡的", "都在佛山南海"
_PLACE_CLAUSE = re.compile(
    r"^(?:都|也|全)?(?:是|在)?[\u4e00-\u9fff]{2,14}(?:省|市|区|县|镇|乡|街道|街|路|村|社区|旗)(?:的|这边|那边|附近)?$"
)
_SHARED_CLAUSE = re.compile(r"^(?:都|全|均)(?:是|在)[\u4e00-\u9fff]{2,16}$")
_EDGES = "，,。；;：: "
_CLAUSE = re.compile(r"[，,。；;：:\s]+")
MIN_MATTER_CJK = 6


def counts_matters(text: str) -> bool:
    """The citizen says how many matters there are ("两个事", "三件事情")."""
    return bool(_COUNTED.search(textutil.to_simplified(text or "")))


def unmarked_matters(text: str, *, asked: bool = False) -> list[str]:
    """One story per matter of a text that tells several without list marks; [] when it tells one.
    `asked`: the citizen said they are several matters, so a bare "还有" separates them too."""
    text = (text or "").strip()
    marked = textutil.to_simplified(textutil.to_halfwidth(text))  # one character for one: offsets hold
    counted = asked or counts_matters(marked)
    cuts = [
        found
        for found in _CONNECTOR.finditer(marked)
        if found.start("word") > 0 and _separates(found, marked, counted)
    ]
    if not cuts:
        return []
    pieces, start = [], 0
    for cut in cuts:
        pieces.append(text[start : cut.start()])
        start = cut.end()
    pieces.append(text[start:])
    stories = [_without_count(piece) for piece in pieces]
    if len(stories) < 2 or any(textutil.cjk_count(story) < MIN_MATTER_CJK for story in stories):
        return []
    only_elsewhere = not counted and not any(re.fullmatch(_ANNOUNCED, cut["word"]) for cut in cuts)
    if only_elsewhere and not all(_another_kind(a, b) for a, b in zip(stories, stories[1:], strict=False)):
        return []
    tail = _shared_tail(stories[-1])
    if tail and textutil.cjk_count(stories[-1][: -len(tail)]) < MIN_MATTER_CJK:
        return []
    return with_shared_tail(stories)


def with_shared_tail(stories: list[str]) -> list[str]:
    """Where the last matter says every matter is ("…消防通道被堵了半年 东莞市长安镇"), said with each."""
    tail = _shared_tail(stories[-1]) if stories else ""
    return [f"{story}，{tail}" if tail and not story.endswith(tail) else story for story in stories]


def _separates(found: re.Match, marked: str, counted: bool) -> bool:
    word = found["word"]
    if re.fullmatch(_ANNOUNCED, word) or counted:
        return True
    # "另外我家楼下…": another part of the citizen's life; "还有我家…" usually goes on with the same matter
    return word == "另外" and bool(_ELSEWHERE.match(marked, found.end()))


# "另外我家被偷的电动车也没找回来" after "派出所不立案": the same matter goes on
_GOES_ON = re.compile(r"[也还又]")


def _another_kind(first: str, then: str) -> bool:
    """ "另外我家楼下…" tells another matter only when it does not go on with the first ("也", "还") and the two
    are of different kinds (the subsidy and the blocked ramp; not two complaints of one 物业)."""
    if _GOES_ON.search(textutil.to_simplified(then)):
        return False
    kinds = [classify_category(text, matter=True) for text in (first, then)]
    return bool(kinds[0] and kinds[1]) and kinds[0][0].name != kinds[1][0].name


def _without_count(piece: str) -> str:
    """The piece without the clauses that only count the matters ("我要反映两个事")."""
    clauses = _CLAUSE.split(piece.strip(_EDGES))
    seps = _CLAUSE.findall(piece.strip(_EDGES))
    kept = ""
    for index, clause in enumerate(clauses):
        if _COUNT_CLAUSE.match(textutil.to_simplified(clause)):
            continue
        kept += (seps[index - 1] if kept and index > 0 else "") + clause
    return _FIRST_MARK.sub("", kept.strip(_EDGES)).strip(_EDGES)


# the first of a list whose next ones are unmarked: "一个是我们楼下广场舞… 还有一个 …"
_FIRST_MARK = re.compile(r"^(?:一个是|一是|第一个?(?:事|问题)?是?|首先|头一个是?)[，,：:\s]*")


def _shared_tail(last: str) -> str:
    """The clauses at the end of the last matter that say where every matter is ("济南历下区 甸柳新村街道")."""
    clauses = list(re.finditer(r"[^，,。；;\s]+", last))
    start = None
    for clause in reversed(clauses[1:]):  # the first clause is the matter itself
        simple = textutil.to_simplified(clause.group())
        if not (_PLACE_CLAUSE.match(simple) or _SHARED_CLAUSE.match(simple)):
            break
        start = clause.start()
    return last[start:].strip(_EDGES) if start is not None else ""


# the citizen says what was told is several matters, or asks for it to be split
_ASKS_SPLIT = re.compile(
    r"(?<![不没])(?:是|有|说的|说了|反映的?)(?:两|二|俩|三|几)(?:个|件|桩|回)(?:事|问题)|两码事|两回事|不是一(?:个|件|回)事"
    r"|分开(?:来)?(?:登记|记|写|办|弄|算|填|报|提交|处理)|(?:别|不要|不能|莫)(?:写|记|登记|放|搞|混)(?:在)?一(?:起|块|堆)"
    r"|(?:另外|另)(?:一|外)?(?:个|件)(?:事|问题)(?:啊|呀)?$|单独(?:登记|记|写|算)"
)


def asks_to_split(text: str | None) -> bool:
    """ "这是两件事啊", "分开登记", "不要写一起": what was told is several matters, one case each."""
    return bool(_ASKS_SPLIT.search(textutil.normalize_for_parsing(text or "")))


# "那坡道的呢", "房子那个呢", "我儿子学校那个事呢": the citizen asks after one of the matters told
_ASKS_AFTER = re.compile(
    r"^(?:那个|那|还有|可是|但是)?(?:我|俺)?(?:的|家)?(?P<what>[\u4e00-\u9fff]{2,8}?)"
    r"(?:的|那个|那件|那桩|这个)(?:事情?)?呢[?？!！。.~～\s]*$"
)
_NOT_A_MATTER = re.compile(
    r"^(?:那[我你您俺]|然后|结果|后面|以后|接下来|下一步|下面|你们|你|您|我|怎么|为什么|为啥|多久|什么时候)"
)


def asks_after_matter(text: str | None) -> str | None:
    """What a short "那坡道的呢" names (a matter the citizen told), or None."""
    found = _ASKS_AFTER.match(textutil.normalize_for_parsing(text or "").strip())
    if found is None or _NOT_A_MATTER.match(found["what"]):
        return None
    return found["what"]


def names_told(what: str, story: str) -> bool:
    """ "儿子学校" names "我儿子在学校被打了": two characters of it together in the story."""
    simple = textutil.to_simplified(story or "")
    return any(what[i : i + 2] in simple for i in range(len(what) - 1))


# what a request about the matters speaks of; "我和我老公 还有两个帮工" (a head count) speaks of none
_OF_MATTERS = re.compile(r"事|问题|分开|单独|一起|一块|一堆|[件桩]|[一二两三]是|第[一二三]|先登|先记|先说")


def speaks_of_matters(text: str | None) -> bool:
    return bool(_OF_MATTERS.search(textutil.normalize_for_parsing(text or "")))
