"""The party an act implies when the story names no unit: the village or the township as the doer ("村里把我家
的地收了" → 村委会), the police for a detention ("被错误拘留" → 公安局).

Not where something is ("村里的路灯"), nor an office that blames another second-hand ("村上说镇上冇发").
"""

from __future__ import annotations

import re

from bot.parsing.respondent_roles import person_named_after

# the village, the township or the community as the doer, as people say it: "村里把我家的地收了",
# "被镇里扣掉五十块"; not where something is ("村里的路灯", "问村里说上面没拨")
_COLLECTIVE_ACTORS = {
    "村里": "村委会",
    "组里": "村民小组",
    "镇里": "镇政府",
    "镇上": "镇政府",
    "乡里": "乡政府",
}
_COLLECTIVE_ACT_RE = re.compile(
    r"(?:(?<=被|叫|让)(?P<done_by>村里|组里|镇里|镇上|乡里))"
    # (told second-hand, "村上说镇上冇发", it is one office blaming another: no party)
    r"|(?<!说)(?P<doer>村里|组里|镇里|镇上|乡里)(?!的)[^,.;!?，。；！？\s的说]{0,6}?(?:[把将][^,.;!?，。；！？\s]{1,12}?)?"
    # what the village itself does to land and money; a benefit stopped ("把五保取消了") is decided above it
    r"(?:收回|收了|收走|卖了|卖掉|占了|占用|强拆|拆了|扣了|扣掉|扣|不给|没给|不发|没发|分给|流转|私自|擅自|乱收)"
)
# the organ an act is done by, when the story does not name it: detention is the police's (a court's
# 司法拘留 is not read here); a unit of that organ named in the story is kept instead ("派出所")
IMPLIED_ORGANS = (
    (
        re.compile(
            r"(?:被|把我|将我)(?:错误|非法|无故|违法|乱)?(?:刑事|行政)?(?:拘留|关押|羁押)|错误(?:刑事|行政)?拘留"
        ),
        "公安局",
        re.compile(r"派出所|公安|警|分局|看守所|拘留所"),
    ),
)


def collective_actor(text: str) -> str | None:
    """The village or township office a normalised text says did the act ("村里把我家的地收了" → 村委会), or None."""
    act = _COLLECTIVE_ACT_RE.search(text)
    return _COLLECTIVE_ACTORS[act.group("done_by") or act.group("doer")] if act else None


# a relative, a neighbour or a candidate told by name, then what they do: "他儿子马军在石嘴山上班 两年多没给过生活费",
# "邻居羊成武去年盖新房占了我家宅基地", "候选人李长福挨家挨户发钱"; told without a name ("我老公喝了酒就打我")
# the name is asked
_RELATIVE_RE = re.compile(
    r"(?:(?<=[他她我俺])|(?<=他们|她们|我们|俺们|老人|老太|老汉))?(?:的)?"
    r"(?P<who>儿子|女儿|闺女|儿媳|儿媳妇|女婿|孙子|孙女|老公|丈夫|老婆|妻子|前夫|前妻|继父|继母|哥哥|弟弟|姐姐|妹妹|"
    r"大哥|二哥|三哥|大姐|二姐|堂哥|堂弟|侄子|邻居|邻居家|隔壁|对门|前屋|后屋|候选人|"
    # "俺哥周大海", "我姐李红": the short word only right after whose
    r"(?<=[我俺他她])(?:哥|姐|弟|妹))(?:的|那个|这个|家的|屋的)?(?:叫)?"
)
# the short word as a clerk writes it
_WHOLE_KIN_WORD = {"哥": "哥哥", "姐": "姐姐", "弟": "弟弟", "妹": "妹妹"}


def relative_by_name(text: str) -> str | None:
    """A relative or neighbour told by name in a normalised text ("他儿子马军" → 儿子马军), or None."""
    for said in _RELATIVE_RE.finditer(text):
        name = person_named_after(text, said.end())
        if name and len(name) >= 2 and not name.startswith(("老", "小")):
            return _WHOLE_KIN_WORD.get(said.group("who"), said.group("who")) + name
    return None


# a relative told without a name, then what they do to the writer: "我老公又打我了", "俺家男人喝了酒就打俺",
# "儿子儿媳不给我养老钱"; only as the role kept when the name is not given ("男人" alone is anyone)
_KIN_DOER_RE = re.compile(
    r"(?:(?:我|俺|她|他)(?:家|的|家的|们家)?(?P<own>男人|老头子?|那口子)|(?P<kin>老公|丈夫|老婆|媳妇|妻子|前夫|前妻|继父|继母|"
    r"儿子|女儿|闺女|儿媳妇?|女婿|公公|婆婆|哥哥|弟弟|姐姐|妹妹))"
    r"(?:(?!老板|公司|单位|工地|厂|领导|村|被|让|叫)[^,.;!?，。；！？\s]){0,8}?(?:打|骂|家暴|动手|威胁|赶|逼|不给|不管|不养|不赡养|霸占|占了|抢)"
)


def relative_doer(text: str) -> str | None:
    """The relative a normalised story says does the harm, named by the role ("我老公又打我了" → 老公), or None."""
    said = _KIN_DOER_RE.search(text)
    return (said.group("own") or said.group("kin")) if said else None
