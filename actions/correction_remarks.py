"""A remark about the record said at the summary: "店名没写上 是丰收农资店", "热力公司也得写上啊", "反映对象把它
也写上", "不是没反映过". Whatever its length, it speaks of a detail written down (or left out), so it is that
correction and never more of the story (pure)."""

from __future__ import annotations

import re

from bot.domain import text as textutil

# a detail left out of what was written: "店名没写上", "这个你没记上", "咋没给我登记"; a bare "没写" needs the
# one it blames, since "合同上没写加班费" still tells the matter
LEFT_OUT = re.compile(
    r"(?:没|没有|忘了?|漏了?)(?:给我|给俺|帮我|给)?(?:写|记|登记|填|录|加)(?:上|进去|进来|全|下来)|"
    r"(?:你|你们|咋|怎么|为啥|为什么|咋个)(?:都)?(?:没|没有|不)(?:给我|给俺|帮我|给)?(?:写|记|登记|填|录)|"
    r"(?:漏|落)(?:写|记|掉)了"
)
# one more to be written beside what is there: "热力公司也得写上", "把它也写上", "旧改办也要写上"
_ALSO_WRITTEN = re.compile(
    r"(?:也|都|一起|一块|一并|还)(?:得|要|需要|应该|请|给我|给俺|帮我)?(?:写|记|填|加|登记)(?:上|进去)"
)
# a "none" on record denied: "不是没反映过", "不是没找过"
_NONE_DENIED = re.compile(r"不是没(?:有)?(?:反映|找|打|告|起诉|报|说|去)")
# the classes asked for, or another asked: "有哪些类你说给我听", "都有啥类别 念念", "换一类"
_CLASS_ASKED = re.compile(
    r"(?:哪些|哪几|什么|啥|几)(?:个)?类(?:别|型)?(?:呢|啊)?[\s,，]*(?:你)?(?:说|念|讲|列|报)|换一?个?类(?!似|人)|"
    r"(?:类别|分类)(?:要|得|给我|帮我)?(?:换|改)(?:一个|一下|个|下)(?:别的)?(?:吧|啊|呀)?$"
)
# a field of the summary by its label, and what is said of it: "反映对象不是医院", "对象写齐齐哈尔市社保局",
# "类别改成商贸旅游", "地方跟上一件一样" (the story's own labels, "问题", "事情", are left out: they tell it)
_FIELD = (
    r"反映对象|投诉对象|对象|问题类别|类别|分类|此前反映(?:情况)?|之前反映(?:情况)?|发生时间|问题发生地|发生地|"
    r"事发地点?|地址|地点|地方|涉及人数|人数|联系电话|电话|姓名|名字|反映人|信访人|店名|厂名|单位名称?|(?:建议走的)?途径"
)
_FIELD_REMARK = re.compile(
    rf"(?:^|[\s,，。；;!！?？]|把|将)(?:{_FIELD})(?:那里|那项|那一项|那栏|这项|的)?\s*(?:也|都|还)?"
    r"(?:改成|改为|换成|应该|应为|不对|不准|错|有误|写|记|填|漏|没|不是|跟|和上|同上|[:：])"
)


# a field of the record changed in so many words: "类别改成商贸旅游", "对象写错了", at any question
_FIELD_CHANGED = re.compile(
    rf"(?:^|[\s,，。；;!！?？]|把|将)(?:{_FIELD})(?:那里|那项|那一项|那栏|这项|的)?\s*(?:也|都|还)?"
    r"(?:改成|改为|换成|改一下|改下|应该是|应为|不对|(?:写|记|填|弄|搞)错|错了|有误)"
)


def about_the_record(text: str | None) -> bool:
    """ "不对 不是看病的事 … 有哪些类你说给我听", "这哪是劳动社保 … 类别改成商贸旅游": at any question a message
    that asks about the classes or changes a field in so many words is about the record, no more of the story."""
    clean = textutil.to_simplified(textutil.to_halfwidth(text or ""))
    return bool(_CLASS_ASKED.search(clean) or _FIELD_CHANGED.search(clean))


def speaks_of_the_record(text: str | None) -> bool:
    """Whether a message at the summary speaks of what was written down rather than telling more."""
    clean = textutil.to_simplified(textutil.to_halfwidth(text or ""))
    return bool(
        LEFT_OUT.search(clean)
        or _ALSO_WRITTEN.search(clean)
        or _NONE_DENIED.search(clean)
        or _FIELD_REMARK.search(clean)
        or about_the_record(clean)
    )
