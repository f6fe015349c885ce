"""Crops, livestock or people harmed by wild animals: nobody to sue, the local government's to compensate.

- Losses caused by wild animals the law protects are compensated by the local people's government (野生动物保护法
  第19条; the provinces set the details, and many local governments insure such losses). The wild boar left the
  "三有" list in 2023, so whether its damage is compensated is for each province's rules: the township or the
  county's forestry office says which, and a refusal is that office's to answer for. Either way there is no party
  to take to court, so it is no civil dispute.
- An animal that escaped from a farm or a breeder is its keeper's to answer for: not read here.
"""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing

_WILD_ANIMAL = re.compile(
    r"野猪|野象|亚洲象|象群|黑熊|狗熊|棕熊|猕猴|猴群|猴子|豪猪|野兔|獾子|猪獾|狗獾|野鸡|野生动物|野物"
)
# what they did: ate or trampled the crop, killed livestock, hurt someone
_HARM = re.compile(
    r"啃|拱|吃(?:了|光|掉|完)|糟蹋|祸害|霍霍|毁|踩|刨|扒|咬|叼|伤(?:了|人)|损失|没收成|绝收|遭(?:了|殃)|弄坏|搞坏|抢食"
)
# kept animals: a farm's or a breeder's escaped stock is the keeper's to answer for
_KEPT = re.compile(r"养殖场|养殖户|人工繁育|圈养|(?:他|她|别人|人家|邻居)(?:家)?养的")


def wild_animal_damage(text: str | None) -> bool:
    """Wild animals ate the crop or harmed someone ("野猪把苞谷拱完了", "猴子下山把果子全糟蹋了")."""
    clean = normalize_for_parsing(text or "")
    return bool(_WILD_ANIMAL.search(clean) and _HARM.search(clean)) and not _KEPT.search(clean)


WILD_ANIMAL_REASON = (
    "野生动物造成的损失没有可以告的民事对方：受保护的野生动物造成人员伤亡、农作物或其他财产损失，由当地人民政府给予补偿"
    "（野生动物保护法第19条），具体按各省的办法，向乡镇政府或县林业部门反映"
)
