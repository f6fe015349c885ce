"""A petition's own review, and the police's conduct, where the law draws the line and not the route model.

- A citizen who disputes the written answer to a petition asks the organ one level up for 复查 (信访工作条例 第35条),
  and one who disputes the 复查意见 asks for 复核 (第36条). A petition's answers are no administrative act to be
  reviewed or sued (法释〔2018〕1号 第1条第2款第九项): the route is the petition's own review, never 行政复议, even
  when the petition was about a demolition or a 宅基地.
- A tax owed is reviewed first (bot.route_model.tax_dispute), called from here with the reviews above.
- Police who do not come when called (打了110没人来) is a complaint about police conduct (公安督察, 12389): no one
  asked for a criminal case to be opened, so it is no 不立案 matter for the procuratorate (刑事诉讼法 第112条).
"""

from __future__ import annotations

import re

from bot.domain.text import normalize_for_parsing
from bot.route_model.examples import label_covers
from bot.route_model.tax_dispute import apply_tax_rule

REVIEW = "petition/review"
REEXAMINATION = "petition/reexamination"
POLICE_INACTION = "litigation/police_inaction"
DISCIPLINE = "discipline_inspection"

# an answer that only a petition gets, or an answer told of a petition (反映, 信访, 上访…)
_PETITION_ANSWER = re.compile(
    r"复查意见|复核意见|信访处理意见|处理意见书|信访答[复覆]|信访的答[复覆]|信访局[^。!?]{0,8}答[复覆]"
)
_PETITIONED = re.compile(r"信访|上访|反映|写信")
# written, as 第35条 asks: a hotline's spoken reply is no answer to review
_ANSWER = re.compile(r"书面(?:的)?(?:答[复覆]|回复)|处理意见|意见书|答[复覆](?:意见|书)|回函")
# what a reply to an application or a hotline call is, not to a petition: 信息公开, a 复议 already decided, 12345
_NOT_A_PETITION = re.compile(r"信息公开|公开信息|申请公开|复议决定|判决|裁决|12345|热线")
# the citizen disputes it, or asks for it to be looked at again higher up
_DISPUTED = re.compile(
    r"不服|不满意|不认可|不接受|不同意|不公平|不合理|复查|复核|上一级|上级|上面[^,.!?。]{0,4}(?:查|看|管)|再查|重新查"
)
# 复核 is asked of a 复查意见 (第36条)
_REEXAMINATION = re.compile(r"复查意见|复核")

# the police called and not coming (or not answering): their conduct, not a case they refused to open
_POLICE_CALLED = re.compile(r"110|报警|报了警|报过警|找警察|找派出所|打派出所")
_NO_SHOW = re.compile(
    r"没人来|没来人|不来人|没有人来|都不来|也不来|就是不来|迟迟不来|半天不来|还没来|没人出警|不出警|没出警|没有出警|没人管|没人理|不接"
)
_CASE_ASKED = re.compile(r"立案|报案|刑事|不受理|回执")


def petition_review(text: str | None) -> str | None:
    """The petition review (复查 or 复核) the citizen asks for, by the story, or None."""
    clean = normalize_for_parsing(text or "")
    if _NOT_A_PETITION.search(clean) or not _DISPUTED.search(clean):
        return None
    answered = _PETITION_ANSWER.search(clean) or (_PETITIONED.search(clean) and _ANSWER.search(clean))
    if not answered:
        return None
    return REEXAMINATION if _REEXAMINATION.search(clean) else REVIEW


def police_no_show(text: str | None) -> bool:
    """The police were called and did not come ("打了三次110 一个多小时都没人来"), no criminal case asked to be opened."""
    clean = normalize_for_parsing(text or "")
    called = _POLICE_CALLED.search(clean)
    return bool(called and _NO_SHOW.search(clean, called.start())) and not _CASE_ASKED.search(clean)


def apply_review_rules(scores: dict[str, float], text: str | None) -> list[str]:
    """Moves the scores where a petition's review or a police no-show puts them; in words for staff, why."""
    review = petition_review(text)
    if review is not None:
        total = sum(scores.values())
        for label in scores:
            scores[label] = 0.0
        scores[review] = total or 1.0
        article = "第36条" if review == REEXAMINATION else "第35条"
        return [f"对信访答复不服，走信访的复查、复核（信访工作条例{article}），信访答复不是行政复议的对象"]
    if police_no_show(text):
        moved = sum(p for label, p in scores.items() if label_covers(POLICE_INACTION, label))
        if moved:
            for label in [label for label in scores if label_covers(POLICE_INACTION, label)]:
                scores[label] = 0.0
            scores[DISCIPLINE] = scores.get(DISCIPLINE, 0.0) + moved
            return [
                "报警后警察不出警，是对民警履职的投诉（公安督察、12389），不是不立案（刑事诉讼法第112条）"
            ]
    return apply_tax_rule(scores, text)  # a tax owed: review first (税收征收管理法 第88条)
