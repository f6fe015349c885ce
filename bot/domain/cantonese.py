"""Written Cantonese → Mandarin, character for character, so the readers written for Mandarin understand it.

Citizens in Guangdong write as they speak: "业主唔肯退押金", "冇揾过其他部门", "佢系业主". Only characters and
phrases that standard written Chinese does not use are folded (仲 stays: 仲裁 is Mandarin; 边 and 点 only
inside 边度/点样…; 系 only where it is plainly the copula), and every replacement has the length of what it
replaces, so offsets found in the folded text still point into what the citizen wrote.
"""

from __future__ import annotations

import re

_CHARS = str.maketrans(
    {
        "唔": "不",
        "冇": "没",
        "喺": "在",
        "佢": "他",
        "咗": "了",
        "揾": "找",
        "嘅": "的",
        "啲": "些",
        "睇": "看",
        "嚟": "来",
        "攞": "拿",
        "畀": "给",
        "俾": "给",
        "哋": "们",
        "嗰": "那",
        "𠮶": "那",  # 嗰 as the simplification table writes it
        "嘢": "事",
        "乜": "啥",
        "冚": "全",
        "瞓": "睡",
        "嘥": "费",
        "㗎": "的",
        "噉": "这",
        "咁": "这",
    }
)
# same length on both sides; each guarded where a Mandarin word could hold the same two characters
# ("早点解脱", "一点办法", "旁边位置", "然而家里", "听日本人说")
_PHRASES = {
    "系唔系": "是不是",
    "唔系": "不是",
    "系咪": "是否",
    "唔使": "不用",
    "唔驶": "不用",
    "啱啱": "刚刚",
    "点样": "怎样",
    "点解": "为啥",
    "点算": "咋办",
    "边度": "哪里",
    "边个": "哪个",
    "乜嘢": "什么",
    "咩嘢": "什么",
    "几多": "多少",
    "唔该": "谢谢",
    "而家": "现在",
    "琴日": "昨天",
    "寻日": "昨天",
    "听日": "明天",
    "成日": "整天",
    "屋企": "家里",
    "老细": "老板",
    "搞掂": "搞定",
    "差佬": "警察",
    "得唔得": "行不行",
    "几耐": "多久",  # "仲裁要几耐": how long
    "走佬": "跑了",  # "老细走佬咗": the boss ran off
    "出粮": "发薪",  # "冇出粮": no wages paid
    "定系": "还是",  # "民政啦 定系城乡建设", "住建局定系街道": either-or
    "就得": "就行",  # "写残联就得": that will do (guarded: Mandarin "就得去" is "must")
}
# phrases that Mandarin words can hold too, only where they cannot be those words: (words, before, after)
_GUARDED = (
    (("点样", "点解", "点算"), "(?<![一有早快差多些])", "(?![决释脱答开放除读说析散子])"),
    (("而家",), "(?<![然从反])", "(?![里人属庭长中族境])"),
    (("琴日", "寻日", "听日"), "", "(?!本)"),
    (("边度", "边个"), "(?<![这那旁周两身左右])", "(?![人体别])"),
    (("几耐",), "", "(?![心用烦性磨看热寒])"),  # not "有几耐心", "几耐用"
    # not "一定系", "肯定系" (Cantonese "surely is") nor "测定系数", "固定系统", "一定系好安全带"
    (("定系",), "(?<![一肯决鉴测固稳规设确认必注判制特指约界否锁])", "(?![统数列])"),
    (("就得",), "", "(?=[啦喇嘞咯啊呀]?(?:[ ，,。.!！?？]|$))"),  # only ending the clause, not "就得去"
)
_GUARDED_RES = tuple(f"{before}(?:{'|'.join(words)}){after}" for words, before, after in _GUARDED)
_GUARDED_WORDS = frozenset(word for words, _, _ in _GUARDED for word in words)
_PLAIN = sorted((re.escape(p) for p in _PHRASES if p not in _GUARDED_WORDS), key=len, reverse=True)
_PHRASE_RE = re.compile("|".join((*_GUARDED_RES, *_PLAIN)))
# 系 as "is": after a person or an adverb, or as a whole yes ("系", "系啊") — never in 关系/联系/系统 nor
# "不系安全带"
_COPULA_RE = re.compile(
    r"(?<=[我你他她们都就也又真即唔不])系(?![统列数安鞋紧上好着在])"
    # "反映对象唔啱 系安达物业": a clause that opens with 系 says what it is (not "系安全带", "系鞋带")
    r"|(?<=[ ，,。:：])系(?![统列数鞋紧好着在]|上(?![年个礼星周次回月])|安全|领|扣|绳|主任)"
    r"|^系(?=[啊呀嘅喇啦囉咯]?[，,。.!！ ]|[啊呀嘅喇啦囉咯]?$)"
)
# 啱 is "right" ("啱，提交"); 蚊 after an amount is a yuan ("三千蚊")
_RIGHT_RE = re.compile(r"啱")
_DOLLAR_RE = re.compile(r"(?<=[0-9一二两三四五六七八九十百千万几])蚊")


def fold_cantonese(text: str) -> str:
    """The Mandarin reading of written Cantonese, of the same length as `text` (simplified input expected)."""
    if not text:
        return text or ""
    folded = _PHRASE_RE.sub(lambda m: _PHRASES[m.group(0)], text)
    folded = folded.translate(_CHARS)
    folded = _COPULA_RE.sub("是", folded)
    folded = _RIGHT_RE.sub("对", folded)
    return _DOLLAR_RE.sub("块", folded)
