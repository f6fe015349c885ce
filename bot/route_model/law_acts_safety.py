"""Dangers the law gives to the authorities, read like `bot.route_model.law_acts`.

- Someone with a mental illness who attacks or threatens people (a brother chopping at the door with a kitchen
  knife): the family, his unit and the police must stop him and take him to be diagnosed (精神卫生法 第28条). The
  family asks the authorities to act: a matter for them (信访事项 求决), never a lawsuit against the sick man, and
  not a medical dispute. Once the police were called and did nothing, the model's reading (their inaction) stands.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.domain.safety import detect_crisis
from bot.domain.text import normalize_for_parsing

PETITION = "petition"
CIVIL_DISPUTE = "litigation/civil_dispute"
MEDICAL = "litigation/medical"
HOTLINE = "hotline_12345"

_MENTAL_ILLNESS = re.compile(
    r"精神病|精神疾病|精神障碍|精神分裂|精神(?:有|出)?(?:问题|毛病)|精神不正常|躁狂|狂躁症|发病|犯病"
)
_POLICE_CALLED = re.compile(
    r"报(?:过|了)?(?:几次|好几次|两次|多次)?警|打(?:过|了)110|派出所|警察(?:来|说|不管)"
)


def sick_person_endangers(text: str | None) -> bool:
    """A person with a mental illness attacks or threatens people, and the police were not yet called."""
    clean = normalize_for_parsing(text or "")
    if not _MENTAL_ILLNESS.search(clean) or _POLICE_CALLED.search(clean):
        return False
    signal = detect_crisis(clean)
    return signal is not None and signal.kind in ("danger", "violence", "domestic_violence")


# (reading, labels whose mass goes, where it goes, words for staff): the shape of law_acts.ACT_RULES
SAFETY_RULES: tuple[tuple[Callable[[str | None], bool], tuple[str, ...], str, str], ...] = (
    (
        sick_person_endangers,
        (CIVIL_DISPUTE, MEDICAL, HOTLINE),
        PETITION,
        "精神障碍患者有伤害他人的危险，近亲属、所在单位和公安机关应当立即制止并送医疗机构诊断（精神卫生法第28条）："
        "家里人求助，按信访事项请有关机关落实，不是民事纠纷",
    ),
)
