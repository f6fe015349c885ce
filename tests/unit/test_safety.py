"""Crisis detection: high recall on real phrasing, few false alarms; replies built from the knowledge file."""

from __future__ import annotations

import pytest

from bot.domain.knowledge import CRISIS_KINDS, load_knowledge
from bot.domain.safety import (
    CrisisSignal,
    crisis_reply,
    detect_crisis,
    harm_told_as_past,
    hazards_in,
    tells_self_harm,
)

POSITIVES: list[tuple[str, str]] = [
    ("他打我儿子", "danger"),  # not a phone call
    ("我老公天天打我 打我电话没用", "domestic_violence"),
    ("我真的不想活了", "self_harm"),
    ("低保停了 我一个人在这世上没法活了", "self_harm"),
    ("我在家里没法活了 不如死了算了", "self_harm"),
    ("我想死，谁也帮不了我", "self_harm"),
    ("再不解决我就从楼上跳下去", "self_harm"),
    ("实在没办法了，我要去跳楼", "self_harm"),
    ("没钱治病，只能喝农药了", "self_harm"),
    ("这几天一直有轻生的念头", "self_harm"),
    ("我想自杀", "self_harm"),
    ("活着没意思，一点盼头都没有", "self_harm"),
    ("征地款拖了三年不给 我活着也没意思了", "self_harm"),
    ("活着真的没意思", "self_harm"),
    ("干脆一了百了算了", "self_harm"),
    ("欠了一屁股债，活不下去了", "self_harm"),
    ("我想自殺😢", "self_harm"),
    ("死了算了 反正也没人管", "self_harm"),
    ("他再不还钱我就弄死他", "violence"),
    # the speaker is threatened: a victim, never recorded as 扬言
    ("他说我敢离婚就弄死我", "domestic_violence"),
    ("我老公喝醉了说要弄死我", "domestic_violence"),
    ("他掐我，说要弄死我", "danger"),
    ("讨债的人天天上门说要打死我", "danger"),
    ("逼急了我杀了他", "violence"),
    ("不给说法我就把镇政府炸了", "violence"),
    ("我要去他家放火", "violence"),
    ("把村委会烧了看他们管不管", "violence"),
    ("明天我带刀去找他", "violence"),
    ("大不了跟他们同归于尽", "violence"),
    ("不解决我们明天就去堵路", "violence"),
    ("我们几十个人要冲进政府讨说法", "violence"),
    ("我们准备拉横幅堵门", "violence"),
    ("不給錢就殺了他", "violence"),
    ("老公打我，还不让我出门", "domestic_violence"),
    ("长期遭受家暴，不敢回家", "domestic_violence"),
    ("我丈夫喝醉了就动手打我和孩子", "domestic_violence"),
    ("被老公打得住院了", "domestic_violence"),
    ("我被打得鼻青脸肿", "danger"),
    ("孩子没人管，三天没吃饭了", "danger"),
    ("隔壁老人被锁在家里好几天了", "danger"),
    ("楼顶有人要跳楼！", "danger"),
    ("我妈说要喝农药", "danger"),
    ("楼道里着火了", "danger"),
    # indirect suicidal talk, methods, places, farewells (own phrasings, dialect, traditional, emoji)
    ("欠薪三年，俺是真撑不下去了", "self_harm"),
    ("活着还有啥意思啊😞", "self_harm"),
    ("药我已经攒齐了，今晚就吃", "self_harm"),
    ("刚才吞了一整瓶药", "self_harm"),
    ("我買了一瓶百草枯", "self_harm"),
    ("我现在人就在天台上，风好大", "self_harm"),
    ("我已经坐到窗台上了，别过来", "self_harm"),
    ("遗书已经写好，放在桌上了", "self_harm"),
    ("真希望睡下去就再也不醒", "self_harm"),
    ("替我跟孩子说一声对不起", "self_harm"),
    ("我走了，你们别再找我", "self_harm"),
    ("不想再连累家里人了，我先走一步", "self_harm"),
    ("这个世上已经没有什么值得我留恋的了", "self_harm"),
    ("打算去卧轨", "self_harm"),
    ("俺准备烧炭了", "self_harm"),
    ("拖了两年的工钱，俺只能寻短见了", "self_harm"),
    ("工资要不回来，干脆找根绳子了结自己", "self_harm"),
    ("我真的不想再活下去了！！！", "self_harm"),
    ("真的好累，只想早点解脱。", "self_harm"),
    ("不给说法，我就死在你们门口", "self_harm"),
    ("我妈刚喝了一瓶百草枯", "danger"),
    # threats: petrol, gathering at an office, smashing, knives, beating, blocking roads, leaders' cars
    ("他们再来强拆，我就拿汽油跟他们拼了", "violence"),
    ("汽油我已经买好了，就等晚上", "violence"),
    ("我们村一百来号人明天去镇政府闹事", "violence"),
    ("再不结工钱，俺们就去把项目部砸个稀巴烂", "violence"),
    ("等他下班，我就给他两刀", "violence"),
    ("刀已经磨好了", "violence"),
    ("找几个兄弟去收拾那个包工头", "violence"),
    ("明早大伙一起把国道堵了", "violence"),
    ("咱们去把镇政府大门围了", "violence"),
    ("下周去拦县长的车", "violence"),
    ("逼急了老子什么都干得出来", "violence"),
    ("我要开车撞死那个老板", "violence"),
    ("不給工錢，我就綁了他家孩子", "violence"),
    ("大不了跟他們魚死網破，誰也別想好過", "violence"),
    # domestic violence
    ("俺男人一喝多就打俺", "domestic_violence"),
    ("老公又拿皮带抽我了😭", "domestic_violence"),
    ("前夫拿着刀在楼下堵我", "domestic_violence"),
    ("我锁在卫生间不敢出来，他一直在踹门", "domestic_violence"),
    ("我妹被妹夫打得耳朵出血", "domestic_violence"),
    ("我想申请人身保护令", "domestic_violence"),
    ("婆婆和老公一起打我", "domestic_violence"),
    ("隔壁那家天天打老婆，女的叫得好惨", "domestic_violence"),
    ("結婚八年被打了無數次", "domestic_violence"),
    ("继父用烟头烫我", "domestic_violence"),
    ("他拿棍子追着我打", "danger"),
    ("隔壁小孩被锁在家里两天了", "danger"),
]

NEGATIVES: list[str] = [
    "养猪场臭得人没法活了 天天熏",  # how bad the smell is, not despair
    "楼上装修吵得我们没法活",
    "村东头开了个养猪场 臭的人没法活 猪粪水直接排到河里",  # 的 typed for 得 (hv-007)
    "垃圾站呛得一家人没法住了",
    "你们会不会把我名字告诉书记啊 他知道了我在村里就没法活了",  # shunned in the village, not despair
    "让厂里知道是我举报的 我在厂里还咋混 就没法待了",
    "打我单位电话吧 0531-86012345转802",  # where to call
    "我的手机13912345678 打不通就打我儿子的13814812345",
    "这不是家暴 是学校里的欺凌",  # denied
    "啥家庭暴力啊 我爸是得了尘肺病 跟家暴有啥关系 你搞错了吧",  # the word quoted back in denial
    "没有家暴 就是欠工资",
    "哪来的家暴 是老板欠钱",
    "跟家庭暴力半毛钱关系都没有",
    "我爸在矿上打了二十多年石头 查出来尘肺",  # a trade, not a blow
    "砍价杀价都没用，商家太黑",
    "气死我了，物业天天不干活",
    "笑死，这种回复也好意思",
    "对方说要跟我打官司",
    "我打电话打了十几次都没人接",
    "在外面打工三年了",
    "楼下新开了一家炸鸡店，油烟很大",
    "火锅店半夜还很吵",
    "我们住的这条路是个死胡同",
    "累得要死不活的还不给加班费",
    "商场搞跳楼价甩卖，其实是假打折",
    "手机死机了，营业厅不给修",
    "修路施工堵路两个月了",
    "孩子发烧了去医院排队三小时",
    "打死我也不信这是合规的",
    "烧烤摊占道经营",
    "去景区被宰了好几百",
    "他拼命工作还被辞退",
    "父亲动手术花了很多钱",
    "这颗定时炸弹迟早出事",
    "只许州官放火，不许百姓点灯",
    "老板玩失踪，工资没发",
    "你好，我想反映一下小区停车的问题",
    # near misses: the crisis words in everyday complaints and chat
    "闹钟没响，上班迟到被扣钱",
    "小区门口太热闹了，晚上睡不着",
    "两口子闹矛盾，社区能调解吗",
    "孩子哭闹了一整晚",
    "早高峰路上太堵了",
    "下水道又堵了，物业不管",
    "楼道被杂物堵死了，消防通道不通",
    "砸锅卖铁也要让孩子上学",
    "楼上装修砸墙，噪音太大",
    "高空坠物砸到了我的车",
    "汽油价格又涨了",
    "加油站排队两小时",
    "我先走了，谢谢你们",
    "好的，那我先走一步，拜拜",
    "我们不是来闹事的，只想讨个说法",
    "一刀切的政策不合理",
    "拼多多让我帮忙砍一刀",
    "我站在楼顶能看到对面工厂冒黑烟",
    "发生了一起死亡事故，至今没人负责",
    "辞职了，对那个单位没什么留恋",
    "我们一起去信访局反映情况",
    "买了一瓶农药，喷了三遍虫还在",
    "他亲自动手修的水管，还是漏",
    "打我电话就行",
    "下雨天积水冲进屋里",
    "开发商跑路了，我们一起完蛋了",
    "醒醒吧物业，别再拖了",
    "我家楼下有人把消防通道堵了",
    "他再敢来我家闹，我就报警",
]


def test_enough_examples() -> None:
    assert len(POSITIVES) >= 25
    assert len(NEGATIVES) >= 15


@pytest.mark.parametrize(("text", "kind"), POSITIVES)
def test_detects_crisis(text: str, kind: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None, text
    assert signal.kind == kind, signal
    assert signal.matched


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_false_alarm(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize("text", ["", None, "   ", "😀"])
def test_empty_input(text: str | None) -> None:
    assert detect_crisis(text) is None


def test_harmless_word_does_not_hide_a_real_crisis() -> None:
    signal = detect_crisis("气死我了，真的不想活了")
    assert signal is not None and signal.kind == "self_harm"


def test_other_kinds_are_kept() -> None:
    signal = detect_crisis("我不想活了，死之前要把镇政府炸了")
    assert signal == CrisisSignal("self_harm", "不想活", ("violence",))


def test_fullwidth_and_zero_width_are_normalised() -> None:
    assert detect_crisis("我想\u200b自杀") is not None
    assert detect_crisis("不解决我们明天就去堵路！！") is not None


@pytest.mark.parametrize("kind", CRISIS_KINDS)
def test_reply_starts_with_hotlines_and_alerts_staff(kind: str) -> None:
    guide = load_knowledge().crisis_guide(kind)
    reply = crisis_reply(kind)
    first_line_pos = reply.index(guide.lines[0].number)
    assert first_line_pos < reply.index(guide.tell)
    for line in guide.lines:
        assert line.number in reply
    assert "工作人员" in reply


def test_self_harm_reply_gives_12356_first() -> None:
    reply = crisis_reply("self_harm")
    assert reply.index("12356") < reply.index("120") < reply.index("110")


def test_violence_reply_explains_lawful_ways() -> None:
    reply = crisis_reply("violence")
    assert "110" in reply and "合法渠道" in reply and "第26条" in reply


def test_domestic_violence_reply_gives_12338() -> None:
    assert "12338" in crisis_reply("domestic_violence")


def test_unknown_kind_raises() -> None:
    with pytest.raises(KeyError):
        crisis_reply("boredom")


@pytest.mark.parametrize(
    "text",
    [
        "工资要不回来我只能去死了",
        "拆迁款不给我，我还不如死了算了",
        "被逼得走投无路，只有死路一条",
        "欠了一屁股债 工作也丢了 感觉活着没啥意思",
        "房子被收走了 活著真沒什麼意思",  # traditional
        "天天加班还被骂 活着真没劲",
    ],
)
def test_despair_inside_a_complaint_is_self_harm(text):
    assert detect_crisis(text).kind == "self_harm"


@pytest.mark.parametrize(
    "text", ["消防通道被私家车占满了，真着火了消防车都进不来", "电动车在楼道充电，万一起火了怎么办"]
)
def test_a_fire_that_might_happen_is_no_emergency(text):
    assert detect_crisis(text) is None


def test_a_fire_now_is_an_emergency():
    assert detect_crisis("楼下着火了，快来人").kind == "danger"


@pytest.mark.parametrize(
    "text",
    [
        "他说我敢离婚就弄死我",
        "他掐我，说要弄死我",
        "他们扬言要打死我",
        "拆迁队把我家砸了，我妈也被打伤了",
        "村主任打了我一巴掌",
        "保安把我推倒在地",
        "他们扬言要把我家烧了",
    ],
)
def test_a_threatened_speaker_is_not_recorded_as_making_a_threat(text: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None and signal.kind in ("domestic_violence", "danger")
    assert "violence" not in signal.also


@pytest.mark.parametrize("text", ["家里煤气味很重 老人孩子都在家", "燃气管道漏气了"])
def test_a_gas_leak_gets_what_to_do_first(text: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None and signal.kind == "gas_or_fire"
    reply = crisis_reply(signal.kind)
    assert "119" in reply and "不要用明火" in reply and "开窗通风" in reply and "离开" in reply


@pytest.mark.parametrize(
    "text",
    [
        "我家孩子在学校被几个同学围着踢 踢得小腿都青一块紫一块",
        "闺女放学路上被人拦着打 嘴角都流血了",
        "儿子被班上男生按在地上打 打得鼻子出血",
        "我弟在网吧门口被人揍了 缝了五针",
        "孫子在學校被打傷了",  # traditional characters
        "今天去要工钱 老板叫了几个人把我打了 鼻子流血",  # the injury told after the blow
        "他们把俺揍了一顿 嘴都出血了",
    ],
)
def test_someone_beaten_until_hurt_gets_110_at_once(text: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None and signal.kind == "danger"
    assert "110" in crisis_reply("danger")


@pytest.mark.parametrize(
    "text",
    [
        "心在流血",
        "被蚊子咬得出血",
        "被罚款了 这个月白干",
        "打了好几次电话都没人接 鼻炎又犯了",
        "我把他打了 他流血了",
    ],
)
def test_no_injury_alarm_without_a_beating(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "一楼的人把电动车推进楼道里充电 天天这样",
        "楼上住户在楼梯间堆了好多纸箱和旧家具",
        "我们小区的消防通道被私家车停满了",
        "商场的安全出口用铁链锁起来了",
        "有人从窗户飞线下来给电瓶车充电",
        "老楼的电线老化了经常冒火花",
        "小区的灭火器都过期好几年了",
        "堵了消防通道的那几辆车一直没人管",
        "楼道裏私拉電線充電",  # traditional characters
    ],
)
def test_a_fire_hazard_is_found_in_the_story(text: str) -> None:
    assert hazards_in(text) == ("fire_hazard",)
    assert detect_crisis(text) is None  # a hazard, not an emergency


@pytest.mark.parametrize(
    "text",
    ["", None, "楼下饭店油烟太大", "消防队的人来检查过了", "电动车被偷了", "楼道的灯坏了", "手机充电器坏了"],
)
def test_no_fire_hazard_in_other_stories(text) -> None:
    assert hazards_in(text) == ()


# a beating told as past, treated, the complaint being that nobody acts: the matter, not an emergency
@pytest.mark.parametrize(
    "text",
    [
        "去年在菜市场被摊主打了一顿 鼻子打出血了 派出所说调解 一直没下文",
        "上礼拜俺在工地被包工头打了 缝了三针 派出所不给立案",
        "前几天我儿子在网吧门口被人揍了 缝了五针 警察到现在都没抓人",
        "三个月前被城管打伤了 住了一个礼拜院 到现在没人给说法",
        "那次被保安打得鼻青脸肿 报了警也不了了之",
        "上個月在停車場被鄰居打了 頭上縫了六針 派出所一直不處理",  # traditional characters
        "孩子上学期被同学打得骨折 学校到现在也不赔医药费",
        "３个月前被人打伤住院 派出所说证据不足不立案",  # full-width digit
        "十几天前被几个小混混打得鼻子出血 派出所说找不到人",
        "去年被打伤的事 派出所一直拖着不处理",
        "上周我家娃在学校被打得流鼻血 老师说是闹着玩 不管",
        "前年我爸被村干部打了 头破血流 镇上没人管",
        "去年他被人打成残废 到现在没人管",
    ],
)
def test_a_beating_told_as_past_is_the_matter_not_a_crisis(text: str) -> None:
    assert detect_crisis(text) is None
    assert harm_told_as_past(text)


# the same beatings with a danger now or ongoing, or at home: still a crisis
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("上个月被邻居打了 缝了六针 他还天天来威胁我", "danger"),
        ("上周被打得鼻青脸肿 他说还要打我", "danger"),
        ("孩子上周在学校被打得鼻青脸肿 现在不敢去上学了", "danger"),
        ("去年被他打伤了 现在他又来堵我家门", "danger"),
        ("上个月被打伤了 怕他报复 不敢回家", "danger"),
        ("前几天被人打得住院 那伙人天天在楼下蹲着", "danger"),
        ("上周被打得鼻青脸肿 今天又被打了", "danger"),
        ("上个月被打 缝了六针 他扬言弄死我", "danger"),
        ("上個月被打傷 他還天天來找麻煩", "danger"),  # traditional characters
        ("上周被打得头破血流 现在人昏迷了在抢救", "danger"),
        ("孩子上周被打得鼻青脸肿 经常被欺负", "danger"),
        ("昨天被邻居打了 头上缝了六针", "danger"),  # too close to call it past
        ("1天前被邻居打了 头上缝了六针", "danger"),
        ("12月3号被人打得鼻子出血", "danger"),  # a date may be yesterday's
        ("被打得鼻青脸肿", "danger"),  # no time said
        # at home: a partner told as past stays a crisis
        ("上个月老公把我打得住院了 现在还住在一起", "domestic_violence"),
        ("去年被前夫打得骨折", "domestic_violence"),
        ("上个月被邻居打了 我现在想死", "self_harm"),
        ("上个月他把我儿子打了 我要把他打成残废", "violence"),  # the speaker's own threat, whatever the past
    ],
)
def test_a_past_beating_with_danger_now_stays_a_crisis(text: str, kind: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None and signal.kind == kind
    assert not harm_told_as_past(text)


@pytest.mark.parametrize(
    "text",
    [
        "被城管打伤了 住了一个礼拜院",
        "小区保安把人打成了重伤",
        "他被保安打得鼻青脸肿",
        "村主任带人把我爹打了 打得头都破了 现在在镇卫生院",
        "俺哥叫他们揍得牙都掉了两颗",
    ],
)
def test_who_hit_between_bei_and_the_blow_is_still_a_beating(text: str) -> None:
    signal = detect_crisis(text)
    assert signal is not None and signal.kind == "danger"


@pytest.mark.parametrize(
    "text",
    [
        "路上坑太多 我妈摔得鼻青脸肿",
        "上个月被罚了两千 到现在也没人解释",
        "去年打官司输了",
        "天天加班打字打得手都酸了",
        "这事烦得我头都大了",
    ],
)
def test_no_past_harm_without_a_beating(text: str) -> None:
    assert detect_crisis(text) is None
    assert not harm_told_as_past(text)


@pytest.mark.parametrize(
    "text",
    [
        "救命",
        "救命啊 他要进来了",
        "快来人啊",
        "他拿着刀",
        "他手里拿着菜刀在门口转",
        "那个人拿棍子在楼下等我",
        "他在砸门",
        "有人在撬我家门",
        "他們在踹門",  # traditional characters
        "我儿子被人绑了",
        "孩子被人贩子抱走了",
        "就他一个 他又来砸门了",
    ],
)
def test_danger_said_in_a_few_words_is_a_crisis(text: str) -> None:
    # a short answer that only the intent classifier calls a crisis is read as an answer (actions.crisis):
    # so danger in a few words must be in the lexicon itself
    signal = detect_crisis(text)
    assert signal is not None and signal.kind in {"danger", "domestic_violence"}


@pytest.mark.parametrize(
    "text",
    [
        "就他一个",
        "就他一个人",
        "就她一個",
        "只有他一个",
        "这是我的救命钱",
        "包工头把我们的救命钱都卷跑了",
        "老板拿着合同不给我们看",
        "他拿着我的身份证不还",
        "有人撬了我家的锁 东西被偷了",  # a burglary told after: 110, but no emergency now
        "被抢走了手机",
        "小偷把门撬了",
    ],
)
def test_a_head_count_or_a_past_theft_is_no_crisis(text: str) -> None:
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("你们能不能帮我把钱要回来 不然我真的不想活了", True),
        ("再要不回来我就跳楼", True),
        ("我儿子说要跳楼", True),
        ("我老公又打我了", False),
        ("能不能帮我把钱要回来", False),
    ],
)
def test_self_harm_told(text, told):
    assert tells_self_harm(text) is told
