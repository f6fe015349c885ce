"""What a citizen says around a progress check, read as they say it (pure: text in, answer out).

"我上个月在你们这登记过一个事 想问问到哪一步了" asks after a matter already filed: a progress check, not a new
matter's story. During the check, "那咋整 我记得就是这个号啊" after a miss asks what to do now, and "算了 我回去
翻翻本子再说" puts the check off: neither is a wrong phone number. "一个月了没人联系 这正常吗" asks how long the
steps take (answered from the timetable), whether or not the matter is found.
"""

from __future__ import annotations

import re

from bot.cases.numbers import CASE_NUMBER_IN_TEXT

# "咋整", "那怎么查": what to do now (also after the bot said how to check without the number)
WHAT_NOW = re.compile(r"咋办|怎么办|怎么弄|咋弄|咋整|怎么整|那怎么查|咋查|怎么查|那我怎么")

# a matter the citizen already brought here: "登记过一个事", "之前反映的那个", "我报的那件事"
_FILED_BEFORE = re.compile(
    r"(?:登记|反映|提交|报|递|留言|投诉|举报|登)(?:过|了)(?:一个|一件|个|件)?(?:事|问题|情况)?"
    r"|(?:之前|上次|以前|前几天|前两天|前些天|几天前|上个?月|上周|上礼拜|去年)[^，。,.!?！？]{0,8}(?:登记|反映|提交|报|投诉|举报)的"
    r"|(?:登记|反映|提交|报|投诉|举报)的(?:那个|那件|那)?(?:事|问题|情况)"
)
# where it has got to: "到哪一步了", "进度", "办得咋样了", "有结果没"
_HOW_FAR = re.compile(
    r"进度|进展|到哪一?步|到哪了|办到哪|处理到哪|(?:办|处理|弄|搞)得?(?:怎么样|咋样|如何)了?|咋样了|怎么样了"
    r"|有结果了?(?:没|吗|么|不)|有没有(?:结果|消息|回音|下文)|有消息了?(?:没|吗|么)|结果出来了?(?:没|吗|么)"
    # "想问问有人管了没", "处理了没有", "受理了吗": whether anyone has taken it up ("到底有没有人管" is anger)
    r"|有人(?:管|处理|办|理|受理|联系)了?(?:没|吗|么|不|没有)"
    r"|(?:管|处理|办|受理|转)了?(?:没有|没|吗|么)(?=$|[\s,，。.!?！？])"
    # "能查吗", "帮我查查": asking to look it up; "编号找不到了": the number lost, the check is what is wanted
    r"|(?:能|可以|帮我|给我)(?:不能)?查(?:一下|一查|查|得到|得着)?(?:吗|么|不|嘛|啊)?(?=$|[\s,，。.!?！？])"
    r"|(?:编号|号码|单号)[^，。,.!?！？]{0,4}(?:找不到|忘|丢|没了|不记得)"
)
# the check put off: "算了 我回去翻翻本子再说", "先不查了", "回头再查", "改天再来"
_PUT_OFF = re.compile(
    r"算了|不查了|先不查|回头再|改天|下次再|过两天再|等我找到|找到再|回去(?:翻|找|看|问)|(?:查|找|翻|看)[^，。,.!?！？]{0,6}再说"
)

# "能不能催一下 快点处理", "帮我催催", "能加急吗": the citizen wants the matter hurried along
_URGES = re.compile(r"催|加急|加快|快点(?:处理|办|管|弄)|尽快(?:处理|办)|抓紧(?:处理|办)")

CHECK_HELP = (
    "编号和电话（或查询码）都要和登记时的一致才查得到。可以再看看编号有没有抄错一位，电话是不是登记时留的那个；"
    "实在对不上，可以拨打当地信访部门公布的电话，报上您的姓名和登记时留的电话，请工作人员帮您查。"
    "找到了直接发给我就行。"
)
PUT_OFF_REPLY = (
    "好的，不着急。找到事项编号后随时发给我，再加上登记时留的电话（或查询码）就能查；"
    "也可以拨打当地信访部门公布的电话查询。"
)


def asks_progress(clean: str) -> bool:
    """A message that asks how far a matter already brought here has got, and tells no new one; its case number
    ("XF20261205-0003 到哪一步了") says it was brought here."""
    filed = _FILED_BEFORE.search(clean) or CASE_NUMBER_IN_TEXT.search(clean)
    return bool(filed) and bool(_HOW_FAR.search(clean))


def puts_off_check(clean: str) -> bool:
    """ "算了 我回去翻翻本子再说": the citizen stops the check for now (a message with no number in it)."""
    return bool(_PUT_OFF.search(clean))


def restates_check(clean: str) -> bool:
    """ "不是新的事 我是查进度": the citizen says again what they want, no number in it yet."""
    return bool(_HOW_FAR.search(clean)) or "查" in clean


def answered_by_check(clean: str) -> bool:
    """A message the progress check itself answers (put off, what now, is the wait normal): no 'not understood'
    before it."""
    return puts_off_check(clean) or asks_what_now(clean) or asks_if_wait_is_normal(clean)


def asks_what_now(clean: str) -> bool:
    """ "那咋整 我记得就是这个号啊": what to do when the number and phone do not match."""
    return bool(WHAT_NOW.search(clean))


# "一个月了没人联系 这正常吗", "超期了我找谁": whether waiting this long for a matter brought before is normal
_NO_NEWS = re.compile(
    r"没(?:有)?人(?:联系|回复?|答复|打电话)|(?:没|没有|还没|一直没)(?:个|有)?(?:消息|动静|回音|回复|答复|下文|音信|信儿)"
    r"|(?:还没|一直没|也没)(?:人)?(?:联系|回复|答复|打电话)"
)
# "超过60天没回音的话 去哪催": past the time limit, where to press for it
_IS_IT_NORMAL = re.compile(
    r"正常|超期|超时|过期|超过期限|逾期|拖(?:这么久|太久)|算不算拖|"
    r"(?:超过|过了|超了)[^,，。]{0,4}(?:天|日|个月|月)|(?:去|到|找)(?:哪|哪里|哪儿|谁|哪个部门)催|(?:怎么|咋|咋个)催|催(?:谁|哪)"
)


# "这算超期吗", "是否已经超过法定期限", "超没超期": whether an office is past its time limit…
_OVERDUE = re.compile(r"超期|超时|逾期|超没超|超过(?:了)?(?:法定|规定)?的?(?:期限|时限)")
# … for a step of its own: its reply, its acceptance, the 意见书 it owes
_OFFICE_STEP = re.compile(r"意见书|答复|回复|回信|办结|受理|处理意见|信访件|信访事项")


def asks_if_overdue(clean: str) -> bool:
    """ "区政府10月30日才答复 是否超过法定期限", "受理快三个月了还没出意见书 这算超期吗": an office's time limit asked."""
    return bool(_OVERDUE.search(clean)) and bool(_OFFICE_STEP.search(clean))


def asks_if_wait_is_normal(clean: str) -> bool:
    """ "我问的是 一个月了没人联系 这正常不正常": how long an answer takes, asked of a matter brought before."""
    return (bool(_NO_NEWS.search(clean)) and bool(_IS_IT_NORMAL.search(clean))) or asks_if_overdue(clean)


def urges(clean: str) -> bool:
    """ "那个店还在卖 能不能催一下": the citizen asks for the matter found to be hurried along."""
    return bool(_URGES.search(clean))
