"""What a citizen who was threatened or hit fears and asks for, for `bot.domain.safety` (docs/legal.md §8).

The one who hit coming back (`RETURN_FEAR`), a court order keeping him away (`KEEP_AWAY`, also a sign of
family violence in `safety_patterns`), and threats others made told as their words (`THEIR_THREATS`). Text is
normalised and the `safety_words.HARMLESS` idioms blanked out first; `<NAME>` pieces come from
`safety_macros.MACROS`.
"""

from __future__ import annotations

from bot.domain.safety_macros import compile_any

# fear that the one who threatened or hit comes back ("他要是晚上再来咋办", "怕他回来报复"): a danger at any point
# of the talk, before or after filing. A worry, a fear word or revenge must be said: "师傅还会来吗" is no danger,
# and "打击报复" at work is the matter itself.
RETURN_FEAR = [
    r"<WHO><W>{0,8}<BACK><S>{0,8}<WORRY>",
    r"(?:要是|万一|如果|假如|晚上|今晚|夜里|半夜)<W>{0,4}<BACK><S>{0,8}<WORRY>",
    r"(?:怕|害怕|担心|就怕|好怕|吓得|好惊|惊住)<W>{0,4}<WHO><W>{0,8}<BACK>",
    r"<WHO><W>{0,8}(?:回来|再来|上门|找上门来?)<W>{0,2}(?<!打击)报复|(?:回来|再来)报复(?:我|俺|我们|俺们|我家)",
    r"<WHO><W>{0,2}又(?:来了|回来了|找上门了?)<S>{0,10}(?:门口|楼下|敲门|砸门|踹门|骂|闹|堵|拿着|喊)",
    # "他明天放出来会不会再来打我": the worry asked as a question
    r"<WHO><W>{0,10}(?:会不会|会|还会)<W>{0,2}(?:再|又)<W>{0,3}(?:打|砍|杀|弄死|报复|找)(?:我|俺|我们|俺们|孩子|我家)",
]

# "他来了", "他回来了" said alone in a talk about him: he is here now, and she may have to stop typing
HE_IS_HERE = (
    r"^(?:我|俺)?(?:家)?<WHO>(?:已经)?(?:来|回来|进来|过来|到家|进门|进屋)了(?:了|啊|呀|吧|!|\.|~|\s)*"
    r"(?:(?:我|俺)?(?:先)?(?:不说了|不聊了|不打字了|回头再说|等会儿?(?:再)?说|一会儿?(?:再)?说|先这样)(?:了|啊|!|\.|~|\s)*)?$"
)

# a court order keeping him away (反家庭暴力法 第29条), asked in everyday words
KEEP_AWAY = (
    r"(?:不让|不准|不许|禁止|别让|不要让|限制)(?:(?:我|俺)(?:的|家)?)?(?:他|她|他们|那人|那个人|<FAM>)<W>{0,3}"
    r"(?:靠近|接近|再来找|来找|骚扰|跟着|找)(?:我|俺|我们|孩子|我家|她|他|<FAM>)"
    r"|(?:让|叫)(?:他|她|他们|<FAM>)(?:离|远离)(?:我|俺|我们|孩子|我家|她|<FAM>)<W>{0,2}远"
    # "能不能让他别靠近我", "让他不能再来找我"
    r"|(?:让|叫)(?:他|她|他们|<FAM>)(?:别|不要|不能|不准|不许|不得)(?:再)?"
    r"(?:靠近|接近|来找|找|骚扰|跟着)(?:我|俺|我们|孩子|我家|她|<FAM>)"
    # "能不能让法院不让他回来": the court or the police to keep him out of the home
    r"|(?:法院|警察|公安|派出所)<W>{0,3}(?:不让|不准|不许|禁止)(?:他|她|那人|那个人|<FAM>)(?:再)?"
    r"(?:回来|回家|进门|进家门?|上门|住进来)(?![上吃干做看住])"
)


# someone else attacking or about to ("是他发病要砍人", "我哥喝多了在砍人"): a danger to the citizen, never the
# citizen's own threat (no 扬言 flag, no lecture about 冲击机关)
OTHERS_ATTACK = (
    r"(?:他|她|他们|那人|那个人|对方|<FAM>)(?:又|还)?(?:发病|犯病|发疯|发酒疯|喝多了|喝醉了|疯了)?"
    r"[^我俺,.!?;:。、…~\s]{0,4}(?:要|在|又|正在|还在|想|拿刀)(?:砍|捅|杀|打)人"
    r"|(?<![我俺])(?:正在|还在)(?:砍|捅|杀)人"
)

# threats others make to the citizen, told as their words ("说要交管理费 不交就砸店"): read as the citizen's
# danger, never as the citizen threatening (the violence patterns do not see them); "再不给钱我就砸" is the
# citizen's own and stays
THEIR_THREATS = [
    r"(?<![我俺])(?:说|扬言|威胁|放话|警告|吓唬|撂下话)<S>{0,24}?(?:不交|不给|不拿|不还|不搬|不签|敢报警)"
    r"[^我俺,.!?;:。、…~\s]{0,4}就<W>{0,8}",
    OTHERS_ATTACK,
]


RETURN_FEAR_RE = compile_any(RETURN_FEAR)
KEEP_AWAY_RE = compile_any([KEEP_AWAY])
THEIR_THREATS_RE = compile_any(THEIR_THREATS)
HE_IS_HERE_RE = compile_any([HE_IS_HERE])
