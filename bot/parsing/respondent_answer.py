"""The answer to "您要反映的是哪个单位或哪个人？", read as people answer it.

Fillers go ("就是…", "对方是…吧", "我刚说了啊"), a denied party goes ("不是物业，是开发商" → 开发商), and a
clause that only says the name is not known goes ("名字不知道，是个小饭馆" → 小饭馆). Spaces separate clauses as
commas do ("不知道归谁管 就是市政的下水道").
"""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing
from bot.parsing.people_alone import KIN
from bot.parsing.respondent import employer_called, first_unit, same_kind_named, stated_party
from bot.parsing.respondent_context import blank_what_is_not_said_of_it
from bot.parsing.respondent_debtor import debtor_named
from bot.parsing.respondent_parts import (
    PERSON_RE,
    WHAT_IT_DOES_RE,
    hesitant_name,
    listed_parties,
    parts_naming_someone,
    unit_before_its_boss,
)
from bot.parsing.respondent_people import person_by_nickname
from bot.parsing.respondent_roles import PERSON_ROLES, is_role_only, with_its_name
from bot.parsing.respondent_written import REST_IS_RIGHT, WRITE_AS, is_remark
from bot.parsing.surnames import surname_length

# 好 only as a yes of its own ("好的，物业"): "好又多超市" is a name
_ANSWER_FILLER_RE = re.compile(
    r"^(?:对方是|(?:反映)?对象(?:就|还是)?(?:是|写|填|为)|嗯|哦|噢|呃|啊|额|对(?!方|象|门|面|过|屋|楼)|好(?=[的吧啊呀嘞哦,，。.!！\s]|$)|那个|这个|就是|应该是|好像是|是一个|是一家|是个|是家|是|"
    r"(?:我要|我想|想|要)?(?:投诉|反映|告|举报|状告)的?(?:对象)?是?|被(?:投诉|反映|举报|告)的?是?|"
    + WRITE_AS
    + "|"
    # "我刚说了啊", "上面写了": what was said before is named again after it
    r"我?(?:刚才|刚刚|刚|已经|前面|上面|之前|早就)?(?:都|也|已经)?(?:不是)?(?:说|讲|写|告诉你)(?:过|了)+"
    r"(?:啊|呀|嘛|哦|的|吗|么)?(?=[,，。.:：、\s]|$)|"
    r"[,，。.:：、\s])+"
)
ANSWER_TAIL_RE = re.compile(
    r"(?:(?<![网酒书茶氧])吧|啊|呀|嘛|呢|哈|咯|啦|呗|哟|噻|嘞|哦|喔|了|的|[,，。.!！?？~～\s])+$"
)
_UNKNOWN_NAME_RE = re.compile(
    r"(?:不知道?|不清楚|不记得|记不得|忘了|忘$|记不清|想不起来?|叫不出|说不好|不晓得|搞不清)"  # "…我忘(了)"
)
SHORT_ANSWER = 24
# which one is not known: "具体哪个分公司", "归公交公司还是市政", "归谁管"
_WHICH_RE = re.compile(r"哪个|哪家|哪一个|哪一家|哪里的|还是|归谁|谁管")
# "没有", "没有具体对象", "无": the answer names nobody
_NOBODY_RE = re.compile(
    r"^(?:没有|没得|冇得|冇|没|无|也没有)(?:具体的?|什么)?(?:对象|单位|人)?(?:的|啊|呀)?$"
)
# a part that says this is no complaint: "就是个建议", "这是建议", "是表扬他"
_NO_COMPLAINT_RE = re.compile(
    r"^(?:这|这个|就|只|也|我)?(?:是|算|只是|就是)?(?:给(?:上面|上级|政府|领导|你们|国家)?提的)?(?:个|一个|一条)?"
    r"(?:建议|意见|提议|表扬(?:他|她|他们)?)(?:而已)?$"
)
# "这个不是投诉谁", "没有对方": the whole answer names nobody unless it still names a unit
_AGAINST_NOBODY_RE = re.compile(
    r"不是(?:要)?(?:投诉|告|反映|针对|举报)(?:谁|哪个|什么人|哪家|哪个单位)|"
    r"没(?:有)?(?:要)?(?:投诉|告)(?:谁|哪个)|没(?:有)?(?:具体的?)?(?:对方|对象)|不针对(?:谁|哪个|任何)"
)
_CLAUSE_SPLIT_RE = re.compile(r"[,，。；;!！?？\n]+")
# spaces part an answer as commas do ("不知道归谁管 就是市政的下水道", "不知道名字 6楼的"), and are kept between
# what stays
_PART_SPLIT_RE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff]|[0-9]+(?:楼|层|栋|号楼|单元))")
_LONE_WORDS = frozenset("也还就都又而且并")
# "跳过 这是给上面提的意见": the skip said with its reason
_SKIP_WORDS = frozenset(["跳过", "略过", "不填", "不用填", "先跳过"])
# a part that speaks to the bot, not of a party: "好的，帮我登记一下", "行 你记下吧"
_TO_THE_BOT_RE = re.compile(
    REST_IS_RIGHT + "|"
    r"^(?:好的?|行|可以|嗯+|对|是的|知道了|明白)$|^(?:你|您)?(?:帮我|给我|麻烦你?|请)*(?:登记|记录|记一下|记下来?|提交|受理)"
    # "我第一句也说了", "你这咋啥都不记": a complaint that it was said before
    r"|^我?(?:第一句|一开始|开头|头一句|上一句)(?:就|也|都)?(?:说|讲|写)(?:过|了)*$|"
    r"^(?:你|您|你们)(?:这|这个)?(?:咋|怎么|为啥|干嘛)[^,，。]{0,6}(?:不记|记不住|不听|听不懂|不看|没记|忘)"
)


def bare(clause: str) -> str:
    return ANSWER_TAIL_RE.sub("", _ANSWER_FILLER_RE.sub("", clause))


def _says_something(part: str) -> bool:
    if (
        not part
        or part in _LONE_WORDS
        or part in _SKIP_WORDS
        or names_nobody(part)
        or _NO_COMPLAINT_RE.match(part)
        or is_remark(part)  # "名字差不多老是搞混"
    ):
        return False
    if _TO_THE_BOT_RE.match(part) and not first_unit(part):
        return False
    if _UNKNOWN_NAME_RE.search(part) and _WHICH_RE.search(part):
        return False  # "具体哪个分公司我不清楚": which one is not known
    return not (_UNKNOWN_NAME_RE.search(part) and not first_unit(part))  # "名字不知道"


# where the citizen is from: "我是河南周口人", "俺是外地的" (not "我是说物业", "我是富士康的")
_ABOUT_ONESELF_RE = re.compile(r"^(?:我|俺|本人)是(?:[^,，\s]{1,10}人|外地的?|本地的?|打工的?)(?=$|[,，\s])")


# the citizen's own family described, "X是…" ("我男人是外地户口", "俺闺女也是合同工"), not "我儿子是被他打的"
_OWN_KIN_DESCRIBED_RE = re.compile(
    rf"^(?:我|俺|我们|俺们|咱|咱们)(?:家|的)?(?:{KIN})(?:他|她)?(?:也|都|还|就|本来)?(?:是|算|属于)(?!被|让|叫|给)"
)


def names_nobody(text: str | None) -> bool:
    """An answer saying there is nobody in particular ("没有", "没有具体对象", "这个不是投诉谁 就是想请政府协调")."""
    norm = normalize_for_parsing(text)
    if _NOBODY_RE.match(ANSWER_TAIL_RE.sub("", norm).replace(" ", "")):
        return True
    parts = [bare(p) for p in re.split(r"[,，。；;!！?？\s]+", norm) if bare(p)]
    if len(parts) > 1 and parts[0] in _SKIP_WORDS and all(_NO_COMPLAINT_RE.match(p) for p in parts[1:]):
        return True  # "跳过 这是给上面提的意见": no one, since it is a suggestion
    return bool(_AGAINST_NOBODY_RE.search(norm)) and not first_unit(blank_what_is_not_said_of_it(norm))


# where the citizen lives or where to write, said ahead of the address question: "寄给我奶奶 后楼村南街3号",
# "现在住老乡家 白云区同和街道", "地址是…" (not "住我楼上的那家", a neighbour; nor 住建局)
_OWN_ADDRESS_RE = re.compile(
    r"^(?:(?:我|俺|我们|俺们|她|他)?(?:现在|目前|暂时|现|眼下)?(?:借住|寄住|住)(?:在|到)?(?!建|院|房|我|俺|楼|隔壁|对门|的)"
    r"|(?:请|麻烦)?(?:寄|邮寄|邮)(?:给|到)"
    r"|(?:我的?|俺的?|通讯|家庭|收信)?地址(?:是|在|写)?)"
)


def tells_own_address(text: str | None) -> bool:
    """The answer tells where the citizen lives or where to write, which is no party ("寄给我奶奶 后楼村南街3号")."""
    return bool(_OWN_ADDRESS_RE.match(normalize_for_parsing(text or "").strip()))


# a nickname, then the person's own name: "王老二 大名王春生", "刘老三，真名叫刘长河"
_REAL_NAME_RE = re.compile(
    r"(?:大名|真名|本名|学名|全名)(?:叫|是)?[：:\s]*(?P<name>[\u4e00-\u9fff]{2,4}?)(?=$|[，,。.!！\s]|的)"
)


# "先登补贴的": which matter comes first, no party
_WHICH_FIRST_RE = re.compile(r"^先(?:登记?|说|记|弄|办)[\u4e00-\u9fff]{0,8}的?$")
# "住建局 还是街道 我不清楚": another that it may be, said after the one named first, in doubt
_OR_ELSE_RE = re.compile(r"^(?:还是|或者是?|或是|要么是?|也可能是|也许是)(?!说)")
# the same party by its other, proper name: "杭州水务 还是叫杭州市水务集团", "老王烧烤 大名叫王记烧烤店"
_RENAMED_RE = re.compile(r"^(?:还是|或者|也|又|正式|其实|大名|全称)叫做?(?P<name>[^，,。.!！\s]{4,30})$")
# a hedge that only says its kind again: "反正就是自来水公司"
_HEDGE_RE = re.compile(r"^(?:反正|总之|说白了)(?:都|也)?(?:就)?是")
# the citizen putting right what they just said: "物业公司叫龙湖 不对 是龙辉物业"
_SELF_FIX_RE = re.compile(
    r"(?:^|[\s,，。])(?:不对不对|不对|不是不是|说错了|搞错了|记错了)[\s,，。]+(?:应该是|是)?"
)
_UNIT_END_RE = re.compile(r"(?:公司|集团|厂|局|中心|医院|学校|学院|店|合作社|委员会|所|站|院|社)$")
_FULL_NAME_RE = re.compile(r"(?:全名|全称|名字|名称)(?:叫|是|为)?[：:\s]*(?P<unit>[^，,。.!！\s]{4,30})")


# "黄国强 名字我说了的 还有成都建工": a piece that only says it was said before names nobody
_SAID_BEFORE_PIECE_RE = re.compile(
    r"(?:^|(?<=[\s,，。]))(?:名字|名儿|全名)?(?:我|俺)?(?:刚才|刚刚|刚|已经|前面|上面|之前|早就)?(?:都|也)?"
    r"(?:说|讲|写|告诉你)(?:过|了)+(?:的|啊|呀|嘛|哦)?(?=[\s,，。]|$)"
)


def says_said_before(text: str | None) -> bool:
    """ "我刚说了啊", "早就讲过了": the answer points back at what was said before."""
    return _SAID_BEFORE_PIECE_RE.search(normalize_for_parsing(text)) is not None


def read_respondent_answer(text: str | None) -> str | None:
    """The party named in an answer to the respondent question, kept as said, or None.

    A short answer is kept whole ("隔壁那个养猪场的老板姓刘"); a long one keeps the clause that names the party.
    """
    norm = blank_what_is_not_said_of_it(normalize_for_parsing(text))
    norm = _SAID_BEFORE_PIECE_RE.sub(" ", norm).strip() or norm
    fixed = _SELF_FIX_RE.search(norm)
    if fixed and read_respondent_answer(norm[fixed.end() :]):
        return read_respondent_answer(
            norm[fixed.end() :]
        )  # "叫龙湖 不对 是龙辉物业": what it was put right to
    real = _REAL_NAME_RE.search(norm)
    if real and surname_length(real["name"]):
        # "罗老板 大名罗永刚 公司叫蜀安建设": the employer; "王老二 大名王春生": the person by his official name
        return employer_called(norm) or real["name"]
    full = _FULL_NAME_RE.search(norm)
    if full and _UNIT_END_RE.search(full["unit"]):
        return full["unit"]  # "枫叶物业 全名叫西安枫叶物业服务有限公司": the unit by its whole name
    debtor = debtor_named(norm) or hesitant_name(norm)  # "骗子 叫什么鑫汇国际 …": the name told
    if debtor:
        return debtor  # "欠我钱的任大庆 他包了我的核桃园…": the person, not the story told again
    clauses = []
    for clause in _CLAUSE_SPLIT_RE.split(norm):
        parts = [p for p in (bare(p) for p in _PART_SPLIT_RE.split(clause.strip())) if _says_something(p)]
        parts = [p for p in parts if not _WHICH_FIRST_RE.match(p)]
        renamed = next(
            (m for m in map(_RENAMED_RE.match, parts[1:]) if m and _UNIT_END_RE.search(m["name"])), None
        )
        if renamed:
            return renamed["name"]
        parts = parts[:1] + [p for p in parts[1:] if not _OR_ELSE_RE.match(p) and not _only_a_hedge(p)]
        if parts:
            clauses.append(" ".join(parts_naming_someone(parts)))
    if not clauses or names_nobody(text):
        return None
    if _ABOUT_ONESELF_RE.match(clauses[0]) and not any(first_unit(c) or PERSON_RE.search(c) for c in clauses):
        return None  # "我是河南周口人 在这边打工": where the citizen is from, no party
    if all(_OWN_KIN_DESCRIBED_RE.match(c) for c in clauses) and not any(first_unit(c) for c in clauses):
        return None  # "俺闺女是临时工": the citizen's own side described, no party
    # "…办事处，他们拖着不备案": a clause that only says what the party does goes
    answer = "，".join([c for c in clauses if first_unit(c) or not WHAT_IT_DOES_RE.match(c)] or clauses)
    both = _two_parties(answer) or listed_parties(answer)
    if both:
        return both  # "文三街小学 还有西湖区教育局", "学校 还有班主任 不作为": each is whom it is against
    stated = stated_party(answer)  # "村委会乱收费": the party, not the story
    if stated and len(answer) <= SHORT_ANSWER and PERSON_RE.search(answer.replace(stated, "")):
        return answer  # "楼上邻居装修 物业不管": both are who the matter is against
    if stated:
        return with_its_name(answer, stated) if is_role_only(stated) else stated
    role = first_unit(answer)
    if role in PERSON_ROLES and unit_before_its_boss(answer, role):
        return answer  # "宏利五金 老板叫郑国华": the shop by its name, and its boss
    if role and is_role_only(role) and with_its_name(answer, role) != role:
        return with_its_name(answer, role)
    named = same_kind_named(answer, role) if role and is_role_only(role) else None
    if named:  # "物业 叫什么粤华物业": the unit by its name
        return named
    if role and answer.startswith(role) and WHAT_IT_DOES_RE.match(answer, len(role)):
        return role  # "笔架山街道办事处拖着不备案": the office, not what it does
    village = _OUR_VILLAGE_RE.search(answer) if not role else None
    if village:  # "村里 俺村叫李庄村": the committee of that village
        return village.group("name") + ("村委会" if village.group("name").endswith("村") else "居委会")
    if not role and not PERSON_RE.search(answer):
        nickname = person_by_nickname(answer)
        if nickname:
            return nickname  # "2021年就开始占了 村里的刘老三占的": the one who did it
        if only_the_finding(answer):
            return (
                None  # "货车司机全责 交警认定书都出了": the police's finding, not whom the matter is against
            )
    if len(answer) <= SHORT_ANSWER:
        return answer
    parties = _parts_naming_a_party(answer)
    if parties and (not is_role_only(parties) or parties == role):
        return parties  # "刚才说了 送外卖被车撞了 平台不认工伤 医药费自己垫的": the story told again goes
    named = [c for c in clauses if first_unit(c)]
    return (named[0] if named else answer)[: SHORT_ANSWER * 2]


def _only_a_hedge(part: str) -> bool:
    hedge = _HEDGE_RE.match(part)
    return bool(hedge) and is_role_only(part[hedge.end() :])


_ALSO_RE = re.compile(r"[,，、\s]*(?:还有|以及|另外还有|和|跟|与)\s*")


def _two_parties(answer: str) -> str | None:
    """Two named units joined by "还有", "和" ("杭州市西湖区文三街小学 还有西湖区教育局"), both kept; else None."""
    pieces = [p for p in _ALSO_RE.split(answer) if p]
    if len(pieces) != 2 or len(answer) > SHORT_ANSWER * 2:
        return None
    units = [_named_unit_ending(p) for p in pieces]
    if not all(units) or units[0].endswith(units[1]) or units[1].endswith(units[0]):
        return None
    return "、".join(units)


def _named_unit_ending(piece: str) -> str | None:
    """The named unit a piece ends with ("就是学校 杭州市西湖区文三街小学" → 杭州市西湖区文三街小学), or None."""
    last = piece.split()[-1]
    unit = first_unit(last)
    return unit if unit and last.endswith(unit) and not is_role_only(unit) else None


# "俺村叫李庄村", "我们社区是金汤街社区": the village or community the citizen's own is, by name
_OUR_VILLAGE_RE = re.compile(
    r"(?:俺|我|我们|俺们|咱|咱们)(?:村|社区)(?:名字)?(?:叫做?|是)(?P<name>[\u4e00-\u9fff]{1,5}?(?:村|社区))(?![委民里干])"
)
_NAMED_RE = re.compile(r"叫|姓|名字|写的|写着")  # "大门上写的蒙西": the name read on its gate


def _parts_naming_a_party(answer: str) -> str:
    """Of a long answer, the parts that name a party or give its name ("主要是那个仁爱医院 他们骗我说能报 还有东湖区
    医保局" → 仁爱医院 东湖区医保局); a named unit that ends its part stands alone. "" when no part is left out."""
    parts = [p for p in re.split(r"[,，\s]+", answer) if p]
    kept = []
    for part in parts:
        unit = first_unit(part)
        if unit and not is_role_only(unit) and part.endswith(unit):
            kept.append(unit)
        elif unit and part.startswith(unit) and WHAT_IT_DOES_RE.match(part, len(unit)):
            kept.append(unit)  # "平台不认工伤": the party, not what it does
        elif unit or _NAMED_RE.search(part) or PERSON_RE.search(part):
            kept.append(part)
    return " ".join(kept) if kept and len(kept) < len(parts) else ""


# who was to blame in an accident, as the traffic police found: no party to a complaint about what came after
_FINDING_RE = re.compile(
    r"[全主次同无]责|责任认定|事故认定|认定书|(?:认定|定了?)[^,，\s]{0,4}?(?:全部|主要|次要|同等)?责任"
)


def only_the_finding(answer: str) -> bool:
    """Whether an answer naming no unit says only who was to blame in an accident ("货车司机全责 交警认定书都出了")."""
    return bool(_FINDING_RE.search(answer)) and first_unit(answer) is None


# people named as a group, with no unit: "跳广场舞的那帮人", "跳舞的大妈们", "楼上那家人"
_GROUP_RE = re.compile(
    r"(?:那|这|一)(?:帮|伙|群|些|拨|家)(?:人|大妈|大爷|老人|老太太|老太婆|老太|老头子?|阿姨|妇女|小孩|年轻人|小年轻|混混)"
    r"|(?:大妈|大爷|阿姨|老太太|老头|小孩|年轻人)们?$"
    r"|(?:领头|带头|为首|管事)的?(?:是|那个)?(?:个|一个)?姓[\u4e00-\u9fff]"  # "领头的是个姓郭的"
)


def names_a_party(text: str | None) -> bool:
    """Whether an answer names a unit, a role, a group of people or a private person at all ("就是市政的下水道",
    "跳广场舞的那帮人", "住我楼下的 叫冯某某"), not only a skip ("跳过", "不想说")."""
    answer = read_respondent_answer(text)
    return bool(answer) and (
        first_unit(answer) is not None
        or _GROUP_RE.search(answer) is not None
        or PERSON_RE.search(answer) is not None  # "打我的是住我楼下的 叫冯某某 具体名字不知道"
        or stated_party(normalize_for_parsing(text)) is not None  # "三台子街道不给发": a street's office
    )
