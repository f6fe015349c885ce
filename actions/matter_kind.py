"""The kind of matter (投诉请求, 建议意见, 检举控告, 咨询, 表扬) and the questions it needs.

A suggestion or a compliment has nobody to answer for it, no court case, no earlier report and no count of
people affected, so those questions are not asked (第29条: suggestions are studied by the organ concerned).
The kind is kept in the `matter_kind` slot for the filed case.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.domain import text as textutil
from bot.parsing.respondent_praised import praised_party

COMPLAINT = "投诉请求"
SUGGESTION = "建议意见"
REPORT = "检举控告"
CONSULTATION = "咨询"
PRAISE = "表扬"
KINDS = (COMPLAINT, SUGGESTION, REPORT, CONSULTATION, PRAISE)
# filled with "" (nothing to say) for these kinds, so the form skips their questions
# (a suggestion is about what should be, so it has no date either; a compliment keeps its date, and needs no
# mailing address: no acceptance notice is sent for it, its route's notice is none)
NOT_ASKED = {
    SUGGESTION: ("occurred_at", "respondent", "legal_status", "prior_report", "people_count"),
    PRAISE: ("respondent", "legal_status", "prior_report", "people_count", "address"),
}
KIND_NOTES = {
    SUGGESTION: "好的，这是一条建议，我帮您登记，会交给有关部门研究（《信访工作条例》第29条）。",
    PRAISE: "谢谢您愿意说出来！这份表扬我帮您登记，会转给被表扬的单位。",
}

# something went wrong for the writer: then it is no suggestion or compliment, whatever else it says
_GRIEVANCE = re.compile(
    r"投诉|举报|不满|拖欠|欠薪|欠.{0,4}(?:钱|款|工资)|不给|不发|不退|不管|没人管|推诿|踢皮球|扯皮|敷衍|乱收费|被打|打人|"
    r"威胁|骗|违法|违规|违章|污染|噪音|扰民|损坏|坏了|漏水|停水|停电|克扣|拒绝|刁难|态度(?:很|太|极|特别)?(?:差|恶劣)|"
    r"强拆|强占|霸占|侵占|赔偿|维权|讨薪|要不回|不解决|没解决|差评|"
    # an organ's refusal told as what happened: "医保局说我的住院费不能报销"
    r"(?:说我|说是|告诉我|跟我说)[^，。]{0,12}不(?:能|让|予|准|给|批|同意)|驳回|被拒|"
    # sent away: "社区说我户口不在这边 让我回老家办"
    r"(?:说我|让我|叫我)[^，。]{0,10}(?:不在这|不在本地|回(?:老家|原籍|户籍地|户口所在地)|去(?:老家|原籍|户籍地))|"
    r"被[^，。]{0,4}?(?:取消|停|停发|扣|收回|注销)|(?:给|把我[^，。]{0,6})取消|停发|断了|"
    # a loss with the party gone or unwilling, however politely asked: "机构关门了老板联系不上 钱能退回来吗"
    r"关门了|倒闭|跑路|卷款|卷钱|失联|联系不上|找不到人|人去楼空|避而不见|避不见面|不见人影|没人理|不理不睬|"
    # asked how to get one's money back (told as done, "帮我们把工资要回来了", it is thanks)
    r"(?:能|可以|能不能|可不可以|还能|怎么|怎样|如何|咋|找谁)[^，。！!]{0,5}(?:退|要|追|拿)(?:得)?回|找谁要|"
    # a service at home that does not work: "暖气不热 家里才十四五度", "路灯一直不亮", "下水道堵了半个月"
    r"(?:暖气|供暖|热水|自来水|水压|路灯|电梯|下水道?|燃气|天然气|煤气)[^，。！!？?]{0,4}(?:不热|不亮|不通|不出水|不来|堵)"
)
# one's own contributions stopped, with whether they can be paid back asked ("灵活就业的社保 断了三年了 还能补缴吗"): a
# question, no grievance, unless an employer failed to pay them
_OWN_LAPSE = re.compile(r"(?:社保|养老保险|医保|保险)[^，。]{0,6}断(?:了|缴|交)|断(?:缴|交)")
_PAY_BACK_ASKED = re.compile(r"补缴|补交|续缴|续交|接着交|还能交")
_EMPLOYER_FAILED = re.compile(
    r"(?:公司|单位|老板|厂|企业)[^，。]{0,6}(?:没|不|未)(?:给|帮)?(?:我)?(?:交|缴|买)"
)


def _without_own_lapse(clean: str) -> str:
    """The text without the lapse of one's own contributions when only paying them back is asked."""
    if _PAY_BACK_ASKED.search(clean) and not _EMPLOYER_FAILED.search(clean):
        return _OWN_LAPSE.sub("", clean)
    return clean


# "我有个事情想反映一下…怎么办" is a matter to file, however it is asked
# "孩子上学被拒收了怎么办": what to do about something that happened, not how to get something done
_COPING = re.compile(
    r"(?<=[了啦的，,。\s])(?:那|这|我)?(?:该|要)?(?:怎么|怎样|咋个?|哪门|啷个)办(?:呀|啊|呢|才好)?"
)
_WANTS_TO_FILE = re.compile(
    r"(?<!不是要)(?<!不想)(?<!不用)(?:反映|投诉|举报|上访|信访|告状|(?:帮我|给我|要|想)登记)"
)
_REPORT = re.compile(
    r"举报|检举|揭发|控告|贪污|受贿|索贿|行贿|挪用|侵吞|中饱私囊|以权谋私|权钱交易|公款吃喝|公车私用|吃拿卡要|优亲厚友"
)
_PRAISE = re.compile(
    r"表扬|点个?赞|锦旗|感谢信|好人好事|致谢|(?:想|要|特别|真心|衷心|非常|十分)(?:感谢|谢谢)[^，。！!]{0,12}"
    r"(?:医生|护士|老师|民警|警官|警察|工作人员|师傅|同志|干部|书记|主任|窗口|大夫|司机|社工|网格员|队长|所长|站长)|"
    r"(?:服务|态度)(?:很|特别|非常|十分|真)(?:好|热情|耐心|周到)|为[^，。！!]{1,12}点个?赞|"
    # thanks for a deed done: "感谢张队长帮我们把工资要回来了" (not a polite "谢谢师傅，请问…")
    r"^(?:感谢|谢谢)[^，。！!？?]{0,16}(?:帮|为|给)[^，。！!？?]{1,16}了"
)
_SUGGESTION = re.compile(
    # "提个意见 新农合一年比一年贵": an opinion offered (提…意见) opens a proposal; a complaint says what went wrong
    r"^(?:我)?(?:想|要)?(?:提|有)?(?:个|一个|一条|几条|点)?(?:建议|意见建议|提议|倡议)|^(?:我)?(?:想|要)?(?:给[^，。]{0,6})?提(?:个|一个|一条|几条|点)意见|"
    r"(?:建议|提议|倡议)(?:在|把|将|给|对|政府|有关部门|相关部门|你们|能|可以|增设|增加|设置|修建|安装|开通|多|尽快|完善)|"
    r"(?:希望|能不能|可不可以|可否|是否可以)(?:能|可以|政府|有关部门)?(?:在[^，。]{1,12})?(?:增设|增加|多设|设置|修建|修一|建一|安装|装一|开通|多开|延长|[装安设加建修铺划]个)"
)
_CONSULTATION = re.compile(
    r"(?:怎么|怎样|如何|咋个?|哪门|啷个|点样|去哪|到哪|在哪|哪里|找谁|找哪个部门|哪个部门)(?:个|里|儿)?(?:去|能|可以)?"
    r"(?:办理?|转|迁|交|缴|补|换|申请|查询?|领|开|报销|续|认定|登记|弄|批|起诉|问|咨询|提取|取(?!消|缔))|要不要(?:审批|办|交|申请|备案|证)|"
    r"(?:什么时候|啥时候|几时|哪天)(?:能|可以|去|开始)?(?:交|缴|领|办|换|申请)|(?:交|缴)(?:多少|几多)|"
    # "低保一个月能领多少钱": how much a benefit pays, asked before applying
    r"(?:能|可以)(?:领|拿)(?:多少|几多)|"
    r"(?:需要|要带|要准备|要交|要提供|准备)(?:些)?(?:什么|哪些|啥)(?:材料|手续|证件|资料|证明|东西)?|"
    # "公积金能取出来吗": money of one's own drawn out
    r"(?:能不能|可不可以|可以|能|还能)[^，。\s]{0,5}?(?:办|申请|领|补办|补交|补缴|交|转|迁|报销|提取|取(?!消|缔))[^，。]{0,10}(?:吗|么|不)|"
    r"(?:能不能|可不可以|可否)[^，。\s]{0,4}?(?:办|申请|领|补办|补交|补缴|交|转|迁|报销|卖|买|转让|过户|继承|提取|取(?!消|缔))|"
    # "老屋能卖给外地人不": whether a rural house or plot may be sold, asked before selling
    r"(?:宅基地|老房子?|老屋|祖屋|农村的?房子?|承包地|自留地)[^，。]{0,6}(?:能|可以|让)[^，。\s]{0,2}?(?:卖|买|转让|过户)[^，。]{0,10}(?:吗|么|不|没)|"
    # "需要多少业主同意才行", "要几成业主同意": how many must agree, a rule asked about
    r"(?:需要|要|得)(?:多少|几成|几个|百分之几|几分之几)[^，。]{0,6}(?:同意|签字|表决)"
)
# "我就是问问", "想问下", "咨询一下": asking only, whatever the question is about
ASKING_ONLY = re.compile(
    r"(?:就是|只是|只想|想|我想|我)?(?:问问|问一下|问下|咨询一下|咨询下|请教一下)|(?:不是|没有?)要(?:反映|投诉|登记|举报)"
)


# a message with this many Chinese characters tells a matter, not only a request or a feeling
MIN_STORY_CJK = 15


def tells_a_story(text: str) -> bool:
    return textutil.cjk_count(text) >= MIN_STORY_CJK


def is_grievance(story: str) -> bool:
    """Something went wrong for the writer (or is reported): never a compliment or a mere question, however
    politely opened ("师傅您好…升降机坏了", "请问一下…钱能退回来吗")."""
    clean = _without_own_lapse(textutil.normalize_for_parsing(story or ""))
    if _PRAISE.search(clean):
        return False  # "点个赞！上次停水两天就修好了": a trouble told as solved, with thanks
    return bool(_REPORT.search(clean) or _GRIEVANCE.search(clean))


# routes a grievance cannot take: it is filed and sent on, not thanked for or only answered
NOT_FOR_A_GRIEVANCE = ("praise", "consultation")


def routes_for_story(story: str, scores: Mapping[str, float] | None) -> Mapping[str, float] | None:
    """The route model's scores, without praise and consultation when the story tells a grievance (unless
    nothing else is left). A label is "code" or "code/variant"."""
    if not scores or not is_grievance(story):
        return scores
    kept = {label: p for label, p in scores.items() if label.partition("/")[0] not in NOT_FOR_A_GRIEVANCE}
    return kept or scores


def detect_matter_kind(story: str) -> str:
    """The kind of matter a story is; a complaint or request unless it clearly is something else."""
    clean = _without_own_lapse(textutil.normalize_for_parsing(story or ""))
    if _REPORT.search(clean):
        return REPORT
    if _PRAISE.search(clean):
        # as is_grievance reads it: "表扬…被欠的工资 他跑了好几趟 全部发到手了" is a trouble told as solved, with thanks
        return PRAISE
    if _GRIEVANCE.search(clean):
        return COMPLAINT
    if _SUGGESTION.search(clean):
        return SUGGESTION
    if _CONSULTATION.search(_COPING.sub("", clean)) and not _WANTS_TO_FILE.search(clean):
        return CONSULTATION
    if (
        ASKING_ONLY.search(clean)
        and not _WANTS_TO_FILE.search(clean)
        and re.search(r"吗|么|能不能|可不可以|怎么|如何|哪", clean)
    ):
        return CONSULTATION  # "想问下 农村的宅基地能不能卖给城里人"
    return COMPLAINT


@dataclass
class KindReading:
    updates: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def read_matter_kind(slots: Mapping[str, Any], updates: Mapping[str, Any]) -> KindReading:
    """Sets `matter_kind` when the story arrives (`updates` of this message), and fills the questions that kind
    does not need."""
    reading = KindReading()
    story = updates.get("issue_text")
    if slots.get("matter_kind") or not story:
        return reading
    slots = {**slots, **updates}
    kind = detect_matter_kind(str(story))
    reading.updates["matter_kind"] = kind
    praised = praised_party(str(story)) if kind == PRAISE and not slots.get("respondent") else None
    if praised:  # "表扬我们社区的网格员小刘 刘佳佳": the praise goes to them
        reading.updates["respondent"] = praised
    for slot in NOT_ASKED.get(kind, ()):
        # "现在城管全给撵走了" in a suggestion: whom it speaks of, nobody to answer for it
        told_in_suggestion = kind == SUGGESTION and slot == "respondent" and slot in updates
        if (slots.get(slot) is None and slot not in reading.updates) or told_in_suggestion:
            reading.updates[slot] = ""
    if kind in KIND_NOTES:
        reading.notes.append(KIND_NOTES[kind])
    return reading
