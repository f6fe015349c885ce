"""Who the matter is against, read from one message by the question asked.

Asked "您要反映的是哪个单位或哪个人", the answer is read as that answer. A story told first may name the
respondent anywhere; an answer to another question only clearly ("物业乱收停车费"), or when the whole message is
a party said ahead of its question ("村委会" at the category question). A bare role ("公司", "老板") is left
for the respondent question, which asks for the name once. An organ is recorded as staff need it: in its
place ("区政府" → 望城区政府) and by today's name (环保局 → 生态环境局).
"""

from __future__ import annotations

import re

from actions.intake_turn import NoteKind, Turn, TurnResult, asked, may_set
from actions.slots import NOT_PROVIDED
from actions.turn_answers import DONT_KNOW
from bot.parsing import prior_report, respondent, respondent_answer, respondent_organs

# questions whose answer is never a party, so a party said alone there is said ahead of its own question
# (not the earlier report, court, address or name questions, where "村委会"/"法院" answers that question)
PARTY_AHEAD_OF = frozenset({"category", "occurred_at"})
# questions about another party (where it was reported, where to write): "不是村委会，是镇上" answers those
OTHER_PARTIES_OF = frozenset({"prior_report", "address", "petitioner_name", "phone"})
_DIVISION_CODE_LENGTHS = (2, 4, 6, 9)
MAX_NAMED_PARTY = 24
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
        if not who and turn.requested_slot in PARTY_AHEAD_OF and not turn.correcting:
            who = respondent_answer.names_only_a_party(reading)
        if not who and turn.requested_slot not in OTHER_PARTIES_OF:
            who = respondent_answer.party_said_instead(turn.text)  # "不是合作社 是俺们村委会收的"
        if not who and turn.requested_slot not in OTHER_PARTIES_OF and not turn.correcting:
            who = respondent_answer.names_only_officials(reading)  # "村支书和村主任" at the court question
            if not who and may_set(turn, "respondent"):  # a known party named later is refined below
                who = respondent_answer.named_unit(reading)  # "东莞市长安镇 一个做五金的厂 叫鑫达五金"
        if who and respondent.is_role_only(who):
            who = None  # "公司", "老板": left for the respondent question, which asks for the name once
    named = None if who or turn.requested_slot in OTHER_PARTIES_OF else _known_party_named(turn, reading)
    if not named and who and _names_the_person(turn.slots.get("respondent"), who):
        named = who  # "村干部" told first, "村委会主任陈某" said later: the person, by name
    if named:  # the same party, now with its name: a refinement, not another party
        result.set("respondent", named)
    elif who and may_set(turn, "respondent"):
        result.set("respondent", who)
    elif who and who == turn.slots.get("respondent") and not asked(turn, "respondent"):
        # the party the story gave, said again at another question, is understood, never "没太看懂"
        result.say(SAID_AGAIN_NOTE.format(who), NoteKind.REPROMPT)


def _respondent_answer(
    turn: Turn, reading: str, clean: str, report: str | None, free_text_ok: bool
) -> str | None:
    """The answer to the respondent question; not knowing the name keeps the role the story gave."""
    if report and report != prior_report.NO_PRIOR_REPORT:
        return _respondent(reading, report, strict=False)  # "找过街道办，没人管" answers another question
    if respondent_answer.names_nobody(turn.text):  # "没有", "这个不是投诉谁 就是想请政府协调" (denials kept)
        return story_role(turn) or NOT_PROVIDED
    if free_text_ok or DONT_KNOW.search(clean):
        said = respondent_answer.read_respondent_answer(reading)
    else:
        said = _respondent(reading, report, strict=True)
    if said:
        return said
    if turn.intent == "deny" or DONT_KNOW.search(clean):
        return story_role(turn) or NOT_PROVIDED
    return None


_NAMING_RE = re.compile(r"叫|名字是|名叫|姓")


def _known_party_named(turn: Turn, reading: str) -> str | None:
    """The party already known, now given its name at another question ("就是那个烧烤店 叫老王烧烤")."""
    known = turn.slots.get("respondent")
    if not isinstance(known, str) or not known or known == NOT_PROVIDED or known not in reading:
        return None
    if not _NAMING_RE.search(reading.split(known, 1)[1]):
        return None
    named = respondent_answer.read_respondent_answer(reading)
    return named if named and named != known and len(named) <= MAX_NAMED_PARTY else None


# who a story names without a name, so that a named person of that kind said later is the same party
_UNNAMED_PEOPLE = frozenset(
    [
        "村干部",
        "干部",
        "领导",
        "村领导",
        "村支书",
        "支书",
        "村书记",
        "书记",
        "村主任",
        "主任",
        "村长",
        "村会计",
        "会计",
        "组长",
        "村组长",
        "老板",
        "包工头",
        "工头",
        "对方",
    ]
)


_GENERIC_ROLES = frozenset(["村干部", "干部", "领导", "村领导", "当官的"])


def _names_the_person(known: object, said: str) -> bool:
    """Whether `said` names a person ("村委会主任陈某") where the record holds only a role ("村干部")."""
    if not isinstance(known, str) or said == known or respondent.names_a_person(known):
        return False
    unnamed = known in _UNNAMED_PEOPLE or (known in said and respondent.is_role_only(known))
    if known in _GENERIC_ROLES and respondent_answer.names_only_officials(said):
        return True  # "村干部" told first, "村支书和村主任" later: who exactly
    return unnamed and respondent.names_a_person(said)


def story_role(turn: Turn) -> str | None:
    """The role the story named ("老板"), kept when the citizen cannot name it."""
    return respondent.extract_respondent(turn.slots.get("issue_text"))


def _respondent(reading: str, report: str | None, *, strict: bool) -> str | None:
    """Who is complained about; an office named only as where it was reported before is not it.

    Outside the respondent question only a clear statement counts ("投诉XX物业", "XX公司拖欠工资").
    """
    who = respondent.extract_respondent(reading, strict=strict)
    if who and report and who in report:
        rest = reading.replace(report, "，")
        if who not in rest:
            return respondent.extract_respondent(rest, strict=strict)
    return who


def name_the_organ(turn: Turn, result: TurnResult, gazetteer) -> None:
    """The respondent set by this message, or known when this message gives the place, with an organ's place
    and today's name ("县环保局" in 桃江县 → 桃江县生态环境局（原环保局）)."""
    who = result.updates.get("respondent")
    if who is None and result.updates.get("location_code"):
        who = turn.slots.get("respondent")  # "区政府不答复" told first, the place said later
    if not isinstance(who, str) or who in ("", NOT_PROVIDED):
        return
    code = str(result.updates.get("location_code") or turn.slots.get("location_code") or "")
    divisions = (gazetteer.get(code[:n]) for n in _DIVISION_CODE_LENGTHS if len(code) >= n)
    named = respondent_organs.official_organ_name(who, [d.name for d in divisions if d is not None])
    if named != who:
        result.set("respondent", named)
