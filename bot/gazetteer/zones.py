"""How people name a development zone that is a county-level division: "郑州航空港区" for 郑州航空港经济综合实验区,
"济南高新区" for 济南高新技术产业开发区, "经开区" for 郑州经济技术开发区.

The official names are long and nobody types them; the spoken forms are index keys of the same division. Said
with the city ("郑州航空港区", "长春净月高新区") a form is one place; a form with the zone's own words
("航空港区", "净月高新区") needs the city in the text or in the conversation; a bare "高新区" or "经开区" is no
key at all (every city has one).
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.gazetteer.models import Division

# the official tail of a zone's name → what people say
_SPOKEN_TAILS = (
    ("高新技术产业开发区", "高新区"),
    ("高技术产业开发区", "高新区"),
    ("高新技术开发区", "高新区"),
    ("经济技术开发区", "经开区"),
    ("经济开发区", "经开区"),
    ("经济综合实验区", "区"),  # 郑州航空港经济综合实验区: "航空港区"
    ("临空经济示范区", "临空区"),
)


def _core(name: str, leads: tuple[str, ...]) -> str:
    """The zone's own words, without the province and city names its official name begins with."""
    for _ in range(3):  # "河北唐山芦台…", "蚌埠市高新…"
        for lead in leads:
            if lead and name.startswith(lead):
                name = name[len(lead) :]
        name = name.removeprefix("市")
    return name


def spoken_zone_names(div: Division, leads: tuple[str, ...], city: str | None) -> Iterator[tuple[str, bool]]:
    """(spoken name, said with its city) for a county-level zone; nothing for an ordinary county.
    `leads`: the short names of its province and city; `city`: the city's short name."""
    if div.depth != 3:
        return
    for tail, spoken in _SPOKEN_TAILS:
        if not div.name.endswith(tail):
            continue
        own = _core(div.name, leads)[: -len(tail)]  # "净月" of 长春净月高新技术产业开发区, "" of 济南高新…
        if own:  # "航空港区", "净月高新区"; a bare "高新区" names a zone in every city: only with its city
            yield own + spoken, False
        if city:
            yield city + own + spoken, True
        return
