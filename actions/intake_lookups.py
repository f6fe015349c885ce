"""The two details read against data: the category (classifier) and the place (national gazetteer)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from actions.category_help import ABBREVIATIONS, category_from_everyday_words, core_word
from actions.intake_turn import Turn, TurnResult, asked, may_set
from actions.matter_kind import PRAISE, SUGGESTION, detect_matter_kind, tells_a_story
from actions.not_known import DONT_KNOW
from actions.slots import NOT_FREE_TEXT_INTENTS
from bot.domain.category import CATEGORIES, is_confident, top_candidates
from bot.parsing.address import names_place_told
from bot.parsing.place_origin import origin_said, without_origin
from bot.parsing.place_scene import home_scene_said

CANDIDATE_FLOOR = 0.15
COMMON_CATEGORIES = ("城乡建设", "劳动和社会保障", "国土资源", "环境保护", "民政", "政法")
PROVINCE_CODE_LENGTH = 2
CITY_CODE_LENGTH = 4
DISTRICT_ASKED = "再说一下是哪个区（县）或者哪个镇（街道）吧"
BROAD_PLACE_NOTE = "好的，在{}。" + DISTRICT_ASKED + "，不清楚的话说“不知道”就行。"


def district_just_asked(events: list[dict]) -> bool:
    """Whether this turn's note (BROAD_PLACE_NOTE) already asked for the district of a city or province just
    given: the form's own place question would ask it twice."""
    for event in reversed(events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "bot" and DISTRICT_ASKED in (event.get("text") or ""):
            return True
    return False


# "就这些", "只知道在成都": no more of the place is known
NO_MORE_PLACE = re.compile(r"跳过|就这些|只知道")
# "同上", "一样的", "还是那里": at a later matter's place question, the place of the case just filed
SAME_PLACE = re.compile(
    r"同上|(?<!不)一样|同一[个条座栋间家]?(?:地方|地儿|位置|小区|社区|村|院|楼|单位|厂|街道|镇|乡)|同一度|(?:还是|也是|也在|还在|就在)(?:那|这)(?:里|儿|边|个地方|个小区|个村)|同一处|"
    # "就是我们小区门口", "也是那个小区": the same estate or village as the matter just filed
    r"(?:就是|也是|还是|也在|就在)(?:我们|我家|俺们|咱们)?(?:这个|那个)?(?:小区|村)"
)
PLACE_SUFFIX = re.compile(r"[省市区县镇乡村]|街道|社区|小区|路|街|巷|号")
# "上个月十几号", "15号那天": a day of the month, not a house number ("白岩路45号" keeps its 路)
DAY_OF_MONTH = re.compile(r"[0-9０-９一二三四五六七八九十几两]{1,3}号(?![楼院门栋])")
# "找过社区调解 俺哥不去": what the citizen did about it, with 社区 in it, is no place (ht-004)
TOLD_WHAT_WAS_DONE = re.compile(r"(?:找|问|打|去|报|告|闹)过|调解|没人管|不管|不理|不去")
# "县里", "我们村上", "这个小区" name no place by themselves
VAGUE_PLACE = re.compile(
    r"(?:我们|咱们|俺们|我|咱|俺|本|这个?|那个?)(?:[省市区县镇乡村]|小区|社区|街道)(?:里|上|头)?"
    r"|(?:^|(?<=[是在到去的,，\s把从给跟和被对向往让叫]))[省市区县镇乡村](?:里|上)"  # "他把村里的地租了"
)


def read_category(turn: Turn, clean: str, result: TurnResult, classify) -> None:

    chosen = turn.entity("category")
    if chosen in CATEGORIES and may_set(turn, "category"):
        result.set("category", chosen)
        result.set("category_confidence", 1.0)
        return
    story = result.updates.get("issue_text") or turn.slots.get("issue_text") or ""
    if asked(turn, "category"):
        # "养老" names a pension or an old people's home: the story decides
        named = named_category(clean, classify(story, matter=True) if story else None)
        if named:
            result.set("category", named)
            result.set("category_confidence", 1.0)
            return
    if turn.slots.get("category") and not asked(turn, "category"):
        return
    if asked(turn, "category"):
        story = f"{story}\n{clean}"
    if not story:
        return
    scores = classify(story, matter=True)  # the story is the citizen's matter by construction
    if scores and (is_confident(scores) or _plain_enough_for_kind(scores, story)):
        result.set("category", scores[0].name)
        result.set("category_confidence", round(float(scores[0].score), 3))
    else:
        # "其他" is always offered last, once: the question says "都不像就选其他"
        names = [s.name for s in top_candidates(scores, 3) if s.score >= CANDIDATE_FLOOR and s.name != "其他"]
        # no clear signal: offer the classes most matters fall into, so the citizen is never left with one button
        names += [c for c in COMMON_CATEGORIES if c not in names][: max(0, 5 - len(names))]
        result.set("category_candidates", [*names, "其他"])


def named_category(clean: str, story_scores: Sequence[Any] | None = None) -> str | None:
    """The one class the answer names ("民政", "是城乡建设的"), if it names exactly one; the story's
    `story_scores` decide an everyday word that fits two classes."""

    named = [c for c in CATEGORIES if c in clean or (len(clean) >= 2 and clean in c)]
    if len(named) == 1:
        return named[0]
    if named:
        return None
    return category_from_everyday_words(clean, story_scores=story_scores)  # "养老", "拆迁", "看病"


# a praise or a suggestion is not asked its class when one is this clear: staff may refile it, nothing hangs on it
LIGHT_KINDS = frozenset({PRAISE, SUGGESTION})
LIGHT_TOP, LIGHT_MARGIN = 0.45, 0.2


def _plain_enough_for_kind(scores: Sequence[Any], story: str) -> bool:
    top = scores[0].score
    second = scores[1].score if len(scores) > 1 else 0.0
    return (
        scores[0].name != "其他"
        and top >= LIGHT_TOP
        and top - second >= LIGHT_MARGIN
        and detect_matter_kind(story) in LIGHT_KINDS
    )


def _another_place(home: str | None, other: str | None) -> bool:
    """A place found outside the home clause that is not the home place nor around it ("成都" in a company's name
    beside "我是成都武侯区簇锦街道的" is the same city: the street at home is where the renovation was)."""
    return bool(home and other) and not (home.startswith(other) or other.startswith(home))


def read_location(turn: Turn, clean: str, result: TurnResult, gazetteer) -> None:
    code = turn.entity("location_code")
    if code:
        place = gazetteer.get(code)
        if place is not None:
            result.set("location", place.full_name)
            result.set("location_code", place.code)
            result.set("location_candidates", None)
            return
    last_code = turn.slots.get("last_location_code") or ""
    # "一样的 绿水镇" after a matter filed at 营山县's: the place just filed tells which 绿水镇
    context = turn.slots.get("location_code") or last_code or None
    resolution = gazetteer.resolve(clean, context_code=context)
    # asked where, "我在四川平昌县 老家 工地在东莞长安镇" names the home beside the site: the site is the answer
    away = without_origin(clean) if not turn.slots.get("location") and not asked(turn, "address") else clean
    elsewhere = gazetteer.resolve(away, context_code=context) if away != clean else None
    home = gazetteer.resolve(origin_said(clean)).location_code if elsewhere is not None else None
    if elsewhere is not None and _another_place(home, elsewhere.location_code):
        resolution = elsewhere  # "俺是定西…香泉镇的 … 在兰州工地干活": the work site, not the home village
        if len(elsewhere.location_code) == CITY_CODE_LENGTH:
            # the city is all that is told of the site, and the home place is a finer one: asked for the place,
            # the citizen would give the village again, a wrong place worse than the right city
            result.set("location", elsewhere.location)
            result.set("location_code", elsewhere.location_code)
            return
    scene = home_scene_said(clean) if not asked(turn, "address") else None
    at_home = gazetteer.resolve(scene, context_code=context) if scene else None
    if at_home is not None and at_home.status == "found":
        # "株洲市芦淞区建设街道 家是在荷塘区 他打我是在家里": where she is now goes, the home is where it happened
        result.set("location", at_home.location)
        result.set("location_code", at_home.location_code)
        result.set("location_candidates", None)
        return
    known_code = turn.slots.get("location_code") or ""
    chosen = _pick_candidate(turn.slots.get("location_candidates"), resolution)
    if chosen and asked(turn, "location"):
        # "北京的" after "朝阳区 is in Beijing and in Changchun": the answer picks one of the offered places
        result.set("location", chosen["name"])
        result.set("location_code", chosen["code"])
        result.set("location_candidates", None)
        return
    if resolution.status == "found":
        broad = len(resolution.location_code) in (PROVINCE_CODE_LENGTH, CITY_CODE_LENGTH)
        said_again = known_code == resolution.location_code  # the citizen knows no more than that
        if broad and not turn.slots.get("location") and not said_again:
            # "在上海读的幼儿园", "成都市武候区" (a typo): a province or a city only is no place to file; kept as
            # context, the question asks (again) for the district, which is then read within it
            result.set(
                "location_code",
                known_code if known_code.startswith(resolution.location_code) else resolution.location_code,
            )
            if asked(turn, "location"):
                result.notes.append(BROAD_PLACE_NOTE.format(resolution.location))
            return
        # a street said in the postal address is where the citizen lives, not where the matter happened
        deeper = (
            bool(known_code)
            and resolution.location_code.startswith(known_code)
            and not asked(turn, "address")
        )
        if may_set(turn, "location") or deeper:
            result.set("location", resolution.location)
            result.set("location_code", resolution.location_code)
            result.set("location_candidates", None)
        elif not known_code.startswith(resolution.location_code):  # not the known place or one around it
            result.conflicts["location"] = resolution.location
    elif resolution.status == "ambiguous" and may_set(turn, "location"):
        result.set(
            "location_candidates",
            [{"name": c.name, "code": c.code} for c in resolution.candidates[:5]],
        )
        if asked(turn, "location"):
            result.notes.append(f"“{resolution.matched_text}”有好几个地方叫这个名字，请选一下是哪里的。")
    elif (
        asked(turn, "location")
        and len(known_code) in (PROVINCE_CODE_LENGTH, CITY_CODE_LENGTH)
        and (DONT_KNOW.search(clean) or NO_MORE_PLACE.search(clean) or turn.intent == "skip")
    ):
        place = gazetteer.get(known_code)  # asked for the district and no more is known: the city is filed
        if place is not None:
            result.set("location", place.full_name)
            result.set("location_code", place.code)
    elif (
        asked(turn, "location")
        and turn.slots.get("last_location")
        and (SAME_PLACE.search(clean) or names_place_told(clean, turn.place_said))
    ):  # "就是水上公园里面的厕所": the park named with the place just filed
        result.set("location", turn.slots["last_location"])
        result.set("location_code", last_code)
        result.set("location_candidates", None)
    elif (
        asked(turn, "location")
        and turn.intent not in NOT_FREE_TEXT_INTENTS
        and PLACE_SUFFIX.search(DAY_OF_MONTH.sub("", VAGUE_PLACE.sub("", clean)))
        and not _names_a_class(clean)  # "农村农业吧" said to the wrong question is no village
        and not tells_a_story(clean)  # "路烂了好几年了 一下雨就走不了": more of the story, no place
        and not TOLD_WHAT_WAS_DONE.search(clean)
    ):
        # not in the national list (a new estate, a typo): keep the citizen's words (what they deny
        # left out: "不是北京"), staff check the code
        result.set("location", clean.strip()[:200])
        result.set("location_code", "")
        result.notes.append("我先按您说的地址记下，工作人员会核对具体的行政区划。")


def _names_a_class(clean: str) -> bool:
    """A class of matter said as the answer ("农村农业吧", "是城乡建设的", "三农"), not a place."""
    return bool(
        category_from_everyday_words(clean, exact_names_only=True) or core_word(clean) in ABBREVIATIONS
    )


def _pick_candidate(candidates: list[dict] | None, resolution) -> dict | None:
    """The one offered place that the answer names or lies within."""
    if not candidates or resolution.status == "none":
        return None
    codes = (
        [resolution.location_code]
        if resolution.status == "found"
        else [c.code for c in resolution.candidates]
    )
    matching = [c for c in candidates if any(c["code"].startswith(code) for code in codes if code)]
    return matching[0] if len(matching) == 1 else None
