"""The head count said as who, not as a number: "就我一个", "就爷爷一个", "得我一个", "我跟我男人两个".

Pure readers of one normalised answer (spaces taken out) for `bot.parsing.people`: the citizen alone, one person
the citizen speaks for alone, the citizen and one relative or a pair of kin ("我跟我爸妈"), the citizen and more
counted after them ("就我一个 还有孩子 两个"), and an answer saying the question does not fit ("不涉及").
"""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing

# the citizen's family as people say it: "我妈", "俺男人", "俺闺女", "阿爷"
KIN = (
    r"妈|爸|妈妈|爸爸|娘|爹|老娘|老爹|奶奶|爷爷|外婆|外公|姥姥|姥爷|老伴|老公|老婆|爱人|儿子|女儿|孩子|娃|母亲|父亲|"
    r"丈夫|妻子|媳妇|男人|岳父|岳母|公公|婆婆|孙子|孙女|外孙|哥哥?|姐姐?|弟弟?|妹妹?|老头子?|老太太?|"
    r"儿|闺女|妮儿?|小子|孙儿|孙仔|孙|娃儿|幺儿|崽|仔|老爸|老妈|女|"  # "就俺儿一个", "俺闺女": a child as the country says it
    r"阿爷|阿嫲|阿婆|阿公|阿妈|阿爸|老豆|老母|老窦|仔女|女儿家|婆娘|屋里的|老汉|老头儿|老太婆|当家的|孩儿他爹|孩子他爸|"
    # the wider family a helper writes for: "就我舅舅一个", "只有俺姑自己"
    r"舅舅?|舅妈|姑姑?|姑父|姑妈|姨妈?|小姨|姨父|叔叔?|婶婶?|婶子|伯伯?|大伯|大爷|伯母|大娘|嫂子|姐夫|妹夫|"
    r"侄子|侄女|外甥女?|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|亲家|公婆"
)
# two people said as one word: "我爸妈", "俺爹娘", "我父母", "俺公婆" (with the citizen: three)
KIN_PAIR = r"爸妈|爸爸妈妈|爹妈|爹娘|父母|父母亲|公婆|公公婆婆|岳父母|爷爷奶奶|爷奶|姥姥姥爷|外公外婆|爷孙俩|两个孩子|俩孩子|两个娃|俩娃"
# the person a helper writes for: "就老人一个", "就老人自己", "患者一个人"
THIRD_PERSON = r"老人家?|老太太|老太|老爷子|老大爷|大爷|大娘|老奶奶|老爷爷|病人|患者|学生|小孩|这孩子"
# a neighbour a helper writes for, by the word of address, with a surname or not: "孙阿姨", "老王大爷", "阿姨"
ADDRESSED = r"(?:老?[\u4e00-\u9fff])?(?:阿姨|大姐|大哥|大叔|大爷|大妈|大娘|大婶|阿婆|阿公|婆婆|爷爷|奶奶|叔叔?|伯伯?|婶婶?)"
# "only": "就", "只有"; Cantonese "得" ("得我一个") and "净系" ("淨係我一個")
_ONLY = r"(?:就|只有|只|仅|光|就是|得|只得|净系|净是|唯独)"
_ME = r"(?:我|俺|本人|咱|阿拉|侬)"
_END = r"(?:吧|啊|呀|哦|嘛|呗|咯|啰|喇|啦|咋|嘅|而已|罢了|就行了?|就好|就可以了?)?"  # "我爸一个就行"
_ALONE = r"(?:自己|自个儿?|一个人?|一人|个人)"

ONLY_ME_RE = re.compile(rf"{_ONLY}?(?:{_ME}|他|她)(?:家?(?:{KIN}))?{_ALONE}?{_END}")
# "我个孙", "我嘅仔", "我的儿子", "那个小孩": whose or which, before the one person
_WHOSE = rf"(?:{_ME}(?:家|个|嘅|的)?|那个?|这个?)"
# one person written for, alone: "就老人一个", "就爷爷一个", "只有俺闺女自己", "就我个孙一个"
ONLY_THEM_RE = re.compile(
    rf"{_ONLY}?(?:{_WHOSE}?(?:{THIRD_PERSON}|{KIN})|{ADDRESSED})(?:自己|自个儿?|一个人?|一人){_END}"
)
# one person counted before who they are: "就那一个小孩", "就一个孩子", "只有这一个娃"
_ONE_OF_THEM_RE = re.compile(rf"{_ONLY}(?:那|这)?(?:一个|一位|一名)(?:{THIRD_PERSON}|{KIN}){_END}")
# the citizen's own shop alone, for a matter of a shop: "就我间铺", "只有我家这个店", "就我一家店" (one owner)
_OWN_SHOP_ALONE_RE = re.compile(
    rf"{_ONLY}{_ME}(?:家|嘅|的)?(?:这|那|呢)?(?:一)?(?:间|家|个|只)?(?:店|铺头|铺子|铺|舖头|舖|店铺|门面|档口|摊位?|小店){_ALONE}?{_END}"
)
# "我儿子一个被打", "就我孙女一个挨了打": the one person, then what was done to them
_DONE_TO_RE = re.compile(r"(?:被|挨)[\u4e00-\u9fff]{1,4}?(?:了|的|过)?$")
_ONE_SAID_RE = re.compile(r"一个|一人|一位|自己|自个")
# "人数是我儿子一个被打": the answer naming the head count first
_COUNT_LEAD_RE = re.compile(r"^人数(?:是|就是|写|填|为|只有|就)?")
# a whole message that says only one person, said at another question: "就我妈一个", "只有俺自己" (not a bare
# "我妈", nor "就他一个", which may say who did it)
ALONE_AHEAD_RE = re.compile(
    rf"{_ONLY}{_ME}(?:家?(?:{KIN}))?(?:自己|自个儿?|一个人?|一人){_END}|(?:就|只有){_ME}(?:本人)?{_END}"  # "就我"
    rf"|{_ME}(?:一个人?|一人){_END}"  # "我一个"
)

_AND = r"(?:跟|和|与|同|带着?|加上?|还有|连同|及)"
_TWO = r"(?:两个人?|俩|二人|两人|两口子?|两位)"
# the citizen and one relative, as the whole answer: "我跟我男人两个", "俺和闺女", "我老婆和我"
_PAIR_ANSWER_RE = re.compile(
    rf"{_ONLY}?(?:{_ME}{_AND}{_ME}?家?(?:{KIN}|{THIRD_PERSON})|{_ME}?家?(?:{KIN}){_AND}{_ME})(?:就|总共|一共)?{_TWO}?{_END}"
)
# …and inside a longer message only with the count said: "我跟我男人两个都被打了"
PAIR_COUNTED_RE = re.compile(rf"{_ME}{_AND}{_ME}?家?(?:{KIN}){_TWO}")


# the citizen with a pair of kin: "我跟我爸妈", "俺和俺爹娘" → 3; the pair alone: "就我爸妈" → 2
_WITH_KIN_PAIR_RE = re.compile(rf"{_ONLY}?{_ME}{_AND}{_ME}?家?(?:{KIN_PAIR})(?:三个人?|仨|三人|三口)?{_END}")
# …inside a longer message: "我跟我爸妈都被催收骚扰"
WITH_KIN_PAIR_IN_RE = re.compile(rf"{_ME}{_AND}{_ME}?家?(?:{KIN_PAIR})")
_KIN_PAIR_ALONE_RE = re.compile(rf"{_ONLY}?{_ME}?家?(?:{KIN_PAIR})(?:两个人?|俩|二人|两人|两口子?)?{_END}")


# what the people counted after the citizen share: "还有两个工友也没拿到", "还有俩同事一样被欠着"
_LIKEWISE = r"(?:(?:也|都|一样|同样)(?:没|被|是|不|让)[\u4e00-\u9fff]{0,4})"
# the citizen and more people counted after them: "就我一个 还有孩子 两个", "我自己 加上俩娃", "我一个 店里还有6个员工"
# (not "我和孩子两个人": said straight after "我和", the number counts both)
_ME_AND_MORE_RE = re.compile(
    rf"{_ONLY}?{_ME}(?:{_ALONE}[,，。;；、]?(?:还有|加上?|另外还有|跟|和|带着?|[\u4e00-\u9fff]{{1,4}}?(?:另外)?还有)"
    r"|(?:还有|加上?|另外还有))"
    rf"(?:{_ME}家?)?(?P<who>{KIN}|{THIRD_PERSON})?"
    r"(?P<num>[1-9一二两俩三四五六七八九])(?:个|位|名|口)?人?(?P<role>孩子|娃|小孩|员工|工人|同事|工友|伙计|店员|帮工"
    rf"|老乡|邻居|{ADDRESSED})?"  # "我一个。还有一个阿姨也没拿到"
    rf"{_LIKEWISE}?(?:吧|啊|呀)?"
)
# where the citizen and their hands work, said first: "店里就我和一个学徒", "厂里就我跟我老伴 还有几个工人"
_WORKPLACE = r"(?:店里|厂里|铺子里|摊上|车间里?|公司里?|作坊里?)"
# the citizen, one relative or a pair, and more counted after them: "我和我老公 还有两个帮工" → 4
_ME_KIN_AND_MORE_RE = re.compile(
    rf"{_WORKPLACE}?{_ONLY}?{_ME}{_AND}{_ME}?家?(?:(?P<pair>{KIN_PAIR})|{KIN})(?:两个人?|俩|二人|两人|两口子?|三个人?|仨)?"
    r"(?:还有|加上?|另外还有|另外|再加上?)(?:我们?家?的?)?"
    r"(?P<num>[1-9一二两俩三四五六七八九])(?:个|位|名|口)?人?"
    r"(?:孩子|娃|小孩|员工|工人|同事|工友|伙计|店员|帮工|帮手|小工|徒弟|学徒|老乡|邻居)?"
    rf"{_LIKEWISE}?(?:吧|啊|呀)?"
)
# the citizen and the hands they employ, counted: "店里就我和一个学徒", "我跟两个伙计" → 1 + N (the number
# before the role counts the hands alone, unlike "我和孩子两个人")
_ME_AND_HANDS_RE = re.compile(
    rf"{_WORKPLACE}?{_ONLY}?{_ME}{_AND}"
    r"(?P<num>[1-9一二两俩三四五六七八九])(?:个|位|名)"
    r"(?:员工|工人|伙计|店员|帮工|帮手|小工|徒弟|学徒|师傅|服务员|营业员|厨师|司机)"
    rf"{_LIKEWISE}?{_END}"
)
# brothers and sisters counted together: "俺们兄妹四个", "我们姐弟三人" (not "他们兄弟两个", who did it)
SIBLINGS_RE = re.compile(
    r"(?<!他们)(?<!她们)(?<![他她])(?:我们|咱们|俺们|我家|俺家)?(?:兄弟姐妹|兄妹|姐弟|兄弟|姐妹|姊妹)"
    r"(?P<num>[0-9一二两三四五六七八九十]+)(?:个人?|人|口)"
)
_SMALL = {"一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def me_and_more(norm: str) -> int | None:
    """The whole answer counts the citizen and the people after them: "就我一个还有孩子两个" → 3,
    "我和我老公还有两个帮工" → 4."""
    with_kin = _ME_KIN_AND_MORE_RE.fullmatch(norm)
    if with_kin is not None:
        num = with_kin.group("num")
        return (3 if with_kin.group("pair") else 2) + (int(num) if num.isdigit() else _SMALL[num])
    hands = _ME_AND_HANDS_RE.fullmatch(norm)
    if hands is not None:
        num = hands.group("num")
        return 1 + (int(num) if num.isdigit() else _SMALL[num])
    found = _ME_AND_MORE_RE.fullmatch(norm)
    if found is None:
        return None
    num = found.group("num")
    value = int(num) if num.isdigit() else _SMALL[num]
    one = found.group("who") and not _MANY_KIN_RE.fullmatch(found.group("who"))
    return value if one and value == 2 else 1 + value  # "我还有我妈两个": the two of them


_MANY_KIN_RE = re.compile(r"孩子|娃|儿|崽|仔|仔女|小孩|学生|老人家?")


def says_three_with_kin(norm: str) -> bool:
    """The whole answer is the citizen and a pair of kin: "我跟我爸妈", "俺和俺爹娘三个"."""
    return _WITH_KIN_PAIR_RE.fullmatch(norm) is not None


def says_kin_pair(norm: str) -> bool:
    """The whole answer is a pair of kin the citizen writes for: "就我爸妈", "俺爹娘俩"."""
    return _KIN_PAIR_ALONE_RE.fullmatch(norm) is not None


def says_alone_ahead(text: str) -> bool:
    """The whole message is only the citizen alone ("就我", "我一个", "就我妈一个"), said at another question."""
    return ALONE_AHEAD_RE.fullmatch(re.sub(r"[\s。.!！~,，]", "", normalize_for_parsing(text))) is not None


def says_one(norm: str) -> bool:
    """The whole answer is one person: the citizen ("得我一个"), the one they write for ("就爷爷一个", "就那一个小孩"),
    also with what was done to them ("我儿子一个被打")."""
    norm = _COUNT_LEAD_RE.sub("", norm) or norm
    if ONLY_ME_RE.fullmatch(norm) or ONLY_THEM_RE.fullmatch(norm) or _ONE_OF_THEM_RE.fullmatch(norm):
        return True
    if _OWN_SHOP_ALONE_RE.fullmatch(norm):
        return True
    person = _DONE_TO_RE.sub("", norm)  # "我儿子一个被打" counts one; "我被骗了" tells, counts nobody
    counted = person != norm and _ONE_SAID_RE.search(person) is not None
    return counted and bool(ONLY_ME_RE.fullmatch(person) or ONLY_THEM_RE.fullmatch(person))


def says_pair(norm: str) -> bool:
    """The whole answer is the citizen and one relative: "我跟我男人两个", "俺和闺女"."""
    return _PAIR_ANSWER_RE.fullmatch(norm) is not None


# "不涉及", "没涉及别人": the question does not fit the matter (a report on an official's conduct)
# … or a bare "没有" (a suggestion, a matter of no one in particular): nothing to count, no number guessed
_NOT_COUNTED_RE = re.compile(
    r"(?:不|没|没有|并不)(?:涉及|牵涉|关系到?)(?:到)?(?:别人|其他人|人数|谁|多少人)?|没有?|无|冇"
)


def counts_nobody(text: str | None) -> bool:
    """ "不涉及", "没涉及别人": the head-count question does not fit the matter; nothing to count."""
    norm = re.sub(r"[,，。.!！~\s啊吧呀哦嘛的]", "", normalize_for_parsing(text or ""))
    return bool(norm) and _NOT_COUNTED_RE.fullmatch(norm) is not None
