"""The words citizens use for each detail when they correct it ("此前反映情况", "电话号码", "地点"), and where a
correction of one starts in a clause ("帮我把地址改成…", "反映对象不对", "人数："). For `actions.correction_parse`."""

from __future__ import annotations

import re

from bot.parsing.respondent_people import PARTY_ROLES

# words citizens use for each detail; one regex, longest first, so "此前反映情况" is not "反映对象"
LABELS: dict[str, tuple[str, ...]] = {
    "prior_report": (
        "此前反映情况",
        "之前反映情况",
        "此前反映",
        "之前反映",
        "以前反映",
        "反映过的情况",
        "反映情况",
        "此前反映的情况",
        "之前反映的情况",
        "之前反映过的情况",
        "之前反映过的",
        "以前反映的情况",
        "之前找过的",
        "找过哪里",
    ),
    "legal_status": ("诉讼/仲裁情况", "诉讼仲裁情况", "诉讼情况", "打官司", "官司", "诉讼", "仲裁", "起诉"),
    "people_count": ("涉及人数", "涉及的人数", "人数", "户数", "多少人"),
    "occurred_at": ("发生时间", "发生的时间", "时间", "日期", "日子", "年份", "月份"),
    "location": (
        "问题发生地",
        "事发地点",
        "事发地",
        "发生地点",
        "发生地",
        "地址",
        "地点",
        "地方",
        "位置",
        "住址",
        "地名",
        "地区",
    ),
    "address": (
        "通讯地址",
        "邮寄地址",
        "收信地址",
        "寄信地址",
        "家庭住址",
        "家庭地址",
        "我家地址",
        "家里地址",
    ),
    "respondent": (
        "反映对象",
        "被反映的对象",
        "被反映对象",
        "被反映的单位",
        "被反映的人",
        "被投诉的单位",
        "被投诉单位",
        "被投诉的对象",
        "被投诉的",
        "被投诉人",
        "投诉对象",
        "对方名称",
        "单位名称",
        # the party's name as the citizen calls it: "店名没写上 是丰收农资店"
        "店名",
        "店的名字",
        "厂名",
        "厂的名字",
        "公司名",
        "公司名字",
        "公司的名字",
        "公司名称",
        "单位名字",
        "单位的名字",
        "对象",
        "对方",
        # who the matter is about, said as the act: "我告的是开发商" (and "反映的不是…": `_MEANT_RE`)
        "告的",
        "我告的",
        "投诉的",
        "我投诉的",
        "举报的",
        "我举报的",
    ),
    "category": ("问题类别", "问题分类", "类别", "分类", "类型", "归类"),
    # "反映人写我舅舅": who files the matter, a helper writing for them
    "petitioner_name": (
        "我的名字",
        "我的姓名",
        "姓名",
        "名字",
        "称呼",
        "反映人",
        "反映人姓名",
        "反映人的名字",
        "信访人",
        "信访人姓名",
        "登记人",
        "署名",
    ),
    "phone": ("联系电话", "电话号码", "手机号码", "手机号", "电话", "号码", "联系方式"),
    "id_number": ("身份证号码", "身份证号", "身份证"),
    "issue_text": (
        "反映的问题",
        "反映的事情",
        "反映的内容",
        "问题描述",
        "事情经过",
        "诉求",
        "内容",
        "描述",
        "问题",
        "事情",
    ),
}
# the name of a person complained about, by their role: "书记名字写上 叫孙德海", "老板的全名是…"
_NAME_WORDS = ("名字", "的名字", "姓名", "的姓名", "全名", "的全名", "大名", "的大名")
LABELS["respondent"] += tuple(role + word for role in PARTY_ROLES for word in _NAME_WORDS)
# "地点", "发生地": the place of the matter even with a door number in it (not where to post the notice)
MATTER_PLACE_LABELS = frozenset(LABELS["location"]) - {"地址", "住址"}
LABEL_SLOT = {word: slot for slot, words in LABELS.items() for word in words}
# "反映的不是张大爷 是物业": who the matter is about; only before 不是, so neither "反映的情况" nor "之前反映的"
# (the earlier report) is read as it
_MEANT = ("反映的", "我反映的", "要反映的", "我要反映的")
LABEL_SLOT.update(dict.fromkeys(_MEANT, "respondent"))
_LABEL_RE = r"(?<!前)(?:我要|我|要)?反映的(?=\s*不是)|" + "|".join(
    sorted(map(re.escape, set(LABEL_SLOT) - set(_MEANT)), key=len, reverse=True)
)

# what may come before the label at the start of a clause ("帮我把", "更正一下", "刚才")
_LEAD = (
    r"(?:哦|噢|喔|啊|唉|哎|嗯)?(?:等一下|等等|哎呀|不好意思|对不起|麻烦|请|还有|另外|然后|再|并且|而且|和|以及)?"
    r"(?:我刚才|我刚刚|刚才|刚刚|之前|前面|上面|摘要里的?|摘要里)?"
    r"(?:帮我|给我|麻烦|请|我要|我想|我说|我是说|能不能|可以|要)?"
    r"(?:修改|更正|改)?(?:一下|下)?"
    r"(?:把|将)?(?:我的|那个|这个|你们?记的|你写的|写的)?"
)
# what makes a label the start of a correction ("地址改成", "反映对象不对", "电话说错了", "人数：")
_CUE = (
    # "还有时间也不对", "人数那写一户", "此前反映那条不对"
    r"(?:那里|那项|那一项|那栏|那块|那个|那条|这条|这一项|这项|那(?=写|填|记)|的)?\s*(?:也|都)?(?:主要|其实|实际上)?"
    r"(?:改成|改为|换成|改回|更正为|更正成|更改为|应该|应当|应为|不对|不准|错|有误|有问题|说|写|打|记|填|搞|弄|"
    r"输|选|漏|不是|是|为|[:：]|要改|改一下|改下|重新|尾号|尾数|最后|后[三四五]位|末尾|没(?:有)?(?:给我)?(?:写|记|填))"
)

# a label starting a correction: in any clause with its cue, in the first clause alone ("电话 13…")
# "人数就我一个", "户数一共三十户": a count said right after its label
_COUNT_START = r"(人数|涉及人数|涉及的人数|户数)(?=就|只有|只|一共|总共|共|有)"
CLAUSE_START = re.compile(rf"^\s*{_LEAD}\s*(?:({_LABEL_RE})(?={_CUE})|{_COUNT_START})")
FIRST_CLAUSE_START = re.compile(rf"^\s*{_LEAD}\s*({_LABEL_RE})")
# "地点是陕西省榆林市米脂县桃镇": a message opening with a label and its value
LABELLED_VALUE = re.compile(rf"^\s*{_LEAD}\s*({_LABEL_RE})\s*(?:是|为|叫|应该是|[:：])")
# "三个地方要改：反映对象是…": a colon before a labelled correction
COLON_BEFORE_LABEL = re.compile(rf"[:：]\s*(?={_LEAD}\s*(?:{_LABEL_RE}){_CUE})")

# "反映对象", "改一下电话吧", "地址那一项": a detail named and nothing else (the answer to "想修改哪一项？")
_NAMED_ALONE = re.compile(
    rf"^\s*{_LEAD}\s*({_LABEL_RE})\s*(?:那一?项|那一?栏|这一?项|那个|那里|的)?\s*"
    r"(?:要改|需要改|得改|改一下|改下|有问题|不对|错了|写错了)?\s*(?:吧|啊|呀|哈|嘛|呢)?\s*[。.!！~～]*\s*$"
)


def detail_named_alone(text: str) -> str | None:
    """The detail a message names with nothing else ("反映对象", "改一下电话吧"), or None."""
    found = _NAMED_ALONE.match(text or "")
    return LABEL_SLOT[found.group(1)] if found else None


# "地址和电话都错了", "人数、时间都不对": several details listed before their new values are said
_JOIN = r"\s*(?:和|跟|与|及|以及|还有|、|加上)\s*"
_LISTED = re.compile(
    rf"^\s*{_LEAD}\s*(?P<labels>(?:{_LABEL_RE})(?:{_JOIN}(?:{_LABEL_RE}))+)\s*"
    r"(?:都|也|全都|全|两个都|两项都|两个|两项|这几个都|几个都|这两个|这两项)?\s*(?P<rest>.*)$"
)
_ONE_LABEL = re.compile(_LABEL_RE)


def listed_details(clause: str) -> tuple[list[str], str] | None:
    """The details a clause lists together ("地址和电话都错了" → address/location, phone) and the words after
    them ("错了"); None when the clause does not list two or more."""
    found = _LISTED.match(clause or "")
    if not found:
        return None
    slots: list[str] = []
    for label in _ONE_LABEL.findall(found.group("labels")):
        if LABEL_SLOT[label] not in slots:
            slots.append(LABEL_SLOT[label])
    return (slots, found.group("rest")) if len(slots) > 1 else None
