"""What a family asks when someone died at work: what the law pays ("法律上到底该赔多少", "二十万是不是太少了").

A death at work is paid under 工伤保险条例 第39条 (funeral grant, pensions for dependants, a one-off grant of 20 times
the national urban disposable income a head), by the employer itself when it bought no insurance (第62条), by the
contractor when a labour boss without standing hired the worker (人社部发〔2013〕34号 第七条) — never the tort
paragraph of a quarrel between strangers. Whether a settlement signed may be undone is
`actions.worker_questions`' work_injury_settlement. Rows of the shape of `actions.own_matter_questions.ASKED`.
Pure: no I/O.
"""

from __future__ import annotations

import re

from actions.worker_questions import both

_AT_WORK = r"工地|干活|上班|做工|打工|厂里|车间|矿|井下|架子|脚手架|工伤|工亡|因工"
_DIED = r"死了|死亡|身亡|去世|过世|走了|(?:人|命|出事|事故)[^,，。\s]{0,2}没了|不在了|没(?:抢|救)过来|抢救无效|工亡|遇难"

WORK_DEATH_ASKED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    (
        "work_death_benefits",
        re.compile(r"多少|咋算|怎么算|标准|太少|少了|够不够|合理|亏|该赔|赔多少|能拿|能领"),
        both(_AT_WORK, _DIED),
    ),
)
