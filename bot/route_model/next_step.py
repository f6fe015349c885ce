"""What the citizen already tried decides the next lawful step: a consumer dispute that the 12315 line, the market
regulator or the 消协 mediated without agreement goes to court (消费者权益保护法 第39条: 和解, 调解, 投诉, 仲裁, 起诉),
not back to the hotline it came from."""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing

_CONSUMER_LINE = re.compile(r"12315|消协|消费者协会|市场监管|市监|工商")
_MEDIATED = re.compile(r"调解|协调|调和|调停")
_NO_DEAL = re.compile(
    r"不同意|没同意|没谈成|没谈拢|谈不拢|调不成|没调成|调解不成|不成功|失败|没用|不认|不接受|不答应|只同意|只肯|只愿意|还是不|不给退|不退"
)

CIVIL_DISPUTE = ("litigation", "civil_dispute")
REASON = "消费纠纷已经找12315或市场监管部门调解过、没谈成：可以向法院起诉（消费者权益保护法第39条）"


def consumer_mediation_failed(prior_report: str | None) -> bool:
    """The earlier report tells a consumer mediation that ended without agreement ("打过12315 调解了一次 店里只同意
    免费保养 我不同意")."""
    said = normalize_for_parsing(prior_report or "")
    return bool(_CONSUMER_LINE.search(said) and _MEDIATED.search(said) and _NO_DEAL.search(said))
