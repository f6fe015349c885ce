"""The petitioner's name: ``我叫张三``, ``我是李四``, ``姓名：王五``, ``本人赵六`` or a bare ``王小明``.

`extract_name` finds a self-introduction anywhere; `read_name_answer` reads the answer to "怎么称呼您"
("那我还是留吧，王建军", "我姓易，易春兰", "姓陈", "叫我小周吧", a refusal, or a role like "我是业主").
"""

from __future__ import annotations

import contextlib
import io
import re
from dataclasses import dataclass
from functools import lru_cache

from bot.domain.text import normalize_for_parsing

# The most common mainland surnames (jionlp's own list keeps only the unambiguous ones, so 周, 黄, 林 … are
# missing there); the two lists are merged in `_surnames`.
_COMMON_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向"
    "汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
    "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
    "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查"
    "麻苑迟邝盘资粟冼禤庹谌卿揭侬旷"  # the last ones are regional (盘 of the Yao, 资 and 旷 of Hunan)
)
_TWO_CHAR_SURNAMES_TEXT = (
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 南宫 西门 端木 轩辕 呼延 百里 钟离 独孤 申屠 万俟 澹台 公冶 濮阳 淳于 单于 闻人 "
    "赫连"
)
_TWO_CHAR_SURNAMES = tuple(_TWO_CHAR_SURNAMES_TEXT.split())
# Characters that do not occur in a given name but do in "我是王村的" / "我是来投诉的".
_NOT_IN_NAME = set(
    "的了是在村镇乡市区县省街路号楼人们户司厂店局某我你他她它这那有没不要想说和与也都就来去吗呢吧啊哦嗯个些"
    "什么怎样事情问题反映投诉举报电话码资钱办找给被把让对从到过会能可以还又再很太非常啥哪谁请帮"
)
# A name cut short by one of these was a place or a unit ("我是张家村的"): no name at all.
_PLACE_CHARS = set("村镇乡市区县省街路号楼户司厂店局院校队组")
_NOT_NAMES_TEXT = (
    "谢谢 多谢 感谢 你好 您好 好的 可以 明白 知道 对的 是的 收到 再见 没问题 确认 取消 咨询 投诉 举报 工资 社保 医保 房子 物业 老板 领导 政府 法院 警察 孩子 "
    "老人 邻居 家人 朋友 同事 司机 师傅 老师 文明 安全 和谐 方便 明天 今天 昨天 时间 程序 华为 小米 苏宁 万达 万科 高速 金融 石油 任务 平安"
)
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
_HONORIFICS = ("先生", "女士", "小姐")
# After "我是张三" only the end, punctuation or contact details may follow ("我是王小明的妈妈" names the child).
_STRICT_NEXT = tuple("，。,.!！ ;；、") + (
    "电话",
    "手机",
    "联系",
    "身份证",
    "住",
    "家住",
    "来自",
    "今年",
    "男",
    "女",
)
_REFUSALS = re.compile(
    r"没有|没|不想说|不想告诉|不告诉|不方便|不愿意|不愿|匿名|保密|不用|算了|不知道|无|不要|不说|隐私|秘密|跳过|"
    r"先不|以后再说|问这个干嘛|干嘛"
)
_INTRO_RE = re.compile(
    r"(?:姓[\u4e00-\u9fff]{1,2}[,，]?(?:全名|名字)?叫|我的名字叫|我的名字是|我的名字|名字叫|名字是|我名叫|我叫|叫我|本人叫|本人是|本人|姓名[:：是为]?|名字[:：]|我是)"
    r"\s*(?P<name>[\u4e00-\u9fff·]{2,12})"
)
_ETHNIC_RE = re.compile(r"[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}")
_FILLER_RE = re.compile(r"^(?:好的|好|嗯|哦|额|呃|我姓名|姓名|名字)[,，:：\s]*|[。.!！~,，\s]+$")


# Who someone is, not what they are called: "本人是农民工", "我是学生家长" name nobody.
_ROLE_WORDS_TEXT = (
    "农民工 民工 业主 家长 学生 村民 居民 老师 工人 职工 员工 退休 党员 老人 残疾 个体户 司机 患者 病人 军人 "
    "退伍 租户 房东 商户 老百姓 群众 市民 网友 受害 当事人 代表 志愿者 医生 护士 教师 农民 打工 外卖 快递 保安 "
    "环卫 家属 儿子 女儿 母亲 父亲 妈妈 爸爸 老婆 老公 丈夫 妻子 孙子 村里人 本地人 外地人 老师傅"
)
_ROLE_WORDS = tuple(_ROLE_WORDS_TEXT.split())
# Characters that end a name given as a whole answer; looser than _NOT_IN_NAME (王有田, 李来福, 张和平).
_NOT_IN_ANSWER_NAME = set(
    "的了是在我你他她们吗呢吧啊哦嗯个这那不没事想要说找去电话号码村镇乡市区县省街路楼户司厂店局"
)
_ANSWER_REFUSAL_RE = re.compile(
    r"不想留|不留|不方便|不愿意|不愿|不想说|不想告诉|不告诉|不说|匿名|保密|不用了|算了|跳过|不要留|先不|不想透露|就不|免了"
)
_SURNAME_ONLY_RE = re.compile(
    r"(?:免贵|我|本人|我们)?姓(?P<surname>[\u4e00-\u9fff]{1,2}?)"
    r"(?P<title>先生|女士|小姐)?(?=$|[,，。.!！\s]|就行|就好|吧|的|呢|[\u4e00-\u9fff]{2}(?P=surname))"
)
_FULL_AFTER_SURNAME_RE = re.compile(
    r"姓(?P<surname>[\u4e00-\u9fff]{1,2}?)[,，\s]*(?:叫|全名|名字叫|名叫)?(?P<name>[\u4e00-\u9fff]{2,4})"
)
# "我叫王有田", "我是他女儿，叫王丽": a whole name right after the words that introduce it
_INTRO_ANSWER_RE = re.compile(
    r"(?:^|[,，。\s])(?:我叫|我教|俺叫|叫我|我是|俺是|本人是|本人叫|本人|我的名字(?:是|叫)|名字(?:是|叫)|我名叫|叫|是|"
    r"姓名[:：是]?)"  # 我教: a common slip of the pinyin keyboard for 我叫
    r"(?P<name>[\u4e00-\u9fff]{2,4}?(?:先生|女士|小姐)?)(?=$|[,，。.!！\s]|吧|啊|呀|哈|哦|就行|就好)"
)
_SYMBOLS_RE = re.compile(r"[^\w\s,，。.!！?？;；:：、·]")
# "我是退休教师", "我就是个打工的": who they are, as said
_ROLE_SAID_RE = re.compile(r"(?:我是|本人是|我就是个?|我是个|我们是|本人)(?P<role>[^,，。.!！?？\s]{1,10})")
# a surname spelled out after it is said: "姓张 弓长张", "姓陈，耳东陈", "姓李木子李"
_SPELLED_SURNAME_RE = re.compile(
    r"姓(?P<surname>[\u4e00-\u9fff])[,，\s]*[\u4e00-\u9fff]{1,2}(?P=surname)(?![\u4e00-\u9fff])"
)
_KIN_THEN_NAME_RE = re.compile(
    r"(?:我是|本人是)[^,，。\s]{0,3}?(?:儿子|女儿|孙子|孙女|老伴|妻子|丈夫|老婆|老公|爱人|家属|侄子|侄女|外甥|女婿|"
    r"儿媳|媳妇|哥哥|姐姐|弟弟|妹妹|邻居)(?:叫)?(?P<name>[\u4e00-\u9fff]{2,3})(?=$|[,，。\s]|吧)"
)
_FORMAL_NAME_RE = re.compile(
    r"(?:大名|大号|学名|全名|真名|本名|身份证上的?名字?)(?:是|叫|为)?[:：]?(?P<name>[\u4e00-\u9fff]{2,4})"
)
_LAST_WORD_RE = re.compile(r"[^\s,，。.!！;；:：]*$")
_FIRST_WORD_RE = re.compile(r"^[^\s,，。.!！;；:：]*")
_CLAUSE_SPLIT_RE = re.compile(r"[,，。.!！;；:：\s]+")
_ANSWER_FILLER_RE = re.compile(
    r"^(?:那|那么|好的|好吧|好|嗯|哦|额|呃|行|可以|就|我)*(?:我)?(?:还是)?|(?:吧|啊|哈|呀|哦|嘛|啦|喇|就行|就好|就可以|得啦|就得)+$"
)
# a name in Latin letters, as many in Guangdong and Hong Kong go by ("叫我阿May得啦", "Tony", "我叫Jenny Wong")
_LATIN_NAME_RE = re.compile(
    r"(?:叫我|我叫|叫|我是|是|本人|我的名字是|名字是|英文名)?\s*(?P<name>[阿小老]?[A-Za-z][A-Za-z.' -]{0,20}[A-Za-z])"
)


# Latin words that answer the question without being a name
_NOT_LATIN_NAMES = frozenset(
    {"no", "ok", "okay", "yes", "sorry", "skip", "pass", "null", "none", "na", "n a", "hi", "hello"}
)


@dataclass(frozen=True)
class NameAnswer:
    name: str | None = None
    refused: bool = False
    role: str | None = None  # "农民工": who they are, said instead of a name


def read_name_answer(text: str | None) -> NameAnswer:
    """The answer to the name question: a name (or a surname as said), a refusal, a role, or nothing."""
    norm = _joined(text)
    if not norm:
        return NameAnswer()
    name = _name_in_answer(norm)
    if name:
        return NameAnswer(name=name)
    latin = _LATIN_NAME_RE.fullmatch(_ANSWER_FILLER_RE.sub("", norm))
    if latin and latin.group("name").lower() not in _NOT_LATIN_NAMES:
        return NameAnswer(name=latin.group("name").strip())
    if _ANSWER_REFUSAL_RE.search(norm):
        return NameAnswer(refused=True)
    said = _ROLE_SAID_RE.search(norm)
    if said and _is_role(said.group("role")):
        return NameAnswer(role=said.group("role").rstrip("啊呀哦"))
    role = max((w for w in _ROLE_WORDS if w in norm), key=len, default=None)
    return NameAnswer(role=role)


def _joined(text: str | None) -> str:
    """Normalised; a space beside a lone Chinese character is taken out ("王 有 田" → "王有田"), one between
    two phrases is a pause, read as a comma ("我是他女婿 叫周海涛")."""
    norm = _SYMBOLS_RE.sub("", normalize_for_parsing(text or "")).strip()  # "王秀英😊"
    parts = re.split(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])", norm)
    joined = parts[0]
    for before, after in zip(parts, parts[1:], strict=False):
        lone = len(_LAST_WORD_RE.search(before).group()) == 1 or len(_FIRST_WORD_RE.match(after).group()) == 1
        joined += ("" if lone else "，") + after
    return joined


def _name_in_answer(norm: str) -> str | None:
    norm = _SPELLED_SURNAME_RE.sub(r"姓\g<surname>", norm)  # "我姓张，弓长张" says the surname twice
    kin = _KIN_THEN_NAME_RE.search(norm)  # "我爸叫杨光荣 我是他儿子杨小兵": the speaker's own name
    if kin and _whole_name(kin.group("name")):
        return _whole_name(kin.group("name"))
    formal = _FORMAL_NAME_RE.search(norm)  # "我叫彭老三 大名彭世军": the name on the ID card
    if formal and _whole_name(formal.group("name")):
        return _whole_name(formal.group("name"))
    said = _said_name(norm)
    if said and _is_nickname(said):  # "叫我小周吧 周涛": the full name given after the nickname wins
        for clause in reversed([c for c in _CLAUSE_SPLIT_RE.split(norm) if c]):
            named = _whole_name(_ANSWER_FILLER_RE.sub("", clause))
            if named and not _is_nickname(named) and named[0] == said.lstrip("老小阿")[0]:
                return named
    return said


def _is_nickname(name: str) -> bool:
    return name[0] in "老小阿" or name.endswith(("老大", "老二", "老三", "老四", "老五", "老幺"))


def _said_name(norm: str) -> str | None:
    full = _FULL_AFTER_SURNAME_RE.search(norm)
    if full and full.group("name").startswith(full.group("surname")) and not _is_role(full.group("name")):
        return _whole_name(full.group("name")) or full.group("name")
    for said in _INTRO_ANSWER_RE.finditer(norm):
        named = _whole_name(said.group("name"))
        if named:
            return named
    intro = extract_name(norm)
    if intro and not _is_role(intro):
        return intro
    for clause in reversed([c for c in _CLAUSE_SPLIT_RE.split(norm) if c]):
        bare = _ANSWER_FILLER_RE.sub("", clause)
        named = _whole_name(bare) or _whole_name(clause)
        if named:
            return named
    for surname in _SURNAME_ONLY_RE.finditer(norm):  # "留个姓吧，姓黄", "我姓张，弓长张"
        if _surname_length(surname.group("surname")) == len(surname.group("surname")):
            return surname.group("surname") + (surname.group("title") or "")
    bare = _ANSWER_FILLER_RE.sub("", norm)
    if len(bare) == 1 and _surname_length(bare) == 1:
        return bare  # only the surname: "刘"
    return None


def _whole_name(candidate: str) -> str | None:
    """A whole clause that is a name: surname plus one to three characters, or 小周 / 老王, or 欧阳."""
    title = next((t for t in _HONORIFICS if candidate.endswith(t) and len(candidate) > len(t) + 2), "")
    if title:  # "王有田先生": the name as said, with its title
        named = _whole_name(candidate[: -len(title)])
        return named + title if named else None
    if candidate in _surnames()[1]:
        return candidate  # a two-character surname alone: "欧阳"
    if not 2 <= len(candidate) <= 4 or candidate in _NOT_NAMES or _is_role(candidate):
        return None
    if any(c in _NOT_IN_ANSWER_NAME for c in candidate) or _REFUSALS.search(candidate):
        return None
    if not re.fullmatch(r"[\u4e00-\u9fff]+", candidate):
        return None
    if candidate[0] in "小老" and len(candidate) == 2 and _surname_length(candidate[1:]) == 1:
        return candidate
    surname = _surname_length(candidate)
    if surname == 0 or len(candidate) <= surname or (len(candidate) == 4 and surname == 1):
        return _clean_name(candidate, need_surname=True) if candidate.endswith(_HONORIFICS) else None
    return candidate


def _is_role(candidate: str) -> bool:
    return any(word in candidate for word in _ROLE_WORDS)


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], tuple[str, ...]]:
    single = set(_COMMON_SURNAMES)
    double = set(_TWO_CHAR_SURNAMES)
    with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
        try:
            from jionlp.rule import rule_pattern
        except ImportError:  # the merged list is a bonus, the common list is enough
            rule_pattern = None
    if rule_pattern is not None:
        single |= set(rule_pattern.SINGLE_CHINESE_FAMILY_NAME)
        double |= set(rule_pattern.TWO_CHAR_CHINESE_FAMILY_NAME.split("|"))
    return frozenset(single), tuple(sorted(double))


def surname_length(name: str) -> int:
    """How many characters of `name` are a known surname: 2 (欧阳…), 1 (张…) or 0."""
    return _surname_length(name)


def _surname_length(name: str) -> int:
    single, double = _surnames()
    if name[:2] in double:
        return 2
    return 1 if name[:1] in single else 0


def _clean_name(candidate: str, need_surname: bool) -> str | None:
    """The name at the start of `candidate`, cut before the first non-name character; None if not a name."""
    if _ETHNIC_RE.fullmatch(candidate):
        return candidate
    for honorific in _HONORIFICS:  # "王女士"
        if candidate.startswith(honorific, 1) and _surname_length(candidate) == 1:
            return candidate[:3]
    end = 0
    while end < len(candidate) and candidate[end] not in _NOT_IN_NAME and candidate[end] != "·":
        end += 1
    if end < len(candidate) and candidate[end] in _PLACE_CHARS:
        return None
    name = candidate[:end]
    if name in _NOT_NAMES:
        return None
    surname = _surname_length(name)
    if not 2 <= len(name) <= 4 or _REFUSALS.search(name):
        return None
    if need_surname and (surname == 0 or len(name) <= surname):
        return None
    if need_surname and len(name) == 4 and surname == 1:  # "华剑首郡": four characters want a double surname
        return None
    return name


def _called(name: str) -> bool:
    """What "叫我…" is followed by is a name: a surname first, or 老/小/阿 and a surname ("老王", "小周")."""
    return _surname_length(name) > 0 or (name[0] in "老小阿" and _surname_length(name[1:]) > 0)


def extract_name(text: str | None) -> str | None:
    """The petitioner's name, or None (also for refusals like 不想说, 匿名, 没有)."""
    if not text:
        return None
    norm = re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", "", normalize_for_parsing(text))
    for m in _INTRO_RE.finditer(norm):
        trigger = m.group()[: m.start("name") - m.start()]
        # "我是" and "本人" often start other sentences ("我是来投诉的"): there a surname is required.
        strict = trigger.startswith(("我是", "本人")) and not trigger.startswith("本人叫")
        name = _clean_name(m.group("name"), need_surname=strict)
        if name and trigger.startswith("叫我") and not _called(name):
            continue  # "学校就叫我回家": told to do something, not what they are called
        if name and _is_role(name):
            continue  # "本人是农民工" says who, not what they are called
        rest = norm[m.start("name") + len(name) :] if name else ""
        if name and (not strict or not rest or rest.startswith(_STRICT_NEXT)):
            return name
    bare = _FILLER_RE.sub("", norm)
    if _REFUSALS.search(bare) or not re.fullmatch(r"[\u4e00-\u9fff·]{2,12}", bare):
        return None
    name = _clean_name(bare, need_surname=True)
    return name if name == bare else None
