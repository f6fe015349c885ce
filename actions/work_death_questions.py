"""What a family asks when someone died at work and the boss offers money to settle: what the law pays, and whether
an agreement signed under pressure can still be undone.

A death at work is paid under 工伤保险条例 第39条 (funeral grant, pensions for dependants, a one-off grant of 20 times
the national urban disposable income a head), by the employer itself when it bought no insurance (第62条), by the
contractor when a labour boss without standing hired the worker (人社部发〔2013〕34号 第7条). A settlement made in
distress and plainly unfair can be set aside by a court or arbitration (民法典 第151条, within a year: 第152条; for
labour matters 最高法 劳动争议解释(一) 第35条). Never the tort paragraph of a quarrel between strangers. Rows of the
shape of `actions.own_matter_questions.ASKED`. Pure: no I/O.
"""

from __future__ import annotations

import re

from actions.worker_questions import both

_AT_WORK = r"工地|干活|上班|做工|打工|厂里|车间|矿|井下|架子|脚手架|工伤|工亡|因工"
_DIED = r"死了|死亡|身亡|去世|过世|走了|(?:人|命|出事|事故)[^,，。\s]{0,2}没了|不在了|没(?:抢|救)过来|抢救无效|工亡|遇难"
# "私了给二十万", "让我签字", "赔偿协议": money offered to settle
_SETTLEMENT = r"私了|协议|签字|签了|签个字|和解|了结|一次性给|给[一二三四五六七八九十几]+万"

WORK_DEATH_ASKED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    # "签了字以后还能反悔不", "签了还能不认吗", "能撤销吗": whether a settlement binds for good
    (
        "settlement_undone",
        # (not a fine or a licence undone: "罚款能撤销吗" is the review's)
        re.compile(
            r"^(?![\s\S]*(?:罚|处分|决定书|执照|许可证))[\s\S]*"
            r"(?:反悔|撤销|不认(?:账|了)?|后悔|作数|算数|翻案|推翻|还能改|还能变|能不能不签)"
        ),
        both(_SETTLEMENT, r"私了|赔|补偿|和解|了结|抚恤|给[一二三四五六七八九十几百\d]+万"),
    ),
    # "法律上到底该赔多少", "二十万是不是太少了": what a death at work is paid
    (
        "work_death_benefits",
        re.compile(r"多少|咋算|怎么算|标准|太少|少了|够不够|合理|亏|该赔|赔多少|能拿|能领"),
        both(_AT_WORK, _DIED),
    ),
)
