"""Who the matter is against, read from one message by the question asked.

Asked "您要反映的是哪个单位或哪个人", the answer is read as that answer. A story told first may name the
respondent anywhere; an answer to another question only clearly ("物业乱收停车费"), or when the whole message is
a party said ahead of its question ("村委会" at the category question). A bare role ("公司", "老板") is left
for the respondent question, which asks for the name once. An organ is recorded as staff need it: in its
place ("区政府" → 望城区政府) and by today's name (环保局 → 生态环境局).
"""

from __future__ import annotations

import re

from actions import respondent_naming as naming
from actions.category_help import ABBREVIATIONS
from actions.intake_turn import NoteKind, Turn, TurnResult, asked, may_set
from actions.more_story import names_only_a_place
from actions.name_answers import introduces_self
from actions.not_known import DONT_KNOW
from actions.slots import NOT_PROVIDED
from bot.domain import text as textutil
from bot.domain.category import CATEGORIES
from bot.domain.text import normalize_for_parsing, to_simplified
from bot.parsing import (
    people,
    prior_report,
    respondent,
    respondent_answer,
    respondent_doers,
    respondent_elsewhere,
    respondent_organs,
    respondent_parts,
    respondent_village,
)
from bot.parsing import respondent_roles as roles
from bot.parsing.respondent_ahead import PARTY_AHEAD_OF, parties_said_ahead
from bot.parsing.respondent_debtor import debtor_named

# questions about another party (where it was reported, where to write): "不是村委会，是镇上" answers those
OTHER_PARTIES_OF = frozenset({"prior_report", "address", "petitioner_name", "phone"})
_DIVISION_CODE_LENGTHS = (2, 4, 6, 9)
SAID_AGAIN_NOTE = "好的，反映对象是{}，我记着呢。"


def read_respondent(
    turn: Turn, reading: str, clean: str, report: str | None, free_text_ok: bool, result: TurnResult
) -> None:
    """Sets `respondent` when the message names who the matter is against."""
    if asked(turn, "respondent"):
        who = _respondent_answer(turn, reading, clean, report, free_text_ok)
    else:
        another_question = turn.requested_slot not in (None, "issue_text") or bool(turn.correcting)
        who = _respondent(reading, report, strict=another_question)
        if who and respondent.is_role_only(who):
            who = (
                None  # "教育科技有限公司" cut from "一家叫…的公司": the unit by its name is looked for below
            )
        if not who and turn.requested_slot in PARTY_AHEAD_OF and not turn.correcting:
            who = (
                respondent_elsewhere.names_only_a_party(reading)
                or respondent_elsewhere.names_only_parties(reading)  # "盘龙区医保局吧 还有药店 叫一心堂"
                or respondent_elsewhere.names_only_a_neighbour(reading)
                or respondent_elsewhere.doer_said(reading)  # "前年的事 组长弄的 叫王德才"
                or respondent_elsewhere.person_by_surname(reading)  # "雇主姓郑 郑先生 住在…"
                or respondent_elsewhere.names_only_kin(reading)  # "我大爷王德山 二爷王德海 三叔王德江"
                # "朝阳交通支队吧 具体哪个大队我也不知道 拖车的是个清障公司": only of parties, the first is who
                or parties_said_ahead(reading)
            )
        if not who and turn.requested_slot not in OTHER_PARTIES_OF:
            who = respondent_elsewhere.party_said_instead(turn.text)  # "不是合作社 是俺们村委会收的"
        if not who and turn.requested_slot not in OTHER_PARTIES_OF and not turn.correcting:
            who = respondent_elsewhere.names_only_officials(reading)  # "村支书和村主任" at the court question
            who = who or debtor_named(reading)  # "欠我钱的任大庆 …" at the head-count question
            if not who and may_set(turn, "respondent"):  # a known party named later is refined below
                who = respondent_elsewhere.named_unit(reading)  # "东莞市长安镇 一个做五金的厂 叫鑫达五金"
        if who and respondent.is_role_only(who):
            who = None  # "公司", "老板": left for the respondent question, which asks for the name once
    given = (
        None
        if turn.requested_slot in OTHER_PARTIES_OF or asked(turn, "respondent")
        else naming.name_given(turn, reading) or naming.fuller_name(turn, reading)
    )
    if not given and not asked(turn, "respondent"):
        given = naming.whole_name_said(turn, reading)  # "迎泽区行政审批服务管理局 …" at any question
    if given:  # "合作社的名儿是丰源种植专业合作社", "村主任名字叫马占山": the known party's own name
        result.set("respondent", given)
        return
    named = (
        None if who or turn.requested_slot in OTHER_PARTIES_OF else naming.known_party_named(turn, reading)
    )
    if not named and not who and turn.requested_slot not in OTHER_PARTIES_OF:
        named = naming.workplace_of_the_known(turn, clean)  # "老师" told first, "孩子在文三街小学" later
    if not named and who and naming.names_the_person(turn.slots.get("respondent"), who):
        named = who  # "村干部" told first, "村委会主任陈某" said later: the person, by name
    if named:  # the same party, now with its name: a refinement, not another party
        result.set("respondent", named)
    elif who and may_set(turn, "respondent"):
        result.set("respondent", who)
    elif not asked(turn, "respondent") and (
        (who and who == turn.slots.get("respondent")) or (not who and _said_again(turn, reading))
    ):
        # the party the story gave, said again at another question, is understood, never "没太看懂"
        result.say(SAID_AGAIN_NOTE.format(turn.slots.get("respondent")), NoteKind.REPROMPT)
        result.restated.add("respondent")


_MORE_THAN_THE_NAME = 4  # what a message that only says the party again may add ("俺邻居", "就是他")
_SHORTEST_NAME = 2
_SMALL_TALK = frozenset({"out_of_scope", "nlu_fallback"})


def _said_again(turn: Turn, reading: str) -> bool:
    """ "王长河 俺邻居" at another question when "邻居王长河" is on record: the same party said again."""
    known = turn.slots.get("respondent")
    if turn.requested_slot in OTHER_PARTIES_OF or not isinstance(known, str) or known == NOT_PROVIDED:
        return False
    if not respondent.names_a_person(known) and respondent_doers.relative_by_name(known) != known:
        # "启航英语 刚说了" with "启航英语机构" on record: the unit, said again by its name
        said = respondent_answer.read_respondent_answer(reading) or ""
        return len(said) >= _SHORTEST_NAME and said in known and len(known) - len(said) <= _MORE_THAN_THE_NAME
    said = normalize_for_parsing(reading).replace(" ", "")
    name = naming.person_name_in(known, said)
    return bool(name) and len(said) - len(name) <= _MORE_THAN_THE_NAME


def _respondent_answer(
    turn: Turn, reading: str, clean: str, report: str | None, free_text_ok: bool
) -> str | None:
    """The answer to the respondent question; not knowing the name keeps the role the story gave."""
    if report and report != prior_report.NO_PRIOR_REPORT:
        # "找过街道办，没人管" answers another question; "问村上说是镇财政所发的 茶市镇财政所": by its fuller name
        return _by_fuller_name(
            reading, _respondent(reading, report, strict=False) or _told_as_the_one(reading)
        )
    if respondent_answer.tells_own_address(reading):
        return None  # "寄给我奶奶 后楼村南街3号": where to write, said ahead of that question; no party
    if people.count_told_ahead(reading):
        return None  # "就俺娘一个": how many, said ahead of that question; nobody to answer for it
    if _class_chosen(clean) or respondent_parts.names_the_matter_only(clean):
        return None  # "政法", "土地的事 农村土地那个": the class of the matter, for the question before; no party
    if introduces_self(reading) and not respondent.first_unit(clean):
        return None  # "俺是她儿子 我叫张留柱": the citizen's own name, said ahead of its question
    if respondent_answer.names_nobody(turn.text):  # "没有", "这个不是投诉谁 就是想请政府协调" (denials kept)
        return story_role(turn) or NOT_PROVIDED
    if free_text_ok or DONT_KNOW.search(clean):
        said = respondent_answer.read_respondent_answer(reading)
    else:  # "启航英语 刚说了": a name the story told, said again, whatever the classifier made of it
        said = _respondent(reading, report, strict=True) or _named_in_the_story(turn, reading)
    if said and names_only_a_place(said) and respondent_answer.says_said_before(reading):
        return story_role(
            turn
        )  # "我刚说了啊 邵阳市双清区": the place again; the party is the one the story told
    if said:
        return _role_named_before(_named_in_the_words_cut(turn.text, reading, said), turn)
    if turn.intent == "deny" or DONT_KNOW.search(clean):
        return story_role(turn) or NOT_PROVIDED
    return None


# what a cut question may leave behind a party's name ("刚", "我刚才")
_CUT_TAIL_CJK = 3


def _named_in_the_story(turn: Turn, reading: str) -> str | None:
    """The answer, when it is a name the story told ("启航英语" of "一个叫 启航英语 的小机构"), or None."""
    if turn.intent not in _SMALL_TALK:
        return None  # a time, a count or a court status is read by its own reader
    said = respondent_answer.read_respondent_answer(reading)
    story = normalize_for_parsing(turn.slots.get("issue_text") or "").replace(" ", "")
    return said if said and len(said) >= _SHORTEST_NAME and said.replace(" ", "") in story else None


def _named_in_the_words_cut(text: str, reading: str, said: str) -> str:
    """The unit's name said in a part read as a question ("物业 叫什么粤华物业": 叫什么 hesitates, it does not
    ask), when what is left names only its kind."""
    if reading == text:
        return said
    whole = respondent_answer.read_respondent_answer(text)
    if whole and whole == respondent_parts.hesitant_name(normalize_for_parsing(text)):
        return whole  # "骗子 叫什么鑫汇国际 …": the name told, not the rest of the answer
    if whole and said.startswith(whole) and textutil.cjk_count(said[len(whole) :]) <= _CUT_TAIL_CJK:
        return whole  # "社保局啊 刚不是说了": the "刚" left of the words cut is no part of the party
    if not respondent.is_role_only(said):
        return said
    same_kind = whole and roles.kind_of(whole) is not None and roles.kind_of(whole) == roles.kind_of(said)
    return whole if same_kind and not respondent.is_role_only(whole) else said


def _role_named_before(said: str, turn: Turn) -> str:
    """ "学校 还有那个开校车的老板" when the place was told as "娃在以勒镇中心小学读书": that school, by its name."""
    role = respondent.first_unit(normalize_for_parsing(said))
    if not role or not said.startswith(role) or not respondent.is_role_only(role):
        return said
    for told in (turn.place_said, turn.slots.get("issue_text") or ""):
        named = respondent.same_kind_named(normalize_for_parsing(told), role)
        if named:
            return named + said[len(role) :]
    return said


# a class by its name or its short name ("农业的", "劳动那类")
_CLASS_NAMES = frozenset(CATEGORIES) | frozenset(ABBREVIATIONS)
# what may go with a class's name said alone: "政法的吧", "就是经济管理类"
_CLASS_WORDS_RE = re.compile(r"^(?:就是|是|选|算)|(?:那?类|方面|这块)?(?:的|吧|啊|呀|哦)*[。.!！\s]*$")


def _class_chosen(clean: str) -> bool:
    """ "政法", "农资的事 选农村农业": the class picked (with the matter named beside it), for the question
    before; no party (hv-026)."""
    pieces = [p for p in re.split(r"[,，。；;!！?？\s]+", clean) if p]
    rest = [p for p in pieces if _CLASS_WORDS_RE.sub("", p) not in _CLASS_NAMES]
    return len(rest) < len(pieces) and (not rest or respondent_parts.names_the_matter_only(" ".join(rest)))


def story_role(turn: Turn) -> str | None:
    """The role the story named ("老板", "我老公又打我了" → 老公), kept when the citizen cannot name it."""
    story = turn.slots.get("issue_text")
    return respondent.extract_respondent(story) or respondent_doers.relative_doer(
        normalize_for_parsing(story or "")
    )


def _respondent(reading: str, report: str | None, *, strict: bool) -> str | None:
    """Who is complained about; an office named only as where it was reported before is not it.

    Outside the respondent question only a clear statement counts ("投诉XX物业", "XX公司拖欠工资").
    """
    who = respondent.extract_respondent(reading, strict=strict)
    if who and report and who in report:
        # the report is recorded in simplified characters: cut from the message read the same way
        rest = to_simplified(reading).replace(report, "，")
        if who not in rest:
            return respondent.extract_respondent(rest, strict=strict)
    return who


# the office only reported to: "找过街道办", "去乡里问过", "打了12345"
_REPORTED_TO = r"(?:找|去|问|打|反映|告|报|投诉|到)(?:过|了|到|给)?[^，,。\s]{{0,2}}{who}"


def _told_as_the_one(reading: str) -> str | None:
    """The party an answer to the respondent question names when an earlier report spans the answer ("问村上说是
    镇财政所发的 茶市镇财政所", "乡里说拨到村里 村主任郑光明说没收到"); never an office only reported to."""
    who = respondent.extract_respondent(reading, strict=False)
    reported = who and re.search(_REPORTED_TO.format(who=re.escape(who)), to_simplified(reading))
    return who if who and not reported else None


def name_the_organ(turn: Turn, result: TurnResult, gazetteer) -> None:
    """The respondent set by this message, or known when this message gives the place, with an organ's place
    and today's name ("县环保局" in 桃江县 → 桃江县生态环境局（原环保局）)."""
    who = result.updates.get("respondent")
    if who is None and result.updates.get("location_code"):
        who = turn.slots.get("respondent")  # "区政府不答复" told first, the place said later
    place = result.updates.get("location") or turn.slots.get("location")
    village = respondent_village.village_committee(
        who or turn.slots.get("respondent"), turn.text, place, turn.slots.get("issue_text") or turn.text
    )
    if village:  # "村委会" on record, "谭棚镇刘庄村" said: that village's committee
        result.set("respondent", village)
        return
    if not isinstance(who, str) or who in ("", NOT_PROVIDED):
        return
    code = str(result.updates.get("location_code") or turn.slots.get("location_code") or "")
    divisions = (gazetteer.get(code[:n]) for n in _DIVISION_CODE_LENGTHS if len(code) >= n)
    named = respondent_organs.official_organ_name(who, [d.name for d in divisions if d is not None])
    if named != who:
        result.set("respondent", named)


_PIECES_RE = re.compile(r"[\s,，。；;!！?？、]+")


def _by_fuller_name(reading: str, who: str | None) -> str | None:
    """The party by the fuller name said for it in another piece ("镇财政所", then "茶市镇财政所"), else as read."""
    if not who:
        return who
    pieces = _PIECES_RE.split(normalize_for_parsing(reading))
    fuller = [u for u in (respondent.first_unit(p) for p in pieces) if u and u != who and u.endswith(who)]
    return max(fuller, key=len) if fuller else who
