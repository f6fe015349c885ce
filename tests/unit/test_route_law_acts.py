"""Acts the law places (bot.route_model.law_acts): a benefit an organ stops is reviewed first (行政复议法 第11条、
第23条), a refused 工伤认定 and a police detention are decisions to review or sue, land taken for too little is an
expropriation matter, a retiree's funeral grant is no work injury (社会保险法 第17条), a death at work starts with
工伤认定. Phrasings written for these tests (dialect, traditional characters, full-width digits, typos), none a
corpus message or a route example."""

from __future__ import annotations

import pytest

from bot.domain.routing import decide_route
from bot.route_model.law_acts import (
    benefit_step_asked,
    benefit_withheld,
    cadre_favours_kin,
    consumer_complaint_unanswered,
    death_benefit_not_injury,
    expropriation_told,
    harm_at_work,
    police_penalty,
    work_injury_refused,
)
from bot.route_model.law_rules import reports_public_power


def _route(text: str, category: str | None = None, respondent: str | None = None):
    return decide_route(text, category, "none", respondent=respondent)


@pytest.mark.parametrize(
    ("text", "respondent"),
    [
        ("俺娘的低保从八月份就给停了 村里也说不出个道道", None),
        ("我爸九十了 高龄津贴今年一分没到账 街道说名单里没有", "街道办"),
        ("残疾人两项补贴被取消了 说我家有车 那车是别人的", "区残联"),
        ("我家低保突然停發了 也沒有書面通知", "鎮民政所"),
        ("伤残军人抚恤金这两个季度都没打过来", "县退役军人事务局"),
        ("老父亲养老金被社保中心暂停了 说没认证 可每年都认证了", None),
        ("我奶奶特困供养的钱减了一半 乡里说政策变了", "乡政府"),
        # "没有了", "莫得了", "不再发", a name gone from the list: the benefit stopped, said plainly
        ("我外婆八十五了 老年津贴从去年十月就没有了", "区民政局"),
        ("俺爹的低保今年莫得了 也没人来说一声", "镇政府"),
        ("老汉的残疾人补贴３月份以后就不再发了😢", "县残联"),
        ("我妈的高齡補貼沒有了 社區說系統裡沒她的名字", "社区"),
        ("我公公的五保被清退了 问了也不说为啥", "乡政府"),
    ],
)
def test_benefit_stopped_by_an_organ_is_reviewed_first(text: str, respondent: str | None) -> None:
    decision = _route(text, "民政", respondent)
    assert decision.label == "administrative_review/review_first", decision.reason


@pytest.mark.parametrize(
    "text",
    [
        "请问高龄补贴怎么申请 要啥材料",
        "村干部冒领低保 我要举报",
        "村里评低保 名额给了村长亲戚",
        "我家困难 评了三年低保都没评上",
        "高龄补贴没有了之后还能重新申请吗 要什么条件",
        "低保名额给了村长亲戚 我家的没有了",
    ],
)
def test_not_a_benefit_an_organ_stopped(text: str) -> None:
    assert not benefit_withheld(text)


@pytest.mark.parametrize(
    "text",
    [
        "在厂里上班被叉车撞断了腿 人社局不予认定工伤 说不是在工作时间",
        "工伤认定书下来了 认定不属于工伤 我不服",
        "社保局说我这个不算工伤 可我明明是在车间干活受的伤",
        "工傷認定 人社局不予認定 我要告他們",
    ],
)
def test_refused_work_injury_decision_is_reviewed(text: str) -> None:
    assert work_injury_refused(text)
    assert _route(text, "劳动和社会保障").code == "administrative_review"


def test_employer_refusing_to_apply_is_still_a_work_injury() -> None:
    text = "在工地摔断了腿 老板不给报工伤 说我自己不小心"
    assert not work_injury_refused(text)
    assert _route(text, "劳动和社会保障", "老板").variant == "work_injury"


@pytest.mark.parametrize(
    "text",
    [
        "我老公跟人吵了两句 派出所就给拘了五天 对方骂人的啥事没有",
        "我被派出所行政拘留十日 我觉得处罚太重了",
        "儿子让警察拘了７天 就因为在网上发了几句牢骚",
        "派出所罚了我五百块 说我打架 明明是他们先动手",
        "治安拘留了三天 冤枉",
    ],
)
def test_police_detention_or_fine_is_a_decision_to_review(text: str) -> None:
    assert police_penalty(text)
    assert _route(text, "政法", "派出所").code == "administrative_review"


@pytest.mark.parametrize(
    "text",
    [
        "被人打了报警 派出所到现在也不拘 也不立案",
        "我弟被刑事拘留了 家里人见不着",
        "打人的没被拘留 派出所说调解",
    ],
)
def test_not_a_police_penalty(text: str) -> None:
    assert not police_penalty(text)


@pytest.mark.parametrize(
    "text",
    [
        "县里去年征了俺村二十亩地 一亩才给两万八 隔壁村给四万五",
        "镇政府征地修高速 补偿标准太低 我们组都不服",
        "开发区征收我家的房子 安置补偿到现在都没谈拢",
        "政府徵地 每畝補償才三萬 太少了",
    ],
)
def test_land_taken_for_too_little_is_expropriation(text: str) -> None:
    assert expropriation_told(text)
    assert _route(text, None, "镇政府").label == "administrative_review/expropriation"


@pytest.mark.parametrize(
    "text",
    [
        "征地补偿款村里分配不公 有的户多有的户少",
        "村支书把我们的征地补偿款扣下了一部分",
        "征收卫生费不合理",
        "邻居家拆了我家的院墙 不肯赔偿",
    ],
)
def test_not_an_expropriation_by_the_government(text: str) -> None:
    assert not expropriation_told(text)


@pytest.mark.parametrize(
    "text",
    [
        "我爸去年走了 他是退休工人 单位的丧葬费和抚恤金到现在没给",
        "我妈退休了好多年 今年过世 遗属补助金一直领不到",
        "老伴退休后病故 丧葬补助金单位说社保没批",
    ],
)
def test_retirees_death_benefits_are_no_work_injury(text: str) -> None:
    assert death_benefit_not_injury(text)
    decision = _route(text, "劳动和社会保障", "某某建筑公司")
    assert decision.variant != "work_injury"
    assert (
        "work_injury" not in {label for label in (decision.question.yes.label, decision.question.no.label)}
        if (decision.question)
        else True
    )


@pytest.mark.parametrize(
    "text",
    [
        "我男人在工地上干活从架子上摔下来死了 老板一直躲着",
        "我哥在矿上井下被石头砸死了 矿主说最多赔十万",
        "我爸在厂里上班的时候突发脑溢血去世了",
        "老公在車間被機器壓斷了手 廠里不管",
    ],
)
def test_death_or_injury_at_work_starts_with_the_injury_finding(text: str) -> None:
    assert harm_at_work(text) or "突发" in text
    assert not death_benefit_not_injury(text)
    assert _route(text, "劳动和社会保障", "老板").variant == "work_injury"


def test_wages_owed_with_an_injury_keep_both_readings() -> None:
    assert not harm_at_work("在工地上摔伤了 老板还欠我三个月工资")


@pytest.mark.parametrize(
    ("text", "respondent"),
    [
        ("匿名举报 我们镇上执法队的队长 每月找开店的要五百 不给就天天查", "执法队长"),
        ("我要举报城管的一个小头头 收了摊主的钱就不管占道", "城管"),
        ("檢舉派出所一個民警 收了對方的錢 案子一直壓著", "派出所民警"),
    ],
)
def test_a_report_of_public_power_answers_the_misconduct_question(text: str, respondent: str) -> None:
    assert reports_public_power(text)
    decision = _route(text, "纪检监察", respondent)
    assert decision.code == "discipline_inspection" and decision.question is None, decision.reason


@pytest.mark.parametrize(
    "text", ["举报饭店用地沟油", "我要举报隔壁装修公司半夜施工", "村干部优亲厚友 低保评的都是亲戚"]
)
def test_no_report_of_public_power(text: str) -> None:
    assert not reports_public_power(text)


@pytest.mark.parametrize(
    "text",
    [
        "俺村评低保 评上的全是村支书家的亲戚 真困难的没评上",
        "危房改造补贴都给了村主任的小舅子和侄子",
        "村幹部優親厚友 低保名額給了自家人",
    ],
)
def test_benefits_allotted_to_a_cadre_s_kin_are_a_report(text: str) -> None:
    assert cadre_favours_kin(text)
    assert _route(text, "民政", "村干部").code == "discipline_inspection"


@pytest.mark.parametrize("text", ["村里低保评选不公平 名额太少", "我家困难 申请了三年低保都没评上"])
def test_an_unfair_allocation_with_no_cadre_accused_is_no_report(text: str) -> None:
    assert not cadre_favours_kin(text)


@pytest.mark.parametrize(
    "text",
    [
        "村里征地分补偿款 说我是外嫁女不给分",
        "征地补偿款发下来 组里开会决定我家少分一半",
        "村里征地的钱分了 我们户口在村里的也没分到",
    ],
)
def test_sharing_out_the_compensation_in_the_village_is_no_expropriation(text: str) -> None:
    assert not expropriation_told(text)


@pytest.mark.parametrize(
    ("text", "respondent"),
    [
        ("在镇上小卖部买的奶粉是假的 去市场监管所投诉了半个月没人理", "小卖部"),
        ("网购的手机是山寨货 商家不退 找了市监局一个月都没处理", "网店"),
        ("超市卖變質的肉 向工商所反映了也不管", "超市"),
        ("买了假冒的化肥 庄稼全死了 市场监管那边推来推去", None),
    ],
)
def test_a_shops_goods_with_the_regulator_slow_are_chased_on_12315(text: str, respondent: str | None) -> None:
    assert consumer_complaint_unanswered(text)
    decision = _route(text, "商贸旅游", respondent)
    assert decision.label == "hotline_12345/market", decision.reason
    assert decision.question is None


@pytest.mark.parametrize(
    "text",
    [
        "市场监管局没收了我一车货还罚了三万",  # the regulator's own decision on the citizen: reviewed
        "开饭店申请许可证 市场监管局一直不给办",  # an application not acted on: no goods bought
        "买的房子漏水 开发商不管",  # no regulator complained to
    ],
)
def test_not_a_consumer_complaint_left_unanswered(text: str) -> None:
    assert not consumer_complaint_unanswered(text)


@pytest.mark.parametrize(
    ("text", "respondent"),
    [
        ("我的低保今年三月份就莫得了 村头说我儿子在外头打工 不符合", "村委会 还有镇上民政办"),
        ("俺娘的高龄补贴去年就没有了 问了也不说为啥", "镇政府"),
    ],
)
def test_a_benefit_stopped_answers_the_review_first_question_itself(text: str, respondent: str) -> None:
    """ "…该发的养老金、抚恤金、低保不给发吗" is not asked of a story that already says so."""
    decision = _route(text, "民政", respondent)
    assert decision.label == "administrative_review/review_first" and decision.question is None


@pytest.mark.parametrize(
    ("text", "respondent"),
    [
        ("我爸九十岁了 社保所说养老金每年要认证一次 他眼睛看不见 能不能派人来家里", "社保所"),
        ("老人卧床不起 民政办说残疾人补贴要本人到场 能不能上门办", None),
        ("街道说低保年审要本人去 我妈住院呢 能不能晚点", "街道"),
        ("俺爹瘫了 高齡津貼要本人去認證 可不可以上門", None),  # traditional characters
        ("外婆的养老金认证非要本人去窗口 她走不动 希望你们上门", "社保局"),
    ],
)
def test_a_benefit_step_asked_eased_is_a_request_not_a_review(text: str, respondent: str | None) -> None:
    assert benefit_step_asked(text)
    decision = _route(text, "民政", respondent)
    assert decision.code == "petition", decision.reason
    assert decision.question is None or "administrative_review" not in (
        decision.question.yes.code,
        decision.question.no.code,
    )


@pytest.mark.parametrize(
    "text",
    [
        "高龄津贴认证没做 停发了两个月 能不能补发",  # stopped: the organ not paying, reviewed first
        "我妈养老金认证以后还是没到账 能不能查一下",
        "养老金怎么认证 在哪里弄",  # a question, nothing asked eased
    ],
)
def test_a_benefit_stopped_is_no_step_asked(text: str) -> None:
    assert not benefit_step_asked(text)
