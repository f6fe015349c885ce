"""Words that are and are not harm, for `bot.domain.safety` (docs/legal.md §8).

`HARMLESS`: idioms and trade words with 杀/死/炸/打 that name no harm; they are blanked out before any crisis
pattern is read. `HARM_WORDS`: a word of harm to a person in any tense, without which a question the classifier
took for a crisis is only a question. Text is normalised first (half-width, simplified); `<NAME>` pieces come
from `safety_macros.MACROS`.
"""

from __future__ import annotations

from bot.domain.safety_macros import compile_any

HARMLESS = [
    # exaggerations and trade words with 杀/死/炸/火/打
    r"杀价|砍价|秒杀|杀毒|杀虫|杀菌|抹杀",
    r"(?:气|笑|累|热|冷|烦|急|吓|困|忙|馋|痒|疼|难受|丑|美|乐|闹)死(?:了|我了|人了|啦)?",
    r"想死你|死胡同|死机|死角|死活|要死不活|半死不活|死心|死板|死贵|死磕|打死也不|打死我也不",
    r"炸鸡|炸酱|炸串|油炸|炸薯|炸街|炸毛|炸锅|心态炸|爆炸性新闻|手机炸|电池炸|(?:头|脑袋|肺|肚子)(?:都|快|要)?炸",
    r"跳楼价|跳楼大甩卖|跳楼甩卖|火锅|火爆|火车|上火|发火|打官司|打电话|打工|打车|打听|打卡|打针|打扫|打印",
    # trades and chores with 打: "在矿上打了二十多年石头", "打零工", "打井"
    r"打(?:了)?<W>{0,5}?(?:石头|石料)|打(?:零工|短工|杂|井|铁|鱼|渔|包|柴|麦|谷|地基|桩|砖|混凝土|灰)",
    r"发烧|烧烤|烧饭|烧水|红烧|烧鸡|烧烤店|定时炸弹|重磅炸弹|隐患炸弹|州官放火|官府放火|只许.{0,4}放火|玩失踪",
    # a smell or noise "one cannot live with" is the complaint itself ("猪场臭得人没法活了", "臭的人没法活", "吵得我们没法活")
    r"(?:臭|吵|闹|熏|呛|脏|闷|晒|挤|震)[得的]?(?:人|我|我们|俺|俺们|大家|一家人|全家)?(?:都|简直|真|实在)?"
    r"(?:没法|没办法|不能|活不)(?:活|住|过)?了?",
    # no life *in a place* is fear of being shunned there, not of dying ("他知道了我在村里就没法活了")
    r"在(?:村里|村子里|这个村|这村|镇上|厂里|单位|公司|学校|小区|这里|这儿|这边|那里|那边|当地|老家|社区)"
    r"(?:就|还|都|可|也|真|再)?(?:没法|没办法|不能|活不)(?:活|待|呆|住|混|过)(?:下去)?了?",
    # a fire that might happen is a safety complaint, not an emergency ("万一着火了消防车都进不来")
    r"(?:真|万一|要是|如果|一旦|假如|哪天)(?:着火|起火|失火)了?",
    # somebody burning rubbish is a pollution complaint ("时间一长就有人一把火烧掉")
    r"(?:有人|村民|人们)(?:就)?(?:把[^我俺,.!?。]{0,4})?一把火烧(?:掉|光|了)",
    # 闹 as noise, quarrels and alarms, not a protest
    r"闹钟|热闹|闹心|哭闹|吵闹|打闹|闹矛盾|闹别扭|闹意见|闹笑话|闹剧|闹肚子|闹着玩|无理取闹|医闹|喧闹|闹腾",
    # a protest denied ("我们不是来闹事的", "一不砸东西二不打人")
    r"(?:没有?|不是|并非|绝非|从未|从来没有?|从不|一不|二不|更不|也没有?)(?:来|去|要|想|在)?(?:闹事|砸东西|打人|堵路)",
    # 堵 as traffic and blocked drains; "把路堵了" stays a threat
    r"堵车|拥堵|堵塞|添堵|堵得慌|(?:马路|道路|路口|路|交通)(?:上)?(?:很|太|真|好|特别|越来越|又|天天|每天|经常)堵",
    r"(?<![把道速马])路堵(?:了|得)",
    r"(?:下水道|下水管道?|管道|马桶|厕所|水管|排水沟|水沟|渠道|河道)(?:都|也|又|经常|老是)?堵(?:了|住|死)?",
    # 砸, 刀 and 汽油 in set phrases and prices
    r"砸锅卖铁|砸饭碗|砸招牌|砸了自己的|考砸|搞砸|办砸|一刀切|汽油价格?|油价|加油",
    # doing it oneself ("他亲自动手修的")
    r"(?:亲自|自己)动手",
    # where to call: "打我单位电话", "打不通就打我儿子的13814812345"
    r"打(?:我|俺)<W>{0,5}?(?:电话|手机|座机|号码)|打(?:我|俺)<W>{0,4}?的?(?=\d)",
    # "打我舅舅的吧 139…", "打俺闺女的就行": whose number to call, a number given or not
    r"打(?:我|俺)<W>{0,5}?的(?:吧|呗|就行|就好|也行|也可以|好了|那个)|打(?:我|俺)<W>{0,5}?的?<P>{0,2}(?=[+\d])",
    # a crisis word denied: "这不是家暴 是学校里的欺凌"
    r"(?:不是|并非|不算|也不是|算不上)(?:什么)?(?:家暴|家庭暴力)",
    # the word quoted back in denial: "啥家庭暴力啊", "跟家暴有啥关系", "哪来的家暴", "没有家暴"
    r"(?:啥|什么|哪门子|哪来的?|哪里来的|哪有|没有?|没得|冇)(?:子)?(?:的)?(?:家暴|家庭暴力)(?![他她我俺]|<W>{0,2}(?:打|揍|了))",
    r"(?:跟|和|与|同)(?:家暴|家庭暴力)<W>{0,2}(?:有)?(?:啥|什么|哪门子|半毛钱|一毛钱|么子|甚)?(?:关系|相干|关联|事)",
    # "先走一步" as a plain goodbye
    r"(?:那|好的?|行)?我?先走一步了?(?=<P>*(?:拜|再见|回头|下次|改天|明天|谢))",
]


# another household's people ("隔壁老刘家带着三个儿子", "邻居家的儿子"): no family of the citizen, so no family
# violence; read as "他们", a danger like any other
OTHERS_FAMILY = [
    r"(?:(?:隔壁|邻居|对门|楼上|楼下|别人|人家|对方)家?|老[^我俺他她,.!?;:。、…~\s]家)(?:的)?(?:两口子|夫妻俩?|俩)?(?:带着|领着|和|跟)?(?:他们|他|她)?家?(?:的)?"
    r"(?:[一二两三四五六七八九几]个)?(?:儿子|女儿|男人|老公|老婆|媳妇|兄弟|哥哥|弟弟|父子|爷俩|一家人|一家子|家里人)",
    # someone else's family who do not rein him in ("楼上那个精神病 他家里人不管 半夜拿菜刀砍门"): bystanders, not
    # the citizen's family; "老公打我 他家里人也不管" keeps its own words of violence
    r"(?:他|她)(?:的)?家(?:里|里的)?人(?=(?:也|都|根本|从来|就|还)?(?:不管|管不了|管不住|不问|不理|不闻不问|看不住))",
]


# a word of harm to a person, in any tense and any context: a question with none of them that the classifier took
# for a crisis ("鱼死了能不能叫他赔") is only a question (actions.crisis_reading.asks_without_harm)
HARM_WORDS = [
    r"打|杀|砍|捅|弄死|整死|动手|家暴|逼死",  # violence to someone
    r"报复|拼命|同归于尽|威胁|炸|烧",  # a threat
    r"跳|喝药|农药|上吊|自杀|不想活|活不下去",  # harm to oneself
]


HARMLESS_RE = compile_any(HARMLESS)
OTHERS_FAMILY_RE = compile_any(OTHERS_FAMILY)
HARM_WORDS_RE = compile_any(HARM_WORDS)
