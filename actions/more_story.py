"""More of the story told later is kept word for word, so nothing the citizen says about the matter is lost."""

from __future__ import annotations

import re

from actions.asking_only import puts_off_filing
from actions.correction_parse import is_explicit_correction
from actions.correction_remarks import about_the_record, speaks_of_the_record
from actions.intake_lookups import named_category
from actions.intake_turn import Turn, TurnResult
from actions.matter_kind import is_grievance, tells_a_story
from actions.not_known import DONT_KNOW
from actions.question_detect import detect_question, without_questions
from actions.question_kinds import QuestionKind
from actions.question_only import asks_without_grievance
from actions.questions import answered_aside
from actions.slots import COMPANIONS
from bot.domain import text as textutil
from bot.domain.safety import asks_to_keep_away
from bot.gazetteer import get_gazetteer
from bot.parsing import occurred_at
from bot.parsing.respondent_ahead import PARTY_AHEAD_OF, parties_said_ahead, tells_court_status_only
from bot.parsing.respondent_parts import names_a_matter

STORY_AT_CATEGORY_INTENTS = frozenset({"tell_problem", "inform", "out_of_scope", "nlu_fallback"})
# what a reader notes for the next question, not a detail the message gave
HINTS = frozenset({"category_candidates", "category_confidence", "location_candidates"})
# a story this short is only its first piece ("宅基地"); "噪音扰民" is a whole matter
FRAGMENT_CJK = 4
# a message correcting a detail, this short, says nothing more of the matter
DETAIL_ONLY_CJK = 40
# a message saying a detail on record again (or otherwise), this short, is only that (a time or a place said again may
# still come with more of the story: "上个月开始的 天天半夜施工")
RESTATED_CJK = 20
RESTATED_DETAILS = frozenset({"respondent", "legal_status", "petitioner_name", "phone", "people_count"})
# an answer followed by this much more of the matter is more of the story too
BEYOND_ANSWER_CJK = 8
# …after a place or a time, whose words the gazetteer and the time reader find (a name or a phone said with who one
# is, "我妈叫陈桂英 我是她女儿李小红", tells nothing of the matter)
ANSWERS_BEFORE_MORE_STORY = frozenset({"location", "occurred_at"})
# a message the classifier takes for the matter, this long and saying what was not done, is more of it
SHORT_STORY_CJK = 8
NOT_DONE = re.compile(r"(?:没|不|未)(?:有)?(?:给|发|付|还|退|赔|拿到|到位|兑现|解决|处理|管|理)")
# what must be left once the questions are taken out for a message to tell more of the story
MIN_STORY_LEFT = 8
# words around a place or a time that tell nothing of the matter ("俺娘在…", "我在…", "就是…开始的")
_FILLER = re.compile(
    r"我娘|俺娘|我妈|俺妈|我爸|俺爹|我爹|老人家?|老伴|老家|父母|开始|那边|这边|这里|那里|"
    # a time hedged or a place said again ("大概三月份吧 记不太清了", "天水秦州区啊 我开头说了")
    r"大概|大约|差不多|左右|记不(?:太|大)?(?:清楚?|得)了?|反正|挺久|好久|很久|那会儿?|时候|"
    r"(?:开头|刚才?|都|早|已经|之前|前面)?说(?:过)?了|"
    # a day said again in words ("今年九月二十几号 二十三号")
    r"[零〇一二两三四五六七八九十几]+(?:号|日|月份?)|"
    r"[我俺咱您你他她它们的地在是就住家里边儿个了呢嘞啊呀吧哦嗯从到自己都还也]"
)


# "阿拉退休工资就三千块", "我哪有钱" beside "打官司要多少钱": one's means, said to ask the cost, not the matter
_MEANS = re.compile(
    r"(?:退休工资|退休金|养老金|工资|一个月|每个?月|收入)[^,，。]{0,4}(?:就|才|只有|只|不到)[^,，。]{0,6}(?:块|元|百|千|万)"
    r"|(?:没|哪有|冇)(?:有)?(?:什么|啥)?钱"
)
_COST_KINDS = frozenset({QuestionKind.SUIT_COST, QuestionKind.FEES})
# beside the matter's kind at the category question, the choice left to us: "这还用问", "你看着整", "你们定吧"
_LEAVES_IT = re.compile(
    r"还用问|看着(?:整|办|弄|填|写|选|来)|(?:你|你们)(?:定|选|看)(?:吧|呗)?$|随便|都行|不(?:知道|懂|清楚)"
)


def names_the_kind_only(clean: str) -> bool:
    """ "暖气的事呗 你看着整", "城乡建设么 拆房子的事": at the category question, the matter's kind (or its
    class) named, nothing more of the matter."""
    pieces = [p for p in re.split(r"[,，。；;!！?？\s]+", clean) if p]
    kinds = [p for p in pieces if names_a_matter(p) or named_category(p)]
    return bool(kinds) and all(p in kinds or _LEAVES_IT.search(p) for p in pieces)


def only_asks(clean: str) -> bool:
    """A message that asks something the bot answers and says little else (a rhetorical "这不是糊弄人吗" may end
    a piece of the story)."""
    kind = detect_question(clean)
    left = without_questions(clean)
    if kind in _COST_KINDS:
        left = _MEANS.sub("", left)
    return kind not in (None, QuestionKind.OTHER) and textutil.cjk_count(left) < MIN_STORY_LEFT


def append_more_story(turn: Turn, clean: str, result: TurnResult) -> None:
    """More of the story told later is kept word for word, unless the message just answered the question.

    A story told when the category is asked is still story: the category was only read from it.
    """
    current = turn.slots.get("issue_text")
    more = turn.text.strip()
    answered = turn.requested_slot in result.updates and not (
        turn.requested_slot == "category" and not turn.entity("category") and not named_category(clean)
    )
    telling = turn.intent == "tell_problem" or (turn.intent == "inform" and tells_a_story(clean))
    # "衡阳县西渡镇的 法院判那个包工头还俺工钱四万八 … 执行局说他没财产", "上个月 少发了1800 说我超时差评 乱扣":
    # an answer that goes on with the matter
    goes_on = (
        answered
        and turn.intent in ("tell_problem", "inform")
        and turn.requested_slot in ANSWERS_BEFORE_MORE_STORY
        and _words_beyond_answer(turn, clean, result) >= BEYOND_ANSWER_CJK
    )
    if goes_on:
        answered, telling = False, True
    # a category the classifier read from this message at the category question (none named) was only read from
    # the story: "路灯坏了半年没人修" after a story of "村委会" is still the matter
    read_from_story = (
        {"category"}
        if turn.requested_slot == "category" and not turn.entity("category") and not named_category(clean)
        else set()
    )
    # … and a grievance told there with its time ("电梯坏了三个月不修") is the matter, not only its time
    gave_only_hints = not set(result.updates) - HINTS - read_from_story or (
        bool(read_from_story) and is_grievance(clean)
    )
    # at the category question whatever is not a category is more of the story ("天天半夜叫"); elsewhere a
    # message long enough to tell something ("我们村的自来水三天两头停 … 会仙镇", read as an answer)
    at_category = (
        turn.requested_slot == "category" and turn.intent in STORY_AT_CATEGORY_INTENTS and gave_only_hints
    )
    # "俺们村好多户都没给": short, but plainly more of the matter (what was not done); "好的，帮我登记一下" is none
    short_story = (
        turn.intent == "tell_problem"
        and textutil.cjk_count(clean) >= SHORT_STORY_CJK
        and bool(NOT_DONE.search(clean))
    )
    # a story begun in pieces ("宅基地" … "证"): a short piece that answers nothing is more of it
    piece = (
        bool(current)
        and textutil.cjk_count(current) < FRAGMENT_CJK
        and gave_only_hints
        and not result.conflicts
        and turn.intent in STORY_AT_CATEGORY_INTENTS
        and textutil.has_words(clean)
        and detect_question(clean) is None
        and not DONT_KNOW.search(clean)
    )
    if (
        only_asks(clean)
        or asks_to_keep_away(clean)  # "能不能让法院不让他回来": the protection order asked about, no story
        or answered_aside(clean, current)
        or announces_only(clean)
        or (turn.requested_slot == "category" and names_the_kind_only(clean))
        # "区政府 当时是征收办来签的" at the category question answers who, ahead of its question
        or (turn.requested_slot in PARTY_AHEAD_OF and parties_said_ahead(clean) is not None)
        # "罚单是开了 我还没交 能复议吗" at the respondent question answers the court question, no more of the matter
        or (
            turn.requested_slot == "respondent"
            and tells_court_status_only(turn.text, without_questions(clean))
        )
        or puts_off_filing(clean)  # "算了先不交了 俺怕他找俺麻烦" at the summary
        or _only_where_or_when(turn, clean, result)
        or (not turn.correcting and is_explicit_correction(turn.text, turn.slots))
        # "店名没写上 是丰收农资店" at the summary speaks of the record: a correction, whatever its length
        or (bool(turn.slots.get("awaiting_confirmation")) and speaks_of_the_record(turn.text))
        # "咬了孙子打狂犬疫苗花了一千多 能让她赔不" at the summary: a question answered, no more of the matter
        or (bool(turn.slots.get("awaiting_confirmation")) and asks_without_grievance(clean))
        # "不对 不是看病的事 … 有哪些类你说给我听" at the time question is about the category; at the category
        # question "啥类 俺也不懂 就是…" still tells the matter
        or (turn.requested_slot != "category" and about_the_record(turn.text))
    ):
        # "你还没回答我 能不能二十几个人一起进去" is answered as a question, "我还想问个事" awaits one: neither
        # is kept as the matter; "之前反映情况也不对 之前没反映过" changes that detail, it is no story
        return
    # "合作社的名儿是丰源种植专业合作社", "不是合作社 是俺们村委会收的": a short message that changed a detail
    # already on record is that correction, not more of the story; the place asked for, said more closely than the
    # story did ("深圳" → "南山区 那家叫燃力健身 …"), is its answer, and the rest still tells the matter
    asked_detail = {turn.requested_slot, *COMPANIONS.get(turn.requested_slot or "", ())} - {None}
    changed = [
        slot
        for slot, value in result.updates.items()
        if slot not in HINTS
        and slot not in asked_detail
        and slot != "issue_text"
        and turn.slots.get(slot) not in (None, "", value)
    ]
    # "哪有起诉啊 俺就是问问打官司值不值当 没打" at the summary: a detail on record said again, no more story
    gave_detail = (bool(changed) and textutil.cjk_count(clean) <= DETAIL_ONLY_CJK) or (
        bool((result.restated | set(result.conflicts)) & RESTATED_DETAILS)
        and textutil.cjk_count(clean) <= RESTATED_CJK
    )
    if (
        current
        and (
            (telling and len(clean) >= 15)
            or goes_on
            or short_story
            or (at_category and textutil.cjk_count(clean) >= 4)
            or piece
        )
        and not answered
        and not gave_detail
        and "issue_text" not in result.updates
        and more not in current
    ):
        result.set("issue_text", f"{current}\n{more}")


def _words_beyond_answer(turn: Turn, clean: str, result: TurnResult) -> int:
    """How much of the message is left once the values it gave, its places and its time are taken out."""
    rest = clean
    for value in result.updates.values():
        if isinstance(value, str) and len(value) >= 2:
            rest = rest.replace(value, "")
    rest = _without_places_and_time(rest, get_gazetteer(), None)
    when = occurred_at.extract_occurred_at(
        rest, turn.now
    )  # read once the places are out ("五一路" is no date)
    rest = rest.replace(when.text, "") if when else rest
    if (
        turn.requested_slot == "location"
    ):  # "东葛路那个教育小区": the street and the estate are more of the place
        rest = _STREET_OR_ESTATE.sub("", rest)
    return textutil.cjk_count(_FILLER.sub("", rest))


# a street, an estate or a building named with the place: "东葛路那个教育小区", "纬五路21号院", "后楼村南街"
_STREET_OR_ESTATE = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:路|街|巷|胡同|大道|小区|花园|家园|公寓|新村|苑|园|号院|号楼|栋|单元|大厦|广场|市场)"
    r"(?:\d+号?)?(?:那个|这个|那边|旁边|对面|后面|附近|那块|那里)?"
)


def _only_where_or_when(turn: Turn, clean: str, result: TurnResult) -> bool:
    """ "河南省周口市郸城县 俺娘在汲冢镇" at the category question gave the place, nothing of the matter: a place
    in the story would move its class (hc-002 was filed 民政 for a pension)."""
    if not {"location", "location_code", "occurred_at"} & set(result.updates):
        return False
    when = occurred_at.extract_occurred_at(clean, turn.now)
    return says_only_where_or_when(clean, get_gazetteer(), when.text if when else None)


# "同志 我想问个事", "您好 有个情况想反映一下": an opening that only announces what is coming
_OPENING = r"(?:同志|领导|你好|您好|在吗|在不在|有人吗|喂+|师傅|工作人员|请问|打扰(?:一下|了)|麻烦(?:问)?一下|那个|嗯+|哎+|唉+)"
# who the writer asks for, and who the writer is: "想帮家里老人家问下", "替俺爹问个事", "我是香港的，…"
_FOR_WHOM = (
    r"(?:(?:帮|替|给|代)(?:我|俺)?(?:家里|屋里|家)?(?:的)?"
    r"(?:老人家?|人|爷爷|奶奶|爹|娘|爸爸?|妈妈?|父亲|母亲|儿子|女儿|亲戚|邻居|朋友|他|她|老公|老婆|舅舅|姑姑|阿姨|叔叔|"
    r"外公|外婆|阿爷|阿嫲|老爷子|老太太)*(?:来)?)?"
)
_WHO_I_AM = r"(?:(?:我|俺)是[^,，。.!！?？\s]{1,8}[,，.。\s]+)?"
_ANNOUNCE = re.compile(
    rf"^(?:{_OPENING}[,，.。!！\s~]*)*{_WHO_I_AM}(?:我|俺|咱|我们|俺们)?(?:这里|这边)?(?:有|想|要|还想|还有|还要)*{_FOR_WHOM}"
    r"(?:个|一个|件|一件|点|几个|两个)?(?:事情?|问题|情况)?(?:想|要)?"
    r"(?:问问?|咨询|请教|反映|说说?|打听|讲讲?)?(?:一下|下)?(?:个|一个|件|一件|点|几个|两个)?(?:事情?|问题|情况)?"
    r"(?:可以吗|行吗|行不|好吗|方便吗)?[吗呢啊呀嘛吧哈。.!！?？~\s]*$"
)
_ANNOUNCED = re.compile(r"问|咨询|请教|反映|事|问题|情况|打听")


def announces_only(clean: str) -> bool:
    """Whether a message only announces a question or a matter, with nothing of it yet."""
    return bool(_ANNOUNCE.match(clean or "")) and bool(_ANNOUNCED.search(clean or ""))


def says_only_where_or_when(clean: str, gazetteer, when: str | None) -> bool:
    """A message that gives only a place or a time ("俺在河南省信阳市光山县", "河南省周口市郸城县 俺娘在汲冢镇"):
    no matter to file, however long the place name is. `when` is the time the message gave, if any."""
    rest = _without_places_and_time(clean, gazetteer, when)
    return textutil.cjk_count(_FILLER.sub("", rest)) == 0 and rest != clean


def _without_places_and_time(text: str, gazetteer, when: str | None) -> str:
    """The text with the places the gazetteer finds in it and the time `when` taken out."""
    rest = text
    for mention in gazetteer.mentions(text):
        rest = rest.replace(mention.text, "")
    return rest.replace(when, "") if when else rest


# an office named by its place ("经济开发区管委会", "朝阳区政府") is a party, not a place
# (a mine too, "金家庄煤矿", but not 矿区, a district's name)
_OFFICE_WORDS = re.compile(
    r"管委会|委员会|政府|局|所|办|公司|厂|队|院|站|中心|委|会|部|处|科|社|行|店|矿(?!区)"
)


def names_only_a_place(clean: str) -> bool:
    """ "济南高新区啊 舜华路街道": only a place, no office or unit in it (said at another question, it says where)."""
    return not _OFFICE_WORDS.search(clean) and says_only_where_or_when(clean, get_gazetteer(), None)
