"""Stories of a village committee's election, whose wrongs the law sends to the township or county government.

- Votes bought, threats or forged ballots in a 村民委员会 election: the villagers report it to the 乡镇 government
  or people's congress, or the county's, and the 乡级 or 县级 government investigates (村民委员会组织法 第17条). That
  is a petition to those governments, not 纪检监察: a candidate is no public official. When a sitting cadre (the
  村支书, a 镇 official) is the one buying votes, the report of that official stays for 纪检监察 (信访工作条例 第30条).
"""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing

# not 买票 alone: a ticket bought at a gate or a station is no vote
_ELECTION = re.compile(
    r"选举|换届|投(?:他|她|谁)|选村|选主任|选村长|选支书|投票|选票|拉票|贿选|当选|候选人|竞选"
)
_FOUL = re.compile(
    r"贿选|买票|收买|送钱|给钱|发钱|塞钱|红包|请(?:大家|村民)?吃饭|送(?:米|油|烟|酒)"
    r"|(?:每|一)(?:户|人|票)(?:给|发|送)?(?:了)?(?:\d|[一二三四五六七八九十两百几])|拿钱|不投(?:他|她)?就|威胁|恐吓|伪造|假票|代投|票数(?:不对|对不上|有假|造假)|作假|造假|做手脚"
)
# a post named as what is elected ("选举村主任", "候选人"), which says nothing of who holds office now
_POST_ELECTED = re.compile(
    r"(?:选举|竞选|当选|候选|选)(?:人)?(?:村主任|村长|村委(?:会)?(?:主任|委员)?|主任|支书|书记|委员)?"
)
# a sitting official: a cadre of the village or the township, or a public official
_SITTING = re.compile(
    r"村支书|支书|书记|现任|镇里|镇上(?:的)?(?:干部|领导)|乡里|镇长|乡长|干部|领导|公职|公务员|(?<!选)村主任|(?<!选)村长"
)


def election_bribery(text: str | None) -> bool:
    """Votes bought or a village committee election rigged ("村里选村主任 候选人挨家送钱 一票200")."""
    clean = normalize_for_parsing(text or "")
    return bool(_ELECTION.search(clean) and _FOUL.search(clean))


def sitting_official_rigs(text: str | None) -> bool:
    """Is a sitting cadre or official told as the one rigging it ("村支书拿钱给他侄子买票")?"""
    clean = _POST_ELECTED.sub(" ", normalize_for_parsing(text or ""))
    return bool(_SITTING.search(clean))


def election_for_government(text: str | None) -> bool:
    """A rigged election with no sitting official told as the rigger: the township or county government's to
    investigate (村民委员会组织法 第17条)."""
    return election_bribery(text) and not sitting_official_rigs(text)
