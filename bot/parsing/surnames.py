"""Chinese surnames: the common mainland ones merged with jionlp's list, and how long the one a name starts with is."""

from __future__ import annotations

import contextlib
import io
from functools import lru_cache

# The most common mainland surnames (jionlp's own list keeps only the unambiguous ones, so 周, 黄, 林 … are
# missing there); the two lists are merged in `_surnames`.
_COMMON_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向"
    "汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
    "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
    "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查"
    "麻苑迟邝盘资粟冼禤庹谌卿揭侬旷羊楼"  # the last ones are regional (盘 of the Yao, 资 and 旷 of Hunan, 羊 of Hainan,
    # 楼 of Zhejiang)
)
_TWO_CHAR_SURNAMES_TEXT = (
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 南宫 西门 端木 轩辕 呼延 百里 钟离 独孤 申屠 万俟 澹台 公冶 濮阳 淳于 单于 闻人 "
    "赫连"
)
_TWO_CHAR_SURNAMES = tuple(_TWO_CHAR_SURNAMES_TEXT.split())


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
    single, double = _surnames()
    if name[:2] in double:
        return 2
    return 1 if name[:1] in single else 0
