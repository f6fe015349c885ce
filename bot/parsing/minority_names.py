"""Names of citizens of minority nationalities written in Chinese characters: Uyghur and Kazakh ("阿不都热合曼",
"阿依古丽"), Tibetan ("次仁卓玛", "扎西"), Yi ("吉克阿依", "沙马拉且") and Mongolian ("巴特尔", "其其格").

They have no Han surname, are often longer than four characters and hold characters that in a Han name would
end it (不, 都, 合): a Han-name reader cuts them or refuses them. They are read here as a run of the common
parts such names are made of, optionally joined by "·"; the run must stand alone (the end of the text, a pause,
or a word like 我 or 的 after it), so "乌兰察布" or "查干湖" are no names.
"""

from __future__ import annotations

import re
from functools import lru_cache

# common parts of Uyghur, Kazakh and other Turkic names as transcribed in Chinese
_TURKIC = (
    "阿不都 阿不都拉 阿卜杜 阿卜杜拉 阿布都 阿布都拉 阿不力孜 阿布力孜 阿不来提 阿布来提 阿迪力 阿力木 阿里木 阿合买提 "
    "阿依 阿依古丽 阿孜古丽 阿米娜 阿娜尔 阿尔祖 买买提 麦麦提 艾买提 艾合买提 艾力 艾则孜 艾山 艾尼 艾尔肯 艾克拜尔 "
    "玉素甫 玉苏甫 优素福 吐尔逊 吐尔洪 吐逊 吐尔地 托乎提 吾斯曼 奥斯曼 依明 伊明 热合曼 热合木 热依木 肉孜 努尔 "
    "努尔兰 努尔古丽 塔依尔 木合塔尔 库尔班 伊力 伊力哈木 亚森 牙生 哈力克 哈斯木 卡德尔 卡哈尔 司马义 斯拉木 "
    "叶尔兰 叶尔江 叶尔肯 古丽 古力 帕提古丽 迪丽 迪丽娜尔 迪丽拜尔 热依拉 热娜 热孜宛 米日古丽 祖丽 祖丽胡玛尔 "
    "巴哈古丽 再努尔 麦尔哈巴 加娜尔 哈力旦 帕夏 布维 阿依努尔 买合木提 克里木 沙吾提 萨迪克 努尔买买提 穆罕默德 "
    "依力哈木 依沙克 尼加提 尼扎尔 卡米力 吾买尔 吾守尔 热西提 赛买提 阿依夏 布合力其 古再丽努尔 别克 江 汗"
)
# Tibetan given names, often said as two parts ("次仁卓玛")
_TIBETAN = (
    "次仁 才让 扎西 多吉 多杰 卓玛 拉姆 央金 旦增 丹增 格桑 尼玛 达瓦 平措 彭措 索朗 索南 顿珠 白玛 德吉 洛桑 益西 "
    "强巴 普布 边巴 巴桑 次旦 仁增 群培 曲珍 措姆 央宗 贡布 卓嘎 桑杰 拉巴 阿旺 土登 罗布 加措 嘉措 坚参 格勒 "
    "泽仁 泽旺 才旦 吉措 拉毛 旺姆 德庆 美朵 梅朵 琼达 次央 米玛 朗杰 旺堆 仁青 更登 根敦 贡嘎 才仁 久美 晋美 拉珍 "
    "玉珍 永措 卓措 降央 江措 欧珠 旺加 次珍 边珍 赤列 次仁拉姆 卓玛拉姆 巴珠 措吉 拉措 公保 尕藏 更藏 华旦 完玛 "
    "仁欠 才吉 卓么 吉美 曲吉"
)
# Yi names of Liangshan: a clan name and a given name ("吉克阿依", "沙马拉且")
_YI = (
    "吉克 阿牛 沙马 吉伍 阿苏 俄木 马海 海来 曲比 勒格 吉木 木乃 瓦其 日火 阿西 比曲 的日 莫色 俄底 倮伍 阿说 苏呷 "
    "尔古 依火 吉俄 阿力 阿约 什木 阿果 阿呷 木呷 伍呷 阿支 日古 阿卓 阿且 吉尔 俄尔 阿衣 金古 吉子 阿莫 阿沙 "
    "克惹 加拉 马黑 石一 拉哈 莫且 比史 子且 约布 拉且 曲尼 阿英 阿妞 阿各 布哈 达惹 阿朵 阿木 阿尔 沙玛 阿合 "
    "吉史 吉觉 阿克 尔布 阿都 惹"
)
# more syllables Liangshan Yi names are written with, beyond the parts above ("呷", "嫫", "且", "惹")
_YI_SYLLABLES = "呷嫫莫且惹伍果史牛则古以作体洛坡苦日哈尔依拉沙阿吉克木比曲俄说约衣黑各乃子布达妞英朵"
# Mongolian names ("巴特尔", "其其格", "斯琴高娃")
_MONGOLIAN = (
    "巴特尔 其其格 乌云 娜仁 格日勒 图雅 斯琴 苏和 宝音 额尔敦 朝鲁 哈斯 阿拉坦 敖登 孟和 满都拉 毕力格 呼和 巴雅尔 "
    "吉日嘎拉 乌日娜 萨仁 其木格 高娃 托娅 塔娜 巴图 苏布道 包音 额尔德尼 那仁 朝克图 通拉嘎 乌力吉 阿木尔 特木尔 "
    "铁木尔 白音 宝力道 青格勒 赛罕 布和 恩和 旭日 图门 乌恩 萨日娜 娜日苏 达古拉 吉雅 阿拉腾 朝格图 苏日娜 德力格尔 "
    "桑布 道尔吉 诺敏 敖特根 巴音 宝力高 都兰 乌日根 朝伦 乌日汗 格根 额日德木图 那木汗 巴根那 哈斯巴根 乌兰 查干"
)
# parts that end a name but never make one alone ("艾力江", "阿依汗", "叶尔别克")
_SUFFIX_ONLY = frozenset({"江", "汗", "别克", "惹"})
# what may stand right after a name: a pause, or a word that cannot go on a name ("次仁卓玛我家四口人")
_AFTER = set("我俺你您他她的是在了和也就呢吧啊呀哦嘛今家住电手身男女来从说叫名还又都要想")
_BEFORE = set("我俺叫是字名为:：")
_HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _parts() -> tuple[frozenset[str], int]:
    parts = frozenset(" ".join((_TURKIC, _TIBETAN, _YI, _MONGOLIAN)).split())
    return parts, max(len(p) for p in parts)


def _run_at(text: str, start: int) -> tuple[int, int]:
    """The end of the longest run of name parts from `start` (a "·" may join two), and how many parts."""
    parts, longest = _parts()
    end, count, pos = start, 0, start
    while pos < len(text):
        if count and text[pos] == "·":
            pos += 1
        for size in range(min(longest, len(text) - pos), 0, -1):
            if text[pos : pos + size] in parts:
                pos += size
                count += 1
                end = pos
                break
        else:
            break
    return end, count


def _stands_alone(text: str, end: int) -> bool:
    return end == len(text) or not _HAN.match(text[end]) or text[end] in _AFTER


def minority_name_at(text: str, start: int = 0) -> str | None:
    """The minority name that starts at `start` and stands alone, or None. One part is a name only when it has
    three characters or more ("其其格"); "扎西" alone is read only as a whole answer (`is_minority_name`)."""
    end, count = _run_at(text, start)
    name = text[start:end].strip("·")
    if not name or name in _SUFFIX_ONLY or not _stands_alone(text, end):
        return None
    if count == 1 and len(name) < 3:
        return None
    return name


# Dai names of Xishuangbanna and Dehong: 岩 for a man, 玉 for a woman, then one or two syllables ("岩温坎", "玉香");
# read only as a whole answer or after 我/叫/名字, never inside a sentence ("玉米", "岩石" are not said alone there)
_DAI = re.compile(r"[岩玉][\u4e00-\u9fff]{1,2}")
_NOT_DAI = frozenset({"玉米", "岩石", "玉石", "玉器", "岩层", "岩洞"})


def is_minority_name(candidate: str) -> bool:
    """The whole candidate is a minority name ("扎西", "次仁卓玛", "阿不都·热合曼", "岩温坎")."""
    if _DAI.fullmatch(candidate) and candidate not in _NOT_DAI:
        return True
    end, count = _run_at(candidate, 0)
    return count > 0 and end == len(candidate) and candidate not in _SUFFIX_ONLY and len(candidate) >= 2


@lru_cache(maxsize=1)
def _sounds() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The characters such names are written with, those a part starts with, and those a part ends with."""
    parts = _parts()[0] - _SUFFIX_ONLY
    return (
        frozenset("".join(parts) + _YI_SYLLABLES),
        frozenset(p[0] for p in parts),
        frozenset(p[-1] for p in parts | _SUFFIX_ONLY),
    )


def sounds_like_minority_name(
    candidate: str, *, not_in_name: frozenset[str] | set[str] = frozenset()
) -> bool:
    """A whole answer written only with the characters such names are transcribed with ("阿苦日哈", "次旺",
    "吉克阿呷"), though its parts are not listed: a family has many more names than any list holds. Read only
    where a name is asked for; two characters must start and end the way a part does; `not_in_name` are the
    characters that never stand in a name ("不说", "是的")."""
    chars, starts, ends = _sounds()
    if not 2 <= len(candidate) <= 6 or any(c not in chars or c in not_in_name for c in candidate):
        return False
    if len(candidate) > 2:
        return True
    return candidate[0] != candidate[1] and candidate[0] in starts and candidate[-1] in ends  # not "哈哈"


# "阿苦日哈是我名字", "我叫 阿苦日哈", "姓名改成阿苦日哈": the words around a name given as the answer
_MINE_AFTER_RE = re.compile(r"(?:就是|是|为)?(?:我|俺)的?(?:名字|姓名|名)(?:啊|呀|吧)?$")
_INTRO_BEFORE_RE = re.compile(
    r"^(?:(?:我|俺)的?(?:名字|姓名)|名字|姓名|我|俺)?(?:就是|是|叫|改成|改为|写成?|为)?[:：]?"
)


def answered_name(answer: str, *, not_in_name: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The name in a short answer to the name question that only gives it, written the way minority names are
    ("阿苦日哈是我名字", "我叫阿苦日哈", "次旺"), or None. `answer` is normalised, pauses taken out."""
    bare = _INTRO_BEFORE_RE.sub("", _MINE_AFTER_RE.sub("", answer))
    return bare if sounds_like_minority_name(bare, not_in_name=not_in_name) else None


# the 56 nationalities: "包金山 蒙古族", "我是傣族 叫岩香" say the nationality beside the name, never as it
_NATIONALITIES = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 "
    "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 "
    "塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
)
NATIONALITY_SAID = re.compile(
    r"[，,、\s]*(?:我是|俺是|是)?(?:"
    + "|".join(sorted(_NATIONALITIES.split(), key=len, reverse=True))
    + r")族(?:人|的)?(?:(?:那|这)?是(?:我的|俺的)?民族)?"  # "蒙古族是民族": the nationality, not part of the name
)


def find_minority_name(text: str) -> str | None:
    """The first minority name in a short answer that stands as a word of its own: at the start, after a pause,
    or after 我/叫/是/名字 ("名字 不对 我 阿不都热合曼", "我是次仁卓玛", "名字 岩温坎")."""
    dai = re.fullmatch(
        r"(?:(?:我的)?名字(?:是|叫)?|我叫|我是|叫)?[，,:：\s]*(?P<name>[岩玉][\u4e00-\u9fff]{1,2})", text
    )
    if dai and dai["name"] not in _NOT_DAI:
        return dai["name"]
    for start in range(len(text)):
        if start and _HAN.match(text[start - 1]) and text[start - 1] not in _BEFORE:
            continue
        name = minority_name_at(text, start)
        if name:
            return name
    return None


def narrows(recorded: str | None, said: str) -> bool:
    """ "我叫其其格" after "巴特尔 其其格" was taken: the citizen says which part of what they said is their name."""
    if not recorded or recorded == said or not is_minority_name(said):
        return False
    return is_minority_name(recorded.replace("·", "")) and (
        recorded.endswith(said) or recorded.startswith(said)
    )
