"""The head count said as who, not as a number: "就我一个", "就爷爷一个", "得我一个", "我跟我男人两个".

Pure readers of one normalised answer (spaces taken out) for `bot.parsing.people`: the citizen alone, one person
the citizen speaks for alone, or the citizen and one relative.
"""

from __future__ import annotations

import re

# the citizen's family as people say it: "我妈", "俺男人", "俺闺女", "阿爷"
KIN = (
    r"妈|爸|妈妈|爸爸|娘|爹|老娘|老爹|奶奶|爷爷|外婆|外公|姥姥|姥爷|老伴|老公|老婆|爱人|儿子|女儿|孩子|娃|母亲|父亲|"
    r"丈夫|妻子|媳妇|男人|岳父|岳母|公公|婆婆|孙子|孙女|外孙|哥哥?|姐姐?|弟弟?|妹妹?|老头子?|老太太?|"
    r"儿|闺女|妮儿?|小子|孙儿|娃儿|幺儿|崽|仔|"  # "就俺儿一个", "俺闺女": a child as the country says it
    r"阿爷|阿嫲|阿婆|阿公|阿妈|阿爸|老豆|老母|老窦|仔女|女儿家|婆娘|屋里的|老汉|老头儿|老太婆|当家的|孩儿他爹|孩子他爸"
)
# the person a helper writes for: "就老人一个", "就老人自己", "患者一个人"
THIRD_PERSON = r"老人家?|老太太|老太|老爷子|老大爷|大爷|大娘|老奶奶|老爷爷|病人|患者|学生|小孩|这孩子"
# "only": "就", "只有"; Cantonese "得" ("得我一个") and "净系" ("淨係我一個")
_ONLY = r"(?:就|只有|只|仅|光|就是|得|只得|净系|净是|唯独)"
_ME = r"(?:我|俺|本人|咱|阿拉|侬)"
_END = r"(?:吧|啊|呀|哦|嘛|呗|咯|啰|喇|啦|咋|嘅|而已|罢了)?"
_ALONE = r"(?:自己|自个儿?|一个人?|一人|个人)"

ONLY_ME_RE = re.compile(rf"{_ONLY}?(?:{_ME}|他|她)(?:家?(?:{KIN}))?{_ALONE}?{_END}")
# one person written for, alone: "就老人一个", "就爷爷一个", "只有俺闺女自己"
ONLY_THEM_RE = re.compile(
    rf"{_ONLY}?(?:{_ME}家?)?(?:{THIRD_PERSON}|{KIN})(?:自己|自个儿?|一个人?|一人){_END}"
)
# a whole message that says only one person, said at another question: "就我妈一个", "只有俺自己" (not a bare
# "我妈", nor "就他一个", which may say who did it)
ALONE_AHEAD_RE = re.compile(rf"{_ONLY}{_ME}(?:家?(?:{KIN}))?(?:自己|自个儿?|一个人?|一人){_END}")

_AND = r"(?:跟|和|与|同|带着?|加上?|还有|连同|及)"
_TWO = r"(?:两个人?|俩|二人|两人|两口子?|两位)"
# the citizen and one relative, as the whole answer: "我跟我男人两个", "俺和闺女", "我老婆和我"
_PAIR_ANSWER_RE = re.compile(
    rf"{_ONLY}?(?:{_ME}{_AND}{_ME}?家?(?:{KIN}|{THIRD_PERSON})|{_ME}?家?(?:{KIN}){_AND}{_ME})(?:就|总共|一共)?{_TWO}?{_END}"
)
# …and inside a longer message only with the count said: "我跟我男人两个都被打了"
PAIR_COUNTED_RE = re.compile(rf"{_ME}{_AND}{_ME}?家?(?:{KIN}){_TWO}")


def says_one(norm: str) -> bool:
    """The whole answer is one person: the citizen ("得我一个") or the one they write for ("就爷爷一个")."""
    return bool(ONLY_ME_RE.fullmatch(norm) or ONLY_THEM_RE.fullmatch(norm))


def says_pair(norm: str) -> bool:
    """The whole answer is the citizen and one relative: "我跟我男人两个", "俺和闺女"."""
    return _PAIR_ANSWER_RE.fullmatch(norm) is not None
