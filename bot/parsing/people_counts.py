"""Where a head count is said in a text: "三十多户", "十二个保安", "至少五个", "一家五口", a count said last after
a pause. The spotting behind `bot.parsing.people`, which decides what to keep."""

from __future__ import annotations

import re

from bot.parsing import people_alone as alone
from bot.parsing.count_words import chinese_to_int

MAX_BARE = 100000  # a bigger bare number is an amount or a year, not a head count
NUM = r"(?:\d+(?:\.\d+)?[十百千万]?|好?几|[上数成][百千万]|[零〇一二两三四五六七八九几十百千万廿卅]+)"
APPROX = r"(?:多|余|来|几|好几)?"  # "五十好几户": fifty-odd
_PERSON_UNIT = (
    r"(?:个|位|名|号)?(?:人(?!民|次|均|数|员|事|大|力|身|格|品|性|际)|口人|工人|职工|员工|农民工|村民|业主|居民|老人|学生|家长|老师|教师|"
    r"同事|工友|股民|投资人|工作人员|患者|病人|群众|户主)(?!家)"
)
# A bare "家" is too often "a shop" ("一家饭店"): only "家人 / 家住户 / 家商户" count as households.
_HOUSEHOLD_UNIT = r"(?:个)?(?:户人家|户|家庭|家(?:人|住户|商户|农户|村民))"
# "王老四 人跑了": a nickname by the place among brothers (老四) is no count
_COUNT_RE = re.compile(
    rf"(?<![高初第周期年月号块/\d零〇一二两三四五六七八九十百千万老])(?<!(?<!单)元)(?P<num>{NUM}){APPROX}(?:(?P<person>{_PERSON_UNIT})|(?P<house>{_HOUSEHOLD_UNIT}))"
)
FAMILY_RE = re.compile(rf"(?:一家|我家|我们家|俺家|咱家|家里)(?:老小|大小)?(?P<num>{NUM})口")
# what people are, after "N个": "保安", "老食堂工", "油漆工", "学徒"
_ROLE = r"(?:个|位|名)[\u4e00-\u9fff]{0,4}?(?:员|工|师|生|长|民|手|司机|保安|徒|友|主|属|者|娃|孩子|老人|妇女|兄弟|姐妹|户)"
# a clause that is only a count of people by what they are: "十二个保安", "我们三个老食堂工", "两个学徒"
# (only a whole clause: "两个保安把我拦住了" counts the guards, not the people concerned)
_ROLE_CLAUSE_RE = re.compile(rf"(?:我们|咱们|俺们|他们|一共|总共|共)?(?:有)?(?P<num>{NUM}){APPROX}{_ROLE}")
# a count said with a quantifier at the end of a clause: "至少二十个", "一起采茶的有十五个"
QUANTIFIED_RE = re.compile(
    rf"(?:(?:至少|起码|少说也?|最少|大概|大约|差不多|一共|总共)有?|共有|得有|足有|的有)(?P<num>{NUM}){APPROX}"
    # ("起码有五六家" ends its clause: households, not "一家饭店")
    r"(?P<unit>(?:个|位|名)?人|个|位|名|户|家)?(?:左右|上下)?(?=吧?(?:[,，。!！;；\s]|$))"
)
# "一起下井的好几个都得了", "跟我一起的五六个都查出来了": those of a group, all of them
_OF_GROUP_RE = re.compile(
    r"(?:一起|同一?个?|跟我|和我|同事|工友|干活|上班|打工|下井|车间|工地|厂里|村里|组里|班上)[^,，。\s]{0,6}"
    rf"的(?P<num>{NUM}){APPROX}(?:个|位|名|户)(?=都|全)"
)
KEEP_WHOLE = 20  # a short answer is kept whole as said; from a longer message only the count itself
# "拖欠我们六个油漆工的工资": we, a number and what we are, anywhere in a sentence
_OUR_ROLE_RE = re.compile(rf"(?:我们|咱们|俺们|我们这|我们这些)(?P<num>{NUM}){APPROX}{_ROLE}")
# a numeral other than "几": "几户" and "好几个人" name no number, "几十户" names its tens
NUMERAL_RE = re.compile(r"[\d零〇一二两俩三四五六七八九十百千万廿卅]|[上数成][百千万]")
_CLAUSES_RE = re.compile(r"[^,，。!！;；]+")
PIECES_RE = re.compile(r"[\s,，。!！;；]+")
SOLO_RE = re.compile(
    r"就我一个|只有我一个|只我一个|我一个人|就我自己|只有我自己|我自己一个|就我本人|本人一个|仅我一人|就我一人"
)
PAIR_RE = re.compile(
    r"我(?:跟|和|与|同)我?(?:老伴|老婆|老公|爱人|妻子|丈夫|媳妇|儿子|女儿|孩子|妈妈?|爸爸?|母亲|父亲)(?:两个|俩|二人|两人)?|"
    r"(?:娘|娘儿|爷|母子|父子|母女|父女|祖孙|奶孙|姐妹|兄弟|姐弟|兄妹)(?:俩|两个)|"  # "就俺娘俩"
    r"我们俩|咱俩|我们两个(?!组|村|队|社区|单位|厂|公司|小区|部门|班|学校|镇|乡|县|区|楼|栋|单元|店|月|年)"
    r"|我们二人|我们两人|夫妻俩|夫妻两|两口子|老两口|小两口|两口儿|我俩"
)
_NEGATED_ONE_RE = re.compile(r"[一1]个人(?:也|都)")
BARE_RE = re.compile(
    # "还是俺们八个", "就我们五个": who, then the number alone, as the whole answer
    r"(?:还是|就是?|只有|也是|一共)?(?:我们|咱们|俺们|我们这)?"
    rf"(?:大概|大约|约莫|约|差不多|估计|估摸|将近|接近|少说也?有?|最少|有|共|一共|总共|合计|好)?(?P<num>{NUM}){APPROX}"
    r"(?:个|位|名)?(?:左右|上下|出头)?"
)


# "二十号人没的", "十八号人就走了": the day someone died or left, not "twenty people" (二十号人)
_DAY_THEN_EVENT_RE = re.compile(
    r"号人(?:就|才|已经|是|在)?(?:没|死|走|去世|过世|不行|咽气|断气|出事|住院|进|被|抢救)"
)


def _is_a_day(text: str, m: re.Match[str]) -> bool:
    """A count "N号人" that is a date: a plain day of the month, then what happened to someone."""
    value = chinese_to_int(m.group("num")) if not re.search(r"[几多余来]", m.group()) else None
    return bool(value) and value <= 31 and bool(_DAY_THEN_EVENT_RE.match(text, m.end("num")))


# "一户两百", "一人给了五百块": a sum per head, not a head count (unless more people follow: "十几户三十多人")
_RATE_AFTER_RE = re.compile(
    rf"(?:给|发|交|收|赔|补|罚|分|要|拿)?了?{NUM}(?:块|元|万|斤|亩|平)?(?!{APPROX}(?:个|位|名|户|家|口))"
)


def _is_a_rate(text: str, m: re.Match[str]) -> bool:
    return chinese_to_int(m.group("num")) == 1 and bool(_RATE_AFTER_RE.match(text, m.end()))


# "一个车位卖十几万 业主都不知道": a sum after what was paid or sold, then the people it concerns
_MONEY_BEFORE_RE = re.compile(
    r"(?:卖|花|赔|收|交|缴|欠|值|借|贷|罚|补|付|退|骗|亏|赚|挣|价|要价)(?:了|掉|走|到|出)?$"
)


def _is_a_sum(text: str, m: re.Match[str]) -> bool:
    return bool(re.search(r"[百千万]", m.group("num"))) and bool(_MONEY_BEFORE_RE.search(text[: m.start()]))


def largest_match(text: str) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for m in _COUNT_RE.finditer(text):
        if _is_a_rate(text, m) or _is_a_sum(text, m):
            continue
        if m.group("person") and _NEGATED_ONE_RE.match(text, m.start()):
            continue  # "一个人也不管"
        if m.group("person") and _is_a_day(text, m):
            continue
        value = chinese_to_int(m.group("num"))
        if value and value > 0 and (best is None or value > best[0]):
            best = (value, m.group())
    return best


# people counted by what they do, ending a clause: "楼里有三个坐轮椅的", "村里有五个当过兵的人"
DESCRIBED_RE = re.compile(rf"有(?P<num>{NUM}){APPROX}(?:个|位|名)[\u4e00-\u9fff]{{1,6}}?的(?:人)?(?=吧?$)")


def _clause_counts(norm: str) -> list[tuple[int, str]]:
    """Counts by what people are or with a quantifier: "十二个保安", "拖欠我们六个油漆工", "至少五个"."""
    found = [*_OUR_ROLE_RE.finditer(norm), *alone.SIBLINGS_RE.finditer(norm), *_OF_GROUP_RE.finditer(norm)]
    for clause in _CLAUSES_RE.findall(norm):
        found.append(_ROLE_CLAUSE_RE.fullmatch(clause))
        found.append(DESCRIBED_RE.search(clause))
        quantified = QUANTIFIED_RE.search(clause)
        # with no unit a quantity is a sum ("拖欠工资，一共四万多"), unless it is the whole answer ("差不多三十")
        if quantified and (quantified.group("unit") or quantified.group() == norm):
            found.append(quantified)
    counts = [(chinese_to_int(m.group("num")) or 0, m.group()) for m in found if m]
    return [(value, span) for value, span in counts if 0 < value <= MAX_BARE]


def _last_word_count(said: str) -> tuple[int, str] | None:
    """A short answer that ends on a count after a pause: "俺们村的老人都扣了 好几十个"."""
    pieces = PIECES_RE.split(said.strip())
    if len(pieces) < 2 or len(said) > KEEP_WHOLE:
        return None
    last = BARE_RE.fullmatch(pieces[-1])
    if last is None or not re.search(r"[个位名多余来几]", last.group()):
        return None
    value = chinese_to_int(last.group("num")) or 0
    return (value, pieces[-1]) if 0 < value <= MAX_BARE else None


def best_count(norm: str, said: str = "") -> tuple[int, str] | None:
    """The largest count said (counts are lower bounds: "好几个人都有 至少五个" is five)."""
    found = [c for c in (largest_match(norm), *_clause_counts(norm), _last_word_count(said)) if c]
    return max(found, key=lambda c: c[0]) if found else None
