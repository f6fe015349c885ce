"""What citizens ask about suing their own matter, beside `actions.own_matter_questions`: whether hundreds of
buyers may sue together, whom to sue when a government took the house, whether a signed compensation agreement can
be undone, a rental deposit taken to court, a trial past its time limit, a divorce tried again, the petition's own
review time (复核, no suit), a police detention taken to review or court, and the "告谁" that only says no one is being sued ("我不是要告谁").

Rows of the same shape as `actions.own_matter_questions.ASKED` (FAQ key of knowledge/legal_routes.yml, what the
question clause says, what the story must tell). Patterns are searched in normalised text. Pure: no I/O.
"""

from __future__ import annotations

import re

from actions.worker_questions import REBUILT, both

_ANY = re.compile("")

# "我不是要告谁", "也不是告谁", "俺又不告谁", "没想告谁": a no to suing, not a question of whom
_NOT_SUING = re.compile(r"(?:不是|不|没|没有|并不|又不|也不|也没)(?:是|想|要|打算|说)?(?:要|想|去)?告谁")

_WHOM = r"告谁|起诉谁|该告哪|告哪个|告[^,，。]{1,12}还是"
# a house or land taken by a government: its decision, its agreement, its office are what is sued
_TAKEN = rf"征收|征地|征用|拆迁|强拆|征收办|拆迁办|指挥部|补偿款|补偿协议|安置|{REBUILT}"
# "几百户一起告吗", "我们能不能联名起诉", "大家一块儿去告": many suing together (not "信访和起诉能一起吗")
_TOGETHER = (
    r"(?:一起|一块儿?|一同|共同|集体|联名|联合|合伙|大家都)[^,，。]{0,3}(?:告|起诉|打官司)|"
    r"(?:几百|几十|上百|上千|好多|很多|这么多|[0-9一二三四五六七八九十百]+)(?:户|家|人|个人)[^,，。]{0,4}(?:告|起诉|打官司)"
)

# "签了字还能反悔吗", "协议还算数不", "能不能不认": whether a signed agreement binds
_SIGNED_UNDONE = (
    r"签了?(?:字|名|协议)?[^,，。]{0,6}(?:还能|还可以|能不能|算数|算不算|作数|作废|撤销|不认)|"
    r"反悔|能不能不认|还算数|还作数|能不能撤|可以撤"
)
# an agreement for a house or land being taken (a resignation signed under pressure is worker_questions')
_TAKEN_AGREEMENT = rf"^(?=[\s\S]*(?:{_TAKEN}|拆))(?=[\s\S]*(?:协议|签))"

# "能不能直接去法院告中介", "那法院能去吗", "能起诉吗": going to court at all
_TO_COURT = r"法院|起诉|告(?!诉|知|示|别)|打官司|诉讼"
# a rental deposit kept back (a hospital's or a bike's deposit is no tenancy)
_RENTAL_DEPOSIT = both(r"押金", r"租|房东|中介|退房|房子")
# "审限不是六个月吗 超期了找谁": a trial's time limit ("多久能判" before suing is actions.procedure_questions')
_TIME_LIMIT = r"审限|审理期限|审结期限|超期(?:审理|未判|不判|了)"
_IN_COURT = r"立了?案|立的案|开庭|在审|审理|法官|书记员"
# "离婚的也能申请再审吗": a divorce judgment tried again
_RETRIAL = r"再审|重审|重新审|重新判|翻案"
_DIVORCE = r"离婚|离了婚|解除婚姻"

# "这个拘留我能不能告", "关了我十天 这合法吗": a police detention as a penalty (a criminal one, or a court's, has
# other remedies: 国家赔偿法 第17条, 民事诉讼法 第119条)
_DETAINED = r"^(?![\s\S]*(?:刑事拘留|刑拘|逮捕|看守所|司法拘留|法院拘留))[\s\S]*(?:拘留|拘了|关了[^,，。]{0,4}天|关(?:我|俺)[^,，。]{0,4}天)"
_DETENTION_ASKED = r"告|起诉|复议|合法|违法|赔|讨(?:个|回)?说法|有没有道理|凭什么"

# "终本是啥意思", "终本了是不是就不管了": an enforcement ended for want of property, asked about
_ENDED = r"终本|终结本次|本次执行程序"
_ENDED_ASKED = (
    rf"(?:{_ENDED})[^,，。]{{0,6}}(?:啥|什么|意思)|不管了|不管我|完了|结束了|没希望|没指望|到头|就这样了|"
    r"还能(?:执行|要|拿|追)|怎么办|咋办|咋整|还有(?:没有)?办法"
)

# "复核是不是30天内要提": the petition's own review (复查, 复核) and its time, which is no 行政复议
_PETITION_REVIEW_TIME = (
    r"(?:复核|复查)[^,，。]{0,10}(?:多久|几天|多少天|[0-9]+天|三十天|期限|时间|来得及|过期|要提|内提)|"
    r"(?:多久|几天|多少天|期限)[^,，。]{0,8}(?:复核|复查)"
)

# "去北京有没有用 省里复核都做完了": going on after the petition's last review, which closes the same matter
_AFTER_REVIEW_ASKED = (
    r"有没有用|有用吗|有用没|管用|管不管用|行不行|能不能去|可以去|再去|再反映|再告|还能(?:找|反映|去)"
)
_REEXAMINED = r"复核(?:都|也|已经)?(?:做完|做过|做了|办完|办结|完了|结束|出来|下来|作出)|复核意见(?:都|也|已经)?(?:出|下|给)"

# "复查找谁", "区住建局上一级是哪个": where a 信访 answer is reviewed
_REVIEW_WHERE_ASKED = r"复查[^,，。]{0,4}(?:找谁|找哪|向谁|去哪|到哪|哪个部门|哪里)|(?:上一级|上级)[^,，。]{0,4}(?:是哪|是谁|哪个|是什么)"
_PETITION_ANSWERED = r"复查|答复意见|处理意见|意见书|信访答复"

# "过了30天还能不能复查": a 复查 asked for after its 30 days
_STILL_REVIEWED = r"(?:还能|能不能|还可以|可不可以|还来得及|来得及|过期|过了)[^,，。]{0,6}复查|复查[^,，。]{0,6}(?:过期|过了|来得及|还能)"
_REVIEW_DAYS_PASSED = r"(?:过了|超过|过期|超了|错过|两个多月|三个月|没顾上|耽误)"

SUING_ASKED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    ("after_reexamination", re.compile(_AFTER_REVIEW_ASKED), re.compile(_REEXAMINED)),
    ("petition_review_where", re.compile(_REVIEW_WHERE_ASKED), re.compile(_PETITION_ANSWERED)),
    ("petition_review_late", re.compile(_STILL_REVIEWED), re.compile(_REVIEW_DAYS_PASSED)),
    ("deposit_suit", re.compile(_TO_COURT), _RENTAL_DEPOSIT),
    ("trial_time_limit", re.compile(_TIME_LIMIT), re.compile(_IN_COURT)),
    ("divorce_retrial", re.compile(_RETRIAL), re.compile(_DIVORCE)),
    ("petition_reexamination_time", re.compile(_PETITION_REVIEW_TIME), _ANY),
    ("group_suit", re.compile(_TOGETHER), _ANY),
    ("whom_to_sue_government", re.compile(_WHOM), re.compile(_TAKEN)),
    ("expropriation_agreement_signed", re.compile(_SIGNED_UNDONE), re.compile(_TAKEN_AGREEMENT)),
    ("detention_suit", re.compile(_DETENTION_ASKED), re.compile(_DETAINED)),
    ("enforcement_ended", re.compile(_ENDED_ASKED), re.compile(_ENDED)),
)


def without_refusals(clause: str) -> str:
    """The clause with its "我不是要告谁" taken out: saying no one is sued asks nothing."""
    return _NOT_SUING.sub("", clause)
