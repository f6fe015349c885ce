"""The petitioner's name introduced anywhere: ``我叫张三``, ``我是李四``, ``姓名：王五``, ``本人赵六`` or a bare ``王小明``.

`extract_name` finds a self-introduction; `bot.parsing.name_answer.read_name_answer` reads the answer to "怎么称呼您".
"""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing
from bot.gazetteer import get_gazetteer
from bot.parsing.minority_names import minority_name_at
from bot.parsing.surnames import surname_length

# Characters that do not occur in a given name but do in "我是王村的" / "我是来投诉的".
_NOT_IN_NAME = set(
    "的了是在村镇乡市区县省街路号楼人们户司厂店局某我你他她它这那有没不要想说和与也都就来去吗呢吧啊哦嗯个些"
    "什么怎样事情问题反映投诉举报电话码资钱办找给被把让对从到过会能可以还又再很太非常啥哪谁请帮"
)
# A name cut short by one of these was a place or a unit ("我是张家村的"): no name at all.
_PLACE_CHARS = set("村镇乡市区县省街路号楼户司厂店局院校队组")
_NOT_NAMES_TEXT = (
    "谢谢 多谢 感谢 你好 您好 好的 可以 明白 知道 对的 是的 收到 再见 没问题 确认 取消 咨询 投诉 举报 工资 社保 医保 房子 物业 老板 领导 政府 法院 警察 孩子 "
    "老人 邻居 家人 朋友 同事 司机 师傅 老师 文明 安全 和谐 方便 明天 今天 昨天 时间 程序 华为 小米 苏宁 万达 万科 高速 金融 石油 任务 平安 "
    # words about the name, not one: "图尔荪·买买提 全名"
    "全名 大名 名字 姓名 真名 本名 全称 学名 小名 "
    # a dialect "no" that starts with a surname (莫, 木): "莫得 能不能告村委会嘛" answers the court question
    "莫得 莫有 莫得事 莫事 木有"
)
NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
HONORIFICS = ("先生", "女士", "小姐")
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
REFUSALS = re.compile(
    r"没有|没|不想说|不想告诉|不告诉|不方便|不愿意|不愿|匿名|保密|不用|算了|不知道|无|不要|不说|隐私|秘密|跳过|"
    r"先不|以后再说|问这个干嘛|干嘛"
)
_INTRO_RE = re.compile(
    r"(?:姓[\u4e00-\u9fff]{1,2}[,，]?(?:全名|名字)?叫|我的名字叫|我的名字是|我的名字|名字叫|名字是|(?:我|俺)名叫|(?:我|俺)叫|叫我|本人叫|本人是|本人|姓名[:：是为]?|名字[:：]|我是|(?:我|俺)名字(?:叫|是)?)"
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
ROLE_WORDS = tuple(_ROLE_WORDS_TEXT.split())


def is_role(candidate: str) -> bool:
    """Who someone is ("农民工", "业主"), not what they are called."""
    return any(word in candidate for word in ROLE_WORDS)


def clean_name(candidate: str, need_surname: bool) -> str | None:
    """The name at the start of `candidate`, cut before the first non-name character; None if not a name."""
    if _ETHNIC_RE.fullmatch(candidate):
        return candidate
    for honorific in HONORIFICS:  # "王女士"
        if candidate.startswith(honorific, 1) and surname_length(candidate) == 1:
            return candidate[:3]
    end = 0
    while end < len(candidate) and candidate[end] not in _NOT_IN_NAME and candidate[end] != "·":
        end += 1
    if end < len(candidate) and candidate[end] in _PLACE_CHARS:
        return None
    name = candidate[:end]
    if name in NOT_NAMES:
        return None
    surname = surname_length(name)
    if not 2 <= len(name) <= 4 or REFUSALS.search(name):
        return None
    if need_surname and (surname == 0 or len(name) <= surname):
        return None
    if need_surname and len(name) == 4 and surname == 1:  # "华剑首郡": four characters want a double surname
        return None
    return name


def _called(name: str) -> bool:
    """What "叫我…" is followed by is a name: a surname first, or 老/小/阿 and a surname ("老王", "小周")."""
    return surname_length(name) > 0 or (name[0] in "老小阿" and surname_length(name[1:]) > 0)


# "村主任名字是易建国", "那个老板的全名叫王大海", "他名字叫王强": a clause that gives someone else's name (not
# "我名字叫…", "俺的大名是…", "你好 名字叫…")
SOMEONE_ELSES_NAME_RE = re.compile(
    r"^(?:那个|这个|那位|这位)?(?!(?:我|俺|咱|本人|自己|你好|您好|好的|嗯)的?(?:名字|姓名|全名|大名|真名|真实姓名))"
    r"(?:他|她|对方|[\u4e00-\u9fff]{1,6}?)的?(?:名字|姓名|全名|大名|真名|真实姓名)(?:其实|应该)?(?:是|叫|为|[:：])"
)
_CLAUSE_END = "，,。.!！?？;；:： "


def _someone_elses(norm: str, at: int, trigger: str) -> bool:
    """Whether the "名字是/姓名" at `at` gives the name of someone the citizen speaks of, not their own."""
    if not trigger.startswith(("名字", "姓名")):
        return False
    start = max(norm.rfind(mark, 0, at) for mark in _CLAUSE_END) + 1
    someone = SOMEONE_ELSES_NAME_RE.match(norm[start:])
    return bool(someone) and start + someone.end() > at


_BARE_NAME_WORD = ("我名字", "俺名字")
# "我姓谭 谭小军 是他儿子": the surname, then the whole name that starts with it
_SURNAME_THEN_NAME_RE = re.compile(
    r"(?:我|俺|本人|免贵)姓(?P<surname>[\u4e00-\u9fff]{1,2}?)[,，]?(?:叫|全名|名字叫|名叫)?(?P<name>(?P=surname)[\u4e00-\u9fff]{1,3})"
)
# a self-introduction before a minority name, a pause allowed after it ("我名字 阿不都热合曼 我工地干活")
_MINORITY_INTRO_RE = re.compile(
    r"(?:(?:我|俺)(?:的)?名字(?:叫|是)?|名字(?:叫|是)|(?:我|俺)(?:名叫|叫|是)|本人(?:叫|是)?|姓名[:：是为]?)\s*"
)


def _minority_introduced(spaced: str) -> str | None:
    """A minority name after a self-introduction, read before spaces are taken out ("我叫次仁卓玛 拉萨的")."""
    for m in _MINORITY_INTRO_RE.finditer(spaced):
        name = minority_name_at(spaced, m.end())
        if name and not _someone_elses(spaced, m.start(), m.group().lstrip("我俺的")):
            return name
    return None


# "大名王淑贞", "身份证上是王建国": the name on the ID card, over a name one goes by ("我叫钟王氏 大名王淑贞")
FORMAL_NAME_RE = re.compile(
    r"(?:大名|大号|学名|全名|真名|本名|身份证上的?(?:名字)?)(?:是|叫|为)?[:：]?(?P<name>[\u4e00-\u9fff]{2,4})"
)
# whose formal name: "我妈大名李桂兰" is the mother's
_KIN_BEFORE_RE = re.compile(r"[妈爸爹娘他她母父哥姐弟妹儿女婆公爷奶舅姨叔伯]的?$")


def _own_formal_name(spaced: str) -> str | None:
    for found in FORMAL_NAME_RE.finditer(spaced):
        if _KIN_BEFORE_RE.search(spaced[: found.start()]):
            continue
        name = clean_name(found.group("name"), need_surname=True)
        if name:
            return name
    return None


def extract_name(text: str | None) -> str | None:
    """The petitioner's name, or None (also for refusals like 不想说, 匿名, 没有)."""
    if not text:
        return None
    spaced = normalize_for_parsing(text)
    minority = _minority_introduced(spaced)
    if minority:
        return minority
    spoken = _introduced_in_its_piece(spaced)
    if spoken:
        return _own_formal_name(spaced) or spoken
    norm = re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", "", spaced)
    told = _SURNAME_THEN_NAME_RE.search(norm)
    if told and surname_length(told.group("surname")) == len(told.group("surname")):
        name = clean_name(told.group("name"), need_surname=True)
        if name and len(name) > len(told.group("surname")) and not is_role(name):
            return name
    if _INTRO_RE.search(norm):
        return _introduced(norm) or titled_name(spaced, introduced=True)
    bare = _FILLER_RE.sub("", norm)
    if REFUSALS.search(bare) or not re.fullmatch(r"[\u4e00-\u9fff·]{2,12}", bare):
        return None
    name = clean_name(bare, need_surname=True)
    return name if name == bare else None


# what a writer tells of themselves right after the name, the spaces gone: "我叫邓秀兰今年67了", "我是王芳电话…"
_MORE_ABOUT_ME_RE = re.compile(
    r"今年|电话|手机|联系|身份证|家住|住在|来自|现年|年龄|退休|[男女](?:的|性)?[,，]?(?:今年|\d)"
)


def _introduced_in_its_piece(spaced: str) -> str | None:
    """ "我叫陶正英 云南文山丘北县…": the self-introduction read up to the space that ends it, so the place said
    next is not read into the name."""
    piece = next((p for p in spaced.split(" ") if _INTRO_RE.search(p)), None)
    return _introduced(piece) if piece and piece != spaced else None


def _before_more_about_me(candidate: str) -> str:
    head = _MORE_ABOUT_ME_RE.split(candidate, maxsplit=1)[0]
    return head if len(head) >= 2 else candidate


def _a_place(name: str) -> bool:
    """The whole of it is a place the gazetteer knows by that one name ("伊犁", "白城")."""
    found = get_gazetteer().resolve(name)
    return found.status == "found" and found.matched_text == name


# how "叫我…" ends, said right after the name: "叫我王阿姨好了", "就叫我老周得了", "叫我李姐好啦"
_CALL_ME_END_RE = re.compile(r"(?:好了|好啦|好咯|好嘞|好哇|得了|得啦|行了|算了|便是|即可)$")


def _before_call_me_end(candidate: str) -> str:
    return _CALL_ME_END_RE.sub("", candidate) or candidate


def _introduced(norm: str) -> str | None:
    """The name a self-introduction in a normalised text gives, or None."""
    for m in _INTRO_RE.finditer(norm):
        trigger = m.group()[: m.start("name") - m.start()]
        # "我是" and "本人" often start other sentences ("我是来投诉的"): there a surname is required; so after
        # "我名字" ("我名字写错了")
        strict = (
            trigger.startswith(("我是", "本人")) and not trigger.startswith("本人叫")
        ) or trigger in _BARE_NAME_WORD
        minority = minority_name_at(norm, m.start("name"))  # "我名字阿不都热合曼", "我是次仁卓玛"
        if minority and not _someone_elses(norm, m.start(), trigger):
            return minority
        said = m.group("name")
        if trigger.startswith("叫我"):
            said = _before_call_me_end(said)
        name = clean_name(_before_more_about_me(said), need_surname=strict)
        if name and trigger.startswith("叫我") and not _called(name):
            continue  # "学校就叫我回家": told to do something, not what they are called
        if name and is_role(name):
            continue  # "本人是农民工" says who, not what they are called
        if name and strict and _a_place(name):
            continue  # "我是伊犁 伊宁市的": where the writer is from, not what they are called
        if _someone_elses(norm, m.start(), trigger):  # "村主任名字是易建国 我叫易志军"
            return _introduced(norm[m.start("name") :])
        rest = norm[m.start("name") + len(name) :] if name else ""
        if name and (not strict or not rest or rest.startswith(_STRICT_NEXT)):
            return name
    return None


# what a writer is, said right before the name: "我是沙石镇中心小学五年级班主任钟丽萍", "业委会主任熊建平"
_TITLES = (
    r"(?:班主任|老师|教师|护士长|护士|护工|医生|网格员|社工|楼长|主任|副主任|委员|会长|理事长|组长|"
    r"村民代表|业主代表|居民代表|股民代表|代表|村民|居民|业主|志愿者)"
)
_TITLED_NAME_RE = re.compile(
    rf"(?P<intro>(?:我是|本人是|俺是|我系|本人)[^,，。.!！?？;；\s]{{0,30}}?)?{_TITLES}"
    r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?=$|[,，。.!！;；、\s])"
)


def titled_name(norm: str, *, introduced: bool = False) -> str | None:
    """A name said right after what the writer is ("班主任钟丽萍", "业委会主任熊建平"), or None; `introduced`: only in
    a self-introduction ("我是…班主任钟丽萍"), not someone else's title and name in a story."""
    for said in _TITLED_NAME_RE.finditer(norm):
        if introduced and not said.group("intro"):
            continue
        name = clean_name(said.group("name"), need_surname=True)
        if name == said.group("name") and not is_role(name):
            return name
    return None
