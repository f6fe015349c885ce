"""Helps a citizen with the category question: class names in everyday words, and a pick from their own story.

"养老", "拆迁", "工资", "看病" are how people name a kind of matter; "环保" and "劳动" are short for a class. When
a word fits two classes ("养老": a pension or an old people's home), the citizen's story decides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from actions.not_known import DONT_KNOW
from bot.domain import text as textutil
from bot.domain.category import CATEGORIES, load_lexicon

# short names of the classes
ABBREVIATIONS = {
    "环保": "环境保护",
    "社保": "劳动和社会保障",
    "劳动": "劳动和社会保障",
    "劳保": "劳动和社会保障",
    "城建": "城乡建设",
    "国土": "国土资源",
    "三农": "农村农业",
    "农业": "农村农业",
    "农村": "农村农业",
    "卫生": "卫生计生",
    "计生": "卫生计生",
    "交通": "交通运输",
    "教育": "教育文体",
    "文体": "教育文体",
    "纪检": "纪检监察",
    "监察": "纪检监察",
    "人事": "组织人事",
    "商贸": "商贸旅游",
    "旅游": "商贸旅游",
    "科技": "科技与信息产业",
    "党务": "党务政务",
    "政务": "党务政务",
}
# everyday words for a kind of matter; where one word fits several classes, the story picks among them
EVERYDAY = {
    "养老": ("劳动和社会保障", "民政"),
    "养老金": ("劳动和社会保障",),
    "退休": ("劳动和社会保障",),
    "工资": ("劳动和社会保障",),
    "欠薪": ("劳动和社会保障",),
    "工钱": ("劳动和社会保障",),
    "工伤": ("劳动和社会保障",),
    "医保": ("劳动和社会保障",),
    "低保": ("民政", "劳动和社会保障"),
    "拆迁": ("城乡建设", "国土资源"),
    "征地": ("国土资源", "农村农业"),
    "土地": ("国土资源", "农村农业"),
    "宅基地": ("国土资源",),
    "房子": ("城乡建设",),
    "物业": ("城乡建设",),
    "看病": ("卫生计生",),
    "医院": ("卫生计生",),
    "医疗": ("卫生计生",),
    "上学": ("教育文体",),
    "学校": ("教育文体",),
    "污染": ("环境保护",),
    "噪音": ("环境保护",),
    "治安": ("政法",),
    "打官司": ("政法",),
    "派出所": ("政法",),
    "当官的": ("纪检监察",),
    "干部": ("纪检监察",),
    "修路": ("交通运输", "城乡建设"),
    "种地": ("农村农业",),
    "网络": ("科技与信息产业",),
}
# what people put around the word: "是养老的问题", "算环保类吧"
_AROUND = re.compile(
    r"^(?:我觉得|我看|应该|大概|可能|估计)?(?:是|算|属于|就是|选|归到|归)?|"
    r"(?:这一?类|那一?类|类别?|方面|这块|那块|方面的|的事情?|的问题|问题|的)*(?:吧|啊|呀|嘛|哦)?$"
)
MAX_ANSWER = 12
_SHORT_ASIDE = 8  # "培训班的事": what a class answer is about, said beside it
# "你帮我选" / "我不晓得选哪个" / "你帮我选嘛 我眼睛不好": the citizen asks the bot to choose
HELP_CHOOSE = re.compile(
    # 拣 is 选 in 粤语 and 吴语 ("你帮我拣", "唔识拣")
    r"(?:你|您)?(?:帮我|帮忙|替我|给我)(?:选|挑|拣|定|看看?(?:选|是)?)|你(?:来|看着|随便)?(?:选|拣|定)(?:吧|嘛|一个)?|"
    r"(?:不晓得|不知道|不会|不识|搞不清|分不清|弄不清|不懂|看不懂)(?:要|该|应该)?(?:选|挑|拣)|"
    r"(?:不晓得|不知道|不清楚|搞不清|分不清|说不清|哪知道|哪晓得|哪懂得?)(?:是|属于|算|归)?(?:哪一?类|哪个|哪种|啥类|什么类)|"
    r"选不来|不会选|看不清|眼睛不好|眼神不好|不识字|随便(?:选|哪个)|"
    # "算哪类我也不晓得", "属于啥类俺搞不清": the class asked about, then not known
    r"(?:算|属于|归|是)(?:哪一?类|哪个类|哪种|啥类|什么类)[^,，。]{0,4}(?:不晓得|不知道|不清楚|搞不清|说不清|分不清|不懂)"
)
# "乱收费 算哪个", "这个属于哪一类啊？": which class it is, asked back at the end of the message
# … or a class of their own words proposed and asked about: "邻里纠纷吧 有这个类吗"
ASKED_BACK = re.compile(
    r"(?:(?:算|属于|归)(?:哪一?类|哪个|哪种|啥类|什么类)|(?:有没有|有|是)(?:这个|这一|这种|这)类(?:别)?(?:吗|么|不|没有|没)?)"
    r"(?:呀|啊|呢|嘛|哦)?[?？]*$"
)


def core_word(clean: str) -> str:
    """ "是养老的问题吧" → "养老"."""
    return _AROUND.sub("", clean.strip(" ，。！？,.!?")).strip()


def category_from_everyday_words(
    clean: str, story_scores: Sequence[Any] | None = None, *, exact_names_only: bool = False
) -> str | None:
    """The class a short answer names, by its name, a short name or an everyday word; None if unsure."""
    found = _class_of_answer(clean, story_scores, exact_names_only=exact_names_only)
    if found is not None or exact_names_only:
        return found
    # "教育吧 培训班的事": the class in one piece, the rest says what it is about; one class named, not ruled out
    pieces = [
        p for p in _PIECES.split(textutil.normalize_for_parsing(clean)) if p and not _RULED_OUT.search(p)
    ]
    if not 1 < len(pieces) <= 3:
        return None
    found_in = [(p, _class_of_answer(p, story_scores)) for p in pieces]
    named = {c for _, c in found_in if c is not None}
    # "暖气的事 物业说锅炉坏了…": more of the matter beside the class is story, read as such
    told_more = any(c is None and len(p) > _SHORT_ASIDE for p, c in found_in)
    return named.pop() if len(named) == 1 and not told_more else None


def _class_of_answer(
    clean: str, story_scores: Sequence[Any] | None, *, exact_names_only: bool = False
) -> str | None:
    word = core_word(textutil.normalize_for_parsing(clean))
    if not word or len(word) > MAX_ANSWER:
        return None
    named = [c for c in CATEGORIES if c in word or (len(word) >= 2 and word in c)]
    if not named and len(word) >= 2:  # "劳动保障", "劳保", "卫计": a name shortened, its characters in order
        named = [c for c in CATEGORIES if _in_order(word, c)]
    if len(named) == 1:
        return named[0]
    if exact_names_only:
        return None
    if word in ABBREVIATIONS:
        return ABBREVIATIONS[word]
    fits = EVERYDAY.get(word) or _lexicon_fits(word)
    if not fits:
        return None
    if len(fits) == 1 or not story_scores:
        return fits[0]
    rank = {score.name: score.score for score in story_scores}
    return max(fits, key=lambda name: rank.get(name, 0.0))


def _in_order(word: str, name: str) -> bool:
    rest = iter(name)
    return all(ch in rest for ch in word)


def _lexicon_fits(word: str) -> tuple[str, ...]:
    """Classes whose decisive keywords (weight 3) include the word exactly."""

    fits = [
        name
        for name, phrases in load_lexicon().phrases.items()
        if any(phrase == word and weight >= 3 for phrase, weight in phrases)
    ]
    return tuple(fits)


def asks_to_choose(clean: str) -> bool:
    return bool(HELP_CHOOSE.search(textutil.normalize_for_parsing(clean)))


_PIECES = re.compile(r"[\s,，。.！!？?、;；~～]+")
# "不是其他", "别选民政", "其他都不像": a class named only to be ruled out
_RULED_OUT = re.compile(r"[不别没非]")


def class_named_beside(text: str) -> str | None:
    """ "你看着选 其他吧", "隨便選 就城建吧": the one class a citizen names while leaving the choice to the bot is
    their choice; None when none or several are named, or a named one is ruled out."""
    clean = HELP_CHOOSE.sub(" ", textutil.normalize_for_parsing(text or ""))
    named = set()
    for piece in _PIECES.split(clean):
        if not piece or _RULED_OUT.search(piece):
            continue
        name = category_from_everyday_words(piece, exact_names_only=True) or ABBREVIATIONS.get(
            core_word(piece)
        )
        if name:
            named.add(name)
    return named.pop() if len(named) == 1 else None


def asks_which_class(text: str) -> bool:
    """ "乱收费 算哪个" at the category question: the class asked back, for the bot to pick from the story; or which
    classes there are ("有哪些类", "你给我看看有哪些"), whether one is among them ("有没有教育类"), or which of two
    ("民政定系城乡建设啊")."""
    clean = textutil.normalize_for_parsing(text or "").strip()
    return (
        bool(ASKED_BACK.search(clean))
        or asks_which_classes(clean)
        or class_asked_for(clean) is not None
        or bool(classes_weighed(clean))
    )


_CLASS_WORDS = "|".join(sorted({*CATEGORIES, *ABBREVIATIONS}, key=len, reverse=True))
# "民政定系城乡建设啊", "是环保还是城建": which of two classes, asked (定系 and 定 are the Cantonese 还是)
_EITHER_CLASS = re.compile(rf"({_CLASS_WORDS})[的类啊呀]{{0,2}}(?:还是|定系|定|或者)({_CLASS_WORDS})")


def classes_weighed(text: str) -> tuple[str, ...]:
    """The two classes a citizen weighs ("民政定系城乡建设" → 民政, 城乡建设), or () when none are."""
    found = _EITHER_CLASS.search(textutil.normalize_for_parsing(text or ""))
    return tuple(ABBREVIATIONS.get(word, word) for word in found.groups()) if found else ()


def closer_class(best: str, others: Sequence[str], weighed: Sequence[str]) -> str:
    """Of the classes a citizen weighs, the one the story fits best (the story's best class when it is neither)."""
    return next((name for name in (best, *others) if name in weighed), best)


def which_of_two(name: str) -> str:
    return f"按您说的情况，更接近“{name}”。是它的话，点“{name}”或者直接说“{name}”就行。"


# "有没有教育类 培训班的事", "有没有环保这一类": whether a class is among them, a question
_IS_THERE_CLASS = re.compile(r"有没有([^,，。?？\s]{1,6}?)(?:这一?类|类|方面)")


def class_asked_for(text: str) -> str | None:
    """The class a citizen asks is among them ("有没有教育类" → 教育文体), or None."""
    found = _IS_THERE_CLASS.search(textutil.normalize_for_parsing(text or ""))
    return category_from_everyday_words(found.group(1)) if found else None


def class_is_there(name: str) -> str:
    return f"有，“{name}”就是这一类。是它的话，点“{name}”或者直接说“{name}”就行。"


# "有哪些类啊", "都有啥类别", "分几类": the classes asked for, a question (nothing is chosen for the citizen)
_WHICH_CLASSES = re.compile(
    r"(?:有|分|是)(?:哪些|哪几|几|什么|啥|哪)(?:个|种)?(?:类|种类|类别)|都有(?:哪些|啥|什么)(?:类|种)"
    r"|(?:类别?|分类)(?:都)?(?:有|是)(?:哪些|啥|什么)"
)


# "交警乱拖车算啥": which class this matter is, asked beside it: the bot picks from the story
_THIS_ONE_ASKED = re.compile(r"(?:算|属于|归)(?:啥|什么|哪)")


# "你给我看看有哪些", "都有哪些啊": the list asked for in so many words
_SHOW_CLASSES = re.compile(
    r"(?:给我|让我)(?:看看|瞧瞧|说说|讲讲|列列?)(?:都)?有(?:哪些|啥|什么)|有哪些(?:呀|啊|嘛|呢)?$"
)


def asks_which_classes(text: str) -> bool:
    """ "有哪些类啊 我不晓得", "算啥类 你给我看看有哪些": which classes there are, asked; not "你帮我选", nor
    "有啥类 这个算啥" (the bot picks from the story)."""
    clean = textutil.normalize_for_parsing(text or "")
    # "我哪知道是哪类 你帮我看看": a request to choose, not a question of which classes there are (lead-098)
    return bool(_SHOW_CLASSES.search(clean)) or (
        bool(_WHICH_CLASSES.search(clean))
        and not _THIS_ONE_ASKED.search(clean)
        and not HELP_CHOOSE.search(clean)
    )


def classes_answer(best: str, others: Sequence[str]) -> str:
    """All the classes named, and the ones the story fits best: the citizen picks."""
    likely = "”“".join([best, *others])
    return (
        f"一共有这些类：{'、'.join(CATEGORIES)}。按您说的情况，最接近的是“{likely}”。"
        "您选一个就行；拿不准就说“你帮我选”。"
    )


def pick_for_story(story: str, classify) -> tuple[str, list[str]]:
    """The most likely class of the story and the runners-up a citizen may switch to."""
    scores = classify(story, matter=True) if story.strip() else []
    names = [s.name for s in scores if s.name != "其他"]
    if not names:
        return "其他", []
    return names[0], names[1:3]


# words about choosing, not about the matter: "哪一类", "分类"
_OF_THE_CHOICE = re.compile(r"(?:哪一?类|哪个|哪种|啥类|什么类|分类|类别)(?:呀|啊|呢|嘛|哦)?")


def said_of_the_matter(said: str) -> str:
    """What a citizen who asks the bot to choose says of the matter itself ("不知道啊 噪音算哪个" → 噪音), without
    the request: "不知道 哪一类" adds nothing to weigh against the story."""
    clean = textutil.normalize_for_parsing(said or "")
    for pattern in (ASKED_BACK, HELP_CHOOSE, DONT_KNOW, _OF_THE_CHOICE):
        clean = pattern.sub(" ", clean)
    return clean.strip() if re.search(r"[\u4e00-\u9fff]{2,}", clean) else ""
