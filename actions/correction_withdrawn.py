"""Contact details taken back at the summary: "那俺名字电话不留了 行不", "姓名和电话都删了", "电话也删了",
"把我地址去掉". Each detail named is to be left empty, never set to these words (pure)."""

from __future__ import annotations

import re

from bot.domain import text as textutil

# the citizen's own details, as named when taking them back ("地址" here is where letters go, not the matter's place)
_DETAIL_SLOT = {
    "名字": "petitioner_name",
    "姓名": "petitioner_name",
    "真名": "petitioner_name",
    "名": "petitioner_name",
    "电话号码": "phone",
    "电话": "phone",
    "手机号码": "phone",
    "手机号": "phone",
    "手机": "phone",
    "号码": "phone",
    "联系方式": "phone",
    "地址": "address",
    "住址": "address",
}
# the value a detail taken back gets: the readers leave it empty (`actions.correction_values.erases`)
WITHDRAWN = "删掉"
_DETAIL = "|".join(sorted(_DETAIL_SLOT, key=len, reverse=True))
_WITHDRAWN = re.compile(
    r"^(?:那|那就|要不|干脆|还是|算了)?[\s,，]*(?:我|俺|咱)?(?:还是)?(?:把|将)?(?:我|俺)?的?"
    rf"(?P<details>(?:{_DETAIL})(?:\s*(?:和|跟|与|、|还有|加)?\s*(?:我|俺)?的?(?:{_DETAIL}))*)"
    r"\s*(?:也|都|全|全都|就|一起)?\s*"
    r"(?:(?:删掉|删了|删除|删|去掉|拿掉|不留|不要|不写|不填|别留|别写|不用留|不想留|不用写|撤了|撤掉)(?:了|吧|啦|呗)?[\s,，]*)+"
    r"(?:行不行|行不|行吗|好不好|好不|好吗|可以吗|可不可以|中不|成不|成吗)?[\s?？。.!！~]*$"
)


def withdrawn_details(text: str | None) -> list[str]:
    """The details ("petitioner_name", "phone", "address") a message takes back, in the order named; [] when it
    says more than that."""
    clean = textutil.to_simplified(textutil.to_halfwidth(text or "")).strip()
    found = _WITHDRAWN.match(clean)
    if found is None:
        return []
    named = re.findall(_DETAIL, found.group("details"))
    return list(dict.fromkeys(_DETAIL_SLOT[word] for word in named))
