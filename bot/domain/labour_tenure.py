"""A worker still on the job whose pay is short, told in the story's own words ("我们进厂两年了 … 正式工八千多 我们才四千五",
"现在还在厂里干 工资一直少发"). Pay owed during the job is not bound by the one year of arbitration; that year runs from
the day the job ends (劳动争议调解仲裁法 第27条第4款). So no warning that the year "may have passed" is said to them."""

from __future__ import annotations

import re

from bot.domain.text import IN_CLAUSE, normalize_for_parsing

# the word the knowledge file's labour limitation is lifted by (legal_routes.yml, labour_arbitration `unless`)
STILL_EMPLOYED_TOPIC = "仍在职"
_W = IN_CLAUSE  # a character inside one clause
_ON_THE_JOB = re.compile(
    rf"(?:还|仍|一直|现在)(?:在|是){_W}{{0,6}}(?:干|上班|做事|做工|工作|打工)|在职|还没(?:离职|辞职)|"
    rf"(?:进|来|到)(?:厂|公司|单位|这里|这边){_W}{{0,6}}(?:年|个月)了|干了{_W}{{0,4}}(?:年|个月)了|"
    # "在汽车厂干一样的活 正式工八千多 我们才四千五": the work told in the present
    rf"(?:在|给){_W}{{0,6}}(?:厂|公司|单位|工地|店|超市|医院|学校|车间)(?:里)?(?:干|上班|做事|做工|打工)"
)
_LEFT = re.compile(
    r"离职|辞职|辞工|辞退|开除|解雇|解除|不干了|不做了|被炒|炒了|劝退|走人|离开(?:了)?(?:厂|公司|单位)|合同到期|倒闭|破产|跑路|退休|"
    r"完工|干完|做完|活完了|工程完|结束了|(?:以前|原来|之前|那时候|当年)(?:我|俺)?(?:们)?(?:在|给)"  # the job is over
)
_PAY_SHORT = re.compile(
    r"工资|工钱|薪水|薪资|奖金|同工同酬|同工不同酬|少发|少给|加班费|绩效|提成|欠薪|欠(?:我们?)?钱|"
    r"比(?:我|俺)(?:们)?多|一样的活"  # "干一样的活 正式工拿的比我们多": equal pay
)


def still_employed_underpaid(text: str | None) -> bool:
    """Whether the story tells a worker still on the job and paid short, and no end of the job."""
    clean = normalize_for_parsing(text or "")
    return bool(_ON_THE_JOB.search(clean) and _PAY_SHORT.search(clean)) and not _LEFT.search(clean)
